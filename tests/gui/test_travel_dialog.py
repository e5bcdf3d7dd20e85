"""Travel mode in the window: Safety → Travel mode… moves the records out, and Bring records
back… restores them, with the work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import RiskLevel
from bizhr_desktop.services import travel
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.vault.travel_dialog import TravelBackDialog, TravelOutDialog
from tests.helpers.travel_population import populate


def test_the_safety_menu_offers_travel_mode_only_while_unlocked(window: MainWindow) -> None:
    actions = window.safety_menu.actions()
    assert window.travel_action in actions and window.travel_back_action in actions
    assert window.travel_action.text() == "&Travel mode…"
    assert not window.travel_action.isEnabled()  # locked


def test_travel_out_and_back_through_the_dialogs(
    qtbot: QtBot, session: VaultSession, secret_clipboard: SecretClipboard, tmp_path: Path
) -> None:
    network = populate(session)
    people = PeopleService(session.vault.db, session.vault.audit)
    pool = QThreadPool()
    dialog = TravelOutDialog(session, secret_clipboard, pool=pool)
    qtbot.addWidget(dialog)
    dialog.show()

    # Page 1: the default choice (high and critical, deep-dive notes) and its counts.
    assert "2 people leave (1 critical, 1 high, 0 other)" in dialog.counts_label.text()
    assert "Meetings whose notes leave: 1" in dialog.counts_label.text()
    assert not dialog.next_button.isEnabled()  # no destination yet
    dialog.destination_edit.setText(str(session.path.parent / "travel.age"))
    assert "takes the bundle too" in dialog.destination_warning.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    destination = usb / "travel.age"
    dialog.destination_edit.setText(str(destination))
    assert dialog.destination_warning.isHidden()
    dialog.risk_boxes[RiskLevel.HIGH].setChecked(False)
    assert "1 people leave" in dialog.counts_label.text()
    dialog.risk_boxes[RiskLevel.HIGH].setChecked(True)
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == TravelOutDialog.PASSPHRASE

    # Page 2: the generated passphrase is shown once and must be acknowledged.
    generated = dialog.generated_label.text()
    assert generated.count("-") == 5
    assert not dialog.move_button.isEnabled()
    dialog.copy_button.click()
    assert secret_clipboard.pending
    dialog.noted_box.setChecked(True)
    assert dialog.move_button.isEnabled()
    # A weak typed passphrase is refused with advice.
    dialog.typed_radio.setChecked(True)
    dialog.passphrase_field.edit.setText("short")
    assert not dialog.move_button.isEnabled() and "Too weak" in dialog.strength_label.text()
    dialog.generated_radio.setChecked(True)

    changed: list[bool] = []
    dialog.records_changed.connect(lambda: changed.append(True))
    dialog.move_button.click()
    assert dialog.busy and dialog.busy_bar.isVisible()
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=60_000)
    assert dialog.pages.currentIndex() == TravelOutDialog.RESULT
    assert "have left this vault" in dialog.result_heading.text()
    assert dialog.generated_label.text() == ""  # shown once
    assert not secret_clipboard.pending  # taken back from the clipboard
    assert changed == [True] and destination.exists()
    assert travel.travel_status(session).away_people == 2
    assert people.count(PeopleQuery(text="Amina")) == 0
    dialog.close_button.click()

    back = TravelBackDialog(session, pool=pool)
    qtbot.addWidget(back)
    back.show()
    assert "2 people" in back.status_label.text()
    back.bundle_edit.setText(str(destination))
    back.passphrase_field.edit.setText("wrong-words-that-open-nothing-here")
    back.restore_button.click()
    qtbot.waitUntil(lambda: not back.busy and bool(back.error_label.text()), timeout=60_000)
    assert "passphrase" in back.error_label.text().lower()
    back.passphrase_field.edit.setText(generated)
    back.restore_button.click()
    qtbot.waitUntil(lambda: back.outcome is not None, timeout=60_000)
    assert "2 people are whole again" in back.result_label.text()
    assert back.close_button.isVisible() and not back.restore_button.isVisible()
    assert not travel.travel_status(session).anything_away
    assert people.get(network.critical_id).full_name.startswith("Amina ")
    back.close_button.click()
    pool.waitForDone()
