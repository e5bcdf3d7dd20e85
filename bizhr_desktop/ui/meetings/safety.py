"""A meeting's safety review: its flags, the risk assessment, the sign-off and what it means.

Flags carry their severity as a word and an icon (colour repeats it). At-risk invitees are
named by pseudonym only (the service writes the sentences). The assessment is secret: it
stays in the vault and is cleared from the screen when the vault locks.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError, InvalidInput
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.safety_review import SafetyFlag, SafetyReview, SafetyReviewService
from bizhr_desktop.ui.common import icons
from bizhr_desktop.ui.common.labels import isolated
from bizhr_desktop.ui.common.meeting_labels import SEVERITY_COLOUR, date_time_text, severity_label
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.splitters import start_split
from bizhr_desktop.ui.common.widgets import MessageLabel
from bizhr_desktop.ui.common.worker import LatestJob

_MAX_ASSESSMENT = 20_000


Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()

_ICON = 18  # the severity icon, px
_WORD = 90  # the severity word's column, px
_PAD = 8  # inside a flag's card
_GAP = 8  # between icon, word and sentence
_CARD_MARGIN = 2  # above and below each card
_INSET = 4  # above and below the line inside a card


class SafetyFlagsModel(QAbstractListModel):
    """The review's flags, one row each. A meeting that invited everyone can have thousands
    of at-risk invitees, one flag each: a list view paints only the rows on screen (a widget
    per flag took over a minute to build for 8 500 flags)."""

    FlagRole = Qt.ItemDataRole.UserRole + 1
    SeverityWordRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flags: tuple[SafetyFlag, ...] = ()

    @property
    def safety_flags(self) -> tuple[SafetyFlag, ...]:
        # Not "flags": that is QAbstractItemModel.flags(index), which Qt calls on every cell.
        return self._flags

    def set_flags(self, flags: tuple[SafetyFlag, ...]) -> None:
        self.beginResetModel()
        self._flags = tuple(flags)
        self.endResetModel()

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._flags)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._flags):
            return None
        flag = self._flags[index.row()]
        severity = flag.severity.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return flag.message
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{severity_label(severity)}: {flag.message}"
        if role == self.SeverityWordRole:
            return severity_label(severity).upper()
        if role == self.FlagRole:
            return flag
        return None


class SafetyFlagDelegate(QStyledItemDelegate):
    """Paints a flag as a card: icon, the severity word in its colour, the sentence wrapped
    to the view's width; mirrored in a right-to-left layout."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    @staticmethod
    def _layout(rect: QRect, direction: Qt.LayoutDirection) -> tuple[QRect, QRect, QRect, QRect]:
        """The card, and the icon, word and sentence rectangles inside it, for a row at
        *rect*: one geometry for measuring (sizeHint) and for painting."""
        card = rect.adjusted(1, _CARD_MARGIN, -1, -_CARD_MARGIN)
        inner = card.adjusted(_PAD, _INSET, -_PAD, -_INSET)
        icon = QRect(inner.left(), inner.top(), _ICON, _ICON)
        word = QRect(icon.right() + 1 + _GAP, inner.top(), _WORD, _ICON)
        text_left = word.right() + 1 + _GAP
        text = QRect(text_left, inner.top(), inner.right() + 1 - text_left, inner.height())
        icon, word, text = (QStyle.visualRect(direction, inner, r) for r in (icon, word, text))
        return card, icon, word, text

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # One line a flag, so that a review of hundreds can be worked through; the whole
        # sentence of the flag in hand is shown under the list (and as its tooltip).
        width = self._view.viewport().width()
        line = max(_ICON, option.fontMetrics.height())
        return QSize(width, line + 2 * (_INSET + _CARD_MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        flag = index.data(SafetyFlagsModel.FlagRole)
        if not isinstance(flag, SafetyFlag):
            return
        colour = SEVERITY_COLOUR[flag.severity.value]
        direction = option.direction
        card, icon_rect, word_rect, text_rect = self._layout(option.rect, direction)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(colour if selected else "#d9e2ec"))
        painter.setBrush(QColor("#f3f7fb" if selected else "#ffffff"))
        painter.drawRoundedRect(card, 4, 4)
        name = "warning" if flag.severity.value != "notice" else "audit"
        painter.drawPixmap(icon_rect, icons.icon(name, colour).pixmap(_ICON, _ICON))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(colour))
        painter.setLayoutDirection(direction)  # AlignLeading: right in right-to-left
        leading = Qt.AlignmentFlag.AlignLeading
        painter.drawText(
            word_rect,
            int(leading | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(SafetyFlagsModel.SeverityWordRole)),
        )
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            text_rect,
            int(leading | Qt.AlignmentFlag.AlignVCenter),
            # Elided at the sentence's own end, which an isolate keeps there in either
            # direction of the window (a Latin sentence in Arabic ends on the right).
            isolated(
                option.fontMetrics.elidedText(
                    flag.message, Qt.TextElideMode.ElideRight, text_rect.width()
                )
            ),
        )
        painter.restore()


class SafetyReviewPanel(QWidget):
    """Flags, assessment, sign-off; ``changed`` after an assessment or a sign-off,
    ``reviewed`` when a review worked out off the GUI thread is shown."""

    changed = Signal()
    reviewed = Signal()  # a review (re)computed on the worker is on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyReviewPanel")
        self._service: SafetyReviewService | None = None
        self._meetings: MeetingService | None = None
        self._meeting_id: str | None = None
        self._review: SafetyReview | None = None
        # Reviews and sign-offs are worked out on a pool of the panel's own; only the one
        # started last is shown (another meeting chosen, or the vault locked, drops it).
        self._job = LatestJob(QThreadPool(self))

        self.state_label = QLabel(self)
        self.state_label.setObjectName("signOffState")
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Sign-off state"))
        self.state_icon = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setProperty("role", "subheading")
        self.flags_model = SafetyFlagsModel(self)
        self.flags_view = QListView(self)
        self.flags_view.setObjectName("safetyFlags")
        self.flags_view.setAccessibleName(self.tr("Safety flags"))
        self.flags_view.setModel(self.flags_model)
        self.flags_view.setItemDelegate(SafetyFlagDelegate(self.flags_view))
        self.flags_view.setFrameShape(QFrame.Shape.NoFrame)
        self.flags_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.flags_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Rows are laid out a batch at a time between events, and again on resize (wrapping).
        self.flags_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.flags_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.flags_view.setBatchSize(200)
        self.flags_view.setWordWrap(True)
        self.flags_view.setMinimumHeight(120)
        self.flags_view.setStyleSheet("QListView#safetyFlags { background: transparent; }")

        self.assessment_edit = QPlainTextEdit(self)
        self.assessment_edit.setObjectName("riskAssessment")
        self.assessment_edit.setAccessibleName(self.tr("Risk assessment"))
        self.assessment_edit.setPlaceholderText(
            self.tr(
                "Who could be exposed, how, and what you will do about it (travel, venue, "
                "lists, channels). Kept inside the vault only."
            )
        )
        self.assessment_edit.setTabChangesFocus(True)
        self.assessment_edit.setMinimumHeight(90)
        self.assessment_edit.textChanged.connect(self._update_buttons)
        self.save_assessment_button = QPushButton(self.tr("Save assessment"), self)
        self.save_assessment_button.setAutoDefault(False)
        self.save_assessment_button.clicked.connect(self.save_assessment)
        assessment_hint = QLabel(
            self.tr("Changing the assessment after a sign-off reopens the review."), self
        )
        assessment_hint.setProperty("role", "hint")
        assessment_hint.setWordWrap(True)
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setObjectName("signerName")
        self.signer_edit.setAccessibleName(self.tr("Your name or initials"))
        self.signer_edit.setPlaceholderText(self.tr("Your name or initials"))
        self.signer_edit.textChanged.connect(self._update_buttons)
        self.signer_edit.returnPressed.connect(self.sign_off)
        self.sign_off_button = QPushButton(self.tr("Sign off"), self)
        self.sign_off_button.setProperty("primary", True)
        self.sign_off_button.setAutoDefault(False)
        self.sign_off_button.clicked.connect(self.sign_off)
        self.message = MessageLabel("error", self)

        state = QFrame(self)
        state.setObjectName("stateBox")
        state.setStyleSheet(
            "QFrame#stateBox { background: #ffffff; border: 1px solid #d9e2ec;"
            " border-radius: 6px; }"
            "QFrame#stateBox QLabel { border: none; background: transparent; }"
        )
        state_layout = QHBoxLayout(state)
        state_layout.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        state_layout.addWidget(self.state_label, 1)

        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signer_edit, 1)
        sign_row.addWidget(self.sign_off_button)
        assess_row = QHBoxLayout()
        assess_row.addWidget(assessment_hint, 1)
        assess_row.addWidget(self.save_assessment_button)
        assessment_title = QLabel(self.tr("Risk assessment (secret)"), self)
        assessment_title.setProperty("role", "subheading")

        # Only the flags of one severity, each with its count, when there are many.
        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("flagSeverityFilter")
        self.severity_filter.setAccessibleName(self.tr("Show flags of severity"))
        self.severity_filter.currentIndexChanged.connect(self._filter_flags)

        # The flags get the room (a deep dive can have hundreds); the assessment and the
        # sign-off sit beside them, in a pane the person can widen.
        flags_pane = QWidget(self)
        flags_layout = QVBoxLayout(flags_pane)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.severity_filter)
        flags_layout.addLayout(summary_row)
        flags_layout.addWidget(self.flags_view, 1)
        self.flag_detail = QLabel(self)
        self.flag_detail.setObjectName("flagDetail")
        self.flag_detail.setWordWrap(True)
        self.flag_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.flag_detail.setAccessibleName(self.tr("The chosen flag in full"))
        self.flags_view.selectionModel().currentChanged.connect(self._show_flag_detail)
        side_pane = QWidget(self)
        side_layout = QVBoxLayout(side_pane)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.flag_detail)
        side_layout.addWidget(assessment_title)
        side_layout.addWidget(self.assessment_edit, 1)
        side_layout.addLayout(assess_row)
        side_layout.addLayout(sign_row)
        side_layout.addWidget(self.message)
        side_pane.setMinimumWidth(280)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("safetySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(flags_pane)
        self.splitter.addWidget(side_pane)
        start_split(self.splitter, (0.62, 0.38))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(state)
        layout.addWidget(self.splitter, 1)
        self.set_meeting(None, None, None)

    # ------------------------------------------------------------------ source

    @property
    def review(self) -> SafetyReview | None:
        return self._review

    @property
    def busy(self) -> bool:
        """True while a review is being worked out on the worker."""
        return self._job.busy

    def set_meeting(
        self,
        service: SafetyReviewService | None,
        meetings: MeetingService | None,
        meeting_id: str | None,
    ) -> None:
        changed = meeting_id != self._meeting_id or service is None
        self._service = service
        self._meetings = meetings
        self._meeting_id = meeting_id if service else None
        self.message.clear_message()
        if changed:
            self.signer_edit.clear()
            self._show_review(None)  # nothing of the last meeting while the new one loads
        self.reload(load_assessment=True)

    def reload(self, *, load_assessment: bool = False) -> None:
        """Work the review out again, off the GUI thread: a meeting that invited everyone
        has tens of thousands of invitees to go through (~0.2-0.4 s at 100 000 people).
        The review shown meanwhile stays, read-only; ``reviewed`` follows the new one."""
        service, meetings, meeting_id = self._service, self._meetings, self._meeting_id
        if service is None or meeting_id is None:
            self._job.drop()
            self._show_review(None)
            return

        def work() -> tuple[SafetyReview, str | None]:
            review = service.safety_review(meeting_id)
            assessment = None
            if load_assessment and meetings is not None:
                assessment = meetings.get(meeting_id).meeting.risk_assessment
            return review, assessment

        self._job.start(work, self._reviewed, self._review_failed)
        if self._review is None:
            self.summary_label.setText(self.tr("Checking the invitees…"))
        self._update_buttons()

    def _reviewed(self, result: tuple[SafetyReview, str | None]) -> None:
        review, assessment = result
        if assessment is not None:
            self.assessment_edit.setPlainText(assessment)
        self._show_review(review)
        self.reviewed.emit()

    def _review_failed(self, error: BizHRError) -> None:
        if not isinstance(error, InvalidInput):  # a sign-off refused: the review still stands
            self._show_review(None)
        self._update_buttons()
        self.message.show_message(error_text(error))

    def _show_review(self, review: SafetyReview | None) -> None:
        self._review = review
        if review is None:
            self.assessment_edit.clear()  # secret: gone with the meeting or the vault
        self._show_flags()
        self._show_state()
        self._update_buttons()

    def _show_flags(self) -> None:
        review = self._review
        self._fill_severity_filter()
        self._filter_flags()
        if review is None:
            self.summary_label.clear()
            return
        counts = Counter(flag.severity for flag in review.flags)
        if not review.flags:
            self.summary_label.setText(
                self.tr("No flags: nothing found that could expose someone.")
            )
        else:
            self.summary_label.setText(
                self.tr("Flags: {list}").format(
                    list=", ".join(
                        f"{count} {severity_label(severity.value).lower()}"
                        for severity, count in sorted(counts.items(), key=lambda i: i[0].rank)
                    )
                )
            )

    def _fill_severity_filter(self) -> None:
        flags = self._review.flags if self._review is not None else ()
        chosen = self.severity_filter.currentData()
        counts = Counter(flag.severity for flag in flags)
        self.severity_filter.blockSignals(True)
        self.severity_filter.clear()
        self.severity_filter.addItem(self.tr("All flags ({count})").format(count=len(flags)), "")
        for severity in sorted(counts, key=lambda s: s.rank):
            self.severity_filter.addItem(
                f"{severity_label(severity.value)} ({counts[severity]})", severity.value
            )
        self.severity_filter.setCurrentIndex(max(0, self.severity_filter.findData(chosen or "")))
        self.severity_filter.setVisible(len(counts) > 1)
        self.severity_filter.blockSignals(False)

    def _filter_flags(self) -> None:
        flags = self._review.flags if self._review is not None else ()
        wanted = self.severity_filter.currentData()
        if wanted:
            flags = tuple(flag for flag in flags if flag.severity.value == wanted)
        self.flags_model.set_flags(tuple(sorted(flags, key=lambda f: f.severity.rank)))
        if self.flags_model.rowCount():
            self.flags_view.setCurrentIndex(self.flags_model.index(0))
        self._show_flag_detail()

    def _show_flag_detail(self) -> None:
        index = self.flags_view.currentIndex()
        flag = index.data(SafetyFlagsModel.FlagRole) if index.isValid() else None
        if isinstance(flag, SafetyFlag):
            self.flag_detail.setText(
                f"{severity_label(flag.severity.value)}: {isolated(flag.message)}"
            )
        else:
            self.flag_detail.setText(self.tr("Choose a flag to read it in full."))

    def visible_flags(self) -> int:
        """How many flags show in full without scrolling (for the layout's test)."""
        view = self.flags_view
        height = view.viewport().height()
        return sum(
            1
            for row in range(self.flags_model.rowCount())
            if view.visualRect(self.flags_model.index(row)).bottom() < height
            and view.visualRect(self.flags_model.index(row)).top() >= 0
        )

    def state_text(self) -> str:
        return self.state_label.text()

    def _show_state(self) -> None:
        review = self._review
        if review is None:
            self.state_label.clear()
            self.state_icon.clear()
            return
        if review.signed_off and review.signed_off_at is not None:
            text = self.tr("Signed off by {name} on {date}.").format(
                name=review.signed_off_by,
                date=date_time_text(review.signed_off_at.astimezone()),
            )
            ok = True
        elif review.sign_off_outdated and review.signed_off_at is not None:
            text = self.tr(
                "Reopened: signed off by {name} on {date}, but the review has changed since "
                "(a new at-risk invitee, a venue or format change, or a new flag). Review the "
                "flags and sign off again — until then plaintext lists for this meeting need "
                "an override."
            ).format(
                name=review.signed_off_by,
                date=date_time_text(review.signed_off_at.astimezone()),
            )
            ok = False
        elif review.needs_sign_off:
            text = self.tr("Not signed off — plaintext lists for this meeting need an override.")
            ok = False
        else:
            text = self.tr(
                "No sign-off needed: this meeting raises no critical or warning flag. You may "
                "still record an assessment and sign it off."
            )
            ok = True
        self.state_label.setText(text)
        colour = "#1e6b3a" if ok else SEVERITY_COLOUR["critical"]
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.state_icon.setPixmap(icons.icon("audit" if ok else "warning", colour).pixmap(24, 24))

    def _update_buttons(self) -> None:
        ready = self._review is not None
        # While a review is being worked out the fields stay as they are (typing goes on, the
        # focus stays put); only the actions wait for it.
        idle = not self._job.busy
        self.assessment_edit.setEnabled(ready)
        self.signer_edit.setEnabled(ready)
        self.save_assessment_button.setEnabled(ready and idle)
        self.sign_off_button.setEnabled(ready and idle and bool(self.signer_edit.text().strip()))

    # ------------------------------------------------------------------ actions

    def save_assessment(self) -> bool:
        if self._service is None or self._meeting_id is None:
            return False
        text = self.assessment_edit.toPlainText()
        if len(text) > _MAX_ASSESSMENT:
            self.message.show_message(
                self.tr("The assessment is longer than {n} characters.").format(n=_MAX_ASSESSMENT)
            )
            return False
        try:
            self._service.record_assessment(self._meeting_id, text)
        except BizHRError as error:
            self.message.show_message(error_text(error))
            return False
        self.message.clear_message()
        self.reload()
        self.changed.emit()
        return True

    def sign_off(self) -> bool:
        """Sign off as the review stands; True when the sign-off started (its outcome, or
        the reason it was refused, arrives from the worker: ``busy`` until then)."""
        if self._service is None or self._meeting_id is None:
            return False
        signer = self.signer_edit.text().strip()
        if not signer:
            self.message.show_message(self.tr("Type your name or initials to sign off."))
            return False
        # An assessment typed but not yet saved is the one being signed off: save it first.
        if self._meetings is not None:
            stored = self._meetings.get(self._meeting_id).meeting.risk_assessment
            if stored != self.assessment_edit.toPlainText() and not self.save_assessment():
                return False
        # Signing off reviews every invitee again (twice): on the worker, like a reload, whose
        # result it replaces. The review it returns is the one shown.
        service, meeting_id = self._service, self._meeting_id
        self._job.start(
            lambda: service.sign_off(meeting_id, signer), self._signed_off, self._review_failed
        )
        self.message.clear_message()
        self._update_buttons()
        return True

    def _signed_off(self, review: SafetyReview) -> None:
        self.signer_edit.clear()
        self._show_review(review)
        self.reviewed.emit()
        self.changed.emit()
