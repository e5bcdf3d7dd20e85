"""kill -9 the real CLI at random moments (seeded) during every command that writes.

For each command a prepared folder is copied, the command started and killed after a delay
drawn from [0, its measured duration]. After each kill the vault opens with its secrets
(exactly one of old/new after a key change), passes ``verify``, holds all or nothing of the
command's change, and no file is left near the vault or the output that should not be there.
CI runs a few kills per command; ``make reliability`` runs 20 per command (≥ 200 in all).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.reliability.harness import REPO, SEED, bizhr, cli_argv, record, scaled, strays
from tests.reliability.operations import OPERATIONS


def _durations(name: str, base: Path, scratch: Path) -> float:
    """How long the command takes when it is not killed (and that it succeeds)."""
    work = scratch / f"{name}-timing"
    shutil.copytree(base, work)
    start = time.perf_counter()
    done = bizhr(*OPERATIONS[name].argv(work))
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, f"{name}: {done.stderr}"
    assert OPERATIONS[name].check(work) == ("n/a" if name in ("rekey", "revoke") else "after")
    shutil.rmtree(work)
    return elapsed


KILLS = scaled(3, 20)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_kill_9_at_random_moments_loses_nothing_and_leaves_nothing(
    name: str, bases: dict[str, Path], tmp_path: Path
) -> None:
    operation = OPERATIONS[name]
    base = bases[operation.base]
    duration = _durations(name, base, tmp_path)
    rng = random.Random(f"{SEED}-{name}")
    for round_ in range(KILLS):
        work = tmp_path / f"{name}-{round_}"
        shutil.copytree(base, work)
        delay = rng.uniform(0.0, duration)
        process = subprocess.Popen(
            cli_argv(*operation.argv(work)),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        finished = process.poll() is not None
        process.kill()
        process.wait()
        try:
            state = operation.check(work)
            left = strays(work, {p.name for p in base.iterdir()} | operation.allowed(work))
            assert left == [], f"stray files after the kill: {left}"
        except BaseException as exc:
            record("crash", operation=name, delay=round(delay, 3), ok=False, detail=str(exc))
            raise
        record("crash", operation=name, delay=round(delay, 3), ok=True, state=state,
               finished=finished)  # fmt: skip
        shutil.rmtree(work)
