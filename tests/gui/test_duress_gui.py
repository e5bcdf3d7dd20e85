"""The duress passphrase, set in its dialog and used in the ordinary unlock dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bizhr_desktop.services.vaults import KdfParams
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.people.page import PeoplePage
from bizhr_desktop.ui.shell.controller import AppController
from bizhr_desktop.ui.shell.main_window import MainWindow
from bizhr_desktop.ui.vault.safety_dialogs import DuressDialog
from tests.conftest import PASSPHRASE
from tests.gui.journeys import (
    LEFT,
    WORKER_TIMEOUT_MS,
    create_vault,
    current_unlock_dialog,
    submit_passphrase,
)
from tests.gui.safety import add_person, installed, make_controller, person_count

DURESS = "purple elephant under seven bridges"


@pytest.fixture
def safe(
    configured_app: QApplication,
    window: MainWindow,
    secret_clipboard: SecretClipboard,
    fast_kdf: KdfParams,
    vault_path: Path,
) -> Iterator[AppController]:
    controller = make_controller(window, secret_clipboard, vault_path, fast_kdf)
    with installed(configured_app, controller):
        yield controller


def set_duress(qtbot: QtBot, safe: AppController, mode: str) -> None:
    safe.window.duress_action.trigger()
    dialogs = [d for d in safe.session_dialogs if isinstance(d, DuressDialog)]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.state_label.text() == "No duress passphrase is set for this vault."
    assert not dialog.set_button.isEnabled()
    if mode == "erase":
        dialog.erase_radio.setChecked(True)
    # A weak one is refused before anything runs.
    qtbot.keyClicks(dialog.passphrase_field.edit, "abc")
    qtbot.keyClicks(dialog.repeat_field.edit, "abc")
    assert not dialog.set_button.isEnabled()
    dialog.passphrase_field.clear()
    dialog.repeat_field.clear()
    qtbot.keyClicks(dialog.passphrase_field.edit, DURESS)
    qtbot.keyClicks(dialog.repeat_field.edit, DURESS)
    assert dialog.set_button.isEnabled()
    assert dialog.mode() == mode
    qtbot.mouseClick(dialog.set_button, LEFT)
    qtbot.waitUntil(lambda: dialog not in safe.session_dialogs, timeout=WORKER_TIMEOUT_MS)
    assert safe.session is not None and safe.session.vault.has_duress


def the_people_page(safe: AppController) -> PeoplePage:
    pages = [p for p in safe.window.pages if isinstance(p, PeoplePage)]
    assert len(pages) == 1
    return pages[0]


def looks_like_a_new_vault(safe: AppController) -> None:
    session = safe.session
    assert session is not None and session.is_open
    assert person_count(session) == 0
    window = safe.window
    assert window.views.currentIndex() == window.CONTENT_VIEW
    people = the_people_page(safe)
    assert people.session is session
    model = getattr(people, "model", None)
    if model is not None and hasattr(model, "rowCount"):
        assert model.rowCount() == 0, "the People page is empty"
    assert window.state_label.text() == "Unlocked · opened with passphrase"
    assert [e.kind for e in session.vault.audit.events()] == ["unlock.ok", "vault.created"]


@pytest.mark.parametrize("mode", ["decoy", "erase"])
def test_the_duress_passphrase_opens_an_empty_vault(
    qtbot: QtBot, safe: AppController, mode: str
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    assert safe.session is not None
    add_person(safe.session, "Real Defender", "met in Khartoum")
    set_duress(qtbot, safe, mode)
    safe.lock()

    submit_passphrase(qtbot, current_unlock_dialog(safe), DURESS)
    qtbot.waitUntil(lambda: safe.session is not None)
    looks_like_a_new_vault(safe)
    safe.lock()

    dialog = current_unlock_dialog(safe)
    submit_passphrase(qtbot, dialog, PASSPHRASE)
    if mode == "decoy":
        qtbot.waitUntil(lambda: safe.session is not None)
        assert safe.session is not None
        assert person_count(safe.session) == 1, "the records were kept"
    else:
        assert safe.session is None
        assert dialog.error_label.text().startswith("Wrong passphrase.")


def test_the_duress_passphrase_can_be_removed(qtbot: QtBot, safe: AppController) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    set_duress(qtbot, safe, "decoy")
    dialog = safe.show_duress()
    assert dialog is not None
    assert dialog.state_label.text() == "A duress passphrase is set for this vault."
    qtbot.mouseClick(dialog.remove_button, LEFT)
    assert safe.session is not None and not safe.session.vault.has_duress
    safe.lock()
    submit_passphrase(qtbot, current_unlock_dialog(safe), DURESS)
    assert safe.session is None, "now just a wrong passphrase"


def test_the_duress_passphrase_must_differ_from_the_real_one(
    qtbot: QtBot, safe: AppController
) -> None:
    create_vault(qtbot, safe, PASSPHRASE)
    dialog = safe.show_duress()
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase_field.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat_field.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.set_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT_MS)
    assert dialog.isVisible()
    assert "must differ" in dialog.error_label.text()
    assert safe.session is not None and not safe.session.vault.has_duress
