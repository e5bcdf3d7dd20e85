"""Where the program keeps things: the default vault folder and the app's own folders."""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import platformdirs

APP_NAME = "BizHR Desktop"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_vault_path() -> Path:
    return data_dir() / "vaults" / "network.bizhr"


def demo_vault_path() -> Path:
    return data_dir() / "vaults" / "demo.bizhr"


# Where desktops mount USB drives and memory cards (udisks on Linux; macOS).
_REMOVABLE_ROOTS: Final = ("/run/media/{user}", "/media/{user}", "/media", "/Volumes")


def removable_folders(roots: Sequence[str] = _REMOVABLE_ROOTS) -> list[Path]:
    """Mounted removable drives this user can write to, the most likely first: where a
    backup or a travel bundle belongs (off the laptop). Empty when none is plugged in."""
    user = getpass.getuser()
    found: list[Path] = []
    for pattern in roots:
        root = Path(pattern.format(user=user))
        try:
            children = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:
            continue
        for child in children:
            if child not in found and os.path.ismount(child) and os.access(child, os.W_OK):
                found.append(child)
    return found


def same_disk(first: Path, second: Path) -> bool:
    """Whether two paths (or the nearest folders of them that exist) are on one file system:
    a copy there is lost, or taken, with the other."""

    def device(path: Path) -> int | None:
        for candidate in (Path(path).expanduser().absolute(), *Path(path).absolute().parents):
            try:
                return os.stat(candidate).st_dev
            except OSError:
                continue
        return None

    one, other = device(first), device(second)
    return one is not None and one == other
