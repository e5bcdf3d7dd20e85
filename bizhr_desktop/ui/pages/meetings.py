"""Meetings: the year's programme, invitations, check-in, attendance, safety review, follow-ups."""

from __future__ import annotations

from bizhr_desktop.ui.meetings.page import MeetingsPage

__all__ = ["MeetingsPage"]
