"""Export: lists made safe for one audience (an empty state for now)."""

from __future__ import annotations

from bizhr_desktop.ui.pages.base import EmptyStatePage


class ExportPage(EmptyStatePage):
    def title(self) -> str:
        return self.tr("Export")

    def icon_name(self) -> str:
        return "export"

    def description(self) -> str:
        return self.tr(
            "Participant lists for a co-organiser, a venue or a report will be prepared "
            "here. Each list honours what people agreed to share and never singles out a "
            "defender at risk. You will see a preview before anything is written."
        )
