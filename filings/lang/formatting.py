"""Dates, times and amounts as a language's documents write them (babel).

`formats(language)` gives the functions bound to that language's locale (nl: nl_BE,
`12 maart 2026`, `€ 1.000,00`); each keeps its own cache, since a logbook repeats its
dates and babel's formatting is not cheap. Clock times are the same in every language.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from functools import lru_cache
from typing import Callable

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from . import words


class Formats:
    """The formatting functions of one locale."""

    long_date: Callable[[date], str]  # 12 maart 2026
    full_date: Callable[[date], str]  # donderdag 12 maart 2026

    def __init__(self, locale: str):
        self.locale = locale
        self.long_date = lru_cache(maxsize=4096)(lambda value: format_date(value, "long", locale=locale))
        self.full_date = lru_cache(maxsize=4096)(lambda value: format_date(value, "full", locale=locale))

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


@lru_cache(maxsize=None)
def formats(language: str) -> Formats:
    """The formatting functions for a case's language ('nl' -> nl_BE)."""
    return Formats(words(language).LOCALE)


def clock(value: time) -> str:
    """07:45"""
    return value.strftime("%H:%M")


def time_span(start: time | None, end: time | None) -> str:
    """07:45–08:10, or 07:45, or '' without a time."""
    if start is None:
        return ""
    return f"{clock(start)}–{clock(end)}" if end is not None else clock(start)
