"""After a full GUI journey, no file anywhere the program could write holds a record in clear.

A vault is created through the real dialog, a person with canary name and notes is added,
then the vault locks and the program quits. Every file under the isolated HOME, XDG
config/data/cache/state folders, the temp folder and the vault's folder is searched for the
canaries (UTF-8 and UTF-16). Only encrypted files may exist, and QSettings holds only the
window geometry.
"""

from __future__ import annotations

import re
import tempfile
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import KdfParams
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages
from tests.conftest import PASSPHRASE
from tests.gui.journeys import create_vault, current_unlock_dialog, submit_passphrase
from tests.helpers.canary import canary_files, find_canary

OFFSCREEN_PLATFORM_NOTES = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)
SQLITE_MAGIC = b"SQLite format 3\0"


@pytest.mark.qt_log_ignore(*OFFSCREEN_PLATFORM_NOTES)
def test_no_plaintext_anywhere_after_a_gui_journey(
    qtbot: QtBot,
    qapp: QApplication,
    isolated_environment: Path,
    vault_path: Path,
    fast_kdf: KdfParams,
) -> None:
    name_canary = f"CanaryName{uuid.uuid4().hex[:12]}"
    notes_canary = f"CanaryNotes{uuid.uuid4().hex[:12]}"
    configure_application(qapp, "en")
    settings_file = isolated_environment / "config" / "BizHR" / "BizHR Desktop.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(default_pages(), settings)
    qtbot.addWidget(window)
    clipboard = SecretClipboard(QGuiApplication.clipboard())
    controller = AppController(window, clipboard, vault_path=vault_path, kdf=fast_kdf)
    try:
        create_vault(qtbot, controller, PASSPHRASE)
        session = controller.session
        assert session is not None
        PeopleService(session.vault.db, session.vault.audit).add(
            Person(
                id=str(uuid.uuid4()),
                full_name=f"{name_canary} Defender",
                stakeholder_group=StakeholderGroup.HRD,
                risk_level=RiskLevel.CRITICAL,
                notes=f"Safe house near the border. {notes_canary}",
            )
        )
        for row in range(len(window.pages)):  # every page shows (and caches) what it can
            window.show_page(row)
            qtbot.wait(10)
        controller.lock()
        submit_passphrase(qtbot, current_unlock_dialog(controller), PASSPHRASE)
        qtbot.waitUntil(lambda: controller.session is not None)
        for row in range(len(window.pages)):
            window.show_page(row)
            qtbot.wait(10)
        controller.quit()  # closes the window (geometry saved), locks, finishes
        assert controller.session is None
    finally:
        controller.shutdown()
        clipboard.clear_if_ours()
    settings.sync()

    roots = [
        isolated_environment,  # home, config, data, cache, state, tmp, runtime
        Path(tempfile.gettempdir()),
        vault_path.parent,
    ]
    assert find_canary(name_canary, *roots) == []
    assert find_canary(notes_canary, *roots) == []

    written = sorted(set(canary_files(*roots)))
    assert vault_path in written
    allowed_plain = {settings_file}
    for path in written:
        if path in allowed_plain:
            continue
        head = path.read_bytes()[:16]
        assert head != SQLITE_MAGIC, f"{path} is an unencrypted SQLite database"
        assert path.parent == vault_path.parent, f"unexpected file written: {path}"
    assert settings_file.exists()
    # Only the window's layout and, by a digest of the vault's id, how it opened here.
    for key in QSettings(str(settings_file), QSettings.Format.IniFormat).allKeys():
        assert key == "window/geometry" or re.fullmatch(
            r"layout/[a-zA-Z]+Splitter|unlock/[0-9a-f]{16}|interface/language", key
        ), key
