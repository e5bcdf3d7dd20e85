"""Nothing about the vault or its secret ends up in window titles or settings files."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.ui.shell.controller import AppController
from tests.conftest import PASSPHRASE
from tests.gui.journeys import create_vault, current_unlock_dialog, submit_passphrase


def _every_settings_text(config_root: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in config_root.rglob("*")
        if path.is_file()
    )


def test_titles_and_settings_hold_no_path_and_no_passphrase(
    qtbot: QtBot,
    controller: AppController,
    window_settings: QSettings,
    settings_file: Path,
    isolated_environment: Path,
    vault_path: Path,
    configured_app: QApplication,
) -> None:
    code = create_vault(qtbot, controller, PASSPHRASE)
    titles = {controller.window.windowTitle()}
    controller.lock()
    dialog = current_unlock_dialog(controller)
    titles.add(dialog.windowTitle())
    submit_passphrase(qtbot, dialog, "wrong passphrase tried here")
    submit_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session is not None)
    titles.add(controller.window.windowTitle())
    controller.window.close()  # writes the geometry
    window_settings.sync()

    assert controller.window.windowTitle() == "BizHR Desktop"
    assert titles == {"BizHR Desktop", "Unlock vault"}
    assert settings_file.exists(), "the geometry was saved"
    # Only what the window needs before an unlock, nothing of the records: geometry, the
    # pages' splitter positions, and whether this vault (named by a digest of its random id)
    # opened with its passphrase alone.
    keys = window_settings.allKeys()
    assert "window/geometry" in keys
    for key in keys:
        assert key == "window/geometry" or re.fullmatch(
            r"layout/[a-zA-Z]+Splitter|unlock/[0-9a-f]{16}", key
        ), key
    unlocks = [k for k in keys if k.startswith("unlock/")]
    assert len(unlocks) == 1 and window_settings.value(unlocks[0]) == "passphrase"

    written = _every_settings_text(isolated_environment / "config")
    secrets = [
        PASSPHRASE,
        "wrong passphrase tried here",
        str(vault_path),
        vault_path.name,
        vault_path.parent.name,
        code.split()[0],
    ]
    for secret in secrets:
        assert secret not in written
    for title in titles:
        assert vault_path.name not in title and PASSPHRASE not in title
