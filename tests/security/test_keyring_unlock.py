"""Two secrets by default: the OS keyring (a real Secret Service) and the passphrase."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import pytest

from bizhr_desktop.core.errors import InvalidInput, KeyringUnavailable, WrongSecret
from bizhr_desktop.services import vaults
from bizhr_desktop.vault import keys
from bizhr_desktop.vault import vault as vault_files
from bizhr_desktop.vault.keyring_store import SERVICE, KeyringStore
from bizhr_desktop.vault.keys import KdfParams
from tests.helpers.secret_service import SecretServiceDaemon

REPO = Path(__file__).parents[2]
# `make test` installs keyrings.alt here (pip --target), never into .venv: importable from
# .venv, it would hand keyring its plain-file backend in every `make run`.
# See packaging/test-only-requirements.txt.
TEST_ONLY_DEPS = REPO / ".venv-testdeps"
pytestmark = pytest.mark.keyring


@pytest.fixture
def keyrings_alt(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """keyrings.alt importable by this test only; its folder, for a subprocess's PYTHONPATH.

    A missing folder fails (never skips): these tests are the proof that plain-file backends
    are refused, and would prove nothing without the package.
    """
    if not (TEST_ONLY_DEPS / "keyrings" / "alt" / "file.py").is_file():
        pytest.fail(
            f"keyrings.alt is missing from {TEST_ONLY_DEPS}. `make test` installs it there; "
            "by hand: .venv/bin/python -m pip install --no-deps --target .venv-testdeps "
            "-r packaging/test-only-requirements.txt",
            pytrace=False,
        )
    before = set(sys.modules)
    monkeypatch.syspath_prepend(str(TEST_ONLY_DEPS))
    yield TEST_ONLY_DEPS
    for name in set(sys.modules) - before:  # later tests must not find it imported
        if name == "keyrings" or name.startswith("keyrings."):
            del sys.modules[name]


_LIST_BACKENDS = """
import importlib.metadata, importlib.util, json
import keyring, keyring.backend
name = lambda backend: f"{type(backend).__module__}.{type(backend).__qualname__}"
print(json.dumps({
    "entry_points": [
        ep.value for ep in importlib.metadata.entry_points(group="keyring.backends")
    ],
    "backends": [name(b) for b in keyring.backend.get_all_keyring()],
    "default": name(keyring.get_keyring()),
    "keyrings_alt_importable": importlib.util.find_spec("keyrings") is not None,
}))
"""


def _backends_seen_by(python: Path, extra_path: Path | None = None) -> dict[str, Any]:
    """What keyring discovers in a fresh *python*, started as `make run` starts the app:
    no PYTHONPATH, no forced backend (plus *extra_path*, for the control case)."""
    unset = ("PYTHONPATH", "PYTHON_KEYRING_BACKEND")
    env = {name: value for name, value in os.environ.items() if name not in unset}
    if extra_path is not None:
        env["PYTHONPATH"] = str(extra_path)
    result = subprocess.run(
        [str(python), "-c", _LIST_BACKENDS],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
    )
    seen: dict[str, Any] = json.loads(result.stdout)
    return seen


def _app_python() -> Path:
    """The interpreter `make run` starts: the one named in .venv/bin/bizhr-desktop's #! line
    (pytest runs from that same .venv under `make test`)."""
    launcher = Path(sys.executable).parent / "bizhr-desktop"
    assert launcher.is_file(), f"no {launcher}: run the tests from the app's .venv (make test)"
    shebang = launcher.read_text(encoding="utf-8").splitlines()[0]
    assert shebang.startswith("#!"), shebang
    return Path(shebang[2:].strip())


def test_the_app_venv_offers_keyring_no_keyrings_alt_backend(keyrings_alt: Path) -> None:
    python = _app_python()
    seen = _backends_seen_by(python)
    listed = [*seen["entry_points"], *seen["backends"], seen["default"]]
    assert not [name for name in listed if "keyrings.alt" in name], seen
    assert seen["keyrings_alt_importable"] is False, seen
    # The control: the same probe does see keyrings.alt once the test-only folder is on the
    # path, so the assertions above could fail.
    control = _backends_seen_by(python, extra_path=keyrings_alt)
    assert "keyrings.alt.file.PlaintextKeyring" in control["backends"], control
    assert control["default"].startswith("keyrings.alt"), control


def _create(vault_path: Path, passphrase: bytearray, kdf: KdfParams) -> str:
    created = vaults.create(
        vault_path, passphrase, kdf=kdf, method=vaults.UnlockMethod.KEYRING_PASSPHRASE
    )
    assert created.vault.methods == ["keyring+passphrase", "recovery key"]
    created.vault.close()
    return created.recovery_code


def _item(vault_path: Path) -> str:
    return vault_files.read_header(vault_path).keyring_item_name


def test_keyring_and_passphrase_together_open_the_vault(
    secret_service: SecretServiceDaemon,
    vault_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
) -> None:
    _create(vault_path, passphrase, fast_kdf)
    assert keyring.get_password(SERVICE, _item(vault_path))  # the secret lives in gnome-keyring
    session = vaults.unlock(vault_path, passphrase=passphrase)
    assert session.vault.unlocked_with == "keyring+passphrase"
    assert vaults.info(session).keyring_backend == "Secret Service"
    session.lock()
    with pytest.raises(WrongSecret):
        vaults.unlock(vault_path, passphrase=bytearray(b"a wrong but long passphrase"))


def test_without_the_keyring_the_passphrase_opens_nothing(
    secret_service: SecretServiceDaemon,
    vault_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
) -> None:
    code = _create(vault_path, passphrase, fast_kdf)
    keyring.set_keyring(keyring.backends.fail.Keyring())  # as on a copied disk elsewhere
    with pytest.raises(WrongSecret, match="recovery key"):
        vaults.unlock(vault_path, passphrase=passphrase)
    session = vaults.unlock(vault_path, recovery_code=code)
    assert any("Re-link" in n for n in session.notices)
    session.lock()


def test_deleted_keyring_item_then_recovery_then_relink(
    secret_service: SecretServiceDaemon,
    vault_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
) -> None:
    code = _create(vault_path, passphrase, fast_kdf)
    keyring.delete_password(SERVICE, _item(vault_path))
    with pytest.raises(WrongSecret) as raised:
        vaults.unlock(vault_path, passphrase=passphrase)
    assert "has no key for this vault" in raised.value.message
    assert "recovery key" in raised.value.message and "re-link" in raised.value.message
    session = vaults.unlock(vault_path, recovery_code=code)
    vaults.relink_keyring(session, passphrase)
    session.lock()
    session = vaults.unlock(vault_path, passphrase=passphrase)  # the passphrase works again
    assert session.vault.unlocked_with == "keyring+passphrase"
    session.lock()


def test_a_changed_backend_is_reported_plainly(
    secret_service: SecretServiceDaemon,
    vault_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
) -> None:
    code = _create(vault_path, passphrase, fast_kdf)
    # Pretend the vault was linked on a KDE machine: rewrite the recorded backend.
    header = vault_files.read_header(vault_path)
    unlocked = keys.unlock(header, keys.Secret(recovery_code=keys.parse_recovery_code(code)))
    unlocked.directory.keyring_backend = "keyring.backends.kwallet.DBusKeyring"
    keys.seal_directory(header, unlocked)
    vaults.header_path(vault_path).write_bytes(header.serialise())
    session = vaults.unlock(vault_path, passphrase=passphrase)
    assert any("KWallet" in n and "Secret Service" in n for n in session.notices)
    session.lock()


def test_passphrase_only_vault_never_needs_the_keyring(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    vaults.create(vault_path, passphrase, kdf=fast_kdf).vault.close()
    assert not vaults.keyring_status().secure  # the fail backend, as on headless Linux
    vaults.unlock(vault_path, passphrase=passphrase).lock()


def test_keyring_method_is_refused_without_a_secure_keyring(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    with pytest.raises(KeyringUnavailable, match="No secure OS keyring"):
        vaults.create(
            vault_path, passphrase, kdf=fast_kdf, method=vaults.UnlockMethod.KEYRING_PASSPHRASE
        )
    assert not vault_path.exists()


class EmptyChainer(keyring.backends.chainer.ChainerBackend):
    backends: list[object] = []  # noqa: RUF012 - shadows the class property on purpose


class MixedChainer(keyring.backends.chainer.ChainerBackend):
    backends: list[object] = []  # noqa: RUF012


def test_an_empty_chainer_is_refused() -> None:
    with pytest.raises(KeyringUnavailable, match="chains: nothing"):
        KeyringStore(EmptyChainer()).require_secure()


def test_a_chainer_uses_only_its_secure_link(
    secret_service: SecretServiceDaemon, keyrings_alt: Path
) -> None:
    import keyring.backends.SecretService
    from keyrings.alt.file import PlaintextKeyring

    MixedChainer.backends = [keyring.backends.SecretService.Keyring(), PlaintextKeyring()]
    store = KeyringStore(MixedChainer())
    assert store.backend_label == "Secret Service"
    store.store("chained", "value")
    assert keyring.backends.SecretService.Keyring().get_password(SERVICE, "chained") == "value"


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        pytest.param(
            "keyrings.alt.file.PlaintextKeyring", "stores secrets in a plain file", id="plaintext"
        ),
        # Without pycryptodome it cannot start; with it, it is refused by name like the above.
        pytest.param(
            "keyrings.alt.file.EncryptedKeyring",
            "could not be started (RuntimeError)",
            id="encrypted",
        ),
    ],
)
def test_a_forced_keyrings_alt_backend_is_refused_and_writes_nothing(
    isolated_environment: Path, tmp_path: Path, backend: str, reason: str, keyrings_alt: Path
) -> None:
    vault = tmp_path / "v.bizhr"
    secret_file = tmp_path / "pw"
    secret_file.write_text("correct horse battery staple\n")
    env = dict(os.environ, PYTHON_KEYRING_BACKEND=backend, PYTHONPATH=str(keyrings_alt))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bizhr_desktop.cli",
            "init",
            str(vault),
            "--unlock",
            "keyring+passphrase",
            "--passphrase-file",
            str(secret_file),
            "--kdf-time",
            "0.1",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 6, result.stderr
    assert backend in result.stderr and "will not use it" in result.stderr
    # keyrings.alt was really loaded: refused for what it is, not because it failed to import.
    assert reason in result.stderr and "ModuleNotFoundError" not in result.stderr
    assert "Traceback" not in result.stderr
    assert not vault.exists()
    written = [p for p in isolated_environment.rglob("*") if p.is_file()]
    assert not [p for p in written if "keyring" in p.name.lower() or p.suffix == ".cfg"], written


def test_a_duress_passphrase_equal_to_a_real_secret_is_refused_everywhere(
    secret_service: SecretServiceDaemon,
    vault_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
) -> None:
    code = _create(vault_path, passphrase, fast_kdf)
    session = vaults.unlock(vault_path, passphrase=passphrase)
    with pytest.raises(InvalidInput, match="differ from the vault's passphrase"):
        vaults.set_duress(session, bytearray(passphrase), "decoy")
    with pytest.raises(InvalidInput, match="recovery key"):
        vaults.set_duress(session, bytearray(code.lower().encode()), "erase")
    assert not session.vault.has_duress
    duress = bytearray(b"tundra maple orbit saddle quiver")
    vaults.set_duress(session, bytearray(duress), "decoy")
    session.lock()

    # The keyring item is gone: the passphrase cannot be checked, so nothing is set.
    keyring.delete_password(SERVICE, _item(vault_path))
    session = vaults.unlock(vault_path, recovery_code=code)
    with pytest.raises(KeyringUnavailable, match="cannot be checked"):
        vaults.set_duress(session, bytearray(passphrase), "decoy")
    # Re-linking with the duress passphrase as the passphrase is refused too.
    with pytest.raises(InvalidInput, match="duress passphrase"):
        vaults.relink_keyring(session, bytearray(duress))
    vaults.relink_keyring(session, bytearray(passphrase))
    session.lock()
    # The real passphrase still opens the real vault, not the decoy.
    session = vaults.unlock(vault_path, passphrase=passphrase)
    assert not session.vault.is_decoy
    session.lock()
