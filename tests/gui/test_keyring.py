"""A keyring+passphrase vault created and opened through the dialogs, with a real keyring."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bizhr_desktop.ui.shell.controller import AppController
from tests.conftest import PASSPHRASE
from tests.gui.journeys import (
    LEFT,
    click_checkbox,
    create_vault,
    current_unlock_dialog,
    submit_passphrase,
)
from tests.helpers.secret_service import SecretServiceDaemon


@pytest.mark.keyring
def test_keyring_and_passphrase_vault_through_the_dialogs(
    qtbot: QtBot, controller: AppController, secret_service: SecretServiceDaemon
) -> None:
    controller.start()
    dialog = controller.create_dialog
    assert dialog is not None
    assert dialog.keyring_radio.isEnabled()
    assert dialog.keyring_radio.isChecked(), "two secrets is the default where possible"
    assert "Secret Service" in dialog.keyring_hint.text(), "the person is told which keyring"
    assert dialog.keyring_notice.isHidden()
    dialog.reject()
    qtbot.waitUntil(lambda: controller.create_dialog is None)
    unlock = current_unlock_dialog(controller)
    unlock.reject()

    code = create_vault(qtbot, controller, PASSPHRASE)
    session = controller.session
    assert session is not None
    assert session.vault.uses_keyring

    controller.lock()
    unlock = current_unlock_dialog(controller)
    submit_passphrase(qtbot, unlock, "a wrong passphrase for this vault")
    assert controller.session is None
    assert unlock.error_label.text().startswith("Wrong passphrase.")
    submit_passphrase(qtbot, unlock, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session is not None)
    reopened = controller.session
    assert reopened is not None and reopened.vault.unlocked_with == "keyring+passphrase"
    assert "passphrase and keyring" in controller.window.state_label.text()
    assert not controller.window.banner.isVisible()

    # With the recovery key, the window shows the notice about re-linking the keyring.
    controller.lock()
    unlock = current_unlock_dialog(controller)
    click_checkbox(qtbot, unlock.recovery_switch)
    qtbot.keyClicks(unlock.recovery_edit, code.replace("\n", " "))
    qtbot.mouseClick(unlock.unlock_button, LEFT)
    qtbot.waitUntil(lambda: controller.session is not None)
    window = controller.window
    assert window.banner.isVisible()
    assert window.banner.text_label.text().startswith("Opened with the recovery key.")
    qtbot.mouseClick(window.banner.dismiss_button, LEFT)
    assert not window.banner.isVisible()
