"""Follow-ups ("invitations to take action"): per meeting, and the open ones of the programme."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import FollowUpStatus
from bizhr_desktop.services.followups import FollowUpRow, FollowUpService
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.fields import OptionalDateEdit
from bizhr_desktop.ui.common.labels import plural
from bizhr_desktop.ui.common.meeting_labels import followup_status_label
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import MessageLabel
from bizhr_desktop.ui.meetings.models import FollowUpsTableModel


class FollowUpDialog(QDialog):
    """Add a follow-up to a meeting, or change one."""

    def __init__(
        self,
        service: FollowUpService,
        organisations: OrganisationService,
        meeting_id: str,
        row: FollowUpRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._meeting_id = meeting_id
        self._row = row
        self.setWindowTitle(self.tr("Change follow-up") if row else self.tr("New follow-up"))
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.setAccessibleName(self.tr("Organisation"))
        self.organisation_combo.addItem(self.tr("No organisation"), "")
        for organisation in organisations.list():
            self.organisation_combo.addItem(organisation.name, organisation.id)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("What should be done"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(90)
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.owner_edit.setPlaceholderText(self.tr("Who chases it"))
        self.due_edit = OptionalDateEdit(self.tr("Due date"), self)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in FollowUpStatus:
            self.status_combo.addItem(followup_status_label(status), status.value)
        self.error = MessageLabel("error", self)
        form = QFormLayout()
        form.addRow(self.tr("&Organisation"), self.organisation_combo)
        form.addRow(self.tr("&Action"), self.text_edit)
        form.addRow(self.tr("O&wner"), self.owner_edit)
        form.addRow(self.tr("&Due"), self.due_edit)
        form.addRow(self.tr("&Status"), self.status_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("primary", True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 360)
        if row is not None:
            followup = row.followup
            index = self.organisation_combo.findData(row.organisation_id)
            self.organisation_combo.setCurrentIndex(max(0, index))
            self.text_edit.setPlainText(followup.text)
            self.owner_edit.setText(followup.owner)
            self.due_edit.set_date(followup.due_on)
            self.status_combo.setCurrentIndex(
                max(0, self.status_combo.findData(followup.status.value))
            )

    def save(self) -> bool:
        organisation = self.organisation_combo.currentData() or None
        try:
            if self._row is None:
                created = self._service.add(
                    self._meeting_id,
                    self.text_edit.toPlainText(),
                    organisation_id=organisation,
                    owner=self.owner_edit.text(),
                    due_on=self.due_edit.date(),
                )
                status = self.status_combo.currentData()
                if status != FollowUpStatus.OPEN.value:
                    self._service.set_status(created.id, status)
            else:
                self._service.update(
                    self._row.followup.id,
                    text=self.text_edit.toPlainText(),
                    owner=self.owner_edit.text(),
                    due_on=self.due_edit.date(),
                    organisation_id=organisation,
                    status=self.status_combo.currentData(),
                )
        except BizHRError as error:
            self.error.show_message(error_text(error))
            return False
        self.accept()
        return True


def _table(parent: QWidget, model: FollowUpsTableModel, name: str) -> QTableView:
    table = QTableView(parent)
    isolate_cells(table)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(FollowUpsTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
    header.resizeSection(FollowUpsTableModel.MEETING, 200)
    header.resizeSection(FollowUpsTableModel.ORGANISATION, 160)
    header.resizeSection(FollowUpsTableModel.OWNER, 120)
    # "overdue" is the word that matters: the column is never narrower than its text.
    header.setSectionResizeMode(FollowUpsTableModel.DUE, QHeaderView.ResizeMode.ResizeToContents)
    header.resizeSection(FollowUpsTableModel.STATUS, 100)
    if not model.show_meeting:
        table.hideColumn(FollowUpsTableModel.MEETING)
    return table


class FollowUpsPanel(QWidget):
    """The follow-ups of the selected meeting, with Add and Edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPanel")
        self._service: FollowUpService | None = None
        self._organisations: OrganisationService | None = None
        self._meeting_id: str | None = None
        self._dialog: FollowUpDialog | None = None
        self.today: Callable[[], date] = date.today  # replaced in tests
        self.model = FollowUpsTableModel(self)
        self.table = _table(self, self.model, self.tr("Follow-ups of this meeting"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add follow-up…"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "count")
        self.message = MessageLabel("error", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.set_meeting(None, None, None)

    @property
    def dialog(self) -> FollowUpDialog | None:
        return self._dialog

    def set_meeting(
        self,
        service: FollowUpService | None,
        organisations: OrganisationService | None,
        meeting_id: str | None,
    ) -> None:
        if self._dialog is not None:
            self._dialog.reject()
        self._service = service
        self._organisations = organisations
        self._meeting_id = meeting_id if service else None
        self.message.clear_message()
        self.reload()

    def reload(self) -> None:
        if self._service is None or self._meeting_id is None:
            self.model.clear()
        else:
            try:
                self.model.set_rows(self._service.of_meeting(self._meeting_id, today=self.today()))
            except BizHRError as error:
                self.model.clear()
                self.message.show_message(error_text(error))
        total = self.model.rowCount()
        overdue = self.model.overdue_count()
        text = plural(self.tr("%n follow-up(s)", "", total), total) if self._meeting_id else ""
        if overdue:
            text += " · " + plural(self.tr("%n overdue", "", overdue), overdue)
        self.count_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._meeting_id is not None)
        self.edit_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(self.model.row_at(rows[0].row()))

    def _open(self, row: FollowUpRow | None) -> None:
        if self._service is None or self._organisations is None or self._meeting_id is None:
            return
        dialog = FollowUpDialog(self._service, self._organisations, self._meeting_id, row, self)
        self._dialog = dialog
        dialog.accepted.connect(self._saved)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: FollowUpDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _saved(self) -> None:
        self.reload()
        self.changed.emit()


class OpenFollowUpsView(QWidget):
    """Every open or in-progress follow-up of the programme, overdue ones first."""

    back = Signal()
    meeting_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openFollowUps")
        self._service: FollowUpService | None = None
        self.today: Callable[[], date] = date.today  # replaced in tests
        self.model = FollowUpsTableModel(self, show_meeting=True)
        heading = QLabel(self.tr("Open follow-ups across the programme"), self)
        heading.setProperty("role", "heading")
        self.back_button = QPushButton(self.tr("Back to the programme (Esc)"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("followUpsSummary")
        self.summary_label.setProperty("role", "subheading")
        hint = QLabel(
            self.tr(
                "Overdue ones come first and say “overdue” next to their date. "
                "Double-click one to open its meeting."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.table = _table(self, self.model, self.tr("Open follow-ups"))
        self.table.doubleClicked.connect(self._open_meeting)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def set_service(self, service: FollowUpService | None) -> None:
        self._service = service
        self.reload()

    def reload(self) -> None:
        if self._service is None:
            self.model.clear()
            self.summary_label.clear()
            return
        self.model.set_rows(self._service.open_followups(self.today()))
        total, overdue = self.model.rowCount(), self.model.overdue_count()
        self.summary_label.setText(
            plural(self.tr("%n open follow-up(s)", "", total), total)
            + " · "
            + plural(self.tr("%n overdue", "", overdue), overdue)
        )

    def _open_meeting(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is not None:
            self.meeting_chosen.emit(row.followup.meeting_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
            return
        super().keyPressEvent(event)
