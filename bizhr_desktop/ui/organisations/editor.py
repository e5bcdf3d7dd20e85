"""The Edit organisation dialog: every field the organisations service lets a person change."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError, InvalidInput
from bizhr_desktop.core.models import Organisation, OrganisationKind
from bizhr_desktop.services.organisations import (
    EDITABLE_FIELDS,
    OrganisationInvalid,
    OrganisationService,
)
from bizhr_desktop.ui.common.fields import FieldWithMessage, OptionalDateEdit, country_completer
from bizhr_desktop.ui.common.labels import country_text, organisation_kind_label
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import MessageLabel, heading, hint


class OrganisationEditDialog(QDialog):
    """Change one organisation; Save writes through :class:`OrganisationService` (which
    checks every value and audits the change), Cancel leaves the vault as it was.

    The service's sentences appear under the fields they are about. ``saved`` carries the
    organisation's id once it is written; ``result_organisation`` is then the stored record.
    """

    saved = Signal(str)  # organisation id

    def __init__(
        self,
        service: OrganisationService,
        organisation: Organisation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._stored = organisation
        self.result_organisation: Organisation | None = None
        self.setObjectName("organisationEditor")
        # Not the organisation's name: window titles reach task bars and screen sharing.
        self.setWindowTitle(self.tr("Edit organisation"))
        self.setModal(True)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in OrganisationKind:
            self.kind_combo.addItem(organisation_kind_label(kind), kind)
        self.sector_edit = QLineEdit(self)
        self.sector_edit.setAccessibleName(self.tr("Sector"))
        self.sector_edit.setPlaceholderText(self.tr("e.g. Mining, Garments, Finance"))
        self.country_edit = QLineEdit(self)
        self.country_edit.setAccessibleName(self.tr("Country"))
        self.country_edit.setPlaceholderText(self.tr("Name or two-letter code, e.g. Kenya"))
        self.country_edit.setCompleter(country_completer(self))
        self.website_edit = QLineEdit(self)
        self.website_edit.setAccessibleName(self.tr("Website"))
        self.website_edit.setPlaceholderText("https://example.org")
        # A web address reads left to right in every language.
        self.website_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.commitment_box = QCheckBox(self.tr("Publicly committed"), self)
        self.commitment_box.setAccessibleName(self.tr("Public commitment"))
        self.commitment_box.setToolTip(
            self.tr(
                "The organisation has publicly signalled its commitment: its name may then "
                "appear in lists shared with others."
            )
        )
        self.commitment_date_edit = OptionalDateEdit(self.tr("Committed on"), self)

        self.rows: dict[str, FieldWithMessage] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, label, widget in (
            ("name", self.tr("Name"), self.name_edit),
            ("kind", self.tr("Kind"), self.kind_combo),
            ("sector", self.tr("Sector"), self.sector_edit),
            ("country", self.tr("Country"), self.country_edit),
            ("website", self.tr("Website"), self.website_edit),
            ("public_commitment", self.tr("Public commitment"), self.commitment_box),
            ("commitment_date", self.tr("Committed on"), self.commitment_date_edit),
        ):
            row = FieldWithMessage(widget)
            self.rows[field] = row
            form.addRow(label, row)
        assert tuple(self.rows) == EDITABLE_FIELDS  # the form offers what the service edits

        self.sensitivity_hint = hint("", self)
        self.error_label = MessageLabel("error", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        self.save_button = save
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)  # Enter in a field saves
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setShortcut(Qt.Modifier.CTRL | Qt.Key.Key_S)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Edit organisation"), self))
        layout.addLayout(form)
        layout.addWidget(self.sensitivity_hint)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fill(organisation)
        # A field's sentence goes as soon as its value is changed; the others stay.
        for field, signal in (
            ("name", self.name_edit.textChanged),
            ("kind", self.kind_combo.currentIndexChanged),
            ("sector", self.sector_edit.textChanged),
            ("country", self.country_edit.textChanged),
            ("website", self.website_edit.textChanged),
            ("public_commitment", self.commitment_box.toggled),
            ("commitment_date", self.commitment_date_edit.changed),
        ):
            signal.connect(lambda *_args, f=field: self._on_changed(f))
        self._on_changed(None)
        # Set last, so that every widget (the Save button's "primary" look) is polished by it.
        self.setStyleSheet(style_sheet("records"))
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
        self.name_edit.setFocus()

    # ------------------------------------------------------------------ filling

    def _fill(self, organisation: Organisation) -> None:
        self.name_edit.setText(organisation.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(organisation.kind)))
        self.sector_edit.setText(organisation.sector)
        self.country_edit.setText(
            country_text(organisation.country, generalised=False) if organisation.country else ""
        )
        self.website_edit.setText(organisation.website)
        self.commitment_box.setChecked(organisation.public_commitment)
        self.commitment_date_edit.set_date(organisation.commitment_date)
        for edit in (self.name_edit, self.sector_edit, self.country_edit, self.website_edit):
            edit.setCursorPosition(0)

    @property
    def organisation_id(self) -> str:
        return self._stored.id

    def _on_changed(self, field: str | None) -> None:
        if field is not None:
            self.rows[field].clear_message()
            if field in ("public_commitment", "commitment_date"):
                # The rule between the two: changing either may settle it.
                self.rows["commitment_date"].clear_message()
        self.sensitivity_hint.setText(
            self.tr("Its name is public: it may appear in lists shared with others.")
            if self.commitment_box.isChecked()
            else self.tr(
                "Its name is treated as identifying: shared lists leave it out unless the "
                "people in them agreed."
            )
        )

    # ------------------------------------------------------------------ saving

    def edited(self) -> Organisation:
        """The organisation as the form now reads. Raises InvalidInput for a blank name."""
        country = self.country_edit.text().strip()
        if self._stored.country and country == country_text(
            self._stored.country, generalised=False
        ):
            country = self._stored.country  # shown by name, stored by code
        return dataclasses.replace(
            self._stored,
            name=self.name_edit.text(),
            kind=OrganisationKind(self.kind_combo.currentData()),
            sector=self.sector_edit.text(),
            country=country,
            website=self.website_edit.text(),
            public_commitment=self.commitment_box.isChecked(),
            commitment_date=self.commitment_date_edit.date(),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each sentence under its field; the first field at fault takes the focus."""
        self._clear_problems()
        general = [text for field, text in problems.items() if field not in self.rows]
        for field, text in problems.items():
            if field in self.rows:
                self.rows[field].show_message(text)
        self.error_label.show_message(
            "\n".join(general) if general else self.tr("Correct the fields marked above to save.")
        )
        first = next((self.rows[field] for field in EDITABLE_FIELDS if field in problems), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_problems(self) -> None:
        for row in self.rows.values():
            row.clear_message()
        self.error_label.clear_message()

    def save(self) -> bool:
        """Check with the service, then store; True (and the dialog accepted) when saved."""
        try:
            organisation = self.edited()
        except InvalidInput as error:  # a blank name: the record cannot even be built
            self.show_problems({"name": error_text(error)})
            return False
        problems = self._service.validate(organisation)
        if problems:
            self.show_problems({name: error_text(e) for name, e in problems.items()})
            return False
        try:
            stored = self._service.update(organisation)
        except OrganisationInvalid as error:  # changed meanwhile (a name taken since)
            self.show_problems({name: error_text(e) for name, e in error.problems.items()})
            return False
        except BizHRError as error:
            self._clear_problems()
            self.error_label.show_message(error_text(error))
            return False
        self.result_organisation = stored
        self.saved.emit(stored.id)
        self.accept()
        return True
