"""Fixtures shared by every test: private folders, a real Secret Service, cheap KDFs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.SecretService
import pytest

from bizhr_desktop.services import vaults
from bizhr_desktop.services.session import VaultSession
from bizhr_desktop.vault.keys import KdfParams
from tests.helpers.secret_service import SecretServiceDaemon

# Argon2id at its floor of 64 MiB but one pass: the cost parameters are stored in the header,
# so every code path is the real one, only quicker. Calibration itself has its own test.
FAST_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=4)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Send every config, data, cache, log and temp path of the app to a fresh folder, and
    start with no keyring reachable (tests that want one ask for ``secret_service``)."""
    root = tmp_path / "env"
    for name in ("home", "config", "data", "cache", "state", "tmp", "runtime"):
        (root / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(root / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(root / "state"))
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield root


@pytest.fixture(scope="session")
def secret_service_daemon(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[SecretServiceDaemon]:
    daemon = SecretServiceDaemon(tmp_path_factory.mktemp("secret-service"))
    daemon.start()
    yield daemon
    daemon.stop()


@pytest.fixture
def secret_service(
    secret_service_daemon: SecretServiceDaemon, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretServiceDaemon]:
    """This test talks to the real Secret Service (gnome-keyring) on a private bus."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service_daemon.address)
    keyring.set_keyring(keyring.backends.SecretService.Keyring())
    yield secret_service_daemon
    keyring.set_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def fast_kdf() -> KdfParams:
    return FAST_KDF


@pytest.fixture
def passphrase() -> bytearray:
    return bytearray(PASSPHRASE.encode())


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    folder = tmp_path / "vaults"
    folder.mkdir()
    return folder / "test.bizhr"


@pytest.fixture
def session(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Iterator[VaultSession]:
    """A new, empty vault, open; locked again after the test (if the test left it open)."""
    opened = vaults.create(vault_path, bytearray(passphrase), kdf=fast_kdf).vault
    session = VaultSession(opened)
    yield session
    session.lock()


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
