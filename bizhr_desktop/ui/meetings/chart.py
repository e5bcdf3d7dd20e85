"""The stakeholder mix of a meeting, drawn with QPainter: invited, accepted, attended per group.

Every bar carries its number and its word ("Attended 4"); the legend repeats the words. The
colours only help the eye (never colour alone). PySide6-Essentials has no QtCharts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from bizhr_desktop.core.models import Attendance, StakeholderGroup
from bizhr_desktop.ui.common.labels import group_short_label

_MARGIN = 12
_BAR = 16
_BAR_GAP = 3
_GROUP_GAP = 14


@dataclass(frozen=True, slots=True)
class MixBar:
    group: str
    measure: str  # "invited", "accepted", "attended"
    count: int


def mix_bars(mix: dict[str, Attendance]) -> list[MixBar]:
    """Three numbers per stakeholder group present, as core's ``Attendance`` counts them:
    every invitation, those who accepted (or came), those who attended."""
    return [
        MixBar(group.value, measure, getattr(numbers, measure))
        for group in StakeholderGroup
        if (numbers := mix.get(group.value)) is not None and numbers.invited
        for measure in ("invited", "accepted", "attended")
    ]


_COLOURS = {"invited": "#c9d8e6", "accepted": "#6f9ccc", "attended": "#1d5a85"}


class StakeholderMixChart(QWidget):
    """Horizontal bars by stakeholder group; :meth:`bars` and :meth:`text` give the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderMix")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(self.tr("Stakeholder mix"))
        self._bars: list[MixBar] = []

    def set_mix(self, mix: dict[str, Attendance] | None) -> None:
        self._bars = mix_bars(mix or {})
        self.setAccessibleDescription(self.text())
        self.setMinimumHeight(self._needed_height())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_mix(None)

    def bars(self) -> list[MixBar]:
        return list(self._bars)

    def measure_label(self, measure: str) -> str:
        return {
            "invited": self.tr("Invited"),
            "accepted": self.tr("Accepted"),
            "attended": self.tr("Attended"),
        }[measure]

    def text(self) -> str:
        """The chart as sentences, one per group (accessible description, tests)."""
        lines = []
        groups = list(dict.fromkeys(bar.group for bar in self._bars))
        for group in groups:
            numbers = ", ".join(
                f"{self.measure_label(bar.measure)} {bar.count}"
                for bar in self._bars
                if bar.group == group
            )
            lines.append(f"{group_short_label(group)}: {numbers}")
        return "\n".join(lines)

    def _groups(self) -> list[str]:
        return list(dict.fromkeys(bar.group for bar in self._bars))

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def _needed_height(self) -> int:
        groups = len(self._groups())
        if not groups:
            return 80
        return (
            2 * _MARGIN
            + self._legend_height()
            + groups * (3 * _BAR + 2 * _BAR_GAP)
            + (groups - 1) * _GROUP_GAP
        )

    def sizeHint(self) -> QSize:
        return QSize(560, self._needed_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(self.layoutDirection())
        painter.fillRect(self.rect(), QColor("#ffffff"))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        painter.setFont(font)

        def mirrored(rect: QRect) -> QRect:
            if rtl:
                rect.moveLeft(self.width() - rect.left() - rect.width())
            return rect

        leading = int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if not self._bars:
            painter.setPen(QColor("#52606d"))
            painter.drawText(
                self.rect().adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.tr("Nobody is invited yet: the mix appears once people are."),
            )
            painter.end()
            return

        # Legend: a swatch and its word for each measure.
        x = _MARGIN
        for measure in ("invited", "accepted", "attended"):
            label = self.measure_label(measure)
            swatch = mirrored(QRect(x, _MARGIN + 2, 14, 14))
            painter.fillRect(swatch, QColor(_COLOURS[measure]))
            width = metrics.horizontalAdvance(label) + 8
            painter.setPen(QColor("#243b53"))
            painter.drawText(mirrored(QRect(x + 20, _MARGIN, width, 18)), leading, label)
            x += 20 + width + 16

        label_width = (
            max(metrics.horizontalAdvance(group_short_label(group)) for group in self._groups())
            + 16
        )
        number_width = (
            max(
                metrics.horizontalAdvance(f"{self.measure_label(b.measure)} {b.count}")
                for b in self._bars
            )
            + 12
        )
        plot_left = _MARGIN + label_width
        plot_width = max(40, self.width() - plot_left - number_width - _MARGIN)
        top_count = max(1, *(bar.count for bar in self._bars))
        y = _MARGIN + self._legend_height()
        for group in self._groups():
            block = 3 * _BAR + 2 * _BAR_GAP
            painter.setPen(QColor("#102a43"))
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(
                mirrored(QRect(_MARGIN, y, label_width - 8, block)),
                leading,
                group_short_label(group),
            )
            painter.setFont(font)
            for bar in (b for b in self._bars if b.group == group):
                length = round(plot_width * bar.count / top_count)
                rect = mirrored(QRect(plot_left, y, max(1 if bar.count else 0, length), _BAR))
                painter.fillRect(rect, QColor(_COLOURS[bar.measure]))
                painter.setPen(QColor("#243b53"))
                text_rect = mirrored(QRect(plot_left + length + 6, y - 2, number_width, _BAR + 4))
                painter.drawText(
                    text_rect, leading, f"{self.measure_label(bar.measure)} {bar.count}"
                )
                y += _BAR + _BAR_GAP
            y += _GROUP_GAP - _BAR_GAP
        painter.end()
