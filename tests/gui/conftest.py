"""Fixtures for the GUI tests: a configured application, private settings, a controller."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.services.vaults import KdfParams
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages


@pytest.fixture
def configured_app(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication with our fonts, style sheet and left-to-right layout."""
    configure_application(qapp, "en")
    yield qapp
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def settings_file(isolated_environment: Path) -> Path:
    return isolated_environment / "config" / "BizHR" / "BizHR Desktop.ini"


@pytest.fixture
def window_settings(settings_file: Path) -> QSettings:
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def secret_clipboard(configured_app: QApplication) -> Iterator[SecretClipboard]:
    clipboard = SecretClipboard(QGuiApplication.clipboard())
    yield clipboard
    clipboard.clear_if_ours()


@pytest.fixture
def window(qtbot: QtBot, configured_app: QApplication, window_settings: QSettings) -> MainWindow:
    main_window = MainWindow(default_pages(), window_settings)
    qtbot.addWidget(main_window)
    return main_window


@pytest.fixture
def controller(
    window: MainWindow,
    secret_clipboard: SecretClipboard,
    fast_kdf: KdfParams,
    vault_path: Path,
) -> Iterator[AppController]:
    app_controller = AppController(window, secret_clipboard, vault_path=vault_path, kdf=fast_kdf)
    yield app_controller
    app_controller.shutdown()


# The offscreen platform used for tests has no window manager: it says so when a window is
# raised or given size hints. Those lines describe the test platform, not this program.
OFFSCREEN_PLATFORM_NOTES = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_PLATFORM_NOTES))
