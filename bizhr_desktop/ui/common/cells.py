"""Cells of lists and tables that read in their own direction.

A Latin name in the Arabic window (or an Arabic one in the English window) is laid out in the
view's direction by default, so its ellipsis lands at the wrong end ("…Trade unio"). Every
cell's text is drawn inside a Unicode isolate of its own direction, as Signal Desktop does per
paragraph: it stays where the column puts it and is cut at its own end ("Trade uni…").
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from bizhr_desktop.ui.common.labels import isolated

Index = QModelIndex | QPersistentModelIndex


class IsolatedTextDelegate(QStyledItemDelegate):
    """The standard delegate, with each cell's text isolated in its own direction; the
    delegates of special columns derive from it so their cells do the same."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = isolated(option.text)


def isolate_cells(view: QAbstractItemView) -> IsolatedTextDelegate:
    """Give *view* the isolating delegate for every column without one of its own."""
    delegate = IsolatedTextDelegate(view)
    view.setItemDelegate(delegate)
    return delegate
