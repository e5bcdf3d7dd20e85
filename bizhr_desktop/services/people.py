"""People: find, add, edit, merge and erase participants, keeping the search index in step.

Lists, filters and sorting run in SQL (services/people_query.py); a list never loads every
person. Anything written to the audit log is counts or keyed hashes, never a name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import hmac
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any, Final

from bizhr_desktop.core.countries import normalise_country
from bizhr_desktop.core.errors import BizHRError, InvalidInput, RecordNotFound
from bizhr_desktop.core.masking import is_masked
from bizhr_desktop.core.models import (
    CONSENT_VALID_FOR,
    ContactLogEntry,
    InvitationRole,
    InvitationStatus,
    Participation,
    Person,
    RiskLevel,
    StakeholderGroup,
    consent_period,
)
from bizhr_desktop.core.pseudonym import MAX_HEX, MIN_HEX, make_pseudonym
from bizhr_desktop.core.text import clean_text, fold
from bizhr_desktop.core.validation import (
    normalise_email,
    normalise_language,
    normalise_phone,
)
from bizhr_desktop.services import people_query
from bizhr_desktop.services.organisations import OrganisationService, clean_name
from bizhr_desktop.services.people_query import (
    DEFAULT_RETENTION_MONTHS,
    SORT_KEYS,
    PeopleQuery,
    PersonRow,
)
from bizhr_desktop.services.settings import SettingsStore, vault_secret
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import Database

__all__ = [
    "SORT_KEYS",
    "DuplicatePair",
    "ErasurePreview",
    "ErasureReport",
    "FieldDifference",
    "Mention",
    "MergePreview",
    "PageCursor",
    "PeopleQuery",
    "PeopleService",
    "PersonInvalid",
    "PersonRow",
]

RETENTION_SETTING: Final = "people.retention_months"
ERASURE_KEY_SETTING: Final = "people.erasure_hash_key"
MAX_RETENTION_MONTHS: Final = 1200

# Limits for what one field may hold; a longer value is a paste accident or a payload.
MAX_CHARS: Final = {
    "full_name": 300,
    "pseudonym": 60,
    "organisation": 300,
    "role": 300,
    "secure_channel": 500,
    "consent_method": 500,
    "notes": 32 * 1024,
}
MAX_TAG_CHARS: Final = 60
_SINGLE_LINE: Final = ("full_name", "pseudonym", "organisation", "role", "secure_channel")

_STATUS_WEIGHT: Final = {
    # When both merged records were invited to one meeting, the more informative status wins:
    # what happened at the meeting, then an answer, then no answer.
    InvitationStatus.ATTENDED: 5,
    InvitationStatus.NO_SHOW: 4,
    InvitationStatus.ACCEPTED: 3,
    InvitationStatus.DECLINED: 2,
    InvitationStatus.TENTATIVE: 1,
    InvitationStatus.INVITED: 0,
}
_ROLE_WEIGHT: Final = {
    InvitationRole.ORGANISER: 2,
    InvitationRole.SPEAKER: 1,
    InvitationRole.PARTICIPANT: 0,
}

_PERSON_COLUMNS: Final = (
    "p.pk, p.id, p.full_name, p.pseudonym, p.stakeholder_group, coalesce(o.name, ''), p.role, "
    "p.country, p.email, p.phone, p.secure_channel, p.languages, p.risk_level, "
    "p.consent_network, p.consent_coorganisers, p.consent_public, p.consent_date, "
    "p.consent_method, p.notes, p.participation, p.joined_on, p.commitment_acknowledged_on, "
    "p.created_at, p.updated_at"
)


_FTS_COUNT: Final = "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?"
# Above this many matches a text search pages through the sort order's index (see _sort_index).
_BROAD_MATCH: Final = 2000
_READ_BATCH: Final = 500


@dataclass(frozen=True)
class PageCursor:
    """Where the next page of a list starts: the sort values of the last row read.

    Opaque to callers; for a masked person it holds the pseudonym's sort key and the
    constants the masked block sorts by, never the hidden organisation or country."""

    sort: str
    descending: bool
    values: tuple[Any, ...]


class PersonInvalid(InvalidInput):
    """A person record with values that cannot be stored; ``problems`` maps field -> sentence."""

    def __init__(self, problems: dict[str, InvalidInput]) -> None:
        self.problems = dict(problems)
        super().__init__(
            "This person cannot be saved as it is. {problems}",
            problems=" ".join(field_sentence(p) for p in self.problems.values()),
        )


@dataclass(frozen=True)
class Mention:
    """A free-text field elsewhere in the vault that names the person (for manual review)."""

    kind: str  # "person_notes", "contact_log", "meeting", "follow_up"
    record_id: str  # id of the record holding the text (a person's id for contact_log)
    field: str
    label: str  # what to call that record on screen (a pseudonym for a masked person)


@dataclass(frozen=True)
class ErasurePreview:
    person: PersonRow
    invitations: int
    contact_log_entries: int
    tags: int
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class ErasureReport:
    invitations: int
    contact_log_entries: int
    tags: int
    mentions: tuple[Mention, ...]  # left in place: a person must review and edit these
    audit_hash: str  # the keyed hash recorded in the audit log


@dataclass(frozen=True)
class DuplicatePair:
    first: PersonRow
    second: PersonRow
    reasons: tuple[str, ...]  # "same name", "same email", "same phone"

    @property
    def reason(self) -> str:
        return ", ".join(self.reasons)


@dataclass(frozen=True)
class FieldDifference:
    field: str
    keep_value: str
    drop_value: str
    merged_value: str


@dataclass(frozen=True)
class MergePreview:
    keep: PersonRow
    drop: PersonRow
    differences: tuple[FieldDifference, ...]
    invitations_moved: int
    invitations_combined: int  # both were invited to the same meeting: one invitation stays
    contact_log_moved: int
    tags_added: int
    merged: Person


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def field_sentence(problem: BizHRError, translate: Callable[[str], str] | None = None) -> str:
    """A field's problem as said next to that field: without the "email: " its template
    starts with when the same check speaks of an import's column."""
    text = problem.render(translate) if translate else problem.message
    field = problem.params.get("field")
    prefix = f"{field}: "
    return text[len(prefix) :] if field and text.startswith(prefix) else text


class PeopleService:
    """The people of one unlocked vault."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit
        self._organisations = OrganisationService(db, audit)
        # Search text -> how many people it matched when last counted: only used to choose
        # a query plan, so a count made stale by an edit costs speed, never correctness.
        self._match_counts: dict[str, int] = {}

    # ------------------------------------------------------------ settings

    @property
    def retention_months(self) -> int:
        """Months without invitation, contact or edit after which a person is up for review."""
        value = self._db.scalar("SELECT value FROM setting WHERE key = ?", (RETENTION_SETTING,))
        try:
            return int(value) if value is not None else DEFAULT_RETENTION_MONTHS
        except ValueError:
            return DEFAULT_RETENTION_MONTHS

    @retention_months.setter
    def retention_months(self, months: int) -> None:
        if not 1 <= int(months) <= MAX_RETENTION_MONTHS:
            raise InvalidInput(
                "The retention period is between 1 and {limit} months.", limit=MAX_RETENTION_MONTHS
            )
        self._db.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (RETENTION_SETTING, str(int(months))),
        )

    def consent_renewal_months(self) -> int:
        """After how many months consent must be renewed (Settings, 24 by default)."""
        return SettingsStore(self._db).consent_renewal_months()

    # ------------------------------------------------------------ lists

    @contextlib.contextmanager
    def _where(self, query: PeopleQuery) -> Iterator[tuple[str, list[Any]]]:
        """The query's WHERE clause, valid inside the block (which holds the database lock):
        a search text's matches are written to a temp table first (materialise_matches)."""
        months = self.retention_months if query.retention_due else DEFAULT_RETENTION_MONTHS
        # Read from the settings only when the filter needs it (every page of a list asks).
        valid_for = (
            consent_period(self.consent_renewal_months())
            if query.consent_due
            else CONSENT_VALID_FOR
        )
        match = people_query.fts_match(query.text)
        with self._db.lock:
            if match is not None:
                people_query.materialise_matches(self._db, match)
            yield people_query.where(
                query,
                today=date.today(),
                retention_months=months,
                consent_valid_for=valid_for,
            )

    def count(self, query: PeopleQuery) -> int:
        match = people_query.fts_match(query.text) if people_query.text_only(query) else None
        if match is not None:
            # The search index has one entry per person (rowid = pk): counting its matches
            # alone skips probing 20 000–70 000 person rows for a one-letter prefix.
            found = int(self._db.scalar(_FTS_COUNT, (match,)))
            self._remember_matches(match, found)
            return found
        with self._where(query) as (clause, params):
            return int(self._db.scalar(f"SELECT count(*) FROM person p WHERE {clause}", params))  # noqa: S608

    def _remember_matches(self, match: str, found: int) -> None:
        if len(self._match_counts) >= 256:
            self._match_counts.clear()
        self._match_counts[match] = found

    def _sort_index(self, query: PeopleQuery) -> str | None:
        """The index to walk for a search matching much of the vault (see SORT_INDEX), or
        NOT_INDEXED for the whole list in an order no index serves (see UNINDEXED_SORTS)."""
        if (query.sort, query.descending) in people_query.UNINDEXED_SORTS and query == PeopleQuery(
            sort=query.sort, descending=query.descending
        ):
            return people_query.NOT_INDEXED
        index = people_query.SORT_INDEX.get(query.sort)
        if index is None or not people_query.text_only(query):
            return None
        match = people_query.fts_match(query.text)
        if match is None:
            return None
        found = self._match_counts.get(match)
        if found is None:
            found = int(self._db.scalar(_FTS_COUNT, (match,)))
            self._remember_matches(match, found)
        # A rare word would make the index walk visit most of the vault to fill one page;
        # then sorting its few matches is cheaper.
        return index if found > _BROAD_MATCH else None

    def page(self, query: PeopleQuery, offset: int, limit: int) -> list[PersonRow]:
        """Rows ``offset`` .. ``offset + limit`` of the list, filtered and sorted in SQL.

        Each call skips ``offset`` rows in SQL: to read a long list page by page, use
        :meth:`page_after`, which starts where the previous page ended."""
        if offset < 0 or limit < 0:
            raise InvalidInput("A page starts at 0 and holds 0 or more rows.")
        terms = people_query.sort_terms(query.sort, query.descending)
        indexed_by = self._sort_index(query)
        with self._where(query) as (clause, params):
            rows, _last = people_query.fetch_page(
                self._db, clause, params, terms, limit, offset=offset, indexed_by=indexed_by
            )
        return rows

    def page_after(
        self, query: PeopleQuery, cursor: PageCursor | None, limit: int
    ) -> tuple[list[PersonRow], PageCursor | None]:
        """Up to ``limit`` rows following ``cursor`` (None: from the top), and the cursor
        after the last of them (None when the page is empty).

        Keyset paging: the next page starts at the last row's sort values, so reading the
        whole list costs one index seek per page instead of skipping every earlier row."""
        if limit < 0:
            raise InvalidInput("A page holds 0 or more rows.")
        terms = people_query.sort_terms(query.sort, query.descending)
        if cursor is not None and (cursor.sort, cursor.descending) != (
            query.sort,
            query.descending,
        ):
            raise InvalidInput("This cursor belongs to a list sorted another way.")
        indexed_by = self._sort_index(query)
        with self._where(query) as (where, where_params):
            clause, params = where, where_params
            if cursor is not None:
                beyond, beyond_params = people_query.after(terms, cursor.values)
                clause, params = f"{where} AND {beyond}", [*where_params, *beyond_params]
            rows, last = people_query.fetch_page(
                self._db, clause, params, terms, limit, indexed_by=indexed_by
            )
        if last is None:
            return rows, None
        return rows, PageCursor(query.sort, query.descending, last)

    def row(self, person_id: str) -> PersonRow:
        rows = people_query.fetch_rows(self._db, "WHERE p.id = ?", (person_id,))
        if not rows:
            raise RecordNotFound("No person with that id is in this vault.")
        return rows[0]

    def tags(self) -> list[str]:
        return sorted(
            (str(r[0]) for r in self._db.execute("SELECT DISTINCT tag FROM person_tag")),
            key=lambda tag: (fold(tag), tag),
        )

    def countries(self) -> list[str]:
        from bizhr_desktop.core.countries import country_name

        codes = [
            str(r[0])
            for r in self._db.execute("SELECT DISTINCT country FROM person WHERE country != ''")
        ]

        def name(code: str) -> str:
            try:
                return fold(country_name(code))
            except BizHRError:
                return fold(code)

        return sorted(codes, key=name)

    # ------------------------------------------------------------ one person

    def _pk(self, person_id: str) -> int:
        pk = self._db.scalar("SELECT pk FROM person WHERE id = ?", (person_id,))
        if pk is None:
            raise RecordNotFound("No person with that id is in this vault.")
        return int(pk)

    def get(self, person_id: str) -> Person:
        return self.get_many([person_id])[0]

    def get_many(self, person_ids: Sequence[str]) -> list[Person]:
        """Full records of these people, in the order given, read 500 at a time."""
        found: dict[str, Person] = {}
        wanted = list(dict.fromkeys(person_ids))
        for start in range(0, len(wanted), _READ_BATCH):
            chunk = wanted[start : start + _READ_BATCH]
            marks = ",".join("?" * len(chunk))
            records = self._db.execute(
                f"SELECT {_PERSON_COLUMNS} FROM {people_query.ROW_FROM} "  # noqa: S608
                f"WHERE p.id IN ({marks})",
                tuple(chunk),
            )
            tags = people_query.tags_by_pk(self._db, [int(record[0]) for record in records])
            for record in records:
                found[str(record[1])] = self._person(record, tags[int(record[0])])
        try:
            return [found[person_id] for person_id in person_ids]
        except KeyError:
            raise RecordNotFound("No person with that id is in this vault.") from None

    def ids(self, query: PeopleQuery) -> list[str]:
        """The ids of everyone the query lists, in its order, in one statement."""
        order = people_query.order_by(query.sort, query.descending)
        with self._where(query) as (clause, params):
            return [
                str(row[0])
                for row in self._db.execute(
                    f"SELECT p.id FROM {people_query.ROW_FROM} WHERE {clause} ORDER BY {order}",  # noqa: S608
                    params,
                )
            ]

    @staticmethod
    def _person(record: Sequence[Any], tags: Sequence[str]) -> Person:
        (
            _pk, pid, name, pseudonym, group, org, role, country, email, phone, channel,
            languages, risk, cn, cc, cp, cdate, cmethod, notes, participation, joined,
            acknowledged, created, updated,
        ) = record  # fmt: skip
        return Person(
            id=pid,
            full_name=name,
            pseudonym=pseudonym,
            stakeholder_group=StakeholderGroup(group),
            organisation=org,
            role=role,
            country=country,
            email=email,
            phone=phone,
            secure_channel=channel,
            languages=tuple(code for code in languages.split(";") if code),
            risk_level=RiskLevel(risk),
            consent_network=bool(cn),
            consent_coorganisers=bool(cc),
            consent_public=bool(cp),
            consent_date=people_query.parse_day(cdate),
            consent_method=cmethod,
            notes=notes,
            tags=tuple(tags),
            participation=Participation(participation),
            joined_on=people_query.parse_day(joined),
            commitment_acknowledged_on=people_query.parse_day(acknowledged),
            created_at=people_query.parse_instant(created),
            updated_at=people_query.parse_instant(updated),
        )

    # ------------------------------------------------------------ validation

    def normalise(self, person: Person) -> tuple[Person, dict[str, InvalidInput]]:
        """The person in stored form, and field -> sentence for every value that is wrong."""
        return normalise_person(person, today=date.today())

    def validate(self, person: Person) -> dict[str, InvalidInput]:
        """Field name -> a sentence for a person; {} when the record can be saved."""
        return self.normalise(person)[1]

    def _checked(self, person: Person) -> Person:
        normalised, problems = self.normalise(person)
        if problems:
            raise PersonInvalid(problems)
        return normalised

    # ------------------------------------------------------------ writing

    def _unique_pseudonym(self, person: Person, exclude_pk: int | None) -> str:
        for length in range(MIN_HEX, MAX_HEX + 1):
            candidate = make_pseudonym(person.stakeholder_group, person.id, length=length)
            clash = self._db.scalar(
                "SELECT pk FROM person WHERE pseudonym = ? AND pk IS NOT ?",
                (candidate, exclude_pk),
            )
            if clash is None:
                return candidate
        return candidate  # six hex digits from a random id: a clash here is vanishingly rare

    def _with_pseudonym(self, person: Person, exclude_pk: int | None) -> Person:
        if person.pseudonym or not people_query.needs_pseudonym(
            person.stakeholder_group, person.risk_level
        ):
            return person
        return replace(person, pseudonym=self._unique_pseudonym(person, exclude_pk))

    def _write(self, person: Person, pk: int | None) -> int:
        """Insert (pk None) or update the stored record, its tags and its search entry."""
        if pk is None:
            pk = self._store(person, None)
            people_query.index(self._db, [pk])
            return pk
        with people_query.reindexing(self._db, [pk]):  # the old words leave the index
            self._store(person, pk)
        return pk

    def _store(self, person: Person, pk: int | None) -> int:
        org_pk = self._organisations.ensure_pk(person.organisation)
        now = people_query.now_text()
        values = person_values(person, org_pk)
        if pk is None:
            self._db.execute(
                f"INSERT INTO person (id, {', '.join(WRITE_COLUMNS)}, created_at, updated_at) "  # noqa: S608
                f"VALUES (?, {', '.join('?' * len(WRITE_COLUMNS))}, ?, ?)",
                (person.id, *values, now, now),
            )
            pk = int(self._db.scalar("SELECT pk FROM person WHERE id = ?", (person.id,)))
        else:
            assignments = ", ".join(f"{column} = ?" for column in WRITE_COLUMNS)
            self._db.execute(
                f"UPDATE person SET {assignments}, updated_at = ? WHERE pk = ?",  # noqa: S608
                (*values, now, pk),
            )
            self._db.execute("DELETE FROM person_tag WHERE person_pk = ?", (pk,))
        self._db.executemany(
            "INSERT INTO person_tag (person_pk, tag) VALUES (?, ?)",
            [(pk, tag) for tag in person.tags],
        )
        return pk

    def add(self, person: Person) -> Person:
        """Check, normalise and store a new person; returns the record as stored."""
        person = self._checked(person)
        with self._db.transaction():
            if self.exists(person.id):
                raise InvalidInput("A person with this id is already in the vault.")
            self._write(self._with_pseudonym(person, None), None)
        return self.get(person.id)

    def update(self, person: Person) -> Person:
        person = self._checked(person)
        with self._db.transaction():
            pk = self._pk(person.id)
            self._write(self._with_pseudonym(person, pk), pk)
        return self.get(person.id)

    # ------------------------------------------------------------ contact log

    def contact_log(self, person_id: str) -> list[ContactLogEntry]:
        pk = self._pk(person_id)
        return [
            ContactLogEntry(
                id=cid,
                person_id=person_id,
                occurred_on=date.fromisoformat(occurred),
                channel=channel,
                summary=summary,
                created_at=people_query.parse_instant(created),
            )
            for cid, occurred, channel, summary, created in self._db.execute(
                "SELECT id, occurred_on, channel, summary, created_at FROM contact_log "
                "WHERE person_pk = ? ORDER BY occurred_on DESC, created_at DESC",
                (pk,),
            )
        ]

    def add_contact_log(self, entry: ContactLogEntry) -> None:
        if len(entry.summary) > MAX_CHARS["notes"]:
            raise InvalidInput(
                "A contact summary is at most {limit} characters.", limit=MAX_CHARS["notes"]
            )
        if len(entry.channel) > MAX_CHARS["secure_channel"]:
            raise InvalidInput("The channel is too long.")
        with self._db.transaction():
            pk = self._pk(entry.person_id)
            self._db.execute(
                "INSERT INTO contact_log (id, person_pk, occurred_on, channel, summary, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    entry.id,
                    pk,
                    entry.occurred_on.isoformat(),
                    entry.channel.strip(),
                    entry.summary,
                    people_query.instant_text(entry.created_at)
                    if entry.created_at
                    else people_query.now_text(),
                ),
            )

    def exists(self, person_id: str) -> bool:
        return self._db.scalar("SELECT 1 FROM person WHERE id = ?", (person_id,)) is not None

    def has_contact_log(self, entry_id: str) -> bool:
        return self._db.scalar("SELECT 1 FROM contact_log WHERE id = ?", (entry_id,)) is not None

    def keep_times(self, person_id: str, *, created: datetime | None, updated: datetime) -> None:
        """Give a record the edit times it came with (``people_query.keep_record_times``)."""
        people_query.keep_record_times(self._db, "person", person_id, created, updated)

    # ------------------------------------------------------------ travel mode

    def send_away(self, person_id: str, batch_pk: int, at: str) -> None:
        """The record (already a placeholder) is away in travel batch *batch_pk*: its contact
        log goes with it, and its edit time is the batch's, so the way back can tell whether
        the placeholder was edited meanwhile."""
        pk = self._pk(person_id)
        self._db.execute("DELETE FROM contact_log WHERE person_pk = ?", (pk,))
        self._db.execute(
            "UPDATE person SET travel_batch_pk = ?, name_key = '', updated_at = ? WHERE pk = ?",
            (batch_pk, at, pk),
        )

    def away_state(self, person_id: str) -> tuple[int | None, str] | None:
        """(travel batch pk or None, updated_at text), or None when no such person is here."""
        rows = self._db.execute(
            "SELECT travel_batch_pk, updated_at FROM person WHERE id = ?", (person_id,)
        )
        if not rows:
            return None
        batch = rows[0][0]
        return (None if batch is None else int(batch)), str(rows[0][1])

    def away_ids(self) -> frozenset[str]:
        """Ids of the people whose record is away (placeholders)."""
        rows = self._db.execute("SELECT id FROM person WHERE travel_batch_pk IS NOT NULL")
        return frozenset(str(row[0]) for row in rows)

    def bring_back(self, person_id: str, updated_at: str) -> None:
        self._db.execute(
            "UPDATE person SET travel_batch_pk = NULL, updated_at = ? WHERE id = ?",
            (updated_at, person_id),
        )

    def compact_search_index(self) -> None:
        """Rewrite the search index without the terms of deleted entries (contentless_delete
        keeps them in its segments until merged); secure_delete then zeroes the pages."""
        self._db.execute("INSERT INTO person_fts (person_fts) VALUES ('optimize')")

    # ------------------------------------------------------------ erasure

    def _keyed_hash(self, person_id: str) -> str:
        """HMAC-SHA256 of the id under a random per-vault key: the audit log can prove that a
        given record was erased, yet the entry alone reveals nothing about who it was."""
        key = vault_secret(self._db, ERASURE_KEY_SETTING)
        assert key is not None
        message = uuid.UUID(person_id).bytes
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    def _counts(self, pk: int) -> tuple[int, int, int]:
        return (
            int(self._db.scalar("SELECT count(*) FROM invitation WHERE person_pk = ?", (pk,))),
            int(self._db.scalar("SELECT count(*) FROM contact_log WHERE person_pk = ?", (pk,))),
            int(self._db.scalar("SELECT count(*) FROM person_tag WHERE person_pk = ?", (pk,))),
        )

    def mentions(self, person_id: str) -> list[Mention]:
        """Free text elsewhere that names this person (full name, email or phone)."""
        pk = self._pk(person_id)
        name, email, phone = self._db.execute(
            "SELECT full_name, email, phone FROM person WHERE pk = ?", (pk,)
        )[0]
        needles = [fold(name)] + [fold(v) for v in (email, phone) if v]
        needles = [n for n in needles if len(n) >= 3]

        def names(text: str) -> bool:
            folded = fold(text)
            return any(needle in folded for needle in needles)

        found: list[Mention] = []
        for other_id, notes, label_name, pseudonym, group, risk in self._db.execute(
            "SELECT id, notes, full_name, pseudonym, stakeholder_group, risk_level FROM person "
            "WHERE pk != ? AND notes != ''",
            (pk,),
        ):
            if names(notes):
                found.append(
                    Mention("person_notes", other_id, "notes",
                            _label(other_id, label_name, pseudonym, group, risk))
                )  # fmt: skip
        for summary, owner_id, owner_name, pseudonym, group, risk in self._db.execute(
            "SELECT c.summary, p.id, p.full_name, p.pseudonym, p.stakeholder_group, "
            "p.risk_level FROM contact_log c JOIN person p ON p.pk = c.person_pk "
            "WHERE c.person_pk != ? AND c.summary != ''",
            (pk,),
        ):
            if names(summary):
                found.append(
                    Mention("contact_log", owner_id, "summary",
                            _label(owner_id, owner_name, pseudonym, group, risk))
                )  # fmt: skip
        meeting_fields = ("title", "topic", "agenda", "outcome_notes", "risk_assessment")
        for record in self._db.execute(
            f"SELECT id, title, {', '.join(meeting_fields)} FROM meeting"  # noqa: S608
        ):
            for field_name, text in zip(meeting_fields, record[2:], strict=True):
                if text and names(text):
                    found.append(Mention("meeting", record[0], field_name, record[1]))
        for fid, text, title in self._db.execute(
            "SELECT f.id, f.text, m.title FROM follow_up f JOIN meeting m ON m.pk = f.meeting_pk"
        ):
            if names(text):
                found.append(Mention("follow_up", fid, "text", title))
        # The reasons given for a safety flag checked or a list let out before the sign-off
        # (the person's own checks go with them).
        for table, field_name, other in (
            ("safety_check", "safety_check_reason", "AND r.person_pk IS NOT ?"),
            ("meeting_override", "override_reason", "AND ? IS NOT NULL"),
        ):
            for meeting_id, title, reason in self._db.execute(
                f"SELECT m.id, m.title, r.reason FROM {table} r "  # noqa: S608
                f"JOIN meeting m ON m.pk = r.meeting_pk WHERE r.reason != '' {other}",
                (pk,),
            ):
                if names(reason):
                    found.append(Mention("meeting", meeting_id, field_name, title))
        return found

    def erasure_preview(self, person_id: str) -> ErasurePreview:
        row = self.row(person_id)
        invitations, contacts, tags = self._counts(self._pk(person_id))
        return ErasurePreview(row, invitations, contacts, tags, tuple(self.mentions(person_id)))

    def erase(self, person_id: str) -> ErasureReport:
        """Remove the person and everything attached, leaving no bytes behind in the vault
        file or its WAL; free-text mentions elsewhere are reported, not edited.

        Holds the database lock from the first read to the end of the rebuild, so that a
        caller on a worker thread cannot have the vault closed (locked) between the delete
        and the rebuild that removes the deleted bytes: closing waits for it."""
        with self._db.lock:
            return self._erase(person_id)

    def _erase(self, person_id: str) -> ErasureReport:
        pk = self._pk(person_id)
        mentions = tuple(self.mentions(person_id))
        with self._db.transaction():
            invitations, contacts, tags = self._counts(pk)
            digest = self._keyed_hash(person_id)
            people_query.forget(self._db, [pk])
            # Cascades: person_tag, contact_log, invitation.
            self._db.execute("DELETE FROM person WHERE pk = ?", (pk,))
            # A contentless_delete FTS5 table keeps the deleted terms in its segments (only
            # marked as deleted) until they are merged: 'optimize' rewrites the index without
            # them, and secure_delete zeroes the freed pages.
            self._db.execute("INSERT INTO person_fts (person_fts) VALUES ('optimize')")
            self._audit.append(
                "person.erased",
                {
                    "person_hash": digest,
                    "invitations": invitations,
                    "contact_log_entries": contacts,
                    "tags": tags,
                    "mentions_to_review": len(mentions),
                },
            )
        # No byte of the erased person may stay in the file (rebalanced B-tree pages can
        # keep copies of moved cells) or in the WAL: rebuild the file and empty the WAL.
        self._db.compact()
        return ErasureReport(invitations, contacts, tags, mentions, digest)

    # ------------------------------------------------------------ duplicates and merge

    def duplicate_candidates(self, limit: int = 100) -> list[DuplicatePair]:
        """Pairs of people who may be one person: same folded name, email or phone."""
        reasons: dict[tuple[int, int], list[str]] = {}
        checks = (
            ("same name", "b.name_key = a.name_key AND b.name_key != ''", "a.name_key != ''"),
            (
                "same email",
                "lower(b.email) = lower(a.email) AND b.email != ''",
                "a.email != ''",
            ),
            ("same phone", "b.phone = a.phone AND b.phone != ''", "a.phone != ''"),
        )
        for reason, join, condition in checks:
            for first, second in self._db.execute(
                f"SELECT a.pk, b.pk FROM person a JOIN person b ON {join} AND b.pk > a.pk "  # noqa: S608
                f"WHERE {condition} ORDER BY a.pk, b.pk LIMIT ?",
                (limit,),
            ):
                reasons.setdefault((int(first), int(second)), []).append(reason)
        pairs = sorted(reasons.items(), key=lambda item: (-len(item[1]), item[0]))[:limit]
        pks = sorted({pk for pair, _ in pairs for pk in pair})
        rows: dict[int, PersonRow] = {}
        for start in range(0, len(pks), 500):
            chunk = pks[start : start + 500]
            marks = ",".join("?" * len(chunk))
            records = self._db.execute(
                f"SELECT p.pk, p.id FROM person p WHERE p.pk IN ({marks})",  # noqa: S608
                tuple(chunk),
            )
            for pk, pid in records:
                rows[int(pk)] = self.row(str(pid))
        return [DuplicatePair(rows[a], rows[b], tuple(why)) for (a, b), why in pairs]

    def _merge_plan(self, keep_id: str, drop_id: str) -> tuple[int, int, MergePreview]:
        if keep_id == drop_id:
            raise InvalidInput("A person cannot be merged with themselves.")
        keep_pk, drop_pk = self._pk(keep_id), self._pk(drop_id)
        keep, drop = self.get(keep_id), self.get(drop_id)
        merged = merged_person(keep, drop)
        differences = tuple(
            FieldDifference(
                name,
                _text(getattr(keep, name)),
                _text(getattr(drop, name)),
                _text(getattr(merged, name)),
            )
            for name in (f.name for f in fields(Person))
            if name not in ("id", "created_at", "updated_at")
            and getattr(keep, name) != getattr(drop, name)
        )
        shared = int(
            self._db.scalar(
                "SELECT count(*) FROM invitation d JOIN invitation k "
                "ON k.meeting_pk = d.meeting_pk AND k.person_pk = ? WHERE d.person_pk = ?",
                (keep_pk, drop_pk),
            )
        )
        invitations, contacts, _tags = self._counts(drop_pk)
        preview = MergePreview(
            keep=self.row(keep_id),
            drop=self.row(drop_id),
            differences=differences,
            invitations_moved=invitations - shared,
            invitations_combined=shared,
            contact_log_moved=contacts,
            tags_added=len(set(drop.tags) - set(keep.tags)),
            merged=merged,
        )
        return keep_pk, drop_pk, preview

    def merge_preview(self, keep_id: str, drop_id: str) -> MergePreview:
        return self._merge_plan(keep_id, drop_id)[2]

    def merge(self, keep_id: str, drop_id: str) -> Person:
        """Fold ``drop`` into ``keep`` in one transaction: every invitation and contact-log
        entry moves over, tags and languages are united, and ``drop`` is removed."""
        with self._db.transaction():
            keep_pk, drop_pk, preview = self._merge_plan(keep_id, drop_id)
            merged, problems = self.normalise(preview.merged)
            if problems:
                raise PersonInvalid(problems)
            for dropped in self._db.execute(
                "SELECT d.meeting_pk, d.status, d.role, d.responded_at, d.updated_at "
                "FROM invitation d JOIN invitation k ON k.meeting_pk = d.meeting_pk "
                "AND k.person_pk = ? WHERE d.person_pk = ?",
                (keep_pk, drop_pk),
            ):
                self._combine_invitation(keep_pk, dropped)
                self._db.execute(
                    "DELETE FROM invitation WHERE meeting_pk = ? AND person_pk = ?",
                    (dropped[0], drop_pk),
                )
            self._db.execute(
                "UPDATE invitation SET person_pk = ? WHERE person_pk = ?", (keep_pk, drop_pk)
            )
            self._db.execute(
                "UPDATE contact_log SET person_pk = ? WHERE person_pk = ?", (keep_pk, drop_pk)
            )
            people_query.forget(self._db, [drop_pk])
            self._db.execute("DELETE FROM person WHERE pk = ?", (drop_pk,))
            self._write(self._with_pseudonym(merged, keep_pk), keep_pk)
            self._audit.append(
                "person.merged",
                {
                    "kept_hash": self._keyed_hash(keep_id),
                    "dropped_hash": self._keyed_hash(drop_id),
                    "invitations_moved": preview.invitations_moved,
                    "invitations_combined": preview.invitations_combined,
                    "contact_log_moved": preview.contact_log_moved,
                },
            )
        return self.get(keep_id)

    def _combine_invitation(self, keep_pk: int, dropped: Sequence[Any]) -> None:
        """Fold the dropped record's invitation to a meeting into keep's invitation to it."""
        meeting_pk, status, role, responded, updated = dropped
        current = self._db.execute(
            "SELECT status, role FROM invitation WHERE meeting_pk = ? AND person_pk = ?",
            (meeting_pk, keep_pk),
        )[0]
        if _STATUS_WEIGHT[InvitationStatus(status)] > _STATUS_WEIGHT[InvitationStatus(current[0])]:
            self._db.execute(
                "UPDATE invitation SET status = ?, responded_at = ?, updated_at = ? "
                "WHERE meeting_pk = ? AND person_pk = ?",
                (status, responded, updated, meeting_pk, keep_pk),
            )
        if _ROLE_WEIGHT[InvitationRole(role)] > _ROLE_WEIGHT[InvitationRole(current[1])]:
            self._db.execute(
                "UPDATE invitation SET role = ? WHERE meeting_pk = ? AND person_pk = ?",
                (role, meeting_pk, keep_pk),
            )


def _label(person_id: str, name: str, pseudonym: str, group: str, risk: str) -> str:
    risk_level = RiskLevel(risk)
    if is_masked(risk_level):
        return pseudonym or make_pseudonym(StakeholderGroup(group), person_id)
    return name


# ---------------------------------------------------------------- pure helpers

WRITE_COLUMNS: Final = (
    "full_name",
    "sort_name",
    "name_key",
    "pseudonym",
    "stakeholder_group",
    "organisation_pk",
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
    "consent_method",
    "notes",
    "participation",
    "joined_on",
    "commitment_acknowledged_on",
)


def person_values(person: Person, organisation_pk: int | None) -> tuple[Any, ...]:
    """Values for WRITE_COLUMNS, in order."""

    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    name_key = fold(person.full_name)
    return (
        person.full_name,
        people_query.sort_name_for(
            person.full_name, person.pseudonym, person.risk_level, name_key=name_key
        ),
        name_key,
        person.pseudonym,
        person.stakeholder_group.value,
        organisation_pk,
        person.role,
        person.country,
        person.email,
        person.phone,
        person.secure_channel,
        ";".join(person.languages),
        person.risk_level.value,
        int(person.consent_network),
        int(person.consent_coorganisers),
        int(person.consent_public),
        day(person.consent_date),
        person.consent_method,
        person.notes,
        person.participation.value,
        day(person.joined_on),
        day(person.commitment_acknowledged_on),
    )


# Countries and languages repeat across thousands of rows of an import: parse each spelling once.
_country: Final = functools.lru_cache(maxsize=4096)(normalise_country)
_language: Final = functools.lru_cache(maxsize=4096)(normalise_language)


# Unicode category Cc is exactly C0, DEL and C1 (checked against unicodedata in the tests):
# one regex scan instead of a category lookup per character.
_CONTROL: Final = re.compile("[\x00-\x1f\x7f-\x9f]")


def _has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


def normalise_tags(tags: Sequence[str]) -> tuple[tuple[str, ...], InvalidInput | None]:
    """Tags trimmed, empty and repeated ones dropped; or what is wrong with them."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(clean_text(raw).split())
        if not tag:
            continue
        if len(tag) > MAX_TAG_CHARS:
            return (), InvalidInput("A tag is at most {limit} characters.", limit=MAX_TAG_CHARS)
        if ";" in tag or _has_control(tag):
            return (), InvalidInput(
                "A tag cannot contain “;” (it separates tags) or control characters."
            )
        seen.setdefault(fold(tag), tag)
    return tuple(seen.values()), None


def normalise_person(person: Person, *, today: date) -> tuple[Person, dict[str, InvalidInput]]:
    """Pure validation and normalisation of a person record (no database needed)."""
    changes, problems = _normalised_fields(functools.partial(getattr, person), today)
    if problems:
        return person, problems
    try:
        return replace(person, **changes), {}
    except InvalidInput as exc:  # full_name that is only white space, say
        return person, {"full_name": exc}


def new_person(
    values: Mapping[str, Any], *, today: date
) -> tuple[Person | None, dict[str, InvalidInput]]:
    """A person from field values (Person's defaults for the rest), checked and normalised
    by the same rules as :func:`normalise_person`, but built once: an import makes 100 000."""
    changes, problems = _normalised_fields(
        lambda name: values[name] if name in values else _PERSON_DEFAULTS[name], today
    )
    if problems:
        return None, problems
    try:
        return Person(**{**values, **changes}), {}
    except InvalidInput as exc:  # the model's own checks: a bad id or enum, an empty name
        return None, {"full_name": exc}


_PERSON_DEFAULTS: Final = {
    f.name: f.default for f in fields(Person) if f.default is not dataclasses.MISSING
}


def _normalised_fields(
    value_of: Callable[[str], Any], today: date
) -> tuple[dict[str, Any], dict[str, InvalidInput]]:
    """Stored-form values of the fields normalise_person rewrites, and the problems found."""
    problems: dict[str, InvalidInput] = {}
    changes: dict[str, Any] = {}
    for name, limit in MAX_CHARS.items():
        value: str = clean_text(value_of(name))
        value = " ".join(value.split()) if name in _SINGLE_LINE else value.strip()
        if name == "organisation":
            value = clean_name(value)
        if len(value) > limit:
            problems[name] = InvalidInput("This is longer than {limit} characters.", limit=limit)
        elif name in _SINGLE_LINE and _has_control(value):
            problems[name] = InvalidInput("This contains control characters.")
        changes[name] = value
    if not changes["full_name"]:
        problems["full_name"] = InvalidInput("A person needs a name.")
    country = ""
    try:
        country = _country(value_of("country"))
    except InvalidInput as exc:
        problems["country"] = exc
    changes["country"] = country
    try:
        changes["email"] = normalise_email(value_of("email"), field="email")
    except InvalidInput as exc:
        problems["email"] = exc
    try:
        changes["phone"] = normalise_phone(value_of("phone"), country or None, field="phone")
    except InvalidInput as exc:
        problems["phone"] = exc
    languages: list[str] = []
    for item in value_of("languages"):
        try:
            code = _language(item, field="languages")
        except InvalidInput as exc:
            problems["languages"] = exc
            break
        if code and code not in languages:
            languages.append(code)
    changes["languages"] = tuple(languages)
    tags, tag_problem = normalise_tags(value_of("tags"))
    if tag_problem:
        problems["tags"] = tag_problem
    changes["tags"] = tags
    for name in ("consent_date", "joined_on", "commitment_acknowledged_on"):
        day = value_of(name)
        if day is not None and day > today:
            problems[name] = InvalidInput("This date is in the future.")
    return changes, problems


def merged_person(keep: Person, drop: Person) -> Person:
    """What ``keep`` becomes after absorbing ``drop`` (rules in the comments below)."""
    changes: dict[str, Any] = {}
    extra_notes: list[str] = []
    # Plain text: keep's value wins; drop's fills a gap. A second, different contact point is
    # not silently lost: it is written into the notes for the coordinator to sort out.
    for name in ("pseudonym", "organisation", "role", "country", "email", "phone",
                 "secure_channel"):  # fmt: skip
        mine, theirs = getattr(keep, name), getattr(drop, name)
        if not mine:
            changes[name] = theirs
        elif theirs and theirs != mine and name in ("email", "phone", "secure_channel"):
            extra_notes.append(f"Merged record also had {name.replace('_', ' ')}: {theirs}")
    notes = [keep.notes.strip()] if keep.notes.strip() else []
    if drop.notes.strip() and drop.notes.strip() != keep.notes.strip():
        notes.append(drop.notes.strip())
    notes.extend(extra_notes)
    changes["notes"] = "\n\n".join(notes)
    changes["languages"] = tuple(dict.fromkeys(keep.languages + drop.languages))
    changes["tags"] = tuple(dict.fromkeys(keep.tags + drop.tags))
    # Risk only ever goes up in a merge: a defender must not become "low" by accident.
    changes["risk_level"] = max(keep.risk_level, drop.risk_level)
    # Consent is one statement, taken whole from the more recent one; with no clear newer
    # statement, a flag stays true only if both records say so (share less, not more).
    newer = None
    if keep.consent_date and (drop.consent_date is None or keep.consent_date > drop.consent_date):
        newer = keep
    elif drop.consent_date and (keep.consent_date is None or drop.consent_date > keep.consent_date):
        newer = drop
    for name in ("consent_network", "consent_coorganisers", "consent_public"):
        if newer is not None:
            changes[name] = getattr(newer, name)
        else:
            changes[name] = getattr(keep, name) and getattr(drop, name)
    if newer is not None:
        changes["consent_date"] = newer.consent_date
        changes["consent_method"] = newer.consent_method
    for name in ("joined_on", "commitment_acknowledged_on"):
        days = [d for d in (getattr(keep, name), getattr(drop, name)) if d is not None]
        changes[name] = min(days) if days else None
    return replace(keep, **changes)
