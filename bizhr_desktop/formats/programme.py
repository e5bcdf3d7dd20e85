"""The columns of a yearly programme, shared by the PDF and HTML writers."""

from __future__ import annotations

from typing import Final

# Key in each entry dict, and the heading printed above it. No personal data: meetings only.
PROGRAMME_COLUMNS: Final = (
    ("date", "Date"),
    ("title", "Meeting"),
    ("kind", "Kind"),
    ("topic", "Topic / focus"),
    ("format", "Format"),
    ("venue", "Venue"),
)
