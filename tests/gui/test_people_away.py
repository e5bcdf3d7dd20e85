"""Travel-mode placeholders on the People page: an "Away" badge in the list, a notice in the
record, and nothing about the trip or the records that left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from bizhr_desktop.services import travel
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.people.away import AWAY_BACKGROUND
from bizhr_desktop.ui.people.models import PeopleTableModel
from bizhr_desktop.ui.people.page import PeoplePage
from tests.helpers.travel_population import Population, populate


@pytest.fixture
def network(session: VaultSession) -> Population:
    return populate(session)


@pytest.fixture
def receipt(session: VaultSession, network: Population, tmp_path: Path) -> travel.TravelReceipt:
    usb = tmp_path / "usb"
    usb.mkdir()
    plan = travel.plan_travel_out(session)
    return travel.travel_out(session, plan, usb / "zqtrvbundle.age")


@pytest.fixture
def page(qtbot: QtBot, configured_app: QApplication, session: VaultSession) -> PeoplePage:
    widget = PeoplePage(search_delay_ms=0)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_session(session)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(page: PeoplePage) -> dict[str, int]:
    model = page.model
    return {
        model.data(model.index(row, 0), PeopleTableModel.PersonIdRole): row
        for row in range(model.rowCount())
    }


def _has_colour(image: QImage, rect: QRect, colour: QColor) -> bool:
    return any(
        image.pixelColor(x, y) == colour
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


def _all_text(page: PeoplePage) -> str:
    """Everything the list and the record put into words, for the leak checks."""
    model = page.model
    words = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                words.append(str(model.data(index, role)))
    words += [page.editor.away_hint.text(), page.editor.away_badge.text()]
    words += [page.editor.away_badge.toolTip(), page.editor.title_label.text()]
    return "\n".join(words)


def test_placeholders_carry_an_away_badge_and_say_what_is_kept(
    qtbot: QtBot, session: VaultSession, network: Population, receipt: travel.TravelReceipt,
    page: PeoplePage,
) -> None:  # fmt: skip
    away = {network.critical_id, network.high_id}
    assert travel.away_person_ids(session) == away
    model = page.model
    rows = _rows(page)
    assert len(rows) == 4
    for person_id, row in rows.items():
        index = model.index(row, PeopleTableModel.NAME)
        assert model.data(index, PeopleTableModel.AwayRole) is (person_id in away)
        assert model.is_away(person_id) is (person_id in away)
        tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole) or ""
        accessible = model.data(index, Qt.ItemDataRole.AccessibleTextRole) or ""
        if person_id in away:
            assert tooltip.startswith("Away: travel mode moved this person's record")
            assert "Bring records back" in tooltip
            assert accessible.endswith("(record away in travel mode)")
            assert model.data(index).startswith(("Defender-", "CivilSociety-"))
        else:
            assert "Away" not in tooltip and "away" not in accessible
    # Only the name column is touched: the other cells of a placeholder read as before.
    critical_row = rows[network.critical_id]
    assert model.data(model.index(critical_row, PeopleTableModel.RISK)) == "Critical"
    assert model.data(model.index(critical_row, PeopleTableModel.ORGANISATION)) == "—"

    # The badge is painted in the name cell of a placeholder, and of nobody else.
    assert page.table.itemDelegateForColumn(PeopleTableModel.NAME) is page.away_delegate
    image = page.table.viewport().grab().toImage()
    badge = QColor(AWAY_BACKGROUND)
    for person_id, row in rows.items():
        cell = page.table.visualRect(model.index(row, PeopleTableModel.NAME))
        assert _has_colour(image, cell, badge) is (person_id in away)
        other = page.table.visualRect(model.index(row, PeopleTableModel.GROUP))
        assert not _has_colour(image, other, badge)


def test_the_record_of_a_placeholder_says_it_is_away(
    session: VaultSession, network: Population, receipt: travel.TravelReceipt,
    page: PeoplePage,
) -> None:  # fmt: skip
    editor = page.editor
    assert page.select_person(network.critical_id)
    assert editor.is_away()
    assert editor.away_badge.isVisible() and editor.away_badge.text() == "Away"
    assert editor.away_bar.isVisible()
    assert "Record away (travel mode)" in editor.away_hint.text()
    assert editor.risk_badge.isVisible()  # the risk a placeholder keeps is still shown
    assert page.select_person(network.low_id)
    assert not editor.is_away()
    assert not editor.away_badge.isVisible() and not editor.away_bar.isVisible()
    page.add_person()
    assert not editor.away_badge.isVisible() and not editor.away_bar.isVisible()


def test_nothing_about_the_trip_or_what_left_is_shown(
    session: VaultSession, network: Population, receipt: travel.TravelReceipt,
    page: PeoplePage,
) -> None:  # fmt: skip
    for person_id in (network.critical_id, network.high_id):
        assert page.select_person(person_id)
        shown = _all_text(page)
        for secret in (
            str(receipt.destination),
            receipt.destination.name,
            receipt.batch_id,
            receipt.sha256,
            *network.canaries,
        ):
            assert secret not in shown
        assert "Amina" not in shown and "Khin" not in shown


def test_the_badge_goes_once_the_records_are_back(
    session: VaultSession, network: Population, receipt: travel.TravelReceipt,
    page: PeoplePage,
) -> None:  # fmt: skip
    assert page.select_person(network.critical_id) and page.editor.is_away()
    assert receipt.passphrase is not None
    travel.travel_back(session, receipt.destination, receipt.passphrase)
    page.set_session(session)  # what the controller does when records come back
    rows = _rows(page)
    assert not any(
        page.model.data(page.model.index(row, 0), PeopleTableModel.AwayRole)
        for row in rows.values()
    )
    assert page.select_person(network.critical_id)
    assert not page.editor.is_away() and not page.editor.away_bar.isVisible()
    page.set_session(None)
    assert not page.model.is_away(network.high_id) and not page.editor.is_away()


def test_the_badge_sits_at_the_trailing_end_in_both_directions(
    session: VaultSession, network: Population, receipt: travel.TravelReceipt,
    page: PeoplePage,
) -> None:  # fmt: skip
    option = QStyleOptionViewItem()
    option.initFrom(page.table)
    option.rect = QRect(100, 0, 200, 30)
    option.direction = Qt.LayoutDirection.LeftToRight
    right = page.away_delegate.badge_rect(option)
    option.direction = Qt.LayoutDirection.RightToLeft
    left = page.away_delegate.badge_rect(option)
    assert option.rect.contains(right) and option.rect.contains(left)
    assert right.right() > 290 and left.left() < 110
    row = _rows(page)[network.critical_id]
    index = page.model.index(row, PeopleTableModel.NAME)
    plain = page.model.index(_rows(page)[network.low_id], PeopleTableModel.NAME)
    hint = page.away_delegate.sizeHint(option, index)
    assert hint.width() > page.table.itemDelegate().sizeHint(option, index).width()
    assert page.away_delegate.sizeHint(option, plain) == page.table.itemDelegate().sizeHint(
        option, plain
    )
