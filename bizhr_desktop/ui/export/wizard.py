"""Export a list made safe for one audience: scope, audience, format, preview, file, receipt.

Nothing is written before the last confirmation: the preview shows exactly the rows and
columns the file will hold (``ExportPreview.table()``) and why each person appears as they
do; the write runs on a pool thread through ``exporting.write``, which writes atomically and
records the audit entry in the same step. A bundle for another coordinator asks for a
passphrase first (a generated one, shown large, or one of the coordinator's own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bizhr_desktop.core.errors import BizHRError, InvalidInput
from bizhr_desktop.core.models import Audience, RiskLevel
from bizhr_desktop.core.policy import DEFAULT_DISCLAIMER, DEFAULT_K, NAMED_ELSEWHERE, Outcome
from bizhr_desktop.formats import age_io
from bizhr_desktop.formats.csv_io import neutralise_formula
from bizhr_desktop.services import exporting
from bizhr_desktop.services.exporting import (
    ExportFormat,
    ExportPreview,
    ExportReceipt,
    ExportRequest,
    ExportScope,
    MeetingList,
    ReasonGroup,
    ScopeKind,
)
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingRecord, MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.clipboard import SecretClipboard
from bizhr_desktop.ui.models.labels import MASK, plural, risk_label
from bizhr_desktop.ui.people.filters import PeopleFilterBar
from bizhr_desktop.ui.people.style import RECORDS_QSS
from bizhr_desktop.ui.widgets import (
    MessageLabel,
    PassphraseField,
    all_files_filter,
    choose_path,
    hint,
    path_label,
    replace_allowed,
)
from bizhr_desktop.ui.worker import BackgroundJobs

__all__ = ["ExportWizard", "default_file_name"]

ModelIndex = QModelIndex | QPersistentModelIndex

EXPORT_QSS: Final = """
QFrame[role="card"] {
    background: #ffffff;
    border: 1px solid #d9e2ec;
    border-radius: 6px;
}
QFrame[role="summary"] {
    background: #f0f4f8;
    border: 1px solid #bcccdc;
    border-radius: 6px;
}
QLabel[role="headline"] {
    font-size: 13pt;
    font-weight: 600;
    color: #102a43;
}
QLabel[role="passphrase"] {
    font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace;
    font-size: 17pt;
    font-weight: 600;
    color: #102a43;
    background: #ffffff;
    border: 1px solid #bcccdc;
    border-radius: 6px;
    padding: 12px 16px;
}
QLabel[role="reason"] { color: #243b53; }
"""

# Values of these columns are hidden on screen for people at high or critical risk in the
# preview of a bundle (the file holds them, encrypted; the screen may be seen by others).
_MASKED_BUNDLE_COLUMNS: Final = frozenset(
    {"full_name", "organisation", "role", "country", "email", "phone", "secure_channel", "notes"}
)
_MASKED_RISKS: Final = frozenset({RiskLevel.HIGH.value, RiskLevel.CRITICAL.value})
_FSI: Final = "\u2068"  # FIRST STRONG ISOLATE
_PDI: Final = "\u2069"  # POP DIRECTIONAL ISOLATE
_AUDIENCE_FILE_WORDS: Final = {
    Audience.PUBLIC: "public-list",
    Audience.VENUE: "venue-list",
    Audience.COORGANISERS: "coorganiser-list",
    Audience.INTERNAL: "bundle-for-coordinator",
}
_FEWER_THAN: Final = re.compile(r"\s*\(fewer than (\d+) share their group and region\)$")
_RISK_OVER: Final = re.compile(r"^risk (\w+), ceiling (\w+)$")


def default_file_name(audience: Audience, fmt: ExportFormat, day: date | None = None) -> str:
    """A file name that says what the list is for and when, and nothing about anyone in it."""
    day = day or date.today()
    return f"{_AUDIENCE_FILE_WORDS[Audience(audience)]}-{day.isoformat()}{fmt.extension}"


def choose_save_file(parent: QWidget, caption: str, start: str, name_filter: str) -> str:
    """Ask where to save with Qt's own dialog, then forget which folders were visited."""
    return choose_path(
        parent, caption, [name_filter, all_files_filter()], start=start, for_saving=True
    )


def _translate(text: str) -> str:
    return QCoreApplication.translate("ExportWizard", text)


def column_label(name: str) -> str:
    """What a column of the file is called on screen ("full_name" -> "Name")."""
    words = {
        "full_name": _translate("Name"),
        "pseudonym": _translate("Pseudonym"),
        "stakeholder_group": _translate("Stakeholder group"),
        "organisation": _translate("Organisation"),
        "role": _translate("Role"),
        "country": _translate("Country"),
        "region": _translate("Region"),
        "email": _translate("Email"),
        "phone": _translate("Phone"),
        "secure_channel": _translate("Secure channel"),
        "languages": _translate("Languages"),
        "risk_level": _translate("Risk"),
        "consent_network": _translate("Consent: network"),
        "consent_coorganisers": _translate("Consent: co-organisers"),
        "consent_public": _translate("Consent: public"),
        "consent_date": _translate("Consent date"),
        "notes": _translate("Notes"),
        "tags": _translate("Tags"),
        "participation": _translate("Participation"),
        "joined_on": _translate("Joined on"),
    }
    return words.get(name, name.replace("_", " ").capitalize())


def outcome_words(outcome: Outcome) -> str:
    return {
        Outcome.NAMED: _translate("Named"),
        Outcome.PSEUDONYMISED: _translate("Pseudonymised"),
        Outcome.COUNTED: _translate("Withheld, counted only"),
        Outcome.FULL: _translate("Full record, encrypted"),
    }[outcome]


_CONSENT_OLD: Final = re.compile(r"consent from (\d{4}), renewal due")


def reason_words(reason: str) -> str:
    """The policy's reason in plain, translatable words (unknown parts are kept as they are)."""
    suffix = ""
    found = _FEWER_THAN.search(reason)
    if found:
        reason = reason[: found.start()]
        suffix = _translate(
            "fewer than {k} people share their group and region, so a row would single them out"
        ).format(k=found.group(1))
    parts: list[str] = []
    for part in (p.strip() for p in reason.split(";")):
        if not part:
            continue
        risk = _RISK_OVER.match(part)
        if part == "no consent_public":
            parts.append(_translate("no consent to be named publicly"))
        elif part == "no consent_coorganisers":
            parts.append(_translate("no consent to be named to co-organisers or a venue"))
        elif part == "no consent_network":
            parts.append(_translate("no consent to be named in the network"))
        elif risk and risk.group(1) in RiskLevel._value2member_map_:
            parts.append(
                _translate("{risk} risk, above this audience's limit ({ceiling})").format(
                    risk=risk_label(risk.group(1)),
                    ceiling=risk_label(risk.group(2)).lower()
                    if risk.group(2) in RiskLevel._value2member_map_
                    else risk.group(2),
                )
            )
        elif part.startswith("Chatham House Rule"):
            parts.append(
                _translate("Chatham House meeting, and not an attendance record for the host")
            )
        elif part == "consent given and risk within the audience's ceiling":
            parts.append(_translate("consent given, and risk within this audience's limit"))
        elif part == "internal bundle, encrypted":
            parts.append(_translate("another coordinator's vault, only in an encrypted bundle"))
        elif part == "not named":
            parts.append(_translate("not named"))
        elif part == "consent undated, renewal due":
            parts.append(_translate("consent not dated, so it counts as absent until renewed"))
        elif _CONSENT_OLD.match(part):
            parts.append(
                _translate("consent from {year}, older than 24 months: renewal due").format(
                    year=_CONSENT_OLD.match(part).group(1)  # type: ignore[union-attr]
                )
            )
        elif part == NAMED_ELSEWHERE:
            parts.append(
                _translate(
                    "named in another audience's list, so only counted here (a label would "
                    "let the two lists be compared)"
                )
            )
        else:
            parts.append(part)
    if suffix:
        parts.append(suffix)
    return "; ".join(parts)


def reason_line(group: ReasonGroup) -> str:
    count = plural(_translate_n("%n person(s)", group.count), group.count)
    return _translate("{outcome}: {reason} — {count}").format(
        outcome=outcome_words(group.outcome), reason=reason_words(group.reason), count=count
    )


def _translate_n(text: str, n: int) -> str:
    return QCoreApplication.translate("ExportWizard", text, "", n)


def summary_headline(preview: ExportPreview) -> str:
    summary = preview.summary
    if summary.full:
        return plural(
            _translate_n("%n full record(s), written only as an encrypted bundle", summary.full),
            summary.full,
        )
    return " · ".join(
        (
            _translate("{n} named").format(n=summary.named),
            _translate("{n} pseudonymised").format(n=summary.pseudonymised),
            _translate("{n} counted only").format(n=summary.counted),
        )
    )


# ---------------------------------------------------------------- the preview table


class PreviewTableModel(QAbstractTableModel):
    """The file's header and rows, read-only; count and disclaimer lines span the table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._rows: list[tuple[str, ...]] = []
        self._first_text_row = 0
        self._masked_rows: frozenset[int] = frozenset()
        self._neutralise = False

    def set_preview(self, preview: ExportPreview | None) -> None:
        self.beginResetModel()
        if preview is None:
            self._columns, self._rows, self._first_text_row = (), [], 0
            self._masked_rows = frozenset()
        else:
            self._columns, self._rows = preview.table()
            self._first_text_row = len(preview.rows)
            # Spreadsheets get formula-like cells as text ('=...): show them as written.
            self._neutralise = preview.request.format in (ExportFormat.CSV, ExportFormat.XLSX)
            masked: set[int] = set()
            if preview.request.format is ExportFormat.BUNDLE and "risk_level" in self._columns:
                risk = self._columns.index("risk_level")
                masked = {r for r, row in enumerate(preview.rows) if row[risk] in _MASKED_RISKS}
            self._masked_rows = frozenset(masked)
        self.endResetModel()

    def clear(self) -> None:
        self.set_preview(None)

    @property
    def columns(self) -> tuple[str, ...]:
        return self._columns

    def text_rows(self) -> range:
        """Rows holding a count line or the disclaimer (text in the first column only)."""
        return range(self._first_text_row, len(self._rows))

    def shown_text(self, row: int, column: int) -> str:
        """What a cell shows, without the direction marks (for tests and accessibility)."""
        value = self.data(self.index(row, column))
        return str(value).strip(_FSI + _PDI) if value is not None else ""

    def row_values(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self._rows[row][column]
        text_row = row >= self._first_text_row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if (
                row in self._masked_rows
                and self._columns[column] in _MASKED_BUNDLE_COLUMNS
                and value
            ):
                return MASK
            if role == Qt.ItemDataRole.ToolTipRole and not text_row:
                return None
            shown = neutralise_formula(value) if self._neutralise else value
            # Each cell keeps its own direction ("3 further participants" in an Arabic
            # window, an Arabic name in an English one): a first-strong isolate.
            return f"{_FSI}{shown}{_PDI}" if shown else shown
        if role == Qt.ItemDataRole.FontRole and text_row:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_label(self._columns[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _translate("Column “{name}” in the file").format(name=self._columns[section])
        return None


# ---------------------------------------------------------------- pages


class ScopePage(QWizardPage):
    """Whose records: everyone, a filtered list, or a meeting's list."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Who is in the list?"))
        self.setSubTitle(
            self.tr("Choose the people the list starts from. The next steps decide what it shows.")
        )
        self.everyone_radio = QRadioButton(self.tr("Everyone in the vault"), self)
        self.filter_radio = QRadioButton(self.tr("People matching a filter"), self)
        self.meeting_radio = QRadioButton(self.tr("The people of one meeting"), self)
        self.scope_group = QButtonGroup(self)
        for radio in (self.everyone_radio, self.filter_radio, self.meeting_radio):
            self.scope_group.addButton(radio)
        self.everyone_radio.setChecked(True)
        self.scope_group.buttonToggled.connect(self._on_changed)

        self.filter_bar = PeopleFilterBar(self)
        self.filter_bar.changed.connect(self._on_changed)

        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setAccessibleName(self.tr("Meeting"))
        self.meeting_combo.currentIndexChanged.connect(self._on_changed)
        self.list_combo = QComboBox(self)
        self.list_combo.setAccessibleName(self.tr("Which of its people"))
        self.list_combo.addItem(self.tr("Everyone invited"), MeetingList.INVITED.value)
        self.list_combo.addItem(self.tr("Those who accepted or came"), MeetingList.ACCEPTED.value)
        self.list_combo.addItem(self.tr("Those who attended"), MeetingList.ATTENDED.value)
        self.list_combo.setCurrentIndex(1)
        self.list_combo.currentIndexChanged.connect(self._on_changed)
        self.attendance_box = QCheckBox(
            self.tr("This list is the attendance record the host asked for"), self
        )
        self.attendance_box.toggled.connect(self._on_changed)
        self.chatham_label = hint("", self)
        self.no_meetings_label = hint(self.tr("There are no meetings in this vault yet."), self)

        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "subheading")
        self.count_label.setWordWrap(True)
        self.error = MessageLabel("error", self)

        self.meeting_box = QWidget(self)
        meeting_layout = QGridLayout(self.meeting_box)
        meeting_layout.setContentsMargins(24, 0, 0, 0)
        self.meeting_label = QLabel(self.tr("Meeting:"), self.meeting_box)
        self.meeting_label.setBuddy(self.meeting_combo)
        self.list_label = QLabel(self.tr("People:"), self.meeting_box)
        self.list_label.setBuddy(self.list_combo)
        meeting_layout.addWidget(self.meeting_label, 0, 0)
        meeting_layout.addWidget(self.meeting_combo, 0, 1)
        meeting_layout.addWidget(self.list_label, 1, 0)
        meeting_layout.addWidget(self.list_combo, 1, 1)
        meeting_layout.addWidget(self.no_meetings_label, 2, 0, 1, 2)
        meeting_layout.addWidget(self.attendance_box, 3, 0, 1, 2)
        meeting_layout.addWidget(self.chatham_label, 4, 0, 1, 2)
        meeting_layout.setColumnStretch(1, 1)

        filter_holder = QWidget(self)
        filter_layout = QVBoxLayout(filter_holder)
        filter_layout.setContentsMargins(24, 0, 0, 0)
        filter_layout.addWidget(self.filter_bar)
        self.filter_holder = filter_holder

        layout = QVBoxLayout(self)
        layout.addWidget(self.everyone_radio)
        layout.addWidget(self.filter_radio)
        layout.addWidget(filter_holder)
        layout.addWidget(self.meeting_radio)
        layout.addWidget(self.meeting_box)
        layout.addSpacing(8)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._meetings: list[MeetingRecord] = []

    def load(self, session: VaultSession) -> None:
        """Fill the choices from the vault (countries, tags, meetings)."""
        people = PeopleService(session.vault.db, session.vault.audit)
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_countries(people.countries())
        self.filter_bar.set_tags(people.tags())
        self.filter_bar.blockSignals(False)
        self._meetings = MeetingService(session.vault.db, session.vault.audit).list()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for record in reversed(self._meetings):  # the latest first
            day = record.meeting.starts_at.date().isoformat()
            self.meeting_combo.addItem(f"{day} — {record.title}", record.id)
        self.meeting_combo.blockSignals(False)
        self._on_changed()

    def clear(self) -> None:
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear()
        self.filter_bar.set_countries(())
        self.filter_bar.set_tags(())
        self.filter_bar.blockSignals(False)
        self.meeting_combo.clear()
        self._meetings = []

    def select_filter(self, query: PeopleQuery) -> None:
        """Start from a filter made elsewhere (the People page's current one)."""
        self.filter_bar.blockSignals(True)
        for group, chip in self.filter_bar.group_chips.items():
            chip.setChecked(group in query.groups)
        for risk, chip in self.filter_bar.risk_chips.items():
            chip.setChecked(risk in query.risk_levels)
        self.filter_bar.country_button.set_selected(query.countries)
        self.filter_bar.tag_button.set_selected(query.tags)
        self.filter_bar.consent_network_chip.setChecked(bool(query.consent_network))
        self.filter_bar.consent_coorganisers_chip.setChecked(bool(query.consent_coorganisers))
        self.filter_bar.consent_public_chip.setChecked(bool(query.consent_public))
        self.filter_bar.blockSignals(False)
        self.filter_radio.setChecked(True)
        self._on_changed()

    def select_meeting(self, meeting_id: str, meeting_list: MeetingList) -> None:
        index = self.meeting_combo.findData(meeting_id)
        if index >= 0:
            self.meeting_combo.setCurrentIndex(index)
        self.list_combo.setCurrentIndex(max(0, self.list_combo.findData(meeting_list.value)))
        self.meeting_radio.setChecked(True)
        self._on_changed()

    def kind(self) -> ScopeKind:
        if self.filter_radio.isChecked():
            return ScopeKind.FILTER
        if self.meeting_radio.isChecked():
            return ScopeKind.MEETING
        return ScopeKind.ALL

    def meeting(self) -> MeetingRecord | None:
        meeting_id = self.meeting_combo.currentData()
        return next((m for m in self._meetings if m.id == meeting_id), None)

    def scope(self) -> ExportScope | None:
        kind = self.kind()
        if kind is ScopeKind.FILTER:
            return ExportScope.filtered(self.filter_bar.query())
        if kind is ScopeKind.MEETING:
            meeting = self.meeting()
            if meeting is None:
                return None
            return ExportScope.meeting(meeting.id, MeetingList(self.list_combo.currentData()))
        return ExportScope.everyone()

    def attendance_record(self) -> bool:
        return self.kind() is ScopeKind.MEETING and self.attendance_box.isChecked()

    def _on_changed(self, *_args: object) -> None:
        kind = self.kind()
        self.filter_holder.setEnabled(kind is ScopeKind.FILTER)
        self.meeting_box.setEnabled(kind is ScopeKind.MEETING)
        has_meetings = bool(self._meetings)
        self.meeting_radio.setEnabled(has_meetings)
        self.no_meetings_label.setVisible(not has_meetings)
        for widget in (self.meeting_combo, self.list_combo, self.meeting_label, self.list_label):
            widget.setVisible(has_meetings)
        meeting = self.meeting()
        chatham = meeting is not None and meeting.meeting.chatham_house
        self.attendance_box.setVisible(has_meetings)
        self.attendance_box.setEnabled(chatham)
        if meeting is None:
            self.chatham_label.setVisible(False)
        elif chatham:
            self.chatham_label.setText(
                self.tr(
                    "This meeting is held under the Chatham House Rule: what was said may be "
                    "used, but not who said it, nor who was there or where they work. A list "
                    "for the public or a venue therefore gives only counts by stakeholder "
                    "group. Tick the box only if the host asked for an attendance record; "
                    "even then, only people who consented are named."
                )
            )
            self.chatham_label.setVisible(True)
        else:
            self.attendance_box.setChecked(False)
            self.chatham_label.setText(
                self.tr("This meeting is not held under the Chatham House Rule.")
            )
            self.chatham_label.setVisible(True)
        self._update_count()
        self.completeChanged.emit()

    def _update_count(self) -> None:
        session = self._wizard.session
        self.error.clear_message()
        if session is None:
            self.count_label.clear()
            return
        try:
            count = self._count(session)
        except BizHRError as error:
            self.count_label.clear()
            self.error.show_message(error.message)
            return
        self.count_label.setText(
            plural(self.tr("%n person(s) in this list before the rules apply", "", count), count)
        )

    def _count(self, session: VaultSession) -> int:
        db, audit = session.vault.db, session.vault.audit
        kind = self.kind()
        if kind is ScopeKind.MEETING:
            meeting = self.meeting()
            if meeting is None:
                return 0
            counts = InvitationService(db, audit).invitation_counts(meeting.id)
            wanted = exporting._LIST_STATUSES[MeetingList(self.list_combo.currentData())]
            return sum(counts.get(status, 0) for status in wanted)
        query = self.filter_bar.query() if kind is ScopeKind.FILTER else PeopleQuery()
        return PeopleService(db, audit).count(query)

    def isComplete(self) -> bool:
        return self.scope() is not None


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


def audience_title(audience: Audience) -> str:
    return {
        Audience.PUBLIC: _translate("A public report or website"),
        Audience.VENUE: _translate("A venue's badge or entry list"),
        Audience.COORGANISERS: _translate("A co-organising partner"),
        Audience.INTERNAL: _translate("Another coordinator's vault"),
    }[audience]


def audience_short(audience: Audience) -> str:
    return {
        Audience.PUBLIC: _translate("Public"),
        Audience.VENUE: _translate("Venue"),
        Audience.COORGANISERS: _translate("Co-organisers"),
        Audience.INTERNAL: _translate("Another coordinator"),
    }.get(Audience(audience), str(audience))


def audience_sentence(audience: Audience) -> str:
    return {
        Audience.PUBLIC: _translate(
            "Names only people at low risk who agreed to be named publicly; everyone else "
            "appears under a pseudonym or only in a count. No contact details."
        ),
        Audience.VENUE: _translate(
            "Names people at low or medium risk who agreed to be named to co-organisers; "
            "the others appear under a pseudonym or in a count. No contact details."
        ),
        Audience.COORGANISERS: _translate(
            "The same people named as for a venue, with their email address (never a phone "
            "number or secure channel)."
        ),
        Audience.INTERNAL: _translate(
            "Every field of every record, notes and risk levels included — only as an "
            "encrypted bundle, opened with a passphrase."
        ),
    }[audience]


def format_words(fmt: ExportFormat) -> str:
    return {
        ExportFormat.CSV: _translate("CSV"),
        ExportFormat.XLSX: _translate("Excel"),
        ExportFormat.PDF: _translate("PDF"),
        ExportFormat.BUNDLE: _translate("Encrypted bundle"),
    }.get(ExportFormat(fmt), str(fmt))


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


class PreviewPage(QWizardPage):
    """Exactly what the file will hold; nothing is written on this page."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check the list"))
        self.setSubTitle(
            self.tr(
                "This is exactly what the file will hold, row for row. Nothing has been "
                "written yet."
            )
        )
        self.busy_label = QLabel(self.tr("Applying the rules to every person…"), self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(10)
        self.busy_bar.setTextVisible(False)
        self.summary = SummaryPanel(self)
        self.model = PreviewTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The rows of the file"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.masked_hint = hint(
            self.tr(
                "People at high or critical risk are masked here (••••••); the bundle holds "
                "their full records, encrypted."
            ),
            self,
        )
        self.warnings = MessageLabel("notice", self)
        self.override_label = QLabel(
            self.tr(
                "This meeting's safety review is not signed off. To write the list anyway, say "
                "why. Your reason is recorded with the meeting and in the audit log."
            ),
            self,
        )
        self.override_label.setWordWrap(True)
        self.override_label.setProperty("role", "notice")
        self.override_edit = QPlainTextEdit(self)
        self.override_edit.setAccessibleName(self.tr("Reason to write the list before sign-off"))
        self.override_edit.setPlaceholderText(
            self.tr("For example: the venue needs the list today for badges.")
        )
        self.override_edit.setTabChangesFocus(True)
        self.override_edit.setFixedHeight(52)
        self.override_edit.textChanged.connect(self.completeChanged)
        self.error = MessageLabel("error", self)

        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.busy_bar, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.override_label)
        layout.addWidget(self.override_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.masked_hint)
        layout.addWidget(self.error)
        self._generation = 0
        self._show(None)

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.preview = None
        self._show(None)
        self.error.clear_message()
        self.override_edit.setPlainText("")
        session = wizard.session
        try:
            request = wizard.build_request()
        except BizHRError as error:
            self.error.show_message(error.message)
            return
        if session is None:
            return
        self._generation += 1
        generation = self._generation
        self.busy_label.show()
        self.busy_bar.show()

        def done(outcome: object) -> None:
            if generation == self._generation:
                self._on_previewed(outcome)

        wizard.run_in_background(lambda: exporting.preview(session, request), done)

    def cleanupPage(self) -> None:
        self._generation += 1  # a preview still being made is for nobody now
        self._wizard.preview = None
        self._show(None)

    def _on_previewed(self, outcome: object) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()
        if isinstance(outcome, ExportPreview):
            self._wizard.preview = outcome
            self._show(outcome)
        elif isinstance(outcome, BizHRError):
            self.error.show_message(outcome.message)
        elif isinstance(outcome, BaseException):
            raise outcome
        self.completeChanged.emit()

    def _show(self, preview: ExportPreview | None) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()
        self.model.set_preview(preview)
        self.table.clearSpans()
        self.summary.setVisible(preview is not None)
        self.summary.show_preview(preview)
        self.table.setVisible(preview is not None)
        if preview is None:
            self.warnings.clear_message()
            self.override_label.hide()
            self.override_edit.hide()
            self.masked_hint.hide()
            return
        width = self.model.columnCount()
        for row in self.model.text_rows():
            if width > 1:
                self.table.setSpan(row, 0, 1, width)
        self.table.resizeColumnsToContents()
        for column in range(width):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        warnings = [
            w
            for w in preview.warnings
            if not preview.safety_review_pending or ("safety review" not in w)
        ]
        self.warnings.show_message("\n".join(self._warning_words(w) for w in warnings))
        self.override_label.setVisible(preview.safety_review_pending)
        self.override_edit.setVisible(preview.safety_review_pending)
        self.masked_hint.setVisible(bool(self.model._masked_rows))

    def _warning_words(self, warning: str) -> str:
        if warning == "Nobody is in this list.":
            return self.tr("Nobody is in this list: there is nothing to write.")
        return warning

    def override_reason(self) -> str | None:
        text = self.override_edit.toPlainText().strip()
        return text or None

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        if preview is None or preview.summary.total == 0:
            return False
        return not preview.safety_review_pending or self.override_reason() is not None

    def validatePage(self) -> bool:
        preview = self._wizard.preview
        if preview is None:
            return False
        reason = self.override_reason()
        if preview.safety_review_pending and reason:
            # Same rows; the reason only travels with the request to the safety gate.
            request = replace(preview.request, override_reason=reason)
            self._wizard.preview = replace(preview, request=request)
        return True


class DestinationPage(QWizardPage):
    """Where the file goes; the default name says nothing about anyone in it."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Where should the file go?"))
        self.asked_to_replace: Path | None = None
        self.overwrite: Path | None = None  # the file the person agreed to replace
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path_edit.textChanged.connect(self._on_changed)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        self.replace_box = QCheckBox(self.tr("A file with this name exists: replace it"), self)
        self.replace_box.toggled.connect(self.completeChanged)
        self.advice = hint("", self)
        self.error = MessageLabel("error", self)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.advice)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        request = preview.request
        bundle = request.format is ExportFormat.BUNDLE
        self.setButtonText(
            QWizard.WizardButton.NextButton,
            self.tr("Next") if bundle else self.tr("Write the file"),
        )
        name = default_file_name(request.audience, request.format)
        current = self.path().parent if self.path_edit.text().strip() else _default_folder()
        self.path_edit.setText(str(current / name))
        self.advice.setText(
            self.tr(
                "The file is encrypted. Send it and its passphrase by different routes (for "
                "example the file by email, the passphrase by phone or in person)."
            )
            if bundle
            else self.tr(
                "This file is not encrypted. Keep it only as long as needed, and prefer a "
                "folder that is not synchronised to a cloud service."
            )
        )
        self._on_changed()

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def validatePage(self) -> bool:
        """Ask before a file that exists is replaced (unless Qt's save dialog just asked)."""
        path = self.path()
        answer = replace_allowed(self, path, asked=self.asked_to_replace == path)
        if answer is None:
            return False
        self.overwrite = path if answer else None
        return True

    def _choose(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        extension = preview.request.format.extension
        chosen = choose_save_file(
            self,
            self.tr("Save the list as"),
            str(self.path()),
            self.tr("{format} files (*{ext})").format(
                format=format_words(preview.request.format), ext=extension
            ),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != extension:
                path = path.with_name(path.name + extension)
            else:
                self.asked_to_replace = path  # Qt's save dialog asked before replacing
            self.path_edit.setText(str(path))

    def problem(self) -> str:
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Give the file a name.")
        path = self.path()
        if path.is_dir():
            return self.tr("This is a folder: add a file name.")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return ""

    def _on_changed(self) -> None:
        problem = self.problem()
        self.error.show_message(problem)
        exists = not problem and self.path().exists()
        self.replace_box.setVisible(exists)
        if not exists:
            self.replace_box.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.problem():
            return False
        return not self.path().exists() or self.replace_box.isChecked()

    def nextId(self) -> int:
        preview = self._wizard.preview
        if preview is not None and preview.request.format is ExportFormat.BUNDLE:
            return ExportWizard.PASSPHRASE
        return ExportWizard.WRITE


def _default_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()


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
        self._generated = age_io.generate_passphrase()
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
            strong, advice = age_io.passphrase_strength(own)
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
        return bool(own) and own == self.repeat_field.text() and age_io.passphrase_strength(own)[0]


class WritePage(QWizardPage):
    """The write itself, on a pool thread; a failure leaves no file and is shown here."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Writing the file"))
        self.label = QLabel(self.tr("Writing…"), self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        self.bar.setAccessibleName(self.tr("Writing"))
        self.error = MessageLabel("error", self)
        self.nothing_written = hint(
            self.tr("Nothing was written. Go back to choose another place, or cancel."), self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.error)
        layout.addWidget(self.nothing_written)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.error.clear_message()
        self.nothing_written.hide()
        self.bar.show()
        bundle = self._wizard.is_bundle()
        self.label.setText(
            self.tr("Encrypting and writing the bundle… (a few seconds)")
            if bundle
            else self.tr("Writing the file…")
        )
        self._wizard.start_write()

    def show_failure(self, message: str) -> None:
        self.bar.hide()
        self.label.setText(self.tr("The file could not be written."))
        self.error.show_message(message)
        self.nothing_written.show()

    def isComplete(self) -> bool:
        return self._wizard.receipt is not None


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


# ---------------------------------------------------------------- the wizard


class ExportWizard(QWizard):
    """The export steps; ``exported`` carries the :class:`ExportReceipt` once written."""

    exported = Signal(object)

    SCOPE, AUDIENCE, FORMAT, PREVIEW, DESTINATION, PASSPHRASE, WRITE, RECEIPT = range(8)

    def __init__(
        self,
        session: VaultSession,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
        *,
        query: PeopleQuery | None = None,
    ) -> None:
        super().__init__(parent)
        self.session: VaultSession | None = session
        self.clipboard = clipboard
        self.preview: ExportPreview | None = None
        self.receipt: ExportReceipt | None = None
        self._writing = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs = BackgroundJobs(self._pool)

        self.setWindowTitle(self.tr("Export a list"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.setStyleSheet(RECORDS_QSS + EXPORT_QSS)
        self.setMinimumSize(900, 660)
        self.scope_page = ScopePage(self)
        self.audience_page = AudiencePage(self)
        self.format_page = FormatPage(self)
        self.preview_page = PreviewPage(self)
        self.destination_page = DestinationPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.write_page = WritePage(self)
        self.receipt_page = ReceiptPage(self)
        for page_id, page in (
            (self.SCOPE, self.scope_page),
            (self.AUDIENCE, self.audience_page),
            (self.FORMAT, self.format_page),
            (self.PREVIEW, self.preview_page),
            (self.DESTINATION, self.destination_page),
            (self.PASSPHRASE, self.passphrase_page),
            (self.WRITE, self.write_page),
            (self.RECEIPT, self.receipt_page),
        ):
            self.setPage(page_id, page)
        self.scope_page.load(session)
        if query is not None:
            self.scope_page.select_filter(query)

    # ------------------------------------------------------------------ state

    def build_request(self) -> ExportRequest:
        """The request the chosen options describe (InvalidInput/ExportRefused if none)."""
        scope = self.scope_page.scope()
        audience = self.audience_page.audience()
        fmt = self.format_page.selected()
        if scope is None or audience is None or fmt is None:
            raise InvalidInput(self.tr("Choose who is in the list, who receives it and a format."))
        public = audience is Audience.PUBLIC
        return ExportRequest(
            scope=scope,
            audience=audience,
            format=fmt,
            k=self.audience_page.k_spin.value() if audience is not Audience.INTERNAL else DEFAULT_K,
            attendance_record_for_host=self.scope_page.attendance_record(),
            include_disclaimer=self.audience_page.include_disclaimer() if public else True,
            disclaimer=self.audience_page.disclaimer() if public else None,
            include_contact_log=(
                fmt is ExportFormat.BUNDLE and self.format_page.contact_log_box.isChecked()
            ),
            series=(
                "" if fmt is ExportFormat.BUNDLE else self.format_page.series_edit.text().strip()
            ),
        )

    def is_bundle(self) -> bool:
        return self.preview is not None and self.preview.request.format is ExportFormat.BUNDLE

    # ------------------------------------------------------------------ writing

    def start_write(self) -> None:
        session, preview = self.session, self.preview
        if self._writing or session is None or preview is None:
            return
        destination = self.destination_page.path()
        overwrite = self.destination_page.overwrite == destination
        passphrase = self.passphrase_page.passphrase() if self.is_bundle() else None
        self.receipt = None
        self._writing = True
        self._set_buttons_enabled(False)

        def write() -> ExportReceipt:
            return exporting.write(
                session, preview, destination, bundle_passphrase=passphrase, overwrite=overwrite
            )

        self.run_in_background(write, self._on_written)

    def _on_written(self, outcome: object) -> None:
        self._writing = False
        self._set_buttons_enabled(True)
        if isinstance(outcome, ExportReceipt):
            self.receipt = outcome
            self.passphrase_page.forget()
            self.exported.emit(outcome)
            self.write_page.completeChanged.emit()
            if self.currentId() == self.WRITE:
                self.next()
            return
        if isinstance(outcome, BizHRError):
            self.write_page.show_failure(outcome.message)
            return
        if isinstance(outcome, BaseException):
            raise outcome  # a bug, not something a person can act on

    def is_writing(self) -> bool:
        return self._writing

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)

    def run_in_background(self, job: Callable[[], object], done: Callable[[object], None]) -> None:
        """Run *job* on the wizard's pool; *done* gets its outcome here, unless aborted."""
        self._jobs.run(job, done)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for background work to end (tests; closing)."""
        return self._pool.waitForDone(msecs)

    # ------------------------------------------------------------------ closing

    def _forget(self) -> None:
        self.preview = None
        self.preview_page.model.clear()
        self.preview_page.summary.show_preview(None)
        self.passphrase_page.forget()
        self.scope_page.clear()

    def abort(self) -> None:
        """The vault is locking: wait for a write in progress (it is atomic), drop everything."""
        self._jobs.abort()
        self._pool.waitForDone()
        self.session = None
        self._forget()
        super().reject()

    def reject(self) -> None:
        if self._writing:
            return  # an atomic write is a few seconds at most; it cannot be half-cancelled
        self._jobs.abort()  # a preview still being made is dropped when it arrives
        self._forget()
        super().reject()

    def done(self, result: int) -> None:
        if result == int(QWizard.DialogCode.Accepted):
            self._forget()
        super().done(result)
