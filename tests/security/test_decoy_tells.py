"""A coercer standing over the laptop compares the decoy with what a real vault does.

One test per tell found in review. Each compares the decoy with the real vault it stands
in for, so it fails if the two behave differently. Tells not yet fixed are listed in
docs/security.md ("The duress decoy: what it does and does not hide").
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import VaultInUse
from bizhr_desktop.services import vaults
from bizhr_desktop.vault import keys
from bizhr_desktop.vault.keys import KdfParams
from tests.helpers.secret_service import SecretServiceDaemon

DURESS = bytearray(b"purple elephant dancing slowly")
MONTH = 30 * 24 * 3600


def _with_duress(
    path: Path, passphrase: bytearray, kdf: KdfParams, method: str = vaults.UnlockMethod.PASSPHRASE
) -> None:
    created = vaults.create(path, bytearray(passphrase), kdf=kdf, method=method)
    session = vaults.VaultSession(created.vault)
    vaults.set_duress(session, bytearray(DURESS), "decoy")
    session.lock()


def test_a_second_window_is_told_in_use_as_with_the_real_vault(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    _with_duress(vault_path, passphrase, fast_kdf)
    for first_secret in (passphrase, DURESS):
        first = vaults.unlock(vault_path, passphrase=bytearray(first_secret))
        for second in (passphrase, DURESS):
            with pytest.raises(VaultInUse):
                vaults.unlock(vault_path, passphrase=bytearray(second))
        first.lock()


def test_side_files_appear_while_open_and_the_vault_time_moves_on(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    _with_duress(vault_path, passphrase, fast_kdf)
    sides = [vault_path.with_name(vault_path.name + s) for s in ("-wal", "-shm")]
    seen: dict[str, tuple[list[bool], list[bool], bool]] = {}
    for name, secret in (("real", passphrase), ("decoy", DURESS)):
        old = time.time() - MONTH
        os.utime(vault_path, (old, old))
        session = vaults.unlock(vault_path, passphrase=bytearray(secret))
        while_open = [p.exists() for p in sides]
        session.lock()
        after = [p.exists() for p in sides]
        seen[name] = (while_open, after, vault_path.stat().st_mtime > old + 60)
    assert seen["decoy"] == seen["real"]
    assert seen["real"][0] == [True, True] and seen["real"][2]
    # And the real vault still opens with its records after the decoy's files came and went.
    vaults.unlock(vault_path, passphrase=passphrase).lock()


def test_a_backup_of_the_decoy_carries_the_real_vault_id(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams, tmp_path: Path
) -> None:
    _with_duress(vault_path, passphrase, fast_kdf)
    headers = {}
    for name, secret in (("real", passphrase), ("decoy", DURESS)):
        session = vaults.unlock(vault_path, passphrase=bytearray(secret))
        vaults.backup(session, tmp_path / f"{name}.bak")
        session.lock()
        data = (tmp_path / f"{name}.bak").read_bytes()
        headers[name] = keys.KeyHeader.parse(data[12 : 12 + keys.HEADER_LEN])
    for field in ("vault_id", "kdf", "kdf_salt", "hkdf_salt"):
        assert getattr(headers["decoy"], field) == getattr(headers["real"], field), field


def test_the_decoy_history_does_not_begin_at_the_moment_of_unlock(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    _with_duress(vault_path, passphrase, fast_kdf)
    key_file = vaults.header_path(vault_path)
    old = time.time() - MONTH
    os.utime(key_file, (old, old))
    decoy = vaults.unlock(vault_path, passphrase=bytearray(DURESS))
    events = decoy.vault.audit.events(newest_first=False)
    decoy.lock()
    assert [e.kind for e in events] == ["vault.created", "unlock.ok"]
    created = time.mktime(time.strptime(events[0].at[:19], "%Y-%m-%dT%H:%M:%S"))
    assert time.time() - created > MONTH / 2, events[0].at


@pytest.mark.keyring
def test_a_keyring_vault_decoy_shows_the_same_unlock_method(
    secret_service: SecretServiceDaemon,
    vault_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
) -> None:
    _with_duress(vault_path, passphrase, fast_kdf, vaults.UnlockMethod.KEYRING_PASSPHRASE)
    shown = {}
    for name, secret in (("real", passphrase), ("decoy", DURESS)):
        session = vaults.unlock(vault_path, passphrase=bytearray(secret))
        info = vaults.info(session)
        shown[name] = (session.vault.unlocked_with, info.methods, info.keyring_backend)
        session.lock()
    assert shown["decoy"] == shown["real"]
    assert shown["real"][0] == "keyring+passphrase"
