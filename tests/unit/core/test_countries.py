"""Tests for country normalisation, names and M49 regions in core.countries and core.m49."""

from __future__ import annotations

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizhr_desktop.core.countries import (
    NAMED_LANGUAGES,
    country_name,
    normalise_country,
    region_of,
)
from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.m49 import M49_COUNTRIES_BY_REGION, M49_REGION

ALL_CODES = sorted(country.alpha_2 for country in pycountry.countries)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Myanmar", "MM"),
        ("Burma", "MM"),
        ("MM", "MM"),
        ("mm", "MM"),
        ("mmr", "MM"),
        ("MMR", "MM"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d’Ivoire", "CI"),
        ("cote divoire", "CI"),
        ("Ivory Coast", "CI"),
        ("UK", "GB"),
        ("United Kingdom", "GB"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("United States of America", "US"),
        ("  sudan ", "SD"),
        ("South Sudan", "SS"),
        ("Republic of Korea", "KR"),
        ("Iran, Islamic Republic of", "IR"),
        ("Russia", "RU"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("The Netherlands", "NL"),
        ("DRC", "CD"),
        ("Democratic Republic of the Congo", "CD"),
        ("Bolivia", "BO"),
        ("Viet Nam", "VN"),
        ("Kenya", "KE"),
    ],
)
def test_normalise_country_reads_codes_names_and_aliases(typed: str, code: str) -> None:
    assert normalise_country(typed) == code


def test_empty_country_stays_empty() -> None:
    assert normalise_country("") == ""
    assert normalise_country("   ") == ""


@pytest.mark.parametrize("typed", ["Narnia", "XX", "ZZZ", "Atlantis Republic"])
def test_unknown_country_is_refused_with_a_sentence(typed: str) -> None:
    with pytest.raises(InvalidInput, match="not one we know"):
        normalise_country(typed)


@pytest.mark.parametrize("typed", ["Congo", "Korea"])
def test_ambiguous_country_names_are_not_guessed(typed: str) -> None:
    with pytest.raises(InvalidInput, match="say which"):
        normalise_country(typed)


def test_error_does_not_echo_a_huge_value() -> None:
    with pytest.raises(InvalidInput) as caught:
        normalise_country("A" * 10_000)
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_iso_country_round_trips_through_its_name(code: str) -> None:
    assert normalise_country(code) == code
    assert normalise_country(country_name(code)) == code
    country = pycountry.countries.get(alpha_2=code)
    assert country is not None
    assert normalise_country(country.alpha_3) == code


@pytest.mark.parametrize("language", NAMED_LANGUAGES)
def test_every_country_name_of_every_window_language_reads_back(language: str) -> None:
    """What an editor shows in French, Spanish, Arabic or Burmese, saved again unchanged,
    is the same country (no two share a name once folded)."""
    for code in ALL_CODES:
        assert normalise_country(country_name(code, language)) == code, (language, code)


def test_country_names_in_the_window_languages() -> None:
    assert country_name("MM", "fr") == "Birmanie"
    assert country_name("DE", "es") == "Alemania"
    assert country_name("KE", "ar") == "كينيا"
    assert country_name("MM", "my") == "မြန်မာနိုင်ငံ"
    # Without a name in the catalogue, or in a language the window does not have: English.
    assert country_name("KR", "my") == "South Korea"
    assert country_name("MM", "xx") == "Myanmar"
    # Typed without Arabic short vowels, or with: the same country.
    assert normalise_country("كوريا، جمهورية كوريا") == normalise_country("كوريا، جمهوريّة كوريا")


def test_country_names_read_well() -> None:
    assert country_name("MM") == "Myanmar"
    assert country_name("cd") == "Democratic Republic of the Congo"
    assert country_name("KR") == "South Korea"
    assert country_name("") == ""
    with pytest.raises(InvalidInput):
        country_name("XX")


@pytest.mark.parametrize(
    ("code", "region"),
    [
        ("SD", "Northern Africa"),
        ("MM", "South-eastern Asia"),
        ("KE", "Eastern Africa"),
        ("CH", "Western Europe"),
        ("CD", "Middle Africa"),
        ("ZA", "Southern Africa"),
        ("NG", "Western Africa"),
        ("HT", "Caribbean"),
        ("GT", "Central America"),
        ("MX", "Central America"),
        ("CO", "South America"),
        ("US", "Northern America"),
        ("AF", "Southern Asia"),
        ("IR", "Southern Asia"),
        ("SY", "Western Asia"),
        ("KZ", "Central Asia"),
        ("CN", "Eastern Asia"),
        ("UA", "Eastern Europe"),
        ("GB", "Northern Europe"),
        ("RS", "Southern Europe"),
        ("FJ", "Melanesia"),
        ("AU", "Australia and New Zealand"),
    ],
)
def test_region_of_follows_un_m49(code: str, region: str) -> None:
    assert region_of(code) == region
    assert region_of(code.lower()) == region


def test_every_iso_country_has_exactly_one_region() -> None:
    assert sorted(M49_REGION) == ALL_CODES
    listed = [code for codes in M49_COUNTRIES_BY_REGION.values() for code in codes]
    assert len(listed) == len(set(listed)), "a country is listed in two regions"


def test_region_names_are_the_un_ones() -> None:
    assert set(M49_COUNTRIES_BY_REGION) == {
        "Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa",
        "Western Africa", "Caribbean", "Central America", "South America",
        "Northern America", "Central Asia", "Eastern Asia", "South-eastern Asia",
        "Southern Asia", "Western Asia", "Eastern Europe", "Northern Europe",
        "Southern Europe", "Western Europe", "Australia and New Zealand", "Melanesia",
        "Micronesia", "Polynesia", "Antarctica",
    }  # fmt: skip


def test_region_of_empty_and_unknown() -> None:
    assert region_of("") == ""
    with pytest.raises(InvalidInput):
        region_of("XK")


@given(st.text(max_size=60))
def test_normalise_country_either_answers_a_code_or_raises_invalid_input(text: str) -> None:
    try:
        code = normalise_country(text)
    except InvalidInput:
        return
    assert code == "" or code in M49_REGION
