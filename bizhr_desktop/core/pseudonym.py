"""Pseudonyms: a stable, non-identifying label for a person, derived from their random id."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.models import StakeholderGroup

PSEUDONYM_PREFIXES: Final[Mapping[StakeholderGroup, str]] = MappingProxyType(
    {
        StakeholderGroup.BUSINESS: "Business",
        StakeholderGroup.INVESTOR: "Investor",
        StakeholderGroup.CIVIL_SOCIETY: "CivilSociety",
        StakeholderGroup.HRD: "Defender",
        StakeholderGroup.GOVERNMENT: "Government",
        StakeholderGroup.INTERGOVERNMENTAL: "Intergovernmental",
        StakeholderGroup.OTHER: "Participant",
    }
)

# Domain separation: the digest of an id is never reused for anything else in the product.
_CONTEXT: Final = b"bizhr-desktop/pseudonym/v1\x00"

MIN_HEX: Final = 4
MAX_HEX: Final = 6


def make_pseudonym(group: StakeholderGroup, person_id: str, *, length: int = MIN_HEX) -> str:
    """A label such as "Defender-7F3A", the same for the same id every time.

    Only the random UUID goes into the hash, never the name or any other field, so the label
    carries no information about the person beyond their (public) stakeholder group. Anyone
    holding the person's id can recompute it, which is why ids never leave in plaintext.
    ``length`` (4 to 6 hex digits) is raised only to tell apart two people in one list.
    """
    if not MIN_HEX <= length <= MAX_HEX:
        raise ValueError(f"a pseudonym has {MIN_HEX} to {MAX_HEX} hex digits, not {length}")
    try:
        canonical = uuid.UUID(person_id).bytes  # "ABC..." and "abc..." are the same person
    except (ValueError, AttributeError, TypeError):
        raise InvalidInput("A pseudonym can only be made from a person's UUID.") from None
    digest = hashlib.sha256(_CONTEXT + canonical).hexdigest().upper()
    return f"{PSEUDONYM_PREFIXES[StakeholderGroup(group)]}-{digest[:length]}"
