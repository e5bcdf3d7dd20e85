"""The recipient's eye: what someone holding two or more of this network's lists can learn.

Plays a venue, a co-host or a journalist: they always hold the public list, often a venue or
co-organiser list of the same moment, and lists from other days. Everything here reads only
the written files, as they would.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bizhr_desktop.core.models import Audience, Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.core.pseudonym import PSEUDONYM_PREFIXES, make_pseudonym
from bizhr_desktop.services import exporting, vaults
from bizhr_desktop.services.exporting import ExportFormat, ExportRequest, ExportScope
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.vault.keys import KdfParams

HRD = StakeholderGroup.HRD
LABEL = re.compile(
    r"^(?:" + "|".join(PSEUDONYM_PREFIXES.values()) + r")-[0-9A-F]{4}(?:[0-9A-F]{2})?$"
)
TODAY = date.today()


def _person(name: str, **changes: object) -> Person:
    values: dict[str, object] = {
        "id": new_id(),
        "full_name": name,
        "stakeholder_group": StakeholderGroup.BUSINESS,
        "risk_level": RiskLevel.LOW,
        "country": "KE",
        "email": f"{name.split(maxsplit=1)[0].lower()}@example.org",
        "consent_date": TODAY,
        "consent_method": "signed form",
    }
    values.update(changes)
    return Person(**values)  # type: ignore[arg-type]


@pytest.fixture
def session(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Iterator[VaultSession]:
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf)
    session = VaultSession(created.vault)
    people = PeopleService(session.vault.db, session.vault.audit)
    for person in (
        # Named for a venue (consent to co-organisers, medium risk), never for the public.
        _person("Peter Mwangi", stakeholder_group=HRD, risk_level=RiskLevel.MEDIUM,
                consent_coorganisers=True),
        # Hidden in every list: four high-risk Eastern African defenders, one with a typed
        # pseudonym that is her transliterated name.
        _person("ليلى حسن", stakeholder_group=HRD, risk_level=RiskLevel.HIGH,
                pseudonym="Laila Hassan"),
        _person("Aung Ko", stakeholder_group=HRD, risk_level=RiskLevel.HIGH, pseudonym="Ko"),
        _person("Grace Achieng", stakeholder_group=HRD, risk_level=RiskLevel.CRITICAL,
                pseudonym="AG"),
        _person("Samuel Okello", stakeholder_group=HRD, risk_level=RiskLevel.HIGH,
                country="UG", pseudonym="Kampala land lawyer"),
        # Consent that expired, and consent never dated: they count as absent.
        _person("Olga Oldconsent", consent_public=True, consent_coorganisers=True,
                consent_date=date(2019, 3, 1)),
        _person("Una Undated", consent_public=True, consent_coorganisers=True,
                consent_date=None, consent_method=""),
        # Someone every list may name.
        _person("Alice Public", consent_public=True, consent_coorganisers=True),
    ):  # fmt: skip
        people.add(person)
    yield session
    session.lock()


def _write(session: VaultSession, audience: str, out: Path, *, series: str = "") -> list[list[str]]:
    request = ExportRequest(
        scope=ExportScope.everyone(),
        audience=Audience(audience),
        format=ExportFormat.CSV,
        series=series,
    )
    exporting.write(session, exporting.preview(session, request), out)
    return list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))


def _labels(rows: list[list[str]]) -> set[str]:
    header = rows[0]
    column = header.index("pseudonym")
    return {row[column] for row in rows[1:] if len(row) > column and row[column]}


def _names(rows: list[list[str]]) -> set[str]:
    column = rows[0].index("full_name")
    return {row[column] for row in rows[1:] if len(row) > column and row[column]}


def _text(rows: list[list[str]]) -> str:
    return "\n".join(",".join(row) for row in rows)


def test_two_lists_of_the_same_moment_share_no_label_and_cannot_be_differenced(
    session: VaultSession, tmp_path: Path
) -> None:
    public = _write(session, "public", tmp_path / "public.csv")
    venue = _write(session, "venue", tmp_path / "venue.csv")
    assert "Peter Mwangi" in _names(venue) and "Peter Mwangi" not in _text(public)
    assert not _labels(public) & _labels(venue), "a label in two lists links them"
    # The set difference attack: Peter is named for the venue, so in the public list he must
    # not be one more label than in the venue list; both label the same number of people.
    assert len(_labels(public)) == len(_labels(venue))
    for label in _labels(public) | _labels(venue):
        assert LABEL.match(label), label


def test_labels_are_fresh_in_every_list_unless_a_series_is_asked_for(
    session: VaultSession, tmp_path: Path
) -> None:
    monday = _labels(_write(session, "venue", tmp_path / "monday.csv"))
    tuesday = _labels(_write(session, "venue", tmp_path / "tuesday.csv"))
    assert monday and not monday & tuesday
    badges_1 = _labels(_write(session, "venue", tmp_path / "b1.csv", series="Co-host X"))
    badges_2 = _labels(_write(session, "venue", tmp_path / "b2.csv", series="co-host  x"))
    assert badges_1 == badges_2 and not badges_1 & monday


def test_a_label_cannot_be_recomputed_from_a_person_id(
    session: VaultSession, tmp_path: Path
) -> None:
    """Whoever held a bundle (and so the ids) must not map a list's labels back to people."""
    people = PeopleService(session.vault.db, session.vault.audit)
    from bizhr_desktop.services.people_query import PeopleQuery

    ids = people.ids(PeopleQuery())
    everyone = people.get_many(ids)
    labels = _labels(_write(session, "public", tmp_path / "public.csv"))
    for person in everyone:
        for length in (4, 5, 6):
            assert make_pseudonym(person.stakeholder_group, person.id, length=length) not in labels


def test_typed_pseudonyms_never_leave_in_a_list(session: VaultSession, tmp_path: Path) -> None:
    for audience in ("public", "venue", "coorganisers"):
        text = _text(_write(session, audience, tmp_path / f"{audience}.csv"))
        for typed in ("Laila Hassan", "Kampala land lawyer", ",Ko,", ",AG,"):
            assert typed not in text, (audience, typed)


def test_expired_or_undated_consent_names_nobody(session: VaultSession, tmp_path: Path) -> None:
    for audience in ("public", "venue", "coorganisers"):
        text = _text(_write(session, audience, tmp_path / f"{audience}.csv"))
        for name, email in (("Olga", "olga@"), ("Una", "una@")):
            assert name not in text and email not in text, (audience, name)
    # The coordinator is told why, in the preview.
    request = ExportRequest(
        scope=ExportScope.everyone(), audience=Audience.PUBLIC, format=ExportFormat.CSV
    )
    reasons = [g.reason for g in exporting.preview(session, request).summary.groups]
    assert any("consent from 2019, renewal due" in r for r in reasons), reasons
    assert any("consent undated, renewal due" in r for r in reasons), reasons


def test_a_count_below_k_is_never_printed(session: VaultSession, tmp_path: Path) -> None:
    seen: list[str] = []
    for audience in ("public", "venue", "coorganisers"):
        rows = _write(session, audience, tmp_path / f"{audience}.csv")
        lines = [row[0] for row in rows[1:] if row and "further" in row[0]]
        assert lines, audience
        for line in lines:
            number = re.match(r"(\d+) further", line)
            assert number is None or int(number.group(1)) >= 3, line
        seen += lines
    # The venue names Peter: two people are left to count, which must not read "2".
    assert "fewer than 3 further participants" in seen, seen
