"""A vault on disk: create, open, change passphrase, rekey, backup, restore, damage."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import (
    KeyHeaderDamaged,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongSecret,
)
from bizhr_desktop.services import vaults
from bizhr_desktop.vault.keys import KdfParams

REPO = Path(__file__).parents[3]


def make(path: Path, passphrase: bytearray, kdf: KdfParams) -> str:
    created = vaults.create(path, passphrase, kdf=kdf)
    with created.vault.db.transaction() as db:
        db.execute("INSERT INTO setting (key, value) VALUES ('marker', 'kept')")
    created.vault.close()
    return created.recovery_code


def digests(path: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in vaults.vault_files_of(path)
        if p.exists()
    }


def marker(session: vaults.VaultSession) -> str:
    return str(session.vault.db.scalar("SELECT value FROM setting WHERE key = 'marker'"))


def test_create_makes_private_files(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    make(vault_path, passphrase, fast_kdf)
    for path in (vault_path, vaults.header_path(vault_path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_create_refuses_to_overwrite(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    make(vault_path, passphrase, fast_kdf)
    before = digests(vault_path)
    with pytest.raises(VaultExists):
        vaults.create(vault_path, passphrase, kdf=fast_kdf)
    assert digests(vault_path) == before


def test_weak_passphrase_is_refused(vault_path: Path, fast_kdf: KdfParams) -> None:
    from bizhr_desktop.core.errors import WeakPassphrase

    with pytest.raises(WeakPassphrase, match="too weak"):
        vaults.create(vault_path, bytearray(b"password123"), kdf=fast_kdf)
    assert not vault_path.exists()


def test_open_with_passphrase_and_with_recovery_key(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    code = make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    assert marker(session) == "kept"
    session.lock()
    session = vaults.unlock(vault_path, recovery_code=code)
    assert session.vault.unlocked_with == "recovery key"
    session.lock()


def test_wrong_secrets_change_no_byte(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    make(vault_path, passphrase, fast_kdf)
    before = digests(vault_path)
    with pytest.raises(WrongSecret, match="Wrong passphrase"):
        vaults.unlock(vault_path, passphrase=bytearray(b"not the passphrase at all"))
    with pytest.raises(WrongSecret, match="recovery key does not open"):
        vaults.unlock(vault_path, recovery_code="0000-0000-0000-0000-0000-0000-0000-0000")
    assert digests(vault_path) == before


def test_change_passphrase(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> None:
    code = make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    vaults.change_passphrase(session, bytearray(b"a brand new long passphrase here"))
    session.lock()
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, passphrase=passphrase)
    session = vaults.unlock(vault_path, passphrase=bytearray(b"a brand new long passphrase here"))
    assert marker(session) == "kept"
    session.lock()
    vaults.unlock(vault_path, recovery_code=code).lock()  # the recovery key still works


def test_rekey_replaces_the_page_key(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    code = make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    old_key = bytes(session.vault._require_keys().data_key._key)
    first_page = vault_path.read_bytes()[:4096]
    vaults.rekey(session)
    new_key = bytes(session.vault._require_keys().data_key._key)
    session.lock()
    assert old_key != new_key
    assert vault_path.read_bytes()[:4096] != first_page
    for secret in ({"passphrase": passphrase}, {"recovery_code": code}):
        opened = vaults.unlock(vault_path, **secret)  # type: ignore[arg-type]
        assert marker(opened) == "kept"
        assert vaults.verify(opened) == []
        opened.lock()


def test_backup_and_restore(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    backup = tmp_path / "backups" / "monday.bizhr-backup"
    vaults.backup(session, backup)
    # The vault stays usable while and after the backup is made.
    with session.vault.db.transaction() as db:
        db.execute("UPDATE setting SET value = 'changed after backup' WHERE key = 'marker'")
    session.lock()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    restored = tmp_path / "restored" / "vault.bizhr"
    vaults.restore(backup, restored)
    opened = vaults.unlock(restored, passphrase=passphrase)
    assert marker(opened) == "kept"
    assert vaults.verify(opened) == []
    opened.lock()
    with pytest.raises(VaultExists):
        vaults.restore(backup, restored)


def test_restore_refuses_a_damaged_backup(
    tmp_path: Path, vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    backup = tmp_path / "b.bak"
    vaults.backup(session, backup)
    session.lock()
    data = bytearray(backup.read_bytes())
    data[40] ^= 0xFF  # inside the key header
    backup.write_bytes(bytes(data))
    target = tmp_path / "r" / "v.bizhr"
    with pytest.raises(VaultDamaged, match="key file part"):
        vaults.restore(backup, target)
    assert not target.exists()
    backup.write_bytes(b"hello")
    with pytest.raises(VaultDamaged, match="not a BizHR backup"):
        vaults.restore(backup, target)


def test_missing_vault_and_missing_header(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    with pytest.raises(VaultNotFound):
        vaults.unlock(vault_path, passphrase=passphrase)
    make(vault_path, passphrase, fast_kdf)
    vaults.header_path(vault_path).rename(vault_path.with_suffix(".moved"))
    with pytest.raises(KeyHeaderDamaged, match="missing"):
        vaults.unlock(vault_path, passphrase=passphrase)


def _flip(data: bytes, offset: int) -> bytes:
    mutable = bytearray(data)
    mutable[offset] ^= 0x01
    return bytes(mutable)


@pytest.mark.parametrize(
    ("target", "mangle", "error"),
    [
        ("vault", lambda d: d[: len(d) // 2], VaultDamaged),
        ("vault", lambda d: _flip(d, 5000), VaultDamaged),
        ("vault", lambda d: _flip(d, 100), VaultDamaged),
        ("vault", lambda d: bytes(len(d)), VaultDamaged),
        ("vault", lambda d: b"", VaultDamaged),
        ("header", lambda d: d[:300], KeyHeaderDamaged),
        ("header", lambda d: _flip(d, 200), KeyHeaderDamaged),
        ("header", lambda d: bytes(len(d)), KeyHeaderDamaged),
    ],
    ids=[
        "vault-truncated",
        "vault-bitflip-page2",
        "vault-bitflip-page1",
        "vault-zeroed",
        "vault-empty",
        "header-truncated",
        "header-bitflip",
        "header-zeroed",
    ],
)
def test_damaged_files_give_a_clear_error_and_are_not_overwritten(
    vault_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
    target: str,
    mangle: object,
    error: type,
) -> None:
    make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    with session.vault.db.transaction() as db:  # a second page of data for page-2 damage
        for i in range(60):
            db.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"pad{i}", "p" * 200))
    session.lock()
    path = vault_path if target == "vault" else vaults.header_path(vault_path)
    path.write_bytes(mangle(path.read_bytes()))  # type: ignore[operator]
    before = digests(vault_path)
    damaged_page = vault_path.read_bytes()[4096:8192]
    with pytest.raises(error) as raised:
        session = vaults.unlock(vault_path, passphrase=passphrase)
        # Damage past the first page shows up in the integrity check, not at open.
        try:
            problems = vaults.verify(session)
        finally:
            session.lock()
        if problems:
            raise VaultDamaged("; ".join(problems))
    assert (
        "damaged" in str(raised.value)
        or "integrity" in str(raised.value)
        or "hmac" in str(raised.value).lower()
    )
    after = digests(vault_path)
    assert after[vaults.header_path(vault_path).name] == before[vaults.header_path(vault_path).name]
    if "page 2" in str(raised.value) or "integrity" in str(raised.value):
        # Damage past page 1 is only found by a full check; the unlock itself may have been
        # recorded in other pages meanwhile. The damaged page itself is never rewritten.
        assert vault_path.read_bytes()[4096:8192] == damaged_page
    else:
        assert after[vault_path.name] == before[vault_path.name]


def test_a_second_opener_in_this_process_is_told_it_is_in_use(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    with pytest.raises(VaultInUse, match="already open"):
        vaults.unlock(vault_path, passphrase=passphrase)
    assert marker(session) == "kept"  # the first opener is unharmed
    session.lock()
    vaults.unlock(vault_path, passphrase=passphrase).lock()


def test_a_second_process_is_told_it_is_in_use(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tests.helpers.vault_worker", "hold", str(vault_path)],
            input=bytes(passphrase) + b"\n",
            capture_output=True,
            cwd=REPO,
            timeout=60,
            check=False,
        )
        assert result.returncode == 5, result.stdout
        assert b"VaultInUse" in result.stdout
    finally:
        session.lock()


def test_the_lock_dies_with_the_process(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    make(vault_path, passphrase, fast_kdf)
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.vault_worker", "hold", str(vault_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=REPO,
    )
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(bytes(passphrase) + b"\n")
    worker.stdin.close()
    assert worker.stdout.readline().strip() == b"open"
    with pytest.raises(VaultInUse):
        vaults.unlock(vault_path, passphrase=passphrase)
    worker.kill()
    worker.wait()
    worker.stdout.close()
    deadline = time.monotonic() + 5
    while True:
        try:
            vaults.unlock(vault_path, passphrase=passphrase).lock()
            break
        except VaultInUse:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_verify_reports_a_broken_audit_chain(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    make(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    session.vault.db.execute("UPDATE audit_event SET kind = 'edited' WHERE seq = 1")
    assert vaults.verify(session) == ["audit log chain broken at entry 1"]
    session.lock()
    assert os.path.exists(vault_path)


def test_precomputed_argon2_output_opens_without_the_passphrase(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    """The GUI derives the key on a worker thread (and quick unlock keeps it sealed)."""
    make(vault_path, passphrase, fast_kdf)
    attempt = vaults.prepare_unlock(vault_path)
    derived = vaults.derive_passphrase_key(attempt, passphrase)
    session = vaults.unlock(vault_path, attempt=attempt, precomputed=derived)
    assert marker(session) == "kept"
    session.lock()
    wrong = vaults.derive_passphrase_key(attempt, bytearray(b"some other passphrase"))
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, attempt=vaults.prepare_unlock(vault_path), precomputed=wrong)
