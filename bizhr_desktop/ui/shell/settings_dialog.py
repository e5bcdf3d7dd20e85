"""The settings dialog, generated from the one declaration in services/settings.py."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.services.settings import (
    SETTINGS,
    SettingKind,
    SettingSpec,
)
from bizhr_desktop.ui.common.labels import translated
from bizhr_desktop.ui.common.widgets import MessageLabel, grow_to_fit
from bizhr_desktop.ui.shell.language import LANGUAGES, NATIVE_NAMES
from bizhr_desktop.ui.shell.panic import parse_shortcut

Value = int | bool | str
Editor = QSpinBox | QCheckBox | QKeySequenceEdit


class SettingsDialog(QDialog):
    """One editor per declared setting, grouped as declared, with its tooltip.

    ``values()`` gives what the person chose (keys as declared); the caller stores them.
    ``duress_requested`` asks the caller for the duress passphrase dialog.
    """

    duress_requested = Signal()

    def __init__(
        self,
        values: dict[str, Value],
        specs: tuple[SettingSpec, ...] = SETTINGS,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.setMinimumWidth(520)
        self._specs = specs
        self.editors: dict[str, Editor] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr("These settings are kept inside the encrypted vault, except the language."),
            self,
        )
        intro.setProperty("role", "hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        groups: dict[str, QFormLayout] = {}
        for spec in specs:
            form = groups.get(spec.group)
            if form is None:
                box = QGroupBox(translated(spec.group), self)
                form = QFormLayout(box)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                groups[spec.group] = form
                layout.addWidget(box)
            editor = self._editor_for(spec, values.get(spec.key, spec.default))
            tooltip = translated(spec.tooltip)
            editor.setToolTip(tooltip)
            editor.setWhatsThis(tooltip)
            editor.setAccessibleName(translated(spec.label))
            editor.setAccessibleDescription(tooltip)
            self.editors[spec.key] = editor
            if isinstance(editor, QCheckBox):
                form.addRow(editor)
            else:
                label = QLabel(translated(spec.label) + self.tr(":"), self)
                label.setToolTip(tooltip)
                label.setBuddy(editor)
                form.addRow(label, editor)

        # Kept on this computer, outside the vault: the window needs it before any unlock.
        computer = QGroupBox(self.tr("This computer"), self)
        computer_form = QFormLayout(computer)
        computer_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language_combo = QComboBox(computer)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("Same as the system"), None)
        for code in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        index = self.language_combo.findData(language) if language else 0
        self.language_combo.setCurrentIndex(max(0, index))
        language_label = QLabel(self.tr("&Language:"), computer)
        language_label.setBuddy(self.language_combo)
        computer_form.addRow(language_label, self.language_combo)
        language_hint = QLabel(
            self.tr(
                "Kept on this computer, not in the vault, and used at once. A page with "
                "changes not yet saved, or a window of its own open, changes language when "
                "the vault next locks."
            ),
            computer,
        )
        language_hint.setProperty("role", "hint")
        language_hint.setWordWrap(True)
        computer_form.addRow(language_hint)
        layout.addWidget(computer)

        self.duress_button = QPushButton(self.tr("&Duress passphrase…"), self)
        self.duress_button.setAutoDefault(False)
        self.duress_button.setToolTip(
            self.tr("A second passphrase to give under pressure: it opens an empty vault")
        )
        self.duress_button.clicked.connect(self.duress_requested)
        layout.addWidget(self.duress_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.error_label = MessageLabel("error", self)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.defaults_button = QPushButton(self.tr("Restore &defaults"), self)
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def _editor_for(self, spec: SettingSpec, value: Value) -> Editor:
        if spec.kind is SettingKind.BOOLEAN:
            box = QCheckBox(translated(spec.label), self)
            box.setChecked(bool(value))
            return box
        if spec.kind is SettingKind.INTEGER:
            spin = QSpinBox(self)
            spin.setRange(spec.minimum, spec.maximum)
            spin.setSuffix(translated(spec.unit))
            spin.setValue(int(value))
            return spin
        edit = QKeySequenceEdit(self)
        edit.setMaximumSequenceLength(1)
        edit.setClearButtonEnabled(True)
        edit.setKeySequence(QKeySequence.fromString(str(value)))
        return edit

    def _set_editor(self, spec: SettingSpec, value: Value) -> None:
        editor = self.editors[spec.key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            editor.setKeySequence(QKeySequence.fromString(str(value)))

    def restore_defaults(self) -> None:
        for spec in self._specs:
            self._set_editor(spec, spec.default)
        self.error_label.clear_message()

    def chosen_language(self) -> str | None:
        """The language chosen for this computer; None follows the system's."""
        data = self.language_combo.currentData()
        return str(data) if data else None

    def values(self) -> dict[str, Value]:
        chosen: dict[str, Value] = {}
        for spec in self._specs:
            editor = self.editors[spec.key]
            if isinstance(editor, QCheckBox):
                chosen[spec.key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                chosen[spec.key] = editor.value()
            else:
                chosen[spec.key] = editor.keySequence().toString(
                    QKeySequence.SequenceFormat.PortableText
                )
        return chosen

    def submit(self) -> None:
        for spec in self._specs:
            editor = self.editors[spec.key]
            if (
                isinstance(editor, QKeySequenceEdit)
                and parse_shortcut(
                    editor.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
                )
                is None
            ):
                self.error_label.show_message(
                    self.tr(
                        "“{setting}” needs one key combination with Ctrl, Alt or Meta, not "
                        "already used by the menus."
                    ).format(setting=translated(spec.label))
                )
                editor.setFocus()
                return
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)
