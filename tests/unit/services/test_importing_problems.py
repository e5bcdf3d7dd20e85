"""The import check in plain words: every problem of every row, fixing a value in place,
skipping a row, and the import still all or nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bizhr_desktop.core.errors import ImportRejected
from bizhr_desktop.core.models import Person, StakeholderGroup
from bizhr_desktop.formats.table import Table
from bizhr_desktop.services import importing, vaults
from bizhr_desktop.services.importing import ImportKind, ImportPlan, ProblemCode

EVERY_GROUP = ("business", "investor", "civil_society", "hrd", "government",
               "intergovernmental", "other")  # fmt: skip
GROUP_WORDS = (
    "Business, Investor, Civil society, Human rights defender, Government, "
    "UN / intergovernmental, Other"
)


def table(headers: tuple[str, ...], *rows: tuple[str, ...]) -> Table:
    return Table(headers=headers, rows=list(rows), row_numbers=list(range(2, len(rows) + 2)))


def plan_for(session: vaults.VaultSession, t: Table, kind: ImportKind = ImportKind.PEOPLE):
    db = session.vault.db
    return importing.plan_import(db, kind, t, importing.suggest_mapping(db, kind, t.headers))


def people_in_vault(session: vaults.VaultSession) -> dict[str, tuple[str, str, str]]:
    return {
        str(name): (str(group), str(email), str(country))
        for name, group, email, country in session.vault.db.execute(
            "SELECT full_name, stakeholder_group, email, country FROM person"
        )
    }


def run(session: vaults.VaultSession, plan: ImportPlan, **options: bool):
    return importing.run_import(session.vault.db, session.vault.audit, plan, **options)


def import_events(session: vaults.VaultSession) -> list[dict[str, object]]:
    return [e.detail for e in session.vault.audit.events() if e.kind == "import.people"]


# ---------------------------------------------------------------- every problem, in words


def test_a_row_with_a_bad_email_an_unknown_country_and_no_group_has_three_problems() -> None:
    cells = {"full_name": "Ana Example", "stakeholder_group": "", "email": "not-an-email",
             "country": "ZZ"}  # fmt: skip
    record, problems = importing.validate_row(ImportKind.PEOPLE, cells, 4)
    assert record is None
    assert [(p.row, p.field, p.label, p.code) for p in problems] == [
        (4, "stakeholder_group", "Stakeholder group", ProblemCode.EMPTY),
        (4, "country", "Country", ProblemCode.INVALID),
        (4, "email", "Email", ProblemCode.INVALID),
    ]
    group, country, email = problems
    # The allowed values: codes for a window to translate, people's words in the sentence.
    assert group.allowed == EVERY_GROUP
    assert group.reason == f"This cell is empty; write one of: {GROUP_WORDS}."
    assert (country.value, email.value) == ("ZZ", "not-an-email")
    assert "“ZZ” is not one we know" in country.reason
    assert email.reason == "“not-an-email” must contain exactly one @."
    assert [str(p) for p in problems] == [
        f"row 4, Stakeholder group: {group.reason}",
        f"row 4, Country: {country.reason}",
        f"row 4, Email: {email.reason}",
    ]
    for problem in problems:
        assert "civil_society" not in str(problem) and "email:" not in str(problem)


def test_a_value_not_allowed_names_the_allowed_ones_and_the_files_own_column() -> None:
    cells = {"full_name": "B", "stakeholder_group": "pirates", "risk_level": "extreme"}
    columns = {"stakeholder_group": "Group", "risk_level": "risk_level"}
    _record, problems = importing.validate_row(ImportKind.PEOPLE, cells, 9, columns=columns)
    group, risk = problems
    assert (group.code, group.value, group.column) == (ProblemCode.NOT_ALLOWED, "pirates", "Group")
    assert str(group) == (
        f"row 9, Stakeholder group (column “Group”): “pirates” is not one of: {GROUP_WORDS}."
    )
    assert str(risk) == "row 9, Risk level: “extreme” is not one of: Low, Medium, High, Critical."
    assert risk.allowed == ("low", "medium", "high", "critical")


def test_the_words_a_person_reads_are_accepted_back() -> None:
    """A value fixed to what the check listed ("UN / intergovernmental") is accepted."""
    spelt = [("UN / intergovernmental", "intergovernmental"), ("Human rights defender", "hrd"),
             ("Civil society", "civil_society")]  # fmt: skip
    for words, code in spelt:
        person, problems = importing.validate_row(
            ImportKind.PEOPLE, {"full_name": "C", "stakeholder_group": words}, 2
        )
        assert problems == [] and isinstance(person, Person)
        assert person.stakeholder_group == StakeholderGroup(code)
    person, problems = importing.validate_row(
        ImportKind.PEOPLE,
        {"full_name": "C", "stakeholder_group": "hrd", "participation": "Left the network"}, 2,
    )  # fmt: skip
    assert problems == [] and isinstance(person, Person) and person.participation == "left"


def test_a_window_renders_a_problem_in_its_own_words() -> None:
    _record, (group, email) = importing.validate_row(
        ImportKind.PEOPLE, {"full_name": "D", "stakeholder_group": "x", "email": "a@@b"}, 3
    )
    french = {
        "“{value}” is not one of: {allowed}.": "« {value} » n'est pas parmi : {allowed}.",
        "{field}: “{value}” must contain exactly one @.": "{field} : « {value} » doit avoir un @.",
    }  # fmt: skip
    words = {"business": "Entreprise", "hrd": "Défenseur"}
    text = group.render(french.get, lambda _field, code: words.get(code, code.upper()))
    assert text.startswith("« x » n'est pas parmi : Entreprise, INVESTOR")
    assert "Défenseur" in text
    # The core check's "{field}: " is left out in any language: the label says the field.
    assert email.render(french.get) == "« a@@b » doit avoir un @."
    # A masked person's detail is not shown: the cell's text is replaced.
    assert email.render(french.get, hidden="••") == "« •• » doit avoir un @."
    # No translation (or a broken one): English.
    assert email.render(lambda _t: "") == email.reason
    assert group.render(lambda _t: "{nope}") == group.reason


def test_the_plan_lists_every_problem_of_every_row_in_file_order(
    session: vaults.VaultSession,
) -> None:
    t = table(
        ("full_name", "stakeholder_group", "email", "country", "consent_network"),
        ("Good One", "business", "good@example.org", "KE", "yes"),
        ("Bad Three", "", "not-an-email", "ZZ", "no"),
        ("", "pirates", "x@example.org", "SD", "maybe"),
        ("Good Two", "hrd", "", "Myanmar", ""),
    )
    plan = plan_for(session, t)
    assert [(p.row, p.field) for p in plan.problems] == [
        (3, "stakeholder_group"), (3, "country"), (3, "email"),
        (4, "full_name"), (4, "stakeholder_group"), (4, "consent_network"),
    ]  # fmt: skip
    assert (plan.valid_rows, plan.bad_rows, plan.unresolved_rows) == (2, 2, 2)


# ---------------------------------------------------------------- fixing in place


def test_fixing_values_in_place_rechecks_the_row_and_imports_the_fixed_values(
    session: vaults.VaultSession,
) -> None:
    t = table(
        ("full_name", "Group", "email", "country"),
        ("Good One", "business", "", "KE"),
        ("Fix Me", "", "not-an-email", "ZZ"),
    )
    db = session.vault.db
    mapping = {"full_name": "full_name", "Group": "stakeholder_group", "email": "email",
               "country": "country"}  # fmt: skip
    plan = importing.plan_import(db, ImportKind.PEOPLE, t, mapping)
    assert len(plan.problems) == 3
    # One value at a time: the row is checked again at once, its other problems stay.
    left = session.importing.fix(plan, 3, "email", "fix.me@example")
    assert [(p.field, p.value) for p in left] == [
        ("stakeholder_group", ""), ("country", "ZZ"), ("email", "fix.me@example"),
    ]  # fmt: skip
    assert plan.cells(3)["email"] == "fix.me@example"
    left = session.importing.fix(plan, 3, "email", "fix.me@example.org")
    assert [p.field for p in left] == ["stakeholder_group", "country"]
    left = session.importing.fix(plan, 3, "stakeholder_group", "Human rights defender")
    assert [p.field for p in left] == ["country"] and plan.valid_rows == 1
    # Still all or nothing: the row left with a problem refuses the whole import.
    with pytest.raises(ImportRejected, match="1 of 2 rows have problems"):
        run(session, plan)
    assert people_in_vault(session) == {} and import_events(session) == []
    assert session.importing.fix(plan, 3, "country", "Kenya") == []
    assert plan.problems == [] and plan.valid_rows == 2 and plan.fixed == {3}
    result = run(session, plan)
    assert (result.added, result.skipped, result.fixed) == (2, 0, 1)
    assert people_in_vault(session) == {
        "Good One": ("business", "", "KE"),
        "Fix Me": ("hrd", "fix.me@example.org", "KE"),
    }


def test_a_fixed_id_is_checked_against_the_file_and_the_vault(
    session: vaults.VaultSession,
) -> None:
    here = "6ff83985-ce6b-43d3-99a1-d4334c6734a4"
    other = "0b5c0d0e-2f36-4d0e-9a55-4c8d2f3f7a11"
    run(session, plan_for(session, table(("id", "full_name", "stakeholder_group"),
                                         (here, "Already Here", "business"))))  # fmt: skip
    t = table(
        ("id", "full_name", "stakeholder_group"),
        (other, "First", "business"),
        ("not-an-id", "Second", "hrd"),
    )
    plan = plan_for(session, t)
    assert [p.code for p in plan.problems] == [ProblemCode.INVALID]
    (repeated,) = session.importing.fix(plan, 3, "id", other)
    assert (repeated.code, repeated.reason) == (
        ProblemCode.REPEATED, "The same id is already on row 2."
    )  # fmt: skip
    (in_vault,) = session.importing.fix(plan, 3, "id", here)
    assert in_vault.code is ProblemCode.IN_VAULT and plan.valid_rows == 1
    assert session.importing.fix(plan, 3, "id", "") == []
    assert run(session, plan).added == 2
    assert set(people_in_vault(session)) == {"Already Here", "First", "Second"}


def test_an_organisation_row_can_be_fixed_too(session: vaults.VaultSession) -> None:
    t = table(
        ("name", "kind", "country"), ("Acme", "company", "KE"), ("Other Org", "spaceship", "KE")
    )
    plan = plan_for(session, t, ImportKind.ORGANISATIONS)
    (kind,) = plan.problems
    assert kind.allowed[:3] == ("company", "investor", "ngo")
    assert "Company, Investor, NGO, Grassroots group" in kind.reason
    # Every problem of the row, the repeat of an earlier row's organisation too.
    assert [(p.field, p.code) for p in session.importing.fix(plan, 3, "name", "ACME")] == [
        ("name", ProblemCode.REPEATED), ("kind", ProblemCode.NOT_ALLOWED),
    ]  # fmt: skip
    assert [p.field for p in session.importing.fix(plan, 3, "name", "Other Org")] == ["kind"]
    assert session.importing.fix(plan, 3, "kind", "Other") == []
    assert run(session, plan).added == 2
    kinds = dict(session.vault.db.execute("SELECT name, kind FROM organisation"))
    assert kinds == {"Acme": "company", "Other Org": "other"}


def test_only_a_row_with_problems_can_be_fixed_or_skipped(session: vaults.VaultSession) -> None:
    plan = plan_for(session, table(("full_name", "stakeholder_group"), ("Fine", "business")))
    with pytest.raises(ValueError, match="no problems"):
        session.importing.fix(plan, 2, "full_name", "Other")
    with pytest.raises(ValueError, match="no problems"):
        plan.skip(2)
    bad = plan_for(session, table(("full_name", "stakeholder_group"), ("", "business")))
    with pytest.raises(ValueError, match="no column"):
        session.importing.fix(bad, 2, "email", "a@example.org")


# ---------------------------------------------------------------- skipping


def test_a_skipped_row_is_not_written_and_is_counted(session: vaults.VaultSession) -> None:
    t = table(
        ("full_name", "stakeholder_group", "email"),
        ("Kept", "business", ""),
        ("Skipped One", "", "bad"),
        ("Fixed One", "pirates", ""),
    )
    plan = plan_for(session, t)
    plan.skip(3)
    assert plan.unresolved_rows == 1
    with pytest.raises(ImportRejected):
        run(session, plan)
    assert people_in_vault(session) == {}
    session.importing.fix(plan, 4, "stakeholder_group", "investor")
    # Taking a skipped row back in blocks the import again, skipping it again frees it.
    plan.skip(3, False)
    assert plan.unresolved_rows == 1
    plan.skip(3)
    result = run(session, plan)
    assert (result.added, result.skipped, result.fixed) == (2, 1, 1)
    assert set(people_in_vault(session)) == {"Kept", "Fixed One"}
    (event,) = import_events(session)
    assert event["added"] == 2 and event["skipped"] == 1
    assert "Skipped One" not in str(event)


def test_skipping_every_bad_row_at_once_still_works(session: vaults.VaultSession) -> None:
    t = table(("full_name", "stakeholder_group"), ("A", "business"), ("B", ""), ("", "hrd"))
    plan = plan_for(session, t)
    result = run(session, plan, skip_bad_rows=True)
    assert (result.added, result.skipped) == (1, 2)


def test_column_problems_refuse_the_import_whatever_is_skipped(
    session: vaults.VaultSession,
) -> None:
    plan = plan_for(session, table(("Name", "Shoe size"), ("A", "42")))
    assert {p.code for p in plan.header_problems} == {ProblemCode.COLUMN}
    assert [str(p) for p in plan.header_problems] == [
        "row 1, column “Shoe size”: This column is not one BizHR knows: match it to a field "
        "or choose not to import it.",
        "row 1, Stakeholder group: The file has no column for Stakeholder group, which every "
        "row needs.",
    ]
    with pytest.raises(ImportRejected, match="columns"):
        run(session, plan, skip_bad_rows=True)


# ---------------------------------------------------------------- a property

# Each field with values that pass and values that fail, independently of the other fields.
CELLS = {
    "full_name": (["Ana Example", "José Pérez"], ["", "   "]),
    "stakeholder_group": (["hrd", "Civil society", "UN"], ["", "pirates"]),
    "email": (["", "a@example.org"], ["not-an-email", "a@b"]),
    "country": (["", "KE", "Myanmar"], ["ZZ", "Atlantis"]),
    "phone": (["", "+254 722 000000"], ["12345"]),
    "risk_level": (["", "high"], ["extreme"]),
    "participation": (["", "paused"], ["asleep"]),
    "consent_network": (["", "yes", "0"], ["maybe"]),
    "consent_date": (["", "2024-01-02"], ["03/04/2025", "2024-02-30"]),
    "languages": (["", "en; fr"], ["klingonese"]),
    "id": (["", "6ff83985-ce6b-43d3-99a1-d4334c6734a4"], ["nope"]),
}


@st.composite
def rows(draw: st.DrawFn) -> tuple[dict[str, str], set[str]]:
    cells: dict[str, str] = {}
    bad: set[str] = set()
    for name, (good, wrong) in CELLS.items():
        if draw(st.booleans()):
            cells[name] = draw(st.sampled_from(wrong))
            bad.add(name)
        else:
            cells[name] = draw(st.sampled_from(good))
    return cells, bad


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows())
def test_there_is_one_problem_for_every_bad_cell(row: tuple[dict[str, str], set[str]]) -> None:
    cells, bad = row
    record, problems = importing.validate_row(ImportKind.PEOPLE, cells, 5)
    assert sorted(p.field for p in problems) == sorted(bad)
    assert (record is None) == bool(bad)
    for problem in problems:
        assert problem.reason and problem.label in str(problem)
        assert problem.value == cells[problem.field]
        # No code in the sentence where the field has people's words for its values.
        assert not problem.allowed or "civil_society" not in problem.reason
