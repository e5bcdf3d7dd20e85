"""A language chosen in Settings changes the open window at once: its menus, sections and
status, and its pages (built again in the new language, with the open vault, on the page the
person was on), except a page holding what someone typed and has not saved, which waits for
the next lock so that nothing is lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.meetings.page import MeetingsPage
from bizhr_desktop.ui.people.page import PeoplePage
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.language import apply_language
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages


@pytest.fixture
def live_window(
    qtbot: QtBot, configured_app: QApplication, window_settings: QSettings, session: VaultSession
) -> Iterator[MainWindow]:
    session.people.add(
        Person(
            id=new_id(),
            full_name="Marie Exemple",
            stakeholder_group=StakeholderGroup.BUSINESS,
            risk_level=RiskLevel.LOW,
        )
    )
    window = MainWindow(default_pages(), window_settings, page_factory=default_pages)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.set_session(session)
    yield window
    window.set_session(None)
    configure_application(configured_app, "en")
    qtbot.wait(10)


def _people(window: MainWindow) -> PeoplePage:
    return next(p for p in window.pages if isinstance(p, PeoplePage))


def _heading(page: PeoplePage) -> str:
    return next(
        label.text()
        for label in page.findChildren(QLabel)
        if label.property("role") == "pageHeading"
    )


def test_the_whole_window_changes_language_at_once(
    qtbot: QtBot, live_window: MainWindow, configured_app: QApplication
) -> None:
    window = live_window
    meetings_row = next(i for i, p in enumerate(window.pages) if isinstance(p, MeetingsPage))
    window.show_page(meetings_row)
    before = list(window.pages)
    apply_language(configured_app, "fr")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
    assert window.navigation.item(0).text() == "Personnes"
    assert window.page_actions[0].text() == "Personnes"
    assert window.lock_button.text() == window.lock_action.text() != "&Lock"
    # New pages, in French, holding the open vault, on the page the person was on.
    assert not set(map(id, window.pages)) & set(map(id, before))
    people = _people(window)
    assert _heading(people) == "Personnes"
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    assert window.navigation.currentRow() == meetings_row
    assert window.page_stack.currentWidget() is window.pages[meetings_row]

    apply_language(configured_app, "ar")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() != "Personnes")
    assert configured_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.file_menu.title() not in ("&File", "&Fichier")


def test_typed_changes_keep_their_page_until_the_next_lock(
    qtbot: QtBot, live_window: MainWindow, configured_app: QApplication, session: VaultSession
) -> None:
    window = live_window
    people = _people(window)
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    people.table.selectRow(0)
    qtbot.waitUntil(lambda: people.editor.person_id is not None)
    qtbot.keyClicks(people.editor.full_name_edit, " Durand")
    assert window.has_unsaved_changes()
    apply_language(configured_app, "fr")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
    # The frame is French; the page with the typed name is the same, the name still typed.
    assert _people(window) is people
    assert people.editor.full_name_edit.text() == "Marie Exemple Durand"
    # Once the vault locks (nothing unsaved can be left), the pages follow the language.
    window.set_session(None)
    assert _people(window) is not people
    assert _heading(_people(window)) == "Personnes"
    window.set_session(session)
    qtbot.waitUntil(lambda: _people(window).model.rowCount() == 1)
