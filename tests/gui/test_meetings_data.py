"""Shared data for the meetings GUI tests: a real vault, people imported from the CSV fixture,
a critical-risk Sudanese defender, and a year of about ten meetings.

Fixtures are re-exported by the meetings test modules (``from ... import *`` is avoided:
each module imports the names it uses).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from bizhr_desktop.core.models import (
    MarginOf,
    MeetingFormat,
    MeetingKind,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.services import importing
from bizhr_desktop.services.importing import ImportKind
from bizhr_desktop.services.meetings import MeetingInput, MeetingRecord, MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import VaultSession

DATA = Path(__file__).resolve().parents[1] / "data"
YEAR = 2026


def import_people(session: VaultSession) -> int:
    db = session.vault.db
    table = importing.read_file(DATA / "people_good.csv")
    mapping = importing.suggest_mapping(db, ImportKind.PEOPLE, table.headers)
    plan = importing.plan_import(db, ImportKind.PEOPLE, table, mapping)
    return importing.run_import(db, session.vault.audit, plan).added


def add_sudanese_defender(session: VaultSession) -> Person:
    people = PeopleService(session.vault.db, session.vault.audit)
    return people.add(
        Person(
            id=new_id(),
            full_name="Hawa Example Adam",
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.CRITICAL,
            country="SD",
            organisation="Darfur Example Monitors",
            email="hawa.example@example.org",
            secure_channel="Signal",
            consent_date=date(2025, 9, 1),
        )
    )


def meeting(
    title: str,
    kind: MeetingKind,
    starts: datetime,
    ends: datetime,
    zone: str,
    fmt: MeetingFormat,
    **values: object,
) -> MeetingInput:
    return MeetingInput(
        title=title,
        kind=kind,
        starts=starts,
        ends=ends,
        time_zone=zone,
        format=fmt,
        **values,  # type: ignore[arg-type]
    )


def plan_year(service: MeetingService, year: int = YEAR) -> list[MeetingRecord]:
    """About ten meetings spread over the year, of every kind, format and status."""
    ti, dd = MeetingKind.TRENDS_AND_INSIGHTS, MeetingKind.DEEP_DIVE
    virtual, in_person, hybrid = (
        MeetingFormat.VIRTUAL,
        MeetingFormat.IN_PERSON,
        MeetingFormat.HYBRID,
    )
    geneva, new_york = "Europe/Zurich", "America/New_York"
    inputs = [
        meeting("Davos breakfast: HRDs and investors", MeetingKind.OTHER,
                datetime(year, 1, 21, 8), datetime(year, 1, 21, 10), geneva, in_person,
                topic="Investor leverage", margin_of=MarginOf.WEF_DAVOS, venue="Davos Congress"),
        meeting("Mandatory due diligence in practice", ti,
                datetime(year, 2, 12, 15), datetime(year, 2, 12, 17), geneva, virtual,
                topic="mHRDD"),
        meeting("Deep Dive: Myanmar", dd,
                datetime(year, 3, 18, 9), datetime(year, 3, 18, 12), "Asia/Bangkok", virtual,
                focus_countries=("MM",)),
        meeting("Just transition minerals", ti,
                datetime(year, 4, 22, 14), datetime(year, 4, 22, 16), geneva, hybrid,
                topic="Transition minerals", venue="Palais Wilson", venue_country="CH"),
        meeting("Deep Dive: Colombia", dd,
                datetime(year, 6, 10, 15), datetime(year, 6, 10, 17), "America/Bogota", virtual,
                focus_countries=("CO",)),
        meeting("SLAPPs against defenders", ti,
                datetime(year, 7, 8, 14), datetime(year, 7, 8, 16), geneva, virtual,
                topic="Strategic lawsuits"),
        meeting("Deep Dive: Sahel", dd,
                datetime(year, 8, 26, 10), datetime(year, 8, 26, 12), geneva, virtual,
                focus_countries=("ML", "BF")),
        meeting("UNGA side meeting: civic space", ti,
                datetime(year, 9, 23, 8), datetime(year, 9, 23, 10), new_york, in_person,
                topic="Civic space", margin_of=MarginOf.UNGA, venue="Ford Foundation"),
        meeting("Tech and surveillance", ti,
                datetime(year, 10, 14, 15), datetime(year, 10, 14, 17), geneva, virtual,
                topic="Spyware"),
        meeting("Deep Dive: Sudan", dd,
                datetime(year, 11, 25, 10), datetime(year, 11, 25, 13), geneva, in_person,
                focus_countries=("SD",), margin_of=MarginOf.UN_FORUM_BHR,
                venue="Palais des Nations"),
        meeting("Year-end reflection", ti,
                datetime(year, 12, 9, 15), datetime(year, 12, 9, 16), geneva, virtual,
                topic="Lessons of the year"),
    ]  # fmt: skip
    records = [service.create(data) for data in inputs]
    service.cancel(records[5].id)  # SLAPPs meeting cancelled
    return [service.get(r.id) for r in records]
