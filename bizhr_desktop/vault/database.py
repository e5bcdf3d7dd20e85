"""The SQLCipher connection: keyed, checked, hardened, migrated, with typed errors."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import sqlcipher3

from bizhr_desktop.core.countries import country_search_text
from bizhr_desktop.core.errors import (
    BizHRError,
    DiskFull,
    NewerSchema,
    VaultDamaged,
    VaultInUse,
    VaultLocked,
)
from bizhr_desktop.core.text import fold
from bizhr_desktop.vault import keys


def _sql_text(function: Any) -> Any:
    def call(value: object) -> str:
        return str(function("" if value is None else str(value)))

    return call


# SQLCipher 4 defaults. A vault with any other setting (say a plaintext header, which would
# leave the first bytes of the file readable) is refused rather than opened.
EXPECTED_CIPHER_SETTINGS = {
    "cipher_page_size": "4096",
    "cipher_use_hmac": "1",
    "cipher_plaintext_header_size": "0",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
}
PAGE_CACHE_KIB = 128 * 1024  # measured: a 100k-row scan costs ~1.0x plain SQLite with this
# SQLCipher's memory security (mlock and wipe of every SQLite allocation) is OFF by decision
# (issue 17; docs/security.md, "Why SQLCipher's memory security is off"): it cost 2.5-7x on
# every write and protected little, since decrypted records live in Python strings that are
# never wiped. SQLCipher still locks and wipes its own key material. Set explicitly and read
# back at every open, so a build whose default differs is caught.
MEMORY_SECURITY = False
TEMP_STORE_MEMORY = 2

_WRITES = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
Row = tuple[Any, ...]
Params = Sequence[Any] | dict[str, Any]


def _damaged(detail: str) -> VaultDamaged:
    return VaultDamaged(
        "The vault file is damaged ({detail}). Your key is right, but the data does not pass "
        "its integrity check. Restore it from a backup; nothing was changed.",
        detail=detail,
    )


def _no_space(path: Path | None) -> bool:
    """True when the vault's disk has (almost) no free space left."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def translate(
    exc: sqlcipher3.Error, what: str = "the vault", path: Path | None = None
) -> BizHRError | None:
    """Map an environment failure to a typed error; None means a bug (let it crash)."""
    message = str(exc).lower()
    if "readonly database" in message:
        if path is not None and path.exists() and not os.access(path, os.W_OK):
            return BizHRError(
                "{what} is read-only here; nothing was changed.", what=what.capitalize()
            )
        # SQLCipher stops writing once a page fails its HMAC check.
        return _damaged("a page failed its integrity check")
    if "database or disk is full" in message or ("disk i/o error" in message and "full" in message):
        return DiskFull("The disk is full: could not write {what}. Nothing was changed.", what=what)
    if "database is locked" in message or "database table is locked" in message:
        return VaultInUse(
            "This vault is busy in another BizHR window or command. Close it there first."
        )
    if "file is not a database" in message:
        return _damaged("its pages do not decrypt")
    if "malformed" in message or "corrupt" in message:
        return _damaged("malformed pages")
    if ("disk i/o error" in message or "unable to open" in message) and _no_space(path):
        return DiskFull(
            "The disk is full: could not open or write {what}. Free some space (delete or "
            "move other files), then try again. Nothing was changed.",
            what=what,
        )
    if "disk i/o error" in message or "unable to open" in message:
        return BizHRError("Could not read or write {what}: {reason}.", what=what, reason=str(exc))
    return None


def migration_scripts(folder: Path | None = None) -> list[tuple[int, str]]:
    """(version, SQL) for every NNNN_name.sql, in order. Gaps in numbering are allowed."""
    if folder is None:
        entries = [
            (entry.name, entry.read_text("utf-8"))
            for entry in resources.files("bizhr_desktop.vault").joinpath("migrations").iterdir()
            if entry.name.endswith(".sql")
        ]
    else:
        entries = [(p.name, p.read_text("utf-8")) for p in folder.glob("*.sql")]
    scripts = []
    for name, text in entries:
        match = re.fullmatch(r"(\d{4})_[a-z0-9_]+\.sql", name)
        if match:
            scripts.append((int(match.group(1)), text))
    return sorted(scripts)


def latest_schema_version(folder: Path | None = None) -> int:
    scripts = migration_scripts(folder)
    return scripts[-1][0] if scripts else 0


class Database:
    """One keyed connection to a vault file, serialised behind a lock for worker threads.

    ``key=None`` opens an *unencrypted* SQLite file: a switch for the benchmarks only, so
    they can measure what encryption costs. Nothing in the product passes it.
    """

    def __init__(
        self,
        path: Path,
        key: keys.DataKey | None,
        *,
        migrations: Path | None = None,
        existing: bool = False,
        in_memory: bool = False,
    ) -> None:
        self.path = Path(path)
        self.encrypted = key is not None
        self._in_memory = in_memory
        self._depth = 0  # transaction nesting on the thread holding self._lock
        self._checkpoint_after_commit = False
        self._compact_after_commit = False
        self._lock = threading.RLock()
        self._conn: Any = None
        self._counts_commits = False
        # Called with the new count after every commit that changed rows (vault/vault.py
        # records it in the key file).
        self.on_commit: Callable[[int], None] | None = None
        if existing:
            self._refuse_empty_or_ragged()
        try:
            # No statement cache: each cached statement pins part of SQLite's per-connection
            # lookaside pool (measured with memory security on, a 100 000-row import wrote in
            # 18.1 s with the cache, 6.6 s without; searches unchanged).
            self._conn = sqlcipher3.connect(
                str(self.path),
                isolation_level=None,
                check_same_thread=False,
                timeout=0.5,
                cached_statements=0,
            )
            if key is not None:
                self._refuse_plaintext_header()
                # SQLCipher's own log goes to stderr; our typed errors say it for a person.
                self._conn.execute("PRAGMA cipher_log_level = NONE")
                # Before the key, as SQLCipher requires (see MEMORY_SECURITY).
                self._conn.execute(
                    f"PRAGMA cipher_memory_security = {'ON' if MEMORY_SECURITY else 'OFF'}"
                )
                keys.key_connection(self._conn, key)
            self._check_readable()
            if key is not None:
                self._check_cipher()
            self._harden()
            self._register_functions()
            self._migrate(migrations)
            self._counts_commits = self._has_table("commit_count")
        except sqlcipher3.Error as exc:
            self.close(checkpoint=False)
            error = translate(exc, path=self.path)
            if error is None:
                raise
            raise error from None
        except BaseException:
            self.close(checkpoint=False)
            raise

    # ------------------------------------------------------------------ opening

    def _refuse_empty_or_ragged(self) -> None:
        # SQLite would happily treat an emptied file as a new database and write a fresh
        # schema into it; an existing vault is always whole pages.
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            raise _damaged("the file is missing") from None
        if size == 0:
            raise _damaged("the file is empty")
        if size % 4096:
            raise _damaged("the file is truncated")

    def _refuse_plaintext_header(self) -> None:
        # A vault made with cipher_plaintext_header_size > 0 shows SQLite's magic and page
        # size in clear; BizHR never makes one and never opens one.
        try:
            with open(self.path, "rb") as handle:
                start = handle.read(16)
        except FileNotFoundError:
            return
        if start == b"SQLite format 3\0":
            raise VaultDamaged(
                "This file is not encrypted the way BizHR encrypts vaults (its header is in "
                "plaintext: cipher_plaintext_header_size). It was not opened."
            )

    def _check_readable(self) -> None:
        # The first read decrypts page 1 and checks its HMAC: a wrong key or a damaged file
        # fails here. The key was already proven right by the AEAD unwrap, so it is damage.
        self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def _check_cipher(self) -> None:
        version = self._pragma("cipher_version")
        if not str(version).startswith("4."):
            raise VaultDamaged(
                "This BizHR build has SQLCipher {version}; version 4 is required. "
                "Reinstall BizHR Desktop.",
                version=str(version),
            )
        settings: dict[str, str] = {}
        for (line,) in self._conn.execute("PRAGMA cipher_settings").fetchall():
            match = re.fullmatch(r"PRAGMA (\w+) = (.+?);?", str(line).strip())
            if match:
                settings[match.group(1)] = match.group(2)
        for name, wanted in EXPECTED_CIPHER_SETTINGS.items():
            if settings.get(name) != wanted:
                raise VaultDamaged(
                    "This vault uses an unexpected encryption setting ({name}); "
                    "BizHR opens only vaults with SQLCipher 4's default settings.",
                    name=name,
                )

    def _register_functions(self) -> None:
        """SQL functions a migration may need to rebuild the search index exactly as the
        services write it (the same folding, the same country names)."""
        self._conn.create_function("bizhr_fold", 1, _sql_text(fold), deterministic=True)
        self._conn.create_function(
            "bizhr_country_text", 1, _sql_text(country_search_text), deterministic=True
        )

    def _harden(self) -> None:
        # temp_store=FILE makes SQLite spill whole records, in plaintext, to temp files
        # (sorts, big joins). Read every setting back: a silent no-op must not pass.
        settings = [
            ("secure_delete", "ON", 1),
            ("temp_store", "MEMORY", TEMP_STORE_MEMORY),
            ("journal_mode", "WAL", "memory" if self._in_memory else "wal"),
            ("synchronous", "FULL", 2),
            ("foreign_keys", "ON", 1),
            ("cache_size", str(-PAGE_CACHE_KIB), -PAGE_CACHE_KIB),
        ]
        for name, value, expected in settings:
            row = self._conn.execute(f"PRAGMA {name} = {value}").fetchone()
            actual = row[0] if row else self._pragma(name)
            if name != "journal_mode":
                actual = self._pragma(name)
            if actual != expected:
                raise VaultDamaged(
                    "Could not set {name} on the vault (got {actual}).",
                    name=name,
                    actual=repr(actual),
                )
        if self.encrypted and (self._pragma("cipher_memory_security") in (1, "1")) != (
            MEMORY_SECURITY
        ):
            raise VaultDamaged(
                "Could not set SQLCipher's memory security to {wanted}.",
                wanted="on" if MEMORY_SECURITY else "off",
            )

    def _migrate(self, folder: Path | None) -> None:
        current = int(self._pragma("user_version"))
        scripts = migration_scripts(folder)
        latest = scripts[-1][0] if scripts else 0
        if current > latest:
            raise NewerSchema(
                "This vault was written by a newer BizHR Desktop (schema {current}; this "
                "program knows up to {latest}). Update the program to open it.",
                current=current,
                latest=latest,
            )
        applied = self._applied_migrations(current)
        for version, sql in scripts:
            if version in applied:
                continue
            # One transaction per step, its record and user_version inside it: a failure
            # leaves the vault exactly as it was. Each step is recorded by number, so a
            # migration numbered below one already applied (parallel work) still runs.
            try:
                script = (
                    "BEGIN IMMEDIATE;\n"  # noqa: S608 - our own shipped SQL files
                    "CREATE TABLE IF NOT EXISTS schema_migration "
                    "(version INTEGER PRIMARY KEY);\n"
                    f"{sql}\n;"
                    f"INSERT INTO schema_migration (version) VALUES ({version});\n"
                    f"PRAGMA user_version = {max(version, current)};\nCOMMIT;"
                )
                self._conn.executescript(script)
            except sqlcipher3.Error:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            current = max(version, current)

    def _has_table(self, name: str) -> bool:
        return bool(
            self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
            ).fetchone()
        )

    def _applied_migrations(self, current: int) -> set[int]:
        if not self._has_table("schema_migration"):  # an empty vault
            return set(range(current + 1))
        return {int(v) for (v,) in self._conn.execute("SELECT version FROM schema_migration")}

    def _pragma(self, name: str) -> Any:
        row = self._conn.execute(f"PRAGMA {name}").fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ queries

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    @property
    def commits(self) -> int | None:
        """How many committed writes this file holds (None for a schema without the count)."""
        if not self._counts_commits:
            return None
        return int(self.scalar("SELECT commits FROM commit_count WHERE id = 1"))

    def _connection(self) -> Any:
        if self._conn is None:
            raise VaultLocked("The vault is locked.")
        return self._conn

    def execute(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            if not self._depth and _WRITES.match(sql):
                with self.transaction():  # counted and checkpointed like every other write
                    return self.execute(sql, params)
            try:
                return [tuple(r) for r in self._connection().execute(sql, params).fetchall()]
            except sqlcipher3.Error as exc:
                error = translate(exc, path=self.path)
                if error is None:
                    raise
                raise error from None

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        with self._lock:
            if not self._depth and _WRITES.match(sql):
                with self.transaction():
                    self.executemany(sql, rows)
                return
            try:
                self._connection().executemany(sql, rows)
            except sqlcipher3.Error as exc:
                error = translate(exc, path=self.path)
                if error is None:
                    raise
                raise error from None

    def scalar(self, sql: str, params: Params = ()) -> Any:
        rows = self.execute(sql, params)
        return rows[0][0] if rows else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE … COMMIT; any exception rolls everything back.

        Re-entrant: inside another transaction (on the thread holding the lock) it becomes a
        SAVEPOINT, so services can be composed into one all-or-nothing unit of work.
        """
        with self._lock:
            conn = self._connection()
            if self._depth:
                yield from self._savepoint(conn)
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                error = translate(exc, path=self.path)
                if error is None:
                    raise
                raise error from None
            self._depth = 1
            changes_before = conn.total_changes
            commits: int | None = None
            try:
                yield self
                if self._counts_commits and conn.total_changes != changes_before:
                    commits = int(
                        conn.execute(
                            "UPDATE commit_count SET commits = commits + 1 WHERE id = 1 "
                            "RETURNING commits"
                        ).fetchone()[0]
                    )
                conn.execute("COMMIT")
            except BaseException as exc:
                self._checkpoint_after_commit = self._compact_after_commit = False
                if self._conn is None:  # locked meanwhile: closing the connection rolled back
                    raise VaultLocked(
                        "The vault was locked before this change could be saved; "
                        "nothing was changed."
                    ) from None
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlcipher3.Error):
                    error = translate(exc, path=self.path)
                    if error is not None:
                        raise error from None
                raise
            finally:
                self._depth = 0
            if commits is not None:
                self._committed(commits)
            if self._compact_after_commit:
                self._checkpoint_after_commit = self._compact_after_commit = False
                self.compact()
            elif self._checkpoint_after_commit:
                self._checkpoint_after_commit = False
                self.checkpoint()

    def _committed(self, commits: int) -> None:
        """After a commit that changed rows: tell the key file, then fold the WAL into the
        file, so the vault file alone holds every change that was reported saved.

        The commit stands whatever happens here, so nothing here may say it failed: when the
        key file cannot be written, the next commit records the count; when the checkpoint
        cannot run (a full disk), the -wal keeps the frames, SQLite reads them at the next
        open, and the count already in the key file tells if they go missing before then."""
        self._checkpoint_after_commit = False
        if self.on_commit is not None:
            with contextlib.suppress(BizHRError, OSError):
                self.on_commit(commits)
        if not self._compact_after_commit:
            with contextlib.suppress(BizHRError):
                self.checkpoint()

    def _savepoint(self, conn: Any) -> Iterator[Database]:
        name = f"nested_{self._depth}"
        conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self
            conn.execute(f"RELEASE {name}")
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._depth -= 1

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def purge(self, sql: str, params: Params = ()) -> int:
        """Delete, then checkpoint once committed: with secure_delete the bytes are zeroed in
        the file and no stale WAL frame keeps them. Returns rows deleted."""
        with self.transaction():
            before = int(self.scalar("SELECT total_changes()"))
            self.execute(sql, params)
            deleted = int(self.scalar("SELECT total_changes()")) - before
            self.checkpoint_after_commit()
        return deleted

    def checkpoint_after_commit(self) -> None:
        """Ask for a WAL checkpoint as soon as the outermost transaction commits (at once
        when there is none): used after deleting personal data."""
        if self._depth:
            self._checkpoint_after_commit = True
        else:
            self.checkpoint()

    def compact_after_commit(self) -> None:
        """Ask for :meth:`compact` as soon as the outermost transaction commits (at once when
        there is none): used after erasing people or moving them out of the vault."""
        if self._depth:
            self._compact_after_commit = True
        else:
            self.compact()

    def compact(self) -> None:
        """Rebuild the file from its live rows (VACUUM), then empty the WAL.

        secure_delete zeroes a deleted row's cell and freed pages, but when B-tree pages are
        rebalanced SQLite can leave copies of moved cells in a page's unused space: an erased
        person's bytes could stay readable to anyone holding the key. VACUUM rewrites every
        page; with temp_store = MEMORY its working copy never touches the disk (it needs about
        the vault's size in memory for a moment: ~3.6 s and ~300 MB at 100 000 people)."""
        with self._lock:
            if self._depth:
                raise RuntimeError("compact() cannot run inside a transaction")
            self.checkpoint()
            try:
                self._connection().execute("VACUUM")
            except sqlcipher3.Error as exc:
                error = translate(exc, path=self.path)
                if error is None:
                    raise
                raise error from None
            self.checkpoint()

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    def checkpoint(self) -> None:
        """Fold the WAL into the file and truncate it: deleted rows leave no old frames."""
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                except sqlcipher3.Error as exc:
                    error = translate(exc, path=self.path)
                    if error is None:
                        raise
                    raise error from None

    def checkpoint_completely(self) -> None:
        """Fold every committed frame of the WAL into the file and empty the WAL, or raise:
        after this the file alone is the whole database (a backup copies it)."""
        with self._lock:
            if self._depth:
                raise RuntimeError("a copy inside a transaction would miss its changes")
            try:
                busy, _log, _done = (
                    self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                )
            except sqlcipher3.Error as exc:
                error = translate(exc, path=self.path)
                if error is None:
                    raise
                raise error from None
            wal = self.path.with_name(self.path.name + "-wal")
            if busy or (wal.exists() and wal.stat().st_size):
                raise VaultInUse(
                    "The vault's recent changes could not be folded into its file (it is "
                    "busy); nothing was written. Try again in a moment."
                )

    def rekey(self, key: keys.DataKey) -> None:
        """Re-encrypt every page under *key*, or raise; after a failure this connection is
        unusable (SQLCipher has switched its key whether or not the pages were rewritten:
        ``PRAGMA rekey`` answers 'ok' even when its transaction failed), so the caller
        reopens the vault and finds out which key its pages are under."""
        with self._lock:
            conn = self._connection()
            try:
                keys.rekey_connection(conn, key)
                busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.Error as exc:
                if _no_space(self.path):
                    raise DiskFull(
                        "The disk is full: the vault could not be re-encrypted under a new "
                        "key (that needs about the vault's own size free). Nothing was "
                        "changed; free some space and try again."
                    ) from None
                raise BizHRError(
                    "The vault could not be re-encrypted under a new key ({reason}). Nothing "
                    "was changed.",
                    reason=str(exc),
                ) from None
            if busy:
                raise BizHRError(
                    "The vault could not be re-encrypted under a new key (its changes could "
                    "not be folded into the file). Nothing was changed."
                )

    def integrity_problems(self) -> list[str]:
        """Run cipher_integrity_check (HMAC of every page) and integrity_check."""
        problems: list[str] = []
        with self._lock:
            conn = self._connection()
            try:
                if self.encrypted:
                    problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
                rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
                problems += [r for r in rows if r != "ok"]
            except sqlcipher3.DatabaseError as exc:
                problems.append(f"the database cannot be read to the end ({exc})")
        return problems

    @contextlib.contextmanager
    def page_cache_limited(self, kib: int) -> Iterator[None]:
        """Hold the page cache to ``kib`` KiB meanwhile (for bulk writes: pages written once
        need not stay in memory; SQLite spills them to the WAL, still encrypted)."""
        with self._lock:
            conn = self._connection()
            conn.execute(f"PRAGMA cache_size = {-abs(int(kib))}")
            try:
                yield
            finally:
                if self._conn is not None:
                    self._conn.execute(f"PRAGMA cache_size = {-PAGE_CACHE_KIB}")

    def vacuum_into(self, destination: Path) -> None:
        """A consistent copy, encrypted with the same key, while the vault stays open."""
        with self._lock:
            if self._depth:
                raise RuntimeError("a backup inside a transaction would miss its changes")
            try:
                self._connection().execute("VACUUM INTO ?", (str(destination),))
            except sqlcipher3.Error as exc:
                error = translate(exc, "the backup")
                if error is None:
                    raise
                raise error from None

    def close(self, *, checkpoint: bool = True) -> None:
        with self._lock:
            if self._conn is None:
                return
            try:
                if checkpoint:
                    self.checkpoint()
            finally:
                self._conn.close()
                self._conn = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None
