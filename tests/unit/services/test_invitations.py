"""InvitationService: inviting, answers, check-in, masking, attendance, counts and drafts."""

from __future__ import annotations

import errno
import json
import os
import stat
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.utils import getaddresses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizhr_desktop.core.errors import (
    DiskFull,
    InvalidInput,
    OutputExists,
    RecordNotFound,
    SafetyReviewPending,
)
from bizhr_desktop.core.models import (
    InvitationStatus,
    Participation,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.services import invitations as invitations_module
from bizhr_desktop.services.invitations import InviteResult
from bizhr_desktop.services.meetings import MeetingInput, to_utc, utc_text
from bizhr_desktop.services.session import VaultSession
from bizhr_desktop.vault.files import TEMP_SUFFIX

CANARY = "Zanzibar-Canary Qwertyuiop"
CANARY_EMAIL = "zanzibar.canary@example.org"
CANARY_PHONE = "+41 22 917 1234"
CANARY_ORGANISATION = "Canary Holdings"
HIDDEN = "Amina Hidden-Defender"
HIDDEN_ORGANISATION = "Khartoum Women's Union"
SENDER = ("Coordinator", "coord@ngo.org")
STATUSES = [s.value for s in InvitationStatus]


def make(name: str, group: str = "business", risk: str = "low", **extra: object) -> Person:
    return Person(
        id=new_id(),
        full_name=name,
        stakeholder_group=StakeholderGroup(group),
        risk_level=RiskLevel(risk),
        **extra,  # type: ignore[arg-type]
    )


def add(
    session: VaultSession, name: str, group: str = "business", risk: str = "low", **extra: object
) -> str:
    return session.people.add(make(name, group, risk, **extra)).id


def meeting(session: VaultSession, **changes: object) -> str:
    """A trends-and-insights meeting in Geneva: no safety sign-off needed unless flagged."""
    values: dict[str, object] = {
        "title": "Trends and Insights 2026",
        "kind": "trends_and_insights",
        "starts": datetime(2026, 11, 25, 10, 0),
        "ends": datetime(2026, 11, 25, 13, 0),
        "time_zone": "Europe/Zurich",
        "format": "in_person",
        "venue": "Palais des Nations",
        "venue_country": "CH",
    }
    values.update(changes)
    return session.meetings.create(MeetingInput(**values)).id  # type: ignore[arg-type]


def organisation_id(session: VaultSession, name: str) -> str:
    (row,) = [o for o in session.organisations.list() if o.name == name]
    return row.id


def new_events(session: VaultSession, since: int) -> list[Any]:
    return session.audit.events(newest_first=False)[since:]


def event_count(session: VaultSession) -> int:
    return len(session.audit.events())


def statuses_by_person(session: VaultSession, mid: str) -> dict[str, str]:
    return {r.person_id: r.status for r in session.invitations.invitees(mid, limit=10_000)}


def recipients(data: bytes) -> dict[str, list[str]]:
    message = message_from_bytes(data, policy=policy.default)
    return {
        header: [address for _, address in getaddresses(message.get_all(header, []))]
        for header in ("To", "Cc", "Bcc")
    }


def sign_off(session: VaultSession, mid: str) -> None:
    session.safety.record_assessment(mid, "Reviewed: at-risk invitees reached by Signal.")
    session.safety.sign_off(mid, "Coordinator A")


class Clock:
    """A clock moved by hand: responded_at is stored to the second, so a test that tells
    two answers apart needs time to pass without sleeping."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def text(self) -> str:
        return utc_text(self.now)

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(invitations_module, "now_text", clock.text)
    return clock


# ---------------------------------------------------------------- inviting


def test_invite_all_active_counts_added_and_already_and_keeps_answers(
    session: VaultSession,
) -> None:
    mid = meeting(session)
    alice, bruno, chloe = (add(session, n) for n in ("Alice", "Bruno", "Chloé"))
    paused = add(session, "Paused Person", participation=Participation.PAUSED)
    left = add(session, "Left Person", participation=Participation.LEFT)

    assert session.invitations.invite_all_active(mid) == InviteResult(added=3, already=0)
    session.invitations.set_status(mid, [alice], "accepted")
    session.invitations.set_role(mid, alice, "speaker")
    dmitri = add(session, "Dmitri")

    again = session.invitations.invite_all_active(mid)
    assert again == InviteResult(added=1, already=3) and again.chosen == 4
    assert session.invitations.invite_all_active(mid) == InviteResult(added=0, already=4)
    rows = {r.person_id: r for r in session.invitations.invitees(mid)}
    assert set(rows) == {alice, bruno, chloe, dmitri}
    assert paused not in rows and left not in rows
    assert (rows[alice].status, rows[alice].role) == ("accepted", "speaker")
    assert session.invitations.invitee_count(mid) == 4


def test_invite_one_person_of_any_participation_only_once(session: VaultSession) -> None:
    mid = meeting(session)
    paused = add(session, "Paused Person", participation=Participation.PAUSED)
    assert session.invitations.invite(mid, paused, "speaker") is True
    assert session.invitations.invite(mid, paused) is False
    assert session.invitations.invite_all_active(mid) == InviteResult(added=0, already=0)
    (row,) = session.invitations.invitees(mid)
    assert (row.person_id, row.role, row.status) == (paused, "speaker", "invited")


def test_invite_by_filter_needs_every_criterion_and_skips_inactive_unless_asked(
    session: VaultSession,
) -> None:
    mid = meeting(session)
    kenyan_business = add(session, "Kenyan Business", country="KE", organisation="Acme Mining")
    kenyan_investor = add(session, "Kenyan Investor", "investor", country="Kenya")
    add(session, "Kenyan Defender", "hrd", country="KE", organisation="Acme Mining")
    add(session, "Ugandan Business", country="UG", organisation="Acme Mining")
    kenyan_paused = add(session, "Paused Kenyan", country="KE", participation="paused")
    acme = organisation_id(session, "Acme Mining")

    result = session.invitations.invite_by_filter(
        mid, groups=["business", StakeholderGroup.INVESTOR], countries=["Kenya"]
    )
    assert result == InviteResult(added=2, already=0)
    assert set(statuses_by_person(session, mid)) == {kenyan_business, kenyan_investor}

    # Business AND Kenya AND Acme: only the one already invited.
    result = session.invitations.invite_by_filter(
        mid, groups=["business"], countries=["KE"], organisation_ids=[acme]
    )
    assert result == InviteResult(added=0, already=1)

    result = session.invitations.invite_by_filter(
        mid, groups=["business"], countries=["KE"], include_inactive=True
    )
    assert result == InviteResult(added=1, already=1)
    assert kenyan_paused in statuses_by_person(session, mid)


@pytest.mark.parametrize(
    ("criteria", "error", "message"),
    [
        ({}, InvalidInput, "Choose at least one stakeholder group, country or organisation"),
        ({"include_inactive": True}, InvalidInput, "Choose at least one"),
        ({"groups": ["lobbyist"]}, InvalidInput, "A stakeholder group is one of business,"),
        ({"organisation_ids": ["not-an-id"]}, RecordNotFound, "organisations chosen is not in"),
    ],
)
def test_invite_by_filter_refuses_what_it_cannot_apply(
    session: VaultSession, criteria: dict[str, Any], error: type[Exception], message: str
) -> None:
    mid = meeting(session)
    add(session, "Alice", country="KE", organisation="Acme Mining")
    before = event_count(session)
    with pytest.raises(error, match=message):
        session.invitations.invite_by_filter(mid, **criteria)
    assert session.invitations.invitee_count(mid) == 0
    assert event_count(session) == before


def test_a_cancelled_meeting_takes_no_new_invitations_but_keeps_its_own(
    session: VaultSession,
) -> None:
    mid = meeting(session)
    alice = add(session, "Alice")
    session.invitations.invite(mid, alice)
    bruno = add(session, "Bruno")
    session.meetings.cancel(mid)
    for attempt in (
        lambda: session.invitations.invite(mid, bruno),
        lambda: session.invitations.invite_all_active(mid),
        lambda: session.invitations.invite_by_filter(mid, groups=["business"]),
    ):
        with pytest.raises(InvalidInput, match="cancelled"):
            attempt()
    assert list(statuses_by_person(session, mid)) == [alice]


def test_an_erased_person_leaves_every_list_and_cannot_be_invited_again(
    session: VaultSession,
) -> None:
    mid = meeting(session)
    alice = add(session, "Alice")
    erased = add(session, "Erased Person")
    session.invitations.invite_all_active(mid)
    session.invitations.set_status(mid, [alice, erased], "attended")
    session.people.erase(erased)

    assert list(statuses_by_person(session, mid)) == [alice]
    assert session.invitations.invitation_counts(mid)["attended"] == 1
    assert session.invitations.stakeholder_mix(mid)["business"]["attended"] == 1
    assert session.invitations.invite_all_active(mid) == InviteResult(added=0, already=1)
    with pytest.raises(RecordNotFound):
        session.invitations.invite(mid, erased)
    with pytest.raises(RecordNotFound):
        session.invitations.attendance_of_person(erased)


Operation = Callable[[VaultSession, str, str], object]
MEETING_OPERATIONS: dict[str, Operation] = {
    "invite": lambda s, m, p: s.invitations.invite(m, p),
    "invite_all_active": lambda s, m, p: s.invitations.invite_all_active(m),
    "invite_by_filter": lambda s, m, p: s.invitations.invite_by_filter(m, groups=["business"]),
    "uninvite": lambda s, m, p: s.invitations.uninvite(m, p),
    "set_status": lambda s, m, p: s.invitations.set_status(m, [p], "accepted"),
    "set_role": lambda s, m, p: s.invitations.set_role(m, p, "speaker"),
    "check_in": lambda s, m, p: s.invitations.check_in(m, p),
    "invitees": lambda s, m, p: s.invitations.invitees(m),
    "invitee_count": lambda s, m, p: s.invitations.invitee_count(m),
    "find_invitee": lambda s, m, p: s.invitations.find_invitee(m, "alice"),
    "invitation_counts": lambda s, m, p: s.invitations.invitation_counts(m),
    "stakeholder_mix": lambda s, m, p: s.invitations.stakeholder_mix(m),
    "drafts": lambda s, m, p: s.invitations.drafts(m, sender=SENDER),
}
PERSON_OPERATIONS = ("invite", "uninvite", "set_role", "check_in")


@pytest.mark.parametrize("name", sorted(MEETING_OPERATIONS))
def test_an_unknown_meeting_is_record_not_found(session: VaultSession, name: str) -> None:
    alice = add(session, "Alice", email="alice@example.org")
    with pytest.raises(RecordNotFound, match="There is no meeting with that id in this vault"):
        MEETING_OPERATIONS[name](session, new_id(), alice)


@pytest.mark.parametrize("name", PERSON_OPERATIONS)
def test_an_unknown_person_is_record_not_found(session: VaultSession, name: str) -> None:
    mid = meeting(session)
    with pytest.raises(RecordNotFound, match="There is no person with that id in this vault"):
        MEETING_OPERATIONS[name](session, mid, new_id())
    assert session.invitations.invitee_count(mid) == 0


def test_unknown_organisation_is_record_not_found(session: VaultSession) -> None:
    with pytest.raises(RecordNotFound, match="no organisation with that id"):
        session.invitations.attendance_of_organisation(new_id())


def test_unknown_role_or_status_names_the_allowed_values(session: VaultSession) -> None:
    mid = meeting(session)
    alice = add(session, "Alice")
    with pytest.raises(InvalidInput, match="role is one of participant, speaker, organiser"):
        session.invitations.invite(mid, alice, "keynote")
    assert session.invitations.invitee_count(mid) == 0
    session.invitations.invite(mid, alice)
    with pytest.raises(InvalidInput, match="status is one of invited, accepted, declined"):
        session.invitations.set_status(mid, [alice], "maybe")
    with pytest.raises(InvalidInput, match="role is one of"):
        session.invitations.set_role(mid, alice, "chair")
    with pytest.raises(InvalidInput, match="status is one of"):
        session.invitations.invitees(mid, status="maybe")
    (row,) = session.invitations.invitees(mid)
    assert (row.status, row.role) == ("invited", "participant")


# ---------------------------------------------------------------- answers and check-in


def test_an_answer_sets_responded_at_and_going_back_to_invited_clears_it(
    session: VaultSession, clock: Clock
) -> None:
    mid = meeting(session)
    alice, bruno = add(session, "Alice"), add(session, "Bruno")
    session.invitations.invite_all_active(mid)
    assert all(r.responded_at is None for r in session.invitations.invitees(mid))

    answered = clock.advance(hours=1)
    assert session.invitations.set_status(mid, [alice, bruno], "tentative") == 2
    clock.advance(hours=1)
    session.invitations.set_status(mid, [bruno], "invited")
    rows = {r.person_id: r for r in session.invitations.invitees(mid)}
    assert (rows[alice].status, rows[alice].responded_at) == ("tentative", answered)
    assert (rows[bruno].status, rows[bruno].responded_at) == ("invited", None)

    changed = clock.advance(hours=1)
    session.invitations.set_status(mid, [alice], "declined")
    assert session.invitations.find_invitee(mid, "alice")[0].responded_at == changed


def test_set_status_counts_only_the_invitations_it_changed(session: VaultSession) -> None:
    mid = meeting(session)
    alice, bruno = add(session, "Alice"), add(session, "Bruno")
    outsider = add(session, "Not Invited", participation="paused")
    session.invitations.invite_all_active(mid)
    changed = session.invitations.set_status(
        mid, [alice, alice, bruno, outsider, new_id()], InvitationStatus.ACCEPTED
    )
    assert changed == 2
    assert statuses_by_person(session, mid) == {alice: "accepted", bruno: "accepted"}
    assert session.invitations.set_status(mid, [], "declined") == 0


def test_set_role_changes_that_invitation_only(session: VaultSession) -> None:
    first, second = meeting(session), meeting(session, title="Second")
    alice, bruno = add(session, "Alice"), add(session, "Bruno")
    outsider = add(session, "Not Invited", participation="left")
    for mid in (first, second):
        session.invitations.invite_all_active(mid)
    session.invitations.set_role(first, alice, "organiser")
    roles = {(r.person_id, r.role) for r in session.invitations.invitees(first)}
    assert roles == {(alice, "organiser"), (bruno, "participant")}
    assert {r.role for r in session.invitations.invitees(second)} == {"participant"}
    with pytest.raises(RecordNotFound, match="not invited to this meeting"):
        session.invitations.set_role(first, outsider, "speaker")


def test_uninvite_removes_the_invitation_and_a_second_time_is_not_found(
    session: VaultSession,
) -> None:
    mid = meeting(session)
    alice, bruno = add(session, "Alice"), add(session, "Bruno")
    session.invitations.invite_all_active(mid)
    session.invitations.set_status(mid, [alice], "accepted")
    session.invitations.uninvite(mid, alice)
    assert list(statuses_by_person(session, mid)) == [bruno]
    assert session.invitations.invitation_counts(mid)["accepted"] == 0
    with pytest.raises(RecordNotFound, match="not invited to this meeting"):
        session.invitations.uninvite(mid, alice)
    # Invited again, they start over: no answer kept from before.
    assert session.invitations.invite(mid, alice) is True
    assert statuses_by_person(session, mid)[alice] == "invited"


def test_check_in_marks_attended_and_keeps_when_they_first_answered(
    session: VaultSession, clock: Clock
) -> None:
    mid = meeting(session)
    alice, bruno = add(session, "Alice"), add(session, "Bruno")
    session.invitations.invite_all_active(mid)
    accepted_at = clock.advance(days=1)
    session.invitations.set_status(mid, [alice], "accepted")

    at_the_door = clock.advance(days=5)
    row = session.invitations.check_in(mid, alice)
    assert (row.person_id, row.display_name, row.status) == (alice, "Alice", "attended")
    assert row.responded_at == accepted_at
    # Someone who never answered gets the check-in time as their answer.
    assert session.invitations.check_in(mid, bruno).responded_at == at_the_door

    clock.advance(minutes=10)
    twice = session.invitations.check_in(mid, alice)
    assert (twice.status, twice.responded_at) == ("attended", accepted_at)
    counts = session.invitations.invitation_counts(mid)
    assert (counts["attended"], counts["accepted"], counts["invited"]) == (2, 0, 0)


def test_check_in_of_someone_not_invited_is_refused_and_invites_nobody(
    session: VaultSession,
) -> None:
    mid = meeting(session)
    add(session, "Alice")
    walk_in = add(session, "Walk-in Person", participation="paused")
    session.invitations.invite_all_active(mid)
    before = event_count(session)
    with pytest.raises(RecordNotFound, match="That person is not invited to this meeting"):
        session.invitations.check_in(mid, walk_in)
    assert walk_in not in statuses_by_person(session, mid)
    assert session.invitations.invitation_counts(mid)["attended"] == 0
    assert event_count(session) == before


def test_check_in_shows_an_at_risk_person_by_pseudonym(session: VaultSession) -> None:
    mid = meeting(session)
    hidden = session.people.add(make(HIDDEN, "hrd", "critical", organisation=HIDDEN_ORGANISATION))
    session.invitations.invite(mid, hidden.id)
    row = session.invitations.check_in(mid, hidden.id)
    assert row.hidden and row.display_name == hidden.pseudonym
    assert row.organisation == "" and "Amina" not in repr(row) and "Khartoum" not in repr(row)


# ---------------------------------------------------------------- audit


def _personal_data_in(events: list[Any]) -> list[str]:
    needles = [
        *CANARY.lower().split(),
        "zanzibar",
        "qwertyuiop",
        CANARY_EMAIL,
        "9171234",
        CANARY_ORGANISATION.lower(),
        "kestrel",
    ]
    text = json.dumps([e.detail for e in events], ensure_ascii=False).lower()
    return [needle for needle in needles if needle in text]


def test_every_change_is_audited_by_count_with_no_personal_data(
    session: VaultSession, tmp_path: Path
) -> None:
    mid = meeting(session)
    canary = add(session, CANARY, email=CANARY_EMAIL, phone=CANARY_PHONE,
                 organisation=CANARY_ORGANISATION)  # fmt: skip
    hidden = add(session, "Kestrel Second", "hrd", "high", pseudonym="Kestrel",
                 email="kestrel@example.org")  # fmt: skip
    add(session, "Other Person", "investor", email="other@example.org")
    org = organisation_id(session, CANARY_ORGANISATION)
    start = event_count(session)

    steps: list[tuple[str, Callable[[], object]]] = [
        ("meeting.invited", lambda: session.invitations.invite(mid, canary)),
        ("meeting.invited", lambda: session.invitations.invite_all_active(mid)),
        ("meeting.rsvp", lambda: session.invitations.set_status(mid, [canary, hidden], "accepted")),
        ("meeting.checked_in", lambda: session.invitations.check_in(mid, canary)),
        ("meeting.checked_in", lambda: session.invitations.check_in(mid, hidden)),
        ("meeting.uninvited", lambda: session.invitations.uninvite(mid, canary)),
        ("meeting.invited",
         lambda: session.invitations.invite_by_filter(mid, organisation_ids=[org])),
        ("meeting.rsvp", lambda: session.invitations.set_status(mid, [canary], "invited")),
    ]  # fmt: skip
    for kind, step in steps:
        seen = event_count(session)
        step()
        (event,) = new_events(session, seen)
        assert event.kind == kind
        assert event.detail["meeting"] == mid
    sign_off(session, mid)  # the invitee list is final: the review can be signed off
    seen = event_count(session)
    session.invitations.write_drafts(mid, tmp_path / "drafts", sender=SENDER, include_at_risk=True)
    (written,) = new_events(session, seen)
    assert written.kind == "meeting.drafts_written" and written.detail["drafts"] == 2
    events = new_events(session, start)
    assert _personal_data_in(events) == []
    # Counts, not people: the filter invited the canary back as one addition.
    assert events[6].detail["added"] == 1 and events[6].detail["already"] == 0
    assert events[2].detail["count"] == 2


def test_reading_is_not_audited(session: VaultSession) -> None:
    mid = meeting(session)
    alice = add(session, "Alice")
    session.invitations.invite(mid, alice)
    before = event_count(session)
    session.invitations.invitees(mid)
    session.invitations.find_invitee(mid, "ali")
    session.invitations.invitation_counts(mid)
    session.invitations.stakeholder_mix(mid)
    session.invitations.attendance_of_person(alice)
    assert event_count(session) == before


def test_a_role_change_is_audited_without_personal_data(session: VaultSession) -> None:
    mid = meeting(session)
    canary = add(session, CANARY, email=CANARY_EMAIL)
    session.invitations.invite(mid, canary)
    seen = event_count(session)
    session.invitations.set_role(mid, canary, "speaker")
    events = new_events(session, seen)
    assert len(events) == 1, "set_role left no audit entry"
    (event,) = events
    assert event.detail["meeting"] == mid
    assert _personal_data_in([event]) == []


# ---------------------------------------------------------------- counts


def test_every_count_of_one_meeting_tells_the_same_story(session: VaultSession) -> None:
    """One definition of each status: attended is its own status (never also accepted),
    and every view of the meeting counts it the same way."""
    mid = meeting(session)
    other = meeting(session, title="Another meeting")
    people = {
        "accepted": [add(session, "Acc One", organisation="Acme"),
                     add(session, "Acc Two", "investor")],
        "attended": [add(session, "Att One", organisation="Acme"),
                     add(session, "Att Two", "hrd", "critical", organisation="Acme")],
        "declined": [add(session, "Dec One", "civil_society")],
        "no_show": [add(session, "No Show", "hrd", organisation="Acme")],
        "invited": [add(session, "Inv One", "government")],
    }  # fmt: skip
    session.invitations.invite_all_active(mid)
    session.invitations.invite_all_active(other)
    session.invitations.set_status(other, people["invited"], "attended")
    session.invitations.set_status(mid, people["accepted"] + people["attended"], "accepted")
    session.invitations.check_in(mid, people["attended"][0])
    session.invitations.set_status(mid, people["attended"][1:], "attended")
    session.invitations.set_status(mid, people["declined"], "declined")
    session.invitations.set_status(mid, people["no_show"], "no_show")

    counts = session.invitations.invitation_counts(mid)
    expected = Counter({s: len(people.get(s, [])) for s in STATUSES})
    assert counts == dict(expected)
    assert list(counts) == STATUSES
    mix = session.invitations.stakeholder_mix(mid)
    assert set(mix) == {"business", "investor", "hrd", "civil_society", "government"}
    for status in STATUSES:
        rows = session.invitations.invitees(mid, status=status)
        assert {r.person_id for r in rows} == set(people.get(status, []))
        assert session.invitations.invitee_count(mid, status=status) == counts[status]
        assert sum(by_status[status] for by_status in mix.values()) == counts[status]
    assert session.invitations.invitee_count(mid) == sum(counts.values()) == 7
    assert len(session.invitations.invitees(mid)) == 7

    acme = organisation_id(session, "Acme")
    (acme_here,) = [
        a for a in session.invitations.attendance_of_organisation(acme) if a.meeting_id == mid
    ]
    assert acme_here.attended == 2 and acme_here.counts["accepted"] == 1
    assert acme_here.counts["no_show"] == 1 and sum(acme_here.counts.values()) == 4
    for status, ids in people.items():
        for pid in ids:
            (here,) = [
                a for a in session.invitations.attendance_of_person(pid) if a.meeting_id == mid
            ]
            assert here.status == status


def test_a_meeting_with_nobody_invited_counts_zero_of_every_status(
    session: VaultSession,
) -> None:
    mid = meeting(session)
    assert session.invitations.invitation_counts(mid) == dict.fromkeys(STATUSES, 0)
    assert session.invitations.stakeholder_mix(mid) == {}
    assert session.invitations.invitees(mid) == []


def test_text_search_paging_and_count_agree(session: VaultSession) -> None:
    mid = meeting(session)
    for i in range(12):
        add(session, f"Participant Número {i:02d}")
    add(session, "Someone Else")
    session.invitations.invite_all_active(mid)
    assert session.invitations.invitee_count(mid, text="numero") == 12
    first = session.invitations.invitees(mid, text="NÚMERO", limit=5)
    rest = session.invitations.invitees(mid, text="numero", offset=5, limit=50)
    names = [r.display_name for r in first + rest]
    assert names == [f"Participant Número {i:02d}" for i in range(12)]
    assert session.invitations.invitee_count(mid, text="numero 1", status="invited") == 2
    assert session.invitations.invitee_count(mid, text="numero", status="accepted") == 0
    assert session.invitations.invitee_count(mid, text="50%_") == 0


# ---------------------------------------------------------------- masking


@pytest.mark.parametrize(
    ("risk", "hidden"), [("low", False), ("medium", False), ("high", True), ("critical", True)]
)
def test_high_and_critical_risk_invitees_are_listed_by_pseudonym_only(
    session: VaultSession, risk: str, hidden: bool
) -> None:
    mid = meeting(session)
    person = session.people.add(make(HIDDEN, "hrd", risk, organisation=HIDDEN_ORGANISATION))
    session.invitations.invite(mid, person.id)

    (row,) = session.invitations.invitees(mid)
    assert row.hidden is hidden
    if hidden:
        assert row.display_name == person.pseudonym and row.display_name.startswith("Defender-")
        assert row.organisation == ""
        assert "Amina" not in repr(row) and "Khartoum" not in repr(row)
    else:
        assert (row.display_name, row.organisation) == (HIDDEN, HIDDEN_ORGANISATION)
    (revealed,) = session.invitations.invitees(mid, reveal=True)
    assert not revealed.hidden
    assert (revealed.display_name, revealed.organisation) == (HIDDEN, HIDDEN_ORGANISATION)


def test_hidden_invitees_come_last_in_an_order_unrelated_to_their_names(
    session: VaultSession,
) -> None:
    mid = meeting(session)
    visible = [add(session, name) for name in ("Zoe Visible", "Adam Visible")]
    hidden = [add(session, name, "hrd", "high") for name in ("Aaron", "Mira", "Zack", "Bea")]
    session.invitations.invite_all_active(mid)
    rows = session.invitations.invitees(mid)
    assert [r.display_name for r in rows[:2]] == ["Adam Visible", "Zoe Visible"]
    assert {r.person_id for r in rows[:2]} == set(visible)
    assert all(r.hidden for r in rows[2:])
    assert [r.person_id for r in rows[2:]] == sorted(hidden)
    assert [r.person_id for r in session.invitations.invitees(mid, offset=2, limit=2)] == (
        sorted(hidden)[:2]
    )


def test_finding_a_hidden_invitee_by_part_of_their_name_keeps_them_masked(
    session: VaultSession,
) -> None:
    """The check-in desk may type a real name (the code promises the match), but the row
    found is the pseudonym's, and nothing but name and pseudonym is searched."""
    mid = meeting(session)
    hidden = session.people.add(
        make(HIDDEN, "hrd", "critical", organisation=HIDDEN_ORGANISATION, email="amina@x.org")
    )
    add(session, "Amir Visible")
    session.invitations.invite_all_active(mid)

    found = session.invitations.find_invitee(mid, "hidden-def")
    assert [r.person_id for r in found] == [hidden.id]
    (row,) = found
    assert row.hidden and row.display_name == hidden.pseudonym and row.organisation == ""
    for word in ("Amina", "Hidden", "Khartoum", "amina@"):
        assert word not in repr(row)

    assert [r.display_name for r in session.invitations.find_invitee(mid, "ami")] == [
        "Amir Visible",
        hidden.pseudonym,
    ]
    assert session.invitations.find_invitee(mid, hidden.pseudonym[-4:])[0].person_id == hidden.id
    assert session.invitations.find_invitee(mid, "Khartoum") == []
    assert session.invitations.find_invitee(mid, "amina@x.org") == []
    assert session.invitations.find_invitee(mid, "  ") == []
    (shown,) = session.invitations.find_invitee(mid, "amina", reveal=True)
    assert (shown.display_name, shown.hidden) == (HIDDEN, False)


# ---------------------------------------------------------------- attendance


def test_attendance_of_a_person_lists_each_meeting_newest_first(session: VaultSession) -> None:
    old = meeting(
        session,
        title="Deep Dive: Mining",
        kind="deep_dive",
        starts=datetime(2025, 3, 4, 9, 0),
        ends=datetime(2025, 3, 4, 12, 0),
    )
    newer = meeting(
        session,
        title="Forum side event",
        time_zone="America/New_York",
        starts=datetime(2025, 9, 22, 14, 0),
        ends=datetime(2025, 9, 22, 16, 0),
    )
    future = meeting(session, title="Next year")
    meeting(session, title="Not invited")
    alice = add(session, "Alice")
    for mid in (future, old, newer):
        session.invitations.invite(mid, alice)
    session.invitations.set_status(old, [alice], "attended")
    session.invitations.set_status(newer, [alice], "no_show")
    session.invitations.set_role(old, alice, "speaker")

    history = session.invitations.attendance_of_person(alice)
    assert [(h.meeting_id, h.status, h.role) for h in history] == [
        (future, "invited", "participant"),
        (newer, "no_show", "participant"),
        (old, "attended", "speaker"),
    ]
    assert history[1].title == "Forum side event" and history[1].time_zone == "America/New_York"
    assert history[1].starts_at == to_utc(datetime(2025, 9, 22, 14, 0), "America/New_York")
    assert history[2].kind == "deep_dive"
    assert session.invitations.attendance_of_person(add(session, "Nobody")) == []


def test_attendance_of_an_organisation_can_leave_out_its_at_risk_people(
    session: VaultSession,
) -> None:
    first = meeting(session, starts=datetime(2025, 5, 1, 10), ends=datetime(2025, 5, 1, 12))
    only_hidden = meeting(session, starts=datetime(2025, 6, 1, 10), ends=datetime(2025, 6, 1, 12))
    latest = meeting(session, starts=datetime(2025, 7, 1, 10), ends=datetime(2025, 7, 1, 12))
    alice = add(session, "Alice", organisation="Acme Mining")
    bruno = add(session, "Bruno", organisation="Acme Mining")
    hidden = add(session, HIDDEN, "hrd", "high", organisation="Acme Mining")
    add(session, "Elsewhere", organisation="Other Org")
    session.invitations.invite(first, alice)
    session.invitations.invite(first, hidden)
    session.invitations.invite(only_hidden, hidden)
    session.invitations.invite(latest, bruno)
    session.invitations.set_status(first, [alice, hidden], "attended")
    session.invitations.set_status(only_hidden, [hidden], "attended")
    session.invitations.set_status(latest, [bruno], "declined")
    acme = organisation_id(session, "Acme Mining")

    everyone = session.invitations.attendance_of_organisation(acme)
    assert [(a.meeting_id, a.attended) for a in everyone] == [
        (latest, 0),
        (only_hidden, 1),
        (first, 2),
    ]
    assert everyone[0].counts == {**dict.fromkeys(STATUSES, 0), "declined": 1}

    masked = session.invitations.attendance_of_organisation(acme, include_at_risk=False)
    assert [(a.meeting_id, a.attended) for a in masked] == [(latest, 0), (first, 1)]
    assert all(sum(a.counts.values()) == 1 for a in masked)


# ---------------------------------------------------------------- drafts


def drafts_setup(session: VaultSession, **changes: object) -> str:
    mid = meeting(session, **changes)
    add(session, "Alice Example", email="alice@example.org")
    add(session, "Bruno Example", email="bruno@example.net")
    add(session, "Chloé Example", email="chloe@example.com")
    add(session, "No Mail Person")
    add(session, "Unusable Mail", email="josé@exämple.org")
    add(session, HIDDEN, "hrd", "high", email="defender@example.org")
    session.invitations.invite_all_active(mid)
    return mid


REGULAR = ["alice@example.org", "bruno@example.net", "chloe@example.com"]


def test_drafts_wait_for_a_pending_safety_review_unless_a_reason_is_given(
    session: VaultSession,
) -> None:
    mid = drafts_setup(session, kind="deep_dive", title="Deep Dive: Sudan")
    before = event_count(session)
    for reason in (None, "", "   "):
        with pytest.raises(SafetyReviewPending, match="safety review is not signed off"):
            session.invitations.drafts(mid, sender=SENDER, override_reason=reason)
    assert event_count(session) == before and session.safety.overrides(mid) == []

    batch = session.invitations.drafts(mid, sender=SENDER, override_reason="Host needs it")
    assert len(batch.files) == 3
    (override,) = session.safety.overrides(mid)
    assert (override.purpose, override.reason) == ("invitation drafts", "Host needs it")
    (event,) = new_events(session, before)
    assert event.kind == "meeting.safety_override" and "Host" not in json.dumps(event.detail)

    sign_off(session, mid)
    assert len(session.invitations.drafts(mid, sender=SENDER).files) == 3
    assert len(session.safety.overrides(mid)) == 1


def test_an_at_risk_invitee_in_any_meeting_holds_drafts_until_signed_off(
    session: VaultSession,
) -> None:
    mid = drafts_setup(session)  # trends and insights, but a high-risk defender is invited
    with pytest.raises(SafetyReviewPending):
        session.invitations.drafts(mid, sender=SENDER)
    sign_off(session, mid)
    assert session.invitations.drafts(mid, sender=SENDER).files


def test_at_risk_invitees_are_held_back_unless_included_then_get_a_neutral_draft(
    session: VaultSession,
) -> None:
    mid = drafts_setup(session, topic="Civic space", focus_countries=("SD",))
    sign_off(session, mid)

    batch = session.invitations.drafts(mid, sender=SENDER)
    assert batch.neutral == 0
    (held,) = batch.held_back
    assert held.hidden and held.display_name.startswith("Defender-")
    assert [r.display_name for r in batch.without_email] == ["No Mail Person"]
    assert [r.display_name for r in batch.unusable_email] == ["Unusable Mail"]
    assert all(b"defender@example.org" not in data for _, data in batch.files)
    addressed = sorted(a for _, data in batch.files for a in recipients(data)["To"])
    assert addressed == sorted(REGULAR)

    included = session.invitations.drafts(mid, sender=SENDER, include_at_risk=True)
    assert included.neutral == 1 and included.held_back == []
    (neutral,) = [data for name, data in included.files if name.startswith("neutral-")]
    assert recipients(neutral)["To"] == ["defender@example.org"]
    text = neutral.decode("utf-8", "replace")
    for word in ("Amina", "Hidden", "Trends and Insights", "Civic space", "Sudan", "Palais"):
        assert word not in text


def test_bcc_mode_puts_every_address_in_bcc_and_none_in_to(session: VaultSession) -> None:
    mid = drafts_setup(session)
    sign_off(session, mid)
    batch = session.invitations.drafts(mid, mode="bcc", sender=SENDER, include_at_risk=True)
    assert [name for name, _ in batch.files] == [
        "invitation-bcc.eml",
        "invitation-bcc-neutral.eml",
    ]
    regular, neutral = (recipients(data) for _, data in batch.files)
    assert regular["To"] == ["coord@ngo.org"] and neutral["To"] == ["coord@ngo.org"]
    assert regular["Cc"] == [] and neutral["Cc"] == []
    assert sorted(regular["Bcc"]) == sorted(REGULAR)
    assert neutral["Bcc"] == ["defender@example.org"]
    for _, data in batch.files:
        assert "Example" not in data.decode("utf-8", "replace")


def test_drafts_go_to_the_statuses_asked_for(session: VaultSession) -> None:
    mid = meeting(session)
    ids = {
        status: add(session, f"Person {status}", email=f"{status}@example.org")
        for status in STATUSES
    }
    session.invitations.invite_all_active(mid)
    for status, pid in ids.items():
        session.invitations.set_status(mid, [pid], status)

    def addressed(**kwargs: Any) -> list[str]:
        batch = session.invitations.drafts(mid, mode="bcc", sender=SENDER, **kwargs)
        return sorted(a.split("@")[0] for _, data in batch.files for a in recipients(data)["Bcc"])

    assert addressed() == ["accepted", "invited", "tentative"]
    assert addressed(statuses=["attended", InvitationStatus.NO_SHOW]) == ["attended", "no_show"]
    with pytest.raises(InvalidInput, match="status is one of"):
        addressed(statuses=["maybe"])


def test_drafts_for_nobody_reachable_are_refused_with_counts(session: VaultSession) -> None:
    mid = meeting(session)
    add(session, "No Mail Person")
    add(session, "Unusable Mail", email="josé@exämple.org")
    add(session, HIDDEN, "hrd", "critical", email="defender@example.org")
    session.invitations.invite_all_active(mid)
    sign_off(session, mid)
    with pytest.raises(InvalidInput) as caught:
        session.invitations.drafts(mid, sender=SENDER)
    assert caught.value.params == {"without_email": 1, "unusable_email": 1, "held_back": 1}
    assert "defender" not in caught.value.message and "Amina" not in caught.value.message
    with pytest.raises(InvalidInput, match="one per invitee or as one Bcc draft"):
        session.invitations.drafts(mid, mode="cc", sender=SENDER)  # type: ignore[arg-type]


def test_write_drafts_writes_owner_only_files_inside_the_chosen_folder(
    session: VaultSession, tmp_path: Path
) -> None:
    mid = drafts_setup(session)
    sign_off(session, mid)
    out = tmp_path / "out"
    folder = out / "drafts" / "deep"
    batch = session.invitations.write_drafts(mid, folder, sender=SENDER, include_at_risk=True)
    assert len(batch.files) == 4
    written = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert written == dict(batch.files)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == sorted(
        ["drafts", "drafts/deep", *(f"drafts/deep/{name}" for name in written)]
    )
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE((folder / name).stat().st_mode) for name in written} == {0o600}
    for name in written:
        assert "@" not in name and "Example" not in name
    (event,) = new_events(session, event_count(session) - 1)
    assert event.kind == "meeting.drafts_written"
    assert {k: event.detail[k] for k in ("drafts", "without_email", "held_back", "neutral")} == {
        "drafts": 4,
        "without_email": 2,
        "held_back": 0,
        "neutral": 1,
    }


def test_write_drafts_refuses_an_existing_file_before_writing_any(
    session: VaultSession, tmp_path: Path
) -> None:
    mid = drafts_setup(session)
    sign_off(session, mid)
    folder = tmp_path / "drafts"
    first = session.invitations.write_drafts(mid, folder, sender=SENDER)
    names = sorted(name for name, _ in first.files)
    (folder / names[0]).unlink()
    (folder / names[2]).write_bytes(b"edited by hand")
    before = event_count(session)

    with pytest.raises(OutputExists):
        session.invitations.write_drafts(mid, folder, sender=SENDER)
    assert sorted(p.name for p in folder.iterdir()) == names[1:]
    assert (folder / names[2]).read_bytes() == b"edited by hand"
    assert event_count(session) == before

    session.invitations.write_drafts(mid, folder, sender=SENDER, overwrite=True)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == dict(first.files)


def _disk_full_on_second_draft(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second draft file opened for writing takes half its bytes, then the disk is full."""
    real_fdopen = os.fdopen
    opened = 0

    class HalfFull:
        def __init__(self, handle: Any) -> None:
            self._handle = handle

        def __enter__(self) -> HalfFull:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

        def write(self, data: bytes) -> int:
            self._handle.write(data[: len(data) // 2])
            self._handle.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self._handle, name)

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        nonlocal opened
        handle = real_fdopen(fd, mode, *args, **kwargs)
        if mode == "wb":
            opened += 1
            if opened == 2:
                return HalfFull(handle)
        return handle

    monkeypatch.setattr(os, "fdopen", fdopen)


def test_a_full_disk_half_way_leaves_no_partial_or_temporary_file(
    session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mid = drafts_setup(session)
    sign_off(session, mid)
    expected = dict(session.invitations.drafts(mid, sender=SENDER).files)
    folder = tmp_path / "drafts"
    with monkeypatch.context() as patch, pytest.raises(DiskFull, match="The disk is full"):
        _disk_full_on_second_draft(patch)
        session.invitations.write_drafts(mid, folder, sender=SENDER)

    left = list(folder.iterdir())
    assert len(left) < len(expected)
    assert [p for p in left if p.name.startswith(".") or p.name.endswith(TEMP_SUFFIX)] == []
    for path in left:
        assert path.read_bytes() == expected[path.name]  # complete, never cut short
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)] == []


def test_a_full_disk_half_way_leaves_the_folder_as_it_was(
    session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mid = drafts_setup(session)
    sign_off(session, mid)
    folder = tmp_path / "drafts"
    folder.mkdir(mode=0o700)
    with monkeypatch.context() as patch, pytest.raises(DiskFull, match="Nothing was changed"):
        _disk_full_on_second_draft(patch)
        session.invitations.write_drafts(mid, folder, sender=SENDER)
    assert list(folder.iterdir()) == []


# ---------------------------------------------------------------- property

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["invite", "invite_all", "uninvite", "set_status", "check_in"]),
        st.integers(min_value=0, max_value=4),
        st.sampled_from(STATUSES),
    ),
    max_size=14,
)


def test_any_sequence_of_changes_keeps_every_count_equal_to_the_list(
    session: VaultSession,
) -> None:
    people = [
        add(session, "Alice"),
        add(session, "Bruno", "investor"),
        add(session, HIDDEN, "hrd", "critical"),
        add(session, "Paused Person", participation="paused"),
        add(session, "Dana", "civil_society"),
    ]
    active = [pid for pid in people if pid != people[3]]

    # A fresh meeting per example: the vault fixture is made once for the whole property.
    @settings(max_examples=25, deadline=None, database=None)
    @given(ACTIONS)
    def check(actions: list[tuple[str, int, str]]) -> None:
        mid = meeting(session)
        model: dict[str, str] = {}
        for action, index, status in actions:
            pid = people[index]
            if action == "invite":
                assert session.invitations.invite(mid, pid) is (pid not in model)
                model.setdefault(pid, "invited")
            elif action == "invite_all":
                result = session.invitations.invite_all_active(mid)
                assert result.added == len(set(active) - set(model))
                assert result.already == len(set(active) & set(model))
                for other in active:
                    model.setdefault(other, "invited")
            elif action == "set_status":
                changed = session.invitations.set_status(mid, [pid], status)
                assert changed == (pid in model)
                if pid in model:
                    model[pid] = status
            elif pid not in model:
                operation = getattr(session.invitations, action)
                with pytest.raises(RecordNotFound):
                    operation(mid, pid)
            elif action == "uninvite":
                session.invitations.uninvite(mid, pid)
                del model[pid]
            else:
                session.invitations.check_in(mid, pid)
                model[pid] = "attended"

        assert statuses_by_person(session, mid) == model
        counts = session.invitations.invitation_counts(mid)
        assert counts == {s: Counter(model.values())[s] for s in STATUSES}
        mix = session.invitations.stakeholder_mix(mid)
        for s in STATUSES:
            assert session.invitations.invitee_count(mid, status=s) == counts[s]
            assert sum(by_status[s] for by_status in mix.values()) == counts[s]

    check()
