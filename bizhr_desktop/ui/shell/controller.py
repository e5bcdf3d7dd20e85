"""The application's flow: first run, unlock, lock, quit — between dialogs and the window."""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.memory import release_free_memory
from bizhr_desktop.services import vaults
from bizhr_desktop.services.quick_unlock import QuickUnlock
from bizhr_desktop.services.settings import DEFAULTS, SafetySettings
from bizhr_desktop.services.vaults import KdfParams, VaultSession
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.shell.autolock import Clock, IdleLock
from bizhr_desktop.ui.shell.language import apply_language, choose_language
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.session_watch import SessionWatch
from bizhr_desktop.ui.shell.settings_dialog import SettingsDialog
from bizhr_desktop.ui.vault.create_vault_dialog import CreateVaultDialog
from bizhr_desktop.ui.vault.dialogs import (
    BackupDialog,
    ChangePassphraseDialog,
    RekeyDialog,
    RelinkKeyringDialog,
    RevokeDialog,
    VerifyDialog,
)
from bizhr_desktop.ui.vault.safety_dialogs import (
    ERASE_COUNTDOWN_MS,
    DuressDialog,
    EraseConfirmDialog,
    EraseCountdownDialog,
    PinSetupDialog,
    PinUnlockDialog,
)
from bizhr_desktop.ui.vault.travel_dialog import TravelBackDialog, TravelOutDialog
from bizhr_desktop.ui.vault.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from bizhr_desktop.services.vaults import KeyringStore


class LockReason(enum.Enum):
    """Why the vault locked. Only a lock the person did not ask for may allow the PIN."""

    MANUAL = "manual"
    PANIC = "panic"
    IDLE = "idle"
    SCREEN_LOCKED = "screen locked"
    SLEEP = "sleep"  # a sleeping laptop may be seized: never the PIN after it
    ERASE = "erase"
    QUIT = "quit"
    FAULT = "fault"  # the program met an error it did not expect: start again from the top

    @property
    def allows_pin(self) -> bool:
        return self in (LockReason.IDLE, LockReason.SCREEN_LOCKED)


class AppController(QObject):
    """Owns the one open session and decides which dialog or view is shown.

    Everything it uses comes through the constructor: the window, the clipboard guard,
    the vault path to offer first (kept in memory only), the KDF cost (None: calibrated
    on this computer), the keyring store (None: the OS keyring), the *clock* the idle
    lock measures with (wall time, which counts sleep), the desktop's lock and sleep
    signals (None: not watched), the quick-unlock keeper and the erase countdown.

    Install :attr:`autolock` as an event filter on the application so that key and mouse
    use postpone the idle lock.
    """

    finished = Signal()  # the person chose to leave; the application should quit

    def __init__(
        self,
        window: MainWindow,
        clipboard: SecretClipboard,
        *,
        vault_path: Path,
        kdf: KdfParams | None = None,
        keyring: KeyringStore | None = None,
        pool: QThreadPool | None = None,
        clock: Clock = time.time,
        session_watch: SessionWatch | None = None,
        quick_unlock: QuickUnlock | None = None,
        erase_countdown_ms: int = ERASE_COUNTDOWN_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._clipboard = clipboard
        self._vault_path = vault_path
        self._kdf = kdf
        self._keyring = keyring
        self._pool = pool if pool is not None else QThreadPool(self)
        self._session: VaultSession | None = None
        self._unlock_dialog: UnlockDialog | None = None
        self._create_dialog: CreateVaultDialog | None = None
        self._leaving = False
        # Safety in the field: idle lock, desktop lock and sleep, quick unlock, panic, erase.
        self._settings = DEFAULTS  # of the last vault open in this run (never secret)
        self._quick = quick_unlock if quick_unlock is not None else QuickUnlock()
        self._erase_countdown_ms = erase_countdown_ms
        self._pin_dialog: PinUnlockDialog | None = None
        self._pin_notice = ""
        self._session_dialogs: list[QDialog] = []  # dialogs that hold the open session
        self.autolock = IdleLock(clock, parent=self)
        self.autolock.idle.connect(lambda: self.lock(reason=LockReason.IDLE))
        self._session_watch = session_watch
        if session_watch is not None:
            session_watch.screen_locked.connect(lambda: self.lock(reason=LockReason.SCREEN_LOCKED))
            session_watch.going_to_sleep.connect(lambda: self.lock(reason=LockReason.SLEEP))
        window.lock_requested.connect(self.lock)
        window.unlock_requested.connect(self.show_unlock)
        window.quit_requested.connect(self.quit)
        window.closing.connect(self._window_closing)
        window.panic_requested.connect(self.panic)
        window.erase_requested.connect(self.start_erase)
        window.settings_requested.connect(self.show_settings)
        window.duress_requested.connect(self.show_duress)
        window.travel_requested.connect(self.show_travel)
        window.travel_back_requested.connect(self.show_travel_back)
        window.pin_requested.connect(self.show_pin_setup)
        window.backup_requested.connect(lambda: self._open_vault_dialog(BackupDialog))
        window.verify_requested.connect(lambda: self._open_vault_dialog(VerifyDialog))
        window.passphrase_change_requested.connect(
            lambda: self._open_vault_dialog(ChangePassphraseDialog)
        )
        window.rekey_requested.connect(lambda: self._open_vault_dialog(RekeyDialog))
        window.revoke_requested.connect(lambda: self._open_vault_dialog(RevokeDialog))
        window.relink_requested.connect(self.show_relink)

    # ------------------------------------------------------------------ state

    @property
    def session(self) -> VaultSession | None:
        return self._session

    @property
    def window(self) -> MainWindow:
        return self._window

    @property
    def unlock_dialog(self) -> UnlockDialog | None:
        return self._unlock_dialog

    @property
    def create_dialog(self) -> CreateVaultDialog | None:
        return self._create_dialog

    @property
    def pin_dialog(self) -> PinUnlockDialog | None:
        return self._pin_dialog

    @property
    def quick_unlock(self) -> QuickUnlock:
        return self._quick

    @property
    def settings(self) -> SafetySettings:
        """The settings of the vault open now (or last open in this run)."""
        return self._settings

    @property
    def session_dialogs(self) -> list[QDialog]:
        """Open dialogs that work on the session (settings, duress, PIN, erase)."""
        return list(self._session_dialogs)

    # ------------------------------------------------------------------ flow

    def start(self) -> None:
        """First run (no vault at the offered path): create one; otherwise unlock it."""
        if any(p.exists() for p in vaults.vault_files_of(self._vault_path)):
            self.show_unlock()
        else:
            self.show_create()

    def show_unlock(self) -> None:
        if self._session is not None or self._dialog_open():
            return
        if self._quick.available_for(self._vault_path):
            self._show_pin_unlock()
            return
        dialog = UnlockDialog(
            self._vault_path,
            keyring=self._keyring,
            pool=self._pool,
            show_path=self._settings.show_vault_name,
            key_keeper=self._keep_key,
            computer=self._window.computer,
            parent=self._window,
        )
        dialog.unlocked.connect(self._opened)
        dialog.finished.connect(self._unlock_finished)
        self._unlock_dialog = dialog
        self._guard(dialog)
        if self._pin_notice:
            dialog.error_label.show_message(self._pin_notice)
            self._pin_notice = ""
        dialog.open()

    def _show_pin_unlock(self) -> None:
        dialog = PinUnlockDialog(
            self._quick,
            self._vault_path,
            pool=self._pool,
            keyring=self._keyring,
            parent=self._window,
        )
        dialog.unlocked.connect(self._opened_with_pin)
        dialog.finished.connect(self._pin_finished)
        self._pin_dialog = dialog
        self._guard(dialog)
        dialog.open()

    def _pin_finished(self, result: int) -> None:
        dialog, self._pin_dialog = self._pin_dialog, None
        if dialog is None:
            return
        reason = dialog.reason
        dialog.deleteLater()
        if result == PinUnlockDialog.USE_PASSPHRASE and not self._leaving:
            self._quick.forget()  # from now on, the passphrase
            self._pin_notice = reason
            self.show_unlock()

    def _keep_key(self, session: VaultSession, precomputed: bytearray) -> None:
        """Called by the unlock dialog with the passphrase's Argon2id output, before wiping
        it: kept (in memory, for this run) only if this vault allows a quick-unlock PIN."""
        if self._read_settings(session).quick_unlock_pin:
            self._quick.hold(session.path, precomputed)
        else:
            self._quick.forget()

    def _opened_with_pin(self, session: VaultSession) -> None:
        self._opened(session, offer_pin=False)

    def show_create(self) -> None:
        if self._session is not None or self._dialog_open():
            return
        dialog = CreateVaultDialog(
            self._vault_path,
            self._clipboard,
            kdf=self._kdf,
            keyring=self._keyring,
            pool=self._pool,
            parent=self._window,
        )
        dialog.vault_created.connect(self._opened)
        dialog.finished.connect(self._create_finished)
        self._create_dialog = dialog
        dialog.open()

    def _dialog_open(self) -> bool:
        return (
            self._unlock_dialog is not None
            or self._create_dialog is not None
            or self._pin_dialog is not None
        )

    def _unlock_finished(self, result: int) -> None:
        dialog, self._unlock_dialog = self._unlock_dialog, None
        if dialog is not None:
            self._vault_path = dialog.vault_path
            dialog.deleteLater()
        if self._leaving:
            return
        if result == UnlockDialog.CREATE_REQUESTED:
            self.show_create()
        elif result == QDialog.DialogCode.Rejected and not self._window.isVisible():
            self.finished.emit()  # cancelled before anything was opened: leave

    def _create_finished(self, result: int) -> None:
        dialog, self._create_dialog = self._create_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Rejected and not self._leaving:
            self.show_unlock()

    def _opened(self, session: VaultSession, *, offer_pin: bool = True) -> None:
        self._session = session
        self._vault_path = session.path
        self._window.computer.remember_unlock(
            session.vault.vault_id, uses_keyring=session.vault.uses_keyring
        )
        self._apply_settings(self._read_settings(session))
        if not self._settings.quick_unlock_pin:
            self._quick.forget()
        self._window.set_session(session)
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
        self.autolock.start()
        if offer_pin and self._settings.quick_unlock_pin and not self._quick.pin_set:
            self.show_pin_setup()

    def _apply_language(self, chosen: str | None) -> None:
        """Remember the language for this computer and apply what Qt can change in place."""
        computer = self._window.computer
        if chosen == computer.language():
            return
        computer.set_language(chosen)
        app = QCoreApplication.instance()
        if app is not None:
            apply_language(app, choose_language(chosen))

    def _read_settings(self, session: VaultSession) -> SafetySettings:
        try:
            return session.settings.snapshot()
        except BizHRError:
            return DEFAULTS

    def _apply_settings(self, settings: SafetySettings) -> None:
        self._settings = settings
        self.autolock.set_timeout(settings.autolock_minutes * 60)
        self._clipboard.set_clear_after_ms(settings.clipboard_clear_seconds * 1000)
        self._window.set_panic_shortcut(settings.panic_shortcut)
        self._window.pin_action.setVisible(settings.quick_unlock_pin)

    def lock(self, *, ask_again: bool = True, reason: LockReason = LockReason.MANUAL) -> None:
        """Clear every page, close the database and wipe the keys, then ask to unlock.

        Only an idle or screen lock keeps the sealed quick-unlock PIN; any other reason
        (by hand, panic, sleep, erase, quit) means the passphrase next time.
        """
        session, self._session = self._session, None
        self.autolock.stop()
        if session is not None or not reason.allows_pin:
            self._quick.locked(allow_pin=reason.allows_pin)
        if not reason.allows_pin and self._pin_dialog is not None:
            self._pin_dialog.reject()  # the PIN is gone: no PIN after a panic
        self._close_session_dialogs()
        self._window.set_session(None)
        if session is not None:
            try:
                session.lock()
            except BizHRError as error:  # the keys are wiped whatever the database said
                self._window.statusBar().showMessage(error_text(error))
        self._clipboard.clear_if_ours()
        release_free_memory()  # the page cache and every page's rows, freed just now
        if ask_again and not self._leaving:
            self.show_unlock()

    def panic(self) -> None:
        """Lock at once and hide the window: no question, no PIN afterwards."""
        self.lock(reason=LockReason.PANIC, ask_again=False)
        self._window.showMinimized()

    # ------------------------------------------------------------------ session dialogs

    def _guard(self, dialog: QDialog) -> None:
        """The panic shortcut works in this dialog too (a modal dialog blocks the window's)."""
        dialog.addAction(self._window.panic_action)

    def _track(self, dialog: QDialog) -> None:
        self._guard(dialog)
        self._session_dialogs.append(dialog)

        def forget(_result: int) -> None:
            if dialog in self._session_dialogs:
                self._session_dialogs.remove(dialog)
            dialog.deleteLater()

        dialog.finished.connect(forget)

    def _close_session_dialogs(self) -> None:
        for dialog in list(self._session_dialogs):
            busy = getattr(dialog, "busy", False)
            if busy:  # a KDF still runs on this session: let it end first
                self._pool.waitForDone()
            dialog.done(QDialog.DialogCode.Rejected)

    def show_settings(self) -> SettingsDialog | None:
        session = self._session
        if session is None:
            return None
        try:
            values = session.settings.values()
        except BizHRError as error:
            self._window.statusBar().showMessage(error_text(error))
            return None
        dialog = SettingsDialog(
            values, parent=self._window, language=self._window.computer.language()
        )
        dialog.duress_requested.connect(self.show_duress)
        dialog.accepted.connect(lambda: self._save_settings(dialog))
        self._track(dialog)
        dialog.open()
        return dialog

    def _save_settings(self, dialog: SettingsDialog) -> None:
        session = self._session
        if session is None:
            return
        before = self._settings
        self._apply_language(dialog.chosen_language())
        try:
            session.settings.update(dialog.values())
        except BizHRError as error:
            QMessageBox.warning(self._window, self.tr("Settings not saved"), error_text(error))
            return
        self._apply_settings(self._read_settings(session))
        self.autolock.touch()
        if not self._settings.quick_unlock_pin:
            self._quick.forget()
        elif not before.quick_unlock_pin:
            self.show_pin_setup()

    def show_duress(self) -> DuressDialog | None:
        if self._session is None:
            return None
        dialog = DuressDialog(self._session, pool=self._pool, parent=self._window)
        self._track(dialog)
        dialog.open()
        return dialog

    def show_travel(self) -> TravelOutDialog | None:
        """Travel mode: move the records most at risk out of the vault into a bundle."""
        if self._session is None:
            return None
        dialog = TravelOutDialog(
            self._session, self._clipboard, pool=self._pool, parent=self._window
        )
        dialog.records_changed.connect(self._records_changed)
        self._track(dialog)
        dialog.open()
        return dialog

    def show_travel_back(self) -> TravelBackDialog | None:
        if self._session is None:
            return None
        dialog = TravelBackDialog(self._session, pool=self._pool, parent=self._window)
        dialog.records_changed.connect(self._records_changed)
        self._track(dialog)
        dialog.open()
        return dialog

    def _open_vault_dialog(self, kind: Callable[..., QDialog]) -> QDialog | None:
        """Back up, verify, change passphrase, rekey: dialogs that work on the open vault."""
        if self._session is None:
            return None
        dialog = kind(self._session, pool=self._pool, parent=self._window)
        self._track(dialog)
        dialog.open()
        return dialog

    def show_relink(self) -> QDialog | None:
        dialog = self._open_vault_dialog(RelinkKeyringDialog)
        if dialog is not None:
            dialog.accepted.connect(self._window.banner.clear)
        return dialog

    def _records_changed(self) -> None:
        """Records left or came back: every page reads the vault again."""
        if self._session is not None:
            self._window.set_session(self._session)

    def show_pin_setup(self) -> PinSetupDialog | None:
        if self._session is None or not self._settings.quick_unlock_pin:
            return None
        dialog = PinSetupDialog(
            self._quick, self._session, pool=self._pool, keyring=self._keyring, parent=self._window
        )
        self._track(dialog)
        dialog.open()
        return dialog

    def start_erase(self) -> EraseConfirmDialog | None:
        """Erase this vault: a typed word, then a countdown that can still be cancelled."""
        if self._session is None:
            return None
        confirm = EraseConfirmDialog(self._window)
        confirm.accepted.connect(self._erase_countdown)
        self._track(confirm)
        confirm.open()
        return confirm

    def _erase_countdown(self) -> None:
        if self._session is None:
            return
        countdown = EraseCountdownDialog(self._erase_countdown_ms, self._window)
        countdown.accepted.connect(self._erase_now)
        self._track(countdown)
        countdown.open()

    @property
    def erase_countdown(self) -> EraseCountdownDialog | None:
        for dialog in self._session_dialogs:
            if isinstance(dialog, EraseCountdownDialog):
                return dialog
        return None

    def _erase_now(self) -> None:
        session = self._session
        if session is None:
            return
        path = session.path
        self._quick.forget()
        self.lock(reason=LockReason.ERASE, ask_again=False)
        problems = vaults.crypto_erase(path, keyring=self._keyring)
        self._settings = DEFAULTS
        if problems:
            self._window.statusBar().showMessage("; ".join(problems))
        self.show_create()

    def quit(self) -> None:
        if self._window.isVisible():
            self._window.close()  # saves the geometry, then comes back through _leave
        else:
            self._leave()

    def _window_closing(self) -> None:
        self._leave()

    def _leave(self) -> None:
        if self._leaving:
            return
        self._leaving = True
        self._close_dialogs()
        self.lock(ask_again=False, reason=LockReason.QUIT)
        self._quick.forget()
        self.finished.emit()

    def _close_dialogs(self) -> None:
        for dialog in (self._unlock_dialog, self._create_dialog, self._pin_dialog):
            if dialog is not None and not dialog.busy:
                dialog.reject()

    def shutdown(self) -> None:
        """Called once the event loop has ended: nothing open, nothing left running."""
        self._pool.waitForDone()
        if self._session is not None:
            self.lock(ask_again=False, reason=LockReason.QUIT)
        self._quick.forget()
