"""Parse and normalise single values typed by a person or read from an import file."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import Any, Final

import phonenumbers
import pycountry

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.text import excerpt, fold

# Every message names the field and quotes at most an excerpt of the value: an import file
# may hold a 30 000-character cell or control characters meant to garble a report.

_TRUE: Final = frozenset({"yes", "true", "1"})
_FALSE: Final = frozenset({"no", "false", "0", ""})

_MAX_EMAIL: Final = 254  # RFC 5321 path limit
_MAX_LOCAL_PART: Final = 64
_MAX_LABEL: Final = 63
# Characters that are legal only inside a quoted local part, which no real participant
# uses and which spreadsheet and vCard tools mangle: refuse them.
_EMAIL_FORBIDDEN: Final = frozenset('<>()[]\\,;:"')

# In ASCII, "a space or not printable" is exactly everything outside ! .. ~ (the general
# rule below, which non-ASCII addresses still go through, gives the same answer there).
_ASCII_UNFIT: Final = re.compile(r"[^\x21-\x7e]")
_DOMAIN_LABEL_ASCII: Final = re.compile(r"[A-Za-z0-9-]*")

_ISO_DATE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only

# pycountry knows languages by their English names; people also write them in their own.
_LANGUAGE_ALIASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "farsi": "fa",
        "francais": "fr",
        "espanol": "es",
        "castellano": "es",
        "castilian": "es",
        "portugues": "pt",
        "kiswahili": "sw",
        "العربية": "ar",
        "عربي": "ar",
        "فارسی": "fa",
        "русский": "ru",
        "中文": "zh",
        "mandarin": "zh",
        "မြန်မာ": "my",
        "deutsch": "de",
        "bahasa indonesia": "id",
        "bahasa melayu": "ms",
    }
)


def parse_bool(value: str, *, field: str = "value") -> bool:
    """yes/no, true/false or 1/0 in any case; empty means no."""
    word = value.strip().casefold()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise InvalidInput(
        "{field}: “{value}” is not yes or no (write yes/no, true/false or 1/0).",
        field=field,
        value=excerpt(value.strip()),
    )


def parse_list(value: str) -> tuple[str, ...]:
    """A ';'-separated list, each item trimmed and empty items dropped."""
    return tuple(item for item in (part.strip() for part in value.split(";")) if item)


def _has_unfit(text: str) -> bool:
    return any(char.isspace() or not char.isprintable() for char in text)


def _label_chars_ok(label: str) -> bool:
    if label.isascii():
        return _DOMAIN_LABEL_ASCII.fullmatch(label) is not None
    return all(char.isalnum() or char == "-" for char in label)


def normalise_email(value: str, *, field: str = "email") -> str:
    """A plausible address with its domain in lower case; "" for an empty value."""
    text = value.strip()
    if not text:
        return ""
    if len(text) > _MAX_EMAIL:
        raise InvalidInput(
            "{field}: “{value}” is longer than {limit} characters.",
            field=field,
            value=excerpt(text.strip()),
            limit=_MAX_EMAIL,
        )
    if _ASCII_UNFIT.search(text) if text.isascii() else _has_unfit(text):
        raise InvalidInput(
            "{field}: “{value}” contains spaces or invisible characters.",
            field=field,
            value=excerpt(text.strip()),
        )
    if text.count("@") != 1:
        raise InvalidInput(
            "{field}: “{value}” must contain exactly one @.",
            field=field,
            value=excerpt(text.strip()),
        )
    local, domain = text.split("@")
    if not local or len(local) > _MAX_LOCAL_PART:
        raise InvalidInput(
            "{field}: “{value}” has no name (or too long a name) before the @.",
            field=field,
            value=excerpt(text.strip()),
        )
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise InvalidInput(
            "{field}: “{value}” has a misplaced dot before the @.",
            field=field,
            value=excerpt(text.strip()),
        )
    if any(char in _EMAIL_FORBIDDEN for char in local):
        raise InvalidInput(
            "{field}: “{value}” contains characters an address cannot hold.",
            field=field,
            value=excerpt(text.strip()),
        )
    domain = domain.lower()
    labels = domain.split(".")
    if len(labels) < 2:
        raise InvalidInput(
            "{field}: “{value}” needs a domain with a dot after the @ (such as example.org).",
            field=field,
            value=excerpt(text.strip()),
        )
    for label in labels:
        if (
            not label
            or len(label) > _MAX_LABEL
            or label.startswith("-")
            or label.endswith("-")
            or not _label_chars_ok(label)
        ):
            raise InvalidInput(
                "{field}: “{value}” has a domain that is not valid after the @.",
                field=field,
                value=excerpt(text.strip()),
            )
    if labels[-1].isdigit():
        raise InvalidInput(
            "{field}: “{value}” has a domain that is not valid after the @.",
            field=field,
            value=excerpt(text.strip()),
        )
    # The local part is kept as typed: some mail systems treat it case-sensitively.
    return f"{local}@{domain}"


def normalise_phone(value: str, default_region: str | None, *, field: str = "phone") -> str:
    """The number in E.164 ("+254712345678"); "" for an empty value.

    ``default_region`` (ISO alpha-2, usually the person's country) reads numbers written
    without their country code; without it such numbers are refused rather than guessed.
    """
    text = value.strip()
    if not text:
        return ""
    region = default_region.strip().upper() if default_region else None
    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        if region is None and not text.startswith(("+", "00")):
            raise InvalidInput(
                "{field}: “{value}” has no country code: write it with + and the country code.",
                field=field,
                value=excerpt(text.strip()),
            ) from None
        raise InvalidInput(
            "{field}: “{value}” is not a phone number.", field=field, value=excerpt(text.strip())
        ) from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise InvalidInput(
            "{field}: “{value}” is not a valid phone number for its country.",
            field=field,
            value=excerpt(text.strip()),
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


@functools.cache
def _language_names() -> Mapping[str, str]:
    names: dict[str, str] = {}
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if not code:
            continue
        for attribute in ("name", "common_name", "inverted_name"):
            name = getattr(language, attribute, None)
            if name:
                names.setdefault(fold(name), code)
                # "Swahili (macrolanguage)", "Nepali (macrolanguage)" are written without it.
                names.setdefault(fold(name.split(" (")[0]), code)
    for alias, code in _LANGUAGE_ALIASES.items():
        names[fold(alias)] = code
    return names


def _alpha_2(language: Any) -> str | None:
    code = getattr(language, "alpha_2", None) if language is not None else None
    return str(code) if code else None


def normalise_language(value: str, *, field: str = "languages") -> str:
    """The ISO 639-1 code of a language code ("fr", "fra", "fr-CA") or name ("French")."""
    text = value.strip()
    if not text:
        return ""
    # A locale tag ("pt-BR", "fr_CA") names the language first.
    primary = re.split(r"[-_]", text, maxsplit=1)[0].lower()
    if primary.isascii() and primary.isalpha():
        if len(primary) == 2:
            code = _alpha_2(pycountry.languages.get(alpha_2=primary))
            if code:
                return code
        elif len(primary) == 3:
            language = pycountry.languages.get(alpha_3=primary) or pycountry.languages.get(
                bibliographic=primary
            )
            if language is not None:
                code = _alpha_2(language)
                if code:
                    return code
                raise InvalidInput(
                    "{field}: “{value}” is a language without a two-letter ISO 639-1 code.",
                    field=field,
                    value=excerpt(text.strip()),
                )
    code = _language_names().get(fold(text))
    if code:
        return code
    raise InvalidInput(
        "{field}: “{value}” is not a language we know: "
        "use a two-letter code (such as fr) or its name.",
        field=field,
        value=excerpt(text.strip()),
    )


def parse_date(value: str, *, field: str = "date") -> date | None:
    """An ISO date (yyyy-mm-dd); None for an empty value.

    Only ISO is accepted: 03/04/2025 is March in one country and April in the next, and a
    wrong consent date silently changes when consent must be renewed.
    """
    text = value.strip()
    if not text:
        return None
    if not _ISO_DATE.fullmatch(text):
        raise InvalidInput(
            "{field}: “{value}” is not a date written yyyy-mm-dd (such as 2025-03-31).",
            field=field,
            value=excerpt(text.strip()),
        )
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            "{field}: “{value}” is not a day of the calendar.",
            field=field,
            value=excerpt(text.strip()),
        ) from None
