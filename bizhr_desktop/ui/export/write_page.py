"""The wizard's writing step: the write runs on the wizard's pool thread, shown as busy.

The wizard starts the write when this page opens and moves on to the receipt once it is done;
a failure leaves no file, and this page says so and offers to go back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWizardPage

from bizhr_desktop.ui.common.widgets import MessageLabel, hint

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.wizard import ExportWizard


class WritePage(QWizardPage):
    """The write itself, on a pool thread; a failure leaves no file and is shown here."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Writing the file"))
        self.label = QLabel(self.tr("Writing…"), self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        self.bar.setAccessibleName(self.tr("Writing"))
        self.error = MessageLabel("error", self)
        self.nothing_written = hint(
            self.tr("Nothing was written. Go back to choose another place, or cancel."), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addWidget(self.nothing_written)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.error.clear_message()
        self.nothing_written.hide()
        self.bar.show()
        bundle = self._wizard.is_bundle()
        self.label.setText(
            self.tr("Encrypting and writing the bundle… (a few seconds)")
            if bundle
            else self.tr("Writing the file…")
        )
        self._wizard.start_write()

    def show_failure(self, message: str) -> None:
        self.bar.hide()
        self.label.setText(self.tr("The file could not be written."))
        self.error.show_message(message)
        self.nothing_written.show()

    def isComplete(self) -> bool:
        return self._wizard.receipt is not None
