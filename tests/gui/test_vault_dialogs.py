"""Back up, verify, change passphrase, rekey and re-link from the window's menus."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.errors import WrongSecret
from bizhr_desktop.services import paths, vaults
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.vault.dialogs import (
    BackupDialog,
    ChangePassphraseDialog,
    RekeyDialog,
    RelinkKeyringDialog,
    RevokeDialog,
    VerifyDialog,
    default_backup_name,
)
from bizhr_desktop.vault.keys import KdfParams
from tests.conftest import PASSPHRASE
from tests.gui.journeys import LEFT, create_vault, current_unlock_dialog, submit_passphrase
from tests.helpers.secret_service import SecretServiceDaemon

NEW_PASSPHRASE = "lanterns drifting over a quiet harbour"


def _session(controller: AppController) -> vaults.VaultSession:
    session = controller.session
    assert session is not None
    return session


def test_backup_from_the_file_menu_writes_a_restorable_file(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    controller.window.backup_action.trigger()
    dialog = controller.window.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.destination.name == default_backup_name()
    dialog.destination = tmp_path / "usb" / "monday.bizhr-backup"
    qtbot.mouseClick(dialog.backup_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.done_label.isVisible())
    assert "Backup written" in dialog.done_label.text()
    assert dialog.destination.exists()
    qtbot.mouseClick(dialog.close_button, LEFT)
    restored = tmp_path / "restored.bizhr"
    vaults.restore(dialog.destination, restored)
    vaults.unlock(restored, passphrase=bytearray(PASSPHRASE.encode())).lock()


def test_backup_offers_a_plugged_in_drive_and_warns_on_the_vaults_disk(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "media" / "USB STICK"
    usb.mkdir(parents=True)
    monkeypatch.setattr(paths, "removable_folders", lambda: [usb])
    create_vault(qtbot, controller, PASSPHRASE)
    controller.window.backup_action.trigger()
    dialog = controller.window.findChild(BackupDialog)
    assert dialog is not None
    assert dialog.destination.parent == usb, "the plugged-in drive is offered first"
    # This "drive" is a folder of the vault's own disk (a test has no USB stick): said so.
    assert dialog.place_warning.isVisible()
    assert "the disk the vault is on" in dialog.place_warning.text()
    dialog.close()


def test_same_disk_tells_file_systems_apart(tmp_path: Path) -> None:
    assert paths.same_disk(tmp_path / "not" / "yet" / "made.bizhr-backup", tmp_path)
    assert not paths.same_disk(Path("/proc/self"), tmp_path)
    assert paths.removable_folders(roots=(str(tmp_path / "nothing-mounted"),)) == []
    (tmp_path / "media" / "folder").mkdir(parents=True)
    assert paths.removable_folders(roots=(str(tmp_path / "media"),)) == [], "not a mount"


def test_verify_reports_a_sound_vault_and_a_tampered_log(
    qtbot: QtBot, controller: AppController
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    controller.window.verify_action.trigger()
    dialog = controller.window.findChild(VerifyDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.problems is not None)
    assert dialog.problems == [] and "sound" in dialog.result_label.text()
    dialog.close()
    _session(controller).vault.db.execute("UPDATE audit_event SET kind = 'edited' WHERE seq = 1")
    checked = VerifyDialog(_session(controller), pool=controller._pool)
    qtbot.addWidget(checked)
    qtbot.waitUntil(lambda: checked.problems is not None)
    assert checked.problems == ["audit log chain broken at entry 1"]
    assert "Restore the vault" in checked.result_label.text()


def test_change_passphrase_through_the_dialog(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    controller.window.passphrase_action.trigger()
    dialog = controller.window.findChild(ChangePassphraseDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.current_field.edit, "not my passphrase")
    qtbot.keyClicks(dialog.new_field.edit, NEW_PASSPHRASE)
    assert not dialog.change_button.isEnabled(), "not repeated yet"
    qtbot.keyClicks(dialog.repeat_field.edit, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "current passphrase is not right" in dialog.error_label.text()
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.current_field.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.new_field.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_field.edit, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.change_button, LEFT)
    controller.lock()
    unlock = current_unlock_dialog(controller)
    submit_passphrase(qtbot, unlock, PASSPHRASE)
    qtbot.waitUntil(lambda: unlock.failed_attempts == 1)
    submit_passphrase(qtbot, unlock, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session is not None)


def test_rekey_through_the_dialog_keeps_everything_openable(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    first_page = vault_path.read_bytes()[:4096]
    controller.window.rekey_action.trigger()
    dialog = controller.window.findChild(RekeyDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        qtbot.mouseClick(dialog.rekey_button, LEFT)
    assert "key.rekeyed" in [e.kind for e in _session(controller).vault.audit.events()]
    controller.lock()
    assert vault_path.read_bytes()[:4096] != first_page
    vaults.unlock(vault_path, passphrase=bytearray(PASSPHRASE.encode())).lock()


def test_revoke_everything_shows_a_new_recovery_key_once_and_the_old_one_is_dead(
    qtbot: QtBot, controller: AppController, vault_path: Path
) -> None:
    old_code = create_vault(qtbot, controller, PASSPHRASE)
    old_key_file = vaults.header_path(vault_path).read_bytes()
    controller.window.revoke_action.trigger()
    dialog = controller.window.findChild(RevokeDialog)
    assert dialog is not None
    assert not dialog.revoke_button.isEnabled(), "the passphrase is needed to seal it again"
    dialog.passphrase_field.edit.setText("not the passphrase")
    qtbot.mouseClick(dialog.revoke_button, LEFT)
    qtbot.waitUntil(lambda: "not this vault's passphrase" in dialog.error_label.text())
    assert vaults.header_path(vault_path).read_bytes() == old_key_file
    dialog.passphrase_field.edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.revoke_button, LEFT)
    qtbot.waitUntil(lambda: dialog.recovery_label.isVisible(), timeout=20_000)
    shown = dialog.recovery_label.text()
    assert shown and "".join(shown.split()) != old_code.replace("-", "")
    dialog.reject()  # refused: the new key has not been confirmed as stored
    assert dialog.isVisible() and not dialog.close_button.isEnabled()
    dialog.stored_checkbox.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.close_button, LEFT)
    controller.lock()
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, recovery_code=old_code).lock()
    new_code = "-".join(shown.split())
    vaults.unlock(vault_path, recovery_code=new_code).lock()


@pytest.mark.keyring
def test_relink_after_the_keyring_item_was_lost(
    qtbot: QtBot,
    secret_service: SecretServiceDaemon,
    vault_path: Path,
    fast_kdf: KdfParams,
    controller: AppController,
) -> None:
    created = vaults.create(
        vault_path,
        bytearray(PASSPHRASE.encode()),
        kdf=fast_kdf,
        method=vaults.UnlockMethod.KEYRING_PASSPHRASE,
    )
    code = created.recovery_code
    created.vault.close()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the keyring is gone
    session = vaults.unlock(vault_path, recovery_code=code)
    keyring.set_keyring(keyring.backends.SecretService.Keyring())  # a new computer's keyring
    controller.window.set_session(session)
    assert controller.window.relink_action.isVisible()
    dialog = RelinkKeyringDialog(session, pool=controller._pool)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase_field.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_field.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.link_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.result() == dialog.DialogCode.Accepted)
    controller.window.set_session(None)
    session.lock()
    vaults.unlock(vault_path, passphrase=bytearray(PASSPHRASE.encode())).lock()
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, passphrase=bytearray(b"some other long passphrase"))
