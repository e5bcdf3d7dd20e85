"""Pseudonyms: a stable, non-identifying label for a person, derived from their random id."""

from __future__ import annotations

import hashlib
import hmac
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


_LIST_CONTEXT: Final = b"bizhr-desktop/list-label/v1\x00"
MAX_LABEL_HEX: Final = 16  # lengthened only while two labels of one list still clash


def list_label(
    group: StakeholderGroup,
    person_id: str,
    *,
    key: bytes,
    list_salt: bytes,
    length: int = MIN_HEX,
) -> str:
    """The label a person gets in one exported list, e.g. "Defender-2C9E".

    A keyed hash (HMAC-SHA256 under a key kept in the vault) of the list's salt and the
    person's id: without the key nobody can recompute it from an id, and with a fresh salt per
    list no label appears in two lists, so lists cannot be joined on their labels. A series of
    lists (badges for one co-host) shares a salt on purpose.
    """
    if not MIN_HEX <= length <= MAX_LABEL_HEX:
        raise ValueError(f"a label has {MIN_HEX} to {MAX_LABEL_HEX} hex digits, not {length}")
    try:
        canonical = uuid.UUID(person_id).bytes
    except (ValueError, AttributeError, TypeError):
        raise InvalidInput("A list label can only be made from a person's UUID.") from None
    mac = hmac.new(key, _LIST_CONTEXT + list_salt + b"\x00" + canonical, hashlib.sha256)
    return f"{PSEUDONYM_PREFIXES[StakeholderGroup(group)]}-{mac.hexdigest().upper()[:length]}"
