"""The wizard's fourth step: exactly what the file will hold, before anything is written.

The preview is made on the wizard's pool thread (a preview still being made when the person
goes back is dropped); the page shows the summary, the policy's warnings, the rows, and, for
a meeting whose safety review is not signed off, asks for the reason to write it anyway.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.text import characters_shown
from bizhr_desktop.services import exporting
from bizhr_desktop.services.exporting import ExportPreview, missing_characters_warning
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.labels import isolated, plural
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import MessageLabel, hint
from bizhr_desktop.ui.export.preview_model import PreviewTableModel
from bizhr_desktop.ui.export.summary_panel import SummaryPanel

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.wizard import ExportWizard

_RENEWAL_NAMES = 8  # named in the line; every one in its tooltip


class PreviewPage(QWizardPage):
    """Exactly what the file will hold; nothing is written on this page."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check the list"))
        self.setSubTitle(
            self.tr(
                "This is exactly what the file will hold, row for row. Nothing has been "
                "written yet."
            )
        )
        self.busy_label = QLabel(self.tr("Applying the rules to every person…"), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(10)
        self.busy_bar.setTextVisible(False)
        self.summary = SummaryPanel(self)
        self.model = PreviewTableModel(self)
        self.table = QTableView(self)
        isolate_cells(self.table)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The rows of the file"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.masked_hint = hint(
            self.tr(
                "People at high or critical risk are masked here (••••••); the bundle holds "
                "their full records, encrypted."
            ),
            self,
        )
        self.warnings = MessageLabel("notice", self)
        self.renewal = MessageLabel("notice", self)
        self.renewal.setObjectName("renewalWouldName")
        self.override_label = QLabel(
            self.tr(
                "This meeting's safety review is not signed off. To write the list anyway, say "
                "why. Your reason is recorded with the meeting and in the audit log."
            ),
            self,
        )
        self.override_label.setWordWrap(True)
        self.override_label.setProperty("role", "notice")
        self.override_edit = QPlainTextEdit(self)
        self.override_edit.setAccessibleName(self.tr("Reason to write the list before sign-off"))
        self.override_edit.setPlaceholderText(
            self.tr("For example: the venue needs the list today for badges.")
        )
        self.override_edit.setTabChangesFocus(True)
        self.override_edit.setFixedHeight(52)
        self.override_edit.textChanged.connect(self.completeChanged)
        self.error = MessageLabel("error", self)

        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.renewal)
        layout.addWidget(self.override_label)
        layout.addWidget(self.override_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.masked_hint)
        layout.addWidget(self.error)
        self.why_label = MessageLabel("notice", self)
        self.why_label.setObjectName("whyNotNext")
        layout.addWidget(self.why_label, 0, Qt.AlignmentFlag.AlignRight)
        self.completeChanged.connect(self._say_why)
        self._generation = 0
        self._show(None)

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.preview = None
        self._show(None)
        self.error.clear_message()
        self.override_edit.setPlainText("")
        session = wizard.session
        try:
            request = wizard.build_request()
        except BizHRError as error:
            self.error.show_message(error_text(error))
            self._say_why()
            return
        if session is None:
            return
        self._say_why()
        self._generation += 1
        generation = self._generation
        self.busy_label.show()
        self.busy_bar.show()

        def done(outcome: object) -> None:
            if generation == self._generation:
                self._on_previewed(outcome)

        wizard.run_in_background(lambda: exporting.preview(session, request), done)

    def cleanupPage(self) -> None:
        self._generation += 1  # a preview still being made is for nobody now
        self._wizard.preview = None
        self._show(None)

    def _on_previewed(self, outcome: object) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()
        if isinstance(outcome, ExportPreview):
            self._wizard.preview = outcome
            self._show(outcome)
        elif isinstance(outcome, BizHRError):
            self.error.show_message(error_text(outcome))
        elif isinstance(outcome, BaseException):
            raise outcome
        self.completeChanged.emit()

    def _show(self, preview: ExportPreview | None) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()
        self.model.set_preview(preview)
        self.table.clearSpans()
        self.summary.setVisible(preview is not None)
        self.summary.show_preview(preview)
        self.table.setVisible(preview is not None)
        self._show_renewal(preview)
        if preview is None:
            self.warnings.clear_message()
            self.override_label.hide()
            self.override_edit.hide()
            self.masked_hint.hide()
            return
        width = self.model.columnCount()
        for row in self.model.text_rows():
            if width > 1:
                self.table.setSpan(row, 0, 1, width)
        self.table.resizeColumnsToContents()
        for column in range(width):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        glyphs = preview.missing_characters
        said_by_the_service = missing_characters_warning(glyphs) if glyphs else None
        warnings = [
            self._warning_words(w)
            for w in preview.warnings
            if w != said_by_the_service
            and (not preview.safety_review_pending or "safety review" not in w)
        ]
        if glyphs:
            warnings.append(
                plural(
                    self.tr(
                        "No font on this computer can draw %n character(s) of this list; the "
                        "PDF will print them as ?: {characters}. Choose CSV or XLSX to keep "
                        "them.",
                        "",
                        len(glyphs),
                    ),
                    len(glyphs),
                ).format(characters=characters_shown(glyphs[:12]))
            )
        self.warnings.show_message("\n".join(warnings))
        self.override_label.setVisible(preview.safety_review_pending)
        self.override_edit.setVisible(preview.safety_review_pending)
        self.masked_hint.setVisible(self.model.has_masked_rows())

    def _show_renewal(self, preview: ExportPreview | None) -> None:
        """Who renewing consent would name in this list (on-screen names: masked people by
        pseudonym), so the coordinator can ask them before the list goes out."""
        ids = preview.renewal_would_name if preview is not None else ()
        if preview is None or not ids:
            self.renewal.clear_message()
            self.renewal.setToolTip("")
            return
        names = preview.renewal_names()
        shown = ", ".join(isolated(name) for name in names[:_RENEWAL_NAMES])
        if len(names) > _RENEWAL_NAMES:
            shown += " " + self.tr("and %n more", "", len(names) - _RENEWAL_NAMES)
        self.renewal.show_message(
            plural(
                self.tr(
                    "Renewing consent would name %n person(s) in this list (their consent is "
                    "undated or older than the renewal period): {names}.",
                    "",
                    len(names),
                ),
                len(names),
            ).format(names=shown)
        )
        self.renewal.setToolTip("\n".join(names[:200]))

    def _warning_words(self, warning: str) -> str:
        if warning == "Nobody is in this list.":
            return self.tr("Nobody is in this list: there is nothing to write.")
        return warning

    def override_reason(self) -> str | None:
        text = self.override_edit.toPlainText().strip()
        return text or None

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        if preview is None or preview.summary.total == 0:
            return False
        return not preview.safety_review_pending or self.override_reason() is not None

    def blocker(self) -> str:
        """Why Next is disabled ("" when it is not, or when an error above says it)."""
        preview = self._wizard.preview
        if self.isComplete() or self.error.isVisibleTo(self):
            return ""
        if preview is None:
            return self.tr("The preview is still being prepared.")
        if preview.summary.total == 0:
            return self.tr("Nobody is in this list: go Back and choose other people.")
        return self.tr(
            "The safety review is not signed off: give a reason above, or sign it off first."
        )

    def _say_why(self) -> None:
        text = self.blocker()
        if text:
            self.why_label.show_message(text)
        else:
            self.why_label.clear_message()

    def validatePage(self) -> bool:
        preview = self._wizard.preview
        if preview is None:
            return False
        reason = self.override_reason()
        if preview.safety_review_pending and reason:
            # Same rows; the reason only travels with the request to the safety gate.
            request = replace(preview.request, override_reason=reason)
            self._wizard.preview = replace(preview, request=request)
        return True
