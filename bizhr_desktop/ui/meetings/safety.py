"""A meeting's safety review: its flags, the risk assessment, the sign-off and what it means.

Flags carry their severity as a word and an icon (colour repeats it). At-risk invitees are
named by pseudonym only (the service writes the sentences). The assessment is secret: it
stays in the vault and is cleared from the screen when the vault locks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.errors import BizHRError
from bizhr_desktop.services.meetings import MeetingService
from bizhr_desktop.services.safety_review import SafetyFlag, SafetyReview, SafetyReviewService
from bizhr_desktop.ui import icons
from bizhr_desktop.ui.meetings.labels import SEVERITY_COLOUR, date_time_text, severity_label
from bizhr_desktop.ui.widgets import MessageLabel

_MAX_ASSESSMENT = 20_000


class FlagRow(QFrame):
    """One flag: icon, severity word, sentence."""

    def __init__(self, flag: SafetyFlag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        severity = flag.severity.value
        colour = SEVERITY_COLOUR[severity]
        self.setObjectName("flagRow")
        self.setStyleSheet(
            "QFrame#flagRow { border: 1px solid #d9e2ec; border-radius: 4px; background: #ffffff; }"
            "QFrame#flagRow QLabel { border: none; background: transparent; }"
        )
        icon_label = QLabel(self)
        name = "warning" if severity != "notice" else "audit"
        icon_label.setPixmap(icons.icon(name, colour).pixmap(22, 22))
        self.severity_label = QLabel(severity_label(severity).upper(), self)
        self.severity_label.setStyleSheet(f"color: {colour}; font-weight: 700;")
        self.severity_label.setMinimumWidth(80)
        self.message_label = QLabel(flag.message, self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(f"{severity_label(severity)}: {flag.message}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.severity_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message_label, 1)


class SafetyReviewPanel(QWidget):
    """Flags, assessment, sign-off; ``changed`` after an assessment or a sign-off."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyReviewPanel")
        self._service: SafetyReviewService | None = None
        self._meetings: MeetingService | None = None
        self._meeting_id: str | None = None
        self._review: SafetyReview | None = None
        self.flag_rows: list[FlagRow] = []

        self.state_label = QLabel(self)
        self.state_label.setObjectName("signOffState")
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Sign-off state"))
        self.state_icon = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setProperty("role", "subheading")
        self.flags_box = QWidget(self)
        self.flags_layout = QVBoxLayout(self.flags_box)
        self.flags_layout.setContentsMargins(0, 0, 0, 0)
        self.flags_layout.setSpacing(6)

        self.assessment_edit = QPlainTextEdit(self)
        self.assessment_edit.setObjectName("riskAssessment")
        self.assessment_edit.setAccessibleName(self.tr("Risk assessment"))
        self.assessment_edit.setPlaceholderText(
            self.tr(
                "Who could be exposed, how, and what you will do about it (travel, venue, "
                "lists, channels). Kept inside the vault only."
            )
        )
        self.assessment_edit.setTabChangesFocus(True)
        self.assessment_edit.setMinimumHeight(90)
        self.assessment_edit.textChanged.connect(self._update_buttons)
        self.save_assessment_button = QPushButton(self.tr("Save assessment"), self)
        self.save_assessment_button.setAutoDefault(False)
        self.save_assessment_button.clicked.connect(self.save_assessment)
        assessment_hint = QLabel(
            self.tr("Changing the assessment after a sign-off reopens the review."), self
        )
        assessment_hint.setProperty("role", "hint")
        assessment_hint.setWordWrap(True)
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setObjectName("signerName")
        self.signer_edit.setAccessibleName(self.tr("Your name or initials"))
        self.signer_edit.setPlaceholderText(self.tr("Your name or initials"))
        self.signer_edit.textChanged.connect(self._update_buttons)
        self.signer_edit.returnPressed.connect(self.sign_off)
        self.sign_off_button = QPushButton(self.tr("Sign off"), self)
        self.sign_off_button.setProperty("primary", True)
        self.sign_off_button.setAutoDefault(False)
        self.sign_off_button.clicked.connect(self.sign_off)
        self.message = MessageLabel("error", self)

        state = QFrame(self)
        state.setObjectName("stateBox")
        state.setStyleSheet(
            "QFrame#stateBox { background: #ffffff; border: 1px solid #d9e2ec;"
            " border-radius: 6px; }"
            "QFrame#stateBox QLabel { border: none; background: transparent; }"
        )
        state_layout = QHBoxLayout(state)
        state_layout.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        state_layout.addWidget(self.state_label, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.flags_box)
        scroll.setMinimumHeight(120)

        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signer_edit, 1)
        sign_row.addWidget(self.sign_off_button)
        assess_row = QHBoxLayout()
        assess_row.addWidget(assessment_hint, 1)
        assess_row.addWidget(self.save_assessment_button)
        assessment_title = QLabel(self.tr("Risk assessment (secret)"), self)
        assessment_title.setProperty("role", "subheading")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(state)
        layout.addWidget(self.summary_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(assessment_title)
        layout.addWidget(self.assessment_edit)
        layout.addLayout(assess_row)
        layout.addLayout(sign_row)
        layout.addWidget(self.message)
        self.set_meeting(None, None, None)

    # ------------------------------------------------------------------ source

    @property
    def review(self) -> SafetyReview | None:
        return self._review

    def set_meeting(
        self,
        service: SafetyReviewService | None,
        meetings: MeetingService | None,
        meeting_id: str | None,
    ) -> None:
        changed = meeting_id != self._meeting_id or service is None
        self._service = service
        self._meetings = meetings
        self._meeting_id = meeting_id if service else None
        self.message.clear_message()
        if changed:
            self.signer_edit.clear()
        self.reload(load_assessment=True)

    def reload(self, *, load_assessment: bool = False) -> None:
        self._review = None
        if self._service is not None and self._meeting_id is not None:
            try:
                self._review = self._service.safety_review(self._meeting_id)
                if load_assessment and self._meetings is not None:
                    record = self._meetings.get(self._meeting_id)
                    self.assessment_edit.setPlainText(record.meeting.risk_assessment)
            except BizHRError as error:
                self.message.show_message(error.message)
        if self._review is None:
            self.assessment_edit.clear()  # secret: gone with the meeting or the vault
        self._show_flags()
        self._show_state()
        self._update_buttons()

    def _show_flags(self) -> None:
        for row in self.flag_rows:
            self.flags_layout.removeWidget(row)
            row.deleteLater()
        self.flag_rows = []
        while self.flags_layout.count():
            self.flags_layout.takeAt(0)
        review = self._review
        if review is None:
            self.summary_label.clear()
            return
        for flag in review.flags:
            row = FlagRow(flag, self.flags_box)
            self.flags_layout.addWidget(row)
            self.flag_rows.append(row)
        self.flags_layout.addStretch(1)
        counts = {s: len(review.of_severity(s)) for s in (f.severity for f in review.flags)}
        if not review.flags:
            self.summary_label.setText(
                self.tr("No flags: nothing found that could expose someone.")
            )
        else:
            self.summary_label.setText(
                self.tr("Flags: {list}").format(
                    list=", ".join(
                        f"{count} {severity_label(severity.value).lower()}"
                        for severity, count in sorted(counts.items(), key=lambda i: i[0].rank)
                    )
                )
            )

    def state_text(self) -> str:
        return self.state_label.text()

    def _show_state(self) -> None:
        review = self._review
        if review is None:
            self.state_label.clear()
            self.state_icon.clear()
            return
        if review.signed_off and review.signed_off_at is not None:
            text = self.tr("Signed off by {name} on {date}.").format(
                name=review.signed_off_by,
                date=date_time_text(review.signed_off_at.astimezone()),
            )
            ok = True
        elif review.sign_off_outdated and review.signed_off_at is not None:
            text = self.tr(
                "Reopened: signed off by {name} on {date}, but the review has changed since "
                "(a new at-risk invitee, a venue or format change, or a new flag). Review the "
                "flags and sign off again — until then plaintext lists for this meeting need "
                "an override."
            ).format(
                name=review.signed_off_by,
                date=date_time_text(review.signed_off_at.astimezone()),
            )
            ok = False
        elif review.needs_sign_off:
            text = self.tr("Not signed off — plaintext lists for this meeting need an override.")
            ok = False
        else:
            text = self.tr(
                "No sign-off needed: this meeting raises no critical or warning flag. You may "
                "still record an assessment and sign it off."
            )
            ok = True
        self.state_label.setText(text)
        colour = "#1e6b3a" if ok else SEVERITY_COLOUR["critical"]
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.state_icon.setPixmap(icons.icon("audit" if ok else "warning", colour).pixmap(24, 24))

    def _update_buttons(self) -> None:
        ready = self._review is not None
        self.assessment_edit.setEnabled(ready)
        self.signer_edit.setEnabled(ready)
        self.save_assessment_button.setEnabled(ready)
        self.sign_off_button.setEnabled(ready and bool(self.signer_edit.text().strip()))

    # ------------------------------------------------------------------ actions

    def save_assessment(self) -> bool:
        if self._service is None or self._meeting_id is None:
            return False
        text = self.assessment_edit.toPlainText()
        if len(text) > _MAX_ASSESSMENT:
            self.message.show_message(
                self.tr("The assessment is longer than {n} characters.").format(n=_MAX_ASSESSMENT)
            )
            return False
        try:
            self._service.record_assessment(self._meeting_id, text)
        except BizHRError as error:
            self.message.show_message(error.message)
            return False
        self.message.clear_message()
        self.reload()
        self.changed.emit()
        return True

    def sign_off(self) -> bool:
        if self._service is None or self._meeting_id is None:
            return False
        signer = self.signer_edit.text().strip()
        if not signer:
            self.message.show_message(self.tr("Type your name or initials to sign off."))
            return False
        # An assessment typed but not yet saved is the one being signed off: save it first.
        if self._meetings is not None:
            stored = self._meetings.get(self._meeting_id).meeting.risk_assessment
            if stored != self.assessment_edit.toPlainText() and not self.save_assessment():
                return False
        try:
            self._service.sign_off(self._meeting_id, signer)
        except BizHRError as error:
            self.message.show_message(error.message)
            return False
        self.message.clear_message()
        self.signer_edit.clear()
        self.reload()
        self.changed.emit()
        return True
