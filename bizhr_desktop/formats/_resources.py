"""Find the repository's ``resources/`` folder (fonts and other shipped files)."""

from __future__ import annotations

import sys
from pathlib import Path

from bizhr_desktop.core.errors import ExportRefused


def resources_dir() -> Path:
    """The ``resources`` folder: inside a frozen (PyInstaller) bundle, else ``<repo>/resources``
    next to the package in an editable install (as ``bizhr_desktop.ui.resources`` finds it)."""
    frozen = getattr(sys, "_MEIPASS", None)
    # bizhr_desktop/formats/_resources.py -> parents[2] is the repository root.
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    folder = base / "resources"
    if not folder.is_dir():
        raise ExportRefused(f"The program's resources folder is missing ({folder}); reinstall it.")
    return folder


def font_path(file_name: str) -> Path:
    """Path of one shipped font; a missing font is an installation problem named plainly."""
    path = resources_dir() / "fonts" / file_name
    if not path.is_file():
        raise ExportRefused(
            f"The font {file_name} is missing from {path.parent}; reinstall the program."
        )
    return path
