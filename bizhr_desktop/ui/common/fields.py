"""Small editing widgets of the person and organisation editors: optional dates, tags, a
field with its message, a country completer."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable, Sequence

import pycountry
from PySide6.QtCore import QCollator, QDate, QLocale, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.ui.common.flow_layout import FlowLayout
from bizhr_desktop.ui.common.labels import country_text, window_language
from bizhr_desktop.ui.common.widgets import MessageLabel

_NOT_SET = QDate(1900, 1, 1)


@functools.cache
def _country_names(language: str) -> tuple[str, ...]:
    del language  # the key of the cache: country_text reads the window's language itself
    names = (country_text(c.alpha_2, generalised=False) for c in pycountry.countries)
    return tuple(sorted(names, key=QCollator(QLocale()).sortKey))


def all_country_names() -> tuple[str, ...]:
    """Every country's name in the window's language, in order."""
    return _country_names(window_language())


def country_completer(parent: QWidget) -> QCompleter:
    """Completes a country's name from any part of it, in any case."""
    completer = QCompleter(list(all_country_names()), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class OptionalDateEdit(QWidget):
    """A date with a calendar, which may also be "Not set" (cleared with the × button)."""

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        # ISO dates read the same in every language and cannot be taken for month/day.
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(_NOT_SET)
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setAccessibleName(accessible_name)
        self.edit.dateChanged.connect(self._on_changed)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Clear this date"))
        self.clear_button.setAccessibleName(self.tr("Clear {field}").format(field=accessible_name))
        self.clear_button.clicked.connect(lambda: self.set_date(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self._on_changed()

    def date(self) -> datetime.date | None:
        value = self.edit.date()
        if value == _NOT_SET or not value.isValid():
            return None
        return datetime.date(value.year(), value.month(), value.day())

    def set_date(self, value: datetime.date | None) -> None:
        if value is None:
            self.edit.setDate(_NOT_SET)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def set_today_if_empty(self) -> None:
        if self.date() is None:
            self.edit.setDate(QDate.currentDate())

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.clear_button.setEnabled(not read_only)

    def _on_changed(self) -> None:
        self.clear_button.setVisible(self.date() is not None)
        self.changed.emit()


class TagsEditor(QWidget):
    """The person's tags as removable chips, and a line to add one (Enter)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._read_only = False
        self.chips = QWidget(self)
        self._chip_layout = FlowLayout(self.chips, spacing=4)
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(self.tr("Add a tag and press Enter"))
        self.input.setAccessibleName(self.tr("New tag"))
        self._known = QStringListModel(self)
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self._add_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chips)
        layout.addWidget(self.input)

    def set_known_tags(self, tags: Sequence[str]) -> None:
        self._known.setStringList(list(tags))

    def tags(self) -> tuple[str, ...]:
        return tuple(self._tags)

    def set_tags(self, tags: Iterable[str]) -> None:
        self._tags = []
        for tag in tags:
            if tag not in self._tags:
                self._tags.append(tag)
        self._rebuild()

    def add_tag(self, tag: str) -> None:
        tag = " ".join(tag.replace(";", " ").split())
        if not tag or tag.casefold() in (t.casefold() for t in self._tags):
            return
        self._tags.append(tag)
        self._rebuild()
        self.changed.emit()

    def remove_tag(self, tag: str) -> None:
        if tag in self._tags:
            self._tags.remove(tag)
            self._rebuild()
            self.changed.emit()

    def setReadOnly(self, read_only: bool) -> None:
        self._read_only = read_only
        self.input.setVisible(not read_only)
        self._rebuild()

    def _add_typed(self) -> None:
        self.add_tag(self.input.text())
        self.input.clear()

    def _rebuild(self) -> None:
        while (item := self._chip_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for tag in self._tags:
            chip = QToolButton(self.chips)
            chip.setProperty("role", "tag")
            if self._read_only:
                chip.setText(tag)
                chip.setEnabled(False)
            else:
                chip.setText(f"{tag}  ×")
                chip.setToolTip(self.tr("Remove the tag {tag}").format(tag=tag))
                chip.setAccessibleName(self.tr("Remove the tag {tag}").format(tag=tag))
                chip.clicked.connect(lambda _checked=False, t=tag: self.remove_tag(t))
            self._chip_layout.addWidget(chip)
        self.chips.setVisible(bool(self._tags))
        self.chips.updateGeometry()


class FieldWithMessage(QWidget):
    """A field and, right under it, the sentence saying what is wrong with its value."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        field.setParent(self)
        self.message = MessageLabel("error", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.message)
        self.setFocusProxy(field)

    def show_message(self, text: str) -> None:
        self.message.show_message(text)
        self.field.setProperty("invalid", bool(text))
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)

    def clear_message(self) -> None:
        self.show_message("")
