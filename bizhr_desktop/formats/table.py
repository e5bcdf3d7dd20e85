"""The plain table shared by the CSV and XLSX readers: headers, rows of strings, row numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from bizhr_desktop.core.errors import ImportRejected
from bizhr_desktop.formats.limits import MAX_PROBLEMS_LISTED


@dataclass(frozen=True)
class Table:
    """Headers and rows read from a file; every cell is a string.

    ``row_numbers[i]`` is the 1-based row of ``rows[i]`` as a spreadsheet program shows it
    (the header is row 1), so an error message can point a person at the right place.
    """

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)

    def records(self) -> Iterator[tuple[int, dict[str, str]]]:
        """Yield ``(row_number, {header: cell})`` for every row."""
        for number, row in zip(self.row_numbers, self.rows, strict=True):
            yield number, dict(zip(self.headers, row, strict=True))


class MalformedRows(ImportRejected):
    """Some rows do not fit the header; ``problems`` lists ``(row_number, reason)``."""

    def __init__(self, problems: Sequence[tuple[int, str]]) -> None:
        self.problems = tuple(problems)
        shown = [
            f"row {number}: {reason}" for number, reason in self.problems[:MAX_PROBLEMS_LISTED]
        ]
        more = len(self.problems) - len(shown)
        if more > 0:
            shown.append(f"and {more} more")
        noun = "row does" if len(self.problems) == 1 else "rows do"
        super().__init__(
            f"{len(self.problems)} {noun} not match the header; nothing was imported. "
            + "; ".join(shown)
            + "."
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
        raise ImportRejected(f"Column {', '.join(unnamed)} of the header row has no name.")
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
            "The header row names the same column more than once: " + ", ".join(duplicates) + "."
        )
    return headers


def fit_row(row: list[str], width: int) -> tuple[str, ...] | str:
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
    return tuple(row)


def _count_reason(cells: int, width: int) -> str:
    noun = "cell" if cells == 1 else "cells"
    return f"it has {cells} {noun}, the header has {width}"
