"""Crypto-erase and the duress passphrase."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import InvalidInput, KeyHeaderDamaged, VaultNotFound, WrongSecret
from bizhr_desktop.services import vaults
from bizhr_desktop.vault import keys
from bizhr_desktop.vault import vault as vault_files
from bizhr_desktop.vault.keys import KdfParams

DURESS = bytearray(b"purple elephant dancing slowly")


def _vault_with_data(path: Path, passphrase: bytearray, kdf: KdfParams) -> str:
    created = vaults.create(path, passphrase, kdf=kdf)
    with created.vault.db.transaction() as db:
        db.execute("INSERT INTO setting (key, value) VALUES ('marker', 'real data')")
    created.vault.close()
    return created.recovery_code


def test_wipe_leaves_nothing_that_opens(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    _vault_with_data(vault_path, passphrase, fast_kdf)
    start = time.perf_counter()
    assert vaults.crypto_erase(vault_path) == []
    assert time.perf_counter() - start < 1.0
    assert not any(p.exists() for p in vaults.vault_files_of(vault_path))
    with pytest.raises(VaultNotFound):
        vaults.unlock(vault_path, passphrase=passphrase)


def test_wipe_in_place_kills_every_secret(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    code = _vault_with_data(vault_path, passphrase, fast_kdf)
    vault_files.crypto_erase(vault_path, remove_files=False)
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, passphrase=passphrase)
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, recovery_code=code)


def test_duress_decoy_opens_an_empty_vault_and_spares_the_real_one(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    _vault_with_data(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    size_before = len(vaults.header_path(vault_path).read_bytes())
    vaults.set_duress(session, DURESS, "decoy")
    session.lock()
    assert len(vaults.header_path(vault_path).read_bytes()) == size_before == keys.HEADER_LEN
    before = vault_path.read_bytes(), vaults.header_path(vault_path).read_bytes()

    decoy = vaults.unlock(vault_path, passphrase=DURESS)
    assert decoy.vault.db.scalar("SELECT count(*) FROM setting") == 0
    assert decoy.vault.methods == ["passphrase", "recovery key"]
    assert decoy.notices == []
    with decoy.vault.db.transaction() as db:  # writing in the decoy goes nowhere
        db.execute("INSERT INTO setting (key, value) VALUES ('decoy', 'x')")
    decoy.lock()
    # The vault file is untouched; the key file is rewritten as a real commit rewrites it,
    # but only its commit record changes (to random bytes: the decoy has no key).
    after = vault_path.read_bytes(), vaults.header_path(vault_path).read_bytes()
    assert after[0] == before[0]
    old_header, new_header = (keys.KeyHeader.parse(h) for h in (before[1], after[1]))
    assert new_header.commit_record != old_header.commit_record
    new_header.commit_record = old_header.commit_record
    assert new_header.serialise() == before[1]

    real = vaults.unlock(vault_path, passphrase=passphrase)
    assert real.vault.db.scalar("SELECT value FROM setting WHERE key = 'marker'") == "real data"
    assert real.vault.methods == ["passphrase", "recovery key"]  # duress is never listed
    real.lock()


def test_duress_erase_destroys_the_keys_then_shows_an_empty_vault(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    code = _vault_with_data(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    vaults.set_duress(session, DURESS, "erase")
    session.lock()
    decoy = vaults.unlock(vault_path, passphrase=DURESS)
    assert decoy.vault.db.scalar("SELECT count(*) FROM setting") == 0
    decoy.lock()
    for secret in ({"passphrase": passphrase}, {"recovery_code": code}):
        with pytest.raises(WrongSecret):
            vaults.unlock(vault_path, **secret)  # type: ignore[arg-type]
    # Typed again, the duress passphrase behaves exactly as the first time: an empty vault.
    again = vaults.unlock(vault_path, passphrase=DURESS)
    assert again.vault.db.scalar("SELECT count(*) FROM setting") == 0
    again.lock()
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, passphrase=passphrase)
    # The files are still there and look like any vault's: nothing says what happened.
    assert (
        vault_path.exists() and len(vaults.header_path(vault_path).read_bytes()) == keys.HEADER_LEN
    )


def test_duress_must_differ_and_can_be_cleared(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    _vault_with_data(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    with pytest.raises(InvalidInput, match="differ"):
        vaults.set_duress(session, passphrase, "decoy")
    vaults.set_duress(session, DURESS, "decoy")
    with pytest.raises(InvalidInput, match="duress"):
        vaults.change_passphrase(session, DURESS)
    vaults.clear_duress(session)
    session.lock()
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, passphrase=DURESS)


def test_a_damaged_header_is_still_erased(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    _vault_with_data(vault_path, passphrase, fast_kdf)
    header = vaults.header_path(vault_path)
    header.write_bytes(header.read_bytes()[:200])
    vault_files.crypto_erase(vault_path, remove_files=False)
    with pytest.raises((WrongSecret, KeyHeaderDamaged)):
        vaults.unlock(vault_path, passphrase=passphrase)
