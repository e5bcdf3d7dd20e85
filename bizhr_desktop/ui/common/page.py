"""What every page of the main window offers: a title, an icon and ``set_session``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bizhr_desktop.services.vaults import VaultSession


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
