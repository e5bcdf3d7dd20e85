"""The import's words in the interface's language: fields, their allowed values, problems.

The check below the window (``services.importing``) words every problem in English for the
command line and keeps its parts as data (field code, cell text, allowed codes, a Messages
template); here the same parts are said in the window's language. The English words here
are the service's (``FIELD_LABELS``, ``VALUE_LABELS``) word for word, so an untranslated
window reads exactly as ``bizhr import`` does (tests/gui/test_import_problems.py checks it).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from bizhr_desktop.core.models import OrganisationKind, Participation, RiskLevel, StakeholderGroup
from bizhr_desktop.services.importing import RowProblem
from bizhr_desktop.ui.common.labels import (
    group_label,
    organisation_kind_label,
    participation_label,
    risk_label,
)
from bizhr_desktop.ui.common.messages import translate_message

_CONTEXT = "ImportWizard"  # (a plain assignment: the translation update reads it)

# Fields whose cell is yes or no: fixed in place by choosing one.
YES_NO_FIELDS: Final = frozenset(
    {"consent_network", "consent_coorganisers", "consent_public", "public_commitment"}
)
# Vocabulary fields a row may leave empty (it then takes the default).
OPTIONAL_VOCABULARIES: Final = frozenset({"risk_level", "participation", "kind"})
_VOCABULARIES: Final[dict[str, tuple[str, ...]]] = {
    "stakeholder_group": tuple(StakeholderGroup),
    "risk_level": tuple(RiskLevel),
    "participation": tuple(Participation),
    "kind": tuple(OrganisationKind),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(field: str) -> str:
    """A field's name for a person ("stakeholder_group" -> "Stakeholder group")."""
    words = {
        "full_name": _t("Full name"),
        "pseudonym": _t("Pseudonym"),
        "stakeholder_group": _t("Stakeholder group"),
        "organisation": _t("Organisation"),
        "role": _t("Role"),
        "country": _t("Country"),
        "email": _t("Email"),
        "phone": _t("Phone"),
        "secure_channel": _t("Secure channel"),
        "languages": _t("Languages"),
        "risk_level": _t("Risk level"),
        "consent_network": _t("Consent: network"),
        "consent_coorganisers": _t("Consent: co-organisers"),
        "consent_public": _t("Consent: public"),
        "consent_date": _t("Consent date"),
        "notes": _t("Notes"),
        "tags": _t("Tags"),
        "participation": _t("Participation"),
        "joined_on": _t("Joined on"),
        "id": _t("Record id"),
        "consent_method": _t("Consent method"),
        "commitment_acknowledged_on": _t("Commitment acknowledged on"),
        "name": _t("Name"),
        "kind": _t("Kind"),
        "sector": _t("Sector"),
        "website": _t("Website"),
        "public_commitment": _t("Public commitment"),
        "commitment_date": _t("Commitment date"),
    }
    return words.get(field) or field.replace("_", " ").capitalize()


def value_label(field: str, code: str) -> str:
    """A vocabulary value for a person ("hrd" -> "Human rights defender")."""
    if field == "stakeholder_group" and code in StakeholderGroup._value2member_map_:
        return group_label(code)
    if field == "risk_level" and code in RiskLevel._value2member_map_:
        return risk_label(code)
    if field == "participation" and code in Participation._value2member_map_:
        return participation_label(code)
    if field == "kind" and code in OrganisationKind._value2member_map_:
        return organisation_kind_label(code)
    if field in YES_NO_FIELDS and code in ("yes", "no"):
        return _t("Yes") if code == "yes" else _t("No")
    return code


def choices(field: str) -> list[tuple[str, str]] | None:
    """(words, code) a cell of ``field`` is fixed with by choosing, or None: typed instead.

    Codes are written back, never the words: "hrd" reads the same in every language."""
    if field in YES_NO_FIELDS:
        return [(value_label(field, code), code) for code in ("yes", "no")]
    codes = _VOCABULARIES.get(field)
    if codes is None:
        return None
    listed = [(value_label(field, code), code) for code in codes]
    if field in OPTIONAL_VOCABULARIES:
        listed.insert(0, (_t("(empty: the default)"), ""))
    return listed


def problem_text(problem: RowProblem, *, hidden: str | None = None) -> str:
    """What is wrong, in the interface's language, the allowed values in its words; with
    ``hidden``, the cell's text is replaced by it (a masked person's detail)."""
    return problem.render(
        translate_message,
        value_label,
        field_label,
        hidden=hidden,
        separator=QCoreApplication.translate("ImportWizard", ", ", "between the values of a list"),
    )


def where_text(problem: RowProblem) -> str:
    """The field's name, with the file's own name for its column when that differs."""
    if not problem.field:
        return _t("Column “{column}”").format(column=problem.column)
    label = field_label(problem.field)
    if problem.where == problem.label:  # the file calls the column as the field is called
        return label
    return _t("{field} (column “{column}”)").format(field=label, column=problem.column)
