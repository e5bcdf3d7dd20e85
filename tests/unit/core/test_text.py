"""Tests for text folding and safe excerpts in core.text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizhr_desktop.core.text import excerpt, fold


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("José", "jose"),
        ("  JOSÉ   Pérez ", "jose perez"),
        ("Müller", "MULLER"),
        ("Straße", "strasse"),
        ("Søren Łukasz", "soren lukasz"),
        ("Côte d'Ivoire", "cote d'ivoire"),
        ("Ｆｕｌｌ width", "full width"),
        ("İstanbul", "istanbul"),
        # Arabic: harakat (vowel points) and tatweel are optional in writing.
        ("مُحَمَّد", "محمد"),
        ("محـــمد", "محمد"),
    ],
)
def test_fold_matches_what_people_consider_the_same(left: str, right: str) -> None:
    assert fold(left) == fold(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Ana", "Anna"),
        ("محمد", "أحمد"),
        # Burmese vowel signs are letters, not accents: these are different names.
        ("မင်း", "မင်"),
        ("ကို", "က"),
    ],
)
def test_fold_keeps_what_makes_names_different(left: str, right: str) -> None:
    assert fold(left) != fold(right)


def test_fold_keeps_arabic_and_burmese_letters() -> None:
    assert fold("محمد علي") == "محمد علي"
    assert fold("မြန်မာ") == "မြန်မာ"
    assert fold("ဒေါ်အောင်ဆန်းစုကြည်") == "ဒေါ်အောင်ဆန်းစုကြည်"


def test_fold_collapses_every_kind_of_white_space() -> None:
    assert fold("\tAna\u00a0 \n María\u2003") == "ana maria"


@given(st.text())
def test_fold_is_idempotent_and_never_crashes(text: str) -> None:
    once = fold(text)
    assert fold(once) == once
    assert once == once.strip()
    assert "  " not in once


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1))
def test_fold_ignores_case(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower()) or fold(text.upper()) == fold(text)


def test_excerpt_cuts_long_values() -> None:
    assert excerpt("x" * 500) == "x" * 40 + "…"
    assert excerpt("short") == "short"
    assert len(excerpt("y" * 100, limit=10)) == 11


def test_excerpt_neutralises_control_and_bidi_characters() -> None:
    hostile = "evil\nrow 7: ok\u202eexe.pdf\x00"
    shown = excerpt(hostile)
    assert "\n" not in shown
    assert "\u202e" not in shown
    assert "\x00" not in shown
    assert shown.startswith("evil\ufffdrow 7")
