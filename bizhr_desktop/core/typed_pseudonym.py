"""Typed pseudonyms that give a person away: their name, initials, organisation, role or place.

A coordinator may type a pseudonym for a person; the window shows it in place of the name
while the record is masked. Pseudonyms seen in the field gave people away ("Laila Hassan" for
ليلى حسن, "Ko" for Aung Ko, "AG" for Grace Achieng, "Kampala land lawyer" for Samuel
Okello). :func:`typed_pseudonym_risks` finds such giveaways so the editor can warn; it never
refuses one, and it returns data (a kind and the words of the pseudonym that match), not
sentences, so the window words and translates them.

Everything is compared word by word after :func:`~bizhr_desktop.core.text.fold`, so a name
part inside a longer word ("Ko" in "Kofi") is no match, and a single letter never is. Names in
other scripts are also compared in Latin letters (``anyascii``), exactly and by their
consonants, since "Laila Hassan" and "Leila Hasan" both write ليلى حسن.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

import pycountry
from anyascii import anyascii

from bizhr_desktop.core.countries import (
    NAMED_LANGUAGES,
    country_name,
    iso_catalogue,
    normalise_country,
)
from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.models import Person
from bizhr_desktop.core.pseudonym import PSEUDONYM_PREFIXES
from bizhr_desktop.core.text import clean_text, fold


class PseudonymRiskKind(StrEnum):
    """What a typed pseudonym gives away, in the order the editor lists them."""

    FULL_NAME = "full_name"  # every part of their name
    NAME_PART = "name_part"  # one part of their name, in its own script
    INITIALS = "initials"
    TRANSLITERATION = "transliteration"  # their name written in Latin letters
    ORGANISATION = "organisation"
    ROLE = "role"
    PLACE = "place"  # their country (in any language the window knows) or a place in it


@dataclass(frozen=True)
class PseudonymRisk:
    kind: PseudonymRiskKind
    part: str  # the words of the pseudonym that match, as typed


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Particles of names that say nothing about one person ("de" in "Maria de la Cruz").
NAME_PARTICLES: Final = _wordset(
    "de da das dos del della di du des la le van von der den ter zu bin bint ibn al el y "
    "e بن بنت ابن"
)

# Words of an organisation or a role too common to point at anyone, in the window's languages.
# Shorter words (of, de, y, في ...) are never compared at all.
_COMMON_WORDS: Final = _wordset(
    "the and for with from les des aux pour sur avec une dans par los las del para por "
    "con una على الى عن"
)

# The generated labels' words ("Defender" in "Defender-7F3A"), never a giveaway by themselves,
# even for a person whose role is "Human rights defender".
_GENERATED_WORDS: Final = frozenset(fold(prefix) for prefix in PSEUDONYM_PREFIXES.values())
_GENERATED_LABEL: Final = re.compile(
    "(?:" + "|".join(PSEUDONYM_PREFIXES.values()) + r")-[0-9A-F]{4,16}", re.IGNORECASE
)

# Words of subdivision names that name no place by themselves ("Northern" in Uganda's list,
# "City" in "Nairobi City"), in English, French, Spanish and Arabic as the catalogues write them.
_GENERIC_PLACE_WORDS: Final = _wordset(
    "north south east west northern southern eastern western central centre center "
    "capital city district region state province county territory municipality "
    "governorate division area zone upper lower greater new island islands special "
    "autonomous federal union nord sud est ouest region ville etat district province "
    "territoire capitale norte sur este oeste centro ciudad estado distrito provincia "
    "departamento territorio شمال جنوب شرق غرب الشمالية الجنوبية الشرقية الغربية الوسطى "
    "ولاية مدينة منطقة"
)

# Endings that turn a country's name into its people's ("Ugandan", "Sudanese", "Ougandais").
_DEMONYM_ENDINGS: Final = _wordset(
    "n an ans ian ians ien iens ienne iennes ese es ais aise aises ain aine ains ano ana "
    "anos anas eno ena enos enas i is ish o os a as s ns"
)

# Scripts written without spaces between the words of a name: a name part is any two
# characters of it there ("小明" in "王小明").
_UNSPACED_RANGES: Final = (
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
)

_VOWELS: Final = frozenset("aeiouyw")
_CONSONANT_SHIFTS: Final = str.maketrans({"p": "b", "v": "f", "q": "k"})
_STRONG_SKELETON: Final = 3  # consonants that alone tell a name apart ("hsn", not "l")


@dataclass(frozen=True)
class _Word:
    text: str  # as typed
    key: str  # folded
    start: int
    end: int


def _is_word_char(char: str) -> bool:
    # Letters and the marks written on them (Myanmar and Indic vowels); digits separate words,
    # so "Ko7" is the word "Ko".
    return unicodedata.category(char)[0] in "LM"


def _words(text: str) -> list[_Word]:
    words: list[_Word] = []
    start: int | None = None
    for index, char in enumerate(text + " "):
        if _is_word_char(char) and index < len(text):
            if start is None:
                start = index
        elif start is not None:
            words.append(_Word(text[start:index], fold(text[start:index]), start, index))
            start = None
    return words


def _camel_pieces(words: Iterable[_Word]) -> list[_Word]:
    """The words split where a small letter meets a capital ("LailaHassan")."""
    pieces: list[_Word] = []
    for word in words:
        start = 0
        for index in range(1, len(word.text)):
            if word.text[index - 1].islower() and word.text[index].isupper():
                piece = word.text[start:index]
                pieces.append(_Word(piece, fold(piece), word.start + start, word.start + index))
                start = index
        piece = word.text[start:]
        pieces.append(_Word(piece, fold(piece), word.start + start, word.end))
    return pieces


def _ascii(text: str) -> str:
    try:
        return anyascii(text)
    except OSError:
        # A build that left out anyascii's tables: no Latin forms, rather than an editor
        # that fails at every key typed.
        return ""


def _latin(text: str) -> str:
    """*text* in small Latin letters only ("isha" for عائشة)."""
    return re.sub(r"[^a-z]", "", _ascii(text).lower())


def _is_latin(key: str) -> bool:
    return key.isascii()


def _skeleton(latin: str) -> str:
    """The consonants of a Latin word, which transliterations of one name share: "Hassan",
    "Hasan" and حسن ("hsn"), "Mohammed" and "Muhammad" ("mhmd")."""
    text = latin.replace("ph", "f")
    if len(text) > 2 and text.endswith("h") and text[-2] in _VOWELS:
        text = text[:-1]  # "Fatimah" is "Fatima"
    consonants = [char for char in text.translate(_CONSONANT_SHIFTS) if char not in _VOWELS]
    collapsed = [
        char for index, char in enumerate(consonants) if consonants[index - 1 : index] != [char]
    ]
    return "".join(collapsed)


def _arabic_forms(key: str) -> list[str]:
    """A word and, for an Arabic one, the same without its article ("الحسن" is also "حسن")."""
    forms = [key]
    if key.startswith("ال") and len(key) > 3 and not _is_latin(key):
        forms.append(key[2:])
    return forms


def _transliterations(word: _Word) -> list[str]:
    """Latin forms of a word in another script; "" forms and Latin words give none."""
    if _is_latin(word.key):
        return []
    forms: list[str] = []
    # The word as written and as folded: folding drops marks that anyascii reads ("Й" is
    # "Y", its folded "И" is "I"), and the written word may carry harakat the folded lacks.
    for written in dict.fromkeys([word.text.casefold(), word.key]):
        for form in _arabic_forms(written):
            # Taa marbuta (ة) ends a word in "a" ("Fatima"), though anyascii writes it "h".
            text = form[:-1] + "a" if form.endswith("ة") else form
            forms.append(_latin(text))
            if _is_unspaced(text):
                # anyascii writes Chinese syllables with capitals ("WangXiaoMing"): each
                # one, and each run of them, is a name part.
                found = re.findall(r"[A-Z][a-z]*", _ascii(text))
                syllables = [syllable.lower() for syllable in found]
                for first in range(len(syllables)):
                    for last in range(first + 1, len(syllables) + 1):
                        forms.append("".join(syllables[first:last]))
    return [form for form in dict.fromkeys(forms) if form and _is_latin(form)]


def _is_unspaced(text: str) -> bool:
    return any(low <= ord(char) <= high for char in text for low, high in _UNSPACED_RANGES)


def _has_no_small_letters(text: str) -> bool:
    return not any(char.islower() for char in text)


# ------------------------------------------------------------------ the parts of a record


@dataclass(frozen=True)
class _Record:
    name_words: tuple[_Word, ...]
    name_parts: frozenset[str]  # folded, two letters or more, no particles
    significant_parts: frozenset[str]  # the name's own words, for a full-name match
    initials: frozenset[str]
    organisation: tuple[str, ...]
    organisation_words: frozenset[str]
    acronyms: frozenset[str]
    role_words: frozenset[str]
    places: tuple[tuple[str, ...], ...]
    demonym_stems: frozenset[str]


def _record(full_name: str, organisation: str, role: str, country: str) -> _Record:
    name = clean_text(full_name)
    name_words = tuple(_words(name))
    significant = [w for w in name_words if w.key not in NAME_PARTICLES]
    parts: set[str] = set()
    for word in significant:
        parts.update(form for form in _arabic_forms(word.key) if len(form) >= 2)
    # "O'Brien" is also typed "OBrien", and "Al-Hassan" "Alhassan".
    for chunk in name.split():
        joined = "".join(w.key for w in _words(chunk))
        if len(joined) >= 2 and joined not in NAME_PARTICLES:
            parts.add(joined)
    organisation_words = _words(clean_text(organisation))
    meaningful_organisation = [w.key for w in organisation_words if _meaningful(w.key)]
    acronyms = set()
    if len(organisation_words) >= 2:
        for keys in (meaningful_organisation, [w.key for w in organisation_words]):
            acronym = "".join(key[0] for key in keys)
            if len(acronym) >= 3:
                acronyms.add(acronym)
    places, stems = _places(country)
    return _Record(
        name_words=name_words,
        name_parts=frozenset(parts),
        significant_parts=frozenset(w.key for w in significant if len(w.key) >= 2),
        initials=_initials(significant),
        organisation=tuple(w.key for w in organisation_words),
        organisation_words=frozenset(meaningful_organisation),
        acronyms=frozenset(acronyms),
        role_words=frozenset(w.key for w in _words(clean_text(role)) if _meaningful(w.key)),
        places=places,
        demonym_stems=stems,
    )


def _meaningful(key: str) -> bool:
    return len(key) >= 3 and key not in _COMMON_WORDS and key not in _GENERATED_WORDS


def _initials(words: list[_Word]) -> frozenset[str]:
    letters = []
    for word in words:
        latin = word.key if _is_latin(word.key) else _latin(word.text)
        if latin:
            letters.append(latin[0])
    if len(letters) < 2:
        return frozenset()
    forms = {
        "".join(letters),
        "".join(reversed(letters)),
        letters[0] + letters[-1],
        letters[-1] + letters[0],
    }
    return frozenset(forms)


def _place_phrases(name: str) -> Iterator[tuple[str, ...]]:
    """A place's name as words, and its shorter forms: "Congo, The Democratic Republic of
    the" is also "Congo"; "Nairobi City" is also "Nairobi"; "Taita/Taveta" is "Taita"."""
    text = clean_text(name)
    forms = [text]
    for comma in (", ", "، "):
        if comma in text:
            head, _, tail = text.partition(comma)
            forms += [head, f"{tail} {head}"]
    forms += re.split(r"[/()]", text)
    for form in forms:
        keys = tuple(w.key for w in _words(form))
        if keys[:1] == ("the",):
            keys = keys[1:]
        plain = tuple(key for key in keys if key not in _GENERIC_PLACE_WORDS)
        for phrase in (keys, plain):
            if len(phrase) > 1 or (
                phrase and len(phrase[0]) >= 3 and phrase[0] not in _GENERIC_PLACE_WORDS
            ):
                yield phrase


@functools.cache
def _country_places(code: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The names of a country in every language the window knows and of the places in it
    (its ISO 3166-2 subdivisions: states, districts, capital cities), as word tuples; and the
    one-word names of the country that its people's name is made from ("Ugandan")."""
    country = pycountry.countries.get(alpha_2=code)
    names = [country_name(code, language) for language in ("en", *NAMED_LANGUAGES)]
    names += [
        str(value)
        for attribute in ("name", "official_name", "common_name")
        if (value := getattr(country, attribute, None))
    ]
    # pycountry's subdivisions.get() carries no annotations.
    found = pycountry.subdivisions.get(country_code=code)  # type: ignore[no-untyped-call]
    english = [str(s.name) for s in found or ()]
    subdivisions = list(english)
    for language in NAMED_LANGUAGES:
        catalogue = iso_catalogue("iso3166-2", language)
        subdivisions += [catalogue.gettext(name) for name in english]
    country_phrases = {phrase for name in names for phrase in _place_phrases(name)}
    stems = frozenset(p[0] for p in country_phrases if len(p) == 1 and len(p[0]) >= 4)
    phrases = country_phrases | {p for name in subdivisions for p in _place_phrases(name)}
    return tuple(sorted(phrases)), stems


def _places(country: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    text = country.strip()
    if not text:
        return (), frozenset()
    try:
        code = normalise_country(text)
    except InvalidInput:
        # A country this program does not know (typed half-way, or misspelt): its words.
        return tuple(_place_phrases(text)), frozenset()
    return _country_places(code)


# ------------------------------------------------------------------ matching


_Span = tuple[int, int]


def _phrase_spans(words: list[_Word], phrases: Iterable[tuple[str, ...]]) -> Iterator[_Span]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    keys = [w.key for w in words]
    for index, key in enumerate(keys):
        for phrase in by_first.get(key, ()):
            if tuple(keys[index : index + len(phrase)]) == phrase:
                yield words[index].start, words[index + len(phrase) - 1].end


def _letter_runs(words: list[_Word], text: str) -> Iterator[tuple[str, _Span]]:
    """Initials as typed: a word with no small letters ("AG"), or single letters apart only
    by dots, spaces or hyphens ("A.G.", "g. a."), each sub-run of two letters or more."""
    runs: list[list[_Word]] = []
    previous: _Word | None = None
    for word in words:
        if len(word.key) >= 2 and _has_no_small_letters(word.text):
            yield word.key, (word.start, word.end)
        if len(word.key) == 1:
            between = text[previous.end : word.start] if previous is not None else ""
            if runs and previous is runs[-1][-1] and re.fullmatch(r"[.\s\-]*", between):
                runs[-1].append(word)
            else:
                runs.append([word])
        previous = word
    for run in runs:
        for first in range(len(run)):
            for last in range(first + 2, len(run) + 1):
                letters = "".join(w.key for w in run[first:last])
                yield letters, (run[first].start, run[last - 1].end)


def _name_spans(words: list[_Word], record: _Record) -> tuple[list[_Span], set[str]]:
    spans: list[_Span] = []
    found: set[str] = set()
    for word in words:
        for form in _arabic_forms(word.key):
            if form in record.name_parts:
                spans.append((word.start, word.end))
                found.add(form)
    for name_word in record.name_words:
        if not _is_unspaced(name_word.key) or len(name_word.key) < 2:
            continue
        pieces = {
            name_word.key[a:b]
            for a in range(len(name_word.key))
            for b in range(a + 2, len(name_word.key) + 1)
        }
        for word in words:
            if word.key != name_word.key and any(piece in word.key for piece in pieces):
                spans.append((word.start, word.end))
                found.add(name_word.key)
    return spans, found


def _transliteration_spans(words: list[_Word], record: _Record) -> list[_Span]:
    """Latin words of the pseudonym that write a part of a name in another script: exactly as
    anyascii does, or with the same consonants. A short skeleton ("l" of ليلى) counts only
    next to another matching word ("Laila Hassan"), as "Leila" alone could be anyone."""
    targets: list[tuple[int, set[str], set[str]]] = []
    for index, name_word in enumerate(record.name_words):
        if name_word.key in NAME_PARTICLES:
            continue
        latin = _transliterations(name_word)
        if latin:
            targets.append((index, set(latin), {_skeleton(f) for f in latin} - {""}))
    if not targets:
        return []
    matches: list[tuple[_Word, int, bool] | None] = []  # word, name word, strong
    for word in words:
        match = None
        if _is_latin(word.key) and len(word.key) >= 2:
            skeleton = _skeleton(word.key)
            for index, forms, skeletons in targets:
                if word.key in forms:
                    match = (word, index, True)
                    break
                if skeleton in skeletons:
                    match = (word, index, len(skeleton) >= _STRONG_SKELETON)
        matches.append(match)
    spans: list[_Span] = []
    for position, match in enumerate(matches):
        if match is None:
            continue
        word, index, strong = match
        neighbours = [
            other
            for other in matches[max(0, position - 1) : position + 2]
            if other is not None and other[1] != index
        ]
        if strong or neighbours:
            spans.append((word.start, word.end))
    return spans


def _word_spans(words: list[_Word], keys: frozenset[str]) -> list[_Span]:
    return [(w.start, w.end) for w in words if w.key in keys]


def _demonym_spans(words: list[_Word], stems: frozenset[str]) -> list[_Span]:
    spans = []
    for word in words:
        for stem in stems:
            # "Ugandan" and "Kenyan" keep the name whole; "Ugandés" and "Cubano" drop its
            # last vowel, and then say more than one letter ("Pero" is no Peruvian).
            bases = [(stem, 1)]
            if stem[-1] in "aeiou":
                bases.append((stem[:-1], 2))
            for base, shortest in bases:
                ending = word.key[len(base) :]
                if (
                    word.key.startswith(base)
                    and len(ending) >= shortest
                    and ending in _DEMONYM_ENDINGS
                ):
                    spans.append((word.start, word.end))
    return spans


def _is_filler(gap: str) -> bool:
    """Whether the text between two matches holds no word of its own ("of the" in "Friends
    of the Earth"): only spaces, punctuation and short or common words."""
    return all(len(w.key) < 3 or w.key in _COMMON_WORDS for w in _words(gap)) and not any(
        char.isdigit() for char in gap
    )


def _merged(spans: Iterable[_Span], text: str) -> list[_Span]:
    """Overlapping spans, and spans apart only by filler, as one."""
    merged: list[_Span] = []
    for start, end in sorted(set(spans)):
        if merged and (start <= merged[-1][1] or _is_filler(text[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _part(text: str, span: _Span) -> str:
    start, end = span
    if text[end : end + 1] == "." and text[end - 1 : end].isupper():
        end += 1  # "A.G." keeps its last dot
    return text[start:end].strip()


def pseudonym_risks(
    pseudonym: str,
    *,
    full_name: str,
    organisation: str = "",
    role: str = "",
    country: str = "",
) -> tuple[PseudonymRisk, ...]:
    """What *pseudonym* gives away about the person of these fields, one risk per kind and
    matching part; () for an empty pseudonym or one shaped as the generated labels are.

    *country* is an ISO 3166-1 code or a country's name in any language the window knows (as
    the editor holds it while it is typed); an unknown one is compared as words.
    """
    text = clean_text(pseudonym).strip()
    if not text or _GENERATED_LABEL.fullmatch(text):
        return ()
    record = _record(full_name, organisation, role, country)
    whole = _words(text)
    pieces = _camel_pieces(whole)
    spans: dict[PseudonymRiskKind, list[_Span]] = {kind: [] for kind in PseudonymRiskKind}
    found_parts: set[str] = set()
    for words in (whole, pieces):
        name_spans, found = _name_spans(words, record)
        spans[PseudonymRiskKind.NAME_PART] += name_spans
        found_parts |= found
        spans[PseudonymRiskKind.TRANSLITERATION] += _transliteration_spans(words, record)
        if record.organisation:
            spans[PseudonymRiskKind.ORGANISATION] += _phrase_spans(words, [record.organisation])
        spans[PseudonymRiskKind.ORGANISATION] += _word_spans(words, record.organisation_words)
        spans[PseudonymRiskKind.ROLE] += _word_spans(words, record.role_words)
        spans[PseudonymRiskKind.PLACE] += _phrase_spans(words, record.places)
        spans[PseudonymRiskKind.PLACE] += _demonym_spans(words, record.demonym_stems)
    for key, span in _letter_runs(whole, text):
        if key in record.initials:
            spans[PseudonymRiskKind.INITIALS].append(span)
        if key in record.acronyms:
            spans[PseudonymRiskKind.ORGANISATION].append(span)
    if len(record.significant_parts) >= 2 and record.significant_parts <= found_parts:
        name_spans = spans.pop(PseudonymRiskKind.NAME_PART)
        first = min(start for start, _ in name_spans)
        last = max(end for _, end in name_spans)
        spans[PseudonymRiskKind.FULL_NAME] = [(first, last)]
    risks: dict[PseudonymRisk, None] = {}
    for kind in PseudonymRiskKind:
        for span in _merged(spans.get(kind, ()), text):
            risks[PseudonymRisk(kind, _part(text, span))] = None
    return tuple(risks)


def typed_pseudonym_risks(pseudonym: str, person: Person) -> tuple[PseudonymRisk, ...]:
    """What the pseudonym typed for *person* gives away (see :func:`pseudonym_risks`)."""
    return pseudonym_risks(
        pseudonym,
        full_name=person.full_name,
        organisation=person.organisation,
        role=person.role,
        country=person.country,
    )
