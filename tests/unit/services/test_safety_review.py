"""Safety review of a meeting: flags, assessment, sign-off, and the gate for plaintext lists."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from bizhr_desktop.core.errors import InvalidInput, SafetyReviewPending
from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.core.text import fold
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingInput, MeetingService
from bizhr_desktop.services.safety_review import (
    Clearance,
    FlagKind,
    SafetyReviewService,
    Severity,
)
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.vault.database import Database

DEFENDER = "Fatima Canary-Defender"


@pytest.fixture
def meetings(session: VaultSession) -> MeetingService:
    return MeetingService(session.vault.db, session.vault.audit)


@pytest.fixture
def invitations(session: VaultSession) -> InvitationService:
    return InvitationService(session.vault.db, session.vault.audit)


@pytest.fixture
def safety(session: VaultSession) -> SafetyReviewService:
    return SafetyReviewService(session.vault.db, session.vault.audit)


def add_person(
    db: Database,
    name: str,
    *,
    group: str = "business",
    country: str = "",
    risk: str = "low",
    consent: bool = True,
) -> str:
    pid = str(uuid.uuid4())
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    db.execute(
        "INSERT INTO person (id, full_name, sort_name, name_key, stakeholder_group, country, "
        "risk_level, consent_network, consent_coorganisers, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (pid, name, fold(name), fold(name), group, country, risk, int(consent), int(consent),
         stamp, stamp),
    )  # fmt: skip
    return pid


def sudan_deep_dive(meetings: MeetingService, **changes: object) -> str:
    values: dict[str, object] = {
        "title": "Deep Dive: Sudan",
        "kind": "deep_dive",
        "starts": datetime(2026, 11, 25, 10, 0),
        "ends": datetime(2026, 11, 25, 13, 0),
        "time_zone": "Europe/Zurich",
        "format": "in_person",
        "margin_of": "un_forum_bhr",
        "focus_countries": ("SD",),
    }
    values.update(changes)
    return meetings.create(MeetingInput(**values)).id  # type: ignore[arg-type]


def check_every_critical_flag(safety: SafetyReviewService, mid: str) -> None:
    for flag in safety.safety_review(mid).unchecked_critical:
        safety.check_flag(mid, flag.key, "Looked at with the defender on Signal.")


def kinds(review_flags: object) -> list[FlagKind]:
    return [f.kind for f in review_flags]  # type: ignore[attr-defined]


def test_critical_risk_sudanese_defender_is_flagged_for_a_sudan_deep_dive_in_geneva(
    session: VaultSession,
    meetings: MeetingService,
    invitations: InvitationService,
    safety: SafetyReviewService,
) -> None:
    db = session.vault.db
    mid = sudan_deep_dive(meetings)
    defender = add_person(db, DEFENDER, group="hrd", country="SD", risk="critical")
    add_person(db, "Kenyan defender", group="hrd", country="KE", risk="high")
    add_person(db, "Company rep", consent=False)
    invitations.invite_all_active(mid)

    review = safety.safety_review(mid)
    assert review.pending and review.needs_sign_off and not review.signed_off
    first = review.flags[0]
    assert first.kind is FlagKind.AT_RISK_FROM_FOCUS_COUNTRY
    assert first.severity is Severity.CRITICAL
    assert first.person_ids == (defender,)
    assert "Defender-" in first.message and "Sudan" in first.message
    assert all(DEFENDER not in f.message and "Fatima" not in f.message for f in review.flags)
    assert kinds(review.flags).count(FlagKind.AT_RISK_INVITEE) == 1
    # Geneva is not in Sudan's region (Northern Africa): no venue flag; Chatham House is on.
    assert FlagKind.VENUE_IN_FOCUS_COUNTRY not in kinds(review.flags)
    assert FlagKind.VENUE_NEAR_FOCUS_COUNTRY not in kinds(review.flags)
    assert FlagKind.NO_CHATHAM_HOUSE not in kinds(review.flags)
    consent = [f for f in review.flags if f.kind is FlagKind.MISSING_CONSENT]
    assert len(consent) == 1 and consent[0].severity is Severity.NOTICE
    assert len(consent[0].person_ids) == 1


def test_declined_invitees_are_left_out(
    session: VaultSession,
    meetings: MeetingService,
    invitations: InvitationService,
    safety: SafetyReviewService,
) -> None:
    mid = sudan_deep_dive(meetings)
    defender = add_person(session.vault.db, DEFENDER, group="hrd", country="SD", risk="critical")
    invitations.invite_all_active(mid)
    invitations.set_status(mid, [defender], "declined")
    assert safety.safety_review(mid).flags == ()


@pytest.mark.parametrize(
    ("changes", "expected", "severity"),
    [
        ({"venue_country": "SD", "margin_of": ""}, FlagKind.VENUE_IN_FOCUS_COUNTRY, "critical"),
        ({"venue_country": "EG", "margin_of": ""}, FlagKind.VENUE_NEAR_FOCUS_COUNTRY, "warning"),
        ({"venue_country": "", "margin_of": ""}, FlagKind.VENUE_UNKNOWN, "warning"),
        (
            {"format": "hybrid", "venue_country": "Sudan"},
            FlagKind.VENUE_IN_FOCUS_COUNTRY,
            "critical",
        ),
        ({"chatham_house": False}, FlagKind.NO_CHATHAM_HOUSE, "warning"),
    ],
)
def test_meeting_level_flags(
    meetings: MeetingService,
    safety: SafetyReviewService,
    changes: dict[str, object],
    expected: FlagKind,
    severity: str,
) -> None:
    mid = sudan_deep_dive(meetings, **changes)
    flags = safety.safety_review(mid).flags
    assert [(f.kind, f.severity.value) for f in flags] == [(expected, severity)]


def test_a_virtual_meeting_has_no_venue_flag(
    meetings: MeetingService, safety: SafetyReviewService
) -> None:
    mid = sudan_deep_dive(meetings, format="virtual", venue_country="SD")
    assert safety.safety_review(mid).flags == ()


def test_sign_off_clears_the_pending_state_until_the_flags_change(
    session: VaultSession,
    meetings: MeetingService,
    invitations: InvitationService,
    safety: SafetyReviewService,
) -> None:
    db = session.vault.db
    mid = sudan_deep_dive(meetings)
    add_person(db, DEFENDER, group="hrd", country="SD", risk="critical")
    invitations.invite_all_active(mid)
    with pytest.raises(InvalidInput, match="assessment"):
        safety.sign_off(mid, "Coordinator A")
    safety.record_assessment(mid, "Travel via a third country; name withheld on every list.")
    with pytest.raises(InvalidInput):
        safety.sign_off(mid, "   ")
    check_every_critical_flag(safety, mid)
    review = safety.sign_off(mid, "Coordinator A")
    assert review.signed_off and not review.pending
    assert review.signed_off_by == "Coordinator A" and review.signed_off_at is not None
    assert safety.is_signed_off(mid)
    assert safety.require_plaintext_list_allowed(mid) is Clearance.SIGNED_OFF
    event = session.vault.audit.events(limit=1)[0]
    assert event.kind == "meeting.signed_off" and "Coordinator" not in str(event.detail)

    # A low-risk person joining changes nothing that matters...
    add_person(db, "Another company")
    invitations.invite_all_active(mid)
    assert safety.is_signed_off(mid)
    # ...a second at-risk defender does, and so does a new assessment.
    add_person(db, "Second defender", group="hrd", country="SD", risk="high")
    invitations.invite_all_active(mid)
    review = safety.safety_review(mid)
    assert not review.signed_off and review.sign_off_outdated and review.pending
    with pytest.raises(SafetyReviewPending, match="changed after it was signed off"):
        safety.require_plaintext_list_allowed(mid)
    check_every_critical_flag(safety, mid)
    safety.sign_off(mid, "Coordinator A")
    assert safety.is_signed_off(mid)
    safety.record_assessment(mid, "New assessment after the arrests.")
    assert not safety.is_signed_off(mid)


def test_override_is_stored_in_the_vault_and_only_pointed_to_by_the_audit_log(
    session: VaultSession, meetings: MeetingService, safety: SafetyReviewService
) -> None:
    mid = sudan_deep_dive(meetings)
    with pytest.raises(SafetyReviewPending, match="not signed off"):
        safety.require_plaintext_list_allowed(mid, purpose="venue list")
    with pytest.raises(SafetyReviewPending):
        safety.require_plaintext_list_allowed(mid, "   ")
    reason = f"Venue needs badges tonight; {DEFENDER} agreed by phone"
    clearance = safety.require_plaintext_list_allowed(mid, reason, purpose="venue list")
    assert clearance is Clearance.OVERRIDDEN
    (override,) = safety.overrides(mid)
    assert override.reason == reason and override.purpose == "venue list"
    event = session.vault.audit.events(limit=1)[0]
    assert event.kind == "meeting.safety_override"
    assert event.detail == {"meeting": mid, "override": override.id, "purpose": "venue list"}
    assert session.vault.audit.verify() is None
    for entry in session.vault.audit.events():
        assert DEFENDER not in str(entry.detail) and "badges" not in str(entry.detail)


def test_meetings_without_flags_need_no_sign_off_unless_deep_dives(
    meetings: MeetingService, safety: SafetyReviewService
) -> None:
    trends = sudan_deep_dive(meetings, kind="trends_and_insights", focus_countries=())
    assert safety.require_plaintext_list_allowed(trends) is Clearance.NOT_NEEDED
    empty_deep_dive = sudan_deep_dive(meetings)
    assert safety.safety_review(empty_deep_dive).flags == ()
    with pytest.raises(SafetyReviewPending):
        safety.require_plaintext_list_allowed(empty_deep_dive)


def test_a_sign_off_waits_for_every_critical_flag_and_names_those_left(
    session: VaultSession,
    meetings: MeetingService,
    invitations: InvitationService,
    safety: SafetyReviewService,
) -> None:
    db = session.vault.db
    mid = sudan_deep_dive(meetings, venue_country="SD", margin_of="")
    add_person(db, DEFENDER, group="hrd", country="SD", risk="critical")
    add_person(db, "Kenyan defender", group="hrd", country="KE", risk="high")
    invitations.invite_all_active(mid)
    safety.record_assessment(mid, "Venue moved out of Khartoum if the defender comes.")
    review = safety.safety_review(mid)
    critical = review.unchecked_critical
    assert {f.kind for f in critical} == {
        FlagKind.AT_RISK_FROM_FOCUS_COUNTRY,
        FlagKind.VENUE_IN_FOCUS_COUNTRY,
    }
    person_flag = next(f for f in critical if f.about_one_person)
    with pytest.raises(InvalidInput, match="2 critical flag") as refused:
        safety.sign_off(mid, "Coordinator A")
    assert person_flag.subject in str(refused.value) and "the venue" in str(refused.value)
    assert DEFENDER not in str(refused.value)

    with pytest.raises(InvalidInput, match="Say why"):
        safety.check_flag(mid, person_flag.key, "   ")
    with pytest.raises(InvalidInput, match="no longer raises"):
        safety.check_flag(mid, "at_risk_invitee:not-a-person", "reason")
    reason = f"{DEFENDER} confirmed by phone that she will travel via Cairo."
    review = safety.check_flag(mid, person_flag.key, reason)
    assert review.check_of(person_flag) is not None
    assert review.check_of(person_flag).reason == reason  # type: ignore[union-attr]
    with pytest.raises(InvalidInput, match=r"1 critical flag.*the venue in a focus country"):
        safety.sign_off(mid, "Coordinator A")
    # A warning needs no check for the sign-off; it can be checked all the same.
    warning = next(f for f in review.flags if f.severity is Severity.WARNING)
    venue = next(f for f in review.unchecked_critical)
    safety.check_flag(mid, warning.key, "Kenyan colleague travels with a team.")
    safety.check_flag(mid, venue.key, "The hotel is outside the city; arrivals staggered.")
    assert safety.sign_off(mid, "Coordinator A").signed_off

    # The reasons stay in the vault: the log has the meeting and the flag's kind only.
    for entry in session.vault.audit.events():
        assert DEFENDER not in str(entry.detail) and "Cairo" not in str(entry.detail)
    checked = [e for e in session.vault.audit.events() if e.kind == "meeting.flag_checked"]
    assert len(checked) == 3 and checked[0].detail["meeting"] == mid

    # Withdrawing a critical flag's check reopens the sign-off; a warning's does not.
    safety.uncheck_flag(mid, warning.key)
    assert safety.is_signed_off(mid)
    review = safety.uncheck_flag(mid, person_flag.key)
    assert review.sign_off_outdated and review.unchecked_critical == (person_flag,)
    with pytest.raises(SafetyReviewPending):
        safety.require_plaintext_list_allowed(mid)


def test_a_check_lapses_when_its_flag_says_something_new(
    session: VaultSession,
    meetings: MeetingService,
    invitations: InvitationService,
    safety: SafetyReviewService,
) -> None:
    db = session.vault.db
    mid = sudan_deep_dive(meetings)
    pid = add_person(db, DEFENDER, group="hrd", country="SD", risk="high")
    invitations.invite_all_active(mid)
    (flag,) = [f for f in safety.safety_review(mid).flags if f.about_one_person]
    safety.check_flag(mid, flag.key, "Checked at high risk.")
    assert not safety.safety_review(mid).unchecked_critical
    db.execute("UPDATE person SET risk_level = 'critical' WHERE id = ?", (pid,))
    review = safety.safety_review(mid)
    assert [f.key for f in review.unchecked_critical] == [flag.key]  # same flag, new words
    assert review.checks == {}


def test_a_lapsed_check_reopens_the_sign_off(
    session: VaultSession,
    meetings: MeetingService,
    invitations: InvitationService,
    safety: SafetyReviewService,
) -> None:
    """Signed off with every critical flag checked; then an invitee's risk rises: the flag is
    the same one with new words, its check lapses, and plaintext lists wait again."""
    db = session.vault.db
    mid = sudan_deep_dive(meetings)
    pid = add_person(db, DEFENDER, group="hrd", country="SD", risk="high")
    invitations.invite_all_active(mid)
    check_every_critical_flag(safety, mid)
    safety.record_assessment(mid, "Pseudonyms only.")
    assert safety.sign_off(mid, "A. Coordinator").signed_off
    db.execute("UPDATE person SET risk_level = 'critical' WHERE id = ?", (pid,))
    review = safety.safety_review(mid)
    assert review.unchecked_critical
    assert not review.signed_off and review.sign_off_outdated and review.pending
    assert not safety.is_signed_off(mid)
    check_every_critical_flag(safety, mid)
    assert safety.sign_off(mid, "A. Coordinator").signed_off


def test_erasing_a_person_erases_the_checks_of_their_flags(
    session: VaultSession,
    meetings: MeetingService,
    invitations: InvitationService,
    safety: SafetyReviewService,
) -> None:
    db = session.vault.db
    mid = sudan_deep_dive(meetings)
    pid = session.people.add(
        Person(
            id=new_id(),
            full_name=DEFENDER,
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.CRITICAL,
            country="SD",
        )
    ).id
    invitations.invite_all_active(mid)
    (flag,) = safety.safety_review(mid).unchecked_critical
    safety.check_flag(mid, flag.key, "Canary-reason-4471 on Signal.")
    assert db.scalar("SELECT count(*) FROM safety_check") == 1
    session.people.erase(pid)
    assert db.scalar("SELECT count(*) FROM safety_check") == 0


def test_a_reason_that_names_someone_is_reported_before_their_erasure(
    session: VaultSession,
    meetings: MeetingService,
    invitations: InvitationService,
    safety: SafetyReviewService,
) -> None:
    mid = sudan_deep_dive(meetings)
    add_person(session.vault.db, "Kenyan defender", group="hrd", country="SD", risk="critical")
    witness = session.people.add(
        Person(
            id=new_id(),
            full_name="Omar Witness",
            stakeholder_group=StakeholderGroup.BUSINESS,
            risk_level=RiskLevel.LOW,
        )
    ).id
    invitations.invite_all_active(mid)
    (flag,) = safety.safety_review(mid).unchecked_critical
    safety.check_flag(mid, flag.key, "Omar Witness will travel with them.")
    safety.require_plaintext_list_allowed(mid, "omar witness asked for the list", purpose="list")
    places = {(m.kind, m.record_id, m.field) for m in session.people.mentions(witness)}
    assert places == {
        ("meeting", mid, "safety_check_reason"),
        ("meeting", mid, "override_reason"),
    }
