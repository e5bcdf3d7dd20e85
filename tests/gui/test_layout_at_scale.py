"""The window at real scale: a 2 000-person demo vault on a 1366×768 laptop screen, in English
and in Arabic. Geometry, not pixels: the data gets the room, nothing overlaps, and the layout
the person chose is kept for the next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bizhr_desktop.services import demo
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import isolated
from bizhr_desktop.ui.meetings.page import MeetingsPage
from bizhr_desktop.ui.organisations.page import OrganisationsPage
from bizhr_desktop.ui.people.page import PeoplePage
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages

SCREEN = (1366, 768)


@pytest.fixture(params=["en", "ar"])
def language(request: pytest.FixtureRequest, configured_app: QApplication) -> Iterator[str]:
    configure_application(configured_app, request.param)
    yield request.param
    configure_application(configured_app, "en")


@pytest.fixture
def demo_window(
    qtbot: QtBot, language: str, session: VaultSession, window_settings: QSettings
) -> MainWindow:
    demo.populate(session, 2000, 120, 24, seed=3)
    window = MainWindow(default_pages(), window_settings)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.set_session(session)
    return window


def _page(window: MainWindow, kind: type[QWidget]) -> QWidget:
    return next(page for page in window.pages if isinstance(page, kind))


def _show(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    window.show_page(window.pages.index(page))  # type: ignore[arg-type]
    qtbot.wait(50)


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def _no_overlaps(widgets: list[QWidget], window: QWidget) -> None:
    shown = [w for w in widgets if w.isVisible()]
    for i, first in enumerate(shown):
        for second in shown[i + 1 :]:
            overlap = _rect(first, window).intersected(_rect(second, window))
            assert overlap.isEmpty(), f"{first.objectName()} overlaps {second.objectName()}"


def test_the_data_gets_the_room(qtbot: QtBot, demo_window: MainWindow, language: str) -> None:
    window = demo_window
    people = _page(window, PeoplePage)
    assert isinstance(people, PeoplePage)
    _show(qtbot, window, people)
    qtbot.waitUntil(lambda: people.model.rowCount() > 0)
    # With nobody selected the list has at least 60 % of the page; no toolbar row above.
    assert people.table.width() >= 0.6 * people.width(), (people.table.width(), people.width())
    assert window.lock_button.isVisible()
    _no_overlaps([people.search_edit, people.add_button, people.import_button,
                  people.duplicates_button, people.count_label, people.table], window)  # fmt: skip
    # Every column of the list is inside the table: nothing clipped behind a scroll bar.
    header = people.table.horizontalHeader()
    assert header.length() <= people.table.viewport().width() + 1, language

    organisations = _page(window, OrganisationsPage)
    assert isinstance(organisations, OrganisationsPage)
    _show(qtbot, window, organisations)
    qtbot.waitUntil(lambda: organisations.model.rowCount() > 0)
    assert organisations.table.width() >= 0.6 * organisations.width()
    name = organisations.table.horizontalHeader().sectionSize(0)
    longest = organisations.table.sizeHintForColumn(0)
    assert name >= min(longest, 340), "names are not cut while other columns have room"

    meetings = _page(window, MeetingsPage)
    assert isinstance(meetings, MeetingsPage)
    _show(qtbot, window, meetings)
    qtbot.waitUntil(lambda: meetings.timeline.lanes() > 0)
    # With nothing selected, the timeline shows every lane in full.
    viewport = meetings.timeline_scroll.viewport()
    assert viewport.height() >= meetings.timeline.minimumHeight(), (
        viewport.height(),
        meetings.timeline.minimumHeight(),
    )


def test_the_splitters_keep_what_the_person_chose(
    qtbot: QtBot, demo_window: MainWindow, window_settings: QSettings, session: VaultSession
) -> None:
    people = _page(demo_window, PeoplePage)
    assert isinstance(people, PeoplePage)
    _show(qtbot, demo_window, people)
    total = sum(people.splitter.sizes())
    people.splitter.moveSplitter(int(total * 0.45), 1)  # as a drag of the handle does
    chosen = people.splitter.sizes()
    demo_window.close()
    again = MainWindow(default_pages(), window_settings)
    qtbot.addWidget(again)
    again.resize(*SCREEN)
    again.show()
    qtbot.waitExposed(again)
    again.set_session(session)
    reopened = _page(again, PeoplePage)
    assert isinstance(reopened, PeoplePage)
    _show(qtbot, again, reopened)
    assert abs(reopened.splitter.sizes()[0] - chosen[0]) <= 2, (reopened.splitter.sizes(), chosen)


def test_the_safety_review_shows_its_flags(
    qtbot: QtBot, demo_window: MainWindow, language: str
) -> None:
    """The Myanmar deep dive of the demo has well over a hundred flags: at least eight show
    without scrolling, one line each, the chosen one in full beside them."""
    meetings = _page(demo_window, MeetingsPage)
    assert isinstance(meetings, MeetingsPage)
    _show(qtbot, demo_window, meetings)
    qtbot.waitUntil(lambda: meetings.timeline.lanes() > 0)
    deep_dive = next(r for r in meetings.timeline.records if "Myanmar" in r.title)
    assert meetings.select_meeting(deep_dive.id)
    meetings.tabs.setCurrentIndex(meetings.safety_index)
    safety = meetings.safety
    qtbot.waitUntil(
        lambda: not safety.busy and len(safety.flags_model.safety_flags) > 100, timeout=20_000
    )
    qtbot.wait(50)
    assert safety.visible_flags() >= 8, safety.visible_flags()
    flag = safety.flags_model.safety_flags[0]
    assert flag.message in safety.flag_detail.text()
    # Grouped by kind, most serious first, each heading with its count.
    groups = safety.flags_model.groups
    assert [g.severity.rank for g in groups] == sorted(g.severity.rank for g in groups)
    assert sum(len(g.flags) for g in groups) == len(safety.review.flags)  # type: ignore[union-attr]
    # One severity at a time, with its count.
    critical = safety.severity_filter.findData("critical")
    assert critical > 0 and "(" in safety.severity_filter.itemText(critical)
    safety.severity_filter.setCurrentIndex(critical)
    assert {f.severity.value for f in safety.flags_model.safety_flags} == {"critical"}
    shown = len(safety.flags_model.safety_flags)
    assert len(safety.review.flags) > shown  # type: ignore[union-attr]


def test_text_keeps_its_own_direction() -> None:
    assert isolated("Deep Dive: Myanmar") == "\u2066Deep Dive: Myanmar\u2069"
    assert isolated("اجتماع") == "\u2067اجتماع\u2069"
    assert isolated("2026-03") == "2026-03"
