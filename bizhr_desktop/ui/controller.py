"""The application's flow: first run, unlock, lock, quit — between dialogs and the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QDialog

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.services import vaults
from bizhr_desktop.services.vaults import KdfParams, VaultSession
from bizhr_desktop.ui.clipboard import SecretClipboard
from bizhr_desktop.ui.create_vault_dialog import CreateVaultDialog
from bizhr_desktop.ui.main_window import MainWindow
from bizhr_desktop.ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from bizhr_desktop.vault.keyring_store import KeyringStore


class AppController(QObject):
    """Owns the one open session and decides which dialog or view is shown.

    Everything it uses comes through the constructor: the window, the clipboard guard,
    the vault path to offer first (kept in memory only), the KDF cost (None: calibrated
    on this computer) and the keyring store (None: the OS keyring).
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
        window.lock_requested.connect(self.lock)
        window.unlock_requested.connect(self.show_unlock)
        window.quit_requested.connect(self.quit)
        window.closing.connect(self._window_closing)

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
        dialog = UnlockDialog(
            self._vault_path, keyring=self._keyring, pool=self._pool, parent=self._window
        )
        dialog.unlocked.connect(self._opened)
        dialog.finished.connect(self._unlock_finished)
        self._unlock_dialog = dialog
        dialog.open()

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
        return self._unlock_dialog is not None or self._create_dialog is not None

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

    def _opened(self, session: VaultSession) -> None:
        self._session = session
        self._vault_path = session.path
        self._window.set_session(session)
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    def lock(self, *, ask_again: bool = True) -> None:
        """Clear every page, close the database and wipe the keys, then ask to unlock."""
        session, self._session = self._session, None
        self._window.set_session(None)
        if session is not None:
            try:
                session.lock()
            except BizHRError as error:  # the keys are wiped whatever the database said
                self._window.statusBar().showMessage(error.message)
        self._clipboard.clear_if_ours()
        if ask_again and not self._leaving:
            self.show_unlock()

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
        self.lock(ask_again=False)
        self.finished.emit()

    def _close_dialogs(self) -> None:
        for dialog in (self._unlock_dialog, self._create_dialog):
            if dialog is not None and not dialog.busy:
                dialog.reject()

    def shutdown(self) -> None:
        """Called once the event loop has ended: nothing open, nothing left running."""
        self._pool.waitForDone()
        if self._session is not None:
            self.lock(ask_again=False)
