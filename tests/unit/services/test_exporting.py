"""Contact-safe export: preview equals file, format/audience rules, meeting gate, atomicity,
audit entry with the file's hash."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bizhr_desktop.core.errors import (
    DiskFull,
    ExportRefused,
    InvalidInput,
    OutputRefused,
    SafetyReviewPending,
    WeakPassphrase,
)
from bizhr_desktop.core.models import (
    Audience,
    InvitationStatus,
    Person,
    RiskLevel,
    StakeholderGroup,
    new_id,
)
from bizhr_desktop.core.policy import DEFAULT_DISCLAIMER, Outcome
from bizhr_desktop.services import exporting
from bizhr_desktop.services.exporting import (
    ExportFormat,
    ExportRequest,
    ExportScope,
    MeetingList,
)
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingInput, MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.settings import CONSENT_RENEWAL
from bizhr_desktop.services.vaults import VaultSession

NOTES_CANARY = "NotesCanary-7f3a91"


@pytest.fixture
def people(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


def person(name: str, **changes: object) -> Person:
    values: dict[str, object] = {
        "id": new_id(),
        "full_name": name,
        "stakeholder_group": StakeholderGroup.BUSINESS,
        "risk_level": RiskLevel.LOW,
        "country": "KE",
        "notes": NOTES_CANARY,
        "consent_date": date.today(),  # consent older than 24 months names nobody
        "consent_method": "signed form",
    }
    values.update(changes)
    return Person(**values)  # type: ignore[arg-type]


@pytest.fixture
def population(people: PeopleService) -> list[Person]:
    """Two people who may be named publicly, four defenders at high risk in one region (a
    pseudonymised cell), and one critical-risk defender alone in hers (counted only)."""
    stored = [
        people.add(person("Alice Named", consent_public=True, consent_coorganisers=True)),
        people.add(
            person(
                '=HYPERLINK("http://x")',
                consent_public=True,
                consent_coorganisers=True,
                email="ceo@example.org",
            )
        ),
    ]
    for index in range(4):
        stored.append(
            people.add(
                person(
                    f"Defender Number{index}",
                    stakeholder_group=StakeholderGroup.HRD,
                    risk_level=RiskLevel.HIGH,
                    country="UG",
                    email=f"hrd{index}@example.org",
                )
            )
        )
    stored.append(
        people.add(
            person(
                "Lonely Critical",
                stakeholder_group=StakeholderGroup.HRD,
                risk_level=RiskLevel.CRITICAL,
                country="SD",
            )
        )
    )
    return stored


def request(audience: Audience | str, fmt: ExportFormat | str, **kw: object) -> ExportRequest:
    scope = kw.pop("scope", ExportScope.everyone())
    return ExportRequest(scope=scope, audience=Audience(audience), format=ExportFormat(fmt), **kw)  # type: ignore[arg-type]


def read_csv(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


# ---------------------------------------------------------------- preview


def test_preview_summarises_decisions_and_writes_nothing(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    before = len(session.vault.audit.events())
    shown = exporting.preview(session, request("public", "csv"))
    assert len(session.vault.audit.events()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["env", "vaults"]
    summary = shown.summary
    assert (summary.total, summary.named, summary.pseudonymised, summary.counted) == (7, 2, 4, 1)
    texts = summary.lines()
    assert texts[0].startswith("7 people in scope: 2 named, 4 pseudonymised, 1 only counted")
    assert any(
        t == "pseudonymised: no consent_public; risk high, ceiling low — 4 people" for t in texts
    )
    assert any(
        t.startswith("withheld, counted only: no consent_public; risk critical") for t in texts
    )
    assert sum(g.count for g in summary.groups) == 7
    # The decisions come from the policy, one per person.
    assert {d.outcome for d in shown.decisions} == {
        Outcome.NAMED,
        Outcome.PSEUDONYMISED,
        Outcome.COUNTED,
    }
    assert shown.disclaimer == DEFAULT_DISCLAIMER


def test_written_csv_is_exactly_the_preview_table(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    shown = exporting.preview(session, request("public", "csv"))
    target = tmp_path / "list.csv"
    receipt = exporting.write(session, shown, target)
    headers, body = shown.table()
    rows = read_csv(target)
    assert rows[0] == list(headers)
    # Cells read back as written, apart from the formula guard's leading quote.
    assert [[c.removeprefix("'") for c in r] for r in rows[1:]] == [list(r) for r in body]
    assert rows[1][0] == '\'=HYPERLINK("http://x")'
    # Count line and disclaimer: text in the first column, the rest empty, at the end.
    assert rows[-2][0] == "fewer than 3 further participants" and set(rows[-2][1:]) == {""}
    assert rows[-1][0] == DEFAULT_DISCLAIMER
    assert receipt.rows == 6 and receipt.counted == 1
    assert NOTES_CANARY not in target.read_text("utf-8-sig")
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_audit_entry_has_the_files_hash_and_no_path(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    folder = tmp_path / "Amina-private-folder"
    folder.mkdir()
    target = folder / "venue.XLSX"
    receipt = exporting.write(session, exporting.preview(session, request("venue", "xlsx")), target)
    event = session.vault.audit.events(limit=1)[0]
    assert event.kind == "export.written"
    assert event.detail["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert event.detail["sha256"] == receipt.sha256
    assert event.detail["audience"] == "venue"
    assert event.detail["format"] == "xlsx"
    assert event.detail["scope"] == "all"
    assert event.detail["extension"] == ".xlsx"
    assert event.detail["rows"] == receipt.rows
    flat = repr(event.detail)
    assert "Amina" not in flat and "venue.XLSX" not in flat and "Alice" not in flat
    assert session.vault.audit.verify() is None


def test_xlsx_and_pdf_carry_no_author_and_embed_fonts(
    session: VaultSession, people: PeopleService, tmp_path: Path
) -> None:
    for name in ("محمد عبد الله", "အောင်ဆန်း", "Zoë Ñandú"):
        people.add(person(name, consent_coorganisers=True))
    xlsx = tmp_path / "l.xlsx"
    exporting.write(session, exporting.preview(session, request("coorganisers", "xlsx")), xlsx)
    book = load_workbook(xlsx)
    assert not book.properties.creator and not book.properties.lastModifiedBy
    pdf = tmp_path / "l.pdf"
    exporting.write(session, exporting.preview(session, request("coorganisers", "pdf")), pdf)
    reader = PdfReader(pdf)
    meta = reader.metadata or {}
    assert not meta.get("/Author") and not meta.get("/Creator")
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Zoë Ñandú" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()  # embedded
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Arabic" in f for f in fonts) and any("Myanmar" in f for f in fonts)


def test_filter_scope(session: VaultSession, population: list[Person]) -> None:
    shown = exporting.preview(
        session,
        request(
            "coorganisers",
            "csv",
            scope=ExportScope.filtered(PeopleQuery(groups=frozenset({StakeholderGroup.BUSINESS}))),
        ),
    )
    assert shown.summary.total == 2
    assert shown.columns[-1] == "email"
    assert "ceo@example.org" in {row[-1] for row in shown.rows}


# ---------------------------------------------------------------- refusals


def test_internal_only_as_bundle_and_bundle_only_internal() -> None:
    with pytest.raises(ExportRefused, match="encrypted bundle"):
        request("internal", "csv")
    for audience in ("public", "venue", "coorganisers"):
        with pytest.raises(ExportRefused, match="only for another coordinator"):
            request(audience, "bundle")


def test_k_cannot_be_lowered(session: VaultSession) -> None:
    with pytest.raises(InvalidInput):
        exporting.preview(session, request("public", "csv", k=2))


def test_attendance_record_needs_a_meeting() -> None:
    with pytest.raises(InvalidInput):
        request("venue", "csv", attendance_record_for_host=True)


def test_destination_in_a_folder_that_is_a_file(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    shown = exporting.preview(session, request("public", "csv"))
    before = len(session.vault.audit.events())
    with pytest.raises(ExportRefused) as caught:
        exporting.write(session, shown, blocker / "list.csv")
    assert "list.csv" in caught.value.message and "Nothing was changed" in caught.value.message
    # Recorded before the first byte, then the failure: never a "written" for no file.
    kinds = [e.kind for e in session.vault.audit.events(newest_first=False)][before:]
    assert kinds == ["export.started", "export.failed"]
    with pytest.raises(OutputRefused, match="is a folder"):
        exporting.write(session, shown, tmp_path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX, not root")
def test_read_only_folder_leaves_no_temp_file(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        shown = exporting.preview(session, request("venue", "pdf"))
        with pytest.raises(ExportRefused, match="Permission denied"):
            exporting.write(session, shown, folder / "list.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_refused_rename_leaves_no_temp_file(
    session: VaultSession,
    population: list[Person],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The read-only case where chmod cannot show it (tests run as root in CI containers)."""
    import errno

    folder = tmp_path / "out"
    folder.mkdir()
    shown = exporting.preview(session, request("venue", "pdf"))

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportRefused, match="Permission denied"):
        exporting.write(session, shown, folder / "list.pdf")
    assert list(folder.iterdir()) == []


def test_full_disk_leaves_no_partial_file(
    session: VaultSession,
    population: list[Person],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno

    shown = exporting.preview(session, request("venue", "csv"))
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    before = len(session.vault.audit.events())
    with pytest.raises(DiskFull):
        exporting.write(session, shown, tmp_path / "list.csv")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".bizhr", "list"))] == []
    kinds = [e.kind for e in session.vault.audit.events(newest_first=False)][before:]
    assert kinds == ["export.started", "export.failed"]


def test_bundle_passphrase_typed_must_be_strong(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    shown = exporting.preview(session, request("internal", "bundle"))
    with pytest.raises(WeakPassphrase):
        exporting.write(session, shown, tmp_path / "b.age", bundle_passphrase="password123")
    assert not (tmp_path / "b.age").exists()


def test_bundle_generates_a_passphrase_shown_once(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    shown = exporting.preview(session, request("internal", "bundle"))
    assert shown.summary.full == 7 and shown.result.requires_encryption
    receipt = exporting.write(session, shown, tmp_path / "b.age")
    assert receipt.passphrase is not None and len(receipt.passphrase.split("-")) >= 5
    assert receipt.passphrase not in repr(receipt)
    data = (tmp_path / "b.age").read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert NOTES_CANARY.encode() not in data
    event = session.vault.audit.events(limit=1)[0]
    assert event.detail["format"] == "bundle" and event.detail["rows"] == 7
    assert receipt.passphrase not in repr(event.detail)


# ---------------------------------------------------------------- meeting lists


@pytest.fixture
def deep_dive(session: VaultSession, population: list[Person]) -> str:
    meetings = MeetingService(session.vault.db, session.vault.audit)
    start = datetime.now(UTC) + timedelta(days=30)
    record = meetings.create(
        MeetingInput(
            title="Deep Dive: Sudan",
            kind="deep_dive",
            starts=start,
            ends=start + timedelta(hours=2),
            time_zone="Europe/Zurich",
            format="virtual",
            focus_countries=("SD",),
        )
    )
    invitations = InvitationService(session.vault.db, session.vault.audit)
    for member in population:
        invitations.invite(record.id, member.id)
    invitations.set_status(record.id, [p.id for p in population[:5]], InvitationStatus.ACCEPTED)
    invitations.set_status(record.id, [population[0].id], InvitationStatus.ATTENDED)
    return record.id


def test_meeting_lists_and_chatham_house(session: VaultSession, deep_dive: str) -> None:
    def total(which: MeetingList) -> int:
        shown = exporting.preview(
            session,
            request("coorganisers", "csv", scope=ExportScope.meeting(deep_dive, which)),
        )
        return shown.summary.total

    assert (
        total(MeetingList.INVITED),
        total(MeetingList.ACCEPTED),
        total(MeetingList.ATTENDED),
    ) == (7, 5, 1)
    venue = exporting.preview(
        session, request("venue", "csv", scope=ExportScope.meeting(deep_dive, "invited"))
    )
    # Under the Rule a venue list names nobody: counts by group only.
    assert venue.rows == [] and venue.count_lines
    assert venue.summary.named == 0
    assert venue.meeting_title == "Deep Dive: Sudan"
    record = exporting.preview(
        session,
        request(
            "venue",
            "csv",
            scope=ExportScope.meeting(deep_dive, "invited"),
            attendance_record_for_host=True,
        ),
    )
    assert record.summary.named == 2


def test_meeting_list_needs_sign_off_or_override(
    session: VaultSession, deep_dive: str, tmp_path: Path
) -> None:
    scope = ExportScope.meeting(deep_dive, "accepted")
    shown = exporting.preview(session, request("coorganisers", "csv", scope=scope))
    assert shown.safety_review_pending and shown.warnings
    with pytest.raises(SafetyReviewPending):
        exporting.write(session, shown, tmp_path / "list.csv")
    assert not (tmp_path / "list.csv").exists()

    reason = "Host needs the list tonight; defenders already counted only"
    overridden = exporting.preview(
        session, request("coorganisers", "csv", scope=scope, override_reason=reason)
    )
    receipt = exporting.write(session, overridden, tmp_path / "list.csv")
    assert receipt.clearance == "overridden"
    events = session.vault.audit.events(limit=3)
    assert [e.kind for e in events[:2]] == ["export.written", "export.started"]
    assert events[0].detail["clearance"] == "overridden"
    assert events[0].detail["meeting"] == deep_dive
    assert events[2].kind == "meeting.safety_override"
    assert reason not in repr([e.detail for e in events])  # the reason stays in the vault
    # A bundle is encrypted: it does not pass the plaintext gate.
    bundle = exporting.preview(session, request("internal", "bundle", scope=scope))
    assert exporting.write(session, bundle, tmp_path / "b.age").clearance is None


def test_the_preview_table_is_the_file_cell_for_cell(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    """What the coordinator previews is what the recipient reads, formula prefix included."""
    shown = exporting.preview(session, request("public", "csv"))
    target = tmp_path / "public.csv"
    exporting.write(session, shown, target)
    headers, body = shown.file_table()
    assert [tuple(r) for r in read_csv(target)] == [headers, *body]
    assert any(cell.startswith("'=HYPERLINK") for row in body for cell in row)


def test_pdf_and_xlsx_print_group_names_in_the_readers_words_and_csv_keeps_codes(
    session: VaultSession, people: PeopleService, tmp_path: Path
) -> None:
    people.add(
        person(
            "Zoë Ñandú",
            consent_coorganisers=True,
            stakeholder_group=StakeholderGroup.CIVIL_SOCIETY,
        )
    )
    shown = exporting.preview(session, request("coorganisers", "pdf"))
    code = shown.rows[0][shown.columns.index("stakeholder_group")]
    assert code == "civil_society", "the preview holds the code; the file says it in words"
    words = exporting.ListWords(
        headings={"full_name": "Nom", "stakeholder_group": "Groupe de parties prenantes"},
        groups={code: "Groupe traduit"},
        title="Liste pour les co-organisateurs",
    )
    pdf = tmp_path / "l.pdf"
    exporting.write(session, shown, pdf, words=words)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Groupe traduit" in text and "Groupe de parties" in text  # the heading may wrap
    assert code not in text and "Liste pour les co-organisateurs" in text
    # English words by default (the CLI): the group's label, never its code.
    english = tmp_path / "en.pdf"
    exporting.write(session, shown, english)
    text = "".join(page.extract_text() for page in PdfReader(english).pages)
    assert StakeholderGroup(code).label in text and code not in text
    xlsx = tmp_path / "l.xlsx"
    exporting.write(
        session, exporting.preview(session, request("coorganisers", "xlsx")), xlsx, words=words
    )
    sheet = load_workbook(xlsx).active
    assert sheet is not None
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "Groupe traduit" in cells and code not in cells
    csv_file = tmp_path / "l.csv"
    exporting.write(
        session, exporting.preview(session, request("coorganisers", "csv")), csv_file, words=words
    )
    assert code in csv_file.read_text("utf-8-sig"), "a CSV keeps the interchange codes"


def test_an_xlsx_preview_shows_formula_like_cells_as_the_file_does_without_a_quote(
    session: VaultSession, population: list[Person], tmp_path: Path
) -> None:
    """An XLSX holds every cell as text: the formula-like one is written as it is, with the
    quote-prefix style, and the preview shows it the same way (no ' that the file lacks)."""
    shown = exporting.preview(session, request("public", "xlsx"))
    target = tmp_path / "public.xlsx"
    exporting.write(session, shown, target)
    _headers, body = shown.file_table()
    previewed = next(cell for row in body for cell in row if "HYPERLINK" in cell)
    assert previewed == '=HYPERLINK("http://x")'
    sheet = load_workbook(target).worksheets[0]
    written = next(c for row in sheet.iter_rows() for c in row if "HYPERLINK" in str(c.value))
    assert written.value == previewed
    assert written.data_type == "s" and written.quotePrefix is True


def test_a_pdf_preview_names_the_characters_no_font_can_draw(
    session: VaultSession, people: PeopleService, tmp_path: Path
) -> None:
    people.add(person("Zoë \ue000 Ñandú", consent_coorganisers=True))
    for fmt in ("csv", "xlsx"):
        shown = exporting.preview(session, request("coorganisers", fmt))
        assert shown.missing_characters == () and not shown.warnings, fmt
    shown = exporting.preview(session, request("coorganisers", "pdf"))
    assert shown.missing_characters == ("\ue000",)
    assert any("U+E000" in warning and "?" in warning for warning in shown.warnings)
    exporting.write(session, shown, tmp_path / "list.pdf")  # a warning, not a refusal
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "list.pdf").pages)
    assert "Zoë ? Ñandú" in text


def test_the_renewal_period_is_a_vault_setting_and_the_preview_says_whom_renewal_would_name(
    session: VaultSession, people: PeopleService
) -> None:
    """Consent from three years ago names nobody under the default 24 months; the preview
    lists who renewing it would name (not someone whose risk keeps them out anyway). With the
    period set to 60 months the same consent names her, and the People filter agrees."""
    three_years_ago = date.today() - timedelta(days=3 * 365)
    old = people.add(person("Olga Older", consent_public=True, consent_date=three_years_ago))
    undated = people.add(person("Una Undated", consent_public=True, consent_date=None))
    risky = people.add(
        person(
            "Rita Risky",
            consent_public=True,
            consent_date=three_years_ago,
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.HIGH,
            pseudonym="Typed-Rita",
        )
    )
    people.add(person("Nina Now", consent_public=True))
    shown = exporting.preview(session, request("public", "csv"))
    outcome = {d.person_id: d.outcome for d in shown.decisions}
    assert outcome[old.id] is not Outcome.NAMED and outcome[undated.id] is not Outcome.NAMED
    assert set(shown.renewal_would_name) == {old.id, undated.id}
    assert shown.renewal_names() == ["Olga Older", "Una Undated"]
    assert risky.id not in shown.renewal_would_name
    due = set(people.ids(PeopleQuery(consent_due=True)))
    assert {old.id, undated.id, risky.id} <= due

    session.settings.update({CONSENT_RENEWAL: 60})
    shown = exporting.preview(session, request("public", "csv"))
    outcome = {d.person_id: d.outcome for d in shown.decisions}
    assert outcome[old.id] is Outcome.NAMED
    assert shown.renewal_would_name == (undated.id,)
    due = set(people.ids(PeopleQuery(consent_due=True)))
    assert old.id not in due and undated.id in due
    with pytest.raises(InvalidInput):
        session.settings.update({CONSENT_RENEWAL: 2})
