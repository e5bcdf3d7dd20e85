"""Write participant lists, sign-in sheets and yearly programmes as PDF with embedded fonts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from fpdf import FPDF

from bizhr_desktop.core.errors import ExportRefused
from bizhr_desktop.formats._resources import font_path
from bizhr_desktop.formats.programme import PROGRAMME_COLUMNS

__all__ = ["write_list_pdf", "write_programme_pdf"]

# One fixed instant stamped into every PDF: the real time would tell when (and, through the
# offset, where) a list was made.
FIXED_CREATION_DATE: Final = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)

_MAIN_FONT: Final = "NotoSans"
# Scripts NotoSans lacks; fpdf2 switches to these glyph by glyph for mixed-script names.
_FALLBACK_FONTS: Final = (
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf"),
    ("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf"),
)
# Beyond this many columns a portrait A4 page gets too narrow to read names.
_PORTRAIT_MAX_COLUMNS: Final = 5
_SIGNATURE_HEADING: Final = "Signature"
_FONT_SIZE: Final = 9
_LINE_HEIGHT: Final = 5.5
_MAX_CELL_CHARS: Final = 300
_SIGN_ROW_HEIGHT: Final = 10.0
# Scripts that need shaping (joining, reordering, bidi): Hebrew to Myanmar, Khmer, Mongolian,
# Arabic presentation forms. Everything else renders right without HarfBuzz, and faster.
_COMPLEX_SCRIPT: Final = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0f00-\u109f\u1780-\u18af\ufb1d-\ufdff\ufe70-\ufeff]"
)


class _Document(FPDF):
    """An A4 document with our fonts, a page-number footer and scrubbed metadata."""

    def __init__(self, *, landscape: bool, footer_lines: Sequence[str] = ()) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self._footer_lines = tuple(footer_lines)
        self.add_font(_MAIN_FONT, "", str(font_path("NotoSans-Regular.ttf")))
        self.add_font(_MAIN_FONT, "B", str(font_path("NotoSans-Bold.ttf")))
        for family, file_name in _FALLBACK_FONTS:
            self.add_font(family, "", str(font_path(file_name)))
        # exact_match=False: a bold heading in Arabic still renders, in the regular weight.
        self.set_fallback_fonts([family for family, _ in _FALLBACK_FONTS], exact_match=False)
        self.set_text_shaping(True)
        self.set_font(_MAIN_FONT, size=_FONT_SIZE)
        # No author, creator, subject or keywords: nothing that names the person exporting.
        self.set_creator("")
        self.set_producer("")
        self.set_creation_date(FIXED_CREATION_DATE)
        self.set_auto_page_break(auto=True, margin=15 + 4 * len(self._footer_lines))
        self.set_margins(12, 12, 12)

    def footer(self) -> None:
        self.set_y(-(12 + 4 * len(self._footer_lines)))
        self.set_font(_MAIN_FONT, size=7)
        for line in self._footer_lines:
            self.set_text_shaping(bool(_COMPLEX_SCRIPT.search(line)))
            self.cell(0, 4, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_shaping(False)
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="C")


def _render(pdf: FPDF) -> bytes:
    try:
        return bytes(pdf.output())
    except Exception as error:  # fpdf2 has no single error type; any failure is "not written"
        raise ExportRefused(f"The PDF could not be produced ({type(error).__name__}).") from None


def _title(pdf: FPDF, title: str) -> None:
    pdf.set_title(title)
    pdf.set_font(_MAIN_FONT, "B", 14)
    pdf.set_text_shaping(bool(_COMPLEX_SCRIPT.search(title)))
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(_MAIN_FONT, size=_FONT_SIZE)


def _fit_text(text: str) -> str:
    # One line per cell in a list; a cell never grows past a few lines so a row fits a page.
    flat = " ".join(text.split())
    if len(flat) > _MAX_CELL_CHARS:
        return flat[: _MAX_CELL_CHARS - 1] + "…"
    return flat


class _TableWriter:
    """Draws a bordered table row by row, repeating the header on each new page.

    fpdf2's own ``table()`` shapes and wraps every cell twice and needs about 1 ms per cell;
    a sign-in sheet of 10 000 people must come out in seconds, so cells that fit on one line
    (almost all) are drawn with a single ``cell()`` and only complex scripts are shaped.
    """

    def __init__(
        self,
        pdf: FPDF,
        headers: Sequence[str],
        weights: Sequence[float],
        *,
        min_height: float = _LINE_HEIGHT,
    ) -> None:
        total = sum(weights)
        self._pdf = pdf
        self._min_height = min_height
        self._headers = [_fit_text(name) for name in headers]
        self._widths = [pdf.epw * weight / total for weight in weights]

    def _shaping_for(self, text: str) -> None:
        self._pdf.set_text_shaping(bool(_COMPLEX_SCRIPT.search(text)))

    def _lines(self, text: str, width: float) -> int:
        pdf = self._pdf
        if not text:
            return 1
        self._shaping_for(text)
        if pdf.get_string_width(text) <= width - 2 * pdf.c_margin:
            return 1
        lines = pdf.multi_cell(width, _LINE_HEIGHT, text, dry_run=True, output="LINES")
        assert isinstance(lines, list)  # output="LINES" returns the wrapped lines
        return max(1, len(lines))

    def header(self) -> None:
        pdf = self._pdf
        pdf.set_font(_MAIN_FONT, "B", _FONT_SIZE)
        pdf.set_fill_color(230, 230, 230)
        self._draw(self._headers, fill=True, min_height=_LINE_HEIGHT)
        pdf.set_font(_MAIN_FONT, "", _FONT_SIZE)

    def row(self, cells: Sequence[str]) -> None:
        if len(cells) != len(self._widths):
            raise ExportRefused(
                f"A row has {len(cells)} cells but the header has {len(self._widths)}; "
                "nothing was written."
            )
        self._draw([_fit_text(cell) for cell in cells], fill=False, min_height=self._min_height)

    def _draw(self, texts: Sequence[str], *, fill: bool, min_height: float) -> None:
        pdf = self._pdf
        lines = [self._lines(text, width) for text, width in zip(texts, self._widths, strict=True)]
        height = max(max(lines) * _LINE_HEIGHT, min_height)
        if not fill and pdf.will_page_break(height):
            pdf.add_page()
            self.header()
        x, y = pdf.l_margin, pdf.get_y()
        for text, width, count in zip(texts, self._widths, lines, strict=True):
            self._shaping_for(text)
            pdf.set_xy(x, y)
            if count == 1:
                pdf.cell(width, height, text, border=1, fill=fill, align="L")
            else:
                pdf.rect(x, y, width, height, style="DF" if fill else "D")
                pdf.multi_cell(width, _LINE_HEIGHT, text, border=0, align="L")
            x += width
        pdf.set_xy(pdf.l_margin, y + height)


def _table(
    pdf: FPDF,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    weights: Sequence[float],
    *,
    min_height: float = _LINE_HEIGHT,
) -> None:
    writer = _TableWriter(pdf, headers, weights, min_height=min_height)
    writer.header()
    for row in rows:
        writer.row(row)


def write_list_pdf(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    footer_lines: Sequence[str] = (),
    sign_in_column: bool = False,
) -> bytes:
    """A participant list, or (``sign_in_column``) a sign-in sheet with a blank signature column."""
    all_headers = [*headers, _SIGNATURE_HEADING] if sign_in_column else list(headers)
    body: Iterable[Sequence[str]] = ([*row, ""] for row in rows) if sign_in_column else rows
    pdf = _Document(landscape=len(all_headers) > _PORTRAIT_MAX_COLUMNS, footer_lines=footer_lines)
    pdf.add_page()
    _title(pdf, title)
    weights = [1.0] * len(all_headers)
    if sign_in_column:
        weights[-1] = 1.5  # room to sign
    # A sign-in sheet needs rows tall enough to sign in.
    _table(
        pdf,
        all_headers,
        body,
        weights,
        min_height=_SIGN_ROW_HEIGHT if sign_in_column else _LINE_HEIGHT,
    )
    return _render(pdf)


def write_programme_pdf(title: str, entries: Sequence[Mapping[str, str]]) -> bytes:
    """A yearly programme: one row per meeting (date, title, kind, topic, format, venue)."""
    pdf = _Document(landscape=True)
    pdf.add_page()
    _title(pdf, title)
    headers = [heading for _, heading in PROGRAMME_COLUMNS]
    rows = ([entry.get(key, "") for key, _ in PROGRAMME_COLUMNS] for entry in entries)
    _table(pdf, headers, rows, (1.2, 2.2, 1.2, 1.8, 1.0, 1.6))
    return _render(pdf)
