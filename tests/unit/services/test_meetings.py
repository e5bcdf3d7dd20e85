"""Meetings: DST-correct times, programme outputs without personal data, invitations,
RSVPs, check-in, attendance, stakeholder mix, e-mail drafts and follow-ups."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.utils import getaddresses
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from bizhr_desktop.core.errors import InvalidInput, RecordNotFound, SafetyReviewPending
from bizhr_desktop.core.models import MeetingStatus
from bizhr_desktop.core.text import fold
from bizhr_desktop.services.followups import FollowUpService
from bizhr_desktop.services.invitations import CHATHAM_HOUSE_TEXT, InvitationService
from bizhr_desktop.services.meetings import (
    MeetingInput,
    MeetingService,
    times_in_zone,
    to_utc,
    venue_times,
)
from bizhr_desktop.services.safety_review import SafetyReviewService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.vault.database import Database

CANARY = "Zanzibar-Canary Qwertyuiop"


@pytest.fixture
def meetings(session: VaultSession) -> MeetingService:
    return MeetingService(session.vault.db, session.vault.audit)


@pytest.fixture
def invitations(session: VaultSession) -> InvitationService:
    return InvitationService(session.vault.db, session.vault.audit)


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def add_organisation(db: Database, name: str) -> tuple[str, int]:
    oid = str(uuid.uuid4())
    db.execute(
        "INSERT INTO organisation (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (oid, name, now(), now()),
    )
    return oid, int(db.scalar("SELECT pk FROM organisation WHERE id = ?", (oid,)))


def add_person(
    db: Database,
    name: str,
    *,
    group: str = "business",
    country: str = "",
    risk: str = "low",
    email: str = "",
    participation: str = "active",
    organisation_pk: int | None = None,
    consent: bool = True,
) -> str:
    pid = str(uuid.uuid4())
    db.execute(
        "INSERT INTO person (id, full_name, sort_name, name_key, stakeholder_group, country, "
        "risk_level, email, participation, organisation_pk, consent_network, "
        "consent_coorganisers, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            pid,
            name,
            fold(name),
            fold(name),
            group,
            country,
            risk,
            email,
            participation,
            organisation_pk,
            int(consent),
            int(consent),
            now(),
            now(),
        ),
    )
    return pid


def geneva_meeting(service: MeetingService, **changes: object) -> str:
    values: dict[str, object] = {
        "title": "Deep Dive: Sudan",
        "kind": "deep_dive",
        "starts": datetime(2026, 11, 25, 10, 0),
        "ends": datetime(2026, 11, 25, 13, 0),
        "time_zone": "Europe/Zurich",
        "format": "in_person",
        "venue": "Palais des Nations",
        "margin_of": "un_forum_bhr",
        "focus_countries": ("SD",),
        "topic": "Civic space",
    }
    values.update(changes)
    return service.create(MeetingInput(**values)).id  # type: ignore[arg-type]


# ---------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("local", "zone", "utc"),
    [
        # Geneva: CET (UTC+1) until the last Sunday of March, CEST (UTC+2) until October's.
        (datetime(2026, 3, 28, 10, 0), "Europe/Zurich", datetime(2026, 3, 28, 9, 0)),
        (datetime(2026, 3, 30, 10, 0), "Europe/Zurich", datetime(2026, 3, 30, 8, 0)),
        (datetime(2026, 10, 24, 10, 0), "Europe/Zurich", datetime(2026, 10, 24, 8, 0)),
        (datetime(2026, 10, 26, 10, 0), "Europe/Zurich", datetime(2026, 10, 26, 9, 0)),
        # New York: EST (UTC-5) until the second Sunday of March, EDT until November's first.
        (datetime(2026, 3, 7, 10, 0), "America/New_York", datetime(2026, 3, 7, 15, 0)),
        (datetime(2026, 3, 9, 10, 0), "America/New_York", datetime(2026, 3, 9, 14, 0)),
        (datetime(2026, 10, 31, 10, 0), "America/New_York", datetime(2026, 10, 31, 14, 0)),
        (datetime(2026, 11, 2, 10, 0), "America/New_York", datetime(2026, 11, 2, 15, 0)),
    ],
)
def test_wall_clock_times_become_the_right_utc_instant(
    local: datetime, zone: str, utc: datetime
) -> None:
    assert to_utc(local, zone) == utc.replace(tzinfo=UTC)


def test_times_that_do_not_exist_or_happen_twice_are_refused() -> None:
    with pytest.raises(InvalidInput, match="does not exist"):
        to_utc(datetime(2026, 3, 29, 2, 30), "Europe/Zurich")
    with pytest.raises(InvalidInput, match="happens twice"):
        to_utc(datetime(2026, 11, 1, 1, 30), "America/New_York")


def test_a_geneva_meeting_shown_in_new_york_between_the_two_switches(
    meetings: MeetingService,
) -> None:
    # Europe has gone back to winter time (25 Oct) but New York not yet (1 Nov): the gap
    # between the two cities is 5 hours that week, not the usual 6.
    mid = geneva_meeting(
        meetings, starts=datetime(2026, 10, 28, 15, 0), ends=datetime(2026, 10, 28, 17, 0)
    )
    record = meetings.get(mid)
    assert record.meeting.starts_at == datetime(2026, 10, 28, 14, 0, tzinfo=UTC)
    venue = venue_times(record.meeting)
    assert (venue.starts.hour, venue.starts.tzname()) == (15, "CET")
    new_york = times_in_zone(record.meeting, "America/New_York")
    assert (new_york.starts.hour, new_york.starts.tzname()) == (10, "EDT")
    # A week later both are on winter time: 6 hours apart.
    later = geneva_meeting(
        meetings, starts=datetime(2026, 11, 4, 15, 0), ends=datetime(2026, 11, 4, 17, 0)
    )
    ny_later = times_in_zone(meetings.get(later).meeting, "America/New_York")
    assert (ny_later.starts.hour, ny_later.starts.tzname()) == (9, "EST")
    # And in March, New York moves first (8 March) while Geneva waits until the 29th.
    march = geneva_meeting(
        meetings, starts=datetime(2026, 3, 18, 15, 0), ends=datetime(2026, 3, 18, 17, 0)
    )
    ny_march = times_in_zone(meetings.get(march).meeting, "America/New_York")
    assert (ny_march.starts.hour, ny_march.starts.tzname()) == (10, "EDT")


def test_create_update_cancel_and_list_by_year(meetings: MeetingService) -> None:
    first = geneva_meeting(meetings)
    # 00:30 on New Year's Day in Geneva is still the old year in UTC: listed under 2027.
    new_year = geneva_meeting(
        meetings,
        title="Trends and Insights: HRDD",
        kind="trends_and_insights",
        starts=datetime(2027, 1, 1, 0, 30),
        ends=datetime(2027, 1, 1, 1, 30),
    )
    assert [r.id for r in meetings.list(year=2026)] == [first]
    assert [r.id for r in meetings.list(year=2027)] == [new_year]
    updated = meetings.update(
        first,
        MeetingInput(
            title="Deep Dive: Sudan and South Sudan",
            kind="deep_dive",
            starts=datetime(2026, 11, 25, 9, 0),
            ends=datetime(2026, 11, 25, 12, 0),
            time_zone="Europe/Zurich",
            format="hybrid",
            focus_countries=("Sudan", "south sudan"),
        ),
    )
    assert updated.meeting.focus_countries == ("SD", "SS")
    assert updated.sequence == 1
    cancelled = meetings.cancel(first)
    assert cancelled.meeting.status is MeetingStatus.CANCELLED
    assert cancelled.sequence == 2
    assert [r.id for r in meetings.list(status="cancelled")] == [first]
    assert meetings.find(first[:8]).id == first
    with pytest.raises(RecordNotFound):
        meetings.get(str(uuid.uuid4()))
    with pytest.raises(InvalidInput, match="end after"):
        geneva_meeting(meetings, ends=datetime(2026, 11, 25, 9, 0))
    with pytest.raises(InvalidInput, match="time zone"):
        geneva_meeting(meetings, time_zone="Mars/Olympus")
    kinds = [e.kind for e in meetings._audit.events(newest_first=False)]
    assert kinds.count("meeting.created") == 2 and "meeting.status" in kinds


# ---------------------------------------------------------------- programme outputs


def test_programme_outputs_hold_no_person(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    mid = geneva_meeting(meetings)
    geneva_meeting(meetings, title="Virtual briefing", format="virtual", kind="other")
    add_person(db, CANARY, email="canary@example.org", group="hrd", country="SD")
    invitations.invite_all_active(mid)
    meetings.set_programme(2026, title="Programme 2026")
    pdf = meetings.programme_pdf(2026)
    text = "".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert "Deep Dive: Sudan" in text and "Programme 2026" in text
    html = meetings.programme_html(2026)
    ics = meetings.calendar_ics(2026)
    for data in (pdf, html, ics):
        for needle in (CANARY, "Zanzibar", "canary@example.org"):
            assert needle.encode() not in data
            assert needle.encode("utf-16-be") not in data
    assert b"Deep Dive: Sudan" in html


def test_calendar_parses_back_with_time_zones_and_no_attendee(meetings: MeetingService) -> None:
    mid = geneva_meeting(meetings)
    ny = geneva_meeting(
        meetings,
        title="UNGA side meeting",
        time_zone="America/New_York",
        starts=datetime(2026, 9, 22, 9, 0),
        ends=datetime(2026, 9, 22, 11, 0),
        margin_of="unga",
        venue="",
    )
    meetings.cancel(ny)
    calendar = Calendar.from_ical(meetings.calendar_ics(2026))
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"{mid}@bizhr-desktop", f"{ny}@bizhr-desktop"}
    geneva = events[f"{mid}@bizhr-desktop"]
    assert geneva["dtstart"].params["TZID"] == "Europe/Zurich"
    assert geneva.decoded("dtstart").replace(tzinfo=None) == datetime(2026, 11, 25, 10, 0)
    assert geneva.decoded("dtstart").astimezone(UTC) == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert "Chatham House" in str(geneva["description"])
    new_york = events[f"{ny}@bizhr-desktop"]
    assert new_york["dtstart"].params["TZID"] == "America/New_York"
    assert new_york.decoded("dtstart").astimezone(UTC) == datetime(2026, 9, 22, 13, 0, tzinfo=UTC)
    assert str(new_york["status"]) == "CANCELLED" and int(new_york["sequence"]) == 1
    zones = {str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")}
    assert zones == {"Europe/Zurich", "America/New_York"}
    for event in events.values():
        assert "ATTENDEE" not in event and "ORGANIZER" not in event


def test_write_programme_is_audited(meetings: MeetingService, tmp_path: Path) -> None:
    geneva_meeting(meetings)
    out = tmp_path / "programme.html"
    assert meetings.write_programme(2026, "html", out) == 1
    assert out.read_bytes().startswith(b"<!DOCTYPE html>")
    assert (out.stat().st_mode & 0o777) == 0o600
    event = meetings._audit.events(limit=1)[0]
    assert event.kind == "programme.exported"
    assert event.detail == {"year": 2026, "format": "html", "meetings": 1}
    with pytest.raises(InvalidInput):
        meetings.write_programme(2026, "docx", tmp_path / "x.docx")


# ---------------------------------------------------------------- invitations


def test_invite_all_active_is_idempotent_and_counts(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    mid = geneva_meeting(meetings)
    for i in range(5):
        add_person(db, f"Active {i}")
    add_person(db, "Paused", participation="paused")
    add_person(db, "Left", participation="left")
    result = invitations.invite_all_active(mid)
    assert (result.added, result.already) == (5, 0)
    add_person(db, "Newcomer")
    again = invitations.invite_all_active(mid)
    assert (again.added, again.already) == (1, 5)
    assert invitations.invitee_count(mid) == 6
    assert invitations.invitation_counts(mid)["invited"] == 6
    events = [e for e in session.vault.audit.events() if e.kind == "meeting.invited"]
    assert events[0].detail == {"meeting": mid, "how": "all", "added": 1, "already": 5}


def test_invite_all_100k_people_is_one_fast_statement(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    mid = geneva_meeting(meetings)
    stamp = now()
    with db.transaction():
        db.executemany(
            "INSERT INTO person (id, full_name, stakeholder_group, created_at, updated_at) "
            "VALUES (?, ?, 'business', ?, ?)",
            [(str(uuid.uuid4()), f"P{i}", stamp, stamp) for i in range(100_000)],
        )
    started = time.perf_counter()
    result = invitations.invite_all_active(mid)
    elapsed = time.perf_counter() - started
    assert result.added == 100_000
    assert elapsed < 2.0, f"invite all took {elapsed:.2f} s"
    assert invitations.invite_all_active(mid).already == 100_000


def test_invite_by_filter(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    oid, opk = add_organisation(db, "Acme Mining")
    mid = geneva_meeting(meetings)
    hrd_sd = add_person(db, "Defender SD", group="hrd", country="SD")
    add_person(db, "Defender MM", group="hrd", country="MM")
    add_person(db, "Business SD", country="SD")
    add_person(db, "Paused HRD SD", group="hrd", country="SD", participation="paused")
    acme = add_person(db, "Acme person", organisation_pk=opk)
    result = invitations.invite_by_filter(mid, groups=["hrd"], countries=["Sudan"])
    assert (result.added, result.already) == (1, 0)
    assert [r.person_id for r in invitations.invitees(mid)] == [hrd_sd]
    assert invitations.invite_by_filter(mid, organisation_ids=[oid]).added == 1
    assert acme in {r.person_id for r in invitations.invitees(mid)}
    with pytest.raises(InvalidInput):
        invitations.invite_by_filter(mid)
    with pytest.raises(InvalidInput):
        invitations.invite_by_filter(mid, groups=["astronaut"])
    with pytest.raises(RecordNotFound):
        invitations.invite_by_filter(mid, organisation_ids=[str(uuid.uuid4())])


def test_invite_one_uninvite_role_and_cancelled_meeting(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    mid = geneva_meeting(meetings)
    pid = add_person(db, "Speaker Person")
    assert invitations.invite(mid, pid, "speaker") is True
    assert invitations.invite(mid, pid) is False
    assert invitations.invitees(mid)[0].role == "speaker"
    invitations.set_role(mid, pid, "organiser")
    assert invitations.invitees(mid)[0].role == "organiser"
    invitations.uninvite(mid, pid)
    assert invitations.invitee_count(mid) == 0
    with pytest.raises(RecordNotFound):
        invitations.uninvite(mid, pid)
    meetings.cancel(mid)
    with pytest.raises(InvalidInput, match="cancelled"):
        invitations.invite(mid, pid)


def test_bulk_rsvp_check_in_and_paging(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    mid = geneva_meeting(meetings)
    ids = [add_person(db, f"Person {i:03d}") for i in range(30)]
    invitations.invite_all_active(mid)
    assert invitations.set_status(mid, ids[:10], "accepted") == 10
    assert invitations.set_status(mid, ids[10:12], "declined") == 2
    assert invitations.set_status(mid, [str(uuid.uuid4())], "accepted") == 0
    accepted = invitations.invitees(mid, status="accepted", limit=100)
    assert len(accepted) == 10
    assert all(r.responded_at is not None for r in accepted)
    assert invitations.invitees(mid, status="invited")[0].responded_at is None
    row = invitations.check_in(mid, ids[0])
    assert row.status == "attended" and row.display_name == "Person 000"
    counts = invitations.invitation_counts(mid)
    assert (counts["accepted"], counts["declined"], counts["attended"]) == (9, 2, 1)
    page = invitations.invitees(mid, offset=10, limit=5)
    assert [r.display_name for r in page] == [f"Person {i:03d}" for i in range(10, 15)]
    assert invitations.invitee_count(mid, text="person 02") == 10
    with pytest.raises(InvalidInput):
        invitations.set_status(mid, ids[:1], "maybe")


def test_at_risk_invitees_are_shown_by_pseudonym_unless_revealed(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    _, opk = add_organisation(db, "Khartoum Women's Union")
    mid = geneva_meeting(meetings)
    hidden = add_person(
        db, "Amina Hidden", group="hrd", country="SD", risk="critical", organisation_pk=opk
    )
    add_person(db, "Aaron Visible")
    invitations.invite_all_active(mid)
    rows = invitations.invitees(mid)
    assert rows[0].display_name == "Aaron Visible"
    assert rows[1].hidden and rows[1].display_name.startswith("Defender-")
    assert rows[1].organisation == "" and "Amina" not in repr(rows[1])
    revealed = invitations.invitees(mid, reveal=True)
    assert {r.display_name for r in revealed} == {"Aaron Visible", "Amina Hidden"}
    # At the door, typing the real name finds them, still shown under the pseudonym.
    found = invitations.find_invitee(mid, "amina")
    assert [r.person_id for r in found] == [hidden] and found[0].hidden


def test_find_invitee_is_fast_with_500_invitees(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    mid = geneva_meeting(meetings)
    with db.transaction():
        for i in range(500):
            add_person(db, f"Participant Número {i:03d}")
    invitations.invite_all_active(mid)
    started = time.perf_counter()
    for _ in range(20):
        hits = invitations.find_invitee(mid, "numero 042")
    per_lookup = (time.perf_counter() - started) / 20
    assert [h.display_name for h in hits] == ["Participant Número 042"]
    assert per_lookup < 0.05
    assert invitations.find_invitee(mid, "   ") == []
    assert invitations.find_invitee(mid, "100%") == []


def test_attendance_history_organisation_and_stakeholder_mix(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    db = session.vault.db
    oid, opk = add_organisation(db, "Acme Mining")
    first = geneva_meeting(meetings)
    second = geneva_meeting(
        meetings, starts=datetime(2026, 12, 2, 10, 0), ends=datetime(2026, 12, 2, 12, 0)
    )
    alice = add_person(db, "Alice", organisation_pk=opk)
    bob = add_person(db, "Bob", organisation_pk=opk)
    hrd = add_person(db, "Defender", group="hrd")
    add_person(db, "Investor", group="investor")
    for mid in (first, second):
        invitations.invite_all_active(mid)
    invitations.set_status(first, [alice, hrd], "attended")
    invitations.set_status(first, [bob], "no_show")
    invitations.set_status(second, [alice], "declined")

    history = invitations.attendance_of_person(alice)
    assert [(h.meeting_id, h.status) for h in history] == [
        (second, "declined"),
        (first, "attended"),
    ]
    by_org = invitations.attendance_of_organisation(oid)
    assert [(o.meeting_id, o.attended) for o in by_org] == [(second, 0), (first, 1)]
    assert by_org[1].counts["no_show"] == 1

    mix = invitations.stakeholder_mix(first)
    assert mix["business"]["attended"] == 1 and mix["business"]["no_show"] == 1
    assert mix["hrd"]["attended"] == 1
    assert mix["investor"]["invited"] == 1
    assert sum(sum(c.values()) for c in mix.values()) == 4


# ---------------------------------------------------------------- drafts


def _recipients(data: bytes) -> dict[str, list[str]]:
    message = message_from_bytes(data, policy=policy.default)
    return {
        header: [addr for _, addr in getaddresses(message.get_all(header, []))]
        for header in ("To", "Cc", "Bcc")
    }


def _drafts_setup(session: VaultSession, meetings: MeetingService, **meeting: object) -> str:
    db = session.vault.db
    values: dict[str, object] = {"kind": "trends_and_insights", "focus_countries": ()}
    values.update(meeting)
    mid = geneva_meeting(meetings, **values)
    add_person(db, "Alice Example", email="alice@example.org")
    add_person(db, "Bruno Example", email="bruno@example.net")
    add_person(db, "Chloé Example", email="chloe@example.com")
    add_person(db, "No Mail Person")
    add_person(db, "Secret Defender", email="defender@example.org", group="hrd", risk="high")
    InvitationService(db, session.vault.audit).invite_all_active(mid)
    review = SafetyReviewService(db, session.vault.audit)
    review.record_assessment(mid, "One defender at high risk; reach them by Signal.")
    review.sign_off(mid, "Coordinator A")
    return mid


def test_per_invitee_drafts_reach_one_person_each(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    mid = _drafts_setup(session, meetings)
    batch = invitations.drafts(mid, mode="per_invitee", sender=("Coordinator", "coord@ngo.org"))
    assert len(batch.files) == 3
    assert [r.display_name for r in batch.without_email] == ["No Mail Person"]
    assert len(batch.held_back) == 1 and batch.held_back[0].display_name.startswith("Defender-")
    people = {
        "alice@example.org": "Alice Example",
        "bruno@example.net": "Bruno Example",
        "chloe@example.com": "Chloé Example",
    }
    seen = set()
    for name, data in batch.files:
        assert "@" not in name and "Example" not in name
        recipients = _recipients(data)
        assert len(recipients["To"]) == 1 and not recipients["Cc"] and not recipients["Bcc"]
        (mine,) = recipients["To"]
        seen.add(mine)
        body = message_from_bytes(data, policy=policy.default).get_body().get_content()
        assert "Chatham House Rule" in body and CHATHAM_HOUSE_TEXT in " ".join(body.split())
        for other, other_name in people.items():
            if other != mine:
                assert other.encode() not in data
                assert other_name not in data.decode("utf-8", "replace")
        assert b"defender@example.org" not in data and b"Secret Defender" not in data
    assert seen == set(people)


def test_bcc_draft_hides_every_address_from_the_others(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    mid = _drafts_setup(session, meetings, chatham_house=False)
    batch = invitations.drafts(mid, mode="bcc", sender="coord@ngo.org")
    ((_name, data),) = batch.files
    recipients = _recipients(data)
    assert recipients["To"] == ["coord@ngo.org"] and not recipients["Cc"]
    assert sorted(recipients["Bcc"]) == [
        "alice@example.org",
        "bruno@example.net",
        "chloe@example.com",
    ]
    text = data.decode("utf-8", "replace")
    assert "Example" not in text and "Chatham House" not in text


def test_at_risk_invitees_get_a_neutral_draft_only_when_asked(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService
) -> None:
    mid = _drafts_setup(session, meetings, focus_countries=("SD",), topic="Sudan")
    batch = invitations.drafts(mid, sender="coord@ngo.org", include_at_risk=True)
    assert batch.neutral == 1 and not batch.held_back
    neutral = [data for name, data in batch.files if name.startswith("neutral-")]
    assert len(neutral) == 1
    message = message_from_bytes(neutral[0], policy=policy.default)
    assert _recipients(neutral[0])["To"] == ["defender@example.org"]
    text = neutral[0].decode("utf-8", "replace")
    for word in ("Sudan", "Secret Defender", "Palais", "Deep Dive", "Alice"):
        assert word not in text
    assert "Business Network meeting" in str(message["Subject"])


def test_drafts_of_a_deep_dive_wait_for_the_safety_review(
    session: VaultSession, meetings: MeetingService, invitations: InvitationService, tmp_path: Path
) -> None:
    db = session.vault.db
    mid = geneva_meeting(meetings)
    add_person(db, "Alice Example", email="alice@example.org")
    invitations.invite_all_active(mid)
    with pytest.raises(SafetyReviewPending):
        invitations.drafts(mid, sender="coord@ngo.org")
    folder = tmp_path / "drafts"
    batch = invitations.write_drafts(
        mid, folder, sender="coord@ngo.org", override_reason="Host needs them today"
    )
    assert len(list(folder.iterdir())) == len(batch.files) == 1
    kinds = [e.kind for e in session.vault.audit.events(limit=2)]
    assert kinds == ["meeting.drafts_written", "meeting.safety_override"]


# ---------------------------------------------------------------- follow-ups


def test_followups_and_overdue_overview(session: VaultSession, meetings: MeetingService) -> None:
    db = session.vault.db
    oid, _ = add_organisation(db, "Acme Mining")
    mid = geneva_meeting(meetings)
    service = FollowUpService(db, session.vault.audit)
    late = service.add(
        mid, "Publish a human rights policy", organisation_id=oid, due_on=date(2026, 12, 1)
    )
    soon = service.add(mid, "Meet the defenders' network", due_on=date(2027, 2, 1))
    undated = service.add(mid, "Share lessons learned", owner="Coordinator")
    done = service.add(mid, "Send the summary", due_on=date(2026, 11, 30))
    service.set_status(done.id, "done")
    rows = service.open_followups(date(2027, 1, 10))
    assert [r.followup.id for r in rows] == [late.id, soon.id, undated.id]
    assert [r.overdue for r in rows] == [True, False, False]
    assert rows[0].followup.organisation == "Acme Mining" and rows[0].organisation_id == oid
    assert [r.followup.id for r in service.of_organisation(oid)] == [late.id]
    service.update(soon.id, due_on=None, status="in_progress")
    assert service.get(soon.id).followup.due_on is None
    assert len(service.of_meeting(mid)) == 4
    service.remove(undated.id)
    assert len(service.of_meeting(mid)) == 3
    with pytest.raises(InvalidInput):
        service.add(mid, "   ")
    with pytest.raises(InvalidInput):
        service.set_status(late.id, "forgotten")
    for event in session.vault.audit.events():
        assert "Acme" not in str(event.detail) and "policy" not in str(event.detail)
