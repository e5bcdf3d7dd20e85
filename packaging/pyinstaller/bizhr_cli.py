"""PyInstaller entry point of the frozen ``bizhr`` (the command line)."""

import sys

from bizhr_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
