"""Write participant lists, sign-in sheets and yearly programmes as PDF with embedded fonts."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

from fontTools.ttLib import TTFont  # fpdf2's own dependency
from fpdf import FPDF

from bizhr_desktop.core.errors import ExportRefused
from bizhr_desktop.formats._resources import font_path
from bizhr_desktop.formats.programme import PROGRAMME_COLUMNS

__all__ = ["missing_characters", "write_list_pdf", "write_programme_pdf"]

# One fixed instant stamped into every PDF: the real time would tell when (and, through the
# offset, where) a list was made.
FIXED_CREATION_DATE: Final = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class _Face:
    family: str
    regular: str  # a shipped font's file name, or the full path of a system font
    bold: str | None = None  # None: the script has no bold here; bold text uses the regular


# In order of preference. Text is split into runs by which face has its glyphs; fpdf2's own
# fallback is not used because, with shaping on, it loses track of the current font and
# writes glyphs without one ("No font in show") when a page begins with a fallback glyph.
_FACES: Final = (
    _Face("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    _Face("NotoSansArabic", "NotoSansArabic-Regular.ttf"),
    _Face("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf"),
)
_MAIN: Final = _FACES[0]
_MISSING_GLYPH: Final = "?"
_NOT_DRAWN: Final = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})  # controls, format marks, spaces
# Where the system keeps its fonts (read only, never the user's own folders): a character no
# shipped face has (Hebrew, Thai, Ethiopic, CJK, full-width forms...) is drawn with the first
# of these that has it. Noto faces first, sans before serif, then DejaVu, then the rest.
_SYSTEM_FONT_FOLDERS: Final = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "/System/Library/Fonts",
    "/Library/Fonts",
    os.path.join(os.environ.get("WINDIR", "C:\\Windows"), "Fonts"),
)

# Beyond this many columns a portrait A4 page gets too narrow to read names.
_PORTRAIT_MAX_COLUMNS: Final = 5
_SIGNATURE_HEADING: Final = "Signature"
_FONT_SIZE: Final = 9
_LINE_HEIGHT: Final = 5.0
_PADDING: Final = 1.2
_MAX_CELL_CHARS: Final = 300
_SIGN_ROW_HEIGHT: Final = 10.0
_MARGIN: Final = 12.0
_YIELD_EVERY: Final = 20  # rows between hand-overs of the GIL (see _table)
# fpdf2's cell() puts the baseline 0.3 font sizes below the middle of its box.
_BASELINE_FACTOR: Final = 0.3
# Scripts that need shaping (joining, reordering, bidi): Hebrew to Myanmar, Khmer, Mongolian,
# Arabic presentation forms. Everything else renders right without HarfBuzz, and much faster.
_COMPLEX_SCRIPT: Final = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0f00-\u109f\u1780-\u18af\ufb1d-\ufdff\ufe70-\ufeff]"
)
_RTL_STRONG: Final = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_LTR_STRONG: Final = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u058f\u0900-\u0dff\u1000-\u109f]")


def _font_file(name: str) -> str:
    """A shipped font's file name, or a system font's full path, as a path to open."""
    return name if os.path.isabs(name) else str(font_path(name))


@cache
def _coverage(file_name: str) -> frozenset[int]:
    font = TTFont(_font_file(file_name), lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


def _fallback_rank(path: Path) -> tuple[int, str]:
    name = path.name
    if name.startswith("NotoSans"):
        return 0, name
    if name.startswith("NotoSerif"):
        return 1, name
    if name.startswith("Noto"):
        return 2, name
    return (3 if name.startswith("DejaVuSans") else 4), name


@cache
def _system_faces() -> dict[int, _Face]:
    """The first system face for every character the shipped faces lack (read once, about
    0.3 s for 200 fonts; only when a list holds such a character)."""
    shipped = {face.regular for face in _FACES}
    files: list[Path] = []
    for folder in _SYSTEM_FONT_FOLDERS:
        with contextlib.suppress(OSError):
            files += [
                path
                for path in Path(folder).rglob("*.ttf")  # TrueType only: fpdf2 embeds those
                if path.name not in shipped
                and ("Regular" in path.name or "-" not in path.stem)
                and path.is_file()
            ]
    found: dict[int, _Face] = {}
    for path in sorted(files, key=_fallback_rank):
        try:
            covered = _coverage(str(path))
        except Exception:  # noqa: S112 - a font fontTools cannot read is simply not used
            continue
        face = _Face(f"Fallback-{path.stem}", str(path))
        for code in covered:
            found.setdefault(code, face)
    return found


def _face_for(code: int) -> _Face | None:
    face = next((face for face in _FACES if code in _coverage(face.regular)), None)
    return face if face is not None else _system_faces().get(code)


def missing_characters(texts: Iterable[str]) -> tuple[str, ...]:
    """The characters of *texts* that no font here can draw, each once, in code point order:
    a PDF prints them as "?". Spaces, controls and format marks (never drawn) are not
    counted; private-use and unassigned characters are."""
    distinct: set[str] = set()
    for text in texts:
        distinct.update(text)
    return tuple(
        sorted(
            char
            for char in distinct
            if unicodedata.category(char) not in _NOT_DRAWN and _face_for(ord(char)) is None
        )
    )


Run = tuple[_Face, str]


@lru_cache(maxsize=8192)
def _runs(text: str) -> tuple[Run, ...]:
    """Split text into runs each drawn with one face; spaces and digits stay in the current run."""
    runs: list[Run] = []
    current: _Face | None = None
    chars: list[str] = []
    for char in text:
        code = ord(char)
        if current is not None and code in _coverage(current.regular):
            chars.append(char)
            continue
        face = _face_for(code)
        shown = char
        if face is None:
            face, shown = _MAIN, _MISSING_GLYPH
        if face is current:
            chars.append(shown)
            continue
        if current is not None and chars:
            runs.append((current, "".join(chars)))
        current, chars = face, [shown]
    if current is not None and chars:
        runs.append((current, "".join(chars)))
    return tuple(runs)


def _is_rtl(text: str) -> bool:
    """Whether the first strongly directional letter is right-to-left (Arabic, Hebrew, ...)."""
    rtl, ltr = _RTL_STRONG.search(text), _LTR_STRONG.search(text)
    return rtl is not None and (ltr is None or rtl.start() < ltr.start())


class _Document(FPDF):
    """An A4 document with our fonts, a page-number footer and scrubbed metadata."""

    def __init__(self, *, landscape: bool, footer_lines: Sequence[str] = ()) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self._footer_lines = tuple(footer_lines)
        self._bold = False
        self._size = float(_FONT_SIZE)
        self._in_use: tuple[str, str, float, bool] | None = None
        # Lists repeat values (countries, organisations): measure each string once per style.
        self._measured: dict[tuple[str, str, float, str], float] = {}
        self._added: set[str] = set()
        for face in _FACES:
            self._add_face(face)
        self.set_font(_MAIN.family, size=_FONT_SIZE)
        # No author, creator, producer, subject or keywords: nothing names who exported it.
        self.set_creator("")
        self.set_producer("")
        self.set_creation_date(FIXED_CREATION_DATE)
        self.set_margins(_MARGIN, _MARGIN, _MARGIN)
        self.set_auto_page_break(auto=True, margin=_MARGIN + 5 + 4 * len(self._footer_lines))
        # Runs are placed by us, so a cell must not add its own inner margin between them.
        self.c_margin = 0

    def _add_face(self, face: _Face) -> None:
        """Embed *face* (a system fallback only once a list needs it)."""
        if face.family in self._added:
            return
        self.add_font(face.family, "", _font_file(face.regular))
        if face.bold:
            self.add_font(face.family, "B", _font_file(face.bold))
        self._added.add(face.family)

    def style(self, *, bold: bool, size: float) -> None:
        self._bold, self._size = bold, size

    def _use(self, face: _Face, text: str) -> None:
        style = "B" if self._bold and face.bold else ""
        wanted = (face.family, style, self._size, bool(_COMPLEX_SCRIPT.search(text)))
        if wanted == self._in_use:
            return  # set_font copies state; skipping it halves the time of a large list
        self._add_face(face)
        self.set_font(face.family, style, self._size)
        self.set_text_shaping(wanted[3])
        self._in_use = wanted

    def add_page(self, *args: Any, **kwargs: Any) -> None:
        self._in_use = None  # a new page starts without a selected font
        super().add_page(*args, **kwargs)
        self._in_use = None

    def _width(self, face: _Face, text: str) -> float:
        key = (face.family, "B" if self._bold and face.bold else "", self._size, text)
        width = self._measured.get(key)
        if width is None:
            self._use(face, text)
            width = self._measured[key] = self.get_string_width(text)
        return width

    def run_width(self, runs: Sequence[Run]) -> float:
        return sum(self._width(face, text) for face, text in runs)

    def text_width(self, text: str) -> float:
        return self.run_width(_runs(text))

    def draw_line(self, text: str, x: float, y: float, width: float, height: float) -> None:
        """Draw one line of text inside a box, right-aligned if it reads right to left."""
        runs = _runs(text)[::-1] if _is_rtl(text) else _runs(text)
        widths = [self._width(face, part) for face, part in runs]
        cursor = x + width - sum(widths) if _is_rtl(text) else x
        # Where cell() puts the baseline of text centred in a box of this height.
        baseline = y + 0.5 * height + _BASELINE_FACTOR * self._size / self.k
        for (face, part), part_width in zip(runs, widths, strict=True):
            self._use(face, part)
            if (self._in_use is not None and self._in_use[3]) or self.str_alias_nb_pages in part:
                # A complex script (Arabic joining, Burmese reordering) needs HarfBuzz, and
                # the page count ("{nb}") is filled in at the end: only cell() does either.
                self.set_xy(cursor, y)
                self.cell(part_width, height, part)
            else:
                # text() writes the run as it is, at a position we computed: a tenth of
                # cell()'s cost (no fragment parsing, re-measuring or state copies), which
                # is most of the time of a 10 000-row list.
                self.text(cursor, baseline, part)
            cursor += part_width

    def wrap(self, text: str, width: float) -> list[str]:
        """Break text into lines no wider than ``width``, at spaces, or anywhere if it must."""
        if not text or self.text_width(text) <= width:
            return [text]
        lines: list[str] = []
        line = ""
        for word in text.split(" "):
            candidate = f"{line} {word}" if line else word
            if self.text_width(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while self.text_width(line) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and self.text_width(line[:cut]) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        if line:
            lines.append(line)
        return lines

    def footer(self) -> None:
        self.style(bold=False, size=7)
        y = self.h - _MARGIN - 4 * (len(self._footer_lines) + 1)
        for line in self._footer_lines:
            self._centred(line, y)
            y += 4
        self._centred(f"{self.page_no()} / {{nb}}", y)

    def _centred(self, text: str, y: float) -> None:
        width = min(self.text_width(text), self.epw)
        self.draw_line(text, self.l_margin + (self.epw - width) / 2, y, width, 4)


def _render(pdf: FPDF) -> bytes:
    try:
        return bytes(pdf.output())
    except Exception as error:  # fpdf2 has no single error type; any failure is "not written"
        raise ExportRefused(
            "The PDF could not be produced ({error}).", error=type(error).__name__
        ) from None


@contextmanager
def _document(*, landscape: bool, footer_lines: Sequence[str] = ()) -> Iterator[_Document]:
    pdf = _Document(landscape=landscape, footer_lines=footer_lines)
    try:
        yield pdf
    finally:
        # fpdf2 opens each font file lazily and never closes it; close them rather than
        # leak a handle per font for every PDF made in a session.
        for font in pdf.fonts.values():
            close = getattr(font, "close", None)
            if close is not None:
                close()


def _title(pdf: _Document, title: str) -> None:
    pdf.set_title(title)
    pdf.style(bold=True, size=14)
    y = pdf.t_margin
    for line in pdf.wrap(" ".join(title.split()), pdf.epw):
        pdf.draw_line(line, pdf.l_margin, y, pdf.epw, 8)
        y += 8
    pdf.set_xy(pdf.l_margin, y + 2)


def _fit_text(text: str) -> str:
    # Lists hold short values; a cell never grows past a few lines, so a row fits a page.
    flat = " ".join(text.split())
    if len(flat) > _MAX_CELL_CHARS:
        return flat[: _MAX_CELL_CHARS - 1] + "…"
    return flat


class _TableWriter:
    """Draws a bordered table row by row, repeating the header on each new page.

    fpdf2's own ``table()`` shapes and wraps every cell twice (about 1 ms per cell); a
    sign-in sheet of 10 000 people must come out in seconds, so a cell that fits on one
    line (almost all) costs one width measurement and one ``cell()``, and only complex
    scripts go through HarfBuzz.
    """

    def __init__(
        self,
        pdf: _Document,
        headers: Sequence[str],
        weights: Sequence[float],
        *,
        min_height: float,
    ) -> None:
        total = sum(weights)
        self._pdf = pdf
        self._min_height = min_height
        self._headers = [_fit_text(name) for name in headers]
        self._widths = [pdf.epw * weight / total for weight in weights]

    def header(self) -> None:
        self._pdf.style(bold=True, size=_FONT_SIZE)
        self._pdf.set_fill_color(230, 230, 230)
        self._draw(self._headers, fill=True, min_height=_LINE_HEIGHT)

    def row(self, cells: Sequence[str]) -> None:
        if len(cells) != len(self._widths):
            raise ExportRefused(
                "A row has {cells} cells but the header has {columns}; nothing was written.",
                cells=len(cells),
                columns=len(self._widths),
            )
        self._pdf.style(bold=False, size=_FONT_SIZE)
        self._draw([_fit_text(cell) for cell in cells], fill=False, min_height=self._min_height)

    def _draw(self, texts: Sequence[str], *, fill: bool, min_height: float) -> None:
        pdf = self._pdf
        wrapped = [
            pdf.wrap(text, width - 2 * _PADDING)
            for text, width in zip(texts, self._widths, strict=True)
        ]
        height = max(max(len(lines) for lines in wrapped) * _LINE_HEIGHT, min_height)
        if not fill and pdf.will_page_break(height):
            pdf.add_page()
            self.header()
            pdf.style(bold=False, size=_FONT_SIZE)
        x, y = pdf.l_margin, pdf.get_y()
        for lines, width in zip(wrapped, self._widths, strict=True):
            pdf.rect(x, y, width, height, style="DF" if fill else "D")
            top = y + (height - len(lines) * _LINE_HEIGHT) / 2
            for number, line in enumerate(lines):
                if line:
                    pdf.draw_line(
                        line,
                        x + _PADDING,
                        top + number * _LINE_HEIGHT,
                        width - 2 * _PADDING,
                        _LINE_HEIGHT,
                    )
            x += width
        pdf.set_xy(pdf.l_margin, y + height)


def _table(
    pdf: _Document,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    weights: Sequence[float],
    *,
    min_height: float = _LINE_HEIGHT,
) -> None:
    writer = _TableWriter(pdf, headers, weights, min_height=min_height)
    writer.header()
    for number, row in enumerate(rows, start=1):
        writer.row(row)
        if number % _YIELD_EVERY == 0:
            # Lists are drawn on a worker thread in pure Python; measured with PySide6, the
            # interpreter's forced GIL switch left the GUI thread waiting up to 0.7 s for a
            # 10 000-row list. Handing the GIL over now and then keeps it under 40 ms.
            time.sleep(0)


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
    weights = [1.0] * len(all_headers)
    if sign_in_column:
        weights[-1] = 1.5  # room to sign
    landscape = len(all_headers) > _PORTRAIT_MAX_COLUMNS
    with _document(landscape=landscape, footer_lines=footer_lines) as pdf:
        pdf.add_page()
        _title(pdf, title)
        # A sign-in sheet needs rows tall enough to sign in.
        height = _SIGN_ROW_HEIGHT if sign_in_column else _LINE_HEIGHT
        _table(pdf, all_headers, body, weights, min_height=height)
        return _render(pdf)


def write_programme_pdf(title: str, entries: Sequence[Mapping[str, str]]) -> bytes:
    """A yearly programme: one row per meeting (date, title, kind, topic, format, venue)."""
    headers = [heading for _, heading in PROGRAMME_COLUMNS]
    rows = ([entry.get(key, "") for key, _ in PROGRAMME_COLUMNS] for entry in entries)
    with _document(landscape=True) as pdf:
        pdf.add_page()
        _title(pdf, title)
        _table(pdf, headers, rows, (1.2, 2.2, 1.2, 1.8, 1.0, 1.6))
        return _render(pdf)
