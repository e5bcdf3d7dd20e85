"""Looking after the vault from the window: back up, verify, change passphrase, rekey, re-link."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError, WrongSecret
from bizhr_desktop.services import passphrases, paths, vaults
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import (
    MessageLabel,
    PassphraseField,
    StrengthMeter,
    choose_path,
    grow_to_fit,
    heading,
    hint,
    path_label,
    replace_allowed,
    set_busy_cursor,
    wipe,
)
from bizhr_desktop.ui.common.worker import BackgroundTask
from bizhr_desktop.ui.vault.create_vault_dialog import group_recovery_code
from bizhr_desktop.ui.vault.safety_dialogs import _Dialog


class _TaskDialog(_Dialog):
    """A dialog whose one slow step runs on the worker pool, with a busy bar meanwhile."""

    def __init__(self, title: str, pool: QThreadPool, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self._pool = pool
        self._task: BackgroundTask | None = None
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.hide()
        self.error_label = MessageLabel("error", self)
        self.done_label = MessageLabel("notice", self)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _run(self, job: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self.error_label.clear_message()
        self._task = BackgroundTask(job)
        self._task.signals.succeeded.connect(lambda result: self._finished(on_success, result))
        self._task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._task.start(self._pool)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        set_busy_cursor(self, busy)
        self._update()

    def _update(self) -> None:
        """Enable or disable the buttons; overridden."""

    def _finished(self, on_success: Callable[[Any], None], result: object) -> None:
        self._task = None
        self._set_busy(False)
        on_success(result)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if not isinstance(error, BizHRError):
            raise error
        error.__traceback__ = None
        self.error_label.show_message(error_text(error))

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)


def default_backup_name(today: datetime.date | None = None) -> str:
    """A file name that says what it is and when, and nothing about whose vault it is."""
    return f"bizhr-backup-{(today or datetime.date.today()).isoformat()}.bizhr-backup"


class BackupDialog(_TaskDialog):
    """Write an encrypted backup while the vault stays open."""

    def __init__(
        self,
        session: VaultSession,
        *,
        pool: QThreadPool,
        destination: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Back up the vault"), pool, parent)
        self._session = session
        # A USB drive that is plugged in first: the text below asks for one.
        drives = paths.removable_folders()
        self.destination = destination or (drives[0] if drives else Path.home()) / (
            default_backup_name()
        )
        self.body.addWidget(heading(self.tr("An encrypted copy, for a safe place"), self))
        self.body.addWidget(
            hint(
                self.tr(
                    "The backup is one encrypted file. It opens with the passphrase and the "
                    "recovery key this vault has today, so keep it as safe as the vault: on a "
                    "USB stick that does not travel with the laptop, for example."
                ),
                self,
            )
        )
        self.path_text = path_label(self)
        self.path_text.setText(str(self.destination))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save to:"), self))
        row.addWidget(self.path_text, 1)
        row.addWidget(self.choose_button)
        self.body.addLayout(row)
        self.place_warning = MessageLabel("notice", self)
        self.body.addWidget(self.place_warning)
        self.body.addWidget(self.busy_bar)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.done_label)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.backup_button = QPushButton(self.tr("&Back up"), self)
        self.backup_button.setProperty("primary", True)
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.start)
        self.body.addLayout(self._button_row(self.close_button, self.backup_button))
        self._check_place()

    def _check_place(self) -> None:
        """Say so when the backup would sit on the vault's own disk."""
        if paths.same_disk(self.destination.parent, self._session.path):
            self.place_warning.show_message(
                self.tr(
                    "This is the disk the vault is on: a broken disk, or whoever takes the "
                    "laptop, takes the backup too. Plug in a USB drive and choose it."
                )
            )
        else:
            self.place_warning.clear_message()

    def choose(self) -> None:
        chosen = choose_path(
            self,
            self.tr("Save the backup as"),
            [self.tr("BizHR backups (*.bizhr-backup)")],
            start=str(self.destination),
            for_saving=True,
            default_suffix="bizhr-backup",
        )
        if chosen:
            self.destination = Path(chosen)
            self._asked_to_replace = self.destination  # Qt's save dialog asked
            self.path_text.setText(str(self.destination))
            self._check_place()

    def _update(self) -> None:
        self.backup_button.setEnabled(not self.busy)
        self.choose_button.setEnabled(not self.busy)
        self.close_button.setEnabled(not self.busy)

    def start(self) -> None:
        if self.busy:
            return
        session, destination = self._session, self.destination
        overwrite = replace_allowed(
            self, destination, asked=getattr(self, "_asked_to_replace", None) == destination
        )
        if overwrite is None:
            return
        self.done_label.clear_message()
        self._run(lambda: vaults.backup(session, destination, overwrite=overwrite), self._written)

    def _written(self, _result: object) -> None:
        self.done_label.show_message(
            self.tr("Backup written to %1. Restore it with: bizhr restore.").replace(
                "%1", str(self.destination)
            )
        )
        self.backup_button.setEnabled(False)
        self.close_button.setFocus()


class VerifyDialog(_TaskDialog):
    """Check every page's HMAC, the database's integrity and the audit chain."""

    def __init__(
        self, session: VaultSession, *, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Verify the vault"), pool, parent)
        self._session = session
        self.title = heading(self.tr("Checking the vault…"), self)
        self.body.addWidget(self.title)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.body.addWidget(self.result_label)
        self.body.addWidget(self.busy_bar)
        self.body.addWidget(self.error_label)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.reject)
        self.body.addLayout(self._button_row(self.close_button))
        self.problems: list[str] | None = None
        self._run(lambda: vaults.verify(session), self._checked)

    def _update(self) -> None:
        self.close_button.setEnabled(not self.busy)

    def _checked(self, problems: object) -> None:
        assert isinstance(problems, list)
        self.problems = [str(p) for p in problems]
        if not self.problems:
            self.result_label.setProperty("role", "notice")
            self.result_label.setText(
                self.tr(
                    "The vault is sound: every page decrypts and passes its check, the "
                    "database is consistent and the audit log has not been altered."
                )
            )
        else:
            self.result_label.setProperty("role", "error")
            self.result_label.setText(
                self.tr("Problems were found. Restore the vault from a backup:")
                + "\n• "
                + "\n• ".join(self.problems)
            )
        self.title.setText(self.tr("Vault checked"))
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))


class ChangePassphraseDialog(_TaskDialog):
    """Current passphrase, then the new one twice; the old one stops working at once."""

    def __init__(
        self, session: VaultSession, *, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Change passphrase"), pool, parent)
        self._session = session
        self.body.addWidget(heading(self.tr("Choose a new passphrase"), self))
        self.body.addWidget(
            hint(
                self.tr(
                    "Nothing is re-encrypted: the vault's key is wrapped again under the new "
                    "passphrase, and the old one stops opening this key file at once. A copy "
                    "of the key file made before now (a backup, a copied or synced folder) "
                    "still opens with the old passphrase and reaches today's records. If "
                    "someone may know the old passphrase, use Safety ▸ Revoke everything "
                    "instead."
                ),
                self,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.current_field = PassphraseField(self.tr("Current passphrase"), parent=self)
        self.new_field = PassphraseField(self.tr("New passphrase"), parent=self)
        self.repeat_field = PassphraseField(
            self.tr("Repeat the new passphrase"), show_toggle=False, parent=self
        )
        self.strength = StrengthMeter(self)
        form.addRow(self.tr("&Current passphrase:"), self.current_field)
        form.addRow(self.tr("&New passphrase:"), self.new_field)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat it:"), self.repeat_field)
        self.body.addLayout(form)
        self.body.addWidget(self.busy_bar)
        self.body.addWidget(self.error_label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.change_button = QPushButton(self.tr("C&hange passphrase"), self)
        self.change_button.setProperty("primary", True)
        self.change_button.clicked.connect(self.submit)
        self.body.addLayout(self._button_row(self.cancel_button, self.change_button))
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.textChanged.connect(self._update)
        self.repeat_field.returnPressed.connect(self.submit)
        self._update()
        self.current_field.setFocus()

    def _update(self) -> None:
        text = self.new_field.text()
        strength = passphrases.assess(text) if text else None
        self.strength.show_strength(strength)
        ready = (
            bool(self.current_field.text())
            and strength is not None
            and strength.acceptable
            and text == self.repeat_field.text()
            and text != self.current_field.text()
        )
        self.change_button.setEnabled(ready and not self.busy)
        for widget in (self.current_field, self.new_field, self.repeat_field, self.cancel_button):
            widget.setEnabled(not self.busy)

    def submit(self) -> None:
        if self.busy or not self.change_button.isEnabled():
            return
        current = self.current_field.take_secret()
        new = self.new_field.take_secret()
        self.repeat_field.clear()
        session = self._session

        def change() -> None:  # Argon2id twice or more: off the GUI thread
            try:
                if not session.vault.verify_passphrase(current):
                    raise WrongSecret("The current passphrase is not right.")
                vaults.change_passphrase(session, new)
            finally:
                wipe(current)
                wipe(new)

        self._run(change, lambda _result: self.accept())

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self.current_field.setFocus()


class RelinkKeyringDialog(_TaskDialog):
    """After opening with the recovery key: bind the passphrase to this computer's keyring."""

    def __init__(
        self, session: VaultSession, *, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Re-link this computer's keyring"), pool, parent)
        self._session = session
        status = vaults.keyring_status()
        self.body.addWidget(heading(self.tr("Open with your passphrase again"), self))
        self.body.addWidget(
            hint(
                self.tr(
                    "This vault needs your passphrase and a secret kept in this computer's "
                    "keyring. A new keyring secret is made now; type the passphrase to use "
                    "with it (your usual one, or a new one)."
                ),
                self,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphrase_field = PassphraseField(self.tr("Passphrase"), parent=self)
        self.repeat_field = PassphraseField(
            self.tr("Repeat the passphrase"), show_toggle=False, parent=self
        )
        form.addRow(self.tr("&Passphrase:"), self.passphrase_field)
        form.addRow(self.tr("&Repeat it:"), self.repeat_field)
        self.body.addLayout(form)
        self.body.addWidget(self.busy_bar)
        self.body.addWidget(self.error_label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.link_button = QPushButton(self.tr("&Link keyring"), self)
        self.link_button.setProperty("primary", True)
        self.link_button.clicked.connect(self.submit)
        self.body.addLayout(self._button_row(self.cancel_button, self.link_button))
        self.keyring_ok = status.secure
        if not status.secure:
            self.error_label.show_message(status.explanation)
        for field in (self.passphrase_field, self.repeat_field):
            field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.passphrase_field.text()
        acceptable = bool(text) and passphrases.assess(text).acceptable
        self.link_button.setEnabled(
            self.keyring_ok and acceptable and text == self.repeat_field.text() and not self.busy
        )

    def submit(self) -> None:
        if self.busy or not self.link_button.isEnabled():
            return
        secret = self.passphrase_field.take_secret()
        self.repeat_field.clear()
        session = self._session

        def link() -> None:
            try:
                vaults.relink_keyring(session, secret)
            finally:
                wipe(secret)

        self._run(link, lambda _result: self.accept())


class RekeyDialog(_TaskDialog):
    """Replace the data key: every page is re-encrypted under a new random key."""

    def __init__(
        self, session: VaultSession, *, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Replace the encryption key"), pool, parent)
        self._session = session
        self.body.addWidget(heading(self.tr("Re-encrypt every record under a new key"), self))
        self.body.addWidget(
            hint(
                self.tr(
                    "Do this if you think the vault's key may have been exposed while it was "
                    "open, for example on a computer you no longer trust. Your passphrase and "
                    "recovery key stay the same, and so does the key file's own key: to make "
                    "earlier copies of the key file useless, use Safety ▸ Revoke everything. "
                    "An interruption cannot lose anything: the vault then opens with the old "
                    "key or the new one."
                ),
                self,
            )
        )
        self.body.addWidget(self.busy_bar)
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.done_label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.rekey_button = QPushButton(self.tr("&Replace the key"), self)
        self.rekey_button.setProperty("primary", True)
        self.rekey_button.clicked.connect(self.start)
        self.body.addLayout(self._button_row(self.cancel_button, self.rekey_button))

    def _update(self) -> None:
        self.rekey_button.setEnabled(not self.busy)
        self.cancel_button.setEnabled(not self.busy)

    def start(self) -> None:
        if self.busy:
            return
        session = self._session
        self._run(lambda: vaults.rekey(session), lambda _result: self.accept())


class RevokeDialog(_TaskDialog):
    """Revoke everything: new data key and header key, every method sealed again, and a new
    recovery key shown once. The dialog cannot be closed until the person says it is stored."""

    def __init__(
        self, session: VaultSession, *, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Revoke everything"), pool, parent)
        self._session = session
        self._stored_needed = False
        self.body.addWidget(heading(self.tr("Make every earlier copy and secret useless"), self))
        self.body.addWidget(
            hint(
                self.tr(
                    "Every record is re-encrypted under a new key, and the key file is sealed "
                    "again under a new key of its own. After that no earlier copy of the key "
                    "file opens today's records, whatever passphrase or recovery key someone "
                    "has, and you get a new recovery key: the old one stops working. Backups "
                    "made before keep opening with the secrets of their day: destroy them."
                ),
                self,
            )
        )
        self.form_box = QWidget(self)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphrase_field = PassphraseField(self.tr("Passphrase"), parent=self)
        self.duress_field = PassphraseField(self.tr("Duress passphrase"), parent=self)
        if vaults.needs_passphrase_to_revoke(session):
            form.addRow(self.tr("Your &passphrase:"), self.passphrase_field)
        else:
            self.passphrase_field.hide()
        if session.vault.has_duress:
            form.addRow(self.tr("&Duress passphrase:"), self.duress_field)
            form.addRow(
                hint(
                    self.tr("Type the duress passphrase to keep it; left empty, it is removed."),
                    self.form_box,
                )
            )
        else:
            self.duress_field.hide()
        self.body.addWidget(self.form_box)
        self.body.addWidget(self.busy_bar)
        self.body.addWidget(self.error_label)
        self.recovery_label = QLabel(self)
        self.recovery_label.setObjectName("recoveryCode")
        self.recovery_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.6)
        self.recovery_label.setFont(font)
        self.recovery_label.setAccessibleName(self.tr("New recovery key"))
        self.recovery_label.hide()
        self.body.addWidget(self.done_label)
        self.body.addWidget(self.recovery_label)
        self.stored_checkbox = QCheckBox(
            self.tr("I have stored the new recovery key somewhere &safe"), self
        )
        self.stored_checkbox.toggled.connect(self._update)
        self.stored_checkbox.hide()
        self.body.addWidget(self.stored_checkbox)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.revoke_button = QPushButton(self.tr("&Revoke everything"), self)
        self.revoke_button.setProperty("primary", True)
        self.revoke_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setProperty("primary", True)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        self.body.addLayout(
            self._button_row(self.cancel_button, self.revoke_button, self.close_button)
        )
        self.passphrase_field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ready = not self.passphrase_field.isVisibleTo(self) or bool(self.passphrase_field.text())
        self.revoke_button.setEnabled(ready and not self.busy)
        self.cancel_button.setEnabled(not self.busy)
        self.close_button.setEnabled(self.stored_checkbox.isChecked())

    def start(self) -> None:
        if self.busy or not self.revoke_button.isEnabled():
            return
        session = self._session
        passphrase = (
            self.passphrase_field.take_secret() if self.passphrase_field.isVisibleTo(self) else None
        )
        duress = self.duress_field.take_secret() if self.duress_field.text() else None

        def revoke() -> vaults.Revoked:  # Argon2id and a full re-encryption: off the GUI thread
            try:
                return vaults.revoke(session, passphrase, duress_passphrase=duress)
            finally:
                wipe(passphrase)
                wipe(duress)

        self._run(revoke, self._revoked)

    def _revoked(self, result: object) -> None:
        assert isinstance(result, vaults.Revoked)
        self._stored_needed = True
        for widget in (self.form_box, self.cancel_button):
            widget.hide()
        self.revoke_button.hide()
        message = self.tr("Everything was revoked. Your new recovery key, shown only this once:")
        if result.duress_dropped:
            message += " " + self.tr(
                "(The duress passphrase was removed; set it again from the Safety menu.)"
            )
        self.done_label.show_message(message)
        self.recovery_label.setText(group_recovery_code(result.recovery_code))
        self.recovery_label.show()
        self.stored_checkbox.show()
        self.close_button.show()
        self._update()
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def reject(self) -> None:
        if self._stored_needed and not self.stored_checkbox.isChecked():
            return  # the new recovery key must not vanish unseen
        super().reject()
