"""The preview's summary: how many people are named, pseudonymised or only counted, and why.

A headline of the counts, one line per reason group in plain translated words (the policy's
own wording in the tooltip), and a note saying whether the pseudonym labels belong to a
series or to this list alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from bizhr_desktop.services.exporting import ExportPreview
from bizhr_desktop.ui.export.words import reason_line, summary_headline


class SummaryPanel(QFrame):
    """How many people are named, pseudonymised or only counted, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "summary")
        self.headline = QLabel(self)
        self.headline.setProperty("role", "headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.why_heading = QLabel(self.tr("Why:"), self)
        self.why_heading.setProperty("role", "subheading")
        self.reasons = QLabel(self)
        self.reasons.setProperty("role", "reason")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        self.labels_note = QLabel(self)
        self.labels_note.setProperty("role", "reason")
        self.labels_note.setWordWrap(True)
        layout.addWidget(self.headline)
        layout.addWidget(self.why_heading)
        layout.addWidget(self.reasons)
        layout.addWidget(self.labels_note)

    def show_preview(self, preview: ExportPreview | None) -> None:
        labelled = preview is not None and preview.summary.pseudonymised > 0
        self.labels_note.setVisible(labelled)
        if preview is not None and labelled:
            series = preview.request.series.strip()
            self.labels_note.setText(
                self.tr(
                    "Labels of the series \u201c{name}\u201d: the same person has the same "
                    "label in every list of this series."
                ).format(name=series)
                if series
                else self.tr("Labels made for this list alone: they match no other list.")
            )
        if preview is None:
            self.headline.clear()
            self.reasons.clear()
            self.reasons.setToolTip("")
            self.why_heading.hide()
            return
        self.headline.setText(summary_headline(preview))
        groups = preview.summary.groups
        self.why_heading.setVisible(bool(groups))
        self.reasons.setText("\n".join(f"• {reason_line(group)}" for group in groups))
        # The policy's own words, for whoever wants them exactly.
        self.reasons.setToolTip("\n".join(group.text for group in groups))

    def text(self) -> str:
        return "\n".join((self.headline.text(), self.reasons.text()))
