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

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from bizhr_desktop.core.countries import country_name, region_of
from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.messages import fill
from bizhr_desktop.core.models import (
    CONSENT_VALID_FOR,
    Audience,
    Meeting,
    Person,
    RiskLevel,
    StakeholderGroup,
)
from bizhr_desktop.core.pseudonym import MAX_LABEL_HEX, MIN_HEX, list_label
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


@dataclass(frozen=True, slots=True)
class ListLabels:
    """How one list's labels are made: a key kept in the vault and this list's salt.

    ``fresh`` (the default) gives every list its own salt, so no label appears in two lists;
    ``series`` gives every list of one named series the same labels (badges for one co-host),
    which the preview says. Without a vault key (tests, previews of nothing) a random key is
    used: labels are then unlinkable to anything at all."""

    key: bytes = field(repr=False)
    salt: bytes
    series_name: str = ""

    @classmethod
    def fresh(cls, key: bytes | None = None) -> ListLabels:
        return cls(key or os.urandom(32), os.urandom(16))

    @classmethod
    def series(cls, key: bytes, name: str) -> ListLabels:
        cleaned = " ".join(fold(name).split())
        if not cleaned:
            raise InvalidInput("Give the series a name (e.g. the co-host's).")
        return cls(key, b"series:" + cleaned.encode("utf-8"), series_name=name.strip())


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
                "The smallest group shown under pseudonyms can only be raised from "
                "{minimum}, not lowered (asked for {asked}).",
                minimum=DEFAULT_K,
                asked=repr(self.k),
            )
        unknown = self.contact_fields - baseline.contact_fields
        if unknown:
            raise InvalidInput(
                "A {audience} list cannot include {fields}.",
                audience=str(self.audience),
                fields=", ".join(sorted(unknown)),
            )
        if baseline.risk_ceiling is not None:
            if self.risk_ceiling is None:
                raise InvalidInput(
                    "A {audience} list needs a risk ceiling.", audience=str(self.audience)
                )
            ceiling = RiskLevel(self.risk_ceiling)
            object.__setattr__(self, "risk_ceiling", ceiling)
            if ceiling > baseline.risk_ceiling:
                raise InvalidInput(
                    "A {audience} list can name people up to {highest} risk at most, not {asked}.",
                    audience=str(self.audience),
                    highest=str(baseline.risk_ceiling),
                    asked=str(ceiling),
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
class Reason:
    """One reason of the policy, as data: a template (its code: one of the ``WHY_*``
    constants) and its parameters. ``text`` is the English the CLI prints; the window picks
    its own translated wording by the template, never by parsing the text."""

    template: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return fill(self.template, dict(self.params))

    def param(self, name: str) -> str:
        return dict(self.params)[name]


def _why(template: str, **params: object) -> Reason:
    return Reason(template, tuple((name, str(value)) for name, value in params.items()))


WHY_NO_CONSENT: Final = {
    "consent_public": "no consent_public",
    "consent_coorganisers": "no consent_coorganisers",
    "consent_network": "no consent_network",
}
WHY_CONSENT_UNDATED: Final = "consent undated, renewal due"
WHY_CONSENT_OLD: Final = "consent from {year}, renewal due"
WHY_RISK_OVER: Final = "risk {risk}, ceiling {ceiling}"
WHY_CHATHAM: Final = "Chatham House Rule, not an attendance record for the host"
WHY_NAMED: Final = "consent given and risk within the audience's ceiling"
WHY_INTERNAL: Final = "internal bundle, encrypted"
WHY_NOT_NAMED: Final = "not named"
WHY_NAMED_ELSEWHERE: Final = "named in another audience's list, so not labelled here"
WHY_FEWER_THAN_K: Final = "fewer than {k} share their group and region"
NAMED_ELSEWHERE: Final = WHY_NAMED_ELSEWHERE


def reasons_text(reasons: Sequence[Reason]) -> str:
    """The English of a list of reasons, as the CLI and the audit-free summary print it."""
    text = "; ".join(r.text for r in reasons if r.template != WHY_FEWER_THAN_K)
    for reason in reasons:
        if reason.template == WHY_FEWER_THAN_K:
            text += f" ({reason.text})"
    return text


@dataclass(frozen=True, slots=True)
class Decision:
    """What happened to one person, and a sentence saying why (shown in the preview only)."""

    person_id: str
    outcome: Outcome
    reason: str


@dataclass(frozen=True, slots=True)
class CountLine:
    """People shown only as a number, optionally with their stakeholder group. A number
    below k is never printed ("fewer than 3"): a "1" is already a person."""

    count: int
    group: StakeholderGroup | None
    chatham_house: bool = False
    k: int = DEFAULT_K

    @property
    def shown_count(self) -> str:
        return str(self.count) if self.count >= self.k else f"fewer than {self.k}"

    @property
    def text(self) -> str:
        if self.chatham_house:
            label = self.group.label if self.group is not None else "Further participants"
            return f"{label}: {self.shown_count}"
        noun = "participant" if self.count == 1 and self.count >= self.k else "participants"
        suffix = f" ({self.group.value})" if self.group is not None else ""
        return f"{self.shown_count} further {noun}{suffix}"


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


EXTERNAL_AUDIENCES: Final = (Audience.PUBLIC, Audience.VENUE, Audience.COORGANISERS)


def apply_policy(
    people: Sequence[Person],
    policy: ExportPolicy,
    *,
    meeting: MeetingContext | None = None,
    include_disclaimer: bool = True,
    labels: ListLabels | None = None,
    today: date | None = None,
    consent_valid_for: timedelta = CONSENT_VALID_FOR,
) -> PolicyResult:
    """The list ``policy`` allows for ``people``, with the reason for every person.

    ``labels`` says how this list's labels are made (a fresh, unlinkable set by default);
    ``today`` and ``consent_valid_for`` decide which consents are too old to name anyone.
    """
    _refuse_duplicates(people)
    labels = labels or ListLabels.fresh()
    today = today or date.today()
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
        blockers = _why_not_named(person, policy, today, consent_valid_for)
        if chatham and not record_for_host:
            blockers.insert(0, WHY_CHATHAM)
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
        # Someone named in another audience's list must not carry a label in this one: two
        # lists of the same moment, compared, would tie the label to the name. They are
        # only counted here (DATA.md: "a person named in one audience's list is only counted
        # in the others").
        named_elsewhere = [
            (person, why)
            for person, why in hidden
            if _named_in_some_list(person, meeting, today, consent_valid_for)
        ]
        elsewhere_ids = {person.id for person, _ in named_elsewhere}
        pseudonym_rows, counts = _pseudonymise(
            [(p, why) for p, why in hidden if p.id not in elsewhere_ids],
            policy,
            decisions,
            labels,
            named_elsewhere,
        )
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


def not_named_because(
    person: Person,
    policy: ExportPolicy,
    today: date | None = None,
    consent_valid_for: timedelta = CONSENT_VALID_FOR,
) -> list[str]:
    """Why this audience's list does not name the person ([] when it may): the one rule."""
    return [r.text for r in not_named_reasons(person, policy, today, consent_valid_for)]


def not_named_reasons(
    person: Person,
    policy: ExportPolicy,
    today: date | None = None,
    consent_valid_for: timedelta = CONSENT_VALID_FOR,
) -> list[Reason]:
    """``not_named_because`` as data, for the window to word in its language."""
    today = today or date.today()
    return _reasons_not_named(person, policy, today, consent_valid_for)


def _why_not_named(
    person: Person, policy: ExportPolicy, today: date, consent_valid_for: timedelta
) -> list[str]:
    return [r.text for r in _reasons_not_named(person, policy, today, consent_valid_for)]


def _reasons_not_named(
    person: Person, policy: ExportPolicy, today: date, consent_valid_for: timedelta
) -> list[Reason]:
    blockers: list[Reason] = []
    flag = policy.consent_flag
    if flag is not None and not getattr(person, flag):
        blockers.append(_why(WHY_NO_CONSENT[flag]))
    elif flag is not None and person.consent_date is None:
        blockers.append(_why(WHY_CONSENT_UNDATED))
    elif (
        flag is not None
        and person.consent_date is not None
        and (today - person.consent_date > consent_valid_for)
    ):
        blockers.append(_why(WHY_CONSENT_OLD, year=person.consent_date.year))
    ceiling = policy.risk_ceiling
    if ceiling is not None and person.risk_level > ceiling:
        blockers.append(_why(WHY_RISK_OVER, risk=person.risk_level, ceiling=ceiling))
    return blockers


# Built once: asked for every hidden person of every list.
_EXTERNAL_BASELINES: Final[Mapping[Audience, ExportPolicy]] = MappingProxyType(
    {audience: ExportPolicy.for_audience(audience) for audience in EXTERNAL_AUDIENCES}
)


def _named_in_some_list(
    person: Person, meeting: MeetingContext | None, today: date, consent_valid_for: timedelta
) -> bool:
    """Whether any external audience's list of this scope, at DATA.md's line, names them."""
    for audience in EXTERNAL_AUDIENCES:
        chatham = (
            meeting is not None
            and meeting.chatham_house
            and not meeting.attendance_record_for_host
            and audience in (Audience.PUBLIC, Audience.VENUE)
        )
        baseline = _EXTERNAL_BASELINES[audience]
        if not chatham and not _why_not_named(person, baseline, today, consent_valid_for):
            return True
    return False


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


def _pseudonymise(
    hidden: Sequence[tuple[Person, str]],
    policy: ExportPolicy,
    decisions: dict[str, Decision],
    labels: ListLabels,
    named_elsewhere: Sequence[tuple[Person, str]] = (),
) -> tuple[list[tuple[str, ...]], tuple[CountLine, ...]]:
    # Cells are built from the people hidden in every list only. A named person is identified
    # already, so counting them towards k would let two named Kenyan defenders "cover" the
    # one pseudonymised Eastern African defender, who would then be the only unnamed row of
    # the cell: singled out by elimination. Only labelled rows protect one another.
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
    for person, why in named_elsewhere:
        left_over[person.stakeholder_group].append((person, "", f"{why}; {NAMED_ELSEWHERE}"))

    chosen = _unique_labels([person for person, _ in shown], labels)
    blank_contacts = ("",) * sum(1 for f in CONTACT_FIELDS if f in policy.contact_fields)
    rows = [
        ("", chosen[person.id], person.stakeholder_group.value, "", "", "", region, *blank_contacts)
        for person, region in shown
    ]
    # Sorted by label, a keyed hash of the random id: the order says nothing about the names.
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
            counts.append(CountLine(len(members_left), group, k=policy.k))
        else:
            pooled += len(members_left)
        for person, region, why in members_left:
            where = "group shown" if grouped else "no group shown"
            reason = (
                f"counted only ({where}): {why}"
                if not region
                else f"counted only ({where}): fewer than {policy.k} share {group} / {region}; "
                f"not named: {why}"
            )
            decisions[person.id] = Decision(person.id, Outcome.COUNTED, reason)
    if pooled:
        counts.append(CountLine(pooled, None, k=policy.k))
    return rows, tuple(counts)


def _unique_labels(people: Sequence[Person], labels: ListLabels) -> dict[str, str]:
    # Four hex digits are easy to read aloud but two people in one list may share them; the
    # labels that clash are lengthened (6, then 8, ... hex digits) until none does.
    def label(person: Person, length: int) -> str:
        return list_label(
            person.stakeholder_group,
            person.id,
            key=labels.key,
            list_salt=labels.salt,
            length=length,
        )

    chosen = {person.id: label(person, MIN_HEX) for person in people}
    length = MIN_HEX
    while length < MAX_LABEL_HEX:
        seen: dict[str, int] = defaultdict(int)
        for text in chosen.values():
            seen[text] += 1
        clashing = [person for person in people if seen[chosen[person.id]] > 1]
        if not clashing:
            break
        length = min(length + 2, MAX_LABEL_HEX)
        for person in clashing:
            chosen[person.id] = label(person, length)
    return chosen


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
            counts.append(CountLine(len(members), group, chatham_house=True, k=k))
        else:
            pooled += len(members)
        for person, why in members:
            detail = "" if grouped else f"; fewer than {k} {group}, counted without a group"
            decisions[person.id] = Decision(
                person.id, Outcome.COUNTED, f"counted only: {why}{detail}"
            )
    if pooled:
        counts.append(CountLine(pooled, None, chatham_house=True, k=k))
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
