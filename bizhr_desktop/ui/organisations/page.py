"""The Organisations page: every organisation, searchable, and the people of the one selected."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import RiskLevel
from bizhr_desktop.services.importing import ImportKind
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.organisations import OrganisationRow, OrganisationService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.labels import (
    DetailValue,
    country_text,
    joined,
    organisation_kind_label,
    plural,
)
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.page import Page
from bizhr_desktop.ui.common.splitters import start_split
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import MessageLabel
from bizhr_desktop.ui.importing.wizard import ImportWizard
from bizhr_desktop.ui.organisations.editor import OrganisationEditDialog
from bizhr_desktop.ui.organisations.models import OrganisationTableModel
from bizhr_desktop.ui.people.attendance import OrganisationAttendanceView
from bizhr_desktop.ui.people.models import PeopleTableModel

SEARCH_DELAY_MS = 150
LISTED_RISKS = frozenset({RiskLevel.LOW, RiskLevel.MEDIUM})
NAME_COLUMN_MAX = 340


class OrganisationsPage(Page):
    """Companies, investors, NGOs, agencies; selecting one lists its people. People at high
    or critical risk are only counted there, never listed: the People page hides their
    organisation, and a list per organisation would give it away.

    An organisation is edited in :class:`OrganisationEditDialog`: Edit…, Ctrl+E, Enter or a
    double click on its row. ``organisation_changed`` then carries its id, so that other
    pages showing organisation names (People) can read them again.
    """

    organisation_changed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, search_delay_ms: int = SEARCH_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("organisationsPage")
        self.setStyleSheet(style_sheet("records"))
        self._wizard: ImportWizard | None = None
        self._service: OrganisationService | None = None
        self.edit_dialog: OrganisationEditDialog | None = None
        self.model = OrganisationTableModel(parent=self)
        self.people_model = PeopleTableModel(parent=self)

        heading = QLabel(self.tr("Organisations"), self)
        heading.setProperty("role", "pageHeading")
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search organisations (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search organisations"))
        self.search_edit.setClearButtonEnabled(True)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Import organisations from a CSV or Excel file"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.open_import_wizard)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editOrganisation")
        self.edit_button.setToolTip(self.tr("Edit the selected organisation (Ctrl+E)"))
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_organisation())
        self.count_label = QLabel(self)
        self.status = MessageLabel("notice", self)
        self.count_label.setProperty("role", "count")

        self.table = QTableView(self)
        isolate_cells(self.table)
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Every column as wide as its words; the name too, up to a third of a laptop screen
        # (longer ones are elided and shown in full on hover and in the pane beside).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(1, OrganisationTableModel.COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.resizeSection(OrganisationTableModel.NAME, 230)
        self.model.modelReset.connect(self._fit_name_column)
        header.setSortIndicator(OrganisationTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        # Enter on a row, or a double click (which Qt reports as activated too).
        self.table.activated.connect(self._on_activated)

        # The name and facts start at the pane's leading side in either direction, a Latin
        # name in an Arabic window too, each in its own direction.
        self.detail_title = DetailValue(self, selectable=False)
        self.detail_title.setProperty("role", "heading")
        self.detail_facts = DetailValue(self, selectable=False)
        self.detail_facts.setProperty("role", "hint")
        self.people_label = QLabel(self)
        self.people_label.setProperty("role", "subheading")
        self.people_table = QTableView(self)
        isolate_cells(self.people_table)
        self.people_table.setAccessibleName(self.tr("People of this organisation"))
        self.people_table.setModel(self.people_model)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setShowGrid(False)
        self.people_table.verticalHeader().hide()
        self.people_table.verticalHeader().setDefaultSectionSize(28)
        for column in (
            PeopleTableModel.ORGANISATION,
            PeopleTableModel.CONSENT_DATE,
        ):
            self.people_table.hideColumn(column)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.horizontalHeader().resizeSection(PeopleTableModel.NAME, 170)
        self.empty_label = QLabel(self.tr("Select an organisation to see who belongs to it."), self)
        self.empty_label.setProperty("role", "emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addWidget(self.empty_label, 1)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_facts)
        detail_layout.addWidget(self.people_label)
        detail_layout.addWidget(self.people_table, 1)
        self.attendance = OrganisationAttendanceView(detail)
        detail_layout.addWidget(self.attendance, 1)
        self._invitations: InvitationService | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setObjectName("organisationsSplitter")
        # The list first: with nobody selected the pane beside it holds one line of text.
        start_split(self.splitter, (0.7, 0.3))

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(search_delay_ms)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search_edit.setFocus)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search_edit.clear)
        self.edit_shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E), self)
        # Only while this page is the one shown (the Meetings page has its own Ctrl+E).
        self.edit_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.edit_shortcut.activated.connect(self.edit_organisation)
        self.set_session(None)

    def title(self) -> str:
        return self.tr("Organisations")

    def icon_name(self) -> str:
        return "organisations"

    def set_session(self, session: VaultSession | None) -> None:
        super().set_session(session)
        self._search_timer.stop()
        if self._wizard is not None:
            self._wizard.abort()
            self._wizard = None
        if self.edit_dialog is not None:
            self.edit_dialog.reject()  # nothing typed there is kept once the vault locks
        self.status.clear_message()
        self._show_organisation(None)
        if session is None:
            self.search_edit.blockSignals(True)
            self.search_edit.setText("")  # clear() would leave it in the undo history
            self.search_edit.blockSignals(False)
            self.model.clear()
            self.people_model.clear()
            self._invitations = None
            self._service = None
            self.attendance.set_rows(())
        else:
            self._invitations = session.invitations
            self._service = session.organisations
            self.model.set_service(self._service)
            self.people_model.set_query(PeopleQuery(organisation_id=""))
            self.people_model.set_service(session.people)
        for widget in (self.search_edit, self.import_button):
            widget.setEnabled(session is not None)
        self.edit_shortcut.setEnabled(session is not None)
        self._update_count()
        self._update_edit_button()

    def apply_search(self) -> None:
        self._search_timer.stop()
        selected = self._selected()
        self.model.set_text(self.search_edit.text())
        self._update_count()
        row = self.model.row_of(selected.id) if selected is not None else -1
        if row >= 0:
            self._select_row(row)
        else:
            self._show_organisation(None)
        self._update_edit_button()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, OrganisationTableModel.NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_organisation(self, organisation_id: str) -> bool:
        """Select an organisation if it is listed (under the current search)."""
        row = self.model.row_of(organisation_id)
        if row >= 0:
            self._select_row(row)
        self._update_edit_button()
        return row >= 0

    def _update_edit_button(self) -> None:
        self.edit_button.setEnabled(self._service is not None and self._selected() is not None)

    def _fit_name_column(self) -> None:
        if self.model.rowCount():
            wanted = self.table.sizeHintForColumn(OrganisationTableModel.NAME)
            self.table.horizontalHeader().resizeSection(
                OrganisationTableModel.NAME, max(160, min(wanted, NAME_COLUMN_MAX))
            )

    def _update_count(self) -> None:
        if self.session is None:
            self.count_label.clear()
        elif self.model.rowCount() == 0 and not self.search_edit.text():
            self.count_label.setText(
                self.tr("No organisations yet. They are added with people, or imported.")
            )
        else:
            self.count_label.setText(
                plural(
                    self.tr("%n organisation(s)", "", self.model.rowCount()), self.model.rowCount()
                )
            )

    def _selected(self) -> OrganisationRow | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.organisation_at(index.row()) if index.isValid() else None

    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex
    ) -> None:
        self._show_organisation(
            self.model.organisation_at(current.row()) if current.isValid() else None
        )
        self._update_edit_button()

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        organisation = self.model.organisation_at(index.row()) if index.isValid() else None
        if organisation is not None:
            self.edit_organisation(organisation.id)

    # ------------------------------------------------------------------ editing

    def edit_organisation(
        self, organisation_id: str | None = None
    ) -> OrganisationEditDialog | None:
        """Open the Edit organisation dialog for *organisation_id* (default: the selected)."""
        if self._service is None:
            return None
        if self.edit_dialog is not None:
            self.edit_dialog.raise_()
            self.edit_dialog.activateWindow()
            return self.edit_dialog
        if organisation_id is None:
            selected = self._selected()
            if selected is None:
                return None
            organisation_id = selected.id
        self.status.clear_message()
        try:
            organisation = self._service.get(organisation_id)
        except BizHRError as error:
            self.status.show_message(error_text(error))
            self.apply_search()
            return None
        dialog = OrganisationEditDialog(self._service, organisation, self)
        self.edit_dialog = dialog
        dialog.finished.connect(lambda _result: self._on_edit_finished(dialog))
        dialog.open()
        return dialog

    def _on_edit_finished(self, dialog: OrganisationEditDialog) -> None:
        if self.edit_dialog is dialog:
            self.edit_dialog = None
        stored = dialog.result_organisation
        dialog.deleteLater()
        if stored is None or self._service is None:
            return  # cancelled: nothing was written
        self.model.refresh()
        self._update_count()
        if not self.select_organisation(stored.id):
            # Renamed out of the current search: say where it went rather than lose it.
            self._show_organisation(None)
            self.status.show_message(
                self.tr("Saved. “{name}” no longer matches the search.").format(name=stored.name)
            )
        self.table.setFocus()
        self.organisation_changed.emit(stored.id)

    def _show_organisation(self, organisation: OrganisationRow | None) -> None:
        shown = organisation is not None
        self.empty_label.setVisible(not shown)
        for widget in (
            self.detail_title,
            self.detail_facts,
            self.people_label,
            self.people_table,
            self.attendance,
        ):
            widget.setVisible(shown)
        if organisation is None:
            self.attendance.set_rows(())
            if self.people_model.service is not None:
                self.people_model.set_query(PeopleQuery(organisation_id=""))
            return
        self.detail_title.setText(organisation.name)
        facts = [organisation_kind_label(organisation.kind)]
        if organisation.sector:
            facts.append(organisation.sector)
        if organisation.country:
            facts.append(country_text(organisation.country, generalised=False))
        if organisation.public_commitment:
            date = organisation.commitment_date
            facts.append(
                self.tr("Publicly committed since {date}").format(date=date.isoformat())
                if date
                else self.tr("Publicly committed")
            )
        else:
            facts.append(self.tr("No public commitment"))
        self.detail_facts.setText(joined(facts, " · ", right_to_left=self.isRightToLeft()))
        # People at high or critical risk are listed with "—" for their organisation on the
        # People page; listing them here would give that affiliation away. Only a count.
        self.people_model.set_query(
            PeopleQuery(organisation_id=organisation.id, risk_levels=LISTED_RISKS)
        )
        listed = self.people_model.total
        text = plural(self.tr("%n person(s)", "", listed), listed)
        hidden = max(0, organisation.people_count - listed)
        if hidden:
            text += " · " + plural(
                self.tr("%n more at high or critical risk, not listed here", "", hidden), hidden
            )
        self.people_label.setText(text)
        # Only the people listed above are counted: a hidden member's meetings stay hidden.
        if self._invitations is not None:
            self.attendance.set_rows(
                self._invitations.attendance_of_organisation(organisation.id, include_at_risk=False)
            )

    def open_import_wizard(self) -> None:
        session = self.session
        if session is None or self._wizard is not None:
            return
        wizard = ImportWizard(session.importing, ImportKind.ORGANISATIONS, self)
        self._wizard = wizard
        wizard.finished.connect(self._on_import_finished)
        wizard.open()

    def _on_import_finished(self, _result: int) -> None:
        wizard, self._wizard = self._wizard, None
        if wizard is not None:
            wizard.deleteLater()
        if self.session is not None:
            self.apply_search()

    def showEvent(self, event: QShowEvent) -> None:
        # People may have been added on the People page since: counts must be current.
        if self.session is not None:
            self.apply_search()
        super().showEvent(event)
