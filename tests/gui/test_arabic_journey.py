"""The window in Arabic shows no English sentence of ours: a journey through the screens.

Every English source string of the translations (the window's own and the "Messages"
templates of errors raised below it) is a fragment to look for; the journey gathers every
text a person can see on each screen and fails on any fragment found. Data in Latin script
(demo names, organisations) is not ours and cannot match a sentence of the program.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.message_sources import SCANNED_PACKAGES, scan
from bizhr_desktop.services import demo
from bizhr_desktop.ui.common.resources import translations_dir
from bizhr_desktop.ui.shell.app import configure_application
from bizhr_desktop.ui.shell.controller import AppController
from tests.conftest import PASSPHRASE
from tests.gui.journeys import LEFT, WORKER_TIMEOUT_MS, create_vault, current_unlock_dialog

# Fragments shorter than this are words a Latin-script name or place could hold.
MIN_FRAGMENT = 14
_FIELD = re.compile(r"\{[^{}]*\}|%n|%\d|&(?=\w)")


def english_fragments() -> set[str]:
    """Literal runs of every source string (of the .ts file, and every error template in the
    code, translated or not): the text between its fields, long enough."""
    tree = ET.parse(translations_dir() / "bizhr_ar.ts")
    sources = [source.text or "" for source in tree.iter("source")]
    package = Path(__file__).resolve().parents[2] / "bizhr_desktop"
    code = {
        str(path): path.read_text(encoding="utf-8")
        for folder in SCANNED_PACKAGES
        for path in sorted((package / folder).rglob("*.py"))
    }
    sources += [template.text for template in scan(code)[0]]
    fragments: set[str] = set()
    for text in sources:
        for part in _FIELD.split(text):
            for line in part.splitlines():
                line = line.strip(" .,:;…")
                if len(line) >= MIN_FRAGMENT and " " in line:
                    fragments.add(line)
    return fragments


def visible_texts(root: QWidget) -> Iterator[str]:
    """Every text a person can read in *root*: labels, buttons, titles, placeholders, tabs,
    column headers and the first rows of every view."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        yield widget.windowTitle()
        yield widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QModelIndex()), 30)):
                for column in range(columns):
                    value = model.data(model.index(row, column, QModelIndex()))
                    yield str(value or "")


def english_on(root: QWidget, fragments: set[str]) -> list[str]:
    found = set()
    for text in visible_texts(root):
        if text:
            found |= {fragment for fragment in fragments if fragment in text}
    return sorted(found)


@pytest.fixture
def arabic(configured_app: QApplication) -> Iterator[QApplication]:
    configure_application(configured_app, "ar")
    yield configured_app
    configure_application(configured_app, "en")
    configured_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_arabic_window_shows_no_english_sentence(
    qtbot: QtBot, arabic: QApplication, controller: AppController
) -> None:
    fragments = english_fragments()
    assert len(fragments) > 500  # the check has something to look for
    create_vault(qtbot, controller, PASSPHRASE)
    session = controller.session
    assert session is not None
    demo.populate(session, 120, 12, 4, seed=7)
    # Records are data, not the program's words: a demo meeting's title ("Trends and
    # Insights: …", shown by the audit page) is not an untranslated sentence.
    titles = [record.title for record in session.meetings.list()]
    fragments = {f for f in fragments if not any(f in title for title in titles)}
    window = controller.window
    window.resize(1400, 900)
    window.set_session(session)
    seen: dict[str, list[str]] = {}
    for row, page in enumerate(window.pages):
        window.navigation.setCurrentRow(row)
        qtbot.wait(50)
        seen[type(page).__name__] = english_on(window, fragments)

    # A field's problem found by the people service (an e-mail without @), in Arabic.
    people_page = window.pages[0]
    window.navigation.setCurrentRow(0)
    people_page.add_person()  # type: ignore[attr-defined]
    editor = people_page.editor  # type: ignore[attr-defined]
    editor.full_name_edit.setText("Test Person")
    editor.email_edit.setText("no-at-sign.example.org")
    assert editor.save() is False
    seen["PersonEditor with a bad e-mail"] = english_on(editor, fragments)

    # An error raised below the window (the vault layer's "wrong passphrase"), in Arabic.
    controller.lock()
    dialog = current_unlock_dialog(controller)
    qtbot.keyClicks(dialog.passphrase_field.edit, "not the passphrase at all")
    qtbot.mouseClick(dialog.unlock_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT_MS)
    seen["UnlockDialog after a wrong passphrase"] = english_on(dialog, fragments)
    assert {name: found for name, found in seen.items() if found} == {}


def test_every_policy_reason_is_worded_in_arabic_from_its_code(arabic: QApplication) -> None:
    """The export preview words the policy's reasons from their templates (data), so every
    one of them reads in Arabic; none is parsed back from English or shown as it came."""
    from bizhr_desktop.core.policy import (
        WHY_CHATHAM,
        WHY_CONSENT_OLD,
        WHY_CONSENT_UNDATED,
        WHY_FEWER_THAN_K,
        WHY_INTERNAL,
        WHY_NAMED,
        WHY_NAMED_ELSEWHERE,
        WHY_NO_CONSENT,
        WHY_NOT_NAMED,
        WHY_RISK_OVER,
        Outcome,
        Reason,
    )
    from bizhr_desktop.services.exporting import ReasonGroup
    from bizhr_desktop.ui.export.words import reason_line

    params = {
        WHY_CONSENT_OLD: (("year", "2019"),),
        WHY_RISK_OVER: (("risk", "high"), ("ceiling", "low")),
        WHY_FEWER_THAN_K: (("k", "3"),),
    }
    templates = [
        *WHY_NO_CONSENT.values(),
        WHY_CONSENT_UNDATED,
        WHY_CONSENT_OLD,
        WHY_RISK_OVER,
        WHY_CHATHAM,
        WHY_NAMED,
        WHY_INTERNAL,
        WHY_NOT_NAMED,
        WHY_NAMED_ELSEWHERE,
        WHY_FEWER_THAN_K,
    ]
    for template in templates:
        line = reason_line(
            ReasonGroup(Outcome.COUNTED, (Reason(template, params.get(template, ())),), 4)
        )
        english = re.findall(r"[A-Za-z]{3,}", line.replace("Chatham House", ""))
        assert english == [], (template, line)


def test_the_passphrase_advice_reads_in_arabic(qtbot: QtBot, arabic: QApplication) -> None:
    from bizhr_desktop.services import passphrases
    from bizhr_desktop.ui.common.widgets import StrengthMeter

    meter = StrengthMeter()
    qtbot.addWidget(meter)
    fragments = english_fragments()
    for typed in (
        "",
        "short",
        "password password",
        "aaaaaaaaaaaaaaaa",
        "correct horse battery staple",
    ):
        meter.show_strength(passphrases.assess(typed) if typed else None)
        text = meter.advice.text()
        assert text and not re.findall(r"[A-Za-z]{3,}", text), (typed, text)
        assert not [f for f in fragments if f in text]
