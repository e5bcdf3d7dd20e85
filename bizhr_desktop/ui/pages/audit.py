"""Audit: the tamper-evident record of what happened to the vault (an empty state for now)."""

from __future__ import annotations

from bizhr_desktop.ui.pages.base import EmptyStatePage


class AuditPage(EmptyStatePage):
    def title(self) -> str:
        return self.tr("Audit")

    def icon_name(self) -> str:
        return "audit"

    def description(self) -> str:
        return self.tr(
            "A record of unlocks, failed unlocks, imports, exports, deletions and key "
            "changes will be shown here. It is kept inside the vault and cannot be altered "
            "without it showing."
        )
