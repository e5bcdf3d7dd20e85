"""Auto-lock: idle time (sleep included) on a fake clock, desktop lock and sleep over D-Bus,
and the quick-unlock PIN after an automatic lock only."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.services.settings import AUTOLOCK_MINUTES, QUICK_UNLOCK_PIN, SettingsStore
from bizhr_desktop.services.vaults import KdfParams
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.shell.autolock import DEFAULT_CHECK_MS
from bizhr_desktop.ui.shell.controller import AppController, LockReason
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.session_watch import SessionWatch
from bizhr_desktop.ui.vault.safety_dialogs import PinSetupDialog, PinUnlockDialog
from bizhr_desktop.ui.vault.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.gui.journeys import (
    LEFT,
    WORKER_TIMEOUT_MS,
    create_vault,
    current_unlock_dialog,
    submit_passphrase,
)
from tests.gui.safety import FakeClock, installed, make_controller

MINUTE = 60.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def safe(
    configured_app: QApplication,
    window: MainWindow,
    secret_clipboard: SecretClipboard,
    fast_kdf: KdfParams,
    vault_path: Path,
    clock: FakeClock,
) -> Iterator[AppController]:
    controller = make_controller(window, secret_clipboard, vault_path, fast_kdf, clock)
    with installed(configured_app, controller):
        yield controller


# ---------------------------------------------------------------------- idle


def test_locks_after_the_idle_time_and_activity_postpones_it(
    qtbot: QtBot, safe: AppController, clock: FakeClock
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    session = safe.session
    assert session is not None
    assert safe.autolock.active and safe.autolock.timeout_seconds == 5 * MINUTE
    assert safe.autolock._timer.interval() == DEFAULT_CHECK_MS, "short periodic checks"

    clock.advance(4 * MINUTE)
    safe.autolock.check()
    assert safe.session is session

    # A key press and a mouse move are use: the countdown starts again from them.
    qtbot.keyClick(safe.window.navigation, Qt.Key.Key_Down)
    clock.advance(4 * MINUTE)
    safe.autolock.check()
    assert safe.session is session
    qtbot.mouseMove(safe.window.navigation, QPoint(10, 10))
    qtbot.mouseMove(safe.window.navigation, QPoint(30, 40))
    clock.advance(4 * MINUTE + 59)
    safe.autolock.check()
    assert safe.session is session

    clock.advance(2)
    safe.autolock.check()
    assert safe.session is None, "five minutes without use"
    assert not session.is_open
    assert not safe.autolock.active
    assert safe.window.views.currentIndex() == safe.window.LOCKED_VIEW
    assert all(page.session is None for page in safe.window.pages)
    assert isinstance(safe.unlock_dialog, UnlockDialog), "no PIN unless the setting says so"


def test_time_asleep_counts_the_periodic_timer_locks_on_waking(
    qtbot: QtBot, safe: AppController, clock: FakeClock
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    safe.autolock._timer.setInterval(20)  # the real one ticks every 5 s
    clock.advance(3 * MINUTE)
    qtbot.wait(60)
    assert safe.session is not None
    clock.advance(60 * MINUTE)  # the laptop slept an hour: monotonic clocks miss this
    qtbot.waitUntil(lambda: safe.session is None, timeout=2000)


def test_a_clock_set_backwards_does_not_postpone_the_lock(
    qtbot: QtBot, safe: AppController, clock: FakeClock
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    clock.advance(-3600)
    safe.autolock.check()
    clock.advance(5 * MINUTE)
    safe.autolock.check()
    assert safe.session is None


def test_the_delay_comes_from_the_vaults_setting(
    qtbot: QtBot, safe: AppController, clock: FakeClock
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    assert safe.session is not None
    SettingsStore(safe.session.vault.db).update({AUTOLOCK_MINUTES: 1})
    safe.lock()
    submit_passphrase(qtbot, current_unlock_dialog(safe), PASSPHRASE)
    qtbot.waitUntil(lambda: safe.session is not None)
    assert safe.autolock.timeout_seconds == MINUTE
    clock.advance(MINUTE)
    safe.autolock.check()
    assert safe.session is None


# ---------------------------------------------------------------------- D-Bus


class PrivateBus:
    """A throwaway D-Bus daemon standing in for the session or the system bus."""

    def __init__(self, name: str) -> None:
        if shutil.which("dbus-daemon") is None:
            raise RuntimeError("The D-Bus tests need dbus-daemon: sudo apt-get install dbus")
        self.name = name
        self._proc = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        assert self._proc.stdout is not None
        self.address = self._proc.stdout.readline().strip()
        assert self.address, "dbus-daemon gave no address"
        self.connection = QDBusConnection.connectToBus(self.address, name)
        assert self.connection.isConnected()

    def emit(self, path: str, interface_member: str, *arguments: str) -> None:
        """Send a signal from another process, as the desktop or logind would."""
        subprocess.run(
            ["dbus-send", "--session", "--type=signal", path, interface_member, *arguments],
            env={
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "DBUS_SESSION_BUS_ADDRESS": self.address,
            },
            check=True,
            timeout=10,
        )

    def stop(self) -> None:
        QDBusConnection.disconnectFromBus(self.name)
        os.killpg(self._proc.pid, signal.SIGTERM)
        self._proc.wait(timeout=10)
        if self._proc.stdout is not None:
            self._proc.stdout.close()


@pytest.fixture
def buses() -> Iterator[tuple[PrivateBus, PrivateBus]]:
    session_bus, system_bus = PrivateBus("bizhr-test-session"), PrivateBus("bizhr-test-system")
    yield session_bus, system_bus
    session_bus.stop()
    system_bus.stop()


@pytest.fixture
def watched(
    configured_app: QApplication,
    window: MainWindow,
    secret_clipboard: SecretClipboard,
    fast_kdf: KdfParams,
    vault_path: Path,
    buses: tuple[PrivateBus, PrivateBus],
) -> Iterator[AppController]:
    session_bus, system_bus = buses
    watch = SessionWatch(session_bus.connection, system_bus.connection)
    controller = make_controller(
        window, secret_clipboard, vault_path, fast_kdf, session_watch=watch
    )
    with installed(configured_app, controller):
        yield controller


def test_the_watch_subscribes_to_what_each_bus_has() -> None:
    assert SessionWatch(None, None).subscribed == [], "no bus: nothing, silently"


@pytest.mark.parametrize(
    ("path", "member"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged"),
    ],
)
def test_the_desktop_locking_its_screen_locks_the_vault(
    qtbot: QtBot,
    watched: AppController,
    buses: tuple[PrivateBus, PrivateBus],
    path: str,
    member: str,
) -> None:
    session_bus, _system_bus = buses
    assert watched._session_watch is not None
    assert watched._session_watch.subscribed == [
        "session org.freedesktop.ScreenSaver.ActiveChanged",
        "session org.gnome.ScreenSaver.ActiveChanged",
        "system org.freedesktop.login1.Manager.PrepareForSleep",
    ]
    create_vault(qtbot, watched, PASSPHRASE)
    session_bus.emit(path, member, "boolean:false")  # the screen saver went away: nothing
    qtbot.wait(200)
    assert watched.session is not None
    session_bus.emit(path, member, "boolean:true")
    qtbot.waitUntil(lambda: watched.session is None, timeout=5000)


def test_going_to_sleep_locks_the_vault(
    qtbot: QtBot, watched: AppController, buses: tuple[PrivateBus, PrivateBus]
) -> None:
    session_bus, system_bus = buses
    create_vault(qtbot, watched, PASSPHRASE)
    # logind's signal on the session bus is not logind's: only the system bus counts.
    session_bus.emit(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"
    )
    system_bus.emit(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:false"
    )
    qtbot.wait(200)
    assert watched.session is not None
    system_bus.emit(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true"
    )
    qtbot.waitUntil(lambda: watched.session is None, timeout=5000)


# ---------------------------------------------------------------------- quick unlock PIN

PIN = "4826"


def set_up_pin(qtbot: QtBot, controller: AppController) -> None:
    """Turn the setting on, unlock with the passphrase, choose the PIN when asked."""
    create_vault(qtbot, controller, PASSPHRASE)
    assert controller.session is not None
    SettingsStore(controller.session.vault.db).update({QUICK_UNLOCK_PIN: True})
    controller.lock()
    submit_passphrase(qtbot, current_unlock_dialog(controller), PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session is not None)
    assert controller.quick_unlock.holding
    setup = [d for d in controller.session_dialogs if isinstance(d, PinSetupDialog)]
    assert len(setup) == 1, "asked for a PIN right after unlocking"
    dialog = setup[0]
    assert dialog.passphrase_field is None, "the key was kept: no passphrase asked again"
    qtbot.keyClicks(dialog.pin_edit, PIN)
    qtbot.keyClicks(dialog.repeat_edit, PIN)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: controller.quick_unlock.pin_set, timeout=WORKER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not controller.session_dialogs)
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow)


def auto_lock(controller: AppController, clock: FakeClock) -> None:
    clock.advance(6 * MINUTE)
    controller.autolock.check()
    assert controller.session is None


def pin_dialog(controller: AppController) -> PinUnlockDialog:
    dialog = controller.pin_dialog
    assert dialog is not None, "the PIN is offered"
    assert controller.unlock_dialog is None
    return dialog


def submit_pin(qtbot: QtBot, dialog: PinUnlockDialog, pin: str) -> None:
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.mouseClick(dialog.unlock_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT_MS)


def test_the_right_pin_reopens_after_an_automatic_lock(
    qtbot: QtBot, safe: AppController, clock: FakeClock
) -> None:
    set_up_pin(qtbot, safe)
    auto_lock(safe, clock)
    dialog = pin_dialog(safe)
    assert dialog.windowTitle() == "Unlock vault"
    submit_pin(qtbot, dialog, PIN)
    qtbot.waitUntil(lambda: safe.session is not None)
    assert safe.session is not None and safe.session.is_open
    assert safe.window.views.currentIndex() == safe.window.CONTENT_VIEW
    assert not safe.session_dialogs, "no second PIN question after a PIN unlock"
    # Again: the PIN keeps working for the rest of the run.
    auto_lock(safe, clock)
    submit_pin(qtbot, pin_dialog(safe), PIN)
    qtbot.waitUntil(lambda: safe.session is not None)


def test_three_wrong_pins_and_the_passphrase_is_needed(
    qtbot: QtBot, safe: AppController, clock: FakeClock
) -> None:
    set_up_pin(qtbot, safe)
    auto_lock(safe, clock)
    dialog = pin_dialog(safe)
    submit_pin(qtbot, dialog, "0000")
    assert "2 more tries" in dialog.error_label.text()
    submit_pin(qtbot, dialog, "1111")
    assert dialog.error_label.text().startswith("Wrong PIN. One more try")
    submit_pin(qtbot, dialog, "2222")
    qtbot.waitUntil(lambda: safe.unlock_dialog is not None)
    assert safe.pin_dialog is None
    unlock = current_unlock_dialog(safe)
    assert unlock.error_label.text() == "Three wrong PINs: type your passphrase to unlock."
    assert not safe.quick_unlock.pin_set, "the sealed key is gone"
    submit_passphrase(qtbot, unlock, PASSPHRASE)
    qtbot.waitUntil(lambda: safe.session is not None)


@pytest.mark.parametrize("how", ["manual", "panic", "sleep"])
def test_no_pin_after_a_manual_panic_or_sleep_lock(
    qtbot: QtBot, safe: AppController, clock: FakeClock, how: str
) -> None:
    set_up_pin(qtbot, safe)
    if how == "manual":
        qtbot.keyClick(safe.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif how == "panic":
        safe.panic()
        safe.show_unlock()
    else:
        safe.lock(reason=LockReason.SLEEP)
    assert safe.session is None
    assert safe.pin_dialog is None
    assert isinstance(safe.unlock_dialog, UnlockDialog)
    assert not safe.quick_unlock.pin_set
    # Even a later automatic lock finds nothing to offer.
    submit_passphrase(qtbot, current_unlock_dialog(safe), PASSPHRASE)
    qtbot.waitUntil(lambda: safe.session is not None)
    auto_lock(safe, clock)
    assert safe.pin_dialog is None


def test_panic_while_the_pin_is_asked_drops_it(
    qtbot: QtBot, safe: AppController, clock: FakeClock
) -> None:
    set_up_pin(qtbot, safe)
    auto_lock(safe, clock)
    pin_dialog(safe)
    safe.panic()
    assert safe.pin_dialog is None
    assert not safe.quick_unlock.pin_set


def test_use_the_passphrase_instead(qtbot: QtBot, safe: AppController, clock: FakeClock) -> None:
    set_up_pin(qtbot, safe)
    auto_lock(safe, clock)
    qtbot.mouseClick(pin_dialog(safe).passphrase_button, LEFT)
    submit_passphrase(qtbot, current_unlock_dialog(safe), PASSPHRASE)
    qtbot.waitUntil(lambda: safe.session is not None)


def test_turning_the_pin_on_in_settings_asks_the_passphrase_once(
    qtbot: QtBot, safe: AppController, clock: FakeClock
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    settings = safe.show_settings()
    assert settings is not None
    settings.editors[QUICK_UNLOCK_PIN].setChecked(True)
    qtbot.mouseClick(settings.save_button, LEFT)
    setup = [d for d in safe.session_dialogs if isinstance(d, PinSetupDialog)]
    assert len(setup) == 1
    dialog = setup[0]
    assert dialog.passphrase_field is not None, "the key was not kept at unlock time"
    qtbot.keyClicks(dialog.pin_edit, PIN)
    qtbot.keyClicks(dialog.repeat_edit, PIN)
    qtbot.keyClicks(dialog.passphrase_field.edit, "not my passphrase at all")
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT_MS)
    assert dialog.error_label.text() == "Wrong passphrase."
    qtbot.keyClicks(dialog.passphrase_field.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: safe.quick_unlock.pin_set, timeout=WORKER_TIMEOUT_MS)
    auto_lock(safe, clock)
    submit_pin(qtbot, pin_dialog(safe), PIN)
    qtbot.waitUntil(lambda: safe.session is not None)
