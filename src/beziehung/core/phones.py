"""Phone numbers: kept as typed, plus E.164 where the number can be placed.

A number without a country code is read in the region of the contact's own country (from
its address) or, without one, in the user's default region. A number that is not valid
there gets no E.164 form: it is shown and exported exactly as typed, never rewritten into
an international number that may be wrong.
"""

from __future__ import annotations

import os
from functools import cache

from beziehung.core.errors import invalid
from beziehung.core.text import fold

DEFAULT_REGION = "DE"


# phonenumbers loads its metadata on import; the window needs it only once a number is read.
@cache
def supported_regions() -> frozenset[str]:
    import phonenumbers

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


# Country names as address books write them, in German and English (folded), with their
# ISO 3166 codes; ISO codes themselves (two and three letters) are recognised besides.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "DE": ("deutschland", "germany", "bundesrepublik deutschland", "brd", "deu"),
    "AT": ("oesterreich", "austria", "aut"),
    "CH": ("schweiz", "switzerland", "suisse", "svizzera", "che"),
    "LI": ("liechtenstein", "lie"),
    "LU": ("luxemburg", "luxembourg", "lux"),
    "BE": ("belgien", "belgium", "belgique", "bel"),
    "NL": ("niederlande", "netherlands", "holland", "the netherlands", "nld"),
    "FR": ("frankreich", "france", "fra"),
    "IT": ("italien", "italy", "italia", "ita"),
    "ES": ("spanien", "spain", "espana", "esp"),
    "PT": ("portugal", "prt"),
    "GB": (
        "grossbritannien",
        "vereinigtes koenigreich",
        "united kingdom",
        "great britain",
        "england",
        "scotland",
        "wales",
        "uk",
        "gbr",
    ),
    "IE": ("irland", "ireland", "irl"),
    "DK": ("daenemark", "denmark", "dnk"),
    "SE": ("schweden", "sweden", "swe"),
    "NO": ("norwegen", "norway", "nor"),
    "FI": ("finnland", "finland", "fin"),
    "PL": ("polen", "poland", "pol"),
    "CZ": ("tschechien", "tschechische republik", "czechia", "czech republic", "cze"),
    "SK": ("slowakei", "slovakia", "svk"),
    "HU": ("ungarn", "hungary", "hun"),
    "SI": ("slowenien", "slovenia", "svn"),
    "HR": ("kroatien", "croatia", "hrv"),
    "GR": ("griechenland", "greece", "grc"),
    "TR": ("tuerkei", "turkey", "tuerkiye", "tur"),
    "RO": ("rumaenien", "romania", "rou"),
    "BG": ("bulgarien", "bulgaria", "bgr"),
    "US": (
        "usa",
        "vereinigte staaten",
        "vereinigte staaten von amerika",
        "united states",
        "united states of america",
        "u s a",
        "u s",
    ),
    "CA": ("kanada", "canada", "can"),
    "MX": ("mexiko", "mexico", "mex"),
    "BR": ("brasilien", "brazil", "bra"),
    "AU": ("australien", "australia", "aus"),
    "NZ": ("neuseeland", "new zealand", "nzl"),
    "JP": ("japan", "jpn"),
    "CN": ("china", "volksrepublik china", "chn"),
    "IN": ("indien", "india", "ind"),
    "IL": ("israel", "isr"),
    "AE": ("vereinigte arabische emirate", "united arab emirates", "are"),
    "ZA": ("suedafrika", "south africa", "zaf"),
    "RU": ("russland", "russia", "russian federation", "rus"),
    "UA": ("ukraine", "ukr"),
}
_BY_NAME = {fold(name): code for code, names in _COUNTRIES.items() for name in names}


def region_for_country(country: str | None) -> str | None:
    """The ISO region of a country as written in an address ("Schweiz", "USA", "ch"), or
    None when it is not recognised."""
    if not country or not country.strip():
        return None
    folded = fold(country.replace(".", " "))
    code = _BY_NAME.get(folded)
    if code is None and len(folded) == 2 and folded.upper() in supported_regions():
        code = folded.upper()
    return code


def system_region() -> str:
    """The region of the system's locale (``de_CH.UTF-8`` → ``CH``), Germany when unknown.

    Read from the environment: ``locale.getlocale()`` turns ``C.UTF-8`` into ``en_US``.
    """
    for var in ("LC_ALL", "LC_TELEPHONE", "LC_CTYPE", "LANG"):
        name = os.environ.get(var, "")
        territory = name.partition(".")[0].partition("@")[0].replace("-", "_").partition("_")[2]
        if territory.upper() in supported_regions():
            return territory.upper()
    return DEFAULT_REGION


def normalise(value: str, region: str = DEFAULT_REGION) -> str | None:
    """The E.164 form of a typed number, or None if it parses but is not a valid number.

    Raises a validation error for text that is no phone number at all.
    """
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise invalid("phone", "'{value}' is not a phone number", value=value) from None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display(e164: str, region: str = DEFAULT_REGION) -> str:
    """National format for numbers of the home region, international for others."""
    import phonenumbers

    number = phonenumbers.parse(e164, None)
    home = phonenumbers.region_code_for_number(number) == region
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)
