"""Contact-safe export: preview exactly what a list will hold, then write it atomically.

The service API (the export wizard and ``bizhr export`` both come through here):

``preview(session, request) -> ExportPreview``
    Loads the people in scope once, runs the audience policy once (core/policy.py) and
    returns its result with a summary. Nothing is written and nothing is audited.
``write(session, preview, destination, *, bundle_passphrase=None) -> ExportReceipt``
    Writes exactly ``preview``'s rows (plaintext formats) or people (bundle): no second
    computation that could differ from what the coordinator saw.

What a plaintext file holds, in order (CSV and XLSX alike):

1. a header row of the policy's column names (``full_name``, ``pseudonym``, ...);
2. the policy's rows: named people by name, then pseudonymised people;
3. one row per count line ("4 further participants (hrd)") with the text in the first
   column and every other cell empty;
4. for the ``public`` audience, the disclaimer as a last row, text in the first column.

A PDF has the same table with count lines as rows, and the disclaimer printed at the foot of
every page. Formula-looking cells are neutralised by the formats layer (``'`` prefix), and
no file carries an author, a user name or the time it was made.

Rules held here, on top of the policy's:

* ``internal`` lists are only ever written as an encrypted bundle; a bundle is only ever
  written for ``internal`` (services/bundles.py holds its format).
* A list scoped to a meeting passes the meeting's safety review gate
  (``SafetyReviewService.require_plaintext_list_allowed``) before a plaintext file is made;
  an override reason is stored with the meeting, and the audit entry names the clearance.
* The file is written through ``vault.files.atomic_writer`` inside the transaction that
  records the audit entry: a failed write leaves no file and no entry, a failed entry no file.
* The audit entry holds the audience, scope kind, format, counts, the file's SHA-256 and its
  extension; never a name, and not the path (a folder name can say whose laptop it is).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, Final

from bizhr_desktop.core.errors import (
    BizHRError,
    ExportRefused,
    InvalidInput,
    WeakPassphrase,
)
from bizhr_desktop.core.masking import display_name
from bizhr_desktop.core.models import (
    ACCEPTED_STATUSES,
    Audience,
    InvitationStatus,
    Person,
    StakeholderGroup,
)
from bizhr_desktop.core.policy import (
    DEFAULT_K,
    NAMED_ELSEWHERE,
    WHY_CHATHAM,
    WHY_CONSENT_OLD,
    WHY_CONSENT_UNDATED,
    WHY_FEWER_THAN_K,
    WHY_INTERNAL,
    WHY_NAMED,
    WHY_NAMED_ELSEWHERE,
    WHY_NOT_NAMED,
    Decision,
    ExportPolicy,
    ListLabels,
    MeetingContext,
    Outcome,
    PolicyResult,
    Reason,
    apply_policy,
    not_named_reasons,
    reasons_text,
)
from bizhr_desktop.core.text import characters_shown
from bizhr_desktop.formats import age_io, csv_io, pdf_io, xlsx_io
from bizhr_desktop.services.meetings import MeetingService, meeting_pk
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.safety_review import Clearance, SafetyReviewService
from bizhr_desktop.services.settings import SettingsStore, vault_secret
from bizhr_desktop.services.vaults import VaultSession, output_target
from bizhr_desktop.vault.files import atomic_writer

__all__ = [
    "ExportFormat",
    "ExportPreview",
    "ExportReceipt",
    "ExportRequest",
    "ExportScope",
    "ExportSummary",
    "ListWords",
    "MeetingList",
    "ReasonGroup",
    "ScopeKind",
    "bundle_passphrase_strength",
    "load_people",
    "new_bundle_passphrase",
    "preview",
    "write",
]

# Ids fetched per page when loading a scope: a list is loaded in pages, never in one query
# holding every row of a large vault at once.

PDF_HEADINGS: Final = {
    "full_name": "Name",
    "pseudonym": "Pseudonym",
    "stakeholder_group": "Stakeholder group",
    "organisation": "Organisation",
    "role": "Role",
    "country": "Country",
    "region": "Region",
    "email": "Email",
    "phone": "Phone",
    "secure_channel": "Secure channel",
}


@dataclass(frozen=True)
class ListWords:
    """The words a PDF or XLSX list is printed with, in the reader's language: column
    headings and stakeholder group names by their code, and the title. The window passes
    them translated; the CLI prints English. A CSV keeps the interchange headers and codes
    (docs/DATA.md), so it is the same file in every language."""

    headings: Mapping[str, str] = field(default_factory=lambda: dict(PDF_HEADINGS))
    groups: Mapping[str, str] = field(
        default_factory=lambda: {group.value: group.label for group in StakeholderGroup}
    )
    title: str = ""  # "" : the English title of the audience (and meeting)


_AUDIENCE_TITLES: Final = {
    Audience.PUBLIC: "Participants",
    Audience.VENUE: "Participant list for the venue",
    Audience.COORGANISERS: "Participant list for co-organisers",
    Audience.INTERNAL: "Internal bundle",
}


class ScopeKind(StrEnum):
    ALL = "all"
    FILTER = "filter"
    MEETING = "meeting"


class MeetingList(StrEnum):
    """Which of a meeting's people a list holds."""

    INVITED = "invited"  # everyone invited, whatever their answer
    ACCEPTED = "accepted"  # core.models.ACCEPTED_STATUSES: said yes, or came
    ATTENDED = "attended"  # marked as attended


_LIST_STATUSES: Final = {
    MeetingList.INVITED: tuple(status.value for status in InvitationStatus),
    MeetingList.ACCEPTED: tuple(status.value for status in ACCEPTED_STATUSES),
    MeetingList.ATTENDED: (InvitationStatus.ATTENDED.value,),
}


def list_statuses(meeting_list: MeetingList) -> tuple[str, ...]:
    """The invitation statuses a meeting's list of this kind holds (one rule, with the
    export itself: the wizard's count before the rules apply uses it too)."""
    return _LIST_STATUSES[MeetingList(meeting_list)]


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"
    BUNDLE = "bundle"

    @property
    def extension(self) -> str:
        return ".age" if self is ExportFormat.BUNDLE else f".{self.value}"


@dataclass(frozen=True, kw_only=True)
class ExportScope:
    """Whose records a list holds: everyone, a filtered list, or one of a meeting's lists."""

    kind: ScopeKind = ScopeKind.ALL
    query: PeopleQuery | None = None
    meeting_id: str | None = None
    meeting_list: MeetingList = MeetingList.ACCEPTED

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ScopeKind(self.kind))
        object.__setattr__(self, "meeting_list", MeetingList(self.meeting_list))
        if self.kind is ScopeKind.MEETING and not self.meeting_id:
            raise InvalidInput("Choose the meeting whose list you want to export.")
        if self.kind is ScopeKind.FILTER and self.query is None:
            raise InvalidInput("A filtered export needs the filter to apply.")

    @classmethod
    def everyone(cls) -> ExportScope:
        return cls(kind=ScopeKind.ALL)

    @classmethod
    def filtered(cls, query: PeopleQuery) -> ExportScope:
        return cls(kind=ScopeKind.FILTER, query=query)

    @classmethod
    def meeting(
        cls, meeting_id: str, meeting_list: MeetingList | str = MeetingList.ACCEPTED
    ) -> ExportScope:
        return cls(
            kind=ScopeKind.MEETING, meeting_id=meeting_id, meeting_list=MeetingList(meeting_list)
        )


@dataclass(frozen=True, kw_only=True)
class ExportRequest:
    """What the coordinator asked for. Only safe choices are defaults."""

    scope: ExportScope
    audience: Audience
    format: ExportFormat
    k: int = DEFAULT_K
    # Meeting lists only: the organiser marks this list as the attendance record the host
    # asked for (lets consenting people be named under the Chatham House Rule).
    attendance_record_for_host: bool = False
    # Meeting lists only: why a plaintext list may leave before the safety review is signed off.
    override_reason: str | None = None
    include_disclaimer: bool = True
    disclaimer: str | None = None  # None: the audience's standard text
    include_contact_log: bool = False  # bundles only: also carry the contact log
    title: str = ""  # PDF title; "" for a title made from the audience (and meeting)
    # "" (default): this list's labels are its own, matching no other list. A name: every
    # list of that series (badges for one co-host, say) gives each person the same label.
    series: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "audience", Audience(self.audience))
        object.__setattr__(self, "format", ExportFormat(self.format))
        if self.attendance_record_for_host and self.scope.kind is not ScopeKind.MEETING:
            raise InvalidInput("Only a meeting's list can be marked as an attendance record.")
        _check_format(self.audience, self.format)


def _check_format(audience: Audience, fmt: ExportFormat) -> None:
    if audience is Audience.INTERNAL and fmt is not ExportFormat.BUNDLE:
        raise ExportRefused(
            "A list for another coordinator (internal) holds every field, notes and risk "
            "levels included, so it is written only as an encrypted bundle. Choose the "
            "bundle format."
        )
    if fmt is ExportFormat.BUNDLE and audience is not Audience.INTERNAL:
        raise ExportRefused(
            "An encrypted bundle holds full records and is only for another coordinator "
            "(the internal audience). For a venue, co-organisers or the public choose CSV, "
            "XLSX or PDF."
        )


@dataclass(frozen=True)
class ReasonGroup:
    """People who appear the same way for the same reason."""

    outcome: Outcome
    reasons: tuple[Reason, ...]
    count: int

    @property
    def reason(self) -> str:
        """The reasons in English (the window words them itself, from ``reasons``)."""
        return reasons_text(self.reasons)

    @property
    def text(self) -> str:
        noun = "person" if self.count == 1 else "people"
        return f"{_OUTCOME_WORDS[self.outcome]}: {self.reason} — {self.count} {noun}"


_OUTCOME_WORDS: Final = {
    Outcome.NAMED: "named",
    Outcome.PSEUDONYMISED: "pseudonymised",
    Outcome.COUNTED: "withheld, counted only",
    Outcome.FULL: "full record",
}


@dataclass(frozen=True)
class ExportSummary:
    total: int
    named: int
    pseudonymised: int
    counted: int
    full: int
    groups: tuple[ReasonGroup, ...]

    def lines(self) -> list[str]:
        head = (
            f"{self.total} people in scope: {self.named} named, {self.pseudonymised} "
            f"pseudonymised, {self.counted} only counted"
        )
        if self.full:
            head = f"{self.total} people in scope: {self.full} full records (encrypted bundle)"
        return [head, *(group.text for group in self.groups)]


@dataclass(frozen=True)
class ExportPreview:
    """Exactly what ``write`` will put in the file, and why each person appears as they do.

    ``columns``/``rows``/``count_lines``/``disclaimer`` are the file's whole content for a
    plaintext format. A bundle holds ``people`` (every field) and what ``bundles`` adds.
    """

    request: ExportRequest
    result: PolicyResult
    summary: ExportSummary
    people: tuple[Person, ...] = field(repr=False)
    meeting_title: str = ""
    safety_review_pending: bool = False
    warnings: tuple[str, ...] = ()
    # Characters of a PDF list that no font here can draw: printed as "?" (said in the preview).
    missing_characters: tuple[str, ...] = ()
    # Ids of the people renewing their consent would name (undated or too old, nothing else).
    renewal_would_name: tuple[str, ...] = ()

    def renewal_names(self) -> list[str]:
        """``renewal_would_name`` as on-screen names, in order (people at high or critical
        risk by their pseudonym, as the People page shows them)."""
        by_id = {person.id: person for person in self.people}
        return sorted(
            display_name(
                p.full_name, p.pseudonym, p.stakeholder_group, p.id, p.risk_level, reveal=False
            )[0]
            for p in (by_id[i] for i in self.renewal_would_name)
        )

    @property
    def labels_note(self) -> str:
        """What the list's labels can be matched with, said in the preview."""
        if self.request.series.strip():
            return (
                f"Labels of the series \u201c{self.request.series.strip()}\u201d: the same "
                "person has the same label in every list of this series."
            )
        return "Labels made for this list alone: they match no other list."

    @property
    def columns(self) -> tuple[str, ...]:
        return self.result.columns

    @property
    def rows(self) -> list[tuple[str, ...]]:
        return self.result.rows

    @property
    def count_lines(self) -> tuple[str, ...]:
        return self.result.count_lines

    @property
    def disclaimer(self) -> str:
        return self.result.disclaimer

    @property
    def decisions(self) -> tuple[Decision, ...]:
        return self.result.decisions

    def table(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """Header and every row as a CSV or XLSX file holds them (count and disclaimer rows
        included); the preview screen can show this very table."""
        width = len(self.columns)
        body = list(self.rows)
        body += [_text_row(line, width) for line in self.count_lines]
        if self.disclaimer:
            body.append(_text_row(self.disclaimer, width))
        return self.columns, body

    def file_table(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """``table()`` cell for cell as the written file holds it, so a preview shows what the
        recipient will read: in a CSV formula-like cells carry a leading '; an XLSX holds
        every cell as text (its quote-prefix style shows no ')."""
        headers, body = self.table()
        if self.request.format is not ExportFormat.CSV:
            return headers, body
        return (
            tuple(csv_io.neutralise_formula(c) for c in headers),
            [tuple(csv_io.neutralise_formula(c) for c in row) for row in body],
        )


@dataclass(frozen=True)
class ExportReceipt:
    path: Path
    format: ExportFormat
    audience: Audience
    rows: int  # rows with a person (named or pseudonymised; records in a bundle)
    counted: int  # people only in count lines
    sha256: str
    size: int
    clearance: Clearance | None = None  # for meeting lists: why the list could leave
    # A passphrase generated for a bundle: show it once, never store it.
    passphrase: str | None = field(default=None, repr=False)


def _text_row(text: str, width: int) -> tuple[str, ...]:
    return (text, *("",) * (width - 1))


# ---------------------------------------------------------------- loading a scope


def _people_by_ids(people: PeopleService, ids: Sequence[str]) -> list[Person]:
    return people.get_many(ids)


def load_people(session: VaultSession, scope: ExportScope) -> list[Person]:
    """Every person in ``scope``, each once, as full records."""
    db = session.vault.db
    people = PeopleService(db, session.vault.audit)
    if scope.kind is ScopeKind.MEETING:
        assert scope.meeting_id is not None
        pk = meeting_pk(db, scope.meeting_id)
        statuses = _LIST_STATUSES[scope.meeting_list]
        marks = ",".join("?" * len(statuses))
        sql = (
            "SELECT p.id FROM invitation i JOIN person p ON p.pk = i.person_pk WHERE "  # noqa: S608
            f"i.meeting_pk = ? AND i.status IN ({marks}) ORDER BY p.pk"
        )
        ids = [str(row[0]) for row in db.execute(sql, (pk, *statuses))]
        return _people_by_ids(people, ids)
    query = scope.query if scope.kind is ScopeKind.FILTER and scope.query else PeopleQuery()
    return _people_by_ids(people, list(dict.fromkeys(people.ids(query))))


# ---------------------------------------------------------------- preview


# Reasons that renewing consent takes away.
_RENEWAL_ONLY: Final = frozenset({WHY_CONSENT_OLD, WHY_CONSENT_UNDATED})


def _reasons_not_named(
    people: Sequence[Person], result: PolicyResult, policy: ExportPolicy, valid_for: timedelta
) -> dict[str, list[Reason]]:
    """The policy's reasons, as data, for everyone the list does not name (worked out once
    for the summary and the renewal list)."""
    by_id = {person.id: person for person in people}
    return {
        decision.person_id: not_named_reasons(
            by_id[decision.person_id], policy, consent_valid_for=valid_for
        )
        for decision in result.decisions
        if decision.outcome in (Outcome.PSEUDONYMISED, Outcome.COUNTED)
    }


def _summary(
    people: Sequence[Person],
    result: PolicyResult,
    policy: ExportPolicy,
    chatham: bool,
    not_named: Mapping[str, list[Reason]],
) -> ExportSummary:
    groups: Counter[tuple[Outcome, tuple[Reason, ...]]] = Counter()
    for decision in result.decisions:
        reasons: list[Reason]
        if decision.outcome is Outcome.NAMED:
            reasons = [Reason(WHY_NAMED)]
        elif decision.outcome is Outcome.FULL:
            reasons = [Reason(WHY_INTERNAL)]
        else:
            reasons = list(not_named[decision.person_id])
            if chatham:
                reasons.insert(0, Reason(WHY_CHATHAM))
            reasons = reasons or [Reason(WHY_NOT_NAMED)]
            if decision.outcome is Outcome.COUNTED and not chatham:
                if NAMED_ELSEWHERE in decision.reason:
                    reasons.append(Reason(WHY_NAMED_ELSEWHERE))
                else:
                    reasons.append(Reason(WHY_FEWER_THAN_K, (("k", str(policy.k)),)))
        groups[(decision.outcome, tuple(reasons))] += 1
    order = list(Outcome)
    ordered = sorted(groups.items(), key=lambda item: (order.index(item[0][0]), -item[1]))
    outcomes = Counter(decision.outcome for decision in result.decisions)
    return ExportSummary(
        total=len(people),
        named=outcomes[Outcome.NAMED],
        pseudonymised=outcomes[Outcome.PSEUDONYMISED],
        counted=outcomes[Outcome.COUNTED],
        full=outcomes[Outcome.FULL],
        groups=tuple(ReasonGroup(outcome, reasons, n) for (outcome, reasons), n in ordered),
    )


# The key of every list label (core.policy.ListLabels), kept in the vault, never exported.
LIST_LABEL_KEY_SETTING: Final = "export.list_label_key"


def preview(session: VaultSession, request: ExportRequest) -> ExportPreview:
    """What the file will hold, computed once; nothing is written or audited."""
    db = session.vault.db
    audit = session.vault.audit
    policy = ExportPolicy.for_audience(request.audience, k=request.k, disclaimer=request.disclaimer)
    context: MeetingContext | None = None
    meeting_title = ""
    pending = False
    warnings: list[str] = []
    if request.scope.kind is ScopeKind.MEETING:
        assert request.scope.meeting_id is not None
        record = MeetingService(db, audit).get(request.scope.meeting_id)
        meeting_title = record.title
        context = MeetingContext.of(
            record.meeting, attendance_record_for_host=request.attendance_record_for_host
        )
        if request.format is not ExportFormat.BUNDLE:
            review = SafetyReviewService(db, audit).safety_review(record.id)
            pending = review.pending
            if pending and not (request.override_reason or "").strip():
                warnings.append(
                    "This meeting's safety review is not signed off: the list cannot be "
                    "written until it is, or until you give a reason to override."
                )
    people = load_people(session, request.scope)
    key = vault_secret(db, LIST_LABEL_KEY_SETTING)
    assert key is not None
    labels = (
        ListLabels.series(key, request.series) if request.series.strip() else ListLabels.fresh(key)
    )
    valid_for = SettingsStore(db, audit).consent_valid_for()
    result = apply_policy(
        people,
        policy,
        meeting=context,
        include_disclaimer=request.include_disclaimer,
        labels=labels,
        consent_valid_for=valid_for,
    )
    chatham = (
        context is not None
        and context.chatham_house
        and not context.attendance_record_for_host
        and request.audience in (Audience.PUBLIC, Audience.VENUE)
    )
    if not people:
        warnings.append("Nobody is in this list.")
    not_named = _reasons_not_named(people, result, policy, valid_for)
    shown = ExportPreview(
        request=request,
        result=result,
        summary=_summary(people, result, policy, chatham, not_named),
        people=tuple(people),
        meeting_title=meeting_title,
        safety_review_pending=pending,
        warnings=tuple(warnings),
        # Left out only because their consent is undated or older than the renewal period:
        # renewing it would name them (if nothing else then stops it).
        renewal_would_name=tuple(
            person_id
            for person_id, reasons in not_named.items()
            if reasons and all(reason.template in _RENEWAL_ONLY for reason in reasons)
        ),
    )
    if request.format is not ExportFormat.PDF:
        return shown
    headers, body = shown.table()
    missing = pdf_io.missing_characters(
        itertools.chain((_title(shown),), headers, itertools.chain.from_iterable(body))
    )
    if not missing:
        return shown
    return dataclasses.replace(
        shown,
        missing_characters=missing,
        warnings=(*shown.warnings, missing_characters_warning(missing)),
    )


def missing_characters_warning(missing: Sequence[str]) -> str:
    """The preview's sentence for characters a PDF cannot draw (the CLI prints it)."""
    return (
        f"{len(missing)} character(s) cannot be drawn in a PDF by any font on this computer "
        f"and will print as ?: {characters_shown(missing[:12])}"
        + (" …" if len(missing) > 12 else "")
        + ". Choose CSV or XLSX to keep them."
    )


# ---------------------------------------------------------------- writing


def _title(preview: ExportPreview) -> str:
    if preview.request.title.strip():
        return " ".join(preview.request.title.split())
    base = _AUDIENCE_TITLES[preview.request.audience]
    return f"{base}: {preview.meeting_title}" if preview.meeting_title else base


def render(preview: ExportPreview, words: ListWords | None = None) -> bytes:
    """The bytes of a plaintext list (CSV, XLSX or PDF) from the preview's rows alone."""
    fmt = preview.request.format
    _check_format(preview.request.audience, fmt)
    if preview.result.requires_encryption:  # defence in depth: never plaintext internal rows
        raise ExportRefused("These full records can only be written as an encrypted bundle.")
    headers, body = preview.table()
    if fmt is ExportFormat.CSV:
        return csv_io.write_csv(headers, body)
    words = words or ListWords()
    if fmt is ExportFormat.XLSX:
        return xlsx_io.write_xlsx(
            [words.headings.get(name, name) for name in headers],
            _worded_rows(headers, body, words),
            sheet_title=preview.request.audience.value,
        )
    # PDF: count lines stay rows of the table; the disclaimer is printed on every page.
    rows = _worded_rows(headers, preview.rows, words)
    rows += [_text_row(line, len(headers)) for line in preview.count_lines]
    footer = (preview.disclaimer,) if preview.disclaimer else ()
    # A title the person typed is printed as typed; else the window's translated one.
    title = words.title if words.title and not preview.request.title.strip() else _title(preview)
    return pdf_io.write_list_pdf(
        title,
        [words.headings.get(name, name) for name in headers],
        rows,
        footer_lines=footer,
    )


def _worded_rows(
    headers: Sequence[str], rows: Iterable[Sequence[str]], words: ListWords
) -> list[tuple[str, ...]]:
    """Rows with each stakeholder group code replaced by its name (other cells as they are)."""
    if "stakeholder_group" not in headers:
        return [tuple(row) for row in rows]
    column = list(headers).index("stakeholder_group")
    return [
        tuple(
            words.groups.get(cell, cell) if position == column else cell
            for position, cell in enumerate(row)
        )
        for row in rows
    ]


def new_bundle_passphrase() -> str:
    """Six random words (about 77 bits): what ``write`` generates for a bundle given none."""
    return age_io.generate_passphrase()


def bundle_passphrase_strength(passphrase: str) -> tuple[bool, str]:
    """Whether a typed bundle passphrase is strong enough, and a sentence saying why."""
    return age_io.passphrase_strength(passphrase)


def _bundle_passphrase(given: str | None) -> tuple[str, str | None]:
    """(passphrase to use, passphrase to show once) — a typed one is checked for strength."""
    if given is None:
        generated = age_io.generate_passphrase()
        return generated, generated
    strong, advice = age_io.passphrase_strength(given)
    if not strong:
        raise WeakPassphrase("That bundle passphrase is too weak. {advice}", advice=advice)
    return given, None


@dataclass
class _Prepared:
    data: bytes
    detail: dict[str, object]
    rows: int
    counted: int
    clearance: Clearance | None
    passphrase: str | None


def _prepare(
    session: VaultSession,
    preview: ExportPreview,
    extension: str,
    bundle_passphrase: str | None,
    words: ListWords | None = None,
) -> _Prepared:
    request = preview.request
    _check_format(request.audience, request.format)
    db = session.vault.db
    audit = session.vault.audit
    clearance: Clearance | None = None
    shown: str | None = None
    if request.format is ExportFormat.BUNDLE:
        from bizhr_desktop.services import bundles  # bundles builds on this module's types

        passphrase, shown = _bundle_passphrase(bundle_passphrase)
        payload = bundles.build_payload(
            session, preview.people, include_contact_log=request.include_contact_log
        )
        data = age_io.encrypt_bundle(payload, passphrase)
        rows = len(preview.people)
        counted = 0
    else:
        if bundle_passphrase is not None:
            raise InvalidInput("Only an encrypted bundle takes a passphrase.")
        data = render(preview, words)
        rows = len(preview.rows)
        counted = sum(line.count for line in preview.result.counts)
        if request.scope.kind is ScopeKind.MEETING:
            assert request.scope.meeting_id is not None
            # Its own transaction: an override reason given here is recorded even if the
            # disk then fails, as the decision to let the list out was taken.
            clearance = SafetyReviewService(db, audit).require_plaintext_list_allowed(
                request.scope.meeting_id,
                request.override_reason,
                purpose=f"export ({request.audience.value})",
            )
    detail: dict[str, object] = {
        "audience": request.audience.value,
        "scope": request.scope.kind.value,
        "format": request.format.value,
        "rows": rows,
        "counted": counted,
        "k": request.k,
        "sha256": hashlib.sha256(data).hexdigest(),
        "extension": extension,
    }
    if request.scope.kind is ScopeKind.MEETING:
        detail["meeting"] = request.scope.meeting_id
        detail["list"] = request.scope.meeting_list.value
        detail["attendance_record"] = request.attendance_record_for_host
    if clearance is not None:
        detail["clearance"] = clearance.value
    if request.format is ExportFormat.BUNDLE:
        detail["contact_log"] = request.include_contact_log
    else:
        detail["disclaimer"] = bool(preview.disclaimer)
    return _Prepared(data, detail, rows, counted, clearance, shown)


def _receipt(path: Path, preview: ExportPreview, prepared: _Prepared) -> ExportReceipt:
    return ExportReceipt(
        path=path,
        format=preview.request.format,
        audience=preview.request.audience,
        rows=prepared.rows,
        counted=prepared.counted,
        sha256=str(prepared.detail["sha256"]),
        size=len(prepared.data),
        clearance=prepared.clearance,
        passphrase=prepared.passphrase,
    )


def write(
    session: VaultSession,
    preview: ExportPreview,
    destination: Path,
    *,
    bundle_passphrase: str | None = None,
    overwrite: bool = False,
    words: ListWords | None = None,
) -> ExportReceipt:
    """Write the previewed list to ``destination`` atomically and record it in the audit log.

    For a bundle, ``bundle_passphrase`` None means "generate one": it is returned in the
    receipt to be shown once. An existing file is replaced only with ``overwrite``; the
    vault's own files, key files and backups never (``vaults.output_target``).
    """
    _check_format(preview.request.audience, preview.request.format)
    given = Path(destination)
    destination = output_target(session, given, overwrite=overwrite)
    prepared = _prepare(session, preview, given.suffix.lower()[:16], bundle_passphrase, words)
    db = session.vault.db
    what = f"the export file {given.name}"
    # Recorded before the first byte reaches the disk: a list can never be out unrecorded,
    # even if the process is killed while writing. A failure is recorded after it.
    session.vault.audit.append("export.started", prepared.detail)
    try:
        # "written" commits only once the file is in place; a failed write rolls it back.
        with db.transaction(), atomic_writer(destination, what) as handle:
            session.vault.audit.append("export.written", prepared.detail)
            handle.write(prepared.data)
    except BizHRError as exc:
        with contextlib.suppress(BizHRError):
            session.vault.audit.append("export.failed", {"sha256": prepared.detail["sha256"]})
        if type(exc) is not BizHRError:  # typed already (DiskFull, VaultLocked, ...)
            raise
        # atomic_writer's sentence ("Permission denied: could not write ...") as an export error.
        raise ExportRefused(exc.template, **exc.params) from None
    return _receipt(given, preview, prepared)


def write_to_stream(
    session: VaultSession,
    preview: ExportPreview,
    stream: BinaryIO,
    *,
    bundle_passphrase: str | None = None,
) -> ExportReceipt:
    """Write the previewed list to an open stream (standard output: ``-o -``), audited.

    The audit entry commits before the first byte leaves, so no list is ever out unrecorded.
    """
    prepared = _prepare(session, preview, "-", bundle_passphrase)
    session.vault.audit.append("export.started", prepared.detail)
    session.vault.audit.append("export.written", prepared.detail)
    stream.write(prepared.data)
    stream.flush()
    return _receipt(Path("-"), preview, prepared)
