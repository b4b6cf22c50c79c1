"""Dates, times and amounts as a language's documents write them (babel).

`formats(language)` gives the functions bound to that language's locale: nl (nl_BE)
writes `12 maart 2026`, `07:45` and `€ 1.000,00`; fr (fr_BE) writes `1er mars 2026`,
`7 h 45` and `1 000,00 €`. Each date function keeps its own cache, since a logbook
repeats its dates and babel's formatting is not cheap.

Where babel's fr_BE differs from Belgian legal French, the style rules below correct it:
- the first of the month is `1er` (`le 1er mars 2026`, `jeudi 1er mars 2026`); babel
  writes `1 mars`;
- a clock time is `12 h 30` (`18 h` on the hour), with no-break spaces around `h`, as
  French typography writes hours (cuy.be/orthotypo "h pour heure": "douze heures trente
  >> 12 h 30", the space no-break; OQLF "Écriture des heures": `18 h 15`, `17 h 05`);
  babel's fr_BE time is `12:30`;
- amounts keep babel's fr_BE form `1 000,00 €` but group with U+00A0, not babel's
  U+202F (narrow no-break space): the templates are set in Arial (tools/docxbuild.py),
  and where Arial is absent LibreOffice draws it with Liberation Sans, whose 1.07 release
  (still shipped by Debian as fonts-liberation, measured here) has no U+202F, so the
  group separator would show as a missing-glyph box or fall back to another font; many
  fonts a lawyer may switch to lack it too (Open Sans, EB Garamond: their issue trackers).
  U+00A0 is in every font and, like U+202F, never breaks the amount across lines.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from functools import lru_cache
from typing import Callable

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from . import words

NBSP = "\u00a0"
NNBSP = "\u202f"  # babel's fr group separator


class Formats:
    """The formatting functions of one locale (Dutch unless a subclass says otherwise)."""

    long_date: Callable[[date], str]  # 12 maart 2026
    full_date: Callable[[date], str]  # donderdag 12 maart 2026

    def __init__(self, locale: str):
        self.locale = Locale.parse(locale)  # parsed once: babel parses a name on every call
        self.long_date = lru_cache(maxsize=4096)(lambda value: self._date(value, "long"))
        self.full_date = lru_cache(maxsize=4096)(lambda value: self._date(value, "full"))

    def _date(self, value: date, style: str) -> str:
        return format_date(value, style, locale=self.locale)

    def month(self, value: date) -> str:
        """maart 2026"""
        return format_date(value, "MMMM y", locale=self.locale)

    def short_month(self, value: date) -> str:
        """mrt 2026: a chart's label"""
        return format_date(value, "LLL y", locale=self.locale).replace(".", "")

    def short_day(self, value: date) -> str:
        """9 mrt: a chart's label"""
        return format_date(value, "d LLL", locale=self.locale).replace(".", "")

    def euro(self, amount: Decimal) -> str:
        """€ 1.000,00 (nl_BE: with a no-break space, so the sign never ends a line alone)."""
        return format_currency(amount, "EUR", locale=self.locale)

    def number(self, value: int) -> str:
        """1.500"""
        return format_decimal(value, locale=self.locale)

    def clock(self, value: time) -> str:
        """07:45"""
        return value.strftime("%H:%M")

    SPAN = "–"  # between the start and end of a time span

    def time_span(self, start: time | None, end: time | None) -> str:
        """07:45–08:10 (nl), 7 h 45 – 8 h 10 (fr), or 07:45, or '' without a time."""
        if start is None:
            return ""
        return f"{self.clock(start)}{self.SPAN}{self.clock(end)}" if end is not None else self.clock(start)


class FrenchFormats(Formats):
    """fr_BE as Belgian legal French writes it (the module docstring gives the sources)."""

    def _date(self, value: date, style: str) -> str:
        text = format_date(value, style, locale=self.locale)
        if value.day == 1:  # '1 mars 2026' -> '1er mars 2026', 'dimanche 1 mars' -> 'dimanche 1er mars'
            month = format_date(value, "MMMM", locale=self.locale)
            text = text.replace(f"1 {month}", f"1er {month}", 1)
        return text

    def short_month(self, value: date) -> str:
        """janv. 2026: French keeps the abbreviation's point"""
        return format_date(value, "LLL y", locale=self.locale)

    def short_day(self, value: date) -> str:
        """9 janv., 1er mars: a chart's label"""
        text = format_date(value, "d LLL", locale=self.locale)
        return "1er" + text[1:] if value.day == 1 else text

    def euro(self, amount: Decimal) -> str:
        """1 000,00 € (no-break spaces: see the module docstring)"""
        return format_currency(amount, "EUR", locale=self.locale).replace(NNBSP, NBSP)

    def number(self, value: int) -> str:
        """1 500"""
        return format_decimal(value, locale=self.locale).replace(NNBSP, NBSP)

    def clock(self, value: time) -> str:
        """7 h 45; 18 h on the hour"""
        return f"{value.hour}{NBSP}h" + (f"{NBSP}{value.minute:02d}" if value.minute else "")

    SPAN = f"{NBSP}– "  # 7 h 45 – 8 h 10: the dash spaced, since the times hold spaces


_STYLES = {"fr": FrenchFormats}


@lru_cache(maxsize=None)
def formats(language: str) -> Formats:
    """The formatting functions for a case's language ('nl' -> nl_BE)."""
    return _STYLES.get(language, Formats)(words(language).LOCALE)

