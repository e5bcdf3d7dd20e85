"""Tests for parsing and normalising single values in core.validation."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.validation import (
    normalise_email,
    normalise_language,
    normalise_phone,
    parse_bool,
    parse_date,
    parse_list,
)


@pytest.mark.parametrize("word", ["yes", "YES", "Yes", "true", "TRUE", "1", " yes "])
def test_parse_bool_true(word: str) -> None:
    assert parse_bool(word) is True


@pytest.mark.parametrize("word", ["no", "No", "false", "False", "0", "", "  "])
def test_parse_bool_false(word: str) -> None:
    assert parse_bool(word) is False


@pytest.mark.parametrize("word", ["y", "oui", "2", "maybe", "=TRUE()"])
def test_parse_bool_refuses_anything_else_and_names_the_field(word: str) -> None:
    with pytest.raises(InvalidInput, match="consent_public"):
        parse_bool(word, field="consent_public")


def test_parse_list_trims_and_drops_empties() -> None:
    assert parse_list(" en ; fr;;  ar ;") == ("en", "fr", "ar")
    assert parse_list("") == ()
    assert parse_list(" ; ; ") == ()
    assert parse_list("deep dive") == ("deep dive",)


@given(st.lists(st.text(alphabet=st.characters(exclude_characters=";")).map(str.strip)))
def test_parse_list_round_trips_joined_items(items: list[str]) -> None:
    kept = [item for item in items if item]
    assert parse_list(";".join(items)) == tuple(kept)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Amina@Example.ORG", "Amina@example.org"),
        ("  someone@ngo.example.net ", "someone@ngo.example.net"),
        ("first.last+tag@mail.co.ke", "first.last+tag@mail.co.ke"),
        ("josé@exämple.org", "josé@exämple.org"),
        ("", ""),
    ],
)
def test_normalise_email_accepts_real_addresses(typed: str, stored: str) -> None:
    assert normalise_email(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "no-at-sign.org",
        "two@@ats.org",
        "a@b@c.org",
        "@example.org",
        "someone@",
        "someone@localhost",
        "some one@example.org",
        "someone@exa mple.org",
        "someone@example..org",
        "someone@-example.org",
        ".someone@example.org",
        "some..one@example.org",
        "someone@exam\nple.org",
        "some\u202eone@example.org",
        "<script>@example.org",
        "a@b.123",
        "x" * 250 + "@example.org",
    ],
)
def test_normalise_email_refuses_broken_addresses(typed: str) -> None:
    with pytest.raises(InvalidInput, match=r"^email: "):
        normalise_email(typed)


def test_error_messages_truncate_hostile_values() -> None:
    hostile = "=HYPERLINK(" + "A" * 5000 + "@evil.example"
    with pytest.raises(InvalidInput) as caught:
        normalise_email(hostile, field="email")
    message = str(caught.value)
    assert "A" * 41 not in message
    assert len(message) < 200


@pytest.mark.parametrize(
    ("typed", "region", "stored"),
    [
        ("+254 712 345678", None, "+254712345678"),
        ("0712 345 678", "KE", "+254712345678"),
        ("0712-345-678", "ke", "+254712345678"),
        ("+41 44 668 18 00", "KE", "+41446681800"),
        ("00 41 44 668 18 00", "CH", "+41446681800"),
        ("(202) 456-1111", "US", "+12024561111"),
        ("", None, ""),
    ],
)
def test_normalise_phone_gives_e164(typed: str, region: str | None, stored: str) -> None:
    assert normalise_phone(typed, region) == stored


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("0712 345 678", None),  # no country code and no default region: never guess
        ("12", "KE"),
        ("+254 12", None),
        ("+999 123 456 789", None),
        ("call me maybe", "KE"),
        ("+1 555 0100 999 999 999", None),
    ],
)
def test_normalise_phone_refuses_impossible_numbers(typed: str, region: str | None) -> None:
    with pytest.raises(InvalidInput, match=r"^phone: "):
        normalise_phone(typed, region)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("fr", "fr"),
        ("FR", "fr"),
        ("fra", "fr"),
        ("fre", "fr"),
        ("fr-CA", "fr"),
        ("pt_BR", "pt"),
        ("French", "fr"),
        ("french", "fr"),
        ("Français", "fr"),
        ("Arabic", "ar"),
        ("العربية", "ar"),
        ("Burmese", "my"),
        ("Swahili", "sw"),
        ("Farsi", "fa"),
        ("Persian", "fa"),
        ("Spanish", "es"),
        ("español", "es"),
        ("", ""),
    ],
)
def test_normalise_language(typed: str, code: str) -> None:
    assert normalise_language(typed) == code


@pytest.mark.parametrize("typed", ["Klingon", "xx", "zzz", "ast"])
def test_normalise_language_refuses_unknown_or_codeless_languages(typed: str) -> None:
    with pytest.raises(InvalidInput, match=r"^languages: "):
        normalise_language(typed)


def test_parse_date_iso_only() -> None:
    assert parse_date("2025-03-31") == date(2025, 3, 31)
    assert parse_date(" 2024-02-29 ") == date(2024, 2, 29)
    assert parse_date("") is None


@pytest.mark.parametrize(
    "typed", ["31/03/2025", "03/31/2025", "2025-3-31", "20250331", "2025-02-29", "2025-13-01",
              "٢٠٢٥-٠٣-٣١", "2025-03-31T10:00", "yesterday"],
)  # fmt: skip
def test_parse_date_refuses_other_forms_with_the_field_name(typed: str) -> None:
    with pytest.raises(InvalidInput, match=r"^consent_date: "):
        parse_date(typed, field="consent_date")


@given(st.dates())
def test_parse_date_round_trips_every_iso_date(day: date) -> None:
    assert parse_date(day.isoformat()) == day


def test_email_ascii_fast_path_agrees_with_the_general_rule() -> None:
    from bizhr_desktop.core.validation import _ASCII_UNFIT, _has_unfit, _label_chars_ok

    for code in range(128):
        text = f"a{chr(code)}b"
        assert (_ASCII_UNFIT.search(text) is not None) == _has_unfit(text), code
        assert _label_chars_ok(text) == all(c.isalnum() or c == "-" for c in text), code
