"""UN M49 geographic regions of every ISO 3166-1 country, for generalising a country."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# Source: UN Statistics Division, "Standard country or area codes for statistical use (M49)".
# The UN splits Africa into Northern Africa and Sub-Saharan Africa, and Latin America into
# the Caribbean, Central and South America, as *intermediate* regions. A sub-region as large as
# "Sub-Saharan Africa" or "Latin America and the Caribbean" would be needlessly coarse for a
# list, so the intermediate region is used there, as the UN's own tables do. Likewise the
# Channel Islands (an intermediate region) are listed under their sub-region Northern Europe.
#
# Territories the UN lists without a region of their own are placed where M49 puts them
# (Bouvet Island and South Georgia in South America, the French Southern Territories and the
# British Indian Ocean Territory in Eastern Africa, ...). Antarctica has no M49 region; it is
# given its own name so that every ISO code has an answer. Taiwan is not listed by the UN;
# it is placed in Eastern Asia, where the UN counts it within China.
M49_COUNTRIES_BY_REGION: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        # Africa
        "Northern Africa": ("DZ", "EG", "EH", "LY", "MA", "SD", "TN"),
        "Eastern Africa": (
            "BI", "DJ", "ER", "ET", "IO", "KE", "KM", "MG", "MU", "MW", "MZ", "RE", "RW",
            "SC", "SO", "SS", "TF", "TZ", "UG", "YT", "ZM", "ZW",
        ),
        "Middle Africa": ("AO", "CD", "CF", "CG", "CM", "GA", "GQ", "ST", "TD"),
        "Southern Africa": ("BW", "LS", "NA", "SZ", "ZA"),
        "Western Africa": (
            "BF", "BJ", "CI", "CV", "GH", "GM", "GN", "GW", "LR", "ML", "MR", "NE", "NG",
            "SH", "SL", "SN", "TG",
        ),
        # Americas
        "Caribbean": (
            "AG", "AI", "AW", "BB", "BL", "BQ", "BS", "CU", "CW", "DM", "DO", "GD", "GP",
            "HT", "JM", "KN", "KY", "LC", "MF", "MQ", "MS", "PR", "SX", "TC", "TT", "VC",
            "VG", "VI",
        ),
        "Central America": ("BZ", "CR", "GT", "HN", "MX", "NI", "PA", "SV"),
        "South America": (
            "AR", "BO", "BR", "BV", "CL", "CO", "EC", "FK", "GF", "GS", "GY", "PE", "PY",
            "SR", "UY", "VE",
        ),
        "Northern America": ("BM", "CA", "GL", "PM", "US"),
        # Asia
        "Central Asia": ("KG", "KZ", "TJ", "TM", "UZ"),
        "Eastern Asia": ("CN", "HK", "JP", "KP", "KR", "MN", "MO", "TW"),
        "South-eastern Asia": ("BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"),
        "Southern Asia": ("AF", "BD", "BT", "IN", "IR", "LK", "MV", "NP", "PK"),
        "Western Asia": (
            "AE", "AM", "AZ", "BH", "CY", "GE", "IL", "IQ", "JO", "KW", "LB", "OM", "PS",
            "QA", "SA", "SY", "TR", "YE",
        ),
        # Europe
        "Eastern Europe": ("BG", "BY", "CZ", "HU", "MD", "PL", "RO", "RU", "SK", "UA"),
        "Northern Europe": (
            "AX", "DK", "EE", "FI", "FO", "GB", "GG", "IE", "IM", "IS", "JE", "LT", "LV",
            "NO", "SE", "SJ",
        ),
        "Southern Europe": (
            "AD", "AL", "BA", "ES", "GI", "GR", "HR", "IT", "ME", "MK", "MT", "PT", "RS",
            "SI", "SM", "VA",
        ),
        "Western Europe": ("AT", "BE", "CH", "DE", "FR", "LI", "LU", "MC", "NL"),
        # Oceania
        "Australia and New Zealand": ("AU", "CC", "CX", "HM", "NF", "NZ"),
        "Melanesia": ("FJ", "NC", "PG", "SB", "VU"),
        "Micronesia": ("FM", "GU", "KI", "MH", "MP", "NR", "PW", "UM"),
        "Polynesia": ("AS", "CK", "NU", "PF", "PN", "TK", "TO", "TV", "WF", "WS"),
        # No M49 region
        "Antarctica": ("AQ",),
    }
)  # fmt: skip

M49_REGION: Final[Mapping[str, str]] = MappingProxyType(
    {code: region for region, codes in M49_COUNTRIES_BY_REGION.items() for code in codes}
)
