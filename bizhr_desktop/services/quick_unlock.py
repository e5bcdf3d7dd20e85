"""Quick unlock: reopen a vault that locked itself with a short PIN, for this run only.

What is kept is the passphrase's Argon2id output (the ``precomputed`` key that
``open_vault`` accepts instead of the passphrase), never the passphrase nor the data key:

* while the vault is open, and only if the person turned quick unlock on, that key is held
  bare in memory (the data key itself is in memory then, so this adds little);
* when the person chooses a PIN, the key is sealed with AES-256-GCM under
  Argon2id(PIN, random salt), bound to the vault's path;
* when the vault locks itself (idle, screen lock) the bare key is wiped and the sealed copy
  stays; any other lock (manual, panic, sleep, erase, quit) wipes both;
* the PIN has :data:`MAX_TRIES` tries, then the sealed copy is wiped and only the passphrase
  opens the vault.

Nothing reaches the disk. A keyring+passphrase vault still needs this computer's keyring
secret, re-read at each unlock. Someone able to read this process's memory while the vault
is locked could try every PIN offline against the sealed copy: Argon2id slows that down,
and that is why the PIN is never offered after a sleep (a seized, suspended laptop).
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bizhr_desktop.core.errors import InvalidInput, WrongSecret
from bizhr_desktop.services import vaults
from bizhr_desktop.services.vaults import KdfParams, VaultSession
from bizhr_desktop.vault import keys
from bizhr_desktop.vault.keyring_store import KeyringStore

MAX_TRIES = 3
PIN_PATTERN = re.compile(r"[0-9]{4,8}")
# About a third of a second here: each PIN guess costs that, and a person waits it once.
PIN_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
_CONTEXT = b"bizhr quick unlock v1\0"


class WrongPin(WrongSecret):
    """A wrong PIN; ``tries_left`` more are allowed."""

    def __init__(self, tries_left: int) -> None:
        if tries_left == 1:
            super().__init__("Wrong PIN. One more try, then the passphrase is needed.")
        else:
            super().__init__(
                "Wrong PIN. {tries} more tries, then the passphrase is needed.", tries=tries_left
            )
        self.tries_left = tries_left


class QuickUnlockGone(WrongSecret):
    """Quick unlock is no longer possible (too many wrong PINs, or nothing kept)."""

    def __init__(self) -> None:
        super().__init__("Three wrong PINs: type your passphrase to unlock.")


def normalise_pin(pin: str) -> str:
    """Digits of any script (e.g. Arabic-Indic ١٢٣٤) as ASCII digits; other text unchanged."""
    return "".join(
        str(unicodedata.decimal(char)) if unicodedata.decimal(char, None) is not None else char
        for char in pin
    )


def check_pin(pin: str) -> str:
    """The PIN in ASCII digits, or InvalidInput if it is not 4 to 8 digits."""
    normal = normalise_pin(pin)
    if not PIN_PATTERN.fullmatch(normal):
        raise InvalidInput("A PIN is 4 to 8 digits.")
    return normal


@dataclass
class _Sealed:
    path: Path
    box: keys.PinSealed


def _associated_data(path: Path) -> bytes:
    return _CONTEXT + os.fsencode(path.resolve())


class QuickUnlock:
    """Holds, in memory only, what reopens one vault with a PIN after an automatic lock.

    Thread-safe: the slow calls (:meth:`set_pin`, :meth:`open`) run on a worker thread.
    """

    def __init__(self, kdf: KdfParams = PIN_KDF, max_tries: int = MAX_TRIES) -> None:
        self._kdf = kdf
        self._max_tries = max_tries
        self._mutex = threading.RLock()
        self._held: bytearray | None = None
        self._held_path: Path | None = None
        self._sealed: _Sealed | None = None
        self._tries_left = max_tries
        self._armed = False  # locked by itself, with a sealed key: the PIN may be offered

    # ------------------------------------------------------------------ while unlocked

    def hold(self, path: Path, precomputed: bytearray) -> None:
        """Keep a copy of the passphrase's Argon2id output while *path* is open."""
        with self._mutex:
            keys.wipe(self._held)
            self._held = bytearray(precomputed)
            self._held_path = Path(path)
            self._armed = False
            if self._sealed is not None and self._sealed.path != self._held_path:
                self._sealed = None  # another vault: the old PIN is worth nothing here

    @property
    def holding(self) -> bool:
        with self._mutex:
            return self._held is not None

    @property
    def pin_set(self) -> bool:
        with self._mutex:
            return self._sealed is not None

    def set_pin(self, pin: str) -> None:
        """Seal the held key under *pin* (slow: Argon2id). Replaces any earlier PIN."""
        pin = check_pin(pin)
        with self._mutex:
            if self._held is None or self._held_path is None:
                raise InvalidInput("Unlock with your passphrase first, then choose a PIN.")
            held, path = bytearray(self._held), self._held_path
        try:
            box = keys.seal_with_pin(held, pin, _associated_data(path), self._kdf)
        finally:
            keys.wipe(held)
        with self._mutex:
            self._sealed = _Sealed(path, box)
            self._tries_left = self._max_tries

    # ------------------------------------------------------------------ locking

    def locked(self, *, allow_pin: bool) -> None:
        """The vault just locked. Keep only the sealed key, and only if *allow_pin*."""
        with self._mutex:
            keys.wipe(self._held)
            self._held = None
            self._held_path = None
            if allow_pin and self._sealed is not None:
                self._armed = True
                self._tries_left = self._max_tries
            else:
                self._forget_sealed()

    def available_for(self, path: Path) -> bool:
        """May the PIN be offered to reopen *path* now?"""
        with self._mutex:
            return self._armed and self._sealed is not None and self._sealed.path == Path(path)

    @property
    def tries_left(self) -> int:
        with self._mutex:
            return self._tries_left if self._armed else 0

    def open(self, pin: str) -> bytearray:
        """The kept Argon2id output if *pin* is right (slow: Argon2id).

        Raises WrongPin while tries are left, then QuickUnlockGone (everything wiped).
        The caller wipes the returned buffer after use.
        """
        with self._mutex:
            sealed = self._sealed
            if not self._armed or sealed is None:
                raise QuickUnlockGone()
        pin = normalise_pin(pin)
        plain = None
        if PIN_PATTERN.fullmatch(pin):
            plain = keys.open_with_pin(sealed.box, pin, _associated_data(sealed.path), self._kdf)
        if plain is None:
            with self._mutex:
                if self._sealed is not sealed:  # forgotten meanwhile (panic, manual lock)
                    raise QuickUnlockGone()
                self._tries_left -= 1
                if self._tries_left <= 0:
                    self._forget_sealed()
                    raise QuickUnlockGone()
                raise WrongPin(self._tries_left)
        with self._mutex:
            if self._sealed is not sealed or not self._armed:
                raise QuickUnlockGone()
            self._tries_left = self._max_tries
        return plain

    def forget(self) -> None:
        """Wipe everything: after this only the passphrase (or recovery key) opens."""
        with self._mutex:
            keys.wipe(self._held)
            self._held = None
            self._held_path = None
            self._forget_sealed()

    def _forget_sealed(self) -> None:
        self._sealed = None
        self._armed = False
        self._tries_left = self._max_tries


def derive_for_session(
    session: VaultSession, passphrase: bytearray, *, keyring: KeyringStore | None = None
) -> bytearray:
    """The Argon2id output of *passphrase* for the open vault, if it is the vault's own
    passphrase (slow). For choosing a PIN when the key was not kept at unlock time."""
    if not session.vault.verify_passphrase(passphrase):
        raise WrongSecret("Wrong passphrase.")
    attempt = vaults.prepare_unlock(session.path, keyring=keyring)
    try:
        return vaults.derive_passphrase_key(attempt, passphrase)
    finally:
        keys.wipe(attempt.keyring_secret)


def reopen(
    path: Path,
    precomputed: bytearray,
    *,
    keyring: KeyringStore | None = None,
) -> VaultSession:
    """Open *path* with a kept Argon2id output (the keyring secret is read again)."""
    attempt = vaults.prepare_unlock(path, keyring=keyring)
    try:
        return vaults.unlock(path, keyring=keyring, attempt=attempt, precomputed=precomputed)
    finally:
        keys.wipe(attempt.keyring_secret)
