"""Auto-lock on idle: any key or mouse use restarts the countdown; sleep time counts.

A single long ``QTimer`` would not do: its clock stops while the computer sleeps (Linux
monotonic time does not count suspend), so a laptop closed for an hour would come back
unlocked with minutes left. Instead a short periodic timer compares the *clock* the watch
was given (wall time by default, which does count suspend) with the last activity.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

Clock = Callable[[], float]

DEFAULT_CHECK_MS = 5_000

# What a person does: not paint, timer or focus events, which also happen on their own.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)


class IdleLock(QObject):
    """Emits ``idle`` once when nobody used the application for ``timeout_seconds``.

    Install it as an event filter on the application (``app.installEventFilter(watch)``);
    it never consumes an event. ``start()`` when a vault opens, ``stop()`` when it locks.
    """

    idle = Signal()

    def __init__(
        self,
        clock: Clock = time.time,
        *,
        check_interval_ms: int = DEFAULT_CHECK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout = 5 * 60.0
        self._last_activity = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float) -> None:
        if seconds <= 0:
            raise ValueError("the idle timeout must be positive")
        self._timeout = float(seconds)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._last_activity = self._clock()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def touch(self) -> None:
        """Count now as activity."""
        self._last_activity = self._clock()

    def check(self) -> None:
        """Lock if the idle time (sleep included) reached the timeout. Also run by the timer."""
        if not self._timer.isActive():
            return
        now = self._clock()
        # A clock set backwards (time zone or NTP jump) must not postpone the lock forever.
        self._last_activity = min(self._last_activity, now)
        if now - self._last_activity >= self._timeout:
            self._timer.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self._timer.isActive():
            self._last_activity = self._clock()
        return False
