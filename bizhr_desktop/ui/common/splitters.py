"""Splitters that start where their content needs them and keep what the person chose.

``start_split(splitter, shares)`` keeps the panes at those shares of the splitter's length
as the window changes size, until the person drags the handle; the main window saves every
named splitter of its pages when it closes and restores them next time (per computer), and a
restored splitter keeps the person's positions instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QSplitter, QTableView

RESTORED = "bizhrRestored"  # property set on a splitter whose positions were restored


class _Shares(QObject):
    """Keeps the panes at their shares through every resize, until the person drags the
    handle (or the window restored their positions)."""

    def __init__(self, splitter: QSplitter, shares: Sequence[float]) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._shares = tuple(shares)
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._stop)

    def _stop(self) -> None:
        self._splitter.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            splitter = self._splitter
            if splitter.property(RESTORED):
                self._stop()
                return False
            horizontal = splitter.orientation() == Qt.Orientation.Horizontal
            length = splitter.width() if horizontal else splitter.height()
            length -= splitter.handleWidth() * (splitter.count() - 1)
            if length > 0:
                total = sum(self._shares)
                splitter.setSizes([int(length * share / total) for share in self._shares])
        return False


def start_split(splitter: QSplitter, shares: Sequence[float]) -> None:
    if splitter.count() != len(shares):
        raise ValueError("one share per pane")
    _Shares(splitter, shares)


class _Columns(QObject):
    """Scales a table's preferred column widths to fill its width (never below ``minimum``),
    until the person resizes a column themselves."""

    def __init__(
        self, table: QTableView, widths: Sequence[int], minimum: int, fixed: Sequence[int]
    ) -> None:
        super().__init__(table)
        self._table = table
        self._widths = tuple(widths)
        self._minimum = minimum
        self._fixed = frozenset(fixed)
        self._fitting = False
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)
        self.fit()

    def _resized(self) -> None:
        if not self._fitting:  # a drag of a column edge: the person's widths from now on
            self._table.viewport().removeEventFilter(self)
            self._table.horizontalHeader().sectionResized.disconnect(self._resized)

    def fit(self) -> None:
        room = self._table.viewport().width()
        kept = sum(w for c, w in enumerate(self._widths) if c in self._fixed)
        flexible = sum(self._widths) - kept
        scale = (room - kept) / flexible if room > 0 and flexible > 0 else 1.0
        header = self._table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in enumerate(self._widths):
                shown = width if column in self._fixed else int(width * scale)
                header.resizeSection(column, max(self._minimum, shown))
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def fit_columns(
    table: QTableView, widths: Sequence[int], *, minimum: int = 56, fixed: Sequence[int] = ()
) -> None:
    """Columns in the proportions of *widths*, filling the table's width: none hides behind
    a horizontal scroll bar on a laptop screen, none leaves a gap on a wide one. The *fixed*
    columns (short values: a risk word, a date) keep their width; the others give and take."""
    table.horizontalHeader().setStretchLastSection(False)
    _Columns(table, widths, minimum, fixed)
