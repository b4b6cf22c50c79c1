"""Reading a case file (YAML 1.2 or JSON) into plain data, remembering the line of every key."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

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
    # Reading needs no comments: compose with the safe (C-accelerated where available)
    # YAML 1.2 parser, then build plain values from the nodes, which carry their lines.
    # The round-trip reader is ten times slower on a two-year logbook.
    yaml = YAML(typ="safe", pure=False)
    try:
        root = yaml.compose(text)
        if root is None:
            raise CaseInvalid(path, [Problem((), "the case file is empty; start from `filings init`")])
        if not isinstance(root, MappingNode):
            raise CaseInvalid(
                path, [Problem((), "a case file is a mapping of keys (format:, reference:, ...)", 1)]
            )
        source = SourceMap()
        return _plain(root, (), source, yaml.constructor), source
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "syntax error"
        source_line = text.splitlines()[line - 1] if line and line <= len(text.splitlines()) else ""
        hint = _syntax_hint(what, source_line)
        raise CaseInvalid(path, [Problem((), f"YAML syntax error: {what}{hint}", line)]) from None
    except YAMLError as exc:
        raise CaseInvalid(path, [Problem((), f"YAML syntax error: {exc}")]) from None


def _syntax_hint(problem: str, line: str) -> str:
    if "duplicate key" in problem:
        return "; each key may appear once per block: merge the two or rename one"
    if "\t" in line[: len(line) - len(line.lstrip())]:
        return "; indent with spaces, not tabs"
    if "mapping values are not allowed" in problem:
        return "; a value containing ': ' must be put in quotes"
    return ""


def _plain(node: Node, path: KeyPath, source: SourceMap, constructor: Any, depth: int = 0) -> Any:
    """Plain Python values from composed nodes, recording the line of every key and item."""
    if depth > 100:
        raise MarkedYAMLError(problem="nesting too deep (a recursive alias?)", problem_mark=node.start_mark)
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(constructor.construct_object(key_node, deep=True))
            if key in result:
                raise MarkedYAMLError(
                    problem=f'found duplicate key "{key}"', problem_mark=key_node.start_mark
                )
            key_path = path + (key,)
            source.lines[key_path] = key_node.start_mark.line + 1
            result[key] = _plain(value_node, key_path, source, constructor, depth + 1)
        return result
    if isinstance(node, SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            item_path = path + (index,)
            source.lines[item_path] = item.start_mark.line + 1
            items.append(_plain(item, item_path, source, constructor, depth + 1))
        return items
    value = constructor.construct_object(node, deep=True)
    if isinstance(value, float):
        # Amounts are decimal: 0.1 must stay 0.1, not 0.1000000000000000055...
        return Decimal(repr(value))
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value
