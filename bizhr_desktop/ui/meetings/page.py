"""The Meetings page: the year's programme drawn as a timeline, the selected meeting below it.

Below the timeline, tabs for the selected meeting: its details, invitations, attendance
(stakeholder mix), safety review and follow-ups. Check-in at the door and the open
follow-ups of the whole programme are full-page views of their own (Esc comes back).

Dependencies come through ``set_session``; slow work (invite all, drafts) runs on the pool
given to the constructor, with a busy indicator in the page's top bar. Locking
(``set_session(None)``) closes every dialog and empties every model and field.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import Attendance, MeetingStatus
from bizhr_desktop.services.followups import FollowUpService
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingRecord, MeetingService
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.safety_review import SafetyReviewService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import DetailValue, LeadingLabel, joined
from bizhr_desktop.ui.common.meeting_labels import (
    countries_text,
    format_label,
    kind_label,
    local_zone,
    margin_label,
    span_text,
    status_label,
)
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.page import Page
from bizhr_desktop.ui.common.reveal import DEFAULT_REVEAL_MS
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import MessageLabel, replace_allowed
from bizhr_desktop.ui.common.worker import LatestJob
from bizhr_desktop.ui.meetings.chart import StakeholderMixChart
from bizhr_desktop.ui.meetings.checkin import CHECK_IN_DELAY_MS, CheckInScreen
from bizhr_desktop.ui.meetings.editor import MeetingEditor, confirm_cancellation
from bizhr_desktop.ui.meetings.followups import FollowUpsPanel, OpenFollowUpsView
from bizhr_desktop.ui.meetings.invitations import SEARCH_DELAY_MS, InvitationsPanel, counts_text
from bizhr_desktop.ui.meetings.outputs import (
    DraftsDialog,
    PathChooser,
    choose_folder,
    choose_save_path,
)
from bizhr_desktop.ui.meetings.safety import SafetyReviewPanel
from bizhr_desktop.ui.meetings.timeline import ProgrammeTimeline

PLACEHOLDER_HEIGHT = 80  # the "select a meeting" line under the timeline

PROGRAMME_FORMATS = {
    "pdf": ("PDF (*.pdf)", "pdf"),
    "html": ("HTML (*.html)", "html"),
    "ics": ("Calendar (*.ics)", "ics"),
}


class MeetingDetails(QWidget):
    """What is known of one meeting, on both clocks.

    Two columns of label and value (the agenda under both), so the whole of it shows in the
    height a laptop leaves under the timeline, in Arabic script too; it scrolls rather than
    squeezes its lines in a smaller window. Each value sits beside its label in either
    reading direction (``DetailValue``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, DetailValue] = {}
        self.labels: dict[str, LeadingLabel] = {}
        columns = (
            (
                ("kind", self.tr("Kind")),
                ("focus", self.tr("Focus")),
                ("venue_time", self.tr("At the venue")),
                ("home_time", self.tr("In your zone")),
                ("format", self.tr("Format")),
            ),
            (
                ("venue", self.tr("Venue")),
                ("margin", self.tr("In the margins of")),
                ("chatham", self.tr("Chatham House Rule")),
                ("status", self.tr("Status")),
            ),
        )
        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(12, 10, 12, 10)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        for column, rows in enumerate(columns):
            for row, (key, title) in enumerate(rows):
                self._add(key, title, row, 3 * column)
        # The agenda under both columns; an empty column keeps the two pairs apart.
        self._add("agenda", self.tr("Agenda"), len(columns[0]), 0, span=4)
        self.grid.setColumnMinimumWidth(2, 12)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(4, 2)
        self.grid.setRowStretch(len(columns[0]) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("meetingDetailsScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        # On the tab's own background, as the other tabs are (setWidget fills it).
        self.body.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _add(self, key: str, title: str, row: int, column: int, span: int = 1) -> None:
        label = LeadingLabel(title, self.body)
        value = DetailValue(self.body)
        value.setProperty("role", "detailValue")
        value.setAccessibleName(title)
        label.setBuddy(value)
        self.labels[key] = label
        self.values[key] = value
        self.grid.addWidget(label, row, column)
        self.grid.addWidget(value, row, column + 1, 1, span)

    def show_record(self, record: MeetingRecord | None, home_zone: str) -> None:
        if record is None:
            for value in self.values.values():
                value.clear()
            return
        meeting = record.meeting
        # A value of one piece reads in that piece's direction; several pieces are each
        # isolated, so a Latin topic or venue does not carry the punctuation between them to
        # the wrong side in an Arabic window.
        rtl = self.isRightToLeft()
        focus = joined(
            (countries_text(meeting.focus_countries), meeting.topic), "; ", right_to_left=rtl
        )

        def span(zone: ZoneInfo) -> str:
            return span_text(meeting.starts_at.astimezone(zone), meeting.ends_at.astimezone(zone))

        def on_clock(zone: str) -> str:
            return joined((span(ZoneInfo(zone)), f"({zone})"), " ", right_to_left=rtl)

        texts = {
            "kind": kind_label(meeting.kind),
            "focus": focus or "—",
            "venue_time": on_clock(meeting.time_zone),
            "home_time": on_clock(home_zone),
            "format": format_label(meeting.format),
            "venue": joined((meeting.venue, record.venue_country), ", ", right_to_left=rtl) or "—",
            "margin": margin_label(meeting.margin_of) if meeting.margin_of.value else "—",
            "chatham": self.tr("Yes") if meeting.chatham_house else self.tr("No"),
            "status": status_label(meeting.status),
            "agenda": meeting.agenda or "—",
        }
        for key, text in texts.items():
            self.values[key].setText(text)


class MeetingsPage(Page):
    """The yearly programme and everything about one meeting."""

    PROGRAMME_VIEW, CHECK_IN_VIEW, FOLLOW_UPS_VIEW = range(3)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        pool: QThreadPool | None = None,
        reveal_ms: int = DEFAULT_REVEAL_MS,
        search_delay_ms: int = SEARCH_DELAY_MS,
        check_in_delay_ms: int = CHECK_IN_DELAY_MS,
        home_zone: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.setStyleSheet(style_sheet("records", "meetings"))
        self._pool = pool or QThreadPool.globalInstance()
        self._attendance = LatestJob(self._pool)  # the chart's counts of the meeting shown
        self._home_zone = home_zone or local_zone()
        self._meetings: MeetingService | None = None
        self._invitations: InvitationService | None = None
        self._safety: SafetyReviewService | None = None
        self._followups: FollowUpService | None = None
        self._people: PeopleService | None = None
        self._organisations: OrganisationService | None = None
        self._editor: MeetingEditor | None = None
        self._drafts: DraftsDialog | None = None
        self._busy = 0
        # Replaced in tests: they cannot click through a file dialog.
        self.choose_save_path: PathChooser = choose_save_path
        self.choose_folder: PathChooser = choose_folder

        # ---- top bar
        heading = QLabel(self.tr("Meetings"), self)
        heading.setProperty("role", "pageHeading")
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setAccessibleName(self.tr("Year of the programme"))
        self.year_combo.setToolTip(self.tr("Year of the programme"))
        self.year_combo.currentIndexChanged.connect(lambda _i: self.load_year())
        self.new_button = QPushButton(self.tr("New meeting"), self)
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Plan a meeting (Ctrl+N)"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_meeting)
        self.programme_button = QToolButton(self)
        self.programme_button.setObjectName("programmeMenu")
        self.programme_button.setText(self.tr("Export programme"))
        self.programme_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.programme_button)
        self.pdf_action = menu.addAction(self.tr("Programme as PDF…"))
        self.pdf_action.triggered.connect(lambda: self.export_programme("pdf"))
        self.html_action = menu.addAction(self.tr("Programme as HTML…"))
        self.html_action.triggered.connect(lambda: self.export_programme("html"))
        self.ics_action = menu.addAction(self.tr("Calendar (.ics)…"))
        self.ics_action.triggered.connect(lambda: self.export_programme("ics"))
        self.programme_button.setMenu(menu)
        self.followups_button = QPushButton(self.tr("Open follow-ups"), self)
        self.followups_button.setAutoDefault(False)
        self.followups_button.clicked.connect(self.show_open_followups)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedSize(90, 6)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working…"))
        self.busy_bar.hide()
        self.status = MessageLabel("notice", self)
        self.status.setObjectName("meetingsStatus")

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(heading)
        top.addSpacing(8)
        top.addWidget(self.year_combo)
        top.addStretch(1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.followups_button)
        top.addWidget(self.programme_button)
        top.addWidget(self.new_button)

        # ---- the timeline
        self.timeline = ProgrammeTimeline(self)
        self.timeline.current_changed.connect(self._on_meeting_selected)
        self.timeline.activated.connect(lambda _id: self.edit_meeting())
        self.timeline.height_changed.connect(lambda _h: self._fit_timeline())
        self.timeline_scroll = QScrollArea(self)
        self.timeline_scroll.setObjectName("timelineScroll")
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setWidget(self.timeline)
        self.timeline_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_scroll.setMinimumHeight(140)

        # ---- the selected meeting
        self.meeting_title = QLabel(self)
        self.meeting_title.setObjectName("meetingTitle")
        self.meeting_title.setProperty("role", "heading")
        self.meeting_title.setWordWrap(True)
        self.meeting_title.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change this meeting (Ctrl+E)"))
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.cancel_button = QPushButton(self.tr("Cancel meeting…"), self)
        self.cancel_button.setProperty("role", "danger")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_meeting)
        self.check_in_button = QPushButton(self.tr("Check-in at the door"), self)
        self.check_in_button.setToolTip(self.tr("A large screen for the door (Ctrl+Shift+K)"))
        self.check_in_button.setAutoDefault(False)
        self.check_in_button.clicked.connect(self.open_check_in)
        self.drafts_button = QPushButton(self.tr("Invitation drafts…"), self)
        self.drafts_button.setAutoDefault(False)
        self.drafts_button.clicked.connect(self.open_drafts)
        self.placeholder = QLabel(
            self.tr("Select a meeting in the programme above, or press Ctrl+N to plan one."),
            self,
        )
        self.placeholder.setProperty("role", "emptyState")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.details = MeetingDetails(self)
        self.invitations = InvitationsPanel(
            self, pool=self._pool, reveal_ms=reveal_ms, search_delay_ms=search_delay_ms
        )
        self.invitations.busy_changed.connect(self.set_busy)
        self.invitations.changed.connect(self._after_invitations_changed)
        self.chart = StakeholderMixChart(self)
        self.attendance_label = QLabel(self)
        self.attendance_label.setObjectName("attendanceCounts")
        self.attendance_label.setWordWrap(True)
        self.attendance_label.setProperty("role", "count")
        attendance = QWidget(self)
        attendance_layout = QVBoxLayout(attendance)
        attendance_layout.addWidget(self.attendance_label)
        attendance_layout.addWidget(self.chart)
        attendance_layout.addStretch(1)
        attendance_scroll = QScrollArea(self)
        attendance_scroll.setWidgetResizable(True)
        attendance_scroll.setFrameShape(QFrame.Shape.NoFrame)
        attendance_scroll.setWidget(attendance)
        self.safety = SafetyReviewPanel(self)
        self.safety.changed.connect(self._refresh_safety_tab_title)
        self.safety.reviewed.connect(self._refresh_safety_tab_title)
        self.followups = FollowUpsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.details, self.tr("Details"))
        self.invitations_index = self.tabs.addTab(self.invitations, self.tr("Invitations"))
        self.attendance_index = self.tabs.addTab(attendance_scroll, self.tr("Attendance"))
        self.safety_index = self.tabs.addTab(self.safety, self.tr("Safety review"))
        self.followups_index = self.tabs.addTab(self.followups, self.tr("Follow-ups"))
        self.tabs.currentChanged.connect(lambda _index: self._fit_timeline())

        actions = QHBoxLayout()
        actions.addWidget(self.meeting_title, 1)
        actions.addWidget(self.check_in_button)
        actions.addWidget(self.drafts_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.cancel_button)
        self.detail_area = QWidget(self)
        detail_layout = QVBoxLayout(self.detail_area)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.tabs, 1)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(self.detail_area)

        # The stack would otherwise be as tall as its tallest page (the detail tabs) even
        # while it shows only the one-line placeholder, squeezing the timeline's lanes.
        self.detail_stack.setMinimumHeight(PLACEHOLDER_HEIGHT)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.timeline_scroll)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.installEventFilter(self)

        programme_view = QWidget(self)
        programme_layout = QVBoxLayout(programme_view)
        programme_layout.setContentsMargins(0, 8, 0, 8)
        programme_layout.setSpacing(8)
        programme_layout.addLayout(top)
        programme_layout.addWidget(self.status)
        programme_layout.addWidget(self.splitter, 1)

        self.check_in = CheckInScreen(self, delay_ms=check_in_delay_ms)
        self.check_in.leave.connect(self.show_programme)
        self.open_followups = OpenFollowUpsView(self)
        self.open_followups.back.connect(self.show_programme)
        self.open_followups.meeting_chosen.connect(self._go_to_meeting)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(programme_view)
        self.stack.addWidget(self.check_in)
        self.stack.addWidget(self.open_followups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._shortcuts = [
            self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N), self.new_meeting),
            self._shortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E), self.edit_meeting),
            self._shortcut(
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_K),
                self.open_check_in,
            ),
        ]
        self.set_session(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_timeline()
        return super().eventFilter(watched, event)

    def _shortcut(self, sequence: QKeySequence, slot: object) -> QShortcut:
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # ------------------------------------------------------------------ Page

    def title(self) -> str:
        return self.tr("Meetings")

    def icon_name(self) -> str:
        return "meetings"

    @property
    def home_zone(self) -> str:
        return self._home_zone

    def set_session(self, session: VaultSession | None) -> None:
        """Show a vault's programme, or (None: locked) drop every record and every field."""
        super().set_session(session)
        self._close_dialogs()
        self.show_programme()
        if session is None:
            self._meetings = self._invitations = self._safety = None
            self._followups = self._people = self._organisations = None
        else:
            self._meetings = session.meetings
            self._invitations = session.invitations
            self._safety = session.safety
            self._followups = session.followups
            self._people = session.people
            self._organisations = session.organisations
        self.status.clear_message()
        self.timeline.clear()
        self._show_meeting(None)
        self.check_in.set_meeting(None, None, "")
        self.open_followups.set_service(None)
        self._fill_years()
        self.load_year()
        enabled = session is not None
        for widget in (
            self.year_combo,
            self.new_button,
            self.programme_button,
            self.followups_button,
        ):
            widget.setEnabled(enabled)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(enabled)

    def _close_dialogs(self) -> None:
        if self._editor is not None:
            editor, self._editor = self._editor, None
            editor.reject()
        if self._drafts is not None:
            drafts, self._drafts = self._drafts, None
            drafts.done(0)
        while self._busy:
            self.set_busy(False)

    # ------------------------------------------------------------------ the year

    def _fill_years(self, select: int | None = None) -> None:
        current = select if select is not None else self.selected_year()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        if self._meetings is not None:
            this_year = date.today().year
            years = set(self._meetings.years()) | {this_year, this_year + 1}
            for year in sorted(years):
                self.year_combo.addItem(str(year), year)
            wanted = current if current is not None else this_year
            self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
        self.year_combo.blockSignals(False)

    def selected_year(self) -> int | None:
        value = self.year_combo.currentData()
        return int(value) if value is not None else None

    def set_year(self, year: int) -> None:
        if self.year_combo.findData(year) < 0:
            self._fill_years(select=year)
            if self.year_combo.findData(year) < 0:
                self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        self.load_year()

    def load_year(self) -> None:
        year = self.selected_year()
        if self._meetings is None or year is None:
            self.timeline.clear()
            return
        try:
            records = self._meetings.list(year=year)
        except BizHRError as error:
            self.status.show_message(error_text(error))
            return
        self.timeline.set_meetings(year, records)
        self._fit_timeline()
        self._on_meeting_selected(self.timeline.current_id)

    def _fit_timeline(self) -> None:
        """Give the timeline the height of every lane: with nothing selected all of it (the
        placeholder needs one line), with a meeting open up to 60 % of the page."""
        total = self.splitter.height() - self.splitter.handleWidth()
        if total <= 0:
            return
        frame = 2 * self.timeline_scroll.frameWidth()
        wanted = self.timeline.minimumHeight() + frame
        if self.detail_stack.currentWidget() is self.placeholder:
            room = total - PLACEHOLDER_HEIGHT
        elif self.tabs.currentIndex() == self.safety_index:
            # The review's flags need the height more than the other meetings' cards do
            # (the timeline scrolls; the chosen meeting stays in view).
            room = max(150, int(total * 0.25))
        else:
            room = max(220, int(total * 0.6))
        height = max(1, min(wanted, room))
        self.splitter.setSizes([height, max(1, total - height)])

    # ------------------------------------------------------------------ the meeting

    def current_record(self) -> MeetingRecord | None:
        meeting_id = self.timeline.current_id
        if meeting_id is None or self._meetings is None:
            return None
        try:
            return self._meetings.get(meeting_id)
        except BizHRError:
            return None

    def select_meeting(self, meeting_id: str) -> bool:
        if self._meetings is None:
            return False
        try:
            record = self._meetings.get(meeting_id)
        except BizHRError:
            return False
        year = record.meeting.local_start.year
        if self.selected_year() != year:
            self.set_year(year)
        self.timeline.set_current(meeting_id)
        return self.timeline.current_id == meeting_id

    def _on_meeting_selected(self, meeting_id: str | None) -> None:
        if meeting_id:
            card = self.timeline.meeting_rect(meeting_id)
            self.timeline_scroll.ensureVisible(
                card.center().x(), card.center().y(), 0, card.height()
            )
        self._show_meeting(self.current_record() if meeting_id else None)

    def _show_meeting(self, record: MeetingRecord | None) -> None:
        meeting_id = record.id if record else None
        cancelled = record is not None and record.meeting.status is MeetingStatus.CANCELLED
        showing_detail = self.detail_stack.currentIndex() == 1
        self.detail_stack.setCurrentIndex(1 if record else 0)
        if showing_detail != (record is not None):
            self._fit_timeline()
        self.meeting_title.setText(record.title if record else "")
        self.details.show_record(record, self._home_zone)
        self.invitations.set_meeting(
            self._invitations if record else None,
            self._people,
            self._organisations,
            meeting_id,
            cancelled=cancelled,
        )
        self.safety.set_meeting(self._safety if record else None, self._meetings, meeting_id)
        self.followups.set_meeting(
            self._followups if record else None, self._organisations, meeting_id
        )
        self._refresh_attendance()
        self._refresh_safety_tab_title()
        for button in (self.edit_button, self.check_in_button, self.drafts_button):
            button.setEnabled(record is not None)
        self.cancel_button.setEnabled(record is not None and not cancelled)

    @property
    def attendance_busy(self) -> bool:
        """True while the chart's counts are being read on the worker."""
        return self._attendance.busy

    def _refresh_attendance(self) -> None:
        """Read the stakeholder mix and the counts off the GUI thread: the mix looks up the
        group of every invitee (~0.1-0.3 s for a meeting that invited 100 000 people)."""
        meeting_id, invitations = self.timeline.current_id, self._invitations
        if invitations is None or meeting_id is None:
            self._attendance.drop()
            self.chart.clear()
            self.attendance_label.clear()
            return
        self._attendance.start(
            lambda: (
                invitations.attendance_by_group(meeting_id),
                invitations.attendance(meeting_id),
            ),
            self._show_attendance,
            lambda error: self.status.show_message(error_text(error)),
        )

    def _show_attendance(self, result: tuple[dict[str, Attendance], Attendance]) -> None:
        mix, numbers = result
        self.chart.set_mix(mix)
        self.attendance_label.setText(counts_text(numbers))

    def _refresh_safety_tab_title(self) -> None:
        review = self.safety.review
        title = self.tr("Safety review")
        if review is not None and review.pending:
            title = self.tr("Safety review ⚠ to sign off")
        elif review is not None and review.signed_off:
            title = self.tr("Safety review ✓")
        self.tabs.setTabText(self.safety_index, title)

    def _after_invitations_changed(self) -> None:
        self._refresh_attendance()
        self.safety.reload()
        self._refresh_safety_tab_title()

    # ------------------------------------------------------------------ actions

    @property
    def editor(self) -> MeetingEditor | None:
        return self._editor

    def new_meeting(self) -> MeetingEditor | None:
        return self._open_editor(None)

    def edit_meeting(self) -> MeetingEditor | None:
        record = self.current_record()
        return self._open_editor(record) if record is not None else None

    def _open_editor(self, record: MeetingRecord | None) -> MeetingEditor | None:
        if self._meetings is None or self._editor is not None:
            return None
        if self.stack.currentIndex() != self.PROGRAMME_VIEW:
            self.show_programme()
        editor = MeetingEditor(self._meetings, record, self, home_zone=self._home_zone)
        self._editor = editor
        editor.saved.connect(self._on_saved)
        editor.finished.connect(lambda _r: self._forget_editor(editor))
        editor.open()
        editor.title_edit.setFocus()
        return editor

    def _forget_editor(self, editor: MeetingEditor) -> None:
        if self._editor is editor:
            self._editor = None
        editor.deleteLater()

    def _on_saved(self, meeting_id: str) -> None:
        if self._meetings is None:
            return
        record = self._meetings.get(meeting_id)
        self._fill_years(select=record.meeting.local_start.year)
        self.load_year()
        self.timeline.set_current(meeting_id)
        self._show_meeting(self.current_record())
        self.status.show_message(self.tr("Meeting saved."))

    def cancel_meeting(self) -> bool:
        record = self.current_record()
        if record is None or self._meetings is None:
            return False
        if record.meeting.status is MeetingStatus.CANCELLED:
            return False
        if not confirm_cancellation(self, record.title):
            return False
        try:
            self._meetings.cancel(record.id)
        except BizHRError as error:
            self.status.show_message(error_text(error))
            return False
        self.load_year()
        self.status.show_message(self.tr("The meeting is cancelled; it stays in the programme."))
        return True

    def open_check_in(self) -> bool:
        record = self.current_record()
        if record is None or self._invitations is None:
            return False
        self.check_in.set_meeting(self._invitations, record.id, record.title)
        self.stack.setCurrentIndex(self.CHECK_IN_VIEW)
        self.check_in.focus_search()
        return True

    def show_programme(self) -> None:
        came_back = self.stack.currentIndex() != self.PROGRAMME_VIEW
        self.stack.setCurrentIndex(self.PROGRAMME_VIEW)
        if came_back:
            self.check_in.set_meeting(None, None, "")
            self.invitations.refresh()
            self._after_invitations_changed()
            self.timeline.setFocus()

    def show_open_followups(self) -> None:
        if self._followups is None:
            return
        self.open_followups.set_service(self._followups)
        self.stack.setCurrentIndex(self.FOLLOW_UPS_VIEW)
        self.open_followups.table.setFocus()

    def _go_to_meeting(self, meeting_id: str) -> None:
        self.show_programme()
        if self.select_meeting(meeting_id):
            self.tabs.setCurrentIndex(self.followups_index)

    def set_busy(self, busy: bool) -> None:
        self._busy = max(0, self._busy + (1 if busy else -1))
        self.busy_bar.setVisible(self._busy > 0)

    @property
    def is_busy(self) -> bool:
        return self._busy > 0

    # ------------------------------------------------------------------ outputs

    def export_programme(self, fmt: str) -> int | None:
        """Write the year's programme (pdf, html or ics) where the person chooses."""
        year = self.selected_year()
        if self._meetings is None or year is None:
            return None
        name_filter, suffix = PROGRAMME_FORMATS[fmt]
        caption = self.tr("Save the {year} programme").format(year=year)
        chosen = self.choose_save_path(self, caption, f"programme-{year}.{suffix}", name_filter)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        overwrite = replace_allowed(self, path, asked=path == Path(chosen))
        if overwrite is None:
            return None
        try:
            count = self._meetings.write_programme(year, fmt, path, overwrite=overwrite)
        except BizHRError as error:
            self.status.show_message(error_text(error))
            return None
        self.status.show_message(
            self.tr("Programme written: {count} meeting(s) in {file}.").format(
                count=count, file=path.name
            )
        )
        return count

    def open_drafts(self) -> DraftsDialog | None:
        record = self.current_record()
        if record is None or self._invitations is None or self._drafts is not None:
            return None
        dialog = DraftsDialog(
            self._invitations, record.id, self, pool=self._pool, folder_chooser=self.choose_folder
        )
        self._drafts = dialog
        dialog.busy_changed.connect(self.set_busy)
        dialog.finished.connect(lambda _r: self._forget_drafts(dialog))
        dialog.open()
        return dialog

    def _forget_drafts(self, dialog: DraftsDialog) -> None:
        if self._drafts is dialog:
            self._drafts = None
        dialog.deleteLater()
        self.safety.reload()
        self._refresh_safety_tab_title()
