"""A bundle from one coordinator's vault into another's, through the export wizard and the
bundle import dialog: new people, a wrong passphrase, conflicts kept or taken, masking.

age's scrypt costs seconds per bundle operation, so one bundle is written and opened three
times (wrong passphrase, first import, conflicting import) in a single journey.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from bizhr_desktop.core.models import Audience, RiskLevel
from bizhr_desktop.services import importing, vaults
from bizhr_desktop.services.bundles import MergePlan, MergeResult, Prefer
from bizhr_desktop.services.exporting import ExportFormat
from bizhr_desktop.services.people import PeopleService
from bizhr_desktop.services.people_query import PeopleQuery
from bizhr_desktop.services.vaults import KdfParams, VaultSession
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.labels import MASK
from bizhr_desktop.ui.export.bundle_import_dialog import BundleImportDialog
from bizhr_desktop.ui.export.page import ExportPage
from bizhr_desktop.ui.export.wizard import ExportWizard

GOOD = Path(__file__).resolve().parents[1] / "data" / "people_good.csv"
# BundleWrongPassphrase's sentence (formats/age_io.py), shown as it is.
WRONG_PASSPHRASE_MESSAGE = "The passphrase does not open this bundle. Check it and try again."


def open_vault(path: Path, passphrase: bytearray, kdf: KdfParams) -> VaultSession:
    return VaultSession(vaults.create(path, bytearray(passphrase), kdf=kdf).vault)


@pytest.fixture
def sender(vault_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Iterator[VaultSession]:
    session = open_vault(vault_path, passphrase, fast_kdf)
    db, audit = session.vault.db, session.vault.audit
    table = importing.read_file(GOOD)
    mapping = importing.suggest_mapping(db, importing.ImportKind.PEOPLE, list(table.headers))
    importing.run_import(
        db, audit, importing.plan_import(db, importing.ImportKind.PEOPLE, table, mapping)
    )
    yield session
    session.lock()


@pytest.fixture
def receiver(tmp_path: Path, passphrase: bytearray, fast_kdf: KdfParams) -> Iterator[VaultSession]:
    folder = tmp_path / "receiver"
    folder.mkdir()
    session = open_vault(folder / "other.bizhr", passphrase, fast_kdf)
    yield session
    session.lock()


def plain(text: str) -> str:
    """A cell's text without the direction isolates around it."""
    return text.strip("\u2068\u2069")


def people_of(session: VaultSession) -> PeopleService:
    return PeopleService(session.vault.db, session.vault.audit)


def write_bundle(
    qtbot: QtBot, session: VaultSession, clipboard: SecretClipboard, target: Path
) -> str:
    """Export everyone for another coordinator through the wizard; returns the passphrase."""
    wizard = ExportWizard(session, clipboard)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.audience_page.radios[Audience.INTERNAL].click()
    wizard.next()
    assert wizard.format_page.selected() is ExportFormat.BUNDLE
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=10_000)
    preview = wizard.preview
    assert preview is not None
    assert preview.summary.full == people_of(session).count(PeopleQuery())
    # On screen, people at high or critical risk are masked even in the bundle's preview.
    model = wizard.preview_page.model
    risk = model.columns.index("risk_level")
    masked_row = next(
        r
        for r in range(model.rowCount())
        if model.row_values(r)[risk] in (RiskLevel.HIGH.value, RiskLevel.CRITICAL.value)
    )
    assert model.shown_text(masked_row, 0) == MASK
    wizard.next()
    assert wizard.currentId() == ExportWizard.DESTINATION
    assert wizard.destination_page.path().suffix == ".age"
    wizard.destination_page.path_edit.setText(str(target))
    wizard.next()
    assert wizard.currentId() == ExportWizard.PASSPHRASE
    page = wizard.passphrase_page
    passphrase = page.passphrase()
    assert len(passphrase.split("-")) >= 6
    assert page.passphrase_label.text() == passphrase
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled(), "the passphrase must be noted first"
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == passphrase
    clipboard.clear_if_ours()
    # A weak passphrase of one's own is refused.
    page.own_radio.click()
    page.own_field.edit.setText("password1")
    page.repeat_field.edit.setText("password1")
    assert not page.isComplete()
    page.generated_radio.click()
    page.noted_box.setChecked(True)
    assert next_button.isEnabled()
    assert not target.exists()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ExportWizard.RECEIPT, timeout=20_000)
    assert wizard.receipt is not None
    assert page.passphrase_label.text() == "", "the passphrase is not kept after writing"
    wizard.accept()
    return passphrase


def open_dialog(
    qtbot: QtBot, session: VaultSession, bundle: Path, passphrase: str
) -> BundleImportDialog:
    dialog = BundleImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_path(bundle)
    dialog.passphrase_field.edit.setText(passphrase)
    dialog.primary_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    return dialog


def test_bundle_journey_new_people_wrong_passphrase_and_conflicts(
    qtbot: QtBot,
    configured_app: QApplication,
    sender: VaultSession,
    receiver: VaultSession,
    secret_clipboard: SecretClipboard,
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "for-coordinator.age"
    passphrase = write_bundle(qtbot, sender, secret_clipboard, bundle)
    assert bundle.exists()
    sent = people_of(sender).count(PeopleQuery())

    # The receiving coordinator opens it from the Export page.
    page = ExportPage(secret_clipboard)
    qtbot.addWidget(page)
    page.set_session(receiver)
    dialog = page.open_bundle_import()
    assert dialog is not None
    # A file that is no bundle is said so at once, without asking for a passphrase.
    assert not dialog.load_path(GOOD)
    assert dialog.error_title.text() == "Not a bundle"
    assert not dialog.primary_button.isEnabled()

    # Wrong passphrase: its own title and the error's message.
    assert dialog.load_path(bundle)
    dialog.passphrase_field.edit.setText("not the passphrase at all")
    dialog.primary_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    assert dialog.step() == BundleImportDialog.OPEN
    assert dialog.error_title.text() == "Wrong passphrase"
    assert dialog.error.text() == WRONG_PASSPHRASE_MESSAGE

    # The right one: everyone is new.
    dialog.passphrase_field.edit.setText(passphrase)
    dialog.primary_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)
    assert dialog.step() == BundleImportDialog.PLAN
    assert isinstance(dialog.plan, MergePlan)
    assert dialog.counts_label.text().startswith(f"{sent} new people · 0 identical · 0 conflicts")
    assert not dialog.conflict_tree.isVisible()
    assert dialog.passphrase_field.text() == "", "the passphrase is dropped once used"
    dialog.primary_button.click()  # Apply
    qtbot.waitUntil(lambda: dialog.step() == BundleImportDialog.RESULT, timeout=10_000)
    assert isinstance(dialog.merge_result, MergeResult)
    assert dialog.merge_result.added == sent
    assert f"{sent} people added." in dialog.result_label.text()
    assert people_of(receiver).count(PeopleQuery()) == sent
    dialog.primary_button.click()  # Close
    assert page.bundle_dialog is None
    assert "merged" in page.status.text()

    # The receiver edits two people: one at low risk, one at critical risk.
    people = people_of(receiver)
    rows = people.page(PeopleQuery(), 0, 100)
    low = next(row for row in rows if row.risk_level is RiskLevel.LOW)
    critical = next(row for row in rows if row.risk_level is RiskLevel.CRITICAL)
    low_before = people.get(low.id)
    people.update(replace(low_before, role="Edited by the receiver"))
    critical_before = people.get(critical.id)
    people.update(replace(critical_before, role="Edited role at risk"))

    dialog = open_dialog(qtbot, receiver, bundle, passphrase)
    assert dialog.step() == BundleImportDialog.PLAN
    assert dialog.counts_label.text().startswith(
        f"0 new people · {sent - 2} identical · 2 conflicts"
    )
    tree = dialog.conflict_tree
    assert tree.isVisible()
    assert set(tree.combos) == {low.id, critical.id}
    # Default: keep mine, for every record.
    assert all(Prefer(c.currentData()) is Prefer.VAULT for c in tree.combos.values())
    assert dialog.choices().for_person(low.id) is Prefer.VAULT
    assert dialog.choices().for_person(critical.id) is Prefer.VAULT

    def top_item(person_id: str) -> object:
        return next(
            tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())
            if tree.conflicts[i].person_id == person_id
        )

    low_item = top_item(low.id)
    assert plain(low_item.text(0)) == low_before.full_name  # type: ignore[attr-defined]
    assert plain(low_item.child(0).text(1)) == "Edited by the receiver"  # type: ignore[attr-defined]
    assert plain(low_item.child(0).text(2)) == low_before.role  # type: ignore[attr-defined]
    assert "newer" in low_item.text(1)  # type: ignore[attr-defined]
    # The person at critical risk: pseudonym as label, values masked until revealed.
    critical_item = top_item(critical.id)
    assert plain(critical_item.text(0)) != critical_before.full_name  # type: ignore[attr-defined]
    assert plain(critical_item.child(0).text(1)) == MASK  # type: ignore[attr-defined]
    assert critical.id in tree.reveal_buttons and low.id not in tree.reveal_buttons
    tree.reveal_buttons[critical.id].click()
    assert plain(critical_item.child(0).text(1)) == "Edited role at risk"  # type: ignore[attr-defined]
    tree.reveal_buttons[critical.id].click()
    assert plain(critical_item.child(0).text(1)) == MASK  # type: ignore[attr-defined]

    # "For all" then one record back: take theirs for the low-risk person only.
    dialog.all_combo.setCurrentIndex(dialog.all_combo.findData(Prefer.BUNDLE.value))
    dialog.all_button.click()
    assert all(Prefer(c.currentData()) is Prefer.BUNDLE for c in tree.combos.values())
    combo = tree.combos[critical.id]
    combo.setCurrentIndex(combo.findData(Prefer.VAULT.value))
    dialog.primary_button.click()  # Apply
    qtbot.waitUntil(lambda: dialog.step() == BundleImportDialog.RESULT, timeout=10_000)
    assert dialog.merge_result is not None
    assert (dialog.merge_result.updated, dialog.merge_result.kept) == (1, 1)
    assert people.get(low.id).role == low_before.role
    assert people.get(critical.id).role == "Edited role at risk"
    events = [e for e in receiver.vault.audit.events() if e.kind == "bundle.merged"]
    assert len(events) == 2

    # Locking closes an open dialog and drops what it held.
    dialog.accept()
    again = page.open_bundle_import()
    assert again is not None
    page.set_session(None)
    assert page.bundle_dialog is None
    assert not again.isVisible()
