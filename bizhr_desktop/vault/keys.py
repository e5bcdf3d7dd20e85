"""Key material: the key header, its slots, Argon2id/HKDF derivations and AEAD wrapping.

This module and ``keyring_store`` are the only places that ever see a raw key.

How the keys fit together
-------------------------
* The **data key** (32 random bytes) is what SQLCipher encrypts every page with.
* The **header key** (32 random bytes) wraps the data key, and a small *directory* that says
  which slot holds which unlock method and which keyring backend the vault was linked to.
* Each **slot** wraps the header key under one unlock method: keyring secret + passphrase,
  passphrase only, keyring only, recovery code, or a duress passphrase (whose slot holds only
  what to do under duress, never the header key).

Every slot, used or not, has the same size; unused slots are random bytes, and slots sit at
random positions. Without a secret, the header shows neither which methods exist nor whether a
duress slot is there. The header ends in a SHA-256 checksum so damage (truncation, a flipped
bit, zero-fill) is told apart from a wrong secret; the AEAD tags make tampering fail closed.

A rekey writes the new data key as *pending* before SQLCipher re-encrypts the pages, then
promotes it; an interruption anywhere leaves a vault that opens with one of the two keys.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
import struct
import time
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bizhr_desktop.core.errors import InvalidInput, KeyHeaderDamaged, WrongSecret

MAGIC = b"BIZHRKH\x01"
FORMAT_VERSION = 2  # 2 added the sealed commit record; version 1 files are still read
_AD_VERSION = 1  # bound into every sealed piece; unchanged by version 2, which only adds one
KEY_LEN = 32
NONCE_LEN = 12
TAG_LEN = 16
SLOT_COUNT = 8
WRAPPED_KEY_LEN = NONCE_LEN + KEY_LEN + TAG_LEN
BACKEND_NAME_LEN = 64
DIRECTORY_PLAIN_LEN = SLOT_COUNT + BACKEND_NAME_LEN
DIRECTORY_LEN = NONCE_LEN + DIRECTORY_PLAIN_LEN + TAG_LEN
RECOVERY_BYTES = 20  # 160 bits: 32 base32 characters, written as 8 groups of 4

MIN_MEMORY_KIB = 64 * 1024
DEFAULT_MEMORY_KIB = 64 * 1024  # the floor, so unlocking fits in a small laptop's memory
DEFAULT_LANES = 4
# Upper bounds on what a key file may ask for. A crafted file must not make unlocking hang
# or exhaust memory: anything beyond these is a damaged key file. The work bound equals
# calibrating 64 MiB for about 15 s on a current laptop.
MAX_MEMORY_KIB = 256 * 1024
MAX_ITERATIONS = 256
MAX_LANES = 16
MAX_WORK = MIN_MEMORY_KIB * MAX_ITERATIONS  # memory (KiB) x passes
DEFAULT_KDF_SECONDS = 0.6

_PREFIX = struct.Struct(">8sH16sIII16s32s")
HEADER_LEN_V1 = (
    _PREFIX.size + 2 * WRAPPED_KEY_LEN + DIRECTORY_LEN + SLOT_COUNT * WRAPPED_KEY_LEN + 32
)
# The commit record: how many committed writes the database holds, sealed under the header
# key and written after every commit, so a database file that lacks some of them (its -wal
# lost or damaged, an older copy of the file) is found at open instead of read as whole.
_COMMIT_PLAIN = struct.Struct(">Q8x")
COMMIT_RECORD_LEN = NONCE_LEN + _COMMIT_PLAIN.size + TAG_LEN
HEADER_LEN = HEADER_LEN_V1 + COMMIT_RECORD_LEN
HEADER_LENGTHS = (HEADER_LEN_V1, HEADER_LEN)


class SlotKind(IntEnum):
    """What unlocks a slot. The number is bound into each slot's associated data."""

    EMPTY = 0
    KEYRING_PASSPHRASE = 1
    PASSPHRASE = 2
    RECOVERY = 3
    KEYRING_ONLY = 4
    DURESS = 5


class DuressMode(IntEnum):
    """What a duress passphrase does."""

    DECOY = 1
    ERASE = 2


class UnlockMethod:
    """Names of the unlock methods a person chooses from (CLI and GUI use these words)."""

    KEYRING_PASSPHRASE = "keyring+passphrase"  # noqa: S105
    PASSPHRASE = "passphrase"  # noqa: S105 - a method name, not a password
    KEYRING_ONLY = "keyring"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored in the header."""

    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = 3
    lanes: int = DEFAULT_LANES

    def __post_init__(self) -> None:
        if not MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB:
            raise InvalidInput("Argon2id memory must be between 64 and 256 MiB.")
        if not 1 <= self.iterations <= MAX_ITERATIONS or not 1 <= self.lanes <= MAX_LANES:
            raise InvalidInput("Argon2id iterations or lanes are out of range.")
        if self.memory_kib * self.iterations > MAX_WORK:
            raise InvalidInput("Argon2id memory and iterations together ask too much work.")


def _argon2(passphrase: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    kdf = Argon2id(
        salt=salt,
        length=KEY_LEN,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(bytes(passphrase)))


def calibrate_kdf(target_seconds: float = DEFAULT_KDF_SECONDS) -> KdfParams:
    """Choose Argon2id iterations so one derivation takes about *target_seconds* here."""
    probe = KdfParams(iterations=1)
    salt = os.urandom(16)
    start = time.perf_counter()
    _argon2(b"calibration", salt, probe)
    per_iteration = max(time.perf_counter() - start, 1e-3)
    iterations = max(1, min(MAX_ITERATIONS, round(target_seconds / per_iteration)))
    return replace(probe, iterations=iterations)


def _hkdf(material: bytes | bytearray, salt: bytes, info: bytes) -> bytearray:
    return bytearray(
        HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=info).derive(
            bytes(material)
        )
    )


def wipe(buffer: bytearray | None) -> None:
    """Overwrite a key buffer in place (best effort: Python may have made copies)."""
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0


class DataKey:
    """The SQLCipher key, held as a mutable buffer so it can be wiped."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes | bytearray) -> None:
        if len(key) != KEY_LEN:
            raise ValueError("a data key is 32 bytes")
        self._key = bytearray(key)

    @classmethod
    def generate(cls) -> DataKey:
        return cls(secrets.token_bytes(KEY_LEN))

    def pragma_literal(self) -> str:
        """The ``x'…'`` raw-key literal for PRAGMA key/rekey, checked before use."""
        literal = self._key.hex()
        if len(literal) != 2 * KEY_LEN or not re.fullmatch(r"[0-9a-f]+", literal):
            raise ValueError("data key is malformed")
        return f"\"x'{literal}'\""

    def same_as(self, other: DataKey) -> bool:
        return hmac.compare_digest(self._key, other._key)

    def wipe(self) -> None:
        wipe(self._key)

    def __repr__(self) -> str:  # never print key material
        return "DataKey(<hidden>)"


class ConnectionLike(Protocol):
    def execute(self, sql: str, /) -> object: ...


def key_connection(connection: ConnectionLike, key: DataKey) -> None:
    """Give SQLCipher the raw data key (no SQLCipher-side KDF: the key is already random)."""
    connection.execute(f"PRAGMA key = {key.pragma_literal()}")


def rekey_connection(connection: ConnectionLike, key: DataKey) -> None:
    """Re-encrypt every page under *key* (one SQLCipher transaction)."""
    connection.execute(f"PRAGMA rekey = {key.pragma_literal()}")


# --------------------------------------------------------------------------- recovery codes

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_MAP = {c: i for i, c in enumerate(_CROCKFORD)}
_CROCKFORD_MAP.update({"O": 0, "I": 1, "L": 1})


def format_recovery_code(raw: bytes) -> str:
    """Crockford base32 in groups of four: easy to write down and to type back."""
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(RECOVERY_BYTES * 8 // 5):
        chars.append(_CROCKFORD[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_code(code: str) -> bytearray:
    """Read a recovery code back, forgiving case, spaces, dashes and O/0, I/L/1 mix-ups."""
    cleaned = re.sub(r"[\s\-]", "", code).upper()
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(c not in _CROCKFORD_MAP for c in cleaned):
        raise WrongSecret(
            "That is not a recovery key: it has 32 letters and digits, in groups of four."
        )
    number = 0
    for c in cleaned:
        number = (number << 5) | _CROCKFORD_MAP[c]
    return bytearray(number.to_bytes(RECOVERY_BYTES, "big"))


# --------------------------------------------------------------------------- the header


def _aead_seal(key: bytes | bytearray, plain: bytes | bytearray, ad: bytes) -> bytes:
    nonce = os.urandom(NONCE_LEN)
    return nonce + AESGCM(bytes(key)).encrypt(nonce, bytes(plain), ad)


def _aead_open(key: bytes | bytearray, sealed: bytes, ad: bytes) -> bytearray | None:
    try:
        return bytearray(AESGCM(bytes(key)).decrypt(sealed[:NONCE_LEN], sealed[NONCE_LEN:], ad))
    except InvalidTag:
        return None


@dataclass
class Directory:
    """Which slot holds what, readable only with the header key."""

    kinds: list[SlotKind] = field(default_factory=lambda: [SlotKind.EMPTY] * SLOT_COUNT)
    keyring_backend: str = ""

    def serialise(self) -> bytes:
        name = self.keyring_backend.encode("utf-8")[:BACKEND_NAME_LEN]
        return bytes(self.kinds) + name.ljust(BACKEND_NAME_LEN, b"\0")

    @classmethod
    def parse(cls, plain: bytes | bytearray) -> Directory:
        kinds = [
            SlotKind(b) if b in SlotKind._value2member_map_ else SlotKind.EMPTY
            for b in plain[:SLOT_COUNT]
        ]
        backend = bytes(plain[SLOT_COUNT:]).rstrip(b"\0").decode("utf-8", "replace")
        return cls(kinds, backend)

    def free_slot(self) -> int:
        free = [i for i, kind in enumerate(self.kinds) if kind == SlotKind.EMPTY]
        if not free:
            raise InvalidInput("Every key slot of this vault is in use.")
        return secrets.choice(free)

    def slots_of(self, kind: SlotKind) -> list[int]:
        return [i for i, k in enumerate(self.kinds) if k == kind]


@dataclass
class KeyHeader:
    """The parsed key header file. All byte fields are opaque without a secret."""

    vault_id: bytes
    kdf: KdfParams
    kdf_salt: bytes
    hkdf_salt: bytes
    data_key: bytes  # sealed under the header key
    pending_key: bytes  # sealed under the header key, or random when no rekey is under way
    directory: bytes  # sealed under the header key
    slots: list[bytes]
    # sealed under the header key; random when unknown (a version 1 file, or written by a
    # decoy session, which has no header key and so leaves bytes no key opens)
    commit_record: bytes = field(default_factory=lambda: os.urandom(COMMIT_RECORD_LEN))

    # ---- bytes on disk

    def serialise(self) -> bytes:
        body = (
            _PREFIX.pack(
                MAGIC,
                FORMAT_VERSION,
                self.vault_id,
                self.kdf.memory_kib,
                self.kdf.iterations,
                self.kdf.lanes,
                self.kdf_salt,
                self.hkdf_salt,
            )
            + self.data_key
            + self.pending_key
            + self.directory
            + b"".join(self.slots)
            + self.commit_record
        )
        return body + hashlib.sha256(body).digest()

    @classmethod
    def parse(cls, data: bytes) -> KeyHeader:
        if len(data) not in HEADER_LENGTHS:
            raise _key_file_damaged("wrong size")
        body, checksum = data[:-32], data[-32:]
        if not hmac.compare_digest(hashlib.sha256(body).digest(), checksum):
            raise _key_file_damaged("checksum mismatch")
        magic, version, vault_id, memory, iterations, lanes, kdf_salt, hkdf_salt = (
            _PREFIX.unpack_from(body)
        )
        if magic != MAGIC:
            raise _key_file_damaged("not a BizHR key file")
        if version > FORMAT_VERSION:
            raise KeyHeaderDamaged(
                "This vault's key file was written by a newer BizHR Desktop. "
                "Update the program to open it."
            )
        if len(data) != (HEADER_LEN_V1 if version == 1 else HEADER_LEN):
            raise _key_file_damaged("wrong size")
        try:
            kdf = KdfParams(memory, iterations, lanes)
        except InvalidInput:
            raise _key_file_damaged("impossible key parameters") from None
        offset = _PREFIX.size

        def take(n: int) -> bytes:
            nonlocal offset
            chunk = body[offset : offset + n]
            offset += n
            return chunk

        data_key = take(WRAPPED_KEY_LEN)
        pending = take(WRAPPED_KEY_LEN)
        directory = take(DIRECTORY_LEN)
        slots = [take(WRAPPED_KEY_LEN) for _ in range(SLOT_COUNT)]
        header = cls(vault_id, kdf, kdf_salt, hkdf_salt, data_key, pending, directory, slots)
        if version >= 2:
            header.commit_record = take(COMMIT_RECORD_LEN)
        return header

    # ---- associated data binds every sealed piece to this vault, its role and the format

    def _ad(self, role: bytes) -> bytes:
        return self.vault_id + role + struct.pack(">H", _AD_VERSION)

    def _slot_ad(self, kind: SlotKind) -> bytes:
        return self._ad(b"slot" + bytes([kind]))

    @property
    def keyring_item_name(self) -> str:
        """The name of this vault's secret in the OS keyring (the vault id, nothing personal)."""
        return self.vault_id.hex()


@dataclass
class UnlockedKeys:
    """What a successful unlock yields. Wipe it as soon as the vault is keyed."""

    header_key: bytearray
    data_key: DataKey
    pending_key: DataKey | None
    directory: Directory
    slot_kind: SlotKind
    slot_index: int

    def wipe(self) -> None:
        wipe(self.header_key)
        self.data_key.wipe()
        if self.pending_key is not None:
            self.pending_key.wipe()


class DuressTriggered(Exception):
    """The duress passphrase was entered. Carries what to do next, and a copy of the duress
    passphrase's Argon2id output (the receiver wipes it), so that nothing after this point
    runs the slow derivation a second time: a duress unlock must take as long as a real one."""

    def __init__(self, mode: DuressMode, slot_index: int, passphrase_key: bytearray) -> None:
        super().__init__("duress")
        self.mode = mode
        self.slot_index = slot_index
        self.passphrase_key = passphrase_key


def _key_file_damaged(detail: str) -> KeyHeaderDamaged:
    return KeyHeaderDamaged(
        "The vault's key file is damaged ({detail}). Restore the vault and its key file "
        "from a backup; nothing was changed.",
        detail=detail,
    )


@dataclass
class Secret:
    """What a person offers to unlock. Buffers are wiped by ``wipe``."""

    passphrase: bytearray | None = None
    recovery_code: bytearray | None = None  # raw bytes, from parse_recovery_code
    keyring_secret: bytearray | None = None

    def wipe(self) -> None:
        wipe(self.passphrase)
        wipe(self.recovery_code)
        wipe(self.keyring_secret)


_INFO = {
    SlotKind.KEYRING_PASSPHRASE: b"bizhr/slot/keyring+passphrase",
    SlotKind.PASSPHRASE: b"bizhr/slot/passphrase",
    SlotKind.RECOVERY: b"bizhr/slot/recovery",
    SlotKind.KEYRING_ONLY: b"bizhr/slot/keyring",
    SlotKind.DURESS: b"bizhr/slot/duress",
}


def _candidate_keys(
    header: KeyHeader, secret: Secret, passphrase_key: bytearray | None
) -> list[tuple[SlotKind, bytearray]]:
    """Every (slot kind, wrapping key) the offered secret could open."""
    out: list[tuple[SlotKind, bytearray]] = []
    if passphrase_key is not None:
        out.append(
            (
                SlotKind.PASSPHRASE,
                _hkdf(passphrase_key, header.hkdf_salt, _INFO[SlotKind.PASSPHRASE]),
            )
        )
        out.append(
            (SlotKind.DURESS, _hkdf(passphrase_key, header.hkdf_salt, _INFO[SlotKind.DURESS]))
        )
        if secret.keyring_secret is not None:
            out.append(
                (
                    SlotKind.KEYRING_PASSPHRASE,
                    _hkdf(
                        bytes(secret.keyring_secret) + bytes(passphrase_key),
                        header.hkdf_salt,
                        _INFO[SlotKind.KEYRING_PASSPHRASE],
                    ),
                )
            )
    elif secret.keyring_secret is not None:
        out.append(
            (
                SlotKind.KEYRING_ONLY,
                _hkdf(secret.keyring_secret, header.hkdf_salt, _INFO[SlotKind.KEYRING_ONLY]),
            )
        )
    if secret.recovery_code is not None:
        out.append(
            (
                SlotKind.RECOVERY,
                _hkdf(secret.recovery_code, header.hkdf_salt, _INFO[SlotKind.RECOVERY]),
            )
        )
    return out


def passphrase_key(header: KeyHeader, passphrase: bytes | bytearray) -> bytearray:
    """Argon2id of the passphrase with this vault's salt and cost (the slow step)."""
    return _argon2(passphrase, header.kdf_salt, header.kdf)


def unlock(
    header: KeyHeader, secret: Secret, *, precomputed: bytearray | None = None
) -> UnlockedKeys:
    """Try every slot with every key the secret yields; raise WrongSecret if none opens.

    *precomputed* is the Argon2id output when the caller ran it off the GUI thread.
    Raises DuressTriggered when the duress passphrase was given.
    """
    pkey = precomputed
    if pkey is None and secret.passphrase is not None:
        pkey = passphrase_key(header, secret.passphrase)
    candidates = _candidate_keys(header, secret, pkey)
    try:
        for index, sealed in enumerate(header.slots):
            for kind, wrapping in candidates:
                plain = _aead_open(wrapping, sealed, header._slot_ad(kind))
                if plain is None:
                    continue
                if kind == SlotKind.DURESS:
                    assert pkey is not None  # a duress slot opens only with a passphrase key
                    raise DuressTriggered(
                        DuressMode(plain[0]) if plain[0] in (1, 2) else DuressMode.DECOY,
                        index,
                        bytearray(pkey),
                    )
                return _open_with_header_key(header, plain, kind, index)
    finally:
        for _, wrapping in candidates:
            wipe(wrapping)
        if precomputed is None:
            wipe(pkey)
    raise WrongSecret("Wrong passphrase or recovery key.")


def _open_with_header_key(
    header: KeyHeader, header_key: bytearray, kind: SlotKind, index: int
) -> UnlockedKeys:
    directory_plain = _aead_open(header_key, header.directory, header._ad(b"directory"))
    data_plain = _aead_open(header_key, header.data_key, header._ad(b"data"))
    if directory_plain is None or data_plain is None:
        raise KeyHeaderDamaged(
            "The vault's key file was altered: its parts do not belong together. "
            "Restore the vault and its key file from a backup."
        )
    pending_plain = _aead_open(header_key, header.pending_key, header._ad(b"pending"))
    return UnlockedKeys(
        header_key=header_key,
        data_key=DataKey(data_plain),
        pending_key=DataKey(pending_plain) if pending_plain is not None else None,
        directory=Directory.parse(directory_plain),
        slot_kind=kind,
        slot_index=index,
    )


# --------------------------------------------------------------------------- building headers


def _wrapping_key(
    header: KeyHeader,
    kind: SlotKind,
    *,
    passphrase: bytearray | None = None,
    keyring_secret: bytearray | None = None,
    recovery: bytearray | None = None,
    precomputed: bytearray | None = None,
) -> bytearray:
    if kind == SlotKind.RECOVERY:
        assert recovery is not None
        return _hkdf(recovery, header.hkdf_salt, _INFO[kind])
    if kind == SlotKind.KEYRING_ONLY:
        assert keyring_secret is not None
        return _hkdf(keyring_secret, header.hkdf_salt, _INFO[kind])
    if precomputed is not None:
        pkey = bytearray(precomputed)
    else:
        assert passphrase is not None
        pkey = passphrase_key(header, passphrase)
    try:
        if kind == SlotKind.KEYRING_PASSPHRASE:
            assert keyring_secret is not None
            return _hkdf(bytes(keyring_secret) + bytes(pkey), header.hkdf_salt, _INFO[kind])
        return _hkdf(pkey, header.hkdf_salt, _INFO[kind])
    finally:
        wipe(pkey)


def seal_slot(
    header: KeyHeader,
    keys: UnlockedKeys,
    index: int,
    kind: SlotKind,
    *,
    passphrase: bytearray | None = None,
    keyring_secret: bytearray | None = None,
    recovery: bytearray | None = None,
    duress_mode: DuressMode | None = None,
    precomputed: bytearray | None = None,
) -> None:
    """Write a slot of *kind* at *index* and record it in the directory (header not yet saved).

    *precomputed* is the passphrase's Argon2id output, when the caller already has it."""
    wrapping = _wrapping_key(
        header,
        kind,
        passphrase=passphrase,
        keyring_secret=keyring_secret,
        recovery=recovery,
        precomputed=precomputed,
    )
    try:
        if kind == SlotKind.DURESS:
            assert duress_mode is not None
            plain = bytearray([duress_mode]) + bytearray(os.urandom(KEY_LEN - 1))
        else:
            plain = keys.header_key
        header.slots[index] = _aead_seal(wrapping, plain, header._slot_ad(kind))
    finally:
        wipe(wrapping)
    keys.directory.kinds[index] = kind
    seal_directory(header, keys)


def clear_slot(header: KeyHeader, keys: UnlockedKeys, index: int) -> None:
    """Replace a slot with random bytes: whatever it opened, it opens no more."""
    header.slots[index] = os.urandom(WRAPPED_KEY_LEN)
    keys.directory.kinds[index] = SlotKind.EMPTY
    seal_directory(header, keys)


def seal_directory(header: KeyHeader, keys: UnlockedKeys) -> None:
    header.directory = _aead_seal(
        keys.header_key, keys.directory.serialise(), header._ad(b"directory")
    )


def seal_data_key(header: KeyHeader, keys: UnlockedKeys, key: DataKey) -> None:
    header.data_key = _aead_seal(keys.header_key, key._key, header._ad(b"data"))


def seal_pending_key(header: KeyHeader, keys: UnlockedKeys, key: DataKey | None) -> None:
    if key is None:
        header.pending_key = os.urandom(WRAPPED_KEY_LEN)
    else:
        header.pending_key = _aead_seal(keys.header_key, key._key, header._ad(b"pending"))


def seal_commit_count(header: KeyHeader, keys: UnlockedKeys, count: int) -> None:
    """Record that the database holds *count* committed writes."""
    header.commit_record = _aead_seal(
        keys.header_key, _COMMIT_PLAIN.pack(count), header._ad(b"commits")
    )


def commit_count(header: KeyHeader, keys: UnlockedKeys) -> int | None:
    """The committed writes the key file says the database holds; None when unknown."""
    plain = _aead_open(keys.header_key, header.commit_record, header._ad(b"commits"))
    if plain is None or len(plain) != _COMMIT_PLAIN.size:
        return None
    return int(_COMMIT_PLAIN.unpack(bytes(plain))[0])


def forget_commit_count(header: KeyHeader) -> None:
    """What a session without the header key (a decoy) leaves: bytes no key opens, as
    random as a sealed record, so a key file written by a decoy looks like any other."""
    header.commit_record = os.urandom(COMMIT_RECORD_LEN)


def new_header(kdf: KdfParams) -> tuple[KeyHeader, UnlockedKeys]:
    """A fresh header with random keys and every slot empty (random bytes)."""
    header = KeyHeader(
        vault_id=os.urandom(16),
        kdf=kdf,
        kdf_salt=os.urandom(16),
        hkdf_salt=os.urandom(32),
        data_key=b"",
        pending_key=os.urandom(WRAPPED_KEY_LEN),
        directory=b"",
        slots=[os.urandom(WRAPPED_KEY_LEN) for _ in range(SLOT_COUNT)],
    )
    keys = UnlockedKeys(
        header_key=bytearray(secrets.token_bytes(KEY_LEN)),
        data_key=DataKey.generate(),
        pending_key=None,
        directory=Directory(),
        slot_kind=SlotKind.EMPTY,
        slot_index=-1,
    )
    seal_data_key(header, keys, keys.data_key)
    seal_directory(header, keys)
    return header, keys


def reissued_header(
    header: KeyHeader,
    keys: UnlockedKeys,
    *,
    recovery: bytearray,
    passphrase: bytearray | None = None,
    keyring_secret: bytearray | None = None,
    duress_key: bytearray | None = None,
    duress_mode: DuressMode = DuressMode.DECOY,
) -> tuple[KeyHeader, UnlockedKeys]:
    """The same vault and data key under a brand-new header key, every slot sealed again.

    What revocation rests on: no copy of the old key file, with any old secret, reaches this
    header key, and the data key it wraps is expected to be new too (``Vault.revoke`` rekeys
    the pages first). Unused slots get new random bytes, so a comparison of the old and the
    new file shows no slot that stayed the same. The duress slot is sealed again only with
    *duress_key* (its passphrase's Argon2id output); without it, it is dropped.
    """
    new = KeyHeader(
        vault_id=header.vault_id,
        kdf=header.kdf,
        kdf_salt=header.kdf_salt,  # kept: a quick-unlock PIN seals the passphrase's Argon2id
        hkdf_salt=header.hkdf_salt,
        data_key=b"",
        pending_key=os.urandom(WRAPPED_KEY_LEN),
        directory=b"",
        slots=[os.urandom(WRAPPED_KEY_LEN) for _ in range(SLOT_COUNT)],
    )
    fresh = UnlockedKeys(
        header_key=bytearray(secrets.token_bytes(KEY_LEN)),
        data_key=DataKey(keys.data_key._key),
        pending_key=None,
        directory=Directory(keyring_backend=keys.directory.keyring_backend),
        slot_kind=keys.slot_kind,
        slot_index=keys.slot_index,
    )
    seal_data_key(new, fresh, fresh.data_key)
    for index, kind in enumerate(keys.directory.kinds):
        if kind == SlotKind.EMPTY:
            continue
        if kind == SlotKind.RECOVERY:
            seal_slot(new, fresh, index, kind, recovery=recovery)
        elif kind == SlotKind.DURESS:
            if duress_key is not None:
                seal_slot(new, fresh, index, kind, precomputed=duress_key, duress_mode=duress_mode)
        else:
            seal_slot(new, fresh, index, kind, passphrase=passphrase, keyring_secret=keyring_secret)
    seal_directory(new, fresh)
    count = commit_count(header, keys)
    if count is not None:
        seal_commit_count(new, fresh, count)
    return new, fresh


def new_recovery_code() -> tuple[bytearray, str]:
    raw = bytearray(secrets.token_bytes(RECOVERY_BYTES))
    return raw, format_recovery_code(bytes(raw))


def new_keyring_secret() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_LEN))


def encode_keyring_secret(secret: bytearray) -> str:
    """Keyrings store text; this is the only encoding of a keyring secret."""
    return base64.b64encode(bytes(secret)).decode("ascii")


def decode_keyring_secret(text: str) -> bytearray | None:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    return bytearray(raw) if len(raw) == KEY_LEN else None


@dataclass(frozen=True)
class PinSealed:
    """A secret sealed under a short PIN (quick unlock). Lives in memory only."""

    salt: bytes
    nonce: bytes
    ciphertext: bytes


def seal_with_pin(
    secret: bytearray, pin: str, associated_data: bytes, params: KdfParams
) -> PinSealed:
    """AES-256-GCM under Argon2id(PIN, random salt). A PIN is weak; the Argon2id cost per
    guess is what protects it, so this is only for secrets kept in memory briefly."""
    salt = os.urandom(16)
    pin_key = _argon2(pin.encode("ascii"), salt, params)
    try:
        nonce = os.urandom(NONCE_LEN)
        sealed = AESGCM(bytes(pin_key)).encrypt(nonce, bytes(secret), associated_data)
    finally:
        wipe(pin_key)
    return PinSealed(salt, nonce, sealed)


def open_with_pin(
    sealed: PinSealed, pin: str, associated_data: bytes, params: KdfParams
) -> bytearray | None:
    """The sealed secret, or None when the PIN is wrong."""
    pin_key = _argon2(pin.encode("ascii"), sealed.salt, params)
    try:
        return _aead_open(pin_key, sealed.nonce + sealed.ciphertext, associated_data)
    finally:
        wipe(pin_key)


def erased_header_keeping_duress(header: KeyHeader, duress_key: bytearray) -> None:
    """Crypto-erase in memory, but leave the duress passphrase working (as a decoy).

    After an erase under duress, typing the duress passphrase again must behave as it did
    the first time; a header where it suddenly fails would give the erase away.
    """
    destroy_header(header)
    _, fresh = new_header(header.kdf)  # a header key and data key that protect nothing
    seal_data_key(header, fresh, fresh.data_key)
    seal_slot(
        header,
        fresh,
        fresh.directory.free_slot(),
        SlotKind.DURESS,
        precomputed=duress_key,
        duress_mode=DuressMode.DECOY,
    )
    fresh.wipe()


def destroy_header(header: KeyHeader) -> None:
    """Crypto-erase in memory: every sealed piece becomes random bytes."""
    header.data_key = os.urandom(WRAPPED_KEY_LEN)
    header.pending_key = os.urandom(WRAPPED_KEY_LEN)
    header.directory = os.urandom(DIRECTORY_LEN)
    header.slots = [os.urandom(WRAPPED_KEY_LEN) for _ in range(SLOT_COUNT)]
    forget_commit_count(header)
