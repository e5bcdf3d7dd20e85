"""The People page through its real widgets: search as you type, chips, edit and save,
validation next to the field, add, reveal and auto-hide, erase, and lock."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.errors import RecordNotFound
from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.settings import CONSENT_RENEWAL
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import MASK
from bizhr_desktop.ui.people.erase_dialog import EraseDialog
from bizhr_desktop.ui.people.models import PeopleTableModel
from bizhr_desktop.ui.people.page import PeoplePage
from bizhr_desktop.ui.shell.app import configure_application

REVEAL_MS = 400


@pytest.fixture
def people(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


def add(service: PeopleService, name: str, **values: object) -> Person:
    group = values.pop("group", StakeholderGroup.CIVIL_SOCIETY)
    risk = values.pop("risk", RiskLevel.LOW)
    return service.add(
        Person(
            id=new_id(),
            full_name=name,
            stakeholder_group=group,  # type: ignore[arg-type]
            risk_level=risk,  # type: ignore[arg-type]
            **values,  # type: ignore[arg-type]
        )
    )


@pytest.fixture
def seeded(people: PeopleService) -> dict[str, Person]:
    return {
        "jose": add(
            people,
            "José Pérez",
            organisation="Andes Mining",
            role="Community liaison",
            country="CO",
            email="jose@example.org",
            consent_network=True,
            consent_date=date(2025, 3, 1),
            tags=("andes",),
        ),
        "josefa": add(people, "Josefa Ruiz", group=StakeholderGroup.BUSINESS, country="ES"),
        "amal": add(
            people,
            "أمل حداد",
            group=StakeholderGroup.HRD,
            risk=RiskLevel.CRITICAL,
            organisation="Sudan Lawyers Group",
            role="Lawyer",
            country="SD",
            email="amal@example.org",
            secure_channel="Signal",
            notes="Met in Nairobi",
        ),
        "aung": add(
            people,
            "အောင်ဆန်း",
            group=StakeholderGroup.HRD,
            risk=RiskLevel.HIGH,
            country="MM",
        ),
        "grace": add(people, "Grace Otieno", group=StakeholderGroup.INVESTOR, country="KE"),
    }


@pytest.fixture
def page(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession, seeded: dict[str, Person]
) -> PeoplePage:
    widget = PeoplePage(reveal_ms=REVEAL_MS)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(page: PeoplePage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, PeopleTableModel.NAME)) for row in range(model.rowCount())]


def select(qtbot: QtBot, page: PeoplePage, person: Person) -> None:
    assert page.select_person(person.id)
    qtbot.waitUntil(lambda: page.editor.person_id == person.id)


def test_typing_in_the_search_box_narrows_the_list_as_you_type(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    assert page.model.total == 5
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "jose")
    # Accent-insensitive: "jose" finds José and Josefa, not the others.
    qtbot.waitUntil(lambda: set(names(page)) == {"José Pérez", "Josefa Ruiz"})
    assert "2 people match" in page.count_label.text()
    qtbot.keyClicks(page.search_edit, " per")
    qtbot.waitUntil(lambda: names(page) == ["José Pérez"])
    assert "1 person match" in page.count_label.text()
    # Esc in the search box clears it and brings everyone back.
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.total == 5)
    assert page.search_edit.text() == ""


def test_masked_people_can_be_found_by_their_pseudonym(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    amal = seeded["amal"]
    qtbot.keyClicks(page.search_edit, amal.pseudonym)
    qtbot.waitUntil(lambda: names(page) == [amal.pseudonym])


def test_filter_chips_combine_with_the_search(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    page.filter_bar.group_chips[StakeholderGroup.HRD].click()
    assert sorted(names(page)) == sorted([seeded["amal"].pseudonym, seeded["aung"].pseudonym])
    page.filter_bar.risk_chips[RiskLevel.CRITICAL].click()
    assert names(page) == [seeded["amal"].pseudonym]
    page.filter_bar.clear_button.click()
    assert page.model.total == 5
    page.filter_bar.consent_network_chip.click()
    assert names(page) == ["José Pérez"]
    page.filter_bar.consent_network_chip.click()
    page.filter_bar.consent_due_chip.click()
    # José's consent is recent; everyone else never gave any.
    assert "José Pérez" not in names(page) and page.model.total == 4
    page.filter_bar.clear()
    page.filter_bar.country_button.set_selected({"KE"})
    page.filter_bar.changed.emit()
    assert names(page) == ["Grace Otieno"]


def test_clicking_a_header_sorts_through_the_service(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    header = page.table.horizontalHeader()
    header.setSortIndicator(PeopleTableModel.RISK, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort == "risk" and page.model.query.descending
    assert page.model.data(page.model.index(0, PeopleTableModel.RISK)) == "Critical"
    header.setSortIndicator(PeopleTableModel.ROLE, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == PeopleTableModel.RISK


def test_edit_and_save_a_person(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    jose = seeded["jose"]
    select(qtbot, page, jose)
    editor = page.editor
    assert editor.full_name_edit.text() == "José Pérez"
    assert not editor.save_button.isEnabled()
    editor.role_edit.clear()
    qtbot.keyClicks(editor.role_edit, "Director")
    assert editor.save_button.isEnabled()
    # Set, not typed: a completer pop-up would ask the offscreen platform for the keyboard.
    editor.tags_editor.input.setText("deep-dive")
    qtbot.keyClick(editor.tags_editor.input, Qt.Key.Key_Return)
    qtbot.keyClick(editor.role_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.is_dirty())
    stored = people.get(jose.id)
    assert stored.role == "Director"
    assert set(stored.tags) == {"andes", "deep-dive"}
    row = page.model.row_of(jose.id)
    assert page.model.data(page.model.index(row, PeopleTableModel.ROLE)) == "Director"
    assert page.table.selectionModel().currentIndex().row() == row


def test_a_bad_email_is_explained_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    jose = seeded["jose"]
    select(qtbot, page, jose)
    editor = page.editor
    editor.email_edit.clear()
    qtbot.keyClicks(editor.email_edit, "jose at example")
    editor.save_button.click()
    message = editor.rows["email"].message
    assert message.isVisible()
    assert message.text()
    # The sentence sits right under the email field, inside the same form row.
    assert message.parent() is editor.rows["email"]
    assert editor.email_edit.property("invalid") is True
    assert editor.is_dirty()
    assert people.get(jose.id).email == "jose@example.org"
    # Correcting it and saving clears the message.
    editor.email_edit.clear()
    qtbot.keyClicks(editor.email_edit, "jose.perez@example.org")
    editor.save_button.click()
    assert not message.isVisible()
    assert people.get(jose.id).email == "jose.perez@example.org"


def test_revert_forgets_unsaved_changes(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    select(qtbot, page, seeded["jose"])
    page.editor.role_edit.setText("Something else")
    page.editor.revert_button.click()
    assert page.editor.role_edit.text() == "Community liaison"
    assert not page.editor.is_dirty()


def test_add_a_person_with_ctrl_n(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.is_new()
    assert editor.title_label.text() == "New person"
    editor.save_button.click()
    assert editor.rows["full_name"].message.isVisible()  # a name is required
    qtbot.keyClicks(editor.full_name_edit, "Nadia Rahman")
    editor.group_combo.setCurrentIndex(editor.group_combo.findData(StakeholderGroup.HRD))
    # A new defender starts at medium risk.
    assert editor.risk_combo.currentData() == RiskLevel.MEDIUM
    editor.country_edit.setText("Bangladesh")
    editor.consent_panel.network_box.click()
    assert editor.consent_panel.given_on() == date.today()
    editor.save_button.click()
    assert not editor.is_new()
    stored = people.get(editor.person_id or "")
    assert stored.full_name == "Nadia Rahman"
    assert stored.country == "BD"
    assert stored.consent_network
    assert page.model.total == 6


def test_consent_older_than_24_months_is_flagged(
    qtbot: QtBot, page: PeoplePage, people: PeopleService
) -> None:
    old = add(people, "Old Consent", consent_public=True, consent_date=date(2020, 1, 1))
    page.model.refresh()
    select(qtbot, page, old)
    warning = page.editor.consent_panel.renewal_warning
    assert warning.isVisible()
    assert "24 months" in warning.text()
    page.editor.consent_panel.date_edit.set_date(date.today())
    assert not warning.isVisible()


def test_the_consent_warning_follows_the_vaults_renewal_period(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, session: VaultSession
) -> None:
    """Set to 120 months in Settings, consent from three years ago is no longer flagged;
    set to 12, the warning says 12 months."""
    three_years = date.today() - timedelta(days=3 * 365)
    person = add(people, "Three Years", consent_public=True, consent_date=three_years)
    session.settings.update({CONSENT_RENEWAL: 120})
    page.model.refresh()
    select(qtbot, page, person)
    panel = page.editor.consent_panel
    assert not panel.renewal_warning.isVisible()
    session.settings.update({CONSENT_RENEWAL: 12})
    panel.date_edit.set_date(three_years - timedelta(days=1))
    assert panel.renewal_warning.isVisible() and "12 months" in panel.renewal_warning.text()


def test_contact_log_entries_are_added_and_listed(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    jose = seeded["jose"]
    select(qtbot, page, jose)
    log = page.editor.contact_log
    qtbot.keyClicks(log.summary_edit, "Invited to the Geneva deep dive")
    qtbot.keyClick(log.summary_edit, Qt.Key.Key_Return)
    entries = people.contact_log(jose.id)
    assert [e.summary for e in entries] == ["Invited to the Geneva deep dive"]
    assert log.tree.topLevelItem(0).text(2) == "Invited to the Geneva deep dive"


def test_a_critical_risk_person_is_masked_until_revealed_then_hides_by_itself(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    amal = seeded["amal"]
    select(qtbot, page, amal)
    editor = page.editor
    row = page.model.row_of(amal.id)
    name_cell = page.model.index(row, PeopleTableModel.NAME)
    assert editor.is_masked()
    assert editor.title_label.text() == amal.pseudonym
    for edit in (
        editor.full_name_edit,
        editor.organisation_edit,
        editor.email_edit,
        editor.secure_channel_edit,
    ):
        assert edit.text() == MASK
        assert edit.isReadOnly()
    assert editor.notes_edit.toPlainText() == MASK
    assert editor.reveal_bar.isVisible()
    assert editor.reveal_button.text() == "Reveal (1 s)"
    assert page.model.data(name_cell) == amal.pseudonym

    editor.reveal_button.click()
    assert editor.full_name_edit.text() == amal.full_name
    assert editor.email_edit.text() == "amal@example.org"
    assert not editor.full_name_edit.isReadOnly()
    assert page.model.data(name_cell) == amal.full_name
    assert "second" in editor.countdown_label.text()

    qtbot.waitUntil(lambda: editor.is_masked(), timeout=REVEAL_MS * 5)
    assert editor.full_name_edit.text() == MASK
    assert page.model.data(name_cell) == amal.pseudonym
    assert editor.countdown_label.text() == ""
    # Undo cannot bring the hidden values back.
    assert not editor.full_name_edit.isUndoAvailable()
    assert not editor.notes_edit.document().isUndoAvailable()


def test_leaving_the_page_ends_a_reveal(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    select(qtbot, page, seeded["amal"])
    page.editor.reveal_button.click()
    assert not page.editor.is_masked()
    page.hide()
    assert page.editor.is_masked()
    assert page.reveal.person_id is None


def test_moving_to_another_person_hides_the_revealed_one(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    amal = seeded["amal"]
    select(qtbot, page, amal)
    page.editor.reveal_button.click()
    assert page.reveal.person_id == amal.id
    select(qtbot, page, seeded["jose"])
    assert page.reveal.person_id is None
    row = page.model.row_of(amal.id)
    assert page.model.data(page.model.index(row, 0)) == amal.pseudonym


def test_edits_typed_while_revealed_survive_the_auto_hide(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    amal = seeded["amal"]
    select(qtbot, page, amal)
    page.editor.reveal_button.click()
    page.editor.secure_channel_edit.setText("Wire")
    qtbot.waitUntil(page.editor.is_masked, timeout=REVEAL_MS * 5)
    assert page.editor.secure_channel_edit.text() == MASK
    page.editor.save_button.click()
    stored = people.get(amal.id)
    assert stored.secure_channel == "Wire"
    assert stored.full_name == amal.full_name  # never the mask


def test_erasing_names_what_goes_and_needs_the_word(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    jose = seeded["jose"]
    select(qtbot, page, jose)
    people.add_contact_log(
        __import__("bizhr_desktop.core.models", fromlist=["ContactLogEntry"]).ContactLogEntry(
            id=new_id(), person_id=jose.id, occurred_on=date(2025, 1, 2), summary="Call"
        )
    )
    seen: dict[str, object] = {}

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EraseDialog)
        seen["title"] = dialog.findChildren(type(dialog.items_label))[0].text()
        seen["items"] = dialog.items_label.text()
        seen["enabled_before"] = dialog.erase_button.isEnabled()
        qtbot.keyClicks(dialog.confirm_edit, "eras")
        seen["enabled_partial"] = dialog.erase_button.isEnabled()
        qtbot.keyClicks(dialog.confirm_edit, "e")
        seen["enabled_after"] = dialog.erase_button.isEnabled()
        dialog.erase_button.click()

    QTimer.singleShot(0, confirm)
    page.editor.erase_button.click()
    qtbot.waitUntil(lambda: not page.erasing)
    assert "José Pérez" in str(seen["title"])
    assert "1 contact log entry" in str(seen["items"])
    assert seen["enabled_before"] is False
    assert seen["enabled_partial"] is False
    assert seen["enabled_after"] is True
    with pytest.raises(RecordNotFound):
        people.get(jose.id)
    assert page.model.total == 4
    assert not page.editor.has_record()
    assert "erased" in page.status.text()


def test_cancelling_the_erase_dialog_keeps_the_person(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    amal = seeded["amal"]
    select(qtbot, page, amal)
    seen: dict[str, str] = {}

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EraseDialog)
        seen["title"] = (
            dialog.windowTitle() + dialog.findChildren(type(dialog.items_label))[0].text()
        )
        dialog.cancel_button.click()

    QTimer.singleShot(0, cancel)
    page.editor.erase_button.click()
    # A masked person is named by pseudonym in the dialog too.
    assert amal.pseudonym in seen["title"]
    assert amal.full_name not in seen["title"]
    assert people.get(amal.id).full_name == amal.full_name


def test_lock_clears_every_record_from_the_page(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    qtbot.keyClicks(page.search_edit, "jose")
    qtbot.waitUntil(lambda: page.model.total == 2)
    select(qtbot, page, seeded["jose"])
    with qtbot.waitSignal(page.model.modelReset):
        page.set_session(None)
    assert page.model.rowCount() == 0
    assert page.search_edit.text() == ""
    assert not page.search_edit.isUndoAvailable()
    assert not page.editor.has_record()
    assert page.editor.full_name_edit.text() == ""
    assert page.editor.email_edit.text() == ""
    assert page.count_label.text() == ""
    assert not page.add_button.isEnabled()
    assert not page.filter_bar.country_button.selected()


def test_the_region_chip_filters_by_un_m49_sub_region(
    qtbot: QtBot, page: PeoplePage, seeded: dict[str, Person]
) -> None:
    region = page.filter_bar.region_button
    offered = {action.text() for action in region.menu().actions()}
    assert {"Eastern Africa", "Northern Africa", "South-eastern Asia", "South America"} <= offered
    region.set_selected({"Eastern Africa", "South-eastern Asia"})
    page.filter_bar.changed.emit()
    # Grace (KE) and the masked Burmese defender (MM) — shown under their pseudonym.
    assert sorted(names(page)) == sorted(["Grace Otieno", seeded["aung"].pseudonym])
    page.filter_bar.clear()
    assert page.model.total == 5


def _confirm_erase(qtbot: QtBot) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EraseDialog)
    qtbot.keyClicks(dialog.confirm_edit, dialog.confirm_word)
    dialog.erase_button.click()


class _HeldErase:
    """PeopleService.erase, held on the worker until released (to look at the page meanwhile)."""

    def __init__(self, page: PeoplePage) -> None:
        import threading

        assert page._service is not None
        self.release = threading.Event()
        self.started = threading.Event()
        self.thread: str | None = None
        self._erase = page._service.erase
        page._service.erase = self  # type: ignore[method-assign]

    def __call__(self, person_id: str) -> object:
        import threading

        self.thread = threading.current_thread().name
        self.started.set()
        assert self.release.wait(10)
        return self._erase(person_id)


def _start_held_erase(qtbot: QtBot, page: PeoplePage, person: Person) -> _HeldErase:
    """Select *person*, confirm the erasure, and return once it waits on the worker."""
    select(qtbot, page, person)
    held = _HeldErase(page)
    QTimer.singleShot(0, lambda: _confirm_erase(qtbot))
    page.editor.erase_button.click()
    assert held.started.wait(5)
    return held


def test_erasing_runs_on_a_worker_behind_a_notice_that_esc_does_not_close(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    import threading

    from bizhr_desktop.ui.people.erase_dialog import EraseProgressDialog

    jose = seeded["jose"]
    held = _start_held_erase(qtbot, page, jose)
    notice = QApplication.activeModalWidget()
    assert isinstance(notice, EraseProgressDialog) and notice.isVisible()
    assert page.erasing
    ticks: list[int] = []
    QTimer.singleShot(10, lambda: ticks.append(1))  # the GUI thread keeps running
    qtbot.waitUntil(lambda: bool(ticks))
    qtbot.keyClick(notice, Qt.Key.Key_Escape)
    assert notice.isVisible() and page.erasing
    held.release.set()
    qtbot.waitUntil(lambda: not page.erasing)
    assert held.thread != threading.current_thread().name
    assert QApplication.activeModalWidget() is None  # the notice is gone
    with pytest.raises(RecordNotFound):
        people.get(jose.id)
    assert "erased" in page.status.text()
    assert page.model.total == 4


def test_locking_during_an_erasure_waits_for_it_and_shows_nothing_after(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    import threading

    amal = seeded["amal"]
    held = _start_held_erase(qtbot, page, amal)
    threading.Timer(0.3, held.release.set).start()
    page.set_session(None)  # the lock: returns once the erasure and its rebuild are done
    assert not page.erasing
    assert QApplication.activeModalWidget() is None
    assert "erased" not in page.status.text()
    with pytest.raises(RecordNotFound):
        people.get(amal.id)
    # The rebuild ran before the lock went on: nothing is left to checkpoint from the WAL.
    wal = Path(str(people._db.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_countries_are_named_in_the_window_language_and_saved_unchanged(
    qtbot: QtBot,
    configured_app: QApplication,
    session: VaultSession,
    people: PeopleService,
    seeded: dict[str, Person],
) -> None:
    """In the Arabic window Kenya is "كينيا" in the list and the editor; saving an edit keeps
    the country, and a country typed in Arabic is stored as its code."""
    configure_application(configured_app, "ar")
    try:
        page = PeoplePage(reveal_ms=REVEAL_MS)
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.set_session(session)
        page.show()
        grace, josefa = seeded["grace"], seeded["josefa"]
        qtbot.waitUntil(lambda: page.model.row_of(grace.id) is not None)
        row = page.model.row_of(grace.id)
        assert page.model.data(page.model.index(row, PeopleTableModel.COUNTRY)) == "كينيا"
        select(qtbot, page, grace)
        editor = page.editor
        assert editor.country_edit.text() == "كينيا"
        assert not editor.is_dirty()
        editor.role_edit.setText("Analyst")
        assert editor.save()
        assert people.get(grace.id).country == "KE"
        select(qtbot, page, josefa)
        page.editor.country_edit.setText("ألمانيا")
        assert page.editor.save()
        assert people.get(josefa.id).country == "DE"
    finally:
        configure_application(configured_app, "en")


def test_the_editor_says_which_invisible_characters_saving_takes_out(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, seeded: dict[str, Person]
) -> None:
    """A name pasted with a right-to-left override would show as another string: before the
    save the editor names the field and the characters (not the value); the vault stores the
    clean name, and the notice goes."""
    grace = seeded["grace"]
    select(qtbot, page, grace)
    editor = page.editor
    notice = editor.cleaned_notice
    assert not notice.isVisibleTo(editor)
    editor.full_name_edit.setText("Grace\u202e Otieno\u200b")
    assert notice.isVisibleTo(editor)
    text = notice.text()
    assert "Full name" in text and "RIGHT-TO-LEFT OVERRIDE (U+202E)" in text
    assert "ZERO WIDTH SPACE (U+200B)" in text and "Otieno" not in text
    assert editor.save()
    assert people.get(grace.id).full_name == "Grace Otieno"
    qtbot.waitUntil(lambda: not notice.isVisibleTo(editor))
