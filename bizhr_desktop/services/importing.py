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
from types import MappingProxyType
from typing import Any, Final

from bizhr_desktop.core import messages
from bizhr_desktop.core.countries import normalise_country
from bizhr_desktop.core.errors import BizHRError, Cancelled, ImportRejected, InvalidInput
from bizhr_desktop.core.messages import MessageParam, marked
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
from bizhr_desktop.core.text import character_names, excerpt, fold, removed_by_cleaning
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
    new_person,
    person_values,
)
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import PAGE_CACHE_KIB, Database
from bizhr_desktop.vault.files import read_input_file

__all__ = [
    "CANONICAL_COLUMNS",
    "EXTRA_COLUMNS",
    "FIELD_LABELS",
    "REQUIRED_COLUMNS",
    "VALUE_LABELS",
    "ImportKind",
    "ImportPlan",
    "ImportResult",
    "ProblemCode",
    "RowProblem",
    "field_label",
    "fix_cell",
    "plan_import",
    "read_file",
    "run_import",
    "suggest_mapping",
    "validate_row",
    "value_label",
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


class ProblemCode(StrEnum):
    """What kind of problem a RowProblem is, for a window that words it in its own way."""

    EMPTY = "empty"  # a cell every row needs is empty
    NOT_ALLOWED = "not_allowed"  # not one of the field's allowed values (RowProblem.allowed)
    INVALID = "invalid"  # not a value of its kind: an address, a date, a country, too long
    REPEATED = "repeated"  # the same record is already on an earlier row of the file
    IN_VAULT = "in_vault"  # a person with this id is already in the vault
    COLUMN = "column"  # the header: an unknown, repeated or missing column


# What each field is called for a person (the window has the same words, translated).
FIELD_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "full_name": "Full name",
        "pseudonym": "Pseudonym",
        "stakeholder_group": "Stakeholder group",
        "organisation": "Organisation",
        "role": "Role",
        "country": "Country",
        "email": "Email",
        "phone": "Phone",
        "secure_channel": "Secure channel",
        "languages": "Languages",
        "risk_level": "Risk level",
        "consent_network": "Consent: network",
        "consent_coorganisers": "Consent: co-organisers",
        "consent_public": "Consent: public",
        "consent_date": "Consent date",
        "notes": "Notes",
        "tags": "Tags",
        "participation": "Participation",
        "joined_on": "Joined on",
        "id": "Record id",
        "consent_method": "Consent method",
        "commitment_acknowledged_on": "Commitment acknowledged on",
        # organisations ("country" is shared)
        "name": "Name",
        "kind": "Kind",
        "sector": "Sector",
        "website": "Website",
        "public_commitment": "Public commitment",
        "commitment_date": "Commitment date",
    }
)

# The vocabularies' values as a person reads them (singular), by field and stored code; the
# window shows its own translated words for the same codes (ui/common/labels).
VALUE_LABELS: Final[Mapping[str, Mapping[str, str]]] = MappingProxyType(
    {
        "stakeholder_group": {
            StakeholderGroup.BUSINESS: "Business",
            StakeholderGroup.INVESTOR: "Investor",
            StakeholderGroup.CIVIL_SOCIETY: "Civil society",
            StakeholderGroup.HRD: "Human rights defender",
            StakeholderGroup.GOVERNMENT: "Government",
            StakeholderGroup.INTERGOVERNMENTAL: "UN / intergovernmental",
            StakeholderGroup.OTHER: "Other",
        },
        "risk_level": {
            RiskLevel.LOW: "Low",
            RiskLevel.MEDIUM: "Medium",
            RiskLevel.HIGH: "High",
            RiskLevel.CRITICAL: "Critical",
        },
        "participation": {
            Participation.ACTIVE: "Active",
            Participation.PAUSED: "Paused",
            Participation.LEFT: "Left the network",
        },
        "kind": {
            OrganisationKind.COMPANY: "Company",
            OrganisationKind.INVESTOR: "Investor",
            OrganisationKind.NGO: "NGO",
            OrganisationKind.GRASSROOTS: "Grassroots group",
            OrganisationKind.GOVERNMENT: "Government body",
            OrganisationKind.UN_AGENCY: "UN agency",
            OrganisationKind.ACADEMIC: "Academic",
            OrganisationKind.OTHER: "Other",
        },
    }
)
_FIELD_OF_ENUM: Final[dict[type[StrEnum], str]] = {
    StakeholderGroup: "stakeholder_group",
    RiskLevel: "risk_level",
    Participation: "participation",
    OrganisationKind: "kind",
}


def _enum_lookup(kind: type[StrEnum]) -> dict[str, str]:
    """Every spelling of a vocabulary's values: codes, labels (singular and plural), aliases."""
    table = {_norm(member.value): member.value for member in kind}
    for code, label in VALUE_LABELS[_FIELD_OF_ENUM[kind]].items():
        table.setdefault(_norm(label), code)
    for member in kind:
        plural = getattr(member, "label", None)
        if isinstance(plural, str):
            table.setdefault(_norm(plural), member.value)
    table.update(_ENUM_ALIASES.get(kind, {}))
    return table


_ENUMS: Final = {kind: _enum_lookup(kind) for kind in _FIELD_OF_ENUM}


def field_label(field_name: str) -> str:
    """A field's name for a person ("stakeholder_group" -> "Stakeholder group")."""
    return FIELD_LABELS.get(field_name) or field_name.replace("_", " ").capitalize()


def value_label(field_name: str, code: str) -> str:
    """A vocabulary value for a person ("hrd" -> "Human rights defender")."""
    return VALUE_LABELS.get(field_name, {}).get(code, code)


# Row problems' sentences: templates of the Messages context (core/messages), filled in with
# RowProblem.params; "{allowed}" is filled with the allowed values' labels where shown.
_T_EMPTY_NAME: Final = marked("Every person needs a name; this cell is empty.")
_T_EMPTY_ORGANISATION: Final = marked("Every organisation needs a name; this cell is empty.")
_T_EMPTY_ENUM: Final = marked("This cell is empty; write one of: {allowed}.")
_T_NOT_ALLOWED: Final = marked("“{value}” is not one of: {allowed}.")
_T_NOT_UUID: Final = marked("“{value}” is not a record id (a UUID).")
_T_FUTURE: Final = marked("This date is in the future.")
_T_REPEATED_ID: Final = marked("The same id is already on row {other}.")
_T_REPEATED_ORGANISATION: Final = marked("The same organisation is already on row {other}.")
_T_IN_VAULT: Final = marked("A person with this id is already in the vault.")
_T_REPEATED_COLUMN: Final = marked("This column name repeats “{other}”.")
_T_UNKNOWN_COLUMN: Final = marked(
    "This column is not one BizHR knows: match it to a field or choose not to import it."
)
_T_NO_SUCH_COLUMN: Final = marked("The file has no such column.")
_T_UNKNOWN_FIELD: Final = marked("“{value}” is not a field BizHR knows.")
_T_MAPPED_TWICE: Final = marked("Both “{other}” and this column are matched to {label}.")
_T_MISSING_COLUMN: Final = marked("The file has no column for {label}, which every row needs.")

# "email: " at the start of a core check's template (it names its field for a column of a
# file): the problem already says which field it is about.
_FIELD_PREFIX: Final = re.compile(r"^\{field\}\s*:\s*")
_VALUE_PARAMS: Final = ("value", "excerpt")


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong in a file: ``row`` as a spreadsheet numbers it (header = 1).

    Machine-readable, so that a window can word it in its own language: ``field`` is the
    field's code ("email"; "" for a column matched to nothing), ``column`` the file's own
    column name, ``code`` the kind of problem, ``value`` the cell's text, ``allowed`` the
    codes a vocabulary field accepts, ``template`` and ``params`` the sentence (a Messages
    template). :attr:`reason` and ``str()`` are the English sentence."""

    row: int
    column: str
    field: str
    code: ProblemCode
    template: str
    params: tuple[tuple[str, MessageParam], ...] = ()
    value: str = ""
    allowed: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The field's name in English ("Stakeholder group"), or the file's column's."""
        return field_label(self.field) if self.field else self.column

    @property
    def reason(self) -> str:
        """What is wrong, in English, with the allowed values as their English labels."""
        return self.render()

    def render(
        self,
        translate: Callable[[str], str] | None = None,
        label_of_value: Callable[[str, str], str] = value_label,
        label_of_field: Callable[[str], str] = field_label,
        *,
        hidden: str | None = None,
        separator: str = ", ",
    ) -> str:
        """The sentence, its template translated by ``translate``, ``{allowed}`` filled with
        ``label_of_value(field, code)`` for each allowed code (between them ``separator``:
        Arabic writes "،") and ``{label}`` with ``label_of_field(field)``; with ``hidden``,
        the cell's text is replaced by it (a masked person's detail)."""
        params: dict[str, MessageParam] = dict(self.params)
        if self.allowed:
            params["allowed"] = separator.join(label_of_value(self.field, c) for c in self.allowed)
        if "label" in params and self.field:
            params["label"] = label_of_field(self.field)
        if hidden is not None:
            params.update((name, hidden) for name in _VALUE_PARAMS if name in params)
        english = _FIELD_PREFIX.sub("", self.template)
        translated = _FIELD_PREFIX.sub("", translate(self.template) or "") if translate else ""
        sentence = messages.render(english, params, lambda _t: translated or english)
        return sentence[:1].upper() + sentence[1:]

    @property
    def where(self) -> str:
        """The field's label, with the file's column name when the file calls it otherwise."""
        return _where_in_file(self.field, self.column)

    def __str__(self) -> str:
        return f"row {self.row}, {self.where}: {self.reason}"


def _where_in_file(field_name: str, column: str) -> str:
    """ "Stakeholder group (column “Group”)": a field in English, and the file's own name for
    its column when the file calls it otherwise."""
    if not field_name:
        return f"column “{column}”"
    label = field_label(field_name)
    if not column or _norm(column) in (field_name, _norm(label)):
        return label
    return f"{label} (column “{column}”)"


def _problem(
    row: int,
    columns: Mapping[str, str],
    field_name: str,
    code: ProblemCode,
    template: str,
    *,
    cell: str = "",
    allowed: tuple[str, ...] = (),
    **params: MessageParam,
) -> RowProblem:
    """A problem of ``field_name``, whose cell holds ``cell``; ``params`` fill ``template``."""
    return RowProblem(
        row=row,
        column=columns.get(field_name, field_name),
        field=field_name,
        code=code,
        template=template,
        params=tuple(params.items()),
        value=cell,
        allowed=allowed,
    )


def _invalid(
    row: int, columns: Mapping[str, str], field_name: str, value: str, exc: BizHRError
) -> RowProblem:
    """A core check's problem (its own template, already translated in Messages)."""
    return RowProblem(
        row=row,
        column=columns.get(field_name, field_name),
        field=field_name,
        code=ProblemCode.INVALID,
        template=exc.template,
        params=tuple(exc.params.items()),
        value=value,
    )


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


@dataclass(frozen=True)
class CleanedValue:
    """One cell of the file whose invisible characters the import removes."""

    row: int
    field: str
    column: str  # the file's own name for it
    removed: tuple[str, ...]

    def __str__(self) -> str:
        """In English, as the CLI prints it: "row 3, Full name: invisible characters…"."""
        return (
            f"row {self.row}, {_where_in_file(self.field, self.column)}: invisible characters "
            f"removed: {character_names(self.removed)}"
        )


@dataclass
class ImportPlan:
    """A checked import, ready to run (or to show to a person first).

    A person may mend it before it runs: :func:`fix_cell` re-checks a bad row with one of its
    cells changed (a row without problems any more joins the valid ones), :meth:`skip` leaves
    a bad row out. It is all in memory: nothing of the file is written anywhere."""

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
    # field -> the file's column; the rows with problems as field -> cell text (what a fix
    # re-checks); the first row giving each id (people) or organisation name (by name_key).
    columns: dict[str, str] = field(default_factory=dict, repr=False)
    bad_cells: dict[int, dict[str, str]] = field(default_factory=dict, repr=False)
    first_rows: dict[str, int] = field(default_factory=dict, repr=False)
    skipped: set[int] = field(default_factory=set)  # bad rows the person chose to leave out
    fixed: set[int] = field(default_factory=set)  # bad rows a fix in place made valid
    # Values that held invisible characters (bidi controls, zero-width spaces) the import
    # takes out (core.text.clean_text): the person is told which, before anything is written.
    cleaned: list[CleanedValue] = field(default_factory=list)

    @property
    def header_problems(self) -> list[RowProblem]:
        """Problems with the columns themselves; no row can be imported while any remain."""
        return [problem for problem in self.problems if problem.row == HEADER_ROW]

    def problem_rows(self) -> set[int]:
        """The row numbers with problems (the header's not counted)."""
        return {problem.row for problem in self.problems if problem.row != HEADER_ROW}

    @property
    def bad_rows(self) -> int:
        return len(self.problem_rows())

    @property
    def unresolved_rows(self) -> int:
        """Rows with problems that are neither fixed nor skipped: while any remain, the plan
        runs only when told to skip every bad row."""
        return len(self.problem_rows() - self.skipped)

    def row_problems(self, row: int) -> list[RowProblem]:
        return [problem for problem in self.problems if problem.row == row]

    def cells(self, row: int) -> Mapping[str, str]:
        """A bad row's cells as they stand (fixes included), field -> text."""
        return MappingProxyType(self.bad_cells[row])

    def skip(self, row: int, skipped: bool = True) -> None:
        """Leave the bad row ``row`` out of the import (or take it back in, to fix it)."""
        if row not in self.bad_cells or row not in self.problem_rows():
            raise ValueError(f"row {row} has no problems to skip")
        if skipped:
            self.skipped.add(row)
        else:
            self.skipped.discard(row)


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int  # rows with problems left out (skipped one by one or all at once)
    organisations_created: int
    updated: int = 0  # organisations import: existing organisations given the file's details
    fixed: int = 0  # rows imported with a value fixed in place


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

    def problem(column: str, target: str, template: str, **params: MessageParam) -> None:
        problems.append(
            RowProblem(
                HEADER_ROW, column, target, ProblemCode.COLUMN, template, tuple(params.items())
            )
        )

    allowed = accepted_fields(kind)

    def target_of(header: str) -> str:
        target = mapping.get(header, "")
        return target if target in allowed else ""

    seen: dict[str, str] = {}
    for header in headers:
        key = header_key(header)
        if key in seen:
            problem(header, target_of(header), _T_REPEATED_COLUMN, other=excerpt(seen[key]))
        seen.setdefault(key, header)
    for header in headers:
        if header not in mapping:
            problem(header, "", _T_UNKNOWN_COLUMN)
    targets: dict[str, str] = {}
    for header, target in mapping.items():
        if header not in headers:
            problem(header, target_of(header), _T_NO_SUCH_COLUMN)
        elif target and target not in allowed:
            problem(header, "", _T_UNKNOWN_FIELD, value=excerpt(target))
        elif target and target in targets:
            problem(
                header, target, _T_MAPPED_TWICE, other=excerpt(targets[target]),
                label=field_label(target),
            )  # fmt: skip
        elif target:
            targets[target] = header
    for required in REQUIRED_COLUMNS[kind]:
        if required not in targets:
            problem(required, required, _T_MISSING_COLUMN, label=field_label(required))
    return problems


# ---------------------------------------------------------------- one row


class _NotAllowed(Exception):
    """A cell that is not one of its vocabulary's values (turned into a RowProblem)."""


def _enum(kind: type[StrEnum], value: str) -> str:
    found = _ENUMS[kind].get(_norm(value))
    if found is None:
        raise _NotAllowed
    return found


def _allowed(kind: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in kind if member.value)


def _vocabulary(
    kind: type[StrEnum],
    text: str,
    row: int,
    columns: Mapping[str, str],
    problems: list[RowProblem],
    *,
    required: bool = False,
) -> str | None:
    """The code a vocabulary cell holds; None (and a problem, if the cell is not empty or
    ``required``) when it holds none."""
    name = _FIELD_OF_ENUM[kind]
    if not text.strip():
        if required:
            problems.append(
                _problem(row, columns, name, ProblemCode.EMPTY, _T_EMPTY_ENUM,
                         cell=text, allowed=_allowed(kind))
            )  # fmt: skip
        return None
    try:
        return _enum(kind, text)
    except _NotAllowed:
        problems.append(
            _problem(row, columns, name, ProblemCode.NOT_ALLOWED, _T_NOT_ALLOWED, cell=text,
                     allowed=_allowed(kind), value=excerpt(text.strip()))
        )  # fmt: skip
        return None


def validate_row(
    kind: ImportKind, cells: Mapping[str, str], row: int, *, today: date | None = None,
    columns: Mapping[str, str] | None = None,
) -> tuple[Any, list[RowProblem]]:  # fmt: skip
    """Parse one row given as field -> cell text. Returns the record (None if the row is bad)
    and every one of its problems, one per bad cell; never raises for anything the cells
    contain.

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

    def cell(name: str) -> str:
        return cells.get(name, "")

    def invalid(name: str, exc: BizHRError) -> None:
        problems.append(_invalid(row, columns, name, cell(name), exc))

    values: dict[str, Any] = {}
    full_name = " ".join(cell("full_name").split())
    if not full_name:
        problems.append(
            _problem(row, columns, "full_name", ProblemCode.EMPTY, _T_EMPTY_NAME,
                     cell=cell("full_name"))
        )  # fmt: skip
    group_code = _vocabulary(
        StakeholderGroup, cell("stakeholder_group"), row, columns, problems, required=True
    )
    group = StakeholderGroup(group_code) if group_code else None
    risk_code = _vocabulary(RiskLevel, cell("risk_level"), row, columns, problems)
    risk = RiskLevel(risk_code) if risk_code else None
    participation = _vocabulary(Participation, cell("participation"), row, columns, problems)
    if participation:
        values["participation"] = Participation(participation)
    for name in ("consent_network", "consent_coorganisers", "consent_public"):
        try:
            values[name] = parse_bool(cell(name), field=name)
        except InvalidInput as exc:
            invalid(name, exc)
    for name in ("consent_date", "joined_on", "commitment_acknowledged_on"):
        try:
            values[name] = parse_date(cell(name), field=name)
        except InvalidInput as exc:
            invalid(name, exc)
    person_id = cell("id").strip()
    if person_id:
        try:
            person_id = str(uuid.UUID(person_id))
        except ValueError:
            problems.append(
                _problem(row, columns, "id", ProblemCode.INVALID, _T_NOT_UUID, cell=cell("id"),
                         value=excerpt(person_id))
            )  # fmt: skip
            person_id = ""
    for name in ("pseudonym", "organisation", "role", "country", "email", "phone",
                 "secure_channel", "notes", "consent_method"):  # fmt: skip
        values[name] = cell(name)
    values["languages"] = parse_list(cell("languages"))
    values["tags"] = parse_list(cell("tags"))
    # The editor's checks run on every row, even one already known to be bad, so that every
    # problem of the row is listed at once (a stand-in group where the row's is missing).
    person, field_problems = new_person(
        {
            "id": person_id or new_id(),
            "full_name": full_name or "?",
            "stakeholder_group": group or StakeholderGroup.OTHER,
            "risk_level": risk or default_risk_for(group or StakeholderGroup.OTHER),
            **values,
        },
        today=today,
    )
    for name, trouble in field_problems.items():
        invalid(name, trouble)
    if problems or person is None:
        return None, _in_field_order(ImportKind.PEOPLE, problems)
    return person, problems


_FIELD_POSITION: Final = {
    kind: {name: position for position, name in enumerate(accepted_fields(kind))}
    for kind in ImportKind
}


def _in_field_order(kind: ImportKind, problems: list[RowProblem]) -> list[RowProblem]:
    """A row's problems in the order of the fields in DATA.md (as the file's columns are)."""
    positions = _FIELD_POSITION[kind]
    return sorted(problems, key=lambda problem: positions.get(problem.field, len(positions)))


def _organisation_row(
    cells: Mapping[str, str], row: int, today: date, columns: Mapping[str, str]
) -> tuple[tuple[Organisation, frozenset[str]] | None, list[RowProblem]]:
    problems: list[RowProblem] = []

    def cell(name: str) -> str:
        return cells.get(name, "")

    def invalid(name: str, exc: BizHRError) -> None:
        problems.append(_invalid(row, columns, name, cell(name), exc))

    name = clean_name(cell("name"))
    if not name:
        problems.append(
            _problem(row, columns, "name", ProblemCode.EMPTY, _T_EMPTY_ORGANISATION,
                     cell=cell("name"))
        )  # fmt: skip
    elif len(name) > MAX_NAME_CHARS:
        invalid(
            "name",
            InvalidInput(
                "An organisation name is at most {limit} characters.", limit=MAX_NAME_CHARS
            ),
        )
    values: dict[str, Any] = {}
    kind = _vocabulary(OrganisationKind, cell("kind"), row, columns, problems)
    if kind:
        values["kind"] = OrganisationKind(kind)
    try:
        values["public_commitment"] = parse_bool(
            cell("public_commitment"), field="public_commitment"
        )
    except InvalidInput as exc:
        invalid("public_commitment", exc)
    try:
        commitment = parse_date(cell("commitment_date"), field="commitment_date")
        if commitment is not None and commitment > today:
            problems.append(
                _problem(row, columns, "commitment_date", ProblemCode.INVALID, _T_FUTURE,
                         cell=cell("commitment_date"))
            )  # fmt: skip
        values["commitment_date"] = commitment
    except InvalidInput as exc:
        invalid("commitment_date", exc)
    values["sector"] = " ".join(cell("sector").split())
    try:
        values["country"] = normalise_country(cell("country"))
    except InvalidInput as exc:
        invalid("country", exc)
    try:
        values["website"] = normalise_website(cell("website"))
    except InvalidInput as exc:
        invalid("website", exc)
    if problems:
        return None, _in_field_order(ImportKind.ORGANISATIONS, problems)
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

    Every problem of every row is listed, one per bad cell, in the order of the rows.
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
    plan = ImportPlan(
        kind=kind,
        headers=table.headers,
        mapping=mapping,
        preview=[],
        problems=problems,
        valid_rows=0,
        total_rows=len(table.rows),
        columns=columns,
    )
    for position, (number, cells_row) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        if position % _YIELD_EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled("The check was cancelled; nothing was changed.")
            # Checking runs on a worker thread in pure Python: handing the GIL over now and
            # then keeps the GUI thread responsive (the forced switch alone let it wait
            # hundreds of ms under PySide6).
            time.sleep(0)
        cells = {target: cells_row[index] for index, target in used}
        # Rare: only then look cell by cell. The separator keeps a joiner at a cell's edge
        # from seeming to sit between two letters of the next cell.
        if removed_by_cleaning("\x1f".join(cells_row)):
            plan.cleaned += [
                CleanedValue(number, target, columns[target], removed)
                for target, value in cells.items()
                if (removed := removed_by_cleaning(value))
            ]
        if len(plan.preview) < PREVIEW_ROWS:
            plan.preview.append(dict(cells))
        _check_into(plan, number, cells, today)
    if kind is ImportKind.PEOPLE and "id" in columns:
        in_vault = _existing_ids(db, plan.first_rows, columns["id"])
        if in_vault:
            rows = {p.row for p in in_vault}
            positions = {n: i for i, n in enumerate(table.row_numbers) if n in rows}
            for row in rows:
                cells_row = table.rows[positions[row]]
                plan.bad_cells[row] = {target: cells_row[index] for index, target in used}
            plan.people = plan.people.dropping(rows)
            plan.valid_rows = plan.people.count
            # A row's problems stay together, the rows in the file's order (sort is stable).
            plan.problems = sorted([*plan.problems, *in_vault], key=lambda p: p.row)
    return plan


def _check_into(plan: ImportPlan, number: int, cells: dict[str, str], today: date) -> None:
    """Check one row into ``plan``: a valid row joins the records, a bad one's problems and
    cells are kept (the vault's ids are asked afterwards, for every row at once)."""
    record, row_problems = _checked(plan, number, cells, today)
    _keep(plan, number, cells, record, row_problems)


def _checked(
    plan: ImportPlan, number: int, cells: dict[str, str], today: date
) -> tuple[Any, list[RowProblem]]:
    """validate_row, and whether an earlier valid row of the file gives the same record (the
    second one is the problem; a row counts as the first only once it is valid)."""
    record, row_problems = validate_row(plan.kind, cells, number, today=today,
                                        columns=plan.columns)  # fmt: skip
    key, field_name, template = _record_key(plan.kind, cells)
    if key:
        first = plan.first_rows.get(key)
        if first is not None and first != number:
            row_problems.append(
                _problem(number, plan.columns, field_name, ProblemCode.REPEATED, template,
                         cell=cells.get(field_name, ""), other=first)
            )  # fmt: skip
            record = None
        elif record is not None:
            plan.first_rows[key] = number
    return record, _in_field_order(plan.kind, row_problems)


def _record_key(kind: ImportKind, cells: Mapping[str, str]) -> tuple[str, str, str]:
    """(what makes the row's record the same as another's, its field, the repeat's template):
    the id a people file gives, an organisation's name; ("", ...) when there is none."""
    if kind is ImportKind.PEOPLE:
        text = cells.get("id", "").strip()
        try:
            return (str(uuid.UUID(text)) if text else ""), "id", _T_REPEATED_ID
        except ValueError:
            return "", "id", _T_REPEATED_ID
    name = clean_name(cells.get("name", ""))
    return (name_key(name) if name else ""), "name", _T_REPEATED_ORGANISATION


def _keep(
    plan: ImportPlan, number: int, cells: dict[str, str], record: Any, problems: list[RowProblem]
) -> None:
    if problems:
        plan.problems.extend(problems)
        plan.bad_cells[number] = cells
    elif plan.kind is ImportKind.PEOPLE:
        plan.people.add(number, record)
        plan.valid_rows = plan.people.count
    else:
        plan.records.append((number, record))
        plan.valid_rows = len(plan.records)


def fix_cell(
    db: Database, plan: ImportPlan, row: int, field_name: str, text: str
) -> list[RowProblem]:
    """Give the bad row ``row`` the cell ``text`` for ``field_name`` and check it again at
    once: returns its problems now (none: the row joins the import with this value).

    Only the plan in memory changes; the file and the vault are left as they are."""
    if row not in plan.bad_cells or row not in plan.problem_rows():
        raise ValueError(f"row {row} has no problems to fix")
    if field_name not in plan.columns:
        raise ValueError(f"the file has no column for {field_name}")
    cells = dict(plan.bad_cells[row])
    cells[field_name] = text
    record, problems = _checked(plan, row, cells, date.today())
    if (
        record is not None
        and not problems
        and plan.kind is ImportKind.PEOPLE
        and cells.get("id", "").strip()
    ):
        problems = _existing_ids(db, {record.id: row}, plan.columns["id"])
    plan.problems = [problem for problem in plan.problems if problem.row != row]
    _keep(plan, row, cells, record, problems)
    if not problems:
        del plan.bad_cells[row]
        plan.skipped.discard(row)
        plan.fixed.add(row)
    plan.problems.sort(key=lambda p: p.row)  # stable: the row's own order is kept
    return plan.row_problems(row)


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
                RowProblem(ids[pid], column, "id", ProblemCode.IN_VAULT, _T_IN_VAULT, value=pid)
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
    if plan.unresolved_rows and not skip_bad_rows:
        raise ImportRejected(
            "{bad_rows} of {total_rows} rows have problems; nothing was imported. "
            "Fix them, or choose to skip the bad rows.",
            bad_rows=plan.unresolved_rows,
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
            fixed=len(plan.fixed),
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
    row cost ~100 µs a row encrypted (every B-tree insert allocates; measured while SQLCipher's
    memory security locked and wiped each allocation), building them once afterwards ~20 µs. Runs
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

    def fix(self, plan: ImportPlan, row: int, field_name: str, text: str) -> list[RowProblem]:
        """``fix_cell``: re-check a bad row with one cell changed; its problems now."""
        return fix_cell(self._db, plan, row, field_name, text)

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
