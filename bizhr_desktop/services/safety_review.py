"""The safety review of a meeting: what could expose someone, the assessment, the sign-off.

The service API:

``SafetyReviewService(db, audit)``
    ``safety_review(meeting_id) -> SafetyReview``  (flags, most serious first)
    ``record_assessment(meeting_id, text) -> None``  (secret; a new text reopens the sign-off)
    ``check_flag(meeting_id, key, reason) -> SafetyReview``  (the reason is secret)
    ``uncheck_flag(meeting_id, key) -> SafetyReview``
    ``sign_off(meeting_id, by) -> SafetyReview``  (every critical flag checked first)
    ``is_signed_off(meeting_id) -> bool``
    ``require_plaintext_list_allowed(meeting_id, override_reason=None, *, purpose="list")
    -> Clearance``  (raises ``SafetyReviewPending``)
    ``overrides(meeting_id) -> list[Override]``

Flags (invitees who declined are left out):
- ``at_risk_from_focus_country`` (critical): an invitee at high or critical risk whose country
  is one of the focus countries.
- ``at_risk_invitee`` (warning): any other invitee at high or critical risk.
- ``venue_in_focus_country`` (critical) / ``venue_near_focus_country`` (warning): an in-person
  or hybrid meeting held in a focus country, or in the same UN M49 region as one. The venue's
  country is the one entered, else that of the event in whose margins it is held.
- ``venue_unknown`` (warning): in person or hybrid, focus countries set, venue country unknown.
- ``no_chatham_house`` (warning): the meeting is not under the Chatham House Rule.
- ``missing_consent`` (notice): invitees a list of this meeting could not name — without
  ``consent_coorganisers`` for a venue list (in person, hybrid), without ``consent_network``
  for a participant list (meetings not under the Rule). They will appear pseudonymised or
  in counts only; the flag says so before someone is surprised at the door.

Messages name at-risk invitees by pseudonym only; ``person_ids`` lets the screen link them.

Checks: a coordinator marks a flag "checked" with a reason (what they looked at, what they
decided). The check belongs to the flag's ``key`` (its kind and, for an at-risk invitee, that
person) and to what the flag said then (``digest``): a flag that now says something else is
unchecked again. The reason stays in ``safety_check`` inside the vault (it may name people);
the audit log records the meeting and the flag's kind only.

Sign-off: records when and by whom (in the meeting row; the audit entry holds no name) and a
fingerprint of the flags that matter — every at-risk invitee and every meeting-level flag.
It is possible only once every critical flag is checked. The sign-off holds while that
fingerprint is unchanged: a new at-risk invitee, a venue moved next to the focus country, a
new assessment text, or a critical flag's check withdrawn reopens the review.

Gate: deep dives always need a sign-off before a plaintext list (export, drafts) leaves the
vault; other meetings need one only when the review raises a critical or warning flag. An
override reason lets a list out anyway: the reason is stored in ``meeting_override`` inside
the vault (it may name people), the audit log records the meeting, the purpose and the
override's id only.
"""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Final

from bizhr_desktop.core.countries import country_name, region_of
from bizhr_desktop.core.errors import InvalidInput, SafetyReviewPending
from bizhr_desktop.core.masking import MASKED_SQL, display_name
from bizhr_desktop.core.models import MeetingFormat, MeetingKind, new_id
from bizhr_desktop.services.meetings import MeetingService, meeting_pk, now_text, parse_utc
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import Database

__all__ = [
    "Clearance",
    "FlagCheck",
    "FlagKind",
    "Override",
    "SafetyFlag",
    "SafetyReview",
    "SafetyReviewService",
    "Severity",
]

_MAX_SIGNER: Final = 200
MAX_CHECK_REASON: Final = 2_000


class Severity(StrEnum):
    CRITICAL = "critical"
    WARNING = "warning"
    NOTICE = "notice"

    @property
    def rank(self) -> int:
        return (Severity.CRITICAL, Severity.WARNING, Severity.NOTICE).index(self)


class FlagKind(StrEnum):
    AT_RISK_FROM_FOCUS_COUNTRY = "at_risk_from_focus_country"
    AT_RISK_INVITEE = "at_risk_invitee"
    VENUE_IN_FOCUS_COUNTRY = "venue_in_focus_country"
    VENUE_NEAR_FOCUS_COUNTRY = "venue_near_focus_country"
    VENUE_UNKNOWN = "venue_unknown"
    NO_CHATHAM_HOUSE = "no_chatham_house"
    MISSING_CONSENT = "missing_consent"


# Kinds whose people are part of the sign-off fingerprint (one more of them reopens it).
_PEOPLE_IN_FINGERPRINT: Final = frozenset(
    {FlagKind.AT_RISK_FROM_FOCUS_COUNTRY, FlagKind.AT_RISK_INVITEE}
)


@dataclass(frozen=True, slots=True)
class SafetyFlag:
    kind: FlagKind
    severity: Severity
    message: str  # a sentence for the coordinator; at-risk people by pseudonym only
    person_ids: tuple[str, ...] = ()
    subject: str = ""  # the invitee's on-screen name (a pseudonym), or what a flag is about

    @property
    def about_one_person(self) -> bool:
        return self.kind in _PEOPLE_IN_FINGERPRINT

    @property
    def key(self) -> str:
        """Which flag this is, the same in every review of the meeting: a check belongs here."""
        if self.about_one_person:
            return f"{self.kind}:{self.person_ids[0]}"
        return f"{self.kind}:{self.subject}" if self.subject else str(self.kind)

    @property
    def digest(self) -> str:
        """What the flag says now: a check given to another wording no longer holds."""
        said = "\n".join((self.kind, self.severity, self.message, *sorted(self.person_ids)))
        return hashlib.sha256(said.encode("utf-8")).hexdigest()[:32]

    @property
    def fingerprint_key(self) -> str | None:
        if self.severity is Severity.NOTICE:
            return None
        if self.kind in _PEOPLE_IN_FINGERPRINT:
            return f"{self.kind}:{','.join(sorted(self.person_ids))}"
        return str(self.kind)


@dataclass(frozen=True, slots=True)
class FlagCheck:
    """A flag looked at: when, and why it may stand (secret)."""

    key: str
    reason: str
    checked_at: datetime | None


@dataclass(frozen=True, slots=True)
class SafetyReview:
    meeting_id: str
    kind: MeetingKind
    flags: tuple[SafetyFlag, ...]
    assessment_recorded: bool
    signed_off_at: datetime | None
    signed_off_by: str
    signed_off: bool  # signed and still current
    fingerprint: str
    # Checks of the flags raised now, by flag key (a check of a flag that changed is not here).
    checks: Mapping[str, FlagCheck] = field(default_factory=dict, hash=False)

    def check_of(self, flag: SafetyFlag) -> FlagCheck | None:
        return self.checks.get(flag.key)

    @property
    def unchecked_critical(self) -> tuple[SafetyFlag, ...]:
        """The critical flags nobody has marked checked yet: a sign-off waits for them."""
        return tuple(
            f for f in self.flags if f.severity is Severity.CRITICAL and f.key not in self.checks
        )

    @property
    def sign_off_outdated(self) -> bool:
        """Signed once, but the flags have changed since."""
        return self.signed_off_at is not None and not self.signed_off

    @property
    def needs_sign_off(self) -> bool:
        """Whether a plaintext list needs a sign-off (or an override) first."""
        return self.kind is MeetingKind.DEEP_DIVE or any(
            f.severity is not Severity.NOTICE for f in self.flags
        )

    @property
    def pending(self) -> bool:
        return self.needs_sign_off and not self.signed_off


class Clearance(StrEnum):
    """Why a plaintext list was allowed."""

    SIGNED_OFF = "signed_off"
    NOT_NEEDED = "not_needed"
    OVERRIDDEN = "overridden"


@dataclass(frozen=True, slots=True)
class Override:
    id: str
    purpose: str
    reason: str  # secret
    created_at: datetime | None


# What a flag about the meeting (not about one invitee) is called in a sentence.
_KIND_WORDS: Final = {
    FlagKind.VENUE_IN_FOCUS_COUNTRY: "the venue in a focus country",
    FlagKind.VENUE_NEAR_FOCUS_COUNTRY: "the venue near a focus country",
    FlagKind.VENUE_UNKNOWN: "the venue's unknown country",
    FlagKind.NO_CHATHAM_HOUSE: "no Chatham House Rule",
    FlagKind.MISSING_CONSENT: "missing consent",
}


def _fingerprint(flags: tuple[SafetyFlag, ...]) -> str:
    keys = sorted(k for k in (f.fingerprint_key for f in flags) if k is not None)
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()


def _country_label(code: str) -> str:
    try:
        return country_name(code) or "an unknown country"
    except InvalidInput:
        return code


class SafetyReviewService:
    """Reviews, assessments, sign-offs and the gate that exports and drafts pass through."""

    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit
        self._meetings = MeetingService(db, audit)

    # ------------------------------------------------------------ the review

    def _flags(self, meeting_id: str) -> tuple[SafetyFlag, ...]:
        record = self._meetings.get(meeting_id)
        meeting = record.meeting
        pk = meeting_pk(self._db, meeting_id)
        focus = set(meeting.focus_countries)
        focus_names = ", ".join(_country_label(c) for c in meeting.focus_countries)
        flags: builtins.list[SafetyFlag] = []

        for pid, full, pseudo, group, country, risk in self._db.execute(
            "SELECT p.id, p.full_name, p.pseudonym, p.stakeholder_group, p.country, p.risk_level "  # noqa: S608
            "FROM invitation i JOIN person p ON p.pk = i.person_pk "
            "WHERE i.meeting_pk = ? AND i.status != 'declined' "
            f"AND {MASKED_SQL} ORDER BY p.id",
            (pk,),
        ):
            label, _ = display_name(full, pseudo, group, pid, risk, reveal=False)
            where = f", from {_country_label(country)}" if country else ""
            if country and country in focus:
                flags.append(
                    SafetyFlag(
                        FlagKind.AT_RISK_FROM_FOCUS_COUNTRY,
                        Severity.CRITICAL,
                        f"{label} ({risk} risk{where}) is invited to a meeting focused on "
                        f"{focus_names}. Check that taking part, travelling and appearing on "
                        "any list is safe for them, and reach them only through their secure "
                        "channel.",
                        (pid,),
                        label,
                    )
                )
            else:
                flags.append(
                    SafetyFlag(
                        FlagKind.AT_RISK_INVITEE,
                        Severity.WARNING,
                        f"{label} ({risk} risk{where}) is invited. Keep them off every list "
                        "unless they agreed, and reach them through their secure channel.",
                        (pid,),
                        label,
                    )
                )

        if meeting.format is not MeetingFormat.VIRTUAL and focus:
            venue = record.effective_venue_country
            if not venue:
                flags.append(
                    SafetyFlag(
                        FlagKind.VENUE_UNKNOWN,
                        Severity.WARNING,
                        "The venue's country is not recorded, so it cannot be checked against "
                        f"the focus countries ({focus_names}). Add it to the meeting.",
                    )
                )
            elif venue in focus:
                flags.append(
                    SafetyFlag(
                        FlagKind.VENUE_IN_FOCUS_COUNTRY,
                        Severity.CRITICAL,
                        f"The meeting is held in person in {_country_label(venue)}, a focus "
                        "country: participants can be seen arriving and leaving. Consider a "
                        "virtual meeting or a venue elsewhere.",
                    )
                )
            else:
                region = region_of(venue)
                near = sorted(c for c in focus if region_of(c) == region)
                if near:
                    flags.append(
                        SafetyFlag(
                            FlagKind.VENUE_NEAR_FOCUS_COUNTRY,
                            Severity.WARNING,
                            f"The meeting is held in person in {_country_label(venue)}, in the "
                            f"same region ({region}) as "
                            f"{', '.join(_country_label(c) for c in near)}. Check who could "
                            "watch the venue.",
                        )
                    )

        if not meeting.chatham_house:
            flags.append(
                SafetyFlag(
                    FlagKind.NO_CHATHAM_HOUSE,
                    Severity.WARNING,
                    "This meeting is not held under the Chatham House Rule: participants may "
                    "say who said what. Tell at-risk invitees before they accept.",
                )
            )

        lists: builtins.list[tuple[str, str]] = []
        if meeting.format is not MeetingFormat.VIRTUAL:
            lists.append(("consent_coorganisers", "a venue or co-organiser list"))
        if not meeting.chatham_house:
            lists.append(("consent_network", "a list shared with other participants"))
        for column, what in lists:
            ids = tuple(
                pid
                for (pid,) in self._db.execute(
                    "SELECT p.id FROM invitation i JOIN person p ON p.pk = i.person_pk "  # noqa: S608
                    f"WHERE i.meeting_pk = ? AND i.status != 'declined' AND p.{column} = 0 "
                    "ORDER BY p.id",
                    (pk,),
                )
            )
            if ids:
                flags.append(
                    SafetyFlag(
                        FlagKind.MISSING_CONSENT,
                        Severity.NOTICE,
                        f"{len(ids)} invitee(s) have not consented to being named on {what}: "
                        "they will appear there only under a pseudonym or in a count.",
                        ids,
                        column,
                    )
                )
        flags.sort(key=lambda f: f.severity.rank)
        return tuple(flags)

    def safety_review(self, meeting_id: str) -> SafetyReview:
        record = self._meetings.get(meeting_id)
        flags = self._flags(meeting_id)
        fingerprint = _fingerprint(flags)
        stored = self._db.scalar(
            "SELECT risk_signed_off_flags FROM meeting WHERE id = ?", (meeting_id,)
        )
        signed_at = record.meeting.risk_signed_off_at
        digests = {f.key: f.digest for f in flags}
        checks: dict[str, FlagCheck] = {
            key: FlagCheck(key, reason, parse_utc(at))
            for key, digest, reason, at in self._db.execute(
                "SELECT c.flag_key, c.flag_digest, c.reason, c.checked_at FROM safety_check c "
                "JOIN meeting m ON m.pk = c.meeting_pk WHERE m.id = ?",
                (meeting_id,),
            )
            if digests.get(key) == digest
        }
        return SafetyReview(
            meeting_id=meeting_id,
            kind=record.meeting.kind,
            flags=flags,
            assessment_recorded=bool(record.meeting.risk_assessment.strip()),
            signed_off_at=signed_at,
            signed_off_by=record.meeting.risk_signed_off_by,
            # A check that lapsed (its flag now says something else) reopens the sign-off,
            # as withdrawing it does: signed off means every critical flag checked as it is.
            signed_off=signed_at is not None
            and stored == fingerprint
            and all(f.key in checks for f in flags if f.severity is Severity.CRITICAL),
            fingerprint=fingerprint,
            checks=checks,
        )

    # ------------------------------------------------------------ assessment and sign-off

    def record_assessment(self, meeting_id: str, text: str) -> None:
        """Store the coordinator's risk assessment (secret). A changed text needs a new
        sign-off: the one given was for the old assessment."""
        meeting_pk(self._db, meeting_id)
        with self._db.transaction():
            self._db.execute(
                "UPDATE meeting SET risk_assessment = ?, risk_signed_off_at = NULL, "
                "risk_signed_off_by = '', risk_signed_off_flags = '', updated_at = ? "
                "WHERE id = ? AND risk_assessment != ?",
                (text, now_text(), meeting_id, text),
            )
            if int(self._db.scalar("SELECT changes()")):
                self._audit.append("meeting.risk_assessed", {"meeting": meeting_id})

    def check_flag(self, meeting_id: str, key: str, reason: str) -> SafetyReview:
        """Mark a flag raised now as looked at, for *reason* (secret: it may name people).
        Checking it again replaces the reason."""
        why = reason.strip()
        if not why:
            raise InvalidInput("Say why the flag may stand: what you checked and decided.")
        if len(why) > MAX_CHECK_REASON:
            raise InvalidInput(
                "The reason is longer than {limit} characters.", limit=MAX_CHECK_REASON
            )
        flag = self._raised(meeting_id, key)
        pk = meeting_pk(self._db, meeting_id)
        person_pk = (
            self._db.scalar("SELECT pk FROM person WHERE id = ?", (flag.person_ids[0],))
            if flag.about_one_person
            else None
        )
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO safety_check (meeting_pk, flag_key, person_pk, flag_digest, reason, "
                "checked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_pk, flag_key) DO "
                "UPDATE SET person_pk = excluded.person_pk, flag_digest = excluded.flag_digest, "
                "reason = excluded.reason, checked_at = excluded.checked_at",
                (pk, flag.key, person_pk, flag.digest, why, now_text()),
            )
            # The reason and the person stay in the vault's tables, not in the log.
            self._audit.append(
                "meeting.flag_checked",
                {"meeting": meeting_id, "flag": flag.kind.value, "severity": flag.severity.value},
            )
        return self.safety_review(meeting_id)

    def uncheck_flag(self, meeting_id: str, key: str) -> SafetyReview:
        """Withdraw a flag's check. Withdrawing a critical flag's check reopens a sign-off."""
        flag = self._raised(meeting_id, key)
        pk = meeting_pk(self._db, meeting_id)
        with self._db.transaction():
            self._db.execute(
                "DELETE FROM safety_check WHERE meeting_pk = ? AND flag_key = ?", (pk, flag.key)
            )
            if not int(self._db.scalar("SELECT changes()")):
                return self.safety_review(meeting_id)
            if flag.severity is Severity.CRITICAL:
                # The sign-off was given with this flag checked: it no longer holds.
                self._db.execute(
                    "UPDATE meeting SET risk_signed_off_flags = '', updated_at = ? WHERE pk = ? "
                    "AND risk_signed_off_at IS NOT NULL",
                    (now_text(), pk),
                )
            self._audit.append(
                "meeting.flag_unchecked",
                {"meeting": meeting_id, "flag": flag.kind.value, "severity": flag.severity.value},
            )
        return self.safety_review(meeting_id)

    def _raised(self, meeting_id: str, key: str) -> SafetyFlag:
        for flag in self._flags(meeting_id):
            if flag.key == key:
                return flag
        raise InvalidInput(
            "The review of this meeting no longer raises that flag: look at the review again."
        )

    def sign_off(self, meeting_id: str, by: str) -> SafetyReview:
        """Sign the review off as it stands now. Needs the signer's name, every critical
        flag checked and, for a deep dive or a meeting with flags, a recorded assessment."""
        signer = " ".join(by.split())
        if not signer:
            raise InvalidInput("Say who signs the safety review off.")
        if len(signer) > _MAX_SIGNER:
            raise InvalidInput(
                "The signer's name is longer than {limit} characters.", limit=_MAX_SIGNER
            )
        review = self.safety_review(meeting_id)
        if (review.kind is MeetingKind.DEEP_DIVE or review.flags) and not (
            review.assessment_recorded
        ):
            raise InvalidInput(
                "Record the meeting's risk assessment before signing its safety review off."
            )
        if review.unchecked_critical:
            raise InvalidInput(
                "{count} critical flag(s) are not checked yet: {which}. Look at each one and "
                "mark it checked, with a reason, before signing the review off.",
                count=len(review.unchecked_critical),
                which=", ".join(
                    f.subject or _KIND_WORDS[f.kind] for f in review.unchecked_critical
                ),
            )
        with self._db.transaction():
            self._db.execute(
                "UPDATE meeting SET risk_signed_off_at = ?, risk_signed_off_by = ?, "
                "risk_signed_off_flags = ?, updated_at = ? WHERE id = ?",
                (now_text(), signer, review.fingerprint, now_text(), meeting_id),
            )
            # The signer's name is personal data: it stays in the meeting row, not the log.
            self._audit.append(
                "meeting.signed_off", {"meeting": meeting_id, "flags": len(review.flags)}
            )
        return self.safety_review(meeting_id)

    def is_signed_off(self, meeting_id: str) -> bool:
        return self.safety_review(meeting_id).signed_off

    # ------------------------------------------------------------ the gate

    def require_plaintext_list_allowed(
        self, meeting_id: str, override_reason: str | None = None, *, purpose: str = "list"
    ) -> Clearance:
        """Allow a plaintext list of this meeting's people, or raise SafetyReviewPending.

        With an override reason the list is allowed and the override recorded.
        """
        review = self.safety_review(meeting_id)
        if review.signed_off:
            return Clearance.SIGNED_OFF
        if not review.needs_sign_off:
            return Clearance.NOT_NEEDED
        reason = (override_reason or "").strip()
        if not reason:
            why = (
                "its review changed after it was signed off"
                if review.sign_off_outdated
                else "its safety review is not signed off"
            )
            raise SafetyReviewPending(
                "No plaintext {purpose} of this meeting can leave the vault yet: {why}. "
                "Review the meeting's flags and sign them off, or give a reason to override.",
                purpose=purpose,
                why=why,
            )
        override_id = new_id()
        pk = meeting_pk(self._db, meeting_id)
        with self._db.transaction():
            self._db.execute(
                "INSERT INTO meeting_override (id, meeting_pk, purpose, reason, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (override_id, pk, purpose[:100], reason, now_text()),
            )
            self._audit.append(
                "meeting.safety_override",
                {"meeting": meeting_id, "override": override_id, "purpose": purpose[:100]},
            )
        return Clearance.OVERRIDDEN

    def overrides(self, meeting_id: str) -> builtins.list[Override]:
        pk = meeting_pk(self._db, meeting_id)
        return [
            Override(oid, purpose, reason, parse_utc(at))
            for oid, purpose, reason, at in self._db.execute(
                "SELECT id, purpose, reason, created_at FROM meeting_override "
                "WHERE meeting_pk = ? ORDER BY pk",
                (pk,),
            )
        ]
