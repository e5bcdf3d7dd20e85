"""The OS keyring: one secret per vault, kept only in backends that protect it.

Only the macOS Keychain, the Windows Credential Locker, the freedesktop Secret Service
(GNOME Keyring, KeePassXC, ...) and KWallet are accepted. Everything else is refused *by
name*: keyring's ``fail`` and ``null`` backends, a chainer with nothing behind it, and every
``keyrings.alt`` backend (installing that package makes keyring write secrets, merely
base64-encoded, to a plain file). There is no silent fallback: without a secure keyring the
vault uses the passphrase alone, and the person is told so.
"""

from __future__ import annotations

import os
from typing import Any

import keyring
import keyring.errors
from keyring.backends.chainer import ChainerBackend

from bizhr_desktop.core.errors import InsecureKeyring, KeyringUnavailable

SERVICE = "BizHR Desktop vault"

ACCEPTED_BACKENDS: dict[str, str] = {
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Locker",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
}


def _qualified_name(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _effective_backend(backend: Any) -> Any:
    """keyring's chainer tries each backend in turn, so one insecure link would catch a secret
    the secure one refused (a locked keyring, say). Use the first accepted backend directly."""
    if isinstance(backend, ChainerBackend):
        for inner in backend.backends:
            if _qualified_name(inner) in ACCEPTED_BACKENDS:
                return inner
    return backend


class KeyringStore:
    """Reads and writes this program's secrets in the OS keyring, if it is a secure one."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend

    def _raw_backend(self) -> Any:
        if self._backend is None:
            try:
                self._backend = keyring.get_keyring()
            except Exception as exc:  # keyring's own init can fail in many ways
                forced = os.environ.get("PYTHON_KEYRING_BACKEND", "")
                which = f"The keyring backend '{forced}'" if forced else "The OS keyring"
                raise KeyringUnavailable(
                    "{which} could not be started ({error}); BizHR will not "
                    "use it. Use a passphrase-only vault, or fix the keyring and try again.",
                    which=which,
                    error=type(exc).__name__,
                ) from None
        return _effective_backend(self._backend)

    @property
    def backend_id(self) -> str:
        """The backend's full class name, as recorded in a vault's key directory."""
        return _qualified_name(self._raw_backend())

    @property
    def backend_label(self) -> str:
        """The backend's name for a person."""
        return ACCEPTED_BACKENDS.get(self.backend_id, self.backend_id)

    def is_secure(self) -> bool:
        return self.backend_id in ACCEPTED_BACKENDS

    def require_secure(self) -> None:
        """Raise with a plain explanation unless the backend is one we trust."""
        name = self.backend_id
        if name in ACCEPTED_BACKENDS:
            return
        raw = self._raw_backend()
        if isinstance(raw, ChainerBackend):
            chained = ", ".join(_qualified_name(b) for b in raw.backends) or "nothing"
            raise KeyringUnavailable(
                "No secure OS keyring is available on this computer (keyring's "
                "ChainerBackend chains: {chained}). Use a passphrase-only vault, or start "
                "your desktop's keyring (GNOME Keyring, KWallet, KeePassXC) and try again.",
                chained=chained,
            )
        if name.startswith("keyrings.alt"):
            raise InsecureKeyring(
                "The keyring backend '{name}' stores secrets in a plain file, so BizHR will "
                "not use it. Remove the keyrings.alt package, or use a passphrase-only vault.",
                name=name,
            )
        if name in (
            "keyring.backends.fail.Keyring",
            "keyring.backends.null.Keyring",
            "keyring.backends.chainer.ChainerBackend",
        ):
            raise KeyringUnavailable(
                "No secure OS keyring is available on this computer "
                "(keyring backend '{name}'). Use a passphrase-only vault, or start your "
                "desktop's keyring (GNOME Keyring, KWallet, KeePassXC) and try again.",
                name=name,
            )
        raise InsecureKeyring(
            "The keyring backend '{name}' is not one BizHR trusts. Only the macOS Keychain, "
            "Windows Credential Locker, Secret Service and KWallet are used.",
            name=name,
        )

    def store(self, item: str, value: str) -> None:
        self.require_secure()
        try:
            self._raw_backend().set_password(SERVICE, item, value)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                "The OS keyring ({backend}) refused to store the vault's key "
                "({error}). Is it locked?",
                backend=self.backend_label,
                error=type(exc).__name__,
            ) from None

    def load(self, item: str) -> str | None:
        self.require_secure()
        try:
            value = self._raw_backend().get_password(SERVICE, item)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                "The OS keyring ({backend}) could not be read ({error}). Is it locked?",
                backend=self.backend_label,
                error=type(exc).__name__,
            ) from None
        return value if isinstance(value, str) else None

    def delete(self, item: str) -> None:
        """Remove the item; an item that is already gone is not an error."""
        self.require_secure()
        try:
            self._raw_backend().delete_password(SERVICE, item)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                "The OS keyring ({backend}) could not delete the vault's key ({error}).",
                backend=self.backend_label,
                error=type(exc).__name__,
            ) from None
