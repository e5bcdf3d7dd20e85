"""Text folding for sorting, duplicate detection and accent-insensitive matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

# Only *diacritics* are stripped, not every combining mark. Burmese, Devanagari and other
# abugidas write their vowels and viramas as combining marks: dropping those would turn
# different names into the same one (and break the Burmese stacking of consonants). The
# ranges below are the generic diacritic blocks, plus Arabic harakat and Hebrew points, which
# are optional in everyday writing and are exactly what a search should ignore.
_DIACRITIC_RANGES: Final = (
    (0x0300, 0x036F),  # Combining Diacritical Marks (é, ñ, ç ... after NFKD)
    (0x0591, 0x05C7),  # Hebrew cantillation and points
    (0x0610, 0x061A),  # Arabic honorific marks
    (0x064B, 0x065F),  # Arabic harakat: fatha, damma, kasra, shadda, sukun ...
    (0x0670, 0x0670),  # Arabic superscript alef
    (0x06D6, 0x06ED),  # Arabic Quranic annotation marks
    (0x1AB0, 0x1AFF),  # Combining Diacritical Marks Extended
    (0x1DC0, 0x1DFF),  # Combining Diacritical Marks Supplement
    (0x20D0, 0x20FF),  # Combining Diacritical Marks for Symbols
    (0xFE20, 0xFE2F),  # Combining Half Marks
)

# Letters that NFKD does not decompose but which people type without their stroke or ligature.
_LATIN_FALLBACKS: Final = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ŀ": "l",
        "ŧ": "t",
        "\u0640": "",  # Arabic tatweel only stretches a word; it is not a letter
    }
)

# Hostile input in an error message must not reorder or hide the sentence around it.
_REPLACEMENT: Final = "\ufffd"


# The same ranges as a translate() table: fold() runs once per name, tag and organisation on
# every import row, and a table lookup per character is ~50x faster than scanning the ranges.
_STRIP_DIACRITICS: Final = dict.fromkeys(
    code for low, high in _DIACRITIC_RANGES for code in range(low, high + 1)
)


def fold(text: str) -> str:
    """Fold text so that "  José  Pérez" and "jose perez" compare equal.

    Compatibility-decomposes, removes diacritics (not the vowel signs of other scripts),
    case-folds and collapses runs of white space into one space.
    """
    if text.isascii():
        # Nothing to decompose or strip: the same result as below, without the work.
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = decomposed.translate(_STRIP_DIACRITICS)
    # Case folding can yield letters that decompose further (and vice versa): repeat once.
    folded = unicodedata.normalize("NFKD", stripped.translate(_LATIN_FALLBACKS).casefold())
    folded = folded.translate(_STRIP_DIACRITICS)
    # Recompose so scripts such as Hangul come back as the syllables people expect to see.
    return " ".join(unicodedata.normalize("NFC", folded).split())


def excerpt(value: str, limit: int = 40) -> str:
    """A short, printable rendering of untrusted input for an error message.

    Control and formatting characters (newlines, bidirectional overrides, zero-width
    characters) are replaced so that a hostile cell cannot forge lines in a report or
    reorder the sentence it is quoted in; long values are cut at ``limit`` characters.
    """
    cleaned = "".join(
        _REPLACEMENT if unicodedata.category(char).startswith("C") else char for char in value
    )
    if len(cleaned) > limit:
        return cleaned[:limit] + "…"
    return cleaned


def shown_visibly(value: str) -> str:
    """*value* whole, with every control or format character (a tab, a line break, a direction
    mark) written as ``⟨U+0009⟩``: a preview shows all the file holds, and nothing hides."""
    if value.isprintable():
        return value  # nearly every cell
    return "".join(
        f"⟨U+{ord(char):04X}⟩"
        if unicodedata.category(char).startswith("C") or char in "\u2028\u2029"
        else char
        for char in value
    )


# Characters that make a name display as another string, or stop two copies of one name
# from matching: bidirectional embeddings, overrides and isolates, and invisible spaces.
_INVISIBLE: Final = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]  # LRE RLE PDF LRO RLO
    + [chr(c) for c in range(0x2066, 0x206A)]  # LRI RLI FSI PDI
    + ["\u200b", "\ufeff", "\u2060"]  # zero-width space, BOM / ZWNBSP, word joiner
)
_JOINERS: Final = frozenset(["\u200c", "\u200d"])  # ZWNJ, ZWJ
_MAY_BE_REMOVED: Final = re.compile("[" + "".join(sorted(_INVISIBLE | _JOINERS)) + "]")
# Scripts that write ZWNJ/ZWJ on purpose (Persian half-space, Indic and Myanmar conjuncts).
_JOINER_SCRIPTS: Final = (
    (0x0600, 0x06FF),  # Arabic, Persian, Urdu
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFC),
    (0x0900, 0x0DFF),  # Devanagari ... Sinhala
    (0x1000, 0x109F),  # Myanmar
    (0xA9E0, 0xA9FF),
    (0xAA60, 0xAA7F),
)


def _needs_joiner(char: str) -> bool:
    point = ord(char)
    return any(low <= point <= high for low, high in _JOINER_SCRIPTS)


def clean_text(value: str) -> str:
    """A value as it is stored: NFC, without bidi controls or invisible spaces, and with
    ZWNJ/ZWJ kept only between letters of a script that uses them (Arabic, Persian, Indic,
    Myanmar). Every way in (editor, import, bundle) goes through it, so a name cannot show
    as another string and two copies of one name compare equal."""
    return _cleaned(value)[0]


def removed_by_cleaning(value: str) -> tuple[str, ...]:
    """The invisible characters ``clean_text`` drops from *value*, each once, in the order
    they first appear: what the coordinator is told was taken out."""
    if not _MAY_BE_REMOVED.search(value):
        return ()  # nearly every value: no need to walk it
    return tuple(dict.fromkeys(_cleaned(value)[1]))


def character_names(chars: Iterable[str]) -> str:
    """ "RIGHT-TO-LEFT OVERRIDE (U+202E), ZERO WIDTH SPACE (U+200B)": invisible characters
    named so a person can tell what they were."""
    return ", ".join(f"{unicodedata.name(c, 'UNNAMED')} (U+{ord(c):04X})" for c in chars)


def characters_shown(chars: Iterable[str]) -> str:
    """ "中 (U+4E2D) Ａ (U+FF21)": characters named by themselves and their code point."""
    return " ".join(f"{char} (U+{ord(char):04X})" for char in chars)


def _cleaned(value: str) -> tuple[str, list[str]]:
    text = unicodedata.normalize("NFC", value)
    kept: list[str] = []
    dropped: list[str] = []
    for index, char in enumerate(text):
        if char in _INVISIBLE:
            dropped.append(char)
            continue
        if char in _JOINERS:
            before = kept[-1] if kept else ""
            after = text[index + 1] if index + 1 < len(text) else ""
            if not (before and after and _needs_joiner(before) and _needs_joiner(after)):
                dropped.append(char)
                continue
        kept.append(char)
    return "".join(kept), dropped
