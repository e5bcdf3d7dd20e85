"""One definition of attendance: the invitations summary, the stakeholder chart, check-in,
``bizhr meetings show --json`` and an exported "accepted" list give the same numbers for one
meeting; and the door screen shows a name and nothing else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import (
    Attendance,
    InvitationStatus,
    MeetingFormat,
    MeetingKind,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.meetings.page import MeetingsPage
from tests.conftest import PASSPHRASE
from tests.gui.test_meetings_data import add_sudanese_defender, meeting

REPO = Path(__file__).parents[2]
GROUPS = [StakeholderGroup.BUSINESS, StakeholderGroup.CIVIL_SOCIETY, StakeholderGroup.INVESTOR]
# 30 invitees: 10 accepted, 6 attended, 3 declined, 2 tentative, 2 no-show, 7 no answer.
ANSWERS = [
    (InvitationStatus.ACCEPTED, 10),
    (InvitationStatus.ATTENDED, 6),
    (InvitationStatus.DECLINED, 3),
    (InvitationStatus.TENTATIVE, 2),
    (InvitationStatus.NO_SHOW, 2),
]
EXPECTED = Attendance(
    invited=30, no_answer=7, tentative=2, accepted=16, declined=3, attended=6, no_show=2
)


def _fill(session: VaultSession) -> str:
    for number in range(29):
        session.people.add(
            Person(
                id=new_id(),
                full_name=f"Guest Number{number:02d}",
                stakeholder_group=GROUPS[number % len(GROUPS)],
                risk_level=RiskLevel.LOW,
                organisation="Example Holdings",
            )
        )
    add_sudanese_defender(session)
    record = session.meetings.create(
        meeting(
            "Trends: due diligence",
            MeetingKind.TRENDS_AND_INSIGHTS,
            datetime(2026, 12, 2, 14),
            datetime(2026, 12, 2, 16),
            "Europe/Zurich",
            MeetingFormat.IN_PERSON,
        )
    )
    invitations = session.invitations
    invitations.invite_all_active(record.id)
    ids = [row.person_id for row in invitations.invitees(record.id, limit=100)]
    start = 0
    for status, count in ANSWERS:
        invitations.set_status(record.id, ids[start : start + count], status)
        start += count
    return record.id


def _bizhr(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def page(qtbot: QtBot, configured_app: QApplication, session: VaultSession) -> MeetingsPage:
    widget = MeetingsPage(home_zone="Europe/Zurich", check_in_delay_ms=10)
    qtbot.addWidget(widget)
    widget.resize(1200, 860)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_screen_and_command_counts_one_meeting_alike(
    qtbot: QtBot, page: MeetingsPage, session: VaultSession, vault_path: Path, tmp_path: Path
) -> None:
    meeting_id = _fill(session)
    assert session.invitations.attendance(meeting_id) == EXPECTED
    page.set_session(session)
    assert page.select_meeting(meeting_id)
    qtbot.waitUntil(lambda: not page.attendance_busy and bool(page.chart.bars()))

    # The invitations summary, in numbers and in words.
    assert page.invitations.attendance_numbers == EXPECTED
    assert "Accepted 16 (attended 6)" in page.invitations.counts_text()
    assert "Accepted 16 (attended 6)" in page.attendance_label.text()
    # The chart: the per-group bars add up to the same numbers.
    bars = page.chart.bars()
    for measure in ("invited", "accepted", "attended"):
        total = sum(bar.count for bar in bars if bar.measure == measure)
        assert total == getattr(EXPECTED, measure), measure
    # Check-in at the door.
    assert page.open_check_in()
    assert page.check_in.attendance_numbers == EXPECTED
    assert page.check_in.counter_label.text() == "6 attended / 16 accepted"
    page.check_in.leave.emit()
    session.lock()

    # The CLI and an exported "accepted" list, from the same vault in other processes.
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    unlock = ("--passphrase-file", str(secret))
    shown = json.loads(_bizhr("meetings", str(vault_path), "show", meeting_id, "--json",
                              *unlock).stdout)  # fmt: skip
    assert shown["attendance"] == EXPECTED.as_dict()
    listed = _bizhr("meetings", str(vault_path), "list", *unlock).stdout
    assert "30 invited, 16 accepted, 6 attended" in listed
    preview = _bizhr("export", str(vault_path), "--audience", "venue", "--format", "csv",
                     "--preview", "--json", "--meeting", meeting_id, "--list", "accepted",
                     "-o", str(tmp_path / "accepted.csv"), *unlock)  # fmt: skip
    assert json.loads(preview.stdout)["summary"]["total"] == EXPECTED.accepted


def test_the_door_screen_shows_a_name_and_nothing_else(
    qtbot: QtBot, page: MeetingsPage, session: VaultSession
) -> None:
    meeting_id = _fill(session)
    page.set_session(session)
    assert page.select_meeting(meeting_id)
    assert page.open_check_in()
    screen = page.check_in
    for typed in ("Guest Number01", "Hawa"):
        screen.search_edit.setText(typed)
        screen.search()
        assert screen.model.rowCount() == 1
        invitee = screen.model.invitee_at(0)
        assert invitee is not None
        shown = screen.model.data(screen.model.index(0))
        # The name (the defender's pseudonym) alone: no group, organisation or answer.
        assert shown == invitee.display_name
        assert "Example Holdings" not in shown and "Darfur" not in shown
        assert "Human rights defender" not in shown and "Business" not in shown
    assert invitee.hidden and invitee.display_name != "Hawa Example Adam"
    assert screen.check_in_highlighted()
    screen.search_edit.setText("Hawa")
    screen.search()
    assert screen.model.data(screen.model.index(0)) == (
        f"{invitee.display_name}   —   ✓ already checked in"
    )
