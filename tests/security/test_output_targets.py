"""No command may write onto the vault, its key file, SQLite's files beside it or a backup.

Plays a tired coordinator (or a hostile script) pointing every file-writing action at the
wrong place: the vault itself under its own name, through a symbolic link and a hard link,
its key file, -wal/-shm, a backup; a FIFO, a device; an unrelated file that already exists.
Each attack checks that the vault's bytes are untouched and that it still opens.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ExitCode, OutputExists, OutputRefused
from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services import exporting, travel, vaults
from bizhr_desktop.services.exporting import ExportFormat, ExportRequest, ExportScope
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.vault import keys
from bizhr_desktop.vault.files import check_output_target
from bizhr_desktop.vault.keys import KdfParams

REPO = Path(__file__).parents[2]
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def session(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Iterator[VaultSession]:
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf)
    session = VaultSession(created.vault)
    try:
        PeopleService(session.vault.db, session.vault.audit).add(
            Person(
                id=new_id(),
                full_name="Ana Canary-5e1d",
                stakeholder_group=StakeholderGroup.HRD,
                risk_level=RiskLevel.HIGH,
                country="KE",
            )
        )
        yield session
    finally:
        session.lock()


def _fingerprint(vault_path: Path) -> dict[str, str]:
    out = {}
    for path in vaults.vault_files_of(vault_path):
        if path.exists():
            out[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _keys_of(vault_path: Path) -> bytes:
    """The key file without its commit record (which every commit rewrites)."""
    header = keys.KeyHeader.parse(Path(str(vault_path) + ".key").read_bytes())
    header.commit_record = b""
    return header.serialise()


def _list(session: VaultSession) -> exporting.ExportPreview:
    request = ExportRequest(
        scope=ExportScope.everyone(), audience=exporting.Audience.VENUE, format=ExportFormat.CSV
    )
    return exporting.preview(session, request)


def _vault_names(vault_path: Path) -> list[Path]:
    return [
        vault_path,
        vault_path.with_name(vault_path.name + ".key"),
        vault_path.with_name(vault_path.name + "-wal"),
        vault_path.with_name(vault_path.name + "-shm"),
    ]


@pytest.mark.parametrize("which", range(4), ids=["vault", "key", "wal", "shm"])
def test_export_refuses_every_file_of_the_vault(session: VaultSession, which: int) -> None:
    target = _vault_names(session.path)[which]
    shown = _list(session)  # a preview may write (the list-label key, once): before the check
    session.vault.db.checkpoint()
    before = _fingerprint(session.path)
    for overwrite in (False, True):
        with pytest.raises(OutputRefused, match="file of a vault"):
            exporting.write(session, shown, target, overwrite=overwrite)
        with pytest.raises(OutputRefused, match="file of a vault"):
            vaults.backup(session, target, overwrite=overwrite)
    assert _fingerprint(session.path) == before
    assert PeopleService(session.vault.db, session.vault.audit).count(PeopleQuery()) == 1


def test_symbolic_and_hard_links_to_the_vault_are_the_vault(
    session: VaultSession, tmp_path: Path
) -> None:
    sym = tmp_path / "innocent.csv"
    sym.symlink_to(session.path)
    hard = tmp_path / "also-innocent.csv"
    os.link(session.path.with_name(session.path.name + ".key"), hard)
    hard_db = tmp_path / "db-link.csv"
    os.link(session.path, hard_db)
    key_before = hard.read_bytes()
    for target in (sym, hard, hard_db):
        with pytest.raises(OutputRefused):
            exporting.write(session, _list(session), target, overwrite=True)
        with pytest.raises(OutputRefused):
            vaults.backup(session, target, overwrite=True)
    assert sym.is_symlink() and hard.read_bytes() == key_before
    assert os.stat(hard_db).st_ino == os.stat(session.path).st_ino


def test_backups_and_key_files_anywhere_are_refused(session: VaultSession, tmp_path: Path) -> None:
    backup = tmp_path / "monday.bak"
    vaults.backup(session, backup)
    before = backup.read_bytes()
    copied_key = tmp_path / "old-key-copy"
    copied_key.write_bytes(session.path.with_name(session.path.name + ".key").read_bytes())
    for target in (backup, copied_key):
        with pytest.raises(OutputRefused, match="backup or key file"):
            exporting.write(session, _list(session), target, overwrite=True)
        with pytest.raises(OutputRefused, match="backup or key file"):
            vaults.backup(session, target, overwrite=True)
    assert backup.read_bytes() == before


def test_a_closed_vault_is_protected_by_its_key_file(tmp_path: Path) -> None:
    other = tmp_path / "colleague.bizhr"
    other.write_bytes(os.urandom(4096))
    Path(str(other) + ".key").write_bytes(os.urandom(100))
    for name in ("colleague.bizhr", "colleague.bizhr-wal", "colleague.bizhr-journal"):
        with pytest.raises(OutputRefused, match="file of a vault"):
            check_output_target(tmp_path / name, overwrite=True)


def test_an_existing_file_needs_overwrite(session: VaultSession, tmp_path: Path) -> None:
    existing = tmp_path / "thesis.csv"
    existing.write_text("my thesis\n")
    with pytest.raises(OutputExists, match="already exists"):
        exporting.write(session, _list(session), existing)
    assert existing.read_text() == "my thesis\n"
    exporting.write(session, _list(session), existing, overwrite=True)
    assert "Ana" not in existing.read_text()  # a venue list, pseudonymised HRD
    assert existing.read_text() != "my thesis\n"


def test_a_symbolic_link_to_an_ordinary_file_stays_a_link(
    session: VaultSession, tmp_path: Path
) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    exporting.write(session, _list(session), link, overwrite=True)
    assert link.is_symlink() and real.read_text() != "old\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")
def test_devices_fifos_and_sockets_are_refused(session: VaultSession, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/null")):
        with pytest.raises(OutputRefused, match="not an ordinary file"):
            exporting.write(session, _list(session), target, overwrite=True)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_every_other_writer_goes_through_the_same_rule(
    session: VaultSession, tmp_path: Path
) -> None:
    meetings = MeetingService(session.vault.db, session.vault.audit)
    key = session.path.with_name(session.path.name + ".key")
    with pytest.raises(OutputRefused):
        meetings.write_programme(2026, "html", session.path, overwrite=True)
    with pytest.raises(OutputRefused):
        meetings.write_programme(2026, "ics", key, overwrite=True)
    existing = tmp_path / "programme.html"
    existing.write_text("keep me")
    with pytest.raises(OutputExists):
        meetings.write_programme(2026, "html", existing)
    assert existing.read_text() == "keep me"
    plan = travel.plan_travel_out(session)
    with pytest.raises(OutputRefused):
        travel.travel_out(session, plan, key) if not plan.empty else check_output_target(key)


def _bizhr(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bizhr_desktop.cli", *args],
        capture_output=True,
        cwd=REPO,
        input=stdin.encode() if stdin is not None else None,
        timeout=180,
        check=False,
    )


def test_cli_refuses_the_vault_and_existing_files_and_writes_to_stdout(tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    vault = tmp_path / "network.bizhr"
    init = _bizhr("init", str(vault), "--passphrase-file", str(secret), "--unlock",
                  "passphrase", "--kdf-time", "0.1")  # fmt: skip
    assert init.returncode == 0, init.stderr
    unlock = ["--passphrase-file", str(secret)]
    before_keys = _keys_of(vault)
    export = ["export", str(vault), "--audience", "venue", "--format", "csv", *unlock]
    for target in (vault, Path(str(vault) + ".key"), Path(str(vault) + "-wal")):
        refused = _bizhr(*export, "-o", str(target), "--force")
        assert refused.returncode == ExitCode.ERROR, refused.stdout
        assert b"file of a vault" in refused.stderr and b"Traceback" not in refused.stderr
    backup_refused = _bizhr("backup", str(vault), str(vault), "--force", *unlock)
    assert backup_refused.returncode == ExitCode.ERROR
    # Each unlock adds an audit entry, so the database changes and the key file records the
    # new commit count; its keys must not change, and the vault must still verify (page
    # HMACs, integrity, audit chain).
    assert _keys_of(vault) == before_keys
    assert _bizhr("verify", str(vault), *unlock).returncode == 0

    thesis = tmp_path / "thesis.csv"
    thesis.write_text("mine\n")
    kept = _bizhr(*export, "-o", str(thesis))
    assert kept.returncode == ExitCode.ERROR and b"--force" in kept.stderr
    assert thesis.read_text() == "mine\n"
    assert _bizhr(*export, "-o", str(thesis), "--force").returncode == 0
    assert thesis.read_text() != "mine\n"

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    piped = _bizhr(*export, "-o", str(fifo), "--force")
    assert piped.returncode == ExitCode.ERROR and b"give - as the file name" in piped.stderr

    to_stdout = _bizhr(*export, "-o", "-")
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert to_stdout.stdout.startswith(b"\xef\xbb\xbf") or b"," in to_stdout.stdout
    assert b"Wrote standard output" in to_stdout.stderr
    assert b"Wrote" not in to_stdout.stdout
