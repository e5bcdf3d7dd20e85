"""The export feature's wording: columns, audiences, formats and the policy's reasons.

Every word a person reads about an export that is not part of one page (column headings, an
audience's title and sentence, a format's name, why someone is named, pseudonymised or only
counted) is translated here, under the ``ExportWizard`` context the translations already use;
the pages, the Export page and the bundle import dialog share them. ``default_file_name``
is here too: a file name says what the list is for, never who is in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from PySide6.QtCore import QCoreApplication

from bizhr_desktop.core.models import Audience, RiskLevel, StakeholderGroup
from bizhr_desktop.core.policy import (
    WHY_CHATHAM,
    WHY_CONSENT_OLD,
    WHY_CONSENT_UNDATED,
    WHY_FEWER_THAN_K,
    WHY_INTERNAL,
    WHY_NAMED,
    WHY_NAMED_ELSEWHERE,
    WHY_NO_CONSENT,
    WHY_NOT_NAMED,
    WHY_RISK_OVER,
    Outcome,
    Reason,
)
from bizhr_desktop.services.exporting import (
    PDF_HEADINGS,
    ExportFormat,
    ExportPreview,
    ListWords,
    ReasonGroup,
)
from bizhr_desktop.ui.common.labels import group_label, plural, risk_label

_AUDIENCE_FILE_WORDS: Final = {
    Audience.PUBLIC: "public-list",
    Audience.VENUE: "venue-list",
    Audience.COORGANISERS: "coorganiser-list",
    Audience.INTERNAL: "bundle-for-coordinator",
}


def default_file_name(audience: Audience, fmt: ExportFormat, day: date | None = None) -> str:
    """A file name that says what the list is for and when, and nothing about anyone in it."""
    day = day or date.today()
    return f"{_AUDIENCE_FILE_WORDS[Audience(audience)]}-{day.isoformat()}{fmt.extension}"


def _translate(text: str) -> str:
    return QCoreApplication.translate("ExportWizard", text)


def column_label(name: str) -> str:
    """What a column of the file is called on screen ("full_name" -> "Name")."""
    words = {
        "full_name": _translate("Name"),
        "pseudonym": _translate("Pseudonym"),
        "stakeholder_group": _translate("Stakeholder group"),
        "organisation": _translate("Organisation"),
        "role": _translate("Role"),
        "country": _translate("Country"),
        "region": _translate("Region"),
        "email": _translate("Email"),
        "phone": _translate("Phone"),
        "secure_channel": _translate("Secure channel"),
        "languages": _translate("Languages"),
        "risk_level": _translate("Risk"),
        "consent_network": _translate("Consent: network"),
        "consent_coorganisers": _translate("Consent: co-organisers"),
        "consent_public": _translate("Consent: public"),
        "consent_date": _translate("Consent date"),
        "notes": _translate("Notes"),
        "tags": _translate("Tags"),
        "participation": _translate("Participation"),
        "joined_on": _translate("Joined on"),
    }
    return words.get(name, name.replace("_", " ").capitalize())


def column_tooltip(name: str) -> str:
    """The tooltip of a column heading: the column's name as the file spells it."""
    return _translate("Column “{name}” in the file").format(name=name)


def outcome_words(outcome: Outcome) -> str:
    return {
        Outcome.NAMED: _translate("Named"),
        Outcome.PSEUDONYMISED: _translate("Pseudonymised"),
        Outcome.COUNTED: _translate("Withheld, counted only"),
        Outcome.FULL: _translate("Full record, encrypted"),
    }[outcome]


def _risk_words(value: str) -> str:
    return risk_label(value) if value in RiskLevel._value2member_map_ else value


def _one_reason(reason: Reason) -> str:
    """One reason of the policy in plain, translatable words, chosen by its template."""
    why = reason.template
    if why == WHY_NO_CONSENT["consent_public"]:
        return _translate("no consent to be named publicly")
    if why == WHY_NO_CONSENT["consent_coorganisers"]:
        return _translate("no consent to be named to co-organisers or a venue")
    if why == WHY_NO_CONSENT["consent_network"]:
        return _translate("no consent to be named in the network")
    if why == WHY_RISK_OVER:
        return _translate("{risk} risk, above this audience's limit ({ceiling})").format(
            risk=_risk_words(reason.param("risk")),
            ceiling=_risk_words(reason.param("ceiling")).lower(),
        )
    if why == WHY_CHATHAM:
        return _translate("Chatham House meeting, and not an attendance record for the host")
    if why == WHY_NAMED:
        return _translate("consent given, and risk within this audience's limit")
    if why == WHY_INTERNAL:
        return _translate("another coordinator's vault, only in an encrypted bundle")
    if why == WHY_NOT_NAMED:
        return _translate("not named")
    if why == WHY_CONSENT_UNDATED:
        return _translate("consent not dated, so it counts as absent until renewed")
    if why == WHY_CONSENT_OLD:
        return _translate("consent from {year}, older than the renewal period: renewal due").format(
            year=reason.param("year")
        )
    if why == WHY_NAMED_ELSEWHERE:
        return _translate(
            "named in another audience's list, so only counted here (a label would "
            "let the two lists be compared)"
        )
    if why == WHY_FEWER_THAN_K:
        return _translate(
            "fewer than {k} people share their group and region, so a row would single them out"
        ).format(k=reason.param("k"))
    return reason.text  # a reason this window does not know yet: its English, not nothing


def reason_words(reasons: Sequence[Reason]) -> str:
    """The policy's reasons in plain, translatable words."""
    return "; ".join(_one_reason(reason) for reason in reasons)


def reason_line(group: ReasonGroup) -> str:
    count = plural(_translate_n("%n person(s)", group.count), group.count)
    return _translate("{outcome}: {reason} — {count}").format(
        outcome=outcome_words(group.outcome), reason=reason_words(group.reasons), count=count
    )


def _translate_n(text: str, n: int) -> str:
    return QCoreApplication.translate("ExportWizard", text, "", n)


def summary_headline(preview: ExportPreview) -> str:
    summary = preview.summary
    if summary.full:
        return plural(
            _translate_n("%n full record(s), written only as an encrypted bundle", summary.full),
            summary.full,
        )
    return " · ".join(
        (
            _translate("{n} named").format(n=summary.named),
            _translate("{n} pseudonymised").format(n=summary.pseudonymised),
            _translate("{n} counted only").format(n=summary.counted),
        )
    )


def audience_title(audience: Audience) -> str:
    return {
        Audience.PUBLIC: _translate("A public report or website"),
        Audience.VENUE: _translate("A venue's badge or entry list"),
        Audience.COORGANISERS: _translate("A co-organising partner"),
        Audience.INTERNAL: _translate("Another coordinator's vault"),
    }[audience]


def audience_short(audience: Audience) -> str:
    return {
        Audience.PUBLIC: _translate("Public"),
        Audience.VENUE: _translate("Venue"),
        Audience.COORGANISERS: _translate("Co-organisers"),
        Audience.INTERNAL: _translate("Another coordinator"),
    }.get(Audience(audience), str(audience))


def audience_sentence(audience: Audience) -> str:
    return {
        Audience.PUBLIC: _translate(
            "Names only people at low risk who agreed to be named publicly; everyone else "
            "appears under a pseudonym or only in a count. No contact details."
        ),
        Audience.VENUE: _translate(
            "Names people at low or medium risk who agreed to be named to co-organisers; "
            "the others appear under a pseudonym or in a count. No contact details."
        ),
        Audience.COORGANISERS: _translate(
            "The same people named as for a venue, with their email address (never a phone "
            "number or secure channel)."
        ),
        Audience.INTERNAL: _translate(
            "Every field of every record, notes and risk levels included — only as an "
            "encrypted bundle, opened with a passphrase."
        ),
    }[audience]


def format_words(fmt: ExportFormat) -> str:
    return {
        ExportFormat.CSV: _translate("CSV"),
        ExportFormat.XLSX: _translate("Excel"),
        ExportFormat.PDF: _translate("PDF"),
        ExportFormat.BUNDLE: _translate("Encrypted bundle"),
    }.get(ExportFormat(fmt), str(fmt))


def list_words(preview: ExportPreview) -> ListWords:
    """The headings, group names and title a PDF or XLSX list is printed with, in the
    language of the window (a CSV keeps the interchange headers and codes)."""
    title = {
        Audience.PUBLIC: _translate("Participants"),
        Audience.VENUE: _translate("Participant list for the venue"),
        Audience.COORGANISERS: _translate("Participant list for co-organisers"),
        Audience.INTERNAL: _translate("Internal bundle"),
    }[preview.request.audience]
    if preview.meeting_title:
        title = _translate("{title}: {meeting}").format(title=title, meeting=preview.meeting_title)
    return ListWords(
        headings={name: column_label(name) for name in (*PDF_HEADINGS, *preview.columns)},
        groups={group.value: group_label(group) for group in StakeholderGroup},
        title=title,
    )
