"""Find people recorded twice and merge them: candidate pairs, a side-by-side preview, merge."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.masking import is_masked
from bizhr_desktop.core.models import Participation, RiskLevel, StakeholderGroup
from bizhr_desktop.services.people import DuplicatePair, MergePreview, PeopleService, PersonRow
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.labels import (
    MASK,
    country_text,
    group_label,
    participation_label,
    plural,
    risk_label,
)
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.reveal import DEFAULT_REVEAL_MS, RevealTimer
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import MessageLabel, heading, hint, set_busy_cursor
from bizhr_desktop.ui.common.worker import BackgroundTask
from bizhr_desktop.ui.people.editor import MASKED_FIELDS

DUPLICATE_LIMIT = 200


def _pair_key(first_id: str, second_id: str) -> str:
    """One reveal covers both records of a pair, whichever of them is kept."""
    return "|".join(sorted((first_id, second_id)))


class DuplicatesDialog(QDialog):
    """Pairs of people who may be one person, and what merging a pair would do.

    A pair with anyone at high or critical risk shows no identifying value of *either*
    record until revealed: with the reason "same name", the other record's name would
    otherwise give the hidden one away. ``reveal_ms`` is injectable for tests; the search
    for pairs runs on *pool* (the global pool when None). ``merge_count`` tells the caller
    whether to refresh what it shows.
    """

    PERSON_A, PERSON_B, REASON = range(3)
    FIELD, KEPT, OTHER, RESULT = range(4)

    def __init__(
        self,
        service: PeopleService,
        parent: QWidget | None = None,
        *,
        reveal_ms: int = DEFAULT_REVEAL_MS,
        pool: QThreadPool | None = None,
        limit: int = DUPLICATE_LIMIT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setModal(True)
        self.setStyleSheet(style_sheet("records"))
        self.resize(1040, 660)
        self._service = service
        self._pool = pool if pool is not None else QThreadPool.globalInstance()
        self._limit = limit
        self._task: BackgroundTask | None = None
        self._closed = False
        self._pairs: list[DuplicatePair] = []
        self._keep_first = True
        self._preview: MergePreview | None = None
        self.merge_count = 0
        self._merge_note = ""
        self.confirm_box: QMessageBox | None = None
        self.reveal = RevealTimer(reveal_ms, self)
        self.reveal.revealed_changed.connect(self._on_revealed_changed)
        self.reveal.countdown.connect(self._on_countdown)

        self._field_labels = {
            "full_name": self.tr("Full name"),
            "pseudonym": self.tr("Pseudonym"),
            "stakeholder_group": self.tr("Group"),
            "organisation": self.tr("Organisation"),
            "role": self.tr("Role"),
            "country": self.tr("Country"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "secure_channel": self.tr("Secure channel"),
            "languages": self.tr("Languages"),
            "risk_level": self.tr("Risk level"),
            "consent_network": self.tr("Consent: network participants"),
            "consent_coorganisers": self.tr("Consent: co-organisers"),
            "consent_public": self.tr("Consent: public"),
            "consent_date": self.tr("Consent given on"),
            "consent_method": self.tr("How consent was given"),
            "notes": self.tr("Notes"),
            "tags": self.tr("Tags"),
            "participation": self.tr("Participation"),
            "joined_on": self.tr("Joined on"),
            "commitment_acknowledged_on": self.tr("Commitments acknowledged"),
        }
        self._reasons = {
            "same name": self.tr("same name"),
            "same email": self.tr("same email"),
            "same phone": self.tr("same phone"),
        }

        title = heading(self.tr("People who may be recorded twice"), self)
        intro = hint(
            self.tr(
                "Select a pair to see what merging it would do. Merging moves invitations, "
                "contact log entries and tags to the record you keep, then removes the other."
            ),
            self,
        )
        self.status = MessageLabel("notice", self)
        self.status.setObjectName("duplicatesStatus")
        self.error = MessageLabel("error", self)

        self.pairs_table = QTableWidget(0, 3, self)
        isolate_cells(self.pairs_table)
        self.pairs_table.setObjectName("duplicatePairs")
        self.pairs_table.setAccessibleName(self.tr("Possible duplicates"))
        self.pairs_table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Possible duplicate"), self.tr("Why")]
        )
        self.pairs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs_table.setAlternatingRowColors(True)
        self.pairs_table.setShowGrid(False)
        self.pairs_table.setWordWrap(True)
        self.pairs_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.pairs_table.verticalHeader().hide()
        pairs_header = self.pairs_table.horizontalHeader()
        pairs_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        pairs_header.setStretchLastSection(True)
        pairs_header.resizeSection(self.PERSON_A, 190)
        pairs_header.resizeSection(self.PERSON_B, 190)
        self.pairs_table.setMinimumWidth(440)
        self.pairs_table.itemSelectionChanged.connect(self._on_pair_selected)

        self._build_preview()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.pairs_table)
        splitter.addWidget(self.preview_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._show_preview(None)
        self.load()

    # ------------------------------------------------------------------ building

    def _card(self, caption: str) -> tuple[QFrame, QLabel, QLabel]:
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setObjectName("mergeCard")
        caption_label = QLabel(caption, card)
        caption_label.setProperty("role", "hint")
        name = QLabel(card)
        name.setProperty("role", "heading")
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        details = QLabel(card)
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setWordWrap(True)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(caption_label)
        layout.addWidget(name)
        layout.addWidget(details)
        layout.addStretch(1)
        # Never squeezed below its text by the differences table growing.
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        return card, name, details

    def _build_preview(self) -> None:
        self.preview_panel = QWidget(self)
        self.empty_label = QLabel(
            self.tr("Select a pair to see what a merge would do."), self.preview_panel
        )
        self.empty_label.setProperty("role", "emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.preview_body = QWidget(self.preview_panel)
        keep_card, self.keep_name, self.keep_details = self._card(self.tr("Kept"))
        drop_card, self.drop_name, self.drop_details = self._card(
            self.tr("Merged into it, then removed")
        )
        self.swap_button = QPushButton(self.tr("Swap: keep the other record"), self.preview_body)
        self.swap_button.setObjectName("swapKept")
        self.swap_button.setAutoDefault(False)
        self.swap_button.clicked.connect(self.swap)
        cards = QGridLayout()
        cards.setHorizontalSpacing(8)
        cards.addWidget(keep_card, 0, 0)
        cards.addWidget(drop_card, 0, 1)
        cards.addWidget(self.swap_button, 1, 0, 1, 2, Qt.AlignmentFlag.AlignHCenter)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(1, 1)

        self.reveal_bar = QFrame(self.preview_body)
        self.reveal_bar.setObjectName("revealBar")
        self.reveal_hint = QLabel(self.reveal_bar)
        self.reveal_hint.setWordWrap(True)
        self.countdown_label = QLabel(self.reveal_bar)
        self.countdown_label.setProperty("role", "hint")
        self.reveal_button = QPushButton(self.reveal_bar)
        self.reveal_button.setObjectName("revealPair")
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.clicked.connect(self._on_reveal_clicked)
        bar = QHBoxLayout(self.reveal_bar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addWidget(self.reveal_hint, 1)
        bar.addWidget(self.countdown_label)
        bar.addWidget(self.reveal_button)

        self.differences_table = QTableWidget(0, 4, self.preview_body)
        isolate_cells(self.differences_table)
        self.differences_table.setObjectName("mergeDifferences")
        self.differences_table.setAccessibleName(self.tr("Fields that differ"))
        self.differences_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Kept record"), self.tr("Other record"), self.tr("After")]
        )
        self.differences_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.differences_table.setWordWrap(True)
        self.differences_table.setShowGrid(False)
        self.differences_table.verticalHeader().hide()
        header = self.differences_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.no_differences = hint(self.tr("Both records hold the same values."), self)

        self.summary_label = QLabel(self.preview_body)
        self.summary_label.setObjectName("mergeSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge…"), self.preview_body)
        self.merge_button.setObjectName("mergePair")
        self.merge_button.setProperty("role", "danger")
        self.merge_button.setProperty("primary", True)
        self.merge_button.setAutoDefault(False)
        self.merge_button.clicked.connect(self.ask_to_merge)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.summary_label, 1)
        merge_row.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignBottom)

        body = QVBoxLayout(self.preview_body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        body.addLayout(cards)
        body.addWidget(self.reveal_bar)
        body.addWidget(QLabel(self.tr("What differs, and the value after the merge:"), self))
        body.addWidget(self.differences_table, 1)
        body.addWidget(self.no_differences)
        body.addLayout(merge_row)

        panel = QVBoxLayout(self.preview_panel)
        panel.setContentsMargins(8, 0, 0, 0)
        panel.addWidget(self.empty_label, 1)
        panel.addWidget(self.preview_body, 1)

    # ------------------------------------------------------------------ loading

    @property
    def is_loading(self) -> bool:
        return self._task is not None

    @property
    def pairs(self) -> list[DuplicatePair]:
        return list(self._pairs)

    def load(self) -> None:
        """Look for pairs off the GUI thread (a self-join over every person)."""
        if self._task is not None or self._closed:
            return
        self.error.clear_message()
        self.status.show_message(self.tr("Looking for people who may be the same…"))
        self.pairs_table.setEnabled(False)
        service, limit = self._service, self._limit
        task = BackgroundTask(lambda: service.duplicate_candidates(limit))
        task.signals.succeeded.connect(lambda pairs: self._loaded(task, pairs))
        task.signals.failed.connect(lambda error: self._load_failed(task, error))
        self._task = task
        task.start(self._pool)

    def _loaded(self, task: BackgroundTask, pairs: list[DuplicatePair]) -> None:
        if task is not self._task:
            return
        self._task = None
        if self._closed:
            return
        self._pairs = list(pairs)
        self.pairs_table.setEnabled(True)
        self._fill_pairs()
        count = len(self._pairs)
        if count == 0:
            found = self.tr("No possible duplicates found.")
        else:
            found = plural(self.tr("%n pair(s) may be the same person.", "", count), count)
        note, self._merge_note = self._merge_note, ""
        self.status.show_message(f"{note} {found}" if note else found)

    def _load_failed(self, task: BackgroundTask, error: BaseException) -> None:
        if task is not self._task:
            return
        self._task = None
        if self._closed:
            return
        self.status.clear_message()
        if not isinstance(error, BizHRError):
            raise error  # a bug: loud in tests, never a silent empty list
        self.error.show_message(error_text(error))

    # ------------------------------------------------------------------ showing

    def _pair_masked(self, pair_rows: tuple[PersonRow, PersonRow]) -> bool:
        return any(row.masked for row in pair_rows)

    def _pair_hidden(self, first: PersonRow, second: PersonRow) -> bool:
        return self._pair_masked((first, second)) and not self.reveal.is_revealed(
            _pair_key(first.id, second.id)
        )

    def _person_text(self, row: PersonRow, hidden: bool) -> str:
        if hidden:
            name, organisation = row.pseudonym or MASK, MASK
        else:
            name, organisation = row.full_name, row.organisation
        details = " · ".join(p for p in (group_label(row.stakeholder_group), organisation) if p)
        return f"{name}\n{details}"

    def _fill_pairs(self) -> None:
        selected = self._selected_key()
        self.pairs_table.blockSignals(True)
        self.pairs_table.setRowCount(len(self._pairs))
        reselect = -1
        for index, pair in enumerate(self._pairs):
            hidden = self._pair_hidden(pair.first, pair.second)
            reasons = ", ".join(self._reasons.get(reason, reason) for reason in pair.reasons)
            for column, text in (
                (self.PERSON_A, self._person_text(pair.first, hidden)),
                (self.PERSON_B, self._person_text(pair.second, hidden)),
                (self.REASON, reasons),
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, index)
                if hidden and column != self.REASON:
                    item.setToolTip(
                        self.tr(
                            "Someone in this pair is at high risk: select it "
                            "and press Reveal to see both records."
                        )
                    )
                self.pairs_table.setItem(index, column, item)
            if _pair_key(pair.first.id, pair.second.id) == selected:
                reselect = index
        self.pairs_table.resizeRowsToContents()
        if reselect >= 0:
            self.select_pair(reselect)
        else:
            self.pairs_table.clearSelection()
        self.pairs_table.blockSignals(False)
        if reselect < 0:
            self._select_pair(None)

    def _selected_pair(self) -> DuplicatePair | None:
        rows = self.pairs_table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].data(Qt.ItemDataRole.UserRole)
        if not isinstance(index, int) or not 0 <= index < len(self._pairs):
            return None
        return self._pairs[index]

    def _selected_key(self) -> str | None:
        pair = self._selected_pair()
        return _pair_key(pair.first.id, pair.second.id) if pair is not None else None

    def select_pair(self, row: int) -> None:
        # Not QTableView.selectRow: right to left, it looks for the column under the
        # viewport's right edge and selects nothing when the columns do not reach it.
        index = self.pairs_table.model().index(row, self.PERSON_A)
        self.pairs_table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_pair_selected(self) -> None:
        # A reveal is for one pair, briefly: choosing another pair hides it.
        key = self._selected_key()
        if self.reveal.person_id is not None and self.reveal.person_id != key:
            self.reveal.hide()
        self._keep_first = True
        self._select_pair(self._selected_pair())

    def _select_pair(self, pair: DuplicatePair | None) -> None:
        self.error.clear_message()
        if pair is None:
            self._show_preview(None)
            return
        keep, drop = (pair.first, pair.second) if self._keep_first else (pair.second, pair.first)
        try:
            preview = self._service.merge_preview(keep.id, drop.id)
        except BizHRError as error:
            self._show_preview(None)
            self.error.show_message(error_text(error))
            return
        self._show_preview(preview)

    def swap(self) -> None:
        """Keep the other record of the selected pair instead."""
        self._keep_first = not self._keep_first
        self._select_pair(self._selected_pair())

    def _show_preview(self, preview: MergePreview | None) -> None:
        self._preview = preview
        self.empty_label.setVisible(preview is None)
        self.preview_body.setVisible(preview is not None)
        if preview is None:
            self.differences_table.setRowCount(0)
            self.summary_label.clear()
            for label in (self.keep_name, self.keep_details, self.drop_name, self.drop_details):
                label.clear()
            return
        hidden = self._pair_hidden(preview.keep, preview.drop)
        for row, name_label, details_label in (
            (preview.keep, self.keep_name, self.keep_details),
            (preview.drop, self.drop_name, self.drop_details),
        ):
            name_label.setText((row.pseudonym or MASK) if hidden else row.full_name)
            organisation = MASK if hidden else row.organisation
            details = [
                group_label(row.stakeholder_group),
                organisation,
                self.tr("{risk} risk").format(risk=risk_label(row.risk_level)),
            ]
            details_label.setText(" · ".join(part for part in details if part))

        self.differences_table.setRowCount(len(preview.differences))
        for index, difference in enumerate(preview.differences):
            secret = hidden and difference.field in MASKED_FIELDS
            values = (
                self._field_labels.get(difference.field, difference.field),
                self._value_text(difference.field, difference.keep_value, secret),
                self._value_text(difference.field, difference.drop_value, secret),
                self._value_text(difference.field, difference.merged_value, secret),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, difference.field)
                if column == self.RESULT:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.differences_table.setItem(index, column, item)
        self.differences_table.resizeRowsToContents()
        self.differences_table.setVisible(bool(preview.differences))
        self.no_differences.setVisible(not preview.differences)
        self.summary_label.setText(self._summary(preview))
        self._update_reveal_bar(preview)

    def _summary(self, preview: MergePreview) -> str:
        moved, combined = preview.invitations_moved, preview.invitations_combined
        contacts, tags = preview.contact_log_moved, preview.tags_added
        return ", ".join(
            (
                plural(self.tr("%n invitation(s) moved", "", moved), moved),
                plural(self.tr("%n combined", "", combined), combined),
                plural(self.tr("%n contact-log entry(ies) moved", "", contacts), contacts),
                plural(self.tr("%n tag(s) added", "", tags), tags),
            )
        )

    def _value_text(self, field: str, value: str, secret: bool) -> str:
        if secret:
            return MASK  # even when empty: which fields are filled in says something too
        if not value:
            return self.tr("(empty)")
        try:
            if field == "stakeholder_group":
                return group_label(StakeholderGroup(value))
            if field == "risk_level":
                return risk_label(RiskLevel(value))
            if field == "participation":
                return participation_label(Participation(value))
        except ValueError:
            return value
        if field == "country":
            return country_text(value, generalised=False)
        if field.startswith("consent_") and value in ("yes", "no"):
            return self.tr("yes") if value == "yes" else self.tr("no")
        return value

    # ------------------------------------------------------------------ reveal

    def _update_reveal_bar(self, preview: MergePreview) -> None:
        at_risk = self._pair_masked((preview.keep, preview.drop)) or is_masked(
            preview.merged.risk_level
        )
        self.reveal_bar.setVisible(at_risk)
        key = _pair_key(preview.keep.id, preview.drop.id)
        revealed = self.reveal.is_revealed(key)
        seconds = self.reveal.duration_seconds
        if revealed:
            self.reveal_hint.setText(self.tr("Both records are shown in full."))
            self.reveal_button.setText(self.tr("Hide now"))
            self._on_countdown(self.reveal.seconds_left())
        else:
            self.reveal_hint.setText(
                self.tr(
                    "Someone in this pair is at high risk: names and contact details are "
                    "hidden, as people nearby could read them."
                )
            )
            self.reveal_button.setText(plural(self.tr("Reveal (%n s)", "", seconds), seconds))
            self.countdown_label.clear()
        self.reveal_bar.setProperty("revealed", revealed)
        self.reveal_bar.style().unpolish(self.reveal_bar)
        self.reveal_bar.style().polish(self.reveal_bar)

    def _on_reveal_clicked(self) -> None:
        preview = self._preview
        if preview is None:
            return
        key = _pair_key(preview.keep.id, preview.drop.id)
        if self.reveal.is_revealed(key):
            self.reveal.hide()
        else:
            self.reveal.reveal(key)

    def _on_revealed_changed(self, _key: object) -> None:
        self._fill_pairs_text()
        if self._preview is not None:
            self._show_preview(self._preview)

    def _fill_pairs_text(self) -> None:
        for index, pair in enumerate(self._pairs):
            hidden = self._pair_hidden(pair.first, pair.second)
            for column, row in ((self.PERSON_A, pair.first), (self.PERSON_B, pair.second)):
                item = self.pairs_table.item(index, column)
                if item is not None:
                    item.setText(self._person_text(row, hidden))

    def _on_countdown(self, seconds: int) -> None:
        preview = self._preview
        if preview is not None and self.reveal.is_revealed(
            _pair_key(preview.keep.id, preview.drop.id)
        ):
            self.countdown_label.setText(
                plural(self.tr("Hidden again in %n second(s)", "", seconds), seconds)
            )
        else:
            self.countdown_label.clear()

    # ------------------------------------------------------------------ merging

    def _labels(self, preview: MergePreview) -> tuple[str, str]:
        hidden = self._pair_hidden(preview.keep, preview.drop)
        keep = (preview.keep.pseudonym or MASK) if hidden else preview.keep.full_name
        drop = (preview.drop.pseudonym or MASK) if hidden else preview.drop.full_name
        return keep, drop

    def ask_to_merge(self) -> None:
        """Ask before merging (it cannot be undone); the merge runs when confirmed."""
        preview = self._preview
        if preview is None or self.confirm_box is not None:
            return
        keep, drop = self._labels(preview)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Merge two records"),
            self.tr("Merge “{drop}” into “{keep}”?").format(drop=drop, keep=keep),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self._summary(preview)
            + "\n\n"
            + self.tr(
                "The other record is removed. This cannot be undone; the audit log records "
                "that two records were merged, not who."
            )
        )
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.DestructiveRole)
        merge.setObjectName("confirmMerge")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        keep_id, drop_id = preview.keep.id, preview.drop.id
        box.finished.connect(
            lambda _result: self._confirmation_done(
                box, box.clickedButton() is merge, keep_id, drop_id
            )
        )
        self.confirm_box = box
        box.open()

    def _confirmation_done(self, box: QMessageBox, confirmed: bool, keep: str, drop: str) -> None:
        if self.confirm_box is box:
            self.confirm_box = None
        box.deleteLater()
        if confirmed and not self._closed:
            self.merge(keep, drop)

    def merge(self, keep_id: str, drop_id: str) -> bool:
        """Fold *drop_id* into *keep_id* (one transaction in the service), then list again."""
        preview = self._preview
        labels = self._labels(preview) if preview is not None else ("", "")
        set_busy_cursor(self, True)
        try:
            self._service.merge(keep_id, drop_id)
        except BizHRError as error:
            self.error.show_message(error_text(error))
            return False
        finally:
            set_busy_cursor(self, False)
        self.merge_count += 1
        self.reveal.hide()
        self.pairs_table.clearSelection()
        self._show_preview(None)
        self._merge_note = self.tr("Merged: “{keep}” now holds both records.").format(
            keep=labels[0]
        )
        self.load()
        return True

    # ------------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        # Closing (or the vault locking) drops every value shown, and any late answer.
        self._closed = True
        self.reveal.hide()
        if self.confirm_box is not None:
            box, self.confirm_box = self.confirm_box, None
            box.reject()
        self._pairs = []
        self.pairs_table.setRowCount(0)
        self._show_preview(None)
        super().done(result)
