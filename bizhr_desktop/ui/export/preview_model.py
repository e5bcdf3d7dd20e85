"""The preview table: exactly the header and rows the file will hold, read-only.

A thin Qt model over ``ExportPreview.file_table()``, so cells show as the recipient will read
them (formula-like cells of a spreadsheet with their leading '). Count and disclaimer lines
are rows of text in the first column, in italics, and span the table; in a bundle's preview
the identifying cells of people at high or critical risk are masked on screen.
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from bizhr_desktop.core.masking import MASKED_FIELDS, is_masked
from bizhr_desktop.core.text import shown_visibly
from bizhr_desktop.services.exporting import ExportFormat, ExportPreview
from bizhr_desktop.ui.common.labels import MASK
from bizhr_desktop.ui.export.words import column_label, column_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

_FSI: Final = "\u2068"  # FIRST STRONG ISOLATE
_PDI: Final = "\u2069"  # POP DIRECTIONAL ISOLATE


class PreviewTableModel(QAbstractTableModel):
    """The file's header and rows, read-only; count and disclaimer lines span the table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._rows: list[tuple[str, ...]] = []
        self._first_text_row = 0
        self._masked_rows: frozenset[int] = frozenset()

    def set_preview(self, preview: ExportPreview | None) -> None:
        self.beginResetModel()
        if preview is None:
            self._columns, self._rows, self._first_text_row = (), [], 0
            self._masked_rows = frozenset()
        else:
            # Spreadsheets get formula-like cells as text ('=...): shown as written.
            self._columns, self._rows = preview.file_table()
            self._first_text_row = len(preview.rows)
            masked: set[int] = set()
            if preview.request.format is ExportFormat.BUNDLE and "risk_level" in self._columns:
                risk = self._columns.index("risk_level")
                masked = {r for r, row in enumerate(preview.rows) if is_masked(row[risk])}
            self._masked_rows = frozenset(masked)
        self.endResetModel()

    def clear(self) -> None:
        self.set_preview(None)

    @property
    def columns(self) -> tuple[str, ...]:
        return self._columns

    def text_rows(self) -> range:
        """Rows holding a count line or the disclaimer (text in the first column only)."""
        return range(self._first_text_row, len(self._rows))

    def shown_text(self, row: int, column: int) -> str:
        """What a cell shows, without the direction marks (for tests and accessibility)."""
        value = self.data(self.index(row, column))
        return str(value).strip(_FSI + _PDI) if value is not None else ""

    def has_masked_rows(self) -> bool:
        """Whether some rows are masked on screen (a bundle's people at high or critical risk)."""
        return bool(self._masked_rows)

    def row_values(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self._rows[row][column]
        text_row = row >= self._first_text_row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if row in self._masked_rows and self._columns[column] in MASKED_FIELDS and value:
                return MASK
            if role == Qt.ItemDataRole.ToolTipRole and not text_row:
                return None
            # Each cell keeps its own direction ("3 further participants" in an Arabic
            # window, an Arabic name in an English one): a first-strong isolate.
            # Control characters (a formula guard's tab) are shown as ⟨U+0009⟩, not hidden.
            return f"{_FSI}{shown_visibly(value)}{_PDI}" if value else value
        if role == Qt.ItemDataRole.FontRole and text_row:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(self._columns[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tooltip(self._columns[section])
        return None
