"""How every language joins a list and names numbered things: the logic once, the words
in each language module (nl.join is `joined(items, "en")`)."""

from __future__ import annotations

from typing import Callable, Iterable


def joined(items: Iterable[str], conjunction: str) -> str:
    """['a', 'b', 'c'], 'en' -> 'a, b en c' (empty items left out)"""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def numbered(numbers: Iterable[int], one: str, many: str, join: Callable[[Iterable[str]], str],
             through: str | None = None) -> str:
    """[3] -> 'stuk 3'; [1, 4] -> 'stukken 1 en 4'; [] -> ''. With `through`, three or more
    numbers in a row are a range: [2, 3, 4] -> 'feiten 2 tot en met 4'."""
    numbers = sorted(set(numbers))
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"{one} {numbers[0]}"
    if through and len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{many} {numbers[0]} {through} {numbers[-1]}"
    return f"{many} {join(str(n) for n in numbers)}"
