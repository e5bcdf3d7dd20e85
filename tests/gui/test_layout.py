"""Right-to-left layouts, keyboard access, accessible names, and the application setup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from bizhr_desktop.services.vaults import KdfParams
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.page import EmptyStatePage, Page
from bizhr_desktop.ui.shell.app import choose_language, configure_application, parse_arguments
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages
from bizhr_desktop.ui.vault.create_vault_dialog import CreateVaultDialog
from bizhr_desktop.ui.vault.unlock_dialog import UnlockDialog


@pytest.fixture
def right_to_left(configured_app: QApplication) -> QApplication:
    configure_application(configured_app, "ar")
    assert configured_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return configured_app


def _x_in(widget: object, window: MainWindow) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()  # type: ignore[attr-defined]


def test_navigation_sits_on_the_reading_side(
    qtbot: QtBot, right_to_left: QApplication, window: MainWindow
) -> None:
    window.resize(900, 600)
    window.views.setCurrentIndex(window.CONTENT_VIEW)
    window.show()
    qtbot.waitExposed(window)
    assert _x_in(window.navigation, window) > _x_in(window.page_stack, window)


def test_navigation_is_on_the_left_in_english(
    qtbot: QtBot, configured_app: QApplication, window: MainWindow
) -> None:
    window.resize(900, 600)
    window.views.setCurrentIndex(window.CONTENT_VIEW)
    window.show()
    qtbot.waitExposed(window)
    assert _x_in(window.navigation, window) < _x_in(window.page_stack, window)


def test_dialogs_mirror_but_paths_read_left_to_right(
    qtbot: QtBot,
    right_to_left: QApplication,
    vault_path: Path,
    fast_kdf: KdfParams,
    secret_clipboard: SecretClipboard,
) -> None:
    create = CreateVaultDialog(vault_path, secret_clipboard, kdf=fast_kdf)
    qtbot.addWidget(create)
    assert create.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert create.location_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert create.recovery_label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    unlock = UnlockDialog(vault_path)
    qtbot.addWidget(unlock)
    assert unlock.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert unlock.path_label.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_every_input_has_an_accessible_name(
    qtbot: QtBot,
    configured_app: QApplication,
    vault_path: Path,
    secret_clipboard: SecretClipboard,
) -> None:
    create = CreateVaultDialog(vault_path, secret_clipboard)
    unlock = UnlockDialog(vault_path)
    for dialog in (create, unlock):
        qtbot.addWidget(dialog)
        for edit in dialog.findChildren(QLineEdit):
            assert edit.accessibleName(), edit


def test_go_menu_shortcuts_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    shortcuts = [action.shortcut().toString() for action in window.page_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert not window.lock_action.isEnabled(), "nothing to lock before a vault is open"
    window.page_actions[2].setEnabled(True)
    window.page_actions[2].trigger()
    assert window.page_stack.currentIndex() == 2


def test_pages_share_one_small_interface(configured_app: QApplication) -> None:
    pages = default_pages()
    assert [page.title() for page in pages] == [
        "People",
        "Organisations",
        "Meetings",
        "Export",
        "Audit",
    ]
    for page in pages:
        assert isinstance(page, Page)
        if isinstance(page, EmptyStatePage):  # pages not built yet say what will be there
            assert page.description_label.text()
        page.set_session(None)
        assert page.session is None
        page.deleteLater()


def test_language_and_arguments() -> None:
    assert choose_language("ar") == "ar"
    assert choose_language(None, QLocale("fr_FR")) == "fr"
    assert choose_language(None, QLocale("de_DE")) == "en"
    arguments = parse_arguments(["--lang", "ar", "--vault", "/tmp/x.bizhr"])
    assert arguments.lang == "ar"
    assert arguments.vault == Path("/tmp/x.bizhr")


def test_the_qt_binding_does_not_leak_references_to_none(configured_app: QApplication) -> None:
    """PySide6 6.12.0 drops a reference to None on every void call under Python 3.11, and
    the interpreter aborts after a few thousand calls; pyproject pins a version below it."""
    import sys

    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
    assert sys.getrefcount(None) > before - 100
