"""Domain records of the network (people, organisations, meetings) and their vocabularies."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bizhr_desktop.core.errors import InvalidInput

# Every enum's values are exactly the CHECK constraints of vault/migrations/0001_initial.sql:
# a value that passes here must never be refused by the database.


class StakeholderGroup(StrEnum):
    BUSINESS = "business"
    INVESTOR = "investor"
    CIVIL_SOCIETY = "civil_society"
    HRD = "hrd"
    GOVERNMENT = "government"
    INTERGOVERNMENTAL = "intergovernmental"
    OTHER = "other"

    @property
    def label(self) -> str:
        """Plural English label for counts ("Civil society: 4"); the UI translates it."""
        return _GROUP_LABELS[self]


_GROUP_LABELS: Final[Mapping[StakeholderGroup, str]] = MappingProxyType(
    {
        StakeholderGroup.BUSINESS: "Business",
        StakeholderGroup.INVESTOR: "Investors",
        StakeholderGroup.CIVIL_SOCIETY: "Civil society",
        StakeholderGroup.HRD: "Human rights defenders",
        StakeholderGroup.GOVERNMENT: "Government",
        StakeholderGroup.INTERGOVERNMENTAL: "Intergovernmental organisations",
        StakeholderGroup.OTHER: "Other",
    }
)


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RISK_ORDER.index(self)

    # A StrEnum compares as text, and "critical" < "high" < "low" alphabetically: an export
    # ceiling checked with plain string comparison would let critical-risk people through.
    # Comparisons are therefore by rank, and comparing with a bare str is refused.
    def __lt__(self, other: str) -> bool:
        return self.rank < _risk(other).rank

    def __le__(self, other: str) -> bool:
        return self.rank <= _risk(other).rank

    def __gt__(self, other: str) -> bool:
        return self.rank > _risk(other).rank

    def __ge__(self, other: str) -> bool:
        return self.rank >= _risk(other).rank


_RISK_ORDER: Final = (RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL)


def _risk(other: object) -> RiskLevel:
    if not isinstance(other, RiskLevel):
        raise TypeError(f"a RiskLevel can only be ordered against a RiskLevel, not {other!r}")
    return other


class Participation(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


class OrganisationKind(StrEnum):
    COMPANY = "company"
    INVESTOR = "investor"
    NGO = "ngo"
    GRASSROOTS = "grassroots"
    GOVERNMENT = "government"
    UN_AGENCY = "un_agency"
    ACADEMIC = "academic"
    OTHER = "other"


class MeetingKind(StrEnum):
    TRENDS_AND_INSIGHTS = "trends_and_insights"
    DEEP_DIVE = "deep_dive"
    OTHER = "other"


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class MarginOf(StrEnum):
    EMPTY = ""
    UNGA = "unga"
    UN_FORUM_BHR = "un_forum_bhr"
    WEF_DAVOS = "wef_davos"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    INVITATIONS_SENT = "invitations_sent"
    HELD = "held"
    CANCELLED = "cancelled"


class InvitationStatus(StrEnum):
    INVITED = "invited"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


# One definition of a meeting's numbers, used by the invitations summary, the stakeholder
# chart, check-in, the CLI and the "accepted" export list. *Accepted* is everyone who said yes
# and was not marked a no-show: a person checked in at the door counts as accepted (walk-ins
# too); a no-show said yes but did not come and is counted apart.
ACCEPTED_STATUSES: Final = (InvitationStatus.ACCEPTED, InvitationStatus.ATTENDED)


@dataclass(frozen=True, slots=True)
class Attendance:
    """How many people a meeting invited, and what became of the invitations."""

    invited: int  # every invitation, whatever its answer
    no_answer: int  # invited, no reply yet
    tentative: int
    accepted: int  # ACCEPTED_STATUSES: said yes, or came
    declined: int
    attended: int  # checked in (part of accepted)
    no_show: int

    @classmethod
    def of(cls, counts: Mapping[str, int]) -> Attendance:
        """From invitation status -> count (missing statuses count 0)."""

        def n(status: InvitationStatus) -> int:
            return int(counts.get(status.value, 0))

        return cls(
            invited=sum(n(status) for status in InvitationStatus),
            no_answer=n(InvitationStatus.INVITED),
            tentative=n(InvitationStatus.TENTATIVE),
            accepted=sum(n(status) for status in ACCEPTED_STATUSES),
            declined=n(InvitationStatus.DECLINED),
            attended=n(InvitationStatus.ATTENDED),
            no_show=n(InvitationStatus.NO_SHOW),
        )

    def as_dict(self) -> dict[str, int]:
        return {field.name: int(getattr(self, field.name)) for field in fields(self)}


class InvitationRole(StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    ORGANISER = "organiser"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Audience(StrEnum):
    PUBLIC = "public"
    VENUE = "venue"
    COORGANISERS = "coorganisers"
    INTERNAL = "internal"


class Sensitivity(StrEnum):
    PUBLIC = "public"
    IDENTIFYING = "identifying"
    CONTACT = "contact"
    SECRET = "secret"  # noqa: S105 -- a sensitivity class, not a password


def new_id() -> str:
    """A fresh random record id (UUID4 text), stable across exports and imports."""
    return str(uuid.uuid4())


def default_risk_for(group: StakeholderGroup) -> RiskLevel:
    # Defenders start one step up so that forgetting to assess them errs towards hiding them.
    return RiskLevel.MEDIUM if group is StakeholderGroup.HRD else RiskLevel.LOW


# Consent older than this is flagged for renewal (DATA.md: 24 months; a vault setting).
CONSENT_RENEWAL_MONTHS: Final = 24


def consent_period(months: int) -> timedelta:
    """How long consent given *months* ago stays valid (24 months: 730 days)."""
    return timedelta(days=months * 365 // 12)


CONSENT_VALID_FOR: Final = consent_period(CONSENT_RENEWAL_MONTHS)


def _enum_field(obj: object, name: str, kind: type[StrEnum]) -> None:
    """Accept the enum's text value too (rows from the vault), but never an unknown value."""
    value = getattr(obj, name)
    if isinstance(value, kind):
        return
    try:
        object.__setattr__(obj, name, kind(value))
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise InvalidInput("{name} must be one of {allowed}.", name=name, allowed=allowed) from None


def _tuple_field(obj: object, name: str) -> None:
    # Lists would make a frozen record mutable behind its back (and unhashable).
    object.__setattr__(obj, name, tuple(getattr(obj, name)))


def _require_uuid(value: str, name: str) -> None:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        raise InvalidInput("{name} must be a UUID.", name=name) from None


def _utc_instant(obj: object, name: str) -> None:
    value = getattr(obj, name)
    if value is None:
        return
    if value.tzinfo is None or value.utcoffset() is None:
        # A naive time is ambiguous across the time zones coordinators travel through.
        raise InvalidInput("{name} must carry a time zone.", name=name)
    object.__setattr__(obj, name, value.astimezone(UTC))


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A participant. Field classes (public ... secret) are in PERSON_FIELD_SENSITIVITY."""

    id: str
    full_name: str
    stakeholder_group: StakeholderGroup
    # Required on purpose: a silent default of "low" for a defender is the one mistake this
    # product must not make. Use default_risk_for() when nothing was assessed.
    risk_level: RiskLevel
    pseudonym: str = ""
    organisation: str = ""
    role: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    secure_channel: str = ""
    languages: tuple[str, ...] = ()
    consent_network: bool = False
    consent_coorganisers: bool = False
    consent_public: bool = False
    consent_date: date | None = None
    consent_method: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    participation: Participation = Participation.ACTIVE
    joined_on: date | None = None
    commitment_acknowledged_on: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_uuid(self.id, "id")
        if not self.full_name.strip():
            raise InvalidInput("full_name is required.")
        _enum_field(self, "stakeholder_group", StakeholderGroup)
        _enum_field(self, "risk_level", RiskLevel)
        _enum_field(self, "participation", Participation)
        _tuple_field(self, "languages")
        _tuple_field(self, "tags")
        _utc_instant(self, "created_at")
        _utc_instant(self, "updated_at")

    def consent_needs_renewal(self, today: date, valid_for: timedelta = CONSENT_VALID_FOR) -> bool:
        """True when consent was never dated or is older than *valid_for* (24 months)."""
        return self.consent_date is None or today - self.consent_date > valid_for


PERSON_FIELD_SENSITIVITY: Final[Mapping[str, Sensitivity]] = MappingProxyType(
    {
        # DATA.md gives the id no class. It is a stable key across every export, so showing it
        # would let two lists be joined on it: treat it as identifying.
        "id": Sensitivity.IDENTIFYING,
        "full_name": Sensitivity.IDENTIFYING,
        "pseudonym": Sensitivity.PUBLIC,
        "stakeholder_group": Sensitivity.PUBLIC,
        "organisation": Sensitivity.IDENTIFYING,
        "role": Sensitivity.IDENTIFYING,
        "country": Sensitivity.IDENTIFYING,
        "email": Sensitivity.CONTACT,
        "phone": Sensitivity.CONTACT,
        "secure_channel": Sensitivity.CONTACT,
        "languages": Sensitivity.PUBLIC,
        "risk_level": Sensitivity.SECRET,
        "consent_network": Sensitivity.SECRET,
        "consent_coorganisers": Sensitivity.SECRET,
        "consent_public": Sensitivity.SECRET,
        "consent_date": Sensitivity.SECRET,
        "consent_method": Sensitivity.SECRET,
        "notes": Sensitivity.SECRET,
        "tags": Sensitivity.SECRET,
        "participation": Sensitivity.SECRET,
        "joined_on": Sensitivity.SECRET,
        "commitment_acknowledged_on": Sensitivity.SECRET,
        # Edit times say when a coordinator touched a record (e.g. after an arrest): secret.
        "created_at": Sensitivity.SECRET,
        "updated_at": Sensitivity.SECRET,
    }
)

PERSON_FIELDS: Final[tuple[str, ...]] = tuple(f.name for f in fields(Person))


@dataclass(frozen=True, slots=True, kw_only=True)
class Organisation:
    id: str
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    sector: str = ""
    country: str = ""
    website: str = ""
    # A publicly committed organisation's name is public; any other is identifying.
    public_commitment: bool = False
    commitment_date: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_uuid(self.id, "id")
        if not self.name.strip():
            raise InvalidInput("An organisation needs a name.")
        _enum_field(self, "kind", OrganisationKind)
        _utc_instant(self, "created_at")
        _utc_instant(self, "updated_at")

    @property
    def name_sensitivity(self) -> Sensitivity:
        return Sensitivity.PUBLIC if self.public_commitment else Sensitivity.IDENTIFYING


@dataclass(frozen=True, slots=True, kw_only=True)
class ContactLogEntry:
    id: str
    person_id: str
    occurred_on: date
    channel: str = ""
    summary: str = ""  # secret, like notes
    created_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_uuid(self.id, "id")
        _require_uuid(self.person_id, "person_id")
        _utc_instant(self, "created_at")


@dataclass(frozen=True, slots=True, kw_only=True)
class Meeting:
    """A meeting of the programme. Instants are stored in UTC; time_zone is the venue's."""

    id: str
    title: str
    kind: MeetingKind
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    format: MeetingFormat
    topic: str = ""
    focus_countries: tuple[str, ...] = ()
    venue: str = ""
    margin_of: MarginOf = MarginOf.EMPTY
    # The network's meetings are held under the Rule unless the organiser says otherwise.
    chatham_house: bool = True
    agenda: str = ""
    status: MeetingStatus = MeetingStatus.PLANNED
    outcome_notes: str = ""  # secret
    risk_assessment: str = ""  # secret
    risk_signed_off_at: datetime | None = None
    risk_signed_off_by: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_uuid(self.id, "id")
        if not self.title.strip():
            raise InvalidInput("A meeting needs a title.")
        _enum_field(self, "kind", MeetingKind)
        _enum_field(self, "format", MeetingFormat)
        _enum_field(self, "margin_of", MarginOf)
        _enum_field(self, "status", MeetingStatus)
        _tuple_field(self, "focus_countries")
        for name in ("starts_at", "ends_at", "risk_signed_off_at", "created_at", "updated_at"):
            _utc_instant(self, name)
        if self.ends_at < self.starts_at:
            raise InvalidInput("A meeting cannot end before it starts.")
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InvalidInput(
                "time_zone must be an IANA time zone name such as 'Europe/Zurich'."
            ) from None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self) -> datetime:
        """Start time on the venue's clock (what invitations show)."""
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self) -> datetime:
        return self.ends_at.astimezone(self.zone)


@dataclass(frozen=True, slots=True, kw_only=True)
class Invitation:
    meeting_id: str
    person_id: str
    status: InvitationStatus = InvitationStatus.INVITED
    role: InvitationRole = InvitationRole.PARTICIPANT
    responded_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_uuid(self.meeting_id, "meeting_id")
        _require_uuid(self.person_id, "person_id")
        _enum_field(self, "status", InvitationStatus)
        _enum_field(self, "role", InvitationRole)
        _utc_instant(self, "responded_at")
        _utc_instant(self, "updated_at")


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowUp:
    """An "invitation to take action" after a meeting, owned by an organisation."""

    id: str
    meeting_id: str
    text: str
    organisation: str = ""  # by name, as for Person
    owner: str = ""
    due_on: date | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _require_uuid(self.id, "id")
        _require_uuid(self.meeting_id, "meeting_id")
        if not self.text.strip():
            raise InvalidInput("A follow-up needs a text.")
        _enum_field(self, "status", FollowUpStatus)
        _utc_instant(self, "created_at")
        _utc_instant(self, "updated_at")
