"""The fast writer of new items (edit/emit.py): whatever text it is given, what it writes
reads back as exactly that text, and it declines shapes it does not know."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from ruamel.yaml.scalarstring import LiteralScalarString

from filings.edit.emit import item_lines
from filings.load.casefile import parse_case_text

TEXTS = [
    "Waar ben je?", "yes", "No", "null", "~", "123", "0x1F", "1e3", "2026-03-12", "21:02", "- lijst", "# geen",
    "a: b", "  spaties  ", "", "'quote'", '"dubbel"', "\\ backslash", "tab\there", "lijn\nlijn", "\n",
    "nel\x85ls", "sep\u2028arator", "bom\ufeff", "c1\x9bcontrol", "Slaap 👨\u200d👩\u200d👧", "مرحبا\u200b",
    "\u200eimage omitted", "trailing\n", "{flow}", "[flow]", "&anchor", "*alias", "!tag", "%directive", "@at",
    "`tick`", "Kevin De Smet",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_text_reads_back_exactly(text):
    item = {"id": "I1", "date": date(2026, 3, 12), "description": LiteralScalarString(text + "\n") if text else "x",
            "kinds": ["messages"], "messages": [{"text": text, "sender": text or "x"},
                                                {"text": LiteralScalarString(text) if text else "y"}]}
    lines = item_lines(item, 2, 4)
    assert lines is not None
    yaml = "incidents:\n" + "".join(("  - " if n == 0 else "    ") + line + "\n" if line else "\n"
                                    for n, line in enumerate(lines))
    data, _ = parse_case_text(Path("case.yaml"), yaml)
    assert data["incidents"][0] == item


def test_shapes_it_does_not_know_are_left_to_ruamel():
    assert item_lines({"a": {"nested": "mapping"}}, 2, 4) is None
    assert item_lines({"a": []}, 2, 4) is None
    assert item_lines({"a": 1.5}, 2, 4) is None
