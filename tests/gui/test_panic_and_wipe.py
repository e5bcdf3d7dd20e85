"""Panic lock (one shortcut, no question, window hidden) and crypto-erase from the menu."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.errors import BizHRError, VaultNotFound, WrongSecret
from bizhr_desktop.services import vaults
from bizhr_desktop.services.settings import PANIC_SHORTCUT, SettingsStore
from bizhr_desktop.services.vaults import KdfParams
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.vault.safety_dialogs import EraseConfirmDialog
from tests.conftest import PASSPHRASE
from tests.gui.journeys import LEFT, create_vault, current_unlock_dialog, submit_passphrase
from tests.gui.safety import ERASE_COUNTDOWN_MS, add_person, installed, make_controller

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def safe(
    configured_app: QApplication,
    window: MainWindow,
    secret_clipboard: SecretClipboard,
    fast_kdf: KdfParams,
    vault_path: Path,
) -> Iterator[AppController]:
    controller = make_controller(window, secret_clipboard, vault_path, fast_kdf)
    with installed(configured_app, controller):
        yield controller


def minimised(window: MainWindow) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowMinimized)


# ---------------------------------------------------------------------- panic


def test_the_panic_shortcut_locks_at_once_and_minimises(qtbot: QtBot, safe: AppController) -> None:
    window = safe.window
    code = create_vault(qtbot, safe, PASSPHRASE)
    assert code
    session = safe.session
    assert session is not None
    assert window.panic_action.shortcut().toString() == "Ctrl+Shift+L"
    assert "Ctrl+Shift+L" in window.panic_action.toolTip()
    assert window.panic_action in window.safety_menu.actions()

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL_SHIFT)
    assert safe.session is None
    assert not session.is_open
    assert minimised(window)
    assert window.views.currentIndex() == window.LOCKED_VIEW
    assert all(page.session is None for page in window.pages)
    assert safe.unlock_dialog is None, "nothing pops up over a hidden window"
    assert safe.pin_dialog is None

    window.showNormal()
    qtbot.mouseClick(window.locked_view.unlock_button, LEFT)
    submit_passphrase(qtbot, current_unlock_dialog(safe), PASSPHRASE)
    qtbot.waitUntil(lambda: safe.session is not None)


def test_the_panic_shortcut_works_while_a_dialog_has_the_focus(
    qtbot: QtBot, safe: AppController
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    settings = safe.show_settings()
    assert settings is not None
    qtbot.waitUntil(settings.isVisible)
    settings.activateWindow()
    qtbot.waitUntil(settings.isActiveWindow)
    qtbot.keyClick(settings, Qt.Key.Key_L, CTRL_SHIFT)
    assert safe.session is None
    assert settings not in safe.session_dialogs, "dialogs that hold the session close with it"
    assert minimised(safe.window)


def test_the_panic_shortcut_comes_from_the_vaults_settings(
    qtbot: QtBot, safe: AppController
) -> None:
    window = safe.window
    create_vault(qtbot, safe, PASSPHRASE)
    settings = safe.show_settings()
    assert settings is not None
    from PySide6.QtGui import QKeySequence

    editor = settings.editors[PANIC_SHORTCUT]
    editor.setKeySequence(QKeySequence("Ctrl+L"))  # taken by the ordinary lock
    qtbot.mouseClick(settings.save_button, LEFT)
    assert settings.isVisible()
    assert "Panic shortcut" in settings.error_label.text()
    editor.setKeySequence(QKeySequence("Ctrl+Alt+H"))
    qtbot.mouseClick(settings.save_button, LEFT)
    assert settings not in safe.session_dialogs
    assert safe.session is not None
    assert SettingsStore(safe.session.vault.db).get(PANIC_SHORTCUT) == "Ctrl+Alt+H"
    assert window.panic_action.shortcut().toString() == "Ctrl+Alt+H"
    assert "Ctrl+Alt+H" in window.panic_action.toolTip()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert safe.session is None
    assert minimised(window)


# ---------------------------------------------------------------------- erase


def confirm_erase(qtbot: QtBot, safe: AppController) -> None:
    """Menu item, typed word, and the countdown starts."""
    safe.window.erase_action.trigger()
    confirm = [d for d in safe.session_dialogs if isinstance(d, EraseConfirmDialog)]
    assert len(confirm) == 1
    dialog = confirm[0]
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.word_edit, "erase")
    assert not dialog.erase_button.isEnabled(), "the word exactly, in capitals"
    dialog.word_edit.clear()
    qtbot.keyClicks(dialog.word_edit, "ERASE")
    assert dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, LEFT)
    countdown = safe.erase_countdown
    assert countdown is not None and countdown.running
    assert countdown.cancel_button.isDefault(), "Enter keeps the vault"


def test_cancelling_the_countdown_leaves_the_vault_intact(
    qtbot: QtBot, safe: AppController, vault_path: Path
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    assert safe.session is not None
    add_person(safe.session, "Kept Person")
    confirm_erase(qtbot, safe)
    countdown = safe.erase_countdown
    assert countdown is not None
    qtbot.mouseClick(countdown.cancel_button, LEFT)
    qtbot.wait(ERASE_COUNTDOWN_MS + 200)
    assert safe.session is not None and safe.session.is_open
    assert safe.create_dialog is None
    assert vault_path.exists()
    safe.lock()
    submit_passphrase(qtbot, current_unlock_dialog(safe), PASSPHRASE)
    qtbot.waitUntil(lambda: safe.session is not None)
    assert safe.session is not None
    assert safe.session.vault.db.scalar("SELECT count(*) FROM person") == 1


def test_escape_in_the_confirmation_erases_nothing(
    qtbot: QtBot, safe: AppController, vault_path: Path
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    dialog = safe.start_erase()
    assert dialog is not None
    qtbot.keyClicks(dialog.word_edit, "ERASE")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert safe.erase_countdown is None
    assert safe.session is not None and vault_path.exists()


def test_when_the_countdown_ends_every_secret_fails(
    qtbot: QtBot, safe: AppController, vault_path: Path, tmp_path: Path
) -> None:
    code = create_vault(qtbot, safe, PASSPHRASE)
    assert safe.session is not None
    # Hard links see what erasing does to the blocks themselves (as an undelete tool would).
    kept = tmp_path / "kept"
    kept.mkdir()
    originals = [p for p in vaults.vault_files_of(vault_path) if p.exists()]
    for path in originals:
        os.link(path, kept / path.name)
    confirm_erase(qtbot, safe)
    qtbot.waitUntil(lambda: safe.create_dialog is not None, timeout=ERASE_COUNTDOWN_MS + 5000)
    assert safe.session is None
    assert all(page.session is None for page in safe.window.pages)
    assert not any(p.exists() for p in vaults.vault_files_of(vault_path)), "files removed"
    with pytest.raises(BizHRError) as gone:
        vaults.unlock(vault_path, passphrase=bytearray(PASSPHRASE.encode()))
    assert isinstance(gone.value, VaultNotFound | BizHRError)

    for path in originals:  # bring the old blocks back under the old names
        os.link(kept / path.name, path)
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, passphrase=bytearray(PASSPHRASE.encode()))
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, recovery_code=code)
