"""The year's programme drawn as a twelve-month timeline: one card per meeting, by kind.

Each meeting is a card hung below a marker on the month axis at its start (on the venue's
clock). Kind, title, focus, date, format and status are all written on the card; colour only
repeats the kind. Cancelled meetings are greyed and struck through. Cards that would overlap
go to the next lane down. Right to left, the year runs from the right edge.

Hit-testing is public (:meth:`ProgrammeTimeline.meeting_at`, :meth:`meeting_rect`) so that
tests and accessibility code need not guess at pixels.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygon,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from bizhr_desktop.core.models import MeetingStatus
from bizhr_desktop.services.meetings import MeetingRecord
from bizhr_desktop.ui.common.labels import isolated
from bizhr_desktop.ui.common.meeting_labels import (
    CANCELLED_FILL,
    CANCELLED_TEXT,
    countries_text,
    format_label,
    format_symbol,
    kind_fill,
    kind_label,
    kind_short_label,
    kind_stripe,
    status_label,
)

_MARGIN = 14
_HEADER = 30  # month names
_AXIS_GAP = 18  # from the axis to the first lane
_LANE_GAP = 10
_CARD_GAP = 8
_PADDING = 7
_STRIPE = 5


@dataclass(frozen=True, slots=True)
class _Placed:
    record: MeetingRecord
    card: QRect  # in widget coordinates, already mirrored for right to left
    marker_x: int


def _qdate(moment: datetime | date) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def year_fraction(moment: datetime | date) -> float:
    """Where a moment falls in its year, 0..1, with twelve equal months."""
    day = moment.day - 1
    hours = moment.hour + moment.minute / 60 if isinstance(moment, datetime) else 0.0
    days_in_month = calendar.monthrange(moment.year, moment.month)[1]
    return (moment.month - 1 + (day + hours / 24) / days_in_month) / 12


class ProgrammeTimeline(QWidget):
    """A year of meetings, clickable and keyboard navigable.

    ``current_changed`` carries the selected meeting's id (or None); ``activated`` is sent
    on Enter or a double click (open the editor).
    """

    current_changed = Signal(object)  # str | None
    activated = Signal(str)
    height_changed = Signal(int)  # the height its lanes need

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Programme of the year"))
        self._year = date.today().year
        self._records: list[MeetingRecord] = []
        self._laid_out: list[_Placed] = []
        self._laid_out_width = -1
        self._current: str | None = None
        self._today: date | None = date.today()

    # ------------------------------------------------------------------ content

    @property
    def year(self) -> int:
        return self._year

    @property
    def records(self) -> list[MeetingRecord]:
        return list(self._records)

    def set_today(self, today: date | None) -> None:
        self._today = today
        self.update()

    def set_meetings(self, year: int, records: Sequence[MeetingRecord]) -> None:
        """Show *records* (meetings of *year*); the selection is kept when still there."""
        self._year = year
        self._records = sorted(records, key=lambda r: (r.meeting.starts_at, r.title))
        if self._current not in {r.id for r in self._records}:
            self._set_current(None)
        self._relayout()
        self.setAccessibleName(self.tr("Programme {year}").format(year=year))

    def clear(self) -> None:
        self._records = []
        self._laid_out = []
        self._set_current(None)
        self._relayout()

    @property
    def current_id(self) -> str | None:
        return self._current

    def set_current(self, meeting_id: str | None) -> None:
        if meeting_id is not None and meeting_id not in {r.id for r in self._records}:
            meeting_id = None
        self._set_current(meeting_id)

    def _set_current(self, meeting_id: str | None) -> None:
        if meeting_id == self._current:
            return
        self._current = meeting_id
        record = self._record(meeting_id)
        self.setAccessibleDescription(self.summary(record) if record else "")
        self.update()
        self.current_changed.emit(meeting_id)

    def _record(self, meeting_id: str | None) -> MeetingRecord | None:
        for record in self._records:
            if record.id == meeting_id:
                return record
        return None

    # ------------------------------------------------------------------ hit-testing

    def meeting_at(self, point: QPoint) -> str | None:
        """The meeting whose card is under *point*, or None."""
        for placed in self._placed:
            if placed.card.contains(point):
                return placed.record.id
        return None

    def meeting_rect(self, meeting_id: str) -> QRect:
        """Where a meeting's card is drawn (an empty rectangle if it is not shown)."""
        for placed in self._placed:
            if placed.record.id == meeting_id:
                return QRect(placed.card)
        return QRect()

    def marker_x(self, meeting_id: str) -> int:
        for placed in self._placed:
            if placed.record.id == meeting_id:
                return placed.marker_x
        return -1

    def lanes(self) -> int:
        if not self._placed:
            return 0
        return 1 + max(
            (p.card.top() - self._lanes_top()) // self._lane_step() for p in self._placed
        )

    # ------------------------------------------------------------------ geometry

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() * 0.85))
        small.setBold(True)
        bold = QFont(base)
        bold.setBold(True)
        return base, small, bold

    def _card_height(self) -> int:
        base, small, bold = self._fonts()
        lines = (
            QFontMetrics(small).height()
            + QFontMetrics(bold).height()
            + 2 * QFontMetrics(base).height()
        )
        return lines + 2 * _PADDING + 6

    def _lanes_top(self) -> int:
        return _MARGIN + _HEADER + _AXIS_GAP

    def _lane_step(self) -> int:
        return self._card_height() + _LANE_GAP

    def _axis_y(self) -> int:
        return _MARGIN + _HEADER + 4

    def _plot_width(self) -> int:
        return max(120, self.width() - 2 * _MARGIN)

    def _x_of(self, fraction: float) -> int:
        """The x of a year fraction, left to right (mirrored later for right to left)."""
        return _MARGIN + round(self._plot_width() * fraction)

    def _mirror(self, x: int, width: int = 0) -> int:
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return self.width() - x - width
        return x

    def _card_width(self) -> int:
        month = self._plot_width() / 12
        return int(max(150, min(230, month * 1.75)))

    @property
    def _placed(self) -> list[_Placed]:
        """The cards as laid out for the current width (a resize the scroll area made while
        a relayout was under way could otherwise leave them at the width before)."""
        if self._laid_out_width != self.width():
            self._relayout()
        return self._laid_out

    def _relayout(self) -> None:
        placed: list[_Placed] = []
        lane_ends: list[int] = []
        card_w = self._card_width()
        card_h = self._card_height()
        right_edge = _MARGIN + self._plot_width()
        for record in self._records:
            start = record.meeting.local_start
            marker = self._x_of(year_fraction(start))
            left = max(_MARGIN, min(marker - 10, right_edge - card_w))
            lane = next((i for i, end in enumerate(lane_ends) if end + _CARD_GAP <= left), None)
            if lane is None:
                lane = len(lane_ends)
                lane_ends.append(0)
            lane_ends[lane] = left + card_w
            top = self._lanes_top() + lane * self._lane_step()
            card = QRect(self._mirror(left, card_w), top, card_w, card_h)
            placed.append(_Placed(record, card, self._mirror(marker)))
        self._laid_out = placed
        self._laid_out_width = self.width()
        lanes = max(1, len(lane_ends))
        needed = self._lanes_top() + lanes * self._lane_step() + _MARGIN
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
            self.height_changed.emit(needed)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(960, max(self.minimumHeight(), 220))

    def minimumSizeHint(self) -> QSize:
        return QSize(480, self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LayoutDirectionChange, QEvent.Type.FontChange):
            self._relayout()

    # ------------------------------------------------------------------ words

    def summary(self, record: MeetingRecord) -> str:
        """The card's text as one sentence (tooltip and accessible description)."""
        meeting = record.meeting
        focus = self._focus_text(record)
        parts = [
            kind_label(meeting.kind),
            meeting.title,
            focus,
            QLocale().toString(_qdate(meeting.local_start), QLocale.FormatType.LongFormat),
            format_label(meeting.format),
            status_label(meeting.status),
        ]
        return " — ".join(part for part in parts if part)

    @staticmethod
    def _focus_text(record: MeetingRecord) -> str:
        meeting = record.meeting
        focus = countries_text(meeting.focus_countries)
        return "; ".join(part for part in (focus, meeting.topic) if part)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(self.layoutDirection())
        base, small, bold = self._fonts()
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self._paint_months(painter, base)
        self._paint_today(painter, small)
        if not self._placed:
            painter.setFont(base)
            painter.setPen(QColor("#52606d"))
            area = QRect(_MARGIN, self._lanes_top(), self._plot_width(), self._card_height())
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("No meetings in {year} yet. Press Ctrl+N to plan one.").format(
                    year=self._year
                ),
            )
        # Threads and markers first, so that a thread to a lower lane runs behind the cards.
        for placed in self._placed:
            self._paint_marker(painter, placed)
        for placed in self._placed:
            self._paint_card(painter, placed, base, small, bold)
        painter.end()

    def _paint_months(self, painter: QPainter, font: QFont) -> None:
        locale = QLocale()
        painter.setFont(font)
        bottom = self.height() - _MARGIN // 2
        for month in range(12):
            left = self._x_of(month / 12)
            right = self._x_of((month + 1) / 12)
            x = self._mirror(left, right - left)
            column = QRect(x, _MARGIN, right - left, bottom - _MARGIN)
            if month % 2 == 0:
                painter.fillRect(column, QColor("#f5f8fb"))
            painter.setPen(QColor("#243b53"))
            name = locale.standaloneMonthName(month + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRect(x, _MARGIN, right - left, _HEADER - 6),
                int(Qt.AlignmentFlag.AlignCenter),
                name,
            )
            painter.setPen(QPen(QColor("#d9e2ec"), 1))
            painter.drawLine(x, _MARGIN, x, bottom)
        painter.setPen(QPen(QColor("#9fb3c8"), 2))
        axis = self._axis_y()
        painter.drawLine(_MARGIN, axis, _MARGIN + self._plot_width(), axis)

    def _paint_today(self, painter: QPainter, font: QFont) -> None:
        if self._today is None or self._today.year != self._year:
            return
        x = self._mirror(self._x_of(year_fraction(self._today)))
        pen = QPen(QColor("#b42318"), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(x, self._axis_y() - 6, x, self.height() - _MARGIN // 2)
        painter.setFont(font)
        label = self.tr("Today")
        width = QFontMetrics(font).horizontalAdvance(label) + 6
        height = QFontMetrics(font).height()
        box = QRect(x + 3, self.height() - _MARGIN // 2 - height - 2, width, height)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            box.moveRight(x - 3)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)

    def _paint_marker(self, painter: QPainter, placed: _Placed) -> None:
        """The diamond on the axis at the meeting's date and its thread down to the card."""
        meeting = placed.record.meeting
        cancelled = meeting.status is MeetingStatus.CANCELLED
        stripe = QColor(CANCELLED_TEXT) if cancelled else kind_stripe(meeting.kind)
        axis = self._axis_y()
        x = placed.marker_x
        painter.setPen(QPen(stripe, 1))
        painter.drawLine(x, axis, x, placed.card.top())
        painter.setBrush(stripe)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(
            QPolygon(
                [QPoint(x, axis - 6), QPoint(x + 6, axis), QPoint(x, axis + 6), QPoint(x - 6, axis)]
            )
        )

    def _paint_card(
        self, painter: QPainter, placed: _Placed, base: QFont, small: QFont, bold: QFont
    ) -> None:
        record = placed.record
        meeting = record.meeting
        cancelled = meeting.status is MeetingStatus.CANCELLED
        stripe = QColor(CANCELLED_TEXT) if cancelled else kind_stripe(meeting.kind)
        fill = QColor(CANCELLED_FILL) if cancelled else kind_fill(meeting.kind)
        text_colour = QColor(CANCELLED_TEXT) if cancelled else QColor("#102a43")
        card = placed.card
        selected = record.id == self._current
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.setBrush(fill)
        border = QColor("#0b2e47") if selected else QColor("#bcccdc")
        painter.setPen(QPen(border, 2.5 if selected else 1))
        painter.drawRoundedRect(card.adjusted(0, 0, -1, -1), 5, 5)
        stripe_rect = QRect(card.left(), card.top(), _STRIPE, card.height())
        if rtl:
            stripe_rect.moveRight(card.right())
        painter.fillRect(stripe_rect.adjusted(0, 2, 0, -2), stripe)

        inner = card.adjusted(_PADDING + _STRIPE, _PADDING - 2, -_PADDING, -_PADDING)
        if rtl:
            inner = card.adjusted(_PADDING, _PADDING - 2, -_PADDING - _STRIPE, -_PADDING)
        align = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        y = inner.top()

        def line(text: str, font: QFont, colour: QColor, *, strike: bool = False) -> None:
            nonlocal y
            shown = QFont(font)
            shown.setStrikeOut(strike)
            metrics = QFontMetrics(shown)
            painter.setFont(shown)
            painter.setPen(colour)
            # Isolated in its own direction: a Latin title in Arabic is cut at its own end.
            elided = isolated(metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
            painter.drawText(QRect(inner.left(), y, inner.width(), metrics.height()), align, elided)
            y += metrics.height()

        # First line: the kind at the leading side, the status at the trailing side.
        status = status_label(meeting.status)
        status_font = QFont(small)
        status_font.setBold(False)
        status_width = QFontMetrics(status_font).horizontalAdvance(status) + 2
        painter.setFont(status_font)
        painter.setPen(QColor("#3e4c59") if not cancelled else QColor(CANCELLED_TEXT))
        head_height = QFontMetrics(small).height()
        painter.drawText(
            QRect(inner.left(), y, inner.width(), head_height),
            int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter),
            status,
        )
        kind_width = max(20, inner.width() - status_width - 6)
        painter.setFont(small)
        painter.setPen(stripe)
        kind_rect = QRect(inner.left(), y, kind_width, head_height)
        if rtl:
            kind_rect.moveRight(inner.right())
        painter.drawText(
            kind_rect,
            align,
            QFontMetrics(small).elidedText(
                kind_short_label(meeting.kind), Qt.TextElideMode.ElideRight, kind_width
            ),
        )
        y += head_height
        line(meeting.title, bold, text_colour, strike=cancelled)
        line(self._focus_text(record) or "—", base, text_colour, strike=cancelled)
        when = QLocale().toString(_qdate(meeting.local_start), "d MMM")
        fmt = f"{format_symbol(meeting.format)} {format_label(meeting.format)}"
        line(f"{when} · {fmt}", base, text_colour)

        if selected and self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#2f6f9f"), 1, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(card.adjusted(3, 3, -4, -4), 4, 4)

    # ------------------------------------------------------------------ input

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.meeting_at(event.position().toPoint())
            if found is not None:
                self._set_current(found)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.meeting_at(event.position().toPoint())
        if found is not None:
            self._set_current(found)
            self.activated.emit(found)
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ids = [r.id for r in self._records]
        if not ids:
            super().keyPressEvent(event)
            return
        index = ids.index(self._current) if self._current in ids else -1
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward = {Qt.Key.Key_Down, Qt.Key.Key_Left if rtl else Qt.Key.Key_Right}
        backward = {Qt.Key.Key_Up, Qt.Key.Key_Right if rtl else Qt.Key.Key_Left}
        if key in forward:
            self._set_current(ids[min(len(ids) - 1, index + 1)])
        elif key in backward:
            self._set_current(ids[max(0, index - 1) if index >= 0 else 0])
        elif key == Qt.Key.Key_Home:
            self._set_current(ids[0])
        elif key == Qt.Key.Key_End:
            self._set_current(ids[-1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is not None:
            self.activated.emit(self._current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the focus ring on the selected card

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            record = self._record(self.meeting_at(event.pos()))
            if record is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.summary(record), self)
            return True
        return super().event(event)
