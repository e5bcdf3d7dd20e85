"""``bizhr travel``: move the records most at risk out of the vault before a border, and back.

``bizhr travel VAULT out -o BUNDLE [--risk high,critical] [--no-meeting-notes]
[--bundle-passphrase-file PATH] [--yes]`` prints what would leave, asks to confirm at a
terminal, writes the bundle and prints a generated passphrase once.
``bizhr travel VAULT back BUNDLE [--bundle-passphrase-file PATH]`` brings them back.
``bizhr travel VAULT status [--json]`` says how many records are away.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bizhr_desktop.commands._common import (
    Command,
    UsageError,
    open_session,
    print_json,
    prompt_secret,
    read_secret_file,
)
from bizhr_desktop.core.errors import ExitCode
from bizhr_desktop.core.models import RiskLevel
from bizhr_desktop.services import travel

TRAVEL_EPILOG = """\
Travel mode moves records out of the vault into one encrypted bundle (an age file) and
leaves a pseudonymous placeholder for each person: invitations and attendance stay, but
name, organisation, country, contacts, notes, tags, consent and contact log leave, and so
do the deep dives' outcome notes and risk assessments. Keep the bundle off the laptop (a
USB drive you leave behind, a colleague) and its passphrase apart from it.

  bizhr travel VAULT out -o /media/usb/travel.age
  bizhr travel VAULT status
  bizhr travel VAULT back /media/usb/travel.age
"""


def _risk_levels(text: str) -> frozenset[RiskLevel]:
    levels: set[RiskLevel] = set()
    for raw in text.split(","):
        word = raw.strip().lower()
        if not word:
            continue
        try:
            levels.add(RiskLevel(word))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{word!r} is not a risk level (low, medium, high, critical)"
            ) from None
    return frozenset(levels)


def _bundle_passphrase(args: argparse.Namespace, *, ask: bool) -> str | None:
    if args.bundle_passphrase_file:
        secret = read_secret_file(args.bundle_passphrase_file, "bundle passphrase")
    elif ask:
        secret = prompt_secret("Bundle passphrase: ", flag="--bundle-passphrase-file")
    else:
        return None
    try:
        return secret.decode("utf-8", "replace")
    finally:
        secret[:] = b"\0" * len(secret)


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise UsageError("Refusing to move records without confirmation: add --yes (scripts).")
    return input(question).strip().lower() in ("y", "yes")


def cmd_out(args: argparse.Namespace) -> int:
    if not args.output:
        raise UsageError("Say where to write the travel bundle: -o BUNDLE.")
    if args.bundle:
        raise UsageError("'travel out' takes no bundle argument; use -o BUNDLE.")
    destination = Path(args.output)
    with open_session(args) as session:
        plan = travel.plan_travel_out(
            session, risk_levels=args.risk, include_meeting_notes=not args.no_meeting_notes
        )
        for line in plan.lines():
            print(line)
        if plan.empty:
            print("Nothing to move; nothing was changed.")
            return ExitCode.OK
        warning = travel.destination_warning(session, destination)
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
        passphrase = _bundle_passphrase(args, ask=False)
        if not args.yes and not _confirm(
            f"Move these records out of the vault into {destination}? [y/N] "
        ):
            print("Not confirmed; nothing was changed.")
            return ExitCode.CANCELLED
        receipt = travel.travel_out(session, plan, destination, passphrase)
    print(
        f"Moved {receipt.people} people, {receipt.contact_log_entries} contact-log entries and "
        f"the notes of {receipt.meetings} meeting(s) to {receipt.destination}; the vault keeps "
        "placeholders. The bundle was read back and checked before the vault changed."
    )
    if receipt.passphrase is not None:
        # On the terminal (stderr), never on standard output that may go into a file.
        for line in (
            "Bundle passphrase (shown this once; write it down and keep it apart from",
            "the bundle; without it the records cannot come back):",
            "",
            f"    {receipt.passphrase}",
            "",
        ):
            print(line, file=sys.stderr)
    print(f"Bring them back with: bizhr travel {args.vault} back {receipt.destination}")
    return ExitCode.OK


def cmd_back(args: argparse.Namespace) -> int:
    if not args.bundle:
        raise UsageError("Say which travel bundle to bring back: bizhr travel VAULT back BUNDLE.")
    with open_session(args) as session:
        passphrase = _bundle_passphrase(args, ask=True)
        assert passphrase is not None
        result = travel.travel_back(session, Path(args.bundle), passphrase)
    for line in result.lines():
        print(line)
    print(
        "The records are whole again. The bundle file is now an extra copy: delete it "
        "once you no longer need it."
    )
    return ExitCode.OK


def cmd_status(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        status = travel.travel_status(session)
    if args.json:
        print_json(
            {
                "away_people": status.away_people,
                "away_meetings": status.away_meetings,
                "batches": [
                    {
                        "id": batch.batch_id,
                        "left_at": batch.left_at.isoformat() if batch.left_at else None,
                        "people": batch.people,
                        "meetings": batch.meetings,
                        "bundle_sha256": batch.bundle_sha256,
                    }
                    for batch in status.batches
                ],
            }
        )
        return ExitCode.OK
    if not status.anything_away:
        print("No records are away: the vault holds every record.")
        return ExitCode.OK
    print(
        f"Away in travel bundles: {status.away_people} people and the notes of "
        f"{status.away_meetings} meeting(s)."
    )
    for batch in status.batches:
        left = batch.left_at.strftime("%Y-%m-%d %H:%M UTC") if batch.left_at else "?"
        print(
            f"  left {left}: {batch.people} people, {batch.meetings} meeting(s); "
            f"bundle SHA-256 {batch.bundle_sha256[:16]}…"
        )
    return ExitCode.OK


def cmd_travel(args: argparse.Namespace) -> int:
    if args.action != "out" and (args.output or args.no_meeting_notes or args.yes):
        raise UsageError("-o, --no-meeting-notes and --yes apply to 'travel out' only.")
    if args.action == "status" and args.bundle:
        raise UsageError("'travel status' takes no bundle argument.")
    handlers = {"out": cmd_out, "back": cmd_back, "status": cmd_status}
    return handlers[args.action](args)


def register(sub: Any, command: Command) -> None:
    p = command("travel", cmd_travel, "travel mode: move at-risk records out before a border")
    p.epilog = TRAVEL_EPILOG + "\n" + (p.epilog or "")
    p.add_argument("action", choices=["out", "back", "status"], help="what to do")
    p.add_argument("bundle", nargs="?", metavar="BUNDLE", help="back: the travel bundle to read")
    p.add_argument("-o", "--output", metavar="BUNDLE", help="out: the travel bundle to write")
    p.add_argument(
        "--risk",
        type=_risk_levels,
        default=travel.DEFAULT_RISK_LEVELS,
        metavar="LEVELS",
        help="out: comma-separated risk levels whose people leave (default high,critical)",
    )
    p.add_argument(
        "--no-meeting-notes",
        action="store_true",
        help="out: leave the deep dives' outcome notes and risk assessments in the vault",
    )
    p.add_argument(
        "--bundle-passphrase-file",
        metavar="PATH",
        help="the bundle's passphrase from PATH (- for stdin); out: instead of a generated one "
        "(checked for strength); back: else asked at the terminal",
    )
    p.add_argument("--yes", action="store_true", help="out: do not ask to confirm (scripts)")
    p.add_argument("--json", action="store_true", help="status: machine-readable output")
