"""Recognising the victim's own address, phone, e-mail and national number in free text.

People type the same number in many notations (0470/12.34.56, +32 (0)470 12 34 56) and
the same street with or without its number. Each recogniser turns one datum of the
victim into a regular expression that finds it in any of those notations; views.Shield
decides which of them an audience may not see and replaces them.

Not recognised, on purpose: the city alone ("Gent" names courts, hospitals and police
zones; masking it would damage the papers), and the postal code with the city when they
belong to another address ("UZ Gent, Corneel Heymanslaan 10, 9000 Gent"): that address
is someone else's and reveals nothing about hers.

Masked on purpose, even when it over-masks: her street name wherever it stands as a word,
however short or common ("Markt", "Kerkstraat"). The street alone narrows her home to a
few houses; a wrongly masked "Grote Markt" costs a word, and `validate` points at it so
the text can be rephrased.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..load.model import Address

ADDRESS, PHONE, EMAIL, NATIONAL_NUMBER = "address", "phone", "email", "national_number"

_NOT_LETTER_BEFORE = r"(?<![^\W\d_])"  # not inside a word (a digit or '_' may touch it)
_NOT_LETTER_AFTER = r"(?![^\W\d_])"
_NOT_ALNUM_BEFORE = r"(?<![^\W_])"
_NOT_ALNUM_AFTER = r"(?![^\W_])"
# What people type between the words of a street and around its number: blanks, '_' (file
# names), and every dash, not only '-' (Word turns '-' into '–').
_GAP = r"\s_\u2010-\u2015\u2212-"


def fold(text: str) -> str:
    """The text as a reader sees it: compatibility forms folded (full-width '０４７０' and '＠',
    superscript digits) and invisible format characters dropped (zero-width space, soft
    hyphen), so that '０４７０\u200b123456' is recognised as the number it shows."""
    if text.isascii():  # NFKC leaves ASCII alone, and no format character is ASCII
        return text
    return _format_characters().sub("", unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=1)
def _format_characters() -> re.Pattern:
    """Every format character (category Cf) as one character class: a regex pass instead of
    a Python loop over each character of every text. Beyond the first plane, Cf holds only
    the tag characters and a few musical and Egyptian controls."""
    planes = [*range(0x10000), *range(0x110BD, 0x110CE), *range(0x13430, 0x13440),
              *range(0x1BCA0, 0x1BCA4), *range(0x1D173, 0x1D17B), *range(0xE0001, 0xE0080)]
    return re.compile("[" + "".join(re.escape(chr(c)) for c in planes if unicodedata.category(chr(c)) == "Cf") + "]")


@dataclass(frozen=True)
class Recogniser:
    kind: str  # ADDRESS, PHONE, EMAIL or NATIONAL_NUMBER
    pattern: re.Pattern
    keep: Callable[[re.Match], bool] | None = None  # a match that is not hers after all
    needle: str = ""  # text without this cannot match: skips the search

    def sub(self, text: str, replacement: str) -> str:
        if self.needle not in text:
            return text
        if self.keep is None:
            return self.pattern.sub(replacement, text)
        return self.pattern.sub(lambda m: m.group(0) if self.keep(m) else replacement, text)


def _variants() -> dict[str, str]:
    """'e' -> 'eéèêëEÉÈÊË...': every Latin letter with the accented forms people type."""
    table: dict[str, set[str]] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0]
        if base.isascii() and base.isalpha():
            table.setdefault(base.lower(), {base.lower(), base.upper()}).add(char)
    return {base: "".join(sorted(chars)) for base, chars in table.items()}


_VARIANTS = _variants()
_COMBINING = "[\u0300-\u036f]*"


def _loose_word(text: str) -> str:
    """A name matched case- and accent-insensitively, a space or hyphen written either way."""
    parts = []
    for char in unicodedata.normalize("NFC", text.strip()):
        base = unicodedata.normalize("NFKD", char)[0].lower()
        if char in " -_" or unicodedata.category(char) == "Pd":
            parts.append(rf"[{_GAP}]+")
        elif char in "'’":
            parts.append(r"['’]?")
        elif base in _VARIANTS:  # also a base letter followed by combining accents (NFD text)
            parts.append(f"[{re.escape(_VARIANTS[base])}]{_COMBINING}")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


# How Belgian street names are shortened or split: Kortrijksestwg., Kortrijkse steenweg.
_STREET_SUFFIXES = {
    "steenweg": r"stwg\.?|stw\.?",
    "straat": r"str\.?",
    "laan": r"ln\.?",
    "plein": r"pl\.?",
}


def _street(street: str) -> str:
    lowered = street.strip().lower()
    for suffix, short in _STREET_SUFFIXES.items():
        stem, written = street.strip()[: -len(suffix)], street.strip()[-len(suffix):]
        if lowered.endswith(suffix) and len(stem.strip(" -")) >= 2:
            return rf"{_loose_word(stem.strip(' -'))}[{_GAP}]?(?:{_loose_word(written)}|{short})"
    return _loose_word(street)


_SEP = rf"[,{_GAP}]*"
_BOX_MARK = r"(?:bus|bte|b\.?|/)"


def address_recognisers(address: Address) -> list[Recogniser]:
    """The street, with or without her number, box, postal code and city; her number
    followed by her postal code and city after any street spelling; her postal code and
    city on their own."""
    number = rf"{re.escape(address.number.strip())}(?!\d)"
    box = re.escape(address.box.strip()) if address.box else r"\d{1,4}[a-z]?"
    box_part = rf"(?:{_SEP}{_BOX_MARK}[{_GAP}]*{box}{_NOT_ALNUM_AFTER})?"
    place = rf"{re.escape(address.postal_code.strip())}[{_GAP}]+{_loose_word(address.city)}{_NOT_LETTER_AFTER}"
    street = (
        rf"{_NOT_LETTER_BEFORE}{_street(address.street)}{_NOT_LETTER_AFTER}"
        rf"(?:{_SEP}(?:nr\.?|nummer|no\.?|n°)?[{_GAP}]*{number}{box_part})?"
        rf"(?:{_SEP}(?<!\d){place})?"
    )
    # Any spelling of a street, then her number and her place: 'Kortrijkse stwg 112, 9000 Gent'.
    numbered = (
        rf"{_NOT_ALNUM_BEFORE}[^\W\d_][\w.'’]*{_SEP}(?:nr\.?\s*)?{number}{box_part}"
        rf"{_SEP}{place}"
    )
    other_address = re.compile(rf"\d[a-z]?(?:\s*{_BOX_MARK}\s*\w{{1,5}})?[\s,]*$", re.IGNORECASE)

    def after_another_number(match: re.Match) -> bool:
        return bool(other_address.search(match.string, 0, match.start()))

    return [
        Recogniser(ADDRESS, re.compile(street, re.IGNORECASE)),
        Recogniser(ADDRESS, re.compile(numbered, re.IGNORECASE), needle=address.postal_code.strip()),
        Recogniser(ADDRESS, re.compile(rf"(?<!\d){place}", re.IGNORECASE), keep=after_another_number,
                   needle=address.postal_code.strip()),
    ]


# Between her digits anything but a letter or another digit: '0470/12.34.56', '0470_12_34_56'
# (a file name), '0470–12–34–56' (Word's dash). Her nine or more digits in this order are hers.
_DIGIT_SEP = r"[\W_]{0,3}"
_NUMBER_SEP = r"[\W_]{0,3}"


def _digits(digits: str, sep: str = _DIGIT_SEP) -> str:
    return sep.join(digits)


def phone_recogniser(phone: str) -> Recogniser | None:
    """A Belgian number in any notation: +32 470 12 34 56, +32 (0)470 12 34 56, 0032 470...,
    32470123456, 0470 12 34 56, 0470/12.34.56, (0470) 12 34 56, 0470123456. A foreign
    number is matched by all its digits, with or without + or 00."""
    raw = phone.strip()
    digits = re.sub(r"\D", "", raw)
    international = digits if raw.startswith("+") else digits[2:] if digits.startswith("00") else None
    if international is None or international.startswith("32"):
        national = international[2:] if international is not None else digits
        national = national[1:] if national.startswith("0") else national  # trunk 0, also '(0)'
        # '+32', '0032' or a bare '32' (32470123456, as phones export it), then the trunk 0.
        prefix = rf"(?:(?:(?:\+|00){_DIGIT_SEP})?32{_DIGIT_SEP})?(?:0{_DIGIT_SEP})?"
    else:
        national, prefix = international, rf"(?:(?:\+|00){_DIGIT_SEP})?"
    if not digits:  # 'geen', 'n.v.t.': no number to protect
        return None
    if len(national) < 6:  # too short to tell from other numbers: only as typed
        return Recogniser(PHONE, re.compile(rf"(?<!\d){re.escape(raw)}(?!\d)"))
    return Recogniser(PHONE, re.compile(rf"(?<!\d)\(?{prefix}{_digits(national)}(?!\d)"))


def national_number_recogniser(number: str) -> Recogniser:
    """The eleven digits with any separators: 85.07.30-033.28, 85073003328, 850730 033 28."""
    digits = _digits(re.sub(r"\D", "", number), _NUMBER_SEP)
    return Recogniser(NATIONAL_NUMBER, re.compile(rf"(?<!\d){digits}(?!\d)"))


_AT = r"(?:\s*@\s*|%40|\s*[\[({<]\s*(?:at|apenstaartje)\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*\.\s*|\s*[\[({<]\s*(?:dot|punt)\s*[\])}>]\s*|\s+(?:dot|punt)\s+)"


def email_recogniser(email: str) -> Recogniser | None:
    """Any case; also written 'naam [at] domein [dot] be' or 'naam (at) domein.be', and its
    words with any marks but no blanks between them: 'eva_janssens_example_be', and the
    'eva-janssens-example-be' that a file name becomes in a bundle."""
    local, _, domain = email.strip().rpartition("@")
    if not local or not domain:  # 'geen': no address to protect
        return None
    side = lambda part: _DOT.join(re.escape(p) for p in part.split("."))  # noqa: E731
    words = r"(?:[^\w\s]|_)+".join(re.escape(w) for w in re.findall(r"[^\W_]+", email))
    # '+tag' after the name still reaches her inbox (sub-addressing), as does '%40' in a mailto: link
    pattern = (rf"{_NOT_ALNUM_BEFORE}(?:{side(local)}(?:\+[\w.-]*)?{_AT}{side(domain)}|{words})"
               rf"{_NOT_ALNUM_AFTER}")
    return Recogniser(EMAIL, re.compile(pattern, re.IGNORECASE))
