"""The main window's pages. To add one: subclass ``Page`` and list it in ``default_pages``."""

from __future__ import annotations

from bizhr_desktop.ui.pages.audit import AuditPage
from bizhr_desktop.ui.pages.base import EmptyStatePage, Page
from bizhr_desktop.ui.pages.export import ExportPage
from bizhr_desktop.ui.pages.meetings import MeetingsPage
from bizhr_desktop.ui.pages.organisations import OrganisationsPage
from bizhr_desktop.ui.pages.people import PeoplePage

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


def default_pages() -> list[Page]:
    """The pages in navigation order; Ctrl+1, Ctrl+2, ... follow this order."""
    return [PeoplePage(), OrganisationsPage(), MeetingsPage(), ExportPage(), AuditPage()]
