"""The panic action: one configurable shortcut that locks at once and hides the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from bizhr_desktop.services.settings import DEFAULTS

# Shortcuts the window already uses for something else (a panic must never be ambiguous).
RESERVED = ("Ctrl+L", "Ctrl+Q", *(f"Ctrl+{digit}" for digit in range(1, 10)))


def parse_shortcut(text: str) -> QKeySequence | None:
    """One key combination with at least one modifier (Ctrl, Alt, Meta), else None.

    A bare key or Shift+key would fire while someone types a name in a field.
    """
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1 or sequence.toString() in RESERVED:
        return None
    combination = sequence[0]  # type: ignore[index]  # the stubs miss __getitem__
    needed = (
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.MetaModifier
    )
    if not combination.keyboardModifiers() & needed or combination.key() in (
        Qt.Key.Key_unknown,
        Qt.Key.Key_Control,
        Qt.Key.Key_Shift,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
    ):
        return None
    return sequence


class PanicAction(QAction):
    """Locks instantly and minimises, without asking: works in any window of the program."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setText(self.tr("&Panic lock"))
        # Application-wide: it must work while a dialog of ours has the focus too.
        self.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.set_shortcut_text(DEFAULTS.panic_shortcut)

    def retranslate(self) -> None:
        self.setText(self.tr("&Panic lock"))
        self._show_tip()

    def set_shortcut_text(self, text: str) -> None:
        sequence = parse_shortcut(text) or parse_shortcut(DEFAULTS.panic_shortcut)
        assert sequence is not None
        self.setShortcut(sequence)
        self._show_tip()

    def _show_tip(self) -> None:
        shown = self.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.tr("Lock at once and hide the window ({shortcut})").format(shortcut=shown)
        self.setToolTip(tip)
        self.setStatusTip(tip)
