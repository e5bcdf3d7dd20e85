"""Vaults for the benchmarks: the real encrypted vault, and the same code over plain SQLite.

The plain side uses ``Database(path, None)`` (the benchmark-only switch in vault/database.py)
wrapped in an object shaped like ``VaultSession`` (``.vault.db``, ``.vault.audit``), so every
service runs unchanged over it. Nothing here is imported by the product.
"""

from __future__ import annotations

import csv
import io
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from bizhr_desktop.services import demo, vaults
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import Database
from bizhr_desktop.vault.keys import KdfParams

PASSPHRASE = b"benchmark passphrase: correct horse battery staple"
# Building the vaults is not what is measured: the cheapest Argon2id the header accepts.
# The real, calibrated derivation is timed on its own row.
BUILD_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=4)
# Each mode runs in its own process, so neither pays for the other's caches. (A third,
# "no-memsec" mode measured the encrypted vault without SQLCipher's memory security while the
# product had it on; since issue 17 the product runs without it, so that mode is the product.)
MODES = ("encrypted", "plain")


class PlainVault:
    """What the services use of ``Vault``, over an unencrypted SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = Database(path, None)
        self.audit = AuditLog(self.db)

    @property
    def is_open(self) -> bool:
        return self.db.is_open

    def close(self) -> None:
        self.db.close()

    def verify(self) -> list[str]:
        problems = self.db.integrity_problems()
        if self.audit.verify() is not None:
            problems.append("audit chain broken")
        return problems

    def backup(self, destination: Path) -> None:
        self.db.vacuum_into(destination)
        self.audit.append("vault.backup")


class PlainSession(vaults.VaultSession):
    """The product's session (its services: ``session.people``, ``session.meetings`` …) over
    a PlainVault: what the GUI scenarios drive, on the plain side too."""


Session = Any  # vaults.VaultSession or PlainSession


def create(mode: str, path: Path) -> Session:
    if mode == "plain":
        return PlainSession(PlainVault(path))
    created = vaults.create(path, bytearray(PASSPHRASE), kdf=BUILD_KDF, check_strength=False)
    return vaults.VaultSession(created.vault)


def unlock(mode: str, path: Path) -> Session:
    """Open an existing vault (the encrypted one with its Argon2id step included)."""
    if mode == "plain":
        return PlainSession(PlainVault(path))
    return vaults.unlock(path, passphrase=bytearray(PASSPHRASE))


def unlock_timed(mode: str, path: Path) -> tuple[Session, float]:
    """Open a vault; the seconds returned exclude Argon2id (done before the clock starts)."""
    if mode == "plain":
        start = time.perf_counter()
        session = PlainSession(PlainVault(path))
        # vaults.unlock records the unlock in the audit log (a committed write): so here.
        session.vault.audit.append("unlock.ok", {"method": "plain"})
        return session, time.perf_counter() - start
    attempt = vaults.prepare_unlock(path)
    derived = vaults.derive_passphrase_key(attempt, bytearray(PASSPHRASE))
    start = time.perf_counter()
    session = vaults.unlock(path, attempt=attempt, precomputed=derived)
    return session, time.perf_counter() - start


def backup(session: Session, destination: Path) -> None:
    if isinstance(session, PlainSession):
        session.vault.backup(destination)
    else:
        vaults.backup(session, destination)


def verify(session: Session) -> list[str]:
    if isinstance(session, PlainSession):
        return session.vault.verify()
    return vaults.verify(session)


def side_files(path: Path) -> list[Path]:
    """The vault file and everything SQLite or BizHR keeps beside it."""
    return [path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", ".key"))]


def vault_path(folder: Path, mode: str, size: int) -> Path:
    return folder / f"{mode}-{size}.bizhr"


def build(
    mode: str, folder: Path, size: int, seed: int, meetings: int
) -> tuple[Path, float, demo.DemoSummary]:
    """A vault of ``size`` demo people; returns its path and how long populate took."""
    path = vault_path(folder, mode, size)
    for leftover in side_files(path):
        leftover.unlink(missing_ok=True)
    session = create(mode, path)
    try:
        start = time.perf_counter()
        summary = demo.populate(session, size, max(20, size // 200), meetings, seed)
        took = time.perf_counter() - start
    finally:
        session.lock()
    return path, took, summary


def people_csv(size: int, seed: int, path: Path) -> Path:
    """A CSV file of ``size`` demo people (the DATA.md columns), for the import row."""
    rng = random.Random(seed)
    orgs = demo.build_organisations(max(20, size // 200), rng)
    table, _ = demo.build_people(size, orgs, rng, date.today())
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    columns = [i for i, h in enumerate(table.headers) if h != "id"]
    writer.writerow([table.headers[i] for i in columns])
    for row in table.rows:
        writer.writerow([row[i] for i in columns])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@contextmanager
def opened(mode: str, path: Path) -> Iterator[Session]:
    session = unlock(mode, path)
    try:
        yield session
    finally:
        session.lock()


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result
