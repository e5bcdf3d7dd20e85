"""What yesterday's copy of the key file still opens, after passwd, rekey and revoke.

The attacker copied the key file (from a backup, a synced folder, a seized USB stick) and
knows the passphrase and the recovery key of that day. After the coordinator revokes, no
page of the vault as it is now may decrypt with anything from that copy.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import InvalidInput, WrongSecret
from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services import vaults
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.vault import keys
from bizhr_desktop.vault.keys import KdfParams
from tests.conftest import PASSPHRASE
from tests.helpers.sqlcipher_pages import plaintext_anywhere

CANARY = "Revocation-Canary-93b1"
NEW = bytearray(b"a different long passphrase for later")
REPO = Path(__file__).parents[2]


def _data_key_from(key_file: bytes, **secret: bytearray) -> bytes:
    unlocked = keys.unlock(keys.KeyHeader.parse(key_file), keys.Secret(**secret))
    return bytes(unlocked.data_key._key)


def _made(vault_path: Path, fast_kdf: KdfParams) -> tuple[vaults.VaultSession, bytearray]:
    created = vaults.create(vault_path, bytearray(PASSPHRASE.encode()), kdf=fast_kdf)
    session = vaults.VaultSession(created.vault)
    PeopleService(session.vault.db, session.vault.audit).add(
        Person(
            id=new_id(),
            full_name=CANARY,
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.HIGH,
        )
    )
    return session, keys.parse_recovery_code(created.recovery_code)


def _key_file(session: vaults.VaultSession) -> Path:
    return vaults.header_path(session.path)


def test_passwd_and_rekey_alone_leave_an_old_copy_reaching_todays_pages(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    """What passwd and rekey say is true: they do not revoke a copied key file."""
    session, _ = _made(vault_path, fast_kdf)
    copy = _key_file(session).read_bytes()
    vaults.change_passphrase(session, bytearray(NEW))
    old_key = _data_key_from(copy, passphrase=bytearray(PASSPHRASE.encode()))
    assert CANARY.encode() in plaintext_anywhere(session.path, old_key)
    session.lock()


def test_revoke_leaves_an_old_copy_and_old_secrets_with_no_page(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    session, old_recovery = _made(vault_path, fast_kdf)
    copy = _key_file(session).read_bytes()
    vaults.change_passphrase(session, bytearray(NEW))
    middle_copy = _key_file(session).read_bytes()  # after passwd, before revoke
    revoked = vaults.revoke(session, bytearray(NEW))
    session.vault.db.checkpoint()
    stale = [
        _data_key_from(copy, passphrase=bytearray(PASSPHRASE.encode())),
        _data_key_from(copy, recovery_code=bytearray(old_recovery)),
        _data_key_from(middle_copy, passphrase=bytearray(NEW)),
    ]
    for key in stale:
        assert CANARY.encode() not in plaintext_anywhere(session.path, key)
    current = _key_file(session).read_bytes()
    # The control: today's key file and today's secrets do reach the canary.
    today = _data_key_from(current, passphrase=bytearray(NEW))
    assert CANARY.encode() in plaintext_anywhere(session.path, today)
    assert today not in stale
    # The old recovery key opens nothing; the new one opens the vault.
    with pytest.raises(WrongSecret):
        _data_key_from(current, recovery_code=bytearray(old_recovery))
    assert (
        _data_key_from(current, recovery_code=keys.parse_recovery_code(revoked.recovery_code))
        == today
    )
    # No slot of the old file survives into the new one (nothing to compare and learn from).
    old_header, new_header = keys.KeyHeader.parse(copy), keys.KeyHeader.parse(current)
    assert not set(old_header.slots) & set(new_header.slots)
    session.lock()
    reopened = vaults.unlock(session.path, passphrase=bytearray(NEW))
    kinds = [e.kind for e in reopened.vault.audit.events(newest_first=False)]
    assert kinds[-2:] == ["key.revoked", "unlock.ok"]
    reopened.lock()


def test_revoke_keeps_the_duress_passphrase_only_when_given_again(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    session, _ = _made(vault_path, fast_kdf)
    duress = bytearray(b"tundra maple orbit saddle quiver")
    vaults.set_duress(session, bytearray(duress), "decoy")
    with pytest.raises(WrongSecret, match="duress"):
        vaults.revoke(
            session,
            bytearray(PASSPHRASE.encode()),
            duress_passphrase=bytearray(b"not the duress one at all"),
        )
    kept = vaults.revoke(
        session, bytearray(PASSPHRASE.encode()), duress_passphrase=bytearray(duress)
    )
    assert not kept.duress_dropped and session.vault.has_duress
    dropped = vaults.revoke(session, bytearray(PASSPHRASE.encode()))
    assert dropped.duress_dropped and not session.vault.has_duress
    with pytest.raises(InvalidInput, match="duress"):
        vaults.set_duress(session, bytearray(duress), "decoy")
        vaults.revoke(session, bytearray(duress), new_passphrase=True)
    session.lock()


def test_revoke_with_the_wrong_current_passphrase_changes_nothing(
    vault_path: Path, fast_kdf: KdfParams
) -> None:
    session, _ = _made(vault_path, fast_kdf)
    before = _key_file(session).read_bytes()
    with pytest.raises(WrongSecret):
        vaults.revoke(session, bytearray(b"not the passphrase"))
    assert _key_file(session).read_bytes() == before
    session.lock()


def test_cli_passwd_says_what_it_does_not_revoke_and_rekey_revoke_does(tmp_path: Path) -> None:
    def bizhr(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bizhr_desktop.cli", *args],
            capture_output=True, text=True, cwd=REPO, timeout=180, check=False,
        )  # fmt: skip

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(PASSPHRASE + "\n")
    new.write_text(NEW.decode() + "\n")
    vault = tmp_path / "v.bizhr"
    init = bizhr("init", str(vault), "--passphrase-file", str(old), "--unlock", "passphrase",
                 "--kdf-time", "0.1")  # fmt: skip
    assert init.returncode == 0, init.stderr
    first_recovery = init.stdout.split("\n\n")[1].strip()
    passwd = bizhr("passwd", str(vault), "--passphrase-file", str(old),
                   "--new-passphrase-file", str(new))  # fmt: skip
    assert passwd.returncode == 0, passwd.stderr
    assert "still opens with the old passphrase" in passwd.stdout
    assert "--revoke" in passwd.stdout and "no longer opens the vault" not in passwd.stdout
    revoke = bizhr("rekey", str(vault), "--revoke", "--passphrase-file", str(new))
    assert revoke.returncode == 0, revoke.stderr
    second_recovery = revoke.stdout.split("\n\n")[-2].strip()
    assert len(second_recovery.replace("-", "")) == len(first_recovery.replace("-", ""))
    assert second_recovery != first_recovery
    old_code = tmp_path / "old-code.txt"
    old_code.write_text(first_recovery + "\n")
    refused = bizhr("info", str(vault), "--recovery-key-file", str(old_code))
    assert refused.returncode == 3
    new_code = tmp_path / "new-code.txt"
    new_code.write_text(second_recovery + "\n")
    assert bizhr("info", str(vault), "--recovery-key-file", str(new_code)).returncode == 0
    help_text = " ".join(
        (bizhr("rekey", "--help").stdout + bizhr("passwd", "--help").stdout).split()
    )
    assert "--revoke" in help_text and "new recovery key" in help_text
