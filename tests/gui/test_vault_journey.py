"""Create, unlock, lock, refuse a wrong passphrase and unlock again, through real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.errors import VaultInUse
from bizhr_desktop.services import vaults
from bizhr_desktop.ui.shell.controller import AppController
from tests.conftest import PASSPHRASE
from tests.gui.journeys import (
    LEFT,
    click_checkbox,
    create_vault,
    current_unlock_dialog,
    submit_passphrase,
)


def test_create_unlock_lock_wrong_passphrase_unlock(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    window = controller.window
    create_vault(qtbot, controller, PASSPHRASE)
    session = controller.session
    assert session is not None and session.is_open
    assert vault_path.exists()
    assert window.isVisible()
    assert all(page.session is session for page in window.pages)
    assert window.views.currentIndex() == window.CONTENT_VIEW
    assert "Unlocked" in window.state_label.text()

    # Lock with the keyboard shortcut.
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.session is None
    assert not session.is_open, "locking closes the database and forgets the keys"
    assert all(page.session is None for page in window.pages)
    assert window.views.currentIndex() == window.LOCKED_VIEW
    assert window.state_label.text() == "Locked"
    dialog = current_unlock_dialog(controller)
    assert dialog.vault_path == vault_path

    # A wrong passphrase: the sentence in red near the field, the field emptied and focused.
    submit_passphrase(qtbot, dialog, "not the right passphrase at all")
    assert controller.session is None
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("Wrong passphrase.")
    assert dialog.passphrase_field.text() == ""
    assert dialog.passphrase_field.edit.hasFocus() or not dialog.isActiveWindow()
    assert dialog.failed_attempts == 1

    submit_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session is not None)
    reopened = controller.session
    assert reopened is not None and reopened.is_open
    assert all(page.session is reopened for page in window.pages)
    events = [
        row[0] for row in reopened.vault.db.execute("SELECT kind FROM audit_event ORDER BY seq")
    ]
    assert "unlock.failed" in events, "the failure is recorded at the next unlock"

    # The toolbar button locks too.
    qtbot.mouseClick(window.lock_button, LEFT)
    assert controller.session is None
    assert not reopened.is_open


def test_passphrase_field_is_masked_and_can_be_shown(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    controller.lock()
    dialog = current_unlock_dialog(controller)
    field = dialog.passphrase_field
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    assert field.toggle is not None
    qtbot.mouseClick(field.toggle, LEFT)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(field.toggle, LEFT)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password


def test_enter_submits_the_unlock_dialog(qtbot: QtBot, controller: AppController) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    controller.lock()
    dialog = current_unlock_dialog(controller)
    qtbot.keyClicks(dialog.passphrase_field.edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_field.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.session is not None, timeout=30_000)


def test_unlock_with_the_recovery_key(qtbot: QtBot, controller: AppController) -> None:
    code = create_vault(qtbot, controller, PASSPHRASE)
    controller.lock()
    dialog = current_unlock_dialog(controller)
    click_checkbox(qtbot, dialog.recovery_switch)
    assert dialog.fields.currentWidget() is dialog.recovery_edit

    qtbot.keyClicks(dialog.recovery_edit, "0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.mouseClick(dialog.unlock_button, LEFT)
    assert controller.session is None
    assert dialog.error_label.text() == "That recovery key does not open this vault."

    dialog.recovery_edit.clear()
    # Typed as a person copies it from paper: lower case, spaces instead of dashes.
    qtbot.keyClicks(dialog.recovery_edit, code.replace("\n", " ").lower())
    qtbot.mouseClick(dialog.unlock_button, LEFT)
    qtbot.waitUntil(lambda: controller.session is not None)
    assert "recovery key" in controller.window.state_label.text()


def test_a_vault_in_use_is_said_plainly(
    qtbot: QtBot, controller: AppController, vault_path: Path, passphrase: bytearray
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    controller.lock()
    elsewhere = vaults.unlock(vault_path, passphrase=passphrase)
    try:
        dialog = current_unlock_dialog(controller)
        submit_passphrase(qtbot, dialog, PASSPHRASE)
        assert controller.session is None
        message = dialog.error_label.text()
        assert message == VaultInUse.__doc__ or "already open" in message
        assert dialog.failed_attempts == 0, "an open vault elsewhere is not a failed attempt"
    finally:
        elsewhere.lock()


def test_closing_the_window_locks_the_vault(qtbot: QtBot, controller: AppController) -> None:
    finished: list[bool] = []
    controller.finished.connect(lambda: finished.append(True))
    create_vault(qtbot, controller, PASSPHRASE)
    session = controller.session
    assert session is not None
    controller.window.close()
    assert not session.is_open
    assert controller.session is None
    assert all(page.session is None for page in controller.window.pages)
    assert controller.unlock_dialog is None, "closing does not ask to unlock again"
    assert finished == [True]


def test_quit_shortcut_locks_and_finishes(qtbot: QtBot, controller: AppController) -> None:
    finished: list[bool] = []
    controller.finished.connect(lambda: finished.append(True))
    create_vault(qtbot, controller, PASSPHRASE)
    session = controller.session
    assert session is not None
    qtbot.keyClick(controller.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not session.is_open
    assert finished == [True]


def test_an_existing_vault_opens_the_unlock_dialog_first(
    qtbot: QtBot, controller: AppController, vault_path: Path, passphrase: bytearray, fast_kdf
) -> None:
    vaults.create(vault_path, passphrase, kdf=fast_kdf).vault.close()
    controller.start()
    assert controller.create_dialog is None
    dialog = current_unlock_dialog(controller)
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert controller.unlock_dialog is None
    create = controller.create_dialog
    assert create is not None
    assert create.location_error.text(), "the dialog says a vault already exists there"
    qtbot.keyClicks(create.passphrase_field.edit, PASSPHRASE)
    qtbot.keyClicks(create.repeat_field.edit, PASSPHRASE)
    assert not create.create_button.isEnabled()
    qtbot.mouseClick(create.cancel_button, LEFT)
    assert controller.create_dialog is None
    assert controller.unlock_dialog is not None, "cancelling goes back to unlocking"


def test_a_wrong_passphrase_on_a_passphrase_only_vault_says_only_that(
    qtbot: QtBot, controller: AppController, settings_file: Path
) -> None:
    """No keyring advice for a vault that opened here with its passphrase alone (this
    computer remembers it by a digest of the vault's id); the advice comes back after
    repeated failures, in case its unlock methods changed elsewhere."""
    create_vault(qtbot, controller, PASSPHRASE)
    session = controller.session
    assert session is not None and not session.vault.uses_keyring
    vault_id = session.vault.vault_id
    controller.lock()
    dialog = current_unlock_dialog(controller)
    submit_passphrase(qtbot, dialog, "not the right passphrase at all")
    assert dialog.error_label.text() == "Wrong passphrase."
    submit_passphrase(qtbot, dialog, "still not the right passphrase")
    assert dialog.error_label.text() == "Wrong passphrase."
    submit_passphrase(qtbot, dialog, "a third wrong passphrase")
    assert dialog.error_label.text().startswith("Wrong passphrase. (Also")
    assert "keyring" in dialog.error_label.text()
    # Neither the vault's path nor its id is written where the window remembers things.
    kept = settings_file.read_text()
    assert session.path.name not in kept and vault_id.hex() not in kept
    assert "[unlock]" in kept and "=passphrase" in kept
