"""How strong a vault passphrase is, in words a person understands."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MIN_LENGTH = 12
MIN_BITS = 50.0

# A short list of the most common choices; a passphrase built on them is weak however long.
_COMMON = {
    "password",
    "passw0rd",
    "123456",
    "12345678",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "admin",
    "iloveyou",
    "monkey",
    "dragon",
    "football",
    "sunshine",
    "princess",
    "secret",
    "bizhr",
    "network",
    "business",
    "human",
    "rights",
    "defender",
}


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (very strong)
    bits: float
    acceptable: bool
    advice: str


def _estimate_bits(text: str) -> float:
    words = [w for w in re.split(r"[\s\-_.,;:]+", text) if w]
    if len(words) >= 4 and all(w.isalpha() for w in words):
        # Several words: count each as drawn from a 7776-word list at best.
        return len(words) * math.log2(7776)
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"\d", text):
        pool += 10
    if re.search(r"[^A-Za-z0-9]", text):
        pool += 33
    distinct = len(set(text))
    effective = min(len(text), distinct * 2)  # "aaaaaaaaaaaa" is not 12 characters of entropy
    return effective * math.log2(max(pool, 2)) * 0.6


def assess(passphrase: str) -> Strength:
    """Score a passphrase and say what would make it stronger."""
    lowered = passphrase.lower()
    if not passphrase:
        return Strength(0, 0.0, False, "Type a passphrase.")
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            0,
            0.0,
            False,
            f"Too short: use at least {MIN_LENGTH} characters, or four or more words.",
        )
    if any(word in lowered for word in _COMMON) and len(set(lowered.split())) < 4:
        return Strength(
            1, 20.0, False, "Built on a very common word. Use four or more unrelated words."
        )
    bits = _estimate_bits(passphrase)
    if bits < MIN_BITS:
        return Strength(1, bits, False, "Too easy to guess. Add words or mix in unusual ones.")
    if bits < 65:
        return Strength(2, bits, True, "Acceptable. A few more words would make it strong.")
    if bits < 90:
        return Strength(3, bits, True, "Strong.")
    return Strength(4, bits, True, "Very strong.")
