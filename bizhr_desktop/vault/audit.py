"""The audit log: hash-chained events inside the vault, and the check of that chain."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from bizhr_desktop.vault.database import Database

GENESIS = b"\0" * 32


def utc_now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _entry_hash(prev: bytes, seq: int, at: str, kind: str, detail: str) -> bytes:
    digest = hashlib.sha256()
    digest.update(prev)
    for part in (str(seq), at, kind, detail):
        encoded = part.encode("utf-8")
        digest.update(len(encoded).to_bytes(8, "big"))  # length-prefixed: no ambiguity
        digest.update(encoded)
    return digest.digest()


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    kind: str
    detail: dict[str, Any]


class AuditLog:
    """Appends and checks events. ``detail`` must never hold personal data: counts,
    audiences, hashes, ids of the vault's own objects at most."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def append(
        self, kind: str, detail: Mapping[str, Any] | None = None, *, at: str | None = None
    ) -> None:
        """Add an entry. *at* (a time in the past) is for the duress decoy's own history
        only; every real entry is stamped now."""
        text = json.dumps(dict(detail or {}), sort_keys=True, ensure_ascii=False)
        with self._db.lock:
            last = self._db.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
            seq, prev = (last[0][0] + 1, bytes(last[0][1])) if last else (1, GENESIS)
            at = at or utc_now_text()
            self._db.execute(
                "INSERT INTO audit_event (seq, at, kind, detail, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (seq, at, kind, text, prev, _entry_hash(prev, seq, at, kind, text)),
            )

    def events(self, *, limit: int | None = None, newest_first: bool = True) -> list[AuditEvent]:
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT seq, at, kind, detail FROM audit_event ORDER BY seq {order}"  # noqa: S608
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        return [AuditEvent(s, a, k, json.loads(d)) for s, a, k, d in self._db.execute(sql, params)]

    def verify(self) -> int | None:
        """Return the seq of the first entry that breaks the chain, or None if it holds."""
        prev = GENESIS
        expected_seq = None
        for seq, at, kind, detail, prev_hash, stored in self._db.execute(
            "SELECT seq, at, kind, detail, prev_hash, hash FROM audit_event ORDER BY seq"
        ):
            if expected_seq is not None and seq != expected_seq:
                return int(expected_seq)  # an entry was removed
            if not hmac.compare_digest(bytes(prev_hash), prev):
                return int(seq)
            if not hmac.compare_digest(_entry_hash(prev, seq, at, kind, detail), bytes(stored)):
                return int(seq)
            prev = bytes(stored)
            expected_seq = seq + 1
        return None
