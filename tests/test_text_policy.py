"""The one text policy gives the same result on its fast path as the full rules would."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filings.load.text import ForbiddenCharacter, normalise_text

_BREAKS = re.compile(r"\r\n|\r|\v|\f|\u2028|\u2029|\x85")
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def by_the_rules(value: str, multiline: bool) -> str:
    """The policy as the module docstring states it, step by step."""
    text = _BREAKS.sub("\n", value)
    if _FORBIDDEN.search(text):
        raise ForbiddenCharacter("forbidden")
    if not multiline and "\n" in text.strip():
        raise ForbiddenCharacter("single line")
    if multiline:
        return "\n".join(line.rstrip() for line in text.strip().split("\n"))
    return text.strip()


typed = st.text(alphabet=st.sampled_from(list("ab é€ \t\n\r\u00a0\u3000\u2028\x85\x0b\x1f\x07\"#:-")), max_size=40)


@settings(max_examples=3000, deadline=None)
@given(typed, st.booleans())
def test_fast_and_full_rules_agree(value, multiline):
    try:
        expected = by_the_rules(value, multiline)
    except ForbiddenCharacter:
        with pytest.raises(ForbiddenCharacter):
            normalise_text(value, multiline=multiline)
        return
    assert normalise_text(value, multiline=multiline) == expected


@pytest.mark.parametrize("value, expected", [
    ("  Hij belde.  \n", "Hij belde."),
    ("eerste regel  \ntweede\u00a0\n\n", "eerste regel\ntweede"),
    ("Word-regel\vnog een\r\nderde", "Word-regel\nnog een\nderde"),
])
def test_typed_text_reads_as_a_person_wrote_it(value, expected):
    assert normalise_text(value, multiline=True) == expected
