"""Meetings of the yearly programme: plan them, show their times, publish the programme.

The service API (the GUI and the ``bizhr meetings`` command both come through here):

``MeetingService(db, audit)``
    ``create(MeetingInput) -> MeetingRecord``
    ``update(meeting_id, MeetingInput) -> MeetingRecord``  (raises the calendar SEQUENCE)
    ``set_status(meeting_id, MeetingStatus) -> MeetingRecord``
    ``cancel(meeting_id) -> MeetingRecord``
    ``set_outcome_notes(meeting_id, text) -> None``  (secret)
    ``get(meeting_id) -> MeetingRecord``  /  ``find(id_or_prefix) -> MeetingRecord``
    ``list(*, year=None, status=None) -> list[MeetingRecord]``  (year on the venue's clock)
    ``years() -> list[int]``
    ``programme(year) -> Programme``  /  ``set_programme(year, *, title, notes) -> Programme``
    ``programme_entries(year) -> list[dict[str, str]]``  (the rows the PDF and HTML show)
    ``programme_pdf(year) -> bytes`` / ``programme_html(year) -> bytes``
    ``calendar_ics(year=None, *, meeting_ids=None) -> bytes``
    ``write_programme(year, fmt, path) -> int``  (atomic, private file; audited; returns meetings)

Time helpers (pure): ``to_utc(local, zone)``, ``venue_times(meeting)``,
``times_in_zone(meeting, zone)``.

Instants are stored as UTC text ("2026-11-25T09:00:00Z") with the venue's IANA zone beside
them; what a person typed is a wall-clock time at the venue. A wall-clock time that does not
exist (clocks go forward) or happens twice (clocks go back) is refused with a sentence rather
than guessed: a meeting that starts an hour off is worse than a question.

Programme outputs carry meetings only: no invitee, no name, no address, no agenda (agendas
often name speakers), no outcome notes and no risk assessment.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bizhr_desktop.core.countries import country_name, normalise_country
from bizhr_desktop.core.errors import InvalidInput, RecordNotFound
from bizhr_desktop.core.models import (
    MarginOf,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    new_id,
)
from bizhr_desktop.formats import html_io, ics_io, pdf_io
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import Database
from bizhr_desktop.vault.files import write_atomic
from bizhr_desktop.vault.vault import output_target

__all__ = [
    "FORMAT_LABELS",
    "KIND_LABELS",
    "MARGIN_COUNTRY",
    "MARGIN_LABELS",
    "MeetingInput",
    "MeetingRecord",
    "MeetingService",
    "MeetingTimes",
    "Programme",
    "ProgrammeFormat",
    "meeting_pk",
    "now_text",
    "parse_utc",
    "times_in_zone",
    "to_utc",
    "utc_text",
    "venue_label",
    "venue_times",
]

KIND_LABELS: Final = {
    MeetingKind.TRENDS_AND_INSIGHTS: "Trends and Insights",
    MeetingKind.DEEP_DIVE: "Deep Dive",
    MeetingKind.OTHER: "Other",
}
FORMAT_LABELS: Final = {
    MeetingFormat.IN_PERSON: "In person",
    MeetingFormat.VIRTUAL: "Virtual",
    MeetingFormat.HYBRID: "Hybrid",
}
MARGIN_LABELS: Final = {
    MarginOf.EMPTY: "",
    MarginOf.UNGA: "UN General Assembly",
    MarginOf.UN_FORUM_BHR: "UN Forum on Business and Human Rights",
    MarginOf.WEF_DAVOS: "WEF Annual Meeting, Davos",
    MarginOf.OTHER: "",
}
# Where the events whose margins we meet in take place, for the safety review when no venue
# country was entered.
MARGIN_COUNTRY: Final = {
    MarginOf.UNGA: "US",
    MarginOf.UN_FORUM_BHR: "CH",
    MarginOf.WEF_DAVOS: "CH",
}

ProgrammeFormat = str  # "pdf", "html" or "ics"
PROGRAMME_FORMATS: Final = ("pdf", "html", "ics")

_COLUMNS: Final = (
    "id, title, kind, topic, focus_countries, starts_at, ends_at, time_zone, format, venue, "
    "margin_of, chatham_house, agenda, status, outcome_notes, risk_assessment, "
    "risk_signed_off_at, risk_signed_off_by, created_at, updated_at, venue_country, ics_sequence"
)
_ID_PREFIX: Final = re.compile(r"[0-9a-fA-F-]{4,36}")


# ---------------------------------------------------------------- time


def utc_text(instant: datetime) -> str:
    """The stored form of an instant: UTC, seconds, a trailing Z."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise InvalidInput("A time without a time zone cannot be stored.")
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_text() -> str:
    return utc_text(datetime.now(UTC))


def parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _instant(text: str) -> datetime:
    value = parse_utc(text)
    if value is None:
        raise ValueError("a meeting row without a start or end")
    return value


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            "“{name}” is not a time zone we know: use a name such as Europe/Zurich "
            "(for Geneva and Davos) or America/New_York.",
            name=name[:60],
        ) from None


def to_utc(local: datetime, zone: str) -> datetime:
    """A wall-clock time in *zone* as a UTC instant; an aware time is simply converted.

    Refuses a time skipped when clocks go forward and one that happens twice when they go
    back, saying so, instead of picking one.
    """
    if local.tzinfo is not None and local.utcoffset() is not None:
        return local.astimezone(UTC)
    tz = _zone(zone)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    when = f"{local:%Y-%m-%d %H:%M}"
    back = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != local:
        raise InvalidInput(
            "{when} does not exist in {zone}: the clocks go forward then. "
            "Choose a time an hour later or earlier.",
            when=when,
            zone=zone,
        )
    if first.utcoffset() != second.utcoffset():
        raise InvalidInput(
            "{when} happens twice in {zone}: the clocks go back then. "
            "Choose a time outside that hour.",
            when=when,
            zone=zone,
        )
    return first.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class MeetingTimes:
    """A meeting's start and end on one zone's clock."""

    starts: datetime
    ends: datetime
    zone: str

    @property
    def label(self) -> str:
        """ "Wed 25 Nov 2026, 10:00–13:00 CET" (the end date is added when it differs)."""
        start = f"{self.starts:%a %d %b %Y, %H:%M}"
        end = (
            f"{self.ends:%H:%M}"
            if self.ends.date() == self.starts.date()
            else f"{self.ends:%a %d %b %Y, %H:%M}"
        )
        return f"{start}–{end} {self.starts.tzname() or self.zone}"


def times_in_zone(meeting: Meeting, zone: str) -> MeetingTimes:
    """Start and end on the clock of *zone* (e.g. the coordinator's own)."""
    tz = _zone(zone)
    return MeetingTimes(meeting.starts_at.astimezone(tz), meeting.ends_at.astimezone(tz), zone)


def venue_times(meeting: Meeting) -> MeetingTimes:
    """Start and end on the venue's clock (what invitations and the programme show)."""
    return times_in_zone(meeting, meeting.time_zone)


# ---------------------------------------------------------------- records


@dataclass(frozen=True, kw_only=True)
class MeetingInput:
    """What a person enters for a meeting. ``starts``/``ends`` without tzinfo are on the
    clock of ``time_zone`` (the venue's); with tzinfo they are taken as instants."""

    title: str
    kind: MeetingKind | str
    starts: datetime
    ends: datetime
    time_zone: str
    format: MeetingFormat | str
    topic: str = ""
    focus_countries: Sequence[str] = ()
    venue: str = ""
    venue_country: str = ""
    margin_of: MarginOf | str = MarginOf.EMPTY
    chatham_house: bool = True
    agenda: str = ""


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """A stored meeting, with what the core ``Meeting`` does not carry."""

    meeting: Meeting
    venue_country: str = ""
    sequence: int = 0

    @property
    def id(self) -> str:
        return self.meeting.id

    @property
    def title(self) -> str:
        return self.meeting.title

    @property
    def effective_venue_country(self) -> str:
        """The venue's country, or the country of the event in whose margins it is held;
        "" for a virtual meeting or when unknown."""
        if self.meeting.format is MeetingFormat.VIRTUAL:
            return ""
        return self.venue_country or MARGIN_COUNTRY.get(self.meeting.margin_of, "")


@dataclass(frozen=True, slots=True)
class Programme:
    year: int
    title: str = ""
    notes: str = ""

    @property
    def display_title(self) -> str:
        return self.title or f"Business Network programme {self.year}"


def meeting_pk(db: Database, meeting_id: str) -> int:
    """The row key of a meeting, or RecordNotFound."""
    pk = db.scalar("SELECT pk FROM meeting WHERE id = ?", (meeting_id,))
    if pk is None:
        raise RecordNotFound("There is no meeting with that id in this vault.")
    return int(pk)


def _split(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.split(";") if part)


def _record(row: Sequence[Any]) -> MeetingRecord:
    (
        id_,
        title,
        kind,
        topic,
        focus,
        starts,
        ends,
        zone,
        fmt,
        venue,
        margin,
        chatham,
        agenda,
        status,
        outcome,
        risk,
        signed_at,
        signed_by,
        created,
        updated,
        venue_country,
        sequence,
    ) = row
    meeting = Meeting(
        id=id_,
        title=title,
        kind=kind,
        topic=topic,
        focus_countries=_split(focus),
        starts_at=_instant(starts),
        ends_at=_instant(ends),
        time_zone=zone,
        format=fmt,
        venue=venue,
        margin_of=margin,
        chatham_house=bool(chatham),
        agenda=agenda,
        status=status,
        outcome_notes=outcome,
        risk_assessment=risk,
        risk_signed_off_at=parse_utc(signed_at),
        risk_signed_off_by=signed_by,
        created_at=parse_utc(created),
        updated_at=parse_utc(updated),
    )
    return MeetingRecord(meeting, venue_country, int(sequence))


def _countries(values: Iterable[str]) -> tuple[str, ...]:
    codes: list[str] = []
    for value in values:
        code = normalise_country(value)
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)


def _check(data: MeetingInput) -> dict[str, Any]:
    """Validate an input through the core model and return the column values."""
    starts = to_utc(data.starts, data.time_zone)
    ends = to_utc(data.ends, data.time_zone)
    if ends <= starts:
        raise InvalidInput("A meeting must end after it starts.")
    venue_country = normalise_country(data.venue_country)
    meeting = Meeting(
        id=new_id(),
        title=data.title.strip(),
        kind=data.kind,  # type: ignore[arg-type]  # the model turns text into the enum or refuses it
        starts_at=starts,
        ends_at=ends,
        time_zone=data.time_zone,
        format=data.format,  # type: ignore[arg-type]
        topic=data.topic.strip(),
        focus_countries=_countries(data.focus_countries),
        venue=data.venue.strip(),
        margin_of=data.margin_of,  # type: ignore[arg-type]
        chatham_house=data.chatham_house,
        agenda=data.agenda,
    )
    return {
        "title": meeting.title,
        "kind": meeting.kind.value,
        "topic": meeting.topic,
        "focus_countries": ";".join(meeting.focus_countries),
        "starts_at": utc_text(meeting.starts_at),
        "ends_at": utc_text(meeting.ends_at),
        "time_zone": meeting.time_zone,
        "format": meeting.format.value,
        "venue": meeting.venue,
        "venue_country": venue_country,
        "margin_of": meeting.margin_of.value,
        "chatham_house": int(meeting.chatham_house),
        "agenda": meeting.agenda,
    }


# ---------------------------------------------------------------- the service


class MeetingService:
    """Create, change, cancel, list meetings; the yearly programme and its outputs."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    # ------------------------------------------------------------ meetings

    def create(self, data: MeetingInput) -> MeetingRecord:
        values = _check(data)
        meeting_id = new_id()
        now = now_text()
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._db.transaction():
            self._db.execute(
                f"INSERT INTO meeting (id, {columns}, created_at, updated_at) "  # noqa: S608
                f"VALUES (?, {marks}, ?, ?)",
                (meeting_id, *values.values(), now, now),
            )
            self._audit.append("meeting.created", {"meeting": meeting_id})
        return self.get(meeting_id)

    def update(self, meeting_id: str, data: MeetingInput) -> MeetingRecord:
        """Replace what a person enters; status, notes and the assessment are kept."""
        values = _check(data)
        meeting_pk(self._db, meeting_id)
        assignments = ", ".join(f"{name} = ?" for name in values)
        with self._db.transaction():
            self._db.execute(
                f"UPDATE meeting SET {assignments}, ics_sequence = ics_sequence + 1, "  # noqa: S608
                "updated_at = ? WHERE id = ?",
                (*values.values(), now_text(), meeting_id),
            )
            self._audit.append("meeting.updated", {"meeting": meeting_id})
        return self.get(meeting_id)

    def set_status(self, meeting_id: str, status: MeetingStatus | str) -> MeetingRecord:
        try:
            value = MeetingStatus(status)
        except ValueError:
            allowed = ", ".join(s.value for s in MeetingStatus)
            raise InvalidInput("A meeting's status is one of {allowed}.", allowed=allowed) from None
        meeting_pk(self._db, meeting_id)
        with self._db.transaction():
            self._db.execute(
                "UPDATE meeting SET status = ?, ics_sequence = ics_sequence + 1, updated_at = ? "
                "WHERE id = ?",
                (value.value, now_text(), meeting_id),
            )
            self._audit.append("meeting.status", {"meeting": meeting_id, "status": value.value})
        return self.get(meeting_id)

    def cancel(self, meeting_id: str) -> MeetingRecord:
        """Mark it cancelled (kept, so its history and calendar cancellation remain)."""
        return self.set_status(meeting_id, MeetingStatus.CANCELLED)

    def set_outcome_notes(self, meeting_id: str, text: str) -> None:
        meeting_pk(self._db, meeting_id)
        with self._db.transaction():
            self._db.execute(
                "UPDATE meeting SET outcome_notes = ?, updated_at = ? WHERE id = ?",
                (text, now_text(), meeting_id),
            )
            self._audit.append("meeting.outcome_notes", {"meeting": meeting_id})

    def notes(self, meeting_id: str) -> tuple[str, str] | None:
        """(outcome notes, risk assessment), or None when no such meeting is here."""
        rows = self._db.execute(
            "SELECT outcome_notes, risk_assessment FROM meeting WHERE id = ?", (meeting_id,)
        )
        return (str(rows[0][0]), str(rows[0][1])) if rows else None

    def move_notes(self, meeting_id: str, outcome_notes: str, risk_assessment: str) -> None:
        """Travel mode: the notes leave or come back; the meeting itself did not change, so
        its edit time stays and no entry is audited here (travel audits the whole batch)."""
        self._db.execute(
            "UPDATE meeting SET outcome_notes = ?, risk_assessment = ? WHERE id = ?",
            (outcome_notes, risk_assessment, meeting_id),
        )

    def get(self, meeting_id: str) -> MeetingRecord:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM meeting WHERE id = ?",  # noqa: S608
            (meeting_id,),
        )
        if not rows:
            raise RecordNotFound("There is no meeting with that id in this vault.")
        return _record(rows[0])

    def find(self, id_or_prefix: str) -> MeetingRecord:
        """A meeting by its id or the first characters of it (at least 4), as typed."""
        text = id_or_prefix.strip().lower()
        if not _ID_PREFIX.fullmatch(text):
            raise InvalidInput("Give a meeting's id, or at least its first 4 characters.")
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM meeting WHERE id LIKE ? || '%' LIMIT 2",  # noqa: S608
            (text,),
        )
        if not rows:
            raise RecordNotFound("There is no meeting whose id starts with {text}.", text=text)
        if len(rows) > 1:
            raise InvalidInput(
                "More than one meeting's id starts with {text}: give more of it.", text=text
            )
        return _record(rows[0])

    def list(
        self, *, year: int | None = None, status: MeetingStatus | str | None = None
    ) -> builtins.list[MeetingRecord]:
        """Meetings by start time; ``year`` is the year on the venue's clock."""
        clauses: builtins.list[str] = []
        params: builtins.list[Any] = []
        if year is not None:
            # A day either side in UTC, then the exact year on each venue's clock below.
            clauses.append("starts_at >= ? AND starts_at < ?")
            params += [f"{year - 1}-12-31T00:00:00Z", f"{year + 1}-01-02T00:00:00Z"]
        if status is not None:
            clauses.append("status = ?")
            params.append(MeetingStatus(status).value)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        records = [
            _record(row)
            for row in self._db.execute(
                f"SELECT {_COLUMNS} FROM meeting {where} ORDER BY starts_at, title",  # noqa: S608
                params,
            )
        ]
        if year is not None:
            records = [r for r in records if r.meeting.local_start.year == year]
        return records

    def years(self) -> builtins.list[int]:
        """Years that have a programme entry or a meeting, newest first."""
        found = {int(y) for (y,) in self._db.execute("SELECT year FROM programme")}
        found |= {
            r.meeting.local_start.year
            for r in (_record(row) for row in self._db.execute(f"SELECT {_COLUMNS} FROM meeting"))  # noqa: S608
        }
        return sorted(found, reverse=True)

    # ------------------------------------------------------------ programme

    def programme(self, year: int) -> Programme:
        rows = self._db.execute("SELECT title, notes FROM programme WHERE year = ?", (year,))
        if not rows:
            return Programme(year)
        return Programme(year, rows[0][0], rows[0][1])

    def set_programme(self, year: int, *, title: str = "", notes: str = "") -> Programme:
        if not 1900 <= year <= 9999:
            raise InvalidInput("A programme's year must have four digits.")
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO programme (year, title, notes) VALUES (?, ?, ?) "
                "ON CONFLICT (year) DO UPDATE SET title = excluded.title, notes = excluded.notes",
                (year, title.strip(), notes),
            )
            self._audit.append("programme.updated", {"year": year})
        return self.programme(year)

    def programme_entries(
        self, year: int, *, include_cancelled: bool = False
    ) -> builtins.list[dict[str, str]]:
        """One row per meeting, meetings' public fields only (formats.programme columns)."""
        entries: builtins.list[dict[str, str]] = []
        for record in self.list(year=year):
            meeting = record.meeting
            if meeting.status is MeetingStatus.CANCELLED and not include_cancelled:
                continue
            focus = ", ".join(country_name(c) for c in meeting.focus_countries)
            topic = "; ".join(part for part in (meeting.topic, focus) if part)
            entries.append(
                {
                    "date": venue_times(meeting).label,
                    "title": meeting.title,
                    "kind": KIND_LABELS[meeting.kind],
                    "topic": topic,
                    "format": FORMAT_LABELS[meeting.format],
                    "venue": venue_label(record),
                }
            )
        return entries

    def programme_pdf(self, year: int) -> bytes:
        return pdf_io.write_programme_pdf(
            self.programme(year).display_title, self.programme_entries(year)
        )

    def programme_html(self, year: int) -> bytes:
        return html_io.write_programme_html(
            self.programme(year).display_title, self.programme_entries(year)
        )

    def calendar_ics(
        self, year: int | None = None, *, meeting_ids: Sequence[str] | None = None
    ) -> bytes:
        """RFC 5545 calendar of a year's meetings or of the meetings named; cancelled ones
        are kept as STATUS:CANCELLED so calendars that had them remove them."""
        if meeting_ids is not None:
            records = [self.get(meeting_id) for meeting_id in meeting_ids]
        elif year is not None:
            records = self.list(year=year)
        else:
            raise InvalidInput("Say which year or which meetings to put in the calendar.")
        return ics_io.write_calendar(_calendar_event(record) for record in records)

    def write_programme(
        self, year: int, fmt: ProgrammeFormat, path: Path, *, overwrite: bool = False
    ) -> int:
        """Write the programme as pdf, html or ics to *path* atomically (owner-only file).

        Returns how many meetings it holds. The audit log records year, format and count.
        An existing file is replaced only with *overwrite* (``vault.output_target``).
        """
        target = output_target(self._db.path, path, overwrite=overwrite)
        if fmt not in PROGRAMME_FORMATS:
            raise InvalidInput(
                "A programme can be written as {formats}.", formats=", ".join(PROGRAMME_FORMATS)
            )
        if fmt == "pdf":
            data, count = self.programme_pdf(year), len(self.programme_entries(year))
        elif fmt == "html":
            data, count = self.programme_html(year), len(self.programme_entries(year))
        else:
            data, count = self.calendar_ics(year), len(self.list(year=year))
        write_atomic(target, data, f"the programme file {Path(path).name}")
        self._audit.append("programme.exported", {"year": year, "format": fmt, "meetings": count})
        return count


def venue_label(record: MeetingRecord) -> str:
    """Where, for people: venue, its country, the event in whose margins; "Online"."""
    meeting = record.meeting
    parts: builtins.list[str] = []
    if meeting.format is MeetingFormat.VIRTUAL:
        parts.append("Online")
    elif meeting.venue:
        parts.append(meeting.venue)
    if record.venue_country and meeting.format is not MeetingFormat.VIRTUAL:
        parts.append(country_name(record.venue_country))
    margin = MARGIN_LABELS[meeting.margin_of]
    if margin:
        parts.append(f"in the margins of the {margin}")
    return ", ".join(parts)


def _calendar_event(record: MeetingRecord) -> ics_io.CalendarEvent:
    meeting = record.meeting
    lines = [KIND_LABELS[meeting.kind] + " — " + FORMAT_LABELS[meeting.format]]
    if meeting.topic:
        lines.append(f"Topic: {meeting.topic}")
    if meeting.focus_countries:
        lines.append("Focus: " + ", ".join(country_name(c) for c in meeting.focus_countries))
    if meeting.chatham_house:
        lines.append("Held under the Chatham House Rule.")
    status = "CANCELLED" if meeting.status is MeetingStatus.CANCELLED else "CONFIRMED"
    return ics_io.CalendarEvent(
        uid=f"{meeting.id}@bizhr-desktop",
        title=meeting.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        time_zone=meeting.time_zone,
        location=venue_label(record),
        description="\n".join(lines),
        status=status,
        sequence=record.sequence,
    )
