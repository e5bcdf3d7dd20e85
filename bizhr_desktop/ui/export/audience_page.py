"""The wizard's second step: who receives the list.

Each audience (public, venue, co-organisers, another coordinator) in one sentence saying what
it reveals; for the plaintext audiences the smallest group shown as rows (k, never below the
policy's default), and for the public the network's standard closing line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from bizhr_desktop.core.models import Audience
from bizhr_desktop.core.policy import DEFAULT_DISCLAIMER, DEFAULT_K
from bizhr_desktop.ui.common.widgets import MessageLabel, hint
from bizhr_desktop.ui.export.words import audience_sentence, audience_title

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.wizard import ExportWizard


class AudiencePage(QWizardPage):
    """Who receives the list; each audience says in one sentence what it reveals."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Who will receive it?"))
        self.setSubTitle(
            self.tr(
                "Each audience has its own rules. Nobody is named without their consent, and "
                "nobody at risk is named at all."
            )
        )
        self.audience_group = QButtonGroup(self)
        self.radios: dict[Audience, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for audience in (Audience.PUBLIC, Audience.VENUE, Audience.COORGANISERS, Audience.INTERNAL):
            radio = QRadioButton(audience_title(audience), self)
            radio.setProperty("audience", audience.value)
            self.audience_group.addButton(radio)
            self.radios[audience] = radio
            explanation = hint(audience_sentence(audience), self)
            explanation.setContentsMargins(24, 0, 0, 4)
            explanation.setBuddy(radio)
            layout.addWidget(radio)
            layout.addWidget(explanation)
        self.audience_group.buttonToggled.connect(self._on_changed)

        self.k_spin = QSpinBox(self)
        self.k_spin.setRange(DEFAULT_K, 50)
        self.k_spin.setValue(DEFAULT_K)
        self.k_spin.setAccessibleName(self.tr("Smallest group shown as rows"))
        self.k_hint = hint(
            self.tr(
                "Someone shown under a pseudonym must share their stakeholder group and "
                "region with at least this many people in the list; otherwise they are only "
                "counted. It can be raised, never lowered below {k}."
            ).format(k=DEFAULT_K),
            self,
        )
        k_row = QHBoxLayout()
        k_row.addWidget(QLabel(self.tr("Smallest group shown as rows (k):"), self))
        k_row.addWidget(self.k_spin)
        k_row.addStretch(1)

        self.disclaimer_box = QCheckBox(
            self.tr("End the list with the network's standard line"), self
        )
        self.disclaimer_box.setChecked(True)
        self.disclaimer_edit = QPlainTextEdit(DEFAULT_DISCLAIMER, self)
        self.disclaimer_edit.setAccessibleName(self.tr("Standard line"))
        self.disclaimer_edit.setTabChangesFocus(True)
        self.disclaimer_edit.setFixedHeight(56)
        self.disclaimer_box.toggled.connect(self.disclaimer_edit.setEnabled)

        self.rules_box = QWidget(self)
        rules = QVBoxLayout(self.rules_box)
        rules.setContentsMargins(0, 8, 0, 0)
        rules.addLayout(k_row)
        rules.addWidget(self.k_hint)
        rules.addWidget(self.disclaimer_box)
        rules.addWidget(self.disclaimer_edit)
        layout.addWidget(self.rules_box)
        layout.addStretch(1)
        # Why Next is not available yet, said beside the buttons instead of a silent grey.
        self.why_label = MessageLabel("notice", self)
        self.why_label.setObjectName("whyNotNext")
        layout.addWidget(self.why_label, 0, Qt.AlignmentFlag.AlignRight)
        self.completeChanged.connect(self._say_why)
        self._on_changed()

    def audience(self) -> Audience | None:
        for audience, radio in self.radios.items():
            if radio.isChecked():
                return audience
        return None

    def disclaimer(self) -> str | None:
        text = " ".join(self.disclaimer_edit.toPlainText().split())
        return text if text and text != DEFAULT_DISCLAIMER else None

    def include_disclaimer(self) -> bool:
        return self.audience() is Audience.PUBLIC and self.disclaimer_box.isChecked()

    def _on_changed(self, *_args: object) -> None:
        audience = self.audience()
        self.rules_box.setVisible(audience is not None and audience is not Audience.INTERNAL)
        public = audience is Audience.PUBLIC
        self.disclaimer_box.setVisible(public)
        self.disclaimer_edit.setVisible(public)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.audience() is not None

    def blocker(self) -> str:
        """Why Next is disabled ("" when it is not)."""
        return "" if self.isComplete() else self.tr("Choose who the list is for to go on.")

    def _say_why(self) -> None:
        text = self.blocker()
        if text:
            self.why_label.show_message(text)
        else:
            self.why_label.clear_message()
