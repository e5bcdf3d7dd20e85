"""A small network for travel-mode tests: people at every risk, a deep dive with secret notes,
invitations, contact logs, and a unique canary in every value that must leave the vault."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from bizhr_desktop.core.models import (
    ContactLogEntry,
    MeetingFormat,
    MeetingKind,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingInput, MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.safety_review import SafetyReviewService
from bizhr_desktop.services.vaults import VaultSession


def canary(what: str) -> str:
    """A lower-case token (the search index stores folded, lower-case terms)."""
    return f"zqtrv{what}{uuid.uuid4().hex[:10]}"


@dataclass
class Population:
    critical_id: str  # HRD, critical, the only member of a small organisation
    high_id: str  # civil society, high, shares an organisation with someone who stays
    low_id: str  # business, low: stays
    medium_id: str  # HRD, medium: stays
    deep_dive_id: str
    trends_id: str
    canaries: list[str] = field(default_factory=list)  # every one must leave the vault
    phones: list[str] = field(default_factory=list)  # numbers that must leave (E.164)


def populate(session: VaultSession) -> Population:
    db, audit = session.vault.db, session.vault.audit
    people = PeopleService(db, audit)
    c = {name: canary(name) for name in (
        "name", "org", "role", "mail", "channel", "notes", "tag", "method",
        "name2", "mail2", "channel2", "notes2", "log1", "logchan", "log2",
        "outcome", "assessment",
    )}  # fmt: skip
    critical = people.add(
        Person(
            id=new_id(),
            full_name=f"Amina {c['name']}",
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.CRITICAL,
            organisation=f"Grassroots {c['org']}",
            role=f"Lawyer {c['role']}",
            country="SD",
            email=f"{c['mail']}@example.org",
            phone="+249912345671",
            secure_channel=f"Signal {c['channel']}",
            languages=("ar", "en"),
            consent_network=True,
            consent_coorganisers=True,
            consent_date=date(2025, 1, 10),
            consent_method=f"in person {c['method']}",
            notes=f"Met in Kampala. {c['notes']}",
            tags=("sudan", c["tag"]),
            joined_on=date(2024, 1, 15),
            commitment_acknowledged_on=date(2024, 2, 1),
        )
    )
    high = people.add(
        Person(
            id=new_id(),
            full_name=f"Khin {c['name2']}",
            stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
            risk_level=RiskLevel.HIGH,
            organisation="Shared Network (fictional)",
            country="MM",
            email=f"{c['mail2']}@example.net",
            phone="+959250123456",
            secure_channel=f"Wire {c['channel2']}",
            notes=c["notes2"],
            tags=("myanmar",),
        )
    )
    low = people.add(
        Person(
            id=new_id(),
            full_name="Jane Fictional Business",
            stakeholder_group=StakeholderGroup.BUSINESS,
            risk_level=RiskLevel.LOW,
            organisation="Shared Network (fictional)",
            country="GB",
            email="jane@example.com",
        )
    )
    medium = people.add(
        Person(
            id=new_id(),
            full_name="Omar Fictional Defender",
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.MEDIUM,
            country="EG",
        )
    )
    people.add_contact_log(
        ContactLogEntry(
            id=new_id(),
            person_id=critical.id,
            occurred_on=date(2025, 3, 1),
            channel=f"Signal {c['logchan']}",
            summary=f"Called about the deep dive {c['log1']}",
        )
    )
    people.add_contact_log(
        ContactLogEntry(
            id=new_id(),
            person_id=high.id,
            occurred_on=date(2025, 4, 2),
            summary=c["log2"],
        )
    )
    people.add_contact_log(
        ContactLogEntry(
            id=new_id(), person_id=low.id, occurred_on=date(2025, 4, 3), summary="stays"
        )
    )
    meetings = MeetingService(db, audit)
    start = datetime(2025, 5, 6, 9, tzinfo=UTC)
    deep = meetings.create(
        MeetingInput(
            title="Deep dive (fictional)",
            kind=MeetingKind.DEEP_DIVE,
            starts=start,
            ends=start + timedelta(hours=2),
            time_zone="Europe/Zurich",
            format=MeetingFormat.VIRTUAL,
            focus_countries=("SD",),
        )
    )
    trends = meetings.create(
        MeetingInput(
            title="Trends (fictional)",
            kind=MeetingKind.TRENDS_AND_INSIGHTS,
            starts=start + timedelta(days=30),
            ends=start + timedelta(days=30, hours=2),
            time_zone="Europe/Zurich",
            format=MeetingFormat.VIRTUAL,
        )
    )
    meetings.set_outcome_notes(deep.id, f"Outcome: {c['outcome']}")
    SafetyReviewService(db, audit).record_assessment(deep.id, f"Risk: {c['assessment']}")
    meetings.set_outcome_notes(trends.id, "Trends outcome stays in the vault")
    invitations = InvitationService(db, audit)
    for person in (critical, high, low, medium):
        invitations.invite(deep.id, person.id)
    invitations.set_status(deep.id, [critical.id], "attended")
    return Population(
        critical_id=critical.id,
        high_id=high.id,
        low_id=low.id,
        medium_id=medium.id,
        deep_dive_id=deep.id,
        trends_id=trends.id,
        canaries=list(c.values()),
        phones=["+249912345671", "+959250123456", "249912345671", "959250123456"],
    )
