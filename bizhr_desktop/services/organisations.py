"""Organisations: list, add, edit, and link people to them by name."""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Final

from bizhr_desktop.core.countries import normalise_country
from bizhr_desktop.core.errors import InvalidInput, RecordNotFound
from bizhr_desktop.core.models import Organisation, OrganisationKind, new_id
from bizhr_desktop.core.text import clean_text, excerpt, fold
from bizhr_desktop.services import people_query
from bizhr_desktop.services.people_query import PersonRow
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import Database

MAX_NAME_CHARS: Final = 300
MAX_SECTOR_CHARS: Final = 300
MAX_WEBSITE_CHARS: Final = 2000
# What an edit can change, in the order a form shows it (and an audit entry lists it).
EDITABLE_FIELDS: Final = (
    "name",
    "kind",
    "sector",
    "country",
    "website",
    "public_commitment",
    "commitment_date",
)
_WEBSITE: Final = re.compile(r"(https?://)?[\w.-]+\.[\w-]{2,}(:\d{1,5})?(/\S*)?", re.IGNORECASE)

_COLUMNS: Final = (
    "pk, id, name, kind, sector, country, website, public_commitment, commitment_date, "
    "created_at, updated_at"
)


@dataclass(frozen=True)
class OrganisationRow:
    """What the organisations list shows."""

    id: str
    name: str
    kind: OrganisationKind
    sector: str
    country: str
    public_commitment: bool
    commitment_date: date | None
    people_count: int


def name_key(name: str) -> str:
    """Two organisation names are the same organisation when equal under this key."""
    return fold(name)


def clean_name(name: str) -> str:
    return " ".join(clean_text(name).split())


def normalise_website(value: str) -> str:
    try:
        return _checked_website(value)
    except InvalidInput as error:
        raise InvalidInput("website: {message}", message=error.message) from None


def _checked_website(value: str) -> str:
    text = value.strip()
    if not text:
        return ""
    if not _WEBSITE.fullmatch(text):
        raise InvalidInput(
            "“{excerpt}” is not a web address (such as https://example.org).", excerpt=excerpt(text)
        )
    return text


def normalise_organisation(org: Organisation) -> Organisation:
    """An organisation's values checked and put in stored form: the one rule, for the editor's
    service, imports, bundles and travel mode alike (no database needed)."""
    name = clean_name(org.name)
    if len(name) > MAX_NAME_CHARS:
        raise InvalidInput(
            "An organisation name is at most {limit} characters.", limit=MAX_NAME_CHARS
        )
    return replace(
        org,
        name=name,
        sector=org.sector.strip(),
        country=normalise_country(org.country),
        website=normalise_website(org.website),
    )


class OrganisationInvalid(InvalidInput):
    """An edited organisation that cannot be stored; ``problems`` maps field -> sentence."""

    def __init__(self, problems: dict[str, InvalidInput]) -> None:
        self.problems = dict(problems)
        super().__init__(
            "This organisation cannot be saved as it is. {problems}",
            problems=" ".join(p.message for p in self.problems.values()),
        )


def _organisation(record: tuple[Any, ...]) -> Organisation:
    _pk, oid, name, kind, sector, country, website, public, cdate, created, updated = record
    return Organisation(
        id=oid,
        name=name,
        kind=OrganisationKind(kind),
        sector=sector,
        country=country,
        website=website,
        public_commitment=bool(public),
        commitment_date=people_query.parse_day(cdate),
        created_at=people_query.parse_instant(created),
        updated_at=people_query.parse_instant(updated),
    )


class OrganisationService:
    """Organisations of the network; the people service links people to them by name."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    # ------------------------------------------------------------ reading

    def list(self, text: str = "") -> list[OrganisationRow]:
        """Every organisation whose name contains ``text`` (accent- and case-insensitive)."""
        needle = fold(text)
        rows = self._db.execute(
            "SELECT o.id, o.name, o.kind, o.sector, o.country, o.public_commitment, "
            "o.commitment_date, (SELECT count(*) FROM person p WHERE p.organisation_pk = o.pk) "
            "FROM organisation o"
        )
        found = [
            OrganisationRow(
                id=oid,
                name=name,
                kind=OrganisationKind(kind),
                sector=sector,
                country=country,
                public_commitment=bool(public),
                commitment_date=people_query.parse_day(cdate),
                people_count=int(count),
            )
            for oid, name, kind, sector, country, public, cdate, count in rows
            if not needle or needle in fold(name)
        ]
        return sorted(found, key=lambda row: (name_key(row.name), row.id))

    def get(self, organisation_id: str) -> Organisation:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM organisation WHERE id = ?",  # noqa: S608
            (organisation_id,),
        )
        if not rows:
            raise RecordNotFound("No organisation with that id is in this vault.")
        return _organisation(rows[0])

    def people(self, organisation_id: str) -> builtins.list[PersonRow]:
        """The people linked to an organisation, in the order of a name-sorted list."""
        self.get(organisation_id)
        return people_query.fetch_rows(
            self._db,
            "WHERE p.organisation_pk = (SELECT pk FROM organisation WHERE id = ?) "
            "ORDER BY p.sort_name, p.pk",
            (organisation_id,),
        )

    def keys(self) -> dict[str, int]:
        """name_key -> pk of every organisation (for linking many people at once)."""
        return {
            name_key(name): int(pk)
            for pk, name in self._db.execute("SELECT pk, name FROM organisation ORDER BY pk DESC")
        }

    def exists(self, org_id: str) -> bool:
        return self._pk_of(org_id) is not None

    def keep_times(self, org_id: str, *, created: datetime | None, updated: datetime) -> None:
        """Give a record the edit times it came with (``people_query.keep_record_times``)."""
        people_query.keep_record_times(self._db, "organisation", org_id, created, updated)

    def remove_for_travel(self, org_id: str) -> None:
        """Travel mode: the organisation goes away with its people (it comes back with them)."""
        self._db.execute("DELETE FROM organisation WHERE id = ?", (org_id,))

    def pk_for_name(self, name: str) -> int | None:
        cleaned = clean_name(name)
        if not cleaned:
            return None
        exact = self._db.scalar(
            "SELECT pk FROM organisation WHERE name = ? COLLATE NOCASE", (cleaned,)
        )
        if exact is not None:
            return int(exact)
        # NOCASE folds ASCII only: "ÉCOLE" and "École" meet only under name_key.
        return self.keys().get(name_key(cleaned))

    # ------------------------------------------------------------ writing

    def normalised(self, org: Organisation) -> Organisation:
        """The organisation with its values checked and put in stored form."""
        return normalise_organisation(org)

    def validate(self, org: Organisation) -> dict[str, InvalidInput]:
        """Field name -> a sentence for a person, for every value an edit cannot keep;
        {} when :meth:`update` would store the organisation as it is."""
        return self._normalise_edit(org)[1]

    def _normalise_edit(self, org: Organisation) -> tuple[Organisation, dict[str, InvalidInput]]:
        """The edited organisation in stored form, and field -> sentence for each problem.

        Stricter than :meth:`normalised` (which imports, bundles and travel mode use to store
        records as they come): a sector or web address of absurd length, and a commitment
        date without a public commitment, are refused when a person edits."""
        problems: dict[str, InvalidInput] = {}
        name = clean_name(org.name)  # never empty: Organisation refuses a blank name
        if len(name) > MAX_NAME_CHARS:
            problems["name"] = InvalidInput(
                "An organisation name is at most {limit} characters.", limit=MAX_NAME_CHARS
            )
        else:
            other = self.pk_for_name(name)
            if other is not None and other != self._pk_of(org.id):
                problems["name"] = InvalidInput(
                    "Another organisation is already called “{name}”.", name=excerpt(name)
                )
        sector = org.sector.strip()
        if len(sector) > MAX_SECTOR_CHARS:
            problems["sector"] = InvalidInput(
                "A sector is at most {limit} characters.", limit=MAX_SECTOR_CHARS
            )
        country = org.country
        try:
            country = normalise_country(org.country)
        except InvalidInput as error:
            problems["country"] = error
        website = org.website
        if len(website.strip()) > MAX_WEBSITE_CHARS:
            problems["website"] = InvalidInput(
                "A web address is at most {limit} characters.", limit=MAX_WEBSITE_CHARS
            )
        else:
            try:
                website = _checked_website(org.website)
            except InvalidInput as error:
                problems["website"] = error
        if org.commitment_date is not None and not org.public_commitment:
            problems["commitment_date"] = InvalidInput(
                "A commitment date needs a public commitment: tick “Publicly committed” "
                "or clear the date."
            )
        cleaned = replace(org, name=name, sector=sector, country=country, website=website)
        return cleaned, problems

    def _pk_of(self, organisation_id: str) -> int | None:
        pk = self._db.scalar("SELECT pk FROM organisation WHERE id = ?", (organisation_id,))
        return None if pk is None else int(pk)

    def add(self, org: Organisation) -> Organisation:
        org = self.normalised(org)
        with self._db.transaction():
            if self.pk_for_name(org.name) is not None:
                raise InvalidInput(
                    "An organisation called “{name}” is already in this vault.",
                    name=excerpt(org.name),
                )
            self.insert(org)
        return self.get(org.id)

    def insert(self, org: Organisation) -> int:
        """Store an organisation already checked (an import's row), inside the caller's
        transaction; returns its pk. Use :meth:`add` for one typed by a person."""
        now = people_query.now_text()
        self._db.execute(
            "INSERT INTO organisation (id, name, kind, sector, country, website, "
            "public_commitment, commitment_date, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                org.id,
                org.name,
                org.kind.value,
                org.sector,
                org.country,
                org.website,
                int(org.public_commitment),
                org.commitment_date.isoformat() if org.commitment_date else None,
                now,
                now,
            ),
        )
        return int(self._db.scalar("SELECT pk FROM organisation WHERE id = ?", (org.id,)))

    def update(self, org: Organisation) -> Organisation:
        """Store an edited organisation (every field of EDITABLE_FIELDS); returns it as stored.

        Raises :class:`OrganisationInvalid` (field -> sentence) when a value cannot be kept,
        RecordNotFound when the organisation is gone. A rename rewrites the search entries of
        its people, whose lists sort by the organisation's stored name. Each change is
        audited with the names of the fields changed, never their values; saving an
        unchanged organisation writes nothing."""
        with self._db.transaction():
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM organisation WHERE id = ?",  # noqa: S608
                (org.id,),
            )
            if not rows:
                raise RecordNotFound("No organisation with that id is in this vault.")
            pk, stored = int(rows[0][0]), _organisation(rows[0])
            org, problems = self._normalise_edit(org)
            if problems:
                raise OrganisationInvalid(problems)
            changed = [
                field for field in EDITABLE_FIELDS if getattr(org, field) != getattr(stored, field)
            ]
            if not changed:
                return stored
            # The search index holds the organisation's name for each of its people: their
            # entries under the old name are forgotten, then written under the new one.
            linked = (
                [
                    int(r[0])
                    for r in self._db.execute(
                        "SELECT pk FROM person WHERE organisation_pk = ?", (pk,)
                    )
                ]
                if "name" in changed
                else []
            )
            with people_query.reindexing(self._db, linked):
                self._db.execute(
                    "UPDATE organisation SET name = ?, kind = ?, sector = ?, country = ?, "
                    "website = ?, public_commitment = ?, commitment_date = ?, updated_at = ? "
                    "WHERE pk = ?",
                    (
                        org.name,
                        org.kind.value,
                        org.sector,
                        org.country,
                        org.website,
                        int(org.public_commitment),
                        org.commitment_date.isoformat() if org.commitment_date else None,
                        people_query.now_text(),
                        pk,
                    ),
                )
            # Ids and field names only: an organisation's name can be identifying.
            self._audit.append("organisation.updated", {"organisation": org.id, "fields": changed})
        return self.get(org.id)

    def ensure_pk(self, name: str) -> int | None:
        """The pk of the organisation called ``name``, inserted if new; None for no name.

        Must run inside the caller's transaction (adding or editing a person)."""
        cleaned = clean_name(name)
        if not cleaned:
            return None
        pk = self.pk_for_name(cleaned)
        if pk is None:
            pk = self.insert(self.normalised(Organisation(id=new_id(), name=cleaned)))
        return pk

    def find_or_create(self, name: str) -> str:
        """The id of the organisation called ``name`` (case- and accent-insensitive),
        created with defaults if there is none."""
        cleaned = clean_name(name)
        if not cleaned:
            raise InvalidInput("An organisation needs a name.")
        with self._db.transaction():
            pk = self.ensure_pk(cleaned)
            return str(self._db.scalar("SELECT id FROM organisation WHERE pk = ?", (pk,)))

    def create_many(self, names: Iterable[str]) -> dict[str, int]:
        """Insert organisations for names not yet known; returns name_key -> pk for all.

        Must run inside the caller's transaction (import)."""
        known = self.keys()
        now = people_query.now_text()
        fresh: dict[str, tuple[str, str]] = {}
        for name in names:
            cleaned = clean_name(name)
            key = name_key(cleaned)
            if cleaned and key not in known and key not in fresh:
                fresh[key] = (new_id(), cleaned)
        if fresh:
            self._db.executemany(
                "INSERT INTO organisation (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                [(oid, cleaned, now, now) for oid, cleaned in fresh.values()],
            )
            known = self.keys()
        return known
