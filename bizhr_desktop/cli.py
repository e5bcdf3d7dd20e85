"""The ``bizhr`` command line: the same core as the window, for scripts and terminals.

This module only builds the parser from ``commands/`` and runs one command; errors are one
line on stderr, with a documented exit code (``commands._common.EXIT_CODES_HELP``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from bizhr_desktop import __version__, commands
from bizhr_desktop.commands._common import EXIT_CODES_HELP, Handler, add_unlock_options
from bizhr_desktop.core.errors import (
    BizHRError,
    ExitCode,
    OutputExists,
)
from bizhr_desktop.core.memory import harden_process


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bizhr",
        description="BizHR Desktop from the command line: encrypted participant records, offline.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"bizhr {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str, handler: Handler, help_text: str, *, unlock: bool = True, vault: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EXIT_CODES_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if vault:
            p.add_argument("vault", metavar="VAULT", help="path of the vault file (.bizhr)")
        if unlock:
            add_unlock_options(p)
        p.set_defaults(handler=handler)
        return p

    for module_name in commands.MODULES:
        module = importlib.import_module(f"bizhr_desktop.commands.{module_name}")
        module.register(sub, command)
    return parser


def fail(message: str, code: int) -> NoReturn:
    print(f"bizhr: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # before any secret is read: no /proc/PID/mem, ptrace or core dump
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except OutputExists as exc:
        fail(f"{exc.message} Add --force to replace it.", exc.exit_code)
    except BizHRError as exc:
        fail(exc.message, exc.exit_code)
    except KeyboardInterrupt:
        fail("interrupted; nothing was changed.", ExitCode.CANCELLED)
    except BrokenPipeError:
        return ExitCode.OK


if __name__ == "__main__":
    raise SystemExit(main())
