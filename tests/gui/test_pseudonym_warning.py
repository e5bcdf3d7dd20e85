"""The person editor warns, as the pseudonym is typed, when it gives the person away (issue
15): their initials, part of their name, their name in Latin letters, their organisation,
role or a place. A warning, not a refusal: the record still saves."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.people.page import PeoplePage
from bizhr_desktop.ui.shell.app import configure_application

ISOLATES = re.compile("[\u2066-\u2069]")


@pytest.fixture
def people(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


@pytest.fixture
def arabic(configured_app: QApplication) -> Iterator[QApplication]:
    configure_application(configured_app, "ar")
    yield configured_app
    configure_application(configured_app, "en")
    configured_app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def make_page(qtbot: QtBot, session: VaultSession) -> PeoplePage:
    widget = PeoplePage(reveal_ms=2000)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(qtbot: QtBot, configured_app: QApplication, session: VaultSession) -> PeoplePage:
    return make_page(qtbot, session)


def add(people: PeopleService, page: PeoplePage, name: str, **values: object) -> Person:
    stored = people.add(
        Person(
            id=new_id(),
            full_name=name,
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=values.pop("risk", RiskLevel.LOW),  # type: ignore[arg-type]
            **values,  # type: ignore[arg-type]
        )
    )
    page.model.refresh()
    return stored


def open_person(qtbot: QtBot, page: PeoplePage, person: Person) -> None:
    assert page.select_person(person.id)
    qtbot.waitUntil(lambda: page.editor.person_id == person.id)


def warning_text(page: PeoplePage) -> str:
    """What the warning says, without the isolates that keep each part's own direction."""
    warning = page.editor.pseudonym_warning
    return ISOLATES.sub("", warning.text()) if warning.isVisible() else ""


def retype(qtbot: QtBot, page: PeoplePage, text: str) -> None:
    page.editor.pseudonym_edit.clear()
    qtbot.keyClicks(page.editor.pseudonym_edit, text)


def test_a_pseudonym_naming_a_place_and_work_is_flagged_next_to_the_field_and_still_saves(
    qtbot: QtBot, page: PeoplePage, people: PeopleService
) -> None:
    samuel = add(people, page, "Samuel Okello", country="UG", role="Land rights lawyer")
    open_person(qtbot, page, samuel)
    editor = page.editor
    assert warning_text(page) == ""  # a generated pseudonym gives nothing away
    retype(qtbot, page, "Kampala land lawyer")
    assert warning_text(page) == (
        "This pseudonym contains their role (land lawyer).\n"
        "This pseudonym contains a place (Kampala)."
    )
    # A notice under the pseudonym field, in its form row; not an error on the field.
    warning = editor.pseudonym_warning
    assert warning.property("role") == "notice"
    assert warning.parentWidget() is editor.rows["pseudonym"].parentWidget()
    assert editor.pseudonym_edit.property("invalid") is not True
    assert "Kampala" in editor.pseudonym_edit.accessibleDescription()

    editor.save_button.click()
    qtbot.waitUntil(lambda: not editor.is_dirty())
    assert people.get(samuel.id).pseudonym == "Kampala land lawyer"
    assert not editor.message.isVisible()
    assert "a place (Kampala)" in warning_text(page)  # shown again when the record opens


def test_the_warning_follows_each_key_typed(
    qtbot: QtBot, page: PeoplePage, people: PeopleService
) -> None:
    aung = add(people, page, "Aung Ko", country="MM")
    open_person(qtbot, page, aung)
    page.editor.pseudonym_edit.clear()
    qtbot.keyClicks(page.editor.pseudonym_edit, "K")
    assert warning_text(page) == ""  # a single letter is nobody
    qtbot.keyClicks(page.editor.pseudonym_edit, "o")
    assert warning_text(page) == "This pseudonym contains part of their name (Ko)."
    qtbot.keyClicks(page.editor.pseudonym_edit, "fi")
    assert warning_text(page) == ""  # "Ko" inside a longer word is no match
    retype(qtbot, page, "Heron")
    assert warning_text(page) == ""


def test_initials_and_a_name_in_latin_letters(
    qtbot: QtBot, page: PeoplePage, people: PeopleService
) -> None:
    grace = add(people, page, "Grace Achieng", country="KE")
    open_person(qtbot, page, grace)
    for typed in ("AG", "A.G.", "G.A."):
        retype(qtbot, page, typed)
        assert warning_text(page) == f"This pseudonym contains their initials ({typed}).", typed
    page.editor.revert()  # moving on with unsaved changes would ask whether to keep them
    laila = add(people, page, "ليلى حسن", country="SD")
    open_person(qtbot, page, laila)
    retype(qtbot, page, "Laila Hassan")
    assert (
        warning_text(page) == "This pseudonym contains their name in Latin letters (Laila Hassan)."
    )


def test_the_warning_follows_the_other_fields_too(qtbot: QtBot, page: PeoplePage) -> None:
    editor = page.editor
    editor.new_person()
    qtbot.keyClicks(editor.pseudonym_edit, "Brave Voice of ULA")
    assert warning_text(page) == ""
    qtbot.keyClicks(editor.full_name_edit, "Samuel Okello")
    editor.organisation_edit.setText("Uganda Land Alliance")
    assert warning_text(page) == "This pseudonym contains their organisation (ULA)."
    editor.organisation_edit.clear()
    assert warning_text(page) == ""


def test_a_masked_person_gets_the_warning_without_the_part_it_names(
    qtbot: QtBot, page: PeoplePage, people: PeopleService
) -> None:
    laila = add(
        people, page, "ليلى حسن", risk=RiskLevel.CRITICAL, pseudonym="Laila Hassan", country="SD"
    )
    open_person(qtbot, page, laila)
    editor = page.editor
    assert editor.is_masked()
    # The title shows the pseudonym; the warning must not add which part of the hidden name it is.
    assert warning_text(page) == "This pseudonym may give the person away. Reveal to see why."
    editor.reveal_button.click()
    qtbot.waitUntil(lambda: not editor.is_masked())
    assert (
        warning_text(page) == "This pseudonym contains their name in Latin letters (Laila Hassan)."
    )
    editor.clear()
    assert warning_text(page) == ""


def test_every_line_of_the_warning_shows_in_the_arabic_window(
    qtbot: QtBot, arabic: QApplication, session: VaultSession, people: PeopleService
) -> None:
    page = make_page(qtbot, session)
    samuel = add(
        people,
        page,
        "Samuel Okello",
        country="UG",
        role="Land rights lawyer",
        organisation="Uganda Land Alliance",
    )
    open_person(qtbot, page, samuel)
    warning = page.editor.pseudonym_warning
    for typed in ("Kampala land lawyer SO", "Heron", "Kampala land lawyer SO", "Kampala"):
        retype(qtbot, page, typed)
        qtbot.wait(50)  # the form lays itself out again after the text changes
        if warning.isVisible():
            assert "(Kampala)" in warning_text(page)  # in Arabic, the part as typed
            # Four sentences wrap to eight lines in the narrow field: none may be cut off.
            needed = warning.heightForWidth(warning.width())
            qtbot.waitUntil(lambda: warning.height() >= needed)
