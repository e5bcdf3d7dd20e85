"""``bizhr demo`` end to end, through real processes: a new vault filled with fictional
people that ``bizhr people list --json`` then sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bizhr_desktop.core.errors import ExitCode

REPO = Path(__file__).parents[2]
PASSPHRASE = "correct horse battery staple"


def bizhr(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
        timeout=180,
        check=False,
    )


def test_demo_fills_a_vault_the_people_command_sees(tmp_path: Path) -> None:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    vault = tmp_path / "demo.bizhr"
    created = bizhr("demo", str(vault), "--create", "--passphrase-file", str(secret),
                    "--kdf-time", "0.1", "--people", "120", "--organisations", "12",
                    "--meetings", "12", "--seed", "4")  # fmt: skip
    assert created.returncode == ExitCode.OK, created.stderr
    assert "Added 120 fictional people, 12 organisations and 12 meetings" in created.stdout
    assert PASSPHRASE not in created.stdout + created.stderr

    listed = bizhr("people", str(vault), "list", "--json", "--limit", "500",
                   "--passphrase-file", str(secret))  # fmt: skip
    assert listed.returncode == ExitCode.OK, listed.stderr
    data = json.loads(listed.stdout)
    assert data["total"] == 120
    people = data["people"]
    assert len(people) == 120
    assert {p["stakeholder_group"] for p in people} >= {"business", "hrd", "civil_society"}
    # Masked people come out under a pseudonym, as for any other vault.
    masked = [p for p in people if p["masked"]]
    assert masked and all(p["full_name"] is None and p["pseudonym"] for p in masked)

    # Run again on the same vault: refused, nothing added.
    again = bizhr("demo", str(vault), "--passphrase-file", str(secret), "--people", "10")
    assert again.returncode == ExitCode.ERROR
    assert "empty vault" in again.stderr
    recount = bizhr("people", str(vault), "list", "--json", "--limit", "1",
                    "--passphrase-file", str(secret))  # fmt: skip
    assert json.loads(recount.stdout)["total"] == 120


def test_create_needs_a_passphrase_file(tmp_path: Path) -> None:
    result = bizhr("demo", str(tmp_path / "x.bizhr"), "--create", "--people", "5")
    assert result.returncode == ExitCode.USAGE
    assert "--passphrase-file" in result.stderr
    assert not (tmp_path / "x.bizhr").exists()
