"""Read the first sheet of XLSX bytes into a Table, and write rows to a metadata-free XLSX."""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from typing import Final

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.writer.excel import ExcelWriter

from bizhr_desktop.core.errors import ExportRefused, ImportRejected
from bizhr_desktop.formats.csv_io import FORMULA_PREFIXES
from bizhr_desktop.formats.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_COMPRESSION_RATIO,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    MAX_ZIP_ENTRIES,
)
from bizhr_desktop.formats.table import MalformedRows, Table, clean_headers, fit_row, pack_row

__all__ = ["Table", "read_table", "write_xlsx"]

# Every timestamp we write: a fixed instant, so a file says nothing about when or where
# (local time zone) it was made. 1980-01-01 is the earliest date a zip entry can carry.
FIXED_TIMESTAMP: Final = dt.datetime(1980, 1, 1, 0, 0, 0)
_ZIP_TIMESTAMP: Final = (1980, 1, 1, 0, 0, 0)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MEGABYTE = 1024 * 1024
# Control characters XML 1.0 cannot carry; openpyxl refuses them, so we replace them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _inspect_zip(data: bytes) -> None:
    """Refuse anything that is not a plain, reasonably sized zip before openpyxl inflates it."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected(
            "The file is {size} MB; files over {limit} MB are not imported.",
            size=len(data) // _MEGABYTE,
            limit=MAX_FILE_BYTES // _MEGABYTE,
        )
    if data.startswith(_OLE_MAGIC):
        raise ImportRejected(
            "This spreadsheet is password-protected or in the old .xls format. "
            "Remove the password and save it as .xlsx, then retry."
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise ImportRejected(
            "The file is not an .xlsx spreadsheet (it is not a zip archive)."
        ) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise ImportRejected(
                "The spreadsheet holds {parts:,} internal parts; "
                "more than {limit:,} is not a normal .xlsx file.",
                parts=len(entries),
                limit=MAX_ZIP_ENTRIES,
            )
        total = 0
        for entry in entries:
            if entry.flag_bits & 0x1:
                raise ImportRejected("Part of the spreadsheet is encrypted; it cannot be imported.")
            total += entry.file_size
            # zipfile stops inflating at the declared size and then checks the CRC, so the
            # declared sizes are a real bound; a lying size fails as a damaged file.
            if entry.file_size > MAX_COMPRESSION_RATIO * max(entry.compress_size, 1) and (
                entry.file_size > _MEGABYTE
            ):
                raise ImportRejected(
                    "The spreadsheet expands more than "
                    "{ratio} times when opened (a “zip bomb”); it is not imported.",
                    ratio=MAX_COMPRESSION_RATIO,
                )
        if total > MAX_UNCOMPRESSED_BYTES:
            raise ImportRejected(
                "The spreadsheet would take {size:,} MB once opened; the limit is {limit} MB.",
                size=total // _MEGABYTE,
                limit=MAX_UNCOMPRESSED_BYTES // _MEGABYTE,
            )


def cell_text(value: object) -> str:
    """A cell value as the text a person sees, never evaluated: formulas stay formula text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def read_table(data: bytes) -> Table:
    """Parse the first sheet of an .xlsx file into a Table; formulas come back as their text."""
    _inspect_zip(data)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation, conditional formats,
            # missing default styles); none matter for reading plain cell text.
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except ImportRejected:
        raise
    except Exception:  # openpyxl raises many types for a broken workbook; all mean the same
        raise ImportRejected(
            "The spreadsheet is damaged or not an .xlsx file; it cannot be read."
        ) from None
    try:
        return _read_first_sheet(workbook)
    finally:
        workbook.close()


def _read_first_sheet(workbook: Workbook) -> Table:
    if not workbook.worksheets:
        raise ImportRejected("The spreadsheet has no sheet.")
    sheet = workbook.worksheets[0]
    # Ignore the declared dimension (a hostile or formatted file may claim A1:XFD1048576)
    # so rows are not padded to thousands of empty cells.
    sheet.reset_dimensions()
    headers: tuple[str, ...] | None = None
    rows: list[str] = []  # packed (see formats/table.py)
    numbers: list[int] = []
    problems: list[tuple[int, str]] = []
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + 1:
                raise ImportRejected(
                    "The sheet has more than {limit:,} rows; it is not imported.", limit=MAX_ROWS
                )
            cells = list(values)
            while cells and (cells[-1] is None or cells[-1] == ""):
                cells.pop()
            if not cells:
                continue
            if len(cells) > MAX_COLUMNS:
                raise ImportRejected(
                    "Row {row} has more than {limit} columns; sheets that wide are not imported.",
                    row=number,
                    limit=MAX_COLUMNS,
                )
            texts = [cell_text(value) for value in cells]
            for column, text in enumerate(texts, start=1):
                if len(text) > MAX_CELL_CHARS:
                    name = (
                        f" (“{headers[column - 1]}”)" if headers and column <= len(headers) else ""
                    )
                    raise ImportRejected(
                        "Row {row}, column {column}{column_name} holds more than "
                        "{limit:,} characters; cells that large are not imported.",
                        row=number,
                        column=column,
                        column_name=name,
                        limit=MAX_CELL_CHARS,
                    )
            if headers is None:
                headers = clean_headers(texts)
                continue
            texts.extend([""] * (len(headers) - len(texts)))
            fitted = fit_row(texts, len(headers))
            if isinstance(fitted, str):
                problems.append((number, fitted))
            else:
                rows.append(pack_row(fitted))
                numbers.append(number)
    except ImportRejected:
        raise
    except Exception:
        raise ImportRejected(
            "The spreadsheet is damaged; its first sheet cannot be read."
        ) from None
    if headers is None:
        raise ImportRejected(
            "The first sheet is empty; a header row with column names is required."
        )
    if problems:
        raise MalformedRows(problems)
    return Table.from_packed(headers, rows, numbers)


def _text_cell(sheet: object, value: str, *, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=_ILLEGAL_XML.sub("\ufffd", value))
    # Force the shared-string type: openpyxl would otherwise make "=..." a formula. A cell
    # that looks like one also gets the quote-prefix style (Excel's and LibreOffice's "text,
    # typed with a leading '"): it shows as written, with no ' to see, and stays text when
    # someone edits it.
    cell.data_type = "s"
    if value.startswith(FORMULA_PREFIXES):
        cell.quotePrefix = True
    if bold:
        cell.font = Font(bold=True)
    return cell


def write_xlsx(
    headers: Sequence[str], rows: Iterable[Sequence[str]], *, sheet_title: str = "List"
) -> bytes:
    """Write an .xlsx whose every cell is text, header bold and frozen, with no author or time."""
    width = len(headers)
    # Checked before the workbook exists: a write-only sheet abandoned half-way leaves an
    # open generator behind.
    checked = [tuple(row) for row in rows]
    for index, row in enumerate(checked, start=2):
        if len(row) != width:
            raise ExportRefused(
                "Row {row} has {cells} cells but the header has {columns}; nothing was written.",
                row=index,
                cells=len(row),
                columns=width,
            )
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_safe_sheet_title(sheet_title))
    sheet.freeze_panes = "A2"
    sheet.append([_text_cell(sheet, name, bold=True) for name in headers])
    for row in checked:
        sheet.append([_text_cell(sheet, value) for value in row])
    properties = workbook.properties
    properties.creator = ""
    properties.lastModifiedBy = ""
    properties.title = None
    properties.created = FIXED_TIMESTAMP
    properties.modified = FIXED_TIMESTAMP
    buffer = io.BytesIO()
    # ExcelWriter directly, not Workbook.save: save() stamps the current time as "modified".
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
    return _fix_zip_times(buffer.getvalue())


def _fix_zip_times(data: bytes) -> bytes:
    """Re-pack the archive with a fixed time on every entry (zipfile stamps local time)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=_ZIP_TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(entry))
    return out.getvalue()


def _safe_sheet_title(title: str) -> str:
    # Excel forbids these characters in sheet names and caps them at 31 characters.
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip().strip("'")[:31]
    return cleaned or "List"
