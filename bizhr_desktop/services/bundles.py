"""Encrypted bundles between coordinators: build the payload, read it back, merge it by UUID.

The service API:

``is_bundle(path) -> bool``  (an age file encrypted to a passphrase, by its first bytes)
``build_payload(session, people, *, include_contact_log=False) -> bytes``  (used by
    ``exporting.write`` for the ``internal`` audience)
``read_bundle(path, passphrase) -> BundleContents``
``parse_payload(payload) -> BundleContents``
``plan_merge(session, contents) -> MergePlan``
``apply_merge(session, plan, choices=MergeChoices()) -> MergeResult``

The payload is documented in docs/bundle-format.md: UTF-8 JSON, ``{"format": "bizhr-bundle",
"version": 1, "created": ..., "people": [...], "organisations": [...], "contact_log": [...]}``,
inside an age v1 file (formats/age_io.py adds a one-line length frame before it).

Every record read from a bundle passes the same checks as a typed or imported one
(``core.models`` and ``services.people.normalise_person``); one bad record refuses the whole
bundle, and each error class says which of the things that can go wrong went wrong.

Merging is by UUID: a record the vault lacks is added; a record equal in every field is left
alone; a record that differs is a conflict, shown field by field, and the vault's version is
kept unless the coordinator chooses the bundle's (or the newer edit) for that record or for
all. Everything is written in one transaction, through the people service's add/update so
tags, organisation links and the search index stay in step; the audit entry holds counts.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from bizhr_desktop.core.errors import (
    BizHRError,
    BundleError,
    BundleUnreadable,
    ExitCode,
    InvalidInput,
)
from bizhr_desktop.core.masking import is_masked
from bizhr_desktop.core.models import (
    PERSON_FIELDS,
    ContactLogEntry,
    Organisation,
    Person,
    StakeholderGroup,
    default_risk_for,
)
from bizhr_desktop.core.pseudonym import make_pseudonym
from bizhr_desktop.core.text import excerpt, removed_by_cleaning
from bizhr_desktop.formats import age_io
from bizhr_desktop.formats.limits import MAX_PROBLEMS_LISTED, MAX_ROWS
from bizhr_desktop.services import people_query
from bizhr_desktop.services.organisations import (
    OrganisationService,
    name_key,
    normalise_organisation,
)
from bizhr_desktop.services.people import (
    MAX_CHARS,
    PeopleService,
    field_sentence,
    normalise_person,
)
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.vault.files import read_input_file

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "BundleContents",
    "BundleMalformed",
    "BundleVersionUnsupported",
    "FieldChange",
    "MergeChoices",
    "MergePlan",
    "MergeResult",
    "PersonConflict",
    "Prefer",
    "apply_merge",
    "build_payload",
    "is_bundle",
    "parse_payload",
    "plan_merge",
    "read_bundle",
]

FORMAT_NAME: Final = "bizhr-bundle"
FORMAT_VERSION: Final = 1
# A bundle of every record of a large network is a few tens of MB; anything far larger is
# not one of ours, and would be read into memory whole.
MAX_BUNDLE_BYTES: Final = 256 * 1024 * 1024
# No value of a record is longer than a person's notes (32 KiB); this bound is checked before
# any model code sees the text.
_MAX_STRING: Final = 64 * 1024
_MAX_LIST_ITEMS: Final = 200
_AGE_SCRYPT_START: Final = b"age-encryption.org/v1\n-> scrypt "


class BundleMalformed(BundleError):
    """The bundle opened, but what it holds is not a valid set of records."""

    exit_code = ExitCode.DAMAGED


class BundleVersionUnsupported(BundleError):
    """The bundle was written in a format version this program does not know."""

    exit_code = ExitCode.DAMAGED


# ---------------------------------------------------------------- writing


def _instant(value: datetime | None) -> str | None:
    return people_query.instant_text(value) if value is not None else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return _instant(value)
    if isinstance(value, date):
        return _day(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _record(obj: Any) -> dict[str, Any]:
    return {f.name: _json_value(getattr(obj, f.name)) for f in fields(obj)}


def is_bundle(path: Path) -> bool:
    """Whether ``path`` starts like an age file encrypted to a passphrase (a BizHR bundle)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # opening a FIFO would wait for a writer forever
        with open(path, "rb") as handle:
            return handle.read(len(_AGE_SCRYPT_START)) == _AGE_SCRYPT_START
    except OSError:
        return False


def build_payload(
    session: VaultSession, people: Sequence[Person], *, include_contact_log: bool = False
) -> bytes:
    """The version-1 JSON payload for ``people``, their organisations and (optionally) their
    contact log. The records are those given, unchanged; nothing is re-read for them."""
    db, audit = session.vault.db, session.vault.audit
    organisations = OrganisationService(db, audit)
    wanted = {name_key(person.organisation) for person in people if person.organisation}
    orgs = [
        organisations.get(row.id) for row in organisations.list() if name_key(row.name) in wanted
    ]
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created": people_query.now_text(),
        "people": [_record(person) for person in people],
        "organisations": [_record(org) for org in orgs],
    }
    if include_contact_log:
        service = PeopleService(db, audit)
        document["contact_log"] = [
            _record(entry) for person in people for entry in service.contact_log(person.id)
        ]
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class BundleContents:
    version: int
    created: datetime | None
    people: tuple[Person, ...]
    organisations: tuple[Organisation, ...]
    contact_log: tuple[ContactLogEntry, ...]
    # Text values (names, roles...) stored without the bidi controls or zero-width spaces
    # they held (core.text.clean_text): the person importing is told how many.
    cleaned: int = 0


def read_bundle(path: Path, passphrase: str) -> BundleContents:
    """Open a bundle file, or raise the BundleError subclass that says what is wrong."""
    path = Path(path)
    try:
        data = read_input_file(path, "a bundle", limit=MAX_BUNDLE_BYTES)
    except BizHRError as exc:
        raise BundleUnreadable(
            "The bundle could not be read: {message}", message=exc.message
        ) from None
    return parse_payload(age_io.decrypt_bundle(data, passphrase))


class _Problems:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.cleaned = 0  # text values stored without the invisible characters they held

    def count_cleaned(self, values: Mapping[str, Any]) -> None:
        for value in values.values():
            texts = value if isinstance(value, tuple | list) else (value,)
            self.cleaned += any(
                isinstance(text, str) and removed_by_cleaning(text) for text in texts
            )

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

    def raise_if_any(self) -> None:
        if not self.items:
            return
        shown = self.items[:MAX_PROBLEMS_LISTED]
        more = len(self.items) - len(shown)
        if more > 0:
            raise BundleMalformed(
                "This bundle opened, but some of its records are not valid, so nothing was "
                "imported: {problems}; and {more} more.",
                problems="; ".join(shown),
                more=more,
            )
        raise BundleMalformed(
            "This bundle opened, but some of its records are not valid, so nothing was "
            "imported: {problems}.",
            problems="; ".join(shown),
        )


def _malformed(detail: str) -> BundleMalformed:
    return BundleMalformed(
        "This bundle opened, but its content is not a valid BizHR bundle ({detail}); "
        "nothing was imported. Ask the sender to export it again.",
        detail=detail,
    )


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("a name appears twice in one record")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _load_json(payload: bytes) -> Any:
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        raise _malformed("it is not UTF-8 text") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except RecursionError:
        raise _malformed("it is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, duplicate names, over-long integers
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise _malformed(f"it is not valid JSON: {excerpt(reason, 80)}") from None


# Field kinds of each record type: how a JSON value must look before the model sees it.
_STR, _BOOL, _DAY, _INSTANT, _LIST = "text", "true or false", "date", "instant", "list of text"
_PERSON_KINDS: Final = {
    "id": _STR,
    "full_name": _STR,
    "stakeholder_group": _STR,
    "risk_level": _STR,
    "pseudonym": _STR,
    "organisation": _STR,
    "role": _STR,
    "country": _STR,
    "email": _STR,
    "phone": _STR,
    "secure_channel": _STR,
    "languages": _LIST,
    "consent_network": _BOOL,
    "consent_coorganisers": _BOOL,
    "consent_public": _BOOL,
    "consent_date": _DAY,
    "consent_method": _STR,
    "notes": _STR,
    "tags": _LIST,
    "participation": _STR,
    "joined_on": _DAY,
    "commitment_acknowledged_on": _DAY,
    "created_at": _INSTANT,
    "updated_at": _INSTANT,
}
assert set(_PERSON_KINDS) == set(PERSON_FIELDS), "every Person field has a bundle kind"
_ORGANISATION_KINDS: Final = {
    "id": _STR,
    "name": _STR,
    "kind": _STR,
    "sector": _STR,
    "country": _STR,
    "website": _STR,
    "public_commitment": _BOOL,
    "commitment_date": _DAY,
    "created_at": _INSTANT,
    "updated_at": _INSTANT,
}
_CONTACT_KINDS: Final = {
    "id": _STR,
    "person_id": _STR,
    "occurred_on": _DAY,
    "channel": _STR,
    "summary": _STR,
    "created_at": _INSTANT,
}
_REQUIRED: Final = {
    "person": ("id", "full_name", "stakeholder_group"),
    "organisation": ("id", "name"),
    "contact log entry": ("id", "person_id", "occurred_on"),
}


def _typed(value: Any, kind: str) -> Any:
    """The Python value for a JSON value of ``kind``, or ValueError with a reason."""
    if kind == _STR:
        if not isinstance(value, str):
            raise ValueError(f"must be {kind}")
        if len(value) > _MAX_STRING:
            raise ValueError(f"is longer than {_MAX_STRING:,} characters")
        return value
    if kind == _BOOL:
        if not isinstance(value, bool):
            raise ValueError(f"must be {kind}")
        return value
    if kind == _LIST:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"must be a {kind}")
        if len(value) > _MAX_LIST_ITEMS or any(len(item) > _MAX_STRING for item in value):
            raise ValueError("is too long")
        return tuple(value)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(f"must be an ISO {kind} or null")
    if kind == _DAY:
        return date.fromisoformat(value)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("must carry a time zone")
    return moment


def _fields_of(
    raw: Any, kinds: Mapping[str, str], what: str, where: str, problems: _Problems
) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        problems.add(where, f"a {what} must be a JSON object")
        return None
    unknown = sorted(set(raw) - set(kinds))
    if unknown:
        names = ", ".join(excerpt(name, 30) for name in unknown[:5])
        problems.add(where, f"unknown field(s) {names}")
        return None
    missing = [name for name in _REQUIRED[what] if name not in raw]
    if missing:
        problems.add(where, f"missing {', '.join(missing)}")
        return None
    values: dict[str, Any] = {}
    ok = True
    for name, value in raw.items():
        try:
            values[name] = _typed(value, kinds[name])
        except ValueError as exc:
            problems.add(where, f"{name} {exc}")
            ok = False
    return values if ok else None


def _person(raw: Any, where: str, problems: _Problems, today: date) -> Person | None:
    values = _fields_of(raw, _PERSON_KINDS, "person", where, problems)
    if values is None:
        return None
    try:
        if "risk_level" not in values:
            values["risk_level"] = default_risk_for(StakeholderGroup(values["stakeholder_group"]))
        person = Person(**values)
    except InvalidInput as exc:
        problems.add(where, exc.message)
        return None
    except ValueError:
        problems.add(where, "stakeholder_group is not one of the known groups")
        return None
    problems.count_cleaned(values)
    normalised, found = normalise_person(person, today=today)
    for name, sentence in found.items():
        problems.add(where, f"{name}: {field_sentence(sentence)}")
    return None if found else normalised


def _organisation(raw: Any, where: str, problems: _Problems) -> Organisation | None:
    values = _fields_of(raw, _ORGANISATION_KINDS, "organisation", where, problems)
    if values is None:
        return None
    problems.count_cleaned(values)
    try:
        return normalise_organisation(Organisation(**values))
    except InvalidInput as exc:
        problems.add(where, exc.message)
        return None


def _contact(
    raw: Any, where: str, problems: _Problems, people_ids: set[str]
) -> ContactLogEntry | None:
    values = _fields_of(raw, _CONTACT_KINDS, "contact log entry", where, problems)
    if values is None:
        return None
    if values["occurred_on"] is None:
        problems.add(where, "occurred_on is required")
        return None
    try:
        entry = ContactLogEntry(**values)
    except InvalidInput as exc:
        problems.add(where, exc.message)
        return None
    if entry.person_id not in people_ids:
        problems.add(where, "it belongs to nobody in the bundle")
        return None
    if len(entry.summary) > MAX_CHARS["notes"] or len(entry.channel) > MAX_CHARS["secure_channel"]:
        problems.add(where, "its text is too long")
        return None
    return entry


def _records(document: dict[str, Any], key: str, *, required: bool) -> list[Any]:
    if key not in document:
        if required:
            raise _malformed(f"it has no {key!r} list")
        return []
    value = document[key]
    if not isinstance(value, list):
        raise _malformed(f"{key!r} must be a list")
    if len(value) > MAX_ROWS:
        raise _malformed(f"{key!r} holds more than {MAX_ROWS:,} records")
    return value


def _unique(items: Iterable[Any], what: str, problems: _Problems) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items, start=1):
        if item.id in seen:
            problems.add(f"{what} {index}", "the same id appears twice in the bundle")
        seen.add(item.id)


def parse_payload(payload: bytes) -> BundleContents:
    """Check and read a decrypted payload; one bad record refuses the bundle."""
    document = _load_json(payload)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise BundleUnreadable(
            "This file is an encrypted age file, but what it holds is not a BizHR bundle."
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _malformed("its format version is missing")
    if version > FORMAT_VERSION:
        raise BundleVersionUnsupported(
            "This bundle was made by a newer BizHR Desktop (bundle format version {version}; "
            "this one reads version {supported}). Update BizHR Desktop to open it.",
            version=version,
            supported=FORMAT_VERSION,
        )
    if version != FORMAT_VERSION:
        raise _malformed(f"format version {version} does not exist")
    unknown = sorted(
        set(document) - {"format", "version", "created", "people", "organisations", "contact_log"}
    )
    if unknown:
        raise _malformed("unknown top-level field(s) " + ", ".join(excerpt(u, 30) for u in unknown))
    created: datetime | None = None
    try:
        created = _typed(document.get("created"), _INSTANT)
    except ValueError:
        raise _malformed("its creation time is not an ISO instant") from None

    problems = _Problems()
    today = datetime.now(UTC).date()
    people = [
        _person(raw, f"person {index}", problems, today)
        for index, raw in enumerate(_records(document, "people", required=True), start=1)
    ]
    organisations = [
        _organisation(raw, f"organisation {index}", problems)
        for index, raw in enumerate(_records(document, "organisations", required=False), start=1)
    ]
    problems.raise_if_any()
    good_people = [p for p in people if p is not None]
    good_orgs = [o for o in organisations if o is not None]
    _unique(good_people, "person", problems)
    _unique(good_orgs, "organisation", problems)
    ids = {person.id for person in good_people}
    contacts = [
        _contact(raw, f"contact log entry {index}", problems, ids)
        for index, raw in enumerate(_records(document, "contact_log", required=False), start=1)
    ]
    good_contacts = [c for c in contacts if c is not None]
    _unique(good_contacts, "contact log entry", problems)
    problems.raise_if_any()
    return BundleContents(
        version=version,
        created=created,
        people=tuple(good_people),
        organisations=tuple(good_orgs),
        contact_log=tuple(good_contacts),
        cleaned=problems.cleaned,
    )


# ---------------------------------------------------------------- merging


class Prefer(StrEnum):
    """Whose version of a record that differs is kept."""

    VAULT = "vault"  # the default: nothing already in the vault changes
    BUNDLE = "bundle"
    NEWER = "newer"  # the more recent edit (updated_at); the vault's when unknown or equal


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


_COMPARED: Final = tuple(name for name in PERSON_FIELDS if name not in ("created_at", "updated_at"))


def _comparable(person: Person, name: str) -> Any:
    value = getattr(person, name)
    # The vault lists tags in sorted order; another vault's order means nothing.
    return tuple(sorted(value)) if name == "tags" else value


@dataclass(frozen=True)
class FieldChange:
    field: str
    vault_value: str
    bundle_value: str


@dataclass(frozen=True)
class PersonConflict:
    """A record in both, different in some fields."""

    vault: Person
    bundle: Person
    changes: tuple[FieldChange, ...]

    @property
    def person_id(self) -> str:
        return self.vault.id

    @property
    def newer(self) -> Prefer | None:
        """Which side was edited last (None when a time is missing or both are equal)."""
        mine, theirs = self.vault.updated_at, self.bundle.updated_at
        if mine is None or theirs is None or mine == theirs:
            return None
        return Prefer.BUNDLE if theirs > mine else Prefer.VAULT

    @property
    def label(self) -> str:
        """What to call the person on screen: the pseudonym for anyone at high risk."""
        masked = is_masked(self.vault.risk_level) or is_masked(self.bundle.risk_level)
        if not masked:
            return self.vault.full_name
        return self.vault.pseudonym or make_pseudonym(self.vault.stakeholder_group, self.vault.id)


@dataclass(frozen=True)
class MergePlan:
    new_people: tuple[Person, ...]
    identical: tuple[str, ...]  # ids of records equal in every field
    conflicts: tuple[PersonConflict, ...]
    new_organisations: tuple[Organisation, ...]
    known_organisations: int  # already in the vault (by id or name): the vault's kept
    new_contact_log: tuple[ContactLogEntry, ...]
    cleaned: int = 0  # BundleContents.cleaned

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.new_people or self.conflicts or self.new_organisations or self.new_contact_log
        )


@dataclass(frozen=True)
class MergeChoices:
    """``default`` for every conflict, ``per_record`` (person id -> Prefer) overriding it."""

    default: Prefer = Prefer.VAULT
    per_record: Mapping[str, Prefer] = field(default_factory=dict)

    def for_person(self, person_id: str) -> Prefer:
        return Prefer(self.per_record.get(person_id, self.default))


@dataclass(frozen=True)
class MergeResult:
    added: int
    updated: int  # conflicts resolved in the bundle's favour
    kept: int  # conflicts where the vault's version stayed
    identical: int
    organisations_added: int
    contact_log_added: int


def plan_merge(session: VaultSession, contents: BundleContents) -> MergePlan:
    """Compare the bundle with the vault by UUID; nothing is written."""
    people, organisations = session.people, session.organisations
    new_people: list[Person] = []
    identical: list[str] = []
    conflicts: list[PersonConflict] = []
    for incoming in contents.people:
        if not people.exists(incoming.id):
            new_people.append(incoming)
            continue
        current = people.get(incoming.id)
        changes = tuple(
            FieldChange(name, _text(getattr(current, name)), _text(getattr(incoming, name)))
            for name in _COMPARED
            if _comparable(current, name) != _comparable(incoming, name)
        )
        if changes:
            conflicts.append(PersonConflict(current, incoming, changes))
        else:
            identical.append(incoming.id)
    new_orgs = [
        org
        for org in contents.organisations
        if not organisations.exists(org.id) and organisations.pk_for_name(org.name) is None
    ]
    new_contacts = [entry for entry in contents.contact_log if not people.has_contact_log(entry.id)]
    return MergePlan(
        new_people=tuple(new_people),
        identical=tuple(identical),
        conflicts=tuple(conflicts),
        new_organisations=tuple(new_orgs),
        known_organisations=len(contents.organisations) - len(new_orgs),
        new_contact_log=tuple(new_contacts),
        cleaned=contents.cleaned,
    )


def _stale() -> InvalidInput:
    return InvalidInput(
        "The vault changed since this merge was previewed; nothing was imported. "
        "Preview the merge again."
    )


def apply_merge(
    session: VaultSession, plan: MergePlan, choices: MergeChoices | None = None
) -> MergeResult:
    """Write the plan in one transaction: all of it, or (on any error) nothing."""
    choices = choices or MergeChoices()
    db, audit = session.vault.db, session.vault.audit
    people, organisations = session.people, session.organisations
    added = updated = kept = orgs_added = contacts_added = 0
    # The services' own add/update run inside this transaction as savepoints, so tags, the
    # organisation link and the search index stay in step, and a failure undoes everything.
    with db.transaction():
        for org in plan.new_organisations:
            if organisations.exists(org.id) or organisations.pk_for_name(org.name) is not None:
                raise _stale()
            organisations.add(org)
            if org.updated_at is not None:
                organisations.keep_times(org.id, created=org.created_at, updated=org.updated_at)
            orgs_added += 1
        for person in plan.new_people:
            if people.exists(person.id):
                raise _stale()
            people.add(person)
            if person.updated_at is not None:
                people.keep_times(person.id, created=person.created_at, updated=person.updated_at)
            added += 1
        for conflict in plan.conflicts:
            prefer = choices.for_person(conflict.person_id)
            take_bundle = prefer is Prefer.BUNDLE or (
                prefer is Prefer.NEWER and conflict.newer is Prefer.BUNDLE
            )
            if people.get(conflict.person_id) != conflict.vault:
                raise _stale()
            if not take_bundle:
                kept += 1
                continue
            people.update(conflict.bundle)
            if conflict.bundle.updated_at is not None:
                people.keep_times(
                    conflict.person_id, created=None, updated=conflict.bundle.updated_at
                )
            updated += 1
        for entry in plan.new_contact_log:
            if not people.exists(entry.person_id) or people.has_contact_log(entry.id):
                raise _stale()
            people.add_contact_log(entry)
            contacts_added += 1
        result = MergeResult(
            added=added,
            updated=updated,
            kept=kept,
            identical=len(plan.identical),
            organisations_added=orgs_added,
            contact_log_added=contacts_added,
        )
        audit.append(
            "bundle.merged",
            {
                "added": added,
                "updated": updated,
                "kept": kept,
                "identical": result.identical,
                "organisations_added": orgs_added,
                "contact_log_added": contacts_added,
                "prefer": choices.default.value,
                "per_record_choices": len(choices.per_record),
            },
        )
    return result
