"""PeopleService: search, filters, sorting, paging, validation, erasure, duplicates, merge."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import InvalidInput, RecordNotFound
from bizhr_desktop.core.models import (
    ContactLogEntry,
    Participation,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.core.text import fold
from bizhr_desktop.services import vaults
from bizhr_desktop.services.people import (
    SORT_KEYS,
    PeopleQuery,
    PeopleService,
    PersonInvalid,
)
from bizhr_desktop.services.people_query import fts_match
from bizhr_desktop.vault.keys import KdfParams
from tests.helpers.sqlcipher_pages import plaintext_anywhere


@pytest.fixture
def people(session: vaults.VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


def make(name: str, group: str = "business", risk: str = "low", **extra: object) -> Person:
    return Person(
        id=new_id(),
        full_name=name,
        stakeholder_group=StakeholderGroup(group),
        risk_level=RiskLevel(risk),
        **extra,  # type: ignore[arg-type]
    )


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.label for row in rows]


def test_add_normalises_and_get_returns_it(people: PeopleService) -> None:
    stored = people.add(
        make(
            "  José   Pérez ",
            country="Burma",
            phone="09 421 234 567",
            email="Jose@EXAMPLE.org",
            languages=("French", "ar", "fr"),
            tags=(" a ", "a", "b"),
            organisation="Acme",
        )
    )
    assert stored.full_name == "José Pérez"
    assert stored.country == "MM"
    assert stored.phone == "+959421234567"
    assert stored.email == "Jose@example.org"
    assert stored.languages == ("fr", "ar")
    assert stored.tags == ("a", "b")
    assert stored.organisation == "Acme"
    assert people.get(stored.id) == stored
    with pytest.raises(RecordNotFound):
        people.get(new_id())


def test_validate_names_each_bad_field(people: PeopleService) -> None:
    problems = people.validate(
        make("A", email="nope", phone="12", country="Atlantis", languages=("klingon",))
    )
    assert set(problems) == {"email", "phone", "country", "languages"}
    assert all(problem.message.endswith(".") for problem in problems.values())
    assert people.validate(make("Fine Person", country="KE")) == {}
    with pytest.raises(PersonInvalid) as caught:
        people.add(make("A", email="nope"))
    assert "email" in caught.value.problems
    future = make("B", consent_date=date.today() + timedelta(days=3))
    assert "consent_date" in people.validate(future)


def test_pseudonym_generated_for_defenders_and_high_risk(people: PeopleService) -> None:
    hrd = people.add(make("Hrd Person", "hrd", "medium"))
    high = people.add(make("High Person", "business", "high"))
    low = people.add(make("Low Person"))
    assert hrd.pseudonym.startswith("Defender-")
    assert high.pseudonym.startswith("Business-")
    assert low.pseudonym == ""
    raised = people.update(replace(low, risk_level=RiskLevel.CRITICAL))
    assert raised.pseudonym.startswith("Business-")
    row = people.row(raised.id)
    assert row.masked and row.label == raised.pseudonym


def test_search_is_accent_case_and_prefix_insensitive(people: PeopleService) -> None:
    people.add(make("José Pérez", organisation="Ünïon Mining", tags=("deep-dive",)))
    people.add(make("محمّد التجربة", country="EG"))
    people.add(make("ဦးမြင့် ဆွေ", country="MM"))
    people.add(make("Other Name", role="Lawyer"))
    for text, expected in [
        ("jose", "José Pérez"),
        ("JOSÉ pér", "José Pérez"),
        ("jos", "José Pérez"),
        ("union", "José Pérez"),
        ("deep", "José Pérez"),
        ("محمد", "محمّد التجربة"),
        ("egypt", "محمّد التجربة"),
        ("myanmar", "ဦးမြင့် ဆွေ"),
        ("ဦးမြင့်", "ဦးမြင့် ဆွေ"),
        ("lawy", "Other Name"),
    ]:
        rows = people.page(PeopleQuery(text=text), 0, 10)
        assert names(rows) == [expected], text
    assert people.count(PeopleQuery(text="zzz")) == 0


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        '""',
        "NEAR(",
        "a OR b",
        "*",
        "-",
        "jo*se",
        "name:x",
        "^",
        "(",
        ")",
        "AND",
        "\x00",
        "'; DROP TABLE person; --",
        "a" * 10_000,
        "é" * 300 + " " * 50 + "x",
    ],
)
def test_hostile_search_text_never_raises(people: PeopleService, hostile: str) -> None:
    people.add(make("Plain Name"))
    assert people.count(PeopleQuery(text=hostile)) >= 0
    people.page(PeopleQuery(text=hostile), 0, 5)


def test_fts_match_quotes_every_word() -> None:
    assert fts_match('Jo"sé NEAR(') == '"jo""se"* "near("*'
    assert fts_match("  ") is None
    assert fts_match("- ( )") is None


@pytest.fixture
def crowd(people: PeopleService) -> dict[str, Person]:
    today = date.today()
    specs = {
        "Anna": make("Anna Alpha", "business", country="KE", tags=("x",), organisation="Zeta Co",
                     consent_date=today, consent_network=True),
        "Bert": make("Bert Beta", "investor", country="FR", tags=("y",), organisation="Alpha Co",
                     consent_date=today - timedelta(days=800)),
        "Cleo": make("Cleo Gamma", "hrd", "critical", country="SD", tags=("x", "y"),
                     participation=Participation.PAUSED),
        "Dana": make("Dana Delta", "civil_society", "high", country="MM"),
        "Emil": make("Emil Epsilon", "government", "medium", country="DE"),
    }  # fmt: skip
    return {key: people.add(person) for key, person in specs.items()}


def test_filters(people: PeopleService, crowd: dict[str, Person]) -> None:
    def ids(**kw: object) -> set[str]:
        return {r.id for r in people.page(PeopleQuery(**kw), 0, 100)}  # type: ignore[arg-type]

    c = {k: v.id for k, v in crowd.items()}
    assert ids(groups=frozenset({StakeholderGroup.HRD})) == {c["Cleo"]}
    assert ids(countries=frozenset({"ke", "FR"})) == {c["Anna"], c["Bert"]}
    assert ids(regions=frozenset({"Northern Africa"})) == {c["Cleo"]}
    assert ids(regions=frozenset({"South-eastern Asia"})) == {c["Dana"]}
    assert ids(risk_levels=frozenset({RiskLevel.HIGH, RiskLevel.CRITICAL})) == {
        c["Cleo"],
        c["Dana"],
    }
    assert ids(consent_network=True) == {c["Anna"]}
    assert ids(tags=frozenset({"y"})) == {c["Bert"], c["Cleo"]}
    assert ids(participation=frozenset({Participation.PAUSED})) == {c["Cleo"]}
    assert ids(consent_due=True) == {c["Bert"], c["Cleo"], c["Dana"], c["Emil"]}
    org_id = str(people._db.scalar("SELECT id FROM organisation WHERE name = 'Zeta Co'"))
    assert ids(organisation_id=org_id) == {c["Anna"]}
    assert ids(retention_due=True) == set()
    assert people.count(PeopleQuery(groups=frozenset({StakeholderGroup.HRD}), text="cleo")) == 1
    assert people.tags() == ["x", "y"]
    assert people.countries() == ["FR", "DE", "KE", "MM", "SD"]  # by name: France, Germany


def test_retention_due_after_the_period(
    people: PeopleService, session: vaults.VaultSession, crowd: dict[str, Person]
) -> None:
    db = session.vault.db
    db.execute("UPDATE person SET updated_at = '2015-01-01T00:00:00.000000Z'")
    assert people.count(PeopleQuery(retention_due=True)) == 5
    people.add_contact_log(
        ContactLogEntry(id=new_id(), person_id=crowd["Anna"].id, occurred_on=date.today())
    )
    meeting = _meeting(db)
    db.execute(
        "INSERT INTO invitation (meeting_pk, person_pk, updated_at) "
        "VALUES (?, (SELECT pk FROM person WHERE id = ?), '2015-01-01T00:00:00Z')",
        (meeting, crowd["Bert"].id),
    )
    due = {r.id for r in people.page(PeopleQuery(retention_due=True), 0, 10)}
    assert crowd["Anna"].id not in due and crowd["Bert"].id not in due
    assert len(due) == 3
    people.retention_months = 1200
    assert people.retention_months == 1200
    assert people.count(PeopleQuery(retention_due=True)) == 0
    with pytest.raises(InvalidInput):
        people.retention_months = 0


def _meeting(db: object, starts: str = "2099-01-01T09:00:00Z") -> int:
    db.execute(  # type: ignore[attr-defined]
        "INSERT INTO meeting (id, title, kind, starts_at, ends_at, time_zone, format, "
        "created_at, updated_at) VALUES (?, 'Deep dive', 'deep_dive', ?, ?, 'UTC', 'virtual', "
        "'x', 'x')",
        (new_id(), starts, starts),
    )
    return int(db.scalar("SELECT max(pk) FROM meeting"))  # type: ignore[attr-defined]


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_pages_consistently(
    people: PeopleService, crowd: dict[str, Person], sort: str, descending: bool
) -> None:
    query = PeopleQuery(sort=sort, descending=descending)
    everyone = people.page(query, 0, 100)
    assert len(everyone) == people.count(query) == 5
    paged = people.page(query, 0, 2) + people.page(query, 2, 2) + people.page(query, 4, 2)
    assert [r.id for r in paged] == [r.id for r in everyone]


def test_sort_orders(people: PeopleService, crowd: dict[str, Person]) -> None:
    risk = people.page(PeopleQuery(sort="risk", descending=True), 0, 10)
    assert [r.risk_level.value for r in risk][:2] == ["critical", "high"]
    org = people.page(PeopleQuery(sort="organisation"), 0, 10)
    assert [r.organisation for r in org][:2] == ["Alpha Co", "Zeta Co"]
    country = people.page(PeopleQuery(sort="country"), 0, 10)
    assert [r.country for r in country] == ["DE", "FR", "KE", "MM", "SD"]


def test_masked_people_sort_by_their_pseudonym_not_their_name(people: PeopleService) -> None:
    hidden = people.add(make("Aaron Aardvark", "hrd", "critical", pseudonym="Zulu-Label"))
    people.add(make("Mary Middle"))
    rows = people.page(PeopleQuery(), 0, 10)
    assert [r.id for r in rows][-1] == hidden.id  # sorted under Z, not A
    with pytest.raises(InvalidInput):
        people.page(PeopleQuery(sort="full_name; DROP"), 0, 1)


def test_contact_log(people: PeopleService) -> None:
    person = people.add(make("Logged Person"))
    for day in (date(2025, 1, 1), date(2025, 3, 1)):
        people.add_contact_log(
            ContactLogEntry(id=new_id(), person_id=person.id, occurred_on=day, summary="Call")
        )
    entries = people.contact_log(person.id)
    assert [e.occurred_on for e in entries] == [date(2025, 3, 1), date(2025, 1, 1)]
    with pytest.raises(RecordNotFound):
        people.add_contact_log(
            ContactLogEntry(id=new_id(), person_id=new_id(), occurred_on=date(2025, 1, 1))
        )


def test_erase_leaves_no_trace(session: vaults.VaultSession, people: PeopleService) -> None:
    db = session.vault.db
    target = people.add(
        make("Zarathustra Quetzalcoatl", "hrd", "critical", email="zq-unique@example.org",
             organisation="Keeps Org", tags=("tagzq",), notes="secret notes xyzzy")
    )  # fmt: skip
    other = people.add(make("Other Person", notes="Met ZARATHUSTRA QUETZALCOATL in Geneva"))
    people.add_contact_log(
        ContactLogEntry(id=new_id(), person_id=target.id, occurred_on=date(2025, 1, 1),
                        summary="plughsummary")
    )  # fmt: skip
    meeting = _meeting(db)
    db.execute(
        "INSERT INTO invitation (meeting_pk, person_pk, updated_at) "
        "VALUES (?, (SELECT pk FROM person WHERE id = ?), 'x')",
        (meeting, target.id),
    )
    preview = people.erasure_preview(target.id)
    assert (preview.invitations, preview.contact_log_entries, preview.tags) == (1, 1, 1)
    assert [m.record_id for m in preview.mentions] == [other.id]
    report = people.erase(target.id)
    assert report.mentions[0].kind == "person_notes"
    assert people.count(PeopleQuery()) == 1
    assert people.count(PeopleQuery(text="zarathustra")) == 0
    assert db.scalar("SELECT count(*) FROM invitation") == 0
    assert db.scalar("SELECT count(*) FROM contact_log") == 0
    events = session.vault.audit.events(limit=1)
    assert events[0].kind == "person.erased"
    detail = str(events[0].detail)
    assert "Zarathustra" not in detail and target.id not in detail
    assert events[0].detail["person_hash"] == report.audit_hash
    assert len(report.audit_hash) == 64
    key = bytes(session.vault._require_keys().data_key._key)
    path = session.path
    session.lock()
    plain = plaintext_anywhere(path, key)
    for needle in ("Zarathustra", "zarathustra", "Quetzalcoatl", "zq-unique", "xyzzy",
                   "plughsummary", "tagzq", target.id):  # fmt: skip
        assert needle.encode() not in plain, needle
    assert b"Other Person" in plain  # the check can see live data


def test_duplicates_and_merge_keep_everything(
    session: vaults.VaultSession, people: PeopleService
) -> None:
    db = session.vault.db
    keep = people.add(make("Jose Perez", email="jp@example.org", tags=("a",), languages=("es",)))
    drop = people.add(
        make("José  Pérez", "business", "high", email="JP@example.org", phone="+254712345678",
             tags=("b",), languages=("en",), notes="dropped note")
    )  # fmt: skip
    people.add(make("Someone Else"))
    pairs = people.duplicate_candidates()
    assert len(pairs) == 1
    assert set(pairs[0].reasons) == {"same name", "same email"}
    shared, only_drop = _meeting(db), _meeting(db)
    for meeting, person, status in (
        (shared, keep.id, "invited"),
        (shared, drop.id, "attended"),
        (only_drop, drop.id, "accepted"),
    ):
        db.execute(
            "INSERT INTO invitation (meeting_pk, person_pk, status, updated_at) "
            "VALUES (?, (SELECT pk FROM person WHERE id = ?), ?, 'x')",
            (meeting, person, status),
        )
    people.add_contact_log(
        ContactLogEntry(id=new_id(), person_id=drop.id, occurred_on=date(2025, 1, 1))
    )
    preview = people.merge_preview(keep.id, drop.id)
    assert (preview.invitations_moved, preview.invitations_combined) == (1, 1)
    assert preview.contact_log_moved == 1 and preview.tags_added == 1
    assert "risk_level" in {d.field for d in preview.differences}
    merged = people.merge(keep.id, drop.id)
    assert merged.risk_level is RiskLevel.HIGH  # risk never goes down in a merge
    assert merged.phone == "+254712345678"
    assert set(merged.tags) == {"a", "b"} and set(merged.languages) == {"es", "en"}
    assert "dropped note" in merged.notes
    assert merged.pseudonym  # now masked, so it carries a pseudonym
    with pytest.raises(RecordNotFound):
        people.get(drop.id)
    statuses = dict(
        db.execute(
            "SELECT meeting_pk, status FROM invitation WHERE person_pk = "
            "(SELECT pk FROM person WHERE id = ?)",
            (keep.id,),
        )
    )
    assert statuses == {shared: "attended", only_drop: "accepted"}
    assert len(people.contact_log(keep.id)) == 1
    assert people.duplicate_candidates() == []
    assert session.vault.audit.events(limit=1)[0].kind == "person.merged"
    with pytest.raises(InvalidInput):
        people.merge(keep.id, keep.id)


def test_update_keeps_search_in_step(people: PeopleService) -> None:
    person = people.add(make("Old Name"))
    people.update(replace(person, full_name="New Name"))
    assert people.count(PeopleQuery(text="old")) == 0
    assert people.count(PeopleQuery(text="new")) == 1
    assert fold(people.get(person.id).full_name) == "new name"


def test_masked_people_do_not_sort_among_their_organisation_or_country(
    tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    """Sorting by a column the list hides must not place a hidden person by its value."""
    from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
    from bizhr_desktop.services import vaults
    from bizhr_desktop.services.people import PeopleQuery, PeopleService

    created = vaults.create(tmp_path / "m.bizhr", passphrase, kdf=fast_kdf)
    people = PeopleService(created.vault.db, created.vault.audit)
    for name, org, country, risk in [
        ("Anna Open", "Acme Mining", "KE", RiskLevel.LOW),
        ("Hidden Defender", "Acme Mining", "KE", RiskLevel.CRITICAL),
        ("Zed Open", "Zenith Bank", "US", RiskLevel.LOW),
    ]:
        people.add(
            Person(
                id=new_id(),
                full_name=name,
                stakeholder_group=StakeholderGroup.HRD,
                organisation=org,
                country=country,
                risk_level=risk,
            )
        )
    for sort in ("organisation", "country"):
        for descending in (False, True):
            rows = people.page(PeopleQuery(sort=sort, descending=descending), 0, 10)
            assert rows[-1].full_name == "Hidden Defender", (sort, descending)
    created.vault.close()


# ---------------------------------------------------------------- keyset paging, broad search


def _mixed_people(people: PeopleService) -> None:
    """Ties in every sort key, people without organisation or consent date, masked people."""
    orgs = ["Acme Mining", "acme mining", "Zenith Bank", "", "Beta Co"]
    countries = ["KE", "US", "", "MM"]
    risks = ["low", "medium", "high", "critical", "low"]
    groups = ["business", "hrd", "investor", "civil_society"]
    for i in range(41):
        people.add(
            make(
                f"Person {'Same' if i % 5 == 0 else i % 7}",
                groups[i % len(groups)],
                risks[i % len(risks)],
                organisation=orgs[i % len(orgs)],
                country=countries[i % len(countries)],
                consent_date=None if i % 3 == 0 else date(2024, 1, 1 + i % 4),
            )
        )


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_page_after_walks_the_same_order_as_offset_pages(
    people: PeopleService, sort: str, descending: bool
) -> None:
    _mixed_people(people)
    for query in (
        PeopleQuery(sort=sort, descending=descending),
        PeopleQuery(text="person", sort=sort, descending=descending),
        PeopleQuery(countries=frozenset({"KE", "US"}), sort=sort, descending=descending),
    ):
        expected = [row.id for row in people.page(query, 0, 1000)]
        walked: list[str] = []
        rows, cursor = people.page_after(query, None, 4)
        while rows:
            walked.extend(row.id for row in rows)
            rows, next_cursor = people.page_after(query, cursor, 4)
            cursor = next_cursor or cursor
        assert walked == expected, query
        assert len(walked) == people.count(query)
        assert expected[4:12] == [row.id for row in people.page(query, 4, 8)]


def test_page_after_refuses_a_cursor_of_another_order(people: PeopleService) -> None:
    _mixed_people(people)
    _rows, cursor = people.page_after(PeopleQuery(), None, 3)
    with pytest.raises(InvalidInput):
        people.page_after(PeopleQuery(sort="country"), cursor, 3)


@pytest.mark.parametrize("sort", ["organisation", "country"])
@pytest.mark.parametrize("descending", [False, True])
def test_masked_block_is_in_pseudonym_order_whatever_the_hidden_column(
    people: PeopleService, sort: str, descending: bool
) -> None:
    """Inside the masked block, the order must not group people by the column it hides."""
    _mixed_people(people)
    rows = people.page(PeopleQuery(sort=sort, descending=descending), 0, 1000)
    masked = [row for row in rows if row.masked]
    assert masked and rows[-len(masked) :] == masked
    keys = [fold(row.pseudonym) for row in masked]
    assert keys == sorted(keys, reverse=descending)
    _rows, cursor = people.page_after(PeopleQuery(sort=sort, descending=descending), None, 1000)
    assert cursor is not None
    hidden = {row.organisation for row in masked} | {row.country for row in masked}
    assert not hidden & {value for value in cursor.values if isinstance(value, str) and value}


def test_broad_search_pages_through_the_sort_index_with_the_same_rows(
    people: PeopleService, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bizhr_desktop.services import people as people_module

    _mixed_people(people)
    for sort in SORT_KEYS:
        for descending in (False, True):
            query = PeopleQuery(text="pers", sort=sort, descending=descending)
            narrow = people.page(query, 0, 1000)
            monkeypatch.setattr(people_module, "_BROAD_MATCH", 1)
            broad = people.page(query, 0, 1000)
            walked, cursor = people.page_after(query, None, 7)
            while cursor is not None:
                more, cursor = people.page_after(query, cursor, 7)
                walked.extend(more)
            monkeypatch.setattr(people_module, "_BROAD_MATCH", 2000)
            assert [r.id for r in broad] == [r.id for r in narrow] == [r.id for r in walked]
    assert people.count(PeopleQuery(text="pers")) == people.count(
        PeopleQuery(text="pers", groups=frozenset(StakeholderGroup))
    )


def test_whole_list_sorts_read_the_same_rows_whichever_way_the_table_is_read(
    people: PeopleService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Organisation (and country descending) scan the table itself (NOT INDEXED) for the whole
    list; the rows and their keyset pages must be those of the planner's own plan."""
    from bizhr_desktop.services import people_query as query_module

    _mixed_people(people)
    for sort, descending in sorted(query_module.UNINDEXED_SORTS):
        query = PeopleQuery(sort=sort, descending=descending)
        assert people._sort_index(query) == query_module.NOT_INDEXED
        scanned = people.page(query, 0, 1000)
        walked, cursor = people.page_after(query, None, 7)
        while cursor is not None:
            more, cursor = people.page_after(query, cursor, 7)
            walked.extend(more)
        with monkeypatch.context() as patch:
            patch.setattr(query_module, "UNINDEXED_SORTS", set())
            assert people._sort_index(query) is None
            planned = people.page(query, 0, 1000)
        assert [r.id for r in scanned] == [r.id for r in planned] == [r.id for r in walked]
        filtered = PeopleQuery(sort=sort, descending=descending, countries=frozenset({"SD"}))
        assert people._sort_index(filtered) is None  # a filter keeps its index


def test_sorting_the_whole_list_by_country_walks_an_index(people: PeopleService) -> None:
    """The expressions of migration 0010's index must stay those people_query sorts by."""
    from bizhr_desktop.services import people_query as query_module

    _mixed_people(people)
    order = query_module.order_by("country", False)
    plan = " ".join(
        str(row[-1])
        for row in people._db.execute(
            f"EXPLAIN QUERY PLAN SELECT {query_module.ROW_COLUMNS} "
            f"FROM {query_module.ROW_FROM} WHERE 1 ORDER BY {order} LIMIT 200"
        )
    )
    assert "person_country_sort" in plan and "TEMP B-TREE" not in plan


def test_get_many_reads_full_records_in_the_order_asked(people: PeopleService) -> None:
    first = people.add(make("One", tags=("a", "b"), email="one@example.org"))
    second = people.add(make("Two", "hrd", "critical"))
    assert people.get_many([second.id, first.id]) == [second, first]
    assert people.get_many([]) == []
    assert people.get_many([first.id]) == [people.get(first.id)]
    with pytest.raises(RecordNotFound):
        people.get_many([first.id, new_id()])
    listed = [row.id for row in people.page(PeopleQuery(sort="risk"), 0, 10)]
    assert people.ids(PeopleQuery(sort="risk")) == listed


def test_control_character_check_is_unicode_category_cc() -> None:
    import sys
    import unicodedata

    from bizhr_desktop.services.people import _has_control

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert _has_control(f"a{char}b") == (unicodedata.category(char) == "Cc"), hex(code)


def _by_subquery(people: PeopleService, query: PeopleQuery) -> list[str]:
    """The ids a query lists when its search text is matched by the FTS subquery itself."""
    from bizhr_desktop.services import people_query as query_module

    clause, params = query_module.where(query, today=date.today(), retention_months=36)
    match = query_module.fts_match(query.text)
    if match is not None:
        subquery = "p.pk IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)"
        clause, params = clause.replace(query_module.MATCHED, subquery, 1), [match, *params]
    order = query_module.order_by(query.sort, query.descending)
    return [
        str(row[0])
        for row in people._db.execute(
            f"SELECT p.id FROM {query_module.ROW_FROM} WHERE {clause} ORDER BY {order}", params
        )
    ]


def test_searches_read_the_materialised_matches_and_list_what_the_subquery_lists(
    people: PeopleService,
) -> None:
    _mixed_people(people)
    people.add(make("Amina Othman", "hrd", "high", country="SD", tags=("sudan",)))
    queries = [
        PeopleQuery(text="pers"),
        PeopleQuery(text="person same", sort="organisation", descending=True),
        PeopleQuery(text="acme", countries=frozenset({"KE", "US"}), sort="country"),
        PeopleQuery(text="sudan"),
        PeopleQuery(text="nobody-has-this"),
        PeopleQuery(text="per", risk_levels=frozenset({RiskLevel.HIGH}), sort="risk"),
    ]
    for query in queries:
        expected = _by_subquery(people, query)
        assert people.ids(query) == expected
        assert [r.id for r in people.page(query, 0, 1000)] == expected
        assert people.count(query) == len(expected)
        filtered = replace(query, groups=frozenset(StakeholderGroup))
        assert people.count(filtered) == len(expected)
    # The page query probes the temp table by rowid: no temporary index of the matches.
    from bizhr_desktop.services import people_query as query_module

    clause, params = query_module.where(
        PeopleQuery(text="pers"), today=date.today(), retention_months=36
    )
    plan = " ".join(
        str(row[-1])
        for row in people._db.execute(
            f"EXPLAIN QUERY PLAN SELECT p.pk FROM {query_module.ROW_FROM} WHERE {clause}", params
        )
    )
    assert "person_match" in plan and "LIST SUBQUERY" not in plan


def test_interleaved_searches_and_a_rolled_back_transaction_keep_results_right(
    people: PeopleService,
) -> None:
    _mixed_people(people)
    people.add(make("Zainab Osman", "hrd", "critical"))
    acme, zainab = PeopleQuery(text="acme"), PeopleQuery(text="zainab")
    first_acme = people.ids(acme)
    walked, cursor = people.page_after(acme, None, 3)
    assert people.ids(zainab) != first_acme  # another search fills the match table between pages
    while cursor is not None:
        more, cursor = people.page_after(acme, cursor, 3)
        walked.extend(more)
    assert [r.id for r in walked] == first_acme
    with pytest.raises(RuntimeError), people._db.transaction():
        assert len(people.ids(zainab)) == 1
        raise RuntimeError("roll back, temp table and all")
    assert people.ids(acme) == first_acme
    assert len(people.ids(zainab)) == 1
    # What the service read them from: the match set written for the last search.
    assert people._db.scalar("SELECT count(*) FROM temp.person_match") == 1


def test_renamed_or_changed_words_leave_no_trace_in_the_search_index(
    tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> None:
    """Decrypt every page with the key: a person's old name, role and organisation words are
    gone from the search index (and from every page) once the record is changed."""
    created = vaults.create(tmp_path / "v.bizhr", passphrase, kdf=fast_kdf)
    session = vaults.VaultSession(created.vault)
    people = PeopleService(session.vault.db, session.vault.audit)
    before = people.add(
        make("Zebulonqx Oldname", role="Whistleblowerqz", organisation="Quorvexa Holdings")
    )
    for filler in range(40):  # other rows, so the index has several segments and leaf pages
        people.add(make(f"Person Number{filler}", role="staff"))
    people.update(replace(before, full_name="Anna Newname", role="Analyst", organisation=""))
    assert people.count(PeopleQuery(text="zebulonqx")) == 0
    assert people.count(PeopleQuery(text="anna newname")) == 1
    key = bytes(session.vault._require_keys().data_key._key)
    path = session.path
    session.lock()
    plain = plaintext_anywhere(path, key).lower()
    for old in (b"zebulonqx", b"oldname", b"whistleblowerqz"):
        assert old not in plain, old


def test_the_schema_11_rebuild_indexes_exactly_as_the_service_does(
    people: PeopleService, session: vaults.VaultSession
) -> None:
    """Migration 0011 rebuilds person_fts in SQL (bizhr_fold, bizhr_country_text); every
    search must find the same people afterwards as the service's own index did."""
    people.add(make("José Pérez", country="MM", organisation="Ünïon Mining", tags=("b", "a")))
    people.add(make("محمد عبد الله", "hrd", "high", country="SD", role="Lawyer"))
    people.add(make("Søren Ærø", country="DK", languages=("da", "en"), tags=("deep-dive",)))
    people.add(make("Ana Unknown", country="", role="Journalist"))
    queries = ["jose", "perez", "myanmar", "union", "محمد", "sudan", "lawyer", "soren", "aero",
               "denmark", "deep", "da", "journalist", "a", "b"]  # fmt: skip
    before = {q: people.count(PeopleQuery(text=q)) for q in queries}
    folder = Path(__file__).parents[3] / "bizhr_desktop" / "vault" / "migrations"
    sql = (folder / "0011_fts_secure_delete.sql").read_text()
    db = session.vault.db
    with db.lock:
        db._conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\n;COMMIT;")
    assert {q: people.count(PeopleQuery(text=q)) for q in queries} == before
    assert before["jose"] == 1 and before["sudan"] == 1 and before["deep"] == 1
