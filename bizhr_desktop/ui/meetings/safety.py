"""A meeting's safety review: its flags, the risk assessment, the sign-off and what it means.

Flags carry their severity as a word and an icon (colour repeats it). At-risk invitees are
named by pseudonym only (the service writes the sentences). The assessment is secret: it
stays in the vault and is cleared from the screen when the vault locks.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError, InvalidInput
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.safety_review import (
    MAX_CHECK_REASON,
    SafetyFlag,
    SafetyReview,
    SafetyReviewService,
    Severity,
)
from bizhr_desktop.ui.common import icons
from bizhr_desktop.ui.common.cells import IsolatedTextDelegate
from bizhr_desktop.ui.common.labels import isolated
from bizhr_desktop.ui.common.meeting_labels import (
    SEVERITY_COLOUR,
    date_time_text,
    flag_kind_label,
    severity_label,
)
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
_CARD_MARGIN = 1  # above and below each card
_INSET = 3  # above and below the line inside a card
_CHECKED = "#1e6b3a"  # a flag looked at


@dataclass(frozen=True, slots=True)
class FlagGroup:
    """The flags of one kind (so of one severity), as a heading with its counts."""

    kind: str
    severity: Severity
    flags: tuple[SafetyFlag, ...]
    checked: int


_TOP = 0  # internalId of a group's index; a flag's is its group's row + 1


class SafetyFlagsModel(QAbstractItemModel):
    """The review's flags under a heading per kind, most serious first, with their counts.
    A meeting that invited everyone can have thousands of at-risk invitees, one flag each: a
    view paints only the rows on screen (a widget per flag took over a minute to build for
    8 500 flags)."""

    FlagRole = Qt.ItemDataRole.UserRole + 1
    SeverityWordRole = Qt.ItemDataRole.UserRole + 2
    GroupRole = Qt.ItemDataRole.UserRole + 3
    CheckedRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: tuple[FlagGroup, ...] = ()
        self._checked: frozenset[str] = frozenset()

    @property
    def safety_flags(self) -> tuple[SafetyFlag, ...]:
        """The flags shown, in order. (Not "flags": that is QAbstractItemModel.flags(index),
        which Qt calls on every cell.)"""
        return tuple(flag for group in self._groups for flag in group.flags)

    @property
    def groups(self) -> tuple[FlagGroup, ...]:
        return self._groups

    def set_flags(self, flags: tuple[SafetyFlag, ...], checked: frozenset[str]) -> None:
        by_kind: dict[str, list[SafetyFlag]] = {}
        for flag in sorted(flags, key=lambda f: f.severity.rank):
            by_kind.setdefault(flag.kind.value, []).append(flag)
        self.beginResetModel()
        self._checked = checked
        self._groups = tuple(
            FlagGroup(
                kind,
                members[0].severity,
                tuple(members),
                sum(1 for flag in members if flag.key in checked),
            )
            for kind, members in by_kind.items()
        )
        self.endResetModel()

    def flag_index(self, key: str) -> QModelIndex:
        for row, group in enumerate(self._groups):
            for child, flag in enumerate(group.flags):
                if flag.key == key:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def first_flag_index(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # ------------------------------------------------------------------ the model

    def index(self, row: int, column: int, parent: Index = _NO_PARENT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _TOP or row >= len(self._groups[parent.row()].flags):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = _NO_PARENT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP:
            return len(self._groups[parent.row()].flags)
        return 0

    def columnCount(self, parent: Index = _NO_PARENT) -> int:
        return 1

    def group_text(self, group: FlagGroup) -> str:
        count = len(group.flags)
        if group.checked:
            return self.tr("{kind}: {count} ({checked} checked)").format(
                kind=flag_kind_label(group.kind), count=count, checked=group.checked
            )
        return self.tr("{kind}: {count}").format(kind=flag_kind_label(group.kind), count=count)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{severity_label(group.severity.value)}: {self.group_text(group)}"
            if role == self.GroupRole:
                return group
            if role == self.SeverityWordRole:
                return severity_label(group.severity.value).upper()
            return None
        flag = self._groups[index.internalId() - 1].flags[index.row()]
        checked = flag.key in self._checked
        severity = flag.severity.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return flag.message
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = self.tr("checked") if checked else self.tr("not checked")
            return f"{severity_label(severity)}, {state}: {flag.message}"
        if role == self.SeverityWordRole:
            return severity_label(severity).upper()
        if role == self.FlagRole:
            return flag
        if role == self.CheckedRole:
            return checked
        return None


class SafetyFlagDelegate(IsolatedTextDelegate):
    """Paints a flag as a card: icon, the severity word in its colour, the sentence wrapped
    to the view's width; mirrored in a right-to-left layout."""

    def __init__(self, view: QTreeView) -> None:
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
        group = index.data(SafetyFlagsModel.GroupRole)
        if isinstance(group, FlagGroup):
            self._paint_group(painter, option, index, group)
            return
        flag = index.data(SafetyFlagsModel.FlagRole)
        if not isinstance(flag, SafetyFlag):
            return
        checked = bool(index.data(SafetyFlagsModel.CheckedRole))
        colour = SEVERITY_COLOUR[flag.severity.value]
        direction = option.direction
        card, icon_rect, word_rect, text_rect = self._layout(option.rect, direction)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(colour if selected else "#d9e2ec"))
        painter.setBrush(QColor("#f3f7fb" if selected else "#ffffff"))
        painter.drawRoundedRect(card, 4, 4)
        # A flag looked at shows a check mark where its severity icon was; the word stays.
        if checked:
            painter.drawPixmap(icon_rect, icons.icon("checked", _CHECKED).pixmap(_ICON, _ICON))
        else:
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
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        painter.setPen(QColor("#616e7c") if checked else text_colour)
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

    def _paint_group(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, group: FlagGroup
    ) -> None:
        colour = SEVERITY_COLOUR[group.severity.value]
        direction = option.direction
        _card, icon_rect, word_rect, text_rect = self._layout(option.rect, direction)
        painter.save()
        painter.setLayoutDirection(direction)
        all_checked = group.checked == len(group.flags)
        name = "checked" if all_checked else "warning"
        painter.drawPixmap(
            icon_rect, icons.icon(name, _CHECKED if all_checked else colour).pixmap(_ICON, _ICON)
        )
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(colour))
        leading = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(word_rect, leading, str(index.data(SafetyFlagsModel.SeverityWordRole)))
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        model = index.model()
        text = model.group_text(group) if isinstance(model, SafetyFlagsModel) else ""
        # Open or closed, in the reading direction (a closed group points where text goes).
        closed = "◂" if direction == Qt.LayoutDirection.RightToLeft else "▸"
        expanded = self._view.isExpanded(self._view.model().index(index.row(), 0))
        text = f"{'▾' if expanded else closed} {text}"
        painter.drawText(
            text_rect,
            leading,
            QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        painter.restore()


class SafetyReviewPanel(QWidget):
    """Flags, assessment, sign-off; ``changed`` after an assessment, a check or a sign-off,
    ``reviewed`` when a review worked out off the GUI thread is shown, ``person_requested``
    with a person's id when the coordinator opens the invitee a flag is about."""

    changed = Signal()
    reviewed = Signal()  # a review (re)computed on the worker is on screen
    person_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyReviewPanel")
        self._service: SafetyReviewService | None = None
        self._meetings: MeetingService | None = None
        self._meeting_id: str | None = None
        self._review: SafetyReview | None = None
        self._chosen_key: str | None = None  # the flag in hand, kept across reloads
        self._stored_assessment = ""  # as last read or saved: anything else is unsaved
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
        self.summary_label.setWordWrap(True)  # never wider than the flags it sums up
        self.flags_model = SafetyFlagsModel(self)
        self.flags_view = QTreeView(self)
        self.flags_view.setObjectName("safetyFlags")
        self.flags_view.setAccessibleName(self.tr("Safety flags, by kind"))
        self.flags_view.setModel(self.flags_model)
        self.flags_view.setItemDelegate(SafetyFlagDelegate(self.flags_view))
        self.flags_view.setHeaderHidden(True)
        self.flags_view.setUniformRowHeights(True)  # thousands of rows, one line each
        # Headings carry their own open/closed mark (the delegate paints it): no branch
        # column, whose selection fill would stand beside every chosen flag.
        self.flags_view.setRootIsDecorated(False)
        self.flags_view.setIndentation(0)
        self.flags_view.setFrameShape(QFrame.Shape.NoFrame)
        self.flags_view.setVerticalScrollMode(QTreeView.ScrollMode.ScrollPerPixel)
        self.flags_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flags_view.setMinimumHeight(120)
        self.flags_view.viewport().setAutoFillBackground(False)
        self.flags_view.setAutoFillBackground(False)
        self.flags_view.selectionModel().currentChanged.connect(self._show_flag_detail)
        self.flags_view.clicked.connect(self._toggle_group)
        self.flags_view.doubleClicked.connect(self._open_from_view)

        # Filters: one severity, and only what is still to be looked at.
        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("flagSeverityFilter")
        self.severity_filter.setAccessibleName(self.tr("Show flags of severity"))
        self.severity_filter.currentIndexChanged.connect(self._filter_flags)
        self.unchecked_only = QCheckBox(self.tr("Not checked only"), self)
        self.unchecked_only.setObjectName("uncheckedOnly")
        self.unchecked_only.toggled.connect(self._filter_flags)
        self.next_button = QPushButton(self.tr("Next to check"), self)
        self.next_button.setObjectName("nextToCheck")
        self.next_button.setToolTip(self.tr("The next critical flag nobody checked yet (F8)"))
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.choose_next_unchecked)

        # The flag in hand: the whole sentence, its check, and what one can do about it.
        self.flag_detail = QLabel(self)
        self.flag_detail.setObjectName("flagDetail")
        self.flag_detail.setWordWrap(True)
        self.flag_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.flag_detail.setAccessibleName(self.tr("The chosen flag in full"))
        self.check_state_label = QLabel(self)
        self.check_state_label.setObjectName("flagCheckState")
        self.check_state_label.setWordWrap(True)
        self.check_reason_edit = QLineEdit(self)
        self.check_reason_edit.setObjectName("flagCheckReason")
        self.check_reason_edit.setMaxLength(MAX_CHECK_REASON)
        self.check_reason_edit.setAccessibleName(self.tr("Why the flag may stand"))
        self.check_reason_edit.setPlaceholderText(
            self.tr("Why it may stand: what you checked and decided (secret)")
        )
        self.check_reason_edit.textChanged.connect(self._update_buttons)
        self.check_reason_edit.returnPressed.connect(self.check_flag)
        self.open_person_button = QPushButton(self.tr("Open person"), self)
        self.open_person_button.setObjectName("openFlagPerson")
        self.open_person_button.setAutoDefault(False)
        self.open_person_button.clicked.connect(self.open_person)
        self.uncheck_button = QPushButton(self.tr("Withdraw check"), self)
        self.uncheck_button.setObjectName("uncheckFlag")
        self.uncheck_button.setAutoDefault(False)
        self.uncheck_button.clicked.connect(self.uncheck_flag)
        self.check_button = QPushButton(self.tr("Mark checked"), self)
        self.check_button.setObjectName("checkFlag")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_flag)

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
        self.assessment_edit.setMinimumHeight(56)
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
        # Why Sign off is grey: the critical flags nobody checked yet.
        self.sign_off_hint = QLabel(self)
        self.sign_off_hint.setObjectName("signOffHint")
        self.sign_off_hint.setWordWrap(True)
        self.sign_off_hint.setProperty("role", "hint")
        self.message = MessageLabel("error", self)

        state = QFrame(self)
        state.setObjectName("stateBox")
        state.setStyleSheet(
            "QFrame#stateBox { background: #ffffff; border: 1px solid #d9e2ec;"
            " border-radius: 6px; }"
            "QFrame#stateBox QLabel { border: none; background: transparent; }"
        )
        state_layout = QHBoxLayout(state)
        state_layout.setContentsMargins(8, 4, 8, 4)  # one line: the height goes to the flags
        state_layout.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        state_layout.addWidget(self.state_label, 1)

        # The flags get the room (a deep dive can have hundreds); the flag in hand, the
        # assessment and the sign-off sit beside them, in a pane the person can widen.
        flags_pane = QWidget(self)
        flags_layout = QVBoxLayout(flags_pane)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.unchecked_only)
        summary_row.addWidget(self.severity_filter)
        summary_row.addWidget(self.next_button)
        flags_layout.addLayout(summary_row)
        flags_layout.addWidget(self.flags_view, 1)

        flag_box = QGroupBox(self.tr("The chosen flag"), self)
        flag_box.setObjectName("flagBox")
        flag_layout = QVBoxLayout(flag_box)
        flag_layout.addWidget(self.flag_detail)
        flag_layout.addWidget(self.check_reason_edit)
        flag_buttons = QHBoxLayout()
        flag_buttons.addWidget(self.open_person_button)
        flag_buttons.addWidget(self.check_state_label, 1)
        flag_buttons.addWidget(self.uncheck_button)
        flag_buttons.addWidget(self.check_button)
        flag_layout.addLayout(flag_buttons)

        sign_box = QGroupBox(self.tr("Risk assessment (secret) and sign-off"), self)
        sign_box.setObjectName("signBox")
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.assessment_edit, 1)
        assess_row = QHBoxLayout()
        assess_row.addWidget(assessment_hint, 1)
        assess_row.addWidget(self.save_assessment_button, 0, Qt.AlignmentFlag.AlignTop)
        sign_layout.addLayout(assess_row)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signer_edit, 1)
        sign_row.addWidget(self.sign_off_button)
        sign_layout.addLayout(sign_row)
        sign_layout.addWidget(self.sign_off_hint)

        # Beside the flags; it scrolls rather than letting its parts overlap on a short
        # screen or while the tab is first laid out.
        side_pane = QWidget(self)
        side_layout = QVBoxLayout(side_pane)
        side_layout.setContentsMargins(0, 0, 4, 0)
        side_layout.addWidget(flag_box)
        side_layout.addWidget(sign_box, 1)
        side_layout.addWidget(self.message)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setObjectName("safetySidePane")
        self.side_scroll.setWidget(side_pane)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As wide as its widest row (the flag's buttons), so nothing is cut at its side.
        self.side_scroll.setMinimumWidth(
            max(
                300,
                side_pane.minimumSizeHint().width()
                + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
                + 4,
            )
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("safetySplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(flags_pane)
        self.splitter.addWidget(self.side_scroll)
        start_split(self.splitter, (0.6, 0.4))

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
            self._chosen_key = None
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
            self._stored_assessment = assessment
        self._show_review(review)
        self.reviewed.emit()

    def _review_failed(self, error: BizHRError) -> None:
        if not isinstance(error, InvalidInput):  # a sign-off refused: the review still stands
            self._show_review(None)
        self._update_buttons()
        self.message.show_message(error_text(error))

    def has_unsaved_changes(self) -> bool:
        """An assessment or a flag's reason typed and not saved yet."""
        if self._review is None:
            return False
        flag = self.chosen_flag()
        check = self._review.check_of(flag) if flag is not None else None
        reason = self.check_reason_edit.text().strip()
        return self.assessment_edit.toPlainText() != self._stored_assessment or reason != (
            check.reason if check is not None else ""
        )

    def _show_review(self, review: SafetyReview | None) -> None:
        self._review = review
        if review is None:
            self.assessment_edit.clear()  # secret: gone with the meeting or the vault
            self.check_reason_edit.clear()
            self._stored_assessment = ""
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
            return
        text = self.tr("Flags: {list}").format(
            list=", ".join(
                f"{count} {severity_label(severity.value).lower()}"
                for severity, count in sorted(counts.items(), key=lambda i: i[0].rank)
            )
        )
        if review.checks:
            text += " · " + self.tr("{count} checked").format(count=len(review.checks))
        if review.unchecked_critical:
            text += " · " + self.tr("{count} critical to check").format(
                count=len(review.unchecked_critical)
            )
        self.summary_label.setText(text)

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
        review = self._review
        flags = review.flags if review is not None else ()
        checked = frozenset(review.checks) if review is not None else frozenset()
        wanted = self.severity_filter.currentData()
        if wanted:
            flags = tuple(flag for flag in flags if flag.severity.value == wanted)
        if self.unchecked_only.isChecked():
            flags = tuple(flag for flag in flags if flag.key not in checked)
        # The flag in hand stays chosen; one that left the list gives way to its successor.
        before = self._shown_position()
        self.flags_model.set_flags(flags, checked)
        self.flags_view.expandAll()
        index = self.flags_model.flag_index(self._chosen_key) if self._chosen_key else None
        if index is None or not index.isValid():
            index = self._flag_at(before)
        if index.isValid():
            self.flags_view.setCurrentIndex(index)
            self.flags_view.scrollTo(index)
        self._show_flag_detail()

    def _shown_position(self) -> int:
        keys = [flag.key for flag in self.flags_model.safety_flags]
        return keys.index(self._chosen_key) if self._chosen_key in keys else 0

    def _flag_at(self, position: int) -> QModelIndex:
        flags = self.flags_model.safety_flags
        if not flags:
            return QModelIndex()
        return self.flags_model.flag_index(flags[min(position, len(flags) - 1)].key)

    def chosen_flag(self) -> SafetyFlag | None:
        index = self.flags_view.currentIndex()
        flag = index.data(SafetyFlagsModel.FlagRole) if index.isValid() else None
        return flag if isinstance(flag, SafetyFlag) else None

    def choose_flag(self, key: str) -> bool:
        index = self.flags_model.flag_index(key)
        if index.isValid():
            self.flags_view.setCurrentIndex(index)
            self.flags_view.scrollTo(index)
        return index.isValid()

    def choose_next_unchecked(self) -> bool:
        """Go to the next critical flag nobody checked yet (after the one in hand)."""
        review = self._review
        if review is None or not review.unchecked_critical:
            return False
        keys = [flag.key for flag in review.unchecked_critical]
        current = self.chosen_flag()
        after = keys.index(current.key) + 1 if current and current.key in keys else 0
        key = keys[after % len(keys)]
        if not self.flags_model.flag_index(key).isValid():
            # Hidden by the filters: show every flag again.
            self.severity_filter.setCurrentIndex(0)
            self.unchecked_only.setChecked(False)
        return self.choose_flag(key)

    def _show_flag_detail(self) -> None:
        flag = self.chosen_flag()
        if flag is not None:
            self._chosen_key = flag.key
        check = self._review.check_of(flag) if flag and self._review else None
        if flag is None:
            self.flag_detail.setText(self.tr("Choose a flag to read it in full."))
            self.check_state_label.clear()
            self.check_reason_edit.clear()
        else:
            self.flag_detail.setText(
                f"{severity_label(flag.severity.value)}: {isolated(flag.message)}"
            )
            if check is None:
                self.check_state_label.setText(self.tr("Not checked yet."))
                self.check_state_label.setStyleSheet("")
                self.check_reason_edit.clear()
            else:
                when = check.checked_at.astimezone() if check.checked_at else None
                self.check_state_label.setText(
                    self.tr("Checked on {date}.").format(date=date_time_text(when))
                    if when
                    else self.tr("Checked.")
                )
                self.check_state_label.setStyleSheet(f"color: {_CHECKED}; font-weight: 600;")
                self.check_reason_edit.setText(check.reason)  # secret; cleared on lock
        self._update_buttons()

    def visible_flags(self) -> int:
        """How many flags show in full without scrolling (for the layout's test)."""
        view = self.flags_view
        height = view.viewport().height()
        shown = 0
        for flag in self.flags_model.safety_flags:
            rect = view.visualRect(self.flags_model.flag_index(flag.key))
            if rect.top() >= height:
                break
            shown += rect.top() >= 0 and rect.bottom() < height
        return shown

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
        colour = _CHECKED if ok else SEVERITY_COLOUR["critical"]
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.state_icon.setPixmap(icons.icon("audit" if ok else "warning", colour).pixmap(20, 20))

    def remaining_text(self) -> str:
        """Which critical flags a sign-off still waits for (empty when none)."""
        left = self._review.unchecked_critical if self._review is not None else ()
        if not left:
            return ""
        names = [flag.subject or flag_kind_label(flag.kind.value) for flag in left[:5]]
        if len(left) > 5:
            names.append(self.tr("and {count} more").format(count=len(left) - 5))
        return self.tr(
            "Check every critical flag before signing off: {count} left ({names})."
        ).format(count=len(left), names=", ".join(isolated(name) for name in names))

    def _update_buttons(self) -> None:
        review = self._review
        ready = review is not None
        # While a review is being worked out the fields stay as they are (typing goes on, the
        # focus stays put); only the actions wait for it.
        idle = not self._job.busy
        flag = self.chosen_flag() if ready else None
        checked = review is not None and flag is not None and review.check_of(flag) is not None
        reason = self.check_reason_edit.text().strip()
        self.assessment_edit.setEnabled(ready)
        self.signer_edit.setEnabled(ready)
        self.check_reason_edit.setEnabled(flag is not None)
        self.check_button.setText(self.tr("Save reason") if checked else self.tr("Mark checked"))
        self.check_button.setEnabled(ready and idle and flag is not None and bool(reason))
        self.uncheck_button.setVisible(checked)
        self.uncheck_button.setEnabled(ready and idle and checked)
        self.open_person_button.setVisible(flag is not None and flag.about_one_person)
        remaining = self.remaining_text()
        self.sign_off_hint.setText(remaining)
        self.sign_off_hint.setVisible(bool(remaining))
        self.next_button.setVisible(bool(remaining))
        self.next_button.setEnabled(idle)
        self.save_assessment_button.setEnabled(ready and idle)
        self.sign_off_button.setEnabled(
            ready and idle and not remaining and bool(self.signer_edit.text().strip())
        )

    # ------------------------------------------------------------------ actions

    def open_person(self) -> bool:
        """Ask the window to show the invitee the flag in hand is about."""
        flag = self.chosen_flag()
        if flag is None or not flag.about_one_person:
            return False
        self.person_requested.emit(flag.person_ids[0])
        return True

    def _toggle_group(self, index: QModelIndex) -> None:
        """A click on a heading opens or closes its group (arrow keys do it too)."""
        if isinstance(index.data(SafetyFlagsModel.GroupRole), FlagGroup):
            self.flags_view.setExpanded(index, not self.flags_view.isExpanded(index))

    def _open_from_view(self, index: QModelIndex) -> None:
        if isinstance(index.data(SafetyFlagsModel.FlagRole), SafetyFlag):
            self.open_person()

    def check_flag(self) -> bool:
        """Mark the flag in hand checked for the reason typed (on the worker, like a sign-off:
        the review is worked out again)."""
        flag = self.chosen_flag()
        reason = self.check_reason_edit.text().strip()
        if self._service is None or self._meeting_id is None or flag is None:
            return False
        if not reason:
            self.message.show_message(self.tr("Say why the flag may stand before checking it."))
            return False
        service, meeting_id, key = self._service, self._meeting_id, flag.key
        self._job.start(
            lambda: service.check_flag(meeting_id, key, reason), self._acted, self._review_failed
        )
        self.message.clear_message()
        self._update_buttons()
        return True

    def uncheck_flag(self) -> bool:
        flag = self.chosen_flag()
        if self._service is None or self._meeting_id is None or flag is None:
            return False
        service, meeting_id, key = self._service, self._meeting_id, flag.key
        self._job.start(
            lambda: service.uncheck_flag(meeting_id, key), self._acted, self._review_failed
        )
        self.message.clear_message()
        self._update_buttons()
        return True

    def _acted(self, review: SafetyReview) -> None:
        self._show_review(review)
        if not review.unchecked_critical and review.needs_sign_off and not review.signed_off:
            # The last critical flag is checked: the sign-off comes next.
            self.side_scroll.ensureWidgetVisible(self.sign_off_button)
        self.reviewed.emit()
        self.changed.emit()

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
        self._stored_assessment = text
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
        remaining = self.remaining_text()
        if remaining:
            self.message.show_message(remaining)
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
