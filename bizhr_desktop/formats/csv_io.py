"""Read CSV bytes into a Table and write rows as CSV, safe against hostile input and formulas."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from bizhr_desktop.core.errors import ExportRefused, ImportRejected
from bizhr_desktop.formats.limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS
from bizhr_desktop.formats.table import MalformedRows, Table, clean_headers, fit_row, pack_row

__all__ = [
    "FORMULA_PREFIXES",
    "Table",
    "decode",
    "neutralise_formula",
    "read_table",
    "read_text",
    "write_csv",
]

_BOM = b"\xef\xbb\xbf"

# Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (DATA.md).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# A quoted cell: doubled quotes inside, written as an unrolled loop so a huge cell is matched
# in linear time by the regex engine rather than by a Python loop.
_QUOTED = re.compile(r'"([^"]*(?:""[^"]*)*)"')
# An unquoted cell runs to the next comma or line break; a stray quote inside is kept as text.
_PLAIN = re.compile(r"[^,\r\n]*")


def neutralise_formula(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run as a formula, so it shows as text."""
    if cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def _decode(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected(
            "The file is {size} MB; files over {limit} MB are not imported.",
            size=len(data) // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    skipped = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = skipped + error.start  # counted in the whole file, as a hex editor shows it
        line = data.count(b"\n", 0, offset) + 1
        raise ImportRejected(
            "The file is not valid UTF-8 text (line {line}, byte {byte}). "
            "Save it again as “CSV UTF-8” and retry.",
            line=line,
            byte=offset + 1,
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ImportRejected(
            "The file contains a NUL character at line {line}; it is not a CSV text file.",
            line=line,
        )
    return text


def _cell_too_long(row: int, column: int, headers: Sequence[str]) -> ImportRejected:
    name = f" (“{headers[column - 1]}”)" if column <= len(headers) else ""
    return ImportRejected(
        "Row {row}, column {column}{column_name} holds more than {limit:,} characters; "
        "cells that large are not imported.",
        row=row,
        column=column,
        column_name=name,
        limit=MAX_CELL_CHARS,
    )


def _records(text: str) -> Iterable[tuple[int, int, list[str]]]:
    """Yield ``(row_number, line_number, cells)``; blank lines are skipped but counted.

    Cell size and column count are checked while reading: a line of a million commas stops
    at the 201st cell instead of becoming a million-element list first.
    """
    pos, end = 0, len(text)
    row, line = 1, 1
    headers: list[str] = []
    newline = -1  # the next "\n" at or after pos (found once, reused while pos stays before it)
    while pos < end:
        start_line = line
        # Most lines hold no quote: split them in one call (commas counted first, so a
        # hostile line still stops at the column limit). Quoted lines, and lines ended or
        # broken by a lone CR, take the tokenizer. Nothing is searched past the line's end, so
        # a file of lone-CR lines stays linear.
        if newline < pos:
            newline = text.find("\n", pos)
            if newline < 0:
                newline = end
        stop = newline - 1 if newline > pos and text[newline - 1] == "\r" else newline
        # (CR first: in a file of lone-CR lines it is near, and then no quote is looked for.)
        if text.find("\r", pos, stop) < 0 and text.find('"', pos, stop) < 0:
            body = text[pos:stop]
            record, blank = _split_line(body, row, headers), not body
            pos, line = newline + 1, line + 1
        else:
            record, blank, pos, line = _tokenize(text, pos, row, line, headers)
        if not blank:
            if not headers:
                headers = record
            yield row, start_line, record
        row += 1
        if row > MAX_ROWS + 1:
            raise ImportRejected(
                "The file has more than {limit:,} rows; it is not imported.", limit=MAX_ROWS
            )


def _tokenize(
    text: str, pos: int, row: int, line: int, headers: Sequence[str]
) -> tuple[list[str], bool, int, int]:
    """One record read cell by cell from ``pos`` (regexes per cell; quoted cells may span
    lines). Returns the cells, whether the record is blank, and where reading stopped."""
    end = len(text)
    start_line = line
    record: list[str] = []
    blank = True
    while True:
        if pos < end and text[pos] == '"':
            blank = False
            match = _QUOTED.match(text, pos)
            if match is None:
                raise ImportRejected(
                    "Row {row} (line {start_line}) opens a quote that is never closed.",
                    row=row,
                    start_line=start_line,
                )
            raw = match.group(1)
            value = raw.replace('""', '"')
            line += raw.count("\n") + raw.count("\r") - raw.count("\r\n")
        else:
            match = _PLAIN.match(text, pos)
            assert match is not None  # the pattern matches the empty string
            value = match.group(0)
            if value:
                blank = False
        pos = match.end()
        if len(value) > MAX_CELL_CHARS:
            raise _cell_too_long(row, len(record) + 1, headers)
        record.append(value)
        if len(record) > MAX_COLUMNS:
            raise ImportRejected(
                "Row {row} has more than {limit} columns; files that wide are not imported.",
                row=row,
                limit=MAX_COLUMNS,
            )
        if pos >= end:
            return record, blank, pos, line
        char = text[pos]
        if char == ",":
            blank = False
            pos += 1
            continue
        if char in "\r\n":
            pos += 2 if text.startswith("\r\n", pos) else 1
            return record, blank, pos, line + 1
        raise ImportRejected(
            "Row {row} (line {line}): text follows a closing quote; "
            "a quote inside a quoted cell must be doubled.",
            row=row,
            line=line,
        )


def _split_line(body: str, row: int, headers: Sequence[str]) -> list[str]:
    """The cells of a line without quotes or carriage returns, checked as the tokenizer
    checks them (the first over-long cell or the 201st column, whichever comes first)."""
    too_wide = body.count(",") >= MAX_COLUMNS
    cells = body.split(",", MAX_COLUMNS + 1)[: MAX_COLUMNS + 1] if too_wide else body.split(",")
    if len(body) > MAX_CELL_CHARS:
        for column, cell in enumerate(cells, start=1):
            if len(cell) > MAX_CELL_CHARS:
                raise _cell_too_long(row, column, headers)
    if too_wide:
        raise ImportRejected(
            "Row {row} has more than {limit} columns; files that wide are not imported.",
            row=row,
            limit=MAX_COLUMNS,
        )
    return cells


def read_table(data: bytes) -> Table:
    """Parse UTF-8 CSV bytes (BOM optional) into a Table; nothing in it is ever evaluated."""
    return read_text(decode(data))


def decode(data: bytes) -> str:
    """The text of CSV bytes, checked (size, UTF-8, no NUL); a caller holding a large file can
    let go of the bytes before :func:`read_text` parses it."""
    return _decode(data)


def read_text(text: str) -> Table:
    """Parse the text :func:`decode` gave into a Table."""
    records = iter(_records(text))
    first = next(records, None)
    if first is None:
        raise ImportRejected("The file is empty; a header row with column names is required.")
    headers = clean_headers(first[2])
    rows: list[str] = []  # packed (see formats/table.py)
    numbers: list[int] = []
    problems: list[tuple[int, str]] = []
    for number, _line, record in records:
        fitted = fit_row(record, len(headers))
        if isinstance(fitted, str):
            problems.append((number, fitted))
        else:
            rows.append(pack_row(fitted))
            numbers.append(number)
    if problems:
        raise MalformedRows(problems)
    return Table.from_packed(headers, rows, numbers)


def write_csv(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    """Write UTF-8 CSV with a BOM and CRLF line ends, every cell formula-neutralised.

    The BOM is written because Excel on Windows otherwise reads UTF-8 as the local code
    page and garbles accents, Arabic and Burmese names; our own reader accepts both.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    width = len(headers)
    writer.writerow([neutralise_formula(_checked(cell)) for cell in headers])
    for index, row in enumerate(rows, start=2):
        if len(row) != width:
            raise ExportRefused(
                "Row {row} has {cells} cells but the header has {columns}; nothing was written.",
                row=index,
                cells=len(row),
                columns=width,
            )
        writer.writerow([neutralise_formula(_checked(cell)) for cell in row])
    return _BOM + buffer.getvalue().encode("utf-8")


def _checked(cell: str) -> str:
    if "\x00" in cell:
        # A NUL would make the file unreadable by our own reader and by most spreadsheets.
        raise ExportRefused("A value contains a NUL character and cannot be written to CSV.")
    return cell
