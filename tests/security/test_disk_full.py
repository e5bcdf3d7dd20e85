"""A full disk: a clear sentence, and nothing committed is lost."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import DiskFull
from bizhr_desktop.services import vaults
from bizhr_desktop.vault.keys import KdfParams


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs: the only honest way to make ENOSPC happen."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mount_point)], check=True
    )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_filling_the_disk_says_so_and_keeps_every_committed_row(
    small_disk: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    vault = small_disk / "v.bizhr"
    vaults.create(vault, passphrase, kdf=fast_kdf).vault.close()
    session = vaults.unlock(vault, passphrase=passphrase)
    committed = 0
    with pytest.raises(DiskFull, match="disk is full"):
        for i in range(100_000):
            with session.vault.db.transaction() as db:
                db.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?)",
                    (f"k{i}", os.urandom(600).hex()),
                )
            committed = i + 1
    session.lock()
    assert committed > 10
    session = vaults.unlock(vault, passphrase=passphrase)  # a full disk does not lock you out
    try:
        audit_written = "unlock.ok" in [e.kind for e in session.vault.audit.events(limit=1)]
        assert audit_written or any("disk is full" in n for n in session.notices)
        assert session.vault.db.scalar("SELECT count(*) FROM setting") == committed
        assert session.vault.db.integrity_problems() == []
    finally:
        session.lock()


def test_a_backup_to_a_full_disk_leaves_no_partial_file(
    small_disk: Path, tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    vault = tmp_path / "v.bizhr"
    created = vaults.create(vault, passphrase, kdf=fast_kdf)
    with created.vault.db.transaction() as db:
        for i in range(400):
            db.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{i}", os.urandom(2000).hex())
            )
    session = vaults.VaultSession(created.vault)
    with pytest.raises(DiskFull, match="disk is full"):
        vaults.backup(session, small_disk / "backup.bizhr-backup")
    session.lock()
    assert list(small_disk.iterdir()) == []


def test_a_completely_full_disk_is_said_plainly_and_loses_nothing(
    small_disk: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    vault = small_disk / "v.bizhr"
    created = vaults.create(vault, passphrase, kdf=fast_kdf)
    with created.vault.db.transaction() as db:
        db.execute("INSERT INTO setting (key, value) VALUES ('marker', 'kept')")
    created.vault.close()
    filler = small_disk / "other-file"
    with open(filler, "wb", buffering=0) as handle, pytest.raises(OSError):
        while True:  # another program takes every last byte
            handle.write(os.urandom(4096))
    before = vault.read_bytes(), vaults.header_path(vault).read_bytes()
    with pytest.raises(DiskFull, match="Free some space"):
        vaults.unlock(vault, passphrase=passphrase)
    assert (vault.read_bytes(), vaults.header_path(vault).read_bytes()) == before
    filler.unlink()
    session = vaults.unlock(vault, passphrase=passphrase)
    try:
        assert session.vault.db.scalar("SELECT value FROM setting WHERE key = 'marker'") == "kept"
    finally:
        session.lock()
