"""Tests for the domain records and vocabularies in core.models."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizhr_desktop.core import models
from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.models import (
    PERSON_FIELD_SENSITIVITY,
    PERSON_FIELDS,
    Audience,
    FollowUp,
    FollowUpStatus,
    Invitation,
    InvitationRole,
    InvitationStatus,
    MarginOf,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Organisation,
    OrganisationKind,
    Participation,
    Person,
    RiskLevel,
    Sensitivity,
    StakeholderGroup,
    default_risk_for,
    new_id,
)

SCHEMA = (
    Path(models.__file__).parent.parent / "vault" / "migrations" / "0001_initial.sql"
).read_text(encoding="utf-8")


def _check_values(column: str, sql: str = SCHEMA) -> set[str]:
    """The values allowed by the schema's CHECK (column = 'a' OR column = 'b' ...)."""
    match = re.search(rf"CHECK \(({column} = '[^']*'(?: OR {column} = '[^']*')*)\)", sql)
    assert match is not None, column
    return set(re.findall(r"'([^']*)'", match.group(1)))


@pytest.mark.parametrize(
    ("column", "enum"),
    [
        ("stakeholder_group", StakeholderGroup),
        ("risk_level", RiskLevel),
        ("participation", Participation),
        ("kind", OrganisationKind),
        ("format", MeetingFormat),
        ("margin_of", MarginOf),
        ("role", InvitationRole),
    ],
)
def test_enum_values_match_schema(column: str, enum: type[StrEnum]) -> None:
    assert {member.value for member in enum} == _check_values(column)


def test_enums_with_shared_column_names_match_schema() -> None:
    # "kind" and "status" appear in several tables: read each table's own constraint.
    meeting = SCHEMA[SCHEMA.index("CREATE TABLE meeting") :]
    assert {m.value for m in MeetingKind} == _check_values("kind", meeting)
    for table, enum in [
        ("meeting", MeetingStatus),
        ("invitation", InvitationStatus),
        ("follow_up", FollowUpStatus),
    ]:
        body = SCHEMA[SCHEMA.index(f"CREATE TABLE {table}") :]
        assert {m.value for m in enum} == _check_values("status", body)


def test_audiences_and_sensitivities_are_the_four_of_data_md() -> None:
    assert [a.value for a in Audience] == ["public", "venue", "coorganisers", "internal"]
    assert [s.value for s in Sensitivity] == ["public", "identifying", "contact", "secret"]


def test_margin_of_has_an_empty_member() -> None:
    assert MarginOf("") is MarginOf.EMPTY


def test_risk_levels_order_by_rank_not_alphabet() -> None:
    assert [r.rank for r in RiskLevel] == [0, 1, 2, 3]
    # Alphabetically "critical" < "high" < "low": the override must win.
    assert RiskLevel.LOW < RiskLevel.MEDIUM < RiskLevel.HIGH < RiskLevel.CRITICAL
    assert RiskLevel.CRITICAL > RiskLevel.LOW
    assert RiskLevel.HIGH >= RiskLevel.HIGH
    assert RiskLevel.MEDIUM <= RiskLevel.HIGH
    assert max(RiskLevel) is RiskLevel.CRITICAL
    assert sorted([RiskLevel.HIGH, RiskLevel.LOW, RiskLevel.CRITICAL]) == [
        RiskLevel.LOW,
        RiskLevel.HIGH,
        RiskLevel.CRITICAL,
    ]


def test_risk_level_refuses_comparison_with_plain_text() -> None:
    with pytest.raises(TypeError):
        _ = RiskLevel.CRITICAL < "low"


def test_default_risk_is_medium_for_defenders_only() -> None:
    assert default_risk_for(StakeholderGroup.HRD) is RiskLevel.MEDIUM
    for group in StakeholderGroup:
        if group is not StakeholderGroup.HRD:
            assert default_risk_for(group) is RiskLevel.LOW


def test_new_id_is_a_random_uuid4() -> None:
    first, second = new_id(), new_id()
    assert first != second
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", first
    )


def test_every_person_field_has_a_sensitivity() -> None:
    assert set(PERSON_FIELD_SENSITIVITY) == set(PERSON_FIELDS)


@pytest.mark.parametrize(
    ("field", "sensitivity"),
    [
        ("full_name", Sensitivity.IDENTIFYING),
        ("country", Sensitivity.IDENTIFYING),
        ("pseudonym", Sensitivity.PUBLIC),
        ("stakeholder_group", Sensitivity.PUBLIC),
        ("languages", Sensitivity.PUBLIC),
        ("email", Sensitivity.CONTACT),
        ("phone", Sensitivity.CONTACT),
        ("secure_channel", Sensitivity.CONTACT),
        ("notes", Sensitivity.SECRET),
        ("risk_level", Sensitivity.SECRET),
        ("consent_public", Sensitivity.SECRET),
        ("consent_date", Sensitivity.SECRET),
        ("tags", Sensitivity.SECRET),
        ("participation", Sensitivity.SECRET),
    ],
)
def test_person_field_sensitivity_follows_data_md(field: str, sensitivity: Sensitivity) -> None:
    assert PERSON_FIELD_SENSITIVITY[field] is sensitivity


def _person(**changes: object) -> Person:
    values: dict[str, object] = {
        "id": new_id(),
        "full_name": "Aung San",
        "stakeholder_group": StakeholderGroup.HRD,
        "risk_level": RiskLevel.HIGH,
    }
    values.update(changes)
    return Person(**values)  # type: ignore[arg-type]


def test_person_is_frozen_and_hashable() -> None:
    person = _person(languages=["my", "en"], tags=["deep dive"])
    assert person.languages == ("my", "en")
    assert person.tags == ("deep dive",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.full_name = "Someone else"  # type: ignore[misc]
    assert hash(person) == hash(dataclasses.replace(person))


def test_person_requires_a_risk_level() -> None:
    with pytest.raises(TypeError):
        Person(id=new_id(), full_name="X", stakeholder_group=StakeholderGroup.HRD)  # type: ignore[call-arg]


def test_person_accepts_enum_text_from_the_vault_but_not_unknown_values() -> None:
    person = _person(stakeholder_group="civil_society", risk_level="critical")
    assert person.stakeholder_group is StakeholderGroup.CIVIL_SOCIETY
    assert person.risk_level is RiskLevel.CRITICAL
    with pytest.raises(InvalidInput, match="risk_level"):
        _person(risk_level="extreme")


@pytest.mark.parametrize("bad_id", ["", "42", "not-a-uuid"])
def test_person_id_must_be_a_uuid(bad_id: str) -> None:
    with pytest.raises(InvalidInput):
        _person(id=bad_id)


def test_person_needs_a_name() -> None:
    with pytest.raises(InvalidInput):
        _person(full_name="   ")


def test_consent_renewal_after_24_months() -> None:
    today = date(2026, 6, 1)
    assert _person().consent_needs_renewal(today)
    assert not _person(consent_date=today - timedelta(days=700)).consent_needs_renewal(today)
    assert _person(consent_date=today - timedelta(days=731)).consent_needs_renewal(today)


def test_timestamps_are_normalised_to_utc_and_must_be_aware() -> None:
    nairobi = timezone(timedelta(hours=3))
    person = _person(created_at=datetime(2026, 1, 1, 12, 0, tzinfo=nairobi))
    assert person.created_at == datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    assert person.created_at is not None and person.created_at.tzinfo is UTC
    with pytest.raises(InvalidInput):
        _person(updated_at=datetime(2026, 1, 1, 12, 0))


def _meeting(**changes: object) -> Meeting:
    values: dict[str, object] = {
        "id": new_id(),
        "title": "Deep dive: Sudan",
        "kind": MeetingKind.DEEP_DIVE,
        "starts_at": datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        "ends_at": datetime(2026, 11, 25, 11, 0, tzinfo=UTC),
        "time_zone": "Europe/Zurich",
        "format": MeetingFormat.HYBRID,
    }
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]


def test_meeting_defaults_to_chatham_house_and_planned() -> None:
    meeting = _meeting(focus_countries=["SD"])
    assert meeting.chatham_house is True
    assert meeting.status is MeetingStatus.PLANNED
    assert meeting.margin_of is MarginOf.EMPTY
    assert meeting.focus_countries == ("SD",)


def test_meeting_local_times_follow_the_venue_zone() -> None:
    meeting = _meeting()
    assert meeting.local_start.hour == 10  # Geneva is UTC+1 in November
    assert meeting.local_end.hour == 12


def test_meeting_refuses_bad_times_and_zones() -> None:
    with pytest.raises(InvalidInput, match="end before"):
        _meeting(ends_at=datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    with pytest.raises(InvalidInput, match="time_zone"):
        _meeting(time_zone="Mars/Olympus_Mons")
    with pytest.raises(InvalidInput, match="time zone"):
        _meeting(starts_at=datetime(2026, 11, 25, 9, 0))


def test_invitation_and_follow_up_defaults() -> None:
    invitation = Invitation(meeting_id=new_id(), person_id=new_id())
    assert invitation.status is InvitationStatus.INVITED
    assert invitation.role is InvitationRole.PARTICIPANT
    follow_up = FollowUp(id=new_id(), meeting_id=new_id(), text="Publish a due diligence policy")
    assert follow_up.status is FollowUpStatus.OPEN
    with pytest.raises(InvalidInput):
        FollowUp(id=new_id(), meeting_id=new_id(), text=" ")


def test_organisation_name_is_public_only_with_public_commitment() -> None:
    quiet = Organisation(id=new_id(), name="Small grassroots group", kind="grassroots")  # type: ignore[arg-type]
    assert quiet.kind is OrganisationKind.GRASSROOTS
    assert quiet.name_sensitivity is Sensitivity.IDENTIFYING
    committed = dataclasses.replace(quiet, public_commitment=True)
    assert committed.name_sensitivity is Sensitivity.PUBLIC


def test_contact_log_entry_links_a_person() -> None:
    entry = models.ContactLogEntry(id=new_id(), person_id=new_id(), occurred_on=date(2026, 1, 2))
    assert entry.summary == ""
    with pytest.raises(InvalidInput):
        models.ContactLogEntry(id=new_id(), person_id="someone", occurred_on=date(2026, 1, 2))


# ---------------------------------------------------------------- attendance


@given(st.dictionaries(st.sampled_from([s.value for s in InvitationStatus]), st.integers(0, 999)))
def test_attendance_is_one_partition_of_the_invitations(counts: dict[str, int]) -> None:
    numbers = models.Attendance.of(counts)
    assert numbers.invited == sum(counts.values())
    # Who came counts as accepted; no-shows are apart; every invitation is counted once.
    assert numbers.accepted == counts.get("accepted", 0) + counts.get("attended", 0)
    assert numbers.attended <= numbers.accepted
    assert (
        numbers.accepted + numbers.declined + numbers.tentative + numbers.no_answer
        + numbers.no_show
    ) == numbers.invited  # fmt: skip
    assert models.Attendance(**numbers.as_dict()) == numbers
