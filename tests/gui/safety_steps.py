"""Steps of the safety review that several GUI tests take, as a coordinator takes them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bizhr_desktop.ui.meetings.safety import SafetyReviewPanel


def check_critical_flags(
    qtbot: QtBot, safety: SafetyReviewPanel, reason: str = "Talked it through on Signal."
) -> int:
    """Go to each critical flag nobody checked (Next to check), type a reason, press Enter.
    Returns how many were checked."""
    checked = 0
    while safety.remaining_text():
        assert safety.next_button.isVisible()
        qtbot.mouseClick(safety.next_button, Qt.MouseButton.LeftButton)
        flag = safety.chosen_flag()
        assert flag is not None and flag in safety.review.unchecked_critical  # type: ignore[union-attr]
        qtbot.keyClicks(safety.check_reason_edit, reason)
        qtbot.keyClick(safety.check_reason_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not safety.busy)
        assert safety.review is not None and safety.review.check_of(flag) is not None
        checked += 1
    return checked
