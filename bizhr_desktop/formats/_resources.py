"""Find the repository's ``resources/`` folder (fonts and other shipped files)."""

from __future__ import annotations

from pathlib import Path

from bizhr_desktop.core.errors import ExportRefused


def resources_dir() -> Path:
    """The ``<repo>/resources`` folder, next to the package in an editable install."""
    # bizhr_desktop/formats/_resources.py -> parents[2] is the repository root.
    folder = Path(__file__).resolve().parents[2] / "resources"
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
