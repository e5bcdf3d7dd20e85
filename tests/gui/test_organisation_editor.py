"""Editing an organisation from the Organisations page: the ways in, every field, the
service's sentences under the fields, Cancel, and the list and People page kept current."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import (
    Organisation,
    OrganisationKind,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.services.people import PeopleQuery, PeopleService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.organisations.editor import OrganisationEditDialog
from bizhr_desktop.ui.organisations.models import OrganisationTableModel
from bizhr_desktop.ui.organisations.page import OrganisationsPage
from bizhr_desktop.ui.people.models import PeopleTableModel
from bizhr_desktop.ui.people.page import PeoplePage
from bizhr_desktop.ui.shell.pages import default_pages


@pytest.fixture
def orgs(session: VaultSession) -> OrganisationService:
    return OrganisationService(session.vault.db, session.vault.audit)


@pytest.fixture
def seeded(session: VaultSession, orgs: OrganisationService) -> dict[str, str]:
    people = PeopleService(session.vault.db, session.vault.audit)
    orgs.add(
        Organisation(
            id=new_id(),
            name="Andes Mining",
            kind=OrganisationKind.COMPANY,
            sector="Mining",
            country="CO",
            website="https://andes.example",
            public_commitment=True,
            commitment_date=date(2024, 9, 1),
        )
    )
    for full_name, organisation in (("Ana Example", "Oldname Trust"), ("Bo Two", "Bravo Fund")):
        people.add(
            Person(
                id=new_id(),
                full_name=full_name,
                stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
                risk_level=RiskLevel.LOW,
                organisation=organisation,
            )
        )
    return {row.name: row.id for row in orgs.list()}


def _page(qtbot: QtBot, session: VaultSession, page: OrganisationsPage) -> OrganisationsPage:
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.set_session(session)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession, seeded: dict[str, str]
) -> OrganisationsPage:
    return _page(qtbot, session, OrganisationsPage())


def _select(page: OrganisationsPage, organisation_id: str) -> None:
    assert page.select_organisation(organisation_id)
    assert page.model.organisation_at(page.table.currentIndex().row()) is not None


def _open(page: OrganisationsPage) -> OrganisationEditDialog:
    dialog = page.edit_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _audit_kinds(session: VaultSession) -> list[str]:
    return [event.kind for event in session.vault.audit.events()]


def test_edit_button_follows_the_selection_and_the_lock(
    page: OrganisationsPage, session: VaultSession, seeded: dict[str, str]
) -> None:
    assert page.edit_button.text() == "Edit…"
    assert not page.edit_button.isEnabled()  # nothing selected yet
    assert page.edit_organisation() is None
    _select(page, seeded["Andes Mining"])
    assert page.edit_button.isEnabled()
    page.set_session(None)
    assert not page.edit_button.isEnabled() and page.edit_organisation() is None


def test_double_click_opens_the_dialog_filled_in_and_save_stores_every_field(
    qtbot: QtBot, page: OrganisationsPage, session: VaultSession, orgs: OrganisationService,
    seeded: dict[str, str],
) -> None:  # fmt: skip
    org_id = seeded["Oldname Trust"]
    row = page.model.row_of(org_id)
    rect = page.table.visualRect(page.model.index(row, OrganisationTableModel.SECTOR))
    # A person's double click: QTest's alone lacks the first press, so views ignore it.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.edit_dialog is None  # one click only selects
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = _open(page)
    assert dialog.organisation_id == org_id
    assert dialog.windowTitle() == "Edit organisation"  # never the name: titles get shared
    assert dialog.name_edit.text() == "Oldname Trust"
    assert dialog.kind_combo.currentData() == OrganisationKind.OTHER
    assert not dialog.commitment_box.isChecked() and dialog.commitment_date_edit.date() is None

    dialog.name_edit.setText("Newname  Trust ")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(OrganisationKind.NGO))
    dialog.sector_edit.setText("Land rights")
    dialog.country_edit.setText("Kenya")
    dialog.website_edit.setText("https://newname.example/about")
    dialog.commitment_box.setChecked(True)
    dialog.commitment_date_edit.set_date(date(2025, 2, 3))
    assert "public" in dialog.sensitivity_hint.text()
    changed: list[str] = []
    page.organisation_changed.connect(changed.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible() and page.edit_dialog is None
    stored = orgs.get(org_id)
    assert (stored.name, stored.kind, stored.sector, stored.country, stored.website) == (
        "Newname Trust", OrganisationKind.NGO, "Land rights", "KE",
        "https://newname.example/about",
    )  # fmt: skip
    assert stored.public_commitment and stored.commitment_date == date(2025, 2, 3)
    event = session.vault.audit.events(limit=1)[0]
    assert event.kind == "organisation.updated" and event.detail["organisation"] == org_id
    assert changed == [org_id]
    # The list shows the new values and the organisation is still the one selected.
    assert page.model.organisation_at(page.table.currentIndex().row()) == next(
        r for r in orgs.list() if r.id == org_id
    )
    row = page.model.row_of(org_id)
    assert page.model.data(page.model.index(row, OrganisationTableModel.NAME)) == "Newname Trust"
    assert page.detail_title.text() == "Newname Trust"
    assert "Publicly committed since 2025-02-03" in page.detail_facts.text()
    assert page.people_label.text() == "1 person"


def test_enter_on_a_row_opens_the_dialog_and_cancel_writes_nothing(
    qtbot: QtBot, page: OrganisationsPage, session: VaultSession, orgs: OrganisationService,
    seeded: dict[str, str],
) -> None:  # fmt: skip
    org_id = seeded["Andes Mining"]
    before = orgs.get(org_id)
    audited = _audit_kinds(session)
    _select(page, org_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _open(page)
    # Shown by name, stored by code: an untouched country is not "changed".
    assert dialog.country_edit.text() == "Colombia"
    assert dialog.commitment_date_edit.date() == date(2024, 9, 1)
    dialog.name_edit.setText("Something Else")
    dialog.website_edit.setText("nonsense")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible() and page.edit_dialog is None
    assert orgs.get(org_id) == before
    assert _audit_kinds(session) == audited
    assert page.model.organisation_at(page.table.currentIndex().row()).id == org_id  # type: ignore[union-attr]


def test_ctrl_e_opens_the_dialog_and_an_unchanged_save_audits_nothing(
    qtbot: QtBot, page: OrganisationsPage, session: VaultSession, seeded: dict[str, str]
) -> None:
    _select(page, seeded["Andes Mining"])
    audited = _audit_kinds(session)
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = _open(page)
    assert page.edit_organisation() is dialog  # one dialog at a time
    assert dialog.save()
    assert _audit_kinds(session) == audited


def test_the_service_sentences_appear_under_their_fields_and_nothing_is_saved(
    qtbot: QtBot, page: OrganisationsPage, session: VaultSession, orgs: OrganisationService,
    seeded: dict[str, str],
) -> None:  # fmt: skip
    org_id = seeded["Andes Mining"]
    before = orgs.get(org_id)
    audited = _audit_kinds(session)
    _select(page, org_id)
    page.edit_button.click()
    dialog = _open(page)

    dialog.name_edit.setText("   ")
    assert not dialog.save()
    assert dialog.rows["name"].message.text() == "An organisation needs a name."
    assert dialog.rows["name"].message.isVisible()

    dialog.name_edit.setText("bravo FUND")
    dialog.country_edit.setText("Narnia")
    dialog.website_edit.setText("not a site")
    dialog.commitment_box.setChecked(False)
    qtbot.keyClick(dialog.sector_edit, Qt.Key.Key_Return)  # Enter saves, or says why not
    assert dialog.isVisible()
    messages = {field: row.message.text() for field, row in dialog.rows.items()}
    assert messages["name"] == "Another organisation is already called “bravo FUND”."
    assert "Narnia" in messages["country"] and "is not one we know" in messages["country"]
    assert messages["website"] == "“not a site” is not a web address (such as https://example.org)."
    assert "tick “Publicly committed” or clear the date" in messages["commitment_date"]
    assert messages["kind"] == messages["sector"] == messages["public_commitment"] == ""
    assert dialog.rows["website"].field.property("invalid") is True
    assert dialog.error_label.text() == "Correct the fields marked above to save."
    assert dialog.focusWidget() is dialog.name_edit  # the first field at fault
    assert orgs.get(org_id) == before and _audit_kinds(session) == audited

    # Correcting a field takes its sentence away, and only its own.
    dialog.name_edit.setText("Andes Mining SA")
    assert dialog.rows["name"].message.text() == ""
    assert dialog.rows["name"].field.property("invalid") is False
    assert "Narnia" in dialog.rows["country"].message.text()
    dialog.country_edit.setText("CO")
    dialog.website_edit.setText("")
    dialog.commitment_date_edit.set_date(None)
    assert all(not row.message.text() for row in dialog.rows.values())
    assert dialog.save()
    assert orgs.get(org_id).name == "Andes Mining SA"


def test_a_rename_out_of_the_search_says_so_instead_of_losing_it(
    qtbot: QtBot, page: OrganisationsPage, seeded: dict[str, str]
) -> None:
    page.search_edit.setText("oldname")
    page.apply_search()
    _select(page, seeded["Oldname Trust"])
    dialog = page.edit_organisation()
    assert dialog is not None
    dialog.name_edit.setText("Renamed Trust")
    assert dialog.save()
    assert page.model.rowCount() == 0
    assert page.status.text() == "Saved. “Renamed Trust” no longer matches the search."
    assert page.empty_label.isVisible()


def test_lock_closes_an_open_dialog_without_saving(
    page: OrganisationsPage, orgs: OrganisationService, seeded: dict[str, str]
) -> None:
    org_id = seeded["Andes Mining"]
    _select(page, org_id)
    dialog = page.edit_organisation()
    assert dialog is not None
    dialog.name_edit.setText("Typed before the lock")
    page.set_session(None)
    assert page.edit_dialog is None and not dialog.isVisible()
    assert orgs.get(org_id).name == "Andes Mining"


def test_a_rename_reaches_the_people_page_rows_and_search(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession, seeded: dict[str, str]
) -> None:
    pages = default_pages()
    people_page, organisations_page = pages[0], pages[1]
    assert isinstance(people_page, PeoplePage)
    assert isinstance(organisations_page, OrganisationsPage)
    qtbot.addWidget(people_page)
    people_page.set_session(session)
    people_page.show()
    person_id = PeopleService(session.vault.db, session.vault.audit).ids(
        PeopleQuery(text="Ana Example")
    )[0]
    assert people_page.select_person(person_id)
    assert people_page.editor.organisation_edit.text() == "Oldname Trust"
    people_page.hide()

    _page(qtbot, session, organisations_page)
    _select(organisations_page, seeded["Oldname Trust"])
    dialog = organisations_page.edit_organisation()
    assert dialog is not None
    dialog.name_edit.setText("Newname Trust")
    assert dialog.save()
    organisations_page.hide()

    people_page.show()
    model = people_page.model
    row = model.row_of(person_id)
    assert model.data(model.index(row, PeopleTableModel.ORGANISATION)) == "Newname Trust"
    assert people_page.editor.organisation_edit.text() == "Newname Trust"
    assert people_page.editor.person_id == person_id
    people_page.search_edit.setText("newname")
    people_page.apply_query()
    assert model.rowCount() == 1
