"""A vault on disk: create, open, lock, and the key and file operations on it.

A vault is two files side by side: ``NAME.bizhr`` (the SQLCipher database) and
``NAME.bizhr.key`` (the key header). Both are created 0600 and replaced atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import shutil
import stat
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bizhr_desktop.core.errors import (
    BizHRError,
    ChangesMissing,
    InvalidInput,
    KeyHeaderDamaged,
    KeyringUnavailable,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongSecret,
)
from bizhr_desktop.vault import keys
from bizhr_desktop.vault.audit import AuditLog, utc_now_text
from bizhr_desktop.vault.database import Database
from bizhr_desktop.vault.files import (
    BACKUP_MAGIC,
    BACKUP_MAGIC_V1,
    PRIVATE_MODE,
    VaultLock,
    atomic_writer,
    check_output_target,
    ensure_private_dir,
    starts_with_magic,
    sweep_leftovers,
    translate_os_error,
    write_atomic,
)
from bizhr_desktop.vault.keyring_store import ACCEPTED_BACKENDS, KeyringStore

_BACKUP_PREFIX = struct.Struct(">8sI")

METHOD_LABELS = {
    keys.SlotKind.KEYRING_PASSPHRASE: "keyring+passphrase",
    keys.SlotKind.PASSPHRASE: "passphrase",
    keys.SlotKind.RECOVERY: "recovery key",
    keys.SlotKind.KEYRING_ONLY: "keyring",
    keys.SlotKind.DURESS: "duress passphrase",
}


def header_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".key")


def side_files(vault_path: Path) -> list[Path]:
    """Every file a vault may have on disk."""
    return [
        vault_path,
        header_path_for(vault_path),
        vault_path.with_name(vault_path.name + "-wal"),
        vault_path.with_name(vault_path.name + "-shm"),
        vault_path.with_name(vault_path.name + "-journal"),
    ]


def output_target(vault_path: Path, path: Path | str, *, overwrite: bool = False) -> Path:
    """Where a file asked for beside an open vault may be written (``check_output_target``
    with this vault's own files protected, by name and by inode)."""
    return check_output_target(path, protected=side_files(vault_path), overwrite=overwrite)


def read_header(vault_path: Path) -> keys.KeyHeader:
    path = header_path_for(vault_path)
    if not vault_path.exists():
        raise VaultNotFound("There is no vault at {path}.", path=str(vault_path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyHeaderDamaged(
            "The vault's key file ({file}) is missing. It must sit beside the vault; "
            "restore it from a backup.",
            file=path.name,
        ) from None
    except OSError as exc:
        raise BizHRError(
            "Could not read the key file {path}: {reason}.",
            path=str(path),
            reason=str(exc.strerror),
        ) from None
    return keys.KeyHeader.parse(data)


def _write_header(vault_path: Path, header: keys.KeyHeader) -> None:
    write_atomic(header_path_for(vault_path), header.serialise(), "the vault's key file")


@dataclass
class Created:
    """A new vault, open, and the recovery code to show once."""

    vault: Vault
    recovery_code: str


@dataclass
class Revoked:
    """After a revocation: the new recovery key to show once, and whether the duress
    passphrase had to be dropped (it was set, and not given again)."""

    recovery_code: str = field(repr=False)
    duress_dropped: bool = False


@dataclass
class VaultInfo:
    path: Path
    methods: list[str]
    keyring_backend: str
    schema_version: int
    kdf: keys.KdfParams
    counts: dict[str, int] = field(default_factory=dict)
    pending_rekey: bool = False


def create_vault(
    path: Path,
    passphrase: bytearray,
    *,
    method: str = keys.UnlockMethod.PASSPHRASE,
    keyring: KeyringStore | None = None,
    kdf: keys.KdfParams | None = None,
    recovery_key_pending: bool = False,
) -> Created:
    """Create a vault at *path* with one unlock method plus a recovery code.

    With *recovery_key_pending* the vault remembers that its recovery key is yet to be
    shown, until ``Vault.recovery_key_shown``: if the program is stopped in between, the
    next unlock says so (the CLI's ``init`` and the GUI's New vault ask for this)."""
    path = Path(path)
    if half_created(path):  # an earlier creation here was stopped before it wrote anything
        for leftover in side_files(path):
            leftover.unlink(missing_ok=True)
    if any(p.exists() for p in side_files(path)):
        raise VaultExists("A vault already exists at {path}; choose another name.", path=str(path))
    if method not in (
        keys.UnlockMethod.PASSPHRASE,
        keys.UnlockMethod.KEYRING_PASSPHRASE,
        keys.UnlockMethod.KEYRING_ONLY,
    ):
        raise InvalidInput("Unknown unlock method '{method}'.", method=method)
    uses_keyring = method != keys.UnlockMethod.PASSPHRASE
    if uses_keyring:
        if keyring is None:
            keyring = KeyringStore()
        keyring.require_secure()
    ensure_private_dir(path.parent)

    header, unlocked = keys.new_header(kdf or keys.calibrate_kdf())
    recovery_raw, recovery_code = keys.new_recovery_code()
    keyring_secret: bytearray | None = None
    try:
        if uses_keyring:
            assert keyring is not None
            keyring_secret = keys.new_keyring_secret()
            unlocked.directory.keyring_backend = keyring.backend_id
            kind = (
                keys.SlotKind.KEYRING_PASSPHRASE
                if method == keys.UnlockMethod.KEYRING_PASSPHRASE
                else keys.SlotKind.KEYRING_ONLY
            )
            keys.seal_slot(
                header,
                unlocked,
                unlocked.directory.free_slot(),
                kind,
                passphrase=passphrase,
                keyring_secret=keyring_secret,
            )
        else:
            keys.seal_slot(
                header,
                unlocked,
                unlocked.directory.free_slot(),
                keys.SlotKind.PASSPHRASE,
                passphrase=passphrase,
            )
        keys.seal_slot(
            header,
            unlocked,
            unlocked.directory.free_slot(),
            keys.SlotKind.RECOVERY,
            recovery=recovery_raw,
        )
        unlocked.slot_kind = next(
            k
            for k in unlocked.directory.kinds
            if k not in (keys.SlotKind.EMPTY, keys.SlotKind.RECOVERY)
        )

        # The database file is made first with 0600, so SQLite's -wal/-shm inherit that mode.
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
            os.close(fd)
        except FileExistsError:
            raise VaultExists(
                "A vault already exists at {path}; choose another name.", path=str(path)
            ) from None
        except OSError as exc:
            raise translate_os_error(exc, str(path)) from None
        try:
            _write_header(path, header)
            if uses_keyring:
                assert keyring is not None and keyring_secret is not None
                keyring.store(header.keyring_item_name, keys.encode_keyring_secret(keyring_secret))
            vault = Vault._open_unlocked(path, header, unlocked, keyring, new=True)
        except BaseException:
            for leftover in side_files(path):
                leftover.unlink(missing_ok=True)
            if uses_keyring and keyring is not None:
                with contextlib.suppress(BizHRError):
                    keyring.delete(header.keyring_item_name)
            raise
    except BaseException:
        unlocked.wipe()
        raise
    finally:
        keys.wipe(recovery_raw)
        keys.wipe(keyring_secret)
    with vault.db.transaction():
        if recovery_key_pending:
            vault.db.execute(
                "INSERT INTO vault_flag (name) VALUES (?)", (Vault.RECOVERY_KEY_UNSEEN,)
            )
        vault.audit.append("vault.created", {"method": method})
    return Created(vault, recovery_code)


class Vault:
    """An open, unlocked vault. ``close()`` (or ``lock()``) forgets every key."""

    def __init__(self) -> None:  # use open_vault / create_vault
        raise TypeError("use open_vault() or create_vault()")

    @classmethod
    def _open_unlocked(
        cls,
        path: Path,
        header: keys.KeyHeader,
        unlocked: keys.UnlockedKeys,
        keyring: KeyringStore | None,
        *,
        new: bool = False,
        accept_missing_changes: bool = False,
    ) -> Vault:
        self = object.__new__(cls)
        self.path = path
        self._header = header
        self._keys = unlocked
        self._keyring = keyring
        self._lock = VaultLock(path)
        self._lock.acquire()
        _sweep_leftovers(path)
        self.notices = []
        try:
            self.db = self._open_database(existing=not new)
        except BaseException:
            self._lock.release()
            raise
        self.audit = AuditLog(self.db)
        self.db.on_commit = self._record_commits
        try:
            if not new:
                self._check_commits(accept_missing_changes)
                self._check_recovery_key_seen()
                self._remove_unfinished_outputs()
        except BaseException:
            self.close()
            raise
        return self

    def _record_commits(self, commits: int) -> None:
        """After each commit: the key file records how many the vault file now holds."""
        keys.seal_commit_count(self._header, self._require_keys(), commits)
        self._save_header()

    def _check_commits(self, accept: bool) -> None:
        recorded = keys.commit_count(self._header, self._require_keys())
        held = self.db.commits
        if recorded is None or held is None or held >= recorded:
            return
        missing = recorded - held
        changes = "change" if missing == 1 else "changes"
        if not accept and missing == 1:
            raise ChangesMissing(
                "This vault is missing its last 1 saved change: its key file "
                "records {recorded}, the vault file holds {held}. The file "
                "{file}-wal, which held them until they were written into the "
                "vault file, is missing or damaged, or the vault file is an older copy. If "
                "you have that -wal file (or the newer vault file), put it back beside the "
                "vault and open it again. Otherwise restore the vault from a backup, or open "
                "it as it is, without those changes, with: bizhr verify "
                "{path} --accept-missing-changes",
                recorded=recorded,
                held=held,
                file=self.path.name,
                path=str(self.path),
            )
        if not accept:
            raise ChangesMissing(
                "This vault is missing its last {missing} saved changes: its key file "
                "records {recorded}, the vault file holds {held}. The file "
                "{file}-wal, which held them until they were written into the "
                "vault file, is missing or damaged, or the vault file is an older copy. If "
                "you have that -wal file (or the newer vault file), put it back beside the "
                "vault and open it again. Otherwise restore the vault from a backup, or open "
                "it as it is, without those changes, with: bizhr verify "
                "{path} --accept-missing-changes",
                missing=missing,
                recorded=recorded,
                held=held,
                file=self.path.name,
                path=str(self.path),
            )
        self.notices.append(
            f"Opened without the last {missing} saved {changes}, which were missing from the "
            "vault file (recorded in the audit log)."
        )
        self.audit.append("vault.changes_missing", {"commits": missing})

    def expect_output(self, path: Path, data: bytes, what: str) -> None:
        """Record, before *path* is written with *data*, that it belongs to an operation
        that is not finished: if the program is stopped before ``output_finished``, the
        next open removes the file (if it still holds those bytes) and says so."""
        self.db.execute(
            "INSERT OR REPLACE INTO unfinished_output (path, sha256, what) VALUES (?, ?, ?)",
            (os.fspath(path), hashlib.sha256(data).hexdigest(), what),
        )

    def output_finished(self, path: Path) -> None:
        """The operation that wrote *path* is complete (call it in its last transaction),
        or was undone and removed the file itself."""
        self.db.execute("DELETE FROM unfinished_output WHERE path = ?", (os.fspath(path),))

    def _remove_unfinished_outputs(self) -> None:
        rows = self.db.execute("SELECT path, sha256, what FROM unfinished_output")
        for path_text, sha256, what in rows:
            path = Path(path_text)
            try:
                removed = hashlib.sha256(path.read_bytes()).hexdigest() == sha256
                if removed:
                    path.unlink()
            except OSError:
                removed = False
            if removed:
                self.notices.append(
                    f"{what.capitalize()} at {path} was written by an operation that was "
                    "stopped before it finished; nothing was changed in the vault, and the "
                    "file was removed."
                )
            self.output_finished(path)

    RECOVERY_KEY_UNSEEN = "recovery_key_unseen"

    def _check_recovery_key_seen(self) -> None:
        if self.recovery_key_unseen:
            self.notices.append(
                "This vault's recovery key was never shown: making the vault was stopped "
                "before it could be. Without it, a lost passphrase loses the vault. Make a "
                "new recovery key now (bizhr rekey VAULT --revoke, or Safety > Revoke "
                "everything), or, if the vault holds nothing yet, remove it and make it again."
            )

    @property
    def recovery_key_unseen(self) -> bool:
        """True while the recovery key made with the vault has not been shown."""
        return bool(
            self.db.scalar("SELECT 1 FROM vault_flag WHERE name = ?", (self.RECOVERY_KEY_UNSEEN,))
        )

    def recovery_key_shown(self) -> None:
        """Say that the current recovery key was put in front of the person."""
        self.db.execute("DELETE FROM vault_flag WHERE name = ?", (self.RECOVERY_KEY_UNSEEN,))

    path: Path
    db: Database
    audit: AuditLog
    notices: list[str]
    _header: keys.KeyHeader
    _keys: keys.UnlockedKeys | None
    _keyring: KeyringStore | None
    _lock: VaultLock

    def _open_database(self, *, existing: bool = True) -> Database:
        unlocked = self._require_keys()
        try:
            db = Database(self.path, unlocked.data_key, existing=existing)
        except VaultDamaged:
            # A rekey may have been interrupted after the pages were re-encrypted but before
            # the new key was promoted in the header: the pending key opens it then.
            if unlocked.pending_key is None:
                raise
            db = Database(self.path, unlocked.pending_key, existing=existing)
            keys.seal_data_key(self._header, unlocked, unlocked.pending_key)
            keys.seal_pending_key(self._header, unlocked, None)
            _write_header(self.path, self._header)
            unlocked.data_key.wipe()
            unlocked.data_key, unlocked.pending_key = unlocked.pending_key, None
            self.notices.append("An interrupted key change was completed.")
            return db
        if unlocked.pending_key is not None:
            # Interrupted before SQLCipher committed the new key: drop the pending key.
            keys.seal_pending_key(self._header, unlocked, None)
            _write_header(self.path, self._header)
            unlocked.pending_key.wipe()
            unlocked.pending_key = None
            self.notices.append("An interrupted key change was rolled back; nothing was lost.")
        return db

    def _require_keys(self) -> keys.UnlockedKeys:
        if self._keys is None:
            raise VaultLocked("The vault is locked.")
        return self._keys

    # ------------------------------------------------------------------ state

    @property
    def is_open(self) -> bool:
        return self._keys is not None and self.db.is_open

    @property
    def unlocked_with(self) -> str:
        return METHOD_LABELS.get(self._require_keys().slot_kind, "?")

    @property
    def methods(self) -> list[str]:
        kinds = self._require_keys().directory.kinds
        return [
            METHOD_LABELS[k]
            for k in sorted(set(kinds))
            if k in METHOD_LABELS and k != keys.SlotKind.DURESS
        ]

    @property
    def vault_id(self) -> bytes:
        """The vault's random id (in its key file, and the name of its keyring item)."""
        return self._header.vault_id

    @property
    def uses_keyring(self) -> bool:
        kinds = self._require_keys().directory.kinds
        return any(
            k in (keys.SlotKind.KEYRING_PASSPHRASE, keys.SlotKind.KEYRING_ONLY) for k in kinds
        )

    @property
    def has_passphrase(self) -> bool:
        kinds = self._require_keys().directory.kinds
        return any(k in (keys.SlotKind.PASSPHRASE, keys.SlotKind.KEYRING_PASSPHRASE) for k in kinds)

    @property
    def keyring_backend(self) -> str:
        return self._require_keys().directory.keyring_backend

    def info(self) -> VaultInfo:
        counts = {
            table: int(self.db.scalar(f"SELECT count(*) FROM {table}"))  # noqa: S608
            for table in ("person", "organisation", "meeting", "invitation", "audit_event")
        }
        backend = self.keyring_backend
        return VaultInfo(
            path=self.path,
            methods=self.methods,
            keyring_backend=ACCEPTED_BACKENDS.get(backend, backend),
            schema_version=self.db.schema_version,
            kdf=self._header.kdf,
            counts=counts,
        )

    def close(self) -> None:
        """Checkpoint and close the database, wipe every key, release the lock."""
        try:
            if self.db.is_open:
                try:
                    self.db.close()
                except BizHRError:
                    self.db.close(checkpoint=False)  # a damaged vault still gets closed
        finally:
            if self._keys is not None:
                self._keys.wipe()
                self._keys = None
            if self.is_decoy:
                self._end_mimicry()
            self._lock.release()

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ key operations

    def _keyring_store(self) -> KeyringStore:
        if self._keyring is None:
            self._keyring = KeyringStore()
        return self._keyring

    def _save_header(self) -> None:
        if self.is_decoy:
            return  # a decoy must never touch the real vault's files
        _write_header(self.path, self._header)

    is_decoy = False
    _mimicked: list[Path] = []  # noqa: RUF012 - the decoy's own list replaces it

    @classmethod
    def _open_decoy(
        cls,
        path: Path,
        real: keys.KeyHeader,
        duress_key: bytearray,
        keyring_secret: bytearray | None = None,
        keyring: KeyringStore | None = None,
    ) -> Vault:
        """An empty vault in memory that looks like the real one from outside.

        Shown after the duress passphrase; nothing of its contents reaches the disk, and
        nothing in it says it is a decoy. What a coercer could compare is made the same as
        for the real vault: it takes the real vault's lock (a second window or command is
        told "in use"), SQLite's -wal/-shm files appear beside the vault while it is open
        and the vault's modification time moves on at lock, its header has the real vault's
        id, Argon2id salt and cost, so a backup made of it looks like a backup of the real
        vault (and restores to a vault the duress passphrase opens); where this computer's
        keyring holds a key for the vault, it is a keyring+passphrase vault as the real one
        is; and its audit log starts when the vault's key file was last written, not now.
        """
        self = object.__new__(cls)
        self.path = path
        self.is_decoy = True
        self._header, self._keys = keys.new_header(real.kdf)
        self._header.vault_id = real.vault_id
        self._header.kdf_salt = real.kdf_salt
        self._header.hkdf_salt = real.hkdf_salt
        keys.seal_data_key(self._header, self._keys, self._keys.data_key)
        kind = keys.SlotKind.KEYRING_PASSPHRASE if keyring_secret else keys.SlotKind.PASSPHRASE
        keys.seal_slot(
            self._header,
            self._keys,
            0,
            kind,
            precomputed=duress_key,
            keyring_secret=keyring_secret,
        )
        self._keys.directory.kinds[1] = keys.SlotKind.RECOVERY
        if keyring_secret and keyring is not None:
            self._keys.directory.keyring_backend = keyring.backend_id
        keys.seal_directory(self._header, self._keys)
        self._keys.slot_kind = kind
        self._keys.slot_index = 0
        self._keyring = keyring if keyring_secret else None
        self._lock = VaultLock(path)
        self._lock.acquire()
        _sweep_leftovers(path)
        self._mimicked = []
        self.notices = []
        try:
            self.db = Database(Path(":memory:"), self._keys.data_key, in_memory=True)
            self.audit = AuditLog(self.db)
            self.audit.append("vault.created", {"method": METHOD_LABELS[kind]}, at=_made_at(path))
            self.db.on_commit = self._decoy_committed
            self._mimic_open_files()
        except BaseException:
            self._lock.release()
            raise
        return self

    def _decoy_committed(self, _commits: int) -> None:
        """A real commit rewrites the key file with a new sealed commit record; the decoy has
        no key to seal one, so it rewrites the real key file (read afresh: it may have been
        erased) with fresh random bytes there, which look the same and open nothing."""
        header = read_header(self.path)
        keys.forget_commit_count(header)
        _write_header(self.path, header)

    def _mimic_open_files(self) -> None:
        """SQLite keeps an open vault's -wal and -shm beside it: so does the decoy (empty,
        which SQLite reads as nothing to replay, so the real vault opens as before)."""
        for suffix, size in (("-wal", 0), ("-shm", 32 * 1024)):
            side = self.path.with_name(self.path.name + suffix)
            try:
                fd = os.open(side, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
            except OSError:
                continue  # there already (or not writable): leave it as it is
            try:
                os.ftruncate(fd, size)
            finally:
                os.close(fd)
            self._mimicked.append(side)

    def _end_mimicry(self) -> None:
        for side in self._mimicked:
            side.unlink(missing_ok=True)
        self._mimicked = []
        with contextlib.suppress(OSError):
            os.utime(self.path)  # a real lock writes the vault (checkpoint): its time moves

    @property
    def has_duress(self) -> bool:
        return bool(self._require_keys().directory.slots_of(keys.SlotKind.DURESS))

    def set_duress(self, duress_passphrase: bytearray, mode: keys.DuressMode) -> None:
        """Add (or replace) the duress passphrase. The header keeps its size and shape."""
        unlocked = self._require_keys()
        self._refuse_a_real_secret_as_duress(duress_passphrase)
        existing = unlocked.directory.slots_of(keys.SlotKind.DURESS)
        index = existing[0] if existing else unlocked.directory.free_slot()
        keys.seal_slot(
            self._header,
            unlocked,
            index,
            keys.SlotKind.DURESS,
            passphrase=duress_passphrase,
            duress_mode=mode,
        )
        self._save_header()
        self.audit.append("key.duress_set", {"mode": mode.name.lower()})

    def _refuse_a_real_secret_as_duress(self, duress_passphrase: bytearray) -> None:
        """A duress passphrase equal to a secret that opens the vault would turn the real
        unlock into the decoy (or the erase): refused, also when it cannot be checked."""
        kinds = self._require_keys().directory.kinds
        uncheckable = (
            keys.SlotKind.PASSPHRASE not in kinds
            and keys.SlotKind.KEYRING_PASSPHRASE in kinds
            and _load_keyring_secret(self._keyring_store(), self._header) is None
        )
        if uncheckable:
            raise KeyringUnavailable(
                "This computer's keyring has no key for this vault, so a duress passphrase "
                "cannot be checked against your passphrase. Re-link the keyring first."
            )
        if self.verify_passphrase(duress_passphrase):
            raise InvalidInput("The duress passphrase must differ from the vault's passphrase.")
        try:
            code = keys.parse_recovery_code(duress_passphrase.decode("utf-8", "replace"))
        except WrongSecret:
            return
        try:
            opened = keys.unlock(self._header, keys.Secret(recovery_code=code))
        except (WrongSecret, keys.DuressTriggered):
            return
        opened.wipe()
        raise InvalidInput("The duress passphrase must differ from the vault's recovery key.")

    def clear_duress(self) -> None:
        unlocked = self._require_keys()
        for index in unlocked.directory.slots_of(keys.SlotKind.DURESS):
            keys.clear_slot(self._header, unlocked, index)
        self._save_header()
        self.audit.append("key.duress_cleared")

    def verify_passphrase(self, passphrase: bytearray) -> bool:
        """True if *passphrase* is one that opens this vault's slots (not the duress one)."""
        secret = keys.Secret(passphrase=bytearray(passphrase))
        if self.uses_keyring:
            secret.keyring_secret = _load_keyring_secret(self._keyring_store(), self._header)
        try:
            opened = keys.unlock(self._header, secret)
        except (WrongSecret, keys.DuressTriggered):
            return False
        finally:
            secret.wipe()
        opened.wipe()
        return True

    def change_passphrase(self, new_passphrase: bytearray) -> None:
        """Rewrap the header key under the new passphrase; the old one stops working."""
        unlocked = self._require_keys()
        kinds = unlocked.directory.kinds
        targets = [
            i
            for i, k in enumerate(kinds)
            if k in (keys.SlotKind.PASSPHRASE, keys.SlotKind.KEYRING_PASSPHRASE)
        ]
        if not targets:
            raise InvalidInput("This vault has no passphrase to change.")
        self._refuse_duress_passphrase(new_passphrase)
        keyring_secret = None
        if any(kinds[i] == keys.SlotKind.KEYRING_PASSPHRASE for i in targets):
            keyring_secret = _load_keyring_secret(self._keyring_store(), self._header)
            if keyring_secret is None:
                raise KeyringUnavailable(
                    "This computer's keyring has no key for this vault. Re-link the keyring "
                    "first, then change the passphrase."
                )
        try:
            for index in targets:
                keys.seal_slot(
                    self._header,
                    unlocked,
                    index,
                    kinds[index],
                    passphrase=new_passphrase,
                    keyring_secret=keyring_secret,
                )
        finally:
            keys.wipe(keyring_secret)
        self._save_header()
        self.audit.append("key.passphrase_changed")

    def rekey(self) -> None:
        """Replace the data key: every page is re-encrypted under a new random key.

        Order matters for crash safety: (1) the new key goes into the header as *pending*,
        (2) SQLCipher re-encrypts in one transaction, (3) the header promotes the new key.
        Killed after (1) or during (2): the old key still opens the pages and the pending
        key is dropped. Killed after (2): the pending key opens them and is promoted.

        The header key stays: a copy of the key file made earlier, with a secret of its
        day, no longer yields the data key, but ``revoke`` is what makes it useless.
        """
        self._rekey_pages()
        self.audit.append("key.rekeyed")

    def _rekey_pages(self) -> None:
        unlocked = self._require_keys()
        new_key = keys.DataKey.generate()
        with self.db.lock:  # no backup may pair a header and pages from different steps
            keys.seal_pending_key(self._header, unlocked, new_key)
            self._save_header()
            try:
                self.db.rekey(new_key)
            except BaseException:
                if not self._reopen_after_failed_rekey(unlocked, new_key):
                    keys.seal_pending_key(self._header, unlocked, None)
                    with contextlib.suppress(BizHRError):
                        self._save_header()
                    new_key.wipe()
                    raise
            keys.seal_data_key(self._header, unlocked, new_key)
            keys.seal_pending_key(self._header, unlocked, None)
            self._save_header()
            unlocked.data_key.wipe()
            unlocked.data_key = new_key

    def _reopen_after_failed_rekey(
        self, unlocked: keys.UnlockedKeys, new_key: keys.DataKey
    ) -> bool:
        """After a failed rekey the connection's key no longer matches its pages: open the
        file again, under the old key if the rekey rolled back (False) or the new one if it
        went through after all (True). Raises only if neither opens it."""
        self.db.close(checkpoint=False)
        try:
            self.db = Database(self.path, unlocked.data_key, existing=True)
            went_through = False
        except VaultDamaged:
            self.db = Database(self.path, new_key, existing=True)
            went_through = True
        self.db.on_commit = self._record_commits
        self.audit = AuditLog(self.db)
        return went_through

    def revoke(
        self, passphrase: bytearray | None, *, duress_passphrase: bytearray | None = None
    ) -> Revoked:
        """Make every earlier copy of the key file, and every secret of before, useless.

        A new data key (every page re-encrypted, the WAL emptied), then a new header key,
        every slot sealed again: the passphrase slots with *passphrase* (the current one, or
        the new one when the passphrase changes at the same time), the keyring slots with
        this computer's keyring secret, and the recovery slot with a new recovery key,
        returned to be shown once. The old recovery key opens nothing any more. A duress
        passphrase stays only if *duress_passphrase* is given again; it is checked.

        Killed before the header is written, the vault opens as before with the old
        secrets (the pages are under the new data key, which the old header holds too);
        run it again. Backups made earlier keep opening with the secrets of their day.
        """
        unlocked = self._require_keys()
        if self.has_passphrase and not passphrase:
            raise InvalidInput("Give the passphrase that is to open the vault from now on.")
        if passphrase:
            self._refuse_duress_passphrase(passphrase)
        keyring_secret: bytearray | None = None
        if self.uses_keyring:
            keyring_secret = _load_keyring_secret(self._keyring_store(), self._header)
            if keyring_secret is None:
                raise KeyringUnavailable(
                    "This computer's keyring has no key for this vault. Re-link the keyring "
                    "first, then revoke."
                )
        had_duress = self.has_duress
        duress_key, duress_mode = self._duress_key(duress_passphrase)
        recovery_raw, recovery_code = keys.new_recovery_code()
        try:
            self._rekey_pages()
            new_header, fresh = keys.reissued_header(
                self._header,
                unlocked,
                recovery=recovery_raw,
                passphrase=passphrase,
                keyring_secret=keyring_secret,
                duress_key=duress_key,
                duress_mode=duress_mode,
            )
            with self.db.lock:
                old_header = self._header
                self._header = new_header
                try:
                    self._save_header()
                except BaseException:
                    self._header = old_header
                    fresh.wipe()
                    raise
            unlocked.wipe()
            self._keys = fresh
        finally:
            keys.wipe(recovery_raw)
            keys.wipe(keyring_secret)
            keys.wipe(duress_key)
        kept = duress_key is not None
        with self.db.transaction():
            self.recovery_key_shown()  # a new one, returned to be shown at once
            self.audit.append("key.revoked", {"duress_kept": kept})
        return Revoked(recovery_code, duress_dropped=had_duress and not kept)

    def _duress_key(
        self, duress_passphrase: bytearray | None
    ) -> tuple[bytearray | None, keys.DuressMode]:
        """The duress passphrase's Argon2id output and mode, checked against its slot."""
        if duress_passphrase is None or not self.has_duress:
            return None, keys.DuressMode.DECOY
        duress = self._duress_probe(duress_passphrase)
        if duress is None:
            raise WrongSecret("That is not this vault's duress passphrase; nothing was changed.")
        return duress.passphrase_key, duress.mode

    def _refuse_duress_passphrase(self, passphrase: bytearray) -> None:
        duress = self._duress_probe(passphrase) if self.has_duress else None
        if duress is not None:
            keys.wipe(duress.passphrase_key)
            raise InvalidInput("The new passphrase is the duress passphrase; choose another.")

    def _duress_probe(self, passphrase: bytearray) -> keys.DuressTriggered | None:
        """The duress trigger (its Argon2id output, for the caller to wipe, and its mode) if
        *passphrase* is this vault's duress passphrase; None otherwise."""
        probe = keys.Secret(passphrase=bytearray(passphrase))
        try:
            keys.unlock(self._header, probe).wipe()
        except keys.DuressTriggered as duress:
            return duress
        except WrongSecret:
            pass
        finally:
            probe.wipe()
        return None

    def relink_keyring(self, passphrase: bytearray) -> None:
        """Store a new secret in this computer's keyring and bind the passphrase to it."""
        unlocked = self._require_keys()
        store = self._keyring_store()
        store.require_secure()
        if not self.verify_passphrase_slot_free(passphrase):
            raise WrongSecret("That is not this vault's passphrase.")
        self._refuse_duress_passphrase(passphrase)
        secret = keys.new_keyring_secret()
        kinds = unlocked.directory.kinds
        old = unlocked.directory.slots_of(keys.SlotKind.KEYRING_PASSPHRASE)
        index = old[0] if old else unlocked.directory.free_slot()
        try:
            store.store(self._header.keyring_item_name, keys.encode_keyring_secret(secret))
            keys.seal_slot(
                self._header,
                unlocked,
                index,
                keys.SlotKind.KEYRING_PASSPHRASE,
                passphrase=passphrase,
                keyring_secret=secret,
            )
        finally:
            keys.wipe(secret)
        # A passphrase-only slot for the same passphrase would undo the two-secret rule.
        for i, kind in enumerate(kinds):
            if kind == keys.SlotKind.PASSPHRASE:
                keys.clear_slot(self._header, unlocked, i)
        unlocked.directory.keyring_backend = store.backend_id
        keys.seal_directory(self._header, unlocked)
        self._save_header()
        self.audit.append("key.keyring_relinked", {"backend": store.backend_label})

    def verify_passphrase_slot_free(self, passphrase: bytearray) -> bool:
        """Check *passphrase* against the passphrase slots, ignoring the keyring."""
        unlocked = self._require_keys()
        kinds = unlocked.directory.kinds
        if keys.SlotKind.PASSPHRASE in kinds:
            return self.verify_passphrase(passphrase)
        # Keyring+passphrase only: the passphrase cannot be checked without the old keyring
        # secret, so a person re-linking after a recovery-key unlock states it anew.
        return True

    # ------------------------------------------------------------------ files

    def verify(self) -> list[str]:
        """Problems found by SQLCipher's page HMAC check, SQLite's integrity check and the
        audit chain; an empty list means the vault is sound."""
        problems = self.db.integrity_problems()
        broken = self.audit.verify()
        if broken is not None:
            problems.append(f"audit log chain broken at entry {broken}")
        return problems

    def backup(self, destination: Path, *, overwrite: bool = False) -> None:
        """Write one file holding the key header, a consistent copy of the database's pages
        (still encrypted: nothing is decrypted to make it) and a SHA-256 checksum of all that.

        An existing file is replaced only with *overwrite*; never the vault's own files, a
        key file or another backup (see ``output_target``). Nothing but the backup itself is
        written anywhere, so a backup that is stopped leaves no scratch copy behind."""
        destination = output_target(self.path, destination, overwrite=overwrite)
        ensure_private_dir(destination.parent)
        # The pages and the header saved with them must belong together: a rekey (which
        # holds the database lock throughout) cannot run between the two.
        with self.db.lock, atomic_writer(destination, "the backup") as out:
            header_bytes = self._header.serialise()
            digest = hashlib.sha256()
            for chunk in (_BACKUP_PREFIX.pack(BACKUP_MAGIC, len(header_bytes)), header_bytes):
                digest.update(chunk)
                out.write(chunk)
            for chunk in self._database_pages():
                digest.update(chunk)
                out.write(chunk)
            out.write(digest.digest())
        self.audit.append("vault.backup")

    def _database_pages(self) -> Iterator[bytes]:
        """The database file's pages as they are on disk, with every commit folded in."""
        if self.is_decoy:  # in memory: SQLite writes it out, under its key, to a private file
            with tempfile.TemporaryDirectory(prefix="bizhr-") as scratch:
                copy = Path(scratch) / "copy"
                self.db.vacuum_into(copy)
                with open(copy, "rb") as handle:
                    yield from iter(lambda: handle.read(_CHUNK), b"")
            return
        self.db.checkpoint_completely()
        # Read through the lock's descriptor: closing another descriptor of the vault file
        # would drop SQLite's own locks on it (POSIX locks are per process and file).
        fd = self._lock.fileno()
        size = os.fstat(fd).st_size
        offset = 0
        while offset < size:
            chunk = os.pread(fd, min(_CHUNK, size - offset), offset)
            if not chunk:
                raise VaultDamaged("The vault file became shorter while it was copied.")
            offset += len(chunk)
            yield chunk


_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupFile:
    """Where the parts of a checked backup file lie."""

    path: Path
    header: bytes
    pages_offset: int
    pages_length: int
    has_checksum: bool


def read_backup(backup: Path) -> BackupFile:
    """Check a backup file whole before anything is made of it: its format, its key file
    part, that its pages are whole, and (backups made since the checksum was added) its
    SHA-256 checksum. Raises VaultDamaged saying which check failed."""
    backup = Path(backup)
    name = backup.name

    def damaged(what: str) -> VaultDamaged:
        return VaultDamaged(
            "The backup {name} is damaged: {what}. Nothing was written.", name=name, what=what
        )

    try:
        handle = open(backup, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise VaultNotFound("There is no backup at {backup}.", backup=str(backup)) from None
    except IsADirectoryError:
        raise InvalidInput("{name} is a folder, not a backup file.", name=name) from None
    except OSError as exc:
        raise BizHRError(
            "Cannot read {backup}: {reason}.",
            backup=str(backup),
            reason=str(exc.strerror),
        ) from None
    with handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise InvalidInput("{name} is not an ordinary file; it cannot be a backup.", name=name)
        prefix = handle.read(_BACKUP_PREFIX.size)
        if len(prefix) != _BACKUP_PREFIX.size:
            raise VaultDamaged("{name} is not a BizHR backup (too short).", name=name)
        magic, header_len = _BACKUP_PREFIX.unpack(prefix)
        if magic not in (BACKUP_MAGIC, BACKUP_MAGIC_V1) or header_len not in keys.HEADER_LENGTHS:
            raise VaultDamaged("{name} is not a BizHR backup.", name=name)
        header = handle.read(header_len)
        try:
            keys.KeyHeader.parse(header)
        except KeyHeaderDamaged:
            raise damaged("its key file part does not pass its checksum") from None
        checksum_len = 32 if magic == BACKUP_MAGIC else 0
        pages_offset = _BACKUP_PREFIX.size + header_len
        pages_length = st.st_size - pages_offset - checksum_len
        if pages_length < 4096:
            raise damaged("it is truncated (it holds no whole database)")
        if pages_length % 4096:
            raise damaged("it is truncated or has bytes added (its pages are not whole)")
        if checksum_len:
            digest = hashlib.sha256(prefix + header)
            left = pages_length
            while left:
                chunk = handle.read(min(_CHUNK, left))
                if not chunk:
                    raise damaged("it became shorter while it was read")
                digest.update(chunk)
                left -= len(chunk)
            if not hmac.compare_digest(digest.digest(), handle.read(32)):
                raise damaged(
                    "its checksum does not match (bytes were changed, lost or added since it "
                    "was written)"
                )
    return BackupFile(backup, header, pages_offset, pages_length, bool(checksum_len))


def _sweep_leftovers(vault_path: Path) -> None:
    """Remove what a killed write of the vault's own files left (the lock is held)."""
    for path in (vault_path, header_path_for(vault_path)):
        sweep_leftovers(path)


def _made_at(vault_path: Path) -> str:
    """When the vault's key file was last written, as an audit time (the decoy's start)."""
    try:
        moment = os.stat(header_path_for(vault_path)).st_mtime
    except OSError:
        return utc_now_text()
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _load_keyring_secret(store: KeyringStore, header: keys.KeyHeader) -> bytearray | None:
    value = store.load(header.keyring_item_name)
    return keys.decode_keyring_secret(value) if value is not None else None


@dataclass
class UnlockAttempt:
    """Everything needed to try a secret against a vault, gathered before the slow KDF."""

    path: Path
    header: keys.KeyHeader
    keyring: KeyringStore | None
    keyring_secret: bytearray | None
    keyring_problem: str = ""
    # What the caller knows of this vault on this computer: False when it opened with its
    # passphrase alone last time here, so a wrong passphrase says only that (no advice about
    # a keyring it does not use); None when nothing is known.
    keyring_expected: bool | None = None


def prepare_unlock(
    path: Path, *, use_keyring: bool = True, keyring: KeyringStore | None = None
) -> UnlockAttempt:
    """Read the header and this vault's keyring secret (if any). Cheap; no KDF."""
    path = Path(path)
    header = read_header(path)
    attempt = UnlockAttempt(path, header, None, None)
    if use_keyring:
        store = keyring or KeyringStore()
        try:
            store.require_secure()
            attempt.keyring = store
            attempt.keyring_secret = _load_keyring_secret(store, header)
            if attempt.keyring_secret is None:
                attempt.keyring_problem = (
                    f"this computer's keyring ({store.backend_label}) has no key for this vault"
                )
        except KeyringUnavailable:
            attempt.keyring_problem = "no secure OS keyring is available on this computer"
    return attempt


def open_vault(
    path: Path,
    *,
    passphrase: bytearray | None = None,
    recovery_code: str | None = None,
    keyring_only: bool = False,
    keyring: KeyringStore | None = None,
    precomputed: bytearray | None = None,
    attempt: UnlockAttempt | None = None,
    accept_missing_changes: bool = False,
) -> Vault:
    """Unlock and open a vault. Raises WrongSecret, KeyHeaderDamaged, VaultDamaged, ...

    The duress passphrase opens an empty decoy in memory (after crypto-erasing the real
    vault if it was set up that way); callers cannot tell it from a real vault but by
    ``Vault.is_decoy``, which nothing on screen shows.
    """
    path = Path(path)
    attempt = attempt or prepare_unlock(path, use_keyring=recovery_code is None, keyring=keyring)
    secret = keys.Secret()
    if recovery_code is not None:
        secret.recovery_code = keys.parse_recovery_code(recovery_code)
    elif passphrase is not None or precomputed is not None:
        # With *precomputed* (the passphrase's Argon2id output, e.g. kept sealed under a
        # quick-unlock PIN) the passphrase itself is not needed.
        if passphrase is not None:
            secret.passphrase = bytearray(passphrase)
        secret.keyring_secret = attempt.keyring_secret
    elif keyring_only:
        if attempt.keyring_secret is None:
            raise KeyringUnavailable(
                "Cannot open with the keyring alone: {problem}.",
                problem=attempt.keyring_problem or "no key",
            )
        secret.keyring_secret = attempt.keyring_secret
    else:
        raise InvalidInput("Give a passphrase or a recovery key.")

    # The lock is taken before the slow part, so "in use" is said before any KDF runs.
    probe = VaultLock(path)
    probe.acquire()
    probe.release()
    try:
        unlocked = keys.unlock(attempt.header, secret, precomputed=precomputed)
    except keys.DuressTriggered as duress:
        try:
            if duress.mode == keys.DuressMode.ERASE:
                crypto_erase(
                    path,
                    keyring=attempt.keyring,
                    remove_files=False,
                    keep_duress=duress.passphrase_key,
                )
            return Vault._open_decoy(
                path,
                attempt.header,
                duress.passphrase_key,
                attempt.keyring_secret,
                attempt.keyring,
            )
        finally:
            keys.wipe(duress.passphrase_key)
    except WrongSecret:
        if recovery_code is not None:
            raise WrongSecret("That recovery key does not open this vault.") from None
        if attempt.keyring_problem and attempt.keyring_expected is not False:
            raise WrongSecret(
                "Wrong passphrase. (Also, {problem}: if this vault was set up with the "
                "keyring, open it with your recovery key, then re-link this computer's "
                "keyring.)",
                problem=attempt.keyring_problem,
            ) from None
        raise WrongSecret("Wrong passphrase.") from None
    finally:
        secret.wipe()
    vault = Vault._open_unlocked(
        path,
        attempt.header,
        unlocked,
        attempt.keyring,
        accept_missing_changes=accept_missing_changes,
    )
    recorded = unlocked.directory.keyring_backend
    if (
        vault.uses_keyring
        and attempt.keyring is not None
        and recorded
        and recorded != attempt.keyring.backend_id
    ):
        vault.notices.append(
            f"This vault was linked to the keyring '{ACCEPTED_BACKENDS.get(recorded, recorded)}'"
            f", but this computer now uses '{attempt.keyring.backend_label}'. "
            "Re-link this computer's keyring to open it with the passphrase again."
        )
    elif vault.uses_keyring and unlocked.slot_kind == keys.SlotKind.RECOVERY:
        vault.notices.append(
            "Opened with the recovery key. Re-link this computer's keyring to open it with "
            "your passphrase again."
        )
    return vault


def restore_backup(backup: Path, vault_path: Path) -> BackupFile:
    """Turn a backup file back into a vault (database + key header) at *vault_path*.

    The backup is checked whole first (``read_backup``): a damaged one is refused before
    anything is written."""
    vault_path = Path(vault_path)
    exists = VaultExists(
        "A vault already exists at {path}. Restore to a new name, or move it away.",
        path=str(vault_path),
    )
    if any(p.exists() for p in side_files(vault_path)[1:]):
        raise exists  # a key file or journal: a vault, whatever the backup holds
    checked = read_backup(backup)
    if _half_restored(vault_path, checked):
        vault_path.unlink()  # this same restore, stopped before its key file was written
    if vault_path.exists():
        raise exists
    ensure_private_dir(vault_path.parent)
    try:
        with open(checked.path, "rb") as handle:
            handle.seek(checked.pages_offset)
            with atomic_writer(vault_path, "the restored vault") as out:
                left = checked.pages_length
                while left:
                    chunk = handle.read(min(_CHUNK, left))
                    if not chunk:
                        raise VaultDamaged(
                            "The backup {file} became shorter.", file=checked.path.name
                        )
                    out.write(chunk)
                    left -= len(chunk)
        write_atomic(header_path_for(vault_path), checked.header, "the restored key file")
    except BaseException:
        vault_path.unlink(missing_ok=True)
        header_path_for(vault_path).unlink(missing_ok=True)
        raise
    return checked


def _half_restored(vault_path: Path, checked: BackupFile) -> bool:
    """True if *vault_path* holds exactly this backup's pages and nothing else of a vault is
    there: a restore of it stopped between writing the pages and the key file."""
    if any(p.exists() for p in side_files(vault_path)[1:]):
        return False
    try:
        if vault_path.stat().st_size != checked.pages_length:
            return False
        with open(checked.path, "rb") as source, open(vault_path, "rb") as restored:
            source.seek(checked.pages_offset)
            left = checked.pages_length
            while left:
                chunk = source.read(min(_CHUNK, left))
                if not chunk or restored.read(len(chunk)) != chunk:
                    return False
                left -= len(chunk)
    except OSError:
        return False
    return True


def half_created(path: Path) -> bool:
    """True if *path* is what a ``create_vault`` stopped before its first write leaves: an
    empty database file (with or without its key file) and no -wal holding anything."""
    try:
        if path.stat().st_size != 0:
            return False
        wal = path.with_name(path.name + "-wal")
        return not wal.exists() or wal.stat().st_size == 0
    except OSError:
        return False


def is_backup(path: Path) -> bool:
    """True if *path* starts like a BizHR backup file."""
    return starts_with_magic(path, (BACKUP_MAGIC, BACKUP_MAGIC_V1))


_VERIFY_PREFIX = "bizhr-verify-"


def verify_backup(
    backup: Path,
    *,
    passphrase: bytearray | None = None,
    recovery_code: str | None = None,
    keyring_only: bool = False,
    keyring: KeyringStore | None = None,
) -> tuple[list[str], bool]:
    """Check a backup file as ``Vault.verify`` checks a vault: its checksum and form first
    (raising VaultDamaged, as restore would), then, opened with a secret of its day, every
    page's HMAC, the database's integrity and the audit chain. The pages are copied
    (encrypted) into a private temporary folder for that and removed afterwards. Returns the
    problems found and whether the backup carried a checksum."""
    checked = read_backup(backup)
    _sweep_verify_folders()
    scratch = Path(tempfile.mkdtemp(prefix=_VERIFY_PREFIX))
    try:
        copy = scratch / "backup.bizhr"
        restore_backup(checked.path, copy)
        vault = open_vault(
            copy,
            passphrase=passphrase,
            recovery_code=recovery_code,
            keyring_only=keyring_only,
            keyring=keyring,
        )
        try:
            return vault.verify(), checked.has_checksum
        finally:
            vault.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _sweep_verify_folders() -> None:
    """Remove copies left by a backup check that was killed (none is in use: its lock is
    free). They hold encrypted pages only, but nothing should linger."""
    root = Path(tempfile.gettempdir())
    try:
        folders = [p for p in root.iterdir() if p.name.startswith(_VERIFY_PREFIX)]
    except OSError:
        return
    for folder in folders:
        copy = folder / "backup.bizhr"
        lock = VaultLock(copy)
        try:
            if copy.exists():
                lock.acquire()
        except (BizHRError, OSError):
            continue
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)


def crypto_erase(
    vault_path: Path,
    *,
    keyring: KeyringStore | None = None,
    remove_files: bool = True,
    keep_duress: bytearray | None = None,
) -> list[str]:
    """Destroy every key slot and this vault's keyring item, then (by default) the files.

    The header is overwritten in place with a header of the same size whose every sealed
    part is random, and synced, before anything is deleted: from that moment no passphrase,
    recovery key or keyring secret opens the vault, whatever happens to the file blocks.
    Takes milliseconds whatever the vault's size. Returns the problems met (never raises for
    a keyring that cannot be reached: the header is what matters). With *keep_duress* (the
    duress passphrase's Argon2id output) that passphrase keeps opening a decoy afterwards.
    """
    problems: list[str] = []
    header_file = header_path_for(vault_path)
    item: str | None = None
    try:
        header = read_header(vault_path)
        item = header.keyring_item_name
        if keep_duress is not None:
            keys.erased_header_keeping_duress(header, keep_duress)
        else:
            keys.destroy_header(header)
        noise = header.serialise()
    except BizHRError:
        size = header_file.stat().st_size if header_file.exists() else keys.HEADER_LEN
        noise = os.urandom(max(size, keys.HEADER_LEN))
    if header_file.exists():
        with open(header_file, "r+b") as handle:  # in place first, then a fresh copy too
            handle.write(noise)
            handle.flush()
            os.fsync(handle.fileno())
    # Under duress the keyring item stays: alone it opens nothing (every slot it could open
    # is gone), and without it the decoy would no longer look like a keyring vault.
    if item is not None and keep_duress is None:
        store = keyring or KeyringStore()
        try:
            if store.is_secure():
                store.delete(item)
        except BizHRError as exc:
            problems.append(exc.message)
    if remove_files:
        for path in side_files(vault_path):
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                problems.append(f"could not remove {path.name}: {exc.strerror}")
    return problems
