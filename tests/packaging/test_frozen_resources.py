"""Shipped files are found both in a checkout and inside a frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import ExportRefused
from bizhr_desktop.formats import _resources as format_resources
from bizhr_desktop.ui.common import resources as ui_resources

REPO = Path(__file__).parents[2]


def test_a_checkout_uses_the_repositorys_resources() -> None:
    assert not hasattr(sys, "_MEIPASS")
    assert ui_resources.resources_dir() == REPO / "resources"
    assert format_resources.resources_dir() == REPO / "resources"
    assert format_resources.font_path("NotoSans-Regular.ttf").is_file()


def test_a_frozen_bundle_uses_its_own_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "fonts").mkdir(parents=True)
    (bundle / "resources" / "fonts" / "NotoSans-Regular.ttf").write_bytes(b"font")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert ui_resources.fonts_dir() == bundle / "resources" / "fonts"
    assert ui_resources.translations_dir() == bundle / "resources" / "translations"
    assert format_resources.font_path("NotoSans-Regular.ttf").read_bytes() == b"font"
    with pytest.raises(ExportRefused, match=r"NotoSansArabic-Regular\.ttf is missing"):
        format_resources.font_path("NotoSansArabic-Regular.ttf")
