"""The Export page of the main window: what each audience gets, the export wizard, bundle
import and recent exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import Audience
from bizhr_desktop.services.exporting import ExportFormat
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.labels import local_time_text
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.page import Page
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import MessageLabel, hint
from bizhr_desktop.ui.export.bundle_import_dialog import BundleImportDialog
from bizhr_desktop.ui.export.wizard import ExportWizard
from bizhr_desktop.ui.export.words import (
    audience_sentence,
    audience_short,
    audience_title,
    format_words,
)

# The audit log is read newest first up to this many entries to find the recent exports.
_AUDIT_LOOKBACK = 2000
RECENT_EXPORTS = 10


class ExportPage(Page):
    """Explains the audiences, starts the export wizard and the bundle import."""

    WHEN, AUDIENCE, ROWS, FORMAT = range(4)

    def __init__(
        self, clipboard: SecretClipboard | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._own_clipboard: SecretClipboard | None = None
        self.wizard: ExportWizard | None = None
        self.bundle_dialog: BundleImportDialog | None = None
        self.setStyleSheet(style_sheet("export"))

        heading = QLabel(self.title(), self)
        heading.setProperty("role", "pageHeading")
        intro = QLabel(
            self.tr(
                "Prepare a list of participants for someone outside your vault. Each list "
                "follows the rules of the audience it is for: nobody is named without their "
                "consent, nobody at risk is named at all, and you see exactly what the file "
                "will hold before anything is written."
            ),
            self,
        )
        intro.setProperty("role", "emptyState")
        intro.setWordWrap(True)

        cards = QGridLayout()
        cards.setSpacing(10)
        for index, audience in enumerate(
            (Audience.PUBLIC, Audience.VENUE, Audience.COORGANISERS, Audience.INTERNAL)
        ):
            cards.addWidget(self._card(audience), index // 2, index % 2)

        self.export_button = QPushButton(self.tr("Prepare a list…"), self)
        self.export_button.setProperty("primary", True)
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self._start_export)
        self.import_button = QPushButton(self.tr("Import a bundle from another coordinator…"), self)
        self.import_button.setAutoDefault(False)
        self.import_button.clicked.connect(self.open_bundle_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        self.status = MessageLabel("notice", self)

        recent_heading = QLabel(self.tr("Recent exports"), self)
        recent_heading.setProperty("role", "subheading")
        self.recent_table = QTableWidget(0, 4, self)
        isolate_cells(self.recent_table)
        self.recent_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("For"), self.tr("Rows"), self.tr("Format")]
        )
        self.recent_table.setAccessibleName(self.tr("Recent exports"))
        self.recent_table.verticalHeader().hide()
        self.recent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.recent_table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.recent_table.setMinimumHeight(140)
        self.no_exports = hint(self.tr("No list has been exported from this vault yet."), self)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(cards)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(recent_heading)
        layout.addWidget(self.no_exports)
        layout.addWidget(self.recent_table, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._set_enabled(False)

    def _card(self, audience: Audience) -> QFrame:
        card = QFrame(self)
        card.setProperty("role", "card")
        title = QLabel(audience_title(audience), card)
        title.setProperty("role", "subheading")
        title.setWordWrap(True)
        text = hint(audience_sentence(audience), card)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        return card

    def title(self) -> str:
        return self.tr("Export")

    def icon_name(self) -> str:
        return "export"

    # ------------------------------------------------------------------ session

    def set_session(self, session: VaultSession | None) -> None:
        super().set_session(session)
        self._close_dialogs()
        self.status.clear_message()
        if session is None:
            if self._own_clipboard is not None:
                self._own_clipboard.clear_if_ours()
            self.recent_table.setRowCount(0)
            self.no_exports.show()
        else:
            self.refresh()
        self._set_enabled(session is not None)

    def _set_enabled(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.import_button.setEnabled(enabled)

    def _close_dialogs(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.abort()
            wizard.deleteLater()
        dialog, self.bundle_dialog = self.bundle_dialog, None
        if dialog is not None:
            dialog.abort()
            dialog.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None:
            self.refresh()

    def refresh(self) -> None:
        """List the latest exports from the audit log: when, for whom, rows, format."""
        session = self.session
        if session is None:
            return
        try:
            events = session.audit.events(limit=_AUDIT_LOOKBACK)
        except BizHRError as error:
            self.status.show_message(error_text(error))
            return
        written = [event for event in events if event.kind == "export.written"]
        written = written[:RECENT_EXPORTS]
        self.recent_table.setRowCount(len(written))
        for row, event in enumerate(written):
            detail = event.detail
            audience = str(detail.get("audience", ""))
            fmt = str(detail.get("format", ""))
            try:
                audience_text = audience_short(Audience(audience))
            except ValueError:
                audience_text = audience
            try:
                format_text = format_words(ExportFormat(fmt))
            except ValueError:
                format_text = fmt
            rows = detail.get("rows", "")
            counted = detail.get("counted", 0)
            rows_text = str(rows)
            if isinstance(counted, int) and counted:
                rows_text = self.tr("{rows} (+{counted} counted)").format(
                    rows=rows, counted=counted
                )
            when = QTableWidgetItem(local_time_text(event.at))
            when.setData(Qt.ItemDataRole.UserRole, event.seq)
            self.recent_table.setItem(row, self.WHEN, when)
            self.recent_table.setItem(row, self.AUDIENCE, QTableWidgetItem(audience_text))
            self.recent_table.setItem(row, self.ROWS, QTableWidgetItem(rows_text))
            self.recent_table.setItem(row, self.FORMAT, QTableWidgetItem(format_text))
        self.no_exports.setVisible(not written)
        self.recent_table.setVisible(bool(written))

    # ------------------------------------------------------------------ dialogs

    def clipboard(self) -> SecretClipboard:
        if self._clipboard is not None:
            return self._clipboard
        if self._own_clipboard is None:
            self._own_clipboard = SecretClipboard(QGuiApplication.clipboard(), parent=self)
        return self._own_clipboard

    def _start_export(self) -> None:
        self.open_export_wizard()

    def open_export_wizard(self, query: PeopleQuery | None = None) -> ExportWizard | None:
        session = self.session
        if session is None:
            return None
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        self.status.clear_message()
        wizard = ExportWizard(session, self.clipboard(), self, query=query)
        self.wizard = wizard
        wizard.finished.connect(self._on_wizard_finished)
        wizard.open()
        return wizard

    def _on_wizard_finished(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        self.refresh()

    def open_bundle_import(self) -> BundleImportDialog | None:
        session = self.session
        if session is None:
            return None
        if self.bundle_dialog is not None:
            self.bundle_dialog.raise_()
            return self.bundle_dialog
        self.status.clear_message()
        dialog = BundleImportDialog(session, self)
        self.bundle_dialog = dialog
        dialog.merged.connect(self._on_merged)
        dialog.finished.connect(self._on_bundle_finished)
        dialog.open()
        return dialog

    def _on_merged(self, _result: object) -> None:
        self.status.show_message(
            self.tr("The bundle was merged into your vault. The People page shows the changes.")
        )

    def _on_bundle_finished(self, _result: int) -> None:
        dialog, self.bundle_dialog = self.bundle_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.refresh()
