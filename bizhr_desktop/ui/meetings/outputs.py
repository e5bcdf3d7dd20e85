"""What leaves the vault from the meetings page: the programme (PDF, HTML, .ics) and drafts.

The programme holds meetings only (no names). Invitation drafts are a plaintext list of
addresses, so they pass the meeting's safety review gate; people at high risk get no draft
by default and are counted as held back, to be reached through their secure channel. The
result says how many drafts were written and how many were held back; it never shows
anyone's address.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError, OutputExists, SafetyReviewPending
from bizhr_desktop.services.invitations import DraftBatch, InvitationService
from bizhr_desktop.ui.common.labels import plural
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import MessageLabel, choose_path, path_label
from bizhr_desktop.ui.common.worker import BackgroundTask

PathChooser = Callable[[QWidget, str, str, str], str]


def choose_save_path(parent: QWidget, caption: str, suggested: str, name_filter: str) -> str:
    """Ask where to save a file with Qt's own dialog, then forget the folders it saw."""
    return choose_path(
        parent, caption, [name_filter], start=str(Path.home() / suggested), for_saving=True
    )


def choose_folder(parent: QWidget, caption: str, start: str, _unused: str = "") -> str:
    return choose_path(parent, caption, start=start or str(Path.home()), folder=True)


class DraftsDialog(QDialog):
    """Write unsent invitation drafts (.eml) for one meeting into a folder."""

    busy_changed = Signal(bool)

    def __init__(
        self,
        service: InvitationService,
        meeting_id: str,
        parent: QWidget | None = None,
        *,
        pool: QThreadPool | None = None,
        folder_chooser: PathChooser = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._meeting_id = meeting_id
        self._pool = pool or QThreadPool.globalInstance()
        self._task: BackgroundTask | None = None
        self._choose_folder = folder_chooser
        self.batch: DraftBatch | None = None
        self.setWindowTitle(self.tr("Invitation drafts"))

        intro = QLabel(
            self.tr(
                "Drafts are written as .eml files for your mail program; nothing is sent. "
                "People at high or critical risk get no draft: reach them through their "
                "secure channel."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setAccessibleName(self.tr("Folder for the drafts"))
        self.folder_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.per_invitee_radio = QRadioButton(self.tr("One draft per invitee"), self)
        self.bcc_radio = QRadioButton(self.tr("One draft to yourself, every invitee in Bcc"), self)
        self.per_invitee_radio.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.per_invitee_radio)
        self._modes.addButton(self.bcc_radio)
        self.sender_name_edit = QLineEdit(self)
        self.sender_name_edit.setAccessibleName(self.tr("Sender name"))
        self.sender_name_edit.setPlaceholderText(self.tr("e.g. Business Network coordination"))
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setAccessibleName(self.tr("Sender address"))
        self.sender_edit.setPlaceholderText(self.tr("you@example.org"))
        self.sender_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.neutral_check = QCheckBox(
            self.tr(
                "Also write neutral drafts (date only, no topic or country) for people at high risk"
            ),
            self,
        )
        self.override_label = QLabel(
            self.tr(
                "This meeting's safety review is not signed off. Sign it off first, or give "
                "the reason these drafts must be written now (kept in the vault):"
            ),
            self,
        )
        self.override_label.setWordWrap(True)
        self.override_edit = QLineEdit(self)
        self.override_edit.setAccessibleName(self.tr("Reason to override the safety review"))
        self.override_label.hide()
        self.override_edit.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setFixedHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.error = MessageLabel("error", self)
        self.result_label = MessageLabel("notice", self)
        self.result_label.setObjectName("draftsResult")
        self.result_path = path_label(self)
        self.result_path.hide()

        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("Drafts"), self.per_invitee_radio)
        form.addRow("", self.bcc_radio)
        form.addRow(self.tr("Sender &name"), self.sender_name_edit)
        form.addRow(self.tr("Sender &address"), self.sender_edit)
        form.addRow("", self.neutral_check)
        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(
            self.tr("Write drafts"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.setProperty("primary", True)
        self.write_button.clicked.connect(self._write_clicked)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.override_label)
        layout.addWidget(self.override_edit)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(self.result_path)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

    def _browse(self) -> None:
        chosen = self._choose_folder(
            self, self.tr("Folder for the drafts"), self.folder_edit.text(), ""
        )
        if chosen:
            self.folder_edit.setText(chosen)

    def _write_clicked(self) -> None:
        self.write()

    def write(self, *, overwrite: bool = False) -> None:
        if self._task is not None:
            return
        self.error.clear_message()
        folder = self.folder_edit.text().strip()
        if not folder:
            self.error.show_message(self.tr("Choose a folder for the drafts."))
            return
        sender_address = self.sender_edit.text().strip()
        if not sender_address:
            self.error.show_message(self.tr("Give the address the drafts are sent from."))
            return
        sender: tuple[str, str] | str = (
            (self.sender_name_edit.text().strip(), sender_address)
            if self.sender_name_edit.text().strip()
            else sender_address
        )
        mode = "bcc" if self.bcc_radio.isChecked() else "per_invitee"
        include_at_risk = self.neutral_check.isChecked()
        reason = self.override_edit.text().strip() or None
        service, meeting_id = self._service, self._meeting_id

        def job() -> DraftBatch:
            return service.write_drafts(
                meeting_id,
                Path(folder),
                mode=mode,  # type: ignore[arg-type]
                sender=sender,
                include_at_risk=include_at_risk,
                override_reason=reason,
                overwrite=overwrite,
            )

        task = BackgroundTask(job)
        task.signals.succeeded.connect(self._written)
        task.signals.failed.connect(self._failed)
        self._task = task
        self._set_busy(True)
        task.start(self._pool)

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.write_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def _written(self, batch: DraftBatch) -> None:
        self._task = None
        self._set_busy(False)
        self.batch = batch
        self.override_label.hide()
        self.override_edit.hide()
        self.result_label.show_message(self.result_text(batch))
        self.result_path.setText(self.folder_edit.text())
        self.result_path.show()

    def result_text(self, batch: DraftBatch) -> str:
        written = len(batch.files)
        parts = [plural(self.tr("%n draft(s) written.", "", written), written)]
        held = len(batch.held_back)
        if held:
            parts.append(
                plural(
                    self.tr(
                        "%n person(s) held back because at risk — reach them by their secure "
                        "channel.",
                        "",
                        held,
                    ),
                    held,
                )
            )
        if batch.neutral:
            parts.append(
                plural(
                    self.tr("%n neutral draft(s) for people at risk.", "", batch.neutral),
                    batch.neutral,
                )
            )
        missing = len(batch.without_email) + len(batch.unusable_email)
        if missing:
            parts.append(
                plural(
                    self.tr("%n invitee(s) without a usable e-mail address.", "", missing),
                    missing,
                )
            )
        return " ".join(parts)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        error.__traceback__ = None
        if not isinstance(error, BizHRError):
            raise error
        if isinstance(error, OutputExists):
            answer = QMessageBox.question(
                self,
                self.tr("Replace the drafts?"),
                self.tr("This folder already holds drafts of the same names. Replace them?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.write(overwrite=True)
                return
        if isinstance(error, SafetyReviewPending):
            self.override_label.show()
            self.override_edit.show()
            self.override_edit.setFocus()
        self.error.show_message(error_text(error))

    def reject(self) -> None:
        if self._task is not None:
            return  # the files are being written; the result arrives in a moment
        super().reject()
