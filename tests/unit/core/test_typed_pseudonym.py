"""Tests for core.typed_pseudonym: typed pseudonyms that give the person away (issue 15)."""

from __future__ import annotations

import uuid

import pytest
from anyascii import anyascii
from hypothesis import given
from hypothesis import strategies as st

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.core.pseudonym import make_pseudonym
from bizhr_desktop.core.text import fold
from bizhr_desktop.core.typed_pseudonym import (
    NAME_PARTICLES,
    PseudonymRisk,
    PseudonymRiskKind,
    pseudonym_risks,
    typed_pseudonym_risks,
)

Kind = PseudonymRiskKind


def person(full_name: str, **values: str) -> Person:
    return Person(
        id=new_id(),
        full_name=full_name,
        stakeholder_group=StakeholderGroup.HRD,
        risk_level=RiskLevel.HIGH,
        **values,  # type: ignore[arg-type]
    )


def found(pseudonym: str, full_name: str, **values: str) -> set[tuple[Kind, str]]:
    risks = typed_pseudonym_risks(pseudonym, person(full_name, **values))
    return {(risk.kind, risk.part) for risk in risks}


# ------------------------------------------------------------------ the four field cases


def test_her_arabic_name_in_latin_letters() -> None:
    assert found("Laila Hassan", "ليلى حسن", country="SD") == {
        (Kind.TRANSLITERATION, "Laila Hassan")
    }
    # Other spellings of the same name are the same name.
    assert found("Leila Hasan", "ليلى حسن") == {(Kind.TRANSLITERATION, "Leila Hasan")}
    assert found("Hassan", "ليلى حسن") == {(Kind.TRANSLITERATION, "Hassan")}


def test_a_two_letter_part_of_the_name() -> None:
    assert found("Ko", "Aung Ko", country="MM") == {(Kind.NAME_PART, "Ko")}
    assert found("Brother Ko-7", "Aung Ko") == {(Kind.NAME_PART, "Ko")}


def test_initials_in_either_order_with_or_without_dots() -> None:
    for typed in ("AG", "A.G.", "G.A.", "G. A.", "Defender AG"):
        expected = typed.removeprefix("Defender ")
        assert found(typed, "Grace Achieng") == {(Kind.INITIALS, expected)}, typed


def test_city_and_work() -> None:
    risks = found(
        "Kampala land lawyer",
        "Samuel Okello",
        country="UG",
        organisation="Uganda Land Alliance",
        role="Land rights lawyer",
    )
    assert risks == {
        (Kind.PLACE, "Kampala"),
        (Kind.ORGANISATION, "land"),
        (Kind.ROLE, "land lawyer"),
    }
    # Kampala is one of Uganda's places (ISO 3166-2) even with no other field filled in.
    assert found("Kampala land lawyer", "Samuel Okello", country="UG") == {(Kind.PLACE, "Kampala")}


# ------------------------------------------------------------------ no warning


@pytest.mark.parametrize(
    "typed",
    ["Defender-7F3A", "defender-7f3a", "CivilSociety-A1B2C3", "Heron", "Blue Heron 12", ""],
)
def test_generated_looking_or_unrelated_pseudonyms_say_nothing(typed: str) -> None:
    record = person(
        "Grace Achieng",
        country="KE",
        organisation="Kenya Land Network",
        role="Human rights defender",
    )
    assert typed_pseudonym_risks(typed, record) == ()


def test_no_absurd_matches() -> None:
    assert found("Kofi", "Aung Ko") == set()  # a name part inside a longer word
    assert found("K", "Kwame Ko") == set()  # a single letter
    assert found("No Fear", "Omar Nasser") == set()  # a word, not initials
    assert found("La Voix", "Maria de la Cruz") == set()  # a particle of the name
    assert found("Sun", "ليلى حسن") == set()  # too few consonants in common
    assert found("Leila", "ليلى حسن") == set()  # one short skeleton alone is anyone
    assert found("Northern Star", "Samuel Okello", country="UG") == set()
    assert found("Jordan", "Samuel Okello", country="UG") == set()  # another country's name


# ------------------------------------------------------------------ the other kinds


def test_the_whole_name_and_a_name_in_any_script() -> None:
    assert found("Grace Achieng", "Grace Achieng") == {(Kind.FULL_NAME, "Grace Achieng")}
    assert found("achieng", "Grace ACHIENG") == {(Kind.NAME_PART, "achieng")}
    assert found("José-Lawyer", "Jose Perez") == {(Kind.NAME_PART, "José")}
    assert found("حسن", "ليلى الحسن") == {(Kind.NAME_PART, "حسن")}
    assert found("GraceVoice", "Grace Achieng") == {(Kind.NAME_PART, "Grace")}
    assert found("小明", "王小明") == {(Kind.NAME_PART, "小明")}


def test_names_in_latin_letters_from_other_scripts() -> None:
    assert found("Oleg", "Олег Петров") == {(Kind.TRANSLITERATION, "Oleg")}
    assert found("Mohammed", "محمد علي") == {(Kind.TRANSLITERATION, "Mohammed")}
    assert found("Fatima", "فاطمة الزهراء") == {(Kind.TRANSLITERATION, "Fatima")}
    assert found("Zahra", "فاطمة الزهراء") == {(Kind.TRANSLITERATION, "Zahra")}
    assert found("Xiaoming", "王小明") == {(Kind.TRANSLITERATION, "Xiaoming")}


def test_the_organisation_whole_by_word_or_acronym() -> None:
    organisation = "Friends of the Earth Uganda"
    assert (Kind.ORGANISATION, "Friends of the Earth") in found(
        "Friends of the Earth", "Samuel Okello", organisation=organisation
    )
    assert found("ULA friend", "Samuel Okello", organisation="Uganda Land Alliance") == {
        (Kind.ORGANISATION, "ULA")
    }
    assert found("Sister of Lawyers", "Amal", organisation="Sudan Lawyers Group") == {
        (Kind.ORGANISATION, "Lawyers")
    }


def test_their_country_in_any_language_the_window_knows_and_its_people() -> None:
    for typed in ("Uganda", "Ouganda", "أوغندا", "Ugandan voice", "Voix ougandaise"):
        risks = found(typed, "Samuel Okello", country="UG")
        assert {kind for kind, _ in risks} == {Kind.PLACE}, typed
    # The editor holds the country as it is shown, in the window's language.
    assert found("Nairobi", "Grace Achieng", country="كينيا") == {(Kind.PLACE, "Nairobi")}
    assert found("Congo", "A B", country="CD") == {(Kind.PLACE, "Congo")}
    assert found("Pero", "A B", country="PE") == set()  # Spanish "but", not a Peruvian
    # A country this program does not know is still compared word by word.
    assert found("Narnia", "A B", country="Narnia") == {(Kind.PLACE, "Narnia")}


def test_risks_are_data_in_a_stable_order() -> None:
    risks = pseudonym_risks(
        "AG Kampala Grace",
        full_name="Grace Achieng",
        country="UG",
    )
    assert risks == (
        PseudonymRisk(Kind.NAME_PART, "Grace"),
        PseudonymRisk(Kind.INITIALS, "AG"),
        PseudonymRisk(Kind.PLACE, "Kampala"),
    )


# ------------------------------------------------------------------ properties

LETTERS = "abcdefghijklmnopqrstuvwxyzéñçABCDEFGHIJKLMNOPQRSTUVWXYZابتثجحخدذرزسشصضطظعغفقكلمنهوي"
name_parts = st.text(alphabet=LETTERS, min_size=2, max_size=12).filter(
    lambda part: fold(part) not in NAME_PARTICLES and len(fold(part)) >= 2
)
fillers = st.sampled_from(["", "Blue", "Owl", "7", "Heron-9", "the"])


@given(st.lists(name_parts, min_size=1, max_size=4), st.data(), fillers, fillers)
def test_any_part_of_the_name_typed_into_a_pseudonym_is_caught(
    parts: list[str], data: st.DataObject, before: str, after: str
) -> None:
    part = data.draw(st.sampled_from(parts))
    typed = " ".join(word for word in (before, part, after) if word)
    risks = pseudonym_risks(typed, full_name=" ".join(parts))
    assert any(
        risk.kind in (Kind.NAME_PART, Kind.FULL_NAME) and fold(part) in fold(risk.part)
        for risk in risks
    ), (typed, risks)


CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ"


@given(st.text(alphabet=CYRILLIC, min_size=2, max_size=10), fillers)
def test_any_name_in_latin_letters_is_caught(part: str, filler: str) -> None:
    latin = anyascii(part)
    typed = f"{filler} {latin}".strip()
    risks = pseudonym_risks(typed, full_name=f"{part} Иванов")
    assert any(
        risk.kind is Kind.TRANSLITERATION and fold(latin) in fold(risk.part) for risk in risks
    ), (typed, risks)


@given(
    st.uuids(version=4),
    st.sampled_from(list(StakeholderGroup)),
    st.integers(min_value=4, max_value=6),
    name_parts,
)
def test_generated_labels_never_warn(
    person_id: uuid.UUID, group: StakeholderGroup, length: int, name: str
) -> None:
    label = make_pseudonym(group, str(person_id), length=length)
    assert pseudonym_risks(label, full_name=name, role="Human rights defender", country="UG") == ()
