"""The audit log as the window and the command line read it: its events and the chain check."""

from __future__ import annotations

from bizhr_desktop.vault.audit import AuditEvent, AuditLog

__all__ = ["AuditEvent", "AuditService"]


class AuditService:
    """Reads the vault's hash-chained log. Entries are written by the services that act."""

    def __init__(self, log: AuditLog) -> None:
        self._log = log

    def events(self, *, limit: int | None = None, newest_first: bool = True) -> list[AuditEvent]:
        return self._log.events(limit=limit, newest_first=newest_first)

    def verify(self) -> int | None:
        """The seq of the first entry that breaks the chain, or None if it holds."""
        return self._log.verify()
