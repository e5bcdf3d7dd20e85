"""Export policy: turn people into the list that is safe to hand to one audience.

This module is the reason the product exists. Whatever leaves the vault in plaintext is
exactly ``PolicyResult.rows`` (plus its count lines and disclaimer), and the rules that
produce it are those of shared/DATA.md, "Audiences of a contact-safe export":

* a person is **named** only with the audience's consent flag and a risk level at or below
  the audience's ceiling (and, for a Chatham House meeting, only on an attendance record for
  the host);
* everyone else appears under a **pseudonym** with stakeholder group and UN M49 region,
* unless fewer than k such rows share that group and region: then they are only **counted**;
* ``secret`` fields never appear; contact fields only where the audience allows them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from bizhr_desktop.core.countries import country_name, region_of
from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.models import Audience, Meeting, Person, RiskLevel, StakeholderGroup
from bizhr_desktop.core.pseudonym import MAX_HEX, make_pseudonym
from bizhr_desktop.core.text import fold

DEFAULT_K: Final = 3

DEFAULT_DISCLAIMER: Final = (
    "Participation in the Business Network does not imply endorsement of the network's "
    "actions or positions."
)

CONTACT_FIELDS: Final = ("email", "phone", "secure_channel")

# Columns of every list except the internal bundle. Contact columns the audience allows are
# appended in CONTACT_FIELDS order. ``full_name`` and ``pseudonym`` are separate columns so a
# reader can never take a pseudonym for a name (or the reverse).
LIST_COLUMNS: Final = (
    "full_name",
    "pseudonym",
    "stakeholder_group",
    "organisation",
    "role",
    "country",
    "region",
)

# The internal bundle's payload is the CSV interchange of DATA.md, column for column, so the
# receiving coordinator's import reads it back unchanged.
INTERNAL_COLUMNS: Final = (
    "full_name",
    "pseudonym",
    "stakeholder_group",
    "organisation",
    "role",
    "country",
    "email",
    "phone",
    "secure_channel",
    "languages",
    "risk_level",
    "consent_network",
    "consent_coorganisers",
    "consent_public",
    "consent_date",
    "notes",
    "tags",
    "participation",
    "joined_on",
)

_WORDS: Final = re.compile(r"\W+")

# Contact details are never handed over for people at this level, whatever a policy says.
_NEVER_CONTACTED_AT: Final = RiskLevel.HIGH


class Outcome(StrEnum):
    NAMED = "named"
    PSEUDONYMISED = "pseudonymised"
    COUNTED = "counted"
    FULL = "full"  # internal bundle only


@dataclass(frozen=True, slots=True)
class _Baseline:
    consent_flag: str | None
    risk_ceiling: RiskLevel | None
    contact_fields: frozenset[str]
    disclaimer: str


# The DATA.md table. A policy may be *stricter* than its audience's line, never looser.
_BASELINES: Final[Mapping[Audience, _Baseline]] = MappingProxyType(
    {
        Audience.PUBLIC: _Baseline(
            "consent_public", RiskLevel.LOW, frozenset(), DEFAULT_DISCLAIMER
        ),
        Audience.VENUE: _Baseline("consent_coorganisers", RiskLevel.MEDIUM, frozenset(), ""),
        Audience.COORGANISERS: _Baseline(
            "consent_coorganisers", RiskLevel.MEDIUM, frozenset({"email"}), ""
        ),
        Audience.INTERNAL: _Baseline(None, None, frozenset(CONTACT_FIELDS), ""),
    }
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportPolicy:
    """The rules for one audience. Build it with ``ExportPolicy.for_audience``.

    Every setting can only be tightened: a higher k, a lower risk ceiling, fewer contact
    fields. Anything looser than DATA.md's line for the audience is refused, so no settings
    screen or saved policy can quietly turn a venue list into a list of defenders.
    """

    audience: Audience
    risk_ceiling: RiskLevel | None
    contact_fields: frozenset[str]
    k: int = DEFAULT_K
    disclaimer: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "audience", Audience(self.audience))
        object.__setattr__(self, "contact_fields", frozenset(self.contact_fields))
        baseline = _BASELINES[self.audience]
        # bool is an int: k=True must not pass as "1".
        if isinstance(self.k, bool) or not isinstance(self.k, int) or self.k < DEFAULT_K:
            raise InvalidInput(
                f"The smallest group shown under pseudonyms can only be raised from "
                f"{DEFAULT_K}, not lowered (asked for {self.k!r})."
            )
        unknown = self.contact_fields - baseline.contact_fields
        if unknown:
            raise InvalidInput(
                f"A {self.audience} list cannot include {', '.join(sorted(unknown))}."
            )
        if baseline.risk_ceiling is not None:
            if self.risk_ceiling is None:
                raise InvalidInput(f"A {self.audience} list needs a risk ceiling.")
            ceiling = RiskLevel(self.risk_ceiling)
            object.__setattr__(self, "risk_ceiling", ceiling)
            if ceiling > baseline.risk_ceiling:
                raise InvalidInput(
                    f"A {self.audience} list can name people up to {baseline.risk_ceiling} "
                    f"risk at most, not {ceiling}."
                )

    @classmethod
    def for_audience(
        cls,
        audience: Audience,
        *,
        k: int = DEFAULT_K,
        risk_ceiling: RiskLevel | None = None,
        contact_fields: Iterable[str] | None = None,
        disclaimer: str | None = None,
    ) -> ExportPolicy:
        """The audience's DATA.md policy, optionally tightened."""
        baseline = _BASELINES[Audience(audience)]
        return cls(
            audience=audience,
            k=k,
            risk_ceiling=baseline.risk_ceiling if risk_ceiling is None else risk_ceiling,
            contact_fields=(
                baseline.contact_fields if contact_fields is None else frozenset(contact_fields)
            ),
            disclaimer=baseline.disclaimer if disclaimer is None else disclaimer,
        )

    @property
    def consent_flag(self) -> str | None:
        """The Person field that must be true to name someone (None for internal)."""
        return _BASELINES[self.audience].consent_flag

    @property
    def columns(self) -> tuple[str, ...]:
        if self.audience is Audience.INTERNAL:
            return INTERNAL_COLUMNS
        return LIST_COLUMNS + tuple(f for f in CONTACT_FIELDS if f in self.contact_fields)


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingContext:
    """What the policy needs to know about the meeting a list is scoped to."""

    chatham_house: bool = True
    # Set by the organiser, per list: "this is the attendance record the host asked for".
    attendance_record_for_host: bool = False

    @classmethod
    def of(cls, meeting: Meeting, *, attendance_record_for_host: bool = False) -> MeetingContext:
        return cls(
            chatham_house=meeting.chatham_house,
            attendance_record_for_host=attendance_record_for_host,
        )


@dataclass(frozen=True, slots=True)
class Decision:
    """What happened to one person, and a sentence saying why (shown in the preview only)."""

    person_id: str
    outcome: Outcome
    reason: str


@dataclass(frozen=True, slots=True)
class CountLine:
    """People shown only as a number, optionally with their stakeholder group."""

    count: int
    group: StakeholderGroup | None
    chatham_house: bool = False

    @property
    def text(self) -> str:
        if self.chatham_house:
            label = self.group.label if self.group is not None else "Further participants"
            return f"{label}: {self.count}"
        noun = "participant" if self.count == 1 else "participants"
        suffix = f" ({self.group.value})" if self.group is not None else ""
        return f"{self.count} further {noun}{suffix}"


@dataclass(frozen=True, slots=True)
class PolicyResult:
    """Exactly what may be written for the audience, and why each person appears as they do.

    ``rows`` (under ``columns``), ``count_lines`` and ``disclaimer`` are the whole content of
    the file; ``decisions`` are for the coordinator's preview and never go into the file.
    """

    audience: Audience
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]
    counts: tuple[CountLine, ...]
    decisions: tuple[Decision, ...]
    disclaimer: str
    # Internal lists hold every secret: callers must refuse to write them in plaintext.
    requires_encryption: bool = False
    named: int = 0
    pseudonymised: int = 0

    @property
    def count_lines(self) -> tuple[str, ...]:
        return tuple(line.text for line in self.counts)


def apply_policy(
    people: Sequence[Person],
    policy: ExportPolicy,
    *,
    meeting: MeetingContext | None = None,
    include_disclaimer: bool = True,
) -> PolicyResult:
    """The list ``policy`` allows for ``people``, with the reason for every person."""
    _refuse_duplicates(people)
    disclaimer = policy.disclaimer if include_disclaimer else ""
    if policy.audience is Audience.INTERNAL:
        return _internal(people, policy, disclaimer)

    # The Chatham House Rule protects identity *and affiliation* from anyone outside the room;
    # DATA.md applies it to the two audiences that are outside it. Co-organisers are in it.
    chatham = (
        meeting is not None
        and meeting.chatham_house
        and policy.audience in (Audience.PUBLIC, Audience.VENUE)
    )
    record_for_host = meeting is not None and meeting.attendance_record_for_host

    decisions: dict[str, Decision] = {}
    named: list[Person] = []
    hidden: list[tuple[Person, str]] = []
    for person in people:
        blockers = _why_not_named(person, policy)
        if chatham and not record_for_host:
            blockers.insert(0, "Chatham House Rule, not an attendance record for the host")
        if blockers:
            hidden.append((person, "; ".join(blockers)))
        else:
            named.append(person)
            decisions[person.id] = Decision(person.id, Outcome.NAMED, _named_reason(person, policy))

    rows = [_named_row(person, policy) for person in _by_name(named)]
    if chatham:
        counts = _chatham_counts(hidden, policy.k, decisions)
        pseudonymised = 0
    else:
        pseudonym_rows, counts = _pseudonymise(hidden, policy, decisions)
        rows.extend(pseudonym_rows)
        pseudonymised = len(pseudonym_rows)

    return PolicyResult(
        audience=policy.audience,
        columns=policy.columns,
        rows=rows,
        counts=counts,
        decisions=tuple(decisions[person.id] for person in people),
        disclaimer=disclaimer,
        requires_encryption=False,
        named=len(named),
        pseudonymised=pseudonymised,
    )


def _refuse_duplicates(people: Sequence[Person]) -> None:
    # The same person twice would count twice towards k: two copies of one defender plus one
    # other person would pass for a group of three. That is a caller's bug; fail loudly.
    seen: set[str] = set()
    for person in people:
        if person.id in seen:
            raise ValueError(f"person {person.id} is listed twice; k-anonymity needs each once")
        seen.add(person.id)


def _why_not_named(person: Person, policy: ExportPolicy) -> list[str]:
    blockers: list[str] = []
    flag = policy.consent_flag
    if flag is not None and not getattr(person, flag):
        blockers.append(f"no {flag}")
    ceiling = policy.risk_ceiling
    if ceiling is not None and person.risk_level > ceiling:
        blockers.append(f"risk {person.risk_level}, ceiling {ceiling}")
    return blockers


def _named_reason(person: Person, policy: ExportPolicy) -> str:
    return (
        f"named: {policy.consent_flag} given, risk {person.risk_level} "
        f"within ceiling {policy.risk_ceiling}"
    )


def _by_name(people: Iterable[Person]) -> list[Person]:
    # The id breaks ties between namesakes so that the same input always gives the same file.
    return sorted(people, key=lambda p: (fold(p.full_name), p.full_name, p.id))


def _named_row(person: Person, policy: ExportPolicy) -> tuple[str, ...]:
    # No pseudonym on a named row: the same person may be pseudonymised in another list (the
    # public one, another meeting's), and a name printed beside their pseudonym would unmask
    # every list in which only the pseudonym appears.
    row = [
        person.full_name,
        "",
        person.stakeholder_group.value,
        person.organisation,
        person.role,
        country_name(person.country),
        region_of(person.country),
    ]
    contact_allowed = person.risk_level < _NEVER_CONTACTED_AT
    for name in CONTACT_FIELDS:
        if name in policy.contact_fields:
            row.append(getattr(person, name) if contact_allowed else "")
    return tuple(row)


def _pseudonym_for(person: Person) -> tuple[str, bool]:
    """The label to print and whether it was generated (and so may be lengthened)."""
    stored = person.pseudonym.strip()
    # A pseudonym typed as "Amina D." or "Diallo's cousin" is not a pseudonym: any word of
    # three letters or more from the name disqualifies it (erring towards a generated label).
    folded = fold(stored)
    name_words = [word for word in _WORDS.split(fold(person.full_name)) if len(word) >= 3]
    if stored and not any(word in folded for word in name_words):
        return stored, False
    return make_pseudonym(person.stakeholder_group, person.id), True


def _pseudonymise(
    hidden: Sequence[tuple[Person, str]],
    policy: ExportPolicy,
    decisions: dict[str, Decision],
) -> tuple[list[tuple[str, ...]], tuple[CountLine, ...]]:
    # Cells are built from the *hidden* people only. A named person is identified already, so
    # counting them towards k would let two named Kenyan defenders "cover" the one
    # pseudonymised Eastern African defender, who would then be the only unnamed row of the
    # cell: singled out by elimination. Only pseudonymised rows protect one another.
    cells: dict[tuple[StakeholderGroup, str], list[tuple[Person, str]]] = defaultdict(list)
    for person, why in hidden:
        cells[(person.stakeholder_group, region_of(person.country))].append((person, why))

    shown: list[tuple[Person, str]] = []
    left_over: dict[StakeholderGroup, list[tuple[Person, str, str]]] = defaultdict(list)
    for (group, region), members in cells.items():
        if len(members) >= policy.k:
            for person, why in members:
                shown.append((person, region))
                decisions[person.id] = Decision(
                    person.id, Outcome.PSEUDONYMISED, f"pseudonymised: {why}"
                )
        else:
            for person, why in members:
                left_over[group].append((person, region or "no country", why))

    labels = _unique_labels([person for person, _ in shown])
    blank_contacts = ("",) * sum(1 for f in CONTACT_FIELDS if f in policy.contact_fields)
    rows = [
        ("", labels[person.id], person.stakeholder_group.value, "", "", "", region, *blank_contacts)
        for person, region in shown
    ]
    # Sorted by pseudonym, a hash of the random id: the order says nothing about the names.
    rows.sort(key=lambda row: (fold(row[1]), row))

    # What is left cannot be shown with its region (that is what singles people out), and a
    # count line "1 further participant (hrd, Eastern Africa)" would say it all the same. So
    # the left-over people are counted by stakeholder group where that group still has k of
    # them, and every smaller remainder is pooled into one line without any group.
    counts: list[CountLine] = []
    pooled = 0
    for group in StakeholderGroup:
        members_left = left_over.get(group, [])
        if not members_left:
            continue
        grouped = len(members_left) >= policy.k
        if grouped:
            counts.append(CountLine(len(members_left), group))
        else:
            pooled += len(members_left)
        for person, region, why in members_left:
            where = "group shown" if grouped else "no group shown"
            decisions[person.id] = Decision(
                person.id,
                Outcome.COUNTED,
                f"counted only ({where}): fewer than {policy.k} share {group} / {region}; "
                f"not named: {why}",
            )
    if pooled:
        counts.append(CountLine(pooled, None))
    return rows, tuple(counts)


def _unique_labels(people: Sequence[Person]) -> dict[str, str]:
    # Four hex digits are easy to read aloud but two people in one list may share them; only
    # those generated labels that clash get the longer form, so the usual label stays stable.
    chosen = {person.id: _pseudonym_for(person) for person in people}
    seen: dict[str, int] = defaultdict(int)
    for label, _ in chosen.values():
        seen[label] += 1
    labels: dict[str, str] = {}
    for person in people:
        label, generated = chosen[person.id]
        if generated and seen[label] > 1:
            label = make_pseudonym(person.stakeholder_group, person.id, length=MAX_HEX)
        labels[person.id] = label
    return labels


def _chatham_counts(
    hidden: Sequence[tuple[Person, str]],
    k: int,
    decisions: dict[str, Decision],
) -> tuple[CountLine, ...]:
    # Under the Rule nobody outside the room learns who came or from where: no pseudonyms and
    # no regions, only how many came from each stakeholder group. A group with fewer than k
    # people is pooled too: "Human rights defenders: 1" at a deep dive on one country is
    # already a person.
    by_group: dict[StakeholderGroup, list[tuple[Person, str]]] = defaultdict(list)
    for person, why in hidden:
        by_group[person.stakeholder_group].append((person, why))
    counts: list[CountLine] = []
    pooled = 0
    for group in StakeholderGroup:
        members = by_group.get(group, [])
        if not members:
            continue
        grouped = len(members) >= k
        if grouped:
            counts.append(CountLine(len(members), group, chatham_house=True))
        else:
            pooled += len(members)
        for person, why in members:
            detail = "" if grouped else f"; fewer than {k} {group}, counted without a group"
            decisions[person.id] = Decision(
                person.id, Outcome.COUNTED, f"counted only: {why}{detail}"
            )
    if pooled:
        counts.append(CountLine(pooled, None, chatham_house=True))
    return tuple(counts)


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _internal_row(person: Person) -> tuple[str, ...]:
    return (
        person.full_name,
        person.pseudonym,
        person.stakeholder_group.value,
        person.organisation,
        person.role,
        person.country,
        person.email,
        person.phone,
        person.secure_channel,
        ";".join(person.languages),
        person.risk_level.value,
        _yes_no(person.consent_network),
        _yes_no(person.consent_coorganisers),
        _yes_no(person.consent_public),
        person.consent_date.isoformat() if person.consent_date else "",
        person.notes,
        ";".join(person.tags),
        person.participation.value,
        person.joined_on.isoformat() if person.joined_on else "",
    )


def _internal(people: Sequence[Person], policy: ExportPolicy, disclaimer: str) -> PolicyResult:
    ordered = _by_name(people)
    return PolicyResult(
        audience=policy.audience,
        columns=INTERNAL_COLUMNS,
        rows=[_internal_row(person) for person in ordered],
        counts=(),
        decisions=tuple(
            Decision(
                person.id,
                Outcome.FULL,
                "full record: internal audience, only inside an encrypted bundle",
            )
            for person in people
        ),
        disclaimer=disclaimer,
        requires_encryption=True,
        named=len(people),
    )
