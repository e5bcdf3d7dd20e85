"""The keyring store against the real Secret Service, and its refusals."""

from __future__ import annotations

import keyring.backends.fail
import keyring.backends.null
import pytest

from bizhr_desktop.core.errors import InsecureKeyring, KeyringUnavailable
from bizhr_desktop.vault.keyring_store import KeyringStore


@pytest.mark.keyring
def test_secret_service_round_trip(secret_service: object) -> None:
    store = KeyringStore()
    assert store.backend_label == "Secret Service"
    store.store("item-1", "value-1")
    assert store.load("item-1") == "value-1"
    store.delete("item-1")
    assert store.load("item-1") is None
    store.delete("item-1")  # deleting twice is fine


def test_fail_backend_is_refused_by_name() -> None:
    store = KeyringStore(keyring.backends.fail.Keyring())
    with pytest.raises(KeyringUnavailable, match=r"keyring\.backends\.fail\.Keyring"):
        store.store("x", "y")


def test_null_backend_is_refused() -> None:
    store = KeyringStore(keyring.backends.null.Keyring())
    assert not store.is_secure()
    with pytest.raises(KeyringUnavailable):
        store.load("x")


def test_unknown_backend_is_refused() -> None:
    class PlainFile:
        def set_password(self, *args: object) -> None:
            raise AssertionError("must never be called")

    store = KeyringStore(PlainFile())
    with pytest.raises(InsecureKeyring, match="not one BizHR trusts"):
        store.store("x", "y")
