"""Travel mode dialogs: move the records most at risk out before a border, and bring them back.

``TravelOutDialog`` walks through three pages: what leaves (risk levels, deep-dive notes,
counts, where the bundle goes), the bundle's passphrase (generated and shown large, or typed
and checked), then the work itself off the GUI thread and its result. ``TravelBackDialog``
takes a bundle and its passphrase and restores the records. Both do their work through
services/travel.py; neither keeps a passphrase longer than the dialog lives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.core.models import RiskLevel
from bizhr_desktop.services import travel
from bizhr_desktop.services.travel import TravelBackResult, TravelPlan, TravelReceipt
from bizhr_desktop.services.vaults import VaultSession
from bizhr_desktop.ui.common.clipboard import SecretClipboard
from bizhr_desktop.ui.common.messages import error_text
from bizhr_desktop.ui.common.widgets import (
    MessageLabel,
    PassphraseField,
    all_files_filter,
    choose_path,
    grow_to_fit,
    heading,
    hint,
    set_busy_cursor,
)
from bizhr_desktop.ui.common.worker import BackgroundTask


def choose_bundle_file(parent: QWidget, caption: str, start: str, *, for_saving: bool) -> str:
    """Ask for a travel bundle with Qt's own file dialog, leaving no "recent folders" behind
    (the place a bundle is kept is as telling as the vault's)."""
    return choose_path(
        parent,
        caption,
        [QCoreApplication.translate("Dialogs", "Travel bundles (*.age)"), all_files_filter()],
        start=start,
        for_saving=for_saving,
        default_suffix="age" if for_saving else "",
    )


class _TravelDialog(QDialog):
    """Shared frame: modal, a body layout, work on the pool with a busy bar."""

    records_changed = Signal()  # the vault changed: pages should reload

    def __init__(
        self, title: str, session: VaultSession, pool: QThreadPool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(560)
        self._session = session
        self._pool = pool
        self._task: BackgroundTask | None = None
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 24, 28, 20)
        self.body.setSpacing(12)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # an indeterminate "working" bar
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _button_row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    def _run(self, job: object) -> None:
        assert callable(job)
        self._task = BackgroundTask(job)
        self._task.signals.succeeded.connect(self._task_succeeded)
        self._task.signals.failed.connect(self._task_failed)
        self._set_busy(True)
        self._task.start(self._pool)

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        set_busy_cursor(self, busy)

    def _task_succeeded(self, result: object) -> None:
        self._task = None
        self._set_busy(False)
        self._succeeded(result)

    def _task_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if not isinstance(error, BizHRError):
            raise error
        error.__traceback__ = None
        self._failed(error)

    def _succeeded(self, result: object) -> None:
        raise NotImplementedError

    def _failed(self, error: BizHRError) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        super().done(result)


class TravelOutDialog(_TravelDialog):
    """Travel mode, out: choose what leaves, where the bundle goes, its passphrase; go."""

    CHOOSE, PASSPHRASE, RESULT = range(3)

    def __init__(
        self,
        session: VaultSession,
        clipboard: SecretClipboard,
        *,
        pool: QThreadPool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Travel mode"), session, pool, parent)
        self._clipboard = clipboard
        self._plan: TravelPlan | None = None
        self.receipt: TravelReceipt | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._result_page())
        self.body.addWidget(self.pages, 1)
        self.body.addWidget(self.busy_bar)
        self.error_label = MessageLabel("error", self)
        self.body.addWidget(self.error_label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.clicked.connect(lambda: self._go(self.CHOOSE))
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self._next)
        self.move_button = QPushButton(self.tr("&Move records out"), self)
        self.move_button.setProperty("primary", True)
        self.move_button.clicked.connect(self.move_out)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.accept)
        self.body.addLayout(
            self._button_row(
                self.cancel_button,
                self.back_button,
                self.next_button,
                self.move_button,
                self.close_button,
            )
        )
        self._refresh_plan()
        self._go(self.CHOOSE)

    # ------------------------------------------------------------------ page 1: what leaves

    def _choose_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Move records off this laptop before you travel"), page))
        layout.addWidget(
            hint(
                self.tr(
                    "The records you choose move into one encrypted file, the travel bundle. "
                    "Keep it somewhere that does not travel with you: a USB drive you leave "
                    "behind, or a colleague. This vault keeps only a placeholder for each "
                    "person (their pseudonym, group and invitations), so nothing about them "
                    "can be read here, even if you are forced to unlock it. When you are "
                    "back, bring the records back from the bundle."
                ),
                page,
            )
        )
        layout.addWidget(QLabel(self.tr("People who leave, by risk level:"), page))
        risk_row = QHBoxLayout()
        words = {
            RiskLevel.LOW: self.tr("&Low"),
            RiskLevel.MEDIUM: self.tr("&Medium"),
            RiskLevel.HIGH: self.tr("&High"),
            RiskLevel.CRITICAL: self.tr("C&ritical"),
        }
        self.risk_boxes: dict[RiskLevel, QCheckBox] = {}
        for level, word in words.items():
            box = QCheckBox(word, page)
            box.setChecked(level in travel.DEFAULT_RISK_LEVELS)
            box.toggled.connect(self._refresh_plan)
            self.risk_boxes[level] = box
            risk_row.addWidget(box)
        risk_row.addStretch(1)
        layout.addLayout(risk_row)
        self.notes_box = QCheckBox(
            self.tr("Deep dives' outcome notes and risk assessments leave too"), page
        )
        self.notes_box.setChecked(True)
        self.notes_box.toggled.connect(self._refresh_plan)
        layout.addWidget(self.notes_box)
        self.counts_label = QLabel(page)
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label.setProperty("role", "notice")
        layout.addWidget(self.counts_label)
        layout.addWidget(QLabel(self.tr("Where the travel bundle goes:"), page))
        row = QHBoxLayout()
        self.destination_edit = QLineEdit(page)
        self.destination_edit.setAccessibleName(self.tr("Travel bundle file"))
        self.destination_edit.setPlaceholderText(self.tr("e.g. a file on a USB drive"))
        self.destination_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.destination_edit.textChanged.connect(self._destination_changed)
        self.choose_button = QPushButton(self.tr("C&hoose…"), page)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose_destination)
        row.addWidget(self.destination_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.destination_warning = MessageLabel("notice", page)
        layout.addWidget(self.destination_warning)
        return page

    def _levels(self) -> frozenset[RiskLevel]:
        return frozenset(level for level, box in self.risk_boxes.items() if box.isChecked())

    def _refresh_plan(self) -> None:
        try:
            self._plan = travel.plan_travel_out(
                self._session,
                risk_levels=self._levels(),
                include_meeting_notes=self.notes_box.isChecked(),
            )
        except BizHRError as error:
            self._plan = None
            self.counts_label.setText(error_text(error))
        else:
            self.counts_label.setText(self._plan_text(self._plan))
        self._update_buttons()

    def _plan_text(self, plan: TravelPlan) -> str:
        lines = [
            self.tr(
                "{people} people leave ({critical} critical, {high} high, {others} other)."
            ).format(
                people=plan.people,
                critical=plan.by_risk[RiskLevel.CRITICAL],
                high=plan.by_risk[RiskLevel.HIGH],
                others=plan.by_risk[RiskLevel.MEDIUM] + plan.by_risk[RiskLevel.LOW],
            ),
            self.tr("With them: {entries} contact-log entries and {orgs} organisations.").format(
                entries=plan.contact_log_entries, orgs=plan.organisations
            ),
            self.tr("Meetings whose notes leave: {meetings}.").format(meetings=plan.meetings),
            self.tr("Invitations that stay, under placeholders: {invitations}.").format(
                invitations=plan.invitations_kept
            ),
        ]
        if plan.already_away:
            lines.append(
                self.tr("Already away from an earlier trip: {count}.").format(
                    count=plan.already_away
                )
            )
        if plan.mentions_left:
            lines.append(
                self.tr(
                    "{count} notes elsewhere in the vault name someone who leaves; they "
                    "stay. Review them on the People page first."
                ).format(count=plan.mentions_left)
            )
        return "\n".join(lines)

    def _choose_destination(self) -> None:
        start = self.destination_edit.text() or str(Path.home() / "travel.age")
        chosen = choose_bundle_file(self, self.tr("Save the travel bundle"), start, for_saving=True)
        if chosen:
            self.destination_edit.setText(chosen)

    def _destination_changed(self, text: str) -> None:
        warning = travel.destination_warning(self._session, Path(text)) if text.strip() else None
        self.destination_warning.show_message(warning or "")
        self._update_buttons()

    # ------------------------------------------------------------------ page 2: passphrase

    def _passphrase_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("The travel bundle's passphrase"), page))
        layout.addWidget(
            hint(
                self.tr(
                    "Without this passphrase the records cannot come back, and nobody can "
                    "recover it. Write it down and keep it apart from the bundle; it is "
                    "shown only now."
                ),
                page,
            )
        )
        self.generated_radio = QRadioButton(self.tr("&Use this generated passphrase:"), page)
        self.typed_radio = QRadioButton(self.tr("&Type my own passphrase"), page)
        self.modes = QButtonGroup(page)
        self.modes.addButton(self.generated_radio)
        self.modes.addButton(self.typed_radio)
        self.generated_radio.setChecked(True)
        self.generated_label = QLabel(travel.new_bundle_passphrase(), page)
        font = QFont(self.generated_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.generated_label.setFont(font)
        self.generated_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.generated_label.setTextFormat(Qt.TextFormat.PlainText)
        self.generated_label.setWordWrap(True)
        self.generated_label.setAccessibleName(self.tr("Generated passphrase"))
        self.copy_button = QPushButton(self.tr("&Copy"), page)
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            self.tr("Copied passphrases clear themselves from the clipboard")
        )
        self.copy_button.clicked.connect(lambda: self._clipboard.copy(self.generated_label.text()))
        shown = QHBoxLayout()
        shown.addWidget(self.generated_label, 1)
        shown.addWidget(self.copy_button)
        self.noted_box = QCheckBox(self.tr("I have &written this passphrase down"), page)
        self.noted_box.toggled.connect(self._update_buttons)
        layout.addWidget(self.generated_radio)
        layout.addLayout(shown)
        layout.addWidget(self.noted_box)
        layout.addWidget(self.typed_radio)
        form = QFormLayout()
        self.passphrase_field = PassphraseField(self.tr("Bundle passphrase"), parent=page)
        self.repeat_field = PassphraseField(
            self.tr("Repeat the bundle passphrase"), show_toggle=False, parent=page
        )
        self.strength_label = MessageLabel("hint", page)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_field)
        form.addRow(self.tr("Re&peat it:"), self.repeat_field)
        form.addRow("", self.strength_label)
        layout.addLayout(form)
        for signal in (
            self.passphrase_field.textChanged,
            self.repeat_field.textChanged,
            self.typed_radio.toggled,
        ):
            signal.connect(self._update_buttons)
        return page

    def _typed_ok(self) -> bool:
        text = self.passphrase_field.text()
        if not text:
            self.strength_label.show_message("")
            return False
        strong, advice = travel.bundle_passphrase_strength(text)
        self.strength_label.show_message(advice)
        return strong and text == self.repeat_field.text()

    def _passphrase_ready(self) -> bool:
        if self.typed_radio.isChecked():
            return self._typed_ok()
        self._typed_ok()
        return self.noted_box.isChecked()

    # ------------------------------------------------------------------ page 3: result

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.result_heading = heading(self.tr("Moving the records…"), page)
        self.result_label = QLabel(page)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.result_heading)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ flow

    def _go(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.error_label.clear_message()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex() if hasattr(self, "pages") else self.CHOOSE
        if not hasattr(self, "close_button"):
            return
        busy, done = self.busy, self.receipt is not None
        self.cancel_button.setVisible(page != self.RESULT)
        self.cancel_button.setEnabled(not busy)
        self.back_button.setVisible(page == self.PASSPHRASE)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page == self.CHOOSE)
        self.next_button.setEnabled(
            self._plan is not None
            and not self._plan.empty
            and bool(self.destination_edit.text().strip())
        )
        self.move_button.setVisible(page == self.PASSPHRASE)
        self.move_button.setEnabled(not busy and self._passphrase_ready())
        self.close_button.setVisible(page == self.RESULT and not busy)
        self.close_button.setEnabled(done or not busy)

    def _next(self) -> None:
        if self.next_button.isEnabled():
            self._go(self.PASSPHRASE)

    def move_out(self) -> None:
        if self.busy or self._plan is None or not self.move_button.isEnabled():
            return
        self.error_label.clear_message()
        passphrase = (
            self.passphrase_field.text()
            if self.typed_radio.isChecked()
            else self.generated_label.text()
        )
        session, plan = self._session, self._plan
        destination = Path(self.destination_edit.text().strip()).expanduser()

        def job() -> TravelReceipt:  # two age passes and a vault transaction: off the GUI
            return travel.travel_out(session, plan, destination, passphrase)

        self._run(job)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        for widget in (self.pages, self.cancel_button, self.back_button):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, TravelReceipt)
        self.receipt = result
        self.passphrase_field.clear()
        self.repeat_field.clear()
        self.generated_label.clear()  # the passphrase is shown once, then gone
        self._clipboard.clear_if_ours()
        self.result_heading.setText(self.tr("The records have left this vault"))
        self.result_label.setText(
            self.tr(
                "{people} people, {entries} contact-log entries and the notes of {meetings} "
                "meetings are in the travel bundle:\n{path}\n\nThe bundle was read back and "
                "checked before anything changed here. This vault now shows a placeholder "
                "for each of them, marked as away. Take the bundle off this laptop before "
                "you travel, and keep its passphrase apart from it."
            ).format(
                people=result.people,
                entries=result.contact_log_entries,
                meetings=result.meetings,
                path=str(result.destination),
            )
        )
        self._go(self.RESULT)
        self.records_changed.emit()

    def _failed(self, error: BizHRError) -> None:
        self.error_label.show_message(error_text(error))
        self._update_buttons()


class TravelBackDialog(_TravelDialog):
    """Travel mode, back: choose the bundle, type its passphrase, restore the records."""

    def __init__(
        self, session: VaultSession, *, pool: QThreadPool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Bring records back"), session, pool, parent)
        self.outcome: TravelBackResult | None = None
        self.body.addWidget(heading(self.tr("Bring records back from a travel bundle"), self))
        status = travel.travel_status(session)
        self.status_label = hint(
            self.tr("{people} people and the notes of {meetings} meetings are away.").format(
                people=status.away_people, meetings=status.away_meetings
            )
            if status.anything_away
            else self.tr("No records of this vault are away."),
            self,
        )
        self.body.addWidget(self.status_label)
        row = QHBoxLayout()
        self.bundle_edit = QLineEdit(self)
        self.bundle_edit.setAccessibleName(self.tr("Travel bundle file"))
        self.bundle_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose_bundle)
        row.addWidget(self.bundle_edit, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("&Bundle:"), row)
        self.passphrase_field = PassphraseField(self.tr("Bundle passphrase"), parent=self)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_field)
        self.body.addLayout(form)
        self.body.addWidget(self.busy_bar)
        self.error_label = MessageLabel("error", self)
        self.body.addWidget(self.error_label)
        self.result_label = MessageLabel("notice", self)
        self.body.addWidget(self.result_label)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Bring records back"), self)
        self.restore_button.setProperty("primary", True)
        self.restore_button.clicked.connect(self.bring_back)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        self.body.addLayout(
            self._button_row(self.cancel_button, self.restore_button, self.close_button)
        )
        for signal in (self.bundle_edit.textChanged, self.passphrase_field.textChanged):
            signal.connect(self._update_buttons)
        self.passphrase_field.returnPressed.connect(self.bring_back)
        self._update_buttons()

    def _choose_bundle(self) -> None:
        chosen = choose_bundle_file(
            self, self.tr("Open the travel bundle"), str(Path.home()), for_saving=False
        )
        if chosen:
            self.bundle_edit.setText(chosen)

    def _update_buttons(self) -> None:
        ready = bool(self.bundle_edit.text().strip()) and bool(self.passphrase_field.text())
        self.restore_button.setEnabled(ready and not self.busy and self.outcome is None)

    def bring_back(self) -> None:
        if self.busy or not self.restore_button.isEnabled():
            return
        self.error_label.clear_message()
        session = self._session
        path = Path(self.bundle_edit.text().strip()).expanduser()
        passphrase = self.passphrase_field.text()

        def job() -> TravelBackResult:
            return travel.travel_back(session, path, passphrase)

        self._run(job)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        for widget in (self.bundle_edit, self.choose_button, self.passphrase_field):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_buttons()

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, TravelBackResult)
        self.outcome = result
        self.passphrase_field.clear()
        lines = [
            self.tr("{people} people are whole again, with {entries} contact-log entries; "
                    "the notes of {meetings} meetings are back.").format(
                people=result.people,
                entries=result.contact_log_entries,
                meetings=result.meetings,
            )
        ]  # fmt: skip
        if result.edited_while_away:
            lines.append(
                self.tr(
                    "{count} placeholders were edited while away: those edits were kept."
                ).format(count=result.edited_while_away)
            )
        if result.erased_while_away:
            lines.append(
                self.tr("{count} people erased while away were not brought back.").format(
                    count=result.erased_while_away
                )
            )
        lines.append(
            self.tr("The bundle is now an extra copy: delete it when you no longer need it.")
        )
        self.result_label.show_message("\n".join(lines))
        self.status_label.hide()
        self.cancel_button.hide()
        self.restore_button.hide()
        self.close_button.show()
        self.records_changed.emit()

    def _failed(self, error: BizHRError) -> None:
        self.error_label.show_message(error_text(error))
        self.passphrase_field.setFocus()
