"""What every page of the main window offers: a title, an icon and ``set_session``."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from bizhr_desktop.services.vaults import VaultSession


@runtime_checkable
class HoldsTypedChanges(Protocol):
    """A part of a page that can hold what a person typed and has not saved yet."""

    def has_unsaved_changes(self) -> bool: ...


class Page(QWidget):
    """One screen reachable from the navigation.

    ``set_session(None)`` is called when the vault locks: a page must then drop every
    record it shows or caches (models included), so that nothing readable stays in memory
    or on screen. Subclasses override :meth:`title`, :meth:`icon_name` and, when they hold
    data, :meth:`set_session` (calling the base method). A page that wants to be the one
    shown (another page opened one of its records) emits ``focus_requested``.
    """

    focus_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: VaultSession | None = None

    def title(self) -> str:
        raise NotImplementedError

    def icon_name(self) -> str:
        """A name from :mod:`bizhr_desktop.ui.common.icons`."""
        raise NotImplementedError

    @property
    def session(self) -> VaultSession | None:
        return self._session

    def set_session(self, session: VaultSession | None) -> None:
        self._session = session

    def has_unsaved_changes(self) -> bool:
        """True while the page holds typed changes not yet saved, or has a window of its own
        open: a page built again (in a new language) would lose them."""
        if any(dialog.isVisible() for dialog in self.findChildren(QDialog)):
            return True
        return any(
            isinstance(part, HoldsTypedChanges) and part.has_unsaved_changes()
            for part in self.findChildren(QWidget)
        )


class EmptyStatePage(Page):
    """A page that says, in plain words, what will be here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading_label = QLabel(self.title(), self)
        self.heading_label.setProperty("role", "pageHeading")
        self.heading_label.setWordWrap(True)
        self.description_label = QLabel(self.description(), self)
        self.description_label.setProperty("role", "emptyState")
        self.description_label.setWordWrap(True)
        self.description_label.setAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(12)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.description_label)
        layout.addStretch(1)

    def description(self) -> str:
        raise NotImplementedError
