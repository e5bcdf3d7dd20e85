"""Check-in at the door: type a few letters, press Enter, the person is marked attended.

Large type, one box, one list, one key. Enter in the search box (or Enter/Space on the
list) checks in the highlighted person; Up and Down move the highlight without leaving the
box. The search runs ~80 ms after the last key, through the indexed service look-up, and
returns a handful of rows: instant even with hundreds of invitees.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import Attendance, InvitationStatus
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.meetings.models import CheckInMatchesModel

CHECK_IN_DELAY_MS = 80
MATCHES = 8


class CheckInScreen(QWidget):
    """The door's screen for one meeting; ``leave`` asks the page to go back (Esc)."""

    leave = Signal()
    checked_in = Signal(str)  # person id

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = CHECK_IN_DELAY_MS) -> None:
        super().__init__(parent)
        self.setObjectName("checkInScreen")
        self._service: InvitationService | None = None
        self._meeting_id: str | None = None
        self.attendance_numbers: Attendance | None = None  # what the counter shows
        self.model = CheckInMatchesModel(self)

        big = QFont(self.font())
        big.setPointSizeF(max(16.0, big.pointSizeF() * 1.8))
        large = QFont(self.font())
        large.setPointSizeF(max(14.0, large.pointSizeF() * 1.45))

        self.title_label = QLabel(self)
        self.title_label.setProperty("role", "pageHeading")
        self.title_label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to the programme (Esc)"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.leave)
        self.counter_label = QLabel(self)
        self.counter_label.setObjectName("checkInCounter")
        self.counter_label.setFont(large)
        self.counter_label.setAccessibleName(self.tr("Attended and accepted"))
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("checkInSearch")
        self.search_edit.setFont(big)
        self.search_edit.setAccessibleName(self.tr("Name of the person arriving"))
        self.search_edit.setPlaceholderText(self.tr("Type the name of the person arriving…"))
        self.search_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText)
        self.search_edit.setClearButtonEnabled(True)
        self.list_view = QListView(self)
        isolate_cells(self.list_view)
        self.list_view.setObjectName("checkInMatches")
        self.list_view.setModel(self.model)
        self.list_view.setFont(large)
        self.list_view.setAccessibleName(self.tr("Invitees found"))
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setSpacing(4)
        self.list_view.setUniformItemSizes(True)
        self.feedback_label = QLabel(self)
        self.feedback_label.setObjectName("checkInFeedback")
        self.feedback_label.setFont(big)
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setMinimumHeight(56)
        self.feedback_label.setAccessibleName(self.tr("Check-in result"))
        hint = QLabel(
            self.tr(
                "Enter checks in the highlighted person; ↑ and ↓ move the highlight. People at "
                "high risk are listed under their pseudonym: their real name still finds them."
            ),
            self,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.counter_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.feedback_label)
        layout.addWidget(hint)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._on_text)
        self.search_edit.installEventFilter(self)
        self.list_view.installEventFilter(self)
        self.list_view.doubleClicked.connect(lambda index: self.check_in_row(index.row()))
        self.set_meeting(None, None, "")

    # ------------------------------------------------------------------ source

    def set_meeting(
        self, service: InvitationService | None, meeting_id: str | None, title: str
    ) -> None:
        self._timer.stop()
        self._service = service
        self._meeting_id = meeting_id if service else None
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.clear()
        self._show_feedback("", ok=True)
        self.title_label.setText(self.tr("Check-in: {title}").format(title=title) if title else "")
        self.search_edit.setEnabled(self._meeting_id is not None)
        self.update_counter()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_edit.selectAll()

    # ------------------------------------------------------------------ searching

    def _on_text(self, _text: str) -> None:
        self._timer.start()

    def search(self) -> None:
        self._timer.stop()
        if self._service is None or self._meeting_id is None:
            return
        text = self.search_edit.text()
        try:
            rows = self._service.find_invitee(self._meeting_id, text, MATCHES)
        except BizHRError as error:
            self._show_feedback(error_text(error), ok=False)
            return
        self.model.set_rows(rows)
        if rows:
            self.list_view.setCurrentIndex(self.model.index(0))
        elif text.strip():
            self._show_feedback(
                self.tr("Nobody invited matches “{text}”.").format(text=text), ok=False
            )

    def highlighted_row(self) -> int:
        index = self.list_view.currentIndex()
        return index.row() if index.isValid() else (0 if self.model.rowCount() else -1)

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = max(0, min(count - 1, self.highlighted_row() + step))
        self.list_view.setCurrentIndex(self.model.index(row))

    # ------------------------------------------------------------------ checking in

    def check_in_highlighted(self) -> bool:
        if self._timer.isActive():
            self.search()  # Enter pressed before the pause: search what was typed first
        return self.check_in_row(self.highlighted_row())

    def check_in_row(self, row: int) -> bool:
        invitee = self.model.invitee_at(row)
        if invitee is None or self._service is None or self._meeting_id is None:
            return False
        if invitee.status == InvitationStatus.ATTENDED.value:
            self._show_feedback(
                self.tr("{name} is already checked in.").format(name=invitee.display_name), ok=True
            )
            self.search_edit.selectAll()
            return False
        try:
            updated = self._service.check_in(self._meeting_id, invitee.person_id)
        except BizHRError as error:
            self._show_feedback(error_text(error), ok=False)
            return False
        self.model.replace(row, updated)
        self._show_feedback(
            self.tr("✓ Checked in: {name}").format(name=updated.display_name), ok=True
        )
        self.update_counter()
        self.checked_in.emit(updated.person_id)
        # Ready for the next person at once: the box is cleared and keeps the focus.
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def update_counter(self) -> None:
        if self._service is None or self._meeting_id is None:
            self.counter_label.clear()
            self.attendance_numbers = None
            return
        numbers = self._service.attendance(self._meeting_id)
        self.attendance_numbers = numbers
        self.counter_label.setText(
            self.tr("{attended} attended / {accepted} accepted").format(
                attended=numbers.attended, accepted=numbers.accepted
            )
        )

    def feedback(self) -> str:
        return self.feedback_label.text()

    def _show_feedback(self, text: str, *, ok: bool) -> None:
        self.feedback_label.setText(text)
        colour = "#1e6b3a" if ok else "#b42318"
        self.feedback_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.feedback_label.setAccessibleDescription(text)

    # ------------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.check_in_highlighted()
                return True
            if key == Qt.Key.Key_Space and watched is self.list_view:
                self.check_in_highlighted()
                return True
            if key == Qt.Key.Key_Escape:
                if watched is self.search_edit and self.search_edit.text():
                    self.search_edit.clear()
                else:
                    self.leave.emit()
                return True
            if watched is self.search_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)
