"""Organisations: companies, investors, NGOs, agencies (an empty state for now)."""

from __future__ import annotations

from bizhr_desktop.ui.pages.base import EmptyStatePage


class OrganisationsPage(EmptyStatePage):
    def title(self) -> str:
        return self.tr("Organisations")

    def icon_name(self) -> str:
        return "organisations"

    def description(self) -> str:
        return self.tr(
            "Companies, investors, NGOs, grassroots groups, government bodies and UN "
            "agencies will be listed here, each with the people who belong to it."
        )
