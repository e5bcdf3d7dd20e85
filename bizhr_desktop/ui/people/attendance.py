"""Attendance history: the meetings a person (or an organisation's people) were invited to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizhr_desktop.core.models import InvitationStatus
from bizhr_desktop.services.invitations import AttendanceRow, OrganisationAttendance
from bizhr_desktop.ui.common.cells import isolate_cells
from bizhr_desktop.ui.common.meeting_labels import invitation_status_label, role_label


def _tree(parent: QWidget, headers: list[str], accessible: str) -> QTreeWidget:
    tree = QTreeWidget(parent)
    isolate_cells(tree)
    tree.setRootIsDecorated(False)
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setAccessibleName(accessible)
    tree.setMinimumHeight(90)
    header = tree.header()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return tree


class PersonAttendanceView(QGroupBox):
    """Meetings this person was invited to, newest first, with their answer and role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meetings"), parent)
        self.tree = _tree(
            self,
            [self.tr("Date"), self.tr("Meeting"), self.tr("Answer"), self.tr("Role")],
            self.tr("Meetings this person was invited to"),
        )
        self.empty = QLabel(self.tr("Not invited to any meeting yet."), self)
        self.empty.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self.set_rows(())

    def set_rows(self, rows: Sequence[AttendanceRow]) -> None:
        self.tree.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [
                    row.starts_at.date().isoformat(),
                    row.title,
                    invitation_status_label(row.status),
                    role_label(row.role),
                ]
            )
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def attended(self) -> int:
        wanted = invitation_status_label(InvitationStatus.ATTENDED)
        return sum(
            1
            for i in range(self.tree.topLevelItemCount())
            if (item := self.tree.topLevelItem(i)) is not None and item.text(2) == wanted
        )


class OrganisationAttendanceView(QGroupBox):
    """Per meeting, how many of the organisation's listed people were invited, came, etc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meetings"), parent)
        self.tree = _tree(
            self,
            [
                self.tr("Date"),
                self.tr("Meeting"),
                self.tr("Invited"),
                self.tr("Accepted"),
                self.tr("Attended"),
            ],
            self.tr("Attendance of this organisation's people"),
        )
        self.empty = QLabel(self.tr("None of its people was invited to a meeting yet."), self)
        self.empty.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        self.set_rows(())

    def set_rows(self, rows: Sequence[OrganisationAttendance]) -> None:
        self.tree.clear()
        for row in rows:
            invited = sum(row.counts.values())
            accepted = row.counts.get("accepted", 0) + row.counts.get("attended", 0)
            attended = row.counts.get("attended", 0)
            self.tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        row.starts_at.date().isoformat(),
                        row.title,
                        str(invited),
                        str(accepted),
                        str(attended),
                    ]
                )
            )
        self.tree.setVisible(bool(rows))
        self.empty.setVisible(not rows)
