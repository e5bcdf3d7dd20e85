"""Every meetings screen grabbed as PNG, in English and in Arabic (right to left), with a year
of eleven meetings: for a person to look at. They go to a temporary folder, or to the folder
named by BIZHR_SCREENSHOTS (e.g. ``BIZHR_SCREENSHOTS=screenshots``; ignored by git), as
LANGUAGE/meetings-NAME.png; `make screenshots` (packaging/screenshots.py) keeps the editor,
drafts and open follow-ups of them in docs/screenshots."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import InvitationStatus
from bizhr_desktop.services.followups import FollowUpService
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.meetings.page import MeetingsPage
from bizhr_desktop.ui.shell.app import configure_application
from tests.gui.test_meetings_data import (
    YEAR,
    add_sudanese_defender,
    import_people,
    plan_year,
)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("BIZHR_SCREENSHOTS", "") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(params=["en", "ar"])
def language(request: pytest.FixtureRequest, configured_app: QApplication) -> Iterator[str]:
    configure_application(configured_app, request.param)
    yield request.param
    configure_application(configured_app, "en")


def test_screens(qtbot: QtBot, session: VaultSession, language: str, out: Path) -> None:
    import_people(session)
    add_sudanese_defender(session)
    year = plan_year(MeetingService(session.vault.db, session.vault.audit))
    sudan = next(r for r in year if r.title == "Deep Dive: Sudan")
    invitations = InvitationService(session.vault.db, session.vault.audit)
    invitations.invite_all_active(sudan.id)
    rows = invitations.invitees(sudan.id, limit=500)
    invitations.set_status(sudan.id, [r.person_id for r in rows[:16]], InvitationStatus.ACCEPTED)
    invitations.set_status(sudan.id, [r.person_id for r in rows[16:20]], InvitationStatus.DECLINED)
    for row in rows[:3]:
        invitations.check_in(sudan.id, row.person_id)
    followups = FollowUpService(session.vault.db, session.vault.audit)
    followups.add(
        year[2].id, "Share the remediation plan", owner="Coordinator", due_on=date(2026, 5, 1)
    )
    followups.add(sudan.id, "Report back to the network", due_on=date(2027, 1, 15))

    page = MeetingsPage(home_zone="Asia/Bangkok", check_in_delay_ms=10)
    qtbot.addWidget(page)
    page.timeline.set_today(date(YEAR, 11, 25))
    page.resize(1280, 900)
    page.set_session(session)
    page.set_year(YEAR)
    page.show()
    qtbot.waitExposed(page)
    rtl = language == "ar"
    assert (page.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl
    folder = out / language
    folder.mkdir(exist_ok=True)

    def save(name: str, widget: object = page) -> Path:
        path = folder / f"meetings-{name}.png"
        assert widget.grab().save(str(path))  # type: ignore[attr-defined]
        return path

    save("programme")
    page.select_meeting(sudan.id)
    save("details")
    for index, name in (
        (page.invitations_index, "invitations"),
        (page.attendance_index, "chart"),
        (page.safety_index, "safety"),
        (page.followups_index, "followups"),
    ):
        page.tabs.setCurrentIndex(index)
        save(name)
    editor = page.edit_meeting()
    assert editor is not None
    qtbot.waitExposed(editor)
    save("editor", editor)
    editor.reject()
    drafts = page.open_drafts()
    assert drafts is not None
    save("drafts", drafts)
    drafts.reject()
    page.open_check_in()
    qtbot.keyClicks(page.check_in.search_edit, "ex")
    qtbot.waitUntil(lambda: page.check_in.model.rowCount() > 0)
    qtbot.keyClick(page.check_in.search_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.check_in.search_edit, "ex")
    qtbot.waitUntil(lambda: page.check_in.model.rowCount() > 0)
    save("checkin")
    page.show_programme()
    page.show_open_followups()
    save("open-followups")
    page.show_programme()
    page.set_session(None)
