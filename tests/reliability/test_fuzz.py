"""The readers of files a person is handed, fuzzed: CSV and XLSX imports, encrypted bundles.

Whatever the bytes, a reader returns what it read or raises a ``BizHRError`` with a sentence
for a person: never another exception, never a hang. Inputs are any bytes, and near-valid
ones, which reach further in: CSV written from random cells then cut or garbled, XLSX
archives whose parts are random XML, bundles (age files) with flipped, cut or added bytes and
with random JSON inside. A person's CSV or XLSX goes the whole way an import goes: read,
columns mapped, every row checked, the valid rows written to a vault.

The unit tests hold the small, exact versions of these properties; this is the large-budget
run: ``BIZHR_RELIABILITY_FULL=1`` gives each property 5000 examples. Any input that ever
crashed a reader is kept in ``regressions/`` (named ``<reader>-<what>.<ext>``) and replayed.
"""

from __future__ import annotations

import base64
import csv
import hmac
import io
import json
import os
import random
import time
import uuid
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, timedelta, timezone
from hashlib import sha256
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from bizhr_desktop.core.errors import BizHRError, BundleUnreadable, BundleWrongPassphrase
from bizhr_desktop.formats import age_io, csv_io, xlsx_io
from bizhr_desktop.services import bundles, importing, vaults
from bizhr_desktop.services.importing import ImportKind
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.harness import SEED, record, scaled

EXAMPLES = scaled(150, 5000)
# One example of these sizes reads in milliseconds; a reader that takes this long on one
# is stuck in a loop or quadratic in its input (a hang, on a real file).
SLOW_EXAMPLE = 10.0
REGRESSIONS = Path(__file__).parent / "regressions"
BUNDLE_PASSPHRASE = "tundra-maple-orbit-saddle-quiver-lantern"
FIELDS = importing.accepted_fields(ImportKind.PEOPLE)

fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the source tree; failures print their input
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _outcome(reader: str, read: Callable[[], object]) -> str:
    """Run one reader on one input: "parsed" or "refused" (a BizHRError); anything else
    propagates (a bug), and so does a reader that takes longer than SLOW_EXAMPLE."""
    start = time.monotonic()
    try:
        read()
        outcome = "parsed"
    except BizHRError as error:
        assert error.message.strip(), f"{type(error).__name__} without a sentence"
        outcome = "refused"
    except BaseException:
        record("fuzz", case=reader, outcome="crash", ok=False)
        raise
    seconds = time.monotonic() - start
    ok = seconds < SLOW_EXAMPLE
    record("fuzz", case=reader, outcome=outcome if ok else "hang", ok=ok)
    assert ok, f"{reader} took {seconds:.1f} s on one input"
    return outcome


# ---------------------------------------------------------------- shared strategies


def weighted(*choices: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """One of the strategies, each drawn about *weight* times as often as a weight of 1."""
    # (one_of would merge repeated strategies into one branch)
    pool = [strategy for weight, strategy in choices for _ in range(weight)]
    return st.sampled_from(pool).flatmap(lambda strategy: strategy)


# fmt: off
# Text that the parsers treat specially, mixed into random text.
_SPECIAL = ['"', '""', ",", "\r", "\n", "\r\n", "\ufeff", "=1+1", "@SUM(A1)", "\t", "\u2028",
            "\x85", "'", ";", "\\", "\ud7ff", "\U0001f600", " ", "", "\x00"]
# Values a person's column may hold that reach the row checks (groups, risks, dates, ...).
_GROUPS = ["business", "investor", "civil_society", "hrd", "government", "intergovernmental",
           "other", "Civil society", "HRD", "NGO"]
_VALUES = [*_GROUPS, "low", "medium", "high", "critical", "active", "paused", "left", "yes",
           "no", "true", "0", "1", "2024-02-29", "2023-02-29", "31/12/2020", "9999-12-31",
           "0001-01-01", "someone@example.org", "a@b", "+41 22 555 01 01", "00000", "CH", "ch",
           "XX", "Côte d'Ivoire", "en; fr", "en,xx", "tag one; tag two", str(uuid.uuid4()),
           "not-a-uuid", "A" * 300, "\u202e"]
# fmt: on

cell_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(_SPECIAL),
    st.sampled_from(_VALUES),
    st.lists(st.sampled_from(_SPECIAL + _VALUES), max_size=6).map("".join),
)
_names = st.one_of(
    st.sampled_from(["Ana Lima", "Nguyễn Thị Hoa", "محمد علي", "O'Brien, Seán", "မောင်မောင်"]),
    st.text(st.characters(categories=("L", "M", "Zs", "Pd")), min_size=1, max_size=30),
)
# What a column of each field mostly holds in a real file; any cell may still be anything.
FIELD_VALUES: dict[str, st.SearchStrategy[str]] = {
    "id": st.uuids().map(str) | st.just(""),
    "full_name": _names,
    "stakeholder_group": st.sampled_from(_GROUPS),
    "risk_level": st.sampled_from(["", "low", "medium", "high", "critical", "Low", "HIGH"]),
    "participation": st.sampled_from(["", "active", "paused", "left"]),
    "consent_network": st.sampled_from(["", "yes", "no", "true", "false", "1", "0"]),
    "consent_date": st.just("") | st.dates().map(str),
    "joined_on": st.just("") | st.dates().map(lambda day: day.strftime("%d/%m/%Y")),
    "country": st.sampled_from(["", "CH", "fr", "Kenya", "Côte d'Ivoire", "Myanmar", "XX"]),
    "email": st.sampled_from(["", "ana@example.org", "a@b", "x@例え.jp"]),
    "phone": st.sampled_from(["", "+41 22 555 01 01", "022 555 01 01", "12"]),
    "languages": st.sampled_from(["", "en", "en; fr", "English, French", "xx"]),
    "tags": st.sampled_from(["", "board", "board; press", ";;"]),
    "organisation": _names,
}
# fmt: off
_HEADERS = [*FIELDS, "Name", "E-mail", "Organisation", "Group", "Risk", "Country", "Tags",
            "full name", " full_name ", "FULL_NAME", "Unnamed", ""]
# fmt: on


@st.composite
def person_cell(draw: st.DrawFn, column: str) -> str:
    """A cell of *column*: mostly a value that column may hold, one time in five anything."""
    plausible = FIELD_VALUES.get(column.strip().lower())
    # (anomalies at the top of each range: Hypothesis draws small numbers most often)
    if plausible is None or draw(st.integers(0, 4)) == 4:
        return draw(cell_text)
    return draw(plausible)


def _repeated(fragment: bytes, times: int) -> bytes:
    return fragment * times


# A short fragment repeated up to 100 000 times: a reader quadratic in some construct
# (quotes, lone CRs, empty cells, long lines) shows it here as a slow example.
# fmt: off
_FRAGMENTS = [b'"', b'""', b",", b"\r", b"\n", b'"\r', b',"",', b"a,", b'"a""', b"\r\n,",
              b"\xef\xbb\xbf", b" ", b"x" * 100]
# fmt: on
repetitive_bytes = st.builds(_repeated, st.sampled_from(_FRAGMENTS), st.integers(1, 100_000))


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """*data* with a few bytes flipped, cut, inserted, removed or duplicated."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, max(len(out) - 1, 0)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete", "duplicate", "zero"]))
        if action == "flip" and out:
            out[where] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del out[where:]
        elif action == "insert":
            out[where:where] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del out[where : where + draw(st.integers(1, 64))]
        elif action == "duplicate":
            out[where:where] = out[where : where + draw(st.integers(1, 256))]
        elif out:
            span = draw(st.integers(1, 64))
            out[where : where + span] = bytes(len(out[where : where + span]))
    return bytes(out)


# ---------------------------------------------------------------- CSV


def _csv_bytes(rows: list[list[str]], quoting: int, ending: str, bom: bool) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, quoting=quoting, lineterminator=ending).writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8", "surrogatepass")


@st.composite
def people_table(draw: st.DrawFn) -> list[list[str]]:
    """The rows of a people file: a header of the required columns (mostly), others known
    and unknown, then rows of cells those columns may hold; now and then a row too short
    or too long, a header duplicated or empty."""
    required = ["full_name", "stakeholder_group"] if draw(st.integers(0, 4)) < 4 else []
    others = draw(st.lists(st.sampled_from(_HEADERS) | st.text(max_size=12), max_size=8))
    headers = list(dict.fromkeys(required + others)) or ["full_name"]
    if draw(st.integers(0, 9)) == 9:
        headers.append(draw(st.sampled_from([*headers, ""])))
    draw(st.randoms(use_true_random=False)).shuffle(headers)
    rows = []
    for _ in range(draw(st.integers(0, 8))):
        row = [draw(person_cell(column)) for column in headers]
        if draw(st.integers(0, 9)) == 9:
            row = row[:-1] if draw(st.booleans()) else [*row, draw(cell_text)]
        rows.append(row)
    return [headers, *rows]


@st.composite
def people_csv(draw: st.DrawFn) -> bytes:
    """A people file as CSV, written in any of the dialects spreadsheets write."""
    return _csv_bytes(
        draw(people_table()),
        draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])),
        draw(st.sampled_from(["\r\n", "\n", "\r"])),
        draw(st.booleans()),
    )


csv_inputs = st.one_of(
    st.binary(max_size=2048),
    repetitive_bytes,
    people_csv(),
    people_csv().flatmap(damaged),
)


@seed(SEED)
@fuzz
@given(csv_inputs)
def test_any_bytes_read_as_csv_parse_or_are_refused(data: bytes) -> None:
    _outcome("csv", lambda: csv_io.read_table(data))


# Any text a spreadsheet cell holds, and the characters CSV quotes.
_csv_cell = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=10
) | st.sampled_from(['"', '""', "\r", "\n", "\r\n", ",", " ", ""])
_column_names = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=8)


@st.composite
def written_csv(draw: st.DrawFn) -> tuple[list[str], list[list[str]], bytes]:
    """Rows as Python's csv module writes them, in the dialects spreadsheets use: headers,
    rows, and the file's bytes."""
    width = draw(st.integers(1, 5))
    headers = draw(st.lists(_column_names, min_size=width, max_size=width, unique_by=str.casefold))
    ending = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    cells = _csv_cell if ending == "\r\n" else _csv_cell.filter(lambda c: not {"\r", "\n"} & set(c))
    # (a lone empty cell is written as an empty line, which every reader skips)
    rows = draw(
        st.lists(
            st.lists(cells, min_size=width, max_size=width).filter(lambda row: row != [""]),
            max_size=6,
        )
    )
    buffer = io.StringIO(newline="")
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    csv.writer(buffer, quoting=quoting, lineterminator=ending).writerows([headers, *rows])
    bom = b"\xef\xbb\xbf" if draw(st.booleans()) else b""
    return headers, rows, bom + buffer.getvalue().encode("utf-8")


@seed(SEED)
@fuzz
@given(written_csv())
def test_a_csv_the_csv_module_writes_reads_back_cell_for_cell(
    written: tuple[list[str], list[list[str]], bytes],
) -> None:
    """No silent misreading: what another program wrote is read exactly, cell for cell."""
    headers, rows, data = written
    table = csv_io.read_table(data)
    assert list(table.headers) == headers
    assert [list(row) for row in table.rows] == rows
    record("fuzz", case="csv-read-back", outcome="parsed", ok=True)


# ---------------------------------------------------------------- XLSX

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# fmt: off
_TAGS = ["worksheet", "sheetData", "row", "c", "v", "is", "t", "f", "sst", "si", "r",
         "dimension", "workbook", "sheets", "sheet", "mergeCells", "mergeCell", "cols", "col",
         "Relationships", "Relationship", "Types", "Override", "Default", "styleSheet",
         "cellXfs", "xf", "numFmts", "numFmt"]
_ATTRIBUTES = ["r", "t", "s", "ref", "spans", "Id", "Target", "Type", "PartName", "ContentType",
               "Extension", "name", "sheetId", "numFmtId", "formatCode", "applyNumberFormat",
               "min", "max", "count", "uniqueCount"]
_ATTRIBUTE_VALUES = ["A1", "B2", "XFD1048576", "A1048577", "ZZZZ1", "A0", "1", "0", "-1",
                     "1048576", "99999999999999999999", "s", "n", "b", "e", "str", "inlineStr",
                     "d", "1:3", "rId1", "/xl/worksheets/sheet1.xml", "worksheets/sheet2.xml",
                     "../../../etc/passwd", "yyyy-mm-dd", "0.0E+00", "[h]:mm", "", "\u00e9",
                     "14", "22", "49"]
_TEXTS = ["1", "0", "-0", "1e308", "1e309", "nan", "inf", "45000.5", "-1", "2958466",
          "2024-02-30T00:00:00", "TRUE", "#N/A", '=HYPERLINK("x")', "0x10", "", "99999999",
          "&amp;", "&#0;", "&#xFFFF;", "]]>"]
# fmt: on


def _element(tag: str, attributes: list[tuple[str, str]], children: list[str]) -> str:
    attrs = "".join(f' {name}="{_escape(value)}"' for name, value in attributes)
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>" if children else f"<{tag}{attrs}/>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


xml_text = st.sampled_from(_TEXTS) | st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=20
).map(_escape)


def _elements(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    attributes = st.tuples(st.sampled_from(_ATTRIBUTES), st.sampled_from(_ATTRIBUTE_VALUES))
    return st.builds(
        _element,
        st.sampled_from(_TAGS),
        st.lists(attributes, max_size=3, unique_by=lambda pair: pair[0]),
        st.lists(children, max_size=5),
    )


xml_tree: st.SearchStrategy[str] = st.recursive(xml_text, _elements, max_leaves=30)


@st.composite
def sheet_xml(draw: st.DrawFn) -> str:
    """A worksheet part as openpyxl expects its shape, with hostile cells and references."""
    cells = st.builds(
        lambda ref, kind, style, value, inline: _element(
            "c",
            [("r", ref), *([("t", kind)] if kind else []), *([("s", style)] if style else [])],
            [_element("is", [], [_element("t", [], [value])])]
            if inline
            else [_element("v", [], [value])],
        ),
        st.sampled_from(_ATTRIBUTE_VALUES[:9]),
        st.sampled_from(["", "s", "n", "b", "e", "str", "inlineStr", "d", "x"]),
        st.sampled_from(["", "0", "1", "-1", "99", "abc"]),
        xml_text,
        st.booleans(),
    )
    rows = draw(
        st.lists(
            st.builds(
                lambda r, c: _element("row", [("r", r)] if r else [], c),
                st.sampled_from(["", "1", "2", "0", "-5", "1048577", "3000000", "x"]),
                st.lists(cells | xml_tree, max_size=6),
            ),
            max_size=6,
        )
    )
    dimension = draw(st.sampled_from(["A1", "A1:XFD1048576", "A1:B2", "", "Z"]))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">'
        f'<dimension ref="{dimension}"/><sheetData>{"".join(rows)}</sheetData></worksheet>'
    )


_HOSTILE_XML = [
    # entity expansion, external entities: defused, or refused
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;'
    '&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;'
    f'&c;&c;&c;&c;">]><sst xmlns="{_MAIN}"><si><t>&d;&d;&d;</t></si></sst>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    f'<worksheet xmlns="{_MAIN}"><sheetData><row><c t="inlineStr"><is><t>&e;</t></is></c>'
    "</row></sheetData></worksheet>",
    "<" * 5000,
    "<a>" * 20000,
    '<?xml version="1.0" encoding="UTF-16"?><worksheet/>',
    "",
]


def _base_workbook() -> bytes:
    headers = ["full_name", "stakeholder_group", "email", "consent_date"]
    rows = [["Ana Lima", "business", "ana@example.org", "2024-01-31"], ["=1+1", "hrd", "", ""]]
    return xlsx_io.write_xlsx(headers, rows)


BASE_XLSX = _base_workbook()
with zipfile.ZipFile(io.BytesIO(BASE_XLSX)) as _archive:
    XLSX_PARTS = {entry.filename: _archive.read(entry) for entry in _archive.infolist()}


def _workbook(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


SHEET = "xl/worksheets/sheet1.xml"


@st.composite
def xlsx_with_random_xml(draw: st.DrawFn) -> bytes:
    """The base workbook, its worksheet mostly replaced by one of hostile cells and
    references, and up to two parts replaced by random XML or hostile XML (entities,
    nesting), damaged, or dropped."""
    parts = dict(XLSX_PARTS)
    if draw(st.integers(0, 3)) < 3:
        parts[SHEET] = draw(sheet_xml()).encode("utf-8")
    for name in draw(st.lists(st.sampled_from(sorted(parts)), max_size=2, unique=True)):
        kind = draw(st.sampled_from(["tree", "hostile", "damaged", "drop"]))
        if kind == "tree":
            parts[name] = draw(xml_tree).encode("utf-8")
        elif kind == "hostile":
            parts[name] = draw(st.sampled_from(_HOSTILE_XML)).encode("utf-8")
        elif kind == "damaged":
            parts[name] = draw(damaged(parts[name]))
        else:
            del parts[name]
    return _workbook(parts)


xlsx_inputs = weighted(
    (1, st.binary(max_size=2048)),
    (1, st.binary(max_size=512).map(lambda tail: b"PK\x03\x04" + tail)),
    (4, xlsx_with_random_xml()),
    (1, st.deferred(lambda: people_xlsx())),
    (1, st.deferred(lambda: damaged(BASE_XLSX))),  # (deferred: a short name in reports)
)


@seed(SEED)
@fuzz
@given(xlsx_inputs)
def test_any_bytes_read_as_xlsx_parse_or_are_refused(data: bytes) -> None:
    _outcome("xlsx", lambda: xlsx_io.read_table(data))


# ---------------------------------------------------------------- the whole import


@pytest.fixture(scope="module")
def import_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[vaults.VaultSession]:
    folder = tmp_path_factory.mktemp("fuzz-import")
    created = vaults.create(folder / "import.bizhr", bytearray(PASSPHRASE.encode()), kdf=FAST_KDF)
    session = vaults.VaultSession(created.vault)
    yield session
    session.lock()


def import_people(session: vaults.VaultSession, path: Path) -> None:
    """What ``bizhr import`` and the import wizard do with a person's file."""
    table = importing.read_file(path)
    db = session.vault.db
    mapping = importing.suggest_mapping(db, ImportKind.PEOPLE, table.headers)
    plan = importing.plan_import(db, ImportKind.PEOPLE, table, mapping)
    for problem in plan.problems:
        assert str(problem)
    if not plan.header_problems and plan.valid_rows:
        importing.run_import(db, session.vault.audit, plan, skip_bad_rows=True)


@st.composite
def people_xlsx(draw: st.DrawFn) -> bytes:
    """A people file as BizHR's own XLSX writer makes it (every cell text)."""
    table = [[cell.replace("\x00", "") for cell in row] for row in draw(people_table())]
    width = len(table[0])
    rows = [(row + [""] * width)[:width] for row in table[1:]]
    return xlsx_io.write_xlsx(table[0], rows)


@seed(SEED)
@fuzz
@given(
    st.one_of(
        people_csv().map(lambda data: (".csv", data)),
        people_csv().flatmap(damaged).map(lambda data: (".csv", data)),
        people_xlsx().map(lambda data: (".xlsx", data)),
        xlsx_with_random_xml().map(lambda data: (".xlsx", data)),
    )
)
def test_a_people_file_imports_or_is_refused(
    import_vault: vaults.VaultSession,
    tmp_path_factory: pytest.TempPathFactory,
    file: tuple[str, bytes],
) -> None:
    suffix, data = file
    path = tmp_path_factory.getbasetemp() / f"people{suffix}"
    path.write_bytes(data)
    _outcome(f"import{suffix}", lambda: import_people(import_vault, path))


# ---------------------------------------------------------------- bundles


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def age_encrypt(plaintext: bytes, passphrase: str, log_n: int = 2) -> bytes:
    """An age v1 scrypt file, as the spec (age-encryption.org/v1) writes it, at a work
    factor cheap enough for thousands of examples (bundles themselves use age's own)."""
    rng = random.Random(plaintext)  # reproducible, so a failing example replays
    file_key, salt, nonce = rng.randbytes(16), rng.randbytes(16), rng.randbytes(16)
    scrypt = Scrypt(salt=b"age-encryption.org/v1/scrypt" + salt, length=32, n=2**log_n, r=8, p=1)
    wrapped = ChaCha20Poly1305(scrypt.derive(passphrase.encode())).encrypt(
        bytes(12), file_key, None
    )
    header = b"age-encryption.org/v1\n-> scrypt %s %d\n%s\n---" % (_b64(salt), log_n, _b64(wrapped))
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, sha256).digest()
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plaintext[at : at + 64 * 1024] for at in range(0, len(plaintext), 64 * 1024)]
    chunks = chunks or [b""]  # an empty plaintext is one empty, last chunk
    sealed = [
        aead.encrypt(index.to_bytes(11, "big") + bytes([index == len(chunks) - 1]), chunk, None)
        for index, chunk in enumerate(chunks)
    ]
    return header + b" " + _b64(mac) + b"\n" + nonce + b"".join(sealed)


def framed(payload: bytes) -> bytes:
    return b"BIZHR-BUNDLE/1 %d\n" % len(payload) + payload


def read_bundle(data: bytes, passphrase: str = BUNDLE_PASSPHRASE) -> bundles.BundleContents:
    """What ``bizhr import-bundle`` and ``travel back`` do with the file's bytes."""
    return bundles.parse_payload(age_io.decrypt_bundle(data, passphrase))


_json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(_VALUES),
)


def _json_containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)


_json_value = st.recursive(_json_scalar, _json_containers, max_leaves=12)
_instants = st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=45))]))
# A person record of a real bundle, field by field; any field may instead be odd (below).
_PERSON_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "id": st.uuids().map(str),
    "full_name": _names,
    "stakeholder_group": st.sampled_from(_GROUPS[:7]),
    "risk_level": st.sampled_from(["low", "medium", "high", "critical"]),
    "pseudonym": st.sampled_from(["", "Kestrel 12"]),
    "organisation": st.sampled_from(["", "Acme Mining", "Rights Watch"]),
    "languages": st.lists(st.sampled_from(["en", "fr", "ar", "my"]), max_size=2, unique=True),
    "tags": st.lists(st.sampled_from(["board", "press", "défenseur"]), max_size=2, unique=True),
    "consent_network": st.booleans(),
    "consent_date": st.none() | st.dates(max_value=date(2025, 12, 31)).map(str),
    "participation": st.sampled_from(["active", "paused", "left"]),
    "created_at": st.none() | _instants.map(lambda moment: moment.isoformat()),
    "country": st.sampled_from(["CH", "KE", "MM", ""]),
    "email": st.sampled_from(["ana@example.org", ""]),
    "notes": st.text(max_size=40),
}
_ODD_VALUES = st.one_of(
    cell_text,
    st.sampled_from(
        [
            "",
            "x",
            "2024-13-01",
            "2024-01-01T00:00",
            "00000000-0000-0000-0000-000000000000",
            "A" * 70_000,
        ]
    ),
)


@st.composite
def bundle_document(draw: st.DrawFn) -> dict[str, Any]:
    """A bundle payload near the real format: records mostly as a bundle holds them, now
    and then a field with an odd value or any JSON value, an unknown or missing field."""

    def odd(record: dict[str, Any], names: list[str]) -> dict[str, Any]:
        if draw(st.integers(0, 3)) == 3:
            name = draw(st.sampled_from(["unknown", *names]))
            record[name] = draw(_ODD_VALUES | _json_value)
        if record and draw(st.integers(0, 9)) == 9:
            del record[draw(st.sampled_from(sorted(record)))]
        return record

    people = []
    for _ in range(draw(st.integers(0, 4))):
        person = {
            name: draw(values)
            for name, values in _PERSON_VALUES.items()
            if name in ("id", "full_name", "stakeholder_group") or draw(st.booleans())
        }
        people.append(odd(person, list(_PERSON_VALUES)))
    ids = [p["id"] for p in people if isinstance(p.get("id"), str)] or [str(uuid.uuid4())]
    organisations = [
        odd(org, ["id", "name", "kind", "website", "commitment_date"])
        for org in draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "id": st.uuids().map(str),
                        "name": st.sampled_from(["Acme Mining", "Rights Watch"]),
                    },
                    optional={
                        "kind": st.sampled_from(["company", "ngo", "other"]),
                        "website": st.sampled_from(["https://example.org", "example.org", ""]),
                        "public_commitment": st.booleans(),
                        "commitment_date": st.none(),
                    },
                ),
                max_size=2,
            )
        )
    ]
    contacts = [
        odd(entry, ["id", "person_id", "occurred_on", "channel", "created_at"])
        for entry in draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "id": st.uuids().map(str),
                        "person_id": st.sampled_from(ids),
                        "occurred_on": st.dates(max_value=date(2025, 12, 31)).map(str),
                    },
                    optional={
                        "channel": st.sampled_from(["signal", ""]),
                        "summary": st.text(max_size=30),
                    },
                ),
                max_size=2,
            )
        )
    ]
    document: dict[str, Any] = {
        "format": "bizhr-bundle",
        "version": 1,
        "created": draw(st.none() | _instants.map(lambda moment: moment.isoformat())),
        "people": people,
        "organisations": organisations,
        "contact_log": contacts,
    }
    return odd(document, ["created", "people", "organisations", "contact_log", "format", "version"])


def _payload_bytes(document: Any, how: str) -> bytes:
    text = json.dumps(document, ensure_ascii=how == "ascii", allow_nan=False)
    if how == "duplicate-key":
        text = text.replace('"people": [{', '"people": [{"notes": "", "notes": "", ', 1)
    elif how == "deep":
        text = "[" * 100_000 + "]" * 100_000
    elif how == "big-int":
        text = text.replace('"version": 1', '"version": 1' + "0" * 5000, 1)
    return text.encode("utf-8", "surrogatepass")


bundle_payloads = weighted(
    (6, st.builds(_payload_bytes, bundle_document(), st.sampled_from(["plain", "ascii"]))),
    (
        1,
        st.builds(
            _payload_bytes, bundle_document(), st.sampled_from(["duplicate-key", "deep", "big-int"])
        ),
    ),
    (1, st.builds(_payload_bytes, _json_value, st.just("plain"))),
    (1, st.binary(max_size=256)),
)
good_bundles = bundle_payloads.map(lambda payload: age_encrypt(framed(payload), BUNDLE_PASSPHRASE))

_VALID_BUNDLE = age_encrypt(
    framed(b'{"format": "bizhr-bundle", "version": 1, "people": []}'), BUNDLE_PASSPHRASE
)
bundle_inputs = weighted(
    (1, st.binary(max_size=2048)),
    (1, st.binary(max_size=256).map(lambda tail: b"age-encryption.org/v1\n-> scrypt " + tail)),
    (4, good_bundles),
    (3, good_bundles.flatmap(damaged)),
    (1, st.deferred(lambda: damaged(_VALID_BUNDLE))),
    # encrypted under another passphrase and at another cost; an age file without our frame
    (
        1,
        st.builds(
            lambda payload, log_n: age_encrypt(framed(payload), "another one", log_n),
            bundle_payloads,
            st.integers(1, 6),
        ),
    ),
    (
        1,
        st.builds(lambda payload: age_encrypt(payload, BUNDLE_PASSPHRASE), st.binary(max_size=200)),
    ),
)


def test_the_fuzzer_makes_bundles_the_reader_opens() -> None:
    assert read_bundle(_VALID_BUNDLE).people == ()
    with pytest.raises(BundleWrongPassphrase):
        read_bundle(_VALID_BUNDLE, "not the passphrase at all")


@seed(SEED)
@fuzz
@given(bundle_inputs)
def test_any_bytes_read_as_a_bundle_open_or_are_refused(data: bytes) -> None:
    _outcome("bundle", lambda: read_bundle(data))


@seed(SEED)
@fuzz
@given(bundle_payloads)
def test_any_decrypted_payload_is_read_or_refused(payload: bytes) -> None:
    _outcome("bundle-payload", lambda: bundles.parse_payload(payload))


# ---------------------------------------------------------------- the key-stretching bound


def _header_asking(log_n: int) -> bytes:
    """A bundle whose header asks for scrypt work factor *log_n* (its other bytes sound)."""
    data = bytearray(_VALID_BUNDLE)
    line_end = data.index(b"\n", len(b"age-encryption.org/v1\n"))
    start = data.rindex(b" ", 0, line_end) + 1
    data[start:line_end] = str(log_n).encode()
    return bytes(data)


@pytest.mark.parametrize("log_n", [18, 20, 21, 22, 40])
def test_a_bundle_header_cannot_demand_more_than_one_modest_key_derivation(
    log_n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Refusing a bundle costs at most one scrypt derivation of at most 1 GiB (work factor
    20: what age's one-second calibration picks on a machine four times as fast as the
    laptop these tests were written on, which picks 18).

    The derivations are counted, not run: pyrage's and this module's are replaced by fakes
    that fail as a wrong passphrase would."""
    derivations: list[int] = []

    def pyrage_decrypt(data: bytes, _passphrase: str) -> bytes:
        derivations.append(int(data.split(b"\n")[1].split(b" ")[3]))
        raise pyrage.DecryptError("Decryption failed")

    class CountedScrypt:
        def __init__(self, *, salt: bytes, length: int, n: int, r: int, p: int) -> None:
            derivations.append(n.bit_length() - 1)

        def derive(self, _material: bytes) -> bytes:
            return os.urandom(32)

    monkeypatch.setattr(pyrage.passphrase, "decrypt", pyrage_decrypt)
    monkeypatch.setattr(age_io, "Scrypt", CountedScrypt)
    with pytest.raises((BundleWrongPassphrase, BundleUnreadable)):
        age_io.decrypt_bundle(_header_asking(log_n), BUNDLE_PASSPHRASE)
    assert len(derivations) <= 1 and all(factor <= 20 for factor in derivations), derivations


# ---------------------------------------------------------------- regressions


def _regressions() -> list[Path]:
    if not REGRESSIONS.is_dir():
        return []
    return sorted(path for path in REGRESSIONS.iterdir() if path.is_file())


READERS: dict[str, Callable[[bytes], object]] = {
    "csv": csv_io.read_table,
    "xlsx": xlsx_io.read_table,
    "bundle": read_bundle,
    "bundle-payload": bundles.parse_payload,
}


@pytest.mark.parametrize("path", _regressions(), ids=lambda path: path.name)
def test_every_input_that_once_crashed_a_reader_is_refused_or_read(path: Path) -> None:
    """Each file is named for the reader it crashed: ``<reader>-<what it is>``."""
    reader = max((name for name in READERS if path.name.startswith(f"{name}-")), key=len)
    data = path.read_bytes()
    _outcome(f"regression-{reader}", lambda: READERS[reader](data))
