"""Shared pieces of the safety GUI tests: a fake clock, a controller wired like the app."""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.quick_unlock import QuickUnlock
from bizhr_desktop.services.vaults import KdfParams, VaultSession
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.session_watch import SessionWatch

FAST_PIN_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
ERASE_COUNTDOWN_MS = 400


class FakeClock:
    """Wall time that moves only when the test says so (a "sleep" is a big jump)."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_controller(
    window: MainWindow,
    clipboard: SecretClipboard,
    vault_path: Path,
    kdf: KdfParams,
    clock: FakeClock | None = None,
    session_watch: SessionWatch | None = None,
) -> AppController:
    return AppController(
        window,
        clipboard,
        vault_path=vault_path,
        kdf=kdf,
        clock=clock or time.time,
        session_watch=session_watch,
        quick_unlock=QuickUnlock(kdf=FAST_PIN_KDF),
        erase_countdown_ms=ERASE_COUNTDOWN_MS,
    )


@contextlib.contextmanager
def installed(app: QApplication, controller: AppController) -> Iterator[AppController]:
    """The controller's idle lock watches the application's events, as in the program."""
    app.installEventFilter(controller.autolock)
    try:
        yield controller
    finally:
        app.removeEventFilter(controller.autolock)
        controller.shutdown()


def add_person(session: VaultSession, name: str, notes: str = "") -> Person:
    service = PeopleService(session.vault.db, session.vault.audit)
    return service.add(
        Person(
            id=str(uuid.uuid4()),
            full_name=name,
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.HIGH,
            notes=notes,
        )
    )


def person_count(session: VaultSession) -> int:
    return int(session.vault.db.scalar("SELECT count(*) FROM person"))
