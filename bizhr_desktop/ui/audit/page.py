"""Audit: the tamper-evident record of what happened to the vault, and the check of its chain."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.services.audit import AuditEvent
from bizhr_desktop.services.settings import SPECS
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import local_time_text, translated
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.page import Page

ModelIndex = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Audit events, newest first: entry number, local time, what happened, details.

    Audit details hold no personal data by contract (counts, methods, audiences, ids).
    """

    SEQ, TIME, EVENT, DETAILS = range(4)
    EventRole = Qt.ItemDataRole.UserRole + 1  # the AuditEvent itself

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[AuditEvent] = []

    # ------------------------------------------------------------------ content

    def set_events(self, events: Sequence[AuditEvent]) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=lambda event: event.seq, reverse=True)
        self.endResetModel()

    def clear(self) -> None:
        self.set_events([])

    def event_at(self, row: int) -> AuditEvent:
        return self._events[row]

    # ------------------------------------------------------------------ words

    def phrase(self, kind: str) -> str:
        phrases = {
            "vault.created": self.tr("Vault created"),
            "vault.verified": self.tr("Vault checked"),
            "vault.backup": self.tr("Backup written"),
            "unlock.ok": self.tr("Unlocked"),
            "unlock.failed": self.tr("Failed unlock attempts"),
            "key.passphrase_changed": self.tr("Passphrase changed"),
            "key.rekeyed": self.tr("Data key replaced"),
            "key.revoked": self.tr("Everything revoked (new keys, new recovery key)"),
            "export.started": self.tr("List export started"),
            "export.failed": self.tr("List export failed (no file left)"),
            "key.keyring_relinked": self.tr("Keyring linked again"),
            "key.duress_set": self.tr("Duress passphrase set"),
            "key.duress_cleared": self.tr("Duress passphrase removed"),
            "settings.changed": self.tr("Settings changed"),
            "person.erased": self.tr("Person erased"),
            "person.merged": self.tr("People merged"),
            "organisation.updated": self.tr("Organisation changed"),
            "meeting.created": self.tr("Meeting created"),
            "meeting.updated": self.tr("Meeting changed"),
            "meeting.status": self.tr("Meeting status changed"),
            "meeting.invited": self.tr("Invitations sent"),
            "meeting.uninvited": self.tr("Invitation withdrawn"),
            "meeting.rsvp": self.tr("Reply recorded"),
            "meeting.role": self.tr("Role in a meeting changed"),
            "meeting.checked_in": self.tr("Attendance recorded"),
            "meeting.risk_assessed": self.tr("Meeting risk assessed"),
            "meeting.safety_override": self.tr("Safety warning overridden"),
            "meeting.signed_off": self.tr("Meeting signed off"),
            "meeting.drafts_written": self.tr("Invitation drafts written"),
            "meeting.outcome_notes": self.tr("Meeting outcome noted"),
            "programme.updated": self.tr("Programme changed"),
            "programme.exported": self.tr("Programme exported"),
            "followup.created": self.tr("Follow-up created"),
            "followup.updated": self.tr("Follow-up changed"),
            "followup.removed": self.tr("Follow-up removed"),
        }
        if kind in phrases:
            return phrases[kind]
        # An event this version has no words for: still readable ("import.committed").
        return kind.replace("_", " ").replace(".", ": ", 1).capitalize()

    def details_text(self, event: AuditEvent) -> str:
        if event.kind == "settings.changed" and isinstance(event.detail.get("keys"), list):
            # Which settings, by the names the settings dialog uses.
            return ", ".join(
                translated(SPECS[key].label) if key in SPECS else str(key)
                for key in event.detail["keys"]
            )
        parts = []
        for key, value in sorted(event.detail.items()):
            shown = ", ".join(map(str, value)) if isinstance(value, list | tuple) else value
            parts.append(f"{key.replace('_', ' ')}: {shown}")
        return "; ".join(parts)

    # ------------------------------------------------------------------ model

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.SEQ:
                return str(event.seq)
            if column == self.TIME:
                # Isolated left-to-right, so "2025-06-01 14:00:00" keeps its order in Arabic.
                return "\u2066" + local_time_text(event.at) + "\u2069"
            if column == self.EVENT:
                return (
                    self.phrase(event.kind) if role == Qt.ItemDataRole.DisplayRole else event.kind
                )
            if column == self.DETAILS:
                return self.details_text(event)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEQ:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == self.EventRole:
            return event
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Entry"), self.tr("Time"), self.tr("Event"), self.tr("Details"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AuditPage(Page):
    """The audit log as a table, and a button that checks its hash chain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AuditTableModel(self)
        self.heading_label = QLabel(self.title(), self)
        self.heading_label.setProperty("role", "pageHeading")
        self.description_label = QLabel(
            self.tr(
                "Unlocks, failed unlocks, imports, exports, deletions and key changes, newest "
                "first. Each entry is chained to the one before it, so an entry changed or "
                "removed behind BizHR's back shows when the chain is verified."
            ),
            self,
        )
        self.description_label.setProperty("role", "hint")
        self.description_label.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setToolTip(self.tr("Check that no entry was changed, removed or moved"))
        self.verify_button.clicked.connect(self.verify_chain)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.result_label = QLabel(self)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setAccessibleName(self.tr("Chain check result"))
        self.result_label.hide()
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.refresh_button)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AuditTableModel.SEQ, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditTableModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditTableModel.EVENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.description_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_enabled()

    def title(self) -> str:
        return self.tr("Audit")

    def icon_name(self) -> str:
        return "audit"

    def set_session(self, session: VaultSession | None) -> None:
        super().set_session(session)
        self._show_result(None)
        if session is None:
            self.model.clear()  # nothing of the vault stays in memory or on screen
        else:
            self.reload()
        self._update_enabled()

    def _update_enabled(self) -> None:
        unlocked = self.session is not None
        self.verify_button.setEnabled(unlocked)
        self.refresh_button.setEnabled(unlocked)

    def reload(self) -> None:
        session = self.session
        if session is None or not session.is_open:
            self.model.clear()
            return
        try:
            self.model.set_events(session.audit.events())
        except BizHRError as error:
            self.model.clear()
            self._show_result(error_text(error), ok=False)

    def verify_chain(self) -> None:
        session = self.session
        if session is None or not session.is_open:
            return
        self.reload()
        try:
            broken = session.audit.verify()
        except BizHRError as error:
            self._show_result(error_text(error), ok=False)
            return
        if broken is None:
            self._show_result(self.tr("Intact: no entry was changed, removed or moved."), ok=True)
        else:
            self._show_result(
                self.tr(
                    "Broken at entry {entry}: it or the one before it was changed, removed "
                    "or moved outside BizHR."
                ).format(entry=broken),
                ok=False,
            )
            self._select_entry(broken)

    @property
    def result_text(self) -> str:
        return self.result_label.text() if self.result_label.isVisible() else ""

    def _show_result(self, text: str | None, *, ok: bool = True) -> None:
        self.result_label.setText(text or "")
        # Green text when intact, the error style when broken: said in words too.
        self.result_label.setProperty("role", "chainIntact" if ok else "error")
        self.result_label.setProperty("level", "strong" if ok else "weak")
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.setVisible(bool(text))

    def _select_entry(self, seq: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.event_at(row).seq == seq:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None:
            self.reload()  # entries written since the page was last shown
