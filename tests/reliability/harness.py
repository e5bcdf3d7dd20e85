"""What the reliability suite shares: its size (fast in CI, full with ``make reliability``),
the real CLI, and the log of outcomes that ``report.py`` turns into docs/reliability.md."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).parents[2]
FULL = os.environ.get("BIZHR_RELIABILITY_FULL") == "1"
SEED = int(os.environ.get("BIZHR_RELIABILITY_SEED", "20261207"))


def scaled(fast: int, full: int) -> int:
    """How many rounds: *fast* in CI's subset, *full* in ``make reliability``."""
    return full if FULL else fast


def record(suite: str, **fields: Any) -> None:
    """Append one outcome to the log named by BIZHR_RELIABILITY_LOG (if any)."""
    log = os.environ.get("BIZHR_RELIABILITY_LOG")
    if not log:
        return
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"suite": suite, **fields}, sort_keys=True) + "\n")


def cli_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "bizhr_desktop.cli", *args]


def bizhr(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_argv(*args),
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
        timeout=timeout,
        check=False,
    )


def strays(folder: Path, allowed: set[str]) -> list[str]:
    """Files in *folder* (and below) that are not in *allowed*: scratch copies, temporary
    files, half-made vaults. SQLite's -wal/-shm count as strays too: every check closes the
    vault properly, which removes them."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = str(path.relative_to(folder))
        if path.is_dir():
            if not any(a.startswith(relative + "/") for a in allowed):
                found.append(relative + "/")
            continue
        if relative not in allowed:
            found.append(relative)
    return found
