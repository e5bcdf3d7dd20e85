"""Filter chips for the people list: groups, risk, consent, reviews due, countries and tags."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton, QWidget

from bizhr_desktop.core.countries import region_of
from bizhr_desktop.core.m49 import M49_REGION
from bizhr_desktop.core.models import RiskLevel, StakeholderGroup
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.ui.common.flow_layout import FlowLayout
from bizhr_desktop.ui.common.labels import country_text, group_short_label, risk_label


def _chip(text: str, parent: QWidget, tooltip: str = "") -> QPushButton:
    chip = QPushButton(text, parent)
    chip.setCheckable(True)
    chip.setAutoDefault(False)
    chip.setProperty("role", "chip")
    chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if tooltip:
        chip.setToolTip(tooltip)
    return chip


class ChoiceMenuButton(QToolButton):
    """A chip that opens a menu of checkable choices (countries, tags)."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setProperty("role", "chip")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._actions: dict[str, QAction] = {}
        self._update_text()

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """(value, label) pairs; values checked before and still offered stay checked."""
        checked = self.selected()
        self._menu.clear()
        self._actions = {}
        for value, label in choices:
            action = self._menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value in checked)
            action.toggled.connect(self._on_toggled)
            self._actions[value] = action
        if not self._actions:
            placeholder = self._menu.addAction(self.tr("Nothing to choose yet"))
            placeholder.setEnabled(False)
        self._update_text()

    def selected(self) -> frozenset[str]:
        return frozenset(value for value, action in self._actions.items() if action.isChecked())

    def set_selected(self, values: Iterable[str]) -> None:
        wanted = set(values)
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._update_text()

    def _on_toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        count = len(self.selected())
        self.setChecked(count > 0)
        self.setText(f"{self._title} ({count}) ▾" if count else f"{self._title} ▾")


class PeopleFilterBar(QWidget):
    """Checkable chips in a wrapping row; ``changed`` fires whenever one is toggled.

    Chips of one kind combine with OR (HRDs or civil society), kinds combine with AND
    (HRDs at critical risk). A consent chip means "has given that consent".
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Filters"))
        layout = FlowLayout(self, spacing=6)
        self.group_chips: dict[StakeholderGroup, QPushButton] = {}
        for group in StakeholderGroup:
            chip = _chip(group_short_label(group), self)
            self.group_chips[group] = chip
            layout.addWidget(chip)
        self.risk_chips: dict[RiskLevel, QPushButton] = {}
        for risk in RiskLevel:
            chip = _chip(
                self.tr("{risk} risk").format(risk=risk_label(risk)),
                self,
            )
            chip.setProperty("risk", risk.value)
            self.risk_chips[risk] = chip
            layout.addWidget(chip)
        self.consent_network_chip = _chip(
            self.tr("Consent: network"),
            self,
            self.tr("May be named to other network participants"),
        )
        self.consent_coorganisers_chip = _chip(
            self.tr("Consent: co-organisers"), self, self.tr("May be named to co-organisers")
        )
        self.consent_public_chip = _chip(
            self.tr("Consent: public"), self, self.tr("May be named publicly")
        )
        self.consent_due_chip = _chip(
            self.tr("Consent due for renewal"),
            self,
            self.tr(
                "Consent never recorded, or older than the renewal period (Settings, 24 months "
                "unless changed)"
            ),
        )
        self.retention_due_chip = _chip(
            self.tr("Due for retention review"),
            self,
            self.tr("No invitation, contact or edit for a long time"),
        )
        for chip in (
            self.consent_network_chip,
            self.consent_coorganisers_chip,
            self.consent_public_chip,
            self.consent_due_chip,
            self.retention_due_chip,
        ):
            layout.addWidget(chip)
        self.region_button = ChoiceMenuButton(self.tr("Region"), self)
        self.country_button = ChoiceMenuButton(self.tr("Country"), self)
        self.tag_button = ChoiceMenuButton(self.tr("Tags"), self)
        layout.addWidget(self.region_button)
        layout.addWidget(self.country_button)
        layout.addWidget(self.tag_button)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setProperty("role", "link")
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)

        for chip in self._chips():
            chip.toggled.connect(self._on_changed)
        self.region_button.changed.connect(self._on_changed)
        self.country_button.changed.connect(self._on_changed)
        self.tag_button.changed.connect(self._on_changed)
        self._on_changed()

    def _chips(self) -> list[QPushButton]:
        return [
            *self.group_chips.values(),
            *self.risk_chips.values(),
            self.consent_network_chip,
            self.consent_coorganisers_chip,
            self.consent_public_chip,
            self.consent_due_chip,
            self.retention_due_chip,
        ]

    def set_countries(self, codes: Sequence[str]) -> None:
        choices = sorted(
            ((code, country_text(code, generalised=False)) for code in codes if code),
            key=lambda pair: pair[1].casefold(),
        )
        self.country_button.set_choices(choices)
        regions = sorted({region_of(code) for code in codes if code and code.upper() in M49_REGION})
        self.region_button.set_choices((region, region) for region in regions)

    def set_tags(self, tags: Sequence[str]) -> None:
        self.tag_button.set_choices((tag, tag) for tag in tags)

    def is_active(self) -> bool:
        return (
            any(chip.isChecked() for chip in self._chips())
            or bool(self.region_button.selected())
            or bool(self.country_button.selected())
            or bool(self.tag_button.selected())
        )

    def clear(self) -> None:
        for chip in self._chips():
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)
        self.region_button.set_selected(())
        self.country_button.set_selected(())
        self.tag_button.set_selected(())
        self._on_changed()

    def _on_changed(self) -> None:
        self.clear_button.setVisible(self.is_active())
        self.changed.emit()

    def query(self, text: str = "") -> PeopleQuery:
        """The query these chips and *text* describe (sorting is the model's business)."""

        def flag(chip: QPushButton) -> bool | None:
            return True if chip.isChecked() else None

        return PeopleQuery(
            text=text,
            groups=frozenset(g for g, chip in self.group_chips.items() if chip.isChecked()),
            risk_levels=frozenset(r for r, chip in self.risk_chips.items() if chip.isChecked()),
            countries=self.country_button.selected(),
            regions=self.region_button.selected(),
            tags=self.tag_button.selected(),
            consent_network=flag(self.consent_network_chip),
            consent_coorganisers=flag(self.consent_coorganisers_chip),
            consent_public=flag(self.consent_public_chip),
            consent_due=self.consent_due_chip.isChecked(),
            retention_due=self.retention_due_chip.isChecked(),
        )
