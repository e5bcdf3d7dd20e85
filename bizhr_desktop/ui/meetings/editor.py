"""The meeting editor: plan or change a meeting, seeing its times at the venue and at home.

Times are typed on the venue's clock. Both clocks are shown live as you type: the venue's
(what invitations say) and the coordinator's own. A time that does not exist at the venue
(clocks go forward) or happens twice (clocks go back) is explained beside the times, in the
service's own sentence, and nothing is saved until it is changed.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.countries import normalise_country
from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import MarginOf, MeetingFormat, MeetingKind, MeetingStatus
from bizhr_desktop.services.meetings import MeetingInput, MeetingRecord, MeetingService, to_utc
from bizhr_desktop.ui.common.meeting_labels import (
    DEFAULT_ZONE,
    MARGIN_ZONE,
    format_label,
    kind_label,
    local_zone,
    margin_label,
    span_text,
    status_label,
)
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import MessageLabel
from bizhr_desktop.ui.meetings.fields import CountriesEdit, TimeZoneCombo

_UTC = QTimeZone(QTimeZone.Initialization.UTC)


def _naive(value: QDateTime) -> datetime:
    """The wall-clock time shown in an edit (kept in UTC so no system zone interferes)."""
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def _qt(value: datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute), _UTC
    )


def _combo(parent: QWidget, items: list[tuple[str, str]], name: str) -> QComboBox:
    combo = QComboBox(parent)
    for text, value in items:
        combo.addItem(text, value)
    combo.setAccessibleName(name)
    # Long choices elide instead of widening the dialog past its edge (right to left too).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class MeetingEditor(QDialog):
    """Create a meeting (``record`` None) or change one; ``saved`` carries its id."""

    saved = Signal(str)

    def __init__(
        self,
        service: MeetingService,
        record: MeetingRecord | None = None,
        parent: QWidget | None = None,
        *,
        home_zone: str | None = None,
        confirm_cancel: bool = True,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._record = record
        self._home_zone = home_zone or local_zone()
        self._zone_touched = record is not None
        self._duration = timedelta(hours=3)
        self._confirm_cancel = confirm_cancel
        self.setObjectName("meetingEditor")
        self.setWindowTitle(self.tr("Change meeting") if record else self.tr("New meeting"))
        self.setModal(True)

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Deep Dive: Sudan"))
        self.title_error = MessageLabel("error", self)
        self.kind_combo = _combo(
            self, [(kind_label(k), k.value) for k in MeetingKind], self.tr("Kind")
        )
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        self.topic_edit.setPlaceholderText(self.tr("e.g. mandatory human rights due diligence"))
        self.countries_edit = CountriesEdit(self.tr("Focus countries"), self)

        self.starts_edit = self._date_time_edit(self.tr("Starts (venue time)"))
        self.ends_edit = self._date_time_edit(self.tr("Ends (venue time)"))
        self.zone_combo = TimeZoneCombo(self)
        self.zone_combo.setAccessibleName(self.tr("Venue time zone"))
        self.zone_error = MessageLabel("error", self)
        self.time_error = MessageLabel("error", self)
        self.time_error.setObjectName("timeError")
        self.venue_time_label = QLabel(self)
        self.venue_time_label.setObjectName("venueTime")
        self.venue_time_label.setAccessibleName(self.tr("Times at the venue"))
        self.home_time_label = QLabel(self)
        self.home_time_label.setObjectName("homeTime")
        self.home_time_label.setAccessibleName(self.tr("Times in your zone"))
        for label in (self.venue_time_label, self.home_time_label):
            label.setWordWrap(True)

        self.format_combo = _combo(
            self, [(format_label(f), f.value) for f in MeetingFormat], self.tr("Format")
        )
        self.venue_edit = QLineEdit(self)
        self.venue_edit.setAccessibleName(self.tr("Venue"))
        self.venue_country_edit = QLineEdit(self)
        self.venue_country_edit.setAccessibleName(self.tr("Venue country"))
        self.venue_country_edit.setPlaceholderText(self.tr("Code or name, e.g. CH"))
        self.venue_country_error = MessageLabel("error", self)
        self.margin_combo = _combo(
            self, [(margin_label(m), m.value) for m in MarginOf], self.tr("In the margins of")
        )
        self.chatham_check = QCheckBox(self.tr("Held under the Chatham House Rule"), self)
        self.chatham_check.setChecked(True)
        self.chatham_check.setToolTip(
            self.tr(
                "Participants may use what is said, but not reveal who said it or who was there."
            )
        )
        self.agenda_edit = QPlainTextEdit(self)
        self.agenda_edit.setAccessibleName(self.tr("Agenda"))
        self.agenda_edit.setTabChangesFocus(True)
        self.agenda_edit.setFixedHeight(80)
        self.status_combo = _combo(
            self, [(status_label(s), s.value) for s in MeetingStatus], self.tr("Status")
        )
        self.error_label = MessageLabel("error", self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("To&pic"), self.topic_edit)
        form.addRow(self.tr("&Focus countries"), self.countries_edit)
        form.addRow(self.tr("&Starts"), self.starts_edit)
        form.addRow(self.tr("&Ends"), self.ends_edit)
        form.addRow(self.tr("Time &zone"), self.zone_combo)
        form.addRow("", self.zone_error)
        times = QFrame(self)
        times.setObjectName("timesBox")
        times.setStyleSheet(
            "QFrame#timesBox { background: #eef4fa; border: 1px solid #c8d9e8;"
            " border-radius: 4px; }"
            "QFrame#timesBox QLabel { background: transparent; border: none; }"
        )
        times_layout = QVBoxLayout(times)
        times_layout.setContentsMargins(8, 6, 8, 6)
        times_layout.setSpacing(2)
        times_layout.addWidget(self.venue_time_label)
        times_layout.addWidget(self.home_time_label)
        times_layout.addWidget(self.time_error)
        form.addRow("", times)
        form.addRow(self.tr("F&ormat"), self.format_combo)
        form.addRow(self.tr("&Venue"), self.venue_edit)
        form.addRow(self.tr("Venue &country"), self.venue_country_edit)
        form.addRow("", self.venue_country_error)
        form.addRow(self.tr("In the &margins of"), self.margin_combo)
        form.addRow("", self.chatham_check)
        form.addRow(self.tr("&Agenda"), self.agenda_edit)
        form.addRow(self.tr("Stat&us"), self.status_combo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(700, self.sizeHint().height())

        self._fill(record)
        self.title_edit.textChanged.connect(lambda _t: self.title_error.clear_message())
        self.starts_edit.dateTimeChanged.connect(self._on_start_changed)
        self.ends_edit.dateTimeChanged.connect(self._on_end_changed)
        self.zone_combo.zone_changed.connect(self._on_zone_changed)
        self.zone_combo.edit.textEdited.connect(self._mark_zone_touched)
        self.margin_combo.currentIndexChanged.connect(self._on_margin_changed)
        self.venue_country_edit.textChanged.connect(self._check_venue_country)
        self.update_times()

    def _date_time_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setTimeZone(_UTC)
        edit.setCalendarPopup(True)
        # ISO order reads the same in every language and cannot be taken for month/day.
        edit.setDisplayFormat("yyyy-MM-dd  HH:mm")
        edit.setAccessibleName(name)
        return edit

    # ------------------------------------------------------------------ filling

    def _fill(self, record: MeetingRecord | None) -> None:
        if record is None:
            start = (datetime.now() + timedelta(days=30)).replace(
                hour=10, minute=0, second=0, microsecond=0
            )
            self.starts_edit.setDateTime(_qt(start))
            self.ends_edit.setDateTime(_qt(start + self._duration))
            self.zone_combo.set_zone(DEFAULT_ZONE)
            _select(self.status_combo, MeetingStatus.PLANNED.value)
            self.status_combo.setEnabled(False)  # a new meeting is planned
            return
        meeting = record.meeting
        self.title_edit.setText(meeting.title)
        _select(self.kind_combo, meeting.kind.value)
        self.topic_edit.setText(meeting.topic)
        self.countries_edit.set_codes(meeting.focus_countries)
        starts, ends = meeting.local_start, meeting.local_end
        self._duration = ends - starts
        self.starts_edit.setDateTime(_qt(starts))
        self.ends_edit.setDateTime(_qt(ends))
        self.zone_combo.set_zone(meeting.time_zone)
        _select(self.format_combo, meeting.format.value)
        self.venue_edit.setText(meeting.venue)
        self.venue_country_edit.setText(record.venue_country)
        _select(self.margin_combo, meeting.margin_of.value)
        self.chatham_check.setChecked(meeting.chatham_house)
        self.agenda_edit.setPlainText(meeting.agenda)
        _select(self.status_combo, meeting.status.value)

    # ------------------------------------------------------------------ live times

    @property
    def home_zone(self) -> str:
        return self._home_zone

    def starts(self) -> datetime:
        return _naive(self.starts_edit.dateTime())

    def ends(self) -> datetime:
        return _naive(self.ends_edit.dateTime())

    def set_times(self, starts: datetime, ends: datetime) -> None:
        self.starts_edit.setDateTime(_qt(starts))
        self.ends_edit.setDateTime(_qt(ends))
        self.update_times()

    def _on_start_changed(self) -> None:
        # Moving the start keeps the meeting's length.
        self.ends_edit.blockSignals(True)
        self.ends_edit.setDateTime(_qt(self.starts() + self._duration))
        self.ends_edit.blockSignals(False)
        self.update_times()

    def _on_end_changed(self) -> None:
        if self.ends() > self.starts():
            self._duration = self.ends() - self.starts()
        self.update_times()

    def _mark_zone_touched(self) -> None:
        self._zone_touched = True

    def _on_zone_changed(self, _zone: str) -> None:
        self.update_times()

    def _on_margin_changed(self) -> None:
        if self._zone_touched:
            return
        zone = MARGIN_ZONE.get(MarginOf(self.margin_combo.currentData()))
        if zone:
            self.zone_combo.set_zone(zone)

    def _check_venue_country(self) -> None:
        try:
            normalise_country(self.venue_country_edit.text())
        except BizHRError as error:
            self.venue_country_error.show_message(error_text(error))
        else:
            self.venue_country_error.clear_message()

    def update_times(self) -> bool:
        """Show the times at the venue and at home; False (with the reason shown) if the
        typed times cannot be a meeting."""
        zone = self.zone_combo.zone()
        if not zone:
            self.zone_error.show_message(
                self.tr("Choose a time zone from the list: type a city such as Geneva.")
            )
            self.venue_time_label.setText(self.tr("At the venue: choose a time zone first."))
            self.home_time_label.clear()
            self.time_error.clear_message()
            return False
        self.zone_error.clear_message()
        try:
            starts = to_utc(self.starts(), zone)
            ends = to_utc(self.ends(), zone)
        except BizHRError as error:
            self.time_error.show_message(error_text(error))
            self.venue_time_label.setText(self.tr("At the venue ({zone}): —").format(zone=zone))
            self.home_time_label.setText(
                self.tr("In your zone ({zone}): —").format(zone=self._home_zone)
            )
            return False
        if ends <= starts:
            self.time_error.show_message(self.tr("A meeting must end after it starts."))
        else:
            self.time_error.clear_message()
        venue = ZoneInfo(zone)
        home = ZoneInfo(self._home_zone)
        self.venue_time_label.setText(
            self.tr("At the venue ({zone}): {times}").format(
                zone=zone, times=span_text(starts.astimezone(venue), ends.astimezone(venue))
            )
        )
        self.home_time_label.setText(
            self.tr("In your zone ({zone}): {times}").format(
                zone=self._home_zone,
                times=span_text(starts.astimezone(home), ends.astimezone(home)),
            )
        )
        return ends > starts

    # ------------------------------------------------------------------ saving

    def meeting_input(self) -> MeetingInput:
        return MeetingInput(
            title=self.title_edit.text(),
            kind=MeetingKind(self.kind_combo.currentData()),
            starts=self.starts(),
            ends=self.ends(),
            time_zone=self.zone_combo.zone(),
            format=MeetingFormat(self.format_combo.currentData()),
            topic=self.topic_edit.text(),
            focus_countries=self.countries_edit.codes(),
            venue=self.venue_edit.text(),
            venue_country=self.venue_country_edit.text(),
            margin_of=MarginOf(self.margin_combo.currentData()),
            chatham_house=self.chatham_check.isChecked(),
            agenda=self.agenda_edit.toPlainText(),
        )

    def save(self) -> bool:
        """Validate next to each field, then create or update; True when saved."""
        self.error_label.clear_message()
        problems = False
        if not self.title_edit.text().strip():
            self.title_error.show_message(self.tr("A meeting needs a title."))
            problems = True
        if self.countries_edit.problem():
            problems = True
        if self.venue_country_error.text() and self.venue_country_error.isVisibleTo(self):
            problems = True
        if not self.update_times():
            problems = True
        if problems:
            self.error_label.show_message(self.tr("Correct the fields marked above to save."))
            return False
        status = MeetingStatus(self.status_combo.currentData())
        if (
            self._record is not None
            and status is MeetingStatus.CANCELLED
            and self._record.meeting.status is not MeetingStatus.CANCELLED
            and self._confirm_cancel
            and not confirm_cancellation(self, self._record.title)
        ):
            return False
        try:
            data = self.meeting_input()
            if self._record is None:
                record = self._service.create(data)
            else:
                record = self._service.update(self._record.id, data)
                if status is not record.meeting.status:
                    record = self._service.set_status(record.id, status)
        except BizHRError as error:
            self.error_label.show_message(error_text(error))
            return False
        self._record = record
        self.saved.emit(record.id)
        self.accept()
        return True


def confirm_cancellation(parent: QWidget, title: str) -> bool:
    """Ask before a meeting is cancelled (it is kept, greyed, with its invitations)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Cancel meeting"),
        QCoreApplication.translate(
            "Dialogs",
            "Cancel “{title}”? It stays in the programme, struck through, with its "
            "invitations; calendars that have it will show it cancelled.",
        ).format(title=title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
