"""Who is invited to the selected meeting: invite (all, by filter, one), answers, roles, reveal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import (
    Attendance,
    InvitationRole,
    InvitationStatus,
    StakeholderGroup,
)
from bizhr_desktop.services.invitations import InvitationService, InviteResult
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.labels import country_text, group_label, plural
from bizhr_desktop.ui.common.meeting_labels import invitation_status_label, role_label
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.reveal import DEFAULT_REVEAL_MS, RevealTimer
from bizhr_desktop.ui.common.widgets import MessageLabel
from bizhr_desktop.ui.common.worker import BackgroundTask
from bizhr_desktop.ui.meetings.fields import CountriesEdit
from bizhr_desktop.ui.meetings.models import ChoiceDelegate, InviteesTableModel

SEARCH_DELAY_MS = 150


def counts_text(numbers: Attendance) -> str:
    """ "Accepted 4 (attended 3) · Declined 1 · …" as core's ``Attendance`` counts them."""
    return " · ".join(
        (
            QCoreApplication.translate(
                "MeetingCounts", "Accepted {accepted} (attended {attended})"
            ).format(accepted=numbers.accepted, attended=numbers.attended),
            f"{invitation_status_label(InvitationStatus.DECLINED)} {numbers.declined}",
            f"{invitation_status_label(InvitationStatus.TENTATIVE)} {numbers.tentative}",
            QCoreApplication.translate("MeetingCounts", "No answer {count}").format(
                count=numbers.no_answer
            ),
            f"{invitation_status_label(InvitationStatus.NO_SHOW)} {numbers.no_show}",
        )
    )


class InviteByFilterDialog(QDialog):
    """Choose stakeholder groups, countries and organisations to invite."""

    def __init__(self, organisations: OrganisationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite by group, country or organisation"))
        self.group_checks: dict[StakeholderGroup, QCheckBox] = {}
        groups = QGridLayout()
        for position, group in enumerate(StakeholderGroup):
            check = QCheckBox(group_label(group), self)
            self.group_checks[group] = check
            groups.addWidget(check, position // 2, position % 2)
        self.countries_edit = CountriesEdit(self.tr("Countries"), self)
        self.organisations_list = QListWidget(self)
        isolate_cells(self.organisations_list)
        self.organisations_list.setAccessibleName(self.tr("Organisations"))
        self.organisations_list.setMaximumHeight(160)
        for row in organisations.list():
            item = QListWidgetItem(row.name, self.organisations_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.inactive_check = QCheckBox(
            self.tr("Also people whose participation is paused or ended"), self
        )
        self.error = MessageLabel("error", self)
        hint = QLabel(
            self.tr(
                "People in any of the groups chosen, and in any of the countries, and in any "
                "of the organisations (a criterion left empty is not applied)."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Groups"), groups)
        form.addRow(self.tr("&Countries"), self.countries_edit)
        form.addRow(self.tr("&Organisations"), self.organisations_list)
        form.addRow("", self.inactive_check)
        buttons = QDialogButtonBox(self)
        self.invite_button = buttons.addButton(
            self.tr("Invite"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.invite_button.setProperty("primary", True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def criteria(self) -> dict[str, Any]:
        return {
            "groups": [g for g, check in self.group_checks.items() if check.isChecked()],
            "countries": self.countries_edit.codes(),
            "organisation_ids": [
                self.organisations_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.organisations_list.count())
                if self.organisations_list.item(i).checkState() == Qt.CheckState.Checked
            ],
            "include_inactive": self.inactive_check.isChecked(),
        }

    def _accept(self) -> None:
        try:
            criteria = self.criteria()
        except BizHRError as error:
            self.error.show_message(error_text(error))
            return
        if not (criteria["groups"] or criteria["countries"] or criteria["organisation_ids"]):
            self.error.show_message(self.tr("Choose at least one group, country or organisation."))
            return
        self.accept()


class InviteOneDialog(QDialog):
    """Find one person by name (type-ahead) and invite them with a role."""

    invited = Signal(bool)  # True: added, False: already invited

    def __init__(
        self,
        people: PeopleService,
        invitations: InvitationService,
        meeting_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._invitations = invitations
        self._meeting_id = meeting_id
        self.setWindowTitle(self.tr("Invite one person"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.search_edit.setPlaceholderText(self.tr("Type a name, pseudonym or organisation"))
        self.search_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.results = QListWidget(self)
        isolate_cells(self.results)
        self.results.setAccessibleName(self.tr("People found"))
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in InvitationRole:
            self.role_combo.addItem(role_label(role), role.value)
        self.message = MessageLabel("notice", self)
        buttons = QDialogButtonBox(self)
        self.invite_button = buttons.addButton(
            self.tr("Invite"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.invite_button.setProperty("primary", True)
        # Enter in the search box or on the list invites (once): no default button as well.
        self.invite_button.setAutoDefault(False)
        self.invite_button.clicked.connect(self.invite_selected)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(self.tr("Role:"), self))
        role_row.addWidget(self.role_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addLayout(role_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(480, 420)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.invite_selected)
        self.results.itemActivated.connect(lambda _item: self.invite_selected())

    def search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.search_edit.text().strip()
        if not text:
            return
        for person in self._people.page(PeopleQuery(text=text), 0, 20):
            country = country_text(person.country, generalised=person.masked)
            words = [person.label, group_label(person.stakeholder_group)]
            if country:
                words.append(country)
            item = QListWidgetItem(" · ".join(words), self.results)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        if self.results.count():
            self.results.setCurrentRow(0)

    def invite_selected(self) -> None:
        if self._timer.isActive():
            self.search()
        row = self.results.currentRow()
        item = self.results.item(row) if row >= 0 else None
        if item is None:
            self.message.show_message(self.tr("Type a name and choose a person first."))
            return
        try:
            added = self._invitations.invite(
                self._meeting_id, item.data(Qt.ItemDataRole.UserRole), self.role_combo.currentData()
            )
        except BizHRError as error:
            self.message.show_message(error_text(error))
            return
        label = item.text().split(" · ", 1)[0]
        if added:
            self.message.show_message(self.tr("{name} is invited.").format(name=label))
        else:
            self.message.show_message(self.tr("{name} was already invited.").format(name=label))
        self.invited.emit(added)


class InvitationsPanel(QWidget):
    """The invitees of one meeting and everything done to them.

    ``busy_changed`` tells the page to show its busy indicator while invite-all runs on the
    worker pool; ``changed`` is sent after any change (the page refreshes the other panels).
    """

    busy_changed = Signal(bool)
    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        pool: QThreadPool | None = None,
        reveal_ms: int = DEFAULT_REVEAL_MS,
        search_delay_ms: int = SEARCH_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invitationsPanel")
        self._pool = pool or QThreadPool.globalInstance()
        self._service: InvitationService | None = None
        self._people: PeopleService | None = None
        self._organisations: OrganisationService | None = None
        self._meeting_id: str | None = None
        self._cancelled = False
        self._task: BackgroundTask | None = None
        self._generation = 0
        self._dialog: QDialog | None = None
        self.reveal = RevealTimer(reveal_ms, self)
        self.model = InviteesTableModel(self)

        self.invite_all_button = QPushButton(self.tr("Invite all active participants"), self)
        self.invite_all_button.setProperty("primary", True)
        self.invite_all_button.setAutoDefault(False)
        self.invite_all_button.setToolTip(
            self.tr("Invite everyone whose participation is active; answers already given are kept")
        )
        self.invite_all_button.clicked.connect(self.invite_all)
        self.invite_filter_button = QPushButton(self.tr("Invite by filter…"), self)
        self.invite_filter_button.setAutoDefault(False)
        self.invite_filter_button.clicked.connect(self.invite_by_filter)
        self.invite_one_button = QPushButton(self.tr("Invite one person…"), self)
        self.invite_one_button.setAutoDefault(False)
        self.invite_one_button.clicked.connect(self.invite_one)
        self.result_label = MessageLabel("notice", self)
        self.result_label.setObjectName("inviteResult")

        self.search_edit = QLineEdit(self)
        self.search_edit.setAccessibleName(self.tr("Search invitees"))
        self.search_edit.setPlaceholderText(self.tr("Search invitees by name or pseudonym"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show answers"))
        self.status_filter.addItem(self.tr("Every answer"), None)
        for status in InvitationStatus:
            self.status_filter.addItem(invitation_status_label(status), status.value)
        self.counts_label = QLabel(self)
        self.attendance_numbers: Attendance | None = None  # what the summary shows
        self.counts_label.setObjectName("invitationCounts")
        self.counts_label.setProperty("role", "count")
        self.counts_label.setWordWrap(True)
        self.counts_label.setAccessibleName(self.tr("Invitations by answer"))

        self.table = QTableView(self)
        isolate_cells(self.table)
        self.table.setObjectName("inviteesTable")
        self.table.setAccessibleName(self.tr("Invitees"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for column, width in (
            (InviteesTableModel.NAME, 200),
            (InviteesTableModel.GROUP, 170),
            (InviteesTableModel.COUNTRY, 130),
            (InviteesTableModel.ORGANISATION, 160),
            (InviteesTableModel.ROLE, 110),
            (InviteesTableModel.STATUS, 120),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._status_delegate = ChoiceDelegate(
            [(invitation_status_label(s), s.value) for s in InvitationStatus], self
        )
        self._role_delegate = ChoiceDelegate(
            [(role_label(r), r.value) for r in InvitationRole], self
        )
        self.table.setItemDelegateForColumn(InviteesTableModel.STATUS, self._status_delegate)
        self.table.setItemDelegateForColumn(InviteesTableModel.ROLE, self._role_delegate)

        self.bulk_button = QToolButton(self)
        self.bulk_button.setText(self.tr("Set answer for selected"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.bulk_button)
        self.bulk_actions: dict[InvitationStatus, QAction] = {}
        for status in InvitationStatus:
            action = menu.addAction(invitation_status_label(status))
            action.triggered.connect(lambda _checked=False, s=status: self.set_selected_status(s))
            self.bulk_actions[status] = action
        self.bulk_button.setMenu(menu)
        self.selection_label = QLabel(self)
        self.selection_label.setProperty("role", "count")
        self.reveal_button = QPushButton(self)
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.reveal_label = QLabel(self)
        self.reveal_label.setProperty("role", "hint")
        self.message = MessageLabel("error", self)

        invite_row = QHBoxLayout()
        invite_row.addWidget(self.invite_all_button)
        invite_row.addWidget(self.invite_filter_button)
        invite_row.addWidget(self.invite_one_button)
        invite_row.addStretch(1)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search_edit, 1)
        filter_row.addWidget(self.status_filter)
        action_row = QHBoxLayout()
        action_row.addWidget(self.bulk_button)
        action_row.addWidget(self.selection_label)
        action_row.addStretch(1)
        action_row.addWidget(self.reveal_label)
        action_row.addWidget(self.reveal_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(invite_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.counts_label)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(action_row)
        layout.addWidget(self.message)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(search_delay_ms)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.model.changed.connect(self._after_change)
        self.model.failed.connect(self.message.show_message)
        self.model.modelReset.connect(self._update_selection)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_selection())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.reveal.revealed_changed.connect(self.model.set_revealed)
        self.reveal.revealed_changed.connect(lambda _id: self._update_reveal())
        self.reveal.countdown.connect(lambda _s: self._update_reveal())
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(
            lambda: self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.set_meeting(None, None, None, None)

    # ------------------------------------------------------------------ source

    @property
    def meeting_id(self) -> str | None:
        return self._meeting_id

    def set_meeting(
        self,
        service: InvitationService | None,
        people: PeopleService | None,
        organisations: OrganisationService | None,
        meeting_id: str | None,
        *,
        cancelled: bool = False,
    ) -> None:
        """Show one meeting's invitees (None: nothing, e.g. locked)."""
        self.reveal.hide()
        self._search_timer.stop()
        self._close_dialog()
        if meeting_id != self._meeting_id or service is None:
            self._generation += 1  # a running invite-all reports to nobody now
            self.result_label.clear_message()
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(0)
            self.status_filter.blockSignals(False)
        self._service = service
        self._people = people
        self._organisations = organisations
        self._meeting_id = meeting_id if service else None
        self._cancelled = cancelled
        self.message.clear_message()
        if self._service is None or self._meeting_id is None:
            self.model.clear()
        else:
            self.model.set_filter(self.search_edit.text(), self._status_filter())
            self.model.set_source(self._service, self._meeting_id, self._people)
        self._update_counts()
        self._update_enabled()

    def _status_filter(self) -> InvitationStatus | None:
        value = self.status_filter.currentData()
        return InvitationStatus(value) if value else None

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self._meeting_id is None:
            return
        self.reveal.hide()
        self.model.set_filter(self.search_edit.text(), self._status_filter())

    def refresh(self) -> None:
        if self._meeting_id is None:
            return
        self.model.refresh()
        self._update_counts()

    def _update_enabled(self) -> None:
        open_meeting = self._meeting_id is not None
        can_invite = open_meeting and not self._cancelled and self._task is None
        for button in (self.invite_all_button, self.invite_filter_button, self.invite_one_button):
            button.setEnabled(can_invite)
        if open_meeting and self._cancelled:
            self.invite_all_button.setToolTip(self.tr("This meeting is cancelled."))
        self.search_edit.setEnabled(open_meeting)
        self.status_filter.setEnabled(open_meeting)
        self._update_selection()

    def _update_counts(self) -> None:
        if self._service is None or self._meeting_id is None:
            self.counts_label.clear()
            self.attendance_numbers = None
            return
        try:
            numbers = self._service.attendance(self._meeting_id)
        except BizHRError as error:
            self.message.show_message(error_text(error))
            return
        total = numbers.invited
        if total == 0:
            self.counts_label.setText(self.tr("Nobody is invited yet."))
        else:
            self.counts_label.setText(
                plural(self.tr("%n invitee(s)", "", total), total) + ": " + counts_text(numbers)
            )
        self.attendance_numbers = numbers

    def counts_text(self) -> str:
        return self.counts_label.text()

    # ------------------------------------------------------------------ selection

    def selected_person_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [
            invitee.person_id
            for invitee in (self.model.invitee_at(row) for row in rows)
            if invitee is not None
        ]

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _update_selection(self) -> None:
        count = len(self.selected_person_ids()) if self._meeting_id else 0
        self.bulk_button.setEnabled(count > 0)
        self.selection_label.setText(
            plural(self.tr("%n selected", "", count), count) if count else ""
        )
        self._update_reveal()

    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: Any
    ) -> None:
        person_id = current.data(InviteesTableModel.PersonIdRole) if current.isValid() else None
        if person_id != self.reveal.person_id:
            self.reveal.hide()
        self._update_reveal()

    def _current_invitee_hidden(self) -> tuple[str | None, bool]:
        current = self.table.selectionModel().currentIndex()
        invitee = self.model.invitee_at(current.row()) if current.isValid() else None
        if invitee is None:
            return None, False
        return invitee.person_id, invitee.hidden

    def _update_reveal(self) -> None:
        person_id, hidden = self._current_invitee_hidden()
        revealed = person_id is not None and self.reveal.is_revealed(person_id)
        seconds = self.reveal.duration_seconds
        self.reveal_button.setText(
            self.tr("Hide") if revealed else self.tr("Reveal ({seconds} s)").format(seconds=seconds)
        )
        self.reveal_button.setEnabled(hidden and self._people is not None)
        self.reveal_button.setVisible(hidden)
        if revealed:
            self.reveal_label.setText(
                self.tr("Shown for {seconds} s more").format(seconds=self.reveal.seconds_left())
            )
        else:
            self.reveal_label.clear()

    def toggle_reveal(self) -> None:
        person_id, hidden = self._current_invitee_hidden()
        if person_id is None or not hidden:
            return
        if self.reveal.is_revealed(person_id):
            self.reveal.hide()
        else:
            self.reveal.reveal(person_id)

    # ------------------------------------------------------------------ changes

    def set_selected_status(self, status: InvitationStatus) -> int:
        """Record one answer for every selected invitee; returns how many changed."""
        ids = self.selected_person_ids()
        if not ids or self._service is None or self._meeting_id is None:
            return 0
        try:
            changed = self._service.set_status(self._meeting_id, ids, status)
        except BizHRError as error:
            self.message.show_message(error_text(error))
            return 0
        self.result_label.show_message(
            plural(self.tr("%n answer(s) recorded as {status}.", "", changed), changed).format(
                status=invitation_status_label(status)
            )
        )
        self.model.refresh()
        self._after_change()
        return changed

    def _after_change(self) -> None:
        self.message.clear_message()
        self._update_counts()
        self.changed.emit()

    def invite_all(self) -> None:
        """Invite every active person, off the GUI thread (one statement, any number)."""
        if self._service is None or self._meeting_id is None or self._task is not None:
            return
        service, meeting_id = self._service, self._meeting_id
        self._invite_in_background(
            lambda: service.invite_all_active(meeting_id),
            self.tr("Inviting every active participant…"),
        )

    def _invite_in_background(self, job: Callable[[], InviteResult], message: str) -> None:
        """Run an invitation of many people on the pool (tens of thousands take a moment
        encrypted); the result is shown only if the same meeting is still open."""
        generation = self._generation
        task = BackgroundTask(job)
        task.signals.succeeded.connect(lambda result: self._invited(generation, result))
        task.signals.failed.connect(lambda error: self._invite_failed(generation, error))
        self._task = task
        self.result_label.show_message(message)
        self.busy_changed.emit(True)
        self._update_enabled()
        task.start(self._pool)

    @property
    def is_busy(self) -> bool:
        return self._task is not None

    def _finish_task(self) -> None:
        self._task = None
        self.busy_changed.emit(False)
        self._update_enabled()

    def _invited(self, generation: int, result: InviteResult) -> None:
        self._finish_task()
        if generation != self._generation:
            return
        self.show_invite_result(result)

    def _invite_failed(self, generation: int, error: BaseException) -> None:
        self._finish_task()
        error.__traceback__ = None
        if not isinstance(error, BizHRError):
            raise error
        if generation == self._generation:
            self.result_label.clear_message()
            self.message.show_message(error_text(error))

    def show_invite_result(self, result: InviteResult) -> None:
        self.result_label.show_message(
            plural(self.tr("%n invited", "", result.added), result.added)
            + self.tr(", {already} already").format(already=result.already)
        )
        self.model.refresh()
        self._after_change()

    def invite_by_filter(self) -> None:
        if self._service is None or self._meeting_id is None or self._organisations is None:
            return
        dialog = InviteByFilterDialog(self._organisations, self)
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._invite_filtered(dialog.criteria()))
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def _invite_filtered(self, criteria: dict[str, Any]) -> None:
        if self._service is None or self._meeting_id is None or self._task is not None:
            return
        service, meeting_id = self._service, self._meeting_id
        self._invite_in_background(
            lambda: service.invite_by_filter(meeting_id, **criteria),
            self.tr("Inviting the people chosen…"),
        )

    def invite_one(self) -> None:
        if self._service is None or self._meeting_id is None or self._people is None:
            return
        dialog = InviteOneDialog(self._people, self._service, self._meeting_id, self)
        self._dialog = dialog
        dialog.invited.connect(self._on_invited_one)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        dialog.open()

    def _on_invited_one(self, _added: bool) -> None:
        self.model.refresh()
        self._after_change()

    @property
    def dialog(self) -> QDialog | None:
        return self._dialog

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            dialog, self._dialog = self._dialog, None
            dialog.reject()
