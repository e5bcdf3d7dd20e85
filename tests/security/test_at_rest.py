"""At rest: a canary written into every text column is found in no file the app leaves."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

from bizhr_desktop.services import paths, vaults
from bizhr_desktop.vault.database import Database
from bizhr_desktop.vault.keys import KdfParams
from tests.helpers.canary import find_canary

CANARY = "ZQX-canary-" + uuid.uuid4().hex[:12]


def _check_literal(table_sql: str, column: str) -> str | None:
    """The first allowed value of a CHECK (column = 'a' OR ...) constraint, if any."""
    match = re.search(rf"CHECK\s*\(\s*{column}\s*=\s*'?([^' )]*)'?", table_sql)
    return match.group(1) if match else None


def fill_every_text_column(db: Database) -> int:
    """Insert one row into every table with the canary in each free-text column.

    Works from the live schema, so tables added by later migrations are covered too.
    Returns how many text cells hold the canary.
    """
    tables = {
        name: sql
        for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        if not name.startswith("sqlite_")
        and "VIRTUAL TABLE" not in sql.upper()
        and not re.match(r".*_fts_", name)
    }
    inserted_pk: dict[str, Any] = {}
    planted = 0
    pending = dict(tables)
    for _ in range(len(tables) + 1):
        for name, sql in list(pending.items()):
            columns = db.execute(f"PRAGMA table_info({name})")
            fks = {row[3]: row[2] for row in db.execute(f"PRAGMA foreign_key_list({name})")}
            if any(target not in inserted_pk and target != name for target in fks.values()):
                continue  # insert the referenced table first
            if not any((c[2] or "").upper() in ("TEXT", "BLOB") for c in columns) and db.scalar(
                f"SELECT count(*) FROM {name}"
            ):
                del pending[name]  # a one-row table of numbers (commit_count) holds no text
                continue
            values: dict[str, Any] = {}
            cells = 0
            for _cid, column, kind, _notnull, _default, is_pk in columns:
                kind = (kind or "").upper()
                if column in fks:
                    values[column] = inserted_pk[fks[column]]
                elif is_pk and kind == "INTEGER":
                    continue
                elif kind == "TEXT":
                    allowed = _check_literal(sql, column)
                    if allowed is not None:
                        values[column] = allowed
                    else:
                        values[column] = f"{CANARY} {name}.{column} Ünïcödé عربي မြန်မာ"
                        cells += 1
                elif kind == "BLOB":
                    values[column] = f"{CANARY} blob".encode()
                else:
                    allowed = _check_literal(sql, column)
                    values[column] = int(allowed) if allowed and allowed.isdigit() else 0
            if values:
                names = ", ".join(values)
                marks = ", ".join("?" for _ in values)
                db.execute(f"INSERT INTO {name} ({names}) VALUES ({marks})", tuple(values.values()))
            else:
                db.execute(f"INSERT INTO {name} DEFAULT VALUES")
            inserted_pk[name] = db.scalar("SELECT last_insert_rowid()")
            planted += cells
            del pending[name]
    assert not pending, f"could not fill {sorted(pending)}"
    # The search index is contentless, but its tokens are still stored: plant them too.
    db.execute(
        "INSERT INTO person_fts (rowid, full_name, pseudonym, organisation, role, country, tags,"
        " languages) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (inserted_pk["person"], *[CANARY] * 7),
    )
    return planted


def test_canary_in_every_text_column_is_nowhere_on_disk(
    isolated_environment: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    vault_path = paths.default_vault_path()
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf)
    session = vaults.VaultSession(created.vault)
    with session.vault.db.transaction() as db:
        planted = fill_every_text_column(db)
    assert planted > 40  # every free-text column of the schema, not a handful
    session.vault.audit.append("test.event", {"note": "no personal data here"})
    backup = paths.data_dir() / "backups" / "vault.bizhr-backup"
    vaults.backup(session, backup)
    # Reads that sort and join (the kind SQLite may spill to temp files) while open.
    session.vault.db.execute("SELECT * FROM person ORDER BY notes, full_name, email")
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert wal.exists()
    assert not find_canary(CANARY, wal)  # WAL frames are encrypted too, while open
    session.lock()

    roots = [
        vault_path.parent,
        backup,
        paths.config_dir(),
        paths.data_dir(),
        paths.cache_dir(),
        paths.log_dir(),
        isolated_environment / "tmp",
        isolated_environment / "home",
        isolated_environment / "state",
    ]
    assert backup.exists() and vaults.header_path(vault_path).exists()
    assert not find_canary(CANARY, *roots)


def test_the_canary_search_finds_plaintext(tmp_path: Path) -> None:
    """The scan above would be worthless if it could not find a planted plaintext copy."""
    (tmp_path / "a.txt").write_bytes(f"x {CANARY} y".encode())
    (tmp_path / "b.txt").write_bytes(f"x {CANARY} y".encode("utf-16-le"))
    (tmp_path / "c.txt").write_bytes(b"nothing")
    assert {p.name for p in find_canary(CANARY, tmp_path)} == {"a.txt", "b.txt"}
