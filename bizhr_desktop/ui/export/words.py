"""The export feature's wording: columns, audiences, formats and the policy's reasons.

Every word a person reads about an export that is not part of one page (column headings, an
audience's title and sentence, a format's name, why someone is named, pseudonymised or only
counted) is translated here, under the ``ExportWizard`` context the translations already use;
the pages, the Export page and the bundle import dialog share them. ``default_file_name``
is here too: a file name says what the list is for, never who is in it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from PySide6.QtCore import QCoreApplication

from bizhr_desktop.core.models import Audience, RiskLevel
from bizhr_desktop.core.policy import NAMED_ELSEWHERE, Outcome
from bizhr_desktop.services.exporting import ExportFormat, ExportPreview, ReasonGroup
from bizhr_desktop.ui.common.labels import plural, risk_label

_AUDIENCE_FILE_WORDS: Final = {
    Audience.PUBLIC: "public-list",
    Audience.VENUE: "venue-list",
    Audience.COORGANISERS: "coorganiser-list",
    Audience.INTERNAL: "bundle-for-coordinator",
}
_FEWER_THAN: Final = re.compile(r"\s*\(fewer than (\d+) share their group and region\)$")
_RISK_OVER: Final = re.compile(r"^risk (\w+), ceiling (\w+)$")


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


_CONSENT_OLD: Final = re.compile(r"consent from (\d{4}), renewal due")


def reason_words(reason: str) -> str:
    """The policy's reason in plain, translatable words (unknown parts are kept as they are)."""
    suffix = ""
    found = _FEWER_THAN.search(reason)
    if found:
        reason = reason[: found.start()]
        suffix = _translate(
            "fewer than {k} people share their group and region, so a row would single them out"
        ).format(k=found.group(1))
    parts: list[str] = []
    for part in (p.strip() for p in reason.split(";")):
        if not part:
            continue
        risk = _RISK_OVER.match(part)
        if part == "no consent_public":
            parts.append(_translate("no consent to be named publicly"))
        elif part == "no consent_coorganisers":
            parts.append(_translate("no consent to be named to co-organisers or a venue"))
        elif part == "no consent_network":
            parts.append(_translate("no consent to be named in the network"))
        elif risk and risk.group(1) in RiskLevel._value2member_map_:
            parts.append(
                _translate("{risk} risk, above this audience's limit ({ceiling})").format(
                    risk=risk_label(risk.group(1)),
                    ceiling=risk_label(risk.group(2)).lower()
                    if risk.group(2) in RiskLevel._value2member_map_
                    else risk.group(2),
                )
            )
        elif part.startswith("Chatham House Rule"):
            parts.append(
                _translate("Chatham House meeting, and not an attendance record for the host")
            )
        elif part == "consent given and risk within the audience's ceiling":
            parts.append(_translate("consent given, and risk within this audience's limit"))
        elif part == "internal bundle, encrypted":
            parts.append(_translate("another coordinator's vault, only in an encrypted bundle"))
        elif part == "not named":
            parts.append(_translate("not named"))
        elif part == "consent undated, renewal due":
            parts.append(_translate("consent not dated, so it counts as absent until renewed"))
        elif _CONSENT_OLD.match(part):
            parts.append(
                _translate("consent from {year}, older than 24 months: renewal due").format(
                    year=_CONSENT_OLD.match(part).group(1)  # type: ignore[union-attr]
                )
            )
        elif part == NAMED_ELSEWHERE:
            parts.append(
                _translate(
                    "named in another audience's list, so only counted here (a label would "
                    "let the two lists be compared)"
                )
            )
        else:
            parts.append(part)
    if suffix:
        parts.append(suffix)
    return "; ".join(parts)


def reason_line(group: ReasonGroup) -> str:
    count = plural(_translate_n("%n person(s)", group.count), group.count)
    return _translate("{outcome}: {reason} — {count}").format(
        outcome=outcome_words(group.outcome), reason=reason_words(group.reason), count=count
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
