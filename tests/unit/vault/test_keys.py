"""The key header: slots, wrapping, recovery codes and damage detection."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bizhr_desktop.core.errors import InvalidInput, KeyHeaderDamaged, WrongSecret
from bizhr_desktop.vault import keys
from tests.conftest import FAST_KDF


def _header_with(*kinds: keys.SlotKind) -> tuple[keys.KeyHeader, keys.UnlockedKeys, bytearray]:
    header, unlocked = keys.new_header(FAST_KDF)
    recovery, _ = keys.new_recovery_code()
    for kind in kinds:
        keys.seal_slot(
            header,
            unlocked,
            unlocked.directory.free_slot(),
            kind,
            passphrase=bytearray(b"pass phrase")
            if kind != keys.SlotKind.DURESS
            else bytearray(b"duress phrase"),
            keyring_secret=bytearray(32),
            recovery=recovery,
            duress_mode=keys.DuressMode.DECOY,
        )
    return header, unlocked, recovery


def test_header_has_one_size_whatever_the_methods() -> None:
    plain, _, _ = _header_with(keys.SlotKind.PASSPHRASE, keys.SlotKind.RECOVERY)
    with_duress, _, _ = _header_with(
        keys.SlotKind.PASSPHRASE, keys.SlotKind.RECOVERY, keys.SlotKind.DURESS
    )
    assert len(plain.serialise()) == len(with_duress.serialise()) == keys.HEADER_LEN


def test_passphrase_opens_and_yields_the_data_key() -> None:
    header, unlocked, _ = _header_with(keys.SlotKind.PASSPHRASE)
    parsed = keys.KeyHeader.parse(header.serialise())
    opened = keys.unlock(parsed, keys.Secret(passphrase=bytearray(b"pass phrase")))
    assert opened.data_key.same_as(unlocked.data_key)
    assert opened.slot_kind == keys.SlotKind.PASSPHRASE


def test_wrong_passphrase_is_wrong_secret() -> None:
    header, _, _ = _header_with(keys.SlotKind.PASSPHRASE)
    with pytest.raises(WrongSecret):
        keys.unlock(header, keys.Secret(passphrase=bytearray(b"pass phrasE")))


def test_keyring_slot_needs_both_secrets() -> None:
    header, _, _ = _header_with(keys.SlotKind.KEYRING_PASSPHRASE)
    good = keys.Secret(passphrase=bytearray(b"pass phrase"), keyring_secret=bytearray(32))
    assert keys.unlock(header, good).slot_kind == keys.SlotKind.KEYRING_PASSPHRASE
    with pytest.raises(WrongSecret):  # the passphrase alone opens nothing
        keys.unlock(header, keys.Secret(passphrase=bytearray(b"pass phrase")))
    with pytest.raises(WrongSecret):  # nor the keyring secret alone
        keys.unlock(header, keys.Secret(keyring_secret=bytearray(32)))
    other_keyring = keys.Secret(
        passphrase=bytearray(b"pass phrase"), keyring_secret=bytearray(b"\1" * 32)
    )
    with pytest.raises(WrongSecret):
        keys.unlock(header, other_keyring)


def test_recovery_code_opens_and_forgives_typing() -> None:
    header, unlocked, raw = _header_with(keys.SlotKind.PASSPHRASE, keys.SlotKind.RECOVERY)
    code = keys.format_recovery_code(bytes(raw))
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    opened = keys.unlock(header, keys.Secret(recovery_code=keys.parse_recovery_code(typed)))
    assert opened.data_key.same_as(unlocked.data_key)


@given(st.binary(min_size=keys.RECOVERY_BYTES, max_size=keys.RECOVERY_BYTES))
def test_recovery_code_round_trip(raw: bytes) -> None:
    code = keys.format_recovery_code(raw)
    assert len(code.split("-")) == 8
    assert bytes(keys.parse_recovery_code(code)) == raw


def test_malformed_recovery_code_is_wrong_secret() -> None:
    with pytest.raises(WrongSecret, match="32 letters"):
        keys.parse_recovery_code("not a code")


def test_duress_passphrase_is_recognised_without_the_header_key() -> None:
    header, _, _ = _header_with(keys.SlotKind.PASSPHRASE, keys.SlotKind.DURESS)
    with pytest.raises(keys.DuressTriggered) as raised:
        keys.unlock(header, keys.Secret(passphrase=bytearray(b"duress phrase")))
    assert raised.value.mode == keys.DuressMode.DECOY


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=keys.HEADER_LEN * 8 - 1))
def test_any_flipped_bit_is_detected_as_damage(bit: int) -> None:
    header, _, _ = _header_with(keys.SlotKind.PASSPHRASE)
    data = bytearray(header.serialise())
    data[bit // 8] ^= 1 << (bit % 8)
    with pytest.raises(KeyHeaderDamaged):
        keys.KeyHeader.parse(bytes(data))


@pytest.mark.parametrize(
    "mangle",
    [lambda d: d[:100], lambda d: b"", lambda d: bytes(len(d)), lambda d: d + b"x"],
    ids=["truncated", "empty", "zero-filled", "extended"],
)
def test_mangled_header_is_damaged(mangle: object) -> None:
    header, _, _ = _header_with(keys.SlotKind.PASSPHRASE)
    with pytest.raises(KeyHeaderDamaged, match="damaged"):
        keys.KeyHeader.parse(mangle(header.serialise()))  # type: ignore[operator]


def test_a_slot_swapped_in_from_another_vault_does_not_open() -> None:
    first, _, _ = _header_with(keys.SlotKind.PASSPHRASE)
    second, _, _ = _header_with(keys.SlotKind.PASSPHRASE)
    second.slots = list(first.slots)  # same passphrase, but the vault id is bound in
    with pytest.raises(WrongSecret):
        keys.unlock(second, keys.Secret(passphrase=bytearray(b"pass phrase")))


def test_kdf_floor_is_64_mib() -> None:
    with pytest.raises(InvalidInput):
        keys.KdfParams(memory_kib=32 * 1024)


def test_calibration_keeps_the_memory_floor_and_scales_passes() -> None:
    quick = keys.calibrate_kdf(0.05)
    slow = keys.calibrate_kdf(0.5)
    assert quick.memory_kib >= 64 * 1024 and slow.memory_kib >= 64 * 1024
    assert slow.iterations > quick.iterations


def test_data_key_literal_is_checked_hex() -> None:
    key = keys.DataKey(bytes(range(32)))
    literal = key.pragma_literal()
    assert literal.startswith("\"x'") and len(literal) == 64 + 5
    assert "hidden" in repr(key)
    key.wipe()
    assert key.pragma_literal() == "\"x'" + "0" * 64 + "'\""


def _with_kdf(header: keys.KeyHeader, memory_kib: int, iterations: int, lanes: int) -> bytes:
    """The header's bytes with other Argon2id parameters and a checksum that matches them, as
    an attacker who hands over a crafted key file would write it."""
    import hashlib
    import struct

    body = bytearray(header.serialise()[:-32])
    struct.pack_into(">III", body, 8 + 2 + 16, memory_kib, iterations, lanes)
    return bytes(body) + hashlib.sha256(bytes(body)).digest()


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (1_100 * 1024, 3, 4),  # 1.1 GiB: hung unlocking
        (2**32 - 1, 1, 1),  # MemoryError
        (64 * 1024, 1000, 4),  # minutes of work
        (256 * 1024, 256, 4),  # each within bounds, together far too much work
        (64 * 1024, 3, 255),
        (64 * 1024, 0, 4),
    ],
)
def test_a_crafted_key_file_with_extreme_kdf_costs_is_damaged_not_run(
    memory_kib: int, iterations: int, lanes: int
) -> None:
    header, _, _ = _header_with(keys.SlotKind.PASSPHRASE)
    crafted = _with_kdf(header, memory_kib, iterations, lanes)
    with pytest.raises(KeyHeaderDamaged, match="damaged"):
        keys.KeyHeader.parse(crafted)


def test_the_largest_calibrated_cost_still_parses() -> None:
    header, _, _ = _header_with(keys.SlotKind.PASSPHRASE)
    parsed = keys.KeyHeader.parse(_with_kdf(header, 64 * 1024, keys.MAX_ITERATIONS, 4))
    assert parsed.kdf.iterations == keys.MAX_ITERATIONS
