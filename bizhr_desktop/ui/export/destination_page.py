"""The wizard's fifth step: where the file goes.

The default name says what the list is for and when, nothing about anyone in it, in the
folder last used or the Documents folder; a file that exists is replaced only once the
person agreed, and the advice differs for an encrypted bundle and a plaintext file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bizhr_desktop.services.exporting import ExportFormat
from bizhr_desktop.ui.common.widgets import (
    MessageLabel,
    all_files_filter,
    choose_path,
    hint,
    replace_allowed,
)
from bizhr_desktop.ui.export.words import default_file_name, format_words

if TYPE_CHECKING:
    from bizhr_desktop.ui.export.wizard import ExportWizard


def choose_save_file(parent: QWidget, caption: str, start: str, name_filter: str) -> str:
    """Ask where to save with Qt's own dialog, then forget which folders were visited."""
    return choose_path(
        parent, caption, [name_filter, all_files_filter()], start=start, for_saving=True
    )


class DestinationPage(QWizardPage):
    """Where the file goes; the default name says nothing about anyone in it."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Where should the file go?"))
        self.asked_to_replace: Path | None = None
        self.overwrite: Path | None = None  # the file the person agreed to replace
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.path_edit.textChanged.connect(self._on_changed)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        self.replace_box = QCheckBox(self.tr("A file with this name exists: replace it"), self)
        self.replace_box.toggled.connect(self.completeChanged)
        self.advice = hint("", self)
        self.error = MessageLabel("error", self)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.advice)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        request = preview.request
        bundle = request.format is ExportFormat.BUNDLE
        self.setButtonText(
            QWizard.WizardButton.NextButton,
            self.tr("Next") if bundle else self.tr("Write the file"),
        )
        name = default_file_name(request.audience, request.format)
        current = self.path().parent if self.path_edit.text().strip() else _default_folder()
        self.path_edit.setText(str(current / name))
        self.advice.setText(
            self.tr(
                "The file is encrypted. Send it and its passphrase by different routes (for "
                "example the file by email, the passphrase by phone or in person)."
            )
            if bundle
            else self.tr(
                "This file is not encrypted. Keep it only as long as needed, and prefer a "
                "folder that is not synchronised to a cloud service."
            )
        )
        self._on_changed()

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def validatePage(self) -> bool:
        """Ask before a file that exists is replaced (unless Qt's save dialog just asked)."""
        path = self.path()
        answer = replace_allowed(self, path, asked=self.asked_to_replace == path)
        if answer is None:
            return False
        self.overwrite = path if answer else None
        return True

    def _choose(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        extension = preview.request.format.extension
        chosen = choose_save_file(
            self,
            self.tr("Save the list as"),
            str(self.path()),
            self.tr("{format} files (*{ext})").format(
                format=format_words(preview.request.format), ext=extension
            ),
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != extension:
                path = path.with_name(path.name + extension)
            else:
                self.asked_to_replace = path  # Qt's save dialog asked before replacing
            self.path_edit.setText(str(path))

    def problem(self) -> str:
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Give the file a name.")
        path = self.path()
        if path.is_dir():
            return self.tr("This is a folder: add a file name.")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        return ""

    def _on_changed(self) -> None:
        problem = self.problem()
        self.error.show_message(problem)
        exists = not problem and self.path().exists()
        self.replace_box.setVisible(exists)
        if not exists:
            self.replace_box.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.problem():
            return False
        return not self.path().exists() or self.replace_box.isChecked()

    def nextId(self) -> int:
        preview = self._wizard.preview
        if preview is not None and preview.request.format is ExportFormat.BUNDLE:
            return self._wizard.PASSPHRASE
        return self._wizard.WRITE


def _default_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()
