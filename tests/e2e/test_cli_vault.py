"""The `bizhr` vault commands, run as a person would run them: separate processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "seven lanterns over a quiet harbour"


def bizhr(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ),
        check=False,
        timeout=120,
    )


@pytest.fixture
def secrets(tmp_path: Path) -> dict[str, Path]:
    files = {
        "pass": tmp_path / "pass.txt",
        "new": tmp_path / "new.txt",
        "wrong": tmp_path / "wrong.txt",
    }
    files["pass"].write_text(PASSPHRASE + "\n")
    files["new"].write_text(NEW_PASSPHRASE + "\n")
    files["wrong"].write_text("definitely not the right passphrase\n")
    return files


def init(vault: Path, secrets: dict[str, Path]) -> str:
    result = bizhr(
        "init", str(vault), "--passphrase-file", str(secrets["pass"]), "--kdf-time", "0.1"
    )
    assert result.returncode == 0, result.stderr
    match = re.search(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})\b", result.stdout)
    assert match, result.stdout
    return match.group(1)


def test_journey_init_info_passwd_rekey_backup_restore_verify(
    tmp_path: Path, secrets: dict[str, Path]
) -> None:
    vault = tmp_path / "network.bizhr"
    recovery = init(vault, secrets)
    assert (
        "passphrase alone"
        in bizhr(
            "init",
            str(tmp_path / "b.bizhr"),
            "--passphrase-file",
            str(secrets["pass"]),
            "--kdf-time",
            "0.1",
        ).stderr
    )

    info = bizhr("info", str(vault), "--passphrase-file", str(secrets["pass"]), "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["unlock_methods"] == ["passphrase", "recovery key"]
    assert data["kdf"]["memory_kib"] >= 65536 and data["schema_version"] >= 1

    assert (
        bizhr(
            "passwd",
            str(vault),
            "--passphrase-file",
            str(secrets["pass"]),
            "--new-passphrase-file",
            str(secrets["new"]),
        ).returncode
        == 0
    )
    old = bizhr("info", str(vault), "--passphrase-file", str(secrets["pass"]))
    assert old.returncode == 3 and old.stderr.startswith("bizhr: error: Wrong passphrase")
    assert bizhr("rekey", str(vault), "--passphrase-file", str(secrets["new"])).returncode == 0

    backup = tmp_path / "usb" / "network.bizhr-backup"
    assert (
        bizhr(
            "backup", str(vault), str(backup), "--passphrase-file", str(secrets["new"])
        ).returncode
        == 0
    )
    restored = tmp_path / "restored.bizhr"
    assert bizhr("restore", str(backup), str(restored)).returncode == 0
    verify = bizhr("verify", str(restored), "--passphrase-file", str(secrets["new"]))
    assert verify.returncode == 0 and "OK" in verify.stdout

    recovery_file = tmp_path / "recovery.txt"
    recovery_file.write_text(recovery.lower() + "\n")  # typed back in lower case
    opened = bizhr("info", str(restored), "--recovery-key-file", str(recovery_file))
    assert opened.returncode == 0, opened.stderr

    audit = bizhr(
        "audit", str(vault), "--passphrase-file", str(secrets["new"]), "--verify", "--json"
    )
    kinds = [e["kind"] for e in json.loads(audit.stdout)["events"]]
    assert audit.returncode == 0 and "key.passphrase_changed" in kinds and "key.rekeyed" in kinds


def test_passphrase_from_standard_input(tmp_path: Path, secrets: dict[str, Path]) -> None:
    vault = tmp_path / "v.bizhr"
    init(vault, secrets)
    result = bizhr("info", str(vault), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["info", "{missing}", "--passphrase-file", "{pass}"], 7, "There is no vault"),
        (["info", "{vault}", "--passphrase-file", "{wrong}"], 3, "Wrong passphrase"),
        (["info", "{vault}"], 2, "--passphrase-file"),
        (["restore", "{vault}", "{vault}"], 1, "already exists"),
        (["init", "{vault}", "--passphrase-file", "{pass}"], 1, "already exists"),
        (
            ["info", "{vault}", "--passphrase-file", "{nofile}"],
            2,
            "Cannot read the passphrase file",
        ),
    ],
    ids=[
        "missing-vault",
        "wrong-passphrase",
        "no-tty",
        "restore-over-vault",
        "init-over-vault",
        "no-file",
    ],
)
def test_errors_are_one_line_with_documented_codes(
    tmp_path: Path, secrets: dict[str, Path], args: list[str], code: int, message: str
) -> None:
    vault = tmp_path / "v.bizhr"
    init(vault, secrets)
    names = {
        "vault": vault,
        "missing": tmp_path / "nope.bizhr",
        "pass": secrets["pass"],
        "wrong": secrets["wrong"],
        "nofile": tmp_path / "absent.txt",
    }
    result = bizhr(*[a.format(**{k: str(v) for k, v in names.items()}) for a in args], stdin="")
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_damaged_and_in_use_codes(tmp_path: Path, secrets: dict[str, Path]) -> None:
    vault = tmp_path / "v.bizhr"
    init(vault, secrets)
    header = vault.with_name(vault.name + ".key")
    good = header.read_bytes()
    header.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    damaged = bizhr("info", str(vault), "--passphrase-file", str(secrets["pass"]))
    assert damaged.returncode == 4 and "key file is damaged" in damaged.stderr
    header.write_bytes(good)

    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.vault_worker", "hold", str(vault)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=REPO,
    )
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write(PASSPHRASE.encode() + b"\n")
    holder.stdin.close()
    assert holder.stdout.readline().strip() == b"open"
    try:
        busy = bizhr("info", str(vault), "--passphrase-file", str(secrets["pass"]))
        assert busy.returncode == 5 and "already open" in busy.stderr
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_wipe_needs_confirmation_then_leaves_nothing(
    tmp_path: Path, secrets: dict[str, Path]
) -> None:
    vault = tmp_path / "v.bizhr"
    init(vault, secrets)
    refused = bizhr("wipe", str(vault), stdin="")
    assert refused.returncode == 2 and "--yes" in refused.stderr and vault.exists()
    assert bizhr("wipe", str(vault), "--yes").returncode == 0
    assert not vault.exists() and not vault.with_name(vault.name + ".key").exists()


def test_help_everywhere_lists_exit_codes() -> None:
    top = bizhr("--help")
    assert top.returncode == 0 and "exit codes:" in top.stdout
    for command in (
        "init",
        "info",
        "verify",
        "passwd",
        "rekey",
        "backup",
        "restore",
        "wipe",
        "audit",
    ):
        result = bizhr(command, "--help")
        assert result.returncode == 0 and "exit codes:" in result.stdout, command
