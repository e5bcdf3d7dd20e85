"""CSV reading and writing: round trips, formula neutralisation and hostile files."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizhr_desktop.core.errors import ExportRefused, ImportRejected
from bizhr_desktop.formats import csv_io, limits
from bizhr_desktop.formats.csv_io import FORMULA_PREFIXES, neutralise_formula, read_table, write_csv
from bizhr_desktop.formats.table import MalformedRows

# Arabic, Burmese, accents, quotes, commas and every kind of line break, but no NUL (refused)
# and no surrogates (not encodable).
cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
safe_cell = cell_text.filter(lambda text: not text.startswith(FORMULA_PREFIXES))
named_cells = st.sampled_from(
    ["أحمد محمد", "မြန်မာ", "Zoé “Z” Müller, PhD", 'say "hi"', "line\r\nbreak", "a,b", ""]
)


def test_round_trip_keeps_unicode_quotes_and_line_breaks() -> None:
    rows = [("أحمد محمد", "Sudan"), ("မောင်မောင်", 'He said "no",\nthen left'), ("", "")]
    table = read_table(write_csv(("full_name", "notes"), rows))
    assert table.headers == ("full_name", "notes")
    assert table.rows == rows
    assert table.row_numbers == [2, 3, 4]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(safe_cell | named_cells, safe_cell | named_cells), max_size=8))
def test_any_text_survives_a_round_trip(rows: list[tuple[str, str]]) -> None:
    table = read_table(write_csv(("a", "b"), rows))
    # An all-empty row is written as ',' and read back as two empty cells: nothing is lost.
    assert table.rows == rows


@settings(max_examples=200, deadline=None)
@given(st.lists(cell_text, min_size=1, max_size=6))
def test_no_cell_read_back_starts_like_a_formula(cells: list[str]) -> None:
    headers = tuple(f"c{index}" for index in range(len(cells)))
    table = read_table(write_csv(headers, [tuple(cells)]))
    for cell in (*table.headers, *table.rows[0]):
        assert not cell.startswith(FORMULA_PREFIXES)


@pytest.mark.parametrize("cell", ["=1+1", "+41 22 555", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_get_a_leading_quote(cell: str) -> None:
    assert neutralise_formula(cell) == "'" + cell
    assert read_table(write_csv(("x",), [(cell,)])).rows == [("'" + cell,)]


def test_harmless_cells_are_left_alone() -> None:
    assert neutralise_formula("Ahmed = friend") == "Ahmed = friend"
    assert neutralise_formula("") == ""


def test_written_csv_has_bom_and_crlf() -> None:
    data = write_csv(("name",), [("Zoé",)])
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_bom_is_optional_when_reading() -> None:
    assert read_table("name\nZoé\n".encode()).rows == [("Zoé",)]
    assert read_table(b"\xef\xbb\xbfname\r\nZo\xc3\xa9").rows == [("Zoé",)]


def test_formulas_are_read_as_plain_text() -> None:
    table = read_table(b'name,link\nA,"=HYPERLINK(""http://evil"",""x"")"\n')
    assert table.rows == [("A", '=HYPERLINK("http://evil","x")')]


def test_invalid_utf8_names_line_and_byte() -> None:
    with pytest.raises(ImportRejected, match=r"not valid UTF-8 text \(line 3, byte 16\)"):
        read_table(b"name,org\nA,B\nZo\xe9,C\n")
    with pytest.raises(ImportRejected, match=r"\(line 1, byte 4\)"):
        read_table(b"\xef\xbb\xbf\xff")


def test_nul_is_refused() -> None:
    with pytest.raises(ImportRejected, match="NUL character at line 2"):
        read_table(b"name\nA\x00B\n")


def test_ten_megabyte_cell_names_row_and_column() -> None:
    data = b"full_name,notes\nA,B\nC," + b"x" * 10_000_000 + b"\n"
    with pytest.raises(
        ImportRejected, match=r"Row 3, column 2 \(“notes”\) holds more than 32,000 characters"
    ):
        read_table(data)


def test_ten_megabyte_quoted_cell_is_refused_too() -> None:
    data = b'full_name,notes\n"' + b"x" * 10_000_000 + b'",B\n'
    with pytest.raises(ImportRejected, match=r"Row 2, column 1 \(“full_name”\)"):
        read_table(data)


def test_a_million_columns_are_refused_quickly() -> None:
    data = b"," * 1_000_000
    started = time.perf_counter()
    with pytest.raises(ImportRejected, match=f"more than {limits.MAX_COLUMNS} columns"):
        read_table(data)
    assert time.perf_counter() - started < 0.5


def test_oversized_file_is_refused_before_parsing() -> None:
    with pytest.raises(ImportRejected, match="files over 50 MB"):
        read_table(b"a\n" + b"x" * limits.MAX_FILE_BYTES)


def test_too_many_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bizhr_desktop.formats.csv_io.MAX_ROWS", 3)
    with pytest.raises(ImportRejected, match="more than 3 rows"):
        read_table(b"a\n1\n2\n3\n4\n")


def test_duplicate_headers_are_named_ignoring_case_and_spaces() -> None:
    with pytest.raises(ImportRejected, match=r"“email” and “EMAIL”"):
        read_table(b"full_name,email, EMAIL \nA,a,b\n")


def test_empty_file_and_unnamed_column() -> None:
    with pytest.raises(ImportRejected, match="header row"):
        read_table(b"")
    with pytest.raises(ImportRejected, match="header row"):
        read_table(b"\r\n\r\n")
    with pytest.raises(ImportRejected, match="Column 2 of the header row has no name"):
        read_table(b"a,,c\n1,2,3\n")


def test_ragged_rows_are_each_reported() -> None:
    with pytest.raises(MalformedRows) as caught:
        read_table(b"a,b\n1\n1,2\n1,2,3\n")
    assert caught.value.problems == (
        (2, "it has 1 cell, the header has 2"),
        (4, "it has 3 cells, the header has 2"),
    )
    assert isinstance(caught.value, ImportRejected)
    assert "row 2" in str(caught.value) and "row 4" in str(caught.value)


def test_trailing_empty_cells_are_tolerated_and_blank_lines_skipped() -> None:
    table = read_table(b"a,b\n1,2,,\n\n3,4\n")
    assert table.rows == [("1", "2"), ("3", "4")]
    assert table.row_numbers == [2, 4]


def test_unclosed_quote_and_text_after_quote() -> None:
    with pytest.raises(ImportRejected, match="never closed"):
        read_table(b'a\n"open\n')
    with pytest.raises(ImportRejected, match="text follows a closing quote"):
        read_table(b'a,b\n"x"y,2\n')


def test_records_give_row_numbers_and_dicts() -> None:
    table = read_table(b"name,org\nA,B\n")
    assert list(table.records()) == [(2, {"name": "A", "org": "B"})]


def test_writer_refuses_ragged_rows_and_nul() -> None:
    with pytest.raises(ExportRefused, match="Row 2 has 1 cells"):
        write_csv(("a", "b"), [("x",)])
    with pytest.raises(ExportRefused, match="NUL"):
        write_csv(("a",), [("x\x00",)])


def test_a_cell_spanning_lines_is_one_row() -> None:
    table = read_table(b'name,notes\nA,"first\nsecond"\nB,x\n')
    assert table.rows == [("A", "first\nsecond"), ("B", "x")]
    assert table.row_numbers == [2, 3]


# Cells without quotes, commas or line breaks: the same file can then be written with every
# cell quoted (read by the tokenizer) or bare (read by the one-call split of quote-free lines).
bare_cell = st.text(
    st.characters(blacklist_characters='",\r\n\x00', blacklist_categories=("Cs",)), max_size=6
)


@given(
    # (A line of one empty cell is blank when bare but an empty record when quoted: left out.)
    st.lists(
        st.lists(bare_cell, min_size=1, max_size=4).filter(lambda cells: cells != [""]),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_quote_free_lines_read_exactly_as_quoted_ones(
    lines: list[list[str]], ending: str, final_break: bool
) -> None:
    def text(quoted: bool) -> str:
        rendered = [",".join(f'"{c}"' if quoted else c for c in cells) for cells in lines]
        return ending.join(rendered) + (ending if final_break else "")

    def outcome(quoted: bool) -> object:
        try:
            return list(csv_io._records(text(quoted)))
        except ImportRejected as exc:
            return str(exc)

    assert outcome(False) == outcome(True)


def test_a_quote_free_line_over_the_column_limit_is_refused_like_a_quoted_one() -> None:
    wide = ",".join(["x"] * (limits.MAX_COLUMNS + 1))
    for text in (f"a\n{wide}\n", "a\n" + ",".join(['"x"'] * (limits.MAX_COLUMNS + 1))):
        with pytest.raises(ImportRejected, match="more than 200 columns"):
            list(csv_io._records(text))
