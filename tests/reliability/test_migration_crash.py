"""kill -9 the real CLI while it migrates a vault of an older schema to the current one.

A vault is made at schema 5 (the travel schema, the last before the indexes of 8 and 10, the
search index rebuilt by 11, the commit count of 12 and the safety checks of 13) and filled
with a demo population large enough that its migration takes a measurable part of a second.
``bizhr info`` opens a fresh copy of it, which migrates it, and is killed with SIGKILL a
seeded random delay after its -wal file appears (the moment SQLite opened the file, just
before the first migration step). After each kill:

- what the kill left on disk (read with the raw key, before any BizHR code touches it) is
  one schema version exactly: ``user_version``, the recorded steps and every table, index
  and trigger are those of a vault migrated to that version and no further (each step is
  all there or not at all), and every person is still there;
- ``bizhr verify`` passes (it finishes the migration), the vault opens with its recovery
  key too, at the current schema, with every record of every table exactly as before, the
  old audit events untouched and the search index holding every person once;
- no file is left in the folder but the vault, its key file and the passphrase file.

CI runs a few kills; ``make reliability`` (``BIZHR_RELIABILITY_FULL=1``) runs 40.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from bizhr_desktop.services import demo, vaults
from bizhr_desktop.vault import database, keys
from bizhr_desktop.vault.database import Database, latest_schema_version, migration_scripts
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.reliability.harness import REPO, SEED, bizhr, cli_argv, record, scaled, strays

OLD_SCHEMA = 5
PEOPLE = 8_000
KILLS = scaled(5, 40)
VAULT = "v.bizhr"
FILES = {VAULT, VAULT + ".key", "pass.txt"}
# Tables whose rows a migration must carry over as they are. The audit log grows by the
# unlocks of the checks themselves (its old events are compared on their own), the search
# index is rebuilt by step 11, and schema_migration records the steps.
CHANGING = ("audit_event", "schema_migration", "person_fts")

Schema = frozenset[tuple[str, str, str, str]]


@dataclass
class OldVault:
    folder: Path
    data_key: bytes
    recovery_code: str
    records: dict[str, str]  # table -> digest of its rows
    audit: list[tuple[Any, ...]]
    schemas: dict[int, Schema]  # schema version -> what a vault migrated that far holds


@contextlib.contextmanager
def _migrations_up_to(version: int) -> Iterator[None]:
    """Make this process's vault code know only the migrations up to *version*, so that the
    vault it creates is one of that schema (the fixture checks it against the migrations;
    the records are written by today's services, into the tables of that time). The CLI
    started afterwards, in a process of its own, knows every migration."""
    every = migration_scripts()

    def older(folder: Path | None = None) -> list[tuple[int, str]]:
        assert folder is None
        return [(number, sql) for number, sql in every if number <= version]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(database, "migration_scripts", older)
        yield


def _schema_of(conn: Any) -> Schema:
    return frozenset(
        (str(kind), str(name), str(table), str(sql))
        for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
        ).fetchall()
    )


def _reference_schemas(folder: Path) -> dict[int, Schema]:
    """The schema of a vault migrated step by step to each version from OLD_SCHEMA on."""
    every = migration_scripts()
    path = folder / "reference.db"  # unencrypted: only its schema is read
    schemas = {}
    for version in [v for v, _ in every if v >= OLD_SCHEMA]:
        scripts = folder / f"upto-{version:04d}"
        scripts.mkdir()
        for number, sql in every:
            if number <= version:
                (scripts / f"{number:04d}_step.sql").write_text(sql, "utf-8")
        db = Database(path, None, migrations=scripts)
        try:
            assert db.schema_version == version
            schemas[version] = _schema_of(db._connection())
        finally:
            db.close()
    return schemas


def _carried_tables(conn: Any) -> list[str]:
    return sorted(
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        if not str(name).startswith(CHANGING)
    )


def _record_digests(conn: Any, tables: list[str]) -> dict[str, str]:
    digests = {}
    for table in tables:
        rows = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{table}"').fetchall())
        digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    return digests


def _audit_events(conn: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute("SELECT * FROM audit_event ORDER BY seq").fetchall()]


@contextlib.contextmanager
def _raw(path: Path, data_key: bytes) -> Iterator[Any]:
    """A plain SQLCipher connection keyed with the data key: no BizHR code, no migration."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        keys.key_connection(conn, keys.DataKey(data_key))
        yield conn
    finally:
        conn.close()


@pytest.fixture(scope="module")
def old_vault(tmp_path_factory: pytest.TempPathFactory) -> OldVault:
    root = tmp_path_factory.mktemp("old-vault")
    folder = root / "base"
    folder.mkdir()
    (folder / "pass.txt").write_text(PASSPHRASE + "\n")
    with _migrations_up_to(OLD_SCHEMA):
        created = vaults.create(folder / VAULT, bytearray(PASSPHRASE.encode()), kdf=FAST_KDF)
        session = vaults.VaultSession(created.vault)
        try:
            assert session.vault.db.schema_version == OLD_SCHEMA
            demo.populate(session, PEOPLE, 15, 4)
            data_key = bytes(session.vault._require_keys().data_key._key)
        finally:
            session.lock()
    schemas = _reference_schemas(root)
    with _raw(folder / VAULT, data_key) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == OLD_SCHEMA
        assert _schema_of(conn) == schemas[OLD_SCHEMA], "the old vault is not a schema-5 vault"
        records = _record_digests(conn, _carried_tables(conn))
        audit = _audit_events(conn)
    assert {"person", "organisation", "meeting", "invitation"} <= set(records)
    assert sorted(p.name for p in folder.iterdir()) == sorted(FILES)
    return OldVault(folder, data_key, created.recovery_code, records, audit, schemas)


def _migrating_command(work: Path) -> list[str]:
    """A command that only reads: all it writes is the migration (and its unlock's audit
    event)."""
    return ["info", str(work / VAULT), "--passphrase-file", str(work / "pass.txt")]


def _wait_until_opened(process: subprocess.Popen[bytes], work: Path) -> None:
    """Until SQLite opened the vault (its -wal file appears): the migration starts then."""
    wal = work / (VAULT + "-wal")
    deadline = time.monotonic() + 60
    while not wal.exists():
        assert process.poll() is None, "the command ended before it opened the vault"
        assert time.monotonic() < deadline, "the vault was never opened"
        time.sleep(0.0005)


def _schema_left(work: Path, old: OldVault) -> int:
    """The schema version the kill left, read from a copy of the files as they are."""
    inspect = work.parent / (work.name + "-as-left")
    inspect.mkdir()
    try:
        for name in (VAULT, VAULT + "-wal"):
            if (work / name).exists():
                shutil.copy2(work / name, inspect / name)
        with _raw(inspect / VAULT, old.data_key) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            applied = {int(v) for (v,) in conn.execute("SELECT version FROM schema_migration")}
            schema = _schema_of(conn)
            people = int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        shutil.rmtree(inspect)
    assert version in old.schemas, f"schema {version} is no version a migration stops at"
    assert applied == {v for v, _ in migration_scripts() if v <= version}, (version, applied)
    assert schema == old.schemas[version], (
        f"schema {version} half there: "
        f"missing {sorted(old.schemas[version] - schema)[:3]}, "
        f"extra {sorted(schema - old.schemas[version])[:3]}"
    )
    assert people == PEOPLE
    return version


def _check_after_kill(work: Path, old: OldVault) -> int:
    version = _schema_left(work, old)
    done = bizhr("verify", str(work / VAULT), "--passphrase-file", str(work / "pass.txt"))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    session = vaults.unlock(work / VAULT, recovery_code=old.recovery_code)
    try:
        db = session.vault.db
        assert db.schema_version == latest_schema_version()
        assert vaults.verify(session) == []
        conn = db._connection()
        assert _record_digests(conn, list(old.records)) == old.records, "records changed or lost"
        assert _audit_events(conn)[: len(old.audit)] == old.audit
        assert db.scalar("SELECT count(*) FROM person_fts") == PEOPLE
    finally:
        session.lock()
    left = strays(work, FILES)
    assert left == [], f"stray files after the kill: {left}"
    return version


def _migrates_when_not_killed(old: OldVault, scratch: Path) -> None:
    work = scratch / "not-killed"
    shutil.copytree(old.folder, work)
    done = bizhr(*_migrating_command(work))
    assert done.returncode == 0, done.stderr
    assert f"Schema version:  {latest_schema_version()}" in done.stdout, done.stdout
    assert _check_after_kill(work, old) == latest_schema_version()
    shutil.rmtree(work)


def _migration_seconds(old: OldVault, scratch: Path) -> float:
    """How long the migration itself takes here: opening a copy with the data key, as the
    command does once it unlocked (in this process, where nothing else adds to it)."""
    work = scratch / "timing"
    shutil.copytree(old.folder, work)
    start = time.perf_counter()
    db = Database(work / VAULT, keys.DataKey(old.data_key), existing=True)
    elapsed = time.perf_counter() - start
    try:
        assert db.schema_version == latest_schema_version()
    finally:
        db.close()
    shutil.rmtree(work)
    return elapsed


@pytest.mark.slow
def test_kill_9_during_a_schema_migration_leaves_one_whole_schema_and_every_record(
    old_vault: OldVault, tmp_path: Path
) -> None:
    _migrates_when_not_killed(old_vault, tmp_path)
    # Kills drawn over the migration's own duration and a quarter more (its last commit,
    # then the command's first write at the new schema).
    window = 1.25 * _migration_seconds(old_vault, tmp_path)
    rng = random.Random(f"{SEED}-migration")
    for round_ in range(KILLS):
        work = tmp_path / f"kill-{round_}"
        shutil.copytree(old_vault.folder, work)
        delay = rng.uniform(0.0, window)
        process = subprocess.Popen(
            cli_argv(*_migrating_command(work)),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_until_opened(process, work)
            time.sleep(delay)  # the kill moment itself, not a wait for something
            finished = process.poll() is not None
        finally:
            process.kill()
            process.wait()
        try:
            version = _check_after_kill(work, old_vault)
        except BaseException as exc:
            record("crash", operation="migration", delay=round(delay, 3), ok=False,
                   detail=str(exc))  # fmt: skip
            raise
        record("crash", operation="migration", delay=round(delay, 3), ok=True,
               state=f"schema {version}", finished=finished)  # fmt: skip
        shutil.rmtree(work)
