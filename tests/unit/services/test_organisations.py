"""OrganisationService: list, add, update (search index follows a rename), find_or_create."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bizhr_desktop.core.errors import InvalidInput, RecordNotFound
from bizhr_desktop.core.models import Organisation, OrganisationKind, Person, RiskLevel, new_id
from bizhr_desktop.services import vaults
from bizhr_desktop.services.organisations import OrganisationInvalid, OrganisationService
from bizhr_desktop.services.people import PeopleQuery, PeopleService


@pytest.fixture
def orgs(session: vaults.VaultSession) -> OrganisationService:
    return OrganisationService(session.vault.db, session.vault.audit)


def test_add_get_list_and_refuse_duplicates(orgs: OrganisationService) -> None:
    added = orgs.add(
        Organisation(id=new_id(), name=" École  Exemple ", kind=OrganisationKind.ACADEMIC,
                     country="France", website="https://example.org")
    )  # fmt: skip
    assert added.name == "École Exemple" and added.country == "FR"
    assert orgs.get(added.id) == added
    with pytest.raises(InvalidInput):
        orgs.add(Organisation(id=new_id(), name="ÉCOLE EXEMPLE"))
    with pytest.raises(InvalidInput):
        orgs.add(Organisation(id=new_id(), name="Bad Site", website="javascript:alert(1)"))
    with pytest.raises(RecordNotFound):
        orgs.get(new_id())
    orgs.add(Organisation(id=new_id(), name="Acme"))
    assert [r.name for r in orgs.list()] == ["Acme", "École Exemple"]
    assert [r.name for r in orgs.list("ecole")] == ["École Exemple"]


def test_find_or_create_is_case_and_accent_insensitive(orgs: OrganisationService) -> None:
    first = orgs.find_or_create("Café Rights")
    assert orgs.find_or_create("CAFE RIGHTS") == first
    assert orgs.find_or_create("café  rights") == first
    assert len(orgs.list()) == 1
    with pytest.raises(InvalidInput):
        orgs.find_or_create("   ")


def test_people_and_rename_reindexes_search(
    session: vaults.VaultSession, orgs: OrganisationService
) -> None:
    people = PeopleService(session.vault.db, session.vault.audit)
    person = people.add(
        Person(id=new_id(), full_name="Member One", stakeholder_group="business",
               risk_level=RiskLevel.LOW, organisation="Oldname Ltd")
    )  # fmt: skip
    org_id = orgs.find_or_create("oldname ltd")
    assert [r.id for r in orgs.people(org_id)] == [person.id]
    assert orgs.list()[0].people_count == 1
    renamed = orgs.update(replace(orgs.get(org_id), name="Newname Ltd"))
    assert renamed.name == "Newname Ltd"
    assert people.count(PeopleQuery(text="oldname")) == 0
    assert people.count(PeopleQuery(text="newname")) == 1
    assert people.get(person.id).organisation == "Newname Ltd"


def test_update_stores_every_editable_field_and_audits_field_names_only(
    session: vaults.VaultSession, orgs: OrganisationService
) -> None:
    added = orgs.add(Organisation(id=new_id(), name="Secret Grassroots Collective"))
    updated = orgs.update(
        replace(
            added,
            name="  Open  Rights Trust ",
            kind=OrganisationKind.NGO,
            sector=" Human rights ",
            country="Kenya",
            website="rights.example.org",
            public_commitment=True,
            commitment_date=date(2024, 3, 1),
        )
    )
    assert (updated.name, updated.kind, updated.sector, updated.country, updated.website) == (
        "Open Rights Trust", OrganisationKind.NGO, "Human rights", "KE", "rights.example.org"
    )  # fmt: skip
    assert updated.public_commitment and updated.commitment_date == date(2024, 3, 1)
    assert orgs.get(added.id) == updated
    assert updated.updated_at is not None and added.updated_at is not None
    assert updated.updated_at >= added.updated_at
    event = session.vault.audit.events(limit=1)[0]
    assert event.kind == "organisation.updated"
    assert event.detail == {
        "organisation": added.id,
        "fields": [
            "name", "kind", "sector", "country", "website", "public_commitment",
            "commitment_date",
        ],
    }  # fmt: skip
    # The audit log never holds the names, old or new.
    everything = repr([e.detail for e in session.vault.audit.events()])
    assert "Grassroots" not in everything and "Rights Trust" not in everything
    assert session.vault.audit.verify() is None


def test_update_of_one_field_audits_that_field_and_an_unchanged_save_writes_nothing(
    session: vaults.VaultSession, orgs: OrganisationService
) -> None:
    added = orgs.add(Organisation(id=new_id(), name="Acme", sector="Mining"))
    orgs.update(replace(added, sector="Energy"))
    assert session.vault.audit.events(limit=1)[0].detail["fields"] == ["sector"]
    before = len(session.vault.audit.events())
    stored = orgs.get(added.id)
    assert orgs.update(replace(stored, name=" Acme ", sector="Energy ")) == stored
    assert len(session.vault.audit.events()) == before


def test_validate_names_each_field_at_fault_and_update_refuses_all_or_nothing(
    orgs: OrganisationService,
) -> None:
    orgs.add(Organisation(id=new_id(), name="Taken Name"))
    added = orgs.add(Organisation(id=new_id(), name="Mine", sector="Old"))
    edited = replace(
        added,
        name="TAKEN name",
        sector="x" * 301,
        country="Narnia",
        website="not a site",
        public_commitment=False,
        commitment_date=date(2024, 1, 1),
    )
    problems = orgs.validate(edited)
    assert set(problems) == {"name", "sector", "country", "website", "commitment_date"}
    assert problems["name"].message == "Another organisation is already called “TAKEN name”."
    assert "300 characters" in problems["sector"].message
    assert "Narnia" in problems["country"].message
    assert problems["website"].message.startswith("“not a site” is not a web address")
    assert "Publicly committed" in problems["commitment_date"].message
    with pytest.raises(OrganisationInvalid) as raised:
        orgs.update(edited)
    assert {k: v.message for k, v in raised.value.problems.items()} == {
        k: v.message for k, v in problems.items()
    }
    assert orgs.get(added.id) == added
    # Its own name, in other letters, is no clash; too long a web address is said so.
    assert orgs.validate(replace(added, name="MINE")) == {}
    assert (
        "2000 characters"
        in orgs.validate(replace(added, website="a.org/" + "x" * 2000))["website"].message
    )
    with pytest.raises(RecordNotFound):
        orgs.update(Organisation(id=new_id(), name="Nowhere"))


def test_rename_keeps_people_search_and_organisation_sort_in_step(
    session: vaults.VaultSession, orgs: OrganisationService
) -> None:
    people = PeopleService(session.vault.db, session.vault.audit)
    for full_name, organisation in (("Ann One", "Alpha Org"), ("Ben Two", "Beta Org")):
        people.add(
            Person(id=new_id(), full_name=full_name, stakeholder_group="business",
                   risk_level=RiskLevel.LOW, organisation=organisation)
        )  # fmt: skip

    def by_organisation() -> list[str]:
        return [row.full_name for row in people.page(PeopleQuery(sort="organisation"), 0, 10)]

    assert by_organisation() == ["Ann One", "Ben Two"]
    alpha = orgs.get(orgs.find_or_create("Alpha Org"))
    orgs.update(replace(alpha, name="Zeta Org"))
    assert by_organisation() == ["Ben Two", "Ann One"]
    assert people.count(PeopleQuery(text="zeta")) == 1
    assert people.count(PeopleQuery(text="alpha")) == 0
