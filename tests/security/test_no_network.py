"""The program opens no network connection: CLI journeys, a GUI journey, and the imports.

Internet sockets (AF_INET, AF_INET6) and name look-ups are made to fail and to leave a note;
Unix sockets stay allowed (D-Bus, the keyring). A journey passes only if it worked *and*
nothing tried to reach the network.
"""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.services.vaults import KdfParams
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages
from tests.conftest import PASSPHRASE
from tests.gui.journeys import create_vault, current_unlock_dialog, submit_passphrase

ROOT = Path(__file__).parents[2]
PACKAGE = ROOT / "bizhr_desktop"
DATA = ROOT / "tests" / "data"
OFFSCREEN_PLATFORM_NOTES = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)

# Run in the child before the CLI: the same guard as `guard_network` below, for a process.
NETWORK_GUARD = r"""
import os, runpy, socket, sys

_NOTES = os.environ["BIZHR_TEST_NETWORK_NOTES"]
_INTERNET = {socket.AF_INET, socket.AF_INET6}
_Socket = socket.socket


def _note(what):
    with open(_NOTES, "a", encoding="utf-8") as notes:
        notes.write(what + "\n")
    raise OSError("network access blocked by the no-network test: " + what)


class _GuardedSocket(_Socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and (family == -1 or family in _INTERNET):
            _note(f"socket(family={family})")
        super().__init__(family, type, proto, fileno)


socket.socket = _GuardedSocket
socket.create_connection = lambda *a, **k: _note(f"create_connection{a!r}")
socket.getaddrinfo = lambda *a, **k: _note(f"getaddrinfo{a!r}")
sys.argv = ["bizhr", *sys.argv[1:]]
runpy.run_module("bizhr_desktop.cli", run_name="__main__", alter_sys=True)
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "network-attempts.txt"
    path.touch()
    return path


def bizhr(guard: Path, notes: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)  # the isolated HOME, XDG folders and TMPDIR
    environment["BIZHR_TEST_NETWORK_NOTES"] = str(notes)
    environment["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, str(guard), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_the_guard_itself_catches_a_connection(tmp_path: Path, notes: Path) -> None:
    guard = tmp_path / "guard.py"
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=0.1)\n"
        "except OSError:\n    pass\n",
        "utf-8",
    )
    guard.write_text(
        NETWORK_GUARD.replace(
            'runpy.run_module("bizhr_desktop.cli", run_name="__main__", alter_sys=True)',
            f"runpy.run_path({str(probe)!r})",
        ),
        "utf-8",
    )
    bizhr(guard, notes)
    assert "create_connection" in notes.read_text("utf-8")


def test_cli_journeys_open_no_network_connection(
    tmp_path: Path, notes: Path, isolated_environment: Path
) -> None:
    guard = tmp_path / "guard.py"
    guard.write_text(NETWORK_GUARD, "utf-8")
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", "utf-8")
    vault = tmp_path / "vaults" / "network.bizhr"
    unlock = ("--passphrase-file", str(secret))

    def ok(*args: str) -> str:
        result = bizhr(guard, notes, *args)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result.stdout

    ok("init", str(vault), "--unlock", "passphrase", "--kdf-time", "0.1", *unlock)
    ok("info", str(vault), *unlock)
    commands = ok("--help")
    if " import " in commands or "\n    import" in commands:
        ok("import", str(vault), str(DATA / "people_good.csv"), *unlock)
    ok("backup", str(vault), str(tmp_path / "network.backup"), *unlock)
    ok("verify", str(vault), *unlock)
    ok("audit", str(vault), "--verify", *unlock)
    assert notes.read_text("utf-8") == "", "something tried to reach the network"


@pytest.fixture
def guard_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """In this process: Internet sockets and look-ups fail and are noted."""
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc,valid-type]
        def __init__(
            self, family: int = -1, type: int = -1, proto: int = -1, fileno: object = None
        ) -> None:
            if fileno is None and family in (-1, socket.AF_INET, socket.AF_INET6):
                attempts.append(f"socket({family})")
                raise OSError("network access blocked by the no-network test")
            super().__init__(family, type, proto, fileno)

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(f"connect{args!r}")
        raise OSError("network access blocked by the no-network test")

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts


@pytest.mark.qt_log_ignore(*OFFSCREEN_PLATFORM_NOTES)
def test_a_gui_journey_opens_no_network_connection(
    qtbot: QtBot,
    qapp: QApplication,
    guard_network: list[str],
    isolated_environment: Path,
    vault_path: Path,
    fast_kdf: KdfParams,
) -> None:
    configure_application(qapp, "en")
    settings = QSettings(
        str(isolated_environment / "config" / "BizHR" / "BizHR Desktop.ini"),
        QSettings.Format.IniFormat,
    )
    window = MainWindow(default_pages(), settings)
    qtbot.addWidget(window)
    clipboard = SecretClipboard(QGuiApplication.clipboard())
    controller = AppController(window, clipboard, vault_path=vault_path, kdf=fast_kdf)
    try:
        create_vault(qtbot, controller, PASSPHRASE)
        controller.lock()
        submit_passphrase(qtbot, current_unlock_dialog(controller), PASSPHRASE)
        qtbot.waitUntil(lambda: controller.session is not None)
        for row in range(len(window.pages)):
            window.show_page(row)
            qtbot.wait(10)
        controller.show_settings()
        controller.lock()
    finally:
        controller.shutdown()
        clipboard.clear_if_ours()
    assert guard_network == []


NETWORK_MODULES = (
    "socket",
    "ssl",
    "urllib",
    "http",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "requests",
    "httpx",
    "aiohttp",
    "websocket",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)
# Modules allowed one of them, and why. Empty: nothing in the program needs the network.
JUSTIFIED: dict[str, set[str]] = {}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_no_module_imports_a_network_library() -> None:
    offenders: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = str(path.relative_to(PACKAGE))
        bad = sorted(
            name
            for name in imported_modules(path)
            if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES)
            and name not in JUSTIFIED.get(relative, set())
        )
        if bad:
            offenders[relative] = bad
    assert offenders == {}
