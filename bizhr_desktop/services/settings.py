"""In-vault settings: one declaration of every setting, and reading and writing them.

Settings that matter for safety (auto-lock delay, clipboard delay, panic shortcut, quick
unlock) live inside the encrypted vault, in its ``setting`` table, never in QSettings. Each
is declared once in :data:`SETTINGS` (key, default, kind, label, tooltip, bounds), as Vorta
does; the settings dialog is generated from that list. Labels and tooltips are English
source strings marked with :func:`QT_TRANSLATE_NOOP` so that ``lupdate`` finds them; the GUI
translates them in the :data:`TRANSLATION_CONTEXT` context.
"""

from __future__ import annotations

import enum
import json
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.messages import QT_TRANSLATE_NOOP
from bizhr_desktop.core.models import CONSENT_RENEWAL_MONTHS, consent_period
from bizhr_desktop.vault.audit import AuditLog
from bizhr_desktop.vault.database import Database

TRANSLATION_CONTEXT = "Settings"
KEY_PREFIX = "ui."  # other services keep their own keys in the same table


class SettingKind(enum.Enum):
    INTEGER = "integer"
    BOOLEAN = "boolean"
    SHORTCUT = "shortcut"  # a key sequence in Qt's portable text form, e.g. "Ctrl+Shift+L"


@dataclass(frozen=True)
class SettingSpec:
    """One setting: what it is called, what it holds, and how a person is told about it."""

    key: str
    default: int | bool | str
    kind: SettingKind
    label: str
    tooltip: str
    group: str
    minimum: int = 0
    maximum: int = 0
    unit: str = ""  # a suffix shown after a number, e.g. " min"

    def check(self, value: Any) -> int | bool | str:
        """The value if it is valid for this setting; else InvalidInput with a sentence."""
        if self.kind is SettingKind.BOOLEAN:
            if not isinstance(value, bool):
                raise InvalidInput("The setting {setting} is on or off.", setting=self.key)
            return value
        if self.kind is SettingKind.INTEGER:
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidInput("The setting {setting} is a whole number.", setting=self.key)
            if not self.minimum <= value <= self.maximum:
                raise InvalidInput(
                    "The setting {setting} must be between {minimum} and {maximum}.",
                    setting=self.key,
                    minimum=self.minimum,
                    maximum=self.maximum,
                )
            return value
        if not isinstance(value, str) or not value.strip() or len(value) > 64:
            raise InvalidInput("The setting {setting} needs a keyboard shortcut.", setting=self.key)
        return value.strip()


AUTOLOCK_MINUTES = KEY_PREFIX + "autolock_minutes"
CLIPBOARD_CLEAR_SECONDS = KEY_PREFIX + "clipboard_clear_seconds"
PANIC_SHORTCUT = KEY_PREFIX + "panic_shortcut"
QUICK_UNLOCK_PIN = KEY_PREFIX + "quick_unlock_pin"
SHOW_VAULT_NAME = KEY_PREFIX + "show_vault_name_when_locked"
CONSENT_RENEWAL = KEY_PREFIX + "consent_renewal_months"

_SAFETY = QT_TRANSLATE_NOOP("Settings", "Safety")
_PRIVACY = QT_TRANSLATE_NOOP("Settings", "Privacy")

SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        AUTOLOCK_MINUTES,
        5,
        SettingKind.INTEGER,
        QT_TRANSLATE_NOOP("Settings", "Lock after this long without use"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "When nobody has typed or moved the mouse in BizHR for this long, the vault "
            "locks. Time the computer spent asleep counts too.",
        ),
        _SAFETY,
        minimum=1,
        maximum=120,
        unit=QT_TRANSLATE_NOOP("Settings", " min"),
    ),
    SettingSpec(
        CLIPBOARD_CLEAR_SECONDS,
        15,
        SettingKind.INTEGER,
        QT_TRANSLATE_NOOP("Settings", "Clear copied values after"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "A value copied from the vault is removed from the clipboard after this many "
            "seconds, unless something else was copied since.",
        ),
        _PRIVACY,
        minimum=5,
        maximum=300,
        unit=QT_TRANSLATE_NOOP("Settings", " s"),
    ),
    SettingSpec(
        PANIC_SHORTCUT,
        "Ctrl+Shift+L",
        SettingKind.SHORTCUT,
        QT_TRANSLATE_NOOP("Settings", "Panic shortcut"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "This key combination locks the vault at once and hides the window, without "
            "asking anything. A PIN never reopens a vault locked this way.",
        ),
        _SAFETY,
    ),
    SettingSpec(
        QUICK_UNLOCK_PIN,
        False,
        SettingKind.BOOLEAN,
        QT_TRANSLATE_NOOP("Settings", "Allow a PIN after an automatic lock"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "After the vault locked itself (idle or screen lock), a short PIN you choose "
            "for this session reopens it. The PIN is never stored; three wrong tries, a "
            "manual lock, a panic lock, sleep or quitting make the passphrase necessary again.",
        ),
        _SAFETY,
    ),
    SettingSpec(
        SHOW_VAULT_NAME,
        False,
        SettingKind.BOOLEAN,
        QT_TRANSLATE_NOOP("Settings", "Show the vault's file name when locked"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Off: the unlock screen says only 'Your vault', so someone looking at the "
            "screen does not learn where the vault is or what it is called.",
        ),
        _PRIVACY,
    ),
    SettingSpec(
        CONSENT_RENEWAL,
        CONSENT_RENEWAL_MONTHS,
        SettingKind.INTEGER,
        QT_TRANSLATE_NOOP("Settings", "Consent must be renewed after"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "Consent older than this, or never dated, counts as not given for every list "
            "that leaves the network: the person appears under a label or only in a count. "
            "The People list flags it as due for renewal.",
        ),
        _PRIVACY,
        minimum=6,
        maximum=120,
        unit=QT_TRANSLATE_NOOP("Settings", " months"),
    ),
)

SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise InvalidInput("There is no setting called {key}.", key=key) from None


@dataclass(frozen=True)
class SafetySettings:
    """A snapshot of the settings, typed, for the code that applies them."""

    autolock_minutes: int = 5
    clipboard_clear_seconds: int = 15
    panic_shortcut: str = "Ctrl+Shift+L"
    quick_unlock_pin: bool = False
    show_vault_name: bool = False

    @classmethod
    def from_values(cls, values: dict[str, int | bool | str]) -> SafetySettings:
        return cls(
            autolock_minutes=int(values[AUTOLOCK_MINUTES]),
            clipboard_clear_seconds=int(values[CLIPBOARD_CLEAR_SECONDS]),
            panic_shortcut=str(values[PANIC_SHORTCUT]),
            quick_unlock_pin=bool(values[QUICK_UNLOCK_PIN]),
            show_vault_name=bool(values[SHOW_VAULT_NAME]),
        )


DEFAULTS = SafetySettings()


class SettingsStore:
    """Reads and writes the declared settings in one vault's ``setting`` table.

    A stored value that does not fit its declaration (written by a newer version, or
    damaged) reads as the default: a setting can never stop a vault from opening.
    """

    def __init__(self, db: Database, audit: AuditLog | None = None) -> None:
        self._db = db
        self._audit = audit

    def get(self, key: str) -> int | bool | str:
        declared = spec(key)
        text = self._db.scalar("SELECT value FROM setting WHERE key = ?", (key,))
        if text is None:
            return declared.default
        try:
            return declared.check(json.loads(text))
        except (ValueError, InvalidInput):
            return declared.default

    def set(self, key: str, value: int | bool | str) -> None:
        checked = spec(key).check(value)
        self._db.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(checked)),
        )

    def reset(self, key: str) -> None:
        spec(key)
        self._db.execute("DELETE FROM setting WHERE key = ?", (key,))

    def values(self) -> dict[str, int | bool | str]:
        return {declared.key: self.get(declared.key) for declared in SETTINGS}

    def update(self, values: dict[str, int | bool | str]) -> list[str]:
        """Write several settings at once (all checked first); returns the keys changed."""
        checked = {key: spec(key).check(value) for key, value in values.items()}
        current = self.values()
        changed = [key for key, value in checked.items() if current[key] != value]
        if not changed:
            return changed
        with self._db.transaction():
            for key in changed:
                self.set(key, checked[key])
            if self._audit is not None:  # which settings changed, never to what
                self._audit.append("settings.changed", {"keys": sorted(changed)})
        return changed

    def snapshot(self) -> SafetySettings:
        return SafetySettings.from_values(self.values())

    def consent_renewal_months(self) -> int:
        """After how many months consent must be renewed in this vault (24 by default)."""
        return int(self.get(CONSENT_RENEWAL))

    def consent_valid_for(self) -> timedelta:
        """How long consent holds in this vault: the renewal setting as a period."""
        return consent_period(self.consent_renewal_months())


def vault_secret(db: Database, name: str, *, create: bool = True) -> bytes | None:
    """A random 32-byte key kept in this vault's (encrypted) ``setting`` table under *name*,
    made on first use: the one owner of the per-vault keys of the services (list labels,
    erasure hashes, travel tags). None when it does not exist and *create* is False."""
    stored = db.scalar("SELECT value FROM setting WHERE key = ?", (name,))
    if stored is None:
        if not create:
            return None
        stored = secrets.token_hex(32)
        with db.transaction():
            db.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (name, stored))
    return bytes.fromhex(str(stored))
