"""Copy buttons beside a person's email, phone and secure channel: the value reaches the
clipboard marked as secret for every platform's clipboard history, clears itself, and
cannot be copied while the person is masked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Person, RiskLevel, StakeholderGroup, new_id
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.settings import CLIPBOARD_CLEAR_SECONDS, SettingsStore
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.clipboard import SECRET_HINTS, SecretClipboard
from bizhr_desktop.ui.people.page import PeoplePage

REVEAL_MS = 600
CLEAR_MS = 300


@pytest.fixture
def people(session: VaultSession) -> dict[str, Person]:
    service = PeopleService(session.vault.db, session.vault.audit)
    return {
        "grace": service.add(
            Person(
                id=new_id(),
                full_name="Grace Otieno",
                stakeholder_group=StakeholderGroup.INVESTOR,
                risk_level=RiskLevel.LOW,
                email="grace@example.org",
                phone="+254712345678",
            )
        ),
        "amal": service.add(
            Person(
                id=new_id(),
                full_name="Amal Haddad",
                stakeholder_group=StakeholderGroup.HRD,
                risk_level=RiskLevel.CRITICAL,
                email="amal@example.org",
                secure_channel="Signal: ask Nadia",
            )
        ),
    }


@pytest.fixture
def clipboard(configured_app: QApplication) -> Iterator[SecretClipboard]:
    guard = SecretClipboard(QGuiApplication.clipboard(), clear_after_ms=CLEAR_MS)
    yield guard
    guard.clear_if_ours()


def make_page(qtbot: QtBot, session: VaultSession, clipboard: SecretClipboard | None) -> PeoplePage:
    page = PeoplePage(reveal_ms=REVEAL_MS, clipboard=clipboard)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.set_session(session)
    page.show()
    qtbot.waitExposed(page)
    return page


def show(qtbot: QtBot, page: PeoplePage, person: Person) -> None:
    assert page.select_person(person.id)
    qtbot.waitUntil(lambda: page.editor.person_id == person.id)


def test_copying_an_email_marks_it_secret_and_clears_it(
    qtbot: QtBot,
    session: VaultSession,
    people: dict[str, Person],
    clipboard: SecretClipboard,
) -> None:
    page = make_page(qtbot, session, clipboard)
    show(qtbot, page, people["grace"])
    buttons = page.editor.copy_buttons
    assert set(buttons) == {"email", "phone", "secure_channel"}
    assert buttons["email"].isEnabled() and buttons["phone"].isEnabled()
    assert not buttons["secure_channel"].isEnabled()  # nothing to copy

    system = QGuiApplication.clipboard()
    buttons["email"].click()
    assert system.text() == "grace@example.org"
    mime = system.mimeData()
    for mime_type, value in SECRET_HINTS:
        assert mime.hasFormat(mime_type), mime_type
        assert bytes(mime.data(mime_type).data()) == value
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    windows_history = 'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"'
    assert bytes(mime.data(windows_history).data()) == (0).to_bytes(4, "little")
    assert mime.hasFormat(
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
    )
    assert mime.hasFormat("org.nspasteboard.ConcealedType")
    assert page.editor.copy_notice.isVisible()
    assert "emptied in 1 second" in page.editor.copy_notice.text()

    qtbot.waitUntil(lambda: system.text() == "", timeout=3000)
    assert not clipboard.pending

    # Something the person copied afterwards is never taken away.
    buttons["phone"].click()
    assert system.text() == "+254712345678"
    system.setText("my own note")
    qtbot.wait(CLEAR_MS + 200)
    assert system.text() == "my own note"
    system.clear()


def test_copy_buttons_are_disabled_while_masked_and_work_when_revealed(
    qtbot: QtBot,
    session: VaultSession,
    people: dict[str, Person],
    clipboard: SecretClipboard,
) -> None:
    page = make_page(qtbot, session, clipboard)
    show(qtbot, page, people["amal"])
    buttons = page.editor.copy_buttons
    assert page.editor.is_masked()
    assert not any(button.isEnabled() for button in buttons.values())
    assert page.editor.contact_value("email") == ""
    page.copy_contact("email")  # even if asked directly: nothing is copied
    assert QGuiApplication.clipboard().text() != "amal@example.org"

    page.editor.reveal_button.click()
    assert buttons["email"].isEnabled() and buttons["secure_channel"].isEnabled()
    assert not buttons["phone"].isEnabled()
    buttons["secure_channel"].click()
    assert QGuiApplication.clipboard().text() == "Signal: ask Nadia"

    # Hidden again on its own: the buttons go with the values, and so does the notice.
    qtbot.waitUntil(lambda: page.editor.is_masked(), timeout=3000)
    assert not any(button.isEnabled() for button in buttons.values())
    assert not page.editor.copy_notice.isVisible()


def test_without_an_app_clipboard_the_page_follows_the_vault_setting(
    qtbot: QtBot, session: VaultSession, people: dict[str, Person]
) -> None:
    SettingsStore(session.vault.db).set(CLIPBOARD_CLEAR_SECONDS, 42)
    page = make_page(qtbot, session, None)
    show(qtbot, page, people["grace"])
    page.editor.copy_buttons["email"].click()
    assert page.clipboard.clear_after_ms == 42_000
    assert QGuiApplication.clipboard().text() == "grace@example.org"
    page.set_session(None)  # locking takes the copied value back
    assert QGuiApplication.clipboard().text() == ""


def test_ctrl_c_in_a_contact_field_goes_through_the_secret_clipboard(
    qtbot: QtBot,
    session: VaultSession,
    people: dict[str, Person],
    clipboard: SecretClipboard,
) -> None:
    from PySide6.QtCore import Qt

    page = make_page(qtbot, session, clipboard)
    show(qtbot, page, people["grace"])
    system = QGuiApplication.clipboard()
    system.setText("before")
    edit = page.editor.email_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert system.text() == "grace@example.org"
    assert bytes(system.mimeData().data("x-kde-passwordManagerHint").data()) == b"secret"
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "grace@example.org", "cut copies securely and removes nothing"
    qtbot.waitUntil(lambda: system.text() == "", timeout=3000)


@pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)
def test_the_context_menu_offers_only_the_secret_copy(
    qtbot: QtBot,
    session: VaultSession,
    people: dict[str, Person],
    clipboard: SecretClipboard,
) -> None:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu

    page = make_page(qtbot, session, clipboard)
    show(qtbot, page, people["grace"])
    edit = page.editor.email_edit
    seen: list[tuple[str, bool]] = []

    def inspect_and_choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend((a.objectName() or a.text(), a.isVisible()) for a in menu.actions())
        secure = next(a for a in menu.actions() if a.text().startswith("Copy (cleared"))
        secure.trigger()
        menu.close()

    QTimer.singleShot(50, inspect_and_choose)
    QApplication.sendEvent(
        edit,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), edit.mapToGlobal(QPoint(5, 5))
        ),
    )
    visible = {name for name, shown in seen if shown}
    assert "edit-copy" not in visible and "edit-cut" not in visible
    assert "edit-paste" in visible
    assert QGuiApplication.clipboard().text() == "grace@example.org"
    assert QGuiApplication.clipboard().mimeData().hasFormat("x-kde-passwordManagerHint")
