"""An error nobody expected, in a slot of the window: calm words, a clean log line, a lock.

Without this, an exception raised in a Qt slot is printed to stderr and the window carries on
in whatever state the slot left it. Instead the vault locks (the keys are wiped and every page
emptied, so nothing half-done stays on screen), a short dialog says what happened in words
without any record content, and one line goes to the log: the exception's type and where it
was raised, never its message or any value, which could hold a name or a note.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

LOG = logging.getLogger("bizhr_desktop")
_PACKAGE = Path(__file__).resolve().parents[2]

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def where(tb: TracebackType | None) -> str:
    """``file:line in function`` for each of our frames, innermost last; no values."""
    parts = []
    for frame in traceback.extract_tb(tb):
        path = Path(frame.filename)
        try:
            shown = path.resolve().relative_to(_PACKAGE.parent).as_posix()
        except ValueError:
            continue  # the standard library's or Qt's frames say nothing about our bug
        parts.append(f"{shown}:{frame.lineno} in {frame.name}")
    return " <- ".join(reversed(parts)) or "outside BizHR's code"


def log_line(kind: type[BaseException], tb: TracebackType | None) -> str:
    return f"Unexpected {kind.__name__} at {where(tb)}"


class FaultGuard(QObject):
    """Installs itself as ``sys.excepthook`` while the window runs (``install``/``uninstall``).

    *lock* is called first (the controller's lock with the FAULT reason); then the dialog is
    shown, once at a time: a second fault while it is open is logged only."""

    def __init__(self, lock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = lock
        self._previous: ExceptHook | None = None
        self.dialog: QMessageBox | None = None
        self.faults = 0

    def install(self) -> None:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            (self._previous or sys.__excepthook__)(kind, error, tb)
            return
        self.faults += 1
        LOG.error(log_line(kind, tb))
        del error, tb  # nothing of the exception is kept, shown or written
        try:
            self._lock()
        except Exception as lock_error:  # the lock must not end the program
            LOG.error(log_line(type(lock_error), lock_error.__traceback__))
        if self.dialog is None:
            self._show_dialog()

    def _show_dialog(self) -> None:
        parent = QApplication.activeWindow()
        dialog = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("FaultGuard", "Something went wrong"),
            QCoreApplication.translate(
                "FaultGuard",
                "BizHR met an error it did not expect, and locked the vault to keep your "
                "records safe. What you saved before is in the vault; the last change you "
                "were making may not have been saved.\n\nUnlock again to go on. If this "
                "happens again, tell the person who supports BizHR what you were doing.",
            ),
            QMessageBox.StandardButton.Ok,
            parent if isinstance(parent, QWidget) else None,
        )
        dialog.setObjectName("faultDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
