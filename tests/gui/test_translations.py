"""The translations: well-formed, compiled and in use. French, Spanish and Arabic are complete;
Burmese is partial: the screens listed in BURMESE_SCREENS are finished, the rest shows English."""

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
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QRawFont, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bizhr_desktop.services import demo
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.resources import fonts_dir, translations_dir
from bizhr_desktop.ui.meetings.page import MeetingsPage
from bizhr_desktop.ui.shell.app import (
    UI_FONT_FAMILIES,
    choose_language,
    configure_application,
    parse_arguments,
)
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.shell.pages import default_pages
from bizhr_desktop.ui.vault.unlock_dialog import UnlockDialog

ROOT = Path(__file__).resolve().parents[2]
COMPLETE_LANGUAGES = ("fr", "es", "ar")  # every string finished
PARTIAL_LANGUAGES = ("my",)  # the screens below finished; Qt shows the rest in English
LANGUAGES = COMPLETE_LANGUAGES + PARTIAL_LANGUAGES
# The screens Burmese must cover: messages whose <location> lies in one of these files or
# folders (relative to bizhr_desktop/), or in one of the contexts below.
BURMESE_SCREENS = (
    "ui/vault/unlock_dialog.py",
    "ui/vault/create_vault_dialog.py",
    "ui/shell/main_window.py",
    "ui/shell/controller.py",
    "ui/shell/crash.py",
    "ui/people/",
    "ui/meetings/",
    "ui/export/",
    "ui/common/",
)
BURMESE_CONTEXTS = ("Labels",)
MYANMAR = re.compile("[\u1000-\u109f]")
LETTER = re.compile(r"[^\W\d_]")
LATIN_WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")  # not a mask such as XXXX-XXXX
# Words that stay in Latin script in Burmese too: product, file formats, examples.
KEPT_IN_LATIN = {"BizHR Desktop", "CSV", "Excel", "PDF", "SHA-256:", "Signal", "you@example.org"}
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


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    return translation.get("type") not in ("unfinished", "obsolete", "vanished") and all(
        text.strip() for text in translations(message) or [""]
    )


def describe(problems: list[str], what: str) -> str:
    return f"{len(problems)} {what}:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    missing = [
        f"  [{context}] {source!r}"
        for context, source, message in messages(ts_file(language))
        if not is_finished(message)
    ]
    assert not missing, describe(missing, f"messages untranslated in bizhr_{language}.ts")


def in_burmese_screens(context: str, message: ET.Element) -> bool:
    if context in BURMESE_CONTEXTS:
        return True
    for location in message.iter("location"):
        path = (translations_dir() / location.get("filename", "")).resolve()
        where = path.relative_to(ROOT / "bizhr_desktop").as_posix()
        if any(where == s or (s.endswith("/") and where.startswith(s)) for s in BURMESE_SCREENS):
            return True
    return False


def burmese_screen_messages() -> list[Message]:
    return [m for m in messages(ts_file("my")) if in_burmese_screens(m[0], m[2])]


def test_burmese_finishes_the_unlock_people_meetings_and_export_screens() -> None:
    required = burmese_screen_messages()
    assert len(required) > 800  # the set is derived from the code: it cannot be empty
    places = {
        (translations_dir() / location.get("filename", "")).resolve().as_posix()
        for _context, _source, message in required
        for location in message.iter("location")
    }
    for screen in BURMESE_SCREENS:  # a moved file would silently drop its strings
        assert any(f"/bizhr_desktop/{screen}" in place for place in places), screen
    missing = [f"  [{c}] {s!r}" for c, s, m in required if not is_finished(m)]
    assert not missing, describe(missing, "messages of the Burmese screens untranslated")
    untranslated = [
        f"  [{c}] {s!r}"
        for c, s, m in required
        if LETTER.search(PLACEHOLDER.sub("", s))
        and s not in KEPT_IN_LATIN
        and not any(MYANMAR.search(t) for t in translations(m))
    ]
    assert not untranslated, describe(untranslated, "Burmese translations with no Myanmar text")
    # Burmese has no mnemonic letters: the English one follows the text, "ဖိုင်(&F)".
    mnemonics = [
        f"  [{c}] {s!r} -> {t!r}"
        for c, s, m in required
        if MNEMONIC.search(s)
        for t in translations(m)
        if not re.search(r"\(&[A-Z]\)", t)
    ]
    assert not mnemonics, describe(mnemonics, "Burmese mnemonics not written as (&X)")


def test_burmese_is_offered() -> None:
    assert parse_arguments(["--lang", "my"]).lang == "my"
    assert choose_language(None, QLocale("my_MM")) == "my"
    assert QLocale("my_MM").textDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_shortcuts_and_mnemonics_survive(language: str) -> None:
    problems = []
    for context, source, message in messages(ts_file(language)):
        if not is_finished(message):  # a partial language: Qt shows the English source
            continue
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
    environment = dict(
        os.environ,
        BIN=str(BIN),
        BIZHR_TRANSLATIONS_DIR=str(tmp_path),
        BIZHR_LANGUAGES=" ".join(LANGUAGES),
    )
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
        ("my", Qt.LayoutDirection.LeftToRight, "လူများ", "ဖိုင်(&F)"),
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


# ---------------------------------------------------------------- Burmese in a real window


@pytest.fixture
def burmese(configured_app: QApplication) -> Iterator[QApplication]:
    translators = configure_application(configured_app, "my")
    assert any(t.filePath().endswith("bizhr_my.qm") for t in translators)
    yield configured_app
    configure_application(configured_app, "en")
    configured_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def english_fragments() -> set[str]:
    """Runs of English text of the Burmese screens' sources, between their placeholders,
    long enough that a name or place in the records cannot hold one."""
    fragments = set()
    for _context, source, _message in burmese_screen_messages():
        if source in KEPT_IN_LATIN:
            continue
        for part in re.split(r"\{[^{}]*\}|%n|%\d|&(?=\w)", source):
            for line in part.splitlines():
                line = line.strip(" .,:;…()")
                if len(line) >= 12 and " " in line:
                    fragments.add(line)
    return fragments


def interface_texts(root: QWidget, *, labels: bool = True) -> Iterator[tuple[str, str]]:
    """(kind, text) of what a person reads in *root*: buttons, labels, group titles,
    placeholders, tabs, column headers and tooltips; not the rows of the records."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if isinstance(widget, QAbstractButton) or (labels and isinstance(widget, QLabel)):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{kind} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            yield from ((f"{kind} tab", widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"{kind} header", str(header or "")
        if labels:
            yield f"{kind} tooltip", widget.toolTip()


def not_burmese(root: QWidget, fragments: set[str], *, labels: bool = True) -> list[str]:
    """Texts with letters but no Myanmar script, and English sentences of ours, on *root*."""
    found = []
    for kind, text in interface_texts(root, labels=labels):
        english = any(len(w) > 1 for w in LATIN_WORD.findall(text))
        if english and not MYANMAR.search(text) and text not in KEPT_IN_LATIN:
            found.append(f"  {kind}: {text!r}")
        found += [f"  {kind}: English {f!r} in {text!r}" for f in fragments if f in text]
    return found


def test_the_burmese_window_shows_burmese(
    qtbot: QtBot, burmese: QApplication, session: VaultSession, vault_path: Path, tmp_path: Path
) -> None:
    fragments = english_fragments()
    assert len(fragments) > 300  # the check has something to look for
    demo.populate(session, 60, 8, 4, seed=7)
    window = MainWindow(
        default_pages(), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.set_session(session)
    window.show()
    qtbot.waitExposed(window)
    problems: dict[str, list[str]] = {}
    burmese_texts = 0
    for row, page in enumerate(window.pages):
        if type(page).__name__ not in ("PeoplePage", "MeetingsPage", "ExportPage"):
            continue
        window.navigation.setCurrentRow(row)
        qtbot.wait(50)
        problems[type(page).__name__] = not_burmese(page, fragments)
        burmese_texts += sum(1 for _k, text in interface_texts(page) if MYANMAR.search(text))
        if isinstance(page, MeetingsPage):  # each tab of a meeting; its labels hold its data
            assert page.select_meeting(session.meetings.list()[0].id)
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                qtbot.wait(50)
                name = f"MeetingsPage, tab {page.tabs.tabText(tab)}"
                problems[name] = not_burmese(page, fragments, labels=False)
    assert burmese_texts > 60

    unlock = UnlockDialog(vault_path, parent=window)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.waitExposed(unlock)
    problems["UnlockDialog"] = not_burmese(unlock, fragments)
    unlock.recovery_switch.setChecked(True)
    problems["UnlockDialog, recovery key"] = not_burmese(unlock, fragments)
    assert MYANMAR.search(unlock.unlock_button.text())
    assert {name: found for name, found in problems.items() if found} == {}


def test_the_myanmar_font_is_bundled_and_draws_every_burmese_character(
    burmese: QApplication, qtbot: QtBot
) -> None:
    assert "Noto Sans Myanmar" in UI_FONT_FAMILIES
    assert "Noto Sans Myanmar" in QFontDatabase.families()
    bundled = QRawFont(str(fonts_dir() / "NotoSansMyanmar-Regular.ttf"), 12)
    assert bundled.isValid()
    assert bundled.familyName() == "Noto Sans Myanmar"
    characters = {
        character
        for _context, _source, message in burmese_screen_messages()
        for text in translations(message)
        for character in text
        if MYANMAR.match(character)
    }
    assert len(characters) > 40
    assert sorted(c for c in characters if not bundled.supportsCharacter(ord(c))) == []

    label = QLabel(QCoreApplication.translate("UnlockDialog", "Unlock your vault"))
    qtbot.addWidget(label)
    text = label.text()
    assert MYANMAR.search(text), text
    metrics = QFontMetrics(label.font())
    assert [c for c in text if not metrics.inFontUcs4(ord(c))] == []
    layout = QTextLayout(text, label.font())  # what the label draws: no .notdef glyph (tofu)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert any(run.rawFont().familyName() == "Noto Sans Myanmar" for run in runs)
    assert all(0 not in run.glyphIndexes() for run in runs)
    # Burmese is tall: a line of it is as high as the font says, so labels are not clipped.
    assert label.sizeHint().height() >= QFontMetrics(bundled_font(label)).height()


def bundled_font(label: QLabel) -> QFont:
    font = QFont(label.font())
    font.setFamilies(["Noto Sans Myanmar"])
    return font
