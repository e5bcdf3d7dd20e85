"""Who is hidden on screen, written once.

A person at high or critical risk is shown by pseudonym, never by name, in every list on
screen (people, invitees, safety flags, bundle previews) and in the CLI, unless the coordinator
reveals them for a moment. SQL that sorts or filters by this rule uses ``MASKED_SQL``, which
``vault/migrations/0010_country_sort.sql`` repeats word for word so its index applies.
"""

from __future__ import annotations

from typing import Final

from bizhr_desktop.core.models import RiskLevel, StakeholderGroup
from bizhr_desktop.core.pseudonym import make_pseudonym

MASKED_RISKS: Final = frozenset({RiskLevel.HIGH, RiskLevel.CRITICAL})
MASKED_SQL: Final = "(p.risk_level = 'high' OR p.risk_level = 'critical')"
# What a preview of rows (an import file, a bundle) hides for a masked person: what would
# identify or reach them. The lists show their pseudonym and region instead.
MASKED_FIELDS: Final = frozenset(
    {"full_name", "organisation", "role", "country", "email", "phone", "secure_channel", "notes"}
)


def is_masked(risk: RiskLevel | str) -> bool:
    """High and critical risk: shown by pseudonym, not by name."""
    return risk in MASKED_RISKS


def display_name(
    full_name: str, pseudonym: str, group: str, person_id: str, risk: str, *, reveal: bool
) -> tuple[str, bool]:
    """(label, hidden): the pseudonym for a masked person unless revealed, else the name."""
    if is_masked(risk) and not reveal:
        return pseudonym or make_pseudonym(StakeholderGroup(group), person_id), True
    return full_name, False
