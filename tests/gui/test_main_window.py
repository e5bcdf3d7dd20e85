"""The window's frame: nothing that needs a vault shows while locked; Lock sits under the
sections, not on a toolbar row of its own; Help opens the user guide without a connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.shell.language import choose_language
from bizhr_desktop.ui.shell.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.journeys import LEFT, create_vault


def test_while_locked_neither_lock_nor_the_safety_menu_shows(
    qtbot: QtBot, window: MainWindow, session: VaultSession
) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert window.views.currentIndex() == window.LOCKED_VIEW
    assert not window.lock_button.isVisible()
    assert not window.safety_menu.menuAction().isVisible()
    assert not window.findChildren(QToolBar), "no toolbar row that holds only Lock"
    window.set_session(session)
    assert window.lock_button.isVisible() and window.lock_button.isEnabled()
    assert window.safety_menu.menuAction().isVisible()
    # The Lock button is at the foot of the sections column, below every section.
    navigation = window.navigation.geometry()
    assert window.lock_button.mapTo(window, window.lock_button.rect().topLeft()).y() >= (
        window.navigation.mapTo(window, navigation.topLeft()).y() + navigation.height() - 1
    )
    window.set_session(None)
    assert not window.lock_button.isVisible()


def test_help_shows_the_user_guide_and_opens_no_link(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    assert window.guide_action in window.menuBar().actions()[-1].menu().actions()
    dialog = window.show_user_guide()
    qtbot.addWidget(dialog)
    assert dialog.text().startswith("User guide")
    assert "encrypted vault" in dialog.text()
    assert window.show_user_guide() is dialog, "one guide window, raised again"
    dialog.browser.anchorClicked.emit(QUrl("https://example.org/somewhere"))
    assert "https://example.org/somewhere" in dialog.link_label.text()
    assert dialog.text().startswith("User guide"), "the guide stays; nothing was fetched"


def test_the_language_is_chosen_in_settings_and_kept_for_this_computer(
    qtbot: QtBot, controller: AppController, configured_app: QApplication, settings_file: Path
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    dialog = controller.show_settings()
    assert dialog is not None
    assert dialog.language_combo.currentData() is None, "the system's language by default"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    try:
        qtbot.mouseClick(dialog.save_button, LEFT)
        assert controller.window.computer.language() == "fr"
        assert "language=fr" in settings_file.read_text()
        # Applied at once to what opens next, without a restart.
        again = controller.show_settings()
        assert again is not None
        assert again.windowTitle() == "Paramètres"
        assert again.language_combo.currentData() == "fr"
        assert choose_language(controller.window.computer.language()) == "fr"
        again.language_combo.setCurrentIndex(again.language_combo.findData("ar"))
        qtbot.mouseClick(again.save_button, LEFT)
        assert configured_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        back = controller.show_settings()
        assert back is not None
        back.language_combo.setCurrentIndex(0)  # the system's language again
        qtbot.mouseClick(back.save_button, LEFT)
        assert controller.window.computer.language() is None
    finally:
        configure_application(configured_app, "en")
