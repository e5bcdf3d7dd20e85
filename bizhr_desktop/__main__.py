"""``python -m bizhr_desktop`` and the ``bizhr-desktop`` command: start the GUI."""

from __future__ import annotations

import sys


def main() -> int:
    from bizhr_desktop.core.memory import harden_process

    harden_process()  # before any secret is typed: no /proc/PID/mem, ptrace or core dump
    from bizhr_desktop.ui.shell.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
