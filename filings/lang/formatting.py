"""Dates, times and amounts as Belgian Dutch documents write them (babel, nl_BE)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "nl_BE"


@lru_cache(maxsize=4096)  # a logbook repeats its dates; babel's formatting is not cheap
def long_date(value: date) -> str:
    """12 maart 2026"""
    return format_date(value, "long", locale=LOCALE)


@lru_cache(maxsize=4096)
def full_date(value: date) -> str:
    """donderdag 12 maart 2026"""
    return format_date(value, "full", locale=LOCALE)


def clock(value: time) -> str:
    """07:45"""
    return value.strftime("%H:%M")


def time_span(start: time | None, end: time | None) -> str:
    if start is None:
        return ""
    return f"{clock(start)}–{clock(end)}" if end is not None else clock(start)


def euro(amount: Decimal) -> str:
    """€ 1.000,00 (with a no-break space, so the sign never ends a line alone)."""
    return format_currency(amount, "EUR", locale=LOCALE)


def number(value: int) -> str:
    """1.500"""
    return format_decimal(value, locale=LOCALE)


def period(first: date, last: date) -> str:
    if first == last:
        return long_date(first)
    return f"{long_date(first)} tot {long_date(last)}"
