"""Import people or organisations from a CSV or XLSX file: map columns, check every row, then
write all of it in one transaction (or nothing).

Nothing in a file is ever evaluated: a cell holding ``=HYPERLINK(...)`` is stored as that text.
Every problem names the row as a spreadsheet shows it (header = row 1) and the file's column.
"""

from __future__ import annotations

import functools
import hashlib
import json
import marshal
import re
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from bizhr_desktop.core.countries import normalise_country
from bizhr_desktop.core.errors import BizHRError, Cancelled, ImportRejected, InvalidInput
from bizhr_desktop.core.models import (
    Organisation,
    OrganisationKind,
    Participation,
    Person,
    RiskLevel,
    StakeholderGroup,
    default_risk_for,
    new_id,
)
from bizhr_desktop.core.pseudonym import MAX_HEX, MIN_HEX, make_pseudonym
from bizhr_desktop.core.text import excerpt, fold
from bizhr_desktop.core.validation import parse_bool, parse_date, parse_list
from bizhr_desktop.formats import csv_io, xlsx_io
from bizhr_desktop.formats.limits import MAX_FILE_BYTES
from bizhr_desktop.formats.table import Table as Table  # noqa: PLC0414 (re-exported)
from bizhr_desktop.formats.table import header_key
from bizhr_desktop.services import people_query
from bizhr_desktop.services.organisations import (
    MAX_NAME_CHARS,
    OrganisationService,
    clean_name,
    name_key,
    normalise_website,
)
from bizhr_desktop.services.people import (
    WRITE_COLUMNS,
    field_sentence,
    new_person,
    person_values,
)
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import PAGE_CACHE_KIB, Database
from bizhr_desktop.vault.files import read_input_file

__all__ = [
    "CANONICAL_COLUMNS",
    "EXTRA_COLUMNS",
    "REQUIRED_COLUMNS",
    "ImportKind",
    "ImportPlan",
    "ImportResult",
    "RowProblem",
    "plan_import",
    "read_file",
    "run_import",
    "suggest_mapping",
    "validate_row",
]


class ImportKind(StrEnum):
    PEOPLE = "people"
    ORGANISATIONS = "organisations"


# The headers of shared/DATA.md, in its order.
CANONICAL_COLUMNS: Final[dict[ImportKind, tuple[str, ...]]] = {
    ImportKind.PEOPLE: (
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
    ),
    ImportKind.ORGANISATIONS: (
        "name",
        "kind",
        "sector",
        "country",
        "website",
        "public_commitment",
        "commitment_date",
    ),
}
# Person fields DATA.md does not list in its CSV header but which a file may carry: the id
# (stable across export and import) and the two remaining dated fields.
EXTRA_COLUMNS: Final[dict[ImportKind, tuple[str, ...]]] = {
    ImportKind.PEOPLE: ("id", "consent_method", "commitment_acknowledged_on"),
    ImportKind.ORGANISATIONS: (),
}
REQUIRED_COLUMNS: Final[dict[ImportKind, tuple[str, ...]]] = {
    ImportKind.PEOPLE: ("full_name", "stakeholder_group"),
    ImportKind.ORGANISATIONS: ("name",),
}
PREVIEW_ROWS: Final = 20
_BATCH: Final = 2000
_YIELD_EVERY: Final = 200  # rows checked between hand-overs of the GIL (see plan_import)
# Below this many rows an import keeps person's indexes as they are (see _drop_person_indexes).
_REBUILD_MIN_ROWS: Final = 5000
# The page cache while such an import writes: each page is written once, and a full cache
# (128 MiB) would hold the whole new table, then its indexes, in memory until the commit
# (+85 MB at 100 000 rows; +20 MB with this bound, in the same time: the index builds re-read
# the table from the operating system's file cache, and decrypting it again is cheap).
_WRITE_CACHE_KIB: Final = 16 * 1024
HEADER_ROW: Final = 1


def accepted_fields(kind: ImportKind) -> tuple[str, ...]:
    return CANONICAL_COLUMNS[kind] + EXTRA_COLUMNS[kind]


@functools.lru_cache(maxsize=4096)  # enum cells repeat across every row of a file
def _norm(name: str) -> str:
    """ "E-mail", "e mail", "E_Mail" -> "e_mail": the form synonyms are written in."""
    return re.sub(r"[\W_]+", "_", fold(name)).strip("_")


_SYNONYMS: Final[dict[ImportKind, dict[str, str]]] = {
    ImportKind.PEOPLE: {
        **dict.fromkeys(
            ("name", "full_name", "fullname", "person", "participant", "participant_name",
             "contact", "contact_name", "nom", "nombre", "nom_complet"),
            "full_name",
        ),
        **dict.fromkeys(("alias", "code_name", "codename", "pseudo"), "pseudonym"),
        **dict.fromkeys(
            ("group", "stakeholder", "stakeholder_type", "category", "constituency"),
            "stakeholder_group",
        ),
        **dict.fromkeys(
            ("organization", "org", "company", "employer", "affiliation", "institution",
             "organisation_name", "organization_name"),
            "organisation",
        ),
        **dict.fromkeys(("title", "position", "job_title", "function", "job"), "role"),
        **dict.fromkeys(
            ("country_of_origin", "nationality", "country_code", "pays", "pais", "based_in"),
            "country",
        ),
        **dict.fromkeys(("e_mail", "email_address", "mail", "courriel", "correo"), "email"),
        **dict.fromkeys(
            ("telephone", "tel", "mobile", "phone_number", "cell", "cell_phone", "telefono"),
            "phone",
        ),
        **dict.fromkeys(("channel", "signal", "secure_contact", "secure_messaging"),
                        "secure_channel"),
        **dict.fromkeys(("language", "langs", "spoken_languages", "langues", "idiomas"),
                        "languages"),
        **dict.fromkeys(("risk", "risk_rating", "risk_assessment_level"), "risk_level"),
        **dict.fromkeys(("consent_to_network", "share_with_network"), "consent_network"),
        **dict.fromkeys(("consent_to_coorganisers", "consent_coorganizers",
                         "share_with_coorganisers"), "consent_coorganisers"),
        **dict.fromkeys(("consent_to_public", "public_consent", "share_publicly"),
                        "consent_public"),
        **dict.fromkeys(("date_of_consent", "consented_on", "consent_given_on"), "consent_date"),
        **dict.fromkeys(("note", "comments", "comment", "remarks"), "notes"),
        **dict.fromkeys(("tag", "labels", "keywords"), "tags"),
        **dict.fromkeys(("status", "membership_status", "membership"), "participation"),
        **dict.fromkeys(("joined", "date_joined", "member_since", "joined_date"), "joined_on"),
        **dict.fromkeys(("uuid", "person_id", "record_id"), "id"),
    },
    ImportKind.ORGANISATIONS: {
        **dict.fromkeys(
            ("organisation", "organization", "org", "org_name", "organisation_name",
             "organization_name", "company", "full_name"),
            "name",
        ),
        **dict.fromkeys(("type", "category", "organisation_type", "organization_type"), "kind"),
        **dict.fromkeys(("industry",), "sector"),
        **dict.fromkeys(("url", "web", "homepage", "site", "web_site"), "website"),
        **dict.fromkeys(("committed", "publicly_committed", "commitment"), "public_commitment"),
        **dict.fromkeys(("committed_on", "date_of_commitment"), "commitment_date"),
        **dict.fromkeys(("country_code", "headquarters", "hq_country"), "country"),
    },
}  # fmt: skip

# What people write for each vocabulary, beyond the stored values and their labels.
_ENUM_ALIASES: Final[dict[type[StrEnum], dict[str, str]]] = {
    StakeholderGroup: {
        "human_rights_defender": "hrd",
        "human_rights_defenders": "hrd",
        "defender": "hrd",
        "company": "business",
        "companies": "business",
        "private_sector": "business",
        "investors": "investor",
        "civil_society_organisation": "civil_society",
        "civil_society_organization": "civil_society",
        "cso": "civil_society",
        "ngo": "civil_society",
        "un": "intergovernmental",
        "igo": "intergovernmental",
        "un_intergovernmental": "intergovernmental",
        "state": "government",
    },
    RiskLevel: {"med": "medium", "moderate": "medium", "severe": "critical"},
    Participation: {"inactive": "paused", "former": "left"},
    OrganisationKind: {
        "un": "un_agency",
        "un_body": "un_agency",
        "university": "academic",
        "business": "company",
        "civil_society": "ngo",
        "cso": "ngo",
    },
}


def _enum_lookup(kind: type[StrEnum]) -> dict[str, str]:
    table = {_norm(member.value): member.value for member in kind}
    for member in kind:
        label = getattr(member, "label", None)
        if isinstance(label, str):
            table.setdefault(_norm(label), member.value)
    table.update(_ENUM_ALIASES.get(kind, {}))
    return table


_ENUMS: Final = {kind: _enum_lookup(kind) for kind in _ENUM_ALIASES}


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong in a file: ``row`` as a spreadsheet numbers it (header = 1)."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.reason}"


# Positions in people.WRITE_COLUMNS that the write step fills in or reads.
_NAME, _SORT, _PSEUDONYM, _GROUP, _ORG_PK, _RISK = (
    WRITE_COLUMNS.index(name)
    for name in (
        "full_name", "sort_name", "pseudonym", "stakeholder_group", "organisation_pk", "risk_level"
    )
)  # fmt: skip
# (group, risk) pairs whose people always carry a pseudonym.
_NEEDS_PSEUDONYM: Final = frozenset(
    (group.value, risk.value)
    for group in StakeholderGroup
    for risk in RiskLevel
    if people_query.needs_pseudonym(group, risk)
)

# One checked person, as plain values: (row number, id, organisation name, tags,
# person_values with no organisation pk yet, person_fts values with no rowid or organisation).
PersonRecord = tuple[int, str, str, tuple[str, ...], tuple[Any, ...], tuple[Any, ...]]


class CheckedPeople:
    """The valid rows of a people import, kept compact until they are written.

    Each row is checked into a Person (the rules the editor uses), turned at once into the
    plain values the write step needs, and kept in marshalled batches of _BATCH rows: a
    100 000-row plan is ~50 byte strings instead of 100 000 Person objects and their
    millions of fields (memory, and full garbage collections that held the GIL for up to
    100 ms while the import wizard's worker checked rows). Only this process ever reads
    the batches back (marshal is never given outside data)."""

    def __init__(self) -> None:
        self._batches: list[bytes] = []
        self._pending: list[PersonRecord] = []
        self.count = 0
        # The organisation names the rows give, first spelling first (what the write creates).
        self.organisations: dict[str, None] = {}

    def add(self, number: int, person: Person) -> None:
        if person.organisation:
            self.organisations.setdefault(person.organisation)
        self._pending.append(
            (
                number,
                person.id,
                person.organisation,
                person.tags,
                person_values(person, None),
                people_query.fts_values(
                    0,
                    full_name=person.full_name,
                    pseudonym=person.pseudonym,
                    organisation="",
                    role=person.role,
                    country=person.country,
                    tags=person.tags,
                    languages=person.languages,
                ),
            )
        )
        self.count += 1
        if len(self._pending) >= _BATCH:
            self._seal()

    def _seal(self) -> None:
        if self._pending:
            self._batches.append(marshal.dumps(self._pending))
            self._pending = []

    def batches(self) -> Iterator[list[PersonRecord]]:
        self._seal()
        for blob in self._batches:
            yield marshal.loads(blob)  # noqa: S302  # written by add() in this process

    def dropping(self, rows: set[int]) -> CheckedPeople:
        """The same people without those whose row number is in ``rows``."""
        kept = CheckedPeople()
        for batch in self.batches():
            for record in batch:
                if record[0] not in rows:
                    kept._pending.append(record)
                    kept.count += 1
                    if record[2]:
                        kept.organisations.setdefault(record[2])
                    if len(kept._pending) >= _BATCH:
                        kept._seal()
        kept._seal()
        return kept


@dataclass
class ImportPlan:
    """A checked import, ready to run (or to show to a person first)."""

    kind: ImportKind
    headers: tuple[str, ...]
    mapping: dict[str, str]
    preview: list[dict[str, str]]
    problems: list[RowProblem]
    valid_rows: int
    total_rows: int
    # The valid rows, checked and ready to write: people as CheckedPeople (compact),
    # organisations as (row number, (Organisation, fields present)).
    people: CheckedPeople = field(default_factory=CheckedPeople, repr=False)
    records: list[Any] = field(default_factory=list, repr=False)

    @property
    def header_problems(self) -> list[RowProblem]:
        """Problems with the columns themselves; no row can be imported while any remain."""
        return [problem for problem in self.problems if problem.row == HEADER_ROW]

    @property
    def bad_rows(self) -> int:
        return len({problem.row for problem in self.problems if problem.row != HEADER_ROW})


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    organisations_created: int
    updated: int = 0  # organisations import: existing organisations given the file's details


# ---------------------------------------------------------------- reading and mapping


def read_file(path: Path) -> Table:
    """The table in a .csv or .xlsx file (the formats layer rejects hostile content)."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ImportRejected(
            "{file}: only .csv (UTF-8) and .xlsx files can be imported. "
            "Save the spreadsheet in one of those formats and retry.",
            file=path.name,
        )
    try:
        data = read_input_file(path, "an import file", limit=MAX_FILE_BYTES)
    except BizHRError as exc:
        raise ImportRejected(exc.template, **exc.params) from None
    if suffix == ".xlsx":
        return xlsx_io.read_table(data)
    text = csv_io.decode(data)
    del data  # a 100 000-row file: 27 MB less while its rows are read
    return csv_io.read_text(text)


def _header_hash(kind: ImportKind, headers: Sequence[str]) -> str:
    text = json.dumps([kind.value, *(header_key(h) for h in headers)], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def remembered_mapping(db: Database, kind: ImportKind, headers: Sequence[str]) -> dict[str, str]:
    stored = db.scalar(
        "SELECT mapping FROM import_mapping WHERE header_hash = ?", (_header_hash(kind, headers),)
    )
    if stored is None:
        return {}
    try:
        value = json.loads(stored)
    except ValueError:
        return {}
    allowed = set(accepted_fields(kind)) | {""}
    return {
        str(k): str(v)
        for k, v in value.items()
        if isinstance(k, str) and k in headers and isinstance(v, str) and v in allowed
    } if isinstance(value, dict) else {}  # fmt: skip


def suggest_mapping(db: Database, kind: ImportKind, headers: Sequence[str]) -> dict[str, str]:
    """File column -> field for every column we recognise: exact field names first, then the
    mapping remembered for this header row, then common synonyms. Columns we cannot place are
    left out, so that the plan names them until a person maps them or chooses to ignore them."""
    kind = ImportKind(kind)
    fields_ = accepted_fields(kind)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        normal = _norm(header)
        if normal in fields_ and normal not in taken:
            mapping[header] = normal
            taken.add(normal)
    for header, target in remembered_mapping(db, kind, headers).items():
        if header not in mapping and (target == "" or target not in taken):
            mapping[header] = target
            taken.add(target)
    synonyms = _SYNONYMS[kind]
    for header in headers:
        target = synonyms.get(_norm(header), "")
        if header not in mapping and target and target not in taken:
            mapping[header] = target
            taken.add(target)
    return mapping


def _mapping_problems(
    kind: ImportKind, headers: Sequence[str], mapping: Mapping[str, str]
) -> list[RowProblem]:
    problems: list[RowProblem] = []
    seen: dict[str, str] = {}
    for header in headers:
        key = header_key(header)
        if key in seen:
            problems.append(
                RowProblem(HEADER_ROW, header, f"this column name repeats “{seen[key]}”.")
            )
        seen.setdefault(key, header)
    allowed = accepted_fields(kind)
    unknown = [h for h in headers if h not in mapping]
    if unknown:
        listed = ", ".join(f"“{excerpt(h)}”" for h in unknown)
        for header in unknown:
            problems.append(
                RowProblem(
                    HEADER_ROW,
                    header,
                    "this column is not one BizHR knows; map it to a field or choose to ignore "
                    f"it (unknown columns: {listed}).",
                )
            )
    targets: dict[str, str] = {}
    for header, target in mapping.items():
        if header not in headers:
            problems.append(RowProblem(HEADER_ROW, header, "the file has no such column."))
        elif target and target not in allowed:
            problems.append(
                RowProblem(HEADER_ROW, header, f"“{excerpt(target)}” is not a field BizHR knows.")
            )
        elif target and target in targets:
            problems.append(
                RowProblem(
                    HEADER_ROW,
                    header,
                    f"both “{targets[target]}” and this column are mapped to {target}.",
                )
            )
        elif target:
            targets[target] = header
    for required in REQUIRED_COLUMNS[kind]:
        if required not in targets:
            problems.append(
                RowProblem(
                    HEADER_ROW,
                    required,
                    f"the file has no column for {required}, which every row needs.",
                )
            )
    return problems


# ---------------------------------------------------------------- one row


def _enum(kind: type[StrEnum], value: str) -> str:
    found = _ENUMS[kind].get(_norm(value))
    if found is None:
        allowed = ", ".join(member.value for member in kind if member.value)
        raise InvalidInput(
            "“{excerpt}” is not one of {allowed}.", excerpt=excerpt(value.strip()), allowed=allowed
        )
    return found


def _sentence(exc: InvalidInput, column: str) -> str:
    message = exc.message
    for prefix in (f"{column}: ", "date: ", "value: "):
        if message.startswith(prefix):
            return message[len(prefix) :]
    return message


def validate_row(
    kind: ImportKind, cells: Mapping[str, str], row: int, *, today: date | None = None,
    columns: Mapping[str, str] | None = None,
) -> tuple[Any, list[RowProblem]]:  # fmt: skip
    """Parse one row given as field -> cell text. Returns the record (None if the row is bad)
    and its problems; never raises for anything the cells contain.

    ``columns`` maps a field back to the file's column name, for the problems' wording."""
    today = today or date.today()
    columns = columns or {}
    if ImportKind(kind) is ImportKind.PEOPLE:
        return _person_row(cells, row, today, columns)
    return _organisation_row(cells, row, today, columns)


def _person_row(
    cells: Mapping[str, str], row: int, today: date, columns: Mapping[str, str]
) -> tuple[Person | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(name: str, reason: str) -> None:
        problems.append(RowProblem(row, columns.get(name, name), reason))

    def cell(name: str) -> str:
        return cells.get(name, "")

    values: dict[str, Any] = {}
    full_name = " ".join(cell("full_name").split())
    if not full_name:
        problem("full_name", "a person needs a name; this cell is empty.")
    group: StakeholderGroup | None = None
    try:
        group = StakeholderGroup(_enum(StakeholderGroup, cell("stakeholder_group")))
    except InvalidInput as exc:
        problem("stakeholder_group", exc.message)
    risk_text = cell("risk_level").strip()
    risk: RiskLevel | None = None
    if risk_text:
        try:
            risk = RiskLevel(_enum(RiskLevel, risk_text))
        except InvalidInput as exc:
            problem("risk_level", exc.message)
    participation_text = cell("participation").strip()
    if participation_text:
        try:
            values["participation"] = Participation(_enum(Participation, participation_text))
        except InvalidInput as exc:
            problem("participation", exc.message)
    for name in ("consent_network", "consent_coorganisers", "consent_public"):
        try:
            values[name] = parse_bool(cell(name), field=name)
        except InvalidInput as exc:
            problem(name, _sentence(exc, name))
    for name in ("consent_date", "joined_on", "commitment_acknowledged_on"):
        try:
            values[name] = parse_date(cell(name), field=name)
        except InvalidInput as exc:
            problem(name, _sentence(exc, name))
    person_id = cell("id").strip()
    if person_id:
        try:
            person_id = str(uuid.UUID(person_id))
        except ValueError:
            problem("id", f"“{excerpt(person_id)}” is not a record id (a UUID).")
            person_id = ""
    for name in ("pseudonym", "organisation", "role", "country", "email", "phone",
                 "secure_channel", "notes", "consent_method"):  # fmt: skip
        values[name] = cell(name)
    values["languages"] = parse_list(cell("languages"))
    values["tags"] = parse_list(cell("tags"))
    if problems or group is None or not full_name:
        return None, problems
    person, field_problems = new_person(
        {
            "id": person_id or new_id(),
            "full_name": full_name,
            "stakeholder_group": group,
            "risk_level": risk or default_risk_for(group),
            **values,
        },
        today=today,
    )
    for name, reason in field_problems.items():
        problem(name, field_sentence(reason))
    return (None if problems else person), problems


def _organisation_row(
    cells: Mapping[str, str], row: int, today: date, columns: Mapping[str, str]
) -> tuple[tuple[Organisation, frozenset[str]] | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def problem(name: str, reason: str) -> None:
        problems.append(RowProblem(row, columns.get(name, name), reason))

    name = clean_name(cells.get("name", ""))
    if not name:
        problem("name", "an organisation needs a name; this cell is empty.")
    values: dict[str, Any] = {}
    if cells.get("kind", "").strip():
        try:
            values["kind"] = OrganisationKind(_enum(OrganisationKind, cells["kind"]))
        except InvalidInput as exc:
            problem("kind", exc.message)
    try:
        values["public_commitment"] = parse_bool(
            cells.get("public_commitment", ""), field="public_commitment"
        )
    except InvalidInput as exc:
        problem("public_commitment", _sentence(exc, "public_commitment"))
    try:
        commitment = parse_date(cells.get("commitment_date", ""), field="commitment_date")
        if commitment is not None and commitment > today:
            problem("commitment_date", "this date is in the future.")
        values["commitment_date"] = commitment
    except InvalidInput as exc:
        problem("commitment_date", _sentence(exc, "commitment_date"))
    if len(name) > MAX_NAME_CHARS:
        problem("name", f"an organisation name is at most {MAX_NAME_CHARS} characters.")
    values["sector"] = " ".join(cells.get("sector", "").split())
    try:
        values["country"] = normalise_country(cells.get("country", ""))
    except InvalidInput as exc:
        problem("country", exc.message)
    try:
        values["website"] = normalise_website(cells.get("website", ""))
    except InvalidInput as exc:
        problem("website", _sentence(exc, "website"))
    if problems:
        return None, problems
    org = Organisation(id=new_id(), name=name, **values)
    return (org, frozenset(cells)), problems


# ---------------------------------------------------------------- plan and run


def plan_import(
    db: Database,
    kind: ImportKind,
    table: Table,
    mapping: Mapping[str, str],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Check the mapping and every row; nothing is written.

    ``cancelled()`` is asked every few thousand rows; True stops the check (Cancelled)."""
    kind = ImportKind(kind)
    mapping = dict(mapping)
    problems = _mapping_problems(kind, table.headers, mapping)
    allowed = set(accepted_fields(kind))
    used = [
        (index, mapping[header])
        for index, header in enumerate(table.headers)
        if mapping.get(header) in allowed
    ]
    columns = {target: table.headers[index] for index, target in used}
    today = date.today()
    people = CheckedPeople()
    records: list[Any] = []
    preview: list[dict[str, str]] = []
    seen_ids: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    for position, (number, cells_row) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        if position % _YIELD_EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled("The check was cancelled; nothing was changed.")
            # Checking runs on a worker thread in pure Python: handing the GIL over now and
            # then keeps the GUI thread responsive (the forced switch alone let it wait
            # hundreds of ms under PySide6).
            time.sleep(0)
        cells = {target: cells_row[index] for index, target in used}
        if len(preview) < PREVIEW_ROWS:
            preview.append(dict(cells))
        record, row_problems = validate_row(kind, cells, number, today=today, columns=columns)
        if record is not None:
            # Repeats inside the file: the second one is the problem.
            if kind is ImportKind.PEOPLE and cells.get("id", "").strip():
                if record.id in seen_ids:
                    row_problems.append(
                        RowProblem(number, columns["id"],
                                   f"the same id is already on row {seen_ids[record.id]}.")
                    )  # fmt: skip
                seen_ids.setdefault(record.id, number)
            if kind is ImportKind.ORGANISATIONS:
                key = name_key(record[0].name)
                if key in seen_names:
                    row_problems.append(
                        RowProblem(number, columns["name"],
                                   f"the same organisation is already on row {seen_names[key]}.")
                    )  # fmt: skip
                seen_names.setdefault(key, number)
        if row_problems:
            problems.extend(row_problems)
        elif record is None:
            pass
        elif kind is ImportKind.PEOPLE:
            people.add(number, record)
        else:
            records.append((number, record))
    if seen_ids:
        in_vault = _existing_ids(db, seen_ids, columns.get("id", "id"))
        if in_vault:
            problems.extend(in_vault)
            people = people.dropping({p.row for p in in_vault})
    return ImportPlan(
        kind=kind,
        headers=table.headers,
        mapping=mapping,
        preview=preview,
        problems=problems,
        valid_rows=people.count if kind is ImportKind.PEOPLE else len(records),
        total_rows=len(table.rows),
        people=people,
        records=records,
    )


def _existing_ids(db: Database, ids: Mapping[str, int], column: str) -> list[RowProblem]:
    """Problems for the rows (id -> row number) whose id is already a person's in the vault."""
    found: list[RowProblem] = []
    keys = list(ids)
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for (pid,) in db.execute(
            f"SELECT id FROM person WHERE id IN ({marks})",  # noqa: S608
            tuple(chunk),
        ):
            found.append(
                RowProblem(ids[pid], column, "a person with this id is already in the vault.")
            )
    return sorted(found, key=lambda p: p.row)


def _remember(db: Database, plan: ImportPlan) -> None:
    db.execute(
        "INSERT INTO import_mapping (header_hash, mapping) VALUES (?, ?) "
        "ON CONFLICT (header_hash) DO UPDATE SET mapping = excluded.mapping",
        (
            _header_hash(plan.kind, plan.headers),
            json.dumps(plan.mapping, ensure_ascii=False, sort_keys=True),
        ),
    )


def run_import(
    db: Database,
    audit: AuditLog,
    plan: ImportPlan,
    *,
    skip_bad_rows: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write every valid row of ``plan`` in one transaction, or nothing.

    Refuses a plan with column problems, and one with bad rows unless ``skip_bad_rows``.
    ``cancelled()`` returning True rolls everything back and raises Cancelled."""
    if plan.header_problems:
        raise ImportRejected(
            "The columns of this file have {count} problem(s); nothing was imported. {problems}",
            count=len(plan.header_problems),
            problems="; ".join(str(p) for p in plan.header_problems[:5]),
        )
    if plan.problems and not skip_bad_rows:
        raise ImportRejected(
            "{bad_rows} of {total_rows} rows have problems; nothing was imported. "
            "Fix them, or choose to skip the bad rows.",
            bad_rows=plan.bad_rows,
            total_rows=plan.total_rows,
        )
    total = plan.valid_rows
    if progress is not None:
        progress(0, total)
    try:
        result = _run_import(db, audit, plan, progress, cancelled)
    except BaseException:
        # A large import spills written pages to the WAL before it commits; rolled back,
        # they are never read again, but must not stay in the -wal file either.
        if db.is_open:
            db.checkpoint_after_commit()  # at once, unless inside a caller's transaction
        raise
    if progress is not None:
        progress(total, total)
    return result


def _run_import(
    db: Database,
    audit: AuditLog,
    plan: ImportPlan,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> ImportResult:
    with db.transaction():
        updated = 0
        if plan.kind is ImportKind.PEOPLE:
            added, organisations = _write_people(db, plan, progress, cancelled)
        else:
            organisations, updated = _write_organisations(db, plan, cancelled)
            added = organisations
        if cancelled is not None and cancelled():
            raise Cancelled("The import was cancelled; nothing was changed.")
        _remember(db, plan)
        result = ImportResult(
            added=added,
            skipped=plan.bad_rows,
            organisations_created=organisations,
            updated=updated,
        )
        audit.append(
            f"import.{plan.kind.value}",
            {
                "added": result.added,
                "skipped": result.skipped,
                "organisations_created": result.organisations_created,
                "updated": result.updated,
                "rows": plan.total_rows,
            },
        )
    return result


def _write_people(
    db: Database,
    plan: ImportPlan,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, int]:
    checked = plan.people
    organisations = OrganisationService(db, AuditLog(db))
    before = int(db.scalar("SELECT count(*) FROM organisation"))
    org_pks = organisations.create_many(checked.organisations)
    created = int(db.scalar("SELECT count(*) FROM organisation")) - before
    org_folds = {
        int(pk): fold(str(name)) for pk, name in db.execute("SELECT pk, name FROM organisation")
    }
    pseudonyms = {
        str(r[0]) for r in db.execute("SELECT pseudonym FROM person WHERE pseudonym != ''")
    }
    next_pk = int(db.scalar("SELECT coalesce(max(pk), 0) FROM person")) + 1
    now = people_query.now_text()
    columns = ("pk", "id", *WRITE_COLUMNS, "created_at", "updated_at")
    insert = (
        f"INSERT INTO person ({', '.join(columns)}) "  # noqa: S608
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    total = checked.count
    rebuilt = (
        _drop_person_indexes(db) if total >= _REBUILD_MIN_ROWS and total * 2 >= next_pk else []
    )
    done = 0
    with (
        db.page_cache_limited(_WRITE_CACHE_KIB if rebuilt else PAGE_CACHE_KIB),
        people_query.search_index_bulk_load(db, enabled=bool(rebuilt)),
    ):
        for batch in checked.batches():
            if cancelled is not None and cancelled():
                raise Cancelled("The import was cancelled; nothing was changed.")
            person_rows: list[tuple[Any, ...]] = []
            tag_rows: list[tuple[int, str]] = []
            fts_rows: list[tuple[Any, ...]] = []
            for _number, person_id, organisation, tags, stored, fts in batch:
                pk = next_pk
                next_pk += 1
                values = list(stored)
                pseudonym = values[_PSEUDONYM]
                if pseudonym:
                    pseudonyms.add(pseudonym)
                elif (values[_GROUP], values[_RISK]) in _NEEDS_PSEUDONYM:
                    pseudonym = _fresh_pseudonym(
                        StakeholderGroup(values[_GROUP]), person_id, pseudonyms
                    )
                    values[_PSEUDONYM] = pseudonym
                    values[_SORT] = people_query.sort_name_for(
                        values[_NAME], pseudonym, RiskLevel(values[_RISK])
                    )
                org_pk = org_pks.get(name_key(organisation)) if organisation else None
                values[_ORG_PK] = org_pk
                person_rows.append((pk, person_id, *values, now, now))
                tag_rows.extend((pk, tag) for tag in tags)
                # fts: (rowid, full_name, pseudonym, organisation, role, ...) as fts_values made it
                fts_rows.append(
                    (
                        pk,
                        fts[1],
                        fold(pseudonym) if pseudonym != stored[_PSEUDONYM] else fts[2],
                        org_folds.get(org_pk, "") if org_pk else "",
                        *fts[4:],
                    )
                )
            db.executemany(insert, person_rows)
            db.executemany("INSERT INTO person_tag (person_pk, tag) VALUES (?, ?)", tag_rows)
            db.executemany(people_query.FTS_INSERT, fts_rows)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        for sql in rebuilt:
            db.execute(sql)
    return total, created


def _drop_person_indexes(db: Database) -> list[str]:
    """Drop person's secondary indexes; returns the statements that create them again.

    For an import at least half the size of the vault: keeping 14 indexes in step row by
    row costs ~100 µs a row encrypted (every B-tree insert allocates, and every allocation is
    locked and wiped by cipher_memory_security), building them once afterwards ~20 µs. Runs
    inside the import's transaction, so a failure or a cancel restores them with everything
    else. The UNIQUE id index (no SQL of its own) stays, and keeps checking ids as rows go in."""
    indexes = [
        (str(name), str(sql))
        for name, sql in db.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'person' AND sql IS NOT NULL ORDER BY name"
        )
    ]
    for name, _sql in indexes:
        db.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in indexes]


def _fresh_pseudonym(group: StakeholderGroup, person_id: str, taken: set[str]) -> str:
    candidate = ""
    for length in range(MIN_HEX, MAX_HEX + 1):
        candidate = make_pseudonym(group, person_id, length=length)
        if candidate not in taken:
            break
    taken.add(candidate)
    return candidate


def _write_organisations(
    db: Database, plan: ImportPlan, cancelled: Callable[[], bool] | None
) -> tuple[int, int]:
    service = OrganisationService(db, AuditLog(db))
    known = service.keys()
    now = people_query.now_text()
    created = updated = 0
    for _number, (org, present) in plan.records:
        if cancelled is not None and cancelled():
            raise Cancelled("The import was cancelled; nothing was changed.")
        pk = known.get(name_key(org.name))
        if pk is None:
            known[name_key(org.name)] = service.insert(org)
            created += 1
            continue
        # An organisation already in the vault (perhaps created by a people import) takes
        # the details this file gives; columns the file does not have are left alone.
        changes = {
            name: value
            for name, value in (
                ("kind", org.kind.value),
                ("sector", org.sector),
                ("country", org.country),
                ("website", org.website),
                ("public_commitment", int(org.public_commitment)),
                (
                    "commitment_date",
                    org.commitment_date.isoformat() if org.commitment_date else None,
                ),
            )
            if name in present
        }
        if changes:
            assignments = ", ".join(f"{name} = ?" for name in changes)
            db.execute(
                f"UPDATE organisation SET {assignments}, updated_at = ? WHERE pk = ?",  # noqa: S608
                (*changes.values(), now, pk),
            )
            updated += 1
    return created, updated


class ImportService:
    """The import use cases over one open vault (``VaultSession.importing``)."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    read_file = staticmethod(read_file)

    def suggest_mapping(self, kind: ImportKind, headers: Sequence[str]) -> dict[str, str]:
        return suggest_mapping(self._db, kind, headers)

    def plan(
        self,
        kind: ImportKind,
        table: Table,
        mapping: Mapping[str, str],
        *,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportPlan:
        """``plan_import``: check the mapping and every row; nothing is written."""
        return plan_import(self._db, kind, table, mapping, cancelled=cancelled)

    def run(
        self,
        plan: ImportPlan,
        *,
        skip_bad_rows: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """``run_import``: every valid row in one transaction, or nothing."""
        return run_import(
            self._db,
            self._audit,
            plan,
            skip_bad_rows=skip_bad_rows,
            progress=progress,
            cancelled=cancelled,
        )
