"""Dialogs for safety in the field: erase the vault, the duress passphrase, the quick PIN."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError, InvalidInput
from bizhr_desktop.services import passphrases, quick_unlock, vaults
from bizhr_desktop.services.quick_unlock import QuickUnlock, QuickUnlockGone, WrongPin
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import (
    MessageLabel,
    PassphraseField,
    StrengthMeter,
    grow_to_fit,
    heading,
    hint,
    set_busy_cursor,
    wipe,
)
from bizhr_desktop.ui.common.worker import BackgroundTask

if TYPE_CHECKING:
    from bizhr_desktop.services.vaults import KeyringStore

ERASE_COUNTDOWN_MS = 5_000


class _Dialog(QDialog):
    """A modal dialog laid out like the others, that grows to fit its wrapped text."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(480)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 24, 28, 20)
        self.body.setSpacing(12)

    def _button_row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))


# ---------------------------------------------------------------------- erase


class EraseConfirmDialog(_Dialog):
    """First step of erasing: say what it does, and have the person type one word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Erase this vault"), parent)
        self.confirm_word = self.tr("ERASE")
        self.body.addWidget(heading(self.tr("Erase this vault for good?"), self))
        explanation = hint(
            self.tr(
                "Every key of this vault is destroyed, then its files are removed. Nobody "
                "will be able to open it again: not you, and not anyone who knows your "
                "passphrase or holds your recovery key. It takes less than a second.\n\n"
                "Backup files you made earlier are separate: they still open with the "
                "passphrase, so destroy them too if they must not survive."
            ),
            self,
        )
        self.body.addWidget(explanation)
        self.word_label = QLabel(
            self.tr("To confirm, type {word}:").format(word=self.confirm_word), self
        )
        self.word_edit = QLineEdit(self)
        self.word_edit.setAccessibleName(self.tr("Confirmation word"))
        self.word_label.setBuddy(self.word_edit)
        self.word_edit.textChanged.connect(self._typed)
        self.body.addWidget(self.word_label)
        self.body.addWidget(self.word_edit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.erase_button = QPushButton(self.tr("&Erase…"), self)
        self.erase_button.setProperty("danger", True)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.body.addStretch(1)
        self.body.addLayout(self._button_row(self.cancel_button, self.erase_button))
        self.word_edit.returnPressed.connect(self._return_pressed)
        self.word_edit.setFocus()

    def _typed(self, text: str) -> None:
        self.erase_button.setEnabled(text.strip() == self.confirm_word)

    def _return_pressed(self) -> None:
        if self.erase_button.isEnabled():
            self.accept()


class EraseCountdownDialog(_Dialog):
    """Second step: a few seconds to change one's mind. Cancel has the focus."""

    def __init__(
        self, duration_ms: int = ERASE_COUNTDOWN_MS, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Erasing the vault"), parent)
        self._duration_ms = duration_ms
        self._elapsed = QElapsedTimer()
        self.body.addWidget(heading(self.tr("The vault will be erased"), self))
        self.countdown_label = QLabel(self)
        self.countdown_label.setProperty("role", "error")
        self.countdown_label.setAccessibleName(self.tr("Time left"))
        self.body.addWidget(self.countdown_label)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(1, duration_ms))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.body.addWidget(self.progress)
        self.body.addWidget(hint(self.tr("Press Cancel or Esc to keep the vault."), self))
        self.cancel_button = QPushButton(self.tr("Cancel — keep the vault"), self)
        self.cancel_button.setProperty("primary", True)
        self.cancel_button.clicked.connect(self.reject)
        self.body.addLayout(self._button_row(self.cancel_button))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(duration_ms)
        self._deadline.timeout.connect(self.accept)
        self._ticker = QTimer(self)
        self._ticker.setInterval(100)
        self._ticker.timeout.connect(self._tick)
        self._show_left(duration_ms)

    @property
    def running(self) -> bool:
        return self._deadline.isActive()

    def open(self) -> None:
        super().open()
        self._elapsed.start()
        self._deadline.start()
        self._ticker.start()

    def _tick(self) -> None:
        self._show_left(max(0, self._duration_ms - self._elapsed.elapsed()))

    def _show_left(self, left_ms: int) -> None:
        seconds = (left_ms + 999) // 1000
        if seconds > 1:
            text = self.tr("Erasing in {seconds} seconds…").format(seconds=seconds)
        elif seconds == 1:
            text = self.tr("Erasing in 1 second…")
        else:
            text = self.tr("Erasing…")
        self.countdown_label.setText(text)
        self.progress.setValue(self._duration_ms - left_ms)

    def done(self, result: int) -> None:
        self._deadline.stop()
        self._ticker.stop()
        super().done(result)


# ---------------------------------------------------------------------- duress


class DuressDialog(_Dialog):
    """Set or remove the duress passphrase, and choose what it does, in plain words."""

    DECOY, ERASE = "decoy", "erase"

    def __init__(
        self, session: VaultSession, *, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Duress passphrase"), parent)
        self._session = session
        self._pool = pool
        self._task: BackgroundTask | None = None
        self._pending: bytearray | None = None
        self.body.addWidget(heading(self.tr("A passphrase to give under pressure"), self))
        self.body.addWidget(
            hint(
                self.tr(
                    "If someone forces you to unlock this vault, give them the duress "
                    "passphrase instead of your own. It opens what looks like a new, empty "
                    "vault. Nothing on the screen or on the disk shows the difference."
                ),
                self,
            )
        )
        self.state_label = QLabel(self)
        self.state_label.setProperty("role", "notice")
        self.body.addWidget(self.state_label)

        self.decoy_radio = QRadioButton(self.tr("Show an &empty vault; keep my records"), self)
        self.decoy_hint = hint(
            self.tr("Your records stay in the vault and open again with your own passphrase."),
            self,
        )
        self.erase_radio = QRadioButton(
            self.tr("E&rase my records, then show an empty vault"), self
        )
        self.erase_hint = hint(
            self.tr(
                "The moment the duress passphrase is typed, every key of the real vault is "
                "destroyed. Nobody can get the records back, not even you. Choose this if "
                "the laptop may be taken away."
            ),
            self,
        )
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.decoy_radio)
        self.modes.addButton(self.erase_radio)
        self.decoy_radio.setChecked(True)
        for widget in (self.decoy_radio, self.decoy_hint, self.erase_radio, self.erase_hint):
            self.body.addWidget(widget)
        self.decoy_hint.setIndent(24)
        self.erase_hint.setIndent(24)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passphrase_field = PassphraseField(self.tr("Duress passphrase"), parent=self)
        self.repeat_field = PassphraseField(
            self.tr("Repeat the duress passphrase"), show_toggle=False, parent=self
        )
        self.strength = StrengthMeter(self)
        form.addRow(self.tr("Duress &passphrase:"), self.passphrase_field)
        form.addRow("", self.strength)
        form.addRow(self.tr("Re&peat it:"), self.repeat_field)
        self.body.addLayout(form)
        self.error_label = MessageLabel("error", self)
        self.body.addWidget(self.error_label)
        self.passphrase_field.textChanged.connect(self._update)
        self.repeat_field.textChanged.connect(self._update)

        self.remove_button = QPushButton(self.tr("&Remove duress passphrase"), self)
        self.remove_button.clicked.connect(self.remove)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.set_button = QPushButton(self.tr("&Set duress passphrase"), self)
        self.set_button.setProperty("primary", True)
        self.set_button.clicked.connect(self.submit)
        row = self._button_row(self.cancel_button, self.set_button)
        row.insertWidget(0, self.remove_button)
        self.body.addLayout(row)
        self._show_state()
        self._update()
        self.passphrase_field.setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def mode(self) -> str:
        return self.ERASE if self.erase_radio.isChecked() else self.DECOY

    def _show_state(self) -> None:
        has = self._session.is_open and self._session.vault.has_duress
        self.state_label.setText(
            self.tr("A duress passphrase is set for this vault.")
            if has
            else self.tr("No duress passphrase is set for this vault.")
        )
        self.remove_button.setVisible(has)

    def _update(self) -> None:
        text = self.passphrase_field.text()
        strength = passphrases.assess(text) if text else None
        self.strength.show_strength(strength)
        matches = bool(text) and text == self.repeat_field.text()
        self.set_button.setEnabled(
            not self.busy and strength is not None and strength.acceptable and matches
        )

    def submit(self) -> None:
        if self.busy or not self.set_button.isEnabled():
            return
        self.error_label.clear_message()
        secret = self.passphrase_field.take_secret()
        self.repeat_field.clear()
        session, mode = self._session, self.mode()
        self._pending = secret

        def seal() -> None:  # Argon2id twice: off the GUI thread
            vaults.set_duress(session, secret, mode)

        self._run(seal)

    def remove(self) -> None:
        if self.busy:
            return
        try:
            vaults.clear_duress(self._session)
        except BizHRError as error:
            self.error_label.show_message(error_text(error))
            return
        self.accept()

    def _run(self, job: object) -> None:
        assert callable(job)
        self._task = BackgroundTask(job)
        self._task.signals.succeeded.connect(self._succeeded)
        self._task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._task.start(self._pool)

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.passphrase_field,
            self.repeat_field,
            self.decoy_radio,
            self.erase_radio,
            self.cancel_button,
            self.remove_button,
        ):
            widget.setEnabled(not busy)
        set_busy_cursor(self, busy)
        self._update()

    def _finish_task(self) -> None:
        self._task = None
        wipe(self._pending)
        self._pending = None
        self._set_busy(False)

    def _succeeded(self, _result: object) -> None:
        self._finish_task()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        if not isinstance(error, BizHRError):
            raise error
        error.__traceback__ = None
        self.error_label.show_message(error_text(error))
        self.passphrase_field.setFocus()

    def reject(self) -> None:
        if not self.busy:
            self.passphrase_field.clear()
            self.repeat_field.clear()
            super().reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)


# ---------------------------------------------------------------------- quick unlock PIN


def _pin_edit(accessible_name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setAccessibleName(accessible_name)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return edit


class PinSetupDialog(_Dialog):
    """Choose the PIN that may reopen the vault after it locked itself, for this session."""

    def __init__(
        self,
        quick: QuickUnlock,
        session: VaultSession,
        *,
        pool: QThreadPool,
        keyring: KeyringStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Quick-unlock PIN"), parent)
        self._quick = quick
        self._session = session
        self._pool = pool
        self._keyring = keyring
        self._task: BackgroundTask | None = None
        self._pending: bytearray | None = None
        self.body.addWidget(heading(self.tr("Choose a PIN for this session"), self))
        self.body.addWidget(
            hint(
                self.tr(
                    "When the vault locks itself (after a while without use, or when the "
                    "screen locks), these 4 to 8 digits reopen it. The PIN is forgotten when "
                    "you quit, lock by hand, use the panic shortcut or the computer sleeps; "
                    "after three wrong tries your passphrase is needed."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.pin_edit = _pin_edit(self.tr("PIN"), self)
        self.repeat_edit = _pin_edit(self.tr("Repeat the PIN"), self)
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        form.addRow(self.tr("&Repeat it:"), self.repeat_edit)
        self.passphrase_field: PassphraseField | None = None
        if not quick.holding:
            # The passphrase's key was not kept at unlock time (the setting was off then).
            self.passphrase_field = PassphraseField(self.tr("Passphrase"), parent=self)
            form.addRow(self.tr("Your pass&phrase:"), self.passphrase_field)
        self.body.addLayout(form)
        self.error_label = MessageLabel("error", self)
        self.body.addWidget(self.error_label)
        self.cancel_button = QPushButton(self.tr("Not now"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Use this PIN"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.body.addLayout(self._button_row(self.cancel_button, self.save_button))
        self.pin_edit.setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def submit(self) -> None:
        if self.busy:
            return
        self.error_label.clear_message()
        pin = self.pin_edit.text()
        try:
            pin = quick_unlock.check_pin(pin)
        except InvalidInput:
            self.error_label.show_message(self.tr("A PIN is 4 to 8 digits."))
            return
        if quick_unlock.normalise_pin(self.repeat_edit.text()) != pin:
            self.error_label.show_message(self.tr("The two PINs differ."))
            return
        secret: bytearray | None = None
        if self.passphrase_field is not None:
            if not self.passphrase_field.text():
                self.error_label.show_message(self.tr("Type your passphrase."))
                return
            secret = self.passphrase_field.take_secret()
        self._pending = secret
        quick, session, keyring = self._quick, self._session, self._keyring

        def seal() -> None:
            if secret is not None:
                key = quick_unlock.derive_for_session(session, secret, keyring=keyring)
                try:
                    quick.hold(session.path, key)
                finally:
                    wipe(key)
            quick.set_pin(pin)

        self._task = BackgroundTask(seal)
        self._task.signals.succeeded.connect(self._succeeded)
        self._task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._task.start(self._pool)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.pin_edit, self.repeat_edit, self.cancel_button, self.save_button):
            widget.setEnabled(not busy)
        if self.passphrase_field is not None:
            self.passphrase_field.setEnabled(not busy)
        set_busy_cursor(self, busy)

    def _finish_task(self) -> None:
        self._task = None
        wipe(self._pending)
        self._pending = None
        self._set_busy(False)

    def _succeeded(self, _result: object) -> None:
        self._finish_task()
        self.pin_edit.clear()
        self.repeat_edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._finish_task()
        if not isinstance(error, BizHRError):
            raise error
        error.__traceback__ = None
        self.error_label.show_message(error_text(error))

    def reject(self) -> None:
        if not self.busy:
            self.pin_edit.clear()
            self.repeat_edit.clear()
            super().reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)


class PinUnlockDialog(_Dialog):
    """Reopen a vault that locked itself with the session's PIN.

    Emits ``unlocked`` with the session; finishes with ``USE_PASSPHRASE`` when the person
    asks for the passphrase instead, or when the PIN can no longer be used.
    """

    unlocked = Signal(object)  # VaultSession
    USE_PASSPHRASE = 3

    def __init__(
        self,
        quick: QuickUnlock,
        vault_path: Path,
        *,
        pool: QThreadPool,
        keyring: KeyringStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Unlock vault"), parent)
        self._quick = quick
        self._path = vault_path
        self._pool = pool
        self._keyring = keyring
        self._task: BackgroundTask | None = None
        self.reason = ""  # why the passphrase is needed now, for the next dialog
        self.body.addWidget(heading(self.tr("Unlock with your PIN"), self))
        self.body.addWidget(
            hint(self.tr("The vault locked itself. Type the PIN you chose for this session."), self)
        )
        self.pin_label = QLabel(self.tr("&PIN:"), self)
        self.pin_edit = _pin_edit(self.tr("PIN"), self)
        self.pin_label.setBuddy(self.pin_edit)
        self.body.addWidget(self.pin_label)
        self.body.addWidget(self.pin_edit)
        self.error_label = MessageLabel("error", self)
        self.error_label.setAccessibleName(self.tr("Unlock error"))
        self.body.addWidget(self.error_label)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.hide()
        self.body.addWidget(self.busy_bar)
        self.passphrase_button = QPushButton(self.tr("Use my &passphrase instead"), self)
        self.passphrase_button.setProperty("role", "link")
        self.passphrase_button.setFlat(True)
        self.passphrase_button.setAutoDefault(False)
        self.passphrase_button.clicked.connect(self.use_passphrase)
        links = QHBoxLayout()
        links.addWidget(self.passphrase_button)
        links.addStretch(1)
        self.body.addLayout(links)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.body.addLayout(self._button_row(self.cancel_button, self.unlock_button))
        self.unlock_button.setDefault(True)
        self.pin_edit.returnPressed.connect(self.try_unlock)
        self.pin_edit.setFocus()

    @property
    def vault_path(self) -> Path:
        return self._path

    @property
    def busy(self) -> bool:
        return self._task is not None

    def try_unlock(self) -> None:
        if self.busy:
            return
        pin = self.pin_edit.text()
        self.pin_edit.clear()
        if not pin:
            self.error_label.show_message(self.tr("Type your PIN."))
            return
        self.error_label.clear_message()
        quick = self._quick
        self._task = BackgroundTask(lambda: quick.open(pin))
        self._task.signals.succeeded.connect(self._opened)
        self._task.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._task.start(self._pool)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.pin_edit, self.unlock_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.passphrase_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        set_busy_cursor(self, busy)

    def _opened(self, key: bytearray) -> None:
        self._task = None
        self._set_busy(False)
        try:
            session = quick_unlock.reopen(self._path, key, keyring=self._keyring)
        except BizHRError as error:
            # The vault changed meanwhile (new passphrase, erased, moved): the PIN is useless.
            self._quick.forget()
            self.reason = error_text(error)
            self.done(self.USE_PASSPHRASE)
            return
        finally:
            wipe(key)
        self.unlocked.emit(session)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(error, WrongPin):
            self.error_label.show_message(
                self.tr("Wrong PIN. One more try, then your passphrase is needed.")
                if error.tries_left == 1
                else self.tr(
                    "Wrong PIN. {tries} more tries, then your passphrase is needed."
                ).format(tries=error.tries_left)
            )
            self.pin_edit.setFocus()
            return
        if isinstance(error, QuickUnlockGone):
            self.reason = self.tr("Three wrong PINs: type your passphrase to unlock.")
            self.done(self.USE_PASSPHRASE)
            return
        if not isinstance(error, BizHRError):
            raise error
        self.error_label.show_message(error_text(error))

    def use_passphrase(self) -> None:
        if not self.busy:
            self.done(self.USE_PASSPHRASE)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        self.pin_edit.clear()
        super().done(result)
