"""The meetings page beyond the journey: the drawn programme (pixels, hit-test, keys, RTL),
the editor's two clocks and DST refusals, cancelling, the chart, programme files, drafts,
follow-ups, and the busy indicator."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import InvitationStatus, MarginOf, MeetingKind, MeetingStatus
from bizhr_desktop.services.followups import FollowUpService
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingRecord, MeetingService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.meeting_labels import kind_stripe
from bizhr_desktop.ui.meetings.fields import zone_text
from bizhr_desktop.ui.meetings.page import MeetingsPage
from bizhr_desktop.ui.meetings.timeline import year_fraction
from tests.gui.safety_steps import check_critical_flags
from tests.gui.test_meetings_data import (
    YEAR,
    add_sudanese_defender,
    import_people,
    plan_year,
)


@pytest.fixture
def year(session: VaultSession) -> list[MeetingRecord]:
    import_people(session)
    add_sudanese_defender(session)
    return plan_year(MeetingService(session.vault.db, session.vault.audit))


@pytest.fixture
def page(
    qtbot: QtBot,
    configured_app: QApplication,
    session: VaultSession,
    year: list[MeetingRecord],
) -> MeetingsPage:
    widget = MeetingsPage(
        home_zone="Europe/Zurich", reveal_ms=400, search_delay_ms=10, check_in_delay_ms=10
    )
    qtbot.addWidget(widget)
    widget.resize(1280, 880)
    widget.set_session(session)
    widget.set_year(YEAR)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def sudan(year: list[MeetingRecord]) -> MeetingRecord:
    return next(r for r in year if r.title == "Deep Dive: Sudan")


def test_the_programme_draws_every_meeting_where_its_date_is(
    page: MeetingsPage, year: list[MeetingRecord]
) -> None:
    timeline = page.timeline
    assert [r.id for r in timeline.records] == [r.id for r in year]
    image = timeline.grab().toImage()
    for record in year:
        card = timeline.meeting_rect(record.id)
        assert not card.isEmpty()
        assert timeline.meeting_at(card.center()) == record.id
        # The stripe on the card's leading edge has the kind's colour (grey when cancelled).
        stripe = image.pixelColor(card.left() + 2, card.center().y())
        if record.meeting.status is MeetingStatus.CANCELLED:
            assert stripe == QColor("#6b7785")
        else:
            assert stripe == kind_stripe(record.meeting.kind)
        # The marker sits at the date's place on the twelve-month axis.
        expected = 14 + round((timeline.width() - 28) * year_fraction(record.meeting.local_start))
        assert abs(timeline.marker_x(record.id) - expected) <= 1
    # Cards never overlap.
    rects = [timeline.meeting_rect(r.id) for r in year]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    assert timeline.meeting_at(QPoint(2, 2)) is None


def test_clicks_and_keys_select_meetings_and_enter_opens_the_editor(
    qtbot: QtBot, page: MeetingsPage, year: list[MeetingRecord]
) -> None:
    timeline = page.timeline
    first, second = year[0], year[1]
    qtbot.mouseClick(
        timeline, Qt.MouseButton.LeftButton, pos=timeline.meeting_rect(first.id).center()
    )
    assert timeline.current_id == first.id
    assert page.meeting_title.text() == first.title
    assert first.title in timeline.accessibleDescription()
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current_id == second.id
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.current_id == year[-1].id
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.current_id == first.id
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.title_edit.text() == first.title
    page.editor.reject()


def test_right_to_left_mirrors_the_year(
    qtbot: QtBot, page: MeetingsPage, year: list[MeetingRecord]
) -> None:
    timeline = page.timeline
    first = year[0]
    ltr = timeline.meeting_rect(first.id)
    ltr_marker = timeline.marker_x(first.id)
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = timeline.meeting_rect(first.id)
    assert rtl.left() == timeline.width() - ltr.left() - ltr.width()
    assert timeline.marker_x(first.id) == timeline.width() - ltr_marker
    # January is now on the right; the left arrow moves on to February.
    timeline.set_current(first.id)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current_id == year[1].id
    stripe = timeline.grab().toImage().pixelColor(rtl.right() - 2, rtl.center().y())
    assert stripe == kind_stripe(first.meeting.kind)


def test_cancelled_meetings_are_struck_and_cancelling_asks_first(
    qtbot: QtBot, page: MeetingsPage, year: list[MeetingRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = year[0]
    page.select_meeting(target.id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    assert not page.cancel_meeting()
    assert page.current_record().meeting.status is MeetingStatus.PLANNED  # type: ignore[union-attr]
    assert page.cancel_meeting()
    assert page.current_record().meeting.status is MeetingStatus.CANCELLED  # type: ignore[union-attr]
    assert not page.cancel_button.isEnabled()
    assert not page.invitations.invite_all_button.isEnabled()
    summary = page.timeline.summary(page.current_record())  # type: ignore[arg-type]
    assert "Cancelled" in summary


def test_the_editor_shows_both_clocks_across_a_dst_change(
    qtbot: QtBot, page: MeetingsPage, session: VaultSession
) -> None:
    editor = page.new_meeting()
    assert editor is not None
    assert editor.zone_combo.zone() == "Europe/Zurich"
    # In the margins of the UN General Assembly: New York's clock is chosen for you.
    editor.margin_combo.setCurrentIndex(editor.margin_combo.findData(MarginOf.UNGA.value))
    assert editor.zone_combo.zone() == "America/New_York"
    # 25 March 2026: New York is already on summer time, Geneva not yet: 4 hours apart.
    editor.set_times(datetime(2026, 3, 25, 10), datetime(2026, 3, 25, 12))
    assert "10:00–12:00" in editor.venue_time_label.text()
    assert "EDT" in editor.venue_time_label.text()
    assert "15:00–17:00" in editor.home_time_label.text()
    assert "Europe/Zurich" in editor.home_time_label.text()
    # A week later, both are on summer time: 6 hours apart again.
    editor.set_times(datetime(2026, 4, 1, 10), datetime(2026, 4, 1, 12))
    assert "16:00–18:00" in editor.home_time_label.text()
    # A time the clocks skip is refused next to the times, in the service's words.
    editor.set_times(datetime(2026, 3, 8, 2, 30), datetime(2026, 3, 8, 4))
    assert editor.time_error.isVisibleTo(editor)
    assert "does not exist in America/New_York" in editor.time_error.text()
    editor.title_edit.setText("Never saved")
    assert not editor.save()
    assert "Correct the fields" in editor.error_label.text()
    # And one that happens twice.
    editor.set_times(datetime(2026, 11, 1, 1, 30), datetime(2026, 11, 1, 3))
    assert "happens twice" in editor.time_error.text()
    editor.set_times(datetime(2026, 11, 2, 9), datetime(2026, 11, 2, 10))
    assert not editor.time_error.isVisibleTo(editor)
    editor.reject()
    titles = [r.title for r in MeetingService(session.vault.db, session.vault.audit).list()]
    assert "Never saved" not in titles


def test_the_editor_explains_missing_title_and_bad_countries(
    qtbot: QtBot, page: MeetingsPage
) -> None:
    editor = page.new_meeting()
    assert editor is not None
    editor.countries_edit.edit.setText("Sudan, Narnia")
    assert "Narnia" in editor.countries_edit.resolved.text()
    assert not editor.save()
    assert editor.title_error.text() == "A meeting needs a title."
    editor.reject()


def test_the_time_zone_picker_finds_geneva(qtbot: QtBot, page: MeetingsPage) -> None:
    editor = page.new_meeting()
    assert editor is not None
    completer = editor.zone_combo.completer()
    completer.setCompletionPrefix("geneva")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == zone_text("Europe/Zurich")
    completer.setCompletionPrefix("york")
    assert completer.currentCompletion().startswith("America/New_York")
    editor.zone_combo.set_zone("Asia/Yangon")
    assert editor.zone_combo.zone() == "Asia/Yangon"
    editor.zone_combo.setEditText("Not/AZone")
    assert editor.zone_combo.zone() == ""
    assert not editor.update_times()
    assert editor.zone_error.isVisibleTo(editor)
    editor.reject()


def test_the_stakeholder_mix_is_drawn_with_its_numbers(
    qtbot: QtBot, page: MeetingsPage, session: VaultSession, year: list[MeetingRecord]
) -> None:
    record = sudan(year)
    invitations = InvitationService(session.vault.db, session.vault.audit)
    invitations.invite_all_active(record.id)
    hrds = [
        r.person_id
        for r in invitations.invitees(record.id, limit=500)
        if r.stakeholder_group == "hrd"
    ]
    invitations.set_status(record.id, hrds[:3], InvitationStatus.ACCEPTED)
    invitations.check_in(record.id, hrds[0])
    page.select_meeting(record.id)
    page.tabs.setCurrentIndex(page.attendance_index)
    qtbot.waitUntil(lambda: not page.attendance_busy)  # read off the GUI thread
    chart = page.chart
    hrd_bars = {b.measure: b.count for b in chart.bars() if b.group == "hrd"}
    assert hrd_bars == {"invited": len(hrds), "accepted": 3, "attended": 1}
    assert f"HRDs: Invited {len(hrds)}, Accepted 3, Attended 1" in chart.text()
    assert chart.accessibleDescription() == chart.text()
    image = chart.grab().toImage()
    # Some pixels carry the "attended" colour: the bars are drawn.
    found = any(
        image.pixelColor(x, y) == QColor("#1d5a85")
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert found


def test_programme_files_are_written_where_chosen(
    qtbot: QtBot, page: MeetingsPage, tmp_path: Path
) -> None:
    chosen: list[str] = []

    def choose(_parent: object, _caption: str, suggested: str, _filter: str) -> str:
        chosen.append(suggested)
        return str(tmp_path / suggested.rsplit(".", 1)[0])  # no suffix typed

    page.choose_save_path = choose
    assert page.export_programme("ics") == 11
    assert page.export_programme("pdf") == 10  # cancelled meetings only in the calendar
    assert page.export_programme("html") == 10
    assert chosen == [f"programme-{YEAR}.ics", f"programme-{YEAR}.pdf", f"programme-{YEAR}.html"]
    for suffix in ("ics", "pdf", "html"):
        assert (tmp_path / f"programme-{YEAR}.{suffix}").stat().st_size > 0
    assert "programme-2026.html" in page.status.text()
    page.choose_save_path = lambda *_a: ""
    assert page.export_programme("pdf") is None


def test_invitation_drafts_hold_back_people_at_risk(
    qtbot: QtBot,
    page: MeetingsPage,
    session: VaultSession,
    year: list[MeetingRecord],
    tmp_path: Path,
) -> None:
    record = sudan(year)
    InvitationService(session.vault.db, session.vault.audit).invite_all_active(record.id)
    page.select_meeting(record.id)
    folder = tmp_path / "drafts"
    page.choose_folder = lambda *_a: str(folder)
    dialog = page.open_drafts()
    assert dialog is not None
    dialog.browse_button.click()
    assert dialog.folder_edit.text() == str(folder)
    qtbot.keyClicks(dialog.sender_edit, "coordinator@example.org")
    # A deep dive's review is not signed off: the gate asks for a reason first.
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy)
    assert dialog.override_edit.isVisibleTo(dialog)
    assert "safety review is not signed off" in dialog.error.text()
    assert not folder.exists()
    qtbot.keyClicks(dialog.override_edit, "Venue needs numbers by Friday")
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert page.is_busy
    qtbot.waitUntil(lambda: dialog.batch is not None)
    assert not page.is_busy
    batch = dialog.batch
    assert batch is not None and batch.held_back
    text = dialog.result_label.text()
    assert f"{len(batch.files)} drafts written." in text
    assert "held back because at risk — reach them by their secure channel" in text
    assert "@" not in text, "no address is ever shown"
    assert len(list(folder.iterdir())) == len(batch.files)
    dialog.reject()


def test_follow_ups_per_meeting_and_across_the_programme(
    qtbot: QtBot, page: MeetingsPage, session: VaultSession, year: list[MeetingRecord]
) -> None:
    record = year[2]
    page.select_meeting(record.id)
    page.tabs.setCurrentIndex(page.followups_index)
    panel = page.followups
    panel.today = lambda: date(2026, 11, 25)
    page.open_followups.today = lambda: date(2026, 11, 25)
    panel.add()
    dialog = panel.dialog
    assert dialog is not None
    dialog.text_edit.setPlainText("Share the remediation plan")
    qtbot.keyClicks(dialog.owner_edit, "Coordinator")
    dialog.due_edit.set_date(date(2026, 4, 30))
    dialog.save()
    assert panel.model.rowCount() == 1
    assert "1 overdue" in panel.count_label.text()
    panel.table.selectRow(0)
    panel.edit_selected()
    dialog = panel.dialog
    assert dialog is not None
    dialog.due_edit.set_date(date(2099, 1, 1))
    dialog.save()
    assert panel.model.overdue_count() == 0
    FollowUpService(session.vault.db, session.vault.audit).add(
        year[0].id, "Publish commitments", due_on=date(2020, 1, 1)
    )
    qtbot.mouseClick(page.followups_button, Qt.MouseButton.LeftButton)
    overview = page.open_followups
    assert page.stack.currentWidget() is overview
    assert overview.model.rowCount() == 2
    assert overview.summary_label.text() == "2 open follow-ups · 1 overdue"
    assert overview.model.data(overview.model.index(0, 4)) == "2020-01-01 — overdue"
    overview.table.selectRow(0)
    overview.table.doubleClicked.emit(overview.model.index(0, 0))
    assert page.stack.currentIndex() == page.PROGRAMME_VIEW
    assert page.timeline.current_id == year[0].id


def test_the_meeting_kind_is_labelled_not_only_coloured(
    page: MeetingsPage, year: list[MeetingRecord]
) -> None:
    deep = next(r for r in year if r.meeting.kind is MeetingKind.DEEP_DIVE)
    summary = page.timeline.summary(deep)
    assert summary.startswith("Deep Dive — ")
    assert "In person" in page.timeline.summary(sudan(year))


def test_inviting_by_filter_runs_off_the_gui_thread_and_reports_the_result(
    qtbot: QtBot, page: MeetingsPage, session: VaultSession, year: list[MeetingRecord]
) -> None:
    import threading

    from bizhr_desktop.core.models import StakeholderGroup
    from bizhr_desktop.ui.meetings.invitations import InviteByFilterDialog

    record = sudan(year)
    page.select_meeting(record.id)
    page.tabs.setCurrentIndex(page.invitations_index)
    panel = page.invitations
    service = InvitationService(session.vault.db, session.vault.audit)
    expected = service.invite_by_filter
    threads: list[str] = []

    def on_the_worker(meeting_id: str, **criteria: object) -> object:
        threads.append(threading.current_thread().name)
        return expected(meeting_id, **criteria)  # type: ignore[arg-type]

    assert panel._service is not None
    panel._service.invite_by_filter = on_the_worker  # type: ignore[method-assign]
    panel.invite_filter_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, InviteByFilterDialog)
    dialog.group_checks[StakeholderGroup.HRD].setChecked(True)
    dialog.invite_button.click()
    assert panel.is_busy
    assert "Inviting the people chosen" in panel.result_label.text()
    qtbot.waitUntil(lambda: not panel.is_busy)
    assert threads and threads[0] != threading.current_thread().name
    hrds = service.invitees(record.id, limit=500)
    assert hrds and all(StakeholderGroup(i.stakeholder_group) is StakeholderGroup.HRD for i in hrds)
    assert panel.result_label.text() == f"{len(hrds)} invited, 0 already"
    assert panel.model.total == len(hrds)


def test_signing_off_runs_on_a_worker_and_a_refusal_keeps_the_review(
    qtbot: QtBot, page: MeetingsPage, session: VaultSession, year: list[MeetingRecord]
) -> None:
    record = sudan(year)
    InvitationService(session.vault.db, session.vault.audit).invite_all_active(record.id)
    page.select_meeting(record.id)
    page.tabs.setCurrentIndex(page.safety_index)
    safety = page.safety
    qtbot.waitUntil(lambda: not safety.busy)
    flags = len(safety.flags_model.safety_flags)
    assert flags > 0 and safety.assessment_edit.toPlainText() == ""
    qtbot.keyClicks(safety.signer_edit, "A.B.")
    # Every critical flag first (the button stays grey, the hint says which are left)...
    assert not safety.sign_off_button.isEnabled() and not safety.sign_off()
    assert "Check every critical flag" in safety.message.text()
    check_critical_flags(qtbot, safety)
    # ...and a deep dive needs a recorded assessment: the worker refuses, the review stays.
    assert safety.sign_off()
    assert safety.busy and not safety.sign_off_button.isEnabled()
    qtbot.waitUntil(lambda: not safety.busy)
    assert "Record the meeting's risk assessment" in safety.message.text()
    assert len(safety.flags_model.safety_flags) == flags
    assert safety.state_text().startswith("Not signed off")
    assert safety.signer_edit.text() == "A.B." and safety.sign_off_button.isEnabled()
    # With an assessment typed (saved on the way), the sign-off goes through.
    qtbot.keyClicks(safety.assessment_edit, "Remote participation only.")
    qtbot.mouseClick(safety.sign_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not safety.busy)
    assert safety.state_text().startswith("Signed off by A.B. on ")
    assert safety.signer_edit.text() == ""
    assert page.tabs.tabText(page.safety_index) == "Safety review ✓"
