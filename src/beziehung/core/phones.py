"""Phone numbers: kept as typed, plus E.164 where the number is valid."""

from __future__ import annotations

import phonenumbers

from beziehung.core.errors import invalid

DEFAULT_REGION = "DE"


def normalise(value: str, region: str = DEFAULT_REGION) -> str | None:
    """The E.164 form of a typed number, or None if it parses but is not a valid number.

    Raises a validation error for text that is no phone number at all.
    """
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise invalid("phone", "'{value}' is not a phone number", value=value) from None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display(e164: str, region: str = DEFAULT_REGION) -> str:
    """National format for numbers of the home region, international for others."""
    number = phonenumbers.parse(e164, None)
    home = phonenumbers.region_code_for_number(number) == region
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if home
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)
