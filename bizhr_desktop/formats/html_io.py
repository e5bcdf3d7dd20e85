"""Write a yearly programme as one self-contained HTML page: inline CSS, no external resource."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Final

from bizhr_desktop.formats.programme import PROGRAMME_COLUMNS

__all__ = ["write_programme_html"]


# System fonts only: a web font would be fetched from the network when the page is opened.
_STYLE: Final = """
body { font-family: "Noto Sans", system-ui, -apple-system, "Segoe UI", sans-serif;
       margin: 2em; color: #1a1a1a; }
h1 { font-size: 1.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 0.35em 0.6em; text-align: start; vertical-align: top; }
th { background: #e6e6e6; }
tr:nth-child(even) td { background: #f6f6f6; }
@media print { body { margin: 0; } }
"""

# A page that may be saved anywhere: forbid every fetch, script and form, even injected ones.
_CSP: Final = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"


def write_programme_html(title: str, entries: Sequence[Mapping[str, str]]) -> bytes:
    """A programme page; every value is HTML-escaped and every cell takes its own direction."""
    head_cells = "".join(
        f'<th scope="col">{escape(heading)}</th>' for _, heading in PROGRAMME_COLUMNS
    )
    body_rows = "\n".join(
        "<tr>"
        + "".join(
            f'<td dir="auto">{escape(entry.get(key, ""))}</td>' for key, _ in PROGRAMME_COLUMNS
        )
        + "</tr>"
        for entry in entries
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{escape(_CSP, quote=False)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1 dir="auto">{escape(title)}</h1>
<table>
<thead><tr>{head_cells}</tr></thead>
<tbody>
{body_rows}
</tbody>
</table>
</body>
</html>
"""
    return page.encode("utf-8")
