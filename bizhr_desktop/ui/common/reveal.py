"""Reveal one masked person for a short while, then hide them again on their own."""

from __future__ import annotations

import math

from PySide6.QtCore import QDeadlineTimer, QObject, QTimer, Signal

DEFAULT_REVEAL_MS = 30_000


class RevealTimer(QObject):
    """Which masked person (if any) is revealed, and for how much longer.

    ``revealed_changed`` carries the person's id, or None when they are hidden again: on
    expiry, on :meth:`hide` (selection change, lock) or when another person is revealed.
    ``countdown`` carries the whole seconds left, once a second, for a visible countdown.
    """

    revealed_changed = Signal(object)  # str | None
    countdown = Signal(int)

    def __init__(self, duration_ms: int = DEFAULT_REVEAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._duration_ms = duration_ms
        self._person_id: str | None = None
        self._deadline = QDeadlineTimer()
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.hide)
        self._ticker = QTimer(self)
        self._ticker.setInterval(min(1000, max(50, duration_ms // 10)))
        self._ticker.timeout.connect(self._tick)

    @property
    def duration_ms(self) -> int:
        return self._duration_ms

    @property
    def duration_seconds(self) -> int:
        return math.ceil(self._duration_ms / 1000)

    @property
    def person_id(self) -> str | None:
        return self._person_id

    def is_revealed(self, person_id: str) -> bool:
        return self._person_id is not None and self._person_id == person_id

    def seconds_left(self) -> int:
        if self._person_id is None:
            return 0
        return math.ceil(max(0, self._deadline.remainingTime()) / 1000)

    def reveal(self, person_id: str) -> None:
        """Reveal *person_id* for the full duration (again, if already revealed)."""
        self._person_id = person_id
        self._deadline = QDeadlineTimer(self._duration_ms)
        self._expiry.start(self._duration_ms)
        self._ticker.start()
        self.revealed_changed.emit(person_id)
        self.countdown.emit(self.seconds_left())

    def hide(self) -> None:
        self._expiry.stop()
        self._ticker.stop()
        if self._person_id is None:
            return
        self._person_id = None
        self.revealed_changed.emit(None)
        self.countdown.emit(0)

    def _tick(self) -> None:
        self.countdown.emit(self.seconds_left())
