"""A process killed while it writes a list, a backup or a bundle leaves no plaintext behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]

WRITER = """
import sys, time
from pathlib import Path
from bizhr_desktop.vault.files import atomic_writer
with atomic_writer(Path(sys.argv[1]), "the list") as out:
    out.write(b"Peter Mwangi,KillCanary-4d1e\\n" * 20000)
    out.flush()
    print("half-written", flush=True)
    time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="O_TMPFILE is Linux's")
def test_a_write_killed_midway_leaves_no_file_at_all(tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "venue.csv"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        stdout=subprocess.PIPE,
        cwd=REPO,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "half-written"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=30)
    writer.stdout.close()
    time.sleep(0.1)
    assert list(folder.iterdir()) == [], "a killed write left a file"


def test_a_finished_write_is_in_place_and_private(tmp_path: Path) -> None:
    from bizhr_desktop.vault.files import write_atomic

    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "list.csv"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)
    assert [p.name for p in folder.iterdir()] == ["list.csv"]
