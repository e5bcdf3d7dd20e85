"""PyInstaller entry point of the frozen ``bizhr-desktop`` (the window)."""

import sys

from bizhr_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
