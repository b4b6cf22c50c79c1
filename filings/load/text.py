"""The one text policy for every string a user types into a case file.

Word documents are XML 1.0, and docxtpl turns some characters into structure
(\\a into a paragraph, \\f into a page break) while silently deleting others
(docxtpl-notes §3). Silently changing a quotation that may be evidence is not an
option, so: line endings and the line breaks Word pastes are normalised, tabs are
kept, and every other character a document cannot hold is refused with its
position and code.
"""

from __future__ import annotations

import re

from ..i18n import _

# \v is Word's manual line break when pasted; \f a page break. Both mean "new line" to a person.
_LINE_BREAKS = re.compile(r"\r\n|\r|\v|\f|\u2028|\u2029|\x85")
# XML 1.0 Char excludes these; \x7f is legal XML but never intended in typed text.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


# Either of the above: text without any (nearly all typed text) needs neither pass.
_UNUSUAL = re.compile(r"[\r\v\f\u2028\u2029\x85\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_TRAILING_BLANK = re.compile(r"[^\S\n]\n")  # whitespace before a line break, as str.rstrip sees it


class ForbiddenCharacter(ValueError):
    pass


def first_forbidden(value: str) -> re.Match | None:
    """The first character no document can hold, for a caller that names its own place."""
    return _FORBIDDEN.search(value)


def refuse_forbidden(value: str) -> str:
    """The text unchanged, or ForbiddenCharacter: for quotations that must stay exact."""
    bad = _FORBIDDEN.search(value)
    if bad:
        raise ForbiddenCharacter(
            _("character U+{code:04X} at position {position} cannot appear in a document (it is an invisible "
              "control character); delete it").format(code=ord(bad.group()), position=bad.start() + 1))
    return value


def normalise_text(value: str, *, multiline: bool) -> str:
    """Return the text as documents will show it, or raise ForbiddenCharacter."""
    if not _UNUSUAL.search(value):  # a large logbook holds tens of thousands of texts
        stripped = value.strip()
        if not multiline:
            if "\n" in stripped:
                raise ForbiddenCharacter(_("must be a single line; remove the line break"))
            return stripped
        if not _TRAILING_BLANK.search(stripped):
            return stripped
    text = _LINE_BREAKS.sub("\n", value)
    bad = _FORBIDDEN.search(text)
    if bad:
        char = bad.group()
        raise ForbiddenCharacter(
            _("character U+{code:04X} at position {position} cannot appear in a document (it is an invisible "
              "control character); delete it and retype the text around it")
              .format(code=ord(char), position=bad.start() + 1)
        )
    if not multiline and "\n" in text.strip():
        raise ForbiddenCharacter(_("must be a single line; remove the line break"))
    if multiline:
        # A `|` block ends with a newline and lines may carry trailing blanks: neither is content.
        return "\n".join(line.rstrip() for line in text.strip().split("\n"))
    return text.strip()
