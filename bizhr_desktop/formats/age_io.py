"""The ``internal`` bundle: a payload encrypted with a passphrase as an age v1 (scrypt) file.

Decryption is pyrage's. When pyrage refuses a file its messages do not say reliably *why*
(a cut inside a block and a flipped bit both read "decryption error"), so the file is then
re-examined here, following the age v1 specification, to tell a person which of four things
happened: not an age file (or its header is damaged), wrong passphrase, cut short, altered.

The plaintext inside the age file is the payload preceded by one line,
``BIZHR-BUNDLE/1 <payload length>\\n``. ``age -d`` shows it as it is; it lets us tell a file
cut inside its last block (shorter than the length it announces) from an altered one, which
age alone cannot do because it authenticates blocks but does not record the length.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import math
import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from hashlib import sha256
from importlib import resources
from typing import Final

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from bizhr_desktop.core.errors import (
    BundleError,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    BundleWrongPassphrase,
    InvalidInput,
)

__all__ = [
    "MIN_PASSPHRASE_BITS",
    "decrypt_bundle",
    "encrypt_bundle",
    "estimated_bits",
    "generate_passphrase",
    "passphrase_strength",
]

_INTRO: Final = b"age-encryption.org/v1\n"
_MAC_PREFIX: Final = b"--- "
_SCRYPT_LABEL: Final = b"age-encryption.org/v1/scrypt"
_CHUNK: Final = 64 * 1024
_TAG: Final = 16
_NONCE: Final = 16
_SEALED_CHUNK: Final = _CHUNK + _TAG
# Work factor 2^20 is 1 GiB of scrypt memory: what age's one-second calibration picks on a
# machine four times as fast as a coordinator's laptop (which picks 18). A hostile header
# asking for more would cost gigabytes and minutes before "wrong passphrase": refused unread.
_MAX_LOG_N: Final = 20
_FRAME_MAGIC: Final = b"BIZHR-BUNDLE/1 "
_FRAME: Final = re.compile(rb"BIZHR-BUNDLE/1 (0|[1-9][0-9]{0,15})\n")
_MAX_FRAME: Final = len(_FRAME_MAGIC) + 17


@dataclass(frozen=True)
class _Header:
    salt: bytes
    log_n: int
    wrapped_key: bytes
    mac: bytes
    mac_input: bytes  # the header up to and including "---", which the MAC covers
    end: int  # offset of the payload nonce


def _b64(text: bytes) -> bytes:
    """Decode age's canonical unpadded base64, or raise ValueError."""
    if not re.fullmatch(rb"[A-Za-z0-9+/]*", text):
        raise ValueError("not base64")
    decoded = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    if base64.b64encode(decoded).rstrip(b"=") != text:
        raise ValueError("non-canonical base64")
    return decoded


def _unreadable(detail: str) -> BundleUnreadable:
    return BundleUnreadable(
        "This file is not a BizHR bundle, or its header is damaged ({detail}).", detail=detail
    )


def _truncated() -> BundleTruncated:
    return BundleTruncated(
        "This bundle is incomplete: it ends too early, probably because copying it was "
        "interrupted. Copy it again from the original."
    )


def _tampered(detail: str) -> BundleTampered:
    return BundleTampered(
        "This bundle was altered after it was made ({detail}). Do not use this copy; "
        "ask the sender for a new one.",
        detail=detail,
    )


def _parse_header(data: bytes) -> _Header:
    if not data:
        raise _unreadable("the file is empty")
    if not data.startswith(_INTRO):
        if _INTRO.startswith(data):
            raise _truncated()
        raise _unreadable("it is not an age v1 file")
    pos = len(_INTRO)

    def next_line() -> bytes:
        nonlocal pos
        end = data.find(b"\n", pos)
        if end < 0:
            raise _truncated()
        line = data[pos:end]
        pos = end + 1
        return line

    line = next_line()
    if not line.startswith(b"-> "):
        raise _unreadable("no recipient in the header")
    args = line[3:].split(b" ")
    if args[0] != b"scrypt":
        raise _unreadable("it is encrypted to a key, not to a passphrase")
    body = b""
    while True:
        body_line = next_line()
        if len(body_line) > 64:
            raise _unreadable("a header line is too long")
        body += body_line
        if len(body_line) < 64:
            break
    mac_line_start = pos
    mac_line = next_line()
    if mac_line.startswith(b"-> "):
        # age allows only one stanza with scrypt; more means this is not ours or was altered.
        raise _unreadable("the passphrase recipient is not alone")
    if not mac_line.startswith(_MAC_PREFIX):
        raise _unreadable("the header does not end where it should")
    try:
        if len(args) != 3 or not re.fullmatch(rb"[1-9][0-9]?", args[2]):
            raise ValueError("bad scrypt arguments")
        salt, wrapped, mac = _b64(args[1]), _b64(body), _b64(mac_line[len(_MAC_PREFIX) :])
    except (ValueError, binascii.Error):
        raise _unreadable("the header is not well formed") from None
    if len(salt) != 16 or len(wrapped) != 32 or len(mac) != 32:
        raise _unreadable("the header is not well formed")
    log_n = int(args[2])
    if log_n > _MAX_LOG_N:
        raise _unreadable("it asks for more key-stretching work than any BizHR bundle does")
    return _Header(
        salt=salt,
        log_n=log_n,
        wrapped_key=wrapped,
        mac=mac,
        mac_input=data[: mac_line_start + 3],
        end=pos,
    )


def _check_payload_shape(data: bytes, header: _Header) -> None:
    """Lengths no complete age payload can have mean the file was cut short."""
    sealed = len(data) - header.end - _NONCE
    if sealed <= 0:
        raise _truncated()
    full_chunks, last = divmod(sealed, _SEALED_CHUNK)
    if last == 0:
        return
    # A last block holds at least its 16-byte tag, and is empty only when it is the only one.
    if last < _TAG or (last == _TAG and full_chunks > 0):
        raise _truncated()


def encrypt_bundle(payload: bytes, passphrase: str) -> bytes:
    """Encrypt ``payload`` to an age v1 file openable with ``passphrase`` (also by ``age -d``)."""
    if not passphrase:
        raise InvalidInput("A bundle needs a passphrase.")
    framed = _FRAME_MAGIC + str(len(payload)).encode("ascii") + b"\n" + payload
    try:
        return bytes(pyrage.passphrase.encrypt(framed, passphrase))
    except pyrage.EncryptError:
        raise BundleError("The bundle could not be encrypted.") from None


def decrypt_bundle(data: bytes, passphrase: str) -> bytes:
    """Decrypt a bundle, or raise the BundleError subclass that says what is wrong with it.

    The age v1 format is opened here step by step (scrypt once, the header's MAC, then the
    payload's blocks in order), so that a refused file costs one key derivation, bounded by
    ``_MAX_LOG_N``, and the first check that fails is the one named. pyrage writes bundles;
    ``tests/unit/formats/test_age_io.py`` checks both directions against it and the age CLI."""
    header = _parse_header(data)
    _check_payload_shape(data, header)
    framed = _open_payload(data, header, passphrase)
    match = _FRAME.match(framed, 0, _MAX_FRAME)
    if match is None:
        raise _unreadable("it is an age file, but not one made by BizHR Desktop")
    payload = framed[match.end() :]
    if len(payload) != int(match.group(1)):
        raise _tampered("its length does not match the length it announces")
    return payload


# ---- opening the payload, and naming what is wrong with a file that does not open ---------


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _opens(aead: ChaCha20Poly1305, chunk: bytes, counter: int, last: bool) -> bool:
    try:
        aead.decrypt(_chunk_nonce(counter, last), chunk, None)
    except InvalidTag:
        return False
    return True


def _sealed_length(plaintext_length: int) -> int:
    return plaintext_length + _TAG * max(1, math.ceil(plaintext_length / _CHUNK))


def _open_payload(data: bytes, header: _Header, passphrase: str) -> bytes:
    """The framed plaintext, after age's checks; the first that fails raises its error."""
    kdf = Scrypt(salt=_SCRYPT_LABEL + header.salt, length=32, n=2**header.log_n, r=8, p=1)
    wrapping_key = kdf.derive(passphrase.encode("utf-8"))
    try:
        file_key = ChaCha20Poly1305(wrapping_key).decrypt(bytes(12), header.wrapped_key, None)
    except InvalidTag:
        # An altered salt or wrapped key looks exactly like this too; nothing can tell them apart.
        raise BundleWrongPassphrase(
            "The passphrase does not open this bundle. Check it and try again."
        ) from None
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header.mac_input, sha256).digest()
    if not hmac.compare_digest(mac, header.mac):
        raise _tampered("its header was changed")
    nonce = data[header.end : header.end + _NONCE]
    payload_key = _hkdf(file_key, nonce, b"payload")
    aead = ChaCha20Poly1305(payload_key)
    sealed = data[header.end + _NONCE :]
    chunks = [
        sealed[start : start + _SEALED_CHUNK] for start in range(0, len(sealed), _SEALED_CHUNK)
    ]
    final = len(chunks) - 1
    plain: list[bytes] = []
    for index, chunk in enumerate(chunks):
        last = index == final
        try:
            plain.append(aead.decrypt(_chunk_nonce(index, last), chunk, None))
        except InvalidTag:
            raise _broken_block(aead, chunks, index, payload_key, nonce) from None
    return b"".join(plain)


def _broken_block(
    aead: ChaCha20Poly1305, chunks: list[bytes], index: int, payload_key: bytes, nonce: bytes
) -> BundleError:
    """Why block *index* did not open: cut short, blocks added or reordered, or altered."""
    chunk, last = chunks[index], index == len(chunks) - 1
    if not last:
        if _opens(aead, chunk, index, True):
            return _tampered("data was added after its end")
        if any(_opens(aead, chunk, other, False) for other in range(len(chunks)) if other != index):
            return _tampered("its blocks were reordered")
        return _tampered(f"block {index + 1} of {len(chunks)} was changed")
    if _opens(aead, chunk, index, False):
        return _truncated()  # a middle block presented as the last: the rest is missing
    announced = _announced_length(payload_key, nonce, chunks[0])
    sealed_length = sum(len(c) for c in chunks)
    if announced is not None and sealed_length < _sealed_length(announced):
        return _truncated()
    return _tampered(f"block {index + 1} of {len(chunks)} was changed")


def _announced_length(payload_key: bytes, nonce: bytes, first_chunk: bytes) -> int | None:
    """The plaintext length the frame line announces, read without authentication.

    Used only to choose between "cut short" and "altered" for a file already known to be
    bad, so an attacker who changes these bytes can at most change which of the two we say.
    """
    # ChaCha20-Poly1305 encrypts the plaintext with block counter 1 (RFC 8439).
    stream_nonce = (1).to_bytes(4, "little") + _chunk_nonce(0, False)
    head = first_chunk[:_MAX_FRAME]
    decryptor = Cipher(algorithms.ChaCha20(payload_key, stream_nonce), mode=None).decryptor()
    plain = decryptor.update(head)
    match = _FRAME.match(plain)
    if match is None:
        plain = (
            Cipher(
                algorithms.ChaCha20(payload_key, (1).to_bytes(4, "little") + _chunk_nonce(0, True)),
                mode=None,
            )
            .decryptor()
            .update(head)
        )
        match = _FRAME.match(plain)
    if match is None:
        return None
    return match.end() + int(match.group(1))


# ---- passphrases ------------------------------------------------------------------------

# Below this an offline attacker with a GPU cluster can expect to succeed against scrypt.
MIN_PASSPHRASE_BITS: Final = 64
_SEPARATORS: Final = re.compile(r"[\s\-_.,;:+/]+")
_WORD_BITS: Final = 14.0


@lru_cache(maxsize=1)
def _wordlist() -> tuple[frozenset[str], tuple[str, ...]]:
    text = (
        resources.files("bizhr_desktop.formats")
        .joinpath("wordlists/eff_large_wordlist.txt")
        .read_text(encoding="utf-8")
    )
    words = tuple(word for word in text.split() if word)
    return frozenset(words), words


def generate_passphrase(words: int = 6) -> str:
    """``words`` random words (``secrets``) from the EFF large list, 12.9 bits each, '-'-joined."""
    if words < 5:
        raise InvalidInput("A passphrase needs at least 5 words.")
    _, wordlist = _wordlist()
    return "-".join(secrets.choice(wordlist) for _ in range(words))


def estimated_bits(passphrase: str) -> float:
    """How many bits of guessing a passphrase is worth: the one estimator of the product
    (vault passphrases, PIN-free secrets, bundle and travel passphrases all use it)."""
    known, wordlist = _wordlist()
    tokens = [token for token in _SEPARATORS.split(passphrase.strip().lower()) if token]
    if tokens and all(token in known for token in tokens):
        # Assume the attacker knows our list: only distinct words add entropy.
        return len(set(tokens)) * math.log2(len(wordlist))
    pool = 0
    for pattern, size in ((r"[a-z]", 26), (r"[A-Z]", 26), (r"[0-9]", 10), (r"[ -/:-@\[-`{-~]", 33)):
        if re.search(pattern, passphrase):
            pool += size
    if re.search(r"[^\x00-\x7f]", passphrase):
        pool += 100
    per_char = math.log2(max(pool, 2))
    # Chosen text is far from random: count half the naive figure, and never more than the
    # distinct characters could carry (so "aaaa…" or "abcabc…" stay weak however long).
    by_characters = min(len(passphrase) * per_char / 2, len(set(passphrase)) * per_char)
    # A sentence is a few dictionary words: a word is worth at most a pick among ~16 000
    # common ones (14 bits), a repeated word nothing more.
    by_words = sum(
        min(_WORD_BITS, len(token) * per_char / 2) if token.isalpha() else len(token) * per_char / 2
        for token in set(tokens)
    )
    return min(by_characters, by_words)


def passphrase_strength(passphrase: str) -> tuple[bool, str]:
    """Whether a passphrase is strong enough for a bundle (about 64 bits), and why."""
    bits = estimated_bits(passphrase)
    if bits >= MIN_PASSPHRASE_BITS:
        return True, f"Strong enough (about {bits:.0f} bits)."
    return False, (
        f"Too weak (about {bits:.0f} bits; {MIN_PASSPHRASE_BITS} needed). "
        "Use 5 or more random words, or let BizHR generate a passphrase."
    )
