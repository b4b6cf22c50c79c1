"""The Belgian national number (rijksregisternummer): checksum and display form."""

from __future__ import annotations

from datetime import date

from ..i18n import _

_SEPARATORS = str.maketrans("", "", " .-/")


class InvalidNationalNumber(ValueError):
    pass


def normalise(value: str) -> str:
    """Return the number as YY.MM.DD-XXX.CC, or raise InvalidNationalNumber."""
    digits = str(value).translate(_SEPARATORS)
    if len(digits) != 11 or not digits.isdigit():
        raise InvalidNationalNumber(
            _("a national number has 11 digits, written YY.MM.DD-XXX.CC (e.g. 85.07.30-033.28)")
        )
    body, check = int(digits[:9]), int(digits[9:])
    # Births from 2000 on are checked with a 2 in front of the nine digits.
    if check not in (97 - body % 97, 97 - (2_000_000_000 + body) % 97):
        raise InvalidNationalNumber(
            _("this national number fails the checksum (mod 97): check each digit against the identity card")
        )
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:11]}"


def birth_date(number: str) -> date | None:
    """The birth date a valid number encodes, or None when it cannot tell (00 month/day, BIS)."""
    digits = number.translate(_SEPARATORS)
    yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    body, check = int(digits[:9]), int(digits[9:])
    century = 2000 if check == 97 - (2_000_000_000 + body) % 97 else 1900
    try:
        return date(century + yy, mm, dd)
    except ValueError:
        return None


def is_male(number: str) -> bool:
    return int(number.translate(_SEPARATORS)[6:9]) % 2 == 1
