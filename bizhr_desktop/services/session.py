"""The one seam between an open vault and the code that uses it.

A ``VaultSession`` is what unlocking gives the window and the command line: the open vault
and, built once over its one ``(database, audit)`` pair, every service that works on it
(``session.people``, ``session.meetings``, ``session.audit`` …). Nothing above services
reaches for the vault's ``Database`` or ``AuditLog`` itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bizhr_desktop.services.audit import AuditService
from bizhr_desktop.services.followups import FollowUpService
from bizhr_desktop.services.importing import ImportService
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.safety_review import SafetyReviewService
from bizhr_desktop.services.settings import SettingsStore
from bizhr_desktop.vault.vault import Vault


@dataclass(eq=False)
class VaultSession:
    """An unlocked vault, what happened while unlocking it, and its services."""

    vault: Vault
    notices: list[str] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.vault.path

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def lock(self) -> None:
        if self.vault.is_open:
            self.vault.close()

    # The services, each built on first use and kept for the life of the session.

    @cached_property
    def people(self) -> PeopleService:
        return PeopleService(self.vault.db, self.vault.audit)

    @cached_property
    def organisations(self) -> OrganisationService:
        return OrganisationService(self.vault.db, self.vault.audit)

    @cached_property
    def meetings(self) -> MeetingService:
        return MeetingService(self.vault.db, self.vault.audit)

    @cached_property
    def invitations(self) -> InvitationService:
        return InvitationService(self.vault.db, self.vault.audit)

    @cached_property
    def safety(self) -> SafetyReviewService:
        return SafetyReviewService(self.vault.db, self.vault.audit)

    @cached_property
    def followups(self) -> FollowUpService:
        return FollowUpService(self.vault.db, self.vault.audit)

    @cached_property
    def importing(self) -> ImportService:
        return ImportService(self.vault.db, self.vault.audit)

    @cached_property
    def settings(self) -> SettingsStore:
        return SettingsStore(self.vault.db, self.vault.audit)

    @cached_property
    def audit(self) -> AuditService:
        return AuditService(self.vault.audit)
