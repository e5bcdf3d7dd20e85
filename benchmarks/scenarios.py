"""Timed service-level scenarios over one vault (encrypted or plain): export, backup, verify,
invite-all and the safety review. The GUI scenarios live in gui_scenario.py."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import harness

from bizhr_desktop.core.models import Audience, MeetingFormat, MeetingKind
from bizhr_desktop.services import exporting
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingInput, MeetingService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.safety_review import SafetyReviewService

EXPORT_PEOPLE = 10_000
PLAIN_AUDIENCES = (Audience.PUBLIC, Audience.VENUE, Audience.COORGANISERS)


def export_countries(session: harness.Session, wanted: int) -> list[str] | None:
    """Countries whose people add up to about ``wanted`` (None: everyone is about that many).

    A filtered list is what a coordinator exports from a large vault; countries are taken
    smallest first so the total lands close to ``wanted``."""
    db = session.vault.db
    total = int(db.scalar("SELECT count(*) FROM person"))
    if total <= wanted * 1.05:
        return None
    counts = db.execute(
        "SELECT country, count(*) FROM person WHERE country != '' GROUP BY country "
        "ORDER BY count(*) DESC"
    )
    chosen: list[str] = []
    running = 0
    for country, count in counts:
        if running + int(count) <= wanted * 1.05:
            chosen.append(str(country))
            running += int(count)
        if running >= wanted * 0.95:
            break
    return chosen


def export_scope(countries: list[str] | None) -> exporting.ExportScope:
    if countries is None:
        return exporting.ExportScope.everyone()
    return exporting.ExportScope.filtered(PeopleQuery(countries=frozenset(countries)))


def run(mode: str, path: Path, scratch: Path, *, quick: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with harness.opened(mode, path) as session:
        countries = export_countries(session, EXPORT_PEOPLE)
        out["export_countries"] = countries
        scope = export_scope(countries)
        # ---- exports: preview + write, as the wizard will call them
        # --quick: one audience per plaintext format, no bundle (the rest is "n/a").
        audiences = (Audience.VENUE,) if quick else PLAIN_AUDIENCES
        formats = [(a, exporting.ExportFormat.CSV) for a in audiences]
        formats += [(a, exporting.ExportFormat.PDF) for a in audiences]
        if not quick:
            formats.append((Audience.INTERNAL, exporting.ExportFormat.BUNDLE))
        for audience, fmt in formats:
            request = exporting.ExportRequest(scope=scope, audience=audience, format=fmt)
            destination = scratch / f"export-{mode}-{audience.value}{fmt.extension}"
            start = time.perf_counter()
            preview = exporting.preview(session, request)
            exporting.write(
                session,
                preview,
                destination,
                bundle_passphrase="benchmark bundle passphrase: purple lantern river 42"
                if fmt is exporting.ExportFormat.BUNDLE
                else None,
            )
            out[f"export_{audience.value}_{fmt.value}_s"] = time.perf_counter() - start
            out["export_people"] = preview.summary.total
            destination.unlink(missing_ok=True)

        # ---- backup and verify
        destination = scratch / f"backup-{mode}.bin"
        out["backup_s"], _ = harness.timed(lambda: harness.backup(session, destination))
        destination.unlink(missing_ok=True)
        out["verify_s"], problems = harness.timed(lambda: harness.verify(session))
        out["verify_problems"] = len(problems)

        # ---- invite everyone active to a new meeting, then open its safety review
        db, audit = session.vault.db, session.vault.audit
        starts = datetime.now().replace(microsecond=0, second=0, minute=0) + timedelta(days=60)
        meeting = MeetingService(db, audit).create(
            MeetingInput(
                title="Benchmark Deep Dive: Sudan (demo)",
                kind=MeetingKind.DEEP_DIVE,
                starts=starts,
                ends=starts + timedelta(hours=2),
                time_zone="Europe/Zurich",
                format=MeetingFormat.VIRTUAL,
                focus_countries=("SD",),
            )
        )
        invitations = InvitationService(db, audit)
        out["invite_all_s"], result = harness.timed(
            lambda: invitations.invite_all_active(meeting.id)
        )
        out["invited"] = result.added
        reviews = SafetyReviewService(db, audit)
        out["safety_review_s"], _ = harness.timed(lambda: reviews.safety_review(meeting.id))
    return out
