"""The people list as a Qt table model: pages fetched from PeopleService as the view scrolls."""

from __future__ import annotations

import bisect
import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.services.people import PageCursor, PeopleService
from bizhr_desktop.services.people_query import PeopleQuery, PersonRow
from bizhr_desktop.ui.common import icons
from bizhr_desktop.ui.common.labels import (
    NOT_SHOWN,
    country_text,
    group_label,
    group_list_label,
    risk_background,
    risk_foreground,
    risk_label,
)

Index = QModelIndex | QPersistentModelIndex


class PeopleTableModel(QAbstractTableModel):
    """Rows of :class:`PersonRow`, loaded ``page_size`` at a time.

    Filtering and sorting are done by the service (in SQL), and the model never holds the
    whole list: it keeps the most recently shown ``KEPT_PAGES`` pages and, for every page
    fetched, only the keyset cursor it starts at, so a page scrolled out of memory is read
    again (one indexed query) when it is shown again. Scrolling to the end of 100 000 people
    keeps ~2 000 rows, not 100 000. Rows at high or critical risk are *masked*: the
    name column shows the pseudonym, identifying columns show a dash, until that one person
    is revealed with :meth:`set_revealed`.

    People whose record is *away* (travel mode left a placeholder) are marked so through
    :attr:`AwayRole`, the name's tooltip and its accessible text; the ids come from the
    *away source* set with :meth:`set_away_source`, read again whenever the rows are.
    """

    # Risk comes right after the name: it is what a coordinator must see at a glance.
    NAME, RISK, GROUP, ORGANISATION, ROLE, COUNTRY, CONSENT_DATE = range(7)
    COLUMN_COUNT = 7

    PersonIdRole = Qt.ItemDataRole.UserRole + 1
    RiskRole = Qt.ItemDataRole.UserRole + 2  # the RiskLevel
    MaskedRole = Qt.ItemDataRole.UserRole + 3  # True while identifying fields are hidden
    PersonRowRole = Qt.ItemDataRole.UserRole + 4  # the PersonRow itself
    AwayRole = Qt.ItemDataRole.UserRole + 5  # True for a travel-mode placeholder

    SORT_KEYS: ClassVar[dict[int, str]] = {
        NAME: "name",
        GROUP: "group",
        ORGANISATION: "organisation",
        COUNTRY: "country",
        RISK: "risk",
        CONSENT_DATE: "consent_date",
    }
    DEFAULT_PAGE_SIZE = 200
    KEPT_PAGES = 10

    def __init__(
        self,
        service: PeopleService | None = None,
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service: PeopleService | None = None
        self._query = PeopleQuery()
        self._page_size = page_size
        # Rows 0 .. _fetched-1 exist for the view; page i starts at row _page_rows[i] and
        # after cursor _page_cursors[i]; _pages holds the pages in memory (least recent first).
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self._page_rows: list[int] = []
        self._page_cursors: list[PageCursor | None] = []
        self._fetched = 0
        self._cursor: PageCursor | None = None  # where the next page starts
        self._total = 0
        self._revealed_id: str | None = None
        self._announcing_reset = False
        self._lock_icon: QIcon | None = None  # drawn on first use (needs a GUI application)
        self._away_source: Callable[[], frozenset[str]] | None = None
        self._away: frozenset[str] = frozenset()
        self.set_service(service)

    # ------------------------------------------------------------------ state

    @property
    def service(self) -> PeopleService | None:
        return self._service

    @property
    def query(self) -> PeopleQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many people match the query (not only the rows fetched so far)."""
        return self._total

    def set_service(self, service: PeopleService | None) -> None:
        """Show this vault's people, or (None, when the vault locks) nothing at all."""
        self.beginResetModel()
        self._service = service
        self._revealed_id = None
        self._load_first_page()
        self._end_reset()

    def clear(self) -> None:
        self._away_source = None
        self.set_service(None)

    def set_away_source(self, source: Callable[[], frozenset[str]] | None) -> None:
        """Where the ids of people whose record is away are read (None: nobody is marked).
        Takes effect at the next load (set it before :meth:`set_service`)."""
        self._away_source = source

    def is_away(self, person_id: str) -> bool:
        """Whether travel mode left only a placeholder of this person (as last read)."""
        return person_id in self._away

    def set_query(self, query: PeopleQuery) -> None:
        """Filter with *query*; the model's own sort order is kept."""
        query = dataclasses.replace(query, sort=self._query.sort, descending=self._query.descending)
        self.beginResetModel()
        self._query = query
        self._load_first_page()
        self._end_reset()

    def refresh(self) -> None:
        """Run the same query again (after an edit, an import or an erasure)."""
        self.beginResetModel()
        self._load_first_page()
        self._end_reset()

    def _end_reset(self) -> None:
        # Views (and the model tester) react to modelReset by asking for more rows; fetching
        # while the reset is still being announced would nest an insert inside the reset.
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False

    def _load_first_page(self) -> None:
        # Called between begin/endResetModel. The first page is read at once so that the
        # count and the first rows arrive together.
        self._pages = OrderedDict()
        self._page_rows = []
        self._page_cursors = []
        self._fetched = 0
        self._cursor = None
        self._total = 0
        self._away = frozenset()
        if self._service is None:
            return
        if self._away_source is not None:
            self._away = self._away_source()
        self._total = self._service.count(self._query)
        if self._total:
            rows, cursor = self._service.page_after(self._query, None, self._page_size)
            self._add_page(rows, cursor)

    def _add_page(self, rows: list[PersonRow], cursor: PageCursor | None) -> None:
        """Append a page just read after self._cursor."""
        index = len(self._page_rows)
        self._page_rows.append(self._fetched)
        self._page_cursors.append(self._cursor)
        self._keep(index, list(rows))
        self._fetched += len(rows)
        self._cursor = cursor

    def _keep(self, index: int, rows: list[PersonRow]) -> None:
        self._pages[index] = rows
        self._pages.move_to_end(index)
        while len(self._pages) > self.KEPT_PAGES:
            self._pages.popitem(last=False)

    def _person(self, row: int) -> PersonRow | None:
        """Row ``row`` (0 <= row < rowCount), read again with its page if that was dropped."""
        if not 0 <= row < self._fetched:
            return None
        index = bisect.bisect_right(self._page_rows, row) - 1
        rows = self._pages.get(index)
        if rows is None:
            if self._service is None:
                return None
            end = self._page_rows[index + 1] if index + 1 < len(self._page_rows) else self._fetched
            try:
                rows, _ = self._service.page_after(
                    self._query, self._page_cursors[index], end - self._page_rows[index]
                )
            except BizHRError:
                return None  # the vault went away under the view; the next reset clears it
            self._keep(index, list(rows))
        else:
            self._pages.move_to_end(index)
        offset = row - self._page_rows[index]
        return rows[offset] if offset < len(rows) else None

    def set_revealed(self, person_id: str | None) -> None:
        """Show one masked person's identifying columns (or hide them again with None)."""
        if person_id == self._revealed_id:
            return
        previous, self._revealed_id = self._revealed_id, person_id
        for changed in (previous, person_id):
            row = self.row_of(changed) if changed else -1
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    @property
    def revealed_id(self) -> str | None:
        return self._revealed_id

    def row_of(self, person_id: str) -> int:
        """The row of a person among the rows in memory (recently shown pages), or -1."""
        for index in list(self._pages):
            row = self._row_in_page(index, person_id)
            if row >= 0:
                return row
        return -1

    def _row_in_page(self, index: int, person_id: str) -> int:
        """The person's row if they are in page ``index`` as kept in memory, else -1."""
        for offset, person in enumerate(self._pages.get(index, ())):
            if person.id == person_id:
                return self._page_rows[index] + offset
        return -1

    def locate(self, person_id: str) -> int:
        """The row of a person anywhere in the list: rows in memory first, then pages read
        again, then more pages fetched until found; -1 if the query does not list them."""
        row = self.row_of(person_id)
        for index, start in enumerate(self._page_rows):
            if row >= 0:
                return row
            if index not in self._pages and self._person(start) is not None:
                row = self._row_in_page(index, person_id)
        while row < 0 and self.canFetchMore():
            self.fetchMore()
            row = self._row_in_page(len(self._page_rows) - 1, person_id)
        return row

    @property
    def rows_in_memory(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def is_masked(self, person: PersonRow) -> bool:
        return person.masked and person.id != self._revealed_id

    # ------------------------------------------------------------------ paging

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._service is None or self._announcing_reset:
            return False
        return self._fetched < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._service is not None
        start = self._fetched
        # Keyset paging: the next page starts after the last row fetched, so scrolling to the
        # end of 100 000 people reads each row once (an OFFSET re-walks every earlier row).
        fetched, cursor = self._service.page_after(self._query, self._cursor, self._page_size)
        if not fetched:
            # Someone else's change made the list shorter than counted: stop asking.
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(fetched) - 1)
        self._add_page(fetched, cursor)
        self.endInsertRows()

    # ------------------------------------------------------------------ sorting

    def is_sortable(self, column: int) -> bool:
        return column in self.SORT_KEYS

    @property
    def sort_column(self) -> int:
        for column, key in self.SORT_KEYS.items():
            if key == self._query.sort:
                return column
        return self.NAME

    @property
    def sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.beginResetModel()
        self._query = dataclasses.replace(self._query, sort=key, descending=descending)
        self._load_first_page()
        self._end_reset()

    # ------------------------------------------------------------------ table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NAME: self.tr("Name"),
                self.RISK: self.tr("Risk"),
                self.GROUP: self.tr("Group"),
                self.ORGANISATION: self.tr("Organisation"),
                self.ROLE: self.tr("Role"),
                self.COUNTRY: self.tr("Country"),
                self.CONSENT_DATE: self.tr("Consent given"),
            }[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.NAME:
            return self.tr("People at high or critical risk are listed under their pseudonym.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._person(index.row())
        if person is None:
            return None
        column = index.column()
        masked = self.is_masked(person)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column, masked)
        if role == self.PersonIdRole:
            return person.id
        if role == self.RiskRole:
            return person.risk_level
        if role == self.MaskedRole:
            return masked
        if role == self.PersonRowRole:
            return person
        if role == self.AwayRole:
            return person.id in self._away
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME and masked:
            return self.lock_icon()
        if column == self.RISK:
            if role == Qt.ItemDataRole.BackgroundRole:
                return risk_background(person.risk_level)
            if role == Qt.ItemDataRole.ForegroundRole:
                return risk_foreground(person.risk_level)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, column, masked)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NAME:
            label = self._display(person, column, masked)
            if person.id in self._away:
                return self.tr("{pseudonym} (record away in travel mode)").format(pseudonym=label)
            if masked:
                return self.tr("{pseudonym} (identity hidden)").format(pseudonym=label)
        return None

    def away_badge_text(self) -> str:
        """The word of the badge on an away person's row."""
        return self.tr("Away")

    def _display(self, person: PersonRow, column: int, masked: bool) -> str:
        if column == self.NAME:
            if masked:
                return person.pseudonym or NOT_SHOWN
            return person.full_name
        if column == self.GROUP:
            return group_list_label(person.stakeholder_group)
        if column == self.ORGANISATION:
            return NOT_SHOWN if masked else person.organisation
        if column == self.ROLE:
            return NOT_SHOWN if masked else person.role
        if column == self.COUNTRY:
            return country_text(person.country, generalised=masked)
        if column == self.RISK:
            return risk_label(person.risk_level)
        if column == self.CONSENT_DATE:
            return person.consent_date.isoformat() if person.consent_date else self.tr("Never")
        return ""

    def _tooltip(self, person: PersonRow, column: int, masked: bool) -> str | None:
        if column == self.NAME and person.id in self._away:
            # What a placeholder is, and nothing about the trip (when, where the bundle is).
            return self.tr(
                "Away: travel mode moved this person's record to a travel bundle. This vault "
                "keeps only a placeholder (pseudonym, group, risk level, participation and "
                "meetings) until the record is brought back (Safety → Bring records back…)."
            )
        if column == self.NAME and masked:
            return self.tr(
                "Identifying details are hidden: this person is at {risk} risk. Select them "
                "and press Reveal to see them for a short while."
            ).format(risk=risk_label(person.risk_level).lower())
        if column == self.GROUP:
            return group_label(person.stakeholder_group)
        if column == self.COUNTRY and masked and person.country:
            return self.tr("Shown as a region, so that this person cannot be singled out.")
        if column == self.CONSENT_DATE:
            agreed = [
                label
                for flag, label in (
                    (person.consent_network, self.tr("network participants")),
                    (person.consent_coorganisers, self.tr("co-organisers")),
                    (person.consent_public, self.tr("the public")),
                )
                if flag
            ]
            if not agreed:
                return self.tr("May not be named to anyone.")
            return self.tr("May be named to: {audiences}").format(audiences=", ".join(agreed))
        return None

    def lock_icon(self) -> QIcon:
        if self._lock_icon is None:
            self._lock_icon = icons.icon("lock", "#8e1b1b")
        return self._lock_icon
