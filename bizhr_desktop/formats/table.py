"""The plain table shared by the CSV and XLSX readers: headers, rows of strings, row numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, overload

from bizhr_desktop.core.errors import ImportRejected
from bizhr_desktop.formats.limits import MAX_PROBLEMS_LISTED

# Cells are stored joined by a character no cell can hold: both readers refuse NUL.
CELL_SEPARATOR: Final = "\x00"


class PackedRows(Sequence[tuple[str, ...]]):
    """The rows of a Table, each kept as one string (cells joined by CELL_SEPARATOR).

    A 100 000-row file read as tuples of strings is ~1.9 million Python objects (~140 MB, and
    work for the garbage collector while they live); packed it is 100 000 strings (~35 MB).
    A row is split back into its cells when it is read."""

    __slots__ = ("_packed",)

    def __init__(self, packed: list[str]) -> None:
        self._packed = packed

    def __len__(self) -> int:
        return len(self._packed)

    @overload
    def __getitem__(self, index: int) -> tuple[str, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, ...]]: ...
    def __getitem__(self, index: int | slice) -> tuple[str, ...] | list[tuple[str, ...]]:
        if isinstance(index, slice):
            return [tuple(row.split(CELL_SEPARATOR)) for row in self._packed[index]]
        return tuple(self._packed[index].split(CELL_SEPARATOR))

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        for row in self._packed:
            yield tuple(row.split(CELL_SEPARATOR))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedRows):
            return self._packed == other._packed
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(
                mine == tuple(theirs) for mine, theirs in zip(self, other, strict=True)
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to lists, so unhashable like them

    def __repr__(self) -> str:
        return f"PackedRows({len(self)} rows)"


def pack_row(cells: Sequence[str]) -> str:
    """One row as stored in a Table; refuses a cell holding the separator."""
    packed = CELL_SEPARATOR.join(cells)
    if packed.count(CELL_SEPARATOR) != len(cells) - 1:
        raise ImportRejected("A cell contains a NUL character; the file is not imported.")
    return packed


class Table:
    """Headers and rows read from a file; every cell is a string.

    ``row_numbers[i]`` is the 1-based row of ``rows[i]`` as a spreadsheet program shows it
    (the header is row 1), so an error message can point a person at the right place.
    """

    __slots__ = ("headers", "row_numbers", "rows")

    def __init__(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]] = (),
        row_numbers: Iterable[int] = (),
    ) -> None:
        self.headers: tuple[str, ...] = tuple(headers)
        self.rows = PackedRows([pack_row(row) for row in rows])
        self.row_numbers: list[int] = list(row_numbers)
        if len(self.row_numbers) != len(self.rows):
            raise ValueError("a Table needs one row number per row")

    @classmethod
    def from_packed(
        cls, headers: Sequence[str], packed: list[str], row_numbers: list[int]
    ) -> Table:
        """A Table over rows already joined by :func:`pack_row` (the readers build these)."""
        table = cls(headers)
        table.rows = PackedRows(packed)
        table.row_numbers = row_numbers
        if len(row_numbers) != len(packed):
            raise ValueError("a Table needs one row number per row")
        return table

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Yield ``(row_number, {header: cell})`` for every row."""
        for number, row in zip(self.row_numbers, self.rows, strict=True):
            yield number, dict(zip(self.headers, row, strict=True))

    def __repr__(self) -> str:
        return f"Table(headers={self.headers!r}, {len(self.rows)} rows)"


class MalformedRows(ImportRejected):
    """Some rows do not fit the header; ``problems`` lists ``(row_number, reason)``."""

    def __init__(self, problems: Sequence[tuple[int, str]]) -> None:
        self.problems = tuple(problems)
        shown = [
            f"row {number}: {reason}" for number, reason in self.problems[:MAX_PROBLEMS_LISTED]
        ]
        more = len(self.problems) - len(shown)
        listed = "; ".join(shown)
        if len(self.problems) == 1:
            super().__init__(
                "1 row does not match the header; nothing was imported. {rows}.", rows=listed
            )
        elif more > 0:
            super().__init__(
                "{count} rows do not match the header; nothing was imported. "
                "{rows}; and {more} more.",
                count=len(self.problems),
                rows=listed,
                more=more,
            )
        else:
            super().__init__(
                "{count} rows do not match the header; nothing was imported. {rows}.",
                count=len(self.problems),
                rows=listed,
            )


_SPACES = re.compile(r"\s+")


def header_key(name: str) -> str:
    """The form under which two column names count as the same (case and spaces ignored)."""
    return _SPACES.sub(" ", name).strip().casefold()


def clean_headers(raw: Sequence[str]) -> tuple[str, ...]:
    """Strip header names and reject empty or duplicate ones, naming them."""
    headers = tuple(_SPACES.sub(" ", name).strip() for name in raw)
    if not any(headers):
        raise ImportRejected("The first row is empty; a header row with column names is required.")
    unnamed = [str(index) for index, name in enumerate(headers, start=1) if not name]
    if unnamed:
        raise ImportRejected(
            "Column {columns} of the header row has no name.", columns=", ".join(unnamed)
        )
    seen: dict[str, str] = {}
    duplicates: list[str] = []
    for name in headers:
        key = header_key(name)
        if key in seen:
            duplicates.append(f"“{seen[key]}” and “{name}”")
        else:
            seen[key] = name
    if duplicates:
        raise ImportRejected(
            "The header row names the same column more than once: {columns}.",
            columns=", ".join(duplicates),
        )
    return headers


def fit_row(row: list[str], width: int) -> list[str] | str:
    """Return the row cut to ``width`` cells, or the reason it does not fit.

    Trailing empty cells beyond the header are tolerated because spreadsheet programs
    often write them; missing cells are not, since they may mean shifted data.
    """
    if len(row) < width:
        return _count_reason(len(row), width)
    if len(row) > width:
        if any(cell for cell in row[width:]):
            return _count_reason(len(row), width)
        del row[width:]
    return row


def _count_reason(cells: int, width: int) -> str:
    noun = "cell" if cells == 1 else "cells"
    return f"it has {cells} {noun}, the header has {width}"
