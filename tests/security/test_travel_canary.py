"""Travel mode at rest: once records have left, no byte of them is in the vault, its WAL, the
app's folders or temp, even for someone holding the vault's key (every page decrypted)."""

from __future__ import annotations

from pathlib import Path

from bizhr_desktop.services import paths, travel, vaults
from bizhr_desktop.vault.keys import KdfParams
from tests.helpers.canary import find_canary
from tests.helpers.sqlcipher_pages import plaintext_anywhere
from tests.helpers.travel_population import populate

BUNDLE_PASSPHRASE = "tundra-maple-orbit-saddle-quiver-lantern"


def test_records_that_left_are_nowhere_in_the_vault_even_with_its_key(
    isolated_environment: Path, tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    vault_path = paths.default_vault_path()
    session = vaults.VaultSession(vaults.create(vault_path, passphrase, kdf=fast_kdf).vault)
    network = populate(session)
    # Taken before locking: the lock wipes it.
    key = bytes(session.vault._require_keys().data_key._key)
    needles = [*network.canaries, *network.phones]

    # The check can see them while they are there (in a page or a WAL frame).
    before = plaintext_anywhere(vault_path, key)
    assert all(needle.encode() in before for needle in network.canaries)

    away = tmp_path / "usb-stick"
    away.mkdir()
    bundle = away / "travel.age"
    plan = travel.plan_travel_out(session)
    assert plan.people == 2 and plan.meetings == 1
    travel.travel_out(session, plan, bundle, BUNDLE_PASSPHRASE)
    session.lock()

    roots = [
        vault_path.parent,
        paths.config_dir(),
        paths.data_dir(),
        paths.cache_dir(),
        paths.log_dir(),
        isolated_environment / "tmp",
        isolated_environment / "home",
        isolated_environment / "state",
        tmp_path,  # everything this test made, the bundle's folder included
    ]
    for needle in needles:
        hits = find_canary(needle, *roots)
        assert set(hits) <= {bundle}, f"{needle} found in {hits}"
    # With the key: every page of the file and every WAL frame, live or stale.
    after = plaintext_anywhere(vault_path, key)
    for needle in needles:
        for form in (needle, needle.lower()):
            assert form.encode("utf-8") not in after, f"{needle} is still in the vault"
            assert form.encode("utf-16-le") not in after
    # The placeholders and the people who stayed are still there.
    assert b"Jane Fictional Business" in after
