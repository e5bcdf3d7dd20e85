"""The French, Spanish and Arabic translations: complete, well-formed, compiled, and in use."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from bizhr_desktop.ui.common.resources import translations_dir
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "es", "ar")
UPDATE_SCRIPT = ROOT / "packaging" / "update-translations.sh"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%\d+|%L\d+|\{[a-z_]*\}")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift|Meta)\+[\w+]+")
MNEMONIC = re.compile(r"&([^&\s])")
# Arabic says "one person" and "two people" with words, not digits: Qt's forms for exactly
# one and exactly two may leave %n out. Every other form must show the number.
FORMS_WITHOUT_NUMBER = {"ar": {1, 2}}

Message = tuple[str, str, ET.Element]  # context, source, <message>


def ts_file(language: str) -> Path:
    return translations_dir() / f"bizhr_{language}.ts"


def messages(path: Path) -> Iterator[Message]:
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def translations(message: ET.Element) -> list[str]:
    """The translated text, one entry per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def describe(problems: list[str], what: str) -> str:
    return f"{len(problems)} {what}:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    missing = []
    for context, source, message in messages(ts_file(language)):
        translation = message.find("translation")
        assert translation is not None
        texts = translations(message)
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(
            text.strip() for text in texts or [""]
        ):
            missing.append(f"  [{context}] {source!r}")
    assert not missing, describe(missing, f"messages untranslated in bizhr_{language}.ts")


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_shortcuts_and_mnemonics_survive(language: str) -> None:
    problems = []
    for context, source, message in messages(ts_file(language)):
        expected = sorted(PLACEHOLDER.findall(source))
        shortcuts = sorted(SHORTCUT.findall(source))
        for index, text in enumerate(translations(message)):
            where = f"  [{context}] {source!r} -> {text!r}"
            found = sorted(PLACEHOLDER.findall(text))
            if message.get("numerus") == "yes":
                if "%n" not in text and index not in FORMS_WITHOUT_NUMBER.get(language, ()):
                    problems.append(f"{where}: no %n in plural form {index}")
            elif "%n" in source and "%n" not in text:
                problems.append(f"{where}: no %n")
            if found != expected:
                problems.append(f"{where}: placeholders {found} instead of {expected}")
            if sorted(SHORTCUT.findall(text)) != shortcuts:
                problems.append(f"{where}: keyboard shortcut changed")
            if MNEMONIC.search(source) and len(MNEMONIC.findall(text)) != 1:
                problems.append(f"{where}: needs exactly one & mnemonic")
    assert not problems, describe(problems, f"problems in bizhr_{language}.ts")


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_are_compiled_from_the_ts_files(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"bizhr_{language}.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", "-nounfinished", ts_file(language), "-qm", compiled],
        check=True,
    )
    committed = translations_dir() / compiled.name
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed.name} is older than {ts_file(language).name}: "
        "run packaging/update-translations.sh"
    )


def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing the committed .ts files lack, and no leftovers."""
    for language in LANGUAGES:
        shutil.copy(ts_file(language), tmp_path)
    environment = dict(os.environ, BIN=str(BIN), BIZHR_TRANSLATIONS_DIR=str(tmp_path))
    subprocess.run(
        ["bash", UPDATE_SCRIPT], check=True, env=environment, capture_output=True, text=True
    )
    for language in LANGUAGES:
        committed = {(c, s) for c, s, _ in messages(ts_file(language))}
        fresh = {(c, s) for c, s, _ in messages(tmp_path / f"bizhr_{language}.ts")}
        new = sorted(f"  [{c}] {s!r}" for c, s in fresh - committed)
        gone = sorted(f"  [{c}] {s!r}" for c, s in committed - fresh)
        assert not new and not gone, (
            f"bizhr_{language}.ts is behind the code: run packaging/update-translations.sh "
            f"and translate.\n" + describe(new, "new strings") + "\n" + describe(gone, "gone")
        )


@pytest.fixture
def translated_window(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    configured_app: QApplication,
    tmp_path: Path,
) -> Iterator[MainWindow]:
    configure_application(configured_app, request.param)
    window = MainWindow(
        default_pages(), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    yield window
    configure_application(configured_app, "en")
    configured_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def navigation_items(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


@pytest.mark.parametrize(
    ("translated_window", "direction", "people", "file_menu"),
    [
        ("ar", Qt.LayoutDirection.RightToLeft, "الأشخاص", "&ملف"),
        ("fr", Qt.LayoutDirection.LeftToRight, "Personnes", "&Fichier"),
        ("es", Qt.LayoutDirection.LeftToRight, "Personas", "&Archivo"),
    ],
    indirect=["translated_window"],
)
def test_main_window_speaks_the_language(
    configured_app: QApplication,
    translated_window: MainWindow,
    direction: Qt.LayoutDirection,
    people: str,
    file_menu: str,
) -> None:
    assert configured_app.layoutDirection() == direction
    assert translated_window.layoutDirection() == direction
    assert navigation_items(translated_window)[0] == people
    assert menu_titles(translated_window)[0] == file_menu


@pytest.mark.parametrize("translated_window", LANGUAGES, indirect=True)
def test_menu_mnemonics_are_unique(translated_window: MainWindow) -> None:
    def letters(texts: list[str]) -> list[str]:
        return [m.group(1).casefold() for text in texts if (m := MNEMONIC.search(text))]

    groups = {"menu bar": menu_titles(translated_window)}
    for action in translated_window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        groups[action.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    for name, texts in groups.items():
        keys = letters(texts)
        assert len(keys) == len(set(keys)), f"{name}: the same mnemonic twice in {texts}"


def test_english_comes_back_after_another_language(
    configured_app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    configure_application(configured_app, "ar")
    configure_application(configured_app, "en")
    window = MainWindow(
        default_pages(), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    assert navigation_items(window)[0] == "People"
    assert menu_titles(window)[0] == "&File"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_context_is_one_the_code_looks_strings_up_in(language: str) -> None:
    """lupdate files `parent.tr("…")` in a module function under a context named after the
    variable ("parent"), but at run time tr() looks the string up under the object's class, so
    such a translation is never shown. Contexts must be class names or translate() contexts."""
    contexts = {name for name, _source, _message in messages(ts_file(language))}
    assert sorted(c for c in contexts if not c[:1].isupper() and not c.startswith("_")) == []


def test_file_dialog_captions_and_filters_are_translated(configured_app: QApplication) -> None:
    configure_application(configured_app, "fr")
    try:
        for text in ("Choose a file to import", "All files (*)", "Cancel meeting"):
            assert QCoreApplication.translate("Dialogs", text) not in ("", text)
    finally:
        configure_application(configured_app, "en")
        configured_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
