"""Run one slow call (Argon2id, vault creation) off the GUI thread; report back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
            self.signals.failed.emit(exc)
            return
        self.signals.succeeded.emit(result)

    def start(self, pool: QThreadPool) -> None:
        pool.start(self)
