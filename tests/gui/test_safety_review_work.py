"""Working through a safety review in the real window: flags grouped by kind with their
counts, filtered to what is left, each checked with a reason where it stands, the invitee a
flag is about opened on the People page, and a sign-off that waits for every critical flag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.safety_review import FlagKind, Severity
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.meetings.page import MeetingsPage
from bizhr_desktop.ui.meetings.safety import SafetyFlagsModel, SafetyReviewPanel
from bizhr_desktop.ui.people.page import PeoplePage
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages
from tests.gui.safety_steps import check_critical_flags
from tests.gui.test_meetings_data import add_sudanese_defender, import_people, plan_year

SECOND = "Second Canary Defender"


@pytest.fixture
def window(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession, window_settings: QSettings
) -> MainWindow:
    import_people(session)
    add_sudanese_defender(session)
    session.people.add(
        Person(
            id=new_id(),
            full_name=SECOND,
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.CRITICAL,
            country="SD",
        )
    )
    year = plan_year(MeetingService(session.vault.db, session.vault.audit))
    sudan = next(r for r in year if r.title == "Deep Dive: Sudan")
    InvitationService(session.vault.db, session.vault.audit).invite_all_active(sudan.id)
    widget = MainWindow(default_pages(), window_settings)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.set_session(session)
    meetings = next(p for p in widget.pages if isinstance(p, MeetingsPage))
    widget.show_page(widget.pages.index(meetings))
    assert meetings.select_meeting(sudan.id)
    meetings.tabs.setCurrentIndex(meetings.safety_index)
    qtbot.waitUntil(lambda: not meetings.safety.busy and meetings.safety.review is not None)
    return widget


def _safety(window: MainWindow) -> SafetyReviewPanel:
    return next(p for p in window.pages if isinstance(p, MeetingsPage)).safety


def test_flags_are_grouped_by_kind_with_their_counts(qtbot: QtBot, window: MainWindow) -> None:
    safety = _safety(window)
    review = safety.review
    assert review is not None
    model = safety.flags_model
    groups = model.groups
    assert groups[0].kind == FlagKind.AT_RISK_FROM_FOCUS_COUNTRY
    critical = [f for f in review.flags if f.kind is FlagKind.AT_RISK_FROM_FOCUS_COUNTRY]
    assert groups[0].severity is Severity.CRITICAL and groups[0].flags == tuple(critical)
    assert sum(len(g.flags) for g in groups) == len(review.flags)
    assert len({g.kind for g in groups}) == len(groups)  # one heading a kind
    heading = model.index(0, 0)
    text = model.data(heading, Qt.ItemDataRole.DisplayRole)
    assert text == f"Critical: At-risk invitees from a focus country: {len(critical)}"
    # A click on the heading closes the group, another opens it.
    view = safety.flags_view
    assert view.isExpanded(heading)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(heading).center()
    )
    assert not view.isExpanded(heading)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(heading).center()
    )
    assert view.isExpanded(heading)


def test_a_sign_off_waits_for_every_critical_flag(qtbot: QtBot, window: MainWindow) -> None:
    safety = _safety(window)
    qtbot.keyClicks(safety.assessment_edit, "Both defenders join remotely.")
    qtbot.keyClicks(safety.signer_edit, "A.B.")
    # The button stays grey and the hint names what is left, by pseudonym only.
    assert not safety.sign_off_button.isEnabled()
    left = len(safety.review.unchecked_critical)  # type: ignore[union-attr]
    assert left >= 2  # the seeded Sudanese defenders and SECOND
    hint = safety.sign_off_hint.text()
    assert hint.startswith(f"Check every critical flag before signing off: {left} left")
    assert SECOND not in hint and "Defender-" in hint
    assert f"{left} critical to check" in safety.summary_label.text()

    # Only what is left; checking the flag in hand moves on to the next one.
    safety.unchecked_only.setChecked(True)
    first, *others = safety.review.unchecked_critical  # type: ignore[union-attr]
    assert safety.choose_flag(first.key)
    assert not safety.check_button.isEnabled(), "a reason first"
    qtbot.keyClicks(safety.check_reason_edit, f"{SECOND}'s cousin confirmed the route.")
    qtbot.mouseClick(safety.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not safety.busy)
    assert first.key not in {f.key for f in safety.flags_model.safety_flags}
    assert safety.chosen_flag() is not None and safety.chosen_flag() != first
    assert safety.check_reason_edit.text() == ""
    assert f"{left - 1} left" in safety.sign_off_hint.text()
    assert not safety.sign_off_button.isEnabled()

    # The check shows where the flag stands once the filter is off, with its reason.
    safety.unchecked_only.setChecked(False)
    assert safety.choose_flag(first.key)
    assert safety.check_state_label.text().startswith("Checked on ")
    assert "cousin" in safety.check_reason_edit.text()
    assert safety.uncheck_button.isVisible() and safety.check_button.text() == "Save reason"
    index = safety.flags_model.flag_index(first.key)
    assert safety.flags_model.data(index, SafetyFlagsModel.CheckedRole) is True
    assert "(1 checked)" in safety.flags_model.group_text(safety.flags_model.groups[0])

    assert check_critical_flags(qtbot, safety) == left - 1
    assert all(f.key in safety.review.checks for f in others)  # type: ignore[union-attr]
    assert safety.sign_off_button.isEnabled() and safety.sign_off_hint.isHidden()
    qtbot.mouseClick(safety.sign_off_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not safety.busy)
    assert safety.state_text().startswith("Signed off by A.B.")

    # Withdrawing a critical flag's check reopens the sign-off.
    assert safety.choose_flag(first.key)
    qtbot.mouseClick(safety.uncheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not safety.busy)
    assert safety.state_text().startswith("Reopened:")
    assert safety.next_button.isVisible() and "1 left" in safety.sign_off_hint.text()


def test_the_invitee_a_flag_is_about_opens_on_the_people_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    safety = _safety(window)
    people = next(p for p in window.pages if isinstance(p, PeoplePage))
    people.search_edit.setText("no such person anywhere")
    people.apply_query()
    flag = safety.review.unchecked_critical[0]  # type: ignore[union-attr]
    assert safety.choose_flag(flag.key) and safety.open_person_button.isVisible()
    qtbot.mouseClick(safety.open_person_button, Qt.MouseButton.LeftButton)
    assert window.page_stack.currentWidget() is people
    assert people.editor.person_id == flag.person_ids[0]  # the search was cleared for them
    assert people.search_edit.text() == ""
    # A flag about the meeting itself has no person to open.
    meeting_level = next(f for f in safety.review.flags if not f.about_one_person)  # type: ignore[union-attr]
    window.show_page(
        window.pages.index(next(p for p in window.pages if isinstance(p, MeetingsPage)))
    )
    assert safety.choose_flag(meeting_level.key)
    assert not safety.open_person_button.isVisible()


def test_a_reason_leaves_the_screen_when_the_vault_locks(qtbot: QtBot, window: MainWindow) -> None:
    safety = _safety(window)
    check_critical_flags(qtbot, safety, reason="Canary-reason-5521")
    flag = safety.review.flags[0]  # type: ignore[union-attr]
    assert safety.choose_flag(flag.key) and safety.check_reason_edit.text() == "Canary-reason-5521"
    window.set_session(None)
    assert safety.check_reason_edit.text() == "" and safety.review is None
    assert "Canary" not in safety.flag_detail.text()
