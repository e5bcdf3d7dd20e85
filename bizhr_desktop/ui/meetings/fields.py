"""Editing widgets of the meeting editor: a searchable time zone picker, focus countries."""

from __future__ import annotations

import re
import zoneinfo
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QVBoxLayout, QWidget

from bizhr_desktop.core.countries import country_name, normalise_country
from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.ui.common.labels import window_language
from bizhr_desktop.ui.common.meeting_labels import ZONE_PLACES
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import MessageLabel

_SEPARATORS = re.compile(r"[;,،\n]+")


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone this computer knows (from the bundled tzdata), sorted."""
    return tuple(sorted(zoneinfo.available_timezones()))


def zone_text(zone: str) -> str:
    """A zone as the picker lists it: "Europe/Zurich — Geneva, Davos, Bern"."""
    places = ZONE_PLACES.get(zone)
    return f"{zone} — {places}" if places else zone


class TimeZoneCombo(QComboBox):
    """An editable combo over every IANA zone; typing any part ("gene", "york") narrows it.

    ``zone()`` is the chosen IANA name, or "" while the text names no zone.
    """

    zone_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        items = QStandardItemModel(self)
        for zone in zone_names():
            item = QStandardItem(zone_text(zone))
            item.setData(zone, Qt.ItemDataRole.UserRole)
            items.appendRow(item)
        self.setModel(items)
        completer = QCompleter(items, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # Zone names read left to right in every language (they are identifiers).
        edit = self.lineEdit()
        assert edit is not None  # an editable combo has one
        self.edit: QLineEdit = edit
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.currentIndexChanged.connect(lambda _i: self.zone_changed.emit(self.zone()))
        edit.editingFinished.connect(self._settle)
        edit.textEdited.connect(lambda _t: self.zone_changed.emit(self.zone()))

    def zone(self) -> str:
        text = self.currentText().strip()
        name = text.split(" — ", 1)[0].strip()
        if name in zone_names():
            return name
        return ""

    def set_zone(self, zone: str) -> None:
        index = self.findData(zone, Qt.ItemDataRole.UserRole)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setEditText(zone)
        self.zone_changed.emit(self.zone())

    def _settle(self) -> None:
        """After typing, show the full entry of the zone typed (case fixed, places added)."""
        text = self.currentText().strip().split(" — ", 1)[0].strip()
        for zone in zone_names():
            if zone.lower() == text.lower():
                self.set_zone(zone)
                return


class CountriesEdit(QWidget):
    """Focus countries typed as codes or names, separated by commas ("SD, Myanmar").

    The countries understood are listed under the field as you type; a word that is not a
    country is named there instead. ``codes()`` raises the typed error of the first one.
    """

    changed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(self.tr("Codes or names, separated by commas: SD, Myanmar"))
        self.resolved = MessageLabel("hint", self)
        self.resolved.setAccessibleName(self.tr("Countries understood"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.resolved)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_changed)

    def set_codes(self, codes: tuple[str, ...] | list[str]) -> None:
        self.edit.setText(", ".join(codes))

    def parts(self) -> list[str]:
        return [part.strip() for part in _SEPARATORS.split(self.edit.text()) if part.strip()]

    def codes(self) -> list[str]:
        """The ISO codes typed (in order, without repeats); raises InvalidInput for a bad one."""
        codes: list[str] = []
        for part in self.parts():
            code = normalise_country(part)
            if code and code not in codes:
                codes.append(code)
        return codes

    def problem(self) -> str:
        try:
            self.codes()
        except BizHRError as error:
            return error_text(error)
        return ""

    def _on_changed(self) -> None:
        try:
            codes = self.codes()
        except BizHRError as error:
            self.resolved.setProperty("role", "error")
            self.resolved.show_message(error_text(error))
        else:
            self.resolved.setProperty("role", "hint")
            self.resolved.show_message(
                ", ".join(f"{country_name(code, window_language())} ({code})" for code in codes)
            )
        self.resolved.style().unpolish(self.resolved)
        self.resolved.style().polish(self.resolved)
        self.changed.emit()
