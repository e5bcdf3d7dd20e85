"""Tests for the audience export policy in core.policy: who is named, pseudonymised, counted."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizhr_desktop.core.countries import region_of
from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.models import (
    PERSON_FIELD_SENSITIVITY,
    Audience,
    Meeting,
    MeetingFormat,
    MeetingKind,
    Person,
    RiskLevel,
    Sensitivity,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.core.policy import (
    DEFAULT_DISCLAIMER,
    INTERNAL_COLUMNS,
    LIST_COLUMNS,
    ExportPolicy,
    ListLabels,
    MeetingContext,
    Outcome,
    PolicyResult,
    apply_policy,
)
from bizhr_desktop.core.pseudonym import MAX_HEX, MIN_HEX, PSEUDONYM_PREFIXES, list_label

HRD = StakeholderGroup.HRD
BUSINESS = StakeholderGroup.BUSINESS
CIVIL_SOCIETY = StakeholderGroup.CIVIL_SOCIETY
EXTERNAL = (Audience.PUBLIC, Audience.VENUE, Audience.COORGANISERS)

# Labels fixed for a test that compares two lists or computes the expected labels itself.
FIXED = ListLabels(key=b"k" * 32, salt=b"s" * 16)
# A fixed "today" for tests that give consent dates of their own.
TODAY = date(2026, 6, 1)
# What a generated label looks like: the group's prefix and 4 (or, on a clash, 6) hex digits.
GENERATED_LABEL = re.compile(
    rf"(?:{'|'.join(map(re.escape, PSEUDONYM_PREFIXES.values()))})-(?:[0-9A-F]{{4}}|[0-9A-F]{{6}})"
)


def person(name: str, **changes: object) -> Person:
    values: dict[str, object] = {
        "id": new_id(),
        "full_name": name,
        "stakeholder_group": BUSINESS,
        "risk_level": RiskLevel.LOW,
        "organisation": f"{name} Org",
        "role": "Head of human rights",
        "country": "KE",
        "email": f"{name.lower().replace(' ', '.')}@example.org",
        "phone": "+254712345678",
        "secure_channel": "Signal",
        "notes": f"secret note about {name}",
        "tags": ("watch",),
        "consent_method": "signed form",
        "consent_date": date.today(),  # recent: consent older than 24 months names nobody
    }
    values.update(changes)
    return Person(**values)  # type: ignore[arg-type]


def defender(name: str, **changes: object) -> Person:
    values: dict[str, object] = {"stakeholder_group": HRD, "risk_level": RiskLevel.HIGH}
    values.update(changes)
    return person(name, **values)


def decision_of(result: PolicyResult, who: Person) -> tuple[Outcome, str]:
    (found,) = [d for d in result.decisions if d.person_id == who.id]
    return found.outcome, found.reason


def cells(result: PolicyResult) -> list[str]:
    return [cell for row in result.rows for cell in row]


def policy(audience: Audience, **kwargs: object) -> ExportPolicy:
    return ExportPolicy.for_audience(audience, **kwargs)  # type: ignore[arg-type]


def label_of(someone: Person, labels: ListLabels = FIXED, length: int = MIN_HEX) -> str:
    return list_label(
        someone.stakeholder_group, someone.id, key=labels.key, list_salt=labels.salt, length=length
    )


def expected_labels(people: Sequence[Person], labels: ListLabels = FIXED) -> dict[str, str]:
    """The label of each person in a list of exactly these labelled people: the short form,
    or the long form for the people whose short forms clash."""
    short = Counter(label_of(p, labels) for p in people)
    return {
        p.id: label_of(p, labels)
        if short[label_of(p, labels)] == 1
        else label_of(p, labels, MAX_HEX)
        for p in people
    }


def labels_in(result: PolicyResult) -> list[str]:
    """The labels of the rows that name nobody."""
    return [row[1] for row in result.rows if not row[0]]


# --- the policy object --------------------------------------------------------------------


def test_policies_follow_the_data_md_table() -> None:
    public = policy(Audience.PUBLIC)
    assert (public.consent_flag, public.risk_ceiling, public.contact_fields, public.k) == (
        "consent_public",
        RiskLevel.LOW,
        frozenset(),
        3,
    )
    assert public.disclaimer == DEFAULT_DISCLAIMER
    venue = policy(Audience.VENUE)
    assert (venue.consent_flag, venue.risk_ceiling, venue.contact_fields) == (
        "consent_coorganisers",
        RiskLevel.MEDIUM,
        frozenset(),
    )
    coorganisers = policy(Audience.COORGANISERS)
    assert coorganisers.contact_fields == frozenset({"email"})
    assert coorganisers.columns == (*LIST_COLUMNS, "email")
    assert policy(Audience.INTERNAL).columns == INTERNAL_COLUMNS


@pytest.mark.parametrize("k", [0, 1, 2, -3])
def test_k_can_only_be_raised(k: int) -> None:
    with pytest.raises(InvalidInput, match="only be raised"):
        policy(Audience.VENUE, k=k)


def test_k_refuses_booleans_and_accepts_higher_values() -> None:
    with pytest.raises(InvalidInput):
        policy(Audience.VENUE, k=True)
    assert policy(Audience.VENUE, k=5).k == 5


def test_policies_cannot_be_loosened() -> None:
    with pytest.raises(InvalidInput, match="low risk at most"):
        policy(Audience.PUBLIC, risk_ceiling=RiskLevel.MEDIUM)
    with pytest.raises(InvalidInput, match="medium risk at most"):
        ExportPolicy(
            audience=Audience.VENUE, risk_ceiling=RiskLevel.CRITICAL, contact_fields=frozenset()
        )
    with pytest.raises(InvalidInput, match="phone"):
        policy(Audience.COORGANISERS, contact_fields={"email", "phone"})
    with pytest.raises(InvalidInput, match="email"):
        policy(Audience.VENUE, contact_fields={"email"})
    with pytest.raises(InvalidInput, match="risk ceiling"):
        ExportPolicy(audience=Audience.PUBLIC, risk_ceiling=None, contact_fields=frozenset())


def test_policies_can_be_tightened() -> None:
    strict = policy(Audience.COORGANISERS, risk_ceiling=RiskLevel.LOW, contact_fields=())
    assert strict.risk_ceiling is RiskLevel.LOW
    assert strict.columns == LIST_COLUMNS


# --- named, pseudonymised, counted ----------------------------------------------------------


def test_public_names_only_consenting_low_risk_people() -> None:
    amina = person("Amina Diallo", consent_public=True)
    bo = person("Bo Chen", consent_public=True, risk_level=RiskLevel.MEDIUM)
    carla = person("Carla Ruiz")
    result = apply_policy([amina, bo, carla], policy(Audience.PUBLIC))

    assert decision_of(result, amina) == (
        Outcome.NAMED,
        "named: consent_public given, risk low within ceiling low",
    )
    # Both fail to be named; all three businesses of Eastern Africa minus Amina is 2 < k.
    assert decision_of(result, bo)[0] is Outcome.COUNTED
    assert "not named: risk medium, ceiling low" in decision_of(result, bo)[1]
    assert "not named: no consent_public" in decision_of(result, carla)[1]
    assert result.rows == [
        ("Amina Diallo", "", "business", "Amina Diallo Org", "Head of human rights", "Kenya",
         "Eastern Africa"),
    ]  # fmt: skip
    # Two left over: below k the number is not printed, "2" would already say too much.
    assert result.count_lines == ("fewer than 3 further participants",)
    assert result.disclaimer == DEFAULT_DISCLAIMER
    assert result.requires_encryption is False


def test_three_defenders_of_one_region_are_pseudonymised_with_region_only() -> None:
    people = [
        defender("Achieng Otieno", country="KE"),
        defender("Brian Mwangi", country="UG"),
        defender("Chaltu Bekele", country="ET", pseudonym="Defender-Lake"),
    ]
    result = apply_policy(people, policy(Audience.VENUE), labels=FIXED)

    assert result.count_lines == ()
    assert len(result.rows) == 3
    for row in result.rows:
        record = dict(zip(result.columns, row, strict=True))
        assert record["full_name"] == record["organisation"] == record["role"] == ""
        assert record["country"] == ""  # Kenya, Uganda, Ethiopia must not show
        assert record["region"] == "Eastern Africa"
        assert record["stakeholder_group"] == "hrd"
    labels = [row[1] for row in result.rows]
    # The typed pseudonym is an on-screen aid and never leaves, however harmless it looks.
    assert "Defender-Lake" not in cells(result)
    assert all(GENERATED_LABEL.fullmatch(label) for label in labels)
    assert sorted(labels) == sorted(expected_labels(people).values())
    assert label_of(people[0]) in labels
    assert labels == sorted(labels, key=str.casefold)
    assert decision_of(result, people[1]) == (
        Outcome.PSEUDONYMISED,
        "pseudonymised: no consent_coorganisers; risk high, ceiling medium",
    )


def test_fewer_than_k_in_a_cell_are_counted_and_the_line_does_not_name_the_region() -> None:
    people = [defender("Achieng Otieno"), defender("Brian Mwangi", country="UG")]
    result = apply_policy(people, policy(Audience.VENUE))

    assert result.rows == []
    # "2 further participants (hrd, Eastern Africa)" would describe exactly who they are; so
    # would the "2" alone, next to a known guest list.
    assert result.count_lines == ("fewer than 3 further participants",)
    outcome, reason = decision_of(result, people[0])
    assert outcome is Outcome.COUNTED
    assert reason.startswith(
        "counted only (no group shown): fewer than 3 share hrd / Eastern Africa"
    )


def test_left_over_people_are_counted_by_group_when_the_group_has_k() -> None:
    people = [
        defender("A One", country="KE"),
        defender("B Two", country="SD"),  # Northern Africa
        defender("C Three", country="MM"),  # South-eastern Asia
        person("D Four", stakeholder_group=CIVIL_SOCIETY),
    ]
    result = apply_policy(people, policy(Audience.PUBLIC))
    assert result.rows == []
    # k or more are counted with their number; the one left over is never "1".
    assert result.count_lines == (
        "3 further participants (hrd)",
        "fewer than 3 further participants",
    )


def test_named_people_do_not_count_towards_k() -> None:
    # Two consenting, medium-risk Kenyan defenders are named for the venue. If they counted
    # towards k, the third (unnamed) Eastern African defender would be the only pseudonym of
    # a "group of three" and anyone could tell which one he is.
    named = [
        defender("Named One", risk_level=RiskLevel.MEDIUM, consent_coorganisers=True),
        defender("Named Two", risk_level=RiskLevel.MEDIUM, consent_coorganisers=True),
    ]
    hidden = defender("Hidden Three", country="UG")
    result = apply_policy([*named, hidden], policy(Audience.VENUE), labels=FIXED)

    assert [row[0] for row in result.rows] == ["Named One", "Named Two"]
    assert decision_of(result, hidden)[0] is Outcome.COUNTED
    assert labels_in(result) == []
    assert result.pseudonymised == 0
    assert label_of(hidden) not in cells(result)
    assert label_of(hidden, length=MAX_HEX) not in cells(result)
    assert "Hidden Three" not in cells(result)


def test_named_rows_never_show_a_pseudonym() -> None:
    amina = person("Amina Diallo", consent_public=True, pseudonym="Business-Quiet")
    result = apply_policy([amina], policy(Audience.PUBLIC), labels=FIXED)
    assert [row[0] for row in result.rows] == ["Amina Diallo"]
    assert result.rows[0][1] == ""
    assert "Business-Quiet" not in cells(result)
    assert label_of(amina) not in cells(result)
    assert not any(GENERATED_LABEL.search(cell) for cell in cells(result))


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("Amina Diallo", "Amina Diallo"),
        ("Amina Diallo", "amina d."),
        ("José Ruiz", "Ruiz's cousin"),
        ("José Ruiz", "Defender-Lake"),  # harmless-looking: still never used
    ],
)
def test_a_stored_pseudonym_is_never_used_whatever_it_holds(name: str, stored: str) -> None:
    people = [defender(f"{name} {n}", pseudonym=f"{stored} {n}") for n in "XYZ"]
    result = apply_policy(people, policy(Audience.PUBLIC), labels=FIXED)
    text = "\n".join(cells(result)).casefold()
    assert stored.casefold() not in text
    for part in name.split():
        assert part.casefold() not in text
    labels = [row[1] for row in result.rows]
    assert len(labels) == 3
    assert all(GENERATED_LABEL.fullmatch(label) for label in labels)
    assert sorted(labels) == sorted(expected_labels(people).values())


def test_pseudonymised_rows_are_not_in_name_order() -> None:
    people = [defender(f"Name {letter}") for letter in "ABCDEFGHIJKL"]
    result = apply_policy(people, policy(Audience.PUBLIC), labels=FIXED)
    labels = [row[1] for row in result.rows]
    by_name = [expected_labels(people)[p.id] for p in people]
    assert labels == sorted(by_name, key=str.casefold)


def test_clashing_generated_pseudonyms_are_lengthened() -> None:
    def short(person_id: str) -> str:
        return list_label(HRD, person_id, key=FIXED.key, list_salt=FIXED.salt)

    by_label: dict[str, str] = {}
    clash: tuple[str, str] | None = None
    for number in range(1, 5000):
        person_id = str(uuid.UUID(int=number))
        label = short(person_id)
        if label in by_label:
            clash = (by_label[label], person_id)
            break
        by_label[label] = person_id
    assert clash is not None
    # A third id whose short label clashes with nobody's.
    other = next(pid for pid in by_label.values() if pid != clash[0])
    people = [
        defender("First Clash", id=clash[0]),
        defender("Second Clash", id=clash[1]),
        defender("Third", id=other, country="UG"),
    ]
    result = apply_policy(people, policy(Audience.PUBLIC), labels=FIXED)
    labels = [row[1] for row in result.rows]
    assert len(set(labels)) == 3
    assert short(clash[0]) not in labels  # the shared short label names neither of them
    assert label_of(people[0], length=MAX_HEX) in labels
    assert label_of(people[1], length=MAX_HEX) in labels
    assert label_of(people[2]) in labels  # no clash: the usual short label
    assert all(GENERATED_LABEL.fullmatch(label) for label in labels)


def test_coorganisers_get_email_of_named_people_only_never_phone_or_channel() -> None:
    ama = person("Ama Mensah", consent_coorganisers=True, risk_level=RiskLevel.MEDIUM)
    hidden = [defender(f"Hidden {n}") for n in range(3)]
    result = apply_policy([ama, *hidden], policy(Audience.COORGANISERS))
    assert result.columns[-1] == "email"
    assert result.rows[0][-1] == "ama.mensah@example.org"
    for row in result.rows[1:]:
        assert row[-1] == ""
    flat = cells(result)
    assert "+254712345678" not in flat
    assert "Signal" not in flat
    for someone in hidden:
        assert someone.email not in flat


def test_secret_fields_never_leave_in_a_list() -> None:
    people = [person(f"P {n}", consent_public=True) for n in range(4)]
    for audience in (Audience.PUBLIC, Audience.VENUE, Audience.COORGANISERS):
        result = apply_policy(people, policy(audience))
        secret = {f for f, s in PERSON_FIELD_SENSITIVITY.items() if s is Sensitivity.SECRET}
        assert not secret & set(result.columns)
        assert not any("secret note" in cell or cell == "watch" for cell in cells(result))


def test_duplicate_people_are_a_bug() -> None:
    achieng = defender("Achieng Otieno")
    with pytest.raises(ValueError, match="twice"):
        apply_policy([achieng, achieng, defender("Other")], policy(Audience.VENUE))


# --- list labels ------------------------------------------------------------------------------


def test_every_list_gets_fresh_labels_by_default() -> None:
    people = [defender(f"Defender {n}") for n in range(3)]
    first = apply_policy(people, policy(Audience.PUBLIC))
    second = apply_policy(people, policy(Audience.PUBLIC))
    assert len(labels_in(first)) == len(labels_in(second)) == 3
    # Two lists of the same people cannot be joined on their labels.
    assert set(labels_in(first)).isdisjoint(labels_in(second))
    assert all(GENERATED_LABEL.fullmatch(label) for label in labels_in(first) + labels_in(second))


def test_a_series_gives_every_list_the_same_labels() -> None:
    people = [defender(f"Defender {n}") for n in range(3)]
    key = b"v" * 32
    badges = ListLabels.series(key, "Geneva co-host")
    first = apply_policy(people, policy(Audience.VENUE), labels=badges)
    again = apply_policy(
        people, policy(Audience.VENUE), labels=ListLabels.series(key, "geneva  CO-HOST")
    )
    assert labels_in(first) == labels_in(again)
    assert sorted(labels_in(first)) == sorted(expected_labels(people, badges).values())
    other_series = apply_policy(
        people, policy(Audience.VENUE), labels=ListLabels.series(key, "Nairobi co-host")
    )
    assert set(labels_in(first)).isdisjoint(labels_in(other_series))
    with pytest.raises(InvalidInput, match="series a name"):
        ListLabels.series(key, "  ")


# --- consent that is too old names nobody -------------------------------------------------------


def fully_consenting(name: str, **changes: object) -> Person:
    values: dict[str, object] = {
        "consent_public": True,
        "consent_coorganisers": True,
        "consent_network": True,
    }
    values.update(changes)
    return person(name, **values)


@pytest.mark.parametrize("audience", EXTERNAL)
def test_consent_from_2019_names_nobody(audience: Audience) -> None:
    old = fully_consenting("Olga Old", consent_date=date(2019, 3, 14))
    fresh = fully_consenting("Fiona Fresh", consent_date=TODAY - timedelta(days=10))
    result = apply_policy([old, fresh], policy(audience), today=TODAY)

    outcome, reason = decision_of(result, old)
    assert outcome is not Outcome.NAMED
    assert "consent from 2019, renewal due" in reason
    assert "Olga Old" not in "\n".join(cells(result))
    assert "Olga Old Org" not in cells(result)
    # The same person with a recent consent is named: only the date is different.
    assert decision_of(result, fresh)[0] is Outcome.NAMED
    assert [row[0] for row in result.rows] == ["Fiona Fresh"]


@pytest.mark.parametrize("audience", EXTERNAL)
def test_undated_consent_names_nobody(audience: Audience) -> None:
    undated = fully_consenting("Una Undated", consent_date=None)
    result = apply_policy([undated], policy(audience), today=TODAY)
    outcome, reason = decision_of(result, undated)
    assert outcome is not Outcome.NAMED
    assert "consent undated, renewal due" in reason
    assert result.named == 0
    assert "Una Undated" not in "\n".join(cells(result))


def test_consent_is_valid_for_exactly_24_months() -> None:
    late_date = TODAY - timedelta(days=731)
    on_the_day = fully_consenting("Ada Edge", consent_date=TODAY - timedelta(days=730))
    a_day_late = fully_consenting("Bea Late", consent_date=late_date)
    result = apply_policy([on_the_day, a_day_late], policy(Audience.PUBLIC), today=TODAY)
    assert decision_of(result, on_the_day)[0] is Outcome.NAMED
    outcome, reason = decision_of(result, a_day_late)
    assert outcome is Outcome.COUNTED
    assert f"consent from {late_date.year}, renewal due" in reason
    # "today" is the caller's: the same record a year earlier was still valid.
    earlier = apply_policy([a_day_late], policy(Audience.PUBLIC), today=TODAY - timedelta(days=365))
    assert decision_of(earlier, a_day_late)[0] is Outcome.NAMED


def test_the_renewal_period_is_a_setting() -> None:
    given_on = TODAY - timedelta(days=400)
    someone = fully_consenting("Cem Year", consent_date=given_on)
    default = apply_policy([someone], policy(Audience.VENUE), today=TODAY)
    assert decision_of(default, someone)[0] is Outcome.NAMED
    strict = apply_policy(
        [someone], policy(Audience.VENUE), today=TODAY, consent_valid_for=timedelta(days=365)
    )
    outcome, reason = decision_of(strict, someone)
    assert outcome is Outcome.COUNTED
    assert f"consent from {given_on.year}, renewal due" in reason


def test_expired_consent_wherever_given_leaves_a_person_labelled() -> None:
    # Old consent to the co-organisers names them in no list, so nothing ties their label to a
    # name and they are labelled with the others of their cell, not singled out as a count.
    stale = person("Sam Stale", consent_coorganisers=True, consent_date=date(2019, 1, 5))
    others = [person(f"Other {n}") for n in range(2)]
    result = apply_policy([stale, *others], policy(Audience.PUBLIC), today=TODAY, labels=FIXED)
    assert decision_of(result, stale)[0] is Outcome.PSEUDONYMISED
    assert sorted(labels_in(result)) == sorted(expected_labels([stale, *others]).values())
    assert result.count_lines == ()


# --- named in one audience's list, only counted in the others --------------------------------


def test_someone_named_for_the_venue_is_only_counted_in_the_public_list() -> None:
    # Low risk, consent to the co-organisers but not to the public: the venue list names her.
    vera = person("Vera Venue", consent_coorganisers=True)
    hidden = [person(f"Hidden {n}") for n in range(3)]
    people = [vera, *hidden]
    assert decision_of(apply_policy(people, policy(Audience.VENUE)), vera)[0] is Outcome.NAMED

    public = apply_policy(people, policy(Audience.PUBLIC), labels=FIXED)
    outcome, reason = decision_of(public, vera)
    assert outcome is Outcome.COUNTED
    assert "named in another audience's list" in reason
    assert "no consent_public" in reason
    # A label beside a name in the other list would unmask her: she has none here.
    assert label_of(vera) not in cells(public)
    assert label_of(vera, length=MAX_HEX) not in cells(public)
    assert "Vera Venue" not in cells(public)
    # The people hidden in every list still form their cell of three.
    assert public.pseudonymised == 3
    assert sorted(labels_in(public)) == sorted(expected_labels(hidden).values())
    assert public.count_lines == ("fewer than 3 further participants",)


def test_people_named_elsewhere_are_counted_by_group_when_there_are_k() -> None:
    named_for_venue = [
        person(f"Venue {n}", consent_coorganisers=True, risk_level=RiskLevel.MEDIUM)
        for n in range(3)
    ]
    result = apply_policy(named_for_venue, policy(Audience.PUBLIC))
    assert result.rows == []
    assert result.count_lines == ("3 further participants (business)",)
    for someone in named_for_venue:
        outcome, reason = decision_of(result, someone)
        assert outcome is Outcome.COUNTED
        assert "named in another audience's list" in reason
        assert "risk medium, ceiling low" in reason


def test_named_elsewhere_is_judged_for_the_same_meeting() -> None:
    # Consent to the public only; under the Chatham House Rule the public list names her only
    # on an attendance record for the host.
    pia = person("Pia Public", consent_public=True)
    others = [person(f"Other {n}") for n in range(3)]
    people = [pia, *others]
    coorganisers = policy(Audience.COORGANISERS)

    record = apply_policy(people, coorganisers, meeting=chatham(record=True), labels=FIXED)
    outcome, reason = decision_of(record, pia)
    assert outcome is Outcome.COUNTED
    assert "named in another audience's list" in reason
    assert record.pseudonymised == 3

    no_record = apply_policy(people, coorganisers, meeting=chatham(record=False), labels=FIXED)
    assert decision_of(no_record, pia)[0] is Outcome.PSEUDONYMISED
    assert sorted(labels_in(no_record)) == sorted(expected_labels(people).values())


def test_public_and_venue_lists_of_one_moment_cannot_be_joined() -> None:
    people = [
        *(defender(f"Defender {n}") for n in range(4)),  # hidden everywhere: labelled in both
        *(person(f"Venue {n}", consent_coorganisers=True) for n in range(3)),  # venue names them
        person("Pat Public", consent_public=True),  # the public list names him
    ]
    public = apply_policy(people, policy(Audience.PUBLIC))
    venue = apply_policy(people, policy(Audience.VENUE))

    public_labels, venue_labels = set(labels_in(public)), set(labels_in(venue))
    assert len(public_labels) == len(venue_labels) == 4
    assert public_labels & venue_labels == set()

    named_for_venue = [p for p in people if decision_of(venue, p)[0] is Outcome.NAMED]
    assert [p.full_name for p in named_for_venue] == ["Venue 0", "Venue 1", "Venue 2"]
    public_text = "\n".join(cells(public))
    for someone in named_for_venue:
        assert decision_of(public, someone)[0] is Outcome.COUNTED
        assert someone.full_name not in public_text
    # The four labels of the public list are the four defenders', nobody else's.
    labelled = {p.id for p in people if decision_of(public, p)[0] is Outcome.PSEUDONYMISED}
    assert labelled == {p.id for p in people[:4]}
    assert public.count_lines == ("3 further participants (business)",)
    # And the other way round: the one the public list names is only counted for the venue.
    assert decision_of(venue, people[-1])[0] is Outcome.COUNTED
    assert venue.count_lines == ("fewer than 3 further participants",)


# --- Chatham House ---------------------------------------------------------------------------


def chatham(*, record: bool) -> MeetingContext:
    return MeetingContext(chatham_house=True, attendance_record_for_host=record)


def chatham_meeting_people() -> list[Person]:
    return [
        person("Ana Business", consent_coorganisers=True, consent_public=True),
        person("Ben Business", consent_coorganisers=True),
        person("Cleo Business"),
        person("Dee Society", stakeholder_group=CIVIL_SOCIETY),
        person("Eve Society", stakeholder_group=CIVIL_SOCIETY),
        person("Fay Society", stakeholder_group=CIVIL_SOCIETY),
        person("Gus Society", stakeholder_group=CIVIL_SOCIETY, consent_coorganisers=True),
        defender("Hana Defender"),
    ]


def test_chatham_house_venue_list_without_attendance_record_is_counts_by_group_only() -> None:
    people = chatham_meeting_people()
    result = apply_policy(people, policy(Audience.VENUE), meeting=chatham(record=False))
    assert result.rows == []
    # Three businesses, four civil society; the one defender is pooled, not "Defenders: 1".
    assert result.count_lines == (
        "Business: 3",
        "Civil society: 4",
        "Further participants: fewer than 3",
    )
    outcome, reason = decision_of(result, people[0])
    assert outcome is Outcome.COUNTED
    assert reason == "counted only: Chatham House Rule, not an attendance record for the host"
    assert "fewer than 3 hrd" in decision_of(result, people[-1])[1]


def test_chatham_house_attendance_record_names_consenting_people_only() -> None:
    people = chatham_meeting_people()
    result = apply_policy(people, policy(Audience.VENUE), meeting=chatham(record=True))
    assert [row[0] for row in result.rows] == ["Ana Business", "Ben Business", "Gus Society"]
    assert "Cleo Business Org" not in cells(result)
    # No pseudonym rows under the Rule: the rest are counts by group (1 business, 3 civil
    # society, 1 defender -> only civil society reaches k).
    assert all(row[0] for row in result.rows)
    assert result.count_lines == ("Civil society: 3", "Further participants: fewer than 3")


def test_chatham_house_public_list_uses_consent_public() -> None:
    people = chatham_meeting_people()
    result = apply_policy(people, policy(Audience.PUBLIC), meeting=chatham(record=True))
    assert [row[0] for row in result.rows] == ["Ana Business"]


def test_chatham_house_does_not_restrict_coorganisers() -> None:
    people = chatham_meeting_people()
    result = apply_policy(people, policy(Audience.COORGANISERS), meeting=chatham(record=False))
    assert [row[0] for row in result.rows if row[0]] == [
        "Ana Business",
        "Ben Business",
        "Gus Society",
    ]


def test_meeting_without_the_rule_gives_the_ordinary_list() -> None:
    people = chatham_meeting_people()
    open_meeting = MeetingContext(chatham_house=False)
    plain = apply_policy(people, policy(Audience.VENUE), labels=FIXED)
    assert plain.pseudonymised == 3  # the comparison covers labelled rows too
    assert apply_policy(people, policy(Audience.VENUE), meeting=open_meeting, labels=FIXED) == plain


def test_meeting_context_from_a_meeting_record() -> None:
    meeting = Meeting(
        id=new_id(),
        title="Deep dive: Sudan",
        kind=MeetingKind.DEEP_DIVE,
        starts_at=datetime(2026, 11, 25, 9, tzinfo=UTC),
        ends_at=datetime(2026, 11, 25, 11, tzinfo=UTC),
        time_zone="Europe/Zurich",
        format=MeetingFormat.IN_PERSON,
    )
    context = MeetingContext.of(meeting)
    assert context.chatham_house is True
    assert context.attendance_record_for_host is False
    assert MeetingContext.of(meeting, attendance_record_for_host=True).attendance_record_for_host


# --- internal and disclaimer ----------------------------------------------------------------


def test_internal_list_is_everything_and_must_be_encrypted() -> None:
    secret_keeper = defender(
        "Zaw Win",
        country="MM",
        languages=("my", "en"),
        consent_date=date(2025, 1, 31),
        joined_on=date(2024, 5, 1),
        pseudonym="Defender-Delta",
    )
    result = apply_policy([secret_keeper, person("Anne Ade")], policy(Audience.INTERNAL))
    assert result.requires_encryption is True
    assert result.columns == INTERNAL_COLUMNS
    assert [row[0] for row in result.rows] == ["Anne Ade", "Zaw Win"]
    record = dict(zip(result.columns, result.rows[1], strict=True))
    assert record["notes"] == "secret note about Zaw Win"
    assert record["risk_level"] == "high"
    assert record["phone"] == "+254712345678"
    assert record["languages"] == "my;en"
    assert record["consent_public"] == "no"
    assert record["consent_date"] == "2025-01-31"
    assert record["joined_on"] == "2024-05-01"
    assert record["country"] == "MM"
    assert {d.outcome for d in result.decisions} == {Outcome.FULL}


def test_only_the_internal_list_requires_encryption() -> None:
    for audience in (Audience.PUBLIC, Audience.VENUE, Audience.COORGANISERS):
        assert apply_policy([], policy(audience)).requires_encryption is False


def test_disclaimer_is_on_by_default_for_public_and_editable() -> None:
    people = [person("Amina Diallo", consent_public=True)]
    assert apply_policy(people, policy(Audience.PUBLIC)).disclaimer == DEFAULT_DISCLAIMER
    assert apply_policy(people, policy(Audience.PUBLIC), include_disclaimer=False).disclaimer == ""
    custom = policy(Audience.PUBLIC, disclaimer="Taking part is not an endorsement.")
    assert apply_policy(people, custom).disclaimer == "Taking part is not an endorsement."
    assert apply_policy(people, policy(Audience.VENUE)).disclaimer == ""


def test_unicode_names_sort_by_folded_name() -> None:
    people = [
        person(name, consent_public=True)
        for name in ("Émile Zola", "adam smith", "Zoë Baker", "Ángela Ruiz")
    ]
    result = apply_policy(people, policy(Audience.PUBLIC))
    assert [row[0] for row in result.rows] == [
        "adam smith",
        "Ángela Ruiz",
        "Émile Zola",
        "Zoë Baker",
    ]


# --- properties over generated populations --------------------------------------------------

CEILING = {
    Audience.PUBLIC: RiskLevel.LOW,
    Audience.VENUE: RiskLevel.MEDIUM,
    Audience.COORGANISERS: RiskLevel.MEDIUM,
}
FLAG = {
    Audience.PUBLIC: "consent_public",
    Audience.VENUE: "consent_coorganisers",
    Audience.COORGANISERS: "consent_coorganisers",
}
CONSENT_VALID_DAYS = 730
# Few countries, so that cells of several people form and the k rule is exercised both ways.
COUNTRIES = ("KE", "UG", "SD", "MM", "TH", "CH", "")
# Undated, recent, exactly 24 months old (still valid), a day older, and long expired.
CONSENT_DATES = (
    None,
    TODAY,
    TODAY - timedelta(days=CONSENT_VALID_DAYS),
    TODAY - timedelta(days=CONSENT_VALID_DAYS + 1),
    date(2019, 5, 1),
)
TOKEN = st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=12, max_size=12)


@st.composite
def populations(draw: st.DrawFn) -> list[Person]:
    tokens = draw(st.lists(TOKEN, unique=True, max_size=25))
    people = []
    for token in tokens:
        people.append(
            Person(
                id=str(draw(st.uuids(version=4))),
                full_name=f"Name{token}",
                stakeholder_group=draw(st.sampled_from(StakeholderGroup)),
                risk_level=draw(st.sampled_from(RiskLevel)),
                pseudonym=draw(st.sampled_from(["", "", f"Alias-{token.lower()}"])),
                organisation=f"Org{token}",
                role=f"Role{token}",
                country=draw(st.sampled_from(COUNTRIES)),
                email=f"{token.lower()}@example.org",
                phone=f"+9{token}",
                secure_channel=f"Signal{token}",
                consent_network=draw(st.booleans()),
                consent_coorganisers=draw(st.booleans()),
                consent_public=draw(st.booleans()),
                consent_date=draw(st.sampled_from(CONSENT_DATES)),
                consent_method=f"Method{token}",
                notes=f"Note{token}",
                tags=(f"Tag{token}",),
            )
        )
    return people


meeting_contexts = st.one_of(
    st.none(),
    st.builds(
        MeetingContext, chatham_house=st.booleans(), attendance_record_for_host=st.booleans()
    ),
)
list_labels = st.builds(
    ListLabels, key=st.just(b"k" * 32), salt=st.binary(min_size=16, max_size=16)
)


def may_be_named(someone: Person, audience: Audience, meeting: MeetingContext | None) -> bool:
    """The rule of DATA.md, written out independently of the implementation."""
    if not getattr(someone, FLAG[audience]) or someone.risk_level.rank > CEILING[audience].rank:
        return False
    if someone.consent_date is None or (TODAY - someone.consent_date).days > CONSENT_VALID_DAYS:
        return False
    under_rule = meeting is not None and meeting.chatham_house
    if under_rule and audience in (Audience.PUBLIC, Audience.VENUE):
        return meeting is not None and meeting.attendance_record_for_host
    return True


def named_in_some_list(someone: Person, meeting: MeetingContext | None) -> bool:
    return any(may_be_named(someone, audience, meeting) for audience in EXTERNAL)


@settings(max_examples=300, deadline=None)
@given(
    people=populations(),
    audience=st.sampled_from(EXTERNAL),
    k=st.integers(min_value=3, max_value=5),
    meeting=meeting_contexts,
    labels=list_labels,
)
def test_lists_never_leak_and_keep_k_anonymity(
    people: list[Person],
    audience: Audience,
    k: int,
    meeting: MeetingContext | None,
    labels: ListLabels,
) -> None:
    result = apply_policy(
        people, policy(audience, k=k), meeting=meeting, labels=labels, today=TODAY
    )
    text = "\n".join(cells(result)) + "\n" + "\n".join(result.count_lines)

    assert all(len(row) == len(result.columns) for row in result.rows)
    assert all(isinstance(cell, str) for cell in cells(result))

    for someone in people:
        token = someone.full_name.removeprefix("Name")
        # Secret and contact-only fields of anyone, ever.
        for never in (someone.notes, someone.consent_method, *someone.tags, someone.phone):
            assert never not in text
        assert someone.secure_channel not in text
        if someone.consent_date is not None:
            assert someone.consent_date.isoformat() not in text
        # A typed pseudonym is an on-screen aid: it never leaves, named or not.
        if someone.pseudonym:
            assert someone.pseudonym not in text
        allowed = may_be_named(someone, audience, meeting)
        if allowed:
            assert someone.full_name in text
        else:
            # Identifying and contact fields of anyone not allowed to be named.
            for identifying in (someone.full_name, someone.organisation, someone.role):
                assert identifying not in text, (identifying, audience, meeting)
            assert someone.email not in text
            assert token not in text
        if allowed and audience is Audience.COORGANISERS and someone.risk_level.rank < 2:
            assert someone.email in text
        if audience is not Audience.COORGANISERS:
            assert someone.email not in text

    secret = {f for f, s in PERSON_FIELD_SENSITIVITY.items() if s is Sensitivity.SECRET}
    assert not secret & set(result.columns)

    column = {name: index for index, name in enumerate(result.columns)}
    pseudonym_rows = [row for row in result.rows if not row[column["full_name"]]]
    for row in pseudonym_rows:
        assert row[column["pseudonym"]]
        for hidden_field in ("organisation", "role", "country"):
            assert row[column[hidden_field]] == ""
    for row in result.rows:
        if row[column["full_name"]]:
            assert row[column["pseudonym"]] == ""  # a named row never carries a label
    cell_sizes = Counter(
        (row[column["stakeholder_group"]], row[column["region"]]) for row in pseudonym_rows
    )
    assert all(size >= k for size in cell_sizes.values()), cell_sizes
    row_labels = [row[column["pseudonym"]] for row in pseudonym_rows]
    assert row_labels == sorted(row_labels, key=lambda label: (label.casefold(), label))
    assert all(GENERATED_LABEL.fullmatch(label) for label in row_labels), row_labels

    # The labels are exactly those of this list's key and salt, for the labelled people only.
    outcome_of = {d.person_id: d.outcome for d in result.decisions}
    labelled = [s for s in people if outcome_of[s.id] is Outcome.PSEUDONYMISED]
    assert sorted(row_labels) == sorted(expected_labels(labelled, labels).values())

    # Only people hidden in every external list of this moment are labelled, and only in
    # (group, region) cells of at least k of them; everyone else hidden is only counted.
    restricted = (
        meeting is not None
        and meeting.chatham_house
        and audience in (Audience.PUBLIC, Audience.VENUE)
    )
    hidden_everywhere = [s for s in people if not named_in_some_list(s, meeting)]
    hidden_everywhere_ids = {s.id for s in hidden_everywhere}
    cell_of = Counter((s.stakeholder_group, region_of(s.country)) for s in hidden_everywhere)
    for someone in people:
        if may_be_named(someone, audience, meeting):
            expected = Outcome.NAMED
        elif someone.id in hidden_everywhere_ids and not restricted:
            big_enough = cell_of[(someone.stakeholder_group, region_of(someone.country))] >= k
            expected = Outcome.PSEUDONYMISED if big_enough else Outcome.COUNTED
        else:
            expected = Outcome.COUNTED
        outcome, reason = decision_of(result, someone)
        assert outcome is expected, (someone, reason)
        if not restricted and not may_be_named(someone, audience, meeting):
            elsewhere = named_in_some_list(someone, meeting)
            assert ("named in another audience's list" in reason) is elsewhere, reason

    for line in result.counts:
        if line.group is not None:
            assert line.count >= k
        if line.count < k:
            # A number below k is never printed: "1" or "2" is already a person.
            assert line.group is None
            assert line.text in (
                f"fewer than {k} further participants",
                f"Further participants: fewer than {k}",
            )
        else:
            assert str(line.count) in line.text
            assert "fewer than" not in line.text

    if meeting is not None and meeting.chatham_house and audience is not Audience.COORGANISERS:
        assert pseudonym_rows == []
        if not meeting.attendance_record_for_host:
            assert result.rows == []
        assert all(":" in line for line in result.count_lines)

    # Everyone is accounted for exactly once, and the decisions say the same as the rows.
    named = [s for s in people if may_be_named(s, audience, meeting)]
    assert result.named == len(named) == len(result.rows) - len(pseudonym_rows)
    assert len(pseudonym_rows) + len(named) + sum(c.count for c in result.counts) == len(people)
    outcomes = Counter(d.outcome for d in result.decisions)
    assert outcomes[Outcome.NAMED] == len(named)
    assert outcomes[Outcome.PSEUDONYMISED] == len(pseudonym_rows) == result.pseudonymised
    assert outcomes[Outcome.COUNTED] == sum(c.count for c in result.counts)
    assert [d.person_id for d in result.decisions] == [s.id for s in people]


@settings(max_examples=100, deadline=None)
@given(people=populations(), audience=st.sampled_from(list(Audience)), meeting=meeting_contexts)
def test_the_same_input_always_gives_the_same_list(
    people: list[Person], audience: Audience, meeting: MeetingContext | None
) -> None:
    # The same labels, as a series would give them: a fresh list has fresh labels by design.
    first = apply_policy(people, policy(audience), meeting=meeting, labels=FIXED, today=TODAY)
    shuffled = apply_policy(
        list(reversed(people)), policy(audience), meeting=meeting, labels=FIXED, today=TODAY
    )
    assert first.rows == shuffled.rows
    assert first.count_lines == shuffled.count_lines


@settings(max_examples=100, deadline=None)
@given(people=populations())
def test_internal_list_holds_every_person_in_full(people: list[Person]) -> None:
    result = apply_policy(people, policy(Audience.INTERNAL), meeting=chatham(record=False))
    assert result.requires_encryption
    assert len(result.rows) == len(people)
    text = "\n".join(cells(result))
    for someone in people:
        for value in (someone.full_name, someone.notes, someone.phone, someone.secure_channel):
            assert value in text


def test_replacing_a_person_changes_only_their_row() -> None:
    # Guards against an implementation that derives a pseudonym from anything but the id.
    people = [defender(f"Person {n}") for n in range(3)]
    renamed = [replace(people[0], full_name="Someone Else"), *people[1:]]
    original = apply_policy(people, policy(Audience.PUBLIC), labels=FIXED).rows
    assert len(original) == 3
    assert original == apply_policy(renamed, policy(Audience.PUBLIC), labels=FIXED).rows


def test_reasons_are_data_the_window_words_without_parsing() -> None:
    """A reason is a template (its code) with parameters; its English is what the CLI
    prints, and equals the sentence the rule has always given."""
    from bizhr_desktop.core.policy import (
        WHY_CONSENT_OLD,
        WHY_NO_CONSENT,
        WHY_RISK_OVER,
        not_named_because,
        not_named_reasons,
        reasons_text,
    )

    policy = ExportPolicy.for_audience(Audience.PUBLIC)
    old = person("Old Consent", consent_public=True, consent_date=date(2019, 5, 1))
    risky = person("Risky", risk_level=RiskLevel.HIGH, consent_public=False)
    today = date(2026, 12, 1)
    assert [(r.template, r.params) for r in not_named_reasons(old, policy, today)] == [
        (WHY_CONSENT_OLD, (("year", "2019"),))
    ]
    reasons = not_named_reasons(risky, policy, today)
    assert [r.template for r in reasons] == [WHY_NO_CONSENT["consent_public"], WHY_RISK_OVER]
    assert reasons[1].param("risk") == "high" and reasons[1].param("ceiling") == "low"
    for someone in (old, risky):
        assert reasons_text(not_named_reasons(someone, policy, today)) == "; ".join(
            not_named_because(someone, policy, today)
        )
