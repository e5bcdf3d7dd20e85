"""Where the program's own files (styles, fonts, translations) are found at run time."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: beside the executable in a frozen build, else the checkout's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[3] / "resources"


def docs_dir() -> Path:
    """The ``docs`` folder (the user guide Help shows), beside ``resources``."""
    return resources_dir().parent / "docs"


def styles_dir() -> Path:
    return resources_dir() / "styles"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def app_icon_path() -> Path:
    return resources_dir() / "icons" / "bizhr-desktop.svg"
