"""The import check step with real widgets: every problem of every row in plain words,
a value fixed in place (Enter), a row skipped (Delete), then one import; and the model
under qtmodeltester, masking, and the window's words against the command line's."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import OrganisationKind, Participation, RiskLevel, StakeholderGroup
from bizhr_desktop.services import importing
from bizhr_desktop.services.importing import ImportKind, ImportResult
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import MASK
from bizhr_desktop.ui.importing import words
from bizhr_desktop.ui.importing.problems import ImportProblemsModel
from bizhr_desktop.ui.importing.wizard import ImportWizard
from bizhr_desktop.ui.shell.app import configure_application

HEADER = "Name,Group,E-mail,Country,risk_level\n"


@pytest.fixture
def wizard(qtbot: QtBot, configured_app: QApplication, session: VaultSession) -> ImportWizard:
    widget = ImportWizard(session.importing, ImportKind.PEOPLE)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def wait_for(wizard: ImportWizard, done: object) -> None:
    """Let the wizard's pool work until ``done()`` (files are read and rows checked on it)."""
    deadline = time.monotonic() + 20
    while not done():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the wizard's worker never finished"
        wizard.wait(50)
        QApplication.processEvents()


def checked(wizard: ImportWizard, path: Path) -> ImportProblemsModel:
    """Choose *path*, keep the suggested mapping, and wait for every row to be checked."""
    wizard.file_page.load(path)
    wait_for(wizard, lambda: not wizard.file_page.reading)
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.mapping_page.isComplete(), wizard.mapping_page.problems()
    wizard.next()
    assert wizard.currentId() == ImportWizard.REVIEW
    wait_for(wizard, lambda: wizard.plan is not None)
    return wizard.review_page.model


def lines(model: ImportProblemsModel) -> list[tuple[int, str, str, str]]:
    return [
        tuple(model.index(n, column).data() for column in range(model.COLUMN_COUNT))  # type: ignore[misc]
        for n in range(model.rowCount())
    ]


def go_to(qtbot: QtBot, wizard: ImportWizard, row: int, field: str) -> None:
    """Put the keyboard on the problem of *field* in the file's row *row*."""
    model, view = wizard.review_page.model, wizard.review_page.problems
    line = next(
        n
        for n in range(model.rowCount())
        if (p := model.problem_at(n)) is not None and (p.row, p.field) == (row, field)
    )
    view.setFocus()
    view.setCurrentIndex(model.index(line, model.PROBLEM))
    assert view.hasFocus() or QApplication.focusWidget() is view


def fix_by_typing(qtbot: QtBot, wizard: ImportWizard, row: int, field: str, text: str) -> None:
    go_to(qtbot, wizard, row, field)
    view = wizard.review_page.problems
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    assert editor.accessibleName() == f"Fix {words.field_label(field)}"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    before = wizard.plan.problems if wizard.plan else None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.plan is not None and wizard.plan.problems is not before)


def fix_by_choosing(
    qtbot: QtBot, wizard: ImportWizard, row: int, field: str, code: str
) -> list[str]:
    """Fix by choosing from the list of allowed values; returns the words it offered."""
    go_to(qtbot, wizard, row, field)
    qtbot.keyClick(wizard.review_page.problems, Qt.Key.Key_Return)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox), combo
    assert combo.accessibleName() == f"Fix {words.field_label(field)}"
    offered = [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(combo.findData(code))
    before = wizard.plan.problems if wizard.plan else None
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.plan is not None and wizard.plan.problems is not before)
    return offered


def test_fix_in_place_skip_a_row_and_import(
    qtbot: QtBot, wizard: ImportWizard, session: VaultSession, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        HEADER
        + "Good Person,business,good@example.org,KE,low\n"
        + "Fix Me,,not-an-email,ZZ,\n"
        + "Skip Me,pirates,skip@example.org,Atlantis,\n",
        encoding="utf-8",
    )
    model = checked(wizard, path)
    review = wizard.review_page
    # Every problem of every row, the column by its label, the allowed values in words.
    shown = lines(model)
    assert [(row, where) for row, where, _value, _problem in shown] == [
        (3, "Stakeholder group (column “Group”)"),
        (3, "Country"),
        (3, "Email (column “E-mail”)"),
        (4, "Stakeholder group (column “Group”)"),
        (4, "Country"),
    ]
    assert shown[0][3] == (
        "This cell is empty; write one of: Business, Investor, Civil society, Human rights "
        "defender, Government, UN / intergovernmental, Other."
    )
    assert shown[2][2:] == ("not-an-email", "“not-an-email” must contain exactly one @.")
    assert "civil_society" not in str(shown)
    assert review.summary_label.text() == "1 row can be imported. 2 rows with problems."
    assert review.problems_heading.text() == "Problems (5)"
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled() and review.blocked_label.isVisible()

    # Fix row 3 in place: type the e-mail (Enter edits, Enter commits), choose the group.
    fix_by_typing(qtbot, wizard, 3, "email", "fix.me@example.org")
    assert [p.field for p in wizard.plan.row_problems(3)] == ["stakeholder_group", "country"]  # type: ignore[union-attr]
    assert model.rowCount() == 4
    assert model.problem_at(review.problems.currentIndex().row()).row == 3  # type: ignore[union-attr]
    offered = fix_by_choosing(qtbot, wizard, 3, "stakeholder_group", "hrd")
    assert offered[:4] == [
        "Business", "Investor", "Civil society", "Human rights defender",
    ]  # fmt: skip
    fix_by_typing(qtbot, wizard, 3, "country", "Kenya")
    assert wizard.plan.fixed == {3}  # type: ignore[union-attr]
    assert [where for _row, where, _v, _p in lines(model)] == [
        "Stakeholder group (column “Group”)", "Country",
    ]  # fmt: skip
    assert review.summary_label.text() == (
        "2 rows can be imported. 1 row with problems. 1 row fixed."
    )
    # Skip row 4 from the keyboard: its lines stay, marked, and the import is possible.
    go_to(qtbot, wizard, 4, "country")
    assert review.skip_button.text() == "&Skip row"
    qtbot.keyClick(review.problems, Qt.Key.Key_Delete)
    assert wizard.plan.skipped == {4}  # type: ignore[union-attr]
    assert lines(model)[1][3].startswith("Skipped: ")
    assert review.skip_button.text() == "Take row &back"
    assert not model.flags(model.index(1, model.VALUE)) & Qt.ItemFlag.ItemIsEditable
    assert review.summary_label.text() == ("2 rows can be imported. 1 row skipped. 1 row fixed.")
    assert commit.isEnabled() and not review.blocked_label.isVisible()
    assert not review.skip_box.isVisible()  # nothing left to skip all at once

    commit.click()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10_000)
    outcome = wizard.outcome
    assert isinstance(outcome, ImportResult)
    assert (outcome.added, outcome.skipped, outcome.fixed) == (2, 1, 1)
    text = wizard.result_page.label.text()
    assert "2 people added." in text
    assert "1 row imported with a value you fixed." in text
    assert "1 row skipped: not imported." in text
    stored = session.vault.db.execute(
        "SELECT full_name, stakeholder_group, email, country FROM person ORDER BY full_name"
    )
    assert stored == [
        ("Fix Me", "hrd", "fix.me@example.org", "KE"),
        ("Good Person", "business", "good@example.org", "KE"),
    ]


def test_buttons_fix_and_skip_too_and_a_skipped_row_comes_back(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "A Person,business,,KE,\nB Person,hrd,b@,KE,\n", encoding="utf-8")
    model = checked(wizard, path)
    review = wizard.review_page
    assert review.problems.currentIndex().row() == 0  # the first problem is ready at once
    assert re.sub("[\u200e\u200f\u2066-\u2069]", "", review.detail.text()) == (
        "Row 3 · Email (column “E-mail”): “b@” needs a domain with a dot after the @ "
        "(such as example.org)."
    )
    assert review.detail.text().startswith("\u200e")  # in the window's direction
    qtbot.mouseClick(review.skip_button, Qt.MouseButton.LeftButton)
    assert wizard.plan.skipped == {3}  # type: ignore[union-attr]
    assert not review.fix_button.isEnabled()
    qtbot.mouseClick(review.skip_button, Qt.MouseButton.LeftButton)
    assert wizard.plan.skipped == set()  # type: ignore[union-attr]
    qtbot.mouseClick(review.fix_button, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "b@"
    editor.setText("b@example.org")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert review.summary_label.text() == "All 2 rows can be imported (1 with a value you fixed)."
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_a_masked_persons_details_are_hidden_in_the_problems(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(HEADER + "Hidden Defender,hrd,hidden.defender@,SD,critical\n", encoding="utf-8")
    model = checked(wizard, path)
    (line,) = lines(model)
    assert line[2] == MASK and "hidden.defender" not in line[3]
    assert MASK in line[3]
    assert "hidden.defender" not in wizard.review_page.detail.text()


def test_thousands_of_problems_are_one_model_and_one_view(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        HEADER + "".join(f"Person {i},pirates,bad{i},ZZ,\n" for i in range(2000)),
        encoding="utf-8",
    )
    model = checked(wizard, path)
    assert model.rowCount() == 6000
    view = wizard.review_page.problems
    assert len(view.findChildren(QLineEdit)) == 0  # no editor, nor a widget, per line
    assert view.indexWidget(model.index(5999, model.VALUE)) is None
    # Skipping them all at once is still there.
    review = wizard.review_page
    assert review.skip_box.isVisible() is False  # no row can be imported: nothing to skip to
    fix_by_choosing(qtbot, wizard, 2, "stakeholder_group", "investor")
    fix_by_typing(qtbot, wizard, 2, "country", "KE")
    fix_by_typing(qtbot, wizard, 2, "email", "p0@example.org")
    assert model.rowCount() == 5997
    assert review.skip_box.isVisible()
    review.skip_box.click()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_the_problems_model_is_a_sound_qt_model(
    qtmodeltester: ModelTester, session: VaultSession
) -> None:
    headers = ("full_name", "stakeholder_group", "email", "country")
    table = importing.Table(headers, [("A", "", "x", "ZZ"), ("B", "hrd", "", "")], [2, 3])
    plan = session.importing.plan(
        ImportKind.PEOPLE, table, session.importing.suggest_mapping(ImportKind.PEOPLE, headers)
    )
    model = ImportProblemsModel(session.importing.fix)
    model.set_plan(plan)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.toggle_skip(0)
    qtmodeltester.check(model)


def test_the_windows_english_words_are_the_command_lines(configured_app: QApplication) -> None:
    """Untranslated, the window says what `bizhr import` says (the service's words)."""
    fields = {*importing.accepted_fields(ImportKind.PEOPLE),
              *importing.accepted_fields(ImportKind.ORGANISATIONS)}  # fmt: skip
    assert {f: words.field_label(f) for f in fields} == {
        f: importing.field_label(f) for f in fields
    }
    vocabularies = [("stakeholder_group", StakeholderGroup), ("risk_level", RiskLevel),
                    ("participation", Participation), ("kind", OrganisationKind)]  # fmt: skip
    for field, vocabulary in vocabularies:
        for code in vocabulary:
            assert words.value_label(field, code) == importing.value_label(field, code), code


def test_in_arabic_the_allowed_values_are_arabic_words(configured_app: QApplication) -> None:
    _record, (problem,) = importing.validate_row(
        ImportKind.PEOPLE, {"full_name": "A", "stakeholder_group": "pirates"}, 2
    )
    configure_application(configured_app, "ar")
    try:
        text = words.problem_text(problem)
        assert "مدافع عن حقوق الإنسان" in text  # the Labels context's "Human rights defender"
        assert "Human rights defender" not in text and "hrd" not in text
        assert "pirates" in text  # the cell's own text, as the file has it
    finally:
        configure_application(configured_app, "en")
        configured_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
