"""The one rule about layers: only ui/ (and the GUI entry point) imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "bizhr_desktop"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
GUI_ONLY = {PACKAGE / "__main__.py"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def non_ui_modules() -> list[Path]:
    return [
        p
        for p in sorted(PACKAGE.rglob("*.py"))
        if (PACKAGE / "ui") not in p.parents and p not in GUI_ONLY
    ]


def test_no_module_outside_ui_imports_qt() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.split(".")[0] in QT_MODULES)
        for p in non_ui_modules()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_layers_point_down_only() -> None:
    """core imports nothing of ours but core; vault and formats never import services/ui."""
    rules = {
        "core": (
            "bizhr_desktop.vault",
            "bizhr_desktop.formats",
            "bizhr_desktop.services",
            "bizhr_desktop.ui",
            "bizhr_desktop.cli",
            "sqlcipher3",
        ),
        "vault": ("bizhr_desktop.formats", "bizhr_desktop.services", "bizhr_desktop.ui"),
        "formats": (
            "bizhr_desktop.vault",
            "bizhr_desktop.services",
            "bizhr_desktop.ui",
            "sqlcipher3",
        ),
        "services": ("bizhr_desktop.ui", "bizhr_desktop.cli"),
    }
    broken = []
    for layer, forbidden in rules.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in _imports(path):
                if name.startswith(forbidden):
                    broken.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert broken == []


def test_cli_and_core_run_without_qt_loaded() -> None:
    modules = [
        "bizhr_desktop." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in non_ui_modules()
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import bizhr_desktop.cli as cli; cli.build_parser()\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
