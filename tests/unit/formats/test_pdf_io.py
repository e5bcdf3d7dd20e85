"""PDF lists and programmes: text present, fonts embedded, metadata scrubbed, fast enough."""

from __future__ import annotations

import getpass
import io
import time

import pytest
from pypdf import PdfReader

from bizhr_desktop.core.errors import ExportRefused
from bizhr_desktop.formats.pdf_io import missing_characters, write_list_pdf, write_programme_pdf

HEADERS = ("Name", "Organisation", "Country")
ROWS = [
    ("Amina Yusuf", "Sudan Human Rights Hub", "Sudan"),
    ("أحمد محمد", "منظمة حقوق الإنسان", "Sudan"),
    ("မောင်မောင်", "Myanmar Accountability", "Myanmar"),
    ("Zoé Müller — Person 10 أحمد", "Deep Dive: Myanmar မြန်မာ", "Switzerland"),
]


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in _reader(data).pages)


def _embedded_fonts(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for reference in fonts.values():
            font = reference.get_object()
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
                names.add(str(font["/BaseFont"]).split("+", 1)[-1])
    return names


def test_list_has_latin_text_and_embeds_every_script_font() -> None:
    data = write_list_pdf("Deep dive — Sudan", HEADERS, ROWS, footer_lines=("Not an endorsement.",))
    assert data.startswith(b"%PDF-")
    text = _text(data)
    expected_texts = ("Deep dive", "Amina Yusuf", "Sudan Human Rights Hub", "Not an endorsement.")
    # Latin next to Burmese or Arabic in one cell (fpdf2's own fallback garbled these).
    for expected in (*expected_texts, "Deep Dive: Myanmar", "Zoé Müller"):
        assert expected in text
    assert "1 / 1" in text
    fonts = _embedded_fonts(_reader(data))
    assert {"NotoSans", "NotoSansBold", "NotoSansArabic", "NotoSansMyanmar"} <= fonts


def test_metadata_names_nobody_and_carries_a_fixed_date() -> None:
    data = write_list_pdf("Sign-in", HEADERS, ROWS)
    metadata = _reader(data).metadata
    assert metadata is not None
    assert not metadata.get("/Author")
    assert not metadata.get("/Creator")
    assert not metadata.get("/Producer")
    assert metadata.get("/CreationDate", "").startswith("D:20000101")
    user = getpass.getuser()
    assert all(user not in str(value) for value in metadata.values())
    assert b"/Metadata" not in data  # no XMP packet that could carry a tool or user name
    assert write_list_pdf("Sign-in", HEADERS, ROWS) == data  # nothing of the moment inside


def test_sign_in_sheet_adds_a_blank_signature_column_and_repeats_headers() -> None:
    rows = [(f"Participant {index}", "Org", "Sudan") for index in range(120)]
    data = write_list_pdf("Sign-in sheet", HEADERS, rows, sign_in_column=True)
    reader = _reader(data)
    assert len(reader.pages) > 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "Signature" in text and "Organisation" in text
        assert f"{number} / {len(reader.pages)}" in text


def test_many_columns_turn_the_page_to_landscape() -> None:
    headers = tuple(f"Column {index}" for index in range(7))
    page = _reader(write_list_pdf("Wide", headers, [tuple("x" * 7)])).pages[0]
    assert page.mediabox.width > page.mediabox.height
    page = _reader(write_list_pdf("Narrow", HEADERS, ROWS)).pages[0]
    assert page.mediabox.width < page.mediabox.height


def test_long_cells_wrap_instead_of_spilling() -> None:
    long_name = "Organisation with a remarkably long official name " * 4
    text = _text(write_list_pdf("Wrap", HEADERS, [("A", long_name, "B")]))
    assert "remarkably" in text


def test_ragged_row_is_refused() -> None:
    with pytest.raises(ExportRefused, match="A row has 2 cells"):
        write_list_pdf("x", HEADERS, [("a", "b")])


def test_programme_lists_meetings() -> None:
    entries = [
        {
            "date": "12 March 2026",
            "title": "Deep Dive: Sudan",
            "kind": "Deep Dive",
            "topic": "Sudan",
            "format": "virtual",
            "venue": "",
        },
        {
            "date": "20 September 2026",
            "title": "Trends and Insights: mandatory HRDD",
            "kind": "Trends and Insights",
            "topic": "due diligence",
            "format": "in person",
            "venue": "New York (UNGA) نيويورك",
        },
    ]
    data = write_programme_pdf("Programme 2026", entries)
    text = _text(data)
    for expected in ("Programme 2026", "Deep Dive: Sudan", "Trends and Insights", "Venue"):
        assert expected in text
    page = _reader(data).pages[0]
    assert page.mediabox.width > page.mediabox.height


def test_ten_thousand_rows_in_a_few_seconds() -> None:
    rows = [
        (
            f"أحمد محمد {index}" if index % 20 == 0 else f"Participant Müller-{index}",
            "မြန်မာ Network" if index % 40 == 0 else "Human Rights Network",
            "Sudan",
        )
        for index in range(10_000)
    ]
    started = time.perf_counter()
    data = write_list_pdf("Everyone", HEADERS, rows, sign_in_column=True)
    elapsed = time.perf_counter() - started
    assert elapsed < 15, f"took {elapsed:.1f} s"
    assert len(_reader(data).pages) > 100


def test_a_script_no_shipped_font_has_is_drawn_with_a_system_font() -> None:
    """Hebrew, Thai and Ethiopic names (no bundled face has them) print with the system's
    own fonts, embedded like the others, instead of as "?"."""
    names = [name for name in ("שלום כהן", "สมชาย", "ሰላም") if not missing_characters([name])]
    if not names:
        pytest.skip("this computer has no font for Hebrew, Thai or Ethiopic")
    data = write_list_pdf("List", ["Name"], [[name] for name in names])
    text = _text(data)
    assert "?" not in text
    for name in names:
        assert name.replace(" ", "") in text.replace(" ", "")
    shipped = {"NotoSans", "NotoSansBold", "NotoSansArabic", "NotoSansMyanmar"}
    assert _embedded_fonts(_reader(data)) - shipped, "a system font is embedded"


def test_characters_no_font_has_are_named_before_they_print_as_a_question_mark() -> None:
    """A private-use character has no glyph in any font: it is reported (once, with no
    spaces, controls or characters some font has), and the PDF prints "?" for it."""
    assert missing_characters(["Zoé Müller أحمد မြန်မာ", "\t\n"]) == ()
    assert missing_characters(["a\ue000b", "\ue000", "\U000f0001 x"]) == ("\ue000", "\U000f0001")
    assert "Ab?c" in _text(write_list_pdf("List", ["Name"], [["Ab\ue000c"]]))
