"""Run one slow call (Argon2id, vault creation) off the GUI thread; report back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from bizhr_desktop.core.memory import release_free_memory


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


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
