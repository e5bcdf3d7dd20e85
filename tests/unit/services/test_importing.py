"""Import: mapping suggestions, per-row problems, all-or-nothing, skip, cancel, remembered maps."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bizhr_desktop.core.errors import Cancelled, ImportRejected
from bizhr_desktop.core.text import fold
from bizhr_desktop.formats.table import Table
from bizhr_desktop.services import importing, vaults
from bizhr_desktop.services.importing import ImportKind
from bizhr_desktop.services.people import WRITE_COLUMNS, PeopleQuery, PeopleService
from bizhr_desktop.vault.keys import KdfParams

DATA = Path(__file__).parents[2] / "data"


def table(headers: tuple[str, ...], *rows: tuple[str, ...]) -> Table:
    return Table(headers=headers, rows=list(rows), row_numbers=list(range(2, len(rows) + 2)))


def plan_for(session: vaults.VaultSession, t: Table, kind: ImportKind = ImportKind.PEOPLE):
    db = session.vault.db
    return importing.plan_import(db, kind, t, importing.suggest_mapping(db, kind, t.headers))


def count(session: vaults.VaultSession) -> int:
    return int(session.vault.db.scalar("SELECT count(*) FROM person"))


def test_good_fixture_imports_everything(session: vaults.VaultSession) -> None:
    t = importing.read_file(DATA / "people_good.csv")
    plan = plan_for(session, t)
    assert plan.problems == []
    assert plan.valid_rows == plan.total_rows == 30
    assert len(plan.preview) == 20
    result = importing.run_import(session.vault.db, session.vault.audit, plan)
    assert result.added == 30 and result.skipped == 0 and result.organisations_created > 10
    people = PeopleService(session.vault.db, session.vault.audit)
    assert people.count(PeopleQuery(text="jose")) == 2
    myanmar = people.page(PeopleQuery(countries=frozenset({"MM"})), 0, 50)
    assert len(myanmar) == 3  # "Myanmar", "Burma" and "MM" all become MM
    formula = people.page(PeopleQuery(text="hyperlink"), 0, 1)[0]
    assert formula.full_name.startswith("=HYPERLINK(")  # stored as text, never evaluated
    event = session.vault.audit.events(limit=1)[0]
    assert event.kind == "import.people" and event.detail["added"] == 30
    assert "José" not in str(event.detail)


def test_bad_fixture_reports_every_row_and_writes_nothing(session: vaults.VaultSession) -> None:
    plan = plan_for(session, importing.read_file(DATA / "people_bad.csv"))
    by_row = {p.row: p.column for p in plan.problems}
    assert by_row == {
        3: "full_name", 4: "stakeholder_group", 5: "email", 6: "country", 7: "consent_date",
        8: "consent_network", 9: "risk_level", 10: "phone", 11: "languages",
    }  # fmt: skip
    assert plan.valid_rows == 1 and plan.bad_rows == 9
    with pytest.raises(ImportRejected, match="nothing was imported"):
        importing.run_import(session.vault.db, session.vault.audit, plan)
    assert count(session) == 0
    result = importing.run_import(session.vault.db, session.vault.audit, plan, skip_bad_rows=True)
    assert (result.added, result.skipped) == (1, 9)
    assert count(session) == 1


def test_header_problems(session: vaults.VaultSession) -> None:
    plan = plan_for(session, table(("Name", "Shoe size"), ("A", "42")))
    columns = {p.column for p in plan.header_problems}
    assert columns == {"Shoe size", "stakeholder_group"}
    assert "Shoe size" in str(plan.header_problems[0])
    with pytest.raises(ImportRejected):
        importing.run_import(session.vault.db, session.vault.audit, plan, skip_bad_rows=True)
    dup = importing.plan_import(
        session.vault.db, ImportKind.PEOPLE,
        table(("full_name", "Full_Name ", "stakeholder_group"), ("a", "b", "hrd")),
        {"full_name": "full_name", "Full_Name ": "", "stakeholder_group": "stakeholder_group"},
    )  # fmt: skip
    assert [p.column for p in dup.header_problems] == ["Full_Name "]
    twice = importing.plan_import(
        session.vault.db, ImportKind.PEOPLE, table(("a", "b", "g"), ("x", "y", "hrd")),
        {"a": "full_name", "b": "full_name", "g": "stakeholder_group"},
    )  # fmt: skip
    assert twice.header_problems


def test_mapping_suggestions_and_memory(session: vaults.VaultSession) -> None:
    db = session.vault.db
    headers = ("Name", "E-mail", "Country of origin", "Sector group", "Ignored")
    suggested = importing.suggest_mapping(db, ImportKind.PEOPLE, headers)
    assert suggested == {"Name": "full_name", "E-mail": "email", "Country of origin": "country"}
    mapping = {**suggested, "Sector group": "stakeholder_group", "Ignored": ""}
    t = table(headers, ("Ana Example", "ana@example.org", "Burma", "hrd", "zzz"))
    plan = importing.plan_import(db, ImportKind.PEOPLE, t, mapping)
    assert plan.problems == []
    importing.run_import(db, session.vault.audit, plan)
    assert importing.suggest_mapping(db, ImportKind.PEOPLE, headers) == mapping


def test_cancel_rolls_back(session: vaults.VaultSession) -> None:
    rows = [(f"Person {i}", "business") for i in range(5000)]
    plan = plan_for(session, table(("full_name", "stakeholder_group"), *rows))
    seen: list[tuple[int, int]] = []
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Cancelled):
        importing.run_import(
            session.vault.db, session.vault.audit, plan,
            progress=lambda done, total: seen.append((done, total)), cancelled=cancelled,
        )  # fmt: skip
    assert count(session) == 0
    assert session.vault.db.scalar("SELECT count(*) FROM organisation") == 0
    assert session.vault.db.scalar("SELECT count(*) FROM import_mapping") == 0
    assert seen and seen[0] == (0, 5000)


def test_ids_in_file_are_kept_and_repeats_refused(session: vaults.VaultSession) -> None:
    pid = "6ff83985-ce6b-43d3-99a1-d4334c6734a4"
    t = table(("id", "full_name", "stakeholder_group"), (pid, "A", "hrd"), (pid, "B", "hrd"),
              ("nope", "C", "hrd"))  # fmt: skip
    plan = plan_for(session, t)
    assert [(p.row, p.column) for p in plan.problems] == [(3, "id"), (4, "id")]
    importing.run_import(session.vault.db, session.vault.audit, plan, skip_bad_rows=True)
    again = plan_for(session, table(("id", "full_name", "stakeholder_group"), (pid, "A", "hrd")))
    assert [p.reason for p in again.problems] == ["A person with this id is already in the vault."]


def test_organisations_import_creates_and_updates(session: vaults.VaultSession) -> None:
    db = session.vault.db
    people = plan_for(session, table(("full_name", "stakeholder_group", "organisation"),
                                     ("A", "business", "Acme Ltd")))  # fmt: skip
    importing.run_import(db, session.vault.audit, people)
    t = table(
        ("Organization", "type", "country", "public_commitment", "commitment_date"),
        ("ACME LTD", "company", "Kenya", "yes", "2024-01-01"),
        ("New Org", "UN", "CH", "no", ""),
        ("new org", "ngo", "", "", ""),
        ("Bad Org", "spaceship", "Atlantis", "perhaps", "31/12/2024"),
    )
    plan = plan_for(session, t, ImportKind.ORGANISATIONS)
    assert {(p.row, p.column) for p in plan.problems} == {
        (4, "Organization"), (5, "type"), (5, "country"), (5, "public_commitment"),
        (5, "commitment_date"),
    }  # fmt: skip
    result = importing.run_import(db, session.vault.audit, plan, skip_bad_rows=True)
    assert (result.added, result.updated, result.skipped) == (1, 1, 2)
    assert db.execute("SELECT kind, country, public_commitment FROM organisation "
                      "WHERE name = 'Acme Ltd'") == [("company", "KE", 1)]  # fmt: skip


def test_read_file_refuses_other_formats(tmp_path: Path) -> None:
    other = tmp_path / "people.txt"
    other.write_text("full_name\nA\n")
    with pytest.raises(ImportRejected, match=r"\.csv"):
        importing.read_file(other)
    with pytest.raises(ImportRejected):
        importing.read_file(tmp_path / "missing.csv")


FIELDS = importing.accepted_fields(ImportKind.PEOPLE)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=60)))
def test_any_person_row_gives_a_record_or_problems(cells: dict[str, str]) -> None:
    record, problems = importing.validate_row(ImportKind.PEOPLE, cells, 7)
    assert (record is None) == bool(problems)
    assert all(p.row == 7 and p.reason for p in problems)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(importing.accepted_fields(ImportKind.ORGANISATIONS)),
                       st.text(max_size=60)))  # fmt: skip
def test_any_organisation_row_gives_a_record_or_problems(cells: dict[str, str]) -> None:
    record, problems = importing.validate_row(ImportKind.ORGANISATIONS, cells, 3)
    assert (record is None) == bool(problems)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=30), min_size=1, max_size=8, unique=True))
def test_mapping_any_headers_never_crashes(headers: list[str]) -> None:
    mapping = importing._SYNONYMS
    assert mapping
    problems = importing._mapping_problems(ImportKind.PEOPLE, headers, {})
    assert all(p.row == 1 for p in problems)


def _person_indexes(session: vaults.VaultSession) -> list[tuple[str, str]]:
    return [
        (str(name), str(sql))
        for name, sql in session.vault.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person' "
            "AND sql IS NOT NULL ORDER BY name"
        )
    ]


def test_a_big_import_rebuilds_the_indexes_it_dropped(session: vaults.VaultSession) -> None:
    """An import as large as the vault drops person's indexes and builds them once after:
    the same indexes come back, used by queries, and a cancel restores them too."""
    before = _person_indexes(session)
    assert len(before) > 10
    rows = [(f"Person {i}", "business", "KE") for i in range(5000)]
    t = table(("full_name", "stakeholder_group", "country"), *rows)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Cancelled):
        importing.run_import(session.vault.db, session.vault.audit, plan_for(session, t),
                             cancelled=cancelled)  # fmt: skip
    assert _person_indexes(session) == before
    importing.run_import(session.vault.db, session.vault.audit, plan_for(session, t))
    assert _person_indexes(session) == before
    assert session.vault.db.execute("PRAGMA integrity_check") == [("ok",)]
    people = PeopleService(session.vault.db, session.vault.audit)
    assert [r.full_name for r in people.page(PeopleQuery(), 0, 2)] == ["Person 0", "Person 1"]
    assert people.count(PeopleQuery(countries=frozenset({"KE"}))) == 5000


def _fts_config(session: vaults.VaultSession) -> dict[str, int]:
    return {
        str(k): int(v)
        for k, v in session.vault.db.execute("SELECT k, v FROM person_fts_config")
        if k in ("automerge", "hashsize")
    }


def test_a_big_import_loads_the_search_index_in_bulk_and_restores_its_settings(
    session: vaults.VaultSession,
) -> None:
    """The bulk settings (large term table, no merging) hold only while the rows go in: a
    cancelled import rolls them back, a finished one writes FTS5's defaults back."""
    before = _fts_config(session)
    sides = ("north", "south", "east", "west", "upper", "lower", "inner")
    rows = [(f"Person {i}", "business", f"Acme {sides[i % 7]}") for i in range(5000)]
    t = table(("full_name", "stakeholder_group", "organisation"), *rows)
    seen: list[dict[str, int]] = []

    def cancelled() -> bool:
        seen.append(_fts_config(session))
        return len(seen) > 2

    with pytest.raises(Cancelled):
        importing.run_import(session.vault.db, session.vault.audit, plan_for(session, t),
                             cancelled=cancelled)  # fmt: skip
    assert seen[-1] == {"automerge": 0, "hashsize": 16 * 1024 * 1024}
    assert _fts_config(session) == before
    importing.run_import(session.vault.db, session.vault.audit, plan_for(session, t))
    assert _fts_config(session) == {"automerge": 4, "hashsize": 1024 * 1024}
    people = PeopleService(session.vault.db, session.vault.audit)
    assert people.count(PeopleQuery(text="acme wes")) == len(range(3, 5000, 7))
    assert people.count(PeopleQuery(text="person 4999")) == 1
    assert (
        session.vault.db.execute(
            "INSERT INTO person_fts (person_fts, rank) VALUES ('integrity-check', 0)"
        )
        == []
    )


def test_checking_rows_can_be_cancelled(session: vaults.VaultSession) -> None:
    t = table(("full_name", "stakeholder_group"), *[(f"P {i}", "business") for i in range(10)])
    db = session.vault.db
    mapping = importing.suggest_mapping(db, ImportKind.PEOPLE, t.headers)
    with pytest.raises(Cancelled):
        importing.plan_import(db, ImportKind.PEOPLE, t, mapping, cancelled=lambda: True)
    plan = importing.plan_import(db, ImportKind.PEOPLE, t, mapping, cancelled=lambda: False)
    assert plan.valid_rows == 10


def test_an_imported_person_is_stored_exactly_as_the_people_service_stores_one(
    tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    """The import writes rows itself (compact batches, bulk inserts); the result must be what
    PeopleService.add writes for the same people: columns, tags, pseudonyms, search index."""
    headers = ("full_name", "stakeholder_group", "organisation", "role", "country", "risk_level",
               "pseudonym", "tags", "languages", "email")  # fmt: skip
    t = table(
        headers,
        ("Amina Yusuf", "hrd", "Land Rights Watch", "Lawyer", "Kenya", "", "", "land; water",
         "sw; en", "amina@example.org"),
        ("José Pérez", "business", "Acme Mining", "CSR lead", "PE", "low", "", "", "es", ""),
        ("Ko Aung", "hrd", "", "Organiser", "Myanmar", "critical", "River-Owl", "", "my", ""),
        ("Sara Ali", "civil society", "land rights watch", "", "SD", "high", "", "water", "", ""),
    )  # fmt: skip
    stores = {}
    for way in ("import", "service"):
        created = vaults.create(tmp_path / f"{way}.bizhr", bytearray(passphrase), kdf=fast_kdf)
        s = vaults.VaultSession(created.vault)
        db = s.vault.db
        plan = plan_for(s, t)
        assert plan.problems == [] and plan.valid_rows == 4
        if way == "import":
            importing.run_import(db, s.vault.audit, plan)
        else:
            service = PeopleService(db, s.vault.audit)
            mapping = importing.suggest_mapping(db, ImportKind.PEOPLE, headers)
            for number, row in zip(t.row_numbers, t.rows, strict=True):
                cells = {mapping[h]: cell for h, cell in zip(headers, row, strict=True)}
                person, problems = importing.validate_row(ImportKind.PEOPLE, cells, number)
                assert problems == [] and person is not None
                service.add(person)
        columns = ", ".join(f"p.{c}" for c in WRITE_COLUMNS if c != "organisation_pk")
        people = {
            row[0]: row[1:]
            for row in db.execute(
                f"SELECT p.full_name, {columns}, o.name, "
                "(SELECT group_concat(tag, ';') FROM (SELECT tag FROM person_tag "
                " WHERE person_pk = p.pk ORDER BY tag)) "
                "FROM person p LEFT JOIN organisation o ON o.pk = p.organisation_pk"
            )
        }
        searches = {
            term: sorted(r.full_name for r in PeopleService(db, s.vault.audit).page(
                PeopleQuery(text=term), 0, 10))
            for term in ("amina", "jose", "land rights", "acme", "lawyer", "kenya", "myanmar",
                         "water", "river", "sw", "defender", "sudan")
        }  # fmt: skip
        stores[way] = (people, searches)
        s.lock()
    imported, by_service = stores["import"], stores["service"]
    # Pseudonyms are derived from the (random) ids: compare their presence, then the rest.
    for name, values in imported[0].items():
        other = by_service[0][name]
        # (organisation_pk, left out of the columns, comes after both)
        pseudonym, sort_name = WRITE_COLUMNS.index("pseudonym"), WRITE_COLUMNS.index("sort_name")
        assert bool(values[pseudonym]) == bool(other[pseudonym]), name
        masked_sort = values[sort_name] == fold(values[pseudonym])
        assert masked_sort == (other[sort_name] == fold(other[pseudonym])), name
        keep = [i for i in range(len(values)) if i not in (pseudonym, sort_name)]
        assert [values[i] for i in keep] == [other[i] for i in keep], name
    assert imported[0]["Amina Yusuf"][WRITE_COLUMNS.index("pseudonym")]  # a defender
    assert imported[1] == by_service[1]
    assert imported[1]["land rights"] == ["Amina Yusuf", "Sara Ali"]


def test_a_joiner_at_a_cells_edge_is_reported_even_before_arabic_in_the_next_cell(
    session: vaults.VaultSession,
) -> None:
    """A ZWJ ending one cell is removed there (nothing follows it in that cell); the row's
    quick look must not read it as sitting between two Arabic letters of two cells."""
    plan = plan_for(
        session,
        table(("full_name", "organisation", "stakeholder_group"), ("ليلى\u200d", "مركز", "hrd")),
    )
    assert [(c.row, c.field, c.removed) for c in plan.cleaned] == [(2, "full_name", ("\u200d",))]
