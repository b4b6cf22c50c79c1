"""The one-pass reader (load/events.py) gives what the three-pass reader gives: the same
values, the same line for every key path, the same error; and it is the one taken for an
ordinary case file."""

from __future__ import annotations

from pathlib import Path

import pytest

from filings.errors import CaseInvalid
from filings.load import casefile
from filings.load.casefile import parse_case_text, parse_case_tree

DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo" / "case.yaml"
PATH = Path("case.yaml")

TEXTS = {
    "scalars": "a: 1\nb: 1.10\nc: true\nd: null\ne: ~\nf:\ng: 2026-01-02\nh: 2026-01-02 07:45:00+02:00\n"
               "i: 07:45\nj: '12'\nk: !!str 12\nl: 0x1F\nm: .inf\nn: -0.0\no: 1_000\n",
    "blocks": "a:\n  - x\n  - [1, 2, [3, {b: c}]]\n  - {d: e, f: [g]}\n  -\n    - nested\nh: {}\ni: []\n",
    "text": "a: |\n  line one\n   line two\n\nb: >-\n  folded\n  text\nc: \"esc\\tape\"\n",
    "comments": "# top\na: 1 # one\n# between\nb:\n  # inside\n  - x\n",
    "keys": "1: one\ntrue: yes\n2026-01-02: day\nnull: nothing\n",
    "anchor": "a: &x {b: 1, c: [2]}\nd: *x\ne: *x\n",
    "scalar anchor": "a: &x hallo\nb: *x\n",
    "merge": "base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n",
    "merge without anchor": "m:\n  <<: {x: 1}\n",
    "duplicate": "a: 1\nb: 2\na: 3\n",
    "duplicate then syntax error": "a: 1\na: 2\nb: [unclosed\n",
    "complex key": "? [a, b]\n: value\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "document end": "a: 1\n...\n",
    "list root": "- a\n- b\n",
    "scalar root": "hallo\n",
    "empty": "",
    "only a comment": "# nothing\n",
    "bad timestamp": "a: 2026-13-45\n",
    "undefined alias": "a: *nope\n",
    "syntax error": "a: b: c\n",
    "tab": "a:\n\tb: 1\n",
    "deep": "a: " + "[" * 60 + "]" * 60 + "\n",
    "unknown tag": "a: !custom x\n",
    "binary": "a: !!binary aGFsbG8=\n",
}


def _outcome(read, text: str):
    try:
        data, source = read(PATH, text)[:2]
    except CaseInvalid as exc:
        return "refused", str(exc)
    except ValueError as exc:  # ruamel's own, e.g. for the 13th month: raised by both
        return type(exc).__name__, str(exc)
    return data, source.lines


@pytest.mark.parametrize("name", TEXTS)
def test_one_pass_reads_as_three_passes(name):
    text = TEXTS[name]
    assert _outcome(parse_case_text, text) == _outcome(parse_case_tree, text)


def test_the_demo_reads_the_same_in_one_pass(monkeypatch):
    text = DEMO.read_text(encoding="utf-8")
    expected = _outcome(parse_case_tree, text)

    def three_passes(*args):
        raise AssertionError("the one-pass reader gave up on the demo case")

    monkeypatch.setattr(casefile, "parse_case_tree", three_passes)
    assert _outcome(parse_case_text, text) == expected
    assert len(expected[1]) > 100  # the lines were compared, of a real case
