"""The wizard's third step: the file's format, and the series its labels belong to.

CSV, Excel and PDF for the plaintext audiences, the encrypted bundle (with or without the
contact log) only for another coordinator; a series name makes pseudonym labels match across
the lists of that series, left empty they match no other list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from bizhr_desktop.core.models import Audience
from bizhr_desktop.services.exporting import ExportFormat
from bizhr_desktop.ui.common.widgets import hint

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.wizard import ExportWizard


class FormatPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("In which format?"))
        self.format_group = QButtonGroup(self)
        self.radios: dict[ExportFormat, QRadioButton] = {}
        sentences = {
            ExportFormat.CSV: self.tr(
                "CSV (.csv): plain text any spreadsheet opens. Not encrypted."
            ),
            ExportFormat.XLSX: self.tr("Excel (.xlsx): a spreadsheet. Not encrypted."),
            ExportFormat.PDF: self.tr("PDF (.pdf): a printable table. Not encrypted."),
            ExportFormat.BUNDLE: self.tr(
                "Encrypted bundle (.age): full records for another coordinator's BizHR "
                "Desktop, opened only with a passphrase."
            ),
        }
        layout = QVBoxLayout(self)
        for fmt, sentence in sentences.items():
            radio = QRadioButton(sentence, self)
            self.format_group.addButton(radio)
            self.radios[fmt] = radio
            layout.addWidget(radio)
        self.format_group.buttonToggled.connect(lambda *_: self.completeChanged.emit())
        self.contact_log_box = QCheckBox(self.tr("Also include the contact log"), self)
        self.contact_log_box.setContentsMargins(24, 0, 0, 0)
        self.why_label = hint("", self)
        # Labels: fresh for every list, unless the coordinator names a series (badges for
        # one co-host over several days), whose lists share them.
        self.series_label = QLabel(self.tr("&Series (optional):"), self)
        self.series_edit = QLineEdit(self)
        self.series_edit.setAccessibleName(self.tr("Series"))
        self.series_edit.setPlaceholderText(self.tr("e.g. the co-host's name"))
        self.series_label.setBuddy(self.series_edit)
        self.series_hint = hint(
            self.tr(
                "Left empty, this list's labels match no other list. With a series name, a "
                "person has the same label in every list of that series."
            ),
            self,
        )
        series_row = QHBoxLayout()
        series_row.addWidget(self.series_label)
        series_row.addWidget(self.series_edit, 1)
        layout.addWidget(self.contact_log_box)
        layout.addSpacing(8)
        layout.addWidget(self.why_label)
        layout.addSpacing(8)
        layout.addLayout(series_row)
        layout.addWidget(self.series_hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        internal = self._wizard.audience_page.audience() is Audience.INTERNAL
        for fmt, radio in self.radios.items():
            allowed = (fmt is ExportFormat.BUNDLE) == internal
            radio.setEnabled(allowed)
            if not allowed and radio.isChecked():
                self.format_group.setExclusive(False)
                radio.setChecked(False)
                self.format_group.setExclusive(True)
        if internal:
            self.radios[ExportFormat.BUNDLE].setChecked(True)
        elif self.selected() is None:
            self.radios[ExportFormat.CSV].setChecked(True)
        self.contact_log_box.setVisible(internal)
        for widget in (self.series_label, self.series_edit, self.series_hint):
            widget.setVisible(not internal)
        self.why_label.setText(
            self.tr(
                "A list for another coordinator holds everything, so it is only ever written "
                "encrypted."
            )
            if internal
            else self.tr(
                "The encrypted bundle is only for another coordinator: it holds full records."
            )
        )

    def selected(self) -> ExportFormat | None:
        return next((fmt for fmt, radio in self.radios.items() if radio.isChecked()), None)

    def isComplete(self) -> bool:
        return self.selected() is not None
