"""The create dialog: strength feedback, matching, keyring choice, the recovery key page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.services.vaults import KdfParams, KeyringStatus, VaultSession
from bizhr_desktop.ui.common.clipboard import PASSWORD_MANAGER_HINT, SecretClipboard
from bizhr_desktop.ui.vault.create_vault_dialog import CreateVaultDialog, group_recovery_code
from tests.conftest import PASSPHRASE
from tests.gui.journeys import LEFT, WORKER_TIMEOUT_MS, click_checkbox, fill_create_form

NO_KEYRING = KeyringStatus(False, "", "No secure OS keyring was found.")


@pytest.fixture
def dialog(
    qtbot: QtBot,
    configured_app: QApplication,
    vault_path: Path,
    fast_kdf: KdfParams,
    secret_clipboard: SecretClipboard,
) -> CreateVaultDialog:
    created = CreateVaultDialog(vault_path, secret_clipboard, kdf=fast_kdf)
    qtbot.addWidget(created)
    created.show()
    return created


def _reach_recovery_page(qtbot: QtBot, dialog: CreateVaultDialog) -> None:
    fill_create_form(qtbot, dialog, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, LEFT)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == dialog.RECOVERY_PAGE, timeout=WORKER_TIMEOUT_MS
    )


def _close_session(sessions: list[VaultSession]) -> None:
    for session in sessions:
        session.lock()


def test_a_weak_passphrase_keeps_create_disabled(qtbot: QtBot, dialog: CreateVaultDialog) -> None:
    assert not dialog.create_button.isEnabled()
    fill_create_form(qtbot, dialog, "password123")
    assert dialog.passphrase_field.text() == dialog.repeat_field.text() == "password123"
    assert not dialog.create_button.isEnabled()
    assert dialog.strength.bar.value() <= 2
    assert dialog.strength.bar.property("level") == "weak"
    assert (
        dialog.strength.advice.text()
        == "Too short: use at least 12 characters, or four or more words."
    )

    dialog.passphrase_field.edit.clear()
    dialog.repeat_field.edit.clear()
    fill_create_form(qtbot, dialog, "password123456")
    assert dialog.strength.advice.text().startswith("Built on a very common word")
    assert not dialog.create_button.isEnabled()

    # Enter does not get round the disabled button.
    qtbot.keyClick(dialog.repeat_field.edit, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == dialog.SETUP_PAGE


def test_a_strong_passphrase_must_be_typed_twice_alike(
    qtbot: QtBot, dialog: CreateVaultDialog
) -> None:
    qtbot.keyClicks(dialog.passphrase_field.edit, PASSPHRASE)
    assert dialog.strength.bar.property("level") in ("fair", "strong")
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.repeat_field.edit, PASSPHRASE[:-1])
    assert dialog.match_label.text() == "The two passphrases do not match yet."
    assert not dialog.create_button.isEnabled()
    qtbot.keyClicks(dialog.repeat_field.edit, PASSPHRASE[-1])
    assert dialog.match_label.text() == "The two passphrases match."
    assert dialog.create_button.isEnabled()


def test_the_recovery_key_page_requires_the_checkbox(
    qtbot: QtBot, dialog: CreateVaultDialog, vault_path: Path
) -> None:
    sessions: list[VaultSession] = []
    dialog.vault_created.connect(sessions.append)
    _reach_recovery_page(qtbot, dialog)
    try:
        code = dialog.recovery_label.text()
        assert len(code.replace("\n", "").replace(" ", "")) == 32
        assert not dialog.continue_button.isEnabled()
        qtbot.mouseClick(dialog.continue_button, LEFT)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible(), "the recovery key cannot be skipped"
        assert sessions == []

        click_checkbox(qtbot, dialog.stored_checkbox)
        assert dialog.continue_button.isEnabled()
        qtbot.mouseClick(dialog.continue_button, LEFT)
        assert len(sessions) == 1 and sessions[0].is_open
        assert sessions[0].path == vault_path
        assert dialog.recovery_label.text() == "", "the code is not kept on screen"
        assert not dialog.isVisible()
    finally:
        _close_session(sessions)
        if not sessions:
            dialog.stored_checkbox.setChecked(True)
            dialog.continue_button.click()
            _close_session(sessions)


def test_copy_marks_the_key_secret_and_clears_it(
    qtbot: QtBot, configured_app: QApplication, vault_path: Path, fast_kdf: KdfParams
) -> None:
    clipboard = SecretClipboard(QGuiApplication.clipboard(), clear_after_ms=200)
    dialog = CreateVaultDialog(vault_path, clipboard, kdf=fast_kdf)
    qtbot.addWidget(dialog)
    sessions: list[VaultSession] = []
    dialog.vault_created.connect(sessions.append)
    _reach_recovery_page(qtbot, dialog)
    try:
        qtbot.mouseClick(dialog.copy_button, LEFT)
        mime = QGuiApplication.clipboard().mimeData()
        assert bytes(mime.data(PASSWORD_MANAGER_HINT).data()) == b"secret"
        copied = QGuiApplication.clipboard().text()
        assert group_recovery_code(copied) == dialog.recovery_label.text()
        assert not dialog.copy_notice.isHidden()
        qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5_000)
    finally:
        click_checkbox(qtbot, dialog.stored_checkbox)
        qtbot.mouseClick(dialog.continue_button, LEFT)
        _close_session(sessions)


def test_the_clipboard_is_not_cleared_if_the_person_copied_something_else(
    configured_app: QApplication, qtbot: QtBot
) -> None:
    clipboard = SecretClipboard(QGuiApplication.clipboard(), clear_after_ms=50)
    clipboard.copy("ABCD-EFGH")
    QGuiApplication.clipboard().setText("meeting notes")
    qtbot.waitUntil(lambda: not clipboard.pending, timeout=2_000)
    assert QGuiApplication.clipboard().text() == "meeting notes"
    QGuiApplication.clipboard().clear()


def test_without_a_secure_keyring_the_dialog_says_so(
    qtbot: QtBot,
    configured_app: QApplication,
    vault_path: Path,
    fast_kdf: KdfParams,
    secret_clipboard: SecretClipboard,
) -> None:
    # The isolated environment has no keyring at all: keyring_status() says why.
    dialog = CreateVaultDialog(vault_path, secret_clipboard, kdf=fast_kdf)
    qtbot.addWidget(dialog)
    assert not dialog.keyring_radio.isEnabled()
    assert dialog.passphrase_only_radio.isChecked()
    assert not dialog.keyring_notice.isHidden()
    assert "passphrase alone" in dialog.keyring_notice.text()


def test_an_injected_keyring_status_is_used(
    qtbot: QtBot,
    configured_app: QApplication,
    vault_path: Path,
    secret_clipboard: SecretClipboard,
) -> None:
    dialog = CreateVaultDialog(vault_path, secret_clipboard, keyring_state=NO_KEYRING)
    qtbot.addWidget(dialog)
    assert NO_KEYRING.explanation in dialog.keyring_details.text()


def test_a_location_that_cannot_hold_a_vault_is_reported_as_a_sentence(
    qtbot: QtBot,
    configured_app: QApplication,
    tmp_path: Path,
    fast_kdf: KdfParams,
    secret_clipboard: SecretClipboard,
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be")
    dialog = CreateVaultDialog(not_a_folder / "network.bizhr", secret_clipboard, kdf=fast_kdf)
    qtbot.addWidget(dialog)
    fill_create_form(qtbot, dialog, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT_MS)
    assert dialog.pages.currentIndex() == dialog.SETUP_PAGE
    shown = dialog.location_error.text() or dialog.message.text()
    assert shown
    assert "Traceback" not in shown and PASSPHRASE not in shown
    assert dialog.passphrase_field.text() == PASSPHRASE, "nothing to retype after a fix"


def test_an_existing_vault_is_refused_next_to_the_location(
    qtbot: QtBot,
    configured_app: QApplication,
    vault_path: Path,
    fast_kdf: KdfParams,
    secret_clipboard: SecretClipboard,
) -> None:
    dialog = CreateVaultDialog(vault_path, secret_clipboard, kdf=fast_kdf)
    qtbot.addWidget(dialog)
    fill_create_form(qtbot, dialog, PASSPHRASE)
    assert dialog.create_button.isEnabled()
    vault_path.write_bytes(b"")  # appears while the person was typing
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert dialog.pages.currentIndex() == dialog.SETUP_PAGE
    assert "already exists" in dialog.location_error.text()
    assert not dialog.create_button.isEnabled()


def test_recovery_code_grouping() -> None:
    code = "-".join(["ABCD"] * 8)
    assert group_recovery_code(code) == "ABCD  ABCD  ABCD  ABCD\nABCD  ABCD  ABCD  ABCD"


def test_try_it_first_makes_a_separate_demo_vault_full_of_fictional_people(
    qtbot: QtBot, dialog: CreateVaultDialog, vault_path: Path
) -> None:
    from bizhr_desktop.services import paths
    from bizhr_desktop.services.people import PeopleQuery, PeopleService

    click_checkbox(qtbot, dialog.demo_checkbox)
    assert dialog.vault_path() == paths.demo_vault_path() != vault_path
    assert dialog.location_edit.isReadOnly()
    fill_create_form(qtbot, dialog, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.RECOVERY_PAGE, timeout=60_000)
    session = dialog._session
    assert isinstance(session, VaultSession)
    people = PeopleService(session.vault.db, session.vault.audit)
    assert people.count(PeopleQuery()) == 400
    assert session.vault.db.scalar("SELECT count(*) FROM meeting") == 20
    assert not vault_path.exists(), "the real vault's place is left alone"
    session.lock()
    click_checkbox(qtbot, dialog.demo_checkbox)  # unticking gives the real place back
    assert dialog.vault_path() == vault_path
