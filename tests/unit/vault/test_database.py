"""The SQLCipher connection: hardening read back, cipher checks, migrations, typed errors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from bizhr_desktop.core.errors import NewerSchema, VaultDamaged
from bizhr_desktop.vault import keys
from bizhr_desktop.vault.database import PAGE_CACHE_KIB, Database, latest_schema_version
from tests.helpers.sqlcipher_pages import plaintext_anywhere

MIGRATIONS = Path(__file__).parents[3] / "bizhr_desktop" / "vault" / "migrations"


@pytest.fixture
def key() -> keys.DataKey:
    return keys.DataKey.generate()


def test_settings_are_read_back(tmp_path: Path, key: keys.DataKey) -> None:
    db = Database(tmp_path / "v.bizhr", key)
    try:
        assert db.scalar("PRAGMA temp_store") == 2
        assert db.scalar("PRAGMA secure_delete") == 1
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA synchronous") == 2
        assert db.scalar("PRAGMA foreign_keys") == 1
        assert db.scalar("PRAGMA cache_size") == -PAGE_CACHE_KIB
        assert str(db.scalar("PRAGMA cipher_memory_security")) == "0"  # off by decision
        assert str(db.scalar("PRAGMA cipher_version")).startswith("4.")
        assert db.schema_version == latest_schema_version()
    finally:
        db.close()


def test_file_starts_with_random_bytes_not_sqlite_magic(tmp_path: Path, key: keys.DataKey) -> None:
    Database(tmp_path / "v.bizhr", key).close()
    assert not (tmp_path / "v.bizhr").read_bytes().startswith(b"SQLite format 3")


def test_a_plaintext_header_vault_is_refused(tmp_path: Path, key: keys.DataKey) -> None:
    path = tmp_path / "odd.bizhr"
    conn = sqlcipher3.connect(str(path))
    keys.key_connection(conn, key)
    conn.execute("PRAGMA cipher_plaintext_header_size = 32")
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    with pytest.raises(VaultDamaged, match="cipher_plaintext_header_size"):
        Database(path, key)


def test_a_wrong_key_reads_as_damage(tmp_path: Path, key: keys.DataKey) -> None:
    Database(tmp_path / "v.bizhr", key).close()
    with pytest.raises(VaultDamaged, match="do not decrypt"):
        Database(tmp_path / "v.bizhr", keys.DataKey.generate())


def test_a_failed_migration_leaves_the_vault_as_it_was(tmp_path: Path, key: keys.DataKey) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    shutil.copy(MIGRATIONS / "0001_initial.sql", folder)
    path = tmp_path / "v.bizhr"
    Database(path, key, migrations=folder).close()
    (folder / "0002_broken.sql").write_text(
        "CREATE TABLE added (a TEXT);\nINSERT INTO setting VALUES ('k', 'v');\nTHIS IS NOT SQL;\n"
    )
    with pytest.raises(sqlcipher3.OperationalError):
        Database(path, key, migrations=folder)
    (folder / "0002_broken.sql").unlink()
    db = Database(path, key, migrations=folder)
    try:
        assert db.schema_version == 1
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'added'") == []
        assert db.execute("SELECT * FROM setting") == []
    finally:
        db.close()


def test_a_newer_schema_is_refused_with_a_sentence(tmp_path: Path, key: keys.DataKey) -> None:
    path = tmp_path / "v.bizhr"
    db = Database(path, key)
    db.execute("PRAGMA user_version = 999")
    db.close()
    with pytest.raises(NewerSchema, match="newer BizHR Desktop"):
        Database(path, key)


def test_a_purged_record_survives_in_no_page_and_no_wal_frame(
    tmp_path: Path, key: keys.DataKey
) -> None:
    path = tmp_path / "v.bizhr"
    canary = "CANARY-deleted-7f3a9c"
    db = Database(path, key)
    try:
        now = "2026-01-01T00:00:00Z"
        for i in range(200):  # enough rows to spread over several pages
            db.execute(
                "INSERT INTO organisation (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (f"id-{i}", f"{canary} {i}" if i == 77 else f"Organisation {i}", now, now),
            )
        raw = bytes(key._key)
        assert canary.encode() in plaintext_anywhere(path, raw)  # the search does work
        assert db.purge("DELETE FROM organisation WHERE id = ?", ("id-77",)) == 1
        assert canary.encode() not in plaintext_anywhere(path, raw)
    finally:
        db.close()
    assert canary.encode() not in plaintext_anywhere(path, raw)
    assert not os.path.exists(str(path) + "-wal") or os.path.getsize(str(path) + "-wal") == 0


def test_integrity_checks_pass_on_a_sound_vault(tmp_path: Path, key: keys.DataKey) -> None:
    db = Database(tmp_path / "v.bizhr", key)
    try:
        assert db.integrity_problems() == []
    finally:
        db.close()


def test_nested_transactions_are_savepoints(tmp_path: Path, key: keys.DataKey) -> None:
    db = Database(tmp_path / "v.bizhr", key)
    try:
        with db.transaction():
            db.execute("INSERT INTO setting VALUES ('outer', '1')")
            with pytest.raises(RuntimeError), db.transaction():
                db.execute("INSERT INTO setting VALUES ('inner', '1')")
                raise RuntimeError("inner unit of work fails")
            with db.transaction():
                db.execute("INSERT INTO setting VALUES ('inner2', '1')")
        assert sorted(r[0] for r in db.execute("SELECT key FROM setting")) == ["inner2", "outer"]
        with pytest.raises(RuntimeError), db.transaction():
            with db.transaction():
                db.execute("INSERT INTO setting VALUES ('lost', '1')")
            raise RuntimeError("the outer unit fails: the committed savepoint goes too")
        assert db.scalar("SELECT count(*) FROM setting WHERE key = 'lost'") == 0
        assert not db.in_transaction
    finally:
        db.close()


def test_a_purge_inside_a_transaction_checkpoints_after_commit(
    tmp_path: Path, key: keys.DataKey
) -> None:
    path = tmp_path / "v.bizhr"
    db = Database(path, key)
    try:
        db.execute("INSERT INTO setting VALUES ('secret-row', 'CANARY-nested-purge')")
        with db.transaction():
            db.purge("DELETE FROM setting WHERE key = 'secret-row'")
            db.execute("INSERT INTO setting VALUES ('other', 'x')")
        assert b"CANARY-nested-purge" not in plaintext_anywhere(path, bytes(key._key))
    finally:
        db.close()


def test_a_lower_numbered_migration_landing_later_still_runs(
    tmp_path: Path, key: keys.DataKey
) -> None:
    folder = tmp_path / "migrations"
    folder.mkdir()
    shutil.copy(MIGRATIONS / "0001_initial.sql", folder)
    (folder / "0005_later.sql").write_text("CREATE TABLE later_table (a TEXT);\n")
    path = tmp_path / "v.bizhr"
    Database(path, key, migrations=folder).close()
    (folder / "0003_landed_late.sql").write_text("CREATE TABLE late_table (a TEXT);\n")
    db = Database(path, key, migrations=folder)
    try:
        assert db.schema_version == 5
        assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'late_table'") == 1
        assert [r[0] for r in db.execute("SELECT version FROM schema_migration")] == [1, 3, 5]
    finally:
        db.close()
    Database(path, key, migrations=folder).close()  # and nothing runs twice


def test_the_vaults_connection_runs_with_the_memory_security_the_docs_state(
    tmp_path: Path, key: keys.DataKey
) -> None:
    """Issue 17's decision: SQLCipher's memory security is off, set explicitly and read back
    at every open; docs/security.md says so in the section that explains why."""
    from bizhr_desktop.vault import database

    db = Database(tmp_path / "v.bizhr", key)
    try:
        assert db.scalar("PRAGMA cipher_memory_security") in (0, "0")
    finally:
        db.close()
    assert database.MEMORY_SECURITY is False
    security = (Path(database.__file__).resolve().parents[2] / "docs" / "security.md").read_text(
        "utf-8"
    )
    assert "### Why SQLCipher's memory security is off" in security
    assert "`cipher_memory_security = OFF`" in security
