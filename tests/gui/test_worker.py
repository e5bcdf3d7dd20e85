"""LatestJob: only the newest run's outcome arrives, on the GUI thread; bugs are raised."""

from __future__ import annotations

import threading
from collections.abc import Callable

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


def test_a_progress_task_reports_whole_percents_and_stops_when_cancelled(qtbot: QtBot) -> None:
    from bizhr_desktop.ui.common.worker import ProgressTask

    reported: list[tuple[int, int]] = []
    go_on = threading.Event()

    def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> int:
        for done in range(1, 10_001):
            progress(done, 10_000)
            if done == 5_000:
                go_on.wait(5)
            if cancelled():
                return done
        return 10_000

    task = ProgressTask(job)
    outcomes: list[object] = []
    task.signals.progress.connect(lambda done, total: reported.append((done, total)))
    task.signals.succeeded.connect(outcomes.append)
    pool = QThreadPool()
    task.start(pool)
    qtbot.waitUntil(lambda: (5_000, 10_000) in reported)
    task.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(outcomes))
    assert outcomes == [5_000]  # stopped at its next safe point
    assert len(reported) == 51  # one report per whole percent (0 to 50), not 5 000
    pool.waitForDone()
