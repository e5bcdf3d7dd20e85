"""In-vault settings: one declaration, defaults, validation, storage inside the vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.services import settings as settings_service
from bizhr_desktop.services import vaults
from bizhr_desktop.services.settings import (
    AUTOLOCK_MINUTES,
    CLIPBOARD_CLEAR_SECONDS,
    CONSENT_RENEWAL,
    PANIC_SHORTCUT,
    QUICK_UNLOCK_PIN,
    SETTINGS,
    SHOW_VAULT_NAME,
    SafetySettings,
    SettingKind,
    SettingsStore,
)
from bizhr_desktop.services.vaults import VaultSession


def test_every_setting_is_declared_once_with_label_tooltip_and_valid_default() -> None:
    keys = [spec.key for spec in SETTINGS]
    assert len(keys) == len(set(keys))
    for spec in SETTINGS:
        assert spec.key.startswith(settings_service.KEY_PREFIX)
        assert spec.label and spec.tooltip and spec.group
        assert spec.check(spec.default) == spec.default
        if spec.kind is SettingKind.INTEGER:
            assert spec.minimum <= int(spec.default) <= spec.maximum


def test_the_defaults_the_product_promises() -> None:
    defaults = {spec.key: spec.default for spec in SETTINGS}
    assert defaults == {
        AUTOLOCK_MINUTES: 5,
        CLIPBOARD_CLEAR_SECONDS: 15,
        PANIC_SHORTCUT: "Ctrl+Shift+L",
        QUICK_UNLOCK_PIN: False,
        SHOW_VAULT_NAME: False,
        CONSENT_RENEWAL: 24,  # DATA.md: consent older than 24 months is renewed
    }
    assert SafetySettings.from_values(defaults) == settings_service.DEFAULTS


def test_a_new_vault_reads_the_defaults(session: VaultSession) -> None:
    store = SettingsStore(session.vault.db)
    assert store.snapshot() == SafetySettings()


def test_values_are_kept_inside_the_vault_across_unlocks(
    session: VaultSession, vault_path: Path, passphrase: bytearray
) -> None:
    store = SettingsStore(session.vault.db, session.vault.audit)
    changed = store.update({AUTOLOCK_MINUTES: 12, QUICK_UNLOCK_PIN: True, SHOW_VAULT_NAME: False})
    assert changed == [AUTOLOCK_MINUTES, QUICK_UNLOCK_PIN]
    session.lock()
    reopened = vaults.unlock(vault_path, passphrase=bytearray(passphrase))
    try:
        snapshot = SettingsStore(reopened.vault.db).snapshot()
        assert snapshot.autolock_minutes == 12
        assert snapshot.quick_unlock_pin is True
        events = reopened.vault.audit.events()
        changes = [e for e in events if e.kind == "settings.changed"]
        assert [e.detail for e in changes] == [{"keys": [AUTOLOCK_MINUTES, QUICK_UNLOCK_PIN]}]
        assert reopened.vault.audit.verify() is None
    finally:
        reopened.lock()


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (AUTOLOCK_MINUTES, 0),
        (AUTOLOCK_MINUTES, 121),
        (AUTOLOCK_MINUTES, "5"),
        (AUTOLOCK_MINUTES, True),
        (CLIPBOARD_CLEAR_SECONDS, 1),
        (QUICK_UNLOCK_PIN, 1),
        (PANIC_SHORTCUT, ""),
        (PANIC_SHORTCUT, 5),
        ("ui.nonexistent", 1),
    ],
)
def test_invalid_values_are_refused_with_a_sentence_and_nothing_written(
    session: VaultSession, key: str, value: object
) -> None:
    store = SettingsStore(session.vault.db)
    with pytest.raises(InvalidInput):
        store.update({AUTOLOCK_MINUTES: 30, key: value})  # type: ignore[dict-item]
    assert store.get(AUTOLOCK_MINUTES) == 5, "all checked before anything is written"


def test_a_damaged_or_foreign_stored_value_reads_as_the_default(session: VaultSession) -> None:
    db = session.vault.db
    db.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (AUTOLOCK_MINUTES, "not json"))
    db.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (SHOW_VAULT_NAME, '"yes"'))
    store = SettingsStore(db)
    assert store.get(AUTOLOCK_MINUTES) == 5
    assert store.get(SHOW_VAULT_NAME) is False
    store.reset(AUTOLOCK_MINUTES)
    assert db.scalar("SELECT count(*) FROM setting WHERE key = ?", (AUTOLOCK_MINUTES,)) == 0


def test_other_services_keys_in_the_same_table_are_left_alone(session: VaultSession) -> None:
    db = session.vault.db
    db.execute("INSERT INTO setting (key, value) VALUES ('people.retention', '24')")
    store = SettingsStore(db)
    store.update({AUTOLOCK_MINUTES: 7})
    assert db.scalar("SELECT value FROM setting WHERE key = 'people.retention'") == "24"
    assert set(store.values()) == {spec.key for spec in SETTINGS}
