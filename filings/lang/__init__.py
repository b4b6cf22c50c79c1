"""Languages: each module here holds the words a language's documents use (the locale,
the names of the case vocabulary, placeholders, document titles and file names), so a
new language is one module plus one templates folder. Sentences live in the templates.
"""

from __future__ import annotations

import importlib
from types import ModuleType

LANGUAGES = ("nl", "fr")  # Case.language takes one of these


def words(language: str) -> ModuleType:
    """The language module for a case's language ('nl' -> filings.lang.nl)."""
    if language not in LANGUAGES:
        raise ValueError(f"no language module for {language!r}; known: {', '.join(LANGUAGES)}")
    return importlib.import_module(f"{__name__}.{language}")
