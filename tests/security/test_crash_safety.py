"""kill -9 in the middle of committed writes and of a rekey: nothing acknowledged is lost."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bizhr_desktop.services import vaults
from bizhr_desktop.vault.keys import KdfParams

REPO = Path(__file__).parents[2]
ROUNDS = 20


def _start(mode: str, vault: Path, passphrase: bytearray) -> subprocess.Popen[bytes]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.vault_worker", mode, str(vault)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=REPO,
    )
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(bytes(passphrase) + b"\n")
    worker.stdin.close()
    first = worker.stdout.readline().strip()
    assert first == b"open", first
    return worker


def _kill_after(worker: subprocess.Popen[bytes], delay: float) -> list[str]:
    time.sleep(delay)
    worker.kill()  # SIGKILL: no cleanup, no checkpoint, no lock release by the program
    worker.wait()
    assert worker.stdout is not None
    lines = worker.stdout.read().decode().splitlines()
    worker.stdout.close()
    return lines


@pytest.mark.slow
def test_kill_9_during_writes_loses_nothing_acknowledged(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    vaults.create(vault_path, passphrase, kdf=fast_kdf).vault.close()
    rng = random.Random(20261125)
    acknowledged: set[str] = set()
    for _ in range(ROUNDS):
        worker = _start("writes", vault_path, passphrase)
        lines = _kill_after(worker, rng.uniform(0.01, 0.4))
        acknowledged |= {
            f"k{int(line.split()[1]):06d}" for line in lines if line.startswith("ack ")
        }
        session = vaults.unlock(vault_path, passphrase=passphrase)
        try:
            assert session.vault.db.integrity_problems() == []
            stored = {row[0] for row in session.vault.db.execute("SELECT key FROM setting")}
            missing = acknowledged - stored
            assert not missing, f"{len(missing)} acknowledged writes lost"
        finally:
            session.lock()
    assert len(acknowledged) > ROUNDS  # the workers really were writing when killed


@pytest.mark.slow
def test_kill_9_during_rekey_always_leaves_an_openable_vault(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf)
    with created.vault.db.transaction() as db:
        for i in range(300):  # enough pages that a rekey takes a moment
            db.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"row{i}", "v" * 400))
    recovery = created.recovery_code
    created.vault.close()
    rng = random.Random(7)
    rekeys = 0
    interrupted = 0  # rounds where the kill landed between "pending" and "promoted"
    for _ in range(ROUNDS):
        worker = _start("rekey", vault_path, passphrase)
        lines = _kill_after(worker, rng.uniform(0.0, 0.5))
        rekeys += sum(1 for line in lines if line.startswith("rekeyed"))
        for secret in ({"passphrase": passphrase}, {"recovery_code": recovery}):
            session = vaults.unlock(vault_path, **secret)  # type: ignore[arg-type]
            interrupted += any("interrupted key change" in n for n in session.notices)
            try:
                assert session.vault.db.integrity_problems() == []
                assert (
                    session.vault.db.scalar("SELECT count(*) FROM setting WHERE key LIKE 'row%'")
                    == 300
                )
            finally:
                session.lock()
    assert rekeys > 0
    # Nearly all of a rekey loop's time is spent inside that window, so some kills land there.
    assert interrupted > 0
