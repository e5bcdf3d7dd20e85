"""Travel mode: the plan, the round trip (out to placeholders, back to exact records), edits
made while away, failures that change nothing, and bundles this vault must refuse."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from bizhr_desktop.core.errors import (
    BundleUnreadable,
    BundleWrongPassphrase,
    InvalidInput,
    OutputRefused,
    RecordNotFound,
    WeakPassphrase,
)
from bizhr_desktop.core.models import RiskLevel
from bizhr_desktop.formats import age_io
from bizhr_desktop.services import travel, vaults
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.travel import TravelBundleRefused
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.vault.keys import KdfParams
from tests.helpers.sqlcipher_pages import plaintext_anywhere
from tests.helpers.travel_population import Population, populate

BUNDLE_PASSPHRASE = "tundra-maple-orbit-saddle-quiver-lantern"


@pytest.fixture
def network(session: VaultSession) -> Population:
    return populate(session)


@pytest.fixture
def away_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    return folder


def _people(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


def _dump(session: VaultSession) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every ordinary table (the search index is compared through searches;
    the count of commits is bookkeeping: the travel key's own commit adds one)."""
    db = session.vault.db
    tables = [
        str(row[0])
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'person_fts%' AND name != 'commit_count' ORDER BY name"
        )
    ]
    return {table: sorted(db.execute(f"SELECT * FROM {table}"), key=repr) for table in tables}


def _state(session: VaultSession, network: Population) -> dict[str, Any]:
    """What must come back exactly: every person, contact log, tags and meeting notes."""
    people = _people(session)
    ids = (network.critical_id, network.high_id, network.low_id, network.medium_id)
    meetings = MeetingService(session.vault.db, session.vault.audit)
    return {
        "people": [people.get(pid) for pid in ids],
        "contact_log": [people.contact_log(pid) for pid in ids],
        "meetings": [
            (m.meeting.outcome_notes, m.meeting.risk_assessment, m.meeting.updated_at)
            for m in (meetings.get(network.deep_dive_id), meetings.get(network.trends_id))
        ],
        # Without the internal row number: an organisation that comes back is a new row.
        "organisations": sorted(
            session.vault.db.execute(
                "SELECT id, name, kind, sector, country, website, public_commitment, "
                "commitment_date, created_at, updated_at FROM organisation"
            ),
            key=repr,
        ),
        "invitations": sorted(session.vault.db.execute("SELECT * FROM invitation"), key=repr),
    }


def test_plan_counts_who_and_what_leaves(session: VaultSession, network: Population) -> None:
    plan = travel.plan_travel_out(session)
    assert set(plan.person_ids) == {network.critical_id, network.high_id}
    assert plan.by_risk[RiskLevel.CRITICAL] == 1 and plan.by_risk[RiskLevel.HIGH] == 1
    assert plan.contact_log_entries == 2
    assert plan.tags == 3
    assert plan.invitations_kept == 2
    assert plan.meeting_ids == (network.deep_dive_id,)  # deep dives only
    assert plan.organisations == 1  # the grassroots group; the shared one stays
    assert plan.mentions_left == 0
    assert not any("Amina" in line for line in plan.lines())

    narrower = travel.plan_travel_out(
        session,
        risk_levels={"critical"},
        include_meeting_notes=False,
        extra_person_ids=[network.medium_id],
    )
    assert set(narrower.person_ids) == {network.critical_id, network.medium_id}
    assert narrower.meetings == 0
    with pytest.raises(RecordNotFound):
        travel.plan_travel_out(session, extra_person_ids=["0" * 8 + "-0000-4000-8000-" + "0" * 12])
    nothing = travel.plan_travel_out(session, risk_levels=(), include_meeting_notes=False)
    assert nothing.empty
    with pytest.raises(InvalidInput, match="Nothing to move"):
        travel.travel_out(session, nothing, Path("unused.age"), BUNDLE_PASSPHRASE)


def test_plan_warns_about_notes_elsewhere_that_name_someone_leaving(
    session: VaultSession, network: Population
) -> None:
    people = _people(session)
    low = people.get(network.low_id)
    critical = people.get(network.critical_id)
    people.update(low.__class__(**{**_fields(low), "notes": f"Ask {critical.full_name}"}))
    assert travel.plan_travel_out(session).mentions_left == 1
    assert any("Review them" in line for line in travel.plan_travel_out(session).lines())


def _fields(person: Any) -> dict[str, Any]:
    return {name: getattr(person, name) for name in person.__dataclass_fields__}


def test_round_trip_leaves_placeholders_then_restores_every_field(
    session: VaultSession, network: Population, away_folder: Path
) -> None:
    before = _state(session, network)
    plan = travel.plan_travel_out(session)
    destination = away_folder / "travel.age"
    receipt = travel.travel_out(session, plan, destination, None)

    # The bundle: one age file, a generated diceware passphrase shown once.
    assert receipt.passphrase is not None and receipt.passphrase.count("-") == 5
    assert (receipt.people, receipt.contact_log_entries, receipt.meetings) == (2, 2, 1)
    assert destination.exists() and [p.name for p in away_folder.iterdir()] == ["travel.age"]
    assert (destination.stat().st_mode & 0o777) == 0o600

    # Placeholders: nothing identifying in any column.
    db = session.vault.db
    columns = [row[1] for row in db.execute("PRAGMA table_info(person)")]
    people = _people(session)
    for person_id in (network.critical_id, network.high_id):
        row = dict(
            zip(
                columns,
                db.execute("SELECT * FROM person WHERE id = ?", (person_id,))[0],
                strict=True,
            )
        )
        label = row["pseudonym"]
        assert label and row["full_name"] == label
        for column in (
            "organisation_pk",
            "consent_date",
            "joined_on",
            "commitment_acknowledged_on",
        ):
            assert row[column] is None, column
        for column in ("role", "country", "email", "phone", "secure_channel", "languages",
                       "consent_method", "notes", "name_key"):  # fmt: skip
            assert row[column] == "", column
        assert (row["consent_network"], row["consent_coorganisers"], row["consent_public"]) == (
            0, 0, 0,
        )  # fmt: skip
        assert row["travel_batch_pk"] is not None
        assert people.contact_log(person_id) == []
        assert people.get(person_id).tags == ()
        assert people.row(person_id).masked  # still shown under the pseudonym
    high_label = people.get(network.high_id).pseudonym
    assert high_label.startswith("CivilSociety-")

    # Their search terms are gone; the placeholder is found by its pseudonym.
    assert people.count(PeopleQuery(text="Amina")) == 0
    assert people.count(PeopleQuery(text="Grassroots")) == 0
    assert people.count(PeopleQuery(text=high_label)) == 1
    # The small organisation left with them; the shared one stayed.
    names = [str(r[0]) for r in db.execute("SELECT name FROM organisation")]
    assert names == ["Shared Network (fictional)"]
    # Invitations and attendance stay, so meeting counts are right while away.
    assert _state(session, network)["invitations"] == before["invitations"]
    invitations = InvitationService(db, session.vault.audit)
    assert invitations.invitation_counts(network.deep_dive_id)["attended"] == 1
    # The deep dive's secret notes left; the other meeting's stayed.
    meetings = MeetingService(db, session.vault.audit)
    deep = meetings.get(network.deep_dive_id).meeting
    assert (deep.outcome_notes, deep.risk_assessment) == ("", "")
    assert meetings.get(network.trends_id).meeting.outcome_notes
    # People who stay are untouched.
    assert people.get(network.low_id) == before["people"][2]

    status = travel.travel_status(session)
    assert (status.away_people, status.away_meetings, len(status.batches)) == (2, 1, 1)
    assert status.batches[0].batch_id == receipt.batch_id
    assert travel.away_person_ids(session) == {network.critical_id, network.high_id}
    # Travelling again does not move the placeholders a second time.
    again = travel.plan_travel_out(session)
    assert again.people == 0 and again.already_away == 2

    # The audit log holds counts, never a name or a canary.
    events = [e for e in session.vault.audit.events() if e.kind == "travel.out"]
    assert events and events[0].detail["people"] == 2
    assert not any(c in json.dumps(events[0].detail) for c in network.canaries)

    result = travel.travel_back(session, destination, receipt.passphrase)
    assert (result.people, result.contact_log_entries, result.meetings) == (2, 2, 1)
    assert result.organisations == 1
    assert (result.edited_while_away, result.erased_while_away) == (0, 0)
    assert _state(session, network) == before
    assert not travel.travel_status(session).anything_away
    assert people.count(PeopleQuery(text="Amina")) == 1
    assert session.vault.audit.verify() is None

    with pytest.raises(TravelBundleRefused, match="already brought back"):
        travel.travel_back(session, destination, receipt.passphrase)

    # Back home nothing links the vault to that bundle beyond the audit trail: not its hash,
    # nor how many left, nor which risk levels they had, in any page of the file.
    digest = hashlib.sha256(destination.read_bytes()).hexdigest()
    assert db.execute("SELECT people, meetings, bundle_sha256 FROM travel_batch") == [(0, 0, "")]
    assert db.scalar("SELECT count(*) FROM travel_meeting") == 0
    out_events = [e for e in session.vault.audit.events() if e.kind == "travel.out"]
    assert "risk_levels" not in out_events[0].detail
    key = bytes(session.vault._require_keys().data_key._key)
    session.vault.db.checkpoint()
    assert digest.encode() not in plaintext_anywhere(session.path, key)


def test_edits_made_while_away_are_kept(
    session: VaultSession, network: Population, away_folder: Path
) -> None:
    people = _people(session)
    before = people.get(network.critical_id)
    destination = away_folder / "travel.age"
    plan = travel.plan_travel_out(session, risk_levels={"critical"}, include_meeting_notes=False)
    travel.travel_out(session, plan, destination, BUNDLE_PASSPHRASE)

    # While away: the placeholder is marked attended elsewhere, paused, tagged and noted.
    placeholder = people.get(network.critical_id)
    people.update(
        placeholder.__class__(
            **{
                **_fields(placeholder),
                "participation": "paused",
                "tags": ("met-in-geneva",),
                "notes": "Spoke at the side event.",
            }
        )
    )
    meetings = MeetingService(session.vault.db, session.vault.audit)
    invitations = InvitationService(session.vault.db, session.vault.audit)
    invitations.invite(network.trends_id, network.critical_id)
    invitations.set_status(network.trends_id, [network.critical_id], "attended")

    result = travel.travel_back(session, destination, BUNDLE_PASSPHRASE)
    assert result.edited_while_away == 1
    after = people.get(network.critical_id)
    assert after.full_name == before.full_name and after.email == before.email
    assert after.pseudonym == before.pseudonym
    assert after.participation.value == "paused"
    assert set(after.tags) == {*before.tags, "met-in-geneva"}
    assert after.notes.startswith(before.notes) and after.notes.endswith("side event.")
    attendance = invitations.attendance_of_person(network.critical_id)
    assert len(attendance) == 2
    assert meetings.get(network.trends_id).meeting.outcome_notes  # untouched


def test_a_failure_before_the_commit_changes_nothing_and_leaves_no_bundle(
    session: VaultSession, network: Population, away_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _dump(session)
    plan = travel.plan_travel_out(session)
    append = session.vault.audit.append

    def fail_on_travel(kind: str, detail: Any = None) -> None:
        if kind == "travel.out":
            raise OSError("simulated crash after the placeholders were written")
        append(kind, detail)

    monkeypatch.setattr(session.vault.audit, "append", fail_on_travel)
    with pytest.raises(OSError, match="simulated"):
        travel.travel_out(session, plan, away_folder / "travel.age", BUNDLE_PASSPHRASE)
    monkeypatch.undo()
    assert list(away_folder.iterdir()) == []
    after = _dump(session)
    # The vault's travel key may have been created (it names no one); nothing else changed.
    after["setting"] = [r for r in after["setting"] if r[0] != travel.VAULT_KEY_SETTING]
    before["setting"] = [r for r in before["setting"] if r[0] != travel.VAULT_KEY_SETTING]
    assert after == before
    assert _people(session).count(PeopleQuery(text="Amina")) == 1


def test_a_bundle_that_does_not_read_back_is_removed(
    session: VaultSession, network: Population, away_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _dump(session)
    plan = travel.plan_travel_out(session)

    def damaged(data: bytes, passphrase: str) -> bytes:
        raise BundleUnreadable("simulated bad drive")

    monkeypatch.setattr(age_io, "decrypt_bundle", damaged)
    with pytest.raises(BundleUnreadable):
        travel.travel_out(session, plan, away_folder / "travel.age", BUNDLE_PASSPHRASE)
    assert list(away_folder.iterdir()) == []
    after = _dump(session)
    for dump in (before, after):
        dump["setting"] = [r for r in dump["setting"] if r[0] != travel.VAULT_KEY_SETTING]
    assert after == before


def test_wrong_passphrase_and_another_vaults_bundle_are_refused_clearly(
    session: VaultSession,
    network: Population,
    away_folder: Path,
    tmp_path: Path,
    passphrase: bytearray,
    fast_kdf: KdfParams,
) -> None:
    destination = away_folder / "travel.age"
    plan = travel.plan_travel_out(session, risk_levels={"critical"}, include_meeting_notes=False)
    travel.travel_out(session, plan, destination, BUNDLE_PASSPHRASE)

    with pytest.raises(BundleWrongPassphrase) as wrong:
        travel.travel_back(session, destination, "not-the-right-passphrase-at-all")
    assert "passphrase" in wrong.value.message.lower()

    other_folder = tmp_path / "other"
    other_folder.mkdir()
    other = VaultSession(vaults.create(other_folder / "o.bizhr", passphrase, kdf=fast_kdf).vault)
    try:
        populate(other)
        before = _dump(other)
        with pytest.raises(TravelBundleRefused, match="another vault"):
            travel.travel_back(other, destination, BUNDLE_PASSPHRASE)
        assert _dump(other) == before
    finally:
        other.lock()
    assert travel.travel_status(session).away_people == 1


def test_passphrase_and_destination_are_checked_before_anything_is_written(
    session: VaultSession, network: Population, away_folder: Path
) -> None:
    plan = travel.plan_travel_out(session)
    with pytest.raises(WeakPassphrase, match="too weak"):
        travel.travel_out(session, plan, away_folder / "a.age", "short")
    existing = away_folder / "existing.age"
    existing.write_bytes(b"an earlier bundle")
    with pytest.raises(InvalidInput, match="already exists"):
        travel.travel_out(session, plan, existing, BUNDLE_PASSPHRASE)
    with pytest.raises(InvalidInput, match="does not exist"):
        travel.travel_out(session, plan, away_folder / "missing" / "a.age", BUNDLE_PASSPHRASE)
    with pytest.raises(OutputRefused, match="file of a vault"):
        travel.travel_out(session, plan, session.path, BUNDLE_PASSPHRASE)
    assert existing.read_bytes() == b"an earlier bundle"
    assert travel.travel_status(session).away_people == 0
    assert travel.destination_warning(session, session.path.parent / "t.age") is not None
    assert travel.destination_warning(session, away_folder / "t.age") is None


def test_a_sharing_bundle_is_not_taken_for_a_travel_bundle(
    session: VaultSession, network: Population, away_folder: Path
) -> None:
    from bizhr_desktop.services import bundles

    people = [_people(session).get(network.low_id)]
    path = away_folder / "share.age"
    path.write_bytes(
        age_io.encrypt_bundle(bundles.build_payload(session, people), BUNDLE_PASSPHRASE)
    )
    with pytest.raises(BundleUnreadable, match="not a travel bundle"):
        travel.travel_back(session, path, BUNDLE_PASSPHRASE)
