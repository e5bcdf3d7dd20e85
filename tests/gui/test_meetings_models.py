"""The meetings models under qtmodeltester, paging, masking and reveal, edits in place."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from bizhr_desktop.core.models import (
    InvitationRole,
    InvitationStatus,
    MeetingFormat,
    MeetingKind,
)
from bizhr_desktop.services.followups import FollowUpService
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingRecord, MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.meetings.models import (
    CheckInMatchesModel,
    FollowUpsTableModel,
    InviteesTableModel,
)
from tests.gui.test_meetings_data import (
    add_sudanese_defender,
    import_people,
    meeting,
)


@pytest.fixture(autouse=True)
def application(qapp: QApplication) -> QApplication:
    return qapp  # icons are pixmaps


@pytest.fixture
def deep_dive(session: VaultSession) -> MeetingRecord:
    import_people(session)
    add_sudanese_defender(session)
    record = MeetingService(session.vault.db, session.vault.audit).create(
        meeting(
            "Deep Dive: Sudan",
            MeetingKind.DEEP_DIVE,
            datetime(2026, 11, 25, 10),
            datetime(2026, 11, 25, 13),
            "Europe/Zurich",
            MeetingFormat.IN_PERSON,
            focus_countries=("SD",),
        )
    )
    InvitationService(session.vault.db, session.vault.audit).invite_all_active(record.id)
    return record


def test_invitees_model_pages_and_passes_the_model_tester(
    qtmodeltester: ModelTester, session: VaultSession, deep_dive: MeetingRecord
) -> None:
    service = InvitationService(session.vault.db, session.vault.audit)
    people = PeopleService(session.vault.db, session.vault.audit)
    model = InviteesTableModel(page_size=7)
    model.set_source(service, deep_dive.id, people)
    total = service.invitee_count(deep_dive.id)
    assert model.total == total and model.rowCount() == 7
    assert model.canFetchMore()
    qtmodeltester.check(model)
    model.fetch_all()
    assert model.rowCount() == total
    model.set_filter("zzz-nobody")
    assert model.rowCount() == 0
    model.set_filter("", InvitationStatus.INVITED)
    assert model.total == total
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_at_risk_invitees_are_shown_by_pseudonym_until_revealed(
    session: VaultSession, deep_dive: MeetingRecord
) -> None:
    service = InvitationService(session.vault.db, session.vault.audit)
    people = PeopleService(session.vault.db, session.vault.audit)
    model = InviteesTableModel()
    model.set_source(service, deep_dive.id, people)
    model.fetch_all()
    hidden_rows = [
        row
        for row in range(model.rowCount())
        if model.data(model.index(row, 0), InviteesTableModel.HiddenRole)
    ]
    assert hidden_rows, "the fixture holds people at high or critical risk"
    row = hidden_rows[0]
    invitee = model.invitee_at(row)
    assert invitee is not None
    full = people.get(invitee.person_id)
    name = model.data(model.index(row, InviteesTableModel.NAME))
    assert name == invitee.display_name == full.pseudonym != full.full_name
    assert model.data(model.index(row, InviteesTableModel.ORGANISATION)) == "—"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole) is not None
    model.set_revealed(invitee.person_id)
    assert model.data(model.index(row, InviteesTableModel.NAME)) == full.full_name
    model.set_revealed(None)
    assert model.data(model.index(row, InviteesTableModel.NAME)) == invitee.display_name


def test_status_and_role_are_edited_in_place(
    session: VaultSession, deep_dive: MeetingRecord
) -> None:
    service = InvitationService(session.vault.db, session.vault.audit)
    model = InviteesTableModel()
    model.set_source(service, deep_dive.id, PeopleService(session.vault.db, session.vault.audit))
    changed: list[bool] = []
    model.changed.connect(lambda: changed.append(True))
    status = model.index(0, InviteesTableModel.STATUS)
    role = model.index(0, InviteesTableModel.ROLE)
    assert model.flags(status) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(status, InvitationStatus.ACCEPTED.value)
    assert model.setData(role, InvitationRole.SPEAKER.value)
    assert model.data(status) == "Accepted" and model.data(role) == "Speaker"
    assert service.invitation_counts(deep_dive.id)["accepted"] == 1
    assert len(changed) == 2


def test_check_in_matches_model(
    qtmodeltester: ModelTester, session: VaultSession, deep_dive: MeetingRecord
) -> None:
    service = InvitationService(session.vault.db, session.vault.audit)
    model = CheckInMatchesModel()
    model.set_rows(service.find_invitee(deep_dive.id, "example", 8))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    invitee = model.invitee_at(0)
    assert invitee is not None
    model.replace(0, service.check_in(deep_dive.id, invitee.person_id))
    assert "already checked in" in model.data(model.index(0))
    model.clear()
    assert model.rowCount() == 0


def test_follow_ups_model_says_overdue_in_words(
    qtmodeltester: ModelTester, session: VaultSession, deep_dive: MeetingRecord
) -> None:
    service = FollowUpService(session.vault.db, session.vault.audit)
    service.add(
        deep_dive.id, "Publish the remedy plan", owner="Coordinator", due_on=date(2026, 1, 10)
    )
    service.add(deep_dive.id, "Report back", due_on=date(2027, 1, 10))
    service.add(deep_dive.id, "No date yet")
    model = FollowUpsTableModel(show_meeting=True)
    model.set_rows(service.open_followups(date(2026, 11, 25)))
    qtmodeltester.check(model)
    assert model.overdue_count() == 1
    first_due = model.data(model.index(0, FollowUpsTableModel.DUE))
    assert first_due == "2026-01-10 — overdue"
    assert model.data(model.index(0, FollowUpsTableModel.MEETING)) == "Deep Dive: Sudan"
    assert model.data(model.index(2, FollowUpsTableModel.DUE)) == "No date"
