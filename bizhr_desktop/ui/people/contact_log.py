"""A person's contact log: when, by which channel, what was said; and a line to add one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from bizhr_desktop.core.models import ContactLogEntry, new_id
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.labels import MASK
from bizhr_desktop.ui.common.widgets import MessageLabel


class ContactLogView(QGroupBox):
    """Entries newest first. Summaries are hidden while the person is masked.

    It does not write: ``add_requested`` carries a new :class:`ContactLogEntry` for the
    page to hand to the service, which then calls :meth:`set_entries` again.
    """

    add_requested = Signal(object)  # ContactLogEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contact log"), parent)
        self._person_id: str | None = None
        self._entries: list[ContactLogEntry] = []
        self._masked = False
        self.tree = QTreeWidget(self)
        isolate_cells(self.tree)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Channel"), self.tr("Summary")])
        self.tree.setAccessibleName(self.tr("Contact log"))
        self.tree.setMinimumHeight(90)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date of the contact"))
        self.channel_edit = QComboBox(self)
        self.channel_edit.setEditable(True)
        self.channel_edit.setAccessibleName(self.tr("Channel"))
        self.channel_edit.addItems(
            [
                self.tr("Signal"),
                self.tr("Email"),
                self.tr("Phone"),
                self.tr("In person"),
                self.tr("Via intermediary"),
            ]
        )
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setPlaceholderText(self.tr("What was said or agreed"))
        self.summary_edit.setAccessibleName(self.tr("Summary of the contact"))
        self.summary_edit.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Add entry"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        self.message = MessageLabel("hint", self)
        layout = QGridLayout(self)
        layout.addWidget(self.tree, 0, 0, 1, 3)
        layout.addWidget(self.date_edit, 1, 0)
        layout.addWidget(self.channel_edit, 1, 1)
        layout.addWidget(self.summary_edit, 2, 0, 1, 2)
        layout.addWidget(self.add_button, 2, 2)
        layout.addWidget(self.message, 3, 0, 1, 3)
        layout.setColumnStretch(1, 1)
        self.set_person(None)

    def set_person(self, person_id: str | None) -> None:
        """None for an unsaved (new) person or no person: nothing can be logged yet."""
        self._person_id = person_id
        self.set_entries([])
        self.summary_edit.clear()
        self.date_edit.setDate(QDate.currentDate())
        self._update_enabled()

    def set_entries(self, entries: Sequence[ContactLogEntry]) -> None:
        self._entries = sorted(entries, key=lambda e: e.occurred_on, reverse=True)
        self._fill()

    def set_masked(self, masked: bool) -> None:
        self._masked = masked
        self._fill()
        self._update_enabled()

    def _fill(self) -> None:
        self.tree.clear()
        for entry in self._entries:
            summary = MASK if self._masked else entry.summary
            item = QTreeWidgetItem([entry.occurred_on.isoformat(), entry.channel, summary])
            item.setToolTip(2, "" if self._masked else entry.summary)
            self.tree.addTopLevelItem(item)
        if not self._entries:
            item = QTreeWidgetItem(["", "", self.tr("No contact recorded yet.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(item)

    def _update_enabled(self) -> None:
        can_add = self._person_id is not None and not self._masked
        for widget in (self.date_edit, self.channel_edit, self.summary_edit, self.add_button):
            widget.setEnabled(can_add)
        if self._person_id is None:
            self.message.show_message(self.tr("Save the person first to log a contact."))
        elif self._masked:
            self.message.show_message(self.tr("Reveal this person to read or add entries."))
        else:
            self.message.clear_message()

    def _add(self) -> None:
        if self._person_id is None or self._masked:
            return
        summary = self.summary_edit.text().strip()
        if not summary:
            self.message.show_message(self.tr("Write a short summary of the contact."))
            self.summary_edit.setFocus()
            return
        day = self.date_edit.date()
        entry = ContactLogEntry(
            id=new_id(),
            person_id=self._person_id,
            occurred_on=date(day.year(), day.month(), day.day()),
            channel=self.channel_edit.currentText().strip(),
            summary=summary,
        )
        self.summary_edit.clear()
        self.message.clear_message()
        self.add_requested.emit(entry)
