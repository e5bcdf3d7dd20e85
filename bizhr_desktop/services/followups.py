"""Follow-ups: the "invitations to take action" given after a meeting, and what is overdue.

The service API:

``FollowUpService(db, audit)``
    ``add(meeting_id, text, *, organisation_id=None, owner="", due_on=None) -> FollowUp``
    ``update(followup_id, *, text=None, owner=None, due_on=UNCHANGED, organisation_id=UNCHANGED,
    status=None) -> FollowUp``
    ``set_status(followup_id, status) -> FollowUp``
    ``remove(followup_id) -> None``
    ``get(followup_id) -> FollowUpRow``
    ``of_meeting(meeting_id) -> list[FollowUpRow]``
    ``of_organisation(organisation_id) -> list[FollowUpRow]``
    ``open_followups(today) -> list[FollowUpRow]``  (open and in progress; overdue first)

A follow-up is owned by an organisation (companies, mostly); ``owner`` is free text for
whoever chases it. Texts and owners are kept in the vault only; the audit log records ids.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, Final

from bizhr_desktop.core.errors import InvalidInput, RecordNotFound
from bizhr_desktop.core.models import FollowUp, FollowUpStatus, new_id
from bizhr_desktop.services.meetings import meeting_pk, now_text, parse_utc
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import Database

__all__ = ["UNCHANGED", "FollowUpRow", "FollowUpService"]


class _Unchanged(Enum):
    UNCHANGED = "unchanged"


UNCHANGED: Final = _Unchanged.UNCHANGED
OPEN_STATUSES: Final = (FollowUpStatus.OPEN.value, FollowUpStatus.IN_PROGRESS.value)
_MAX_TEXT: Final = 10_000


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    followup: FollowUp
    meeting_title: str
    organisation_id: str  # "" when none
    overdue: bool  # still open and due before the day it was listed for


_SELECT: Final = (
    "SELECT f.id, m.id, f.text, COALESCE(o.name, ''), f.owner, f.due_on, f.status, "
    "f.created_at, f.updated_at, m.title, COALESCE(o.id, '') "
    "FROM follow_up f JOIN meeting m ON m.pk = f.meeting_pk "
    "LEFT JOIN organisation o ON o.pk = f.organisation_pk "
)


def _row(row: tuple[Any, ...], today: date | None) -> FollowUpRow:
    fid, mid, text, org, owner, due, status, created, updated, title, org_id = row
    followup = FollowUp(
        id=fid,
        meeting_id=mid,
        text=text,
        organisation=org,
        owner=owner,
        due_on=date.fromisoformat(due) if due else None,
        status=status,
        created_at=parse_utc(created),
        updated_at=parse_utc(updated),
    )
    overdue = (
        today is not None
        and followup.due_on is not None
        and followup.due_on < today
        and followup.status.value in OPEN_STATUSES
    )
    return FollowUpRow(followup, title, org_id, overdue)


def _text(value: str, what: str) -> str:
    text = value.strip()
    if len(text) > _MAX_TEXT:
        raise InvalidInput(
            "The {what} is longer than {limit} characters.", what=what, limit=_MAX_TEXT
        )
    return text


def _status(value: FollowUpStatus | str) -> str:
    try:
        return FollowUpStatus(value).value
    except ValueError:
        allowed = ", ".join(s.value for s in FollowUpStatus)
        raise InvalidInput("A follow-up's status is one of {allowed}.", allowed=allowed) from None


class FollowUpService:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def _organisation_pk(self, organisation_id: str | None) -> int | None:
        if not organisation_id:
            return None
        pk = self._db.scalar("SELECT pk FROM organisation WHERE id = ?", (organisation_id,))
        if pk is None:
            raise RecordNotFound("There is no organisation with that id in this vault.")
        return int(pk)

    def add(
        self,
        meeting_id: str,
        text: str,
        *,
        organisation_id: str | None = None,
        owner: str = "",
        due_on: date | None = None,
    ) -> FollowUp:
        body = _text(text, "follow-up text")
        if not body:
            raise InvalidInput("A follow-up needs a text: what should be done?")
        meeting = meeting_pk(self._db, meeting_id)
        org = self._organisation_pk(organisation_id)
        followup_id = new_id()
        now = now_text()
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO follow_up (id, meeting_pk, organisation_pk, text, owner, due_on, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    followup_id,
                    meeting,
                    org,
                    body,
                    _text(owner, "owner"),
                    due_on.isoformat() if due_on else None,
                    now,
                    now,
                ),
            )
            self._audit.append("followup.created", {"meeting": meeting_id, "followup": followup_id})
        return self.get(followup_id).followup

    def get(self, followup_id: str, *, today: date | None = None) -> FollowUpRow:
        rows = self._db.execute(_SELECT + "WHERE f.id = ?", (followup_id,))
        if not rows:
            raise RecordNotFound("There is no follow-up with that id in this vault.")
        return _row(rows[0], today)

    def update(
        self,
        followup_id: str,
        *,
        text: str | None = None,
        owner: str | None = None,
        due_on: date | _Unchanged | None = UNCHANGED,
        organisation_id: str | _Unchanged | None = UNCHANGED,
        status: FollowUpStatus | str | None = None,
    ) -> FollowUp:
        current = self.get(followup_id).followup
        assignments: builtins.list[str] = []
        params: builtins.list[Any] = []
        if text is not None:
            body = _text(text, "follow-up text")
            if not body:
                raise InvalidInput("A follow-up needs a text: what should be done?")
            assignments.append("text = ?")
            params.append(body)
        if owner is not None:
            assignments.append("owner = ?")
            params.append(_text(owner, "owner"))
        if not isinstance(due_on, _Unchanged):
            assignments.append("due_on = ?")
            params.append(due_on.isoformat() if due_on else None)
        if not isinstance(organisation_id, _Unchanged):
            assignments.append("organisation_pk = ?")
            params.append(self._organisation_pk(organisation_id))
        if status is not None:
            assignments.append("status = ?")
            params.append(_status(status))
        if not assignments:
            return current
        with self._db.transaction():
            self._db.execute(
                f"UPDATE follow_up SET {', '.join(assignments)}, updated_at = ? "  # noqa: S608
                "WHERE id = ?",
                (*params, now_text(), followup_id),
            )
            self._audit.append(
                "followup.updated", {"meeting": current.meeting_id, "followup": followup_id}
            )
        return self.get(followup_id).followup

    def set_status(self, followup_id: str, status: FollowUpStatus | str) -> FollowUp:
        return self.update(followup_id, status=status)

    def remove(self, followup_id: str) -> None:
        current = self.get(followup_id).followup
        self._db.purge("DELETE FROM follow_up WHERE id = ?", (followup_id,))
        self._audit.append(
            "followup.removed", {"meeting": current.meeting_id, "followup": followup_id}
        )

    def of_meeting(
        self, meeting_id: str, *, today: date | None = None
    ) -> builtins.list[FollowUpRow]:
        meeting = meeting_pk(self._db, meeting_id)
        return [
            _row(row, today)
            for row in self._db.execute(
                _SELECT + "WHERE f.meeting_pk = ? ORDER BY f.due_on IS NULL, f.due_on, f.pk",
                (meeting,),
            )
        ]

    def of_organisation(
        self, organisation_id: str, *, today: date | None = None
    ) -> builtins.list[FollowUpRow]:
        org = self._organisation_pk(organisation_id)
        return [
            _row(row, today)
            for row in self._db.execute(
                _SELECT + "WHERE f.organisation_pk = ? ORDER BY m.starts_at DESC, f.pk",
                (org,),
            )
        ]

    def open_followups(self, today: date) -> builtins.list[FollowUpRow]:
        """Open and in-progress follow-ups of every meeting: overdue first, then by due date
        (undated last)."""
        rows = [
            _row(row, today)
            for row in self._db.execute(
                _SELECT + "WHERE f.status IN (?, ?) "
                "ORDER BY f.due_on IS NULL, f.due_on, m.starts_at, f.pk",
                OPEN_STATUSES,
            )
        ]
        return sorted(rows, key=lambda r: not r.overdue)  # stable: keeps the due-date order
