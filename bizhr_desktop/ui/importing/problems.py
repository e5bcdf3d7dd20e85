"""The import check's problems as a list one can work through: a model over the plan's
problems (one line per problem, thousands of them, never a widget per line), a view where
Enter fixes the value in place and Delete skips the row, and the editor a fix is typed or
chosen in.

A fix is checked again at once by the service (``ImportService.fix``): the row's lines are
replaced by its problems now, or vanish when it has none left and joins the import. Only
the plan in memory changes; nothing of the file is written anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.masking import MASKED_FIELDS, is_masked
from bizhr_desktop.services.importing import HEADER_ROW, ImportKind, ImportPlan, RowProblem
from bizhr_desktop.ui.common.cells import IsolatedTextDelegate, isolate_cells
from bizhr_desktop.ui.common.labels import MASK
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.importing.words import choices, field_label, problem_text, where_text

Index = QModelIndex | QPersistentModelIndex
Fix = Callable[[ImportPlan, int, str, str], list[RowProblem]]

_SHOWN_CHARS = 200  # of a cell's text in a line of the list (the editor has all of it)


class ImportProblemsModel(QAbstractTableModel):
    """Every problem of a checked import, one per line, in the order of the file's rows."""

    ROW, FIELD, VALUE, PROBLEM = range(4)
    COLUMN_COUNT = 4
    ProblemRole = Qt.ItemDataRole.UserRole + 1

    changed = Signal()  # a value was fixed or a row skipped: counts and buttons follow
    fixed = Signal(int)  # the file's row number, once a fix of it is checked
    failed = Signal(str)

    def __init__(self, fix: Fix, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fix = fix
        self._plan: ImportPlan | None = None
        self._problems: list[RowProblem] = []

    # ------------------------------------------------------------ the plan

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._problems = list(plan.problems) if plan is not None else []
        self.endResetModel()

    def problem_at(self, line: int) -> RowProblem | None:
        return self._problems[line] if 0 <= line < len(self._problems) else None

    def first_line_of(self, row: int) -> int:
        """The first line of the file's row ``row``, or -1 when it has no problem listed."""
        return next((n for n, p in enumerate(self._problems) if p.row == row), -1)

    def first_line_after(self, row: int) -> int:
        """The first line of a row after ``row``; the line count when there is none."""
        return next((n for n, p in enumerate(self._problems) if p.row > row), len(self._problems))

    def is_skipped(self, line: int) -> bool:
        problem = self.problem_at(line)
        return problem is not None and self._plan is not None and problem.row in self._plan.skipped

    def can_skip(self, line: int) -> bool:
        problem = self.problem_at(line)
        return problem is not None and problem.row != HEADER_ROW

    def can_fix(self, line: int) -> bool:
        problem = self.problem_at(line)
        return (
            problem is not None
            and self._plan is not None
            and problem.row != HEADER_ROW
            and problem.field in self._plan.columns
            and problem.row not in self._plan.skipped
        )

    def toggle_skip(self, line: int) -> None:
        """Skip the row of ``line`` (every line of that row), or take it back in."""
        problem = self.problem_at(line)
        if problem is None or self._plan is None or not self.can_skip(line):
            return
        self._plan.skip(problem.row, problem.row not in self._plan.skipped)
        lines = [n for n, p in enumerate(self._problems) if p.row == problem.row]
        self.dataChanged.emit(self.index(lines[0], 0), self.index(lines[-1], self.COLUMN_COUNT - 1))
        self.changed.emit()

    def _masked(self, problem: RowProblem) -> bool:
        """A masked person's row (high or critical risk): its identifying cells are hidden,
        as in the preview of the first rows."""
        plan = self._plan
        if plan is None or plan.kind is not ImportKind.PEOPLE:
            return False
        cells = plan.bad_cells.get(problem.row, {})
        return is_masked(cells.get("risk_level", "").strip().casefold())

    def _hidden(self, problem: RowProblem) -> bool:
        return problem.field in MASKED_FIELDS and self._masked(problem)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.ROW: self.tr("Row"),
            self.FIELD: self.tr("Column"),
            self.VALUE: self.tr("Value"),
            self.PROBLEM: self.tr("Problem"),
        }.get(section)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.VALUE and self.can_fix(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem = self.problem_at(index.row()) if index.isValid() else None
        if problem is None:
            return None
        column = index.column()
        skipped = self.is_skipped(index.row())
        if role == self.ProblemRole:
            return problem
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(problem, column, skipped)
        if role == Qt.ItemDataRole.EditRole and column == self.VALUE:
            return problem.value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PROBLEM:
                return self._display(problem, column, skipped)
            if column == self.VALUE and self.can_fix(index.row()):
                return self.tr("Enter: fix this value. Delete: skip this row.")
            if column == self.FIELD and problem.column:
                return self.tr("Column “{column}” in the file").format(column=problem.column)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and skipped:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.FontRole and skipped:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, problem: RowProblem, column: int, skipped: bool) -> Any:
        if column == self.ROW:
            return problem.row
        if column == self.FIELD:
            return where_text(problem)
        if column == self.VALUE:
            if self._hidden(problem) and problem.value:
                return MASK
            return " ".join(problem.value.split())[:_SHOWN_CHARS]
        text = problem_text(problem, hidden=MASK if self._hidden(problem) else None)
        return self.tr("Skipped: {problem}").format(problem=text) if skipped else text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        problem = self.problem_at(index.row())
        if problem is None or not isinstance(value, str) or value == problem.value:
            return False
        plan = self._plan
        # Checked once the editor has closed: replacing the lines under an editor that is
        # still committing would pull the view's index away from under it.
        QTimer.singleShot(0, self, lambda: self._apply(plan, problem.row, problem.field, value))
        return True

    def _apply(self, plan: ImportPlan | None, row: int, field: str, text: str) -> None:
        if plan is None or plan is not self._plan or row not in plan.bad_cells:
            return  # another file was checked meanwhile, or the row was fixed already
        try:
            now = self._fix(plan, row, field, text)
        except BizHRError as error:
            self.failed.emit(error_text(error))
            return
        self.beginResetModel()
        self._problems = list(plan.problems)
        self.endResetModel()
        del now  # (the plan's problems, read again above, include the row's)
        self.fixed.emit(row)
        self.changed.emit()


class ProblemsView(QTableView):
    """The problems list: Enter edits the current line's value, Delete skips its row."""

    skip_requested = Signal(int)  # a line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        isolate_cells(self)
        self.setItemDelegateForColumn(ImportProblemsModel.VALUE, ValueDelegate(self))

    def edit_current(self) -> bool:
        """Open the editor of the current line's value; False if it cannot be fixed here."""
        current = self.currentIndex()
        if not current.isValid():
            return False
        value = current.siblingAtColumn(ImportProblemsModel.VALUE)
        if not (value.flags() & Qt.ItemFlag.ItemIsEditable):
            return False
        self.setCurrentIndex(value)
        self.edit(value)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if not editing and enter and self.edit_current():
            event.accept()
            return
        if not editing and event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.skip_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)


class ValueDelegate(IsolatedTextDelegate):
    """A fix is typed (a line edit with the cell's text), or chosen where the field has
    allowed values (a list of them in the interface's words; the code is written back)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        problem = index.data(ImportProblemsModel.ProblemRole)
        field = problem.field if isinstance(problem, RowProblem) else ""
        name = self.tr("Fix {field}").format(field=field_label(field))
        listed = choices(field)
        if listed is None:
            line = QLineEdit(parent)
            line.setAccessibleName(name)
            line.setFrame(False)
            return line
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        for words, code in listed:
            combo.addItem(words, code)
        combo.activated.connect(lambda _i: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(text.strip().casefold()))
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentIndex() >= 0:
                model.setData(index, str(editor.currentData()), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
