#!/usr/bin/env python3
"""Say plainly which system packages are missing, and the one command that installs them."""

from __future__ import annotations

import ctypes.util
import shutil
import sys
from pathlib import Path

LIBRARIES = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}
TOOLS = {
    "dbus-run-session": "dbus",
    "gnome-keyring-daemon": "gnome-keyring",
    "Xvfb": "xvfb",
    "age": "age",
    "desktop-file-validate": "desktop-file-utils",
}


def main() -> int:
    for_tests = "--tests" in sys.argv
    missing = {pkg for lib, pkg in LIBRARIES.items() if ctypes.util.find_library(lib) is None}
    if for_tests:
        missing |= {pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None}
    if not Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf").exists() and for_tests:
        missing.add("fonts-noto-core")
    if missing:
        names = " ".join(sorted(missing))
        print(f"Missing system packages: {names}", file=sys.stderr)
        print(f"Install them with:  sudo apt-get install -y {names}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
