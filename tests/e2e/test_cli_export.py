"""``bizhr export`` and ``bizhr import-bundle`` end to end, through real processes."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ExitCode

REPO = Path(__file__).parents[2]
DATA = REPO / "tests" / "data"
PASSPHRASE = "correct horse battery staple"
BUNDLE_PASSPHRASE = "tundra-maple-orbit-saddle-quiver-lantern"


def bizhr(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy(),
        timeout=180,
    )


def _init(tmp_path: Path, name: str, secret: Path) -> str:
    path = tmp_path / f"{name}.bizhr"
    init = bizhr("init", str(path), "--passphrase-file", str(secret), "--unlock", "passphrase",
                 "--kdf-time", "0.1")  # fmt: skip
    assert init.returncode == 0, init.stderr
    return str(path)


@pytest.fixture
def vault(tmp_path: Path) -> tuple[str, list[str]]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    path = _init(tmp_path, "network", secret)
    imported = bizhr(
        "import", path, str(DATA / "people_good.csv"), "--passphrase-file", str(secret)
    )
    assert imported.returncode == 0, imported.stderr
    return path, ["--passphrase-file", str(secret)]


def _names() -> dict[str, dict[str, str]]:
    with open(DATA / "people_good.csv", encoding="utf-8-sig", newline="") as handle:
        return {row["full_name"]: row for row in csv.DictReader(handle)}


def test_preview_writes_nothing_and_matches_the_file(
    vault: tuple[str, list[str]], tmp_path: Path
) -> None:
    path, unlock = vault
    out = tmp_path / "public.csv"
    # Every list gets labels of its own, so a preview run and the written list match cell for
    # cell only within one series.
    preview = bizhr("export", path, "--audience", "public", "--format", "csv", "--preview",
                    "--json", "--series", "report", "-o", str(out), *unlock)  # fmt: skip
    assert preview.returncode == 0, preview.stderr
    assert not out.exists()
    shown = json.loads(preview.stdout)
    assert shown["summary"]["total"] == 30

    written = bizhr("export", path, "--audience", "public", "--format", "csv", "-o", str(out),
                    "--series", "report", *unlock)  # fmt: skip
    assert written.returncode == 0, written.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == shown["columns"]
    # Cell for cell as written: a formula-like cell is previewed with its leading ' too.
    assert rows[1 : 1 + len(shown["rows"])] == shown["rows"]
    assert rows[-1][0] == shown["disclaimer"] != ""
    # Nobody at high or critical risk, nor anyone without consent_public, is named.
    people = _names()
    text = out.read_text("utf-8-sig")
    for name, row in people.items():
        if row["risk_level"] in ("high", "critical") or row["consent_public"] != "yes":
            assert name not in text, name
        if row["notes"]:
            assert row["notes"] not in text
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest in written.stdout
    audit = bizhr("audit", path, "--json", *unlock)
    events = json.loads(audit.stdout)["events"]
    exports = [e for e in events if e["kind"] == "export.written"]
    assert exports[-1]["detail"]["sha256"] == digest


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_other_formats(vault: tuple[str, list[str]], tmp_path: Path, fmt: str) -> None:
    path, unlock = vault
    out = tmp_path / f"venue.{fmt}"
    result = bizhr("export", path, "--audience", "venue", "--format", fmt, "-o", str(out),
                   "--group", "civil_society", "--group", "hrd", *unlock)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0


def test_refusals_have_a_sentence_and_exit_code(
    vault: tuple[str, list[str]], tmp_path: Path
) -> None:
    path, unlock = vault
    out = tmp_path / "x.csv"
    internal = bizhr("export", path, "--audience", "internal", "--format", "csv", "-o", str(out),
                     *unlock)  # fmt: skip
    assert internal.returncode == ExitCode.ERROR
    assert "encrypted bundle" in internal.stderr and "Traceback" not in internal.stderr
    bundle = bizhr("export", path, "--audience", "venue", "--format", "bundle", "-o", str(out),
                   *unlock)  # fmt: skip
    assert bundle.returncode == ExitCode.ERROR and "only for another coordinator" in bundle.stderr
    missing = bizhr("export", path, "--audience", "venue", "--format", "csv", *unlock)
    assert missing.returncode == ExitCode.USAGE and "-o OUT" in missing.stderr
    nowhere = bizhr("export", path, "--audience", "venue", "--format", "csv",
                    "-o", str(tmp_path / "no" / "such" / "folder.csv"), *unlock)  # fmt: skip
    assert nowhere.returncode == ExitCode.ERROR and "Traceback" not in nowhere.stderr
    assert not out.exists()


def test_bundle_round_trip_between_two_vaults(vault: tuple[str, list[str]], tmp_path: Path) -> None:
    path, unlock = vault
    out = tmp_path / "for-colleague.age"
    generated = bizhr("export", path, "--audience", "internal", "--format", "bundle",
                      "-o", str(out), *unlock)  # fmt: skip
    assert generated.returncode == 0, generated.stderr
    # The passphrase is for the terminal only: standard output may be going into a file.
    assert "shown this once" in generated.stderr and "shown this once" not in generated.stdout
    shown = generated.stderr.split("\n\n")[1].strip()
    assert shown not in generated.stdout
    assert len(shown.split("-")) >= 5

    colleague = _init(tmp_path, "colleague", Path(unlock[1]))
    phrase_file = tmp_path / "bundle-passphrase.txt"
    phrase_file.write_text(shown + "\n")
    preview = bizhr("import-bundle", colleague, str(out), "--bundle-passphrase-file",
                    str(phrase_file), "--preview", "--json", *unlock)  # fmt: skip
    assert preview.returncode == 0, preview.stderr
    assert json.loads(preview.stdout)["new_people"] == 30
    merged = bizhr("import-bundle", colleague, str(out), "--bundle-passphrase-file",
                   str(phrase_file), *unlock)  # fmt: skip
    assert merged.returncode == 0, merged.stderr
    assert "30 people added" in merged.stdout
    again = bizhr("import-bundle", colleague, str(out), "--bundle-passphrase-file",
                  str(phrase_file), "--prefer", "newer", "--json", *unlock)  # fmt: skip
    assert json.loads(again.stdout)["result"]["identical"] == 30

    wrong = tmp_path / "wrong.txt"
    wrong.write_text(BUNDLE_PASSPHRASE + "\n")
    refused = bizhr("import-bundle", colleague, str(out), "--bundle-passphrase-file", str(wrong),
                    *unlock)  # fmt: skip
    assert refused.returncode == ExitCode.WRONG_SECRET
    assert "passphrase does not open this bundle" in refused.stderr

    typed = bizhr("export", path, "--audience", "internal", "--format", "bundle",
                  "-o", str(tmp_path / "typed.age"), "--bundle-passphrase-file", str(wrong),
                  *unlock)  # fmt: skip
    assert typed.returncode == 0, typed.stderr
    assert BUNDLE_PASSPHRASE not in typed.stdout + typed.stderr
    assert "shown this once" not in typed.stderr
    weak = tmp_path / "weak.txt"
    weak.write_text("password1\n")
    too_weak = bizhr("export", path, "--audience", "internal", "--format", "bundle",
                     "-o", str(tmp_path / "weak.age"), "--bundle-passphrase-file", str(weak),
                     *unlock)  # fmt: skip
    assert too_weak.returncode == ExitCode.ERROR and "too weak" in too_weak.stderr
    assert not (tmp_path / "weak.age").exists()


def test_the_text_preview_shows_whole_cells(vault: tuple[str, list[str]], tmp_path: Path) -> None:
    """The table --preview prints holds each cell whole, as the file will (no cut at 40)."""
    path, unlock = vault
    organisation = "Kampala Regional Association of Land Rights Lawyers and Paralegals"
    today = date.today().isoformat()
    extra = tmp_path / "one.csv"
    extra.write_text(
        "full_name,stakeholder_group,risk_level,organisation,consent_public,consent_date\n"
        f"Wholly Shown,civil_society,low,{organisation},yes,{today}\n",
        encoding="utf-8",
    )
    assert bizhr("import", path, str(extra), *unlock).returncode == 0
    preview = bizhr("export", path, "--audience", "public", "--format", "csv", "--preview",
                    "--series", "whole", *unlock)  # fmt: skip
    assert preview.returncode == 0, preview.stderr
    assert organisation in preview.stdout
