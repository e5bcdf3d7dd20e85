"""A decoy shown after the duress passphrase behaves like a real vault under a backup, and a
duress unlock derives the passphrase key exactly once, as a real unlock does."""

from __future__ import annotations

from pathlib import Path

import pytest

from bizhr_desktop.core.errors import WrongSecret
from bizhr_desktop.services import vaults
from bizhr_desktop.vault import keys
from bizhr_desktop.vault.keys import KdfParams

DURESS = b"quartz lantern meadow ferry 4417"


@pytest.fixture
def vault_with_duress(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Path:
    created = vaults.create(vault_path, bytearray(passphrase), kdf=fast_kdf)
    real = vaults.VaultSession(created.vault)
    vaults.set_duress(real, bytearray(DURESS), "decoy")
    real.lock()
    return vault_path


def test_a_backup_of_the_decoy_restores_to_a_vault_the_duress_passphrase_opens(
    vault_with_duress: Path, passphrase: bytearray, tmp_path: Path
) -> None:
    decoy = vaults.unlock(vault_with_duress, passphrase=bytearray(DURESS))
    assert decoy.vault.is_decoy
    backup = tmp_path / "coerced" / "decoy.bizhr-backup"
    vaults.backup(decoy, backup)
    decoy.lock()
    restored = tmp_path / "restored.bizhr"
    vaults.restore(backup, restored)
    opened = vaults.unlock(restored, passphrase=bytearray(DURESS))
    try:
        assert not opened.vault.is_decoy  # an ordinary vault holding what the decoy held
        assert vaults.verify(opened) == []
        assert opened.vault.db.scalar("SELECT count(*) FROM person") == 0
    finally:
        opened.lock()
    with pytest.raises(WrongSecret):
        vaults.unlock(restored, passphrase=bytearray(passphrase))


@pytest.mark.parametrize("mode", ["decoy", "erase"])
def test_a_duress_unlock_runs_argon2id_once_like_a_real_one(
    vault_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    created = vaults.create(vault_path, bytearray(passphrase), kdf=fast_kdf)
    real = vaults.VaultSession(created.vault)
    vaults.set_duress(real, bytearray(DURESS), mode)
    real.lock()
    calls: list[int] = []
    derive = keys._argon2

    def counted(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
        calls.append(1)
        return derive(secret, salt, params)

    monkeypatch.setattr(keys, "_argon2", counted)
    vaults.unlock(vault_path, passphrase=bytearray(passphrase)).lock()
    real_unlock = len(calls)
    calls.clear()
    decoy = vaults.unlock(vault_path, passphrase=bytearray(DURESS))
    assert decoy.vault.is_decoy
    decoy.lock()
    assert len(calls) == real_unlock == 1
