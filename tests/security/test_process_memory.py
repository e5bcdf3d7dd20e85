"""Another program of the same user cannot read the memory of a running ``bizhr``.

A sibling process (not the parent: the attack is malware running as the coordinator) opens
/proc/PID/mem of a ``bizhr`` waiting for its passphrase. First the control: an ordinary
Python process waiting the same way *is* readable, so the check can fail. Run as root, the
reader and the target drop CAP_SYS_PTRACE (root may read anything): a user's rights.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bizhr_desktop.services import vaults
from bizhr_desktop.vault.keys import KdfParams

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="/proc/PID/mem is Linux's"
)

REPO = Path(__file__).parents[2]

READER = """
import sys
pid = int(sys.argv[1])
try:
    with open(f"/proc/{pid}/maps") as maps:
        start, end = (int(x, 16) for x in maps.readline().split()[0].split("-"))
    with open(f"/proc/{pid}/mem", "rb") as mem:
        mem.seek(start)
        mem.read(64)
except PermissionError:
    print("refused")
else:
    print("read")
"""


def _as_a_user(command: list[str]) -> list[str]:
    """*command* with a user's rights: as root, without CAP_SYS_PTRACE (the kernel also wants
    the reader's capabilities to cover the target's, so both run this way)."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is missing: cannot drop CAP_SYS_PTRACE")
    return [setpriv, "--bounding-set", "-sys_ptrace", "--inh-caps", "-sys_ptrace", *command]


def _read_from_sibling(target: subprocess.Popen[bytes]) -> str:
    time.sleep(1.0)  # let the target reach its prompt
    assert target.poll() is None, "the target ended before it could be read"
    result = subprocess.run(
        _as_a_user([sys.executable, "-c", READER, str(target.pid)]),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _waiting(command: list[str], tmp_path: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        _as_a_user(command),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
        env={**os.environ, "HOME": str(tmp_path)},
    )


def _stop(target: subprocess.Popen[bytes]) -> None:
    target.kill()
    target.wait()
    if target.stdin is not None:
        target.stdin.close()


def test_an_ordinary_process_is_readable_so_the_check_can_fail(tmp_path: Path) -> None:
    target = _waiting([sys.executable, "-c", "input()"], tmp_path)
    try:
        assert _read_from_sibling(target) == "read"
    finally:
        _stop(target)


def test_bizhr_waiting_for_its_passphrase_cannot_be_read(
    tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    vault = tmp_path / "some.bizhr"
    vaults.create(vault, passphrase, kdf=fast_kdf).vault.close()
    target = _waiting(
        [sys.executable, "-m", "bizhr_desktop.cli", "info", str(vault), "--passphrase-file", "-"],
        tmp_path,
    )
    try:
        assert _read_from_sibling(target) == "refused"
        limits = Path(f"/proc/{target.pid}/limits").read_text()
        core = next(line for line in limits.splitlines() if line.startswith("Max core"))
        assert core.split()[3:5] == ["0", "0"] or core.split()[4:6] == ["0", "0"], core
    finally:
        _stop(target)


def test_hardening_reports_what_it_could_not_do_and_never_raises() -> None:
    probe = subprocess.run(
        [sys.executable, "-c",
         "from bizhr_desktop.core.memory import harden_process;print(harden_process())"],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )  # fmt: skip
    assert probe.returncode == 0 and probe.stdout.strip() == "[]", probe.stderr
