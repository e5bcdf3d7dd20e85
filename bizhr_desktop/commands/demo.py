"""``bizhr demo``: fill a vault with clearly fictional demo data (for trying BizHR, and for
measuring it at scale)."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bizhr_desktop.commands._common import Command, UsageError, open_session, passphrase_from
from bizhr_desktop.core.errors import ExitCode
from bizhr_desktop.services import demo, vaults

DEMO_EPILOG = """\
Every record is fictional: organisations carry "(fictional)" in their name, notes say
"Demo record", addresses are at example.org/.net/.com. The same --seed gives the same
people. A vault that already holds records is refused; use --create for a new one.
"""


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("a count cannot be negative")
    return value


@contextmanager
def _session(args: argparse.Namespace) -> Iterator[vaults.VaultSession]:
    if not args.create:
        with open_session(args) as session:
            yield session
        return
    if not args.passphrase_file:
        raise UsageError("--create needs --passphrase-file (the new vault's passphrase).")
    secret = passphrase_from(args)
    try:
        created = vaults.create(
            Path(args.vault),
            secret,
            method=vaults.UnlockMethod.PASSPHRASE,
            kdf_seconds=args.kdf_time,
        )
    finally:
        secret[:] = b"\0" * len(secret)
    print(f"Created {args.vault} (unlock: passphrase).", file=sys.stderr)
    print(f"Recovery key (shown once): {created.recovery_code}", file=sys.stderr)
    session = vaults.VaultSession(created.vault)
    try:
        yield session
    finally:
        session.lock()


def cmd_demo(args: argparse.Namespace) -> int:
    started = time.monotonic()
    shown: dict[str, int] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if args.quiet or not sys.stderr.isatty():
            return
        percent = 100 * done // total if total else 100
        if shown.get(stage) != percent:
            shown[stage] = percent
            print(f"\r{stage}: {percent:3d}%", end="", file=sys.stderr, flush=True)
            if done == total:
                print(file=sys.stderr)

    with _session(args) as session:
        summary = demo.populate(
            session, args.people, args.organisations, args.meetings, args.seed, progress
        )
    took = time.monotonic() - started
    print(
        f"Added {summary.people} fictional people, {summary.organisations} organisations and "
        f"{summary.meetings} meetings ({summary.invitations} invitations) in {took:.1f} s."
    )
    return ExitCode.OK


def register(sub: Any, command: Command) -> None:
    p = command("demo", cmd_demo, "fill a vault with fictional demo data (seeded)")
    p.epilog = DEMO_EPILOG + "\n" + (p.epilog or "")
    p.add_argument("--people", type=_count, default=1000, help="people (default 1000)")
    p.add_argument("--organisations", type=_count, default=100, help="organisations (default 100)")
    p.add_argument("--meetings", type=_count, default=30, help="meetings, ten a year (default 30)")
    p.add_argument("--seed", type=int, default=0, help="same seed, same records (default 0)")
    p.add_argument(
        "--create",
        action="store_true",
        help="create the vault first (passphrase only; needs --passphrase-file)",
    )
    p.add_argument(
        "--kdf-time",
        type=float,
        default=None,
        metavar="SECONDS",
        help="with --create: how long unlocking should take (default 0.6)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress on standard error")
