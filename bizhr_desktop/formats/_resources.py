"""Find the repository's ``resources/`` folder (fonts and other shipped files)."""

from __future__ import annotations

import sys
from pathlib import Path

from bizhr_desktop.core.errors import ExportRefused


def resources_dir() -> Path:
    """The ``resources`` folder: inside a frozen (PyInstaller) bundle, else ``<repo>/resources``
    next to the package in an editable install (as ``ui.common.resources`` finds it)."""
    frozen = getattr(sys, "_MEIPASS", None)
    # bizhr_desktop/formats/_resources.py -> parents[2] is the repository root.
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    folder = base / "resources"
    if not folder.is_dir():
        raise ExportRefused(
            "The program's resources folder is missing ({folder}); reinstall it.",
            folder=str(folder),
        )
    return folder


def font_path(file_name: str) -> Path:
    """Path of one shipped font; a missing font is an installation problem named plainly."""
    path = resources_dir() / "fonts" / file_name
    if not path.is_file():
        raise ExportRefused(
            "The font {file_name} is missing from {folder}; reinstall the program.",
            file_name=file_name,
            folder=str(path.parent),
        )
    return path
