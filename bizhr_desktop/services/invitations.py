"""Invitations: who is invited to a meeting, their answers, check-in, attendance and drafts.

The service API:

``InvitationService(db, audit)``
    ``invite_all_active(meeting_id) -> InviteResult``  (every active person; one statement)
    ``invite_by_filter(meeting_id, *, groups=(), countries=(), organisation_ids=(),
    include_inactive=False) -> InviteResult``
    ``invite(meeting_id, person_id, role=InvitationRole.PARTICIPANT) -> bool``  (False: already)
    ``uninvite(meeting_id, person_id) -> None``
    ``set_status(meeting_id, person_ids, status) -> int``  (bulk RSVP; sets responded_at)
    ``set_role(meeting_id, person_id, role) -> None``
    ``check_in(meeting_id, person_id) -> InviteeRow``  (marks attended)
    ``invitees(meeting_id, *, text="", status=None, offset=0, limit=100, reveal=False)
    -> list[InviteeRow]``  /  ``invitee_count(meeting_id, *, text="", status=None) -> int``
    ``find_invitee(meeting_id, text, limit=10, *, reveal=False) -> list[InviteeRow]``
    ``invitation_counts(meeting_id) -> dict[str, int]``  (every status, zeros included)
    ``attendance(meeting_id) -> Attendance``  (the one set of numbers every screen shows)
    ``attendance_by_group(meeting_id) -> dict[str, Attendance]``  (stakeholder group ->)
    ``attendance_of_person(person_id) -> list[AttendanceRow]``
    ``attendance_of_organisation(organisation_id) -> list[OrganisationAttendance]``
    ``stakeholder_mix(meeting_id) -> dict[str, dict[str, int]]``
    ``drafts(meeting_id, *, mode="per_invitee"|"bcc", sender, statuses=None,
    include_at_risk=False, override_reason=None) -> DraftBatch``
    ``write_drafts(meeting_id, folder, **same) -> DraftBatch``  (atomic, owner-only files)

Names on screen: people at high or critical risk are shown under their pseudonym (and without
their organisation) unless ``reveal=True`` is asked for; they sort after everyone else in an
order that says nothing about their names. Searching still matches their real name, so the
person at the check-in desk can find someone who gives their name.

Drafts are never sent (nothing here opens a connection). A per-invitee draft is addressed to
that invitee alone; a Bcc draft is addressed to the sender with every invitee in Bcc. Subject
and body are the same for every invitee and name nobody. People at high or critical risk get
no draft by default — a plaintext .eml on disk tying a defender's address to a deep dive on
their country is what a seized laptop must not hold — and are listed in ``held_back`` to be
reached through their secure channel. With ``include_at_risk=True`` they get a separate
draft with a neutral subject and body (date only: no title, topic, focus country or venue)
and no display name. Writing drafts is a plaintext list leaving the vault, so it passes the
meeting's safety review gate (``SafetyReviewService.require_plaintext_list_allowed``).
"""

from __future__ import annotations

import builtins
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final, Literal

from bizhr_desktop.core.countries import country_name, normalise_country
from bizhr_desktop.core.errors import InvalidInput, RecordNotFound
from bizhr_desktop.core.masking import MASKED_SQL, display_name
from bizhr_desktop.core.models import (
    Attendance,
    InvitationRole,
    InvitationStatus,
    MeetingFormat,
    MeetingStatus,
    StakeholderGroup,
)
from bizhr_desktop.core.text import fold
from bizhr_desktop.core.validation import normalise_email
from bizhr_desktop.formats import eml_io
from bizhr_desktop.services.meetings import (
    FORMAT_LABELS,
    MeetingRecord,
    MeetingService,
    meeting_pk,
    now_text,
    parse_utc,
    venue_label,
    venue_times,
)
from bizhr_desktop.services.safety_review import SafetyReviewService
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import Database
from bizhr_desktop.vault.files import ensure_private_dir, write_atomic
from bizhr_desktop.vault.vault import output_target

__all__ = [
    "CHATHAM_HOUSE_TEXT",
    "AttendanceRow",
    "DraftBatch",
    "DraftMode",
    "InvitationService",
    "InviteResult",
    "InviteeRow",
    "OrganisationAttendance",
    "display_name",
]

CHATHAM_HOUSE_TEXT: Final = (
    "This meeting is held under the Chatham House Rule: participants are free to use the "
    "information received, but neither the identity nor the affiliation of the speaker(s), "
    "nor that of any other participant, may be revealed."
)
PARTICIPATION_TEXT: Final = (
    "Participation is free, voluntary and in good faith; it does not imply endorsement of "
    "the Business Network's actions."
)

DraftMode = Literal["per_invitee", "bcc"]
DEFAULT_DRAFT_STATUSES: Final = (
    InvitationStatus.INVITED,
    InvitationStatus.TENTATIVE,
    InvitationStatus.ACCEPTED,
)
_CHUNK: Final = 500  # ids per IN (...) list, well under SQLite's variable limit


@dataclass(frozen=True, slots=True)
class InviteResult:
    """How many invitations were added, and how many of the people chosen already had one."""

    added: int
    already: int

    @property
    def chosen(self) -> int:
        return self.added + self.already


@dataclass(frozen=True, slots=True)
class InviteeRow:
    person_id: str
    display_name: str
    hidden: bool  # display_name is a pseudonym standing in for the name
    stakeholder_group: str
    country: str
    organisation: str  # "" while hidden
    risk_level: str
    status: str
    role: str
    has_email: bool
    responded_at: datetime | None


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    meeting_id: str
    title: str
    starts_at: datetime
    time_zone: str
    kind: str
    status: str
    role: str


@dataclass(frozen=True, slots=True)
class OrganisationAttendance:
    meeting_id: str
    title: str
    starts_at: datetime
    counts: dict[str, int]  # invitation status -> people of the organisation

    @property
    def attended(self) -> int:
        return self.counts.get(InvitationStatus.ATTENDED.value, 0)


@dataclass(slots=True)
class DraftBatch:
    """Drafts as (file name, bytes) and who could not be given one, and why."""

    mode: str
    files: builtins.list[tuple[str, bytes]] = field(default_factory=builtins.list)
    without_email: builtins.list[InviteeRow] = field(default_factory=builtins.list)
    unusable_email: builtins.list[InviteeRow] = field(default_factory=builtins.list)
    held_back: builtins.list[InviteeRow] = field(default_factory=builtins.list)
    neutral: int = 0  # at-risk invitees given a neutral draft


_SELECT_INVITEE: Final = (
    "SELECT p.id, p.full_name, p.pseudonym, p.stakeholder_group, p.country, "
    "COALESCE(o.name, ''), p.risk_level, i.status, i.role, p.email != '', i.responded_at "
    "FROM invitation i JOIN person p ON p.pk = i.person_pk "
    "LEFT JOIN organisation o ON o.pk = p.organisation_pk "
)


def _invitee(row: Sequence[Any], *, reveal: bool) -> InviteeRow:
    (pid, full, pseudo, group, country, org, risk, status, role, has_email, responded) = row
    label, hidden = display_name(full, pseudo, group, pid, risk, reveal=reveal)
    return InviteeRow(
        person_id=pid,
        display_name=label,
        hidden=hidden,
        stakeholder_group=group,
        country=country,
        organisation="" if hidden else org,
        risk_level=risk,
        status=status,
        role=role,
        has_email=bool(has_email),
        responded_at=parse_utc(responded),
    )


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _status(value: InvitationStatus | str) -> InvitationStatus:
    try:
        return InvitationStatus(value)
    except ValueError:
        allowed = ", ".join(s.value for s in InvitationStatus)
        raise InvalidInput("An invitation's status is one of {allowed}.", allowed=allowed) from None


def _role(value: InvitationRole | str) -> InvitationRole:
    try:
        return InvitationRole(value)
    except ValueError:
        allowed = ", ".join(r.value for r in InvitationRole)
        raise InvalidInput("An invitee's role is one of {allowed}.", allowed=allowed) from None


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class InvitationService:
    """Invitations of one vault; every change is audited by count, never by name."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit
        self._meetings = MeetingService(db, audit)

    # ------------------------------------------------------------ inviting

    def _open_meeting(self, meeting_id: str) -> int:
        pk = meeting_pk(self._db, meeting_id)
        status = self._db.scalar("SELECT status FROM meeting WHERE pk = ?", (pk,))
        if status == MeetingStatus.CANCELLED.value:
            raise InvalidInput("This meeting is cancelled: nobody can be invited to it.")
        return pk

    def _invite_where(
        self, meeting_id: str, where: str, params: Sequence[Any], how: str
    ) -> InviteResult:
        pk = self._open_meeting(meeting_id)
        now = now_text()
        with self._db.transaction():
            chosen = int(self._db.scalar(f"SELECT count(*) FROM person p WHERE {where}", params))  # noqa: S608
            # One statement for any number of people; the conflict clause makes it idempotent.
            self._db.execute(
                "INSERT INTO invitation (meeting_pk, person_pk, status, role, updated_at) "  # noqa: S608
                f"SELECT ?, p.pk, 'invited', 'participant', ? FROM person p WHERE {where} "
                "ON CONFLICT (meeting_pk, person_pk) DO NOTHING",
                (pk, now, *params),
            )
            added = int(self._db.scalar("SELECT changes()"))
            self._audit.append(
                "meeting.invited",
                {"meeting": meeting_id, "how": how, "added": added, "already": chosen - added},
            )
        return InviteResult(added, chosen - added)

    def invite_all_active(self, meeting_id: str) -> InviteResult:
        """Invite every person whose participation is active; people already invited keep
        their answer and role."""
        return self._invite_where(meeting_id, "p.participation = 'active'", (), "all")

    def invite_by_filter(
        self,
        meeting_id: str,
        *,
        groups: Collection[StakeholderGroup | str] = (),
        countries: Collection[str] = (),
        organisation_ids: Collection[str] = (),
        include_inactive: bool = False,
    ) -> InviteResult:
        """Invite the people in any of ``groups`` AND any of ``countries`` AND any of the
        organisations (each criterion left empty is not applied)."""
        clauses: builtins.list[str] = []
        params: builtins.list[Any] = []
        if groups:
            try:
                values = sorted({StakeholderGroup(g).value for g in groups})
            except ValueError:
                allowed = ", ".join(g.value for g in StakeholderGroup)
                raise InvalidInput(
                    "A stakeholder group is one of {allowed}.", allowed=allowed
                ) from None
            clauses.append(f"p.stakeholder_group IN ({', '.join('?' for _ in values)})")
            params += values
        if countries:
            codes = sorted({normalise_country(c) for c in countries} - {""})
            clauses.append(f"p.country IN ({', '.join('?' for _ in codes)})")
            params += codes
        if organisation_ids:
            ids = sorted(set(organisation_ids))
            known = self._db.execute(
                f"SELECT count(*) FROM organisation WHERE id IN ({', '.join('?' for _ in ids)})",  # noqa: S608
                ids,
            )[0][0]
            if known != len(ids):
                raise RecordNotFound("One of the organisations chosen is not in this vault.")
            marks = ", ".join("?" for _ in ids)
            clauses.append(
                f"p.organisation_pk IN (SELECT pk FROM organisation WHERE id IN ({marks}))"  # noqa: S608
            )
            params += ids
        if not clauses:
            raise InvalidInput(
                "Choose at least one stakeholder group, country or organisation "
                "(or invite every active participant)."
            )
        if not include_inactive:
            clauses.append("p.participation = 'active'")
        return self._invite_where(meeting_id, " AND ".join(clauses), params, "filter")

    def _person_pk(self, person_id: str) -> int:
        pk = self._db.scalar("SELECT pk FROM person WHERE id = ?", (person_id,))
        if pk is None:
            raise RecordNotFound("There is no person with that id in this vault.")
        return int(pk)

    def invite(
        self,
        meeting_id: str,
        person_id: str,
        role: InvitationRole | str = InvitationRole.PARTICIPANT,
    ) -> bool:
        """Invite one person (any participation); False if they were already invited."""
        meeting = self._open_meeting(meeting_id)
        person = self._person_pk(person_id)
        role_value = _role(role).value
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO invitation (meeting_pk, person_pk, role, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (meeting_pk, person_pk) DO NOTHING",
                (meeting, person, role_value, now_text()),
            )
            added = int(self._db.scalar("SELECT changes()")) == 1
            if added:
                self._audit.append(
                    "meeting.invited", {"meeting": meeting_id, "how": "one", "added": 1}
                )
        return added

    def uninvite(self, meeting_id: str, person_id: str) -> None:
        meeting = meeting_pk(self._db, meeting_id)
        person = self._person_pk(person_id)
        deleted = self._db.purge(
            "DELETE FROM invitation WHERE meeting_pk = ? AND person_pk = ?", (meeting, person)
        )
        if not deleted:
            raise RecordNotFound("That person is not invited to this meeting.")
        self._audit.append("meeting.uninvited", {"meeting": meeting_id, "removed": 1})

    def set_status(
        self, meeting_id: str, person_ids: Sequence[str], status: InvitationStatus | str
    ) -> int:
        """Record the same answer (or attendance) for many invitees; returns how many
        invitations changed. ``responded_at`` is now, or cleared for "invited"."""
        value = _status(status).value
        meeting = meeting_pk(self._db, meeting_id)
        now = now_text()
        responded = None if value == InvitationStatus.INVITED.value else now
        ids = builtins.list(dict.fromkeys(person_ids))
        changed = 0
        with self._db.transaction():
            for chunk in _chunks(ids):
                self._db.execute(
                    "UPDATE invitation SET status = ?, responded_at = ?, updated_at = ? "  # noqa: S608
                    "WHERE meeting_pk = ? AND person_pk IN "
                    f"(SELECT pk FROM person WHERE id IN ({', '.join('?' for _ in chunk)}))",
                    (value, responded, now, meeting, *chunk),
                )
                changed += int(self._db.scalar("SELECT changes()"))
            self._audit.append(
                "meeting.rsvp", {"meeting": meeting_id, "status": value, "count": changed}
            )
        return changed

    def set_role(self, meeting_id: str, person_id: str, role: InvitationRole | str) -> None:
        value = _role(role).value
        meeting = meeting_pk(self._db, meeting_id)
        person = self._person_pk(person_id)
        with self._db.transaction():
            self._db.execute(
                "UPDATE invitation SET role = ?, updated_at = ? "
                "WHERE meeting_pk = ? AND person_pk = ?",
                (value, now_text(), meeting, person),
            )
            if int(self._db.scalar("SELECT changes()")) == 0:
                raise RecordNotFound("That person is not invited to this meeting.")
            self._audit.append("meeting.role", {"meeting": meeting_id, "role": value, "count": 1})

    def check_in(self, meeting_id: str, person_id: str) -> InviteeRow:
        """Mark an invitee as attended (at the door); returns their row for the screen."""
        meeting = meeting_pk(self._db, meeting_id)
        person = self._person_pk(person_id)
        now = now_text()
        with self._db.transaction():
            self._db.execute(
                "UPDATE invitation SET status = 'attended', "
                "responded_at = COALESCE(responded_at, ?), updated_at = ? "
                "WHERE meeting_pk = ? AND person_pk = ?",
                (now, now, meeting, person),
            )
            if int(self._db.scalar("SELECT changes()")) == 0:
                raise RecordNotFound("That person is not invited to this meeting.")
            self._audit.append("meeting.checked_in", {"meeting": meeting_id, "count": 1})
        rows = self._db.execute(
            _SELECT_INVITEE + "WHERE i.meeting_pk = ? AND i.person_pk = ?", (meeting, person)
        )
        return _invitee(rows[0], reveal=False)

    # ------------------------------------------------------------ reading

    def _filters(
        self, meeting: int, text: str, status: InvitationStatus | str | None
    ) -> tuple[str, builtins.list[Any]]:
        where = "WHERE i.meeting_pk = ?"
        params: builtins.list[Any] = [meeting]
        if status is not None:
            where += " AND i.status = ?"
            params.append(_status(status).value)
        needle = text.strip()
        if needle:
            where += (
                " AND (p.name_key LIKE ? ESCAPE '\\' OR p.sort_name LIKE ? ESCAPE '\\' "
                "OR p.full_name LIKE ? ESCAPE '\\' OR p.pseudonym LIKE ? ESCAPE '\\')"
            )
            folded = _like(fold(needle))
            params += [folded, folded, _like(needle), _like(needle)]
        return where, params

    def invitees(
        self,
        meeting_id: str,
        *,
        text: str = "",
        status: InvitationStatus | str | None = None,
        offset: int = 0,
        limit: int = 100,
        reveal: bool = False,
    ) -> builtins.list[InviteeRow]:
        """A page of invitees, by name; hidden (at-risk) people last, in random-id order."""
        meeting = meeting_pk(self._db, meeting_id)
        where, params = self._filters(meeting, text, status)
        if reveal:
            order = "ORDER BY coalesce(nullif(p.name_key, ''), p.sort_name), p.full_name, p.id"
        else:
            order = (
                f"ORDER BY {MASKED_SQL}, CASE WHEN {MASKED_SQL} THEN p.id ELSE p.sort_name END, "
                "p.full_name, p.id"
            )
        rows = self._db.execute(
            f"{_SELECT_INVITEE}{where} {order} LIMIT ? OFFSET ?",
            (*params, max(0, limit), max(0, offset)),
        )
        return [_invitee(row, reveal=reveal) for row in rows]

    def invitee_count(
        self, meeting_id: str, *, text: str = "", status: InvitationStatus | str | None = None
    ) -> int:
        meeting = meeting_pk(self._db, meeting_id)
        where, params = self._filters(meeting, text, status)
        return int(
            self._db.scalar(
                f"SELECT count(*) FROM invitation i JOIN person p ON p.pk = i.person_pk {where}",  # noqa: S608
                params,
            )
        )

    def find_invitee(
        self, meeting_id: str, text: str, limit: int = 10, *, reveal: bool = False
    ) -> builtins.list[InviteeRow]:
        """Type-ahead for the check-in desk: invitees whose name or pseudonym holds *text*."""
        if not text.strip():
            return []
        return self.invitees(meeting_id, text=text, limit=limit, reveal=reveal)

    def invitation_counts(self, meeting_id: str) -> dict[str, int]:
        meeting = meeting_pk(self._db, meeting_id)
        counts = {s.value: 0 for s in InvitationStatus}
        for status, count in self._db.execute(
            "SELECT status, count(*) FROM invitation WHERE meeting_pk = ? GROUP BY status",
            (meeting,),
        ):
            counts[status] = int(count)
        return counts

    def attendance(self, meeting_id: str) -> Attendance:
        """The meeting's numbers as every screen, the CLI and the lists count them."""
        return Attendance.of(self.invitation_counts(meeting_id))

    def attendance_by_group(self, meeting_id: str) -> dict[str, Attendance]:
        """The same numbers per stakeholder group present among the invitees."""
        return {
            group: Attendance.of(statuses)
            for group, statuses in self.stakeholder_mix(meeting_id).items()
        }

    def stakeholder_mix(self, meeting_id: str) -> dict[str, dict[str, int]]:
        """Stakeholder group -> invitation status -> people (every status present, zeros too)."""
        meeting = meeting_pk(self._db, meeting_id)
        mix: dict[str, dict[str, int]] = {}
        for group, status, count in self._db.execute(
            "SELECT p.stakeholder_group, i.status, count(*) FROM invitation i "
            "JOIN person p ON p.pk = i.person_pk WHERE i.meeting_pk = ? "
            "GROUP BY p.stakeholder_group, i.status",
            (meeting,),
        ):
            mix.setdefault(group, {s.value: 0 for s in InvitationStatus})[status] = int(count)
        return mix

    def attendance_of_person(self, person_id: str) -> builtins.list[AttendanceRow]:
        """Every meeting a person was invited to, newest first, with their status and role."""
        person = self._person_pk(person_id)
        return [
            AttendanceRow(mid, title, parse_utc(starts) or datetime.min, zone, kind, status, role)
            for mid, title, starts, zone, kind, status, role in self._db.execute(
                "SELECT m.id, m.title, m.starts_at, m.time_zone, m.kind, i.status, i.role "
                "FROM invitation i JOIN meeting m ON m.pk = i.meeting_pk "
                "WHERE i.person_pk = ? ORDER BY m.starts_at DESC",
                (person,),
            )
        ]

    def attendance_of_organisation(
        self, organisation_id: str, *, include_at_risk: bool = True
    ) -> builtins.list[OrganisationAttendance]:
        """Per meeting (newest first), how many of an organisation's people had each status.

        ``include_at_risk=False`` leaves out people at high or critical risk, whose
        affiliation lists hide: counting them would show which meetings they went to."""
        org = self._db.scalar("SELECT pk FROM organisation WHERE id = ?", (organisation_id,))
        if org is None:
            raise RecordNotFound("There is no organisation with that id in this vault.")
        result: dict[str, OrganisationAttendance] = {}
        for mid, title, starts, status, count in self._db.execute(
            "SELECT m.id, m.title, m.starts_at, i.status, count(*) FROM invitation i "
            "JOIN meeting m ON m.pk = i.meeting_pk JOIN person p ON p.pk = i.person_pk "
            "WHERE p.organisation_pk = ? AND (? OR p.risk_level IN ('low', 'medium')) "
            "GROUP BY m.pk, i.status ORDER BY m.starts_at DESC",
            (org, int(include_at_risk)),
        ):
            row = result.get(mid)
            if row is None:
                counts = {s.value: 0 for s in InvitationStatus}
                row = OrganisationAttendance(mid, title, parse_utc(starts) or datetime.min, counts)
                result[mid] = row
            row.counts[status] = int(count)
        return builtins.list(result.values())

    # ------------------------------------------------------------ drafts

    def drafts(
        self,
        meeting_id: str,
        *,
        mode: DraftMode = "per_invitee",
        sender: eml_io.Sender,
        statuses: Collection[InvitationStatus | str] | None = None,
        include_at_risk: bool = False,
        override_reason: str | None = None,
    ) -> DraftBatch:
        """Unsent invitation drafts (see the module docstring for who gets which)."""
        if mode not in ("per_invitee", "bcc"):
            raise InvalidInput("Drafts are written one per invitee or as one Bcc draft.")
        SafetyReviewService(self._db, self._audit).require_plaintext_list_allowed(
            meeting_id, override_reason, purpose="invitation drafts"
        )
        record = self._meetings.get(meeting_id)
        wanted = sorted({_status(s).value for s in (statuses or DEFAULT_DRAFT_STATUSES)})
        meeting = meeting_pk(self._db, meeting_id)
        rows = self._db.execute(
            "SELECT p.id, p.full_name, p.pseudonym, p.stakeholder_group, p.country, '', "  # noqa: S608
            "p.risk_level, i.status, i.role, p.email != '', i.responded_at, p.email "
            "FROM invitation i JOIN person p ON p.pk = i.person_pk "
            f"WHERE i.meeting_pk = ? AND i.status IN ({', '.join('?' for _ in wanted)}) "
            "ORDER BY p.pk",
            (meeting, *wanted),
        )
        batch = DraftBatch(mode=mode)
        regular: builtins.list[tuple[str, str]] = []
        at_risk: builtins.list[tuple[str, str]] = []
        for row in rows:
            invitee = _invitee(row[:11], reveal=False)
            email = str(row[11])
            if not email:
                batch.without_email.append(invitee)
                continue
            try:
                address = normalise_email(email)
            except InvalidInput:
                address = ""
            if not address or not address.isascii():
                batch.unusable_email.append(invitee)
                continue
            if invitee.hidden:
                if include_at_risk:
                    at_risk.append(("", address))  # no display name beside the address
                else:
                    batch.held_back.append(invitee)
                continue
            regular.append((str(row[1]), address))
        if not regular and not at_risk:
            raise InvalidInput(
                "Nobody invited to this meeting can be given a draft: "
                "{without_email} without an e-mail address, "
                "{unusable_email} with an address that cannot be used, "
                "{held_back} at high risk to reach through their secure channel.",
                without_email=len(batch.without_email),
                unusable_email=len(batch.unusable_email),
                held_back=len(batch.held_back),
            )
        subject, body = _invitation_text(record)
        neutral_subject, neutral_body = _neutral_text(record)
        if mode == "per_invitee":
            if regular:
                batch.files += eml_io.write_invitation_drafts(subject, body, regular, sender=sender)
            if at_risk:
                batch.files += [
                    (f"neutral-{name}", data)
                    for name, data in eml_io.write_invitation_drafts(
                        neutral_subject, neutral_body, at_risk, sender=sender
                    )
                ]
        else:
            if regular:
                emails = [address for _, address in regular]
                batch.files.append(
                    (
                        "invitation-bcc.eml",
                        eml_io.write_bcc_draft(subject, body, emails, sender=sender),
                    )
                )
            if at_risk:
                emails = [address for _, address in at_risk]
                data = eml_io.write_bcc_draft(neutral_subject, neutral_body, emails, sender=sender)
                batch.files.append(("invitation-bcc-neutral.eml", data))
        batch.neutral = len(at_risk)
        return batch

    def write_drafts(
        self,
        meeting_id: str,
        folder: Path,
        *,
        mode: DraftMode = "per_invitee",
        sender: eml_io.Sender,
        statuses: Collection[InvitationStatus | str] | None = None,
        include_at_risk: bool = False,
        override_reason: str | None = None,
        overwrite: bool = False,
    ) -> DraftBatch:
        """Make the drafts and write each atomically into *folder* (created owner-only).

        Every target is checked before the first is written: a draft of the same name is
        replaced only with *overwrite*, and no draft lands on a vault's files. If one fails
        (a full disk), the drafts this call had written are removed again, so the folder holds
        no partial batch of addresses; a draft it had replaced (*overwrite*) stays replaced."""
        batch = self.drafts(
            meeting_id,
            mode=mode,
            sender=sender,
            statuses=statuses,
            include_at_risk=include_at_risk,
            override_reason=override_reason,
        )
        folder = Path(folder)
        ensure_private_dir(folder)
        targets = [
            output_target(self._db.path, folder / name, overwrite=overwrite)
            for name, _ in batch.files
        ]
        written: builtins.list[Path] = []
        try:
            for target, (name, data) in zip(targets, batch.files, strict=True):
                new = not target.exists()
                write_atomic(target, data, f"the draft {name}")
                if new:
                    written.append(target)
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        self._audit.append(
            "meeting.drafts_written",
            {
                "meeting": meeting_id,
                "mode": mode,
                "drafts": len(batch.files),
                "without_email": len(batch.without_email) + len(batch.unusable_email),
                "held_back": len(batch.held_back),
                "neutral": batch.neutral,
            },
        )
        return batch


def _invitation_text(record: MeetingRecord) -> tuple[str, str]:
    meeting = record.meeting
    times = venue_times(meeting)
    lines = [
        "Dear participant,",
        "",
        f"You are invited to the Business Network meeting “{meeting.title}”.",
        "",
        f"When:   {times.label} ({meeting.time_zone})",
        f"Format: {FORMAT_LABELS[meeting.format]}",
    ]
    where = venue_label(record)
    if where:
        lines.append(f"Where:  {where}")
    if meeting.topic:
        lines.append(f"Topic:  {meeting.topic}")
    if meeting.focus_countries:
        lines.append("Focus:  " + ", ".join(country_name(c) for c in meeting.focus_countries))
    if meeting.format is not MeetingFormat.IN_PERSON:
        lines.append("The link to join will follow in a separate message.")
    lines.append("")
    if meeting.chatham_house:
        lines += [CHATHAM_HOUSE_TEXT, ""]
    lines += [
        PARTICIPATION_TEXT,
        "",
        "Please reply to let us know whether you will attend.",
    ]
    subject = f"Invitation: {meeting.title} ({times.starts:%d %b %Y})"
    return subject, "\n".join(lines) + "\n"


def _neutral_text(record: MeetingRecord) -> tuple[str, str]:
    """Text for an invitee at high risk: nothing that ties them to a topic or a country."""
    meeting = record.meeting
    times = venue_times(meeting)
    lines = [
        "Dear participant,",
        "",
        f"You are invited to a Business Network meeting on {times.label} ({meeting.time_zone}).",
        "We will share the details through the channel you agreed with us.",
        "",
    ]
    if meeting.chatham_house:
        lines += [CHATHAM_HOUSE_TEXT, ""]
    lines.append("Please reply to let us know whether you will attend.")
    subject = f"Business Network meeting ({times.starts:%d %b %Y})"
    return subject, "\n".join(lines) + "\n"
