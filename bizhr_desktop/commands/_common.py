"""What every ``bizhr`` command shares: reading secrets, opening the vault once, output.

Secrets are read from a file (``--passphrase-file PATH``, ``-`` for standard input) or asked
for at a terminal; never from the command line or the environment, where other users and
shell history could see them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bizhr_desktop.core.errors import (
    BizHRError,
    ExitCode,
)
from bizhr_desktop.services import vaults

EXIT_CODES_HELP = """exit codes:
  0  success
  1  error (bad input, disk full, failed check, ...)
  2  usage error
  3  wrong passphrase or recovery key
  4  vault or key file damaged, or written by a newer version
  5  vault in use by another window or command
  6  OS keyring unavailable, insecure or missing this vault's key
  7  not found
  8  cancelled
"""

Handler = Callable[[argparse.Namespace], int]
# The factory ``cli.build_parser`` hands each module's ``register``: adds one sub-command.
Command = Callable[..., argparse.ArgumentParser]


class UsageError(BizHRError):
    exit_code = ExitCode.USAGE


# ---------------------------------------------------------------- secrets


def _strip_newline(raw: bytes) -> bytearray:
    value = bytearray(raw)
    while value and value[-1] in (0x0A, 0x0D):
        del value[-1]
    return value


def read_secret_file(path: str, what: str) -> bytearray:
    """First line of *path* (``-``: standard input), without its line ending."""
    if path == "-":
        raw = sys.stdin.buffer.readline()
    else:
        try:
            with open(path, "rb") as handle:
                raw = handle.readline()
        except OSError as exc:
            raise UsageError(f"Cannot read the {what} file {path}: {exc.strerror}.") from None
    value = _strip_newline(raw)
    if not value:
        raise UsageError(f"The {what} file {path} is empty.")
    return value


def prompt_secret(
    prompt: str, *, confirm: bool = False, flag: str = "--passphrase-file"
) -> bytearray:
    if not sys.stdin.isatty():
        raise UsageError(
            f"No terminal to ask for the {prompt.lower().rstrip(': ')}: "
            f"give {flag} PATH (or - to read it from standard input)."
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise UsageError("The two passphrases differ; nothing was changed.")
    if not first:
        raise UsageError("An empty passphrase is not allowed.")
    return bytearray(first.encode("utf-8"))


def passphrase_from(args: argparse.Namespace, *, confirm: bool = False) -> bytearray:
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file, "passphrase")
    return prompt_secret("Passphrase: ", confirm=confirm)


SEARCH_PRIVACY = (
    "a name typed on the command line can be seen by other users of this computer (in the "
    "process list) and stays in the shell's history; --search-file PATH (- for standard "
    "input) or the prompt keep it private"
)


def add_search_file_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--search-file",
        metavar="PATH",
        help="read the search text from the first line of PATH (- for standard input)",
    )


def search_text(args: argparse.Namespace, given: str | None, *, ask: bool) -> str:
    """The search text from ``--search-file``, the command line, or (with *ask*) a prompt."""
    path = getattr(args, "search_file", None)
    if path:
        if given:
            raise UsageError("Give the search text once: on the command line or in a file.")
        if path == "-" and getattr(args, "passphrase_file", None) == "-":
            raise UsageError(
                "Standard input cannot carry both the search text and the passphrase: "
                "give one of them in a file."
            )
        raw = read_secret_file(path, "search text")
        try:
            return raw.decode("utf-8", "replace")
        finally:
            raw[:] = b"\0" * len(raw)
    if given is not None:
        return given
    if not ask:
        return ""
    if not sys.stdin.isatty():
        raise UsageError(
            "Say what to search for: --search-file PATH (- for standard input), or run the "
            "command at a terminal to be asked."
        )
    return input("Search for: ")


# ---------------------------------------------------------------- opening


def add_unlock_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("unlocking")
    group.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help="read the passphrase from the first line of PATH (- for stdin)",
    )
    group.add_argument(
        "--recovery-key-file",
        metavar="PATH",
        help="open with the recovery key in PATH (- for stdin) instead",
    )
    group.add_argument(
        "--keyring-only",
        action="store_true",
        help="open with the OS keyring alone (vaults set up that way)",
    )


@contextmanager
def unlock_secret(
    args: argparse.Namespace, passphrase: bytearray | None = None, *, path: Path | None = None
) -> Iterator[dict[str, Any]]:
    """The secret named by the unlock options, as keyword arguments of ``vaults.unlock``;
    wiped afterwards (except *passphrase*, read by the caller, who wipes it)."""
    if args.recovery_key_file:
        code = read_secret_file(args.recovery_key_file, "recovery key")
        try:
            yield {"recovery_code": code.decode("utf-8", "replace")}
        finally:
            code[:] = b"\0" * len(code)
    elif args.keyring_only:
        yield {"keyring_only": True}
    else:
        # The header and keyring are read first, so "in use" or "no such vault" is said
        # before the passphrase is asked for.
        attempt = vaults.prepare_unlock(path) if path is not None else None
        secret = passphrase if passphrase is not None else passphrase_from(args)
        try:
            yield {"passphrase": secret} | ({"attempt": attempt} if attempt else {})
        finally:
            if passphrase is None:
                secret[:] = b"\0" * len(secret)


@contextmanager
def open_session(
    args: argparse.Namespace,
    passphrase: bytearray | None = None,
    *,
    accept_missing_changes: bool = False,
) -> Iterator[vaults.VaultSession]:
    """Unlock the vault named by ``args.vault`` and lock it again afterwards.

    *passphrase*, when the caller already read it (it needs it again), is used as given and
    left for the caller to wipe."""
    path = Path(args.vault)
    with unlock_secret(args, passphrase, path=path) as secret:
        session = vaults.unlock(path, accept_missing_changes=accept_missing_changes, **secret)
    try:
        for notice in session.notices:
            print(f"note: {notice}", file=sys.stderr)
        yield session
    finally:
        session.lock()


FORCE_HELP = (
    "replace OUT if it exists (never the vault, its key file or a backup: those are always refused)"
)


def add_force_option(parser: argparse.ArgumentParser, help_text: str = FORCE_HELP) -> None:
    """``--force``: the one way to let a command replace a file that exists."""
    parser.add_argument("--force", action="store_true", help=help_text)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")
