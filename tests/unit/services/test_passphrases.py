"""One passphrase-strength estimator for the whole product."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizhr_desktop.core.errors import WeakPassphrase
from bizhr_desktop.formats import age_io
from bizhr_desktop.services import passphrases, vaults
from bizhr_desktop.vault.keys import KdfParams


@pytest.mark.parametrize("weak", ["a a a a a a a", "the the the the", "aaaaaaaaaaaaaaaa",
                                  "password password password"])  # fmt: skip
def test_repetition_is_never_strong(weak: str) -> None:
    strength = passphrases.assess(weak)
    assert not strength.acceptable and strength.score <= 1
    assert not age_io.passphrase_strength(weak)[0]


def test_a_weak_vault_passphrase_is_refused(vault_path: Path, fast_kdf: KdfParams) -> None:
    with pytest.raises(WeakPassphrase):
        vaults.create(vault_path, bytearray(b"the the the the"), kdf=fast_kdf)
    assert not vault_path.exists()


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=12, max_size=60))
def test_vault_and_bundle_agree_on_the_bits(text: str) -> None:
    """One estimator: the vault rating never calls strong what the bundle check finds weak."""
    strength = passphrases.assess(text)
    bits = age_io.estimated_bits(text)
    if strength.bits:  # the vault check may be stricter (a very common word), never looser
        assert strength.bits <= bits
    if strength.score >= 3:
        assert age_io.passphrase_strength(text)[0]
