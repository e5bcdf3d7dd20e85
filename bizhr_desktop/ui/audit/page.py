"""Audit: the tamper-evident record of what happened to the vault, and the check of its chain."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.masking import display_name
from bizhr_desktop.services.audit import AuditEvent
from bizhr_desktop.services.settings import SPECS
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.labels import local_time_text, translated
from bizhr_desktop.ui.common.meeting_labels import (
    flag_kind_label,
    followup_status_label,
    format_label,
    invitation_status_label,
    role_label,
    severity_label,
    status_label,
)
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.page import Page

ModelIndex = QModelIndex | QPersistentModelIndex
# Detail keys whose values are ids of records (shown by name when the record still exists).
NAMED_KEYS = frozenset({"meeting", "organisation", "person", "person_id", "people", "followup"})


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AuditTableModel(QAbstractTableModel):
    """Audit events, newest first: entry number, local time, what happened, details.

    Audit details hold no personal data by contract (counts, methods, audiences, ids).
    """

    SEQ, TIME, EVENT, DETAILS = range(4)
    EventRole = Qt.ItemDataRole.UserRole + 1  # the AuditEvent itself

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[AuditEvent] = []
        self._names: dict[str, str] = {}

    # ------------------------------------------------------------------ content

    def set_events(self, events: Sequence[AuditEvent]) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=lambda event: event.seq, reverse=True)
        self.endResetModel()

    def clear(self) -> None:
        self.set_events([])
        self._names = {}

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
            "meeting.flag_checked": self.tr("Safety flag checked"),
            "meeting.flag_unchecked": self.tr("Safety flag check withdrawn"),
            "meeting.drafts_written": self.tr("Invitation drafts written"),
            "meeting.outcome_notes": self.tr("Meeting outcome noted"),
            "programme.updated": self.tr("Programme changed"),
            "programme.exported": self.tr("Programme exported"),
            "followup.created": self.tr("Follow-up created"),
            "followup.updated": self.tr("Follow-up changed"),
            "followup.removed": self.tr("Follow-up removed"),
            "export.written": self.tr("List written"),
            "import.people": self.tr("People imported"),
            "import.organisations": self.tr("Organisations imported"),
            "bundle.merged": self.tr("Bundle merged"),
            "travel.out": self.tr("Records sent away for travel"),
            "travel.back": self.tr("Records brought back from travel"),
            "vault.changes_missing": self.tr("Opened without changes that were lost"),
            "demo.populated": self.tr("Demo records added"),
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
            if isinstance(value, list | tuple):
                shown = ", ".join(self._names.get(str(item), str(item)) for item in value)
            elif key in NAMED_KEYS:
                shown = self._names.get(str(value), str(value))
            else:
                shown = self._value_words(event.kind, key, value)
            parts.append(f"{self._key_words(key)}: {shown}")
        return "; ".join(parts)

    def _key_words(self, key: str) -> str:
        """A detail's name in the reader's words (a key this version has none for: as is)."""
        words = {
            "meeting": self.tr("meeting"),
            "meetings": self.tr("meetings"),
            "person": self.tr("person"),
            "people": self.tr("people"),
            "organisation": self.tr("organisation"),
            "organisations": self.tr("organisations"),
            "count": self.tr("count"),
            "status": self.tr("status"),
            "role": self.tr("role"),
            "flag": self.tr("flag"),
            "flags": self.tr("flags"),
            "severity": self.tr("severity"),
            "purpose": self.tr("purpose"),
            "override": self.tr("override"),
            "format": self.tr("format"),
            "method": self.tr("method"),
            "fields": self.tr("fields"),
            "added": self.tr("added"),
            "updated": self.tr("updated"),
            "removed": self.tr("removed"),
            "already": self.tr("already"),
            "invitations": self.tr("invitations"),
            "problems": self.tr("problems"),
            "year": self.tr("year"),
            "tags": self.tr("tags"),
            "mode": self.tr("mode"),
            "followup": self.tr("follow-up"),
            "drafts": self.tr("drafts"),
            "contact_log_entries": self.tr("contact log entries"),
            "mentions_to_review": self.tr("mentions to review"),
            "person_hash": self.tr("erased person's hash"),
            "how": self.tr("who"),
            "audience": self.tr("for"),
            "scope": self.tr("scope"),
            "rows": self.tr("rows"),
            "counted": self.tr("only counted"),
            "sha256": self.tr("file fingerprint (SHA-256)"),
            "extension": self.tr("file type"),
            "list": self.tr("list"),
            "attendance_record": self.tr("attendance record for the host"),
            "clearance": self.tr("cleared by"),
        }
        return words.get(key, key.replace("_", " "))

    def _value_words(self, kind: str, key: str, value: object) -> str:
        """A detail's value in the reader's words where it is one of the program's codes
        (a reply, a status, a role, an audience); anything else as it is."""
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        text = str(value)
        words: dict[str, str] = {}
        try:
            if key == "severity":
                return severity_label(text)
            if key == "flag":
                return flag_kind_label(text)
            if key == "status" and kind == "meeting.rsvp":
                return invitation_status_label(text)
            if key == "status" and kind == "meeting.status":
                return status_label(text)
            if key == "status" and kind.startswith("followup."):
                return followup_status_label(text)
            if key == "role":
                return role_label(text)
            if key == "format" and kind.startswith("meeting."):
                return format_label(text)
        except ValueError:
            return text  # a code of a newer version: as it is
        if key == "format":
            return text.upper()  # csv, xlsx, pdf, bundle: as the files are known
        if key == "how":
            words = {
                "all": self.tr("everyone active"),
                "one": self.tr("one person"),
                "filter": self.tr("the people of a filter"),
            }
        elif key == "audience":
            words = {
                "public": self.tr("the public"),
                "venue": self.tr("a venue"),
                "coorganisers": self.tr("co-organisers"),
                "internal": self.tr("another coordinator"),
            }
        elif key == "clearance":
            words = {
                "signed_off": self.tr("the safety review's sign-off"),
                "not_needed": self.tr("no review needed"),
                "overridden": self.tr("an override"),
            }
        return words.get(text, text)

    def set_names(self, names: dict[str, str]) -> None:
        """What the ids in the details stand for (meeting titles, organisation names, the
        on-screen name of a person: a pseudonym for people at high or critical risk)."""
        self._names = dict(names)
        if self._events:
            self.dataChanged.emit(
                self.index(0, self.DETAILS), self.index(len(self._events) - 1, self.DETAILS)
            )

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


class AuditFilter(QSortFilterProxyModel):
    """The events of one kind (or all), whose time, words or details hold the typed text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self._text = ""

    def set_filter(self, kind: str, text: str) -> None:
        self.beginFilterChange()
        self._kind = kind
        self._text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, _source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AuditTableModel) or source_row >= model.rowCount():
            return False
        event = model.event_at(source_row)
        if self._kind and event.kind != self._kind:
            return False
        if not self._text:
            return True
        shown = " ".join(
            str(model.data(model.index(source_row, column)) or "")
            for column in range(model.columnCount())
        )
        return self._text in shown.casefold()


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
        self.result_label.setWordWrap(True)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Show events of kind"))
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search the details or a date, e.g. a meeting's title or 2026-03")
        )
        self.search_edit.setAccessibleName(self.tr("Search the audit log"))
        self.search_edit.textChanged.connect(self._apply_filter)
        # Buttons as wide as their words, at the start of the row in either direction.
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.refresh_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.kind_filter)
        buttons.addWidget(self.search_edit, 1)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        isolate_cells(self.table)
        self.table.setModel(self.proxy)
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
        layout.addWidget(self.result_label)  # the check's result in place, under its button
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
            events = session.audit.events()
            self.model.set_events(events)
            self.model.set_names(self._names_of(session, events))
        except BizHRError as error:
            self.model.clear()
            self._show_result(error_text(error), ok=False)
        self._fill_kinds()

    def _names_of(self, session: VaultSession, events: Sequence[AuditEvent]) -> dict[str, str]:
        """Titles and names for the ids the details hold; a removed record keeps its id."""
        wanted: dict[str, set[str]] = {
            "meeting": set(),
            "organisation": set(),
            "person": set(),
            "followup": set(),
        }
        for event in events:
            for key, value in event.detail.items():
                if key not in NAMED_KEYS:
                    continue
                kind = {"person_id": "person", "people": "person"}.get(key, key)
                if kind in wanted:
                    values = value if isinstance(value, list | tuple) else [value]
                    wanted[kind].update(str(v) for v in values)
        names: dict[str, str] = {}
        for kind, ids in wanted.items():
            for record_id in ids:
                try:
                    if kind == "meeting":
                        names[record_id] = session.meetings.get(record_id).title
                    elif kind == "followup":
                        names[record_id] = _short(session.followups.get(record_id).followup.text)
                    elif kind == "organisation":
                        names[record_id] = session.organisations.get(record_id).name
                    else:
                        person = session.people.get(record_id)
                        names[record_id] = display_name(
                            person.full_name,
                            person.pseudonym,
                            person.stakeholder_group.value,
                            person.id,
                            person.risk_level.value,
                            reveal=False,
                        )[0]
                except BizHRError:
                    continue  # erased since: the id is all that is left, by design
        return names

    def _fill_kinds(self) -> None:
        chosen = self.kind_filter.currentData()
        kinds = sorted({self.model.event_at(r).kind for r in range(self.model.rowCount())})
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem(self.tr("All events"), "")
        for kind in sorted(kinds, key=self.model.phrase):
            self.kind_filter.addItem(self.model.phrase(kind), kind)
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(chosen or "")))
        self.kind_filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.kind_filter.currentData() or "", self.search_edit.text())

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
        self.kind_filter.setCurrentIndex(0)  # the broken entry is shown whatever the filter
        self.search_edit.clear()
        for row in range(self.model.rowCount()):
            if self.model.event_at(row).seq == seq:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session is not None:
            self.reload()  # entries written since the page was last shown
