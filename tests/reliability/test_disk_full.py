"""Every write command on a real, small file system filled to several levels.

A tmpfs is mounted by the test (root only; skipped with the reason elsewhere), the prepared
folder copied onto it and a filler file leaves a given number of bytes free. Each command then
either succeeds, or fails with a sentence that says the disk is full, the right exit code and
nothing lost: the vault verifies, holds all of its records and none of the half change, and no
partial output or temporary file is left.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ExitCode
from tests.reliability.harness import bizhr, record, scaled, strays
from tests.reliability.operations import OPERATIONS

FREE_LEVELS = [0, 8 * 1024, 64 * 1024, 256 * 1024, 768 * 1024][: scaled(4, 5)]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode:
        pytest.skip(f"mounting a tmpfs is not allowed here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as handle:
        handle.truncate(0)
        chunk = b"\0" * (1024 * 1024)
        left = max(free - leave, 0)
        while left:
            try:
                left -= handle.write(chunk[: min(len(chunk), left)])
            except OSError:
                break
            handle.flush()
    return filler


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(set(OPERATIONS) - {"travel-back"}))
def test_a_full_disk_is_said_plainly_and_loses_nothing(
    name: str,
    bases: dict[str, Path],
    small_disk: Path,
) -> None:
    operation = OPERATIONS[name]
    base = bases[operation.base]
    for free in FREE_LEVELS:
        work = small_disk / "work"
        shutil.copytree(base, work)
        filler = _fill(small_disk, free)
        done = bizhr(*operation.argv(work))
        filler.unlink()
        try:
            assert "Traceback" not in done.stderr, done.stderr
            if done.returncode != ExitCode.OK:
                assert done.returncode == ExitCode.ERROR, done.stderr
                assert "disk is full" in done.stderr.lower(), done.stderr
            state = operation.check(work)
            if done.returncode != ExitCode.OK:
                assert state in ("before", "n/a"), f"failed, yet the change is there: {state}"
            left = strays(work, {p.name for p in base.iterdir()} | operation.allowed(work))
            assert left == [], f"stray files: {left}"
        except BaseException as exc:
            record("disk-full", operation=name, free=free, ok=False, detail=str(exc)[:300])
            raise
        record("disk-full", operation=name, free=free, ok=True, exit=done.returncode)
        shutil.rmtree(work)
