"""THE JOURNEY, through the real widgets and a real vault: plan a Deep Dive on Sudan in the
margins of the Geneva UN Forum, invite everyone, record answers in bulk, check two people
in at the door by typing and pressing Enter, see the safety review flag a critical-risk
Sudanese defender, assess, sign off, see it reopen, lock."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import (
    InvitationStatus,
    MarginOf,
    MeetingFormat,
    MeetingKind,
    Participation,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.safety_review import FlagKind, Severity
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.meetings.models import InviteesTableModel
from bizhr_desktop.ui.meetings.page import MeetingsPage
from tests.gui.safety_steps import check_critical_flags
from tests.gui.test_meetings_data import add_sudanese_defender, import_people


@pytest.fixture
def page(qtbot: QtBot, configured_app: QApplication, session: VaultSession) -> MeetingsPage:
    widget = MeetingsPage(
        home_zone="Asia/Bangkok", reveal_ms=400, search_delay_ms=10, check_in_delay_ms=10
    )
    qtbot.addWidget(widget)
    widget.resize(1280, 880)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose(combo: object, value: str) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_the_journey(qtbot: QtBot, page: MeetingsPage, session: VaultSession) -> None:
    import_people(session)
    defender = add_sudanese_defender(session)
    people = PeopleService(session.vault.db, session.vault.audit)
    active = people.count(PeopleQuery(participation=frozenset({Participation.ACTIVE})))

    # ---- plan the Deep Dive through the editor (Ctrl+N)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None
    qtbot.keyClicks(editor.title_edit, "Deep Dive: Sudan")
    choose(editor.kind_combo, MeetingKind.DEEP_DIVE.value)
    qtbot.keyClicks(editor.countries_edit.edit, "Sudan")
    assert "Sudan (SD)" in editor.countries_edit.resolved.text()
    choose(editor.format_combo, MeetingFormat.IN_PERSON.value)
    qtbot.keyClicks(editor.venue_edit, "Palais des Nations")
    choose(editor.margin_combo, MarginOf.UN_FORUM_BHR.value)
    # The margin chose the venue's zone: Geneva keeps Switzerland's clock.
    assert editor.zone_combo.zone() == "Europe/Zurich"
    editor.set_times(datetime(2026, 11, 25, 10, 0), datetime(2026, 11, 25, 13, 0))
    assert "10:00–13:00" in editor.venue_time_label.text()
    assert "Europe/Zurich" in editor.venue_time_label.text()
    assert "16:00–19:00" in editor.home_time_label.text()
    assert "Asia/Bangkok" in editor.home_time_label.text()
    assert editor.chatham_check.isChecked(), "the Chatham House Rule is on by default"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor is None)

    meetings = MeetingService(session.vault.db, session.vault.audit)
    (record,) = meetings.list(year=2026)
    assert record.meeting.kind is MeetingKind.DEEP_DIVE
    assert record.meeting.focus_countries == ("SD",)
    assert record.meeting.local_start.hour == 10 and record.meeting.time_zone == "Europe/Zurich"
    assert page.timeline.current_id == record.id
    card = page.timeline.meeting_rect(record.id)
    assert page.timeline.meeting_at(card.center()) == record.id
    assert page.meeting_title.text() == "Deep Dive: Sudan"

    # ---- invite everyone active, in one click (off the GUI thread)
    page.tabs.setCurrentIndex(page.invitations_index)
    panel = page.invitations
    qtbot.mouseClick(panel.invite_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy)
    assert panel.result_label.text() == f"{active} invited, 0 already"
    assert panel.model.total == active
    qtbot.mouseClick(panel.invite_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_busy)
    assert panel.result_label.text() == f"0 invited, {active} already"
    assert f"{active} invitees: " in panel.counts_text()
    assert f"No answer {active}" in panel.counts_text()

    # ---- record answers in bulk: the first ten accept
    panel.model.fetch_all()
    panel.select_rows(list(range(10)))
    panel.bulk_actions[InvitationStatus.ACCEPTED].trigger()
    assert "Accepted 10 (attended 0)" in panel.counts_text()
    accepted = [panel.model.invitee_at(row) for row in range(10)]
    # Typed through QTest, which knows ASCII keys only (the search itself folds accents).
    named = [i for i in accepted if i is not None and not i.hidden and i.display_name.isascii()]
    first, second = named[0], named[1]

    # ---- check two of them in at the door: type, Enter
    page.activateWindow()  # the editor dialog was the active window a moment ago
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(
        page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    screen = page.check_in
    assert page.stack.currentWidget() is screen
    assert screen.counter_label.text() == "0 attended / 10 accepted"
    for arriving, attended in ((first, 1), (second, 2)):
        qtbot.keyClicks(screen.search_edit, arriving.display_name)
        qtbot.waitUntil(
            lambda arriving=arriving: (
                screen.model.rowCount() > 0
                and screen.model.invitee_at(screen.highlighted_row()).person_id
                == arriving.person_id
            )
        )
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
        assert screen.feedback() == f"✓ Checked in: {arriving.display_name}"
        assert screen.counter_label.text() == f"{attended} attended / 10 accepted"
        assert screen.search_edit.text() == "", "ready for the next person"
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == page.PROGRAMME_VIEW
    counts = InvitationService(session.vault.db, session.vault.audit).invitation_counts(record.id)
    assert counts["attended"] == 2 and counts["accepted"] == 8
    # Those who came still count as accepted: one definition everywhere (core.Attendance).
    assert "Accepted 10 (attended 2)" in panel.counts_text()
    qtbot.waitUntil(lambda: not page.attendance_busy)
    assert "Accepted 10 (attended 2)" in page.attendance_label.text()

    # ---- the safety review flags the critical-risk Sudanese defender, by pseudonym only
    page.tabs.setCurrentIndex(page.safety_index)
    safety = page.safety
    qtbot.waitUntil(lambda: not safety.busy)  # worked out off the GUI thread
    model = safety.flags_model
    flags = list(model.safety_flags)
    from_sudan = [f for f in flags if f.kind is FlagKind.AT_RISK_FROM_FOCUS_COUNTRY]
    assert any(defender.id in f.person_ids for f in from_sudan)
    mine = model.flag_index(next(f.key for f in flags if defender.id in f.person_ids))
    assert model.data(mine, model.FlagRole).severity is Severity.CRITICAL
    assert model.data(mine, model.SeverityWordRole) == "CRITICAL"
    shown = model.data(mine, Qt.ItemDataRole.DisplayRole)
    assert defender.pseudonym in shown and defender.full_name not in shown
    assert model.data(mine, Qt.ItemDataRole.AccessibleTextRole) == (
        f"Critical, not checked: {shown}"
    )
    assert safety.flags_view.visualRect(model.first_flag_index()).height() > 20  # laid out
    assert safety.state_text() == (
        "Not signed off — plaintext lists for this meeting need an override."
    )
    assert "to sign off" in page.tabs.tabText(page.safety_index)

    # ---- record an assessment and sign off
    qtbot.keyClicks(safety.assessment_edit, "Hawa joins remotely via Signal; no venue list.")
    qtbot.mouseClick(safety.save_assessment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not safety.busy)
    assert not safety.sign_off_button.isEnabled(), "a signer's name or initials first"
    qtbot.keyClicks(safety.signer_edit, "A.B.")
    # ...and every critical flag looked at: the screen says which are left.
    assert not safety.sign_off_button.isEnabled()
    assert defender.pseudonym in safety.sign_off_hint.text()
    check_critical_flags(qtbot, safety)
    assert safety.sign_off_button.isEnabled() and safety.sign_off_hint.isHidden()
    qtbot.mouseClick(safety.sign_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not safety.busy)
    assert safety.state_text().startswith("Signed off by A.B. on ")
    assert page.tabs.tabText(page.safety_index) == "Safety review ✓"

    # ---- a new at-risk invitee reopens the sign-off, and the screen says so
    another = people.add(
        Person(
            id=new_id(),
            full_name="Second Example Defender",
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.HIGH,
            country="SS",
        )
    )
    InvitationService(session.vault.db, session.vault.audit).invite(record.id, another.id)
    panel.refresh()
    panel.changed.emit()
    qtbot.waitUntil(lambda: not safety.busy)
    assert safety.state_text().startswith("Reopened: signed off by A.B. on ")
    assert "to sign off" in page.tabs.tabText(page.safety_index)

    # ---- lock: nothing of the vault stays in the page
    page.set_session(None)
    assert page.timeline.records == []
    assert page.invitations.model.rowCount() == 0
    assert page.safety.assessment_edit.toPlainText() == ""
    assert page.safety.flags_model.rowCount() == 0
    assert page.check_in.model.rowCount() == 0
    assert page.meeting_title.text() == ""
    assert page.year_combo.count() == 0
    assert page.invitations.model.data(page.invitations.model.index(0, 0)) is None
    assert InviteesTableModel.NAME == 0
