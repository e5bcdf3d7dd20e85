"""Encrypted bundles: age interoperability, one error class per kind of damage, passphrases."""

from __future__ import annotations

import math
import os
import pty
import select
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import (
    BundleError,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    BundleWrongPassphrase,
    ExitCode,
)
from bizhr_desktop.formats.age_io import (
    MIN_PASSPHRASE_BITS,
    decrypt_bundle,
    encrypt_bundle,
    generate_passphrase,
    passphrase_strength,
)

PASSPHRASE = "correct-horse-battery-staple-sudan-geneva"
CHUNK = 64 * 1024 + 16  # one sealed STREAM chunk: 64 KiB of text and a 16-byte tag
AGE = shutil.which("age") or "/usr/bin/age"


@pytest.fixture(scope="module")
def payload() -> bytes:
    # Over 200 KiB so the file has several chunks to swap, truncate and alter.
    return os.urandom(230 * 1024)


@pytest.fixture(scope="module")
def bundle(payload: bytes) -> bytes:
    return encrypt_bundle(payload, PASSPHRASE)  # scrypt at age's cost: seconds, so once


def _payload_start(data: bytes) -> int:
    """Offset of the first sealed chunk: after the header's MAC line and the 16-byte nonce."""
    mac_line = data.index(b"\n--- ")
    return data.index(b"\n", mac_line + 1) + 1 + 16


def test_round_trip(bundle: bytes, payload: bytes) -> None:
    assert bundle.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert decrypt_bundle(bundle, PASSPHRASE) == payload


def test_empty_payload_round_trip() -> None:
    assert decrypt_bundle(encrypt_bundle(b"", PASSPHRASE), PASSPHRASE) == b""


def _age_decrypt(path: Path, passphrase: str, output: Path) -> tuple[int, bytes]:
    """Run ``age -d`` with the passphrase typed into a pseudo-terminal, as age insists.

    age reads passphrases only from the terminal (no flag or variable), so the test gives it
    one: pty.fork makes the child's controlling terminal a pty we write to.
    """
    pid, fd = pty.fork()
    if pid == 0:  # the child: become age
        os.execv(AGE, [AGE, "--decrypt", "--output", str(output), str(path)])
    transcript = b""
    deadline = time.monotonic() + 60
    sent = closed = False
    try:
        while not closed and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(fd, 1024)
                except OSError:  # EIO: the child closed the terminal, it is done
                    chunk = b""
                closed = not chunk
                transcript += chunk
            if not sent and b"passphrase" in transcript.lower():
                os.write(fd, passphrase.encode() + b"\r")
                sent = True
        if not closed:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            pytest.fail(f"age did not finish: {transcript!r}")
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), transcript


@pytest.mark.skipif(not os.path.exists(AGE), reason="the age command line tool is not installed")
def test_the_real_age_command_opens_a_bundle(tmp_path: Path, bundle: bytes, payload: bytes) -> None:
    version = subprocess.run([AGE, "--version"], capture_output=True, check=True, text=True)
    assert version.stdout.strip()
    source, output = tmp_path / "bundle.age", tmp_path / "out.bin"
    source.write_bytes(bundle)
    code, transcript = _age_decrypt(source, PASSPHRASE, output)
    assert code == 0, transcript
    # age shows the payload behind the one-line frame that announces its length.
    assert output.read_bytes() == f"BIZHR-BUNDLE/1 {len(payload)}\n".encode() + payload


def _flip(offset: int) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        changed = bytearray(data)
        changed[offset if offset >= 0 else len(data) + offset] ^= 0x01
        return bytes(changed)

    return damage


def _flip_in_chunk(chunk: int, at: int = 100) -> Callable[[bytes], bytes]:
    return lambda data: _flip(_payload_start(data) + chunk * CHUNK + at)(data)


def _swap_first_two_chunks(data: bytes) -> bytes:
    start = _payload_start(data)
    first, second = data[start : start + CHUNK], data[start + CHUNK : start + 2 * CHUNK]
    return data[:start] + second + first + data[start + 2 * CHUNK :]


def _drop_second_chunk(data: bytes) -> bytes:
    start = _payload_start(data)
    return data[: start + CHUNK] + data[start + 2 * CHUNK :]


def _header_mac_changed(data: bytes) -> bytes:
    mac = data.index(b"\n--- ") + 5
    changed = bytearray(data)
    changed[mac + 5] = ord("A") if changed[mac + 5] != ord("A") else ord("B")
    return bytes(changed)


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        pytest.param(lambda data: data[: len(data) // 2], BundleTruncated, id="cut-in-half"),
        pytest.param(lambda data: data[:-1], BundleTruncated, id="last-byte-missing"),
        pytest.param(
            lambda data: data[: _payload_start(data) + 2 * CHUNK],
            BundleTruncated,
            id="cut-at-a-chunk-boundary",
        ),
        pytest.param(lambda data: data[:40], BundleTruncated, id="cut-inside-the-header"),
        pytest.param(lambda data: data[: _payload_start(data) - 8], BundleTruncated, id="no-nonce"),
        pytest.param(_flip_in_chunk(0), BundleTampered, id="bit-flipped-in-first-chunk"),
        pytest.param(_flip(-5), BundleTampered, id="bit-flipped-in-last-chunk"),
        pytest.param(_swap_first_two_chunks, BundleTampered, id="chunks-swapped"),
        pytest.param(_drop_second_chunk, BundleTampered, id="middle-chunk-removed"),
        pytest.param(lambda data: data + b"extra", BundleTampered, id="data-appended"),
        pytest.param(_header_mac_changed, BundleTampered, id="header-mac-changed"),
    ],
)
def test_each_kind_of_damage_has_its_own_error(
    bundle: bytes, damage: Callable[[bytes], bytes], expected: type[BundleError]
) -> None:
    with pytest.raises(expected) as caught:
        decrypt_bundle(damage(bundle), PASSPHRASE)
    assert type(caught.value) is expected
    assert caught.value.exit_code == ExitCode.DAMAGED
    assert PASSPHRASE not in str(caught.value)


def test_wrong_passphrase(bundle: bytes) -> None:
    with pytest.raises(BundleWrongPassphrase) as caught:
        decrypt_bundle(bundle, "not the passphrase")
    assert caught.value.exit_code == ExitCode.WRONG_SECRET
    assert "not the passphrase" not in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"full_name,email\nA,a@example.org\n", id="plain-csv"),
        pytest.param(b"age-encryption.org/v1\n-> X25519 abc\nxyz\n--- abc\n", id="key-recipient"),
        pytest.param(b"age-encryption.org/v1\n-> scrypt !!! 18\n\n--- x\n", id="garbled-header"),
        pytest.param(
            b"age-encryption.org/v1\n-> scrypt "
            + b"A" * 22
            + b" 40\n"
            + b"A" * 43
            + b"\n--- "
            + b"A" * 43
            + b"\n"
            + b"\x00" * 64,
            id="absurd-work-factor",
        ),
    ],
)
def test_not_a_bundle(data: bytes) -> None:
    with pytest.raises(BundleUnreadable):
        decrypt_bundle(data, PASSPHRASE)


def test_an_age_file_without_our_frame_is_not_a_bundle() -> None:
    import pyrage

    foreign = pyrage.passphrase.encrypt(b"just a file", PASSPHRASE)
    with pytest.raises(BundleUnreadable, match="not one made by BizHR"):
        decrypt_bundle(foreign, PASSPHRASE)


def test_generated_passphrases_are_random_words_and_strong() -> None:
    first, second = generate_passphrase(), generate_passphrase()
    assert first != second
    assert len(first.split("-")) >= 6
    assert first.isascii() and first == first.lower()
    assert passphrase_strength(first)[0]
    assert passphrase_strength(generate_passphrase(5))[0]


def test_wordlist_is_the_eff_large_list() -> None:
    from bizhr_desktop.formats.age_io import _wordlist

    known, words = _wordlist()
    assert len(words) == len(known) == 7776
    assert math.log2(len(words)) * 5 >= MIN_PASSPHRASE_BITS


@pytest.mark.parametrize(
    ("passphrase", "ok"),
    [
        ("", False),
        ("password", False),
        ("Tr0ub4dor&3", False),
        ("apple apple apple apple apple apple", False),  # one word repeated
        ("a" * 60, False),
        ("abcabcabcabcabcabcabcabcabcabc", False),
        ("abacus zoology pectin unfold", False),  # four EFF words: 52 bits
        ("four common english words", False),
        ("Xq7#pL2!vR9@mK4$", False),  # random, but a person cannot tell us so: 16 chars
        ("Xq7#pL2!vR9@mK4$wT6%zB1&", True),
        ("abacus-zoology-pectin-unfold-sweep", True),  # five EFF words
        ("We meet in Geneva, 3 times a year & never online!", True),
    ],
)
def test_passphrase_strength(passphrase: str, ok: bool) -> None:
    verdict, reason = passphrase_strength(passphrase)
    assert verdict is ok, reason
    assert "bits" in reason
