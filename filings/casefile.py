"""Reading a case file (YAML 1.2 or JSON) into plain data, remembering the line of every key."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import CaseInvalid, KeyPath, Problem


@dataclass
class SourceMap:
    """Maps a key path to the 1-based line where it is written."""

    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, path: KeyPath) -> int | None:
        # A missing key has no line of its own: point at the nearest enclosing one.
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


def new_yaml() -> YAML:
    """The round-trip YAML 1.2 reader/writer: keeps comments and order, reads 07:45 as text."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    return yaml


def read_case_file(path: Path) -> tuple[Any, SourceMap]:
    """Parse the file; raise CaseInvalid with the line of a syntax error."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CaseInvalid(path, [Problem((), f"cannot read the case file: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CaseInvalid(
            path,
            [Problem((), "the file is not UTF-8 text; save it as UTF-8 in your editor", line)],
        ) from None
    try:
        document = new_yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "syntax error"
        hint = _syntax_hint(what)
        raise CaseInvalid(path, [Problem((), f"YAML syntax error: {what}{hint}", line)]) from None
    except YAMLError as exc:
        raise CaseInvalid(path, [Problem((), f"YAML syntax error: {exc}")]) from None
    if document is None:
        raise CaseInvalid(path, [Problem((), "the case file is empty; start from `filings init`")])
    if not isinstance(document, dict):
        raise CaseInvalid(
            path, [Problem((), "a case file is a mapping of keys (format:, reference:, ...)", 1)]
        )
    source = SourceMap()
    return _plain(document, (), source), source


def _syntax_hint(problem: str) -> str:
    if "duplicate key" in problem:
        return "; each key may appear once per block: merge the two or rename one"
    if "'\\t'" in problem or "tab" in problem.lower():
        return "; indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "; a value containing ': ' must be put in quotes"
    return ""


def _plain(node: Any, path: KeyPath, source: SourceMap) -> Any:
    """Turn ruamel's round-trip nodes into plain Python values, recording lines."""
    if isinstance(node, CommentedMap):
        result = {}
        for key, value in node.items():
            key_path = path + (str(key),)
            line, _ = node.lc.key(key)
            source.lines[key_path] = line + 1
            result[str(key)] = _plain(value, key_path, source)
        return result
    if isinstance(node, CommentedSeq):
        items = []
        for index, value in enumerate(node):
            item_path = path + (index,)
            line, _ = node.lc.item(index)
            source.lines[item_path] = line + 1
            items.append(_plain(value, item_path, source))
        return items
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        # Amounts are decimal: 0.1 must stay 0.1, not 0.1000000000000000055...
        return Decimal(repr(float(node)))
    if isinstance(node, datetime):
        return node.replace(tzinfo=None) if node.tzinfo else datetime(*node.timetuple()[:6])
    if isinstance(node, date):
        return node
    if isinstance(node, str):
        return str(node)
    return node
