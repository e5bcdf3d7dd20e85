"""The "Away" badge of travel-mode placeholders: drawn in the People list's name column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from bizhr_desktop.ui.common.cells import IsolatedTextDelegate
from bizhr_desktop.ui.people.models import PeopleTableModel

# The same blue family as the selected chips; text on background stays above 4.5:1.
AWAY_BACKGROUND = "#dbe7f3"
AWAY_BORDER = "#9fb8d3"
AWAY_TEXT = "#0b2e47"

_PADDING = 6  # inside the badge, each side
_GAP = 6  # between the name and the badge
_MARGIN = 4  # between the badge and the cell's edge

Index = QModelIndex | QPersistentModelIndex


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
    font.setBold(True)
    return font


class AwayBadgeDelegate(IsolatedTextDelegate):
    """Draws the cell as usual, narrowed so that an "Away" badge fits at its trailing end
    (the right, or the left in a right-to-left layout) for a person whose record is away.

    The badge's word comes from the model (:meth:`PeopleTableModel.away_badge_text`), so it
    follows the language; the row's tooltip and accessible text say the same in full."""

    def __init__(self, model: PeopleTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def _badge_size(self, option: QStyleOptionViewItem) -> QSize:
        metrics = QFontMetrics(badge_font(option.font))
        text = self._model.away_badge_text()
        return QSize(
            metrics.horizontalAdvance(text) + 2 * _PADDING,
            min(metrics.height() + 4, max(0, option.rect.height() - 6)),
        )

    def badge_rect(self, option: QStyleOptionViewItem) -> QRect:
        """Where the badge goes in a cell laid out by *option*."""
        size = self._badge_size(option)
        rect = option.rect
        top = rect.top() + (rect.height() - size.height()) // 2
        if option.direction == Qt.LayoutDirection.RightToLeft:
            left = rect.left() + _MARGIN
        else:
            left = rect.right() - _MARGIN - size.width() + 1
        return QRect(left, top, size.width(), size.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if not index.data(PeopleTableModel.AwayRole):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget: QWidget | None = opt.widget  # None when painted outside a view
        if widget is None:
            super().paint(painter, option, index)
            return
        style = widget.style()
        # The row's background (selection, alternate colour) under the whole cell first.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        badge = self.badge_rect(opt)
        reserved = badge.width() + _GAP + _MARGIN
        narrowed = QStyleOptionViewItem(opt)
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            narrowed.rect = opt.rect.adjusted(reserved, 0, 0, 0)
        else:
            narrowed.rect = opt.rect.adjusted(0, 0, -reserved, 0)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, narrowed, painter, widget)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(AWAY_BORDER))
        painter.setBrush(QColor(AWAY_BACKGROUND))
        radius = badge.height() / 2
        painter.drawRoundedRect(badge.adjusted(0, 0, -1, -1), radius, radius)
        painter.setPen(QColor(AWAY_TEXT))
        painter.setFont(badge_font(opt.font))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self._model.away_badge_text())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(PeopleTableModel.AwayRole):
            size.setWidth(size.width() + self._badge_size(option).width() + _GAP + _MARGIN)
        return size
