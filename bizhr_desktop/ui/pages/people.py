"""People: participants and defenders of the network (an empty state for now)."""

from __future__ import annotations

from bizhr_desktop.ui.pages.base import EmptyStatePage


class PeoplePage(EmptyStatePage):
    def title(self) -> str:
        return self.tr("People")

    def icon_name(self) -> str:
        return "people"

    def description(self) -> str:
        return self.tr(
            "Participants and defenders of the network will be listed here, with their "
            "organisation, country and risk level. Import a spreadsheet or add a person "
            "to begin."
        )
