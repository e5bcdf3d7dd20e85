"""Vault use cases: create, unlock, lock, and the key and file operations, with audit entries.

The CLI and the GUI both come through here; neither touches ``vault/`` key code directly.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from bizhr_desktop.core.errors import DiskFull, InvalidInput, WeakPassphrase, WrongSecret
from bizhr_desktop.services import passphrases
from bizhr_desktop.services.session import VaultSession
from bizhr_desktop.vault import keys
from bizhr_desktop.vault import vault as vault_files
from bizhr_desktop.vault.files import STANDARD_OUTPUT
from bizhr_desktop.vault.keyring_store import KeyringStore
from bizhr_desktop.vault.vault import Created, Revoked, UnlockAttempt, VaultInfo

UnlockMethod = keys.UnlockMethod
__all__ = [
    "STANDARD_OUTPUT",
    "Created",
    "KeyringStatus",
    "KeyringStore",
    "Revoked",
    "UnlockAttempt",
    "VaultInfo",
    "VaultSession",
]
KdfParams = keys.KdfParams


@dataclass(frozen=True)
class KeyringStatus:
    """Whether this computer has a keyring BizHR will use, said for a person."""

    secure: bool
    label: str
    explanation: str


def keyring_status(store: KeyringStore | None = None) -> KeyringStatus:
    store = store or KeyringStore()
    try:
        store.require_secure()
    except Exception as exc:
        message = getattr(exc, "message", None) or "The OS keyring could not be reached."
        return KeyringStatus(False, "", str(message))
    return KeyringStatus(
        True,
        store.backend_label,
        f"This computer's keyring ({store.backend_label}) can hold a second secret for the "
        "vault. Then a copy of the vault file is useless without this computer's keyring, "
        "even to someone who learns your passphrase.",
    )


def check_new_passphrase(passphrase: str) -> None:
    strength = passphrases.assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase("That passphrase is too weak: {advice}", advice=strength.advice)


def create(
    path: Path,
    passphrase: bytearray,
    *,
    method: str = UnlockMethod.PASSPHRASE,
    kdf: KdfParams | None = None,
    kdf_seconds: float | None = None,
    keyring: KeyringStore | None = None,
    check_strength: bool = True,
    recovery_key_pending: bool = False,
) -> Created:
    """Create a vault. Weak passphrases are refused with advice. With
    *recovery_key_pending*, call ``recovery_key_shown`` once the person has seen it."""
    if check_strength:
        check_new_passphrase(passphrase.decode("utf-8", "replace"))
    if kdf is None and kdf_seconds is not None:
        if not 0.1 <= kdf_seconds <= 10:
            raise InvalidInput("The unlock time must be between 0.1 and 10 seconds.")
        kdf = keys.calibrate_kdf(kdf_seconds)
    return vault_files.create_vault(
        path,
        passphrase,
        method=method,
        keyring=keyring,
        kdf=kdf,
        recovery_key_pending=recovery_key_pending,
    )


def recovery_key_shown(session: VaultSession) -> None:
    """The recovery key (of ``create`` or ``revoke``) was put in front of the person."""
    session.vault.recovery_key_shown()


def prepare_unlock(
    path: Path, *, keyring: KeyringStore | None = None, use_keyring: bool = True
) -> UnlockAttempt:
    """Read the header and keyring (fast) before the slow passphrase derivation."""
    return vault_files.prepare_unlock(path, keyring=keyring, use_keyring=use_keyring)


def derive_passphrase_key(attempt: UnlockAttempt, passphrase: bytearray) -> bytearray:
    """The slow Argon2id step, safe to run on a worker thread."""
    return keys.passphrase_key(attempt.header, passphrase)


def unlock(
    path: Path,
    *,
    passphrase: bytearray | None = None,
    recovery_code: str | None = None,
    keyring_only: bool = False,
    keyring: KeyringStore | None = None,
    attempt: UnlockAttempt | None = None,
    precomputed: bytearray | None = None,
    failed_attempts: int = 0,
    accept_missing_changes: bool = False,
) -> VaultSession:
    """Open a vault; the audit log records the unlock and the failures before it.

    A vault file that lacks changes its key file records is refused (``ChangesMissing``)
    unless *accept_missing_changes*: then it opens as it is, and the loss is audited."""
    vault = vault_files.open_vault(
        path,
        passphrase=passphrase,
        recovery_code=recovery_code,
        keyring_only=keyring_only,
        keyring=keyring,
        attempt=attempt,
        precomputed=precomputed,
        accept_missing_changes=accept_missing_changes,
    )
    notices = list(vault.notices)
    try:
        if failed_attempts:
            # A locked vault cannot be written to, so failures seen by this process are
            # recorded at the next successful unlock.
            vault.audit.append("unlock.failed", {"count": failed_attempts})
        vault.audit.append("unlock.ok", {"method": vault.unlocked_with})
    except DiskFull:
        # A full disk must not lock a person out of their records: open, and say so.
        notices.append(
            "The disk is full: this unlock could not be written to the audit log, and "
            "changes will fail until some space is freed."
        )
    except BaseException:
        vault.close()
        raise
    return VaultSession(vault, notices)


def info(session: VaultSession) -> VaultInfo:
    return session.vault.info()


def change_passphrase(
    session: VaultSession, new_passphrase: bytearray, *, check_strength: bool = True
) -> None:
    if check_strength:
        check_new_passphrase(new_passphrase.decode("utf-8", "replace"))
    session.vault.change_passphrase(new_passphrase)


def rekey(session: VaultSession) -> None:
    session.vault.rekey()


def revoke(
    session: VaultSession,
    passphrase: bytearray | None,
    *,
    new_passphrase: bool = False,
    duress_passphrase: bytearray | None = None,
) -> Revoked:
    """Revoke everything: new data key and header key, every slot sealed again, a new
    recovery key (returned, to show once). With *new_passphrase* the passphrase changes at
    the same time (checked for strength); otherwise it must be the vault's current one."""
    if passphrase is not None:
        if new_passphrase:
            check_new_passphrase(passphrase.decode("utf-8", "replace"))
        elif not session.vault.verify_passphrase(passphrase):
            raise WrongSecret("That is not this vault's passphrase; nothing was changed.")
    return session.vault.revoke(passphrase, duress_passphrase=duress_passphrase)


def needs_passphrase_to_revoke(session: VaultSession) -> bool:
    """Whether this vault has passphrase slots to seal again (keyring-only vaults do not)."""
    return session.vault.has_passphrase


def relink_keyring(session: VaultSession, passphrase: bytearray) -> None:
    session.vault.relink_keyring(passphrase)


def backup(session: VaultSession, destination: Path, *, overwrite: bool = False) -> None:
    session.vault.backup(destination, overwrite=overwrite)


def output_target(session: VaultSession, path: Path | str, *, overwrite: bool = False) -> Path:
    """Check a file the person asked to write (see ``vault.files.check_output_target``)."""
    return vault_files.output_target(session.path, path, overwrite=overwrite)


def restore(backup_file: Path, vault_path: Path) -> bool:
    """Restore a backup after checking it whole; True if it carried a checksum (backups
    made by earlier versions do not: check the restored vault with ``verify``)."""
    return vault_files.restore_backup(backup_file, vault_path).has_checksum


is_backup = vault_files.is_backup


def half_created(path: Path) -> bool:
    """True if *path* is what a vault creation stopped before its first write left (an empty
    file); creating a vault there again replaces it."""
    return vault_files.half_created(path)


def verify_backup(
    backup_file: Path,
    *,
    passphrase: bytearray | None = None,
    recovery_code: str | None = None,
    keyring_only: bool = False,
) -> tuple[list[str], bool]:
    """Problems found in a backup file (its checksum, then its pages with a secret of its
    day), and whether it carried a checksum."""
    return vault_files.verify_backup(
        backup_file,
        passphrase=passphrase,
        recovery_code=recovery_code,
        keyring_only=keyring_only,
    )


def verify(session: VaultSession) -> list[str]:
    problems = session.vault.verify()
    if not problems:  # a damaged vault may refuse writes; the result is what matters then
        # Nor may a full disk turn a sound vault into a failed check: the entry is skipped.
        with contextlib.suppress(DiskFull):
            session.vault.audit.append("vault.verified", {"problems": 0})
    return problems


def crypto_erase(vault_path: Path, *, keyring: KeyringStore | None = None) -> list[str]:
    """Destroy every key of the vault and remove its files (no secret needed)."""
    return vault_files.crypto_erase(vault_path, keyring=keyring)


def set_duress(session: VaultSession, duress_passphrase: bytearray, mode: str) -> None:
    if mode not in ("decoy", "erase"):
        raise InvalidInput("The duress mode is 'decoy' or 'erase'.")
    check_new_passphrase(duress_passphrase.decode("utf-8", "replace"))
    session.vault.set_duress(
        duress_passphrase, keys.DuressMode.DECOY if mode == "decoy" else keys.DuressMode.ERASE
    )


def clear_duress(session: VaultSession) -> None:
    session.vault.clear_duress()


def header_path(vault_path: Path) -> Path:
    return vault_files.header_path_for(vault_path)


def vault_files_of(vault_path: Path) -> list[Path]:
    return vault_files.side_files(vault_path)
