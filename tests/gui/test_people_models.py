"""The people and organisations table models: paging, masking, sorting, lock, qtmodeltester."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.organisations.models import OrganisationTableModel
from bizhr_desktop.ui.people.models import PeopleTableModel


@pytest.fixture(autouse=True)
def application(qapp: QApplication) -> QApplication:
    """Icons (the lock glyph) are pixmaps: they need the GUI application."""
    return qapp


@pytest.fixture
def people(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


def add(
    service: PeopleService,
    name: str,
    *,
    group: StakeholderGroup = StakeholderGroup.BUSINESS,
    risk: RiskLevel = RiskLevel.LOW,
    organisation: str = "",
    role: str = "",
    country: str = "",
) -> Person:
    return service.add(
        Person(
            id=new_id(),
            full_name=name,
            stakeholder_group=group,
            risk_level=risk,
            organisation=organisation,
            role=role,
            country=country,
            consent_network=True,
            consent_date=date(2025, 6, 1),
        )
    )


@pytest.fixture
def seeded(people: PeopleService) -> dict[str, Person]:
    found = {
        "jose": add(people, "José Pérez", organisation="Andes Mining", role="CEO", country="CO"),
        "amal": add(
            people,
            "أمل حداد",
            group=StakeholderGroup.HRD,
            risk=RiskLevel.CRITICAL,
            organisation="Sudan Lawyers Group",
            role="Lawyer",
            country="SD",
        ),
        "aung": add(
            people,
            "အောင်ဆန်း",
            group=StakeholderGroup.HRD,
            risk=RiskLevel.HIGH,
            organisation="Yangon Voices",
            role="Organiser",
            country="MM",
        ),
    }
    for number in range(9):
        add(people, f"Investor {number:02d}", group=StakeholderGroup.INVESTOR, country="CH")
    return found


def test_people_model_passes_the_model_tester(
    qtmodeltester: ModelTester, people: PeopleService, seeded: dict[str, Person]
) -> None:
    model = PeopleTableModel(people, page_size=5)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.sort(PeopleTableModel.RISK, Qt.SortOrder.DescendingOrder)
    model.set_revealed(seeded["amal"].id)
    model.set_query(PeopleQuery(text="jose"))
    model.set_service(None)
    qtmodeltester.check(model)


def test_empty_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(PeopleTableModel())
    qtmodeltester.check(OrganisationTableModel())


def test_rows_arrive_a_page_at_a_time(people: PeopleService, seeded: dict[str, Person]) -> None:
    model = PeopleTableModel(people, page_size=5)
    assert model.total == 12
    assert model.rowCount() == 5
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 12
    assert not model.canFetchMore(QModelIndex())


def test_only_recent_pages_stay_in_memory_and_dropped_ones_read_back_the_same(
    qtmodeltester: ModelTester, people: PeopleService, seeded: dict[str, Person]
) -> None:
    model = PeopleTableModel(people, page_size=2)
    model.KEPT_PAGES = 2
    model.sort(PeopleTableModel.RISK, Qt.SortOrder.DescendingOrder)  # masked rows first
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 12
    assert model.rows_in_memory == 4  # two pages of two, not twelve rows
    shown = [model.data(model.index(row, PeopleTableModel.NAME)) for row in range(12)]
    ids = [model.data(model.index(row, 0), PeopleTableModel.PersonIdRole) for row in range(12)]
    assert model.rows_in_memory <= 4
    # The same rows, in the same order, as the service gives them in one go.
    expected = people.page(PeopleQuery(sort="risk", descending=True), 0, 50)
    assert ids == [person.id for person in expected]
    assert shown[:2] == [expected[0].pseudonym, expected[1].pseudonym]  # masked after re-read
    assert seeded["amal"].full_name not in shown
    # Revealing a person whose page was dropped shows them when their row is read again.
    model.set_revealed(seeded["amal"].id)
    row = ids.index(seeded["amal"].id)
    assert model.data(model.index(row, PeopleTableModel.NAME)) == seeded["amal"].full_name
    assert model.row_of(seeded["amal"].id) == row  # its page is back in memory
    qtmodeltester.check(model)
    # locate finds a person whose page was dropped, and one not fetched yet.
    for person_id in (ids[0], ids[-1], ids[5]):
        assert model.locate(person_id) == ids.index(person_id)
    fresh = PeopleTableModel(people, page_size=2)
    by_name = [person.id for person in people.page(PeopleQuery(), 0, 50)]
    assert fresh.locate(by_name[-1]) == 11 and fresh.rowCount() == 12  # fetched until found
    assert fresh.locate("not-a-person") == -1


def test_masked_rows_show_the_pseudonym_and_hide_identifying_columns(
    people: PeopleService, seeded: dict[str, Person]
) -> None:
    model = PeopleTableModel(people)
    amal = seeded["amal"]
    row = model.row_of(amal.id)
    assert row >= 0

    def cell(column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(row, column), role)

    assert cell(PeopleTableModel.NAME) == amal.pseudonym
    assert amal.pseudonym and amal.pseudonym != amal.full_name
    assert cell(PeopleTableModel.ORGANISATION) == "—"
    assert cell(PeopleTableModel.ROLE) == "—"
    assert cell(PeopleTableModel.COUNTRY) == "Northern Africa"  # a region, not "Sudan"
    assert isinstance(cell(PeopleTableModel.NAME, Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell(PeopleTableModel.NAME, PeopleTableModel.MaskedRole) is True
    assert cell(PeopleTableModel.NAME, PeopleTableModel.PersonIdRole) == amal.id
    assert cell(PeopleTableModel.RISK, PeopleTableModel.RiskRole) is RiskLevel.CRITICAL
    # Risk is a word first; the colour only repeats it.
    assert cell(PeopleTableModel.RISK) == "Critical"
    assert isinstance(cell(PeopleTableModel.RISK, Qt.ItemDataRole.BackgroundRole), QColor)
    every_cell = [model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(7)]
    assert amal.full_name not in every_cell
    assert "Sudan Lawyers Group" not in every_cell

    jose_row = model.row_of(seeded["jose"].id)
    assert model.data(model.index(jose_row, PeopleTableModel.NAME)) == "José Pérez"
    assert model.data(model.index(jose_row, PeopleTableModel.ORGANISATION)) == "Andes Mining"
    assert model.data(model.index(jose_row, PeopleTableModel.COUNTRY)) == "Colombia"


def test_revealing_one_person_shows_only_them(
    qtbot: QtBot, people: PeopleService, seeded: dict[str, Person]
) -> None:
    model = PeopleTableModel(people)
    amal, aung = seeded["amal"], seeded["aung"]
    with qtbot.waitSignal(model.dataChanged):
        model.set_revealed(amal.id)
    assert model.data(model.index(model.row_of(amal.id), 0)) == amal.full_name
    assert model.data(model.index(model.row_of(aung.id), 0)) == aung.pseudonym
    model.set_revealed(None)
    assert model.data(model.index(model.row_of(amal.id), 0)) == amal.pseudonym


def test_sorting_and_filtering_are_done_by_the_service(
    people: PeopleService, seeded: dict[str, Person]
) -> None:
    model = PeopleTableModel(people)
    model.sort(PeopleTableModel.RISK, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "risk" and model.query.descending
    assert model.data(model.index(0, PeopleTableModel.RISK)) == "Critical"
    model.set_query(PeopleQuery(text="jose"))
    assert model.query.sort == "risk"  # a new filter keeps the sort
    assert model.total == 1
    assert model.data(model.index(0, PeopleTableModel.NAME)) == "José Pérez"
    model.set_query(PeopleQuery(groups=frozenset({StakeholderGroup.HRD})))
    assert model.total == 2
    # Role is not a sort key: clicking it changes nothing.
    model.sort(PeopleTableModel.ROLE)
    assert model.query.sort == "risk"


def test_lock_empties_the_model(
    qtbot: QtBot, people: PeopleService, seeded: dict[str, Person]
) -> None:
    model = PeopleTableModel(people)
    model.set_revealed(seeded["amal"].id)
    with qtbot.waitSignal(model.modelReset):
        model.set_service(None)
    assert model.rowCount() == 0
    assert model.total == 0
    assert model.revealed_id is None
    assert not model.canFetchMore(QModelIndex())


def test_organisation_model(
    qtmodeltester: ModelTester, session: VaultSession, seeded: dict[str, Person]
) -> None:
    service = OrganisationService(session.vault.db, session.vault.audit)
    model = OrganisationTableModel(service)
    qtmodeltester.check(model)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Andes Mining", "Sudan Lawyers Group", "Yangon Voices"]
    model.sort(OrganisationTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "Yangon Voices"
    row = model.row_of(
        str(model.data(model.index(0, 0), OrganisationTableModel.OrganisationIdRole))
    )
    assert row == 0
    assert model.data(model.index(0, OrganisationTableModel.PEOPLE)) == "1"
    model.set_text("ande")
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0
