"""LatestJob: only the newest run's outcome arrives, on the GUI thread; bugs are raised."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.errors import BizHRError, RecordNotFound
from bizhr_desktop.ui.common.worker import LatestJob


def test_a_newer_run_or_a_drop_silences_the_runs_before_it(qtbot: QtBot) -> None:
    job = LatestJob(QThreadPool())
    release = threading.Event()
    done: list[object] = []
    failed: list[BizHRError] = []

    def slow(value: str) -> str:
        assert release.wait(5)
        return value

    job.start(lambda: slow("old"), done.append, failed.append)
    job.start(lambda: slow("new"), done.append, failed.append)
    assert job.busy
    release.set()
    qtbot.waitUntil(lambda: not job.busy)
    qtbot.wait(50)  # the older run's result has had time to arrive, and must not
    assert done == ["new"]

    def refused() -> None:
        raise RecordNotFound("No meeting with that id is in this vault.")

    job.start(refused, done.append, failed.append)
    qtbot.waitUntil(lambda: not job.busy)
    assert [e.message for e in failed] == ["No meeting with that id is in this vault."]

    release.clear()
    job.start(lambda: slow("dropped"), done.append, failed.append)
    job.drop()
    assert not job.busy
    release.set()
    qtbot.wait(100)
    assert done == ["new"]


def test_a_bug_in_the_job_is_raised_on_the_gui_thread(qtbot: QtBot) -> None:
    job = LatestJob(QThreadPool())

    def broken() -> None:
        raise ValueError("a bug")

    with qtbot.captureExceptions() as exceptions:
        job.start(broken, lambda _r: None, lambda _e: None)
        qtbot.waitUntil(lambda: not job.busy)
    assert [type(e[1]) for e in exceptions] == [ValueError]
