"""Encrypted bundles: the real age command reads them, round trips are exact, every kind of
damage has its own error, hostile payloads are refused clearly, merges are all or nothing."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bizhr_desktop.core.errors import (
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    BundleWrongPassphrase,
    InvalidInput,
)
from bizhr_desktop.core.models import (
    Audience,
    ContactLogEntry,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.formats import age_io
from bizhr_desktop.services import bundles, exporting, vaults
from bizhr_desktop.services.bundles import (
    BundleMalformed,
    BundleVersionUnsupported,
    MergeChoices,
    Prefer,
)
from bizhr_desktop.services.exporting import ExportFormat, ExportRequest, ExportScope
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.vault.keys import KdfParams

AGE = shutil.which("age") or "/usr/bin/age"
PASSPHRASE = "tundra-maple-orbit-saddle-quiver-lantern"
CHUNK = 64 * 1024 + 16


def _open(path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> VaultSession:
    created = vaults.create(path, passphrase, kdf=fast_kdf)
    return VaultSession(created.vault)


@pytest.fixture
def source(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Iterator[VaultSession]:
    session = _open(vault_path, passphrase, fast_kdf)
    yield session
    session.lock()


@pytest.fixture
def target(tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Iterator[VaultSession]:
    folder = tmp_path / "colleague"
    folder.mkdir()
    session = _open(folder / "colleague.bizhr", passphrase, fast_kdf)
    yield session
    session.lock()


def _service(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


def _fill(session: VaultSession, *, big_notes: bool = False) -> list[Person]:
    people = _service(session)
    notes = "n" * 30_000 if big_notes else "met in Kampala; uses Signal"
    stored = [
        people.add(
            Person(
                id=new_id(),
                full_name="Amina Diallo",
                stakeholder_group=StakeholderGroup.HRD,
                risk_level=RiskLevel.CRITICAL,
                country="SD",
                email="amina@example.org",
                phone="+249912345678",
                secure_channel="Signal via intermediary",
                languages=("ar", "en"),
                consent_network=True,
                consent_date=date(2024, 3, 1),
                consent_method="verbal, recorded by coordinator",
                notes=notes,
                tags=("deep-dive", "arrest-2024"),
                joined_on=date(2022, 5, 1),
                commitment_acknowledged_on=date(2022, 5, 2),
                organisation="Sudan Human Rights Hub",
            )
        ),
        people.add(
            Person(
                id=new_id(),
                full_name="အောင်ဆန်း",
                stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
                risk_level=RiskLevel.MEDIUM,
                country="MM",
                notes=notes,
            )
        ),
    ]
    for index in range(3):
        stored.append(
            people.add(
                Person(
                    id=new_id(),
                    full_name=f'=HYPERLINK("x") Person {index}',
                    stakeholder_group=StakeholderGroup.BUSINESS,
                    risk_level=RiskLevel.LOW,
                    organisation="Acme Mining",
                    notes=notes,
                )
            )
        )
    people.add_contact_log(
        ContactLogEntry(
            id=new_id(),
            person_id=stored[0].id,
            occurred_on=date(2024, 6, 1),
            channel="Signal",
            summary="checked she is safe",
        )
    )
    return [people.get(p.id) for p in stored]


def _bundle(session: VaultSession, destination: Path, *, contact_log: bool = True) -> Path:
    request = ExportRequest(
        scope=ExportScope.everyone(),
        audience=Audience.INTERNAL,
        format=ExportFormat.BUNDLE,
        include_contact_log=contact_log,
    )
    shown = exporting.preview(session, request)
    exporting.write(session, shown, destination, bundle_passphrase=PASSPHRASE)
    return destination


# ---------------------------------------------------------------- reading back


def _age_decrypt(path: Path, passphrase: str, output: Path) -> tuple[int, bytes]:
    """``age -d`` with the passphrase typed into a pseudo-terminal (age reads it from one)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(AGE, [AGE, "--decrypt", "--output", str(output), str(path)])
    transcript = b""
    deadline = time.monotonic() + 60
    sent = closed = False
    try:
        while not closed and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(fd, 1024)
                except OSError:
                    chunk = b""
                closed = not chunk
                transcript += chunk
            if not sent and b"passphrase" in transcript.lower():
                os.write(fd, passphrase.encode() + b"\r")
                sent = True
        if not closed:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            pytest.fail(f"age did not finish: {transcript!r}")
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), transcript


@pytest.mark.skipif(not os.path.exists(AGE), reason="the age command line tool is not installed")
def test_the_real_age_command_reads_the_payload(source: VaultSession, tmp_path: Path) -> None:
    stored = _fill(source)
    bundle = _bundle(source, tmp_path / "out.age")
    plain = tmp_path / "plain.txt"
    code, transcript = _age_decrypt(bundle, PASSPHRASE, plain)
    assert code == 0, transcript
    frame, _, payload = plain.read_bytes().partition(b"\n")
    assert frame == f"BIZHR-BUNDLE/1 {len(payload)}".encode()
    document = json.loads(payload)
    assert document["format"] == "bizhr-bundle" and document["version"] == 1
    assert {p["id"] for p in document["people"]} == {p.id for p in stored}
    amina = next(p for p in document["people"] if p["full_name"] == "Amina Diallo")
    assert amina["risk_level"] == "critical" and amina["tags"] == ["arrest-2024", "deep-dive"]
    assert amina["created_at"].endswith("Z")
    assert len(document["contact_log"]) == 1
    assert {o["name"] for o in document["organisations"]} == {
        "Sudan Human Rights Hub",
        "Acme Mining",
    }


def test_round_trip_preserves_every_record_exactly(
    source: VaultSession, target: VaultSession, tmp_path: Path
) -> None:
    stored = _fill(source)
    contents = bundles.read_bundle(_bundle(source, tmp_path / "b.age"), PASSPHRASE)
    assert bundles.is_bundle(tmp_path / "b.age")
    by_id = {p.id: p for p in contents.people}
    for person in stored:
        assert by_id[person.id] == person
    assert contents.contact_log == tuple(_service(source).contact_log(stored[0].id))

    plan = bundles.plan_merge(target, contents)
    assert len(plan.new_people) == 5 and not plan.conflicts and len(plan.new_organisations) == 2
    result = bundles.apply_merge(target, plan)
    assert (result.added, result.organisations_added, result.contact_log_added) == (5, 2, 1)
    colleague = _service(target)
    for person in stored:
        assert colleague.get(person.id) == person
    # Through the people service's writer: the search index knows the new people.
    assert colleague.count(PeopleQuery(text="Amina")) == 1
    assert colleague.count(PeopleQuery(text="အောင်ဆန်း")) == 1
    event = target.vault.audit.events(limit=1)[0]
    assert event.kind == "bundle.merged" and event.detail["added"] == 5
    assert "Amina" not in repr(event.detail)
    # The same bundle again: everything identical, nothing to do.
    again = bundles.plan_merge(target, contents)
    assert len(again.identical) == 5 and not again.changes_anything


def test_each_kind_of_damage_has_its_own_error(source: VaultSession, tmp_path: Path) -> None:
    _fill(source, big_notes=True)  # > 128 KiB of payload: several chunks to swap
    data = _bundle(source, tmp_path / "b.age").read_bytes()
    assert len(data) > 2 * CHUNK
    start = data.index(b"\n", data.index(b"\n--- ") + 1) + 1 + 16

    def check(damaged: bytes, expected: type[Exception], passphrase: str = PASSPHRASE) -> None:
        path = tmp_path / "damaged.age"
        path.write_bytes(damaged)
        with pytest.raises(expected) as caught:
            bundles.read_bundle(path, passphrase)
        assert type(caught.value) is expected
        assert PASSPHRASE not in str(caught.value)

    flipped = bytearray(data)
    flipped[start + 500] ^= 0x04
    check(bytes(flipped), BundleTampered)
    check(data[: len(data) - 700], BundleTruncated)
    swapped = data[:start] + data[start + CHUNK : start + 2 * CHUNK] + data[start : start + CHUNK]
    check(swapped + data[start + 2 * CHUNK :], BundleTampered)
    check(data, BundleWrongPassphrase, passphrase="wrong-" + PASSPHRASE)
    check(b"full_name,email\nAmina,a@example.org\n", BundleUnreadable)
    assert not bundles.is_bundle(tmp_path / "damaged.age")


def test_an_age_file_of_something_else_is_not_a_bundle(tmp_path: Path) -> None:
    path = tmp_path / "other.age"
    path.write_bytes(age_io.encrypt_bundle(b'{"hello": "world"}', PASSPHRASE))
    with pytest.raises(BundleUnreadable, match="not a BizHR bundle"):
        bundles.read_bundle(path, PASSPHRASE)


# ---------------------------------------------------------------- hostile payloads


def _person_record(**changes: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": new_id(),
        "full_name": "Test Person",
        "stakeholder_group": "business",
        "risk_level": "low",
    }
    record.update(changes)
    return record


def _payload(**changes: object) -> bytes:
    document: dict[str, object] = {
        "format": "bizhr-bundle",
        "version": 1,
        "created": "2025-01-01T00:00:00.000000Z",
        "people": [_person_record()],
        "organisations": [],
    }
    document.update(changes)
    return json.dumps(document).encode()


def test_a_minimal_payload_is_read() -> None:
    contents = bundles.parse_payload(_payload())
    assert contents.people[0].full_name == "Test Person"


def test_a_bundle_says_how_many_values_lost_invisible_characters(
    source: VaultSession,
) -> None:
    people = [
        _person_record(full_name="Peter\u202e olleh\u202c Mwangi", tags=["de\u200bep"]),
        _person_record(full_name="Plain Person"),
        _person_record(full_name="Gra\u200bce", role="Lawyer\u2066"),
    ]
    contents = bundles.parse_payload(_payload(people=people))
    assert contents.cleaned == 4  # two in the first record, two in the third
    assert [p.full_name for p in contents.people] == ["Peter olleh Mwangi", "Plain Person", "Grace"]
    assert bundles.plan_merge(source, contents).cleaned == 4
    assert bundles.parse_payload(_payload()).cleaned == 0


@pytest.mark.parametrize(
    ("payload", "expected", "words"),
    [
        pytest.param(_payload(version=2), BundleVersionUnsupported, "newer", id="newer-version"),
        pytest.param(_payload(version="1"), BundleMalformed, "version", id="version-text"),
        pytest.param(_payload(version=True), BundleMalformed, "version", id="version-bool"),
        pytest.param(_payload(format="other"), BundleUnreadable, "not a BizHR", id="format"),
        pytest.param(b"[1, 2, 3]", BundleUnreadable, "not a BizHR", id="not-an-object"),
        pytest.param(b"\xff\xfe{}", BundleMalformed, "UTF-8", id="not-utf8"),
        pytest.param(b'{"format": "bizhr-bundle", ', BundleMalformed, "JSON", id="cut-json"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, BundleMalformed, "deep", id="deep"),
        pytest.param(
            b'{"format": "bizhr-bundle", "version": 1, "people": [], "version": 1}',
            BundleMalformed,
            "twice",
            id="duplicate-key",
        ),
        pytest.param(
            _payload(people=[_person_record(full_name=1)]),
            BundleMalformed,
            "person 1: full_name must be text",
            id="wrong-type",
        ),
        pytest.param(
            _payload(people=[_person_record(consent_public="yes")]),
            BundleMalformed,
            "true or false",
            id="bool-as-text",
        ),
        pytest.param(
            _payload(people=[_person_record(tags=[["nested"]])]),
            BundleMalformed,
            "list of text",
            id="nested-list",
        ),
        pytest.param(
            _payload(people=[_person_record(email="not an address")]),
            BundleMalformed,
            "email",
            id="bad-email",
        ),
        pytest.param(
            _payload(people=[_person_record(risk_level="extreme")]),
            BundleMalformed,
            "risk_level",
            id="bad-enum",
        ),
        pytest.param(
            _payload(people=[_person_record(id="not-a-uuid")]),
            BundleMalformed,
            "UUID",
            id="bad-id",
        ),
        pytest.param(
            _payload(people=[_person_record(password="x")]),
            BundleMalformed,
            "unknown field",
            id="unknown-field",
        ),
        pytest.param(
            _payload(people=[_person_record(notes="x" * 100_000)]),
            BundleMalformed,
            "longer",
            id="huge-string",
        ),
        pytest.param(
            _payload(people=[_person_record(consent_date="yesterday")]),
            BundleMalformed,
            "consent_date",
            id="bad-date",
        ),
        pytest.param(_payload(people="everyone"), BundleMalformed, "list", id="people-not-list"),
        pytest.param(_payload(people=None), BundleMalformed, "list", id="people-null"),
        pytest.param(b'{"a": NaN}', BundleMalformed, "NaN", id="nan"),
        pytest.param(
            b'{"format": "bizhr-bundle", "version": 1' + b"1" * 5000 + b"}",
            BundleMalformed,
            "JSON",
            id="huge-int",
        ),
    ],
)
def test_hostile_payloads_get_a_clear_error(
    payload: bytes, expected: type[Exception], words: str
) -> None:
    with pytest.raises(expected) as caught:
        bundles.parse_payload(payload)
    assert type(caught.value) is expected
    assert words in str(caught.value)


def test_duplicate_ids_are_refused() -> None:
    record = _person_record()
    with pytest.raises(BundleMalformed, match="same id appears twice"):
        bundles.parse_payload(_payload(people=[record, dict(record)]))


# ---------------------------------------------------------------- merging


def _edit(session: VaultSession, person_id: str, **changes: object) -> Person:
    from dataclasses import replace

    people = _service(session)
    return people.update(replace(people.get(person_id), **changes))  # type: ignore[arg-type]


def _shared(source: VaultSession, target: VaultSession, tmp_path: Path) -> list[Person]:
    stored = _fill(source)
    contents = bundles.read_bundle(_bundle(source, tmp_path / "first.age"), PASSPHRASE)
    bundles.apply_merge(target, bundles.plan_merge(target, contents))
    return stored


def test_conflicts_show_field_differences_and_keep_the_vault_by_default(
    source: VaultSession, target: VaultSession, tmp_path: Path
) -> None:
    stored = _shared(source, target, tmp_path)
    amina, burmese = stored[0], stored[1]
    _edit(target, amina.id, role="Director")  # the colleague's edit
    time.sleep(0.01)
    _edit(source, amina.id, role="Researcher", risk_level=RiskLevel.HIGH)  # later, ours
    _edit(source, burmese.id, email="aung@example.org")
    contents = bundles.read_bundle(_bundle(source, tmp_path / "second.age"), PASSPHRASE)

    plan = bundles.plan_merge(target, contents)
    assert len(plan.conflicts) == 2 and len(plan.identical) == 3
    conflict = next(c for c in plan.conflicts if c.person_id == amina.id)
    changes = {c.field: (c.vault_value, c.bundle_value) for c in conflict.changes}
    assert changes == {"role": ("Director", "Researcher"), "risk_level": ("critical", "high")}
    assert conflict.newer is Prefer.BUNDLE
    assert conflict.label != "Amina Diallo"  # at-risk: shown by pseudonym

    result = bundles.apply_merge(target, plan)
    assert (result.kept, result.updated) == (2, 0)
    assert _service(target).get(amina.id).role == "Director"


def test_bundle_wins_per_record_or_newer_for_all(
    source: VaultSession, target: VaultSession, tmp_path: Path
) -> None:
    stored = _shared(source, target, tmp_path)
    amina, burmese = stored[0], stored[1]
    _edit(source, amina.id, role="Researcher")
    _edit(source, burmese.id, role="Editor")
    time.sleep(0.01)
    _edit(target, burmese.id, role="Journalist")  # the vault's edit is the newer one here
    contents = bundles.read_bundle(_bundle(source, tmp_path / "second.age"), PASSPHRASE)

    plan = bundles.plan_merge(target, contents)
    result = bundles.apply_merge(target, plan, MergeChoices(default=Prefer.NEWER))
    assert (result.updated, result.kept) == (1, 1)
    colleague = _service(target)
    assert colleague.get(amina.id).role == "Researcher"
    assert colleague.get(amina.id).updated_at == _service(source).get(amina.id).updated_at
    assert colleague.get(burmese.id).role == "Journalist"

    plan = bundles.plan_merge(target, contents)
    bundles.apply_merge(target, plan, MergeChoices(per_record={burmese.id: Prefer.BUNDLE}))
    assert colleague.get(burmese.id).role == "Editor"


def test_nothing_is_half_imported(
    source: VaultSession,
    target: VaultSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fill(source)
    contents = bundles.read_bundle(_bundle(source, tmp_path / "b.age"), PASSPHRASE)
    plan = bundles.plan_merge(target, contents)
    db = target.vault.db
    audit_before = len(target.vault.audit.events())
    real_write = PeopleService._write
    calls = {"n": 0}

    def failing(self: PeopleService, person: Person, pk: int | None) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("simulated failure in the middle of the merge")
        return real_write(self, person, pk)

    monkeypatch.setattr(PeopleService, "_write", failing)
    with pytest.raises(OSError, match="simulated"):
        bundles.apply_merge(target, plan)
    monkeypatch.setattr(PeopleService, "_write", real_write)
    for table in ("person", "organisation", "contact_log", "person_tag"):
        assert db.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert db.scalar("SELECT count(*) FROM person_fts") == 0
    assert len(target.vault.audit.events()) == audit_before
    # And the same plan then goes through whole.
    assert bundles.apply_merge(target, plan).added == 5


def test_a_stale_plan_is_refused(
    source: VaultSession, target: VaultSession, tmp_path: Path
) -> None:
    stored = _shared(source, target, tmp_path)
    _edit(source, stored[0].id, role="Researcher")
    contents = bundles.read_bundle(_bundle(source, tmp_path / "second.age"), PASSPHRASE)
    plan = bundles.plan_merge(target, contents)
    _edit(target, stored[0].id, role="Changed meanwhile")
    with pytest.raises(InvalidInput, match="changed since this merge was previewed"):
        bundles.apply_merge(target, plan, MergeChoices(default=Prefer.BUNDLE))
    assert _service(target).get(stored[0].id).role == "Changed meanwhile"
