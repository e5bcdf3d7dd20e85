"""Translated words for the domain's vocabularies (groups, risk levels, kinds) and risk colours."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from bizhr_desktop.core.countries import country_name, region_of
from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import (
    OrganisationKind,
    Participation,
    RiskLevel,
    StakeholderGroup,
)
from bizhr_desktop.services.settings import TRANSLATION_CONTEXT as SETTINGS_CONTEXT

_CONTEXT = "Labels"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def group_label(group: StakeholderGroup | str) -> str:
    """One person's group, singular ("Human rights defender")."""
    words = {
        StakeholderGroup.BUSINESS: _t("Business"),
        StakeholderGroup.INVESTOR: _t("Investor"),
        StakeholderGroup.CIVIL_SOCIETY: _t("Civil society"),
        StakeholderGroup.HRD: _t("Human rights defender"),
        StakeholderGroup.GOVERNMENT: _t("Government"),
        StakeholderGroup.INTERGOVERNMENTAL: _t("UN / intergovernmental"),
        StakeholderGroup.OTHER: _t("Other"),
    }
    return words.get(StakeholderGroup(group), str(group))


def group_list_label(group: StakeholderGroup | str) -> str:
    """One person's group in a narrow list column ("HRD")."""
    words = {
        StakeholderGroup.BUSINESS: _t("Business"),
        StakeholderGroup.INVESTOR: _t("Investor"),
        StakeholderGroup.CIVIL_SOCIETY: _t("Civil society"),
        StakeholderGroup.HRD: _t("HRD"),
        StakeholderGroup.GOVERNMENT: _t("Government"),
        StakeholderGroup.INTERGOVERNMENTAL: _t("UN / IGO"),
        StakeholderGroup.OTHER: _t("Other"),
    }
    return words.get(StakeholderGroup(group), str(group))


def group_short_label(group: StakeholderGroup | str) -> str:
    """A short word for a filter chip ("HRD")."""
    words = {
        StakeholderGroup.BUSINESS: _t("Business"),
        StakeholderGroup.INVESTOR: _t("Investors"),
        StakeholderGroup.CIVIL_SOCIETY: _t("Civil society"),
        StakeholderGroup.HRD: _t("HRDs"),
        StakeholderGroup.GOVERNMENT: _t("Government"),
        StakeholderGroup.INTERGOVERNMENTAL: _t("UN / IGOs"),
        StakeholderGroup.OTHER: _t("Other"),
    }
    return words.get(StakeholderGroup(group), str(group))


def risk_label(risk: RiskLevel | str) -> str:
    words = {
        RiskLevel.LOW: _t("Low"),
        RiskLevel.MEDIUM: _t("Medium"),
        RiskLevel.HIGH: _t("High"),
        RiskLevel.CRITICAL: _t("Critical"),
    }
    return words.get(RiskLevel(risk), str(risk))


def participation_label(value: Participation | str) -> str:
    words = {
        Participation.ACTIVE: _t("Active"),
        Participation.PAUSED: _t("Paused"),
        Participation.LEFT: _t("Left the network"),
    }
    return words.get(Participation(value), str(value))


def organisation_kind_label(kind: OrganisationKind | str) -> str:
    words = {
        OrganisationKind.COMPANY: _t("Company"),
        OrganisationKind.INVESTOR: _t("Investor"),
        OrganisationKind.NGO: _t("NGO"),
        OrganisationKind.GRASSROOTS: _t("Grassroots group"),
        OrganisationKind.GOVERNMENT: _t("Government body"),
        OrganisationKind.UN_AGENCY: _t("UN agency"),
        OrganisationKind.ACADEMIC: _t("Academic"),
        OrganisationKind.OTHER: _t("Other"),
    }
    return words.get(OrganisationKind(kind), str(kind))


# Risk is always shown as a word too; colour only repeats it (never colour alone).
# Light backgrounds with dark text keep a contrast ratio above 4.5:1.
_RISK_BACKGROUND = {
    RiskLevel.LOW: "#e3f4e8",
    RiskLevel.MEDIUM: "#fdf3d7",
    RiskLevel.HIGH: "#fde2cc",
    RiskLevel.CRITICAL: "#fbd5d5",
}
_RISK_FOREGROUND = {
    RiskLevel.LOW: "#1e5b33",
    RiskLevel.MEDIUM: "#6b4a00",
    RiskLevel.HIGH: "#8a3a00",
    RiskLevel.CRITICAL: "#8e1b1b",
}


def risk_background(risk: RiskLevel | str) -> QColor:
    return QColor(_RISK_BACKGROUND[RiskLevel(risk)])


def risk_foreground(risk: RiskLevel | str) -> QColor:
    return QColor(_RISK_FOREGROUND[RiskLevel(risk)])


MASK = "••••••"
NOT_SHOWN = "—"


_PLURAL_MARK = re.compile(r"(\w+)\((s|es|ies)\)")


def plural(translated: str, n: int) -> str:
    """Finish a ``tr("%n person(s)", "", n)`` string when no translation file supplied its
    plural forms (English runs on the source text): "1 person", "2 people", "3 entries".

    Translations give every form a language needs (Arabic has six) and carry no such marks.
    """

    def resolve(match: re.Match[str]) -> str:
        word, ending = match.groups()
        if n == 1:
            return word
        if word == "person":
            return "people"
        if ending == "ies" and word.endswith("y"):
            return word[:-1] + "ies"
        return word + ending

    return _PLURAL_MARK.sub(resolve, translated)


def window_language() -> str:
    """The window's language code ("ar"), from the locale the language choice set."""
    return QLocale().name().split("_")[0]


def country_text(code: str, *, generalised: bool) -> str:
    """A country's name, or its UN M49 region when the person must not be singled out."""
    if not code:
        return ""
    try:
        return region_of(code) if generalised else country_name(code, window_language())
    except BizHRError:
        # A code the lists do not know (an old vault, a typo kept on import): show it as is,
        # unless it must be generalised, when showing it would defeat the purpose.
        return NOT_SHOWN if generalised else code


def local_time_text(at: str) -> str:
    """An audit time (UTC, ISO 8601 with a Z) in this computer's time zone, to the second."""
    try:
        moment = datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def translated(text: str) -> str:
    """A label or tooltip from the settings declaration, in the interface's language."""
    return QCoreApplication.translate(SETTINGS_CONTEXT, text) if text else ""


_ISOLATES = ("\u2066", "\u2067", "\u2068")  # LEFT-TO-RIGHT, RIGHT-TO-LEFT, FIRST STRONG


def isolated(text: str) -> str:
    """*text* wrapped in a Unicode isolate of its own direction (the first strong letter's),
    so Latin names in an Arabic window, and Arabic ones in an English window, keep their
    order, and an ellipsis falls at their own end. Text already isolated is returned as is."""
    if text[:1] in _ISOLATES and text.endswith("\u2069"):
        return text
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "\u2066" + text + "\u2069"  # LEFT-TO-RIGHT ISOLATE ... POP
        if kind in ("R", "AL"):
            return "\u2067" + text + "\u2069"  # RIGHT-TO-LEFT ISOLATE ... POP
    return text


def joined(parts: Iterable[str], separator: str, *, right_to_left: bool) -> str:
    """Pieces of data in one line of the interface ("Palais des Nations, سويسرا").

    One piece is returned as it is, so its paragraph reads in its own direction. Several are
    each ``isolated`` and the line starts with a mark of the interface's direction, so the
    first piece sits at the leading side and the separators between them stay in place."""
    shown = [part for part in parts if part]
    if len(shown) <= 1:
        return "".join(shown)
    mark = "\u200f" if right_to_left else "\u200e"  # RIGHT-TO-LEFT / LEFT-TO-RIGHT MARK
    return mark + separator.join(isolated(part) for part in shown)


def leading_side(widget: QWidget) -> Qt.AlignmentFlag:
    """The absolute side where lines start in *widget*'s layout direction: the left in an
    English window, the right in an Arabic one, whatever the direction of the text itself."""
    side = Qt.AlignmentFlag.AlignRight if widget.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignAbsolute | side


class LeadingLabel(QLabel):
    """Plain text whose lines start at the layout's leading side (the left in an English
    window, the right in an Arabic one) whatever the direction of the text, so it stays
    next to what it labels or what labels it; it follows a change of language."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(leading_side(self) | Qt.AlignmentFlag.AlignTop)

    def changeEvent(self, event: QEvent) -> None:
        # The language can change while the window is open (Settings > Language).
        if event.type() == QEvent.Type.LayoutDirectionChange:
            vertical = self.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
            self.setAlignment(leading_side(self) | vertical)
        super().changeEvent(event)


class DetailValue(LeadingLabel):
    """A value shown beside its label (or under a pane's heading), as Signal Desktop shows a
    message: each paragraph reads in its own direction (the first strong letter's, so a Latin
    name in an Arabic window stays left to right and wraps at its own end), and its lines
    start at the layout's leading side, next to the label, in either direction.

    Wrapped, selectable unless told otherwise. A value composed of several pieces of data
    is best built with ``joined``, so a Latin piece does not reorder the words around it."""

    def __init__(self, parent: QWidget | None = None, *, selectable: bool = True) -> None:
        super().__init__("", parent)
        self.setWordWrap(True)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
