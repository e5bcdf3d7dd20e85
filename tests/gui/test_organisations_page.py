"""The Organisations page: list, search, and the people of the selected organisation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
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
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.organisations.models import OrganisationTableModel
from bizhr_desktop.ui.organisations.page import OrganisationsPage
from bizhr_desktop.ui.people.models import PeopleTableModel


@pytest.fixture
def seeded(session: VaultSession) -> dict[str, str]:
    organisations = OrganisationService(session.vault.db, session.vault.audit)
    people = PeopleService(session.vault.db, session.vault.audit)
    organisations.add(
        Organisation(
            id=new_id(),
            name="Andes Mining",
            kind=OrganisationKind.COMPANY,
            sector="Mining",
            country="CO",
            public_commitment=True,
            commitment_date=date(2024, 9, 1),
        )
    )
    for name, risk in (("Ana Example", RiskLevel.LOW), ("Critical Defender", RiskLevel.CRITICAL)):
        people.add(
            Person(
                id=new_id(),
                full_name=name,
                stakeholder_group=StakeholderGroup.HRD,
                risk_level=risk,
                organisation="Sudan Lawyers Group",
            )
        )
    people.add(
        Person(
            id=new_id(),
            full_name="Bo Investor",
            stakeholder_group=StakeholderGroup.INVESTOR,
            risk_level=RiskLevel.LOW,
            organisation="Andes Mining",
        )
    )
    return {row.name: row.id for row in organisations.list()}


@pytest.fixture
def page(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession, seeded: dict[str, str]
) -> OrganisationsPage:
    widget = OrganisationsPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(model: OrganisationTableModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_lists_organisations_with_kind_commitment_and_people_count(
    page: OrganisationsPage, qtmodeltester: ModelTester
) -> None:
    model = page.model
    qtmodeltester.check(model)
    assert [cell(model, r, 0) for r in range(model.rowCount())] == [
        "Andes Mining",
        "Sudan Lawyers Group",
    ]
    assert cell(model, 0, OrganisationTableModel.KIND) == "Company"
    assert cell(model, 0, OrganisationTableModel.COMMITMENT) == "Yes"
    assert cell(model, 0, OrganisationTableModel.COMMITMENT_DATE) == "2024-09-01"
    assert cell(model, 0, OrganisationTableModel.PEOPLE) == "1"
    assert cell(model, 1, OrganisationTableModel.PEOPLE) == "2"
    assert "2 organisations" in page.count_label.text()


def test_search_as_you_type(qtbot: QtBot, page: OrganisationsPage) -> None:
    qtbot.keyClicks(page.search_edit, "sudan")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page.model, 0, 0) == "Sudan Lawyers Group"


def test_selecting_one_lists_its_people_but_only_counts_those_at_high_risk(
    qtbot: QtBot, page: OrganisationsPage, seeded: dict[str, str]
) -> None:
    assert page.empty_label.isVisible()
    page.table.selectRow(page.model.row_of(seeded["Sudan Lawyers Group"]))
    assert page.detail_title.text() == "Sudan Lawyers Group"
    assert "No public commitment" in page.detail_facts.text()
    people = page.people_model
    shown = [people.data(people.index(r, PeopleTableModel.NAME)) for r in range(people.rowCount())]
    # The critical-risk member is counted, never listed (not even by pseudonym): the People
    # page hides their organisation, and this list would give it away.
    assert shown == ["Ana Example"]
    assert all(
        not people.data(people.index(r, 0), PeopleTableModel.MaskedRole)
        for r in range(people.rowCount())
    )
    assert page.people_label.text() == "1 person · 1 more at high or critical risk, not listed here"
    page.table.selectRow(page.model.row_of(seeded["Andes Mining"]))
    assert "Publicly committed since 2024-09-01" in page.detail_facts.text()
    assert people.rowCount() == 1


def test_lock_clears_the_page(qtbot: QtBot, page: OrganisationsPage) -> None:
    page.table.selectRow(0)
    page.set_session(None)
    assert page.model.rowCount() == 0
    assert page.people_model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert page.count_label.text() == ""
