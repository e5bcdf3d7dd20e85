"""The main window's pages. To add one: subclass ``Page`` and list it in ``default_pages``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bizhr_desktop.ui.pages.audit import AuditPage
from bizhr_desktop.ui.pages.base import EmptyStatePage, Page
from bizhr_desktop.ui.pages.meetings import MeetingsPage

if TYPE_CHECKING:
    from bizhr_desktop.ui.clipboard import SecretClipboard

__all__ = [
    "AuditPage",
    "EmptyStatePage",
    "ExportPage",
    "MeetingsPage",
    "OrganisationsPage",
    "Page",
    "PeoplePage",
    "default_pages",
]


def __getattr__(name: str) -> type[Page]:
    # The People, Organisations and Export pages live in their feature folders (ui/people/,
    # ui/organisations/, ui/export/) and subclass Page from this package: imported on first
    # use, to avoid an import cycle.
    if name == "PeoplePage":
        from bizhr_desktop.ui.people.page import PeoplePage

        return PeoplePage
    if name == "OrganisationsPage":
        from bizhr_desktop.ui.organisations.page import OrganisationsPage

        return OrganisationsPage
    if name == "ExportPage":
        from bizhr_desktop.ui.export.page import ExportPage

        return ExportPage
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_pages(clipboard: SecretClipboard | None = None) -> list[Page]:
    """The pages in navigation order; Ctrl+1, Ctrl+2, ... follow this order.

    *clipboard* is the application's one secret clipboard, so every copy honours the vault's
    clearing delay."""
    from bizhr_desktop.ui.export.page import ExportPage
    from bizhr_desktop.ui.organisations.page import OrganisationsPage
    from bizhr_desktop.ui.people.page import PeoplePage

    people_page = PeoplePage(clipboard=clipboard)
    organisations_page = OrganisationsPage()
    # A renamed organisation shows under its new name on people's rows and records.
    organisations_page.organisation_changed.connect(people_page.organisations_changed)
    return [
        people_page,
        organisations_page,
        MeetingsPage(),
        ExportPage(clipboard),
        AuditPage(),
    ]
