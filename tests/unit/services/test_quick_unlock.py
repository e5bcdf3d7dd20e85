"""Quick unlock: a PIN reopens a vault that locked itself, in memory only, three tries."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import InvalidInput, WrongSecret
from bizhr_desktop.services import quick_unlock, vaults
from bizhr_desktop.services.quick_unlock import QuickUnlock, QuickUnlockGone, WrongPin
from bizhr_desktop.services.vaults import KdfParams

FAST_PIN_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
KEY = bytearray(range(32))


@pytest.fixture
def quick() -> QuickUnlock:
    return QuickUnlock(kdf=FAST_PIN_KDF)


def armed(quick: QuickUnlock, path: Path, pin: str = "2468") -> QuickUnlock:
    quick.hold(path, KEY)
    quick.set_pin(pin)
    quick.locked(allow_pin=True)
    return quick


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "1 234", "١٢٣"])
def test_a_pin_is_four_to_eight_ascii_digits(quick: QuickUnlock, tmp_path: Path, pin: str) -> None:
    quick.hold(tmp_path / "v", KEY)
    with pytest.raises(InvalidInput):
        quick.set_pin(pin)
    assert not quick.pin_set


def test_digits_of_any_script_count_as_digits(quick: QuickUnlock, tmp_path: Path) -> None:
    path = tmp_path / "v"
    armed(quick, path, "١٢٣٤")  # typed on an Arabic keyboard
    assert quick.open("1234") == KEY


def test_no_pin_without_a_held_key(quick: QuickUnlock) -> None:
    with pytest.raises(InvalidInput):
        quick.set_pin("1234")


def test_right_pin_gives_back_the_key_after_an_automatic_lock(
    quick: QuickUnlock, tmp_path: Path
) -> None:
    path = tmp_path / "v"
    armed(quick, path)
    assert not quick.holding, "the bare key is wiped at lock time"
    assert quick.available_for(path)
    assert not quick.available_for(tmp_path / "other")
    assert quick.open("2468") == KEY


def test_three_wrong_pins_wipe_everything(quick: QuickUnlock, tmp_path: Path) -> None:
    path = tmp_path / "v"
    armed(quick, path)
    with pytest.raises(WrongPin) as first:
        quick.open("0000")
    assert first.value.tries_left == 2
    with pytest.raises(WrongPin) as second:
        quick.open("abcd")  # not even a PIN: still a try
    assert second.value.tries_left == 1
    with pytest.raises(QuickUnlockGone):
        quick.open("1111")
    assert not quick.available_for(path)
    with pytest.raises(QuickUnlockGone):
        quick.open("2468"), "even the right PIN is useless now"


def test_a_right_pin_resets_the_count(quick: QuickUnlock, tmp_path: Path) -> None:
    path = tmp_path / "v"
    armed(quick, path)
    with pytest.raises(WrongPin):
        quick.open("0000")
    assert quick.open("2468") == KEY
    quick.hold(path, KEY)
    quick.locked(allow_pin=True)
    assert quick.tries_left == 3


def test_manual_lock_or_forget_never_allows_the_pin(quick: QuickUnlock, tmp_path: Path) -> None:
    path = tmp_path / "v"
    quick.hold(path, KEY)
    quick.set_pin("2468")
    quick.locked(allow_pin=False)
    assert not quick.available_for(path)
    assert not quick.pin_set
    armed(quick, path)
    quick.forget()
    assert not quick.available_for(path)
    with pytest.raises(QuickUnlockGone):
        quick.open("2468")


def test_nothing_is_offered_without_a_pin(quick: QuickUnlock, tmp_path: Path) -> None:
    path = tmp_path / "v"
    quick.hold(path, KEY)
    quick.locked(allow_pin=True)
    assert not quick.available_for(path)


def test_the_key_is_not_kept_in_the_clear_once_locked(quick: QuickUnlock, tmp_path: Path) -> None:
    marker = bytearray(b"QUICKUNLOCKCANARY-0123456789abcd")
    quick.hold(tmp_path / "v", marker)
    held = quick._held
    quick.set_pin("97531")
    quick.locked(allow_pin=True)
    assert held == bytearray(len(marker)), "the held copy was wiped in place"
    gc.collect()
    assert quick._sealed is not None and bytes(marker) not in quick._sealed.box.ciphertext


def test_reopens_a_real_vault_with_the_kept_key(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams, quick: QuickUnlock
) -> None:
    created = vaults.create(vault_path, bytearray(passphrase), kdf=fast_kdf)
    session = vaults.VaultSession(created.vault)
    kept = quick_unlock.derive_for_session(session, bytearray(passphrase))
    with pytest.raises(WrongSecret):
        quick_unlock.derive_for_session(session, bytearray(b"another passphrase entirely"))
    quick.hold(vault_path, kept)
    quick.set_pin("1357")
    session.lock()
    quick.locked(allow_pin=True)
    key = quick.open("1357")
    reopened = quick_unlock.reopen(vault_path, key)
    try:
        assert reopened.is_open
        assert reopened.vault.audit.events()[0].kind == "unlock.ok"
    finally:
        reopened.lock()
