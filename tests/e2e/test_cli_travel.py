"""``bizhr travel`` end to end, through real processes: out, status, back, and refusals."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ExitCode

REPO = Path(__file__).parents[2]
DATA = REPO / "tests" / "data"
PASSPHRASE = "correct horse battery staple"
BUNDLE_PASSPHRASE = "tundra-maple-orbit-saddle-quiver-lantern"


def bizhr(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
        input=stdin,
        timeout=180,
    )


@pytest.fixture
def vault(tmp_path: Path) -> tuple[str, list[str]]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    path = str(tmp_path / "laptop" / "network.bizhr")
    Path(path).parent.mkdir()
    init = bizhr("init", path, "--passphrase-file", str(secret), "--unlock", "passphrase",
                 "--kdf-time", "0.1")  # fmt: skip
    assert init.returncode == 0, init.stderr
    imported = bizhr(
        "import", path, str(DATA / "people_good.csv"), "--passphrase-file", str(secret)
    )
    assert imported.returncode == 0, imported.stderr
    return path, ["--passphrase-file", str(secret)]


def _at_risk_names() -> list[str]:
    with open(DATA / "people_good.csv", encoding="utf-8-sig", newline="") as handle:
        return [
            row["full_name"]
            for row in csv.DictReader(handle)
            if row["risk_level"] in ("high", "critical")
        ]


def _found(path: str, unlock: list[str], text: str) -> int:
    result = bizhr("people", path, "search", text, "--json", *unlock)
    assert result.returncode == 0, result.stderr
    return int(json.loads(result.stdout)["total"])


def test_travel_out_status_and_back(vault: tuple[str, list[str]], tmp_path: Path) -> None:
    path, unlock = vault
    names = _at_risk_names()
    assert len(names) >= 5
    probe = names[0].split()[0]
    assert _found(path, unlock, probe) >= 1

    status = bizhr("travel", path, "status", "--json", *unlock)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["away_people"] == 0

    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = usb / "travel.age"
    out = bizhr("travel", path, "out", "-o", str(bundle), "--yes", *unlock)
    assert out.returncode == 0, out.stderr
    assert f"People who leave: {len(names)}" in out.stdout
    lines = out.stderr.splitlines()  # for the terminal, never on standard output
    shown = lines.index("the bundle; without it the records cannot come back):") + 2
    generated = lines[shown].strip()
    assert generated.count("-") == 5  # six diceware words, printed once
    assert generated not in out.stdout
    assert bundle.exists() and "warning" not in out.stderr
    assert not any(name in out.stdout for name in names)

    status = bizhr("travel", path, "status", "--json", *unlock)
    data = json.loads(status.stdout)
    assert data["away_people"] == len(names) and len(data["batches"]) == 1
    text_status = bizhr("travel", path, "status", *unlock)
    assert f"{len(names)} people" in text_status.stdout
    assert _found(path, unlock, probe) == 0

    wrong = bizhr("travel", path, "back", str(bundle), "--bundle-passphrase-file", "-", *unlock,
                  stdin="not the passphrase of this bundle\n")  # fmt: skip
    assert wrong.returncode == ExitCode.WRONG_SECRET
    assert "passphrase" in wrong.stderr.lower() and "Traceback" not in wrong.stderr

    back = bizhr("travel", path, "back", str(bundle), "--bundle-passphrase-file", "-", *unlock,
                 stdin=generated + "\n")  # fmt: skip
    assert back.returncode == 0, back.stderr
    assert f"People brought back: {len(names)}" in back.stdout
    assert _found(path, unlock, probe) >= 1
    status = bizhr("travel", path, "status", "--json", *unlock)
    assert json.loads(status.stdout)["away_people"] == 0
    audit = bizhr("audit", path, "--json", "--verify", *unlock)
    assert audit.returncode == 0
    kinds = [event["kind"] for event in json.loads(audit.stdout)["events"]]
    assert "travel.out" in kinds and "travel.back" in kinds
    assert not any(name in audit.stdout for name in names)


def test_travel_out_refuses_without_confirmation_and_weak_passphrases(
    vault: tuple[str, list[str]], tmp_path: Path
) -> None:
    path, unlock = vault
    bundle = tmp_path / "travel.age"
    unconfirmed = bizhr("travel", path, "out", "-o", str(bundle), *unlock)
    assert unconfirmed.returncode == ExitCode.USAGE
    assert "--yes" in unconfirmed.stderr
    weak = tmp_path / "weak.txt"
    weak.write_text("password1\n")
    refused = bizhr("travel", path, "out", "-o", str(bundle), "--yes",
                    "--bundle-passphrase-file", str(weak), *unlock)  # fmt: skip
    assert refused.returncode == ExitCode.ERROR
    assert "too weak" in refused.stderr
    bad_risk = bizhr("travel", path, "out", "-o", str(bundle), "--risk", "extreme", *unlock)
    assert bad_risk.returncode == ExitCode.USAGE
    no_output = bizhr("travel", path, "out", "--yes", *unlock)
    assert no_output.returncode == ExitCode.USAGE and "-o BUNDLE" in no_output.stderr
    assert not bundle.exists()
    status = bizhr("travel", path, "status", "--json", *unlock)
    assert json.loads(status.stdout)["away_people"] == 0


def test_travel_out_warns_when_the_bundle_would_sit_beside_the_vault(
    vault: tuple[str, list[str]],
) -> None:
    path, unlock = vault
    bundle = Path(path).parent / "travel.age"
    secret = Path(path).parent.parent / "bundle.txt"
    secret.write_text(BUNDLE_PASSPHRASE + "\n")
    out = bizhr("travel", path, "out", "-o", str(bundle), "--risk", "critical",
                "--no-meeting-notes", "--yes", "--bundle-passphrase-file", str(secret),
                *unlock)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "whoever takes the laptop takes the bundle too" in out.stderr
    assert BUNDLE_PASSPHRASE not in out.stdout  # a typed passphrase is never printed
