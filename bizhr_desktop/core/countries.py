"""Countries: normalise what people type to ISO 3166-1 alpha-2, name them, generalise them."""

from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import pycountry

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.m49 import M49_REGION
from bizhr_desktop.core.text import excerpt, fold

# Names people actually write that the ISO lists do not carry (old names, short forms,
# exonyms). Keys are in the form produced by _key().
_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "burma": "MM",
        "ivory coast": "CI",
        "uk": "GB",
        "u k": "GB",
        "great britain": "GB",
        "britain": "GB",
        "england": "GB",
        "scotland": "GB",
        "wales": "GB",
        "northern ireland": "GB",
        "usa": "US",
        "u s a": "US",
        "u s": "US",
        "united states": "US",
        "russia": "RU",
        "turkey": "TR",
        "swaziland": "SZ",
        "macedonia": "MK",
        "palestine": "PS",
        "occupied palestinian territory": "PS",
        "cape verde": "CV",
        "east timor": "TL",
        "vatican": "VA",
        "vatican city": "VA",
        "holy see": "VA",
        "micronesia": "FM",
        "brunei": "BN",
        "drc": "CD",
        "dr congo": "CD",
        "d r congo": "CD",
        "congo kinshasa": "CD",
        "democratic republic of congo": "CD",
        "democratic republic of the congo": "CD",
        "republic of congo": "CG",
        "republic of the congo": "CG",
        "congo brazzaville": "CG",
        "south korea": "KR",
        "north korea": "KP",
        "dprk": "KP",
        "laos": "LA",
        "lao pdr": "LA",
        "syria": "SY",
        "iran": "IR",
        "persia": "IR",
        "vietnam": "VN",
        "viet nam": "VN",
        "czechia": "CZ",
        "czech republic": "CZ",
        "holland": "NL",
        "the netherlands": "NL",
        "uae": "AE",
        "emirates": "AE",
        "kyrgyzstan": "KG",
        "moldova": "MD",
        "tanzania": "TZ",
        "bolivia": "BO",
        "venezuela": "VE",
        "taiwan": "TW",
        "hong kong": "HK",
        "macau": "MO",
        "falklands": "FK",
        "falkland islands": "FK",
        "british virgin islands": "VG",
        "us virgin islands": "VI",
        "st lucia": "LC",
        "st kitts and nevis": "KN",
        "st vincent and the grenadines": "VC",
        "sao tome": "ST",
        "gambia": "GM",
        "the gambia": "GM",
        "bahamas": "BS",
        "the bahamas": "BS",
    }
)

# Display names where the ISO short name reads like an index entry ("Congo, The Democratic
# Republic of the"): the list goes to people, not to a filing cabinet.
_DISPLAY_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "BQ": "Bonaire, Sint Eustatius and Saba",
        "CD": "Democratic Republic of the Congo",
        "CG": "Republic of the Congo",
        "FK": "Falkland Islands",
        "FM": "Micronesia",
        "PS": "Palestine",
        "VA": "Holy See",
        "VG": "British Virgin Islands",
        "VI": "U.S. Virgin Islands",
    }
)

# Names that stand for two countries: guessing would file a defender under the wrong one.
_AMBIGUOUS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "congo": "the Republic of the Congo (CG) or the Democratic Republic of the Congo (CD)",
        "korea": "South Korea (KR) or North Korea (KP)",
    }
)

# Neither letters, digits, white space nor combining marks (Myanmar's vowel signs tell
# "ဂါနာ" from "ဂီနီ"); Arabic's short-vowel marks are dropped first, as most people type
# names without them.
_NOT_LETTERS: Final = re.compile(r"[^\w\s\u0300-\u036f\u0900-\u0dff\u1000-\u109f\uaa60-\uaa7f]")
_ARABIC_MARKS: Final = re.compile(r"[\u064b-\u065f\u0670\u06d6-\u06ed]")


def _key(value: str) -> str:
    """Folded, punctuation-free form: "Côte d'Ivoire" and "cote divoire" meet here."""
    folded = _ARABIC_MARKS.sub("", fold(value).replace("'", "").replace("’", ""))
    key = " ".join(_NOT_LETTERS.sub(" ", folded).split())
    return key.removeprefix("the ") if key.startswith("the ") and len(key) > 4 else key


@functools.cache
def _names() -> Mapping[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                names[_key(name)] = country.alpha_2
                # "Korea, Republic of" is also written "Republic of Korea".
                if ", " in name:
                    head, _, tail = name.partition(", ")
                    names.setdefault(_key(f"{tail} {head}"), country.alpha_2)
    names.update(_ALIASES)
    # The names the window shows in its other languages are read back too (an editor shows
    # "كينيا" and saves it again); English wins, and a key naming two countries is left out.
    local: dict[str, set[str]] = {}
    for language in NAMED_LANGUAGES:
        for country in pycountry.countries:
            name = country_name(country.alpha_2, language)
            forms = [name]
            for comma in (", ", "، "):  # "كوريا، جمهوريّة" is also written "جمهوريّة كوريا"
                if comma in name:
                    head, _, tail = name.partition(comma)
                    forms.append(f"{tail} {head}")
            for form in forms:
                local.setdefault(_key(form), set()).add(country.alpha_2)
    for key, codes in local.items():
        if key and len(codes) == 1:
            names.setdefault(key, next(iter(codes)))
    return names


def normalise_country(value: str) -> str:
    """The ISO 3166-1 alpha-2 code for a code, name or common alias; "" for an empty value."""
    text = value.strip()
    if not text:
        return ""
    key = _key(text)
    # Aliases first: "UK" looks like an alpha-2 code but is not the ISO one.
    if key in _ALIASES:
        return _ALIASES[key]
    if key in _AMBIGUOUS:
        raise InvalidInput(
            "Country “{excerpt}” could be {countries}: say which.",
            excerpt=excerpt(text),
            countries=_AMBIGUOUS[key],
        )
    upper = text.upper()
    if len(upper) == 2 and upper.isascii() and upper.isalpha():
        country = pycountry.countries.get(alpha_2=upper)
        if country is not None:
            return str(country.alpha_2)
    if len(upper) == 3 and upper.isascii() and upper.isalpha():
        country = pycountry.countries.get(alpha_3=upper)
        if country is not None:
            return str(country.alpha_2)
    code = _names().get(key)
    if code is not None:
        return code
    raise InvalidInput(
        "Country “{excerpt}” is not one we know: use its English name "
        "(such as “Kenya”) or its two-letter code (such as “KE”).",
        excerpt=excerpt(text),
    )


def _country(code: str) -> Any:
    country = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else None
    if country is None:
        raise InvalidInput(
            "“{excerpt}” is not a two-letter ISO 3166-1 country code.", excerpt=excerpt(code)
        )
    return country


# The window's languages other than English whose country names come from pycountry's
# ISO 3166-1 catalogues (shipped inside the package, read offline).
NAMED_LANGUAGES: Final = ("fr", "es", "ar", "my")


@functools.cache
def iso_catalogue(domain: str, language: str) -> gettext.NullTranslations:
    """pycountry's translations of one ISO list ("iso3166-1" countries, "iso3166-2" their
    subdivisions) into *language*; no translation where it has none."""
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


@functools.lru_cache(maxsize=4096)  # 249 codes x the languages, looked up once per row
def country_name(code: str, language: str = "en") -> str:
    """The short name for an alpha-2 code ("MM" -> "Myanmar", in French "Birmanie"); the
    English name where the catalogue of *language* has none; "" for ""."""
    if not code:
        return ""
    country = _country(code)
    upper = code.upper()
    english = _DISPLAY_NAMES.get(upper) or str(
        getattr(country, "common_name", None) or country.name
    )
    if language not in NAMED_LANGUAGES:
        return english
    catalogue = iso_catalogue("iso3166-1", language)
    for source in (getattr(country, "common_name", None), country.name):
        if source and (translated := catalogue.gettext(source)) != source:
            return translated
    return english


def country_search_text(code: str) -> str:
    """What the search index holds for a country: its name, or the code itself when it is
    one this program does not know (written by another component)."""
    try:
        return country_name(code) if code else ""
    except Exception:
        return code


def region_of(code: str) -> str:
    """The UN M49 region a country is generalised to ("SD" -> "Northern Africa"); "" for ""."""
    if not code:
        return ""
    _country(code)
    return M49_REGION[code.upper()]
