"""What a person agreed to share, with whom, when and how; flags consent due for renewal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.models import CONSENT_RENEWAL_MONTHS, consent_period
from bizhr_desktop.ui.common.fields import OptionalDateEdit
from bizhr_desktop.ui.common.labels import plural
from bizhr_desktop.ui.common.widgets import MessageLabel


class ConsentPanel(QGroupBox):
    """Three audiences, the date and the method; warns when consent should be asked again."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(self.tr("Consent"), parent)
        self._today = today
        self._renewal_months: Callable[[], int] = lambda: CONSENT_RENEWAL_MONTHS
        self.network_box = QCheckBox(self.tr("May be named to other network participants"), self)
        self.coorganisers_box = QCheckBox(self.tr("May be named to co-organisers"), self)
        self.public_box = QCheckBox(self.tr("May be named publicly"), self)
        self.date_edit = OptionalDateEdit(self.tr("Consent given on"), self)
        self.method_edit = QComboBox(self)
        self.method_edit.setEditable(True)
        self.method_edit.setAccessibleName(self.tr("How consent was given"))
        self.method_edit.addItems(
            [
                "",
                self.tr("Signed form"),
                self.tr("Email"),
                self.tr("Verbal, recorded by staff"),
                self.tr("Secure message"),
            ]
        )
        self.renewal_warning = MessageLabel("notice", self)
        self.error = MessageLabel("error", self)
        form = QFormLayout()
        form.addRow(self.tr("Given on"), self.date_edit)
        form.addRow(self.tr("How"), self.method_edit)
        layout = QVBoxLayout(self)
        for box in (self.network_box, self.coorganisers_box, self.public_box):
            layout.addWidget(box)
            box.toggled.connect(self._on_changed)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.renewal_warning)
        self.date_edit.changed.connect(self._on_changed)
        self.method_edit.currentTextChanged.connect(self._on_changed)

    def today(self) -> date:
        return self._today or date.today()

    def set_values(
        self,
        *,
        network: bool,
        coorganisers: bool,
        public: bool,
        given_on: date | None,
        method: str,
    ) -> None:
        widgets = (
            self.network_box,
            self.coorganisers_box,
            self.public_box,
            self.date_edit,
            self.method_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.network_box.setChecked(network)
        self.coorganisers_box.setChecked(coorganisers)
        self.public_box.setChecked(public)
        self.date_edit.set_date(given_on)
        self.method_edit.setCurrentText(method)
        for widget in widgets:
            widget.blockSignals(False)
        self._update_warning()

    def network(self) -> bool:
        return self.network_box.isChecked()

    def coorganisers(self) -> bool:
        return self.coorganisers_box.isChecked()

    def public(self) -> bool:
        return self.public_box.isChecked()

    def set_renewal_period(self, source: Callable[[], int] | None) -> None:
        """Where the vault's renewal period, in months, comes from (read at each check;
        None: 24 months)."""
        self._renewal_months = source or (lambda: CONSENT_RENEWAL_MONTHS)
        self._update_warning()

    def given_on(self) -> date | None:
        return self.date_edit.date()

    def method(self) -> str:
        return self.method_edit.currentText().strip()

    def _on_changed(self) -> None:
        # Ticking a box is giving consent today, unless a date was already recorded.
        ticked = self.network() or self.coorganisers() or self.public()
        boxes = (self.network_box, self.coorganisers_box, self.public_box)
        if self.sender() in boxes and ticked and self.given_on() is None:
            self.date_edit.blockSignals(True)
            self.date_edit.set_today_if_empty()
            self.date_edit.blockSignals(False)
        self._update_warning()
        self.changed.emit()

    def _update_warning(self) -> None:
        given_on = self.given_on()
        if given_on is None:
            self.renewal_warning.show_message(
                self.tr("No consent is recorded: this person may not be named to anyone.")
            )
        elif self.today() - given_on > consent_period(months := self._renewal_months()):
            self.renewal_warning.show_message(
                plural(
                    self.tr(
                        "Consent was recorded more than %n month(s) ago ({date}). Ask again "
                        "before sharing this person's name.",
                        "",
                        months,
                    ),
                    months,
                ).format(date=given_on.isoformat())
            )
        else:
            self.renewal_warning.clear_message()
