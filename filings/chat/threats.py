"""Words that suggest a threat, in the languages a Belgian case meets (nl, fr, en).

Only a proposal: the user confirms each one; a word list cannot judge a threat, and a
missed one costs less than a false `threat` in a court paper."""

from __future__ import annotations

import re

_WORDS = re.compile(
    r"\b(?:"
    # nl
    r"vermoord\w*|dood\w*|kapot\s?maken|maak je kapot|afmaken|pijn doen|spijt krijgen|je zal zien"
    r"|ik weet waar je woont|ik vind je|wacht maar|pas maar op|steek je|sla je|verbrand\w*|met een mes"
    # fr
    r"|tuer|te tuer|je vais te|crever|tu vas (?:le )?regretter|je sais où tu habites|je vais te trouver"
    r"|fais gaffe|couteau|brûler"
    # en
    r"|kill\w*|hurt you|you(?:'ll| will) regret|i know where you live|i will find you|watch your back"
    r"|knife|burn\w*|dead\b"
    r")",
    re.IGNORECASE,
)


def threat_words(text: str) -> list[str]:
    """The words in text that may make it a threat, each once, in order."""
    return list(dict.fromkeys(m.group(0).lower() for m in _WORDS.finditer(text)))
