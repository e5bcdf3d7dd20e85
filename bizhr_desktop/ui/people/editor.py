"""The detail pane: one person's record, edited in place, masked while they are at high risk."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.masking import is_masked
from bizhr_desktop.core.models import (
    ContactLogEntry,
    Participation,
    Person,
    RiskLevel,
    StakeholderGroup,
    default_risk_for,
    new_id,
)
from bizhr_desktop.core.text import character_names, removed_by_cleaning
from bizhr_desktop.core.typed_pseudonym import PseudonymRisk, PseudonymRiskKind, pseudonym_risks
from bizhr_desktop.core.validation import parse_list
from bizhr_desktop.services.invitations import AttendanceRow
from bizhr_desktop.services.people import PeopleService, field_sentence
from bizhr_desktop.ui.common.fields import (
    FieldWithMessage,
    OptionalDateEdit,
    TagsEditor,
    country_completer,
)
from bizhr_desktop.ui.common.labels import (
    MASK,
    country_text,
    group_label,
    isolated,
    participation_label,
    plural,
    risk_background,
    risk_foreground,
    risk_label,
)
from bizhr_desktop.ui.common.messages import error_text, translate_message
from bizhr_desktop.ui.common.reveal import RevealTimer
from bizhr_desktop.ui.common.widgets import MessageLabel
from bizhr_desktop.ui.people.attendance import PersonAttendanceView
from bizhr_desktop.ui.people.consent import ConsentPanel
from bizhr_desktop.ui.people.contact_log import ContactLogView

# Contact details a coordinator pastes elsewhere (a message, a call): each has a Copy button.
COPYABLE_FIELDS = ("email", "phone", "secure_channel")

# Identifying and contact fields (DATA.md), plus the secret notes: hidden until revealed.
MASKED_FIELDS = (
    "full_name",
    "organisation",
    "role",
    "country",
    "email",
    "phone",
    "secure_channel",
    "notes",
)


class _SecretCopyFilter(QObject):
    """Routes a line edit's own copy (keys and context menu) to the secret clipboard.

    Without it, Ctrl+C in the e-mail field would put the address on the clipboard with no
    "secret" hint and no clearing, past every other precaution.
    """

    def __init__(self, copy_securely: Callable[[], None], edit: QLineEdit) -> None:
        super().__init__(edit)
        self._copy = copy_securely
        self._edit = edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._edit:
            return False
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
                QKeySequence.StandardKey.Cut
            ):
                if event.type() == QEvent.Type.KeyPress:
                    self._copy()
                event.accept()
                return True
        if event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            menu = self._edit.createStandardContextMenu()
            for action in menu.actions():
                # Qt names its standard actions; its own Copy and Cut would bypass the hints.
                if action.objectName() in ("edit-copy", "edit-cut"):
                    action.setVisible(False)
            secure = menu.addAction(self.tr("Copy (cleared after a while)"))
            secure.setEnabled(bool(self._edit.text()))
            secure.triggered.connect(self._copy)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False


_MINIMUM_WIDTH = 340  # with nobody chosen: the hint only


class _WrappedNotice(MessageLabel):
    """A notice of several wrapped lines that keeps room for all of them in a form.

    QFormLayout lays a field out at the height it had computed for an earlier width (seen
    with the Arabic sentences, once the scroll bar narrows the form), which cut the last
    lines off; a minimum height taken at the label's actual width cannot be undercut.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__("notice", parent)

    def show_message(self, text: str) -> None:
        super().show_message(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = 0
        if self.text():
            self.setMinimumHeight(0)  # QLabel's height for a width is never below its minimum
            height = max(self.heightForWidth(self.width()), 0)
        self.setMinimumHeight(height)


class PersonEditor(QWidget):
    """Shows and edits one person; Save writes through :class:`PeopleService`.

    For a person at high or critical risk, identifying and contact fields read "••••••"
    and cannot be edited until *Reveal* is pressed; the :class:`RevealTimer` hides them
    again. Values typed while revealed are kept (out of sight) when the fields hide.
    """

    saved = Signal(str)  # person id
    erase_requested = Signal(str)
    dirty_changed = Signal(bool)
    # A Copy button was pressed: carries the field's name, never its value (see contact_value).
    copy_requested = Signal(str)

    def __init__(self, reveal: RevealTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personEditor")
        self._reveal = reveal
        self._service: PeopleService | None = None
        self._person: Person | None = None  # as stored; None while adding a new person
        self._is_new = False
        self._dirty = False
        self._loading = False
        self._masked = False
        self._hidden_values: dict[str, str] = {}
        self._template: Person | None = None

        self.title_label = QLabel(self)
        self.title_label.setProperty("role", "heading")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.risk_badge = QLabel(self)
        self.risk_badge.setObjectName("riskBadge")
        self.risk_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Travel mode: the record is away and this is its placeholder. Nothing about the trip
        # (when, which bundle, where it is) is shown: the vault does not say either.
        self._is_away: Callable[[str], bool] | None = None
        self.away_badge = QLabel(self.tr("Away"), self)
        self.away_badge.setObjectName("awayBadge")
        self.away_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.away_badge.setToolTip(self.tr("This person's record is away in a travel bundle."))
        self.away_bar = QFrame(self)
        self.away_bar.setObjectName("awayBar")
        self.away_hint = QLabel(
            self.tr(
                "Record away (travel mode). This vault keeps only a placeholder: the "
                "pseudonym, group, risk level, participation and meetings. Everything else "
                "is in the travel bundle until it is brought back (Safety → Bring records "
                "back…). Tags, notes and invitations you add meanwhile are kept."
            ),
            self.away_bar,
        )
        self.away_hint.setWordWrap(True)
        self.away_hint.setTextFormat(Qt.TextFormat.PlainText)
        away_layout = QHBoxLayout(self.away_bar)
        away_layout.setContentsMargins(10, 6, 10, 6)
        away_layout.addWidget(self.away_hint, 1)

        self.reveal_button = QPushButton(self)
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self._on_reveal_clicked)
        self.countdown_label = QLabel(self)
        self.countdown_label.setProperty("role", "hint")
        self.reveal_bar = QFrame(self)
        self.reveal_bar.setObjectName("revealBar")
        self.reveal_hint = QLabel(self.reveal_bar)
        self.reveal_hint.setWordWrap(True)
        bar_layout = QHBoxLayout(self.reveal_bar)
        bar_layout.setContentsMargins(10, 6, 10, 6)
        bar_layout.addWidget(self.reveal_hint, 1)
        bar_layout.addWidget(self.countdown_label)
        bar_layout.addWidget(self.reveal_button)

        # Invisible characters the save will take out (core.text.clean_text): said first.
        self.cleaned_notice = _WrappedNotice(self)
        self.cleaned_notice.setObjectName("cleanedNotice")
        self._build_fields()

        self.message = MessageLabel("error", self)
        self.erase_button = QPushButton(self.tr("Erase person…"), self)
        self.erase_button.setProperty("role", "danger")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setAutoDefault(False)
        self.revert_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save this person (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.away_badge, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.risk_badge, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.empty_label = QLabel(
            self.tr("Select a person in the list, or press “Add person” (Ctrl+N)."), self
        )
        self.empty_label.setProperty("role", "emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(header)
        layout.addWidget(self.away_bar)
        layout.addWidget(self.reveal_bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.cleaned_notice)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        reveal.revealed_changed.connect(self._on_revealed_changed)
        reveal.countdown.connect(self._on_countdown)
        self.clear()

    # ------------------------------------------------------------------ building

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self._mark_dirty)
        return edit

    def _build_fields(self) -> None:
        self.full_name_edit = self._line("full_name", self.tr("Full name"))
        self.pseudonym_edit = self._line("pseudonym", self.tr("Pseudonym"))
        self.pseudonym_edit.setPlaceholderText(self.tr("Made for you when left empty"))
        # A warning, not an error: the coordinator may keep a pseudonym that matches.
        self.pseudonym_warning = _WrappedNotice(self)
        self.pseudonym_warning.setObjectName("pseudonymWarning")
        self.group_combo = QComboBox(self)
        self.group_combo.setAccessibleName(self.tr("Stakeholder group"))
        for group in StakeholderGroup:
            self.group_combo.addItem(group_label(group), group)
        self.group_combo.currentIndexChanged.connect(self._on_group_changed)
        self.organisation_edit = self._line("organisation", self.tr("Organisation"))
        self._organisations = QStringListModel(self)
        organisation_completer = QCompleter(self._organisations, self)
        organisation_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        organisation_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation_edit.setCompleter(organisation_completer)
        self.role_edit = self._line("role", self.tr("Role"))
        self.country_edit = self._line("country", self.tr("Country"))
        self.country_edit.setPlaceholderText(self.tr("Name or two-letter code, e.g. Kenya"))
        self.country_edit.setCompleter(country_completer(self))
        self.email_edit = self._line("email", self.tr("Email"))
        self.phone_edit = self._line("phone", self.tr("Phone"))
        self.phone_edit.setPlaceholderText(self.tr("With the country code, e.g. +254…"))
        self.secure_channel_edit = self._line("secure_channel", self.tr("Secure channel"))
        self.secure_channel_edit.setPlaceholderText(self.tr("e.g. Signal, or via an intermediary"))
        self.languages_edit = self._line("languages", self.tr("Languages"))
        self.languages_edit.setPlaceholderText(self.tr("e.g. en; fr; ar"))
        self.risk_combo = QComboBox(self)
        self.risk_combo.setAccessibleName(self.tr("Risk level"))
        for risk in RiskLevel:
            self.risk_combo.addItem(risk_label(risk), risk)
        self.risk_combo.currentIndexChanged.connect(self._mark_dirty)
        self.participation_combo = QComboBox(self)
        self.participation_combo.setAccessibleName(self.tr("Participation"))
        for participation in Participation:
            self.participation_combo.addItem(participation_label(participation), participation)
        self.participation_combo.currentIndexChanged.connect(self._mark_dirty)
        self.joined_edit = OptionalDateEdit(self.tr("Joined the network on"), self)
        self.joined_edit.changed.connect(self._mark_dirty)
        self.commitment_edit = OptionalDateEdit(self.tr("Acknowledged the commitments on"), self)
        self.commitment_edit.changed.connect(self._mark_dirty)
        self.consent_panel = ConsentPanel(self)
        self.consent_panel.changed.connect(self._mark_dirty)
        self.tags_editor = TagsEditor(self)
        self.tags_editor.changed.connect(self._mark_dirty)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(70)
        self.notes_edit.textChanged.connect(self._mark_dirty)
        self.contact_log = ContactLogView(self)
        self.contact_log.add_requested.connect(self._add_contact_log)
        self.attendance = PersonAttendanceView(self)
        self._attendance_of: Callable[[str], list[AttendanceRow]] | None = None
        self.copy_buttons: dict[str, QPushButton] = {}
        self.copy_notice = MessageLabel("notice", self)
        self.copy_notice.setObjectName("copyNotice")

        self.rows: dict[str, FieldWithMessage] = {}

        def row(name: str, widget: QWidget) -> FieldWithMessage:
            wrapped = FieldWithMessage(widget)
            self.rows[name] = wrapped
            return wrapped

        identity = QGroupBox(self.tr("Identity"))
        form = QFormLayout(identity)
        form.addRow(self.tr("Full name"), row("full_name", self.full_name_edit))
        form.addRow(self.tr("Pseudonym"), row("pseudonym", self.pseudonym_edit))
        form.addRow("", self.pseudonym_warning)
        form.addRow(self.tr("Group"), row("stakeholder_group", self.group_combo))
        form.addRow(self.tr("Organisation"), row("organisation", self.organisation_edit))
        form.addRow(self.tr("Role"), row("role", self.role_edit))
        form.addRow(self.tr("Country"), row("country", self.country_edit))
        contact = QGroupBox(self.tr("Contact"))
        form = QFormLayout(contact)
        form.addRow(
            self.tr("Email"),
            self._with_copy_button(
                row("email", self.email_edit), "email", self.tr("Copy the email address")
            ),
        )
        form.addRow(
            self.tr("Phone"),
            self._with_copy_button(
                row("phone", self.phone_edit), "phone", self.tr("Copy the phone number")
            ),
        )
        form.addRow(
            self.tr("Secure channel"),
            self._with_copy_button(
                row("secure_channel", self.secure_channel_edit),
                "secure_channel",
                self.tr("Copy the secure channel"),
            ),
        )
        form.addRow(self.tr("Languages"), row("languages", self.languages_edit))
        form.addRow(self.copy_notice)
        status = QGroupBox(self.tr("Risk and participation"))
        form = QFormLayout(status)
        form.addRow(self.tr("Risk level"), row("risk_level", self.risk_combo))
        form.addRow(self.tr("Participation"), row("participation", self.participation_combo))
        form.addRow(self.tr("Joined on"), row("joined_on", self.joined_edit))
        form.addRow(
            self.tr("Commitments acknowledged"),
            row("commitment_acknowledged_on", self.commitment_edit),
        )
        more = QGroupBox(self.tr("Tags and notes"))
        form = QFormLayout(more)
        form.addRow(self.tr("Tags"), row("tags", self.tags_editor))
        form.addRow(self.tr("Notes"), row("notes", self.notes_edit))

        for box in (identity, contact, status, more):
            layout = box.layout()
            if isinstance(layout, QFormLayout):
                layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        body = QWidget()
        body.setObjectName("personEditorBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        for widget in (
            identity,
            contact,
            status,
            self.consent_panel,
            more,
            self.contact_log,
            self.attendance,
        ):
            body_layout.addWidget(widget)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)

        self._masked_widgets: dict[str, QLineEdit | QPlainTextEdit] = {
            "full_name": self.full_name_edit,
            "organisation": self.organisation_edit,
            "role": self.role_edit,
            "country": self.country_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "secure_channel": self.secure_channel_edit,
            "notes": self.notes_edit,
        }
        # The fields a pseudonym could give away: the warning follows each of them as typed.
        for edit in (
            self.pseudonym_edit,
            self.full_name_edit,
            self.organisation_edit,
            self.role_edit,
            self.country_edit,
        ):
            edit.textChanged.connect(self._update_pseudonym_warning)
        for watched in (self.pseudonym_edit, *self._masked_widgets.values()):
            watched.textChanged.connect(self._update_cleaned_notice)

    def _with_copy_button(self, field: FieldWithMessage, name: str, accessible: str) -> QWidget:
        """The field with a small Copy button beside it (the value clears itself later)."""
        button = QPushButton(self.tr("Copy"), self)
        button.setObjectName(f"copy_{name}")
        button.setAccessibleName(accessible)
        button.setToolTip(
            accessible + "\n" + self.tr("The clipboard is emptied again after a short while.")
        )
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.copy_requested.emit(name))
        self.copy_buttons[name] = button
        edit = self._masked_widget_for(name)
        # Ctrl+C, Ctrl+X and the right-click Copy go through the secret clipboard too.
        copy_filter = _SecretCopyFilter(lambda: self.copy_requested.emit(name), edit)
        edit.installEventFilter(copy_filter)
        edit.textChanged.connect(self._update_copy_buttons)
        holder = QWidget(self)
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(field, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return holder

    def _masked_widget_for(self, name: str) -> QLineEdit:
        edits = {
            "email": self.email_edit,
            "phone": self.phone_edit,
            "secure_channel": self.secure_channel_edit,
        }
        return edits[name]

    # ------------------------------------------------------------------ copying

    def contact_value(self, name: str) -> str:
        """What a Copy button would copy: "" while the person is masked or the field is empty."""
        if name not in COPYABLE_FIELDS or self._masked or not self.has_record():
            return ""
        return self._value(name).strip()

    def show_copied(self, seconds: int) -> None:
        self.copy_notice.show_message(
            plural(
                self.tr("Copied. The clipboard will be emptied in %n second(s).", "", seconds),
                seconds,
            )
        )

    def _update_copy_buttons(self) -> None:
        for name, button in self.copy_buttons.items():
            allowed = bool(self.contact_value(name))
            button.setEnabled(allowed)
            if self._masked:
                button.setToolTip(self.tr("Hidden: press Reveal to copy it."))
            else:
                button.setToolTip(
                    button.accessibleName()
                    + "\n"
                    + self.tr("The clipboard is emptied again after a short while.")
                )

    # ------------------------------------------------------------------ state

    def set_service(self, service: PeopleService | None) -> None:
        self._service = service
        self.clear()

    def set_away_check(self, is_away: Callable[[str], bool] | None) -> None:
        """How to tell whether a person's record is away in travel mode (None: never)."""
        self._is_away = is_away
        self._update_header()

    def is_away(self) -> bool:
        """Whether the person shown is a travel-mode placeholder."""
        person = self._person
        return (
            person is not None
            and not self._is_new
            and self._is_away is not None
            and self._is_away(person.id)
        )

    def set_known_organisations(self, names: Sequence[str]) -> None:
        self._organisations.setStringList(list(names))

    def set_known_tags(self, tags: Sequence[str]) -> None:
        self.tags_editor.set_known_tags(tags)

    @property
    def person(self) -> Person | None:
        return self._person

    @property
    def person_id(self) -> str | None:
        return self._person.id if self._person is not None else None

    def is_new(self) -> bool:
        return self._is_new

    def is_dirty(self) -> bool:
        return self._dirty

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def is_masked(self) -> bool:
        return self._masked

    def has_record(self) -> bool:
        return self._person is not None or self._is_new

    def clear(self) -> None:
        """Show nothing (no selection, or the vault locked): every value is dropped."""
        self._person = None
        self._is_new = False
        self._hidden_values = {}
        self._masked = False
        self._loading = True
        # setText/setPlainText, not clear(): they also empty the undo history, so that
        # Ctrl+Z cannot bring a dropped (or masked) value back.
        for edit in self._masked_widgets.values():
            self._set_text(edit, "")
            edit.setReadOnly(False)
        self.pseudonym_edit.setText("")
        self.languages_edit.setText("")
        self.tags_editor.set_tags(())
        self.consent_panel.set_values(
            network=False, coorganisers=False, public=False, given_on=None, method=""
        )
        self.joined_edit.set_date(None)
        self.commitment_edit.set_date(None)
        self.contact_log.set_person(None)
        self.attendance.set_rows(())
        self._loading = False
        self._clear_messages()
        self.copy_notice.clear_message()
        self._set_dirty(False)
        self._show_content(False)
        self._update_copy_buttons()
        self._update_pseudonym_warning()
        self._update_cleaned_notice()

    def show_person(self, person_id: str) -> None:
        if self._service is None:
            return
        person = self._service.get(person_id)
        self._load(person, new=False)
        self.contact_log.set_person(person.id)
        self.contact_log.set_entries(self._service.contact_log(person.id))
        self.attendance.set_rows(
            self._attendance_of(person.id) if self._attendance_of is not None else ()
        )
        self._apply_mask()

    def set_attendance_source(self, source: Callable[[str], list[AttendanceRow]] | None) -> None:
        """Where the Meetings box reads a person's invitations from (None when locked)."""
        self._attendance_of = source
        if source is None:
            self.attendance.set_rows(())

    def new_person(self) -> None:
        group = StakeholderGroup.CIVIL_SOCIETY
        person = Person(
            id=new_id(),
            full_name="-",  # replaced below: a record needs a name to exist at all
            stakeholder_group=group,
            risk_level=default_risk_for(group),
        )
        self._load(person, new=True)
        self.full_name_edit.clear()
        self.contact_log.set_person(None)
        self.attendance.set_rows(())
        self._apply_mask()
        self.full_name_edit.setFocus()

    def _load(self, person: Person, *, new: bool) -> None:
        self._person = None if new else person
        self._is_new = new
        self._template = person
        self._hidden_values = {}
        self._masked = False
        self._loading = True
        for edit in self._masked_widgets.values():
            edit.setReadOnly(False)
            edit.setToolTip("")
        self.full_name_edit.setText(person.full_name)
        self.pseudonym_edit.setText(person.pseudonym)
        self._select(self.group_combo, person.stakeholder_group)
        self.organisation_edit.setText(person.organisation)
        self.role_edit.setText(person.role)
        self.country_edit.setText(country_text(person.country, generalised=False))
        self.email_edit.setText(person.email)
        self.phone_edit.setText(person.phone)
        self.secure_channel_edit.setText(person.secure_channel)
        self.languages_edit.setText("; ".join(person.languages))
        self._select(self.risk_combo, person.risk_level)
        self._select(self.participation_combo, person.participation)
        self.joined_edit.set_date(person.joined_on)
        self.commitment_edit.set_date(person.commitment_acknowledged_on)
        self.consent_panel.set_values(
            network=person.consent_network,
            coorganisers=person.consent_coorganisers,
            public=person.consent_public,
            given_on=person.consent_date,
            method=person.consent_method,
        )
        self.tags_editor.set_tags(person.tags)
        self.notes_edit.setPlainText(person.notes)
        self._loading = False
        self._clear_messages()
        self.copy_notice.clear_message()
        self._set_dirty(new)
        self._show_content(True)
        self.erase_button.setEnabled(not new)
        self._update_pseudonym_warning()
        self._update_cleaned_notice()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def revert(self) -> None:
        if self._is_new:
            self.new_person()
        elif self._person is not None:
            self.show_person(self._person.id)

    # ------------------------------------------------------------------ masking

    def _apply_mask(self) -> None:
        person = self._person
        should_mask = (
            person is not None
            and is_masked(person.risk_level)
            and not self._reveal.is_revealed(person.id)
        )
        self._loading = True
        if should_mask and not self._masked:
            for name, edit in self._masked_widgets.items():
                self._hidden_values[name] = self._text_of(edit)
                self._set_text(edit, MASK)
                edit.setReadOnly(True)
                edit.setToolTip(self.tr("Hidden: press Reveal to see it."))
        elif not should_mask and self._masked:
            for name, edit in self._masked_widgets.items():
                self._set_text(edit, self._hidden_values.pop(name, ""))
                edit.setReadOnly(False)
                edit.setToolTip("")
        self._loading = False
        self._masked = should_mask
        self.contact_log.set_masked(should_mask)
        if should_mask:
            self.copy_notice.clear_message()
        self._update_copy_buttons()
        self._update_pseudonym_warning()
        self._update_cleaned_notice()
        self._update_header()

    @staticmethod
    def _text_of(edit: QLineEdit | QPlainTextEdit) -> str:
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    @staticmethod
    def _set_text(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)
        else:
            edit.setText(text)
            edit.setCursorPosition(0)

    def _value(self, name: str) -> str:
        """What a maskable field holds, whether or not it is on screen."""
        if self._masked and name in self._hidden_values:
            return self._hidden_values[name]
        return self._text_of(self._masked_widgets[name])

    def _on_reveal_clicked(self) -> None:
        if self._person is None:
            return
        if self._reveal.is_revealed(self._person.id):
            self._reveal.hide()
        else:
            self._reveal.reveal(self._person.id)

    def _on_revealed_changed(self, _person_id: object) -> None:
        self._apply_mask()

    def _on_countdown(self, seconds: int) -> None:
        if self._person is not None and self._reveal.is_revealed(self._person.id):
            self.countdown_label.setText(
                plural(self.tr("Hidden again in %n second(s)", "", seconds), seconds)
            )
        else:
            self.countdown_label.clear()

    def _update_header(self) -> None:
        person = self._person
        if self._is_new:
            self.title_label.setText(self.tr("New person"))
            self.risk_badge.hide()
            self.reveal_bar.hide()
            self.away_badge.hide()
            self.away_bar.hide()
            return
        if person is None:
            return
        away = self.is_away()
        self.away_badge.setVisible(away)
        self.away_bar.setVisible(away)
        at_risk = is_masked(person.risk_level)
        if self._masked:
            self.title_label.setText(person.pseudonym or MASK)
        else:
            self.title_label.setText(person.full_name)
        self.risk_badge.setText(self.tr("{risk} risk").format(risk=risk_label(person.risk_level)))
        self.risk_badge.setStyleSheet(
            f"background: {risk_background(person.risk_level).name()};"
            f"color: {risk_foreground(person.risk_level).name()};"
            "border-radius: 4px; padding: 3px 8px; font-weight: 600;"
        )
        self.risk_badge.show()
        self.reveal_bar.setVisible(at_risk)
        revealed = self._reveal.is_revealed(person.id)
        seconds = self._reveal.duration_seconds
        if revealed:
            self.reveal_hint.setText(self.tr("Identifying and contact details are visible."))
            self.reveal_button.setText(self.tr("Hide now"))
            self._on_countdown(self._reveal.seconds_left())
        else:
            self.reveal_hint.setText(
                self.tr(
                    "Identifying and contact details are hidden: people nearby could read them."
                )
            )
            self.reveal_button.setText(plural(self.tr("Reveal (%n s)", "", seconds), seconds))
            self.countdown_label.clear()
        self.reveal_bar.setProperty("revealed", revealed)
        self.reveal_bar.style().unpolish(self.reveal_bar)
        self.reveal_bar.style().polish(self.reveal_bar)

    def _show_content(self, visible: bool) -> None:
        self.empty_label.setVisible(not visible)
        for widget in (
            self.title_label,
            self.scroll_area,
            self.erase_button,
            self.revert_button,
            self.save_button,
        ):
            widget.setVisible(visible)
        if not visible:
            self.risk_badge.hide()
            self.reveal_bar.hide()
            self.away_badge.hide()
            self.away_bar.hide()
            self.message.clear_message()
        else:
            self._update_header()
        self._claim_width(visible)

    def _claim_width(self, editing: bool) -> None:
        """While a person is shown the editor asks for the width its fields need, so the
        People splitter cannot squeeze them behind a horizontal scroll bar; with nobody
        chosen it gives the room back to the list."""
        needed = 0
        body, layout = self.scroll_area.widget(), self.layout()
        if editing and body is not None and layout is not None:
            scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            margins = layout.contentsMargins()
            sides = margins.left() + margins.right()
            needed = body.minimumSizeHint().width() + scroll_bar + sides + 4
        self.setMinimumWidth(max(_MINIMUM_WIDTH, needed))

    # ------------------------------------------------------------------ editing

    def _mark_dirty(self) -> None:
        if not self._loading and self.has_record():
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty and not self._is_new)
        if changed:
            self.dirty_changed.emit(dirty)

    def _on_group_changed(self) -> None:
        # A new defender starts at medium risk: forgetting to assess them errs towards hiding.
        if self._is_new and not self._loading:
            group = StakeholderGroup(self.group_combo.currentData())
            self._select(self.risk_combo, default_risk_for(group))
        self._mark_dirty()

    def _risks_of_pseudonym(self) -> tuple[PseudonymRisk, ...]:
        """What the pseudonym as typed gives away about the person as edited."""
        if not self.has_record():
            return ()
        return pseudonym_risks(
            self.pseudonym_edit.text(),
            full_name=self._value("full_name"),
            organisation=self._value("organisation"),
            role=self._value("role"),
            country=self._value("country"),
        )

    def _update_pseudonym_warning(self) -> None:
        if self._loading:
            return  # _load() and _apply_mask() update it once, when every field is set
        risks = self._risks_of_pseudonym()
        if not risks:
            text = ""
        elif self._masked:
            # While the name and the rest are hidden, saying which part of them the pseudonym
            # holds would tell it to anyone watching the screen.
            text = self.tr("This pseudonym may give the person away. Reveal to see why.")
        else:
            text = "\n".join(self._risk_sentence(risk) for risk in risks)
        self.pseudonym_warning.show_message(text)
        self.pseudonym_edit.setAccessibleDescription(text)

    def _update_cleaned_notice(self) -> None:
        """Which fields hold invisible characters (direction overrides, zero-width spaces)
        that saving takes out, named by field and character, never by value."""
        if self._loading:
            return
        fields = [("pseudonym", self.pseudonym_edit), *self._masked_widgets.items()]
        found = []
        for name, edit in fields:
            text = self.pseudonym_edit.text() if name == "pseudonym" else self._value(name)
            if removed := removed_by_cleaning(text):
                found.append(f"{edit.accessibleName()}: {character_names(removed)}")
        self.cleaned_notice.show_message(
            self.tr(
                "Invisible characters that can make a name look like another are taken out "
                "when you save: {fields}."
            ).format(fields="; ".join(found))
            if found
            else ""
        )

    def _risk_sentence(self, risk: PseudonymRisk) -> str:
        sentences = {
            PseudonymRiskKind.FULL_NAME: self.tr("This pseudonym contains their name ({part})."),
            PseudonymRiskKind.NAME_PART: self.tr(
                "This pseudonym contains part of their name ({part})."
            ),
            PseudonymRiskKind.INITIALS: self.tr("This pseudonym contains their initials ({part})."),
            PseudonymRiskKind.TRANSLITERATION: self.tr(
                "This pseudonym contains their name in Latin letters ({part})."
            ),
            PseudonymRiskKind.ORGANISATION: self.tr(
                "This pseudonym contains their organisation ({part})."
            ),
            PseudonymRiskKind.ROLE: self.tr("This pseudonym contains their role ({part})."),
            PseudonymRiskKind.PLACE: self.tr("This pseudonym contains a place ({part})."),
        }
        return sentences[risk.kind].format(part=isolated(risk.part))

    def _clear_messages(self) -> None:
        for row in self.rows.values():
            row.clear_message()
        self.consent_panel.error.clear_message()
        self.message.clear_message()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each sentence next to its field; any without a field goes under the form."""
        self._clear_messages()
        general: list[str] = []
        for name, sentence in errors.items():
            if name.startswith("consent"):
                self.consent_panel.error.show_message(sentence)
            elif name in self.rows:
                self.rows[name].show_message(sentence)
            else:
                general.append(sentence)
        if general:
            self.message.show_message("\n".join(general))
        else:
            self.message.show_message(self.tr("Please correct the fields marked above."))
        first = next((self.rows[name] for name in errors if name in self.rows), None)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)

    def build_person(self) -> tuple[Person | None, dict[str, str]]:
        """The record as edited, or the problems found before it can even be built."""
        template = self._template if self._is_new else self._person
        if template is None:
            return None, {}
        full_name = self._value("full_name").strip()
        if not full_name:
            return None, {"full_name": self.tr("A full name is required.")}
        # Country names, codes and languages are normalised (and checked) by the service.
        languages = parse_list(self.languages_edit.text().replace(",", ";"))
        person = dataclasses.replace(
            template,
            full_name=full_name,
            pseudonym=self.pseudonym_edit.text().strip(),
            stakeholder_group=StakeholderGroup(self.group_combo.currentData()),
            organisation=self._value("organisation").strip(),
            role=self._value("role").strip(),
            country=self._value("country").strip(),
            email=self._value("email").strip(),
            phone=self._value("phone").strip(),
            secure_channel=self._value("secure_channel").strip(),
            languages=languages,
            risk_level=RiskLevel(self.risk_combo.currentData()),
            participation=Participation(self.participation_combo.currentData()),
            joined_on=self.joined_edit.date(),
            commitment_acknowledged_on=self.commitment_edit.date(),
            consent_network=self.consent_panel.network(),
            consent_coorganisers=self.consent_panel.coorganisers(),
            consent_public=self.consent_panel.public(),
            consent_date=self.consent_panel.given_on(),
            consent_method=self.consent_panel.method(),
            tags=self.tags_editor.tags(),
            notes=self._value("notes"),
        )
        return person, {}

    def save(self) -> bool:
        """Validate, then add or update; messages appear next to the fields at fault."""
        if self._service is None or not self.has_record():
            return False
        person, errors = self.build_person()
        if person is None:
            self.show_errors(errors)
            return False
        problems = self._service.validate(person)
        if problems:
            self.show_errors(
                {name: field_sentence(error, translate_message) for name, error in problems.items()}
            )
            return False
        try:
            stored = self._service.add(person) if self._is_new else self._service.update(person)
        except BizHRError as error:
            self._clear_messages()
            self.message.show_message(error_text(error))
            return False
        was_new = self._is_new
        self._load(stored, new=False)
        if was_new:
            self.contact_log.set_person(stored.id)
        self._apply_mask()
        self.saved.emit(stored.id)
        return True

    def _add_contact_log(self, entry: ContactLogEntry) -> None:
        if self._service is None or self._person is None:
            return
        try:
            self._service.add_contact_log(entry)
        except BizHRError as error:
            self.contact_log.message.show_message(error_text(error))
            return
        self.contact_log.set_entries(self._service.contact_log(self._person.id))

    def _on_erase_clicked(self) -> None:
        if self._person is not None:
            self.erase_requested.emit(self._person.id)
