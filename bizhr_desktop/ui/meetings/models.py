"""Qt models of the meetings screens: invitees (paged, editable), check-in matches, follow-ups."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import InvitationRole, InvitationStatus
from bizhr_desktop.services.followups import FollowUpRow
from bizhr_desktop.services.invitations import InvitationService, InviteeRow
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.ui.common import icons
from bizhr_desktop.ui.common.cells import IsolatedTextDelegate
from bizhr_desktop.ui.common.labels import NOT_SHOWN, country_text, group_label
from bizhr_desktop.ui.common.meeting_labels import (
    followup_status_label,
    invitation_status_label,
    role_label,
)
from bizhr_desktop.ui.common.messages import error_text

Index = QModelIndex | QPersistentModelIndex


class InviteesTableModel(QAbstractTableModel):
    """A meeting's invitees, ``page_size`` rows at a time from InvitationService.

    People at high or critical risk arrive under their pseudonym, without organisation, and
    with their country as a region (as the service returns them); one of them at a time can
    be revealed (:meth:`set_revealed`), read from the people service. Role and status are
    edited in place; each edit goes straight to the service (audited there by count).
    """

    NAME, GROUP, COUNTRY, ORGANISATION, ROLE, STATUS, RESPONDED = range(7)
    COLUMN_COUNT = 7
    PersonIdRole = Qt.ItemDataRole.UserRole + 1
    HiddenRole = Qt.ItemDataRole.UserRole + 2  # True while shown under a pseudonym
    RowRole = Qt.ItemDataRole.UserRole + 3
    DEFAULT_PAGE_SIZE = 100

    changed = Signal()  # a status or role was changed through the model
    failed = Signal(str)  # the service refused an edit; the sentence to show

    def __init__(
        self, parent: QObject | None = None, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._service: InvitationService | None = None
        self._people: PeopleService | None = None
        self._meeting_id: str | None = None
        self._text = ""
        self._status: InvitationStatus | None = None
        self._page_size = page_size
        self._rows: list[InviteeRow] = []
        self._total = 0
        self._revealed: tuple[str, str, str] | None = None  # id, name, organisation
        self._announcing_reset = False
        self._inserting = False
        self._lock_icon: QIcon | None = None

    # ------------------------------------------------------------------ state

    @property
    def meeting_id(self) -> str | None:
        return self._meeting_id

    @property
    def total(self) -> int:
        return self._total

    def set_source(
        self,
        service: InvitationService | None,
        meeting_id: str | None,
        people: PeopleService | None = None,
    ) -> None:
        """Show one meeting's invitees, or nothing (None: no meeting, or the vault locked)."""
        self.beginResetModel()
        self._service = service if meeting_id else None
        self._people = people
        self._meeting_id = meeting_id if service else None
        self._revealed = None
        self._load_first_page()
        self._end_reset()

    def clear(self) -> None:
        self._text = ""
        self._status = None
        self.set_source(None, None)

    def set_filter(self, text: str = "", status: InvitationStatus | None = None) -> None:
        self.beginResetModel()
        self._text = text
        self._status = status
        self._load_first_page()
        self._end_reset()

    def refresh(self) -> None:
        self.beginResetModel()
        self._load_first_page()
        self._end_reset()

    def _end_reset(self) -> None:
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False

    def _load_first_page(self) -> None:
        self._rows = []
        self._total = 0
        if self._service is None or self._meeting_id is None:
            return
        self._total = self._service.invitee_count(
            self._meeting_id, text=self._text, status=self._status
        )
        if self._total:
            self._rows = self._page(0)

    def _page(self, offset: int) -> list[InviteeRow]:
        assert self._service is not None and self._meeting_id is not None
        return self._service.invitees(
            self._meeting_id,
            text=self._text,
            status=self._status,
            offset=offset,
            limit=self._page_size,
        )

    def invitee_at(self, row: int) -> InviteeRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: str) -> int:
        for row, invitee in enumerate(self._rows):
            if invitee.person_id == person_id:
                return row
        return -1

    # ------------------------------------------------------------------ reveal

    @property
    def revealed_id(self) -> str | None:
        return self._revealed[0] if self._revealed else None

    def set_revealed(self, person_id: str | None) -> None:
        """Show one hidden invitee's name and organisation (None hides them again)."""
        previous = self.revealed_id
        self._revealed = None
        if person_id and self._people is not None:
            try:
                person = self._people.row(person_id)
            except BizHRError:
                person = None
            if person is not None:
                self._revealed = (person_id, person.full_name, person.organisation)
        for changed in {previous, person_id} - {None}:
            row = self.row_of(changed) if changed else -1
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def _is_hidden(self, invitee: InviteeRow) -> bool:
        return invitee.hidden and invitee.person_id != self.revealed_id

    # ------------------------------------------------------------------ paging

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._service is None or self._announcing_reset:
            return False
        # Views and testers ask for more while rows are being announced: not then.
        return not self._inserting and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        fetched = self._page(start)
        if not fetched:
            self._total = start
            return
        self._inserting = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(fetched) - 1)
            self._rows.extend(fetched)
            self.endInsertRows()
        finally:
            self._inserting = False

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # ------------------------------------------------------------------ table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Group"),
                self.tr("Country"),
                self.tr("Organisation"),
                self.tr("Role"),
                self.tr("Answer"),
                self.tr("Answered"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (self.ROLE, self.STATUS):
            return self.tr("Double-click or press F2 to change")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.ROLE, self.STATUS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        invitee = self._rows[index.row()]
        column = index.column()
        hidden = self._is_hidden(invitee)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(invitee, column, hidden)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.ROLE:
                return invitee.role
            if column == self.STATUS:
                return invitee.status
            return self._display(invitee, column, hidden)
        if role == self.PersonIdRole:
            return invitee.person_id
        if role == self.HiddenRole:
            return hidden
        if role == self.RowRole:
            return invitee
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME and hidden:
            if self._lock_icon is None:
                self._lock_icon = icons.icon("lock", "#8e1b1b")
            return self._lock_icon
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and hidden:
            return self.tr(
                "At {risk} risk: listed under a pseudonym. Select and press Reveal to see "
                "the name for a short while."
            ).format(risk=invitee.risk_level)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.NAME and hidden:
            return self.tr("{pseudonym} (identity hidden)").format(pseudonym=invitee.display_name)
        attended = invitee.status == InvitationStatus.ATTENDED.value
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and attended:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, invitee: InviteeRow, column: int, hidden: bool) -> str:
        revealed = self._revealed if self._revealed and not hidden and invitee.hidden else None
        if column == self.NAME:
            return revealed[1] if revealed else invitee.display_name
        if column == self.GROUP:
            return group_label(invitee.stakeholder_group)
        if column == self.COUNTRY:
            return country_text(invitee.country, generalised=hidden)
        if column == self.ORGANISATION:
            if hidden:
                return NOT_SHOWN
            return revealed[2] if revealed else invitee.organisation
        if column == self.ROLE:
            return role_label(invitee.role)
        if column == self.STATUS:
            text = invitation_status_label(invitee.status)
            return f"✓ {text}" if invitee.status == InvitationStatus.ATTENDED.value else text
        if column == self.RESPONDED:
            if invitee.responded_at is None:
                return ""
            return invitee.responded_at.astimezone().strftime("%Y-%m-%d")
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        invitee = self.invitee_at(index.row())
        if invitee is None or self._service is None or self._meeting_id is None:
            return False
        try:
            if index.column() == self.STATUS:
                status = InvitationStatus(value)
                if status.value == invitee.status:
                    return False
                self._service.set_status(self._meeting_id, [invitee.person_id], status)
                updated = dataclasses.replace(invitee, status=status.value)
            elif index.column() == self.ROLE:
                role_value = InvitationRole(value)
                if role_value.value == invitee.role:
                    return False
                self._service.set_role(self._meeting_id, invitee.person_id, role_value)
                updated = dataclasses.replace(invitee, role=role_value.value)
            else:
                return False
        except (BizHRError, ValueError) as error:
            self.failed.emit(error_text(error) if isinstance(error, BizHRError) else str(error))
            return False
        self._rows[index.row()] = updated
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.COLUMN_COUNT - 1)
        )
        self.changed.emit()
        return True


class ChoiceDelegate(IsolatedTextDelegate):
    """A combo box editor over (label, value) pairs; the model's EditRole holds the value."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal))
        )
        for label, value in self._choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CheckInMatchesModel(QAbstractListModel):
    """The few invitees matching what was typed at the door (from find_invitee)."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InviteeRow] = []

    def set_rows(self, rows: Sequence[InviteeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def invitee_at(self, row: int) -> InviteeRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace(self, row: int, invitee: InviteeRow) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = invitee
            self.dataChanged.emit(self.index(row), self.index(row))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        invitee = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # People in the queue can read this screen: the name (the pseudonym of a person at
            # risk) and nothing else, neither group, organisation nor answer; only whether
            # they are already in, which the person at the desk needs.
            if invitee.status == InvitationStatus.ATTENDED.value:
                return self.tr("{name}   —   ✓ already checked in").format(
                    name=invitee.display_name
                )
            return invitee.display_name
        if role == self.RowRole:
            return invitee
        if role == Qt.ItemDataRole.ForegroundRole and (
            invitee.status == InvitationStatus.ATTENDED.value
        ):
            return QColor("#1e6b3a")
        return None


class FollowUpsTableModel(QAbstractTableModel):
    """Follow-ups of one meeting, or the open ones of the whole programme (with the meeting).

    Overdue ones say so in words in the Due column (and are bold), not by colour alone.
    """

    MEETING, ORGANISATION, TEXT, OWNER, DUE, STATUS = range(6)
    COLUMN_COUNT = 6
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None, *, show_meeting: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []
        self._show_meeting = show_meeting
        self._warning_icon: QIcon | None = None

    def set_rows(self, rows: Sequence[FollowUpRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> FollowUpRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def show_meeting(self) -> bool:
        return self._show_meeting

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Meeting"),
            self.tr("Organisation"),
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        followup = row.followup
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.MEETING:
                return row.meeting_title
            if column == self.ORGANISATION:
                return followup.organisation or NOT_SHOWN
            if column == self.TEXT:
                return followup.text
            if column == self.OWNER:
                return followup.owner
            if column == self.DUE:
                if followup.due_on is None:
                    return self.tr("No date")
                due = followup.due_on.isoformat()
                return self.tr("{date} — overdue").format(date=due) if row.overdue else due
            if column == self.STATUS:
                return followup_status_label(followup.status)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.FontRole and row.overdue and column == self.DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column == self.DUE:
            return QColor("#9b1c1c")
        if role == Qt.ItemDataRole.DecorationRole and row.overdue and column == self.DUE:
            if self._warning_icon is None:
                self._warning_icon = icons.icon("warning", "#9b1c1c")
            return self._warning_icon
        return None
