"""Listing people: the query a list asks, the row it shows, and the search index behind both.

Kept apart from services/people.py so that organisations and import can build rows and keep
the search index in step without importing the people use cases (which import them).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Final, Literal

from bizhr_desktop.core.countries import country_search_text
from bizhr_desktop.core.m49 import M49_REGION
from bizhr_desktop.core.masking import MASKED_SQL, is_masked
from bizhr_desktop.core.models import (
    CONSENT_VALID_FOR,
    Participation,
    RiskLevel,
    StakeholderGroup,
)
from bizhr_desktop.core.pseudonym import make_pseudonym
from bizhr_desktop.core.text import fold
from bizhr_desktop.vault.database import Database

SORT_KEYS: Final = ("name", "group", "organisation", "country", "risk", "consent_date", "updated")
DEFAULT_RETENTION_MONTHS: Final = 36

# A search box gets a few words; anything beyond is noise (or an attempt to make MATCH slow).
_MAX_SEARCH_TOKENS: Final = 12
_MAX_TOKEN_CHARS: Final = 64
# SQLite's default limit on host parameters is 32766; a filter set larger than this is a bug.
_MAX_FILTER_VALUES: Final = 1000


def now_text() -> str:
    """The current UTC instant as stored in the vault (sortable text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def instant_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def keep_record_times(
    db: Database,
    table: Literal["person", "organisation"],
    record_id: str,
    created: datetime | None,
    updated: datetime,
) -> None:
    """Give a record the edit times it came with (a bundle's, a travel bundle's), so that
    "newer edit wins" keeps its meaning in the next merge; no *created*: the one it has."""
    db.execute(
        f"UPDATE {table} SET created_at = COALESCE(?, created_at), updated_at = ? "  # noqa: S608
        "WHERE id = ?",
        (instant_text(created) if created else None, instant_text(updated), record_id),
    )


def parse_instant(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def parse_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (clamped to the month's last day)."""
    index = day.year * 12 + (day.month - 1) - months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def needs_pseudonym(group: StakeholderGroup, risk: RiskLevel) -> bool:
    """Defenders and anyone at high or critical risk always carry a stored pseudonym."""
    return group is StakeholderGroup.HRD or is_masked(risk)


def sort_name_for(
    full_name: str, pseudonym: str, risk: RiskLevel, *, name_key: str | None = None
) -> str:
    """The key a list sorts a person by; ``name_key`` is fold(full_name) if already made."""
    # Why not always fold(full_name): a list shows a high/critical person by pseudonym, and if
    # that row still sat where the real name sorts, its position would leak the name's
    # initial letters to anyone reading the list. Masked rows therefore sort by the label they
    # show ("Defender-7F3A" under D), exactly as a reader would look for them.
    if is_masked(risk) and pseudonym:
        return fold(pseudonym)
    return fold(full_name) if name_key is None else name_key


@dataclass(frozen=True)
class PeopleQuery:
    """What a people list asks for: search text, filters and sort. Empty means "everyone"."""

    text: str = ""
    groups: frozenset[StakeholderGroup] = frozenset()
    countries: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    risk_levels: frozenset[RiskLevel] = frozenset()
    consent_network: bool | None = None
    consent_coorganisers: bool | None = None
    consent_public: bool | None = None
    tags: frozenset[str] = frozenset()
    participation: frozenset[Participation] = frozenset()
    organisation_id: str | None = None
    consent_due: bool = False
    retention_due: bool = False
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class PersonRow:
    """What a list shows of a person: no notes, no contact fields."""

    id: str
    full_name: str
    pseudonym: str
    stakeholder_group: StakeholderGroup
    organisation: str
    role: str
    country: str
    risk_level: RiskLevel
    consent_network: bool
    consent_coorganisers: bool
    consent_public: bool
    consent_date: date | None
    participation: Participation
    tags: tuple[str, ...]

    @property
    def masked(self) -> bool:
        """High and critical risk: lists show the pseudonym, not the name."""
        return is_masked(self.risk_level)

    @property
    def label(self) -> str:
        """The name a list may show: the pseudonym when masked, else the full name."""
        return self.pseudonym if self.masked else self.full_name


# ---------------------------------------------------------------- search text


def fts_match(text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query (every word a quoted prefix).

    User text never reaches MATCH as syntax: each word is folded (accents, case), quoted with
    its quotes doubled, and given ``*``. Words without a letter or digit are dropped, since an
    empty phrase would match nothing and silently empty the list. None: no text filter.
    """
    tokens: list[str] = []
    for word in fold(text).split():
        if not any(unicodedata.category(char)[0] in "LNM" for char in word):
            continue
        quoted = word[:_MAX_TOKEN_CHARS].replace('"', '""')
        tokens.append(f'"{quoted}"*')
        if len(tokens) == _MAX_SEARCH_TOKENS:
            break
    return " ".join(tokens) if tokens else None


def fts_values(
    pk: int,
    *,
    full_name: str,
    pseudonym: str,
    organisation: str,
    role: str,
    country: str,
    tags: Iterable[str],
    languages: Iterable[str],
) -> tuple[Any, ...]:
    """One person_fts row, folded in Python as well (Arabic harakat, ø, æ ... which the
    tokenizer's remove_diacritics does not cover)."""
    return (
        pk,
        fold(full_name),
        fold(pseudonym),
        fold(organisation),
        fold(role),
        fold(country_search_text(country)),
        # Sorted, as the index is rebuilt from person_tag (ORDER BY tag): removing an entry
        # needs the very words at the very positions it was written with (forget).
        fold(" ".join(sorted(tags))),
        " ".join(languages),
    )


FTS_INSERT: Final = (
    "INSERT INTO person_fts (rowid, full_name, pseudonym, organisation, role, country, tags, "
    "languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _chunks(values: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def tags_by_pk(db: Database, pks: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {pk: [] for pk in pks}
    for chunk in _chunks(pks):
        marks = ",".join("?" * len(chunk))
        for pk, tag in db.execute(
            f"SELECT person_pk, tag FROM person_tag WHERE person_pk IN ({marks}) "  # noqa: S608
            "ORDER BY person_pk, tag",
            tuple(chunk),
        ):
            found[int(pk)].append(str(tag))
    return found


# FTS5's defaults (fts5_config.c): a 1 MiB in-memory term table, merging every 4 segments.
_FTS_DEFAULTS: Final = (("automerge", 4), ("hashsize", 1024 * 1024))
_FTS_BULK: Final = (("automerge", 0), ("hashsize", 16 * 1024 * 1024))


@contextlib.contextmanager
def search_index_bulk_load(db: Database, *, enabled: bool = True) -> Iterator[None]:
    """Let person_fts take many rows at once: a 16 MiB term table flushed to a few large
    segments, no incremental merging meanwhile (each flush and merge allocates; measured on
    100 000 rows while SQLCipher's memory security was on: 2.5 s -> ~1.4 s encrypted).
    Use inside the write's transaction: the settings are rows of
    person_fts_config, so a failed or cancelled write rolls them back with everything else;
    a successful one writes the defaults again before it commits."""
    if not enabled:
        yield
        return
    if not db.in_transaction:
        raise RuntimeError("search_index_bulk_load belongs inside a transaction")
    for name, value in _FTS_BULK:
        db.execute("INSERT INTO person_fts (person_fts, rank) VALUES (?, ?)", (name, value))
    yield
    for name, value in _FTS_DEFAULTS:
        db.execute("INSERT INTO person_fts (person_fts, rank) VALUES (?, ?)", (name, value))


_REINDEX_SELECT: Final = (
    "SELECT p.pk, p.full_name, p.pseudonym, coalesce(o.name, ''), p.role, p.country, "
    "p.languages FROM person p LEFT JOIN organisation o ON o.pk = p.organisation_pk "
    "WHERE p.pk IN "
)


_FTS_FORGET: Final = (
    "INSERT INTO person_fts (person_fts, rowid, full_name, pseudonym, organisation, role, "
    "country, tags, languages) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _stored_entries(db: Database, pks: Sequence[int]) -> list[tuple[Any, ...]]:
    """The search entries of these people, made from their stored records as they are now."""
    tags = tags_by_pk(db, pks)
    entries: list[tuple[Any, ...]] = []
    for chunk in _chunks(pks):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(_REINDEX_SELECT + f"({marks})", tuple(chunk))
        entries.extend(
            fts_values(
                pk,
                full_name=name,
                pseudonym=pseud,
                organisation=org,
                role=role,
                country=country,
                tags=tags[pk],
                languages=langs.split(";"),
            )
            for pk, name, pseud, org, role, country, langs in rows
        )
    return entries


def forget(db: Database, pks: Sequence[int]) -> None:
    """Remove these people's search entries for good, before their records change or go.

    The index is contentless, so a plain DELETE would only mark the row as deleted and leave
    its words in the index's pages (readable with the key, copied into backups). FTS5's
    'delete' command with the words as indexed, under the table's secure-delete option
    (schema 11), removes each word's entry at once; secure_delete zeroes the freed bytes."""
    if not pks:
        return
    entries = _stored_entries(db, pks)
    db.executemany(_FTS_FORGET, entries)
    # FTS5 keeps, for each leaf page of the index, the first term of that page (or enough of
    # it to tell pages apart) in person_fts_idx; the 'delete' above does not touch those. If
    # one of them still spells a forgotten word, the index is rebuilt from the records.
    words = {word for entry in entries for text in entry[1:] for word in _WORD.findall(str(text))}
    if words and _separators_spell(db, words):
        rebuild_index(db, exclude=pks)


_WORD: Final = re.compile(r"\w{3,}")


def _separators_spell(db: Database, words: set[str]) -> bool:
    for (term,) in db.execute("SELECT term FROM person_fts_idx"):
        text = bytes(term)[1:].decode("utf-8", "replace")
        if len(text) >= 3 and any(word.startswith(text) for word in words):
            return True
    return False


def rebuild_index(db: Database, *, exclude: Sequence[int] = ()) -> None:
    """Write the whole search index anew from the records (nothing of the old one stays;
    secure_delete zeroes its pages). *exclude*: people whose records are about to go."""
    skip = set(exclude)
    db.execute("INSERT INTO person_fts (person_fts) VALUES ('delete-all')")
    pks = [int(r[0]) for r in db.execute("SELECT pk FROM person ORDER BY pk") if r[0] not in skip]
    for chunk in _chunks(pks, 2000):
        db.executemany(FTS_INSERT, _stored_entries(db, chunk))


def index(db: Database, pks: Sequence[int]) -> None:
    """Write the search entries of these people, made from their stored records."""
    if pks:
        db.executemany(FTS_INSERT, _stored_entries(db, pks))


@contextlib.contextmanager
def reindexing(db: Database, pks: Sequence[int]) -> Iterator[None]:
    """Around a change to these people's indexed text: their old entries are forgotten
    first (``forget``), and entries made from the changed records are written after."""
    pks = list(pks)
    forget(db, pks)
    yield
    index(db, pks)


# ---------------------------------------------------------------- SQL for lists

ROW_COLUMNS: Final = (
    "p.pk, p.id, p.full_name, p.pseudonym, p.stakeholder_group, coalesce(o.name, ''), p.role, "
    "p.country, p.risk_level, p.consent_network, p.consent_coorganisers, p.consent_public, "
    "p.consent_date, p.participation"
)
ROW_FROM: Final = "person p LEFT JOIN organisation o ON o.pk = p.organisation_pk"

_RISK_RANK: Final = (
    "CASE p.risk_level WHEN 'low' THEN 0 WHEN 'medium' THEN 1 WHEN 'high' THEN 2 ELSE 3 END"
)


# Lists hide the organisation and country of people at high or critical risk. Sorted by
# either, such a row would still sit among the others of its organisation or country and
# give it away; so masked rows form one block at the end, in pseudonym order (sort_name):
# inside that block the hidden column is replaced by a constant, so that not even the order
# of the masked rows among themselves depends on it.
# The masked test is core.masking.MASKED_SQL, written identically in
# vault/migrations/0010_country_sort.sql (an index on it).


@dataclass(frozen=True)
class SortTerm:
    """One ORDER BY term: its SQL, its direction, and whether it can be NULL."""

    sql: str
    descending: bool
    nullable: bool = False
    collate: str = ""  # " COLLATE NOCASE" where the order is case-blind

    @property
    def ordered(self) -> str:
        return f"{self.sql}{self.collate} {'DESC' if self.descending else 'ASC'}"


def sort_terms(sort: str, descending: bool) -> tuple[SortTerm, ...]:
    """The terms a list is ordered by; the last is always p.pk, so the order is total."""
    if sort not in SORT_KEYS:
        from bizhr_desktop.core.errors import InvalidInput

        raise InvalidInput(
            "A list can be sorted by {keys}; not by that.", keys=", ".join(SORT_KEYS)
        )
    d = descending

    def terms(*sqls: str) -> tuple[SortTerm, ...]:
        return tuple(SortTerm(sql, d) for sql in sqls)

    if sort == "name":
        return terms("p.sort_name", "p.pk")
    if sort == "group":
        return terms("p.stakeholder_group", "p.sort_name", "p.pk")
    if sort == "organisation":
        # Masked people, then people without an organisation, stay at the end either way.
        return (
            SortTerm(MASKED_SQL, False),
            SortTerm(f"(CASE WHEN {MASKED_SQL} THEN 0 ELSE o.name IS NULL END)", False),
            SortTerm(
                f"(CASE WHEN {MASKED_SQL} THEN '' ELSE o.name END)", d, True, " COLLATE NOCASE"
            ),
            *terms("p.sort_name", "p.pk"),
        )
    if sort == "country":
        return (
            SortTerm(MASKED_SQL, False),
            *terms(f"(CASE WHEN {MASKED_SQL} THEN '' ELSE p.country END)", "p.sort_name", "p.pk"),
        )
    if sort == "risk":
        return terms(_RISK_RANK, "p.sort_name", "p.pk")
    if sort == "consent_date":
        return (SortTerm("p.consent_date", d, True), *terms("p.sort_name", "p.pk"))
    return terms("p.updated_at", "p.pk")  # "updated"


def order_by(sort: str, descending: bool) -> str:
    """ORDER BY terms; every term takes the same direction, so the indexes serve both ways."""
    return ", ".join(term.ordered for term in sort_terms(sort, descending))


# The index that walks a sort order, for a search matching a large part of the vault: reading
# the index in order and probing the match set stops after one page, where the default plan
# sorts every match. Organisation and country put the masked block first: no index holds that.
SORT_INDEX: Final = {
    "name": "person_sort_name",
    "group": "person_group",
    "risk": "person_risk_rank",
    "consent_date": "person_consent_date",
    "updated": "person_updated",
}
# Orders no index serves (organisation: a column of the joined table; country descending: the
# masked block stays last, against the index's direction). Left to itself the planner walks
# an unrelated index and looks every row up; for the whole list a plain scan of the table and
# one bounded sort is about twice as fast (docs/performance.md).
UNINDEXED_SORTS: Final = {("organisation", False), ("organisation", True), ("country", True)}
NOT_INDEXED: Final = ""  # fetch_page(indexed_by=NOT_INDEXED): scan the table itself


def after(terms: Sequence[SortTerm], values: Sequence[Any]) -> tuple[str, list[Any]]:
    """A WHERE clause for the rows strictly after ``values`` (the terms of one row) in the
    order ``terms`` give, NULLs sorting first ascending and last descending as SQLite does.

    The first term is also bounded on its own, so that an index on it starts at the cursor
    instead of walking every row before it."""
    if len(values) != len(terms):
        raise ValueError("a cursor has one value per sort term")
    alternatives: list[str] = []
    params: list[Any] = []
    equal: list[str] = []
    equal_params: list[Any] = []
    for term, value in zip(terms, values, strict=True):
        expr = f"{term.sql}{term.collate}"
        if value is None:
            beyond = "0" if term.descending else f"{expr} IS NOT NULL"
            beyond_params: list[Any] = []
        elif term.descending:
            beyond = f"({expr} < ? OR {expr} IS NULL)" if term.nullable else f"{expr} < ?"
            beyond_params = [value]
        else:
            beyond = f"{expr} > ?"
            beyond_params = [value]
        if beyond != "0":
            alternatives.append(" AND ".join([*equal, beyond]))
            params.extend([*equal_params, *beyond_params])
        equal.append(f"{expr} IS ?" if term.nullable else f"{expr} = ?")
        equal_params.append(value)
    clause = "(" + " OR ".join(f"({alt})" for alt in alternatives) + ")" if alternatives else "0"
    first, first_value = terms[0], values[0]
    if first_value is not None and not (first.nullable and first.descending):
        bound = "<=" if first.descending else ">="
        clause = f"{first.sql}{first.collate} {bound} ? AND {clause}"
        params.insert(0, first_value)
    return clause, params


def text_only(query: PeopleQuery) -> bool:
    """True when the query filters by search text and nothing else."""
    return query == PeopleQuery(text=query.text, sort=query.sort, descending=query.descending)


def _in(column: str, values: Iterable[str], clauses: list[str], params: list[Any]) -> None:
    items = sorted(set(values))[:_MAX_FILTER_VALUES]
    if not items:
        clauses.append("0")  # a filter that names nothing matches nothing
        return
    clauses.append(f"{column} IN ({','.join('?' * len(items))})")
    params.extend(items)


MATCHED: Final = "p.pk IN (SELECT pk FROM temp.person_match)"


def materialise_matches(db: Database, match: str) -> None:
    """Fill the temp match table with the pks of everyone ``match`` (an fts_match) finds.

    ``p.pk IN (SELECT rowid FROM person_fts WHERE ... MATCH ?)`` makes SQLite build a
    temporary index of every match for each statement: for a one-letter prefix that is
    70 000 keys, and every B-tree page split in it allocates a scratch buffer (~45 ms a
    search encrypted, ~5 ms plain, measured while SQLCipher's memory security wiped each).
    The match set written as a rowid table arrives in rowid
    order, so it only appends; the list query then probes it by rowid. Callers hold the
    database lock from here until their last query that reads the table."""
    # Person pks only, in the connection's temp schema (temp_store = MEMORY: never a file).
    db.execute("CREATE TEMP TABLE IF NOT EXISTS person_match (pk INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM temp.person_match")
    db.execute(
        "INSERT INTO temp.person_match (pk) SELECT rowid FROM person_fts WHERE person_fts MATCH ?",
        (match,),
    )


def where(
    query: PeopleQuery,
    *,
    today: date,
    retention_months: int,
    consent_valid_for: timedelta = CONSENT_VALID_FOR,
) -> tuple[str, list[Any]]:
    """The WHERE clause (without the keyword; "1" for everyone) and its parameters.

    A search text reads its matches from the temp match table: call materialise_matches
    with fts_match(query.text) first, under the same hold of the database lock
    (PeopleService._where does both)."""
    clauses: list[str] = []
    params: list[Any] = []
    if fts_match(query.text) is not None:
        clauses.append(MATCHED)
    if query.groups:
        _in(
            "p.stakeholder_group",
            (StakeholderGroup(g).value for g in query.groups),
            clauses,
            params,
        )
    if query.countries:
        _in("p.country", (c.strip().upper() for c in query.countries), clauses, params)
    if query.regions:
        codes = [code for code, region in M49_REGION.items() if region in query.regions]
        _in("p.country", codes, clauses, params)
    if query.risk_levels:
        _in("p.risk_level", (RiskLevel(r).value for r in query.risk_levels), clauses, params)
    for name in ("consent_network", "consent_coorganisers", "consent_public"):
        wanted = getattr(query, name)
        if wanted is not None:
            clauses.append(f"p.{name} = ?")
            params.append(1 if wanted else 0)
    if query.tags:
        tag_clauses: list[str] = []
        _in("t.tag", query.tags, tag_clauses, params)
        tag_sql = "EXISTS (SELECT 1 FROM person_tag t WHERE t.person_pk = p.pk AND "
        clauses.append(tag_sql + tag_clauses[0] + ")")
    if query.participation:
        _in(
            "p.participation",
            (Participation(v).value for v in query.participation),
            clauses,
            params,
        )
    if query.organisation_id is not None:
        clauses.append("p.organisation_pk = (SELECT pk FROM organisation WHERE id = ?)")
        params.append(query.organisation_id)
    if query.consent_due:
        # Same rule as Person.consent_needs_renewal: older than the period, or undated.
        clauses.append("(p.consent_date IS NULL OR p.consent_date < ?)")
        params.append((today - consent_valid_for).isoformat())
    if query.retention_due:
        cutoff_day = months_before(today, retention_months)
        cutoff = f"{cutoff_day.isoformat()}T00:00:00.000000Z"
        clauses.append(
            "(p.updated_at < ? "
            "AND NOT EXISTS (SELECT 1 FROM contact_log c WHERE c.person_pk = p.pk "
            "AND (c.occurred_on >= ? OR c.created_at >= ?)) "
            "AND NOT EXISTS (SELECT 1 FROM invitation i JOIN meeting m ON m.pk = i.meeting_pk "
            "WHERE i.person_pk = p.pk AND (i.updated_at >= ? OR m.starts_at >= ?)))"
        )
        params.extend([cutoff, cutoff_day.isoformat(), cutoff, cutoff, cutoff])
    return (" AND ".join(clauses) if clauses else "1"), params


def row_from(record: Sequence[Any], tags: Sequence[str]) -> PersonRow:
    """A PersonRow from ROW_COLUMNS; a masked person without a stored pseudonym gets one."""
    (_pk, pid, name, pseudonym, group, org, role, country, risk, cn, cc, cp, cdate, part) = record
    group_enum = StakeholderGroup(group)
    risk_enum = RiskLevel(risk)
    if not pseudonym and needs_pseudonym(group_enum, risk_enum):
        pseudonym = make_pseudonym(group_enum, pid)
    return PersonRow(
        id=pid,
        full_name=name,
        pseudonym=pseudonym,
        stakeholder_group=group_enum,
        organisation=org,
        role=role,
        country=country,
        risk_level=risk_enum,
        consent_network=bool(cn),
        consent_coorganisers=bool(cc),
        consent_public=bool(cp),
        consent_date=parse_day(cdate),
        participation=Participation(part),
        tags=tuple(tags),
    )


def fetch_rows(db: Database, sql_tail: str, params: Sequence[Any]) -> list[PersonRow]:
    """Run ``SELECT ROW_COLUMNS FROM ROW_FROM <sql_tail>`` and attach each row's tags."""
    records = db.execute(f"SELECT {ROW_COLUMNS} FROM {ROW_FROM} {sql_tail}", params)  # noqa: S608
    tags = tags_by_pk(db, [int(r[0]) for r in records])
    return [row_from(r, tags[int(r[0])]) for r in records]


def fetch_page(
    db: Database,
    clause: str,
    params: Sequence[Any],
    terms: Sequence[SortTerm],
    limit: int,
    *,
    offset: int = 0,
    indexed_by: str | None = None,
) -> tuple[list[PersonRow], tuple[Any, ...] | None]:
    """One page of rows matching ``clause`` in the order of ``terms``, and the sort values
    of its last row (None for an empty page): where the next page starts."""
    source = ROW_FROM
    if indexed_by == NOT_INDEXED:
        source = ROW_FROM.replace("person p ", "person p NOT INDEXED ", 1)
    elif indexed_by is not None:
        source = ROW_FROM.replace("person p ", f"person p INDEXED BY {indexed_by} ", 1)
    keys = ", ".join(term.sql for term in terms)
    order = ", ".join(term.ordered for term in terms)
    records = db.execute(
        f"SELECT {ROW_COLUMNS}, {keys} FROM {source} WHERE {clause} "  # noqa: S608
        f"ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    width = len(terms)
    tags = tags_by_pk(db, [int(r[0]) for r in records])
    rows = [row_from(r[:-width], tags[int(r[0])]) for r in records]
    return rows, (tuple(records[-1][-width:]) if records else None)
