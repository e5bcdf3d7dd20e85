"""The idle auto-lock firing while the import wizard's worker writes a large import.

The real window, controller and import wizard (pytest-qt, offscreen): a CSV of 10 000 people
is read, checked and started; then the idle lock fires the way its timer fires it (the clock
moves past the delay and ``IdleLock.check`` runs), at one of three moments: after the first
batch of rows is written, once every row is written (the indexes are being rebuilt, the
commit is still to come), and once the worker has returned but before its result reached the
window. After the lock the wizard is closed and gone, no imported name is left in any
widget or model, no exception reached the Qt event loop, and the reopened vault holds all
10 000 people or none, verifies, and has the schema and search index settings it had before
(a large import drops and rebuilds person's indexes inside its transaction). CI runs each
moment once; ``make reliability`` five times.
"""

from __future__ import annotations

import csv
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWizard,
)
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup
from bizhr_desktop.services import vaults
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.importing.wizard import ImportWizard
from bizhr_desktop.ui.people.page import PeoplePage
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import OFFSCREEN_PLATFORM_NOTES
from tests.gui.journeys import WORKER_TIMEOUT_MS, current_unlock_dialog, submit_passphrase
from tests.gui.safety import FakeClock, installed, make_controller
from tests.reliability.harness import record, scaled, strays

ROWS = 10_000
EARLIER = 3  # people in the vault before the import, on screen when the lock comes
MARK = "Lockstep"  # in every name, and in nothing else the window shows
MOMENTS = ("first batch written", "every row written", "worker returned")

pytestmark = pytest.mark.qt_log_ignore(*OFFSCREEN_PLATFORM_NOTES)


def _people_csv(path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["full_name", "stakeholder_group", "country", "email", "risk_level",
                      "consent_network", "consent_date"])  # fmt: skip
        for n in range(ROWS):
            out.writerow([f"{MARK} Person {n:05d}", "business", "Kenya",
                          f"lockstep{n}@example.org", "low", "yes", "2026-01-01"])  # fmt: skip


def _vault_with_people(path: Path) -> None:
    created = vaults.create(path, bytearray(PASSPHRASE.encode()), kdf=FAST_KDF)
    session = vaults.VaultSession(created.vault)
    try:
        for n in range(EARLIER):
            session.people.add(
                Person(
                    id=str(uuid.uuid4()),
                    full_name=f"{MARK} Earlier {n}",
                    stakeholder_group=StakeholderGroup.BUSINESS,
                    risk_level=RiskLevel.LOW,
                    email=f"earlier{n}@example.org",
                )
            )
    finally:
        session.lock()


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    configure_application(qapp, "en")
    yield qapp
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def controller(
    qtbot: QtBot, app: QApplication, tmp_path: Path, vault_path: Path, clock: FakeClock
) -> Iterator[AppController]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(default_pages(), settings)
    qtbot.addWidget(window)
    clipboard = SecretClipboard(QGuiApplication.clipboard())
    try:
        with installed(app, make_controller(window, clipboard, vault_path, FAST_KDF, clock)) as c:
            yield c
    finally:
        clipboard.clear_if_ours()


def _model_texts(model: QAbstractItemModel, rows: int = 200) -> Iterator[str]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(model.data(index, role) or "")


def _every_text(app: QApplication) -> Iterator[str]:
    """What any widget (shown or hidden) or any model of the application holds as text."""
    models: set[int] = set()
    for widget in QApplication.allWidgets():
        yield widget.windowTitle()
        yield widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            yield widget.text()
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            yield widget.toPlainText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            models.add(id(widget.model()))
            yield from _model_texts(widget.model())
    for top in QApplication.topLevelWidgets():
        for model in top.findChildren(QAbstractItemModel):
            if id(model) not in models:
                yield from _model_texts(model)


def _people_page(controller: AppController) -> PeoplePage:
    return next(p for p in controller.window.pages if isinstance(p, PeoplePage))


def _start_import(qtbot: QtBot, page: PeoplePage, path: Path) -> ImportWizard:
    """Open the wizard from the People page, read the file, map, check, and start."""
    page.import_button.click()
    wizard = page._wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.waitExposed(wizard)
    wizard.file_page.load(path)
    qtbot.waitUntil(lambda: not wizard.file_page.reading, timeout=WORKER_TIMEOUT_MS)
    assert wizard.file_page.isComplete(), wizard.file_page.error.text()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    assert wizard.mapping_page.isComplete(), wizard.mapping_page.problems()
    wizard.next()
    assert wizard.currentId() == ImportWizard.REVIEW
    qtbot.waitUntil(
        lambda: wizard.plan is not None or bool(wizard.review_page.error.text()),
        timeout=WORKER_TIMEOUT_MS,
    )
    assert wizard.plan is not None and wizard.plan.valid_rows == ROWS
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentId() == ImportWizard.RUN and wizard.is_running()
    return wizard


def _wait_for(wizard: ImportWizard, qtbot: QtBot, moment: str) -> None:
    bar = wizard.run_page.bar
    if moment == "first batch written":
        qtbot.waitUntil(lambda: bar.value() > 0, timeout=WORKER_TIMEOUT_MS)
    elif moment == "every row written":
        qtbot.waitUntil(lambda: bar.value() == ROWS, timeout=WORKER_TIMEOUT_MS)
    else:
        # Without handling events, so that the worker's result waits, undelivered, in the
        # queue while the lock runs.
        deadline = time.monotonic() + WORKER_TIMEOUT_MS / 1000
        while wizard._pool.activeThreadCount():
            assert time.monotonic() < deadline, "the import never ended"
            time.sleep(0.002)
        assert wizard.is_running(), "the result was delivered before the lock"


# FTS5's own values for the settings a large import changes while it writes; a setting
# without a row in person_fts_config has its default.
FTS5_DEFAULTS = {"automerge": 4, "hashsize": 1024 * 1024}


def _schema_and_search_settings(session: vaults.VaultSession) -> object:
    db = session.vault.db
    return (
        sorted(db.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master")),
        FTS5_DEFAULTS | dict(db.execute("SELECT k, v FROM person_fts_config")),
    )


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(scaled(1, 5)))
@pytest.mark.parametrize("moment", MOMENTS)
def test_the_idle_lock_during_an_import_keeps_all_or_nothing_and_shows_nothing(
    round_: int,
    qtbot: QtBot,
    app: QApplication,
    controller: AppController,
    clock: FakeClock,
    vault_path: Path,
    tmp_path: Path,
    moment: str,
) -> None:
    source = tmp_path / "people.csv"
    _people_csv(source)
    _vault_with_people(vault_path)
    controller.start()
    submit_passphrase(qtbot, current_unlock_dialog(controller), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session is not None)
    session = controller.session
    assert session is not None
    before = _schema_and_search_settings(session)
    page = _people_page(controller)
    controller.window.navigation.setCurrentRow(controller.window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.rowCount() == EARLIER)
    assert any(MARK in text for text in _every_text(app)), "the check would see a name"

    with qtbot.captureExceptions() as exceptions:
        wizard = _start_import(qtbot, page, source)
        _wait_for(wizard, qtbot, moment)
        # What the idle timer does: the delay has passed, and its periodic check runs.
        clock.advance(controller.autolock.timeout_seconds)
        started = time.perf_counter()
        controller.autolock.check()
        lock_ms = round(1000 * (time.perf_counter() - started))

        assert controller.session is None and not session.is_open
        assert page._wizard is None and not wizard.isVisible()
        # The wizard is deleted once control is back in the event loop; whatever the worker
        # sent meanwhile is delivered (or dropped) first.
        qtbot.waitUntil(lambda: not shiboken6.isValid(wizard), timeout=WORKER_TIMEOUT_MS)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
    assert exceptions == [], [e[1] for e in exceptions]

    assert controller.window.views.currentIndex() == controller.window.LOCKED_VIEW
    assert all(p.session is None for p in controller.window.pages)
    assert page.model.rowCount() == 0
    shown = [text for text in _every_text(app) if MARK in text]
    assert shown == [], f"records still held after the lock: {shown[:3]}"

    reopened = vaults.unlock(vault_path, passphrase=bytearray(PASSPHRASE.encode()))
    try:
        count = int(reopened.vault.db.scalar("SELECT count(*) FROM person")) - EARLIER
        assert count in (0, ROWS), f"a half import: {count} of {ROWS} people"
        assert vaults.verify(reopened) == []
        assert _schema_and_search_settings(reopened) == before
        imports = reopened.vault.db.scalar(
            "SELECT count(*) FROM audit_event WHERE kind = 'import.people'"
        )
        assert imports == (1 if count else 0)
        if count:
            found = reopened.people.count(PeopleQuery(text=f"{MARK} Person 04321"))
            assert found == 1, "the search index does not hold the imported people"
    finally:
        reopened.lock()
    assert strays(vault_path.parent, {vault_path.name, vault_path.name + ".key"}) == []
    record("concurrency", case=f"auto-lock during import, {moment}", ok=True,
           state="all" if count else "none", lock_ms=lock_ms)  # fmt: skip
