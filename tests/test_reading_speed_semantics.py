"""The one-pass reader (load/events.py) gives what the three-pass reader gives: the same
values, the same line for every key path, the same error; and it is the one taken for an
ordinary case file."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml.nodes import MappingNode, SequenceNode

from filings.errors import CaseInvalid
from filings.load import casefile
from filings.load.casefile import parse_case_for_edit, parse_case_text, parse_case_tree

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


def _shape(node):
    """What splice.py reads of a node: its kind, marks, style and text, recursively."""
    marks = (node.start_mark.index, node.start_mark.line, node.start_mark.column, node.end_mark.index,
             node.end_mark.line, node.end_mark.column)
    if isinstance(node, MappingNode):
        return ("map", marks, node.flow_style, [(_shape(k), _shape(v)) for k, v in node.value])
    if isinstance(node, SequenceNode):
        return ("seq", marks, node.flow_style, [_shape(item) for item in node.value])
    return ("scalar", marks, node.style, node.value)


EDIT_TEXTS = {
    **{name: TEXTS[name] for name in ("scalars", "blocks", "text", "comments", "keys")},
    "demo": DEMO.read_text(encoding="utf-8"),
    "crlf": DEMO.read_text(encoding="utf-8").replace("\n", "\r\n"),
    "flow root": "{format: 1, incidents: [{date: 2026-01-02, kinds: [calls]}]}\n",
    "four spaces": "incidents:\n    -   id: I1\n        kinds:\n            - calls\n        description: |\n"
                   "            Veertien.\n\n            Niet opgenomen.\n# end\n",
}


@pytest.mark.parametrize("name", EDIT_TEXTS)
def test_an_edit_reads_the_nodes_the_composer_makes_in_one_pass(name, monkeypatch):
    text = EDIT_TEXTS[name]
    data, source, root = parse_case_tree(PATH, text)
    monkeypatch.setattr(casefile, "parse_case_tree", lambda *args: pytest.fail("gave up on the one pass"))
    one_data, one_source, one_root = parse_case_for_edit(PATH, text)
    assert (one_data, one_source.lines) == (data, source.lines)
    assert _shape(one_root) == _shape(root)
    assert root.value  # something was compared


@pytest.mark.parametrize("name", ["anchor", "merge", "duplicate", "two documents", "list root", "deep", "empty"])
def test_an_edit_of_an_unusual_file_reads_as_the_three_passes_do(name):
    text = TEXTS[name]
    assert _outcome(parse_case_for_edit, text) == _outcome(parse_case_tree, text)
