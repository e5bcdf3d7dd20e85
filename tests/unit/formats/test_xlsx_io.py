"""XLSX reading and writing: zip checks before openpyxl, text-only cells, no metadata leaks."""

from __future__ import annotations

import datetime as dt
import io
import time
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from bizhr_desktop.core.errors import ExportRefused, ImportRejected
from bizhr_desktop.formats import limits
from bizhr_desktop.formats.table import MalformedRows
from bizhr_desktop.formats.xlsx_io import read_table, write_xlsx


def _workbook_bytes(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_round_trip_of_text_including_formula_looking_cells() -> None:
    rows = [("أحمد محمد", '=HYPERLINK("http://evil")'), ("မြန်မာ", "+41 22"), ("Zoé", "")]
    table = read_table(write_xlsx(("full_name", "note"), rows, sheet_title="People"))
    assert table.headers == ("full_name", "note")
    # Text as written, no ' added: the cells are text, and formula-like ones quote-prefixed.
    assert table.rows == rows
    assert table.row_numbers == [2, 3, 4]


def test_every_written_cell_is_a_string_and_the_header_is_bold_and_frozen() -> None:
    data = write_xlsx(("a", "b"), [("1", "=1+1"), ("2024-01-01", "-3")], sheet_title="x")
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type == "s"
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b is True
    # Shown as written, with no visible ', and kept text when someone edits the cell.
    assert sheet["B2"].value == "=1+1" and sheet["B2"].quotePrefix is True
    assert sheet["B3"].value == "-3" and sheet["B3"].quotePrefix is True
    assert sheet["A2"].quotePrefix is False


def test_written_file_names_no_person_and_no_time() -> None:
    data = write_xlsx(("a",), [("x",)], sheet_title="List")
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert {entry.date_time for entry in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    core = archive.read("docProps/core.xml").decode()
    assert "openpyxl" not in core
    assert "<dc:creator />" in core or "<dc:creator/>" in core
    assert "1980-01-01T00:00:00Z" in core
    properties = load_workbook(io.BytesIO(data)).properties
    assert not properties.creator and not properties.lastModifiedBy
    # The same input gives the same bytes: nothing of the moment or the machine is inside.
    assert write_xlsx(("a",), [("x",)], sheet_title="List") == data


def test_sheet_title_is_made_legal() -> None:
    data = write_xlsx(("a",), [], sheet_title="Sudan: deep/dive [2026] with a very long name")
    title = load_workbook(io.BytesIO(data)).worksheets[0].title
    assert len(title) <= 31 and not set(title) & set("[]:*?/\\")


def test_formulas_come_back_as_their_text_never_evaluated() -> None:
    data = _workbook_bytes(
        [["name", "link"], ["A", '=HYPERLINK("http://evil","x")'], ["B", "=1+1"]]
    )
    assert read_table(data).rows == [("A", '=HYPERLINK("http://evil","x")'), ("B", "=1+1")]


def test_numbers_dates_and_booleans_become_sensible_text() -> None:
    data = _workbook_bytes(
        [
            ["int", "float", "date", "datetime", "bool"],
            [42, 2.5, dt.datetime(2026, 3, 12), dt.datetime(2026, 3, 12, 9, 30), True],
            [3.0, 0.1, dt.date(2026, 1, 2), None, False],
        ]
    )
    assert read_table(data).rows == [
        ("42", "2.5", "2026-03-12", "2026-03-12T09:30:00", "true"),
        ("3", "0.1", "2026-01-02", "", "false"),
    ]


def test_not_a_zip() -> None:
    with pytest.raises(ImportRejected, match="not a zip archive"):
        read_table(b"name,org\nA,B\n")


def test_password_protected_or_old_xls() -> None:
    with pytest.raises(ImportRejected, match=r"password-protected or in the old \.xls format"):
        read_table(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)


def test_zip_bomb_is_refused_before_inflating() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (50 * 1024 * 1024))
    started = time.perf_counter()
    with pytest.raises(ImportRejected, match="zip bomb"):
        read_table(buffer.getvalue())
    assert time.perf_counter() - started < 1


def test_too_many_entries_and_too_large_once_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for index in range(12):
            archive.writestr(f"part{index}.xml", b"x" * 1000)
    monkeypatch.setattr("bizhr_desktop.formats.xlsx_io.MAX_ZIP_ENTRIES", 10)
    with pytest.raises(ImportRejected, match="12 internal parts"):
        read_table(buffer.getvalue())
    monkeypatch.setattr("bizhr_desktop.formats.xlsx_io.MAX_ZIP_ENTRIES", 100)
    monkeypatch.setattr("bizhr_desktop.formats.xlsx_io.MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(ImportRejected, match="once opened"):
        read_table(buffer.getvalue())


def test_encrypted_entry_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/workbook.xml", b"secret")
    data = bytearray(buffer.getvalue())
    # Set the "encrypted" flag bit in the central directory entry, as a protected zip has it.
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 0x01
    with pytest.raises(ImportRejected, match="encrypted"):
        read_table(bytes(data))


def test_damaged_zip_content() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    with pytest.raises(ImportRejected, match=r"damaged or not an \.xlsx"):
        read_table(buffer.getvalue())


def test_ten_megabyte_cell_is_named_by_row_and_column() -> None:
    # Excel caps cells at 32 767 characters, but a crafted file need not obey.
    data = _workbook_bytes([["full_name", "notes"], ["A", "x" * (limits.MAX_CELL_CHARS + 1)]])
    with pytest.raises(ImportRejected, match=r"Row 2, column 2 \(“notes”\)"):
        read_table(data)


def test_too_many_columns_stops_early() -> None:
    data = _workbook_bytes([[f"c{index}" for index in range(limits.MAX_COLUMNS + 1)]])
    with pytest.raises(ImportRejected, match=f"more than {limits.MAX_COLUMNS} columns"):
        read_table(data)


def test_duplicate_headers_and_ragged_rows() -> None:
    with pytest.raises(ImportRejected, match="“Email” and “email”"):
        read_table(_workbook_bytes([["Email", "email"]]))
    with pytest.raises(MalformedRows) as caught:
        read_table(_workbook_bytes([["a", "b"], ["1", "2", "3"]]))
    assert caught.value.problems == ((2, "it has 3 cells, the header has 2"),)


def test_short_rows_are_padded_and_empty_rows_skipped() -> None:
    table = read_table(_workbook_bytes([["a", "b"], ["1"], [], ["3", "4"]]))
    assert table.rows == [("1", ""), ("3", "4")]
    assert table.row_numbers == [2, 4]


def test_empty_sheet() -> None:
    with pytest.raises(ImportRejected, match="first sheet is empty"):
        read_table(_workbook_bytes([]))


def test_writer_refuses_ragged_rows() -> None:
    with pytest.raises(ExportRefused):
        write_xlsx(("a", "b"), [("x",)], sheet_title="x")


def test_control_characters_do_not_break_the_file() -> None:
    data = write_xlsx(("a",), [("bell\x07here",)], sheet_title="x")
    assert read_table(data).rows == [("bell\ufffdhere",)]


def test_xml_entities_are_refused_not_expanded() -> None:
    # A "billion laughs" / external-entity sheet: openpyxl parses through defusedxml
    # (installed with fpdf2), which refuses any DTD entity; we report a damaged file.
    source = zipfile.ZipFile(io.BytesIO(_workbook_bytes([["a"], ["1"]])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"<worksheet",
                    b'<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet',
                    1,
                ).replace(b"<v>1</v>", b"<v>&e;</v>")
            target.writestr(entry, data)
    with pytest.raises(ImportRejected, match="damaged"):
        read_table(buffer.getvalue())
