"""Calendar export: RFC 5545 with VTIMEZONE, no attendee or organiser, round trip."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bizhr_desktop.core.errors import ImportRejected, InvalidInput
from bizhr_desktop.formats.ics_io import PRODID, CalendarEvent, read_calendar, write_calendar

ZURICH = ZoneInfo("Europe/Zurich")
EVENTS = [
    CalendarEvent(
        uid="7b1e0c9e-0000-4000-8000-000000000001@bizhr",
        title="Deep Dive: Sudan — السودان",
        starts_at=dt.datetime(2026, 11, 24, 14, 0, tzinfo=ZURICH),
        ends_at=dt.datetime(2026, 11, 24, 16, 0, tzinfo=ZURICH),
        time_zone="Europe/Zurich",
        location="Palais des Nations, Geneva",
        description="Chatham House Rule applies.\nAgenda follows.",
    ),
    CalendarEvent(
        uid="7b1e0c9e-0000-4000-8000-000000000002@bizhr",
        title="Trends and Insights (cancelled)",
        starts_at=dt.datetime(2026, 9, 22, 13, 0, tzinfo=dt.UTC),
        ends_at=dt.datetime(2026, 9, 22, 15, 0, tzinfo=dt.UTC),
        time_zone="America/New_York",
        status="CANCELLED",
        sequence=2,
    ),
]
STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_round_trip() -> None:
    events = read_calendar(write_calendar(EVENTS, stamped_at=STAMP))
    assert [event.uid for event in events] == [event.uid for event in EVENTS]
    first, second = events
    assert first.title == EVENTS[0].title
    assert first.starts_at == EVENTS[0].starts_at and first.ends_at == EVENTS[0].ends_at
    assert first.time_zone == "Europe/Zurich"
    assert first.description == EVENTS[0].description
    assert second.status == "CANCELLED" and second.sequence == 2
    # Written in the meeting's own zone, so it shows local time at the venue.
    assert second.time_zone == "America/New_York"
    assert second.starts_at == EVENTS[1].starts_at
    assert second.starts_at.utcoffset() == dt.timedelta(hours=-4)


def test_calendar_has_prodid_timezones_and_no_people() -> None:
    data = write_calendar(EVENTS, stamped_at=STAMP)
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == PRODID
    assert str(calendar["VERSION"]) == "2.0"
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    assert zones == {"Europe/Zurich", "America/New_York"}
    for event in calendar.walk("VEVENT"):
        assert "ATTENDEE" not in event and "ORGANIZER" not in event
    assert b"ATTENDEE" not in data and b"ORGANIZER" not in data and b"mailto:" not in data
    assert b"\r\n" in data


def test_bad_events_are_refused() -> None:
    base = EVENTS[0]
    with pytest.raises(InvalidInput, match="time zone"):
        write_calendar([CalendarEvent(**{**base.__dict__, "time_zone": "Mars/Olympus"})])
    with pytest.raises(InvalidInput, match="ends before it starts"):
        write_calendar([CalendarEvent(**{**base.__dict__, "ends_at": base.starts_at})])
    naive = base.starts_at.replace(tzinfo=None)
    with pytest.raises(InvalidInput, match="without a time zone"):
        write_calendar([CalendarEvent(**{**base.__dict__, "starts_at": naive})])
    with pytest.raises(InvalidInput, match="not a calendar status"):
        write_calendar([CalendarEvent(**{**base.__dict__, "status": "MAYBE"})])


def test_reading_garbage_is_a_clear_error() -> None:
    with pytest.raises(ImportRejected):
        read_calendar(b"this is not a calendar")
