"""docxtpl's listing step, taken only by the paragraphs that need it.

After rendering, docxtpl 0.20 turns the control characters a value may hold into Word's
own marks: a tab into <w:tab/>, "\\n" into a line break, "\\a" into a new paragraph and
"\\f" into a page break (docxtpl's `resolve_listing`). It does so with three nested
regular-expression substitutions over every paragraph, run and text of the body: at
50,000 incidents a sixth of the logbook's render, for paragraphs that almost never hold
one of those characters. A paragraph without any of them comes out of that step as it
went in, so it is left as it is; every other paragraph goes through docxtpl's own code,
alone, which finds in it the one paragraph it would have found in the whole body.
"""

from __future__ import annotations

import re
from typing import Callable

# docxtpl's own pattern for a paragraph (template.py, resolve_listing)
PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
_LISTING = re.compile("[\t\a\n\f]")  # the characters docxtpl turns into marks


def resolve_listing(xml: str, upstream: Callable[[str], str]) -> str:
    """xml as upstream(xml) gives it, upstream run on the paragraphs that need it."""
    def paragraph(match: re.Match) -> str:
        text = match.group(0)
        return upstream(text) if _LISTING.search(text) else text

    return PARAGRAPH.sub(paragraph, xml)
