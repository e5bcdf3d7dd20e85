"""The wizard's last step: the receipt of the written file.

Where the file is, how many rows it holds (and how many people are only counted), the first
characters of its SHA-256 (all of it in the tooltip), what the audit log recorded, and what
to do with the file next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWizardPage

from bizhr_desktop.services.exporting import ExportFormat
from bizhr_desktop.ui.common.labels import plural
from bizhr_desktop.ui.common.widgets import hint, path_label

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.wizard import ExportWizard


class ReceiptPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The list is written"))
        self.setFinalPage(True)
        self.path_label = path_label(self)
        self.rows_label = QLabel(self)
        self.rows_label.setWordWrap(True)
        self.hash_label = QLabel(self)
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.audit_label = QLabel(self)
        self.audit_label.setWordWrap(True)
        self.advice = hint("", self)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("File:"), self), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.path_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Rows:"), self), 1, 0)
        grid.addWidget(self.rows_label, 1, 1)
        grid.addWidget(QLabel(self.tr("SHA-256:"), self), 2, 0)
        grid.addWidget(self.hash_label, 2, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.audit_label)
        layout.addWidget(self.advice)
        layout.addStretch(1)

    def initializePage(self) -> None:
        receipt = self._wizard.receipt
        assert receipt is not None
        # Paths and hashes read left to right, but sit beside their label on either side.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label in (self.path_label, self.hash_label):
            label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignTop)
        self.path_label.setText(str(receipt.path))
        if receipt.format is ExportFormat.BUNDLE:
            self.rows_label.setText(
                plural(self.tr("%n full record(s), encrypted", "", receipt.rows), receipt.rows)
            )
            self.advice.setText(
                self.tr(
                    "Send the passphrase by another route than the file. BizHR does not keep "
                    "it: if it is lost, write a new bundle."
                )
            )
        else:
            rows = plural(self.tr("%n person(s) in rows", "", receipt.rows), receipt.rows)
            if receipt.counted:
                rows += " · " + plural(
                    self.tr("%n only counted", "", receipt.counted), receipt.counted
                )
            self.rows_label.setText(rows)
            self.advice.setText(
                self.tr("Delete the file once it has been handed over and is no longer needed.")
            )
        self.hash_label.setText(f"{receipt.sha256[:16]}…")
        self.hash_label.setToolTip(receipt.sha256)
        self.audit_label.setText(
            self.tr(
                "Recorded in the audit log: audience, number of rows and this fingerprint — no "
                "names."
            )
        )
