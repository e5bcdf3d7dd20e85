"""Confirm erasing a person: say exactly what will go, and ask for the word "erase"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.services.people import ErasurePreview
from bizhr_desktop.ui.common.labels import plural
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import heading, hint


class EraseDialog(QDialog):
    """Lists the record and every linked item that will be erased, and the mentions that
    will *not* be (free text elsewhere, for the coordinator to review by hand).

    *label* is how the person is shown now: their pseudonym while they are masked.
    """

    def __init__(self, preview: ErasurePreview, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase a person"))
        self.setModal(True)
        self.setStyleSheet(style_sheet("records"))
        self.setMinimumWidth(460)
        self.confirm_word = self.tr("erase")

        title = heading(self.tr("Erase {name} for good?").format(name=label), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        gone = [
            self.tr("Their record: name, contact details, consent, notes and tags."),
            plural(
                self.tr("%n invitation(s) to meetings", "", preview.invitations),
                preview.invitations,
            ),
            plural(
                self.tr("%n contact log entry(ies)", "", preview.contact_log_entries),
                preview.contact_log_entries,
            ),
            plural(self.tr("%n tag(s)", "", preview.tags), preview.tags),
            self.tr("Their entry in the search index."),
        ]
        self.items_label = QLabel("\n".join(f"•  {line}" for line in gone), self)
        self.items_label.setTextFormat(Qt.TextFormat.PlainText)
        self.items_label.setWordWrap(True)
        self.items_label.setAccessibleName(self.tr("What will be erased"))

        places = {
            "person_notes": self.tr("Notes on {label}"),
            "contact_log": self.tr("Contact log of {label}"),
            "meeting": self.tr("Meeting “{label}”"),
            "follow_up": self.tr("Follow-up “{label}”"),
        }
        mention_lines = [
            "•  " + places.get(mention.kind, "{label}").format(label=mention.label)
            for mention in preview.mentions
        ]
        self.mentions_label = QLabel(self)
        self.mentions_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mentions_label.setWordWrap(True)
        self.mentions_label.setProperty("role", "notice")
        if mention_lines:
            self.mentions_label.setText(
                self.tr(
                    "Their name also appears in free text that will not be changed. "
                    "Review and edit it yourself:"
                )
                + "\n"
                + "\n".join(mention_lines)
            )
        self.mentions_label.setVisible(bool(mention_lines))

        after = hint(
            self.tr(
                "This cannot be undone. The audit log will only record that a person was "
                "erased, not who."
            ),
            self,
        )
        prompt = QLabel(self.tr("Type “{word}” to confirm:").format(word=self.confirm_word), self)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setAccessibleName(self.tr("Confirmation word"))
        self.confirm_edit.textChanged.connect(self._update_button)
        prompt.setBuddy(self.confirm_edit)

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)
        self.erase_button = QPushButton(self.tr("Erase"), self)
        self.erase_button.setProperty("role", "danger")
        self.erase_button.setProperty("primary", True)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("These will be erased:"), self))
        layout.addWidget(self.items_label)
        layout.addWidget(self.mentions_label)
        layout.addWidget(after)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm_edit)
        layout.addLayout(buttons)
        self._update_button()
        self.confirm_edit.setFocus()

    def confirmed(self) -> bool:
        typed = self.confirm_edit.text().strip().casefold()
        return typed == self.confirm_word.casefold()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


class EraseProgressDialog(QDialog):
    """Shown while an erasure runs: the record goes, then the vault file is rebuilt so that
    no copy of it remains. It cannot be cancelled halfway; it closes itself when done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erasing"))
        self.setModal(True)
        self.setStyleSheet(style_sheet("records"))
        self.setMinimumWidth(420)
        # No close button: the erasure finishes whatever is clicked (Esc is ignored below).
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.message = QLabel(
            self.tr(
                "Erasing the record, then rebuilding the vault file so that no copy of it "
                "remains. In a large vault this takes a few seconds."
            ),
            self,
        )
        self.message.setWordWrap(True)
        bar = QProgressBar(self)
        bar.setRange(0, 0)  # busy: the rebuild reports no steps
        bar.setTextVisible(False)
        bar.setAccessibleName(self.tr("Erasing"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(bar)

    def reject(self) -> None:
        """Esc does not close it: the erasure cannot be stopped halfway."""
