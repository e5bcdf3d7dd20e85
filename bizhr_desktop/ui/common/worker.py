"""Run slow calls (Argon2id, vault creation, reads that grow with the vault) off the GUI
thread; report back on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.memory import release_free_memory


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)  # done, total: only from a ProgressTask


class BackgroundTask(QRunnable):
    """A job run off the GUI thread; its outcome arrives as a queued signal.

    The signals object is created on the GUI thread, so slots connected to it run there.
    Keep a reference to the task until one of its signals arrived.
    """

    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _TaskSignals()
        self._job: Callable[[], Any] | None = job

    def run(self) -> None:
        job, self._job = self._job, None
        assert job is not None, "a BackgroundTask runs once"
        try:
            result = job()
        except BaseException as exc:  # handed to the GUI thread, which decides
            release_free_memory()
            self.signals.failed.emit(exc)
            return
        # Slow jobs are the big ones (a file read and checked, a PDF drawn): what they freed
        # goes back to the system instead of keeping the process at its peak.
        release_free_memory()
        self.signals.succeeded.emit(result)

    def start(self, pool: QThreadPool) -> None:
        pool.start(self)


class ProgressTask(BackgroundTask):
    """A BackgroundTask whose job reports progress and can be asked to stop.

    *job* is called with ``progress(done, total)`` and ``cancelled()``; progress reaches
    ``signals.progress`` once per whole percent (thousands of rows must not mean thousands of
    repaints), and :meth:`cancel` makes ``cancelled()`` true for the job to stop at its next
    safe point."""

    def __init__(
        self, job: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]
    ) -> None:
        self._cancel = threading.Event()
        self._last_reported = -1
        super().__init__(lambda: job(self._progress, self._cancel.is_set))

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        percent = (100 * done) // total if total else 100
        if percent != self._last_reported or done == total:
            self._last_reported = percent
            self.signals.progress.emit(done, total)


class BackgroundJobs:
    """The slow calls of one dialog or wizard, on its own pool.

    A result that arrives after :meth:`abort` (the vault locked, the dialog closed) is
    dropped instead of being shown on a window that no longer holds the session.
    """

    def __init__(self, pool: QThreadPool) -> None:
        self.pool = pool
        self.aborted = False
        self._tasks: set[BackgroundTask] = set()

    def run(self, job: Callable[[], Any], done: Callable[[object], None]) -> None:
        """Run *job*; *done* gets its result or exception on the GUI thread, unless aborted."""
        task = BackgroundTask(job)
        self._tasks.add(task)

        def finish(outcome: object) -> None:
            self._tasks.discard(task)
            if not self.aborted:
                done(outcome)

        task.signals.succeeded.connect(finish)
        task.signals.failed.connect(finish)
        task.start(self.pool)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def abort(self) -> None:
        self.aborted = True

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


class LatestJob:
    """Background reads of which only the newest counts (the review of the meeting shown now).

    Starting another run, or :meth:`drop`, makes the result of any run still going arrive
    nowhere. *done* gets the result, *failed* a BizHRError (a sentence for the person), both
    on the GUI thread; any other exception is a bug and is raised there."""

    def __init__(self, pool: QThreadPool) -> None:
        self._pool = pool
        self._generation = 0
        self._task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def drop(self) -> None:
        """Forget the run going on, if any: its result will not be delivered."""
        self._generation += 1
        self._task = None

    def start(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BizHRError], None],
    ) -> None:
        self.drop()
        generation = self._generation
        task = BackgroundTask(job)
        task.signals.succeeded.connect(lambda result: self._finish(generation, done, result))
        task.signals.failed.connect(lambda error: self._fail(generation, failed, error))
        self._task = task
        task.start(self._pool)

    def _finish(self, generation: int, done: Callable[[Any], None], result: Any) -> None:
        if generation != self._generation:
            return
        self._task = None
        done(result)

    def _fail(
        self, generation: int, failed: Callable[[BizHRError], None], error: BaseException
    ) -> None:
        if generation != self._generation:
            return
        self._task = None
        error.__traceback__ = None
        if not isinstance(error, BizHRError):
            raise error
        failed(error)
