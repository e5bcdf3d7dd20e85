"""The export wizard through its real pages, on a real vault: a withheld defender in the
preview, the file on disk equal to the preview, the audit entry, nothing written on cancel."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Audience, Person, RiskLevel, StakeholderGroup
from bizhr_desktop.core.policy import Outcome
from bizhr_desktop.services import importing, vaults
from bizhr_desktop.services.exporting import ExportFormat, MeetingList
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingInput, MeetingService
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.vaults import KdfParams, VaultSession
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.export.page import ExportPage
from bizhr_desktop.ui.export.wizard import ExportWizard
from bizhr_desktop.ui.export.words import default_file_name

GOOD = Path(__file__).resolve().parents[1] / "data" / "people_good.csv"
DEFENDER_NAME = "Layla Withheld-Defender"
DEFENDER_ORG = "Hidden Lawyers Collective"


@pytest.fixture
def session(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Iterator[VaultSession]:
    created = vaults.create(vault_path, passphrase, kdf=fast_kdf)
    session = VaultSession(created.vault)
    fill(session)
    yield session
    session.lock()


def fill(session: VaultSession) -> None:
    db, audit = session.vault.db, session.vault.audit
    table = importing.read_file(GOOD)
    mapping = importing.suggest_mapping(db, importing.ImportKind.PEOPLE, list(table.headers))
    plan = importing.plan_import(db, importing.ImportKind.PEOPLE, table, mapping)
    importing.run_import(db, audit, plan)


@pytest.fixture
def defender(session: VaultSession) -> Person:
    """A defender at critical risk who consented to nothing."""
    people = PeopleService(session.vault.db, session.vault.audit)
    return people.add(
        Person(
            id=str(uuid.uuid4()),
            full_name=DEFENDER_NAME,
            stakeholder_group=StakeholderGroup.HRD,
            risk_level=RiskLevel.CRITICAL,
            organisation=DEFENDER_ORG,
            role="Lawyer",
            country="SD",
        )
    )


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def wizard(
    qtbot: QtBot,
    configured_app: QApplication,
    session: VaultSession,
    secret_clipboard: SecretClipboard,
) -> Iterator[ExportWizard]:
    widget = ExportWizard(session, secret_clipboard)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.wait()


def next_button(wizard: QWizard) -> object:
    return wizard.button(QWizard.WizardButton.NextButton)


def wait_for_preview(qtbot: QtBot, wizard: ExportWizard) -> None:
    qtbot.waitUntil(
        lambda: wizard.preview is not None or bool(wizard.preview_page.error.text()),
        timeout=10_000,
    )
    assert wizard.preview is not None, wizard.preview_page.error.text()


def go_to_preview(
    qtbot: QtBot, wizard: ExportWizard, audience: Audience, fmt: ExportFormat | None = None
) -> None:
    assert wizard.currentId() == ExportWizard.SCOPE
    wizard.next()
    assert wizard.currentId() == ExportWizard.AUDIENCE
    assert not wizard.audience_page.isComplete(), "an audience is always chosen, never assumed"
    assert wizard.audience_page.why_label.text() == "Choose who the list is for to go on."
    wizard.audience_page.radios[audience].click()
    assert not wizard.audience_page.why_label.isVisibleTo(wizard.audience_page)
    wizard.next()
    assert wizard.currentId() == ExportWizard.FORMAT
    if fmt is not None:
        wizard.format_page.radios[fmt].click()
    wizard.next()
    assert wizard.currentId() == ExportWizard.PREVIEW
    wait_for_preview(qtbot, wizard)


def table_text(wizard: ExportWizard) -> str:
    model = wizard.preview_page.model
    return "\n".join(
        " | ".join(model.shown_text(r, c) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    )


def displayed_rows(wizard: ExportWizard) -> list[tuple[str, ...]]:
    model = wizard.preview_page.model
    return [
        tuple(model.shown_text(r, c) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def export_entries(session: VaultSession) -> list[dict[str, object]]:
    return [e.detail for e in session.vault.audit.events() if e.kind == "export.written"]


def test_venue_list_withholds_the_defender_and_the_file_is_the_preview(
    qtbot: QtBot,
    wizard: ExportWizard,
    session: VaultSession,
    defender: Person,
    out_dir: Path,
) -> None:
    # Keyboard: Enter moves on from the first page.
    QTest.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == ExportWizard.AUDIENCE
    wizard.back()
    go_to_preview(qtbot, wizard, Audience.VENUE, ExportFormat.CSV)
    preview = wizard.preview
    assert preview is not None

    # The defender is never named: only pseudonymised or counted, and why is said.
    decision = next(d for d in preview.decisions if d.person_id == defender.id)
    assert decision.outcome in (Outcome.PSEUDONYMISED, Outcome.COUNTED)
    shown = table_text(wizard)
    assert DEFENDER_NAME not in shown
    assert DEFENDER_ORG not in shown
    summary = wizard.preview_page.summary.text()
    assert f"{preview.summary.named} named" in summary
    assert f"{preview.summary.counted} counted only" in summary
    assert "Critical risk, above this audience's limit (medium)" in summary
    assert "no consent to be named to co-organisers or a venue" in summary
    # The policy's exact words stay reachable.
    assert "risk critical, ceiling medium" in wizard.preview_page.summary.reasons.toolTip()
    # The model shows exactly the file's table.
    headers, body = preview.table()
    model = wizard.preview_page.model
    assert model.columns == headers
    assert model.rowCount() == len(body)
    assert list(out_dir.iterdir()) == [], "nothing is written before the confirmation"
    assert export_entries(session) == []

    wizard.next()
    assert wizard.currentId() == ExportWizard.DESTINATION
    default = wizard.destination_page.path()
    assert default.name == default_file_name(Audience.VENUE, ExportFormat.CSV)
    assert default.name == f"venue-list-{date.today().isoformat()}.csv"
    target = out_dir / default.name
    wizard.destination_page.path_edit.setText(str(target))
    assert wizard.destination_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ExportWizard.RECEIPT, timeout=10_000)
    receipt = wizard.receipt
    assert receipt is not None
    assert receipt.path == target
    assert receipt.sha256.startswith(wizard.receipt_page.hash_label.text().rstrip("…"))

    # The file holds exactly the preview, row for row.
    with target.open(encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    assert tuple(written[0]) == headers
    assert [tuple(row) for row in written[1:]] == body
    assert [tuple(row) for row in written[1:]] == displayed_rows(wizard)
    assert DEFENDER_NAME not in target.read_text(encoding="utf-8-sig")

    entries = export_entries(session)
    assert len(entries) == 1
    assert entries[0]["audience"] == "venue"
    assert entries[0]["sha256"] == receipt.sha256
    assert entries[0]["rows"] == len(preview.rows)

    # The Export page lists it, without a name or path.
    page = ExportPage(wizard.clipboard)
    qtbot.addWidget(page)
    page.set_session(session)
    assert page.recent_table.rowCount() == 1
    row = [page.recent_table.item(0, c).text() for c in range(4)]
    assert row[1] == "Venue"
    assert row[3] == "CSV"
    assert row[2].startswith(str(len(preview.rows)))
    assert not any(DEFENDER_NAME in cell or str(out_dir) in cell for cell in row)
    page.set_session(None)
    assert page.recent_table.rowCount() == 0


def test_cancelling_at_the_preview_writes_nothing(
    qtbot: QtBot, wizard: ExportWizard, session: VaultSession, defender: Person, out_dir: Path
) -> None:
    go_to_preview(qtbot, wizard, Audience.PUBLIC)
    assert wizard.preview is not None
    # The public list carries the standard line.
    assert "does not imply endorsement" in table_text(wizard)
    QTest.keyClick(wizard, Qt.Key.Key_Escape)  # Esc = Cancel
    assert not wizard.isVisible()
    assert wizard.preview is None
    assert wizard.preview_page.model.rowCount() == 0
    assert list(out_dir.iterdir()) == []
    assert export_entries(session) == []


def test_k_can_only_be_raised_and_internal_lists_are_only_bundles(
    qtbot: QtBot, wizard: ExportWizard
) -> None:
    wizard.next()
    page = wizard.audience_page
    page.radios[Audience.VENUE].click()
    assert page.k_spin.minimum() == 3
    page.k_spin.setValue(1)
    assert page.k_spin.value() == 3
    page.radios[Audience.INTERNAL].click()
    wizard.next()
    formats = wizard.format_page.radios
    assert formats[ExportFormat.BUNDLE].isChecked()
    assert not formats[ExportFormat.CSV].isEnabled()
    assert not formats[ExportFormat.PDF].isEnabled()
    wizard.back()
    page.radios[Audience.COORGANISERS].click()
    wizard.next()
    assert not formats[ExportFormat.BUNDLE].isEnabled()
    assert not formats[ExportFormat.BUNDLE].isChecked()
    assert wizard.format_page.selected() is ExportFormat.CSV


def test_a_chatham_house_meeting_list_counts_only_and_an_override_reason_is_required(
    qtbot: QtBot,
    configured_app: QApplication,
    session: VaultSession,
    secret_clipboard: SecretClipboard,
    defender: Person,
    out_dir: Path,
) -> None:
    db, audit = session.vault.db, session.vault.audit
    meeting = MeetingService(db, audit).create(
        MeetingInput(
            title="Deep Dive: Sudan",
            kind="deep_dive",
            starts=datetime(2026, 11, 25, 9, 0),
            ends=datetime(2026, 11, 25, 12, 0),
            time_zone="Europe/Zurich",
            format="in_person",
        )
    )
    InvitationService(db, audit).invite_all_active(meeting.id)
    wizard = ExportWizard(session, secret_clipboard)
    qtbot.addWidget(wizard)
    wizard.show()
    scope = wizard.scope_page
    scope.select_meeting(meeting.id, MeetingList.INVITED)
    assert scope.attendance_box.isEnabled()
    assert "Chatham House Rule" in scope.chatham_label.text()
    assert "person" in scope.count_label.text() or "people" in scope.count_label.text()
    go_to_preview(qtbot, wizard, Audience.VENUE, ExportFormat.PDF)
    preview = wizard.preview
    assert preview is not None
    assert preview.rows == [], "under the Rule a venue list names nobody"
    assert preview.safety_review_pending
    page = wizard.preview_page
    assert page.override_edit.isVisible()
    assert not page.isComplete()
    assert not next_button(wizard).isEnabled()  # type: ignore[attr-defined]
    # Next is grey, and the page says why beside the buttons.
    assert page.why_label.isVisible()
    assert "safety review is not signed off" in page.why_label.text()
    page.override_edit.setPlainText("The venue needs the head count for catering today.")
    assert page.isComplete()
    assert not page.why_label.isVisible()
    wizard.next()
    target = out_dir / "list.pdf"
    wizard.destination_page.path_edit.setText(str(target))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ExportWizard.RECEIPT, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")
    entry = export_entries(session)[-1]
    assert entry["clearance"] == "overridden"
    assert entry["scope"] == "meeting"
    wizard.close()
    wizard.wait()


def test_locking_closes_the_wizard_and_drops_the_preview(
    qtbot: QtBot,
    configured_app: QApplication,
    session: VaultSession,
    secret_clipboard: SecretClipboard,
) -> None:
    page = ExportPage(secret_clipboard)
    qtbot.addWidget(page)
    page.set_session(session)
    wizard = page.open_export_wizard()
    assert wizard is not None
    go_to_preview(qtbot, wizard, Audience.COORGANISERS)
    assert wizard.preview_page.model.rowCount() > 0
    page.set_session(None)
    assert page.wizard is None
    assert not wizard.isVisible()
    assert wizard.preview is None
    assert wizard.preview_page.model.rowCount() == 0
    assert not page.export_button.isEnabled()


def test_csv_preview_cells_match_the_file_bytes_for_formula_like_values(
    qtbot: QtBot, wizard: ExportWizard, session: VaultSession, out_dir: Path
) -> None:
    """A cell that looks like a formula is written as text ('=...); the preview shows it so."""
    people = PeopleService(session.vault.db, session.vault.audit)
    people.add(
        Person(
            id=str(uuid.uuid4()),
            full_name="=Formula Person",
            stakeholder_group=StakeholderGroup.BUSINESS,
            risk_level=RiskLevel.LOW,
            organisation="Formula Ltd",
            consent_coorganisers=True,
            consent_public=True,
            consent_network=True,
            consent_date=date.today(),
            consent_method="signed form",
        )
    )
    go_to_preview(qtbot, wizard, Audience.COORGANISERS, ExportFormat.CSV)
    shown = displayed_rows(wizard)
    assert any(row[0] == "'=Formula Person" for row in shown)
    wizard.next()
    target = out_dir / "c.csv"
    wizard.destination_page.path_edit.setText(str(target))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ExportWizard.RECEIPT, timeout=10_000)
    text = target.read_text(encoding="utf-8-sig")
    rows = [tuple(row) for row in csv.reader(io.StringIO(text))]
    assert rows[1:] == shown


def test_a_pdf_preview_says_which_characters_will_print_as_a_question_mark(
    qtbot: QtBot, wizard: ExportWizard, session: VaultSession
) -> None:
    people = PeopleService(session.vault.db, session.vault.audit)
    people.add(
        Person(
            id=str(uuid.uuid4()),
            full_name="Zoë \ue000 Ñandú",
            stakeholder_group=StakeholderGroup.BUSINESS,
            risk_level=RiskLevel.LOW,
            consent_coorganisers=True,
            consent_date=date.today(),
            consent_method="signed form",
        )
    )
    go_to_preview(qtbot, wizard, Audience.COORGANISERS, ExportFormat.PDF)
    shown = wizard.preview_page.warnings.text()
    assert "U+E000" in shown and "will print them as ?" in shown
    assert "character(s) cannot be drawn" not in shown, "said once, in the window's words"
    assert wizard.preview_page.isComplete(), "a warning, not a refusal"


def test_the_preview_says_whom_renewing_consent_would_name(
    qtbot: QtBot, wizard: ExportWizard, session: VaultSession
) -> None:
    people = PeopleService(session.vault.db, session.vault.audit)
    for name, given in (("Olga Older", date.today() - timedelta(days=1000)), ("Nina Now", None)):
        people.add(
            Person(
                id=str(uuid.uuid4()),
                full_name=name,
                stakeholder_group=StakeholderGroup.BUSINESS,
                risk_level=RiskLevel.LOW,
                consent_coorganisers=True,
                consent_date=given or date.today(),
                consent_method="signed form",
            )
        )
    go_to_preview(qtbot, wizard, Audience.COORGANISERS, ExportFormat.CSV)
    line = wizard.preview_page.renewal.text()
    count = len(wizard.preview.renewal_would_name)  # type: ignore[union-attr]
    assert f"Renewing consent would name {count} people in this list" in line
    assert "Olga Older" in line or "Olga Older" in wizard.preview_page.renewal.toolTip()
    assert "Nina Now" not in wizard.preview_page.renewal.toolTip()


def test_an_existing_file_is_replaced_only_when_the_person_says_so_and_never_the_vault(
    qtbot: QtBot,
    wizard: ExportWizard,
    session: VaultSession,
    defender: Person,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    go_to_preview(qtbot, wizard, Audience.VENUE, ExportFormat.CSV)
    wizard.next()
    assert wizard.currentId() == ExportWizard.DESTINATION
    existing = out_dir / "report.csv"
    existing.write_text("someone's report\n")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard.destination_page.path_edit.setText(str(existing))
    wizard.next()  # "No": nothing is written, the wizard stays where it is
    assert asked == ["report.csv already exists. Replace it?"]
    assert wizard.currentId() == ExportWizard.DESTINATION
    assert existing.read_text() == "someone's report\n"
    assert export_entries(session) == []

    # The vault's key file is refused by the service, whatever the person answers.
    key_file = session.path.with_name(session.path.name + ".key")
    key_bytes = key_file.read_bytes()
    answers[:] = [QMessageBox.StandardButton.Yes]
    wizard.destination_page.path_edit.setText(str(key_file))
    wizard.next()
    qtbot.waitUntil(lambda: "file of a vault" in wizard.write_page.error.text(), timeout=10_000)
    assert key_file.read_bytes() == key_bytes
    assert export_entries(session) == []

    # "Yes" on an ordinary file replaces it with the list.
    wizard.back()
    answers[:] = [QMessageBox.StandardButton.Yes]
    wizard.destination_page.path_edit.setText(str(existing))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ExportWizard.RECEIPT, timeout=10_000)
    assert DEFENDER_NAME not in existing.read_text(encoding="utf-8-sig")
    assert existing.read_text(encoding="utf-8-sig") != "someone's report\n"


def _labels_of(wizard: ExportWizard) -> set[str]:
    assert wizard.preview is not None
    column = wizard.preview.columns.index("pseudonym")
    return {row[column] for row in wizard.preview.rows if row[column]}


def test_a_series_name_gives_the_same_labels_and_none_gives_fresh_ones(
    qtbot: QtBot,
    configured_app: QApplication,
    session: VaultSession,
    secret_clipboard: SecretClipboard,
) -> None:
    people = PeopleService(session.vault.db, session.vault.audit)
    for index in range(3):
        people.add(
            Person(
                id=str(uuid.uuid4()),
                full_name=f"Defender Series{index}",
                stakeholder_group=StakeholderGroup.HRD,
                risk_level=RiskLevel.HIGH,
                country="KE",
            )
        )
    seen = []
    for series in ("Co-host X", "Co-host X", ""):
        wizard = ExportWizard(session, secret_clipboard)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        wizard.audience_page.radios[Audience.VENUE].click()
        wizard.next()
        assert wizard.format_page.series_edit.isVisible()
        wizard.format_page.series_edit.setText(series)
        wizard.next()
        wait_for_preview(qtbot, wizard)
        seen.append(_labels_of(wizard))
        note = wizard.preview_page.summary.labels_note.text()
        assert ("Co-host X" in note) == bool(series)
        wizard.wait()
        wizard.close()
    assert len(seen[0]) >= 3 and seen[0] == seen[1]
    assert not seen[2] & seen[0]
