"""OrganisationService: list, add, update (search index follows a rename), find_or_create."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import InvalidInput, RecordNotFound
from bizhr_desktop.core.models import Organisation, OrganisationKind, Person, RiskLevel, new_id
from bizhr_desktop.services import vaults
from bizhr_desktop.services.organisations import OrganisationService
from bizhr_desktop.services.people import PeopleQuery, PeopleService
from bizhr_desktop.vault.keys import KdfParams


@pytest.fixture
def session(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> Iterator[vaults.VaultSession]:
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf)
    session = vaults.VaultSession(created.vault)
    yield session
    session.lock()


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
