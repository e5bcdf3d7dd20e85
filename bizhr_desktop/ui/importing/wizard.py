"""Import people or organisations from a CSV or Excel file, in five steps.

Choose a file → map its columns → see every problem of every row, fix values in place or
skip rows → import (off the GUI thread, with progress and Cancel) → result. Nothing is
written unless every row is valid, fixed or skipped (or the person ticks "Skip the rows
with problems"), and then in one transaction; a cancelled import leaves the vault as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bizhr_desktop.core.errors import BizHRError, Cancelled
from bizhr_desktop.core.masking import MASKED_FIELDS, is_masked
from bizhr_desktop.core.text import character_names
from bizhr_desktop.services import importing
from bizhr_desktop.services.importing import ImportKind, ImportPlan, ImportResult, Table
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.labels import MASK, isolated, plural
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.style import style_sheet
from bizhr_desktop.ui.common.widgets import (
    MessageLabel,
    all_files_filter,
    choose_path,
    hint,
    path_label,
)
from bizhr_desktop.ui.common.worker import BackgroundJobs, ProgressTask
from bizhr_desktop.ui.importing.problems import ImportProblemsModel, ProblemsView
from bizhr_desktop.ui.importing.words import field_label

__all__ = ["ImportKind", "ImportWizard"]

PREVIEW_ROWS = 20


def choose_import_file(parent: QWidget) -> str:
    """Ask for a .csv or .xlsx file with Qt's own dialog, then forget where it was."""
    return choose_path(
        parent,
        QCoreApplication.translate("Dialogs", "Choose a file to import"),
        [QCoreApplication.translate("Dialogs", "Spreadsheets (*.csv *.xlsx)"), all_files_filter()],
    )


# ---------------------------------------------------------------- the worker


# ---------------------------------------------------------------- pages


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV (UTF-8) or Excel .xlsx file with a header row. Nothing is written to "
                "the vault before the last step."
            )
        )
        self.people_radio = QRadioButton(self.tr("People"), self)
        self.organisations_radio = QRadioButton(self.tr("Organisations"), self)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.people_radio)
        self.kind_group.addButton(self.organisations_radio)
        self.people_radio.setChecked(wizard.kind is ImportKind.PEOPLE)
        self.organisations_radio.setChecked(wizard.kind is not ImportKind.PEOPLE)
        self.kind_group.buttonToggled.connect(self._on_kind_changed)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        self.path_label = path_label(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.error = MessageLabel("error", self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self._loads = 0
        self._reading = 0  # which load() is running (0: none); a newer choice wins
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("Import:"), self))
        kinds.addWidget(self.people_radio)
        kinds.addWidget(self.organisations_radio)
        kinds.addStretch(1)
        chooser = QHBoxLayout()
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.path_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addSpacing(8)
        layout.addLayout(chooser)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def _on_kind_changed(self) -> None:
        self._wizard.kind = (
            ImportKind.PEOPLE if self.people_radio.isChecked() else ImportKind.ORGANISATIONS
        )
        self._wizard.mapping = {}

    def _choose(self) -> None:
        chosen = choose_import_file(self)
        if chosen:
            self.load(Path(chosen))

    @property
    def reading(self) -> bool:
        """True while a chosen file is being read (off the GUI thread)."""
        return self._reading != 0

    def load(self, path: Path) -> None:
        """Start reading *path* on the wizard's pool; the page fills in when it is read, and
        shows the file's problems (encoding, ragged rows) here."""
        self._wizard.table = None
        self._wizard.mapping = {}
        self.error.clear_message()
        self.path_label.setText(str(path))
        self.summary_label.setText(self.tr("Reading the file…"))
        self.busy_bar.show()
        self._loads += 1
        reading = self._reading = self._loads
        # A 100 000-row file takes a second or more to read: never on the GUI thread.
        self._wizard.run_in_background(
            lambda: importing.read_file(path), lambda outcome: self._on_read(reading, outcome)
        )
        self.completeChanged.emit()

    def _on_read(self, reading: int, outcome: object) -> None:
        if reading != self._reading:
            return  # another file was chosen meanwhile
        self._reading = 0
        self.busy_bar.hide()
        self.summary_label.clear()
        if isinstance(outcome, Table):
            self._wizard.table = outcome
            self.summary_label.setText(
                plural(self.tr("%n row(s) read", "", len(outcome.rows)), len(outcome.rows))
                + " · "
                + plural(self.tr("%n column(s)", "", len(outcome.headers)), len(outcome.headers))
            )
        elif isinstance(outcome, BizHRError):
            self.error.show_message(error_text(outcome))
        elif isinstance(outcome, BaseException):
            raise outcome  # a bug, not a problem with the file
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        table = self._wizard.table
        return not self.reading and table is not None and bool(table.rows)


class MappingPage(QWizardPage):
    """One line per column of the file, and what it becomes in the vault."""

    FILE_COLUMN, EXAMPLE, FIELD = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Say what each column of your file holds. Columns set to “Do not import” are "
                "left out."
            )
        )
        self.table = QTableWidget(0, 3, self)
        isolate_cells(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in your file"), self.tr("First value"), self.tr("Import as")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Column matching"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.FILE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.error = MessageLabel("error", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        wizard = self._wizard
        table = wizard.table
        assert table is not None
        suggested = wizard.service.suggest_mapping(wizard.kind, list(table.headers))
        fields = wizard.canonical_fields()
        self.table.setRowCount(len(table.headers))
        self.combos = []
        for row, column in enumerate(table.headers):
            name = QTableWidgetItem(column)
            example = next((r[row] for r in table.rows if row < len(r) and r[row].strip()), "")
            sample = QTableWidgetItem(example[:60])
            sample.setForeground(Qt.GlobalColor.darkGray)
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.tr("Import {column} as").format(column=column))
            # A column nobody recognised must be decided on, not silently dropped.
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("Do not import"), "")
            for field in fields:
                combo.addItem(self._field_text(field), field)
            chosen = wizard.mapping.get(column, suggested.get(column))
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.currentIndexChanged.connect(self._on_changed)
            self.table.setItem(row, self.FILE_COLUMN, name)
            self.table.setItem(row, self.EXAMPLE, sample)
            self.table.setCellWidget(row, self.FIELD, combo)
            self.combos.append(combo)
        self._on_changed()

    def _field_text(self, field: str) -> str:
        if field in self._wizard.required_fields():
            return self.tr("{field} (required)").format(field=field_label(field))
        return field_label(field)

    def mapping(self) -> dict[str, str]:
        table = self._wizard.table
        if table is None:
            return {}
        return {
            column: str(combo.currentData())
            for column, combo in zip(table.headers, self.combos, strict=True)
            if combo.currentData() is not None
        }

    def undecided(self) -> list[str]:
        table = self._wizard.table
        if table is None:
            return []
        return [
            column
            for column, combo in zip(table.headers, self.combos, strict=True)
            if combo.currentData() is None
        ]

    def problems(self) -> list[str]:
        mapping = self.mapping()
        used = [field for field in mapping.values() if field]
        problems = [
            self.tr("Say what the column “{column}” holds, or choose “Do not import”.").format(
                column=column
            )
            for column in self.undecided()
        ]
        problems += [
            self.tr("Choose the column that holds “{field}”.").format(field=field_label(field))
            for field in self._wizard.required_fields()
            if field not in used
        ]
        twice = sorted({field for field in used if used.count(field) > 1})
        problems += [
            self.tr("“{field}” is chosen for more than one column.").format(
                field=field_label(field)
            )
            for field in twice
        ]
        return problems

    def _on_changed(self) -> None:
        self._wizard.mapping = self.mapping()
        self.error.show_message("\n".join(self.problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.combos) and not self.problems()


class ReviewPage(QWizardPage):
    """The first rows as they will be stored, and every problem of every row (row, column,
    value, what is wrong), each value fixable in place and each bad row skippable."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setProperty("role", "subheading")
        self.preview = QTableWidget(0, 0, self)
        isolate_cells(self.preview)
        self.preview.setAccessibleName(self.tr("First rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().setDefaultSectionSize(26)
        self.preview.setMinimumHeight(110)
        self.preview_heading = QLabel(self.tr("First rows of the file:"), self)
        self.problems_heading = QLabel(self)
        self.problems_heading.setProperty("role", "subheading")
        self.problems_hint = hint(
            self.tr(
                "Fix a value where it stands (Enter, or double-click it): the row is checked "
                "again at once. Or skip the row (Delete): it is left out of the import."
            ),
            self,
        )
        self.model = ImportProblemsModel(wizard.service.fix, self)
        self.model.changed.connect(self._on_plan_changed)
        self.model.fixed.connect(self._on_fixed)
        self.model.failed.connect(self._on_fix_failed)
        self.problems = ProblemsView(self)
        self.problems.setModel(self.model)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setAccessibleDescription(
            self.tr("Enter fixes the value of the selected problem; Delete skips its row.")
        )
        self.problems.setMinimumHeight(160)
        self.problems.skip_requested.connect(self.model.toggle_skip)
        self.problems.selectionModel().currentChanged.connect(self._on_current_changed)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(ImportProblemsModel.ROW, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ImportProblemsModel.FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ImportProblemsModel.VALUE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ImportProblemsModel.PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleName(self.tr("Selected problem"))
        self.fix_button = QPushButton(self.tr("&Fix value"), self)
        self.fix_button.setAutoDefault(False)
        self.fix_button.setAccessibleName(self.tr("Fix the selected value"))
        self.fix_button.clicked.connect(self._fix_current)
        self.skip_button = QPushButton(self.tr("&Skip row"), self)
        self.skip_button.setAutoDefault(False)
        self.skip_button.setAccessibleName(self.tr("Skip the selected row"))
        self.skip_button.clicked.connect(self._skip_current)
        self.skip_box = QCheckBox(self)
        self.skip_box.setChecked(False)
        self.skip_box.toggled.connect(self._on_skip_toggled)
        self.blocked_label = MessageLabel("error", self)
        self.error = MessageLabel("error", self)
        # Invisible characters the import takes out (a name that would show as another).
        self.cleaned_label = MessageLabel("notice", self)
        self.cleaned_label.setObjectName("cleanedValues")
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.fix_button)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.skip_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.cleaned_label)
        layout.addWidget(self.preview_heading)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems_heading)
        layout.addWidget(self.problems_hint)
        layout.addWidget(self.problems, 3)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addWidget(self.blocked_label)
        layout.addWidget(self.error)
        self._problem_widgets: tuple[QWidget, ...] = (
            self.problems_heading, self.problems_hint, self.problems, self.detail,
            self.fix_button, self.skip_button,
        )  # fmt: skip

    def initializePage(self) -> None:
        wizard = self._wizard
        assert wizard.table is not None
        self.skip_box.setChecked(False)
        self.error.clear_message()
        wizard.plan = None
        self._fill(None)
        self.summary_label.setText(self.tr("Checking every row…"))
        self.busy_bar.show()
        service, kind, table = wizard.service, wizard.kind, wizard.table
        mapping = dict(wizard.mapping)
        # Checking 100 000 rows takes seconds: off the GUI thread, like the import itself.
        stop = wizard.stop_checking
        wizard.run_in_background(
            lambda: service.plan(kind, table, mapping, cancelled=stop.is_set),
            self._on_planned,
        )
        self.completeChanged.emit()

    def _on_planned(self, outcome: object) -> None:
        self.busy_bar.hide()
        if isinstance(outcome, ImportPlan):
            self._wizard.plan = outcome
            self._fill(outcome)
        elif isinstance(outcome, Cancelled):
            self.summary_label.clear()
        elif isinstance(outcome, BizHRError):
            self.summary_label.clear()
            self.error.show_message(error_text(outcome))
        elif isinstance(outcome, BaseException):
            raise outcome  # a bug, not a problem with the file
        self.completeChanged.emit()

    def _show_cleaned(self, plan: ImportPlan | None) -> None:
        cleaned = plan.cleaned if plan is not None else []
        if not cleaned:
            self.cleaned_label.clear_message()
            self.cleaned_label.setToolTip("")
            return
        removed = dict.fromkeys(c for value in cleaned for c in value.removed)
        rows = sorted({value.row for value in cleaned})
        shown = ", ".join(str(row) for row in rows[:10]) + (" …" if len(rows) > 10 else "")
        self.cleaned_label.show_message(
            plural(
                self.tr(
                    "Invisible characters that can make a name look like another are taken "
                    "out of %n value(s) (rows {rows}): {characters}.",
                    "",
                    len(cleaned),
                ),
                len(cleaned),
            ).format(rows=shown, characters=character_names(removed))
        )
        self.cleaned_label.setToolTip(
            "\n".join(
                f"{value.row}: {field_label(value.field)} — {character_names(value.removed)}"
                for value in cleaned[:100]
            )
        )

    def _fill(self, plan: ImportPlan | None) -> None:
        self.preview.clear()
        self.model.set_plan(plan)
        self._show_cleaned(plan)
        if plan is None:
            self.summary_label.clear()
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            for widget in self._problem_widgets:
                widget.hide()
            self.skip_box.hide()
            return
        people = plan.kind is ImportKind.PEOPLE
        fields = [field for field in dict.fromkeys(plan.mapping.values()) if field]
        rows = plan.preview[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(fields))
        self.preview.setHorizontalHeaderLabels([field_label(field) for field in fields])
        self.preview.setRowCount(len(rows))
        for r, record in enumerate(rows):
            masked = people and is_masked(record.get("risk_level", "").strip().casefold())
            for c, field in enumerate(fields):
                value = record.get(field, "")
                if masked and field in MASKED_FIELDS and value:
                    value = MASK
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        has_problems = bool(plan.problems)
        for widget in self._problem_widgets:
            widget.setVisible(has_problems)
        if has_problems:
            # Measured on the first lines only (resizeContentsPrecision): a list of 50 000
            # problems costs no more than one of 50.
            for column in (ImportProblemsModel.ROW, ImportProblemsModel.FIELD,
                           ImportProblemsModel.VALUE):  # fmt: skip
                self.problems.resizeColumnToContents(column)
            header = self.problems.horizontalHeader()
            header.resizeSection(
                ImportProblemsModel.VALUE, min(header.sectionSize(ImportProblemsModel.VALUE), 220)
            )
            self.problems.setCurrentIndex(self.model.index(0, ImportProblemsModel.VALUE))
        self._on_plan_changed()

    # ------------------------------------------------------------ fixing and skipping

    def _fix_current(self) -> None:
        self.problems.setFocus()
        self.problems.edit_current()

    def _skip_current(self) -> None:
        current = self.problems.currentIndex()
        if current.isValid():
            self.model.toggle_skip(current.row())
        self.problems.setFocus()

    def _on_fixed(self, row: int) -> None:
        """After a fix: stay on that row if it still has problems, else go to the next line."""
        self.error.clear_message()
        line = self.model.first_line_of(row)
        if line < 0:
            line = min(self.model.first_line_after(row), self.model.rowCount() - 1)
        if line >= 0:
            self.problems.setCurrentIndex(self.model.index(line, ImportProblemsModel.VALUE))
        self.problems.setFocus()

    def _on_fix_failed(self, message: str) -> None:
        self.error.show_message(message)

    def _on_current_changed(self) -> None:
        self._update_current()

    def _update_current(self) -> None:
        current = self.problems.currentIndex()
        line = current.row() if current.isValid() else -1
        problem = self.model.problem_at(line)
        self.fix_button.setEnabled(self.model.can_fix(line))
        self.skip_button.setEnabled(self.model.can_skip(line))
        skipped = self.model.is_skipped(line)
        self.skip_button.setText(self.tr("Take row &back") if skipped else self.tr("&Skip row"))
        if problem is None:
            self.detail.clear()
            return
        where = self.model.index(line, ImportProblemsModel.FIELD).data()
        what = self.model.index(line, ImportProblemsModel.PROBLEM).data()
        text = self.tr("Row {row} · {where}: {problem}").format(
            row=problem.row, where=isolated(where), problem=isolated(what)
        )
        # The line reads in the window's direction, whatever script its first word is in.
        self.detail.setText(("\u200f" if self.isRightToLeft() else "\u200e") + text)

    def _on_plan_changed(self) -> None:
        plan = self._wizard.plan
        if plan is None:
            return
        self._update_summary(plan)
        self._update_current()
        unresolved = plan.unresolved_rows
        self.skip_box.setVisible(
            unresolved > 0 and plan.valid_rows > 0 and not plan.header_problems
        )
        self.skip_box.setText(
            plural(
                self.tr("Skip the %n row(s) with problems and import the others", "", unresolved),
                unresolved,
            )
        )
        self._update_blocked()
        self.completeChanged.emit()

    def _update_summary(self, plan: ImportPlan) -> None:
        if not plan.problems:
            if plan.fixed:
                text = plural(
                    self.tr("All %n row(s) can be imported", "", plan.valid_rows), plan.valid_rows
                )
                text += " " + plural(
                    self.tr("(%n with a value you fixed).", "", len(plan.fixed)), len(plan.fixed)
                )
            else:
                text = plural(
                    self.tr("All %n row(s) can be imported.", "", plan.total_rows),
                    plan.total_rows,
                )
            self.summary_label.setText(text)
            self.problems_heading.clear()
            return
        parts = [
            plural(self.tr("%n row(s) can be imported.", "", plan.valid_rows), plan.valid_rows)
        ]
        unresolved = plan.unresolved_rows
        if unresolved:
            parts.append(plural(self.tr("%n row(s) with problems.", "", unresolved), unresolved))
        if plan.skipped:
            parts.append(
                plural(self.tr("%n row(s) skipped.", "", len(plan.skipped)), len(plan.skipped))
            )
        if plan.fixed:
            parts.append(plural(self.tr("%n row(s) fixed.", "", len(plan.fixed)), len(plan.fixed)))
        self.summary_label.setText(" ".join(parts))
        self.problems_heading.setText(
            plural(self.tr("Problems (%n)", "", len(plan.problems)), len(plan.problems))
        )

    def _on_skip_toggled(self) -> None:
        self._update_blocked()
        self.completeChanged.emit()

    def _update_blocked(self) -> None:
        plan = self._wizard.plan
        if plan is None or not plan.problems or self.isComplete():
            self.blocked_label.clear_message()
        elif plan.valid_rows == 0 and plan.unresolved_rows == 0:
            self.blocked_label.show_message(self.tr("Every row is skipped: nothing to import."))
        elif plan.valid_rows == 0 or plan.header_problems:
            self.blocked_label.show_message(
                self.tr(
                    "No row can be imported yet. Fix the values in the list, or correct the "
                    "file and choose it again."
                )
            )
        else:
            self.blocked_label.show_message(
                self.tr(
                    "Nothing will be imported while rows have problems: fix their values, "
                    "skip those rows, or tick the box to skip them all."
                )
            )

    def skip_bad_rows(self) -> bool:
        return self.skip_box.isChecked()

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        if plan is None or plan.valid_rows == 0 or plan.header_problems:
            return False
        return plan.unresolved_rows == 0 or self.skip_box.isChecked()


class RunPage(QWizardPage):
    """The import itself, on a pool thread; Cancel leaves the vault unchanged."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.label = QLabel(self.tr("Importing…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(True)
        self.bar.setMinimumHeight(18)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(wizard.cancel_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(
            hint(
                self.tr(
                    "The import is written in one step at the end: if you cancel, nothing "
                    "is changed."
                ),
                self,
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)
        self._wizard.start_import()

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(
            self.tr("Importing row {done} of {total}…").format(done=done, total=total)
        )

    def isComplete(self) -> bool:
        return self._wizard.outcome is not None


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Done"))
        self.setFinalPage(True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.error = MessageLabel("error", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        outcome = self._wizard.outcome
        self.error.clear_message()
        if isinstance(outcome, ImportResult):
            self.setTitle(self.tr("Import finished"))
            what = (
                plural(self.tr("%n person(s) added.", "", outcome.added), outcome.added)
                if self._wizard.kind is ImportKind.PEOPLE
                else plural(self.tr("%n organisation(s) added.", "", outcome.added), outcome.added)
            )
            lines = [what]
            if outcome.fixed:
                lines.append(
                    plural(
                        self.tr("%n row(s) imported with a value you fixed.", "", outcome.fixed),
                        outcome.fixed,
                    )
                )
            if outcome.skipped:
                lines.append(
                    plural(
                        self.tr("%n row(s) skipped: not imported.", "", outcome.skipped),
                        outcome.skipped,
                    )
                )
            if outcome.organisations_created:
                lines.append(
                    plural(
                        self.tr(
                            "%n new organisation(s) created from the people's organisations.",
                            "",
                            outcome.organisations_created,
                        ),
                        outcome.organisations_created,
                    )
                )
            self.label.setText("\n".join(lines))
        elif isinstance(outcome, Cancelled):
            self.setTitle(self.tr("Import cancelled"))
            self.label.setText(self.tr("The import was cancelled. Nothing was changed."))
        else:
            self.setTitle(self.tr("Import failed"))
            self.label.setText(self.tr("Nothing was changed."))
            message = error_text(outcome) if isinstance(outcome, BizHRError) else str(outcome)
            self.error.show_message(message)


# ---------------------------------------------------------------- the wizard


class ImportWizard(QWizard):
    """The import steps; ``imported`` carries the :class:`ImportResult` when rows were added."""

    imported = Signal(object)

    FILE, MAPPING, REVIEW, RUN, RESULT = range(5)

    def __init__(
        self,
        service: importing.ImportService,
        kind: ImportKind = ImportKind.PEOPLE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.kind = kind
        self.table: Table | None = None
        self.mapping: dict[str, str] = {}
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | BaseException | None = None
        self._job: ProgressTask | None = None
        # Set when the wizard closes: a row check still running stops at its next batch.
        self.stop_checking = threading.Event()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs = BackgroundJobs(self._pool)

        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setStyleSheet(style_sheet("records"))
        self.setMinimumSize(860, 640)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.review_page = ReviewPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.MAPPING, self.mapping_page)
        self.setPage(self.REVIEW, self.review_page)
        self.setPage(self.RUN, self.run_page)
        self.setPage(self.RESULT, self.result_page)

    def canonical_fields(self) -> Sequence[str]:
        return importing.accepted_fields(self.kind)

    def required_fields(self) -> tuple[str, ...]:
        return importing.REQUIRED_COLUMNS[self.kind]

    # ------------------------------------------------------------------ running

    def start_import(self) -> None:
        if self._job is not None or self.plan is None:
            return
        self.outcome = None
        service, plan = self.service, self.plan
        # Past the commit page there is no way back to the mapping: the file's cells (100 000
        # rows of strings) are not needed any more, only the checked records in the plan.
        self.table = None
        skip = self.review_page.skip_bad_rows()

        def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return service.run(
                plan,
                skip_bad_rows=skip,
                progress=progress,
                cancelled=cancelled,
            )

        job = ProgressTask(run)
        job.signals.progress.connect(self.run_page.show_progress)
        job.signals.succeeded.connect(self._on_finished)
        job.signals.failed.connect(self._on_finished)
        self._job = job
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        job.start(self._pool)

    def cancel_import(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.run_page.cancel_button.setEnabled(False)
            self.run_page.label.setText(self.tr("Cancelling…"))

    def is_running(self) -> bool:
        return self._job is not None

    def _on_finished(self, outcome: object) -> None:
        self._job = None
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        if isinstance(outcome, BaseException) and not isinstance(outcome, BizHRError):
            # Not an error a person can meet: a bug. Show nothing half-done, then raise.
            self.outcome = outcome
            self.run_page.completeChanged.emit()
            raise outcome
        self.outcome = outcome  # type: ignore[assignment]
        if isinstance(outcome, ImportResult) and outcome.added:
            self.imported.emit(outcome)
        self.run_page.completeChanged.emit()
        if self.currentId() == self.RUN:
            self.next()

    def run_in_background(self, job: Callable[[], object], done: Callable[[object], None]) -> None:
        """Run *job* on the wizard's pool; *done* gets its result or exception on this thread.

        The result is dropped if the wizard was aborted meanwhile (the vault locked)."""
        self._jobs.run(job, done)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for a running import to end (tests; closing)."""
        return self._pool.waitForDone(msecs)

    def abort(self) -> None:
        """The vault is locking: stop the import (nothing is written) and close."""
        self._jobs.abort()
        self.stop_checking.set()
        if self._job is not None:
            self._job.cancel()
        self._pool.waitForDone()
        self.table = None
        self.plan = None
        self.mapping = {}
        super().reject()

    def reject(self) -> None:
        if self._job is not None:
            # Closing while running means cancel; the vault stays as it was.
            self.cancel_import()
            return
        if self._jobs.busy:
            # Closed while a file is read or checked: drop what it finds, stop the check.
            self._jobs.abort()
            self.stop_checking.set()
        super().reject()
