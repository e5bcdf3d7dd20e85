"""A real Secret Service for tests: gnome-keyring-daemon on a private D-Bus session bus."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import signal
import subprocess
import time
import warnings
from pathlib import Path

import keyring
import keyring.backends.SecretService

REQUIRED = ("dbus-run-session", "gnome-keyring-daemon")

# A session bus without service activation: the only Secret Service on it is the daemon we
# start, unlocked. With the standard session.conf the first probe could D-Bus-activate a
# second, locked gnome-keyring-daemon (`--start`) that won the name and answered every call
# with a prompt no headless machine can show; CI then failed on a race.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class SecretServiceDaemon:
    """Starts ``gnome-keyring-daemon --unlock --components=secrets`` under
    ``dbus-run-session`` with a throwaway HOME, and stops it again."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.address = ""
        self._proc: subprocess.Popen[bytes] | None = None

    def environment(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "LANG": "C.UTF-8",
        }

    def start(self) -> str:
        missing = [tool for tool in REQUIRED if shutil.which(tool) is None]
        if missing:
            raise RuntimeError(
                "The keyring tests need a real Secret Service, but "
                + ", ".join(missing)
                + " is not installed. Install it with: sudo apt-get install dbus gnome-keyring"
            )
        address_file = self.home / "bus-address"
        bus_config = self.home / "session-bus.conf"
        bus_config.write_text(BUS_CONFIG)
        # The unlock passphrase goes on stdin; the daemon stays in the foreground so that
        # killing the process group stops everything.
        script = (
            f'echo "$DBUS_SESSION_BUS_ADDRESS" > "{address_file}"; '
            "printf 'throwaway-test-keyring' | gnome-keyring-daemon --unlock "
            "--components=secrets --foreground & wait"
        )
        with open(self.home / "daemon.log", "wb") as log:  # the child keeps its own copy
            self._proc = subprocess.Popen(
                ["dbus-run-session", f"--config-file={bus_config}", "--", "sh", "-c", script],
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if address_file.exists() and address_file.read_text().strip():
                self.address = address_file.read_text().strip()
                if self._answers():
                    return self.address
            if self._proc.poll() is not None:
                break
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(
            "gnome-keyring-daemon did not start: " + (self.home / "daemon.log").read_text()
        )

    def _owns_the_name(self) -> bool:
        """Whether the daemon holds org.freedesktop.secrets yet (asked without a library
        connection that a failed call would leave open)."""
        answer = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
             "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
             "string:org.freedesktop.secrets"],
            env={**self.environment(), "DBUS_SESSION_BUS_ADDRESS": self.address},
            capture_output=True, text=True, timeout=10, check=False,
        )  # fmt: skip
        return answer.returncode == 0 and "boolean true" in answer.stdout

    def _answers(self) -> bool:
        if shutil.which("dbus-send") is not None and not self._owns_the_name():
            return False
        saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.address
        try:
            backend = keyring.backends.SecretService.Keyring()
            backend.set_password("bizhr-test-probe", "probe", "ok")
            return backend.get_password("bizhr-test-probe", "probe") == "ok"
        except Exception:
            # A failed probe can leave its D-Bus socket to the garbage collector: collect it
            # now, quietly, instead of in whichever test runs next (where the ResourceWarning
            # would fail that test).
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ResourceWarning)
                gc.collect()
            return False
        finally:
            if saved is None:
                os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
            else:
                os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGTERM)
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self._proc.pid, signal.SIGKILL)
                self._proc.wait()
        self._proc = None
