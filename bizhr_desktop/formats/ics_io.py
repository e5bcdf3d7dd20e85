"""Write meetings as iCalendar (RFC 5545) with time zones and no attendees; read them back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Component, Event

from bizhr_desktop.core.errors import ImportRejected, InvalidInput
from bizhr_desktop.formats.limits import MAX_FILE_BYTES

__all__ = ["PRODID", "CalendarEvent", "read_calendar", "write_calendar"]

PRODID: Final = "-//BizHR Desktop//Business Network programme//EN"
STATUSES: Final = frozenset({"CONFIRMED", "CANCELLED", "TENTATIVE"})


@dataclass(frozen=True)
class CalendarEvent:
    """One meeting as a calendar sees it: no attendee, organiser or any personal data."""

    uid: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    time_zone: str
    location: str = ""
    description: str = ""
    status: str = "CONFIRMED"
    # Calendar programs apply an update or a cancellation only if SEQUENCE went up.
    sequence: int = 0


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            "“{name}” is not a known time zone (for example Europe/Zurich or Africa/Khartoum).",
            name=name,
        ) from None


def _checked(event: CalendarEvent) -> ZoneInfo:
    zone = _zone(event.time_zone)
    if event.starts_at.tzinfo is None or event.ends_at.tzinfo is None:
        raise InvalidInput(
            "The meeting “{title}” has a start or end without a time zone.", title=event.title
        )
    if event.ends_at <= event.starts_at:
        raise InvalidInput("The meeting “{title}” ends before it starts.", title=event.title)
    if event.status not in STATUSES:
        raise InvalidInput(
            "“{status}” is not a calendar status ({statuses}).",
            status=event.status,
            statuses=", ".join(sorted(STATUSES)),
        )
    if not event.uid.strip() or any(char in event.uid for char in "\r\n"):
        raise InvalidInput("The meeting “{title}” has no usable identifier.", title=event.title)
    return zone


def write_calendar(
    events: Iterable[CalendarEvent], *, stamped_at: dt.datetime | None = None
) -> bytes:
    """An RFC 5545 calendar with one VEVENT per meeting and a VTIMEZONE per zone used.

    ``stamped_at`` is the DTSTAMP (when the file was made, in UTC); it defaults to now.
    Nobody's address is written: invitations go out as separate e-mail drafts.
    """
    stamp = (stamped_at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    first: dt.date | None = None
    last: dt.date | None = None
    for event in events:
        zone = _checked(event)
        vevent = Event()
        vevent.add("uid", event.uid)
        vevent.add("dtstamp", stamp)
        vevent.add("summary", event.title)
        vevent.add("dtstart", event.starts_at.astimezone(zone))
        vevent.add("dtend", event.ends_at.astimezone(zone))
        if event.location:
            vevent.add("location", event.location)
        if event.description:
            vevent.add("description", event.description)
        vevent.add("status", event.status)
        vevent.add("sequence", event.sequence)
        calendar.add_component(vevent)
        start, end = event.starts_at.date(), event.ends_at.date()
        first = start if first is None else min(first, start)
        last = end if last is None else max(last, end)
    if first is not None and last is not None:
        # Transitions a year either side are enough for any client to place the meetings.
        calendar.add_missing_timezones(
            first_date=first - dt.timedelta(days=366), last_date=last + dt.timedelta(days=366)
        )
    return bytes(calendar.to_ical())


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    return "" if value is None else str(value)


def read_calendar(data: bytes) -> list[CalendarEvent]:
    """Parse an iCalendar file into events (for round trips and checks)."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected("The calendar file is too large to read.")
    try:
        calendar = Calendar.from_ical(data)
    except ValueError:
        raise ImportRejected("The file is not a valid iCalendar (.ics) file.") from None
    events: list[CalendarEvent] = []
    for component in calendar.walk("VEVENT"):
        start = component.decoded("dtstart")
        end = component.decoded("dtend")
        if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
            raise ImportRejected("A calendar event has an all-day date instead of a time.")
        tzid = component["dtstart"].params.get("TZID", "UTC")
        events.append(
            CalendarEvent(
                uid=_text(component, "uid"),
                title=_text(component, "summary"),
                starts_at=start,
                ends_at=end,
                time_zone=str(tzid),
                location=_text(component, "location"),
                description=_text(component, "description"),
                status=_text(component, "status") or "CONFIRMED",
                sequence=int(component.get("sequence", 0)),
            )
        )
    return events
