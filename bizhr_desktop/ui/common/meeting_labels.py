"""Translated words and colours for meetings: kinds, formats, statuses, roles, severities.

Colour always repeats a word that is shown too (never colour alone); the light fills keep
dark text above a 4.5:1 contrast ratio.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTimeZone
from PySide6.QtGui import QColor

from bizhr_desktop.core.countries import country_name
from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import (
    FollowUpStatus,
    InvitationRole,
    InvitationStatus,
    MarginOf,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
)
from bizhr_desktop.ui.common.labels import window_language

_CONTEXT = "Meetings"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: MeetingKind | str) -> str:
    words = {
        MeetingKind.TRENDS_AND_INSIGHTS: _t("Trends and Insights"),
        MeetingKind.DEEP_DIVE: _t("Deep Dive"),
        MeetingKind.OTHER: _t("Other meeting"),
    }
    return words[MeetingKind(kind)]


def kind_short_label(kind: MeetingKind | str) -> str:
    """The kind on a programme card, where room is short."""
    words = {
        MeetingKind.TRENDS_AND_INSIGHTS: _t("Trends & Insights"),
        MeetingKind.DEEP_DIVE: _t("Deep Dive"),
        MeetingKind.OTHER: _t("Other"),
    }
    return words[MeetingKind(kind)]


def format_label(value: MeetingFormat | str) -> str:
    words = {
        MeetingFormat.IN_PERSON: _t("In person"),
        MeetingFormat.VIRTUAL: _t("Virtual"),
        MeetingFormat.HYBRID: _t("Hybrid"),
    }
    return words[MeetingFormat(value)]


def format_symbol(value: MeetingFormat | str) -> str:
    """A small glyph drawn beside the format's word on the programme."""
    return {
        MeetingFormat.IN_PERSON: "●",
        MeetingFormat.VIRTUAL: "◌",
        MeetingFormat.HYBRID: "◐",
    }[MeetingFormat(value)]


def status_label(status: MeetingStatus | str) -> str:
    words = {
        MeetingStatus.PLANNED: _t("Planned"),
        MeetingStatus.INVITATIONS_SENT: _t("Invitations sent"),
        MeetingStatus.HELD: _t("Held"),
        MeetingStatus.CANCELLED: _t("Cancelled"),
    }
    return words[MeetingStatus(status)]


def margin_label(margin: MarginOf | str) -> str:
    words = {
        MarginOf.EMPTY: _t("Not in the margins of an event"),
        MarginOf.UNGA: _t("UN General Assembly (New York)"),
        MarginOf.UN_FORUM_BHR: _t("UN Forum on Business and Human Rights (Geneva)"),
        MarginOf.WEF_DAVOS: _t("WEF Annual Meeting (Davos)"),
        MarginOf.OTHER: _t("Another event"),
    }
    return words[MarginOf(margin)]


# The zone of each event in whose margins meetings are held. Geneva has no IANA zone of its
# own: it keeps Switzerland's clock, Europe/Zurich (the picker finds it by "Geneva" too).
MARGIN_ZONE = {
    MarginOf.UNGA: "America/New_York",
    MarginOf.UN_FORUM_BHR: "Europe/Zurich",
    MarginOf.WEF_DAVOS: "Europe/Zurich",
}
DEFAULT_ZONE = "Europe/Zurich"
# Places people type that are not in a zone's name.
ZONE_PLACES = {
    "Europe/Zurich": "Geneva, Davos, Bern",
    "America/New_York": "New York, Washington",
    "Asia/Yangon": "Myanmar, Rangoon",
    "Africa/Khartoum": "Sudan",
    "Africa/Nairobi": "Kenya",
    "Asia/Bangkok": "Thailand",
    "Europe/Brussels": "Belgium",
    "Europe/London": "United Kingdom",
}


def invitation_status_label(status: InvitationStatus | str) -> str:
    words = {
        InvitationStatus.INVITED: _t("Invited"),
        InvitationStatus.ACCEPTED: _t("Accepted"),
        InvitationStatus.DECLINED: _t("Declined"),
        InvitationStatus.TENTATIVE: _t("Tentative"),
        InvitationStatus.ATTENDED: _t("Attended"),
        InvitationStatus.NO_SHOW: _t("No-show"),
    }
    return words[InvitationStatus(status)]


def role_label(role: InvitationRole | str) -> str:
    words = {
        InvitationRole.PARTICIPANT: _t("Participant"),
        InvitationRole.SPEAKER: _t("Speaker"),
        InvitationRole.ORGANISER: _t("Organiser"),
    }
    return words[InvitationRole(role)]


def followup_status_label(status: FollowUpStatus | str) -> str:
    words = {
        FollowUpStatus.OPEN: _t("Open"),
        FollowUpStatus.IN_PROGRESS: _t("In progress"),
        FollowUpStatus.DONE: _t("Done"),
        FollowUpStatus.DROPPED: _t("Dropped"),
    }
    return words[FollowUpStatus(status)]


def severity_label(severity: str) -> str:
    words = {
        "critical": _t("Critical"),
        "warning": _t("Warning"),
        "notice": _t("Notice"),
    }
    return words.get(severity, severity)


def flag_kind_label(kind: str) -> str:
    """What a kind of safety flag is about, as a group's heading."""
    words = {
        "at_risk_from_focus_country": _t("At-risk invitees from a focus country"),
        "at_risk_invitee": _t("Other at-risk invitees"),
        "venue_in_focus_country": _t("Venue in a focus country"),
        "venue_near_focus_country": _t("Venue near a focus country"),
        "venue_unknown": _t("Venue country not recorded"),
        "no_chatham_house": _t("Not under the Chatham House Rule"),
        "missing_consent": _t("Consent missing for a list"),
    }
    return words.get(kind, kind)


# Kind colours: a strong stripe and a light fill (dark text on it).
_KIND_STRIPE = {
    MeetingKind.TRENDS_AND_INSIGHTS: "#1d5a85",
    MeetingKind.DEEP_DIVE: "#9b2c2c",
    MeetingKind.OTHER: "#5a4a8a",
}
_KIND_FILL = {
    MeetingKind.TRENDS_AND_INSIGHTS: "#e3eef7",
    MeetingKind.DEEP_DIVE: "#fbe7e4",
    MeetingKind.OTHER: "#ece8f6",
}
SEVERITY_COLOUR = {"critical": "#9b1c1c", "warning": "#8a5a00", "notice": "#1d5a85"}
CANCELLED_FILL = "#eef0f2"
CANCELLED_TEXT = "#6b7785"


def kind_stripe(kind: MeetingKind | str) -> QColor:
    return QColor(_KIND_STRIPE[MeetingKind(kind)])


def kind_fill(kind: MeetingKind | str) -> QColor:
    return QColor(_KIND_FILL[MeetingKind(kind)])


def countries_text(codes: tuple[str, ...] | list[str]) -> str:
    names = []
    for code in codes:
        try:
            names.append(country_name(code, window_language()) or code)
        except BizHRError:
            names.append(code)
    return ", ".join(names)


def date_time_text(moment: datetime) -> str:
    """A date and time in the interface's language ("Tue 25 Nov 2026, 10:00")."""
    locale = QLocale()
    # Day and month name: never read as month/day, and in the interface's language.
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")
    weekday = locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day}, {moment:%H:%M}"


def span_text(starts: datetime, ends: datetime) -> str:
    """Start–end on one clock, the end's date only when it differs, with the zone's abbreviation."""
    end = f"{ends:%H:%M}" if ends.date() == starts.date() else date_time_text(ends)
    abbreviation = starts.tzname() or ""
    return f"{date_time_text(starts)}–{end} {abbreviation}".strip()


def local_zone() -> str:
    """The coordinator's own IANA zone (from the system), or UTC when it cannot be told."""
    candidates = [bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")]
    tz = datetime.now().astimezone().tzinfo
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        candidates.append(key)
    for name in candidates:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return "UTC"
