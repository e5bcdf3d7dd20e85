"""Review of the CSV fast path and packed Table rows (commit b04ad49).

The quote-free fast path must read every file exactly as the cell-by-cell tokenizer alone did
(the pre-b04ad49 reader), hostile files included, and in the same time order; a packed row
must never let a cell shift into its neighbour.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from bizhr_desktop.core.errors import ImportRejected
from bizhr_desktop.formats import csv_io, xlsx_io
from bizhr_desktop.formats.table import CELL_SEPARATOR, Table, pack_row


def tokenizer_only(text: str) -> Iterable[tuple[int, int, list[str]]]:
    """The reader as it was before the fast path: every line through the tokenizer."""
    pos, end = 0, len(text)
    row, line = 1, 1
    headers: list[str] = []
    while pos < end:
        start_line = line
        record, blank, pos, line = csv_io._tokenize(text, pos, row, line, headers)
        if not blank:
            if not headers:
                headers = record
            yield row, start_line, record
        row += 1
        if row > csv_io.MAX_ROWS + 1:
            raise ImportRejected(
                f"The file has more than {csv_io.MAX_ROWS:,} rows; it is not imported."
            )


def outcome(reader: object, text: str) -> object:
    try:
        return list(reader(text))  # type: ignore[operator]
    except ImportRejected as exc:
        return ("refused", str(exc))


# Pieces a hostile file is made of: quotes, lone CR, CRLF, LF, BOM in the middle, blank lines,
# trailing commas, Unicode line separators (not line ends for either reader).
HOSTILE = st.lists(
    st.sampled_from(["a", "bc", ",", '"', '""', "\r", "\n", "\r\n", "\ufeff", " ", "\u2028", "é"]),
    max_size=30,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(HOSTILE)
def test_fast_path_reads_any_text_as_the_tokenizer_does_within_small_limits(text: str) -> None:
    # Tiny limits so the column, cell-size and row checks are reached on short inputs; the
    # outcome includes row and line numbers and the wording of every refusal.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_io, "MAX_COLUMNS", 3)
        patch.setattr(csv_io, "MAX_CELL_CHARS", 4)
        patch.setattr(csv_io, "MAX_ROWS", 5)
        assert outcome(csv_io._records, text) == outcome(tokenizer_only, text)


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_fast_path_reads_any_text_as_the_tokenizer_does_at_real_limits(text: str) -> None:
    assert outcome(csv_io._records, text) == outcome(tokenizer_only, text)


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbfname,notes\r\nA,x\r\n",  # BOM + CRLF
        b"name,notes\rA,x\rB,y",  # classic Mac line ends, no final break
        b"name,notes\n\n\nA,x,,\n\r\nB,y\n",  # blank lines, trailing empty cells
        b'name,notes\nA,"one\r\ntwo"\nB,"three\rfour"\nC,z\n',  # line breaks inside cells
        b"name,notes\nA,x\nB\n",  # a short row: reported with its row number
        b'name,notes\nA,"open\nB,y\n',  # a quote never closed
        b'name,notes\nA,"x"y\n',  # text after a closing quote
    ],
)
def test_read_table_gives_the_same_table_or_the_same_error(data: bytes) -> None:
    def read(reader: object) -> object:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(csv_io, "_records", reader)
            try:
                table = csv_io.read_table(data)
            except ImportRejected as exc:
                return ("refused", str(exc))
            return table.headers, list(table.rows), table.row_numbers

    assert read(csv_io._records) == read(tokenizer_only)


def test_a_file_with_classic_mac_line_ends_reads_in_linear_time() -> None:
    """Excel for Mac's "CSV (Macintosh)" ends lines with a lone CR. Such a file must read about
    as fast as the same file with LF ends (the tokenizer alone did), not quadratically slower:
    40 000 rows took ~2 s instead of ~0.05 s, 1 000 000 blank CR lines (2 MB) minutes."""
    rows = "".join(f"Person number {i},business,KE\r" for i in range(40_000))
    cr = ("full_name,stakeholder_group,country\r" + rows).encode()
    lf = cr.replace(b"\r", b"\n")

    def seconds(data: bytes) -> float:
        start = time.perf_counter()
        table = csv_io.read_table(data)
        elapsed = time.perf_counter() - start
        assert len(table.rows) == 40_000
        return elapsed

    baseline = min(seconds(lf) for _ in range(3))
    assert seconds(cr) < 10 * baseline + 0.5


# ---------------------------------------------------------------- packed rows


cell_text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)))


@given(st.lists(st.lists(cell_text, min_size=1, max_size=5), max_size=6))
def test_packed_rows_give_back_exactly_the_cells_read(rows: list[list[str]]) -> None:
    packed = [pack_row(row) for row in rows]
    shown = Table.from_packed(("h",), packed, list(range(2, len(rows) + 2)))
    assert [list(row) for row in shown.rows] == rows
    assert shown.rows[::-1] == [tuple(row) for row in reversed(rows)]


@given(st.lists(cell_text, min_size=1, max_size=4), st.integers(0, 3), st.integers(0, 3))
def test_a_cell_holding_the_separator_is_refused_never_shifted(
    cells: list[str], where: int, at: int
) -> None:
    where %= len(cells)
    at = min(at, len(cells[where]))
    cells[where] = cells[where][:at] + CELL_SEPARATOR + cells[where][at:]
    with pytest.raises(ImportRejected, match="NUL"):
        pack_row(cells)
    with pytest.raises(ImportRejected, match="NUL"):
        Table(tuple(f"h{i}" for i in range(len(cells))), [cells], [2])


def test_csv_with_a_nul_anywhere_is_refused_with_its_line() -> None:
    with pytest.raises(ImportRejected, match="NUL character at line 3"):
        csv_io.read_table(b"name,notes\nA,x\nB,y\x00z\n")


def _xlsx_with(cell_xml: bytes) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["full_name", "notes"])
    sheet.append(["PLACEHOLDER", "x"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(info, data.replace(b"PLACEHOLDER", cell_xml))
    return out.getvalue()


def test_an_xlsx_cannot_smuggle_a_nul_into_a_cell() -> None:
    # The escape Excel uses for control characters stays literal text in openpyxl's reader...
    table = xlsx_io.read_table(_xlsx_with(b"Ann_x0000_Lee"))
    assert list(table.rows) == [("Ann_x0000_Lee", "x")]
    # ...and a NUL character reference is not XML: the file is refused as damaged.
    with pytest.raises(ImportRejected):
        xlsx_io.read_table(_xlsx_with(b"Ann&#0;Lee"))
