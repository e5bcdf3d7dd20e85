"""The import wizard through its real pages: mapping, problems, skip, progress, cancel, result."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.errors import Cancelled
from bizhr_desktop.services.importing import ImportKind, ImportResult
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import MASK
from bizhr_desktop.ui.importing.wizard import ImportWizard
from bizhr_desktop.ui.people.models import PeopleTableModel
from bizhr_desktop.ui.people.page import PeoplePage

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = DATA / "people_good.csv"
BAD = DATA / "people_bad.csv"


@pytest.fixture
def people(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


@pytest.fixture
def wizard(qtbot: QtBot, configured_app: QApplication, session: VaultSession) -> ImportWizard:
    widget = ImportWizard(session.importing, ImportKind.PEOPLE)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def commit_button(wizard: QWizard) -> object:
    return wizard.button(QWizard.WizardButton.CommitButton)


def load(wizard: ImportWizard, path: Path) -> bool:
    """Choose *path*; the file is read off the GUI thread, with a busy bar meanwhile."""
    wizard.file_page.load(path)
    assert wizard.file_page.reading and not wizard.file_page.isComplete()
    assert not wizard.file_page.busy_bar.isHidden()
    deadline = time.monotonic() + 10
    while wizard.file_page.reading:
        assert time.monotonic() < deadline, "the file was never read"
        wizard.wait(50)
        QApplication.processEvents()
    assert wizard.file_page.busy_bar.isHidden()
    return wizard.table is not None


def go_to_review(wizard: ImportWizard, path: Path) -> None:
    assert load(wizard, path)
    assert wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    assert wizard.mapping_page.isComplete(), wizard.mapping_page.problems()
    wizard.next()
    assert wizard.currentId() == ImportWizard.REVIEW
    wait_for_plan(wizard)


def wait_for_plan(wizard: ImportWizard) -> None:
    """The rows are checked off the GUI thread; the page fills in when they are."""
    deadline = time.monotonic() + 10
    while wizard.plan is None and not wizard.review_page.error.text():
        assert time.monotonic() < deadline, "the rows were never checked"
        wizard.wait(50)
        QApplication.processEvents()
    assert wizard.plan is not None, wizard.review_page.error.text()


def test_a_file_with_errors_lists_every_problem_and_imports_nothing_unless_skipped(
    qtbot: QtBot, wizard: ImportWizard, people: PeopleService
) -> None:
    go_to_review(wizard, BAD)
    review = wizard.review_page
    plan = wizard.plan
    assert plan is not None
    assert plan.valid_rows == 1 and plan.total_rows == 10
    # Every problem is on screen: row number, column (its label), value, reason.
    model = review.model
    assert model.rowCount() == len(plan.problems) >= 9

    def cell(line: int, column: int) -> object:
        return model.index(line, column).data()

    listed = {(cell(r, model.ROW), cell(r, model.FIELD)) for r in range(model.rowCount())}
    assert (5, "Email") in listed
    assert (4, "Stakeholder group") in listed
    assert all(cell(r, model.PROBLEM) for r in range(model.rowCount()))
    assert "1 row can be imported" in review.summary_label.text()
    assert "9 rows with problems" in review.summary_label.text()
    # Blocked: the Import button is off until the person chooses to skip the bad rows.
    assert not review.skip_box.isChecked()
    assert not review.isComplete()
    assert not commit_button(wizard).isEnabled()  # type: ignore[attr-defined]
    assert review.blocked_label.isVisible()
    review.skip_box.click()
    assert commit_button(wizard).isEnabled()  # type: ignore[attr-defined]
    assert not review.blocked_label.isVisible()

    commit_button(wizard).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10_000)
    assert isinstance(wizard.outcome, ImportResult)
    assert wizard.outcome.added == 1 and wizard.outcome.skipped == 9
    assert "1 person added" in wizard.result_page.label.text()
    assert "9 rows skipped: not imported" in wizard.result_page.label.text()
    assert people.count(PeopleQuery()) == 1


def test_a_good_file_imports_and_its_people_appear_in_the_list(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession, people: PeopleService
) -> None:
    page = PeoplePage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.show()
    assert page.model.total == 0
    page.import_button.click()
    wizard = page._wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.waitExposed(wizard)
    go_to_review(wizard, GOOD)
    assert wizard.review_page.problems.isHidden()
    assert "All 30 rows can be imported" in wizard.review_page.summary_label.text()
    # High and critical risk rows are masked in the preview too.
    preview = wizard.review_page.preview
    cells = [
        preview.item(r, c).text()
        for r in range(preview.rowCount())
        for c in range(preview.columnCount())
        if preview.item(r, c) is not None
    ]
    assert "Amira Test-Haddad" not in cells
    assert MASK in cells
    assert "José Fictício Pérez" in cells

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        commit_button(wizard).click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: page._wizard is None)
    assert page.model.total == 30
    qtbot.keyClicks(page.search_edit, "jose ficticio")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.data(page.model.index(0, PeopleTableModel.NAME)) == "José Fictício Pérez"


def test_cancelling_the_import_leaves_the_vault_unchanged(
    qtbot: QtBot, wizard: ImportWizard, session: VaultSession, people: PeopleService
) -> None:
    go_to_review(wizard, GOOD)
    audit_before = len(session.vault.audit.events())
    # Hold the database so the worker is surely still before its commit when Cancel comes.
    with session.vault.db.lock:
        commit_button(wizard).click()  # type: ignore[attr-defined]
        assert wizard.currentId() == ImportWizard.RUN
        assert wizard.is_running()
        assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
        wizard.run_page.cancel_button.click()
        assert wizard.run_page.label.text() == "Cancelling…"
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.RESULT, timeout=10_000)
    assert isinstance(wizard.outcome, Cancelled)
    assert "Nothing was changed" in wizard.result_page.label.text()
    assert people.count(PeopleQuery()) == 0
    assert len(session.vault.audit.events()) == audit_before


def test_an_unknown_column_must_be_mapped_or_ignored(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("Name,Group,Favourite colour\nAna Example,business,blue\n", encoding="utf-8")
    assert load(wizard, path)
    wizard.next()
    mapping = wizard.mapping_page
    # Synonyms are recognised; the unknown column waits for a decision.
    assert mapping.mapping() == {"Name": "full_name", "Group": "stakeholder_group"}
    assert mapping.undecided() == ["Favourite colour"]
    assert not mapping.isComplete()
    assert "Favourite colour" in mapping.error.text()
    combo = mapping.combos[2]
    combo.setCurrentIndex(combo.findData(""))
    assert mapping.isComplete()
    assert mapping.mapping()["Favourite colour"] == ""
    wizard.next()
    wait_for_plan(wizard)
    assert wizard.plan is not None and not wizard.plan.problems


def test_an_unreadable_file_is_explained_on_the_first_page(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    assert not load(wizard, path)
    assert wizard.file_page.error.isVisible()
    assert ".csv" in wizard.file_page.error.text()
    assert not wizard.file_page.isComplete()


def test_locking_closes_the_wizard(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession
) -> None:
    page = PeoplePage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.import_button.click()
    wizard = page._wizard
    assert wizard is not None
    wizard.file_page.load(GOOD)
    page.set_session(None)
    assert page._wizard is None
    assert wizard.table is None and wizard.plan is None
    assert not wizard.isVisible()


def test_closing_while_the_file_is_read_keeps_nothing(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.file_page.load(GOOD)
    wizard.reject()
    assert wizard.stop_checking.is_set()
    assert wizard.wait(10_000)
    QApplication.processEvents()
    assert wizard.table is None and not wizard.isVisible()


def test_a_newer_file_choice_wins_over_one_still_being_read(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    other = tmp_path / "one.csv"
    other.write_text("Name,Group\nAna Example,business\n", encoding="utf-8")
    wizard.file_page.load(GOOD)
    assert load(wizard, other)
    assert wizard.table is not None and len(wizard.table.rows) == 1
    assert "1 row read" in wizard.file_page.summary_label.text()


def test_the_check_says_which_invisible_characters_it_takes_out(
    qtbot: QtBot, wizard: ImportWizard, people: PeopleService, tmp_path: Path
) -> None:
    """A name with a right-to-left override would show as another string: the check says
    which characters go, from which rows, before the import; the vault stores the clean name."""
    path = tmp_path / "lying.csv"
    path.write_text(
        "full_name,stakeholder_group,risk_level\n"
        "Plain Person,business,low\n"
        "Peter\u202e olleh\u202c Mwangi,civil_society,low\n"
        "Gra\u200bce Achieng,investor,low\n",
        encoding="utf-8",
    )
    go_to_review(wizard, path)
    notice = wizard.review_page.cleaned_label
    assert notice.isVisibleTo(wizard.review_page)
    text = notice.text()
    assert "2 values" in text and "rows 3, 4" in text
    assert "RIGHT-TO-LEFT OVERRIDE (U+202E)" in text and "ZERO WIDTH SPACE (U+200B)" in text
    assert "Mwangi" not in text, "the notice names characters, not people"
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        commit_button(wizard).click()  # type: ignore[attr-defined]
    names = {p.full_name for p in people.get_many(people.ids(PeopleQuery()))}
    assert {"Peter olleh Mwangi", "Grace Achieng", "Plain Person"} <= names
