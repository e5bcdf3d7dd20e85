"""Export a list made safe for one audience: scope, audience, format, preview, file, receipt.

Nothing is written before the last confirmation: the preview shows exactly the rows and
columns the file will hold (``ExportPreview.table()``) and why each person appears as they
do; the write runs on a pool thread through ``exporting.write``, which writes atomically and
records the audit entry in the same step. A bundle for another coordinator asks for a
passphrase first (a generated one, shown large, or one of the coordinator's own).

This module only composes the steps and holds what they share (the session, the preview,
the receipt, the background pool); each step is a page in a module of its own beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import QWidget, QWizard

from bizhr_desktop.core.errors import BizHRError, InvalidInput
from bizhr_desktop.core.models import Audience
from bizhr_desktop.core.policy import DEFAULT_K
from bizhr_desktop.services import exporting
from bizhr_desktop.services.exporting import (
    ExportFormat,
    ExportPreview,
    ExportReceipt,
    ExportRequest,
)
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.worker import BackgroundJobs
from bizhr_desktop.ui.export.audience_page import AudiencePage
from bizhr_desktop.ui.export.destination_page import DestinationPage
from bizhr_desktop.ui.export.format_page import FormatPage
from bizhr_desktop.ui.export.passphrase_page import PassphrasePage
from bizhr_desktop.ui.export.preview_page import PreviewPage
from bizhr_desktop.ui.export.receipt_page import ReceiptPage
from bizhr_desktop.ui.export.scope_page import ScopePage
from bizhr_desktop.ui.export.words import list_words
from bizhr_desktop.ui.export.write_page import WritePage

__all__ = ["ExportWizard"]


class ExportWizard(QWizard):
    """The export steps; ``exported`` carries the :class:`ExportReceipt` once written."""

    exported = Signal(object)

    SCOPE, AUDIENCE, FORMAT, PREVIEW, DESTINATION, PASSPHRASE, WRITE, RECEIPT = range(8)

    def __init__(
        self,
        session: VaultSession,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
        *,
        query: PeopleQuery | None = None,
    ) -> None:
        super().__init__(parent)
        self.session: VaultSession | None = session
        self.clipboard = clipboard
        self.preview: ExportPreview | None = None
        self.receipt: ExportReceipt | None = None
        self._writing = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs = BackgroundJobs(self._pool)

        self.setWindowTitle(self.tr("Export a list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.setStyleSheet(style_sheet("records", "export"))
        self.setMinimumSize(900, 660)
        self.scope_page = ScopePage(self)
        self.audience_page = AudiencePage(self)
        self.format_page = FormatPage(self)
        self.preview_page = PreviewPage(self)
        self.destination_page = DestinationPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.write_page = WritePage(self)
        self.receipt_page = ReceiptPage(self)
        for page_id, page in (
            (self.SCOPE, self.scope_page),
            (self.AUDIENCE, self.audience_page),
            (self.FORMAT, self.format_page),
            (self.PREVIEW, self.preview_page),
            (self.DESTINATION, self.destination_page),
            (self.PASSPHRASE, self.passphrase_page),
            (self.WRITE, self.write_page),
            (self.RECEIPT, self.receipt_page),
        ):
            self.setPage(page_id, page)
        self.scope_page.load(session)
        if query is not None:
            self.scope_page.select_filter(query)

    # ------------------------------------------------------------------ state

    def build_request(self) -> ExportRequest:
        """The request the chosen options describe (InvalidInput/ExportRefused if none)."""
        scope = self.scope_page.scope()
        audience = self.audience_page.audience()
        fmt = self.format_page.selected()
        if scope is None or audience is None or fmt is None:
            raise InvalidInput(self.tr("Choose who is in the list, who receives it and a format."))
        public = audience is Audience.PUBLIC
        return ExportRequest(
            scope=scope,
            audience=audience,
            format=fmt,
            k=self.audience_page.k_spin.value() if audience is not Audience.INTERNAL else DEFAULT_K,
            attendance_record_for_host=self.scope_page.attendance_record(),
            include_disclaimer=self.audience_page.include_disclaimer() if public else True,
            disclaimer=self.audience_page.disclaimer() if public else None,
            include_contact_log=(
                fmt is ExportFormat.BUNDLE and self.format_page.contact_log_box.isChecked()
            ),
            series=(
                "" if fmt is ExportFormat.BUNDLE else self.format_page.series_edit.text().strip()
            ),
        )

    def is_bundle(self) -> bool:
        return self.preview is not None and self.preview.request.format is ExportFormat.BUNDLE

    # ------------------------------------------------------------------ writing

    def start_write(self) -> None:
        session, preview = self.session, self.preview
        if self._writing or session is None or preview is None:
            return
        destination = self.destination_page.path()
        overwrite = self.destination_page.overwrite == destination
        passphrase = self.passphrase_page.passphrase() if self.is_bundle() else None
        self.receipt = None
        self._writing = True
        self._set_buttons_enabled(False)

        words = list_words(preview)  # translated here, on the GUI thread

        def write() -> ExportReceipt:
            return exporting.write(
                session,
                preview,
                destination,
                bundle_passphrase=passphrase,
                overwrite=overwrite,
                words=words,
            )

        self.run_in_background(write, self._on_written)

    def _on_written(self, outcome: object) -> None:
        self._writing = False
        self._set_buttons_enabled(True)
        if isinstance(outcome, ExportReceipt):
            self.receipt = outcome
            self.passphrase_page.forget()
            self.exported.emit(outcome)
            self.write_page.completeChanged.emit()
            if self.currentId() == self.WRITE:
                self.next()
            return
        if isinstance(outcome, BizHRError):
            self.write_page.show_failure(error_text(outcome))
            return
        if isinstance(outcome, BaseException):
            raise outcome  # a bug, not something a person can act on

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)

    def run_in_background(self, job: Callable[[], object], done: Callable[[object], None]) -> None:
        """Run *job* on the wizard's pool; *done* gets its outcome here, unless aborted."""
        self._jobs.run(job, done)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for background work to end (tests; closing)."""
        return self._pool.waitForDone(msecs)

    # ------------------------------------------------------------------ closing

    def _forget(self) -> None:
        self.preview = None
        self.preview_page.model.clear()
        self.preview_page.summary.show_preview(None)
        self.passphrase_page.forget()
        self.scope_page.clear()

    def abort(self) -> None:
        """The vault is locking: wait for a write in progress (it is atomic), drop everything."""
        self._jobs.abort()
        self._pool.waitForDone()
        self.session = None
        self._forget()
        super().reject()

    def reject(self) -> None:
        if self._writing:
            return  # an atomic write is a few seconds at most; it cannot be half-cancelled
        self._jobs.abort()  # a preview still being made is dropped when it arrives
        self._forget()
        super().reject()

    def done(self, result: int) -> None:
        if result == int(QWizard.DialogCode.Accepted):
            self._forget()
        super().done(result)
