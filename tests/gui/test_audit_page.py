"""The audit page: events newest first in local time, chain verification, cleared on lock."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import MeetingFormat, MeetingKind
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.audit.page import AuditPage, AuditTableModel
from bizhr_desktop.ui.common.labels import local_time_text
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.vault.audit import AuditEvent
from tests.conftest import PASSPHRASE
from tests.gui.journeys import LEFT, create_vault, current_unlock_dialog, submit_passphrase
from tests.gui.test_meetings_data import add_sudanese_defender, meeting


def audit_page(controller: AppController) -> AuditPage:
    pages = [p for p in controller.window.pages if isinstance(p, AuditPage)]
    assert len(pages) == 1
    return pages[0]


def test_the_model_passes_qtmodeltester(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    model = AuditTableModel()
    model.set_events(
        [
            AuditEvent(1, "2025-01-02T03:04:05.000000Z", "vault.created", {"method": "passphrase"}),
            AuditEvent(2, "2025-01-02T03:05:05.000000Z", "unlock.failed", {"count": 2}),
            AuditEvent(3, "2025-01-02T03:06:05.000000Z", "import.committed", {"rows": 40}),
            AuditEvent(4, "not a time", "settings.changed", {"keys": ["ui.a", "ui.b"]}),
            AuditEvent(5, "not a time", "settings.changed", {"keys": ["ui.autolock_minutes"]}),
        ]
    )
    qtmodeltester.check(model)
    assert [model.event_at(row).seq for row in range(5)] == [5, 4, 3, 2, 1], "newest first"
    assert model.index(0, AuditTableModel.DETAILS).data() == "Lock after this long without use"
    model.set_events([model.event_at(row) for row in range(1, 5)])
    assert model.index(3, AuditTableModel.EVENT).data() == "Vault created"
    assert model.index(2, AuditTableModel.EVENT).data() == "Failed unlock attempts"
    assert model.index(2, AuditTableModel.DETAILS).data() == "count: 2"
    assert model.index(1, AuditTableModel.EVENT).data() == "Import: committed"
    assert model.index(0, AuditTableModel.DETAILS).data() == "ui.a, ui.b"
    assert model.index(0, AuditTableModel.TIME).data() == "\u2066not a time\u2069"
    model.clear()
    qtmodeltester.check(model)


def test_times_are_shown_in_the_local_zone(monkeypatch: object) -> None:
    at = "2025-06-01T12:00:00.000000Z"
    expected = datetime(2025, 6, 1, 12, tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert local_time_text(at) == expected


def test_the_page_lists_events_verifies_and_clears_on_lock(
    qtbot: QtBot, controller: AppController, qtmodeltester: ModelTester
) -> None:
    create_vault(qtbot, controller, PASSPHRASE)
    controller.lock()
    dialog = current_unlock_dialog(controller)
    submit_passphrase(qtbot, dialog, "a wrong passphrase for the log")
    submit_passphrase(qtbot, dialog, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.session is not None)
    page = audit_page(controller)
    controller.window.show_page(controller.window.pages.index(page))
    model = page.model
    qtmodeltester.check(model)
    kinds = [model.event_at(row).kind for row in range(model.rowCount())]
    assert kinds == ["unlock.ok", "unlock.failed", "vault.created"]
    assert page.result_text == ""

    qtbot.mouseClick(page.verify_button, LEFT)
    assert page.result_text.startswith("Intact")

    session = controller.session
    assert session is not None
    # Someone with the key edits an entry behind BizHR's back.
    session.vault.db.execute(
        "UPDATE audit_event SET detail = ? WHERE seq = 2", (json.dumps({"count": 0}),)
    )
    qtbot.mouseClick(page.verify_button, LEFT)
    assert page.result_text.startswith("Broken at entry 2")
    selected = page.table.selectionModel().selectedRows()
    assert [model.event_at(page.proxy.mapToSource(i).row()).seq for i in selected] == [2]

    controller.lock()
    assert model.rowCount() == 0, "nothing of the vault stays in the model"
    assert page.result_text == ""
    assert not page.verify_button.isEnabled()


def test_details_name_records_and_the_log_can_be_filtered(
    qtbot: QtBot, session: VaultSession, configured_app: QApplication
) -> None:
    """Meeting titles and people's on-screen names instead of ids (a defender's pseudonym,
    never her name); a kind filter and a search; the check's result under its button."""
    defender = add_sudanese_defender(session)
    record = session.meetings.create(
        meeting("Deep Dive: Sudan", MeetingKind.DEEP_DIVE, datetime(2026, 11, 25, 9),
                datetime(2026, 11, 25, 12), "Europe/Zurich", MeetingFormat.VIRTUAL)
    )  # fmt: skip
    session.invitations.invite(record.id, defender.id)
    session.invitations.check_in(record.id, defender.id)
    page = AuditPage()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.set_session(session)
    page.show()
    qtbot.waitExposed(page)
    details = [
        page.proxy.index(row, AuditTableModel.DETAILS).data()
        for row in range(page.proxy.rowCount())
    ]
    text = "\n".join(details)
    assert "Deep Dive: Sudan" in text and record.id not in text
    assert "Hawa Example Adam" not in text, "a defender is named by her pseudonym only"
    # Only one kind of event.
    kinds = [page.kind_filter.itemData(i) for i in range(page.kind_filter.count())]
    assert kinds[0] == "" and "meeting.created" in kinds
    page.kind_filter.setCurrentIndex(kinds.index("meeting.created"))
    shown = {page.proxy.index(r, AuditTableModel.EVENT).data(Qt.ItemDataRole.ToolTipRole)
             for r in range(page.proxy.rowCount())}  # fmt: skip
    assert shown == {"meeting.created"}
    page.kind_filter.setCurrentIndex(0)
    page.search_edit.setText("deep dive: SUDAN")
    assert 0 < page.proxy.rowCount() < page.model.rowCount()
    page.search_edit.clear()
    # The buttons keep their size; the result shows under them, in full.
    qtbot.mouseClick(page.verify_button, LEFT)
    assert page.result_label.isVisible() and page.result_text.startswith("Intact")
    assert page.verify_button.width() < page.width() / 4
    assert page.result_label.geometry().top() >= page.verify_button.geometry().bottom()


def test_a_checked_safety_flag_reads_in_words_and_keeps_its_reason_out(
    qtbot: QtBot, session: VaultSession, configured_app: QApplication
) -> None:
    defender = add_sudanese_defender(session)
    record = session.meetings.create(
        meeting("Deep Dive: Sudan", MeetingKind.DEEP_DIVE, datetime(2026, 11, 25, 9),
                datetime(2026, 11, 25, 12), "Europe/Zurich", MeetingFormat.VIRTUAL,
                focus_countries=("SD",))
    )  # fmt: skip
    session.invitations.invite(record.id, defender.id)
    (flag,) = session.safety.safety_review(record.id).unchecked_critical
    session.safety.check_flag(record.id, flag.key, "Canary-reason-8812 on Signal")
    page = AuditPage()
    qtbot.addWidget(page)
    page.set_session(session)
    (event,) = [e for e in session.vault.audit.events() if e.kind == "meeting.flag_checked"]
    assert page.model.phrase(event.kind) == "Safety flag checked"
    assert page.model.details_text(event) == (
        "flag: At-risk invitees from a focus country; meeting: Deep Dive: Sudan; severity: Critical"
    )
    assert "Canary" not in json.dumps(event.detail) and defender.id not in json.dumps(event.detail)


def test_every_event_of_a_demo_vault_reads_in_words(
    qtbot: QtBot, session: VaultSession, configured_app: QApplication
) -> None:
    """A demo vault writes most kinds of events: each has a phrase (none falls back to its
    code), replies, statuses and roles read as the window says them, invitations say who was
    invited, and a follow-up is named by its text, not its id."""
    from bizhr_desktop.services import demo

    demo.populate(session, 120, 12, 6, seed=2)
    page = AuditPage()
    qtbot.addWidget(page)
    page.set_session(session)
    model = page.model
    events = session.vault.audit.events()
    for event in events:
        fallback = event.kind.replace("_", " ").replace(".", ": ", 1).capitalize()
        assert model.phrase(event.kind) != fallback, event.kind
    texts = {event.kind: [] for event in events}  # type: dict[str, list[str]]
    for event in events:
        texts[event.kind].append(model.details_text(event))
    replies = "\n".join(texts["meeting.rsvp"])
    assert "status: Accepted" in replies and "status: accepted" not in replies
    assert "no_show" not in replies
    assert any("who: everyone active" in t for t in texts["meeting.invited"])
    assert "status: Held" in "\n".join(texts["meeting.status"])
    assert "role: Speaker" in "\n".join(texts["meeting.role"])
    created = [e for e in events if e.kind == "followup.created"]
    assert created
    followup_id = str(created[0].detail["followup"])
    shown = model.details_text(created[0])
    assert followup_id not in shown
    assert session.followups.get(followup_id).followup.text[:20] in shown
