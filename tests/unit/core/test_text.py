"""Tests for text folding and safe excerpts in core.text."""

from __future__ import annotations

import unicodedata

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


def test_clean_text_removes_what_makes_a_name_lie() -> None:
    from bizhr_desktop.core.text import clean_text

    assert clean_text("Peter\u202e olleh\u202c Mwangi") == "Peter olleh Mwangi"
    assert clean_text("A\u2066li\u2069") == "Ali"
    assert clean_text("Gra\u200bce\ufeff") == "Grace"
    assert clean_text("Jose\u0301") == "Jos\u00e9"  # NFC
    # ZWNJ inside a Persian word (the half-space) stays; between Latin letters it goes.
    assert clean_text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    )
    assert clean_text("Ana\u200dMaria") == "AnaMaria"
    # A Myanmar conjunct with ZWJ is kept.
    assert clean_text("\u1004\u103a\u200d\u1039") == "\u1004\u103a\u200d\u1039"


def test_every_way_in_stores_the_cleaned_name(tmp_path: object) -> None:
    from datetime import date

    from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
    from bizhr_desktop.services.people import normalise_person

    person = Person(
        id=new_id(),
        full_name="Peter\u202e Mwangi\u200b",
        stakeholder_group=StakeholderGroup.HRD,
        risk_level=RiskLevel.HIGH,
        organisation="Acme\u2067 Ltd",
        tags=("de\u200bep",),
    )
    stored, problems = normalise_person(person, today=date.today())
    assert problems == {}
    assert stored.full_name == "Peter Mwangi"
    assert stored.organisation == "Acme Ltd"
    assert stored.tags == ("deep",)


def test_what_cleaning_removes_is_named_for_the_coordinator() -> None:
    from bizhr_desktop.core.text import character_names, clean_text, removed_by_cleaning

    value = "Pe\u202eter\u200b \u200bMwangi\u202c"
    assert removed_by_cleaning(value) == ("\u202e", "\u200b", "\u202c")
    assert character_names(removed_by_cleaning(value)) == (
        "RIGHT-TO-LEFT OVERRIDE (U+202E), ZERO WIDTH SPACE (U+200B), "
        "POP DIRECTIONAL FORMATTING (U+202C)"
    )
    # Nothing to say for a plain value, a Persian half-space or a composed accent.
    assert removed_by_cleaning("Jose\u0301 Pérez") == ()
    assert removed_by_cleaning("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == ()
    # A joiner between Latin letters goes, and is said.
    assert removed_by_cleaning("Ana\u200dMaria") == ("\u200d",)
    assert clean_text(value) == "Peter Mwangi"


@given(st.text())
def test_cleaning_removes_exactly_the_characters_it_names(text: str) -> None:
    from bizhr_desktop.core.text import clean_text, removed_by_cleaning

    removed = removed_by_cleaning(text)
    assert bool(removed) == (clean_text(text) != unicodedata.normalize("NFC", text))
    assert not set(removed) & set(clean_text(text)) or set(removed) <= {"\u200c", "\u200d"}


def test_a_preview_shows_every_character_of_a_cell() -> None:
    from bizhr_desktop.core.text import shown_visibly

    long = "Kampala Regional Association of Land Rights Lawyers and Paralegals"
    assert shown_visibly(long) == long  # never cut
    assert shown_visibly("'\t=1+1") == "'⟨U+0009⟩=1+1"
    assert shown_visibly("a\u202eb\u200bc\nd") == "a⟨U+202E⟩b⟨U+200B⟩c⟨U+000A⟩d"
    assert shown_visibly("أحمد မြန်မာ Zoé") == "أحمد မြန်မာ Zoé"
