"""Steps through the real widgets that several GUI tests share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.vault.create_vault_dialog import CreateVaultDialog
from bizhr_desktop.ui.vault.unlock_dialog import UnlockDialog

WORKER_TIMEOUT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton


def click_checkbox(qtbot: QtBot, checkbox: QCheckBox) -> None:
    """Click on the box itself (a wide checkbox's centre may be empty space)."""
    option = QStyleOptionButton()
    checkbox.initStyleOption(option)
    box = checkbox.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, checkbox)
    qtbot.mouseClick(checkbox, LEFT, pos=box.center())


def fill_create_form(qtbot: QtBot, dialog: CreateVaultDialog, passphrase: str) -> None:
    qtbot.keyClicks(dialog.passphrase_field.edit, passphrase)
    qtbot.keyClicks(dialog.repeat_field.edit, passphrase)


def create_vault(qtbot: QtBot, controller: AppController, passphrase: str) -> str:
    """First run through the create dialog; returns the recovery key as shown."""
    controller.start()
    dialog = controller.create_dialog
    assert dialog is not None, "no vault yet: the create dialog comes first"
    fill_create_form(qtbot, dialog, passphrase)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, LEFT)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == dialog.RECOVERY_PAGE, timeout=WORKER_TIMEOUT_MS
    )
    code = dialog.recovery_label.text()
    click_checkbox(qtbot, dialog.stored_checkbox)
    qtbot.mouseClick(dialog.continue_button, LEFT)
    qtbot.waitUntil(lambda: controller.session is not None)
    qtbot.waitUntil(controller.window.isActiveWindow)
    return code


def current_unlock_dialog(controller: AppController) -> UnlockDialog:
    dialog = controller.unlock_dialog
    assert dialog is not None, "the unlock dialog should be showing"
    return dialog


def submit_passphrase(qtbot: QtBot, dialog: UnlockDialog, passphrase: str) -> None:
    qtbot.keyClicks(dialog.passphrase_field.edit, passphrase)
    qtbot.mouseClick(dialog.unlock_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT_MS)
