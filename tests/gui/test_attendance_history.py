"""Attendance history in the window: per person on the People page, per organisation."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import (
    InvitationStatus,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingInput, MeetingService
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.organisations.page import OrganisationsPage
from bizhr_desktop.ui.people.page import PeoplePage


def _fill(session: VaultSession) -> dict[str, Person]:
    db, audit = session.vault.db, session.vault.audit
    people = PeopleService(db, audit)
    added = {
        key: people.add(
            Person(
                id=new_id(),
                full_name=name,
                stakeholder_group=StakeholderGroup.HRD,
                organisation="Example Rights Forum",
                country="SD",
                risk_level=risk,
            )
        )
        for key, name, risk in [
            ("open", "Nour Example", RiskLevel.LOW),
            ("hidden", "Hidden Example", RiskLevel.CRITICAL),
        ]
    }
    meetings = MeetingService(db, audit)
    invitations = InvitationService(db, audit)
    for title, month, attended in [("Deep Dive: Sudan", 3, ["open", "hidden"]), ("Trends", 9, [])]:
        record = meetings.create(
            MeetingInput(
                title=title,
                kind="deep_dive",
                starts=datetime(2026, month, 10, 10, 0),
                ends=datetime(2026, month, 10, 12, 0),
                time_zone="Europe/Zurich",
                format="virtual",
            )
        )
        invitations.invite_all_active(record.meeting.id)
        ids = [added[k].id for k in attended]
        if ids:
            invitations.set_status(record.meeting.id, ids, InvitationStatus.ATTENDED)
    return added


def test_a_persons_meetings_show_in_the_detail_pane(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession
) -> None:
    added = _fill(session)
    page = PeoplePage()
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.select_person(added["open"].id)
    qtbot.waitUntil(lambda: page.editor.person_id == added["open"].id)
    tree = page.editor.attendance.tree
    assert tree.topLevelItemCount() == 2
    titles = [tree.topLevelItem(i).text(1) for i in range(2)]  # type: ignore[union-attr]
    assert titles == ["Trends", "Deep Dive: Sudan"], "newest first"
    assert page.editor.attendance.attended() == 1
    page.set_session(None)
    assert page.editor.attendance.tree.topLevelItemCount() == 0


def test_an_organisations_attendance_leaves_hidden_members_out(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession
) -> None:
    _fill(session)
    page = OrganisationsPage()
    qtbot.addWidget(page)
    page.set_session(session)
    org = OrganisationService(session.vault.db, session.vault.audit).list()[0]
    page._show_organisation(org)
    tree = page.attendance.tree
    rows = {
        tree.topLevelItem(i).text(1): tree.topLevelItem(i).text(4)  # type: ignore[union-attr]
        for i in range(tree.topLevelItemCount())
    }
    # Two attended the Sudan deep dive, but the critical-risk member is not counted here.
    assert rows == {"Deep Dive: Sudan": "1", "Trends": "0"}
