"""Demo data: a clearly fictional network of people, organisations and meetings, made fast.

``populate(session, people, organisations, meetings, seed)`` fills an *empty* vault with
records that look like a real network's (many cultures and scripts, every stakeholder group,
risk and consent in plausible proportions, ten meetings a year with invitations and answers)
but are invented: organisations carry "(fictional)" in their name, every note says "Demo
record", e-mail addresses are at example.org/.net/.com. The same seed gives the same records.

Speed comes from the services' own bulk paths, so there is no second copy of their rules:
people and organisations go through ``services.importing`` (one transaction, the search index
kept in step by the import's own code), invitations through ``invite_all_active`` (one
statement per meeting) and answers through the bulk ``set_status``.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Final

import phonenumbers

from bizhr_desktop.core.errors import InvalidInput
from bizhr_desktop.core.masking import is_masked
from bizhr_desktop.core.models import (
    InvitationRole,
    InvitationStatus,
    MarginOf,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Participation,
    RiskLevel,
    StakeholderGroup,
)
from bizhr_desktop.formats.table import Table
from bizhr_desktop.services import importing
from bizhr_desktop.services.followups import FollowUpService
from bizhr_desktop.services.invitations import InvitationService
from bizhr_desktop.services.meetings import MeetingInput, MeetingService
from bizhr_desktop.services.safety_review import SafetyReviewService
from bizhr_desktop.services.vaults import VaultSession

__all__ = [
    "DEEP_DIVE_COUNTRIES",
    "MAX_MEETINGS",
    "MAX_ORGANISATIONS",
    "MAX_PEOPLE",
    "MEETINGS_PER_YEAR",
    "DemoSummary",
    "Progress",
    "build_organisations",
    "build_people",
    "populate",
]

MAX_PEOPLE: Final = 1_000_000
MAX_ORGANISATIONS: Final = 20_000
MAX_MEETINGS: Final = 200
MEETINGS_PER_YEAR: Final = 10
FICTIONAL: Final = "(fictional)"
DEMO_NOTE: Final = "Demo record: a fictional person made by `bizhr demo`."

# (stage, done, total); stages: "organisations", "people", "meetings".
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    people: int
    organisations: int
    meetings: int
    invitations: int
    years: tuple[int, ...] = field(default=())


# ---------------------------------------------------------------- names, by culture
#
# Modest hand-written lists; a name is (given, family) in Latin letters, and cultures with
# their own script also carry names in it, used for part of the people from there.


@dataclass(frozen=True)
class _Culture:
    given: tuple[str, ...]
    family: tuple[str, ...]
    languages: tuple[str, ...]
    native_given: tuple[str, ...] = ()
    native_family: tuple[str, ...] = ()
    native_share: float = 0.0  # how many people of this culture are written in its script
    family_first: bool = False
    no_family_name: bool = False  # Burmese names: two or three given-name parts


_CULTURES: Final[dict[str, _Culture]] = {
    "arabic": _Culture(
        given=("Mohamed", "Fatima", "Ahmed", "Amira", "Omar", "Huda", "Khalid", "Mariam",
               "Yousif", "Nafisa", "Hassan", "Samira", "Ibrahim", "Rania", "Tariq", "Salma"),
        family=("Abdalla", "Osman", "Elamin", "Hamid", "Ibrahim", "Mustafa", "Idris",
                "Suleiman", "Babiker", "Elhassan", "Mahmoud", "Nour"),
        languages=("ar", "en"),
        native_given=("محمد", "فاطمة", "أحمد", "أميرة", "عمر", "هدى", "خالد", "مريم",
                      "يوسف", "نفيسة", "حسن", "سميرة"),
        native_family=("عبد الله", "عثمان", "الأمين", "حامد", "إبراهيم", "مصطفى", "إدريس",
                       "سليمان", "بابكر", "الحسن"),
        native_share=0.45,
    ),
    "burmese": _Culture(
        given=("Aung", "Khin", "Thant", "Hla", "Myo", "Thiri", "Zaw", "Nilar", "Kyaw",
               "Su", "Min", "Ei", "Htet", "Nandar", "Win", "Phyo"),
        family=("Myint", "Thu", "Oo", "Win", "Htun", "Aye", "Lwin", "Naing", "Soe", "Zin"),
        languages=("my", "en"),
        native_given=("အောင်", "ခင်", "သန့်", "လှ", "မျိုး", "သီရိ", "ဇော်", "နီလာ",
                      "ကျော်", "စု", "မင်း", "ထက်"),
        native_family=("မြင့်", "သူ", "ဦး", "ဝင်း", "ထွန်း", "အေး", "လွင်", "နိုင်", "စိုး",
                       "ဇင်"),
        native_share=0.5,
        no_family_name=True,
    ),
    "east_african": _Culture(
        given=("Wanjiru", "Otieno", "Akinyi", "Kamau", "Nafula", "Mwangi", "Achieng",
               "Baraka", "Zawadi", "Okello", "Nakato", "Musoke", "Amani", "Imani"),
        family=("Ochieng", "Kariuki", "Njoroge", "Mutua", "Wekesa", "Nabirye", "Ssempala",
                "Mugisha", "Mwakyusa", "Kiprono", "Atieno", "Kato"),
        languages=("sw", "en"),
    ),
    "west_african": _Culture(
        given=("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Kwame", "Ama", "Kofi", "Yaa",
               "Babajide", "Funmilayo", "Ibrahima", "Aminata", "Moussa", "Fatoumata"),
        family=("Okafor", "Adeyemi", "Mensah", "Boateng", "Diallo", "Traoré", "Eze",
                "Nwosu", "Ouédraogo", "Sow", "Asante", "Balogun"),
        languages=("en", "fr", "ha"),
    ),
    "latin_american": _Culture(
        given=("María José", "Juan Carlos", "Lucía", "Andrés", "Camila", "Mateo",
               "Valentina", "Santiago", "Ximena", "Diego", "Guadalupe", "Berta", "Tomás"),
        family=("García", "Rodríguez", "Martínez", "López", "Hernández", "Gómez", "Cáceres",
                "Quispe", "Mamani", "Ramírez", "Flores", "Torres", "Chávez"),
        languages=("es", "en"),
    ),
    "brazilian": _Culture(
        given=("João", "Ana Paula", "Luiz", "Fernanda", "Raimundo", "Joana", "Thiago",
               "Marielle", "Cícero", "Beatriz"),
        family=("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Lima", "Carvalho",
                "Guajajara", "Ferreira", "Araújo"),
        languages=("pt", "en"),
    ),
    "southeast_asian": _Culture(
        given=("Maria Lourdes", "Jose", "Cristina", "Rodel", "Siti", "Budi", "Dewi",
               "Nguyen", "Sokha", "Dara", "Rina", "Bayani"),
        family=("Santos", "Reyes", "Dela Cruz", "Bautista", "Wijaya", "Rahman", "Sari",
                "Chea", "Sok", "Mendoza", "Hidayat"),
        languages=("tl", "id", "km", "en"),
    ),
    "south_asian": _Culture(
        given=("Priya", "Arjun", "Ananya", "Rahul", "Farhana", "Tanvir", "Lakshmi", "Imran",
               "Sunita", "Ravi", "Nusrat", "Kavya"),
        family=("Sharma", "Patel", "Iyer", "Chowdhury", "Hossain", "Reddy", "Das", "Khan",
                "Nair", "Begum", "Singh"),
        languages=("hi", "bn", "en"),
    ),
    "east_asian": _Culture(
        given=("Wei", "Mei", "Hiroshi", "Yuki", "Ji-woo", "Min-jun", "Haruka", "Lian"),
        family=("Wang", "Li", "Chen", "Sato", "Tanaka", "Kim", "Park", "Zhang"),
        languages=("zh", "ja", "ko", "en"),
        native_given=("伟", "美", "浩", "雪", "丽", "明"),
        native_family=("王", "李", "陈", "张", "刘", "杨"),
        native_share=0.3,
        family_first=True,
    ),
    "eastern_european": _Culture(
        given=("Olga", "Dmitri", "Anna", "Sergei", "Natalia", "Pavel", "Irina", "Marta",
               "Tomasz", "Oksana"),
        family=("Ivanova", "Petrov", "Kowalska", "Nowak", "Shevchenko", "Bondarenko",
                "Sokolov", "Horvat"),
        languages=("ru", "uk", "pl", "en"),
        native_given=("Ольга", "Дмитрий", "Анна", "Сергей", "Наталья", "Павел"),
        native_family=("Иванова", "Петров", "Соколов", "Шевченко", "Бондаренко"),
        native_share=0.3,
    ),
    "western": _Culture(
        given=("Emma", "James", "Sophie", "Lukas", "Claire", "Thomas", "Ingrid", "Pieter",
               "Charlotte", "Henrik", "Olivia", "Jonas", "Élodie", "Marco", "Sarah"),
        family=("Smith", "Müller", "Dubois", "van der Berg", "Johansson", "Rossi", "Brown",
                "Martin", "Schneider", "Hansen", "Williams", "Lefèvre", "O'Connor"),
        languages=("en", "fr", "de"),
    ),
}  # fmt: skip

# Country -> (culture, weight in the network). Deep-dive geographies weigh more.
DEEP_DIVE_COUNTRIES: Final = ("MM", "SD", "CO", "PH", "HN", "CD", "KH", "UG", "BR", "GT")
_COUNTRIES: Final[tuple[tuple[str, str, int], ...]] = (
    ("MM", "burmese", 9), ("SD", "arabic", 8), ("CO", "latin_american", 6),
    ("PH", "southeast_asian", 5), ("HN", "latin_american", 3), ("GT", "latin_american", 3),
    ("CD", "west_african", 3), ("UG", "east_african", 4), ("KH", "southeast_asian", 3),
    ("BR", "brazilian", 5), ("MX", "latin_american", 3), ("PE", "latin_american", 2),
    ("KE", "east_african", 4), ("NG", "west_african", 3), ("GH", "west_african", 2),
    ("SN", "west_african", 1), ("EG", "arabic", 2), ("JO", "arabic", 1), ("TN", "arabic", 1),
    ("BD", "south_asian", 3), ("IN", "south_asian", 3), ("ID", "southeast_asian", 2),
    ("TH", "southeast_asian", 1), ("CN", "east_asian", 1), ("JP", "east_asian", 1),
    ("KR", "east_asian", 1), ("UA", "eastern_european", 1), ("PL", "eastern_european", 1),
    ("US", "western", 6), ("GB", "western", 5), ("CH", "western", 4), ("FR", "western", 3),
    ("DE", "western", 3), ("NL", "western", 3), ("NO", "western", 2), ("SE", "western", 2),
    ("CA", "western", 2), ("AU", "western", 1),
)  # fmt: skip
_HOME_COUNTRIES: Final = ("US", "GB", "CH", "FR", "DE", "NL", "NO", "SE", "CA", "JP", "AU")

_GROUP_WEIGHTS: Final = (
    (StakeholderGroup.BUSINESS, 28),
    (StakeholderGroup.INVESTOR, 11),
    (StakeholderGroup.CIVIL_SOCIETY, 25),
    (StakeholderGroup.HRD, 20),
    (StakeholderGroup.GOVERNMENT, 6),
    (StakeholderGroup.INTERGOVERNMENTAL, 5),
    (StakeholderGroup.OTHER, 5),
)
_ROLES: Final[dict[StakeholderGroup, tuple[str, ...]]] = {
    StakeholderGroup.BUSINESS: ("Head of Human Rights", "Sustainability Manager",
                                "Supply Chain Director", "Legal Counsel", "Community Relations"),
    StakeholderGroup.INVESTOR: ("ESG Analyst", "Stewardship Lead", "Portfolio Manager",
                                "Responsible Investment Officer"),
    StakeholderGroup.CIVIL_SOCIETY: ("Programme Officer", "Researcher", "Campaigner",
                                     "Executive Director", "Policy Adviser"),
    StakeholderGroup.HRD: ("Community organiser", "Land rights defender", "Journalist",
                           "Lawyer", "Trade unionist", "Indigenous leader"),
    StakeholderGroup.GOVERNMENT: ("Counsellor", "Policy Officer", "Trade Attaché"),
    StakeholderGroup.INTERGOVERNMENTAL: ("Human Rights Officer", "Programme Specialist"),
    StakeholderGroup.OTHER: ("Professor", "Consultant", "Researcher"),
}  # fmt: skip
_TAGS: Final = (
    "mining", "garment supply chains", "renewable energy", "agribusiness",
    "tech and surveillance", "land rights", "SLAPP", "journalists", "indigenous peoples",
    "women defenders", "labour rights", "due diligence", "investor engagement", "extractives",
)  # fmt: skip
_CHANNELS: Final = ("Signal", "Wire", "Signal (second number)", "via intermediary: regional "
                    "focal point (fictional)", "Threema")  # fmt: skip
_CONSENT_METHODS: Final = ("Signed form (demo)", "E-mail confirmation (demo)",
                           "Verbal, noted by coordinator (demo)")  # fmt: skip
_MAIL_DOMAINS: Final = ("example.org", "example.net", "example.com")

# ---------------------------------------------------------------- organisations

_ORG_KINDS: Final = (
    ("company", 40), ("investor", 12), ("ngo", 20), ("grassroots", 12),
    ("government", 6), ("un_agency", 4), ("academic", 4), ("other", 2),
)  # fmt: skip
_ORG_WORDS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "company": (("Example", "Northwind", "Blue River", "Summit", "Golden Delta", "Redwood",
                 "Silverline", "Harbour", "Meridian", "Sunrise", "Copperfield", "Evergreen"),
                ("Mining Co.", "Garments Ltd", "Energy plc", "Agro Holdings", "Logistics SA",
                 "Textiles", "Telecom", "Palm Oil Group", "Minerals Inc.", "Solar AG")),
    "investor": (("Meridian", "Northstar", "Lakeside", "Harbour", "Example", "Aurora",
                  "Granite", "Blue Oak"),
                 ("Pension Fund", "Asset Management", "Capital Partners", "Sovereign Fund",
                  "Impact Investors")),
    "ngo": (("Rights", "Open Voices", "Just Trade", "Fair Work", "Earth", "Civic Space",
             "Defenders"),
            ("Watch Collective", "Initiative", "Alliance", "Network", "Foundation",
             "Centre")),
    "grassroots": (("Delta", "Highland", "River", "Forest", "Coastal", "Valley", "Mountain"),
                   ("Land Defenders", "Women's Circle", "Fisherfolk Union", "Youth Assembly",
                    "Community Council")),
    "government": (("Ministry of Example Affairs", "Example Embassy",
                    "Department of Trade (example)", "National Contact Point (example)"),
                   ("",)),
    "un_agency": (("UN Example Office", "UN Working Group support (example)",
                   "UN Country Team (example)"), ("",)),
    "academic": (("University of Example", "Institute for Example", "Example College"),
                 ("Business and Human Rights Centre", "Law School", "Studies")),
    "other": (("Example", "Independent"), ("Consultancy", "Media Lab")),
}  # fmt: skip
_GROUP_ORG_KINDS: Final[dict[StakeholderGroup, tuple[str, ...]]] = {
    StakeholderGroup.BUSINESS: ("company",),
    StakeholderGroup.INVESTOR: ("investor",),
    StakeholderGroup.CIVIL_SOCIETY: ("ngo", "grassroots"),
    StakeholderGroup.HRD: ("grassroots", "ngo"),
    StakeholderGroup.GOVERNMENT: ("government",),
    StakeholderGroup.INTERGOVERNMENTAL: ("un_agency",),
    StakeholderGroup.OTHER: ("academic", "other"),
}
_SECTORS: Final[dict[str, tuple[str, ...]]] = {
    "company": ("Mining", "Apparel", "Energy", "Agriculture", "Technology", "Logistics"),
    "investor": ("Asset management", "Pensions"),
}


@dataclass(frozen=True)
class _Org:
    name: str
    kind: str
    country: str


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def build_organisations(count: int, rng: random.Random) -> list[_Org]:
    """``count`` fictional organisations with unique names."""
    orgs: list[_Org] = []
    seen: set[str] = set()
    serial = 0
    while len(orgs) < count:
        kind = _weighted(rng, _ORG_KINDS)
        first, second = _ORG_WORDS[kind]
        base = f"{rng.choice(first)} {rng.choice(second)}".strip()
        name = f"{base} {FICTIONAL}"
        if name.casefold() in seen:
            serial += 1
            name = f"{base} {serial} {FICTIONAL}"
        seen.add(name.casefold())
        country = rng.choice(_HOME_COUNTRIES) if kind in ("company", "investor") else ""
        orgs.append(_Org(name, kind, country))
    return orgs


def _organisation_table(orgs: Sequence[_Org], rng: random.Random, today: date) -> Table:
    headers = ("name", "kind", "sector", "country", "website", "public_commitment",
               "commitment_date")  # fmt: skip
    rows: list[tuple[str, ...]] = []
    for index, org in enumerate(orgs):
        committed = org.kind in ("company", "investor") and rng.random() < 0.35
        since = today - timedelta(days=rng.randint(60, 6 * 365)) if committed else None
        sector = rng.choice(_SECTORS[org.kind]) if org.kind in _SECTORS else ""
        website = f"https://org{index + 1}.example.org" if rng.random() < 0.6 else ""
        rows.append(
            (org.name, org.kind, sector, org.country, website, "yes" if committed else "no",
             since.isoformat() if since else "")
        )  # fmt: skip
    return Table(headers, rows, list(range(2, len(rows) + 2)))


# ---------------------------------------------------------------- people

PEOPLE_HEADERS: Final = (
    "id", "full_name", "stakeholder_group", "organisation", "role", "country", "email",
    "phone", "secure_channel", "languages", "risk_level", "consent_network",
    "consent_coorganisers", "consent_public", "consent_date", "consent_method", "notes",
    "tags", "participation", "joined_on", "commitment_acknowledged_on",
)  # fmt: skip


def _risk(rng: random.Random, group: StakeholderGroup, deep_dive: bool) -> RiskLevel:
    roll = rng.random()
    if group is StakeholderGroup.HRD:
        # Defenders: medium by default, many high, a few critical.
        if roll < 0.05:
            return RiskLevel.LOW
        if roll < 0.55:
            return RiskLevel.MEDIUM
        return RiskLevel.HIGH if roll < (0.90 if deep_dive else 0.95) else RiskLevel.CRITICAL
    if group is StakeholderGroup.CIVIL_SOCIETY and deep_dive:
        return RiskLevel.LOW if roll < 0.5 else RiskLevel.MEDIUM if roll < 0.9 else RiskLevel.HIGH
    return RiskLevel.LOW if roll < 0.93 else RiskLevel.MEDIUM if roll < 0.995 else RiskLevel.HIGH


def _name(rng: random.Random, culture: _Culture) -> tuple[str, str]:
    """(full name, ASCII-ish e-mail local part)."""
    given, family = rng.choice(culture.given), rng.choice(culture.family)
    local = "".join(ch for ch in f"{given}.{family}".lower() if ch.isascii() and ch != " ")
    if culture.native_given and rng.random() < culture.native_share:
        n_given, n_family = rng.choice(culture.native_given), rng.choice(culture.native_family)
        if culture.family_first:
            return f"{n_family}{n_given}", local
        if culture.no_family_name:
            return f"{n_given}{n_family}", local
        return f"{n_given} {n_family}", local
    if culture.family_first:
        return f"{family} {given}", local
    if culture.no_family_name:
        return (f"{given} {family}" if rng.random() < 0.6 else f"{given} {family} {given}"), local
    return f"{given} {family}", local


def _phone(rng: random.Random, country: str, templates: dict[str, str]) -> str:
    """A valid-looking mobile number of the country (its example number, last digits
    varied), or "" where none can be made."""
    if country not in templates:
        example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
        templates[country] = (
            phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            if example is not None
            else ""
        )
    template = templates[country]
    if not template:
        return ""
    number = f"{template[:-4]}{rng.randrange(10_000):04d}"
    parsed = phonenumbers.parse(number, None)
    return number if phonenumbers.is_valid_number(parsed) else ""


def _day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def build_people(
    count: int, orgs: Sequence[_Org], rng: random.Random, today: date
) -> tuple[Table, list[tuple[str, str]]]:
    """The people as an import table, and (id, participation) of each for the meetings."""
    countries = [c[0] for c in _COUNTRIES]
    weights = [c[2] for c in _COUNTRIES]
    culture_of = {c[0]: _CULTURES[c[1]] for c in _COUNTRIES}
    deep = set(DEEP_DIVE_COUNTRIES)
    groups = [g for g, _ in _GROUP_WEIGHTS]
    group_weights = [w for _, w in _GROUP_WEIGHTS]
    orgs_by_kind: dict[str, list[str]] = {}
    for org in orgs:
        orgs_by_kind.setdefault(org.kind, []).append(org.name)
    all_names = [org.name for org in orgs]
    phone_templates: dict[str, str] = {}
    network_start = date(today.year - 9, 1, 1)
    rows: list[tuple[str, ...]] = []
    who: list[tuple[str, str]] = []
    for index in range(count):
        person_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        group = rng.choices(groups, group_weights)[0]
        if group in (StakeholderGroup.BUSINESS, StakeholderGroup.INVESTOR) and rng.random() < 0.6:
            country = rng.choice(_HOME_COUNTRIES)
        else:
            country = rng.choices(countries, weights)[0]
        # Most people carry a name from their country's culture; some from elsewhere.
        culture = (
            culture_of[country] if rng.random() < 0.85 else rng.choice(list(_CULTURES.values()))
        )
        full_name, local = _name(rng, culture)
        deep_dive = country in deep
        risk = _risk(rng, group, deep_dive)
        masked = is_masked(risk)
        kinds = _GROUP_ORG_KINDS[group]
        organisation = ""
        unaffiliated = 0.4 if group is StakeholderGroup.HRD else 0.05
        if orgs and rng.random() >= unaffiliated:
            pool = orgs_by_kind.get(rng.choice(kinds)) or all_names
            organisation = rng.choice(pool)
        email = ""
        if rng.random() < (0.35 if masked else 0.85):
            email = f"{local or 'person'}{index + 1}@{rng.choice(_MAIL_DOMAINS)}"
        phone = _phone(rng, country, phone_templates) if rng.random() < 0.2 else ""
        channel = ""
        if group is StakeholderGroup.HRD or masked:
            channel = rng.choice(_CHANNELS) if rng.random() < 0.8 else ""
        languages = [culture.languages[0]]
        if len(culture.languages) > 1 and rng.random() < 0.7:
            languages.append(rng.choice(culture.languages[1:]))
        consent_given = rng.random() < 0.92
        public_share = 0.02 if masked else 0.3
        consent_network = consent_given and rng.random() < 0.9
        consent_co = consent_given and rng.random() < (0.25 if masked else 0.6)
        consent_public = consent_given and rng.random() < public_share
        joined = _day_between(rng, network_start, today - timedelta(days=1))
        consent_day = _day_between(rng, joined, today) if consent_given else None
        acknowledged = (
            min(today, joined + timedelta(days=rng.randint(0, 30))) if rng.random() < 0.85 else None
        )
        roll = rng.random()
        participation = (
            Participation.ACTIVE if roll < 0.88 else Participation.PAUSED if roll < 0.96
            else Participation.LEFT
        )  # fmt: skip
        tags = rng.sample(_TAGS, rng.choices((0, 1, 2, 3), (25, 40, 25, 10))[0])
        if deep_dive and rng.random() < 0.3:
            tags.append(f"deep dive {country}")
        note = DEMO_NOTE
        if masked:
            note += " Reach only through the secure channel; never by e-mail."
        rows.append(
            (
                person_id, full_name, group.value, organisation,
                rng.choice(_ROLES[group]), country, email, phone, channel, ";".join(languages),
                risk.value, _yes(consent_network), _yes(consent_co), _yes(consent_public),
                consent_day.isoformat() if consent_day else "",
                rng.choice(_CONSENT_METHODS) if consent_given else "", note, ";".join(tags),
                participation.value, joined.isoformat(),
                acknowledged.isoformat() if acknowledged else "",
            )
        )  # fmt: skip
        who.append((person_id, participation.value))
    return Table(PEOPLE_HEADERS, rows, list(range(2, count + 2))), who


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


# ---------------------------------------------------------------- meetings


@dataclass(frozen=True)
class _Slot:
    month: int
    day: int
    kind: MeetingKind
    format: MeetingFormat
    margin: MarginOf
    zone: str
    venue: str = ""
    venue_country: str = ""


# Ten meetings a year: the three margin-of events in person, the rest virtual or hybrid.
_YEAR: Final = (
    _Slot(1, 21, MeetingKind.TRENDS_AND_INSIGHTS, MeetingFormat.IN_PERSON, MarginOf.WEF_DAVOS,
          "Europe/Zurich", "Example Hotel, Davos (fictional)", "CH"),
    _Slot(2, 18, MeetingKind.DEEP_DIVE, MeetingFormat.VIRTUAL, MarginOf.EMPTY, "Europe/London"),
    _Slot(3, 19, MeetingKind.TRENDS_AND_INSIGHTS, MeetingFormat.VIRTUAL, MarginOf.EMPTY,
          "Europe/London"),
    _Slot(4, 22, MeetingKind.DEEP_DIVE, MeetingFormat.HYBRID, MarginOf.EMPTY, "Europe/Zurich",
          "Example Conference Centre, Geneva (fictional)", "CH"),
    _Slot(5, 20, MeetingKind.TRENDS_AND_INSIGHTS, MeetingFormat.VIRTUAL, MarginOf.EMPTY,
          "America/New_York"),
    _Slot(6, 17, MeetingKind.DEEP_DIVE, MeetingFormat.VIRTUAL, MarginOf.EMPTY, "Europe/London"),
    _Slot(9, 23, MeetingKind.TRENDS_AND_INSIGHTS, MeetingFormat.IN_PERSON, MarginOf.UNGA,
          "America/New_York", "Example Hall, New York (fictional)", "US"),
    _Slot(10, 14, MeetingKind.DEEP_DIVE, MeetingFormat.VIRTUAL, MarginOf.EMPTY, "Asia/Bangkok"),
    _Slot(11, 25, MeetingKind.TRENDS_AND_INSIGHTS, MeetingFormat.HYBRID, MarginOf.UN_FORUM_BHR,
          "Europe/Zurich", "Example Room, Palais area, Geneva (fictional)", "CH"),
    _Slot(12, 9, MeetingKind.DEEP_DIVE, MeetingFormat.VIRTUAL, MarginOf.EMPTY, "Europe/London"),
)  # fmt: skip
_TOPICS: Final = (
    "Mandatory human rights due diligence", "Just energy transition", "Tech and surveillance",
    "Retaliation against defenders", "Responsible exit from conflict areas",
    "Investor leverage on civic freedoms", "Remedy and grievance mechanisms",
)  # fmt: skip
_FOCUS_NAMES: Final = {
    "MM": "Myanmar", "SD": "Sudan", "CO": "Colombia", "PH": "the Philippines",
    "HN": "Honduras", "CD": "DR Congo", "KH": "Cambodia", "UG": "Uganda", "BR": "Brazil",
    "GT": "Guatemala",
}  # fmt: skip


def _meeting_inputs(count: int, today: date) -> list[MeetingInput]:
    years = (count + MEETINGS_PER_YEAR - 1) // MEETINGS_PER_YEAR
    first = today.year - years + 1
    inputs: list[MeetingInput] = []
    topic = focus = 0
    countries: tuple[str, ...]
    for n in range(count):
        year, slot = first + n // MEETINGS_PER_YEAR, _YEAR[n % MEETINGS_PER_YEAR]
        starts = datetime(year, slot.month, slot.day, 14, 0)
        if slot.kind is MeetingKind.DEEP_DIVE:
            country = DEEP_DIVE_COUNTRIES[focus % len(DEEP_DIVE_COUNTRIES)]
            focus += 1
            title = f"Deep Dive: {_FOCUS_NAMES[country]} (demo)"
            subject, countries = f"Civic space in {_FOCUS_NAMES[country]}", (country,)
        else:
            subject, countries = _TOPICS[topic % len(_TOPICS)], ()
            topic += 1
            title = f"Trends and Insights: {subject} (demo)"
        inputs.append(
            MeetingInput(
                title=title,
                kind=slot.kind,
                starts=starts,
                ends=starts + timedelta(hours=2),
                time_zone=slot.zone,
                format=slot.format,
                topic=subject,
                focus_countries=countries,
                venue=slot.venue,
                venue_country=slot.venue_country,
                margin_of=slot.margin,
                agenda="Demo agenda: welcome, discussion under the Chatham House Rule, "
                "invitations to take action.",
            )
        )
    return inputs


# Answers to a meeting, as shares of those invited: most never answer a network-wide call.
# A held meeting keeps a few "accepted" whose arrival nobody recorded (no check-in at the door).
_PAST_ANSWERS: Final = (
    (InvitationStatus.ATTENDED, 0.03),
    (InvitationStatus.ACCEPTED, 0.004),
    (InvitationStatus.NO_SHOW, 0.006),
    (InvitationStatus.DECLINED, 0.05),
    (InvitationStatus.TENTATIVE, 0.01),
)
_FUTURE_ANSWERS: Final = (
    (InvitationStatus.ACCEPTED, 0.03),
    (InvitationStatus.DECLINED, 0.03),
    (InvitationStatus.TENTATIVE, 0.01),
)


def _answer(
    invitations: InvitationService,
    meeting_id: str,
    active: Sequence[str],
    held: bool,
    rng: random.Random,
) -> None:
    shares = _PAST_ANSWERS if held else _FUTURE_ANSWERS
    wanted = sum(max(1, round(len(active) * share)) for _, share in shares)
    chosen = rng.sample(list(active), min(len(active), wanted))
    start = 0
    for status, share in shares:
        n = max(1, round(len(active) * share))
        batch = chosen[start : start + n]
        start += n
        if batch:
            invitations.set_status(meeting_id, batch, status)
    if held and chosen:
        invitations.set_role(meeting_id, chosen[0], InvitationRole.SPEAKER)


# ---------------------------------------------------------------- the use case


def _check_counts(people: int, organisations: int, meetings: int) -> None:
    for what, value, limit in (
        ("people", people, MAX_PEOPLE),
        ("organisations", organisations, MAX_ORGANISATIONS),
        ("meetings", meetings, MAX_MEETINGS),
    ):
        if not 0 <= value <= limit:
            raise InvalidInput(
                "The number of {what} for demo data is between 0 and {limit}.",
                what=what,
                limit=limit,
            )


def populate(  # noqa: PLR0917 -- the signature the CLI and benchmarks share
    session: VaultSession,
    people: int,
    organisations: int,
    meetings: int,
    seed: int = 0,
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty vault with fictional demo data; the same seed gives the same records.

    Refuses a vault that already holds people, organisations or meetings: demo records
    mixed into real ones could end up in a real list."""
    _check_counts(people, organisations, meetings)
    db = session.vault.db
    held = {
        table: int(db.scalar(f"SELECT count(*) FROM {table}"))  # noqa: S608
        for table in ("person", "organisation", "meeting")
    }
    if any(held.values()):
        raise InvalidInput(
            "This vault already holds records; demo data goes only into an empty vault, so "
            "that fictional people never mix with real ones. Create a new vault for the demo."
        )
    # One transaction: killed or out of disk half-way, the vault is left empty (and a demo
    # can run again), never with organisations and no people.
    with db.transaction():
        return _populate(session, people, organisations, meetings, seed, progress, today)


def _populate(  # noqa: PLR0917 -- populate's arguments, checked
    session: VaultSession,
    people: int,
    organisations: int,
    meetings: int,
    seed: int,
    progress: Progress | None,
    today: date | None,
) -> DemoSummary:
    db, audit = session.vault.db, session.vault.audit
    today = today or date.today()
    rng = random.Random(seed)  # noqa: S311 -- repeatable fiction, not secrecy

    def report(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    orgs = build_organisations(organisations, rng)
    if orgs:
        report("organisations", 0, len(orgs))
        _import(session, importing.ImportKind.ORGANISATIONS,
                _organisation_table(orgs, rng, today))  # fmt: skip
        report("organisations", len(orgs), len(orgs))
    table, who = build_people(people, orgs, rng, today)
    if people:
        _import(
            session,
            importing.ImportKind.PEOPLE,
            table,
            lambda done, total: report("people", done, total),
        )
    active = [pid for pid, participation in who if participation == Participation.ACTIVE]
    service = MeetingService(db, audit)
    invitations = InvitationService(db, audit)
    reviews = SafetyReviewService(db, audit)
    followups = FollowUpService(db, audit)
    org_ids = [str(r[0]) for r in db.execute("SELECT id FROM organisation ORDER BY pk LIMIT 50")]
    invited = 0
    years: set[int] = set()
    inputs = _meeting_inputs(meetings, today)
    report("meetings", 0, len(inputs))
    for number, data in enumerate(inputs, start=1):
        record = service.create(data)
        years.add(data.starts.year)
        is_past = data.starts.date() < today
        invited += invitations.invite_all_active(record.id).added
        service.set_status(
            record.id, MeetingStatus.HELD if is_past else MeetingStatus.INVITATIONS_SENT
        )
        _answer(invitations, record.id, active, is_past, rng)
        if data.kind == MeetingKind.DEEP_DIVE:
            reviews.record_assessment(
                record.id,
                "Demo assessment (fictional): participants from the focus country join "
                "under pseudonyms; no list leaves the vault before sign-off.",
            )
        if is_past and org_ids:
            followups.add(
                record.id,
                "Demo follow-up: share the company's human rights policy update (fictional).",
                organisation_id=rng.choice(org_ids),
                owner="Coordinator (demo)",
                due_on=min(today, data.starts.date() + timedelta(days=90)),
            )
        report("meetings", number, len(inputs))
    for year in sorted(years):
        service.set_programme(year, title=f"Business Network programme {year} (demo)")
    audit.append("demo.populated", {"people": people, "organisations": len(orgs),
                                    "meetings": len(inputs)})  # fmt: skip
    return DemoSummary(people, len(orgs), len(inputs), invited, tuple(sorted(years)))


def _import(
    session: VaultSession,
    kind: importing.ImportKind,
    table: Table,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    db, audit = session.vault.db, session.vault.audit
    mapping = {header: header for header in table.headers}
    plan = importing.plan_import(db, kind, table, mapping)
    if plan.problems:  # a bug in the generator, not something a person can fix
        raise AssertionError(f"demo {kind.value} rows rejected: {plan.problems[:3]}")
    importing.run_import(db, audit, plan, progress=progress)
