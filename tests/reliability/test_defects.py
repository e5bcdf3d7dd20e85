"""Regression tests for the reliability defects of issue 16, each seen failing before its fix.

Lost or damaged -wal files, backups that restore damaged, scratch copies left behind, a
recovery key never shown: what a killed process, a bad USB stick or a half copy leaves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ChangesMissing, ExitCode, VaultDamaged, VaultInUse
from bizhr_desktop.services import vaults
from bizhr_desktop.vault.files import BACKUP_MAGIC_V1, leftover_temp_files
from bizhr_desktop.vault.keys import KdfParams
from tests.conftest import PASSPHRASE
from tests.reliability.harness import bizhr

REPO = Path(__file__).parents[2]

# Commits one change, then dies by SIGKILL before the WAL is folded into the file: what a
# power cut or kill -9 in that instant leaves on disk.
KILLED_BEFORE_CHECKPOINT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from bizhr_desktop.services import vaults
    from bizhr_desktop.vault.database import Database
    Database.checkpoint = lambda self: None
    session = vaults.unlock(Path(sys.argv[1]), passphrase=bytearray(sys.argv[2].encode()))
    with session.vault.db.transaction():
        session.vault.db.execute("INSERT INTO setting (key, value) VALUES ('late', 'saved')")
    print("saved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.fixture
def vault(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Path:
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf)
    with created.vault.db.transaction():
        created.vault.db.execute("INSERT INTO setting (key, value) VALUES ('early', 'kept')")
    created.vault.close()
    return vault_path


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


def _kill_after_commit(vault: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-c", KILLED_BEFORE_CHECKPOINT, str(vault), PASSPHRASE],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() == "saved", done.stderr
    wal = vault.with_name(vault.name + "-wal")
    assert wal.stat().st_size > 0  # the change lives only in the -wal now
    return wal


def _setting(vault: Path, passphrase: bytearray, key: str) -> object:
    session = vaults.unlock(vault, passphrase=passphrase)
    try:
        return session.vault.db.scalar("SELECT value FROM setting WHERE key = ?", (key,))
    finally:
        session.lock()


# ---------------------------------------------------------------- the -wal file


def test_a_change_left_in_the_wal_by_a_kill_is_read_at_the_next_open(
    vault: Path, passphrase: bytearray
) -> None:
    wal = _kill_after_commit(vault)
    assert _setting(vault, passphrase, "late") == "saved"
    assert not wal.exists() or wal.stat().st_size == 0  # folded in at once


@pytest.mark.parametrize("damage", ["removed", "zeroed", "truncated"])
def test_a_lost_or_damaged_wal_is_found_not_read_as_a_whole_vault(
    vault: Path, passphrase: bytearray, secret_file: Path, damage: str
) -> None:
    wal = _kill_after_commit(vault)
    vault.with_name(vault.name + "-shm").unlink(missing_ok=True)
    if damage == "removed":
        wal.unlink()
    elif damage == "zeroed":
        wal.write_bytes(bytes(wal.stat().st_size))
    else:
        wal.write_bytes(wal.read_bytes()[:100])
    with pytest.raises(ChangesMissing, match="missing its last 2 saved changes"):
        vaults.unlock(vault, passphrase=passphrase)
    checked = bizhr("verify", str(vault), "--passphrase-file", str(secret_file))
    assert checked.returncode == ExitCode.DAMAGED
    assert "-wal" in checked.stderr and "Traceback" not in checked.stderr
    # The person may choose to go on without the lost change; it is said and audited.
    accepted = bizhr(
        "verify", str(vault), "--passphrase-file", str(secret_file), "--accept-missing-changes"
    )
    assert accepted.returncode == ExitCode.OK, accepted.stderr
    # The two: the killed process's unlock entry in the audit log, and its change.
    assert "without the last 2 saved changes" in accepted.stderr
    session = vaults.unlock(vault, passphrase=passphrase)
    try:
        assert session.notices == []
        kinds = [event.kind for event in session.vault.audit.events()]
        assert "vault.changes_missing" in kinds
        assert session.vault.db.scalar("SELECT value FROM setting WHERE key = 'early'") == "kept"
    finally:
        session.lock()


def test_the_vault_file_and_key_file_alone_hold_every_saved_change(
    vault: Path, passphrase: bytearray, tmp_path: Path
) -> None:
    """Copied while the vault is open (the two files the docs name), nothing is missing."""
    session = vaults.unlock(vault, passphrase=passphrase)
    try:
        with session.vault.db.transaction():
            session.vault.db.execute("INSERT INTO setting (key, value) VALUES ('open', 'copied')")
        copy = tmp_path / "copy" / vault.name
        copy.parent.mkdir()
        shutil.copy(vault, copy)
        shutil.copy(vaults.header_path(vault), vaults.header_path(copy))
    finally:
        session.lock()
    assert _setting(copy, passphrase, "open") == "copied"


def test_an_older_vault_file_beside_a_newer_key_file_is_found(
    vault: Path, passphrase: bytearray, tmp_path: Path
) -> None:
    old = tmp_path / "old.bizhr"
    shutil.copy(vault, old)
    session = vaults.unlock(vault, passphrase=passphrase)
    session.lock()
    shutil.copy(old, vault)
    with pytest.raises(ChangesMissing):
        vaults.unlock(vault, passphrase=passphrase)


def test_leftovers_of_a_killed_key_file_write_are_removed_at_open(
    vault: Path, passphrase: bytearray
) -> None:
    key_file = vaults.header_path(vault)
    stray = key_file.with_name(f".{key_file.name}.0123456789ab.bizhr-tmp")
    stray.write_bytes(key_file.read_bytes())
    unrelated = vault.with_name(".other.csv.0123456789ab.bizhr-tmp")
    unrelated.write_bytes(b"another file's write in flight")
    vaults.unlock(vault, passphrase=passphrase).lock()
    assert leftover_temp_files(key_file) == []
    assert unrelated.exists()  # not this vault's: left to its own writer


# ---------------------------------------------------------------- backups


def _backup(vault: Path, passphrase: bytearray, target: Path) -> Path:
    session = vaults.unlock(vault, passphrase=passphrase)
    try:
        vaults.backup(session, target)
    finally:
        session.lock()
    return target


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        ("flip", "checksum does not match"),
        ("truncate-page", "pages are not whole"),
        ("truncate-checksum", "checksum does not match"),
        ("append", "pages are not whole"),
    ],
)
def test_restore_refuses_a_damaged_backup_before_writing_anything(
    vault: Path, passphrase: bytearray, tmp_path: Path, damage: str, reason: str
) -> None:
    backup = _backup(vault, passphrase, tmp_path / "b.bizhr-backup")
    data = bytearray(backup.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    elif damage == "truncate-page":
        del data[-1000:]
    elif damage == "truncate-checksum":
        del data[-4096 - 32 : -32]  # a whole page gone: only the checksum can tell
    else:
        data += b"\0" * 100
    backup.write_bytes(bytes(data))
    target = tmp_path / "restored" / "v.bizhr"
    with pytest.raises(VaultDamaged, match=reason):
        vaults.restore(backup, target)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_verify_checks_a_backup_file_too(
    vault: Path, passphrase: bytearray, tmp_path: Path, secret_file: Path
) -> None:
    backup = _backup(vault, passphrase, tmp_path / "b.bizhr-backup")
    good = bizhr("verify", str(backup), "--passphrase-file", str(secret_file))
    assert good.returncode == ExitCode.OK, good.stderr
    assert "backup checksum" in good.stdout
    data = bytearray(backup.read_bytes())
    data[-100] ^= 0x40
    backup.write_bytes(bytes(data))
    bad = bizhr("verify", str(backup), "--passphrase-file", str(secret_file))
    assert bad.returncode == ExitCode.DAMAGED
    assert "checksum does not match" in bad.stderr and "Traceback" not in bad.stderr
    assert not [p for p in Path(os.environ["TMPDIR"]).iterdir() if "verify" in p.name]


def test_a_backup_of_an_earlier_version_still_restores(
    vault: Path, passphrase: bytearray, tmp_path: Path
) -> None:
    backup = _backup(vault, passphrase, tmp_path / "b.bizhr-backup")
    data = backup.read_bytes()
    old = tmp_path / "old.bizhr-backup"
    old.write_bytes(BACKUP_MAGIC_V1 + data[len(BACKUP_MAGIC_V1) : -32])
    assert vaults.restore(old, tmp_path / "r.bizhr") is False  # no checksum to check
    assert _setting(tmp_path / "r.bizhr", passphrase, "early") == "kept"


def test_backup_into_a_read_only_folder_says_so(
    vault: Path, passphrase: bytearray, tmp_path: Path, secret_file: Path
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    mounted = False
    if os.geteuid() == 0:  # root writes into any folder: a read-only file system then
        mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                capture_output=True,
                check=False,
            ).returncode
            == 0
        )
        if not mounted:
            pytest.skip("root, and mounting a read-only file system is not allowed here")
    else:
        folder.chmod(0o500)
    try:
        done = bizhr(
            "backup", str(vault), str(folder / "b.bizhr-backup"), "--passphrase-file",
            str(secret_file),
        )  # fmt: skip
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)
        else:
            folder.chmod(0o700)
    assert done.returncode == ExitCode.ERROR
    assert "Permission denied" in done.stderr and "Traceback" not in done.stderr


# ---------------------------------------------------------------- making a vault


def test_a_vault_whose_recovery_key_was_never_shown_says_so_until_a_new_one_is_made(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf, recovery_key_pending=True)
    created.vault.close()  # stopped before the key reached the screen
    session = vaults.unlock(vault_path, passphrase=passphrase)
    assert any("recovery key was never shown" in n for n in session.notices)
    revoked = vaults.revoke(session, passphrase)
    assert revoked.recovery_code
    session.lock()
    again = vaults.unlock(vault_path, passphrase=passphrase)
    assert again.notices == []
    again.lock()


def test_cli_init_marks_the_recovery_key_shown(tmp_path: Path, secret_file: Path) -> None:
    path = tmp_path / "new.bizhr"
    made = bizhr(
        "init", str(path), "--passphrase-file", str(secret_file), "--unlock", "passphrase",
        "--kdf-time", "0.1",
    )  # fmt: skip
    assert made.returncode == ExitCode.OK, made.stderr
    info = bizhr("info", str(path), "--passphrase-file", str(secret_file))
    assert info.returncode == ExitCode.OK and "never shown" not in info.stderr


def test_backup_is_refused_cleanly_when_the_copy_cannot_be_made_whole(
    vault: Path, passphrase: bytearray, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A WAL that cannot be folded in (another reader) must not give a backup without it."""
    session = vaults.unlock(vault, passphrase=passphrase)
    try:
        monkeypatch.setattr(
            session.vault.db,
            "checkpoint_completely",
            lambda: (_ for _ in ()).throw(VaultInUse("busy")),
        )
        with pytest.raises(VaultInUse):
            vaults.backup(session, tmp_path / "b.bizhr-backup")
    finally:
        session.lock()
    assert not (tmp_path / "b.bizhr-backup").exists()
