"""The organisations list as a Qt table model over OrganisationService."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from bizhr_desktop.services.organisations import OrganisationRow, OrganisationService
from bizhr_desktop.ui.common.labels import country_text, organisation_kind_label

Index = QModelIndex | QPersistentModelIndex


class OrganisationTableModel(QAbstractTableModel):
    """Organisations matching a search text, as the service lists them.

    A network has hundreds of organisations, not hundreds of thousands, and the service
    returns them as one list; the model keeps that list and sorts it in place.
    """

    NAME, KIND, SECTOR, COUNTRY, COMMITMENT, COMMITMENT_DATE, PEOPLE = range(7)
    COLUMN_COUNT = 7

    OrganisationIdRole = Qt.ItemDataRole.UserRole + 1
    PublicCommitmentRole = Qt.ItemDataRole.UserRole + 2
    OrganisationRowRole = Qt.ItemDataRole.UserRole + 3

    def __init__(
        self, service: OrganisationService | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service: OrganisationService | None = None
        self._text = ""
        self._rows: list[OrganisationRow] = []
        self._sort_column = self.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.set_service(service)

    @property
    def service(self) -> OrganisationService | None:
        return self._service

    def set_service(self, service: OrganisationService | None) -> None:
        self.beginResetModel()
        self._service = service
        self._load()
        self.endResetModel()

    def clear(self) -> None:
        self.set_service(None)

    def set_text(self, text: str) -> None:
        self.beginResetModel()
        self._text = text
        self._load()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_text(self._text)

    def _load(self) -> None:
        self._rows = list(self._service.list(self._text)) if self._service else []
        self._sort_rows()

    def organisation_at(self, row: int) -> OrganisationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, organisation_id: str) -> int:
        for row, organisation in enumerate(self._rows):
            if organisation.id == organisation_id:
                return row
        return -1

    # ------------------------------------------------------------------ sorting

    def _sort_key(self, organisation: OrganisationRow) -> Any:
        column = self._sort_column
        if column == self.KIND:
            return organisation_kind_label(organisation.kind).casefold()
        if column == self.SECTOR:
            return organisation.sector.casefold()
        if column == self.COUNTRY:
            return country_text(organisation.country, generalised=False).casefold()
        if column == self.COMMITMENT:
            return organisation.public_commitment
        if column == self.COMMITMENT_DATE:
            return organisation.commitment_date.isoformat() if organisation.commitment_date else ""
        if column == self.PEOPLE:
            return organisation.people_count
        return organisation.name.casefold()

    def _sort_rows(self) -> None:
        self._rows.sort(
            key=self._sort_key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        old = [organisation.id for organisation in self._rows]
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        new_rows = {organisation.id: row for row, organisation in enumerate(self._rows)}
        for index in self.persistentIndexList():
            if index.isValid():
                target = new_rows[old[index.row()]]
                self.changePersistentIndex(index, self.index(target, index.column()))
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < self.COLUMN_COUNT
        ):
            return None
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Sector"),
            self.tr("Country"),
            self.tr("Public commitment"),
            self.tr("Committed on"),
            self.tr("People"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        organisation = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return organisation.name
            if column == self.KIND:
                return organisation_kind_label(organisation.kind)
            if column == self.SECTOR:
                return organisation.sector
            if column == self.COUNTRY:
                return country_text(organisation.country, generalised=False)
            if column == self.COMMITMENT:
                return self.tr("Yes") if organisation.public_commitment else self.tr("No")
            if column == self.COMMITMENT_DATE:
                date = organisation.commitment_date
                return date.isoformat() if date else ""
            if column == self.PEOPLE:
                return str(organisation.people_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == self.OrganisationIdRole:
            return organisation.id
        if role == self.PublicCommitmentRole:
            return organisation.public_commitment
        if role == self.OrganisationRowRole:
            return organisation
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            if organisation.public_commitment:
                return self.tr("Publicly committed: its name may be shared.")
            return self.tr("Not publicly committed: its name is treated as identifying.")
        return None
