"""The window's style sheets, which live only in ``resources/styles/``.

``app.qss`` is the shell's, set on the application; the others are set on the widgets of one
feature on top of it (``records.qss`` for the record views, ``export.qss`` for the export
feature, ``meetings.qss`` for the meetings page) and share its palette.
"""

from __future__ import annotations

import functools

from bizhr_desktop.ui.common.resources import styles_dir


@functools.cache
def style_sheet(*names: str) -> str:
    """The named sheets (``"records"`` for ``records.qss`` …), joined in the order given."""
    return "\n".join((styles_dir() / f"{name}.qss").read_text(encoding="utf-8") for name in names)
