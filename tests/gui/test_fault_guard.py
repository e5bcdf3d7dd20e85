"""An exception nobody caught in a slot: the vault locks, a calm dialog, a log line without
the exception's words."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bizhr_desktop.ui.shell.controller import AppController, LockReason
from bizhr_desktop.ui.shell.crash import FaultGuard
from tests.conftest import PASSPHRASE
from tests.gui.journeys import create_vault

SECRET = "Peter Mwangi, safe house at 12 Acacia Road"


def _raise_in_a_slot() -> None:
    raise ValueError(SECRET)


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_error_in_a_slot_locks_and_says_so_calmly(
    qtbot: QtBot, controller: AppController, caplog: pytest.LogCaptureFixture
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    assert controller.session is not None
    guard = FaultGuard(lambda: controller.lock(reason=LockReason.FAULT))
    guard.install()
    try:
        with caplog.at_level(logging.ERROR, logger="bizhr_desktop"):
            QTimer.singleShot(0, _raise_in_a_slot)
            qtbot.waitUntil(lambda: guard.faults == 1)
    finally:
        guard.uninstall()
    assert sys.excepthook != guard.handle
    assert controller.session is None  # locked: keys wiped, every page emptied
    dialog = guard.dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    shown = dialog.windowTitle() + dialog.text()
    assert "locked the vault" in shown
    assert "Mwangi" not in shown and "ValueError" not in shown
    logged = caplog.text
    assert "Unexpected ValueError at tests/gui/test_fault_guard.py:" in logged
    assert "_raise_in_a_slot" in logged
    assert "Mwangi" not in logged and "Acacia" not in logged
    dialog.accept()
    qtbot.waitUntil(lambda: guard.dialog is None)


def test_a_second_fault_while_the_dialog_is_open_is_logged_not_stacked(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    locks: list[int] = []
    guard = FaultGuard(lambda: locks.append(1))
    try:
        raise RuntimeError(SECRET)
    except RuntimeError:
        first = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="bizhr_desktop"):
        guard.handle(*first)  # type: ignore[arg-type]
        dialog = guard.dialog
        guard.handle(*first)  # type: ignore[arg-type]
    assert locks == [1, 1] and guard.faults == 2
    assert guard.dialog is dialog and dialog is not None
    assert caplog.text.count("Unexpected RuntimeError") == 2
    assert SECRET not in caplog.text
    dialog.accept()
    qtbot.waitUntil(lambda: guard.dialog is None)


def test_interrupts_still_end_the_program() -> None:
    seen: list[type[BaseException]] = []
    guard = FaultGuard(lambda: seen.append(SystemExit))
    guard._previous = lambda kind, _error, _tb: seen.append(kind)
    guard.handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and guard.faults == 0
