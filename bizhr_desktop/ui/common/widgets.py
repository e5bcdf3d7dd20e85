"""Small widgets the dialogs share: a masked passphrase field, a strength meter, message lines."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.services.passphrases import Strength
from bizhr_desktop.ui.common.messages import translate_message


class PassphraseField(QWidget):
    """A password-echo line edit with an optional Show/Hide button beside it."""

    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(
        self, accessible_name: str, *, show_toggle: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        # Secrets stay out of the input method's history and predictive dictionaries.
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.edit, 1)
        self.toggle: QPushButton | None = None
        if show_toggle:
            self.toggle = QPushButton(self.tr("Show"), self)
            self.toggle.setCheckable(True)
            self.toggle.setAutoDefault(False)
            self.toggle.setProperty("role", "toggle")
            self.toggle.setAccessibleName(self.tr("Show the passphrase"))
            self.toggle.setToolTip(self.tr("Show or hide what you typed"))
            self.toggle.toggled.connect(self.set_revealed)
            layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def set_revealed(self, revealed: bool) -> None:
        self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        )
        if self.toggle is not None:
            self.toggle.blockSignals(True)
            self.toggle.setChecked(revealed)
            self.toggle.blockSignals(False)
            self.toggle.setText(self.tr("Hide") if revealed else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()

    def take_secret(self) -> bytearray:
        """The typed text as UTF-8 bytes for the caller to wipe; the field is emptied."""
        secret = bytearray(self.edit.text().encode("utf-8"))
        self.clear()
        return secret

    def clear(self) -> None:
        self.edit.clear()
        self.set_revealed(False)


class StrengthMeter(QWidget):
    """A five-step bar and the advice sentence from services.passphrases.assess."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("strength")
        self.bar.setRange(0, 5)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.advice)
        self.show_strength(None)

    def show_strength(self, strength: Strength | None) -> None:
        if strength is None:
            self.bar.setValue(0)
            level = "none"
            self.advice.setText(self.tr("Use four or more unrelated words, or 12+ characters."))
        else:
            # One step even for score 0, so "too weak" shows as a red sliver, not as nothing.
            self.bar.setValue(strength.score + 1)
            level = ("weak", "weak", "fair", "strong", "strong")[strength.score]
            self.advice.setText(strength.render(translate_message))
        self.bar.setProperty("level", level)
        self.advice.setProperty("level", level)
        for widget in (self.bar, self.advice):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.bar.setAccessibleDescription(self.advice.text())


class MessageLabel(QLabel):
    """A line of text for an error or a notice; hidden while empty."""

    def __init__(self, role: str = "error", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
        window = self.window()
        if text and window is not self and window.isVisible():
            QTimer.singleShot(0, window, lambda: grow_to_fit(window))

    def clear_message(self) -> None:
        self.show_message("")


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def path_label(parent: QWidget | None = None) -> QLabel:
    """A label for a file path: always left-to-right, selectable, wrapping anywhere."""
    label = QLabel(parent)
    label.setProperty("role", "path")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


_QT_FILE_DIALOG_TRACES = ("FileDialog/lastVisited", "FileDialog/history")


def _forget_file_dialog_history() -> None:
    """Qt's own file dialog remembers visited folders in its QtProject settings; a vault's
    folder must not be written down anywhere outside the vault, so that memory is erased."""
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _QT_FILE_DIALOG_TRACES:
        qt_settings.remove(key)
    qt_settings.sync()


def all_files_filter() -> str:
    return QCoreApplication.translate("Dialogs", "All files (*)")


def choose_path(
    parent: QWidget,
    caption: str,
    name_filters: Sequence[str] = (),
    *,
    start: str = "",
    for_saving: bool = False,
    default_suffix: str = "",
    folder: bool = False,
) -> str:
    """Ask for a file (or a folder) with Qt's own dialog - the native ones keep "recent"
    lists - then erase the folders it visited from Qt's settings. "" when cancelled."""
    dialog = QFileDialog(parent, caption, start)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif for_saving:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if name_filters:
        dialog.setNameFilters(list(name_filters))
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    chosen = ""
    if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
        chosen = dialog.selectedFiles()[0]
    dialog.setHistory([])
    # Destroyed now, so that its settings are written before they are scrubbed below.
    shiboken6.delete(dialog)
    _forget_file_dialog_history()
    return chosen


def replace_allowed(parent: QWidget, path: Path, *, asked: bool = False) -> bool | None:
    """Whether writing to *path* may replace a file there: False when there is none, True when
    the person agrees (or Qt's save dialog just asked them: *asked*), None to write nothing.
    The services still refuse a vault's files, key files and backups whatever is answered."""
    if not path.is_file():
        return False
    if asked:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Replace the file?"),
        QCoreApplication.translate("Dialogs", "{name} already exists. Replace it?").format(
            name=path.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return True if answer == QMessageBox.StandardButton.Yes else None


def choose_vault_file(parent: QWidget, caption: str, start: str, *, for_saving: bool) -> str:
    """Ask for a vault file (Qt's own dialog, no "recent" lists left behind)."""
    return choose_path(
        parent,
        caption,
        [QCoreApplication.translate("Dialogs", "BizHR vaults (*.bizhr)"), all_files_filter()],
        start=start,
        for_saving=for_saving,
        default_suffix="bizhr" if for_saving else "",
    )


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a secret held in a bytearray (Python strings cannot be wiped; bytes can)."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for its wrapped text at its current width.

    Qt sizes a new window from size hints computed at a narrower width, which cuts off the
    last lines of wrapped labels; height-for-width at the real width is the right answer.
    """
    needed = window.heightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def set_busy_cursor(widget: QWidget, busy: bool) -> None:
    if busy:
        widget.setCursor(Qt.CursorShape.BusyCursor)
    else:
        widget.unsetCursor()
