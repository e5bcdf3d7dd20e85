"""The programme page: self-contained, escaped, direction per cell."""

from __future__ import annotations

import re

from bizhr_desktop.formats.html_io import write_programme_html

ENTRIES = [
    {
        "date": "12 March 2026",
        "title": "Deep Dive: <script>alert(1)</script>",
        "kind": "Deep Dive",
        "topic": "السودان",
        "format": "virtual",
        "venue": 'Geneva "Palais" & co',
    }
]


def test_values_are_escaped() -> None:
    page = write_programme_html("Programme <2026>", ENTRIES).decode()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Geneva &quot;Palais&quot; &amp; co" in page
    assert "<title>Programme &lt;2026&gt;</title>" in page


def test_page_loads_nothing_from_anywhere() -> None:
    page = write_programme_html("Programme", ENTRIES).decode()
    assert not re.search(r"https?://|//[a-z]|@import|url\(|<link|<script|src=", page, re.I)
    assert "default-src 'none'" in page


def test_every_cell_takes_its_own_direction() -> None:
    page = write_programme_html("Programme", ENTRIES).decode()
    assert page.count('<td dir="auto">') == 6
    assert '<td dir="auto">السودان</td>' in page
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
