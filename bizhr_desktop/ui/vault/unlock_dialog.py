"""Unlock a vault with its passphrase (Argon2id off the GUI thread) or its recovery key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError, WrongSecret
from bizhr_desktop.services import vaults
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.computer import ComputerSettings
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import (
    MessageLabel,
    PassphraseField,
    choose_vault_file,
    grow_to_fit,
    heading,
    hint,
    path_label,
    set_busy_cursor,
    wipe,
)
from bizhr_desktop.ui.common.worker import BackgroundTask

# Wrong passphrases before the keyring advice is given even to a passphrase-only vault.
ADVICE_AFTER_FAILURES = 2

if TYPE_CHECKING:
    from bizhr_desktop.services.vaults import KeyringStore, UnlockAttempt


class UnlockDialog(QDialog):
    """Ask for the passphrase (or the recovery key) of one vault and open it.

    Emits ``unlocked`` with the :class:`VaultSession`; finishes with ``CREATE_REQUESTED``
    when the person wants a new vault instead. The vault path lives only in memory, and is
    shown only if *show_path* (the vault's setting); otherwise the dialog says "Your vault".
    *key_keeper*, if given, receives the session and the passphrase's Argon2id output just
    before that buffer is wiped (for the quick-unlock PIN); it must copy what it keeps.
    """

    unlocked = Signal(object)  # VaultSession

    PASSPHRASE_PAGE, RECOVERY_PAGE = range(2)
    # finished() result when the person asked for a new vault instead.
    CREATE_REQUESTED = 2

    def __init__(
        self,
        vault_path: Path,
        *,
        keyring: KeyringStore | None = None,
        pool: QThreadPool | None = None,
        show_path: bool = False,
        key_keeper: Callable[[VaultSession, bytearray], None] | None = None,
        computer: ComputerSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = vault_path
        self._computer = computer
        self._show_path = show_path
        self._key_keeper = key_keeper
        self._keyring = keyring
        self._pool = pool if pool is not None else QThreadPool(self)
        self._task: BackgroundTask | None = None
        self._pending: tuple[UnlockAttempt, bytearray] | None = None
        self._failed_attempts = 0

        self.setWindowTitle(self.tr("Unlock vault"))
        self.setModal(True)
        self.setMinimumWidth(500)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Unlock your vault"), self))

        where = QGridLayout()
        where.setHorizontalSpacing(8)
        where.setColumnStretch(1, 1)
        vault_caption = QLabel(self.tr("Vault:"), self)
        vault_caption.setProperty("role", "hint")
        self.path_label = path_label(self)
        self.path_label.setAccessibleName(self.tr("Vault file"))
        where.addWidget(vault_caption, 0, 0, Qt.AlignmentFlag.AlignTop)
        where.addWidget(self.path_label, 0, 1)
        layout.addLayout(where)

        self.fields = QStackedWidget(self)
        self.passphrase_field = PassphraseField(self.tr("Passphrase"), parent=self)
        self.recovery_edit = QLineEdit(self)
        self.recovery_edit.setAccessibleName(self.tr("Recovery key"))
        self.recovery_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.fields.addWidget(self.passphrase_field)
        self.fields.addWidget(self.recovery_edit)
        self.fields.setSizePolicy(
            self.passphrase_field.sizePolicy().horizontalPolicy(),
            self.passphrase_field.sizePolicy().verticalPolicy(),
        )
        self.field_label = QLabel(self.tr("&Passphrase:"), self)
        self.field_label.setBuddy(self.passphrase_field.edit)
        layout.addSpacing(4)
        layout.addWidget(self.field_label)
        layout.addWidget(self.fields)
        self.error_label = MessageLabel("error", self)
        self.error_label.setAccessibleName(self.tr("Unlock error"))
        layout.addWidget(self.error_label)

        self.recovery_switch = QCheckBox(self.tr("Use the &recovery key instead"), self)
        self.recovery_switch.toggled.connect(self._switch_secret)
        layout.addWidget(self.recovery_switch)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))
        self.busy_label = hint(self.tr("Unlocking… this takes a moment on purpose."), self)
        busy_row = QVBoxLayout()
        busy_row.setSpacing(4)
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy_label)
        layout.addLayout(busy_row)
        layout.addStretch(1)

        links = QHBoxLayout()
        links.setSpacing(4)
        self.open_other_button = QPushButton(self.tr("&Open another vault…"), self)
        self.create_button = QPushButton(self.tr("Create a &new vault…"), self)
        for button in (self.open_other_button, self.create_button):
            button.setProperty("role", "link")
            button.setFlat(True)
            button.setAutoDefault(False)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            links.addWidget(button)
        links.addStretch(1)
        self.open_other_button.clicked.connect(self._open_other)
        self.create_button.clicked.connect(self._request_create)
        layout.addLayout(links)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)

        assert self.passphrase_field.toggle is not None
        QWidget.setTabOrder(self.passphrase_field.edit, self.passphrase_field.toggle)
        QWidget.setTabOrder(self.passphrase_field.toggle, self.recovery_switch)
        QWidget.setTabOrder(self.recovery_switch, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.open_other_button)
        QWidget.setTabOrder(self.open_other_button, self.create_button)

        self.set_vault_path(vault_path)
        self._set_busy(False)
        self.passphrase_field.setFocus()

    # ------------------------------------------------------------------ state

    @property
    def vault_path(self) -> Path:
        return self._path

    @property
    def failed_attempts(self) -> int:
        return self._failed_attempts

    @property
    def busy(self) -> bool:
        return self._task is not None

    def set_vault_path(self, path: Path) -> None:
        if path != self._path:
            self._failed_attempts = 0  # the count belongs to one vault
        self._path = path
        # Someone watching the screen learns nothing of where the vault is, unless the
        # person chose to show it (or picked this file in this very dialog).
        self.path_label.setText(str(path) if self._show_path else self.tr("Your vault"))
        self.path_label.setProperty("role", "path" if self._show_path else "")
        self.path_label.style().unpolish(self.path_label)
        self.path_label.style().polish(self.path_label)
        self.error_label.clear_message()

    def _using_recovery(self) -> bool:
        return self.recovery_switch.isChecked()

    def _switch_secret(self, recovery: bool) -> None:
        self.error_label.clear_message()
        if recovery:
            self.passphrase_field.clear()
            self.fields.setCurrentIndex(self.RECOVERY_PAGE)
            self.field_label.setText(self.tr("&Recovery key:"))
            self.field_label.setBuddy(self.recovery_edit)
            self.recovery_edit.setFocus()
        else:
            self.recovery_edit.clear()
            self.fields.setCurrentIndex(self.PASSPHRASE_PAGE)
            self.field_label.setText(self.tr("&Passphrase:"))
            self.field_label.setBuddy(self.passphrase_field.edit)
            self.passphrase_field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.fields,
            self.recovery_switch,
            self.unlock_button,
            self.cancel_button,
            self.open_other_button,
            self.create_button,
        ):
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        set_busy_cursor(self, busy)

    # ------------------------------------------------------------------ unlocking

    def try_unlock(self) -> None:
        if self.busy:
            return
        self.error_label.clear_message()
        if self._using_recovery():
            self._unlock_with_recovery_key()
            return
        if not self.passphrase_field.text():
            self._show_error(self.tr("Type your passphrase."), count=False)
            return
        try:
            attempt = vaults.prepare_unlock(self._path, keyring=self._keyring)
        except BizHRError as error:
            self._show_error(error_text(error), count=False)
            return
        # A vault that opened here with its passphrase alone gets no keyring advice after a
        # wrong passphrase, unless the person keeps failing (its unlock methods may have
        # changed on another computer).
        if self._computer is not None and self._failed_attempts < ADVICE_AFTER_FAILURES:
            attempt.keyring_expected = self._computer.keyring_expected(attempt.header.vault_id)
        secret = self.passphrase_field.take_secret()
        self._pending = (attempt, secret)

        def derive() -> bytearray:
            return vaults.derive_passphrase_key(attempt, secret)

        # Bound methods of this dialog, so the results are delivered on the GUI thread.
        self._task = BackgroundTask(derive)
        self._task.signals.succeeded.connect(self._derived)
        self._task.signals.failed.connect(self._derive_failed)
        self._set_busy(True)
        self._task.start(self._pool)

    def _take_pending(self) -> tuple[UnlockAttempt, bytearray]:
        assert self._pending is not None
        pending, self._pending = self._pending, None
        self._task = None
        self._set_busy(False)
        return pending

    def _derived(self, key: bytearray) -> None:
        attempt, secret = self._take_pending()
        try:
            session = vaults.unlock(
                self._path,
                passphrase=secret,
                keyring=self._keyring,
                attempt=attempt,
                precomputed=key,
                failed_attempts=self._failed_attempts,
            )
            if self._key_keeper is not None:
                self._key_keeper(session, key)
        except BizHRError as error:
            self._show_error(error_text(error), count=isinstance(error, WrongSecret))
            return
        finally:
            wipe(secret)
            wipe(key)
            wipe(attempt.keyring_secret)
        self._succeeded(session)

    def _derive_failed(self, error: BaseException) -> None:
        attempt, secret = self._take_pending()
        wipe(secret)
        wipe(attempt.keyring_secret)
        if not isinstance(error, BizHRError):
            raise error
        error.__traceback__ = None
        self._show_error(error_text(error), count=False)

    def _unlock_with_recovery_key(self) -> None:
        code = self.recovery_edit.text().strip()
        if not code:
            self._show_error(self.tr("Type your recovery key."), count=False)
            return
        # No Argon2id for a recovery key (it is random already): this step is quick.
        try:
            attempt = vaults.prepare_unlock(self._path, keyring=self._keyring, use_keyring=False)
            session = vaults.unlock(
                self._path,
                recovery_code=code,
                attempt=attempt,
                failed_attempts=self._failed_attempts,
            )
        except BizHRError as error:
            self._show_error(error_text(error), count=isinstance(error, WrongSecret))
            return
        self._succeeded(session)

    def _show_error(self, message: str, *, count: bool) -> None:
        if count:
            self._failed_attempts += 1
        self.error_label.show_message(message)
        if self._using_recovery():
            self.recovery_edit.selectAll()
            self.recovery_edit.setFocus()
        else:
            self.passphrase_field.clear()
            self.passphrase_field.setFocus()

    def _succeeded(self, session: VaultSession) -> None:
        self._failed_attempts = 0
        self.passphrase_field.clear()
        self.recovery_edit.clear()
        self.unlocked.emit(session)
        self.accept()

    # ------------------------------------------------------------------ other vaults

    def _open_other(self) -> None:
        chosen = choose_vault_file(
            self, self.tr("Open a vault"), str(self._path.parent), for_saving=False
        )
        if chosen:
            self._show_path = True  # just chosen by the person, here: say which one
            self.set_vault_path(Path(chosen))
            self.passphrase_field.setFocus()

    def _request_create(self) -> None:
        if self.busy:
            return
        self.passphrase_field.clear()
        self.recovery_edit.clear()
        self.done(self.CREATE_REQUESTED)

    # ------------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.busy:
            return
        self.passphrase_field.clear()
        self.recovery_edit.clear()
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        grow_to_fit(self)

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)
