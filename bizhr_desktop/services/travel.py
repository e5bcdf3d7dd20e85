"""Travel mode: move chosen records out of the vault into an encrypted bundle, and back.

Before crossing a border, a coordinator moves the people most at risk (and the deep dives'
notes) out of the laptop's vault into one age bundle kept elsewhere (a USB stick left
behind, a colleague's drive). The vault keeps a pseudonymous **placeholder** for each of
them, so meeting counts, invitations and attendance stay right; everything that identifies
or reaches the person is gone from the vault file, its WAL and the search index. Coming
back, the bundle is imported and each placeholder becomes the full record again.

The service API:

``plan_travel_out(session, *, risk_levels={high, critical}, include_meeting_notes=True,
    extra_person_ids=()) -> TravelPlan``  (who and what would move; counts, no names)
``travel_out(session, plan, destination, passphrase=None) -> TravelReceipt``
    (``passphrase`` None: a diceware passphrase is generated and returned once)
``travel_back(session, bundle_path, passphrase) -> TravelBackResult``
``travel_status(session) -> TravelStatus``, ``away_person_ids(session)``,
``destination_warning(session, destination)``

What a placeholder keeps: id, pseudonym (one is generated if the person had none; it is
also the display name), stakeholder group, risk level (so lists stay masked and the safety
review of a meeting still counts an at-risk invitee), participation, and the invitations.
Everything else is emptied: name, organisation, role, **country** (in a small country an HRD
may be the only one of their group), e-mail, phone, secure channel, languages, consent
flags, dates and method, notes, tags, contact log. An organisation that only people who
left belonged to (no follow-up, no public commitment) leaves with them.

The bundle (docs/bundle-format.md, "Travel bundles") is an age file like any BizHR bundle;
its JSON wraps an ordinary version-1 bundle document (``bundles.build_payload``, read back
with ``bundles.parse_payload``), the meetings' notes, the batch id and a keyed tag of this
vault. It is written atomically, then decrypted from the disk and compared record by record
with the vault before the vault changes; the vault then changes in one transaction and is
checkpointed so no old page or WAL frame keeps the data. Any failure leaves the vault as it
was and removes the bundle file.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from bizhr_desktop.core.errors import (
    BizHRError,
    BundleError,
    BundleUnreadable,
    ExitCode,
    InvalidInput,
    OutputExists,
    WeakPassphrase,
)
from bizhr_desktop.core.models import (
    ContactLogEntry,
    MeetingKind,
    Organisation,
    Person,
    RiskLevel,
    new_id,
)
from bizhr_desktop.core.pseudonym import MAX_HEX, MIN_HEX, make_pseudonym
from bizhr_desktop.core.text import excerpt
from bizhr_desktop.formats import age_io
from bizhr_desktop.services import bundles, people_query
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.settings import vault_secret
from bizhr_desktop.services.vaults import VaultSession, output_target
from bizhr_desktop.vault.files import atomic_writer, read_input_file

__all__ = [
    "DEFAULT_RISK_LEVELS",
    "TRAVEL_FORMAT",
    "TRAVEL_VERSION",
    "AwayBatch",
    "MeetingNotes",
    "TravelBackResult",
    "TravelBundleRefused",
    "TravelPlan",
    "TravelReceipt",
    "TravelStatus",
    "away_person_ids",
    "bundle_passphrase_strength",
    "destination_warning",
    "new_bundle_passphrase",
    "plan_travel_out",
    "travel_back",
    "travel_out",
    "travel_status",
]

TRAVEL_FORMAT: Final = "bizhr-travel-bundle"
TRAVEL_VERSION: Final = 1
DEFAULT_RISK_LEVELS: Final = frozenset({RiskLevel.HIGH, RiskLevel.CRITICAL})
VAULT_KEY_SETTING: Final = "travel.vault_key"
# Fields a placeholder keeps from the record; every other field of Person is emptied.
KEPT_FIELDS: Final = ("id", "pseudonym", "stakeholder_group", "risk_level", "participation")
_TAG_CONTEXT: Final = b"bizhr-desktop/travel-bundle/v1\x00"
_PAGE: Final = 500


class TravelBundleRefused(BundleError):
    """The bundle opened, but it is not one this vault can take back."""

    exit_code = ExitCode.ERROR


# ---------------------------------------------------------------- value types


@dataclass(frozen=True)
class MeetingNotes:
    """A meeting's secret notes, as they travel."""

    meeting_id: str
    outcome_notes: str
    risk_assessment: str


@dataclass(frozen=True)
class TravelPlan:
    """What would leave the vault. Counts and ids only; no names."""

    person_ids: tuple[str, ...]
    meeting_ids: tuple[str, ...]
    risk_levels: frozenset[RiskLevel]
    include_meeting_notes: bool
    by_risk: Mapping[RiskLevel, int]
    contact_log_entries: int
    tags: int
    invitations_kept: int
    organisation_ids: tuple[str, ...]  # organisations that leave with their people
    already_away: int  # people matching the choice who are away already
    mentions_left: int  # free-text places elsewhere that name a person who leaves

    @property
    def people(self) -> int:
        return len(self.person_ids)

    @property
    def meetings(self) -> int:
        return len(self.meeting_ids)

    @property
    def organisations(self) -> int:
        return len(self.organisation_ids)

    @property
    def empty(self) -> bool:
        return not self.person_ids and not self.meeting_ids

    def lines(self) -> list[str]:
        """The plan in plain English sentences (the GUI builds its own translatable ones)."""
        levels = ", ".join(
            f"{self.by_risk[level]} {level.value}"
            for level in sorted(self.by_risk, reverse=True)
            if self.by_risk[level]
        )
        lines = [
            f"People who leave: {self.people}" + (f" ({levels})" if levels else ""),
            f"Contact-log entries that leave: {self.contact_log_entries}",
            f"Meetings whose outcome notes and risk assessment leave: {self.meetings}",
            f"Organisations that leave with their people: {self.organisations}",
            f"Invitations kept in the vault (under the placeholders): {self.invitations_kept}",
        ]
        if self.already_away:
            lines.append(f"Already away from an earlier travel: {self.already_away}")
        if self.mentions_left:
            lines.append(
                f"Warning: {self.mentions_left} note(s) elsewhere in the vault name someone "
                "who leaves; they stay. Review them on the People page before you travel."
            )
        return lines


@dataclass(frozen=True)
class TravelReceipt:
    batch_id: str
    destination: Path
    people: int
    contact_log_entries: int
    meetings: int
    organisations: int
    sha256: str
    # A generated bundle passphrase: show it once, never store it.
    passphrase: str | None = None


@dataclass(frozen=True)
class TravelBackResult:
    batch_id: str
    people: int  # placeholders made whole again
    contact_log_entries: int
    meetings: int
    organisations: int
    edited_while_away: int  # placeholders changed while away: kept fields stay as edited
    erased_while_away: int  # placeholders erased while away: not brought back
    meetings_gone: int  # meetings deleted while away: their notes not brought back

    def lines(self) -> list[str]:
        lines = [
            f"People brought back: {self.people}",
            f"Contact-log entries brought back: {self.contact_log_entries}",
            f"Meetings whose notes came back: {self.meetings}",
        ]
        if self.organisations:
            lines.append(f"Organisations brought back: {self.organisations}")
        if self.edited_while_away:
            lines.append(
                f"{self.edited_while_away} placeholder(s) were edited while away: their "
                "group, risk level, participation and pseudonym stay as edited; notes and "
                "tags added meanwhile were kept."
            )
        if self.erased_while_away:
            lines.append(
                f"{self.erased_while_away} person(s) erased while away were not brought back."
            )
        if self.meetings_gone:
            lines.append(
                f"{self.meetings_gone} meeting(s) deleted while away: their notes were not "
                "brought back."
            )
        return lines


@dataclass(frozen=True)
class AwayBatch:
    batch_id: str
    left_at: datetime | None
    people: int  # placeholders of this batch still in the vault
    meetings: int
    bundle_sha256: str


@dataclass(frozen=True)
class TravelStatus:
    batches: tuple[AwayBatch, ...]

    @property
    def away_people(self) -> int:
        return sum(batch.people for batch in self.batches)

    @property
    def away_meetings(self) -> int:
        return sum(batch.meetings for batch in self.batches)

    @property
    def anything_away(self) -> bool:
        return bool(self.batches)


@dataclass(frozen=True)
class _Snapshot:
    """Everything that leaves, read from the vault before the bundle is written."""

    people: tuple[Person, ...]
    contact_log: tuple[ContactLogEntry, ...]
    meetings: tuple[MeetingNotes, ...]
    organisation_ids: tuple[str, ...]


# ---------------------------------------------------------------- planning


def _people(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


def away_person_ids(session: VaultSession) -> frozenset[str]:
    """Ids of the people whose record is away (placeholders)."""
    return session.people.away_ids()


def _chunks(values: Sequence[str], size: int = _PAGE) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _count_where(session: VaultSession, table: str, ids: Sequence[str]) -> int:
    total = 0
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        total += int(
            session.vault.db.scalar(
                f"SELECT count(*) FROM {table} t JOIN person p ON p.pk = t.person_pk "  # noqa: S608 - fixed names
                f"WHERE p.id IN ({marks})",
                tuple(chunk),
            )
        )
    return total


def _leaving_organisations(session: VaultSession, person_ids: Sequence[str]) -> tuple[str, ...]:
    """Organisations whose every member leaves, with no follow-up and no public commitment:
    a small group's name can single its members out, and nobody else needs it meanwhile."""
    if not person_ids:
        return ()
    leaving = set(person_ids)
    db = session.vault.db
    found: list[str] = []
    candidates: set[int] = set()
    for chunk in _chunks(list(person_ids)):
        marks = ",".join("?" * len(chunk))
        candidates.update(
            int(row[0])
            for row in db.execute(
                f"SELECT DISTINCT organisation_pk FROM person WHERE id IN ({marks}) "  # noqa: S608
                "AND organisation_pk IS NOT NULL",
                tuple(chunk),
            )
        )
    for org_pk in sorted(candidates):
        org_id, public = db.execute(
            "SELECT id, public_commitment FROM organisation WHERE pk = ?", (org_pk,)
        )[0]
        members = {
            str(row[0])
            for row in db.execute("SELECT id FROM person WHERE organisation_pk = ?", (org_pk,))
        }
        follow_ups = db.scalar(
            "SELECT count(*) FROM follow_up WHERE organisation_pk = ?", (org_pk,)
        )
        if not public and not follow_ups and members <= leaving:
            found.append(str(org_id))
    return tuple(found)


def _meetings_with_notes(session: VaultSession) -> tuple[str, ...]:
    """Deep dives with outcome notes or a risk assessment (notes written while an earlier
    batch is away can leave with a new one)."""
    rows = session.vault.db.execute(
        "SELECT m.id FROM meeting m WHERE m.kind = ? "
        "AND (m.outcome_notes != '' OR m.risk_assessment != '') ORDER BY m.starts_at, m.pk",
        (MeetingKind.DEEP_DIVE.value,),
    )
    return tuple(str(row[0]) for row in rows)


def _mentions_left(
    session: VaultSession, person_ids: Sequence[str], meeting_ids: Collection[str]
) -> int:
    """Free text that stays in the vault and names someone who leaves."""
    people = _people(session)
    leaving = set(person_ids)
    places: set[tuple[str, str, str]] = set()
    for person_id in person_ids:
        for mention in people.mentions(person_id):
            if mention.kind in ("person_notes", "contact_log") and mention.record_id in leaving:
                continue  # that text leaves too
            if (
                mention.kind == "meeting"
                and mention.record_id in meeting_ids
                and mention.field in ("outcome_notes", "risk_assessment")
            ):
                continue
            places.add((mention.kind, mention.record_id, mention.field))
    return len(places)


def plan_travel_out(
    session: VaultSession,
    *,
    risk_levels: Collection[RiskLevel | str] = DEFAULT_RISK_LEVELS,
    include_meeting_notes: bool = True,
    extra_person_ids: Iterable[str] = (),
) -> TravelPlan:
    """Who and what would leave: everyone at ``risk_levels`` plus ``extra_person_ids``
    (people already away are left out), and the deep dives' notes. Nothing is written."""
    levels = frozenset(RiskLevel(level) for level in risk_levels)
    people = _people(session)
    db = session.vault.db
    chosen: dict[str, None] = {}
    if levels:
        query = PeopleQuery(risk_levels=levels, sort="risk", descending=True)
        total = people.count(query)
        for offset in range(0, total, _PAGE):
            for row in people.page(query, offset, _PAGE):
                chosen.setdefault(row.id, None)
    for person_id in extra_person_ids:
        people.row(person_id)  # RecordNotFound with a sentence for a person
        chosen.setdefault(person_id, None)
    away = away_person_ids(session)
    already = sum(1 for person_id in chosen if person_id in away)
    ids = tuple(person_id for person_id in chosen if person_id not in away)
    by_risk: dict[RiskLevel, int] = dict.fromkeys(RiskLevel, 0)
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        for risk, count in db.execute(
            f"SELECT risk_level, count(*) FROM person WHERE id IN ({marks}) "  # noqa: S608
            "GROUP BY risk_level",
            tuple(chunk),
        ):
            by_risk[RiskLevel(risk)] += int(count)
    meeting_ids = _meetings_with_notes(session) if include_meeting_notes else ()
    return TravelPlan(
        person_ids=ids,
        meeting_ids=meeting_ids,
        risk_levels=levels,
        include_meeting_notes=include_meeting_notes,
        by_risk=by_risk,
        contact_log_entries=_count_where(session, "contact_log", ids),
        tags=_count_where(session, "person_tag", ids),
        invitations_kept=_count_where(session, "invitation", ids),
        organisation_ids=_leaving_organisations(session, ids),
        already_away=already,
        mentions_left=_mentions_left(session, ids, set(meeting_ids)),
    )


def destination_warning(session: VaultSession, destination: Path) -> str | None:
    """A sentence when the bundle would sit beside the vault (and so travel with it)."""
    try:
        folder = Path(destination).expanduser().resolve().parent
        vault_folder = session.path.resolve().parent
    except OSError:
        return None
    if folder == vault_folder or vault_folder in folder.parents:
        return (
            "This folder also holds the vault: whoever takes the laptop takes the bundle too. "
            "Choose a USB drive you leave behind, or a folder that does not travel with you."
        )
    home = Path.home().resolve()
    if folder == home or home in folder.parents:
        return (
            "This folder is on this laptop. Move the bundle off it (to a USB drive you leave "
            "behind, or a colleague) before you travel, and delete the copy here."
        )
    return None


# ---------------------------------------------------------------- the vault's tag


def _vault_key(session: VaultSession, *, create: bool) -> bytes | None:
    return vault_secret(session.vault.db, VAULT_KEY_SETTING, create=create)


def _vault_tag(key: bytes, batch_id: str) -> str:
    """HMAC of the batch id under a random key kept in this vault: a bundle names the vault
    it belongs to without saying anything about it to whoever reads the bundle."""
    return hmac.new(key, _TAG_CONTEXT + batch_id.encode("ascii"), hashlib.sha256).hexdigest()


# ---------------------------------------------------------------- reading the vault


def _meeting_notes(session: VaultSession, meeting_ids: Sequence[str]) -> list[MeetingNotes]:
    notes: list[MeetingNotes] = []
    for meeting_id in meeting_ids:
        rows = session.vault.db.execute(
            "SELECT outcome_notes, risk_assessment FROM meeting WHERE id = ?", (meeting_id,)
        )
        if rows:
            notes.append(MeetingNotes(meeting_id, str(rows[0][0]), str(rows[0][1])))
    return notes


def _snapshot(session: VaultSession, plan: TravelPlan) -> _Snapshot:
    people = _people(session)
    records = tuple(people.get(person_id) for person_id in plan.person_ids)
    contact_log = tuple(
        entry for person_id in plan.person_ids for entry in people.contact_log(person_id)
    )
    return _Snapshot(
        people=records,
        contact_log=contact_log,
        meetings=tuple(_meeting_notes(session, plan.meeting_ids)),
        organisation_ids=_leaving_organisations(session, plan.person_ids),
    )


def _stale() -> InvalidInput:
    return InvalidInput(
        "Records changed while the travel bundle was being written, so nothing was moved "
        "and the bundle was removed. Plan the travel again."
    )


# ---------------------------------------------------------------- the payload


def _payload(
    session: VaultSession, snapshot: _Snapshot, batch_id: str, tag: str, labels: Mapping[str, str]
) -> bytes:
    records = json.loads(
        bundles.build_payload(session, list(snapshot.people), include_contact_log=True)
    )
    document: dict[str, Any] = {
        "format": TRAVEL_FORMAT,
        "version": TRAVEL_VERSION,
        "created": people_query.now_text(),
        "batch": batch_id,
        "vault_tag": tag,
        "placeholders": [
            {"id": person_id, "pseudonym": label} for person_id, label in labels.items()
        ],
        "meetings": [
            {
                "id": notes.meeting_id,
                "outcome_notes": notes.outcome_notes,
                "risk_assessment": notes.risk_assessment,
            }
            for notes in snapshot.meetings
        ],
        "records": records,
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


@dataclass(frozen=True)
class _TravelContents:
    batch_id: str
    vault_tag: str
    placeholders: Mapping[str, str]  # person id -> the pseudonym the placeholder was given
    meetings: tuple[MeetingNotes, ...]
    records: bundles.BundleContents


def _malformed(detail: str) -> bundles.BundleMalformed:
    return bundles.BundleMalformed(
        "This travel bundle opened, but its content is not valid ({detail}); nothing was "
        "changed. Use another copy of the bundle if you have one.",
        detail=detail,
    )


def _text(value: Any, what: str, limit: int = 64 * 1024) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _malformed(f"{what} must be text")
    return value


def _parse(payload: bytes) -> _TravelContents:
    try:
        document = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _malformed("it is not UTF-8 JSON") from None
    if isinstance(document, dict) and document.get("format") == bundles.FORMAT_NAME:
        raise BundleUnreadable(
            "This is a bundle for sharing records with a colleague, not a travel bundle. "
            "Import it with “Import bundle” instead."
        )
    if not isinstance(document, dict) or document.get("format") != TRAVEL_FORMAT:
        raise BundleUnreadable(
            "This file is an encrypted age file, but what it holds is not a BizHR travel bundle."
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _malformed("its format version is missing")
    if version > TRAVEL_VERSION:
        raise bundles.BundleVersionUnsupported(
            "This travel bundle was made by a newer BizHR Desktop (travel format version "
            "{version}). Update BizHR Desktop to bring these records back.",
            version=version,
        )
    expected = {"format", "version", "created", "batch", "vault_tag", "placeholders"}
    expected |= {"meetings", "records"}
    if set(document) != expected:
        raise _malformed("its top-level fields are not the expected ones")
    batch_id = _text(document["batch"], "batch", 40)
    vault_tag = _text(document["vault_tag"], "vault_tag", 64)
    placeholders: dict[str, str] = {}
    raw_placeholders = document["placeholders"]
    if not isinstance(raw_placeholders, list):
        raise _malformed("placeholders must be a list")
    for item in raw_placeholders:
        if not isinstance(item, dict) or set(item) != {"id", "pseudonym"}:
            raise _malformed("a placeholder must have an id and a pseudonym")
        placeholders[_text(item["id"], "a placeholder id", 40)] = _text(
            item["pseudonym"], "a pseudonym", 100
        )
    meetings: list[MeetingNotes] = []
    raw_meetings = document["meetings"]
    if not isinstance(raw_meetings, list):
        raise _malformed("meetings must be a list")
    for item in raw_meetings:
        if not isinstance(item, dict) or set(item) != {"id", "outcome_notes", "risk_assessment"}:
            raise _malformed("a meeting must have an id, outcome_notes and risk_assessment")
        meetings.append(
            MeetingNotes(
                _text(item["id"], "a meeting id", 40),
                _text(item["outcome_notes"], "outcome_notes"),
                _text(item["risk_assessment"], "risk_assessment"),
            )
        )
    inner = document["records"]
    if not isinstance(inner, dict):
        raise _malformed("records must be a bundle document")
    records = bundles.parse_payload(json.dumps(inner, ensure_ascii=False).encode("utf-8"))
    if set(placeholders) != {person.id for person in records.people}:
        raise _malformed("its placeholders and its people do not match")
    return _TravelContents(batch_id, vault_tag, placeholders, tuple(meetings), records)


def _read(path: Path, passphrase: str) -> _TravelContents:
    path = Path(path)
    try:
        data = read_input_file(path, "a travel bundle", limit=bundles.MAX_BUNDLE_BYTES)
    except BizHRError as exc:
        raise BundleUnreadable(
            "The travel bundle could not be read: {message}", message=exc.message
        ) from None
    return _parse(age_io.decrypt_bundle(data, passphrase))


def _sorted_log(entries: Iterable[ContactLogEntry]) -> list[ContactLogEntry]:
    return sorted(entries, key=lambda entry: entry.id)


def _same_as_snapshot(contents: _TravelContents, snapshot: _Snapshot) -> bool:
    """Whether what was read back from the disk is exactly what the vault holds."""
    return (
        contents.records.people == snapshot.people
        and _sorted_log(contents.records.contact_log) == _sorted_log(snapshot.contact_log)
        and contents.meetings == snapshot.meetings
        and set(snapshot.organisation_ids) <= {org.id for org in contents.records.organisations}
    )


# ---------------------------------------------------------------- travelling out


def new_bundle_passphrase() -> str:
    """Six random words (about 77 bits): what travel_out generates when given none."""
    return age_io.generate_passphrase()


def bundle_passphrase_strength(passphrase: str) -> tuple[bool, str]:
    """Whether a typed bundle passphrase is strong enough, and a sentence saying why."""
    return age_io.passphrase_strength(passphrase)


def _check_passphrase(passphrase: str | None) -> tuple[str, str | None]:
    """(the passphrase to use, the generated one to show or None)."""
    if passphrase is None:
        generated = age_io.generate_passphrase()
        return generated, generated
    strong, advice = age_io.passphrase_strength(passphrase)
    if not strong:
        raise WeakPassphrase("That bundle passphrase is too weak. {advice}", advice=advice)
    return passphrase, None


def _check_destination(session: VaultSession, destination: Path) -> Path:
    destination = Path(destination).expanduser()
    try:
        target = output_target(session, destination)
    except OutputExists:
        raise InvalidInput(
            "{file} already exists; choose a new file name, so that no earlier "
            "travel bundle is overwritten.",
            file=destination.name,
        ) from None
    if not target.parent.is_dir():
        raise InvalidInput("The folder for {file} does not exist.", file=destination.name)
    return target


def _placeholder_labels(session: VaultSession, people: Sequence[Person]) -> dict[str, str]:
    """The pseudonym each placeholder shows: the person's own, or a new unique one."""
    db = session.vault.db
    labels: dict[str, str] = {}
    taken = set(labels.values())
    for person in people:
        if person.pseudonym:
            labels[person.id] = person.pseudonym
            continue
        label = ""
        for length in range(MIN_HEX, MAX_HEX + 1):
            label = make_pseudonym(person.stakeholder_group, person.id, length=length)
            clash = db.scalar(
                "SELECT 1 FROM person WHERE pseudonym = ? AND id != ?", (label, person.id)
            )
            if clash is None and label not in taken:
                break
        labels[person.id] = label
        taken.add(label)
    return labels


def placeholder_for(person: Person, label: str) -> Person:
    """The record a placeholder holds: only KEPT_FIELDS, the pseudonym as its name."""
    return Person(
        id=person.id,
        full_name=label,
        pseudonym=label,
        stakeholder_group=person.stakeholder_group,
        risk_level=person.risk_level,
        participation=person.participation,
    )


def _write_placeholders(
    session: VaultSession,
    plan: TravelPlan,
    snapshot: _Snapshot,
    *,
    labels: Mapping[str, str],
    batch_id: str,
    sha256: str,
) -> None:
    db = session.vault.db
    people = _people(session)
    left_at = people_query.now_text()
    with db.transaction():
        # The bundle holds what was read before it was written: refuse if anything moved on.
        if (
            tuple(people.get(person_id) for person_id in plan.person_ids) != snapshot.people
            or _sorted_log(
                entry for person_id in plan.person_ids for entry in people.contact_log(person_id)
            )
            != _sorted_log(snapshot.contact_log)
            or tuple(_meeting_notes(session, plan.meeting_ids)) != snapshot.meetings
            or away_person_ids(session) & set(plan.person_ids)
        ):
            raise _stale()
        db.execute(
            "INSERT INTO travel_batch (id, created_at, people, meetings, bundle_sha256) "
            "VALUES (?, ?, ?, ?, ?)",
            (batch_id, left_at, len(snapshot.people), len(snapshot.meetings), sha256),
        )
        batch_pk = int(db.scalar("SELECT pk FROM travel_batch WHERE id = ?", (batch_id,)))
        for person in snapshot.people:
            # Through the people service's own writer: tags, organisation link and the
            # search entry are rewritten from the placeholder (the old terms are deleted).
            people.update(placeholder_for(person, labels[person.id]))
            people.send_away(person.id, batch_pk, left_at)
        for org_id in snapshot.organisation_ids:
            session.organisations.remove_for_travel(org_id)
        for notes in snapshot.meetings:
            session.meetings.move_notes(notes.meeting_id, "", "")
            db.execute(
                "INSERT INTO travel_meeting (batch_pk, meeting_pk) "
                "SELECT ?, pk FROM meeting WHERE id = ?",
                (batch_pk, notes.meeting_id),
            )
        people.compact_search_index()
        session.vault.audit.append(
            "travel.out",
            {
                "batch": batch_id,
                "people": len(snapshot.people),
                "contact_log_entries": len(snapshot.contact_log),
                "meetings": len(snapshot.meetings),
                "organisations": len(snapshot.organisation_ids),
            },
        )
        # Once this commits, no byte of the moved records may stay in the file (copies of
        # cells in rebalanced pages) or in the WAL: the file is rebuilt and the WAL emptied.
        db.compact_after_commit()


def travel_out(
    session: VaultSession, plan: TravelPlan, destination: Path, passphrase: str | None = None
) -> TravelReceipt:
    """Write the plan's records to one encrypted bundle, check it, then leave placeholders.

    ``passphrase`` None generates a diceware passphrase, returned once in the receipt;
    a typed one must be strong enough. On any failure the vault is as it was and no
    bundle file is left.
    """
    if plan.empty:
        raise InvalidInput("Nothing to move: no record matches what you chose.")
    passphrase, shown = _check_passphrase(passphrase)
    destination = _check_destination(session, destination)
    key = _vault_key(session, create=True)
    assert key is not None
    batch_id = new_id()
    snapshot = _snapshot(session, plan)
    labels = _placeholder_labels(session, snapshot.people)
    data = age_io.encrypt_bundle(
        _payload(session, snapshot, batch_id, _vault_tag(key, batch_id), labels), passphrase
    )
    written = False
    vault = session.vault
    vault.expect_output(destination, data, "a travel bundle")
    try:
        with atomic_writer(destination, f"the travel bundle {destination.name}") as handle:
            handle.write(data)
        written = True
        # Read back from the disk, not from memory: this is the copy the records depend on.
        contents = _read(destination, passphrase)
        if contents.batch_id != batch_id or not _same_as_snapshot(contents, snapshot):
            raise BizHRError(
                "The travel bundle did not read back exactly as written, so nothing was "
                "moved and the bundle was removed. Try another drive."
            )
        sha256 = hashlib.sha256(destination.read_bytes()).hexdigest()
        with session.vault.db.transaction():  # the bundle counts as finished with them
            _write_placeholders(
                session, plan, snapshot, labels=labels, batch_id=batch_id, sha256=sha256
            )
            vault.output_finished(destination)
    except BaseException:
        if written:
            destination.unlink(missing_ok=True)
        with contextlib.suppress(BizHRError):
            vault.output_finished(destination)
        raise
    return TravelReceipt(
        batch_id=batch_id,
        destination=destination,
        people=len(snapshot.people),
        contact_log_entries=len(snapshot.contact_log),
        meetings=len(snapshot.meetings),
        organisations=len(snapshot.organisation_ids),
        sha256=sha256,
        passphrase=shown,
    )


# ---------------------------------------------------------------- travelling back


def _batch(session: VaultSession, contents: _TravelContents) -> tuple[int, str]:
    key = _vault_key(session, create=False)
    if key is None or not hmac.compare_digest(
        _vault_tag(key, contents.batch_id), contents.vault_tag
    ):
        raise TravelBundleRefused(
            "This travel bundle was made from another vault, not this one. Nothing was changed."
        )
    rows = session.vault.db.execute(
        "SELECT pk, created_at, returned_at FROM travel_batch WHERE id = ?", (contents.batch_id,)
    )
    if not rows:
        raise TravelBundleRefused(
            "This travel bundle belongs to this vault, but the vault has no record of it "
            "leaving (was the vault restored from an older backup?). Nothing was changed."
        )
    pk, left_at, returned_at = rows[0]
    if returned_at is not None:
        raise TravelBundleRefused(
            "These records were already brought back on {date}. Nothing was changed.",
            date=excerpt(str(returned_at), 10),
        )
    return int(pk), str(left_at)


def _merged_text(original: str, added: str) -> str:
    """The bundle's text, with anything written into the placeholder meanwhile after it."""
    added = added.strip()
    if not added or added == original.strip():
        return original
    return f"{original}\n\n{added}" if original.strip() else added


def _restored(original: Person, current: Person, label: str, edited: bool) -> Person:
    if not edited:
        return original
    changes: dict[str, Any] = {}
    for name in KEPT_FIELDS:
        if name == "pseudonym" and current.pseudonym == label:
            continue  # the placeholder's own label: the person's original comes back
        changes[name] = getattr(current, name)
    changes["tags"] = tuple(dict.fromkeys(original.tags + current.tags))
    changes["notes"] = _merged_text(original.notes, current.notes)
    return replace(original, **changes)


def _restore_organisations(session: VaultSession, orgs: Sequence[Organisation]) -> int:
    service = session.organisations
    added = 0
    for org in orgs:
        if service.exists(org.id):
            continue
        if service.pk_for_name(org.name) is not None:
            continue  # one of that name was added meanwhile: the people link to it
        service.add(org)
        now = datetime.now(UTC)
        service.keep_times(org.id, created=org.created_at or now, updated=org.updated_at or now)
        added += 1
    return added


def travel_back(session: VaultSession, bundle_path: Path, passphrase: str) -> TravelBackResult:
    """Bring a travel bundle's records back into this vault, in one transaction."""
    contents = _read(Path(bundle_path), passphrase)
    db = session.vault.db
    people = _people(session)
    with db.transaction():
        batch_pk, left_at = _batch(session, contents)
        needed_orgs = {p.organisation for p in contents.records.people if p.organisation}
        organisations = _restore_organisations(
            session, [org for org in contents.records.organisations if org.name in needed_orgs]
        )
        restored = edited = erased = contacts = 0
        returned: set[str] = set()
        for original in contents.records.people:
            state = people.away_state(original.id)
            if state is None or state[0] != batch_pk:
                erased += 1
                continue
            was_edited = state[1] != left_at
            current = people.get(original.id)
            record = _restored(original, current, contents.placeholders[original.id], was_edited)
            people.update(record)
            updated_at = (
                people_query.now_text()
                if was_edited or original.updated_at is None
                else people_query.instant_text(original.updated_at)
            )
            people.bring_back(original.id, updated_at)
            edited += was_edited
            restored += 1
            returned.add(original.id)
        for entry in contents.records.contact_log:
            if entry.person_id not in returned:
                continue
            if people.has_contact_log(entry.id):
                continue
            people.add_contact_log(entry)
            contacts += 1
        meetings = gone = 0
        for notes in contents.meetings:
            here = session.meetings.notes(notes.meeting_id)
            if here is None:
                gone += 1
                continue
            session.meetings.move_notes(
                notes.meeting_id,
                _merged_text(notes.outcome_notes, here[0]),
                _merged_text(notes.risk_assessment, here[1]),
            )
            meetings += 1
        # Back home, the vault keeps only that this batch id came back (so the same bundle is
        # refused a second time): no hash of the bundle, no counts, no time it left.
        now = people_query.now_text()
        db.execute(
            "UPDATE travel_batch SET returned_at = ?, created_at = ?, people = 0, meetings = 0, "
            "bundle_sha256 = '' WHERE pk = ?",
            (now, now, batch_pk),
        )
        db.execute("DELETE FROM travel_meeting WHERE batch_pk = ?", (batch_pk,))
        result = TravelBackResult(
            batch_id=contents.batch_id,
            people=restored,
            contact_log_entries=contacts,
            meetings=meetings,
            organisations=organisations,
            edited_while_away=edited,
            erased_while_away=erased,
            meetings_gone=gone,
        )
        session.vault.audit.append(
            "travel.back",
            {
                "batch": contents.batch_id,
                "people": restored,
                "contact_log_entries": contacts,
                "meetings": meetings,
                "organisations": organisations,
                "edited_while_away": edited,
                "erased_while_away": erased,
                "meetings_gone": gone,
            },
        )
        # The scrubbed batch row's old bytes (the bundle's hash) must not stay in free space.
        db.compact_after_commit()
    return result


# ---------------------------------------------------------------- status


def travel_status(session: VaultSession) -> TravelStatus:
    """The batches whose records are away now, newest first."""
    rows = session.vault.db.execute(
        "SELECT b.id, b.created_at, b.bundle_sha256, "
        "(SELECT count(*) FROM person p WHERE p.travel_batch_pk = b.pk), "
        "(SELECT count(*) FROM travel_meeting t WHERE t.batch_pk = b.pk) "
        "FROM travel_batch b WHERE b.returned_at IS NULL ORDER BY b.created_at DESC, b.pk DESC"
    )
    return TravelStatus(
        tuple(
            AwayBatch(
                batch_id=str(batch_id),
                left_at=people_query.parse_instant(str(left_at)),
                people=int(count),
                meetings=int(meetings),
                bundle_sha256=str(digest),
            )
            for batch_id, left_at, digest, count, meetings in rows
        )
    )
