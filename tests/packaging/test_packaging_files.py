"""The packaging files (desktop entry, PyInstaller spec, scripts) name files that exist.

Building the bundle takes minutes and is not part of the tests (packaging/build.sh builds it
and runs packaging/smoke_test.py); these checks are cheap and catch a renamed file early.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
PACKAGING = REPO / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / "bizhr-desktop.desktop"
SPEC = PACKAGING / "pyinstaller" / "bizhr.spec"


def _project() -> dict[str, dict[str, str]]:
    project: dict[str, dict[str, str]] = tomllib.loads(
        (REPO / "pyproject.toml").read_text(encoding="utf-8")
    )["project"]
    return project


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # case-sensitive keys
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    assert tool, "desktop-file-validate is missing: apt-get install desktop-file-utils"
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_desktop_entry_names_the_gui_command_its_icon_and_the_app_id() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    gui_scripts = _project()["gui-scripts"]
    assert entry["Exec"].split()[0] in gui_scripts  # install.sh makes it an absolute path
    assert entry["TryExec"] in gui_scripts
    assert (REPO / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    # Wayland compositors match windows to this file by the name the app gives itself.
    app = (REPO / "bizhr_desktop" / "ui" / "shell" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{DESKTOP_FILE.stem}")' in app


def _spec_paths() -> list[str]:
    """Every ``ROOT / "relative/path"`` written in the spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    return [
        node.right.value
        for node in ast.walk(tree)
        if isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Div)
        and isinstance(node.left, ast.Name)
        and node.left.id == "ROOT"
        and isinstance(node.right, ast.Constant)
        and isinstance(node.right.value, str)
    ]


def test_every_path_in_the_spec_exists() -> None:
    paths = _spec_paths()
    assert "resources/fonts" in paths and "resources/translations" in paths
    missing = [p for p in paths if not (REPO / p).exists()]
    assert not missing, missing
    assert list((REPO / "resources" / "translations").glob("*.qm")), "no compiled translations"


def test_the_spec_entry_scripts_start_the_projects_own_commands() -> None:
    project = _project()
    commands = {**project["scripts"], **project["gui-scripts"]}
    started = {}
    for relative in _spec_paths():
        if not relative.endswith(".py"):
            continue
        tree = ast.parse((REPO / relative).read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and [a.name for a in node.names] == ["main"]:
                started[relative] = f"{node.module}:main"
    assert sorted(started.values()) == sorted(commands.values()), started


def test_the_spec_keeps_keyrings_alt_out_of_the_bundle() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    excludes = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "EXCLUDES" for t in node.targets)
    )
    assert {"keyrings", "keyrings.alt"} <= set(ast.literal_eval(excludes))


@pytest.mark.parametrize(
    "script",
    ["build.sh", "linux/install.sh", "smoke_test.py", "check-system.py"],
)
def test_packaging_scripts_are_executable_and_name_existing_files(script: str) -> None:
    path = PACKAGING / script
    assert os.access(path, os.X_OK), f"{path} is not executable"
    named = set(re.findall(r"(?:packaging|resources|tests)/[\w./-]+\w", path.read_text()))
    missing = [n for n in named if not (REPO / n).exists()]
    assert not missing, missing
