"""The People page: search as you type, filter chips, the list, and the person beside it."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError, RecordNotFound
from bizhr_desktop.core.models import RiskLevel
from bizhr_desktop.services import travel
from bizhr_desktop.services.importing import ImportKind
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.services.people import ErasureReport, PeopleService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.labels import plural, risk_label
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.page import Page
from bizhr_desktop.ui.common.reveal import DEFAULT_REVEAL_MS, RevealTimer
from bizhr_desktop.ui.common.splitters import fit_columns, start_split
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import MessageLabel
from bizhr_desktop.ui.common.worker import BackgroundJobs
from bizhr_desktop.ui.importing.wizard import ImportWizard
from bizhr_desktop.ui.people.away import AwayBadgeDelegate
from bizhr_desktop.ui.people.duplicates_dialog import DuplicatesDialog
from bizhr_desktop.ui.people.editor import PersonEditor
from bizhr_desktop.ui.people.erase_dialog import EraseDialog, EraseProgressDialog
from bizhr_desktop.ui.people.filters import PeopleFilterBar
from bizhr_desktop.ui.people.models import PeopleTableModel

SEARCH_DELAY_MS = 150


class PeoplePage(Page):
    """Everyone in the vault, found in a second; masked rows for people at high risk.

    ``reveal_ms`` and ``search_delay_ms`` are injectable so tests need not wait 30 s.
    *clipboard* is the application's guard for copied values (its clearing delay is set by
    the controller); without one the page keeps its own and follows the vault's setting.

    People whose record is away in travel mode show an "Away" badge in the list and a
    notice in their record; nothing about the trip itself is shown.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        reveal_ms: int = DEFAULT_REVEAL_MS,
        search_delay_ms: int = SEARCH_DELAY_MS,
        clipboard: SecretClipboard | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePage")
        self.setStyleSheet(style_sheet("records"))
        self._service: PeopleService | None = None
        self._organisations: OrganisationService | None = None
        self._wizard: ImportWizard | None = None
        self._erase_dialog: EraseDialog | None = None
        self._erase_jobs: BackgroundJobs | None = None
        self._erase_progress: EraseProgressDialog | None = None
        self._duplicates_dialog: DuplicatesDialog | None = None
        self._restoring_selection = False
        self._stale = False  # records changed elsewhere (an organisation renamed)
        self._reveal_ms = reveal_ms
        self._pool = pool
        # Erasures run here; a lock waits for this pool alone to finish.
        self._erase_pool = pool if pool is not None else QThreadPool(self)
        self._owns_clipboard = clipboard is None
        self.clipboard = (
            clipboard
            if clipboard is not None
            else SecretClipboard(QGuiApplication.clipboard(), parent=self)
        )

        self.reveal = RevealTimer(reveal_ms, self)
        self.model = PeopleTableModel(parent=self)

        heading = QLabel(self.tr("People"), self)
        heading.setProperty("role", "pageHeading")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, pseudonym, organisation, role, country or tag (Ctrl+F)")
        )
        self.search_edit.setAccessibleName(self.tr("Search people"))
        self.search_edit.setClearButtonEnabled(True)
        # What is typed here can be a name: keep it out of input-method dictionaries.
        self.search_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.add_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.add_button.setProperty("primary", True)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_person)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Import people from a CSV or Excel file"))
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.open_import_wizard)
        self.duplicates_button = QPushButton(self.tr("Find duplicates…"), self)
        self.duplicates_button.setObjectName("findDuplicates")
        self.duplicates_button.setToolTip(
            self.tr("List people who may be recorded twice, and merge them")
        )
        self.duplicates_button.setAutoDefault(False)
        self.duplicates_button.clicked.connect(self.open_duplicates_dialog)

        self.filter_bar = PeopleFilterBar(self)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "count")
        self.count_label.setAccessibleName(self.tr("Number of people listed"))
        self.status = MessageLabel("notice", self)

        self.table = QTableView(self)
        isolate_cells(self.table)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.away_delegate = AwayBadgeDelegate(self.model, self.table)
        self.table.setItemDelegateForColumn(PeopleTableModel.NAME, self.away_delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        # Room for a pseudonym beside the lock and an "Away" badge (longer in French). Risk
        # and the consent date keep their width (a word, a date: cut, they say nothing); the
        # text columns share the rest of the list's width.
        risk, consent = PeopleTableModel.RISK, PeopleTableModel.CONSENT_DATE
        metrics = header.fontMetrics()
        widths = [215, 0, 104, 150, 110, 120, 0]
        widths[risk] = max(74, *(metrics.horizontalAdvance(risk_label(r)) + 24 for r in RiskLevel))
        consent_heading = str(self.model.headerData(consent, Qt.Orientation.Horizontal))
        widths[consent] = max(96, metrics.horizontalAdvance(consent_heading) + 30)
        fit_columns(self.table, widths, fixed=(risk, consent))
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.editor = PersonEditor(self.reveal, self)
        self.editor.saved.connect(self._on_saved)
        self.editor.erase_requested.connect(self.erase_person)
        self.editor.copy_requested.connect(self.copy_contact)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setObjectName("peopleSplitter")
        # The list first: with nobody selected the pane beside it holds one line of text.
        start_split(self.splitter, (0.66, 0.34))
        self.table.setMinimumWidth(360)
        # The editor claims the width its fields need while a person is shown (_claim_width).

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.duplicates_button)
        top.addWidget(self.import_button)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(search_delay_ms)
        self._search_timer.timeout.connect(self.apply_query)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.filter_bar.changed.connect(self.apply_query)
        self.reveal.revealed_changed.connect(self.model.set_revealed)

        self._shortcuts = [
            self._shortcut(QKeySequence.StandardKey.Find, self.focus_search),
            self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N), self.add_person),
            self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_S), self.editor.save),
        ]
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search_edit.clear)
        self._shortcuts.append(escape)

        self.set_session(None)

    def _shortcut(
        self, sequence: QKeySequence | QKeySequence.StandardKey, slot: object
    ) -> QShortcut:
        shortcut = QShortcut(QKeySequence(sequence), self)
        # Only while this page is the one shown (a hidden page's shortcuts do not fire).
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # ------------------------------------------------------------------ Page

    def title(self) -> str:
        return self.tr("People")

    def icon_name(self) -> str:
        return "people"

    def set_session(self, session: VaultSession | None) -> None:
        """Show a vault's people, or (None: locked) drop every record from screen and memory."""
        super().set_session(session)
        self.reveal.hide()
        self._search_timer.stop()
        self._close_dialogs()
        if session is None:
            self._service = None
            self._organisations = None
            # Searches can be names: they go with the records.
            self.search_edit.blockSignals(True)
            self.search_edit.setText("")  # clear() would leave it in the undo history
            self.search_edit.blockSignals(False)
            self.filter_bar.blockSignals(True)
            self.filter_bar.clear()
            self.filter_bar.set_countries(())
            self.filter_bar.set_tags(())
            self.filter_bar.blockSignals(False)
            self.editor.set_service(None)
            self.editor.set_attendance_source(None)
            self.editor.set_away_check(None)
            self.editor.consent_panel.set_renewal_period(None)
            self.model.clear()
            self.clipboard.clear_if_ours()
        else:
            self._service = session.people
            self._organisations = session.organisations
            self.editor.consent_panel.set_renewal_period(session.people.consent_renewal_months)
            self.editor.set_service(self._service)
            self.editor.set_attendance_source(session.invitations.attendance_of_person)
            self._refresh_choices()
            # Read with every load of the list (a partial index: cheap), so that a record
            # brought back loses its badge at the next refresh.
            self.model.set_away_source(lambda: travel.away_person_ids(session))
            self.editor.set_away_check(self.model.is_away)
            self.model.set_query(self.filter_bar.query(self.search_edit.text()))
            self.model.set_service(self._service)
        self._stale = False
        self.status.clear_message()
        self._set_enabled(session is not None)
        self._update_count()

    def organisations_changed(self) -> None:
        """An organisation was edited on another page: its name may be on rows shown here.
        Read again now if this page is on screen, else the next time it is shown."""
        if self._service is None:
            return
        self._stale = True
        if self.isVisible():
            self._reload_if_stale()

    def _reload_if_stale(self) -> None:
        if not self._stale or self._service is None:
            return
        self._stale = False
        self._refresh_choices()
        self.model.refresh()
        self._update_count()
        self._reselect_editor_person()
        person_id = self.editor.person_id
        if person_id is not None and not self.editor.is_dirty():
            self._show(person_id)  # the record's organisation field too

    def showEvent(self, event: QShowEvent) -> None:
        self._reload_if_stale()
        super().showEvent(event)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.search_edit,
            self.add_button,
            self.import_button,
            self.duplicates_button,
            self.filter_bar,
        ):
            widget.setEnabled(enabled)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(enabled)

    def _close_dialogs(self) -> None:
        if self._duplicates_dialog is not None:
            self._duplicates_dialog.reject()
            self._duplicates_dialog = None
        if self._erase_dialog is not None:
            self._erase_dialog.reject()
            self._erase_dialog = None
        if self._erase_jobs is not None:
            # Locking waits for a running erasure: its rebuild of the file must finish (the
            # service holds the database until then). Its result is no longer shown.
            self._erase_jobs.abort()
            self._erase_jobs.wait()
            self._end_erase_progress()
        if self._wizard is not None:
            self._wizard.abort()
            self._wizard = None

    def _refresh_choices(self) -> None:
        if self._service is None:
            return
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_countries(self._service.countries())
        self.filter_bar.set_tags(self._service.tags())
        self.filter_bar.blockSignals(False)
        self.editor.set_known_tags(self._service.tags())
        if self._organisations is not None:
            self.editor.set_known_organisations([o.name for o in self._organisations.list()])

    # ------------------------------------------------------------------ searching

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_query(self) -> None:
        """Run the search text and chips as one query; keep the shown person selected."""
        self._search_timer.stop()
        if self._service is None:
            return
        self.model.set_query(self.filter_bar.query(self.search_edit.text()))
        self._reselect_editor_person()
        self._update_count()

    def _reselect_editor_person(self) -> None:
        person_id = self.editor.person_id
        row = self.model.row_of(person_id) if person_id else -1
        if row < 0:
            return
        self._restoring_selection = True
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._restoring_selection = False

    def _update_count(self) -> None:
        if self._service is None:
            self.count_label.clear()
            return
        total = self.model.total
        searching = bool(self.search_edit.text().strip()) or self.filter_bar.is_active()
        if searching:
            self.count_label.setText(plural(self.tr("%n person(s) match", "", total), total))
        elif total == 0:
            self.count_label.setText(
                self.tr("No people yet. Add a person or import a spreadsheet to begin.")
            )
        else:
            self.count_label.setText(plural(self.tr("%n person(s)", "", total), total))

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            # Role is free text nobody sorts by: put the arrow back where the sort is.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)
            return
        self._reselect_editor_person()

    # ------------------------------------------------------------------ selection

    def _on_current_changed(
        self, current: QModelIndex | QPersistentModelIndex, previous: QModelIndex
    ) -> None:
        if self._restoring_selection:
            return
        person_id = current.data(PeopleTableModel.PersonIdRole) if current.isValid() else None
        if person_id is not None and person_id == self.editor.person_id:
            return
        if not self._confirm_leaving():
            self._restoring_selection = True
            self.table.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._restoring_selection = False
            return
        # Moving on hides whoever was revealed: a reveal is for one person, briefly.
        self.reveal.hide()
        if person_id is None:
            self.editor.clear()
        else:
            self._show(person_id)

    def _show(self, person_id: str) -> None:
        try:
            self.editor.show_person(person_id)
        except BizHRError as error:
            self.editor.clear()
            self.status.show_message(error_text(error))

    def _confirm_leaving(self) -> bool:
        """True when the shown person has no unsaved changes, or the user lets them go."""
        if not self.editor.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this person first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        return answer == QMessageBox.StandardButton.Discard

    def select_person(self, person_id: str) -> bool:
        """Select a person if they are in the rows listed (fetching pages as needed)."""
        row = self.model.locate(person_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_person(self, person_id: str) -> bool:
        """Show one person asked for by another page (an invitee a safety flag is about),
        clearing the search and filters if they hide them, and bring this page forward."""
        if self._service is None:
            return False
        if not self.select_person(person_id):
            self.search_edit.clear()
            self.filter_bar.clear()
            self.apply_query()
            if not self.select_person(person_id):
                self.status.show_message(self.tr("That person is no longer in the vault."))
                return False
        self.focus_requested.emit()
        return True

    # ------------------------------------------------------------------ actions

    def add_person(self) -> None:
        if self._service is None or not self._confirm_leaving():
            return
        self.reveal.hide()
        self._restoring_selection = True
        self.table.selectionModel().clearSelection()
        self.table.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
        )
        self._restoring_selection = False
        self.editor.new_person()

    def _on_saved(self, person_id: str) -> None:
        self.status.clear_message()
        self._refresh_choices()
        self.model.refresh()
        self._update_count()
        self._reselect_editor_person()

    def erase_person(self, person_id: str) -> None:
        if self._service is None:
            return
        try:
            preview = self._service.erasure_preview(person_id)
        except BizHRError as error:
            self.status.show_message(error_text(error))
            return
        label = preview.person.label
        if self.reveal.is_revealed(person_id):
            label = preview.person.full_name
        dialog = EraseDialog(preview, label, self)
        self._erase_dialog = dialog
        accepted = dialog.exec() == EraseDialog.DialogCode.Accepted
        self._erase_dialog = None
        dialog.deleteLater()
        if not accepted or self._service is None:
            return
        # Erasing rebuilds the vault file: seconds for a very large vault, on a worker, with
        # the page behind a modal notice (nothing else may read the vault meanwhile).
        service = self._service
        self._erase_progress = EraseProgressDialog(self)
        self._erase_jobs = BackgroundJobs(self._erase_pool)
        self._erase_jobs.run(lambda: service.erase(person_id), self._erase_finished)
        self._erase_progress.open()

    @property
    def erasing(self) -> bool:
        """True while an erasure (and its rebuild of the vault file) runs on the worker."""
        return self._erase_jobs is not None and self._erase_jobs.busy

    def _end_erase_progress(self) -> None:
        if self._erase_progress is not None:
            self._erase_progress.done(0)
            self._erase_progress.deleteLater()
            self._erase_progress = None
        self._erase_jobs = None

    def _erase_finished(self, outcome: object) -> None:
        self._end_erase_progress()
        if isinstance(outcome, BizHRError):
            self.status.show_message(error_text(outcome))
            return
        if isinstance(outcome, BaseException):
            raise outcome  # a bug: crash loudly rather than say it was erased
        assert isinstance(outcome, ErasureReport)
        report = outcome
        self.reveal.hide()
        self.editor.clear()
        self.table.selectionModel().clearSelection()
        self.model.refresh()
        self._refresh_choices()
        self._update_count()
        message = self.tr("The person was erased.")
        if report.mentions:
            message += " " + plural(
                self.tr(
                    "%n mention(s) in free text elsewhere still need your review.",
                    "",
                    len(report.mentions),
                ),
                len(report.mentions),
            )
        self.status.show_message(message)

    def copy_contact(self, field: str) -> None:
        """Put one contact detail of the shown person on the clipboard, marked as secret."""
        value = self.editor.contact_value(field)
        if not value:
            return
        if self._owns_clipboard:
            self._follow_clipboard_setting()
        self.clipboard.copy(value)
        self.editor.show_copied(max(1, round(self.clipboard.clear_after_ms / 1000)))

    def _follow_clipboard_setting(self) -> None:
        # Read at each copy: the setting can change while the vault is open.
        session = self.session
        if session is None:
            return
        try:
            seconds = session.settings.snapshot().clipboard_clear_seconds
        except BizHRError:
            return  # keep the delay already set
        self.clipboard.set_clear_after_ms(seconds * 1000)

    def open_duplicates_dialog(self) -> DuplicatesDialog | None:
        """List possible duplicates; after merges, the list and the editor are refreshed."""
        if self._service is None:
            return None
        if self._duplicates_dialog is not None:
            self._duplicates_dialog.raise_()
            self._duplicates_dialog.activateWindow()
            return self._duplicates_dialog
        if not self._confirm_leaving():
            return None
        self.reveal.hide()
        dialog = DuplicatesDialog(self._service, self, reveal_ms=self._reveal_ms, pool=self._pool)
        self._duplicates_dialog = dialog
        dialog.finished.connect(lambda _result: self._on_duplicates_closed(dialog))
        dialog.open()
        return dialog

    def _on_duplicates_closed(self, dialog: DuplicatesDialog) -> None:
        if self._duplicates_dialog is dialog:
            self._duplicates_dialog = None
        merged = dialog.merge_count > 0
        dialog.deleteLater()
        if not merged or self._service is None:
            return
        shown = self.editor.person_id
        self._refresh_choices()
        self.model.refresh()
        self._update_count()
        if shown is not None:
            try:
                self._service.row(shown)
            except RecordNotFound:
                # The person shown was merged into someone else: they are gone.
                self.editor.clear()
                self.table.selectionModel().clearSelection()
            else:
                self._show(shown)  # their record may have gained values or tags
                self._reselect_editor_person()
        self.status.show_message(
            plural(self.tr("%n merge(s) done.", "", dialog.merge_count), dialog.merge_count)
        )

    def open_import_wizard(self) -> None:
        session = self.session
        if session is None or self._wizard is not None:
            return
        wizard = ImportWizard(session.importing, ImportKind.PEOPLE, self)
        self._wizard = wizard
        wizard.finished.connect(self._on_import_finished)
        wizard.open()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page (another page, a minimised window) ends a reveal at once.
        self.reveal.hide()
        super().hideEvent(event)

    def _on_import_finished(self, _result: int) -> None:
        wizard, self._wizard = self._wizard, None
        if wizard is not None:
            wizard.deleteLater()
        if self._service is not None:
            self._refresh_choices()
            self.model.refresh()
            self._update_count()
