"""Two writers at once, and backups taken while the vault is being edited."""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ExitCode
from bizhr_desktop.services import vaults
from tests.conftest import PASSPHRASE
from tests.reliability.harness import REPO, cli_argv, record, scaled
from tests.reliability.operations import BASE_PEOPLE, IMPORTED, VAULT, _count, _verified


@pytest.mark.slow
def test_two_imports_at_once_one_waits_its_turn_and_nothing_is_lost_or_doubled(
    bases: dict[str, Path], tmp_path: Path
) -> None:
    for round_ in range(scaled(3, 25)):
        work = tmp_path / f"round-{round_}"
        shutil.copytree(bases["filled"], work)
        argv = cli_argv("import", str(work / VAULT), str(work / "people.csv"),
                        "--passphrase-file", str(work / "pass.txt"))  # fmt: skip
        first, second = (
            subprocess.Popen(argv, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)
        )
        results = [(p.wait(timeout=180), p.communicate()[1].decode()) for p in (first, second)]
        codes = sorted(code for code, _ in results)
        for code, stderr in results:
            assert "Traceback" not in stderr, stderr
            if code == ExitCode.IN_USE:
                assert "already open" in stderr or "busy" in stderr, stderr
        # Either one import ran and the other was told the vault is in use, or they ran one
        # after the other (the second then refuses the duplicates or adds them: both are
        # counted below as a whole import).
        count = _count(work / VAULT)
        assert codes[0] == ExitCode.OK, results
        assert count in (BASE_PEOPLE + IMPORTED, BASE_PEOPLE + 2 * IMPORTED), count
        assert _verified(work / VAULT) == []
        record("concurrency", case="two imports", ok=True, exits=codes)
        shutil.rmtree(work)


@pytest.mark.slow
def test_backups_taken_while_another_thread_edits_are_each_whole(
    bases: dict[str, Path], tmp_path: Path
) -> None:
    work = tmp_path / "work"
    shutil.copytree(bases["filled"], work)
    session = vaults.unlock(work / VAULT, passphrase=bytearray(PASSPHRASE.encode()))
    stop = threading.Event()
    written: list[int] = []

    def edit() -> None:
        n = 0
        while not stop.is_set():
            with session.vault.db.transaction():
                session.vault.db.execute(
                    "INSERT INTO setting (key, value) VALUES (?, 'x')", (f"edit-{n}",)
                )
            written.append(n)
            n += 1

    editor = threading.Thread(target=edit)
    editor.start()
    backups = []
    try:
        for i in range(scaled(5, 40)):
            target = tmp_path / f"b{i}.bizhr-backup"
            vaults.backup(session, target)
            backups.append(target)
    finally:
        stop.set()
        editor.join()
        session.lock()
    assert written, "the editing thread never ran"
    previous = -1
    for i, backup in enumerate(backups):
        restored = tmp_path / f"r{i}.bizhr"
        vaults.restore(backup, restored)
        assert _verified(restored) == []
        edits = _count(restored, sql="SELECT count(*) FROM setting WHERE key LIKE 'edit-%'")
        assert edits >= previous  # each backup is a moment, later ones hold more
        previous = edits
    record("concurrency", case="backup during edits", ok=True, backups=len(backups))
