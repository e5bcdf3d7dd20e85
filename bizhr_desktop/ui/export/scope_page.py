"""The wizard's first step: whose records the list starts from.

Everyone in the vault, the people matching a filter (the People page's filter bar, or the
filter that page had when it opened the wizard), or the people of one meeting, with the
Chatham House Rule explained when the meeting is held under it. It counts the people in the
list before the audience's rules apply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.services import exporting
from bizhr_desktop.services.exporting import ExportScope, MeetingList, ScopeKind
from bizhr_desktop.services.meetings import MeetingRecord
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import plural
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import MessageLabel, hint
from bizhr_desktop.ui.people.filters import PeopleFilterBar

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.wizard import ExportWizard


class ScopePage(QWizardPage):
    """Whose records: everyone, a filtered list, or a meeting's list."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Who is in the list?"))
        self.setSubTitle(
            self.tr("Choose the people the list starts from. The next steps decide what it shows.")
        )
        self.everyone_radio = QRadioButton(self.tr("Everyone in the vault"), self)
        self.filter_radio = QRadioButton(self.tr("People matching a filter"), self)
        self.meeting_radio = QRadioButton(self.tr("The people of one meeting"), self)
        self.scope_group = QButtonGroup(self)
        for radio in (self.everyone_radio, self.filter_radio, self.meeting_radio):
            self.scope_group.addButton(radio)
        self.everyone_radio.setChecked(True)
        self.scope_group.buttonToggled.connect(self._on_changed)

        self.filter_bar = PeopleFilterBar(self)
        self.filter_bar.changed.connect(self._on_changed)

        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.currentIndexChanged.connect(self._on_changed)
        self.list_combo = QComboBox(self)
        self.list_combo.setAccessibleName(self.tr("Which of its people"))
        self.list_combo.addItem(self.tr("Everyone invited"), MeetingList.INVITED.value)
        self.list_combo.addItem(self.tr("Those who accepted or came"), MeetingList.ACCEPTED.value)
        self.list_combo.addItem(self.tr("Those who attended"), MeetingList.ATTENDED.value)
        self.list_combo.setCurrentIndex(1)
        self.list_combo.currentIndexChanged.connect(self._on_changed)
        self.attendance_box = QCheckBox(
            self.tr("This list is the attendance record the host asked for"), self
        )
        self.attendance_box.toggled.connect(self._on_changed)
        self.chatham_label = hint("", self)
        self.no_meetings_label = hint(self.tr("There are no meetings in this vault yet."), self)

        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "subheading")
        self.count_label.setWordWrap(True)
        self.error = MessageLabel("error", self)

        self.meeting_box = QWidget(self)
        meeting_layout = QGridLayout(self.meeting_box)
        meeting_layout.setContentsMargins(24, 0, 0, 0)
        self.meeting_label = QLabel(self.tr("Meeting:"), self.meeting_box)
        self.meeting_label.setBuddy(self.meeting_combo)
        self.list_label = QLabel(self.tr("People:"), self.meeting_box)
        self.list_label.setBuddy(self.list_combo)
        meeting_layout.addWidget(self.meeting_label, 0, 0)
        meeting_layout.addWidget(self.meeting_combo, 0, 1)
        meeting_layout.addWidget(self.list_label, 1, 0)
        meeting_layout.addWidget(self.list_combo, 1, 1)
        meeting_layout.addWidget(self.no_meetings_label, 2, 0, 1, 2)
        meeting_layout.addWidget(self.attendance_box, 3, 0, 1, 2)
        meeting_layout.addWidget(self.chatham_label, 4, 0, 1, 2)
        meeting_layout.setColumnStretch(1, 1)

        filter_holder = QWidget(self)
        filter_layout = QVBoxLayout(filter_holder)
        filter_layout.setContentsMargins(24, 0, 0, 0)
        filter_layout.addWidget(self.filter_bar)
        self.filter_holder = filter_holder

        layout = QVBoxLayout(self)
        layout.addWidget(self.everyone_radio)
        layout.addWidget(self.filter_radio)
        layout.addWidget(filter_holder)
        layout.addWidget(self.meeting_radio)
        layout.addWidget(self.meeting_box)
        layout.addSpacing(8)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._meetings: list[MeetingRecord] = []

    def load(self, session: VaultSession) -> None:
        """Fill the choices from the vault (countries, tags, meetings)."""
        people = session.people
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_countries(people.countries())
        self.filter_bar.set_tags(people.tags())
        self.filter_bar.blockSignals(False)
        self._meetings = session.meetings.list()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for record in reversed(self._meetings):  # the latest first
            day = record.meeting.starts_at.date().isoformat()
            self.meeting_combo.addItem(f"{day} — {record.title}", record.id)
        self.meeting_combo.blockSignals(False)
        self._on_changed()

    def clear(self) -> None:
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear()
        self.filter_bar.set_countries(())
        self.filter_bar.set_tags(())
        self.filter_bar.blockSignals(False)
        self.meeting_combo.clear()
        self._meetings = []

    def select_filter(self, query: PeopleQuery) -> None:
        """Start from a filter made elsewhere (the People page's current one)."""
        self.filter_bar.blockSignals(True)
        for group, chip in self.filter_bar.group_chips.items():
            chip.setChecked(group in query.groups)
        for risk, chip in self.filter_bar.risk_chips.items():
            chip.setChecked(risk in query.risk_levels)
        self.filter_bar.country_button.set_selected(query.countries)
        self.filter_bar.tag_button.set_selected(query.tags)
        self.filter_bar.consent_network_chip.setChecked(bool(query.consent_network))
        self.filter_bar.consent_coorganisers_chip.setChecked(bool(query.consent_coorganisers))
        self.filter_bar.consent_public_chip.setChecked(bool(query.consent_public))
        self.filter_bar.blockSignals(False)
        self.filter_radio.setChecked(True)
        self._on_changed()

    def select_meeting(self, meeting_id: str, meeting_list: MeetingList) -> None:
        index = self.meeting_combo.findData(meeting_id)
        if index >= 0:
            self.meeting_combo.setCurrentIndex(index)
        self.list_combo.setCurrentIndex(max(0, self.list_combo.findData(meeting_list.value)))
        self.meeting_radio.setChecked(True)
        self._on_changed()

    def kind(self) -> ScopeKind:
        if self.filter_radio.isChecked():
            return ScopeKind.FILTER
        if self.meeting_radio.isChecked():
            return ScopeKind.MEETING
        return ScopeKind.ALL

    def meeting(self) -> MeetingRecord | None:
        meeting_id = self.meeting_combo.currentData()
        return next((m for m in self._meetings if m.id == meeting_id), None)

    def scope(self) -> ExportScope | None:
        kind = self.kind()
        if kind is ScopeKind.FILTER:
            return ExportScope.filtered(self.filter_bar.query())
        if kind is ScopeKind.MEETING:
            meeting = self.meeting()
            if meeting is None:
                return None
            return ExportScope.meeting(meeting.id, MeetingList(self.list_combo.currentData()))
        return ExportScope.everyone()

    def attendance_record(self) -> bool:
        return self.kind() is ScopeKind.MEETING and self.attendance_box.isChecked()

    def _on_changed(self, *_args: object) -> None:
        kind = self.kind()
        self.filter_holder.setEnabled(kind is ScopeKind.FILTER)
        self.meeting_box.setEnabled(kind is ScopeKind.MEETING)
        has_meetings = bool(self._meetings)
        self.meeting_radio.setEnabled(has_meetings)
        self.no_meetings_label.setVisible(not has_meetings)
        for widget in (self.meeting_combo, self.list_combo, self.meeting_label, self.list_label):
            widget.setVisible(has_meetings)
        meeting = self.meeting()
        chatham = meeting is not None and meeting.meeting.chatham_house
        self.attendance_box.setVisible(has_meetings)
        self.attendance_box.setEnabled(chatham)
        if meeting is None:
            self.chatham_label.setVisible(False)
        elif chatham:
            self.chatham_label.setText(
                self.tr(
                    "This meeting is held under the Chatham House Rule: what was said may be "
                    "used, but not who said it, nor who was there or where they work. A list "
                    "for the public or a venue therefore gives only counts by stakeholder "
                    "group. Tick the box only if the host asked for an attendance record; "
                    "even then, only people who consented are named."
                )
            )
            self.chatham_label.setVisible(True)
        else:
            self.attendance_box.setChecked(False)
            self.chatham_label.setText(
                self.tr("This meeting is not held under the Chatham House Rule.")
            )
            self.chatham_label.setVisible(True)
        self._update_count()
        self.completeChanged.emit()

    def _update_count(self) -> None:
        session = self._wizard.session
        self.error.clear_message()
        if session is None:
            self.count_label.clear()
            return
        try:
            count = self._count(session)
        except BizHRError as error:
            self.count_label.clear()
            self.error.show_message(error_text(error))
            return
        self.count_label.setText(
            plural(self.tr("%n person(s) in this list before the rules apply", "", count), count)
        )

    def _count(self, session: VaultSession) -> int:
        kind = self.kind()
        if kind is ScopeKind.MEETING:
            meeting = self.meeting()
            if meeting is None:
                return 0
            counts = session.invitations.invitation_counts(meeting.id)
            wanted = exporting.list_statuses(MeetingList(self.list_combo.currentData()))
            return sum(counts.get(status, 0) for status in wanted)
        query = self.filter_bar.query() if kind is ScopeKind.FILTER else PeopleQuery()
        return session.people.count(query)

    def isComplete(self) -> bool:
        return self.scope() is not None
