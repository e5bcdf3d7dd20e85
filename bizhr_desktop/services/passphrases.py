"""How strong a vault passphrase is, in words a person understands.

The bits come from the product's one estimator (``formats.age_io.estimated_bits``, which
knows the diceware list and counts a repeated word once), so a passphrase refused for a
bundle is never rated strong for a vault."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bizhr_desktop.core.messages import fill, marked, render
from bizhr_desktop.formats import age_io

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
    """A score, the bits behind it, and advice: an English template (translated where shown,
    ``core.messages``) with its parameters; ``advice`` is its English sentence."""

    score: int  # 0 (very weak) .. 4 (very strong)
    bits: float
    acceptable: bool
    template: str
    params: tuple[tuple[str, int], ...] = ()

    @property
    def advice(self) -> str:
        return fill(self.template, dict(self.params))

    def render(self, translate: Callable[[str], str]) -> str:
        """The advice in the language of *translate* (as ``BizHRError.render``)."""
        return render(self.template, dict(self.params), translate)


def assess(passphrase: str) -> Strength:
    """Score a passphrase and say what would make it stronger."""
    lowered = passphrase.lower()
    if not passphrase:
        return Strength(0, 0.0, False, marked("Type a passphrase."))
    if len(passphrase) < MIN_LENGTH:
        return Strength(
            0,
            0.0,
            False,
            marked("Too short: use at least {length} characters, or four or more words."),
            (("length", MIN_LENGTH),),
        )
    if any(word in lowered for word in _COMMON) and len(set(lowered.split())) < 4:
        return Strength(
            1,
            20.0,
            False,
            marked("Built on a very common word. Use four or more unrelated words."),
        )
    bits = age_io.estimated_bits(passphrase)
    if bits < MIN_BITS:
        return Strength(
            1, bits, False, marked("Too easy to guess. Add words or mix in unusual ones.")
        )
    if bits < 65:
        return Strength(2, bits, True, marked("Acceptable. A few more words would make it strong."))
    if bits < 90:
        return Strength(3, bits, True, marked("Strong."))
    return Strength(4, bits, True, marked("Very strong."))
