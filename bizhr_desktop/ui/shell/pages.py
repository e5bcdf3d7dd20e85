"""The main window's pages, in navigation order. To add one: subclass ``common.page.Page``
in its feature folder and list it in ``default_pages``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bizhr_desktop.ui.audit.page import AuditPage
from bizhr_desktop.ui.export.page import ExportPage
from bizhr_desktop.ui.meetings.page import MeetingsPage
from bizhr_desktop.ui.organisations.page import OrganisationsPage
from bizhr_desktop.ui.people.page import PeoplePage

if TYPE_CHECKING:
    from bizhr_desktop.ui.common.clipboard import SecretClipboard
    from bizhr_desktop.ui.common.page import Page


def default_pages(clipboard: SecretClipboard | None = None) -> list[Page]:
    """The pages in navigation order; Ctrl+1, Ctrl+2, ... follow this order.

    *clipboard* is the application's one secret clipboard, so every copy honours the vault's
    clearing delay."""
    people_page = PeoplePage(clipboard=clipboard)
    organisations_page = OrganisationsPage()
    # A renamed organisation shows under its new name on people's rows and records.
    organisations_page.organisation_changed.connect(people_page.organisations_changed)
    meetings_page = MeetingsPage()
    # The invitee a safety flag is about opens on the People page.
    meetings_page.safety.person_requested.connect(people_page.open_person)
    return [
        people_page,
        organisations_page,
        meetings_page,
        ExportPage(clipboard),
        AuditPage(),
    ]
