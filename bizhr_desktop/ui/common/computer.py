"""What this program remembers per computer, outside any vault, in one QSettings file.

Only what is needed before a vault is open, or what says nothing about its contents: the
window's geometry and splitter positions, the language chosen in Settings, and whether a
vault opened with its passphrase alone last time (so a wrong passphrase is not followed by
advice about a keyring this vault does not use). The vault is named by a digest of its random
id, never by its path or name. Everything about the vault's own records lives inside it.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY_KEY = "window/geometry"
LANGUAGE_KEY = "interface/language"
_SPLITTER_PREFIX = "layout/"
_UNLOCK_PREFIX = "unlock/"


def _vault_key(vault_id: bytes) -> str:
    return (
        _UNLOCK_PREFIX
        + hashlib.sha256(b"bizhr-desktop/computer/v1\x00" + vault_id).hexdigest()[:16]
    )


class ComputerSettings:
    """A thin, typed face of the program's QSettings (never a secret, never a record)."""

    def __init__(self, settings: QSettings) -> None:
        self.qsettings = settings

    # ---- language

    def language(self) -> str | None:
        value = self.qsettings.value(LANGUAGE_KEY)
        return str(value) if value else None

    def set_language(self, language: str | None) -> None:
        """``None`` follows the system's language again."""
        if language:
            self.qsettings.setValue(LANGUAGE_KEY, language)
        else:
            self.qsettings.remove(LANGUAGE_KEY)
        self.qsettings.sync()

    # ---- layout

    def layout_state(self, name: str) -> QByteArray | None:
        value = self.qsettings.value(_SPLITTER_PREFIX + name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_layout_state(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(_SPLITTER_PREFIX + name, state)

    # ---- unlock methods

    def keyring_expected(self, vault_id: bytes) -> bool | None:
        """Whether this vault used the keyring when it last opened here (None: never)."""
        value = self.qsettings.value(_vault_key(vault_id))
        if value in ("keyring", "passphrase"):
            return bool(value == "keyring")
        return None

    def remember_unlock(self, vault_id: bytes, *, uses_keyring: bool) -> None:
        self.qsettings.setValue(_vault_key(vault_id), "keyring" if uses_keyring else "passphrase")
        self.qsettings.sync()
