"""Files given to read that would hang or exhaust the program: refused with a sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ExitCode

REPO = Path(__file__).parents[2]
PASSPHRASE = "correct horse battery staple"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs")


def _bizhr(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        capture_output=True, text=True, cwd=REPO, timeout=60, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_fifo_or_a_folder_given_to_import_is_refused_without_hanging(tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    vault = tmp_path / "v.bizhr"
    init = _bizhr("init", str(vault), "--passphrase-file", str(secret), "--unlock",
                  "passphrase", "--kdf-time", "0.1")  # fmt: skip
    assert init.returncode == 0, init.stderr
    fifo = tmp_path / "people.csv"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for target in (fifo, folder):
        refused = _bizhr("import", str(vault), str(target), "--passphrase-file", str(secret))
        assert refused.returncode == ExitCode.ERROR, refused.stderr
        assert "Traceback" not in refused.stderr
        assert "not an ordinary file" in refused.stderr or "folder" in refused.stderr
    bundle_fifo = tmp_path / "bundle.age"
    os.mkfifo(bundle_fifo)
    words = tmp_path / "words.txt"
    words.write_text("tundra-maple-orbit-saddle-quiver-lantern\n")
    for command in (
        ("import-bundle", str(vault), str(bundle_fifo), "--bundle-passphrase-file", str(words)),
        ("travel", str(vault), "back", str(bundle_fifo), "--bundle-passphrase-file", str(words)),
    ):
        refused = _bizhr(*command, "--passphrase-file", str(secret))
        assert refused.returncode != 0 and "Traceback" not in refused.stderr, refused.stderr
