"""The wizard's step for a bundle only: the passphrase that opens it.

A generated passphrase shown large (copied through the secret clipboard, which empties
itself), or one the coordinator types twice, checked for strength by the export service. The
page forgets every passphrase it holds once the bundle is written, on cancel and on lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bizhr_desktop.services import exporting
from bizhr_desktop.ui.common.labels import plural
from bizhr_desktop.ui.common.widgets import MessageLabel, PassphraseField

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.wizard import ExportWizard


class PassphrasePage(QWizardPage):
    """The bundle's passphrase: a generated one shown large, or one the coordinator types."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("The bundle's passphrase"))
        self.setSubTitle(
            self.tr(
                "The other coordinator needs this passphrase to open the bundle. It is not "
                "stored anywhere: note it now."
            )
        )
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Write the bundle"))
        self.generated_radio = QRadioButton(self.tr("Use this generated passphrase"), self)
        self.own_radio = QRadioButton(self.tr("Type my own"), self)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.generated_radio)
        self.mode_group.addButton(self.own_radio)
        self.generated_radio.setChecked(True)
        self.mode_group.buttonToggled.connect(self._on_changed)

        self.passphrase_label = QLabel(self)
        self.passphrase_label.setProperty("role", "passphrase")
        self.passphrase_label.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.passphrase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase_label.setWordWrap(True)
        self.passphrase_label.setAccessibleName(self.tr("Generated passphrase"))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self._copy)
        self.another_button = QPushButton(self.tr("Another one"), self)
        self.another_button.setAutoDefault(False)
        self.another_button.clicked.connect(self.generate)
        self.copied_label = MessageLabel("hint", self)
        self.noted_box = QCheckBox(
            self.tr("I have noted it somewhere safe (a password manager, or on paper)"), self
        )
        self.noted_box.toggled.connect(self.completeChanged)

        self.own_field = PassphraseField(self.tr("Your passphrase"), parent=self)
        self.repeat_field = PassphraseField(
            self.tr("Your passphrase again"), show_toggle=False, parent=self
        )
        self.own_field.textChanged.connect(self._on_changed)
        self.repeat_field.textChanged.connect(self._on_changed)
        self.strength_label = QLabel(self)
        self.strength_label.setWordWrap(True)
        self.strength_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mismatch = MessageLabel("error", self)

        self.generated_box = QWidget(self)
        generated = QVBoxLayout(self.generated_box)
        generated.setContentsMargins(24, 0, 0, 0)
        generated.addWidget(self.passphrase_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.copied_label)
        buttons.addStretch(1)
        generated.addLayout(buttons)
        generated.addWidget(self.noted_box)

        self.own_box = QWidget(self)
        own = QGridLayout(self.own_box)
        own.setContentsMargins(24, 0, 0, 0)
        own.addWidget(QLabel(self.tr("Passphrase:"), self.own_box), 0, 0)
        own.addWidget(self.own_field, 0, 1)
        own.addWidget(QLabel(self.tr("Again:"), self.own_box), 1, 0)
        own.addWidget(self.repeat_field, 1, 1)
        own.addWidget(self.strength_label, 2, 1)
        own.addWidget(self.mismatch, 3, 1)
        own.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.generated_radio)
        layout.addWidget(self.generated_box)
        layout.addSpacing(8)
        layout.addWidget(self.own_radio)
        layout.addWidget(self.own_box)
        layout.addStretch(1)
        self._generated = ""

    def initializePage(self) -> None:
        if not self._generated:
            self.generate()
        self._on_changed()

    def generate(self) -> None:
        self._generated = exporting.new_bundle_passphrase()
        self.passphrase_label.setText(self._generated)
        self.noted_box.setChecked(False)
        self.copied_label.clear_message()

    def forget(self) -> None:
        """Drop every passphrase this page holds (after writing, on cancel or lock)."""
        self._generated = ""
        self.passphrase_label.clear()
        self.noted_box.setChecked(False)
        self.own_field.clear()
        self.repeat_field.clear()
        self.copied_label.clear_message()

    def _copy(self) -> None:
        if not self._generated:
            return
        clipboard = self._wizard.clipboard
        clipboard.copy(self._generated)
        seconds = max(1, clipboard.clear_after_ms // 1000)
        self.copied_label.show_message(
            plural(
                self.tr("Copied. The clipboard will be emptied in %n second(s).", "", seconds),
                seconds,
            )
        )

    def use_generated(self) -> bool:
        return self.generated_radio.isChecked()

    def passphrase(self) -> str:
        return self._generated if self.use_generated() else self.own_field.text()

    def _on_changed(self, *_args: object) -> None:
        generated = self.use_generated()
        self.generated_box.setEnabled(generated)
        self.own_box.setEnabled(not generated)
        own = self.own_field.text()
        if own:
            strong, advice = exporting.bundle_passphrase_strength(own)
            self.strength_label.setText(
                self.tr("Strong enough.")
                if strong
                else self.tr(
                    "Too weak. Use five or more random words, or the generated passphrase."
                )
            )
            self.strength_label.setToolTip(advice)
            self.strength_label.setProperty("level", "strong" if strong else "weak")
        else:
            self.strength_label.setText(self.tr("Use five or more random words."))
            self.strength_label.setProperty("level", "none")
        self.strength_label.style().unpolish(self.strength_label)
        self.strength_label.style().polish(self.strength_label)
        repeat = self.repeat_field.text()
        self.mismatch.show_message(
            self.tr("The two passphrases differ.") if repeat and repeat != own else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.use_generated():
            return bool(self._generated) and self.noted_box.isChecked()
        own = self.own_field.text()
        return (
            bool(own)
            and own == self.repeat_field.text()
            and exporting.bundle_passphrase_strength(own)[0]
        )
