"""Tests for pseudonym generation in core.pseudonym."""

from __future__ import annotations

import re
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.models import StakeholderGroup, new_id
from bizhr_desktop.core.pseudonym import PSEUDONYM_PREFIXES, make_pseudonym


def test_prefix_says_the_group_only() -> None:
    person_id = new_id()
    assert make_pseudonym(StakeholderGroup.HRD, person_id).startswith("Defender-")
    assert make_pseudonym(StakeholderGroup.BUSINESS, person_id).startswith("Business-")
    assert make_pseudonym(StakeholderGroup.INVESTOR, person_id).startswith("Investor-")
    assert make_pseudonym(StakeholderGroup.CIVIL_SOCIETY, person_id).startswith("CivilSociety-")
    assert set(PSEUDONYM_PREFIXES) == set(StakeholderGroup)


def test_pseudonym_is_deterministic_and_case_insensitive_in_the_id() -> None:
    person_id = new_id()
    first = make_pseudonym(StakeholderGroup.HRD, person_id)
    assert make_pseudonym(StakeholderGroup.HRD, person_id) == first
    assert make_pseudonym(StakeholderGroup.HRD, person_id.upper()) == first
    assert re.fullmatch(r"Defender-[0-9A-F]{4}", first)


def test_known_value_pins_the_derivation() -> None:
    # Changing the derivation would rename every generated pseudonym in every future export.
    person_id = "6f1c5b43-3b8e-4c8e-9a43-2f0c2d9d1a77"
    assert make_pseudonym(StakeholderGroup.HRD, person_id) == "Defender-5ACE"
    assert make_pseudonym(StakeholderGroup.HRD, person_id, length=6) == "Defender-5ACEE5"
    assert make_pseudonym(StakeholderGroup.INVESTOR, person_id) == "Investor-5ACE"


def test_length_is_bounded() -> None:
    with pytest.raises(ValueError):
        make_pseudonym(StakeholderGroup.HRD, new_id(), length=3)
    with pytest.raises(ValueError):
        make_pseudonym(StakeholderGroup.HRD, new_id(), length=7)
    assert len(make_pseudonym(StakeholderGroup.HRD, new_id(), length=6)) == len("Defender-") + 6


def test_only_uuids_make_pseudonyms() -> None:
    # Hashing a name would let anyone with a list of names recompute the pseudonyms.
    with pytest.raises(InvalidInput):
        make_pseudonym(StakeholderGroup.HRD, "Aung San Suu Kyi")


@given(st.uuids(version=4), st.uuids(version=4))
def test_different_ids_rarely_share_a_six_digit_label(first: uuid.UUID, second: uuid.UUID) -> None:
    if first != second:
        left = make_pseudonym(StakeholderGroup.HRD, str(first), length=6)
        right = make_pseudonym(StakeholderGroup.HRD, str(second), length=6)
        # 1 in 16.7 million; Hypothesis would need astronomically many runs to hit it.
        assert left != right


def test_pseudonyms_spread_over_the_hex_space() -> None:
    labels = {make_pseudonym(StakeholderGroup.HRD, new_id()) for _ in range(500)}
    assert len(labels) > 490  # 4 hex digits: ~2 expected collisions in 500
