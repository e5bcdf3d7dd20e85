"""Lock when the desktop locks its screen or the computer goes to sleep (D-Bus, Linux).

Best effort, by design: on a desktop without these services (or without D-Bus at all, as on
Windows and macOS) nothing is subscribed and the idle auto-lock still applies. Listened to:

* session bus: ``org.freedesktop.ScreenSaver.ActiveChanged(bool)`` on
  ``/org/freedesktop/ScreenSaver`` (KDE, Xfce, most others) and
  ``org.gnome.ScreenSaver.ActiveChanged(bool)`` on ``/org/gnome/ScreenSaver`` (GNOME);
* system bus: logind's ``org.freedesktop.login1.Manager.PrepareForSleep(bool)`` on
  ``/org/freedesktop/login1``, sent just before suspend or hibernation.

Signals are accepted from any sender: a forged one can only lock the vault, which is safe.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection


class _Subscription(NamedTuple):
    bus: str  # "session" or "system", for the record of what is listened to
    path: str
    interface: str
    member: str
    slot: str


SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"


class SessionWatch(QObject):
    """Emits ``screen_locked`` and ``going_to_sleep`` from the desktop's D-Bus signals.

    Both buses come through the constructor (``None``: not watched), so tests can point the
    watch at private buses; :meth:`for_this_computer` uses the real ones when reachable.
    """

    screen_locked = Signal()
    going_to_sleep = Signal()

    def __init__(
        self,
        session_bus: QDBusConnection | None,
        system_bus: QDBusConnection | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._buses: list[QDBusConnection] = []
        self.subscribed: list[str] = []  # "bus interface.member", for diagnostics and tests
        wanted: list[tuple[QDBusConnection | None, _Subscription]] = [
            (
                session_bus,
                _Subscription("session", path, interface, "ActiveChanged", "_screen_saver(bool)"),
            )
            for path, interface in SCREEN_SAVERS
        ]
        wanted.append(
            (
                system_bus,
                _Subscription(
                    "system", LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "_sleep(bool)"
                ),
            )
        )
        for bus, subscription in wanted:
            if bus is None or not bus.isConnected():
                continue
            if bus.connect(  # type: ignore[call-overload]  # the stubs want bytes
                "",  # any sender
                subscription.path,
                subscription.interface,
                subscription.member,
                self,
                SLOT(subscription.slot),
            ):
                self.subscribed.append(
                    f"{subscription.bus} {subscription.interface}.{subscription.member}"
                )
                self._buses.append(bus)  # kept alive as long as the watch

    @classmethod
    def for_this_computer(cls, parent: QObject | None = None) -> SessionWatch:
        """The user's session bus and the system bus, whichever can be reached."""
        session = QDBusConnection.sessionBus()
        system = QDBusConnection.systemBus()
        return cls(
            session if session.isConnected() else None,
            system if system.isConnected() else None,
            parent,
        )

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot(bool)
    def _sleep(self, starting: bool) -> None:
        if starting:  # False arrives after waking up: too late to matter
            self.going_to_sleep.emit()
