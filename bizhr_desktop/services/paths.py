"""Where the program keeps things: the default vault folder and the app's own folders."""

from __future__ import annotations

from pathlib import Path

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
