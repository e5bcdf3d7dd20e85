"""``bizhr meetings``: plan meetings, invite, record answers and attendance, review safety.

Every action is ``bizhr meetings VAULT ACTION ...``; the unlock options (``--passphrase-file``
and friends) may come before or after the action. A meeting is named by its id or the first
characters of it (at least 4); a person by their id, or by text that matches exactly one
invitee of that meeting. Texts that may name people (a risk assessment, an override reason)
are read from a file, never from the command line, where shell history and other users'
process lists would keep them.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from bizhr_desktop.commands._common import (
    EXIT_CODES_HELP,
    Command,
    UsageError,
    add_force_option,
    open_session,
    print_json,
)
from bizhr_desktop.core.countries import country_name
from bizhr_desktop.core.errors import ExitCode, InvalidInput, RecordNotFound
from bizhr_desktop.core.models import (
    Attendance,
    InvitationRole,
    InvitationStatus,
    MarginOf,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    StakeholderGroup,
)
from bizhr_desktop.services.followups import FollowUpRow
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import (
    KIND_LABELS,
    PROGRAMME_FORMATS,
    MeetingInput,
    MeetingRecord,
    MeetingService,
    utc_text,
    venue_label,
    venue_times,
)
from bizhr_desktop.services.safety_review import SafetyFlag, SafetyReview
from bizhr_desktop.services.vaults import VaultSession

Handler = Callable[[argparse.Namespace], int]

JSON_HELP = """--json output (UTF-8, keys sorted; times are UTC "YYYY-MM-DDTHH:MM:SSZ"):
  list       [{"id", "title", "kind", "status", "starts_at", "ends_at", "time_zone",
               "local_start" (venue clock, ISO with offset), "format", "venue",
               "venue_country", "margin_of", "focus_countries": [ISO codes],
               "chatham_house": bool, "invitations": {status: count},
               "attendance": {"invited", "no_answer", "tentative", "accepted" (said yes
               or came: attended counts as accepted), "declined", "attended", "no_show"}}]
  show       the same object as in list, plus "topic", "stakeholder_mix":
               {group: {status: count}}, "safety": the review object below without flags
  invitees   [{"person_id", "display_name" (pseudonym for high/critical risk unless
               --reveal), "hidden": bool, "stakeholder_group", "country", "organisation",
               "risk_level", "status", "role", "has_email": bool}]
  review     {"meeting", "needs_sign_off", "pending", "signed_off", "sign_off_outdated",
              "signed_off_at", "signed_off_by", "assessment_recorded",
              "unchecked_critical": [flag keys a sign-off waits for],
              "flags": [{"key" (for `check`), "kind", "severity" (critical|warning|notice),
                         "message", "people": count, "checked": bool,
                         "checked_at" (or null)}]}
  followups  [{"id", "meeting_id", "meeting_title", "text", "organisation", "owner",
               "due_on" (YYYY-MM-DD or null), "status", "overdue": bool}]

The risk assessment text, outcome notes, override reasons and the reasons flags were
checked are never printed.
"""

STATUS_WORDS = ", ".join(s.value for s in InvitationStatus)


# ---------------------------------------------------------------- helpers


def _services(session: VaultSession) -> tuple[MeetingService, InvitationService]:
    return session.meetings, session.invitations


def _local_time(text: str, flag: str) -> datetime:
    for layout in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"):
        try:
            return datetime.strptime(text.strip(), layout)
        except ValueError:
            continue
    raise UsageError(f"{flag} must look like 2026-11-25 09:30 (date, then 24-hour time).")


def _read_text_file(path: str, what: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        raise UsageError(f"Cannot read the {what} file {path}: {reason}.") from None


def _person_id(invitations: InvitationService, meeting_id: str, text: str) -> str:
    try:
        return str(uuid.UUID(text))
    except ValueError:
        pass
    hits = invitations.find_invitee(meeting_id, text, limit=2)
    if not hits:
        raise RecordNotFound(f"No invitee of this meeting matches “{text[:40]}”.")
    if len(hits) > 1:
        raise InvalidInput(
            f"More than one invitee matches “{text[:40]}”: type more of the name, or the id."
        )
    return hits[0].person_id


def _meeting_json(record: MeetingRecord, counts: dict[str, int]) -> dict[str, Any]:
    meeting = record.meeting
    return {
        "id": meeting.id,
        "title": meeting.title,
        "kind": meeting.kind.value,
        "status": meeting.status.value,
        "starts_at": utc_text(meeting.starts_at),
        "ends_at": utc_text(meeting.ends_at),
        "time_zone": meeting.time_zone,
        "local_start": meeting.local_start.isoformat(),
        "format": meeting.format.value,
        "venue": meeting.venue,
        "venue_country": record.venue_country,
        "margin_of": meeting.margin_of.value,
        "focus_countries": list(meeting.focus_countries),
        "chatham_house": meeting.chatham_house,
        "invitations": counts,
        "attendance": Attendance.of(counts).as_dict(),
    }


def _attendance_text(numbers: Attendance) -> str:
    if not numbers.invited:
        return "none"
    return (
        f"{numbers.invited} invited: {numbers.accepted} accepted "
        f"({numbers.attended} attended), {numbers.declined} declined, "
        f"{numbers.tentative} tentative, {numbers.no_answer} no answer, "
        f"{numbers.no_show} no-show"
    )


def _review_json(review: SafetyReview, *, flags: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "meeting": review.meeting_id,
        "needs_sign_off": review.needs_sign_off,
        "pending": review.pending,
        "signed_off": review.signed_off,
        "sign_off_outdated": review.sign_off_outdated,
        "signed_off_at": utc_text(review.signed_off_at) if review.signed_off_at else None,
        "signed_off_by": review.signed_off_by,
        "assessment_recorded": review.assessment_recorded,
        "unchecked_critical": [f.key for f in review.unchecked_critical],
    }
    if flags:
        data["flags"] = [_flag_json(review, f) for f in review.flags]
    return data


def _flag_json(review: SafetyReview, flag: SafetyFlag) -> dict[str, Any]:
    check = review.check_of(flag)
    return {
        "key": flag.key,
        "kind": flag.kind.value,
        "severity": flag.severity.value,
        "message": flag.message,
        "people": len(flag.person_ids),
        "checked": check is not None,
        "checked_at": utc_text(check.checked_at) if check and check.checked_at else None,
    }


def _followup_json(row: FollowUpRow) -> dict[str, Any]:
    f = row.followup
    return {
        "id": f.id,
        "meeting_id": f.meeting_id,
        "meeting_title": row.meeting_title,
        "text": f.text,
        "organisation": f.organisation,
        "owner": f.owner,
        "due_on": f.due_on.isoformat() if f.due_on else None,
        "status": f.status.value,
        "overdue": row.overdue,
    }


# ---------------------------------------------------------------- actions


def cmd_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, invitations = _services(session)
        records = meetings.list(year=args.year, status=args.status)
        rows = [(r, invitations.invitation_counts(r.id)) for r in records]
    if args.json:
        print_json([_meeting_json(r, counts) for r, counts in rows])
        return ExitCode.OK
    if not rows:
        print("No meetings." if args.year is None else f"No meetings in {args.year}.")
        return ExitCode.OK
    for record, counts in rows:
        meeting = record.meeting
        numbers = Attendance.of(counts)
        print(
            f"{meeting.id[:8]}  {venue_times(meeting).label}  {meeting.title}  "
            f"[{KIND_LABELS[meeting.kind]}, {meeting.status.value}]  "
            f"{numbers.invited} invited, {numbers.accepted} accepted, "
            f"{numbers.attended} attended"
        )
    return ExitCode.OK


def cmd_add(args: argparse.Namespace) -> int:
    focus = [part.strip() for part in (args.focus or "").split(",") if part.strip()]
    data = MeetingInput(
        title=args.title,
        kind=args.kind,
        starts=_local_time(args.starts, "--starts"),
        ends=_local_time(args.ends, "--ends"),
        time_zone=args.tz,
        format=args.format,
        topic=args.topic or "",
        focus_countries=focus,
        venue=args.venue or "",
        venue_country=args.venue_country or "",
        margin_of=args.margin_of or "",
        chatham_house=not args.no_chatham_house,
    )
    with open_session(args) as session:
        meetings, _ = _services(session)
        record = meetings.create(data)
    print(f"Added meeting {record.id}: {record.title}, {venue_times(record.meeting).label}.")
    return ExitCode.OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, invitations = _services(session)
        record = meetings.find(args.meeting)
        counts = invitations.invitation_counts(record.id)
        mix = invitations.stakeholder_mix(record.id)
        review = session.safety.safety_review(record.id)
    meeting = record.meeting
    if args.json:
        data = _meeting_json(record, counts)
        data.update(
            topic=meeting.topic, stakeholder_mix=mix, safety=_review_json(review, flags=False)
        )
        print_json(data)
        return ExitCode.OK
    print(f"{meeting.title}  ({meeting.id})")
    print(f"  Kind:      {KIND_LABELS[meeting.kind]}   Status: {meeting.status.value}")
    print(f"  When:      {venue_times(meeting).label} ({meeting.time_zone})")
    print(f"  UTC:       {utc_text(meeting.starts_at)} – {utc_text(meeting.ends_at)}")
    print(f"  Format:    {meeting.format.value}   Where: {venue_label(record) or '-'}")
    if meeting.focus_countries:
        print("  Focus:     " + ", ".join(country_name(c) for c in meeting.focus_countries))
    if meeting.topic:
        print(f"  Topic:     {meeting.topic}")
    print(f"  Chatham House Rule: {'yes' if meeting.chatham_house else 'no'}")
    print("  Invitations: " + _attendance_text(Attendance.of(counts)))
    for group, statuses in sorted(mix.items()):
        label = StakeholderGroup(group).label
        print(f"    {label}: " + _attendance_text(Attendance.of(statuses)))
    state = "signed off" if review.signed_off else ("PENDING" if review.pending else "not needed")
    print(f"  Safety review: {state}, {len(review.flags)} flag(s)")
    return ExitCode.OK


def cmd_cancel(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, _ = _services(session)
        record = meetings.cancel(meetings.find(args.meeting).id)
    print(f"Cancelled {record.title}. It stays in the vault; its calendar entry now says so.")
    return ExitCode.OK


def _parse_filter(spec: str) -> dict[str, list[str]]:
    wanted: dict[str, list[str]] = {"group": [], "country": [], "organisation": []}
    for part in spec.split(","):
        key, sep, value = part.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or key not in wanted or not value:
            raise UsageError(
                "--filter takes key=value pairs separated by commas, with keys group, "
                "country and organisation (an id): e.g. group=hrd,country=SD."
            )
        wanted[key].append(value)
    return wanted


def cmd_invite(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, invitations = _services(session)
        meeting_id = meetings.find(args.meeting).id
        if args.all:
            result = invitations.invite_all_active(meeting_id)
        elif args.filter:
            wanted = _parse_filter(args.filter)
            result = invitations.invite_by_filter(
                meeting_id,
                groups=wanted["group"],
                countries=wanted["country"],
                organisation_ids=wanted["organisation"],
                include_inactive=args.include_inactive,
            )
        else:
            added = invitations.invite(meeting_id, args.person, args.role)
            print("Invited." if added else "Already invited; nothing changed.")
            return ExitCode.OK
    print(f"Invited {result.added} people; {result.already} were already invited.")
    return ExitCode.OK


def cmd_invitees(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, invitations = _services(session)
        meeting_id = meetings.find(args.meeting).id
        rows = invitations.invitees(
            meeting_id,
            text=args.text or "",
            status=args.status,
            offset=args.offset,
            limit=args.limit,
            reveal=args.reveal,
        )
    if args.json:
        print_json(
            [
                {
                    "person_id": r.person_id,
                    "display_name": r.display_name,
                    "hidden": r.hidden,
                    "stakeholder_group": r.stakeholder_group,
                    "country": r.country,
                    "organisation": r.organisation,
                    "risk_level": r.risk_level,
                    "status": r.status,
                    "role": r.role,
                    "has_email": r.has_email,
                }
                for r in rows
            ]
        )
        return ExitCode.OK
    for r in rows:
        print(
            f"{r.person_id}  {r.display_name}  [{r.stakeholder_group}, {r.country or '-'}, "
            f"{r.risk_level} risk]  {r.status}, {r.role}"
        )
    return ExitCode.OK


def cmd_rsvp(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, invitations = _services(session)
        meeting_id = meetings.find(args.meeting).id
        person = _person_id(invitations, meeting_id, args.person)
        if invitations.set_status(meeting_id, [person], args.status) == 0:
            raise RecordNotFound("That person is not invited to this meeting.")
    print(f"Recorded: {args.status}.")
    return ExitCode.OK


def cmd_checkin(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, invitations = _services(session)
        meeting_id = meetings.find(args.meeting).id
        person = _person_id(invitations, meeting_id, args.person)
        row = invitations.check_in(meeting_id, person)
    print(f"Checked in: {row.display_name}.")
    return ExitCode.OK


def cmd_review(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, _ = _services(session)
        meeting_id = meetings.find(args.meeting).id
        review = session.safety.safety_review(meeting_id)
    if args.json:
        print_json(_review_json(review))
        return ExitCode.OK
    if review.signed_off:
        print(f"Signed off by {review.signed_off_by} at {review.signed_off_at:%Y-%m-%d %H:%M} UTC.")
    elif review.sign_off_outdated:
        print("The review changed after it was signed off: it needs a new sign-off.")
    elif review.pending:
        print("Not signed off: no plaintext list of this meeting can leave the vault yet.")
    else:
        print("No sign-off needed: nothing flagged.")
    if not review.assessment_recorded:
        print("No risk assessment recorded (bizhr meetings VAULT assess ID --file PATH).")
    if review.unchecked_critical:
        print(
            f"{len(review.unchecked_critical)} critical flag(s) to check before a sign-off "
            "(bizhr meetings VAULT check ID KEY --reason-file PATH)."
        )
    for flag in review.flags:
        check = review.check_of(flag)
        state = "checked" if check else "not checked"
        print(f"[{flag.severity.value}, {state}] {flag.message}\n    key: {flag.key}")
    return ExitCode.OK


def cmd_check(args: argparse.Namespace) -> int:
    reason = "" if args.undo else _read_text_file(args.reason_file, "reason")
    with open_session(args) as session:
        meetings, _ = _services(session)
        meeting_id = meetings.find(args.meeting).id
        if args.undo:
            review = session.safety.uncheck_flag(meeting_id, args.key)
            print("The flag is no longer marked checked.")
        else:
            review = session.safety.check_flag(meeting_id, args.key, reason)
            print("Flag marked checked (the reason is kept in the vault).")
    left = len(review.unchecked_critical)
    if left:
        print(f"{left} critical flag(s) still to check before a sign-off.")
    return ExitCode.OK


def cmd_assess(args: argparse.Namespace) -> int:
    text = _read_text_file(args.file, "assessment")
    if not text.strip():
        raise UsageError("The assessment file is empty.")
    with open_session(args) as session:
        meetings, _ = _services(session)
        meeting_id = meetings.find(args.meeting).id
        session.safety.record_assessment(meeting_id, text)
    print("Risk assessment recorded (any earlier sign-off now needs renewing).")
    return ExitCode.OK


def cmd_signoff(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, _ = _services(session)
        meeting_id = meetings.find(args.meeting).id
        review = session.safety.sign_off(meeting_id, args.by)
    print(f"Safety review signed off with {len(review.flags)} flag(s) acknowledged.")
    return ExitCode.OK


def cmd_programme(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        meetings, _ = _services(session)
        count = meetings.write_programme(
            args.year, args.format, Path(args.output), overwrite=args.force
        )
    print(f"Wrote the {args.year} programme ({count} meetings, no personal data) to {args.output}.")
    return ExitCode.OK


def cmd_drafts(args: argparse.Namespace) -> int:
    name, address = parseaddr(args.sender)
    if not address:
        raise UsageError("--sender must be an address, or a name and an address in <>.")
    reason = None
    if args.override_reason_file:
        reason = _read_text_file(args.override_reason_file, "override reason")
    with open_session(args) as session:
        meetings, invitations = _services(session)
        meeting_id = meetings.find(args.meeting).id
        batch = invitations.write_drafts(
            meeting_id,
            Path(args.output),
            mode="bcc" if args.bcc else "per_invitee",
            sender=(name, address) if name else address,
            include_at_risk=args.include_at_risk,
            override_reason=reason,
            overwrite=args.force,
        )
    print(f"Wrote {len(batch.files)} unsent draft(s) to {args.output}; nothing was sent.")
    if batch.neutral:
        print(f"{batch.neutral} at-risk invitee(s) got a neutral draft (date only).")
    for label, rows in (
        ("No e-mail address", batch.without_email),
        ("E-mail address unusable", batch.unusable_email),
        ("At high risk, reach through their secure channel", batch.held_back),
    ):
        if rows:
            print(f"{label} ({len(rows)}): " + ", ".join(r.display_name for r in rows))
    return ExitCode.OK


def cmd_followups(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        rows = session.followups.open_followups(date.today())
    if args.json:
        print_json([_followup_json(r) for r in rows])
        return ExitCode.OK
    if not rows:
        print("No open follow-ups.")
    for row in rows:
        f = row.followup
        due = f.due_on.isoformat() if f.due_on else "no due date"
        mark = "OVERDUE " if row.overdue else ""
        who = f" — {f.organisation}" if f.organisation else ""
        print(f"{mark}{due}  {f.text}{who}  [{row.meeting_title}; {f.status.value}]")
    return ExitCode.OK


def cmd_followup_add(args: argparse.Namespace) -> int:
    due = None
    if args.due:
        try:
            due = date.fromisoformat(args.due)
        except ValueError:
            raise UsageError("--due must be a date such as 2027-03-31.") from None
    with open_session(args) as session:
        meetings, _ = _services(session)
        meeting_id = meetings.find(args.meeting).id
        followup = session.followups.add(
            meeting_id,
            args.text,
            organisation_id=args.organisation,
            owner=args.owner or "",
            due_on=due,
        )
    print(f"Added follow-up {followup.id}.")
    return ExitCode.OK


# ---------------------------------------------------------------- parser


def _unlock_options_again(parser: argparse.ArgumentParser) -> None:
    # The same options as on ``bizhr meetings VAULT``, so they may also follow the action.
    # SUPPRESS: an option not given here must not overwrite one given before the action.
    group = parser.add_argument_group("unlocking")
    group.add_argument("--passphrase-file", metavar="PATH", default=argparse.SUPPRESS)
    group.add_argument("--recovery-key-file", metavar="PATH", default=argparse.SUPPRESS)
    group.add_argument("--keyring-only", action="store_true", default=argparse.SUPPRESS)


def register(sub: Any, command: Command) -> None:
    """Add ``bizhr meetings VAULT ACTION`` and ``bizhr followups VAULT``."""
    parser = command(
        "meetings",
        _dispatch,
        "plan meetings, invite, record answers and attendance, review safety",
    )
    parser.epilog = JSON_HELP + "\n" + EXIT_CODES_HELP
    actions = parser.add_subparsers(dest="meetings_action", metavar="ACTION", required=True)

    def action(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = actions.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=JSON_HELP + "\n" + EXIT_CODES_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _unlock_options_again(p)
        p.set_defaults(action=handler)
        return p

    def meeting_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("meeting", metavar="ID", help="meeting id (or its first 4+ characters)")

    p = action("list", cmd_list, "list meetings by start time")
    p.add_argument("--year", type=int, help="only this year (on the venue's clock)")
    p.add_argument("--status", choices=[s.value for s in MeetingStatus])
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = action("add", cmd_add, "plan a meeting")
    p.add_argument("--title", required=True)
    p.add_argument("--kind", required=True, choices=[k.value for k in MeetingKind])
    p.add_argument("--starts", required=True, metavar="'YYYY-MM-DD HH:MM'", help="venue clock")
    p.add_argument("--ends", required=True, metavar="'YYYY-MM-DD HH:MM'", help="venue clock")
    p.add_argument("--tz", required=True, metavar="ZONE", help="IANA zone, e.g. Europe/Zurich")
    p.add_argument("--format", required=True, choices=[f.value for f in MeetingFormat])
    p.add_argument("--venue", help="venue name")
    p.add_argument("--venue-country", metavar="COUNTRY", help="venue's country (name or code)")
    p.add_argument("--margin-of", choices=[m.value for m in MarginOf if m.value])
    p.add_argument("--focus", metavar="CC,CC", help="focus countries, comma-separated")
    p.add_argument("--topic")
    p.add_argument("--no-chatham-house", action="store_true", help="not under the Rule")

    p = action("show", cmd_show, "show a meeting, its invitation counts and safety state")
    meeting_arg(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = action("cancel", cmd_cancel, "cancel a meeting (kept, marked cancelled)")
    meeting_arg(p)

    p = action("invite", cmd_invite, "invite every active participant, a filtered set, or one")
    meeting_arg(p)
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--all", action="store_true", help="every person whose participation is active"
    )
    how.add_argument("--filter", metavar="SPEC", help="e.g. group=hrd,country=SD,organisation=ID")
    how.add_argument("--person", metavar="PERSON_ID", help="one person")
    p.add_argument("--role", default="participant", choices=[r.value for r in InvitationRole])
    p.add_argument("--include-inactive", action="store_true", help="with --filter: paused too")

    p = action("invitees", cmd_invitees, "list a meeting's invitees (pseudonyms for high risk)")
    meeting_arg(p)
    p.add_argument("--status", choices=[s.value for s in InvitationStatus])
    p.add_argument("--text", help="only names containing this")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--reveal", action="store_true", help="show real names of at-risk people")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = action("rsvp", cmd_rsvp, "record an invitee's answer")
    meeting_arg(p)
    p.add_argument("person", metavar="PERSON", help="person id, or text matching one invitee")
    p.add_argument("status", metavar="STATUS", choices=[s.value for s in InvitationStatus],
                   help=STATUS_WORDS)  # fmt: skip

    p = action("checkin", cmd_checkin, "mark an invitee as attended")
    meeting_arg(p)
    p.add_argument("person", metavar="PERSON", help="person id, or text matching one invitee")

    p = action("review", cmd_review, "show the safety review of a meeting")
    meeting_arg(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = action("assess", cmd_assess, "record the risk assessment (read from a file)")
    meeting_arg(p)
    p.add_argument("--file", required=True, metavar="PATH", help="UTF-8 text file (- for stdin)")

    p = action("check", cmd_check, "mark a flag of the review checked, with a reason")
    meeting_arg(p)
    p.add_argument("key", metavar="KEY", help="the flag's key, as `review` prints it")
    reason = p.add_mutually_exclusive_group(required=True)
    reason.add_argument(
        "--reason-file", metavar="PATH", help="what you checked and decided (UTF-8; - for stdin)"
    )
    reason.add_argument("--undo", action="store_true", help="withdraw the flag's check")

    p = action("signoff", cmd_signoff, "sign the safety review off as it stands")
    meeting_arg(p)
    p.add_argument("--by", required=True, metavar="NAME", help="who signs it off")

    p = action("programme", cmd_programme, "write the year's programme (no personal data)")
    p.add_argument("year", metavar="YEAR", type=int)
    p.add_argument("--format", required=True, choices=PROGRAMME_FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write")
    add_force_option(p)

    p = action("drafts", cmd_drafts, "write unsent invitation e-mails (.eml) into a folder")
    meeting_arg(p)
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write into")
    add_force_option(p, "replace drafts of the same names already in DIR")
    p.add_argument("--bcc", action="store_true", help="one draft, every invitee in Bcc")
    p.add_argument("--sender", required=True, metavar="ADDR", help="'Name <addr>' or addr")
    p.add_argument(
        "--include-at-risk",
        action="store_true",
        help="also give high/critical-risk invitees a neutral draft (date only)",
    )
    p.add_argument(
        "--override-reason-file",
        metavar="PATH",
        help="release before the safety sign-off, for the reason in PATH (recorded)",
    )

    p = action("followups", cmd_followups, "open and overdue follow-ups of every meeting")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = action("followup", cmd_followup_add, "add an invitation to take action to a meeting")
    meeting_arg(p)
    p.add_argument("--text", required=True)
    p.add_argument("--organisation", metavar="ORG_ID")
    p.add_argument("--owner")
    p.add_argument("--due", metavar="YYYY-MM-DD")

    p = command("followups", cmd_followups, "open and overdue follow-ups of every meeting")
    p.epilog = JSON_HELP + "\n" + EXIT_CODES_HELP
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _dispatch(args: argparse.Namespace) -> int:
    handler: Handler = args.action
    return handler(args)


__all__: Sequence[str] = ("JSON_HELP", "register")
