"""First run: where the vault lives, its passphrase, how it opens, then the recovery key."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import (
    BizHRError,
    KeyringUnavailable,
    VaultExists,
    WeakPassphrase,
)
from bizhr_desktop.services import demo, passphrases, paths, vaults
from bizhr_desktop.services.vaults import KdfParams, KeyringStatus, UnlockMethod, VaultSession
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import (
    MessageLabel,
    PassphraseField,
    StrengthMeter,
    choose_vault_file,
    grow_to_fit,
    heading,
    hint,
    set_busy_cursor,
    wipe,
)
from bizhr_desktop.ui.common.worker import BackgroundTask

if TYPE_CHECKING:
    from bizhr_desktop.services.vaults import Created, KeyringStore


# A demo small enough to make in seconds, big enough to show paging, filters and masking.
DEMO_PEOPLE = 400
DEMO_ORGANISATIONS = 60
DEMO_MEETINGS = 20


def group_recovery_code(code: str, groups_per_line: int = 4) -> str:
    """``ABCD-EFGH-...`` as lines of four-character groups, easy to copy by hand."""
    groups = [g for g in code.replace(" ", "-").split("-") if g]
    lines = [
        "  ".join(groups[i : i + groups_per_line]) for i in range(0, len(groups), groups_per_line)
    ]
    return "\n".join(lines)


class CreateVaultDialog(QDialog):
    """Create a vault in three steps: the form, the (slow) creation, the recovery key.

    ``vault_created`` carries the open :class:`VaultSession` once the person has confirmed
    that the recovery key is stored; until then the dialog cannot be closed.
    """

    vault_created = Signal(object)  # VaultSession

    SETUP_PAGE, WORKING_PAGE, RECOVERY_PAGE = range(3)

    def __init__(
        self,
        vault_path: Path,
        clipboard: SecretClipboard,
        *,
        kdf: KdfParams | None = None,
        keyring: KeyringStore | None = None,
        keyring_state: KeyringStatus | None = None,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kdf = kdf  # None: calibrated on this computer while creating
        self._keyring = keyring
        self._keyring_state = keyring_state or vaults.keyring_status(keyring)
        self._clipboard = clipboard
        self._pool = pool if pool is not None else QThreadPool(self)
        self._task: BackgroundTask | None = None
        self._real_location: str | None = None
        self._session: VaultSession | None = None
        self._recovery_code = ""

        self.setWindowTitle(self.tr("Create a vault"))
        self.setModal(True)
        self.setMinimumWidth(600)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_setup_page(vault_path))
        self.pages.addWidget(self._build_working_page())
        self.pages.addWidget(self._build_recovery_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.addWidget(self.pages)
        self._update_state()
        self.passphrase_field.setFocus()

    # ------------------------------------------------------------------ pages

    def _build_setup_page(self, vault_path: Path) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)
        outer.addWidget(heading(self.tr("Create a vault"), page))
        outer.addWidget(
            hint(
                self.tr(
                    "A vault is one encrypted file that holds your network's records. "
                    "Without your passphrase, nobody can read anything in it."
                ),
                page,
            )
        )

        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setColumnStretch(1, 1)
        row = 0

        self.location_edit = QLineEdit(str(vault_path), page)
        self.location_edit.setAccessibleName(self.tr("Vault location"))
        # A path reads left to right in every language.
        self.location_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.location_edit.textChanged.connect(self._update_state)
        self.choose_button = QPushButton(self.tr("&Choose…"), page)
        self.choose_button.setAutoDefault(False)
        self.choose_button.setAccessibleName(self.tr("Choose where to save the vault"))
        self.choose_button.clicked.connect(self._choose_location)
        location_label = QLabel(self.tr("&Location:"), page)
        location_label.setBuddy(self.location_edit)
        location_row = QHBoxLayout()
        location_row.setSpacing(6)
        location_row.addWidget(self.location_edit, 1)
        location_row.addWidget(self.choose_button)
        form.addWidget(location_label, row, 0)
        form.addLayout(location_row, row, 1)
        row += 1
        self.location_error = MessageLabel("error", page)
        form.addWidget(self.location_error, row, 1)
        row += 1
        form.setRowMinimumHeight(row, 6)
        row += 1

        self.passphrase_field = PassphraseField(self.tr("Passphrase"), parent=page)
        self.passphrase_field.textChanged.connect(self._update_state)
        passphrase_label = QLabel(self.tr("&Passphrase:"), page)
        passphrase_label.setBuddy(self.passphrase_field.edit)
        form.addWidget(passphrase_label, row, 0)
        form.addWidget(self.passphrase_field, row, 1)
        row += 1
        self.strength = StrengthMeter(page)
        form.addWidget(self.strength, row, 1)
        row += 1

        self.repeat_field = PassphraseField(
            self.tr("Passphrase again"), show_toggle=False, parent=page
        )
        self.repeat_field.textChanged.connect(self._update_state)
        assert self.passphrase_field.toggle is not None
        self.passphrase_field.toggle.toggled.connect(self.repeat_field.set_revealed)
        repeat_label = QLabel(self.tr("&Repeat it:"), page)
        repeat_label.setBuddy(self.repeat_field.edit)
        form.addWidget(repeat_label, row, 0)
        form.addWidget(self.repeat_field, row, 1)
        row += 1
        self.match_label = MessageLabel("hint", page)
        form.addWidget(self.match_label, row, 1)
        row += 1
        self.passphrase_error = MessageLabel("error", page)
        form.addWidget(self.passphrase_error, row, 1)
        outer.addLayout(form)

        outer.addWidget(self._build_method_box(page))

        self.demo_checkbox = QCheckBox(
            self.tr("&Try it first: a separate demo vault filled with fictional people"), page
        )
        self.demo_checkbox.setToolTip(
            self.tr(
                "Creates a demo vault beside your real one, with made-up participants, "
                "defenders and meetings to explore safely. Nothing real goes into it."
            )
        )
        self.demo_checkbox.toggled.connect(self._demo_toggled)
        outer.addWidget(self.demo_checkbox)

        self.message = MessageLabel("error", page)
        outer.addWidget(self.message)
        outer.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("C&reate vault"), page)
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._create)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        outer.addLayout(buttons)

        self.passphrase_field.returnPressed.connect(self.repeat_field.setFocus)
        QWidget.setTabOrder(self.location_edit, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.passphrase_field.edit)
        return page

    def _build_method_box(self, page: QWidget) -> QFrame:
        box = QFrame(page)
        box.setObjectName("methodBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        title = QLabel(self.tr("How the vault opens"), box)
        title.setProperty("role", "subheading")
        layout.addWidget(title)

        state = self._keyring_state
        self.keyring_radio = QRadioButton(
            self.tr("Passphrase and this computer's &keyring (recommended)"), box
        )
        self.passphrase_only_radio = QRadioButton(self.tr("Passphrase &only"), box)
        self.method_group = QButtonGroup(box)
        self.method_group.addButton(self.keyring_radio)
        self.method_group.addButton(self.passphrase_only_radio)
        layout.addWidget(self.keyring_radio)
        if state.secure:
            keyring_hint = self.tr(
                "Two secrets are needed: your passphrase and a key kept in this computer's "
                "keyring ({backend}). A copy of the vault file is useless elsewhere, even to "
                "someone who learns your passphrase. On another computer you open it with the "
                "recovery key."
            ).format(backend=state.label)
        else:
            keyring_hint = self.tr("Not available on this computer.")
        self.keyring_hint = hint(keyring_hint, box)
        layout.addLayout(self._indented(self.keyring_hint))
        layout.addSpacing(4)
        layout.addWidget(self.passphrase_only_radio)
        layout.addLayout(
            self._indented(
                hint(
                    self.tr(
                        "Anyone who has a copy of the vault file and learns your passphrase "
                        "can open it."
                    ),
                    box,
                )
            )
        )
        layout.addSpacing(4)
        self.keyring_notice = MessageLabel("notice", box)
        layout.addWidget(self.keyring_notice)
        self.keyring_details = MessageLabel("hint", box)
        layout.addWidget(self.keyring_details)
        if state.secure:
            self.keyring_radio.setChecked(True)
        else:
            self.keyring_radio.setEnabled(False)
            self.passphrase_only_radio.setChecked(True)
            self.keyring_notice.show_message(
                self.tr(
                    "This vault will be protected by your passphrase alone, because this "
                    "computer has no secure keyring that BizHR can use. That is still strong "
                    "encryption: choose a long passphrase and keep it to yourself."
                )
            )
            self.keyring_details.show_message(
                self.tr("Details: {reason}").format(reason=state.explanation)
            )
        self.method_error = MessageLabel("error", box)
        layout.addWidget(self.method_error)
        return box

    def _indented(self, widget: QWidget) -> QHBoxLayout:
        # Hints sit under their radio button's text; layouts mirror the indent for RTL.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addSpacing(24)
        row.addWidget(widget, 1)
        return row

    def _build_working_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(heading(self.tr("Creating your vault…"), page))
        self.busy_bar = QProgressBar(page)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(8)
        self.busy_bar.setAccessibleName(self.tr("Creating the vault"))
        layout.addWidget(self.busy_bar)
        layout.addWidget(
            hint(
                self.tr(
                    "Your passphrase is being turned into a key. This is slow on purpose: it "
                    "makes guessing the passphrase slow too."
                ),
                page,
            )
        )
        layout.addStretch(2)
        return page

    def _build_recovery_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Your recovery key"), page))
        layout.addWidget(
            hint(
                self.tr(
                    "If you forget your passphrase, or this computer's keyring is lost, this "
                    "key is the only way into the vault. It is shown only this once. Write it "
                    "down or print it, and keep it somewhere safe, away from this computer."
                ),
                page,
            )
        )
        self.recovery_label = QLabel(page)
        self.recovery_label.setObjectName("recoveryCode")
        self.recovery_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The code is read left to right in every language.
        self.recovery_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.recovery_label.setFont(font)
        self.recovery_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.recovery_label)

        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy"), page)
        self.copy_button.setAutoDefault(False)
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self._copy_code)
        self.print_button = QPushButton(self.tr("&Print…"), page)
        self.print_button.setAutoDefault(False)
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self._print_code)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.copy_notice = MessageLabel("hint", page)
        layout.addWidget(self.copy_notice)
        layout.addSpacing(8)

        self.stored_checkbox = QCheckBox(
            self.tr("I have stored the recovery key somewhere &safe"), page
        )
        self.stored_checkbox.toggled.connect(self._update_state)
        layout.addWidget(self.stored_checkbox)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.continue_button = QPushButton(self.tr("Co&ntinue"), page)
        self.continue_button.setProperty("primary", True)
        self.continue_button.clicked.connect(self._finish)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        return page

    # ------------------------------------------------------------------ state

    def vault_path(self) -> Path:
        return Path(self.location_edit.text().strip()).expanduser()

    def _update_state(self) -> None:
        if self.pages.currentIndex() == self.RECOVERY_PAGE:
            self.continue_button.setEnabled(self.stored_checkbox.isChecked())
            self.continue_button.setDefault(self.stored_checkbox.isChecked())
            return
        text = self.passphrase_field.text()
        repeat = self.repeat_field.text()
        strength = passphrases.assess(text) if text else None
        self.strength.show_strength(strength)
        self.passphrase_error.clear_message()
        if not repeat:
            self.match_label.clear_message()
        elif repeat == text:
            self.match_label.show_message(self.tr("The two passphrases match."))
        else:
            self.match_label.show_message(self.tr("The two passphrases do not match yet."))

        location_ok = bool(self.location_edit.text().strip())
        self.location_error.clear_message()
        if location_ok and any(p.exists() for p in vaults.vault_files_of(self.vault_path())):
            location_ok = False
            self.location_error.show_message(
                self.tr("A vault already exists there. Choose another name or folder.")
            )
        acceptable = strength is not None and strength.acceptable
        self.create_button.setEnabled(location_ok and acceptable and repeat == text)

    def _set_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        set_busy_cursor(self, index == self.WORKING_PAGE)
        self._update_state()

    # ------------------------------------------------------------------ actions

    def _demo_toggled(self, on: bool) -> None:
        """A demo vault never goes where the real one belongs."""
        if on:
            self._real_location = self.location_edit.text()
            self.location_edit.setText(str(paths.demo_vault_path()))
        elif self._real_location is not None:
            self.location_edit.setText(self._real_location)
        self.location_edit.setReadOnly(on)
        self.choose_button.setEnabled(not on)

    def _choose_location(self) -> None:
        chosen = choose_vault_file(
            self, self.tr("Where to save the vault"), self.location_edit.text(), for_saving=True
        )
        if chosen:
            self.location_edit.setText(chosen)

    def _create(self) -> None:
        self._update_state()
        if not self.create_button.isEnabled() or self._task is not None:
            return
        for label in (self.message, self.method_error, self.passphrase_error):
            label.clear_message()
        path = self.vault_path()
        method = (
            UnlockMethod.KEYRING_PASSPHRASE
            if self.keyring_radio.isChecked()
            else UnlockMethod.PASSPHRASE
        )
        secret = bytearray(self.passphrase_field.text().encode("utf-8"))
        kdf, keyring = self._kdf, self._keyring
        with_demo = self.demo_checkbox.isChecked()

        def job() -> Created:
            try:
                created = vaults.create(
                    path,
                    secret,
                    method=method,
                    kdf=kdf,
                    keyring=keyring,
                    recovery_key_pending=True,
                )
            finally:
                wipe(secret)
            if with_demo:
                try:
                    demo.populate(
                        VaultSession(created.vault), DEMO_PEOPLE, DEMO_ORGANISATIONS, DEMO_MEETINGS
                    )
                except BaseException:
                    created.vault.close()
                    raise
            return created

        self._task = BackgroundTask(job)
        self._task.signals.succeeded.connect(self._created)
        self._task.signals.failed.connect(self._failed)
        self._set_page(self.WORKING_PAGE)
        self._task.start(self._pool)

    def _created(self, created: Created) -> None:
        self._task = None
        self._session = VaultSession(created.vault, list(created.vault.notices))
        self._recovery_code = created.recovery_code
        self.passphrase_field.clear()
        self.repeat_field.clear()
        self.recovery_label.setText(group_recovery_code(created.recovery_code))
        self._set_page(self.RECOVERY_PAGE)
        self.stored_checkbox.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_page(self.SETUP_PAGE)
        error.__traceback__ = None
        if isinstance(error, OSError):
            # Should have been turned into a BizHRError below us; say it plainly anyway.
            self.location_error.show_message(
                self.tr("Could not create the vault there: {reason}.").format(
                    reason=error.strerror or type(error).__name__
                )
            )
            self.location_edit.setFocus()
            return
        if not isinstance(error, BizHRError):
            raise error  # a bug, not something the person can act on
        if isinstance(error, WeakPassphrase):
            self.passphrase_error.show_message(error_text(error))
            self.passphrase_field.setFocus()
        elif isinstance(error, VaultExists):
            self.location_error.show_message(error_text(error))
            self.location_edit.setFocus()
        elif isinstance(error, KeyringUnavailable):
            self.method_error.show_message(error_text(error))
        else:
            self.message.show_message(error_text(error))

    def _copy_code(self) -> None:
        if not self._recovery_code:
            return
        self._clipboard.copy(self._recovery_code)
        self.copy_notice.show_message(
            self.tr("Copied. The clipboard will be emptied in 15 seconds.")
        )

    def _print_code(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self._recovery_code:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        when = QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.LongFormat)
        code = html.escape(group_recovery_code(self._recovery_code)).replace("\n", "<br>")
        document = QTextDocument()
        document.setHtml(
            "<h2>{title}</h2><p>{file}</p><p>{when}</p>"
            '<p style="font-family: monospace; font-size: 20pt">{code}</p><p>{advice}</p>'.format(
                title=html.escape(self.tr("BizHR Desktop recovery key")),
                file=html.escape(self.tr("Vault file: {name}").format(name=self.vault_path().name)),
                when=html.escape(when),
                code=code,
                advice=html.escape(
                    self.tr(
                        "Keep this page somewhere safe, away from the computer. Anyone "
                        "holding it and a copy of the vault can open the vault."
                    )
                ),
            )
        )
        document.print_(printer)

    def _finish(self) -> None:
        if not self.stored_checkbox.isChecked() or self._session is None:
            return
        session, self._session = self._session, None
        self._recovery_code = ""
        self.recovery_label.clear()
        vaults.recovery_key_shown(session)
        self.vault_created.emit(session)
        self.accept()

    # ------------------------------------------------------------------ closing

    @property
    def busy(self) -> bool:
        return self._task is not None

    def reject(self) -> None:
        # While creating, or before the recovery key is stored, the dialog stays open:
        # closing it then would leave a vault whose only spare key was never seen.
        if self.busy or self.pages.currentIndex() == self.RECOVERY_PAGE:
            return
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        grow_to_fit(self)

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)
