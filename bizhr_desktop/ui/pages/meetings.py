"""Meetings: the year's programme, invitations and attendance (an empty state for now)."""

from __future__ import annotations

from bizhr_desktop.ui.pages.base import EmptyStatePage


class MeetingsPage(EmptyStatePage):
    def title(self) -> str:
        return self.tr("Meetings")

    def icon_name(self) -> str:
        return "meetings"

    def description(self) -> str:
        return self.tr(
            "Trends and Insights meetings and Deep Dives will be planned here: who is "
            "invited, who accepted and who came, and the risk of each meeting."
        )
