"""The language the tool speaks to its user: every message, prompt, warning and help text
goes through gettext catalogues in filings/locale (Dutch, French, English), kept with
babel's tooling (README, "Messages in your language").

The language is gettext's own choice: the first of LANGUAGE, LC_ALL, LC_MESSAGES and LANG
that is set (nl_BE.UTF-8 -> nl, fr_BE -> fr, anything without a catalogue -> English);
`filings --lang fr` sets LANGUAGE for the run. The words of the documents (lang/,
templates) are data, not messages: they follow the case's `language`.

Messages are translated when they are made, in the running language; texts defined at
import (option help, tables of messages) are marked with N_ and translated where shown.
A server that answers each request in its own reader's language (`filings web`) makes
that request's messages inside `speaking(language)`.
"""

from __future__ import annotations

import gettext as _gettext
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Iterator

DOMAIN = "filings"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = ("en", "nl", "fr")
# The catalogue in use, found from the environment on first use; reset() when the
# environment changes (each CLI run, --lang). Looking it up per message would cost more
# than the message: a large logbook gives thousands of warnings.
_current: _gettext.NullTranslations | None = None


# The catalogue of the request being answered (speaking()), where one is: a context
# variable, so that each request, and the threads it hands work to, keep their own.
_speaking: ContextVar[tuple[str, _gettext.NullTranslations] | None] = ContextVar("filings_speaking", default=None)


def _catalogue() -> _gettext.NullTranslations:
    global _current
    chosen = _speaking.get()
    if chosen is not None:
        return chosen[1]
    if _current is None:
        _current = _gettext.translation(DOMAIN, LOCALE_DIR, fallback=True)
    return _current


@lru_cache(maxsize=None)
def catalogue_of(language: str) -> _gettext.NullTranslations:
    """The catalogue of one of LANGUAGES, whatever the environment says."""
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Every message made inside, in this context (and in threads started from a copy of
    it), is in language; the environment's choice holds again after."""
    token = _speaking.set((language, catalogue_of(language)))
    try:
        yield
    finally:
        _speaking.reset(token)


def reset() -> None:
    """Find the language again from the environment on the next message."""
    global _current
    _current = None


def _(message: str) -> str:
    """message in the user's language (the English text when there is no translation)."""
    return _catalogue().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return _catalogue().ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Marks a text for the catalogue without translating it: for texts defined at import,
    translated with _ where they are shown."""
    return message


def language() -> str:
    """The language the environment asks for now: 'nl', 'fr' or 'en'."""
    catalogue = _gettext.translation(DOMAIN, LOCALE_DIR, fallback=True)
    return catalogue.info().get("language", "en") if isinstance(catalogue, _gettext.GNUTranslations) else "en"


def spoken() -> str:
    """The language messages are made in here and now: speaking()'s, else the environment's."""
    chosen = _speaking.get()
    return chosen[0] if chosen is not None else language()


def use_for_click() -> None:
    """Make click's own messages ('Usage:', 'Missing argument') come from our catalogue:
    click calls gettext's default domain, which only the application may choose."""
    _gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    _gettext.textdomain(DOMAIN)
