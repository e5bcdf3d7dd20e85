"""Demo data: repeatable for a seed, plausible proportions, every group, many scripts, ten
meetings a year, and never mixed into a vault that already holds records."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.models import StakeholderGroup
from bizhr_desktop.services import demo, vaults
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.people import PeopleQuery, PeopleService
from bizhr_desktop.vault.keys import KdfParams

TODAY = date(2026, 6, 1)
ARABIC = re.compile(r"[\u0600-\u06FF]")
BURMESE = re.compile(r"[\u1000-\u109F]")


def _open(path: Path, passphrase: bytearray, kdf: KdfParams) -> vaults.VaultSession:
    return vaults.VaultSession(vaults.create(path, passphrase, kdf=kdf).vault)


@pytest.fixture
def session(
    vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams
) -> Iterator[vaults.VaultSession]:
    session = _open(vault_path, passphrase, fast_kdf)
    yield session
    session.lock()


def _people(session: vaults.VaultSession) -> list[tuple[object, ...]]:
    return session.vault.db.execute(
        "SELECT p.id, p.full_name, p.stakeholder_group, p.risk_level, p.country, p.email, "
        "p.consent_network, p.consent_public, p.participation, p.notes, o.name "
        "FROM person p LEFT JOIN organisation o ON o.pk = p.organisation_pk ORDER BY p.id"
    )


@pytest.fixture
def populated(session: vaults.VaultSession) -> tuple[vaults.VaultSession, demo.DemoSummary]:
    summary = demo.populate(session, 1500, 60, 26, seed=11, today=TODAY)
    return session, summary


def test_same_seed_same_records(tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> None:
    rows = []
    for name in ("a", "b"):
        session = _open(tmp_path / f"{name}.bizhr", passphrase, fast_kdf)
        try:
            demo.populate(session, 200, 15, 12, seed=5, today=TODAY)
            rows.append(_people(session))
            meetings = session.vault.db.execute(
                "SELECT title, starts_at, format FROM meeting ORDER BY starts_at"
            )
            rows.append(meetings)
        finally:
            session.lock()
    assert rows[0] == rows[2]
    assert rows[1] == rows[3]
    other = _open(tmp_path / "c.bizhr", passphrase, fast_kdf)
    try:
        demo.populate(other, 200, 15, 0, seed=6, today=TODAY)
        assert _people(other) != rows[0]
    finally:
        other.lock()


def test_counts_and_fiction_markers(
    populated: tuple[vaults.VaultSession, demo.DemoSummary],
) -> None:
    session, summary = populated
    db = session.vault.db
    assert summary.people == int(db.scalar("SELECT count(*) FROM person")) == 1500
    assert summary.organisations == int(db.scalar("SELECT count(*) FROM organisation")) == 60
    assert summary.meetings == int(db.scalar("SELECT count(*) FROM meeting")) == 26
    names = [str(r[0]) for r in db.execute("SELECT name FROM organisation")]
    assert all(name.endswith("(fictional)") for name in names)
    for _id, _name, _g, _r, _c, email, _cn, _cp, _part, notes, _org in _people(session):
        assert str(notes).startswith("Demo record")
        assert not email or str(email).rsplit("@", 1)[1] in ("example.org", "example.net",
                                                              "example.com")  # fmt: skip


def test_every_group_and_plausible_risk_and_consent(
    populated: tuple[vaults.VaultSession, demo.DemoSummary],
) -> None:
    session, _ = populated
    rows = _people(session)
    groups = Counter(str(r[2]) for r in rows)
    assert set(groups) == {g.value for g in StakeholderGroup}
    risk = Counter(str(r[3]) for r in rows)
    assert risk["low"] > len(rows) / 2  # most people are at low risk
    assert risk["critical"] > 0
    hrd_risk = Counter(str(r[3]) for r in rows if r[2] == "hrd")
    assert hrd_risk["medium"] + hrd_risk["high"] + hrd_risk["critical"] > 0.8 * groups["hrd"]
    assert hrd_risk["critical"] < hrd_risk["high"]
    public = sum(1 for r in rows if r[7])
    network = sum(1 for r in rows if r[6])
    assert 0 < public < network < len(rows)
    # Nobody at high/critical risk is routinely public.
    masked_public = sum(1 for r in rows if r[7] and r[3] in ("high", "critical"))
    assert masked_public < 0.05 * sum(1 for r in rows if r[3] in ("high", "critical")) + 2
    participation = Counter(str(r[8]) for r in rows)
    assert participation["active"] > 0.8 * len(rows)
    assert participation["paused"] and participation["left"]


def test_deep_dive_countries_weigh_more(
    populated: tuple[vaults.VaultSession, demo.DemoSummary],
) -> None:
    session, _ = populated
    countries = Counter(str(r[4]) for r in _people(session))
    assert countries["MM"] > countries["PL"]
    assert countries["SD"] > countries["TN"]
    share = sum(countries[c] for c in demo.DEEP_DIVE_COUNTRIES) / sum(countries.values())
    assert share > 0.25


def test_names_in_many_scripts(
    populated: tuple[vaults.VaultSession, demo.DemoSummary],
) -> None:
    session, _ = populated
    names = [str(r[1]) for r in _people(session)]
    assert any(ARABIC.search(name) for name in names)
    assert any(BURMESE.search(name) for name in names)
    assert len(set(names)) > 0.5 * len(names)
    # The search index was kept in step by the import path: Arabic and Burmese names are found.
    people = PeopleService(session.vault.db, session.vault.audit)
    arabic = next(name for name in names if ARABIC.search(name))
    burmese = next(name for name in names if BURMESE.search(name))
    assert people.count(PeopleQuery(text=arabic.split()[0])) > 0
    assert people.count(PeopleQuery(text=burmese)) > 0


def test_ten_meetings_a_year_with_invitations_and_answers(
    populated: tuple[vaults.VaultSession, demo.DemoSummary],
) -> None:
    session, summary = populated
    db = session.vault.db
    meetings = MeetingService(db, session.vault.audit).list()
    per_year = Counter(m.meeting.starts_at.year for m in meetings)
    assert per_year == {2024: 10, 2025: 10, 2026: 6}  # the June one is still ahead
    assert summary.years == (2024, 2025, 2026)
    kinds = Counter(m.meeting.kind.value for m in meetings)
    assert kinds["deep_dive"] and kinds["trends_and_insights"]
    margins = {m.meeting.margin_of.value for m in meetings}
    assert {"unga", "un_forum_bhr", "wef_davos"} <= margins
    assert {m.meeting.format.value for m in meetings} == {"in_person", "virtual", "hybrid"}
    active = int(db.scalar("SELECT count(*) FROM person WHERE participation = 'active'"))
    per_meeting = db.execute("SELECT meeting_pk, count(*) FROM invitation GROUP BY meeting_pk")
    assert len(per_meeting) == 26
    assert all(int(count) == active for _pk, count in per_meeting)
    assert summary.invitations == 26 * active
    statuses = Counter(
        str(r[0]) for r in db.execute("SELECT status FROM invitation WHERE status != 'invited'")
    )
    assert statuses["attended"] > statuses["no_show"] > 0
    assert statuses["declined"] and statuses["tentative"] and statuses["accepted"]
    held = [m for m in meetings if m.meeting.starts_at.date() < TODAY]
    assert all(m.meeting.status.value == "held" for m in held)
    assert len(held) == 25


def test_refuses_a_vault_with_records(session: vaults.VaultSession) -> None:
    demo.populate(session, 20, 5, 0, seed=1, today=TODAY)
    before = int(session.vault.db.scalar("SELECT count(*) FROM person"))
    with pytest.raises(InvalidInput, match="empty vault"):
        demo.populate(session, 20, 5, 0, seed=1, today=TODAY)
    assert int(session.vault.db.scalar("SELECT count(*) FROM person")) == before


def test_refuses_absurd_counts(session: vaults.VaultSession) -> None:
    with pytest.raises(InvalidInput):
        demo.populate(session, -1, 0, 0, seed=1)
    with pytest.raises(InvalidInput):
        demo.populate(session, 10, 0, demo.MAX_MEETINGS + 1, seed=1)


def test_progress_reports_each_stage(session: vaults.VaultSession) -> None:
    seen: list[tuple[str, int, int]] = []
    demo.populate(session, 50, 5, 3, seed=2, progress=lambda *a: seen.append(a), today=TODAY)
    stages = {stage for stage, _done, _total in seen}
    assert stages == {"organisations", "people", "meetings"}
    assert ("meetings", 3, 3) in seen
