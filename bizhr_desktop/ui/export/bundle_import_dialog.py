"""Import an encrypted bundle from another coordinator: open it, see the merge, apply it.

Choose the file → type its passphrase → it is opened off the GUI thread (age's scrypt takes
seconds on purpose) → the merge preview: new people, identical records, and conflicts field by
field with a choice per record (keep mine, the default; take theirs; newer edit wins) → Apply
writes everything in one transaction. Values of people at high or critical risk stay masked
in the conflict view until revealed, one person at a time, for a short while.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import (
    BizHRError,
    BundleTampered,
    BundleTruncated,
    BundleUnreadable,
    BundleWrongPassphrase,
)
from bizhr_desktop.core.masking import is_masked
from bizhr_desktop.services import bundles
from bizhr_desktop.services.bundles import (
    BundleMalformed,
    BundleVersionUnsupported,
    MergeChoices,
    MergePlan,
    MergeResult,
    PersonConflict,
    Prefer,
)
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.labels import MASK, plural
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.reveal import RevealTimer
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import (
    MessageLabel,
    PassphraseField,
    all_files_filter,
    choose_path,
    hint,
    path_label,
)
from bizhr_desktop.ui.common.worker import BackgroundJobs
from bizhr_desktop.ui.export.words import column_label

__all__ = ["BundleImportDialog"]

# What may be shown of a person at high or critical risk without revealing them.
_ALWAYS_SHOWN: Final = frozenset(
    {
        "stakeholder_group",
        "risk_level",
        "consent_network",
        "consent_coorganisers",
        "consent_public",
        "participation",
    }
)


def choose_bundle_file(parent: QWidget) -> str:
    return choose_path(
        parent,
        QCoreApplication.translate("Dialogs", "Choose a bundle"),
        [QCoreApplication.translate("Dialogs", "BizHR bundles (*.age)"), all_files_filter()],
    )


def isolate(text: str) -> str:
    """*text* in its own direction whatever the window's (an Arabic name in an English
    window, a Latin one in Arabic): between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE."""
    return f"\u2068{text}\u2069"


class ConflictTree(QTreeWidget):
    """One row per conflicting record (with its choice), one child row per differing field."""

    FIELD, MINE, THEIRS, CHOICE = range(4)

    def __init__(self, reveal: RevealTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reveal = reveal
        self.setColumnCount(4)
        self.setHeaderLabels(
            [self.tr("Person / field"), self.tr("In your vault"), self.tr("In the bundle"), ""]
        )
        self.setAccessibleName(self.tr("Records that differ"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(self.FIELD, 230)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the choices take the focus, not the rows
        header.setSectionResizeMode(self.MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.THEIRS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CHOICE, QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts: list[PersonConflict] = []
        self.combos: dict[str, QComboBox] = {}
        self.reveal_buttons: dict[str, QPushButton] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        reveal.revealed_changed.connect(self._refresh_values)

    def set_conflicts(self, conflicts: tuple[PersonConflict, ...]) -> None:
        self.clear()
        self.conflicts = list(conflicts)
        self.combos = {}
        self.reveal_buttons = {}
        self._items = {}
        for conflict in conflicts:
            top = QTreeWidgetItem(self)
            top.setText(self.FIELD, isolate(conflict.label))
            top.setToolTip(self.FIELD, isolate(conflict.label))
            font = top.font(self.FIELD)
            font.setBold(True)
            top.setFont(self.FIELD, font)
            mine_day = conflict.vault.updated_at
            theirs_day = conflict.bundle.updated_at
            newer = conflict.newer
            top.setText(self.MINE, self._edited(mine_day, newer is Prefer.VAULT))
            top.setText(self.THEIRS, self._edited(theirs_day, newer is Prefer.BUNDLE))
            for change in conflict.changes:
                child = QTreeWidgetItem(top)
                child.setText(self.FIELD, column_label(change.field))
                child.setData(self.FIELD, Qt.ItemDataRole.UserRole, change.field)
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(2, 2, 2, 2)
            combo = QComboBox(holder)
            combo.setAccessibleName(self.tr("What to keep for {who}").format(who=conflict.label))
            combo.addItem(self.tr("Keep mine"), Prefer.VAULT.value)
            combo.addItem(self.tr("Take theirs"), Prefer.BUNDLE.value)
            combo.addItem(self.tr("Newer edit wins"), Prefer.NEWER.value)
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            row.addWidget(combo)
            self.combos[conflict.person_id] = combo
            if self._masked(conflict):
                button = QPushButton(self.tr("Reveal"), holder)
                button.setAutoDefault(False)
                button.setToolTip(
                    self.tr("Show this person's values for {seconds} seconds").format(
                        seconds=self._reveal.duration_seconds
                    )
                )
                button.clicked.connect(
                    lambda _=False, pid=conflict.person_id: self._toggle_reveal(pid)
                )
                row.addWidget(button)
                self.reveal_buttons[conflict.person_id] = button
            row.addStretch(1)
            self.setItemWidget(top, self.CHOICE, holder)
            self._items[conflict.person_id] = top
            top.setExpanded(True)
        self._refresh_values()

    def _edited(self, moment: object, newer: bool) -> str:
        day = getattr(moment, "date", None)
        text = self.tr("edited {day}").format(day=day().isoformat()) if callable(day) else ""
        if newer:
            text = (text + " · " if text else "") + self.tr("newer")
        return text

    @staticmethod
    def _masked(conflict: PersonConflict) -> bool:
        return is_masked(conflict.vault.risk_level) or is_masked(conflict.bundle.risk_level)

    def _toggle_reveal(self, person_id: str) -> None:
        if self._reveal.is_revealed(person_id):
            self._reveal.hide()
        else:
            self._reveal.reveal(person_id)

    def _refresh_values(self, *_args: object) -> None:
        for conflict in self.conflicts:
            top = self._items.get(conflict.person_id)
            if top is None:
                continue
            hidden = self._masked(conflict) and not self._reveal.is_revealed(conflict.person_id)
            if conflict.person_id in self.reveal_buttons:
                self.reveal_buttons[conflict.person_id].setText(
                    self.tr("Reveal") if hidden else self.tr("Hide")
                )
            for index, change in enumerate(conflict.changes):
                child = top.child(index)
                if child is None:
                    continue
                masked_field = hidden and change.field not in _ALWAYS_SHOWN
                mine = MASK if masked_field and change.vault_value else change.vault_value
                theirs = MASK if masked_field and change.bundle_value else change.bundle_value
                child.setText(self.MINE, isolate(mine) if mine else self.tr("(empty)"))
                child.setText(self.THEIRS, isolate(theirs) if theirs else self.tr("(empty)"))

    def set_all(self, prefer: Prefer) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(max(0, combo.findData(prefer.value)))

    def choices(self) -> dict[str, Prefer]:
        return {pid: Prefer(combo.currentData()) for pid, combo in self.combos.items()}

    def forget(self) -> None:
        self.clear()
        self.conflicts = []
        self.combos = {}
        self.reveal_buttons = {}
        self._items = {}


class BundleImportDialog(QDialog):
    """Open a bundle, preview the merge, apply it; ``merged`` carries the MergeResult."""

    merged = Signal(object)

    OPEN, BUSY, PLAN, RESULT = range(4)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: VaultSession | None = session
        self.path: Path | None = None
        self.plan: MergePlan | None = None
        self.merge_result: MergeResult | None = None
        self._busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs = BackgroundJobs(self._pool)
        self.reveal = RevealTimer(parent=self)

        self.setWindowTitle(self.tr("Import a bundle"))
        self.setStyleSheet(style_sheet("records", "export"))
        self.setMinimumSize(860, 600)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_open_page())
        self.stack.addWidget(self._build_busy_page())
        self.stack.addWidget(self._build_plan_page())
        self.stack.addWidget(self._build_result_page())

        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self._back)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.primary_button = QPushButton(self)
        self.primary_button.setProperty("primary", True)
        self.primary_button.setDefault(True)
        self.primary_button.clicked.connect(self._primary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.primary_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show_step(self.OPEN)

    # ------------------------------------------------------------------ building

    def _build_open_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Open a bundle from another coordinator"), page)
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        intro = hint(
            self.tr(
                "A bundle (.age) holds full records, encrypted with a passphrase the other "
                "coordinator gave you. Nothing changes in your vault until you apply the merge."
            ),
            page,
        )
        self.choose_button = QPushButton(self.tr("Choose file…"), page)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        self.path_text = path_label(page)
        self.passphrase_field = PassphraseField(self.tr("Bundle passphrase"), parent=page)
        self.passphrase_field.textChanged.connect(self._update_buttons)
        self.error_title = QLabel(page)
        self.error_title.setProperty("role", "error")
        font = self.error_title.font()
        font.setBold(True)
        self.error_title.setFont(font)
        self.error_title.hide()
        self.error = MessageLabel("error", page)
        chooser = QHBoxLayout()
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.path_text, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(chooser)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Passphrase:"), page))
        layout.addWidget(self.passphrase_field)
        layout.addSpacing(8)
        layout.addWidget(self.error_title)
        layout.addWidget(self.error)
        layout.addStretch(1)
        return page

    def _build_busy_page(self) -> QWidget:
        page = QWidget(self)
        self.busy_label = QLabel(page)
        self.busy_label.setWordWrap(True)
        bar = QProgressBar(page)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumHeight(12)
        bar.setAccessibleName(self.tr("Working"))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(bar)
        layout.addStretch(2)
        return page

    def _build_plan_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("What the merge will do"), page)
        title.setProperty("role", "heading")
        self.counts_label = QLabel(page)
        self.counts_label.setProperty("role", "headline")
        self.counts_label.setWordWrap(True)
        self.details_label = hint("", page)
        self.conflicts_heading = QLabel(page)
        self.conflicts_heading.setProperty("role", "subheading")
        self.conflicts_heading.setWordWrap(True)
        self.conflict_tree = ConflictTree(self.reveal, page)
        self.all_combo = QComboBox(page)
        self.all_combo.setAccessibleName(self.tr("For every record that differs"))
        self.all_combo.addItem(self.tr("Keep mine"), Prefer.VAULT.value)
        self.all_combo.addItem(self.tr("Take theirs"), Prefer.BUNDLE.value)
        self.all_combo.addItem(self.tr("Newer edit wins"), Prefer.NEWER.value)
        self.all_button = QPushButton(self.tr("Apply to all"), page)
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(
            lambda: self.conflict_tree.set_all(Prefer(self.all_combo.currentData()))
        )
        self.all_row = QWidget(page)
        all_layout = QHBoxLayout(self.all_row)
        all_layout.setContentsMargins(0, 0, 0, 0)
        all_layout.addWidget(QLabel(self.tr("For every record that differs:"), self.all_row))
        all_layout.addWidget(self.all_combo)
        all_layout.addWidget(self.all_button)
        all_layout.addStretch(1)
        self.plan_error = MessageLabel("error", page)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.details_label)
        layout.addSpacing(6)
        layout.addWidget(self.conflicts_heading)
        layout.addWidget(self.all_row)
        layout.addWidget(self.conflict_tree, 1)
        layout.addWidget(self.plan_error)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Bundle imported"), page)
        title.setProperty("role", "heading")
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(self.result_label)
        layout.addWidget(hint(self.tr("Recorded in the audit log, by counts only."), page))
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ steps

    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.back_button.setVisible(step == self.PLAN)
        self.cancel_button.setVisible(step != self.RESULT)
        self.cancel_button.setEnabled(step != self.BUSY)
        self.primary_button.setVisible(step != self.BUSY)
        self.primary_button.setText(
            {
                self.OPEN: self.tr("Open"),
                self.PLAN: self.tr("Apply"),
                self.RESULT: self.tr("Close"),
            }.get(step, "")
        )
        self._update_buttons()
        if step == self.OPEN:
            self.passphrase_field.setFocus()

    def step(self) -> int:
        return self.stack.currentIndex()

    def _update_buttons(self, *_args: object) -> None:
        step = self.step()
        if step == self.OPEN:
            self.primary_button.setEnabled(
                self.path is not None and bool(self.passphrase_field.text())
            )
        elif step == self.PLAN:
            self.primary_button.setEnabled(self.plan is not None and self.plan.changes_anything)
        else:
            self.primary_button.setEnabled(True)

    def _primary(self) -> None:
        if not self.primary_button.isEnabled() or self.primary_button.isHidden():
            return
        step = self.step()
        if step == self.OPEN:
            self.open_bundle()
        elif step == self.PLAN:
            self.apply()
        elif step == self.RESULT:
            self.accept()

    def _back(self) -> None:
        self.reveal.hide()
        self.plan = None
        self.conflict_tree.forget()
        self._show_step(self.OPEN)

    def _choose(self) -> None:
        chosen = choose_bundle_file(self)
        if chosen:
            self.load_path(Path(chosen))

    def load_path(self, path: Path) -> bool:
        """Take *path* as the bundle to open; say at once if it is not a bundle at all."""
        self._clear_error()
        self.path_text.setText(str(path))
        if not bundles.is_bundle(path):
            self.path = None
            self._show_error(
                self.tr("Not a bundle"),
                self.tr(
                    "{name} is not a BizHR bundle (an encrypted .age file made by “Export” "
                    "for another coordinator)."
                ).format(name=path.name),
            )
            self._update_buttons()
            return False
        self.path = path
        self._update_buttons()
        self.passphrase_field.setFocus()
        return True

    def _clear_error(self) -> None:
        self.error_title.hide()
        self.error.clear_message()

    def _show_error(self, title: str, message: str) -> None:
        self.error_title.setText(title)
        self.error_title.show()
        self.error.show_message(message)

    def error_title_for(self, error: BizHRError) -> str:
        if isinstance(error, BundleWrongPassphrase):
            return self.tr("Wrong passphrase")
        if isinstance(error, BundleTruncated):
            return self.tr("The file is incomplete")
        if isinstance(error, BundleTampered):
            return self.tr("The file was altered")
        if isinstance(error, BundleVersionUnsupported):
            return self.tr("Made by a newer BizHR Desktop")
        if isinstance(error, BundleMalformed):
            return self.tr("The bundle's records are not valid")
        if isinstance(error, BundleUnreadable):
            return self.tr("Not a bundle")
        return self.tr("The bundle could not be opened")

    def open_bundle(self) -> None:
        session, path = self.session, self.path
        if session is None or path is None or self._busy:
            return
        passphrase = self.passphrase_field.text()
        self._clear_error()
        self.busy_label.setText(
            self.tr(
                "Opening the bundle… This takes a few seconds on purpose: it makes guessing "
                "the passphrase slow."
            )
        )
        self._busy = True
        self._show_step(self.BUSY)

        def read_and_plan() -> MergePlan:
            contents = bundles.read_bundle(path, passphrase)
            return bundles.plan_merge(session, contents)

        self._run(read_and_plan, self._on_planned)

    def _on_planned(self, outcome: object) -> None:
        self._busy = False
        if isinstance(outcome, MergePlan):
            self.passphrase_field.clear()
            self.plan = outcome
            self._fill_plan(outcome)
            self._show_step(self.PLAN)
            return
        self._show_step(self.OPEN)
        if isinstance(outcome, BizHRError):
            self._show_error(self.error_title_for(outcome), error_text(outcome))
            self.passphrase_field.edit.selectAll()
            return
        if isinstance(outcome, BaseException):
            raise outcome

    def _fill_plan(self, plan: MergePlan) -> None:
        new, same, differ = len(plan.new_people), len(plan.identical), len(plan.conflicts)
        self.counts_label.setText(
            " · ".join(
                (
                    plural(self.tr("%n new person(s)", "", new), new),
                    plural(self.tr("%n identical", "", same), same),
                    plural(self.tr("%n conflict(s)", "", differ), differ),
                )
            )
        )
        details = []
        if plan.new_organisations:
            details.append(
                plural(
                    self.tr("%n new organisation(s)", "", len(plan.new_organisations)),
                    len(plan.new_organisations),
                )
            )
        if plan.new_contact_log:
            details.append(
                plural(
                    self.tr("%n contact log entry(ies)", "", len(plan.new_contact_log)),
                    len(plan.new_contact_log),
                )
            )
        if plan.cleaned:
            details.append(
                plural(
                    self.tr(
                        "invisible characters that can make a name look like another are "
                        "taken out of %n value(s)",
                        "",
                        plan.cleaned,
                    ),
                    plan.cleaned,
                )
            )
        if not plan.changes_anything:
            details.append(self.tr("Nothing to import: your vault already holds all of it."))
        self.details_label.setText(" · ".join(details))
        has_conflicts = bool(plan.conflicts)
        self.conflicts_heading.setVisible(has_conflicts)
        self.conflicts_heading.setText(
            self.tr(
                "These records differ between your vault and the bundle. Your version is kept "
                "unless you choose otherwise."
            )
        )
        self.all_row.setVisible(has_conflicts)
        self.all_combo.setCurrentIndex(0)
        self.conflict_tree.setVisible(has_conflicts)
        self.conflict_tree.set_conflicts(plan.conflicts)
        self.plan_error.clear_message()

    def choices(self) -> MergeChoices:
        """Keep mine by default; each record's choice where it differs from that."""
        per_record = {
            pid: prefer
            for pid, prefer in self.conflict_tree.choices().items()
            if prefer is not Prefer.VAULT
        }
        return MergeChoices(default=Prefer.VAULT, per_record=per_record)

    def apply(self) -> None:
        session, plan = self.session, self.plan
        if session is None or plan is None or self._busy:
            return
        choices = self.choices()
        self.reveal.hide()
        self.busy_label.setText(self.tr("Applying the merge…"))
        self._busy = True
        self._show_step(self.BUSY)
        self._run(lambda: bundles.apply_merge(session, plan, choices), self._on_applied)

    def _on_applied(self, outcome: object) -> None:
        self._busy = False
        if isinstance(outcome, MergeResult):
            self.merge_result = outcome
            self.plan = None
            self.conflict_tree.forget()
            self.result_label.setText(self._result_text(outcome))
            self._show_step(self.RESULT)
            self.merged.emit(outcome)
            return
        self._show_step(self.PLAN)
        if isinstance(outcome, BizHRError):
            self.plan_error.show_message(
                error_text(outcome) + " " + self.tr("Nothing was changed in your vault.")
            )
            return
        if isinstance(outcome, BaseException):
            raise outcome

    def _result_text(self, result: MergeResult) -> str:
        lines = [
            plural(self.tr("%n person(s) added.", "", result.added), result.added),
            plural(
                self.tr("%n record(s) updated from the bundle.", "", result.updated),
                result.updated,
            ),
            plural(self.tr("%n record(s) kept as in your vault.", "", result.kept), result.kept),
            plural(
                self.tr("%n record(s) already identical.", "", result.identical), result.identical
            ),
        ]
        if result.organisations_added:
            lines.append(
                plural(
                    self.tr("%n organisation(s) added.", "", result.organisations_added),
                    result.organisations_added,
                )
            )
        if result.contact_log_added:
            lines.append(
                plural(
                    self.tr("%n contact log entry(ies) added.", "", result.contact_log_added),
                    result.contact_log_added,
                )
            )
        return "\n".join(lines)

    # ------------------------------------------------------------------ background

    def _run(self, job: Callable[[], object], done: Callable[[object], None]) -> None:
        self._jobs.run(job, done)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def is_busy(self) -> bool:
        return self._busy

    # ------------------------------------------------------------------ closing

    def _forget(self) -> None:
        self.reveal.hide()
        self.plan = None
        self.conflict_tree.forget()
        self.passphrase_field.clear()

    def abort(self) -> None:
        """The vault is locking: wait for work in progress, drop every record, close."""
        self._jobs.abort()
        self._pool.waitForDone()
        self.session = None
        self._forget()
        super().reject()

    def reject(self) -> None:
        if self._busy:
            return  # opening takes seconds and applying is one transaction: let it end
        self._jobs.abort()
        self._forget()
        super().reject()

    def accept(self) -> None:
        self._forget()
        super().accept()
