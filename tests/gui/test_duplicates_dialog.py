"""Find duplicates → merge, through the real People page and dialog on a real vault: pairs and
their reason, the preview (kept record, swap, differences, counts), the confirmation, the
merge in one go, and values of people at risk hidden until revealed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.errors import RecordNotFound
from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services.people import PeopleQuery, PeopleService
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import MASK
from bizhr_desktop.ui.people.duplicates_dialog import DuplicatesDialog
from bizhr_desktop.ui.people.page import PeoplePage

REVEAL_MS = 400
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def people(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    threads = QThreadPool()
    yield threads
    threads.waitForDone()


def add(service: PeopleService, name: str, **values: object) -> Person:
    group = values.pop("group", StakeholderGroup.CIVIL_SOCIETY)
    risk = values.pop("risk", RiskLevel.LOW)
    return service.add(
        Person(
            id=new_id(),
            full_name=name,
            stakeholder_group=group,  # type: ignore[arg-type]
            risk_level=risk,  # type: ignore[arg-type]
            **values,  # type: ignore[arg-type]
        )
    )


def invite(session: VaultSession, person: Person, status: str = "invited") -> int:
    """A meeting of its own with this person invited (raw SQL: the meetings UI is elsewhere)."""
    db = session.vault.db
    db.execute(
        "INSERT INTO meeting (id, title, kind, starts_at, ends_at, time_zone, format, "
        "created_at, updated_at) VALUES (?, 'Deep dive', 'deep_dive', '2099-01-01T09:00:00Z', "
        "'2099-01-01T11:00:00Z', 'UTC', 'virtual', 'x', 'x')",
        (new_id(),),
    )
    meeting = int(db.scalar("SELECT max(pk) FROM meeting"))
    db.execute(
        "INSERT INTO invitation (meeting_pk, person_pk, status, updated_at) "
        "VALUES (?, (SELECT pk FROM person WHERE id = ?), ?, 'x')",
        (meeting, person.id, status),
    )
    return meeting


def invitations_of(session: VaultSession, person: Person) -> int:
    return int(
        session.vault.db.scalar(
            "SELECT count(*) FROM invitation WHERE person_pk = "
            "(SELECT pk FROM person WHERE id = ?)",
            (person.id,),
        )
    )


@pytest.fixture
def page(
    qtbot: QtBot, configured_app: QApplication, session: VaultSession, pool: QThreadPool
) -> Iterator[PeoplePage]:
    widget = PeoplePage(reveal_ms=REVEAL_MS, pool=pool)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_session(None)


def open_dialog(qtbot: QtBot, page: PeoplePage) -> DuplicatesDialog:
    page.duplicates_button.click()
    dialog = page._duplicates_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_loading)
    return dialog


def cell(dialog: DuplicatesDialog, row: int, column: int) -> str:
    item = dialog.pairs_table.item(row, column)
    assert item is not None
    return item.text()


def differences(dialog: DuplicatesDialog) -> dict[str, tuple[str, str, str]]:
    table = dialog.differences_table
    found: dict[str, tuple[str, str, str]] = {}
    for row in range(table.rowCount()):
        texts = [table.item(row, column).text() for column in range(4)]  # type: ignore[union-attr]
        field = table.item(row, 0).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
        found[field] = (texts[1], texts[2], texts[3])
    return found


def test_same_email_pair_previews_and_merges_with_both_invitations(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, session: VaultSession
) -> None:
    older = add(people, "Grace Otieno", email="grace@example.org", organisation="Nairobi Trust")
    newer = add(
        people,
        "G. Otieno",
        email="GRACE@example.org",
        phone="+254712345678",
        tags=("kenya",),
    )
    add(people, "Someone Else", email="else@example.org")
    invite(session, older)
    invite(session, newer, status="accepted")
    page.apply_query()
    assert page.model.total == 3

    dialog = open_dialog(qtbot, page)
    assert dialog.pairs_table.rowCount() == 1
    assert cell(dialog, 0, DuplicatesDialog.REASON) == "same email"
    assert "Grace Otieno" in cell(dialog, 0, DuplicatesDialog.PERSON_A)
    assert "Civil society" in cell(dialog, 0, DuplicatesDialog.PERSON_A)
    assert "Nairobi Trust" in cell(dialog, 0, DuplicatesDialog.PERSON_A)
    assert "G. Otieno" in cell(dialog, 0, DuplicatesDialog.PERSON_B)
    assert not dialog.preview_body.isVisible()

    dialog.select_pair(0)
    assert dialog.preview_body.isVisible()
    assert dialog.keep_name.text() == "Grace Otieno"
    assert dialog.drop_name.text() == "G. Otieno"
    assert not dialog.reveal_bar.isVisible()  # nobody at risk here
    diffs = differences(dialog)
    assert diffs["full_name"] == ("Grace Otieno", "G. Otieno", "Grace Otieno")
    assert diffs["phone"][2] == "+254712345678"  # a value only the other had is kept
    summary = dialog.summary_label.text()
    assert "1 invitation moved" in summary
    assert "0 combined" in summary
    assert "0 contact-log entries moved" in summary
    assert "1 tag added" in summary

    dialog.swap_button.click()
    assert dialog.keep_name.text() == "G. Otieno"
    assert differences(dialog)["full_name"][2] == "G. Otieno"
    dialog.swap_button.click()
    assert dialog.keep_name.text() == "Grace Otieno"

    # Cancel first: nothing happens.
    dialog.merge_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert "“G. Otieno” into “Grace Otieno”" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirm_box is None)
    assert people.count(PeopleQuery()) == 3

    dialog.merge_button.click()
    box = dialog.confirm_box
    assert box is not None
    confirm = box.findChild(QPushButton, "confirmMerge")
    assert confirm is not None
    confirm.click()
    qtbot.waitUntil(lambda: dialog.merge_count == 1 and not dialog.is_loading)
    assert dialog.pairs_table.rowCount() == 0
    assert "No possible duplicates found." in dialog.status.text()
    assert "Grace Otieno" in dialog.status.text()

    merged = people.get(older.id)
    assert merged.phone == "+254712345678" and "kenya" in merged.tags
    assert invitations_of(session, older) == 2
    with pytest.raises(RecordNotFound):
        people.get(newer.id)

    dialog.close_button.click()
    qtbot.waitUntil(lambda: page._duplicates_dialog is None)
    assert page.model.total == 2  # the page's list was refreshed after closing
    assert "1 merge done." in page.status.text()


def test_people_at_risk_stay_hidden_until_the_pair_is_revealed(
    qtbot: QtBot, page: PeoplePage, people: PeopleService, session: VaultSession
) -> None:
    defender = add(
        people,
        "Amal Haddad",
        group=StakeholderGroup.HRD,
        risk=RiskLevel.CRITICAL,
        organisation="Sudan Lawyers Group",
        email="amal@example.org",
        secure_channel="Signal",
    )
    # Same name, not at risk: showing this name would give the defender's away.
    namesake = add(people, "Amal Haddad", email="a.haddad@example.org", organisation="UNDP")
    invite(session, defender)

    dialog = open_dialog(qtbot, page)
    assert cell(dialog, 0, DuplicatesDialog.REASON) == "same name"
    listed = cell(dialog, 0, DuplicatesDialog.PERSON_A) + cell(dialog, 0, DuplicatesDialog.PERSON_B)
    assert "Amal" not in listed and "Sudan" not in listed and "UNDP" not in listed
    assert defender.pseudonym and defender.pseudonym in listed

    dialog.select_pair(0)
    assert dialog.reveal_bar.isVisible()
    assert dialog.reveal_button.text() == "Reveal (1 s)"
    shown = [dialog.keep_name.text(), dialog.drop_name.text(), dialog.keep_details.text()]
    assert not any("Amal" in text or "Sudan" in text for text in shown)
    diffs = differences(dialog)
    assert diffs["email"] == (MASK, MASK, MASK)
    assert diffs["organisation"] == (MASK, MASK, MASK)
    assert diffs["risk_level"][2] == "Critical"  # not identifying: shown
    dialog.merge_button.click()
    box = dialog.confirm_box
    assert box is not None and "Amal" not in box.text()
    box.reject()
    qtbot.waitUntil(lambda: dialog.confirm_box is None)

    dialog.reveal_button.click()
    assert "Amal Haddad" in dialog.keep_name.text()
    assert "amal@example.org" in differences(dialog)["email"]
    assert "Sudan Lawyers Group" in cell(dialog, 0, DuplicatesDialog.PERSON_A) + cell(
        dialog, 0, DuplicatesDialog.PERSON_B
    )
    assert dialog.reveal_button.text() == "Hide now"
    # ...and hidden again on its own.
    qtbot.waitUntil(lambda: differences(dialog)["email"] == (MASK, MASK, MASK), timeout=3000)
    assert "Amal" not in dialog.keep_name.text()
    assert namesake.id  # both still there: nothing merged
    assert people.count(PeopleQuery()) == 2


def test_locking_closes_the_dialog_and_drops_what_it_showed(
    qtbot: QtBot, page: PeoplePage, people: PeopleService
) -> None:
    add(people, "Jo Smith", phone="+254712345678")
    add(people, "Joanna Smith", phone="+254712345678")
    dialog = open_dialog(qtbot, page)
    dialog.select_pair(0)
    assert cell(dialog, 0, DuplicatesDialog.REASON) == "same phone"
    page.set_session(None)
    assert page._duplicates_dialog is None
    assert not dialog.isVisible()
    assert dialog.pairs_table.rowCount() == 0
    assert dialog.keep_name.text() == ""


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_screenshots_of_the_dialog(
    qtbot: QtBot,
    page: PeoplePage,
    people: PeopleService,
    session: VaultSession,
    configured_app: QApplication,
    rtl: bool,
) -> None:
    if rtl:
        configured_app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    first = add(people, "Grace Otieno", email="grace@example.org", organisation="Nairobi Trust")
    second = add(people, "Grace A. Otieno", email="grace@example.org", tags=("kenya",))
    add(
        people,
        "أمل حداد",
        group=StakeholderGroup.HRD,
        risk=RiskLevel.CRITICAL,
        organisation="Sudan Lawyers Group",
        phone="+249912345678",
    )
    add(people, "Amal H.", group=StakeholderGroup.HRD, risk=RiskLevel.HIGH, phone="+249912345678")
    invite(session, first)
    invite(session, second)
    dialog = open_dialog(qtbot, page)
    qtbot.waitExposed(dialog)
    SCREENSHOTS.mkdir(exist_ok=True)
    suffix = "-rtl" if rtl else ""
    for row in range(dialog.pairs_table.rowCount()):
        dialog.select_pair(row)
        masked = dialog.reveal_bar.isVisible()
        qtbot.wait(50)  # let the layout settle before the picture
        name = "masked" if masked else "preview"
        assert dialog.grab().save(str(SCREENSHOTS / f"dup-{name}{suffix}.png"))
    assert dialog.pairs_table.rowCount() == 2
