"""The export feature: the Export page of the main window and the wizard it opens.

The wizard (``wizard.py``) composes one page per step (scope, audience, format, preview,
destination, passphrase, write, receipt), each in its own module; ``words.py`` holds the
translatable wording the pages and the bundle import dialog share, ``preview_model.py`` the
table of exactly what the file will hold. ``ExportPage`` and ``ExportWizard`` are imported
on first use, so that a module needing only the wording does not pull in the whole feature.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.page import ExportPage
    from bizhr_desktop.ui.export.wizard import ExportWizard

__all__ = ["ExportPage", "ExportWizard"]


def __getattr__(name: str) -> object:
    # The bundle import dialog uses this feature's wording, and the Export page opens that
    # dialog: importing the page here eagerly would make that an import cycle.
    if name == "ExportPage":
        from bizhr_desktop.ui.export.page import ExportPage

        return ExportPage
    if name == "ExportWizard":
        from bizhr_desktop.ui.export.wizard import ExportWizard

        return ExportWizard
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
