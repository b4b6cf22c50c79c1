"""Reading a case file (YAML 1.2 or JSON) into plain data, remembering the line of every key."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver

from ..i18n import _
from ..errors import CaseInvalid, KeyPath, Problem
from .bounds import MAX_DEPTH, OutOfBounds, check_structure, read_bounded
from .events import Unusual, read_plain, read_with_nodes


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


def read_case_text(path: Path) -> str:
    """The file's text, refused if it is no regular file, too large or not UTF-8."""
    try:
        raw = read_bounded(path)
    except OSError as exc:
        raise CaseInvalid(path, [Problem((), _("cannot read the case file: {strerror}").format(strerror=exc.strerror))]) from None
    except OutOfBounds as exc:
        raise CaseInvalid(path, [Problem((), exc.message, exc.line)]) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CaseInvalid(
            path,
            [Problem((), _("the file is not UTF-8 text; save it as UTF-8 in your editor"), line)],
        ) from None


class _Yaml12Resolver(VersionedResolver):
    """ruamel's resolver, minus a lookup that fails twice per scalar.

    With the C parser ruamel never sees a %YAML directive: every document is read as its
    loader's version, YAML 1.2. The stock resolver finds that out anew for each scalar
    through two caught AttributeErrors, a fifth of the load time of a large case."""

    @property
    def processing_version(self) -> Any:
        return self._loader_version or (1, 2)

    @property
    def versioned_resolver(self) -> Any:
        # The version never changes, so neither do its resolvers: look them up once.
        try:
            return self._resolvers
        except AttributeError:
            self._resolvers = VersionedResolver.versioned_resolver.fget(self)
            return self._resolvers


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a large, acyclic tree of values is built: it
    would rescan the growing tree again and again (half the load time of a big case).
    Reference counting still frees everything; collection resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_case_text(path: Path, text: str) -> tuple[Any, SourceMap]:
    """Plain data and the line of every key, from text that read_case_text returned.

    In one pass over the events when the text allows it (events.py), else as
    parse_case_tree reads it: the same values, lines and errors either way."""
    read = _in_one_pass(path, text, read_plain)
    if read is None:
        data, source, _root = parse_case_tree(path, text)
        return data, source
    data, lines = read
    return data, SourceMap(lines)


def parse_case_for_edit(path: Path, text: str) -> tuple[Any, SourceMap, MappingNode]:
    """What parse_case_tree returns, in one pass over the events when the text allows it
    (events.read_with_nodes): an edit of a big case reads it twice, and the three passes
    were a third of a `log add` at 20,000 incidents."""
    read = _in_one_pass(path, text, read_with_nodes)
    if read is None:
        return parse_case_tree(path, text)
    data, lines, root = read
    return data, SourceMap(lines), root


def _in_one_pass(path: Path, text: str, reader: Callable) -> tuple | None:
    """What an events.py reader returns for text, or None where the text needs the three
    passes (events.Unusual)."""
    yaml = _safe_yaml()
    constructor = yaml.constructor
    try:
        with _as_problems(path, text), collector_paused():
            return reader(text, yaml.resolver, constructor)
    except Unusual:
        return None
    finally:
        _forget_nodes(constructor)


def parse_case_tree(path: Path, text: str) -> tuple[Any, SourceMap, MappingNode]:
    """parse_case_text, and the composed root node too: its nodes know where each block
    starts and ends in the text (splice.py appends there).

    The bounds are checked first, on libyaml's iterative event stream: the composer
    recurses in C and would crash on deep nesting, and expands aliases without limit.
    """
    yaml = _safe_yaml()
    with _as_problems(path, text):
        check_structure(text)
        with collector_paused():
            root = yaml.compose(text)
        if root is None:
            raise CaseInvalid(path, [Problem((), _("the case file is empty; start from `filings init`"))])
        if not isinstance(root, MappingNode):
            raise CaseInvalid(
                path, [Problem((), _("a case file is a mapping of keys (format:, reference:, ...)"), 1)]
            )
        source = SourceMap()
        constructor = yaml.constructor
        try:
            with collector_paused():
                return _plain(root, (), source, constructor, set()), source, root
        finally:
            _forget_nodes(constructor)


def _safe_yaml() -> YAML:
    # Reading needs no comments: the safe (C-accelerated where available) YAML 1.2 parser,
    # then plain values built from events or nodes, which carry their lines. The
    # round-trip reader is ten times slower on a two-year logbook.
    yaml = YAML(typ="safe", pure=False)
    yaml.Resolver = _Yaml12Resolver
    return yaml


def _forget_nodes(constructor: Any) -> None:
    # The constructor caches every node it saw and sits in a reference cycle with its
    # loader: let the nodes go now, not at the next full collection.
    constructor.constructed_objects = {}
    constructor.recursive_objects = {}


@contextmanager
def _as_problems(path: Path, text: str) -> Iterator[None]:
    """YAML's errors and the bounds' refusals, as a CaseInvalid naming the line."""
    try:
        yield
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "syntax error"
        source_line = text.splitlines()[line - 1] if line and line <= len(text.splitlines()) else ""
        hint = _syntax_hint(what, source_line)
        raise CaseInvalid(path, [Problem((), _("YAML syntax error: {what}{hint}").format(what=what, hint=hint), line)]) from None
    except YAMLError as exc:
        raise CaseInvalid(path, [Problem((), _("YAML syntax error: {exc}").format(exc=exc))]) from None
    except OutOfBounds as exc:
        raise CaseInvalid(path, [Problem((), exc.message, exc.line)]) from None


def _syntax_hint(problem: str, line: str) -> str:
    if "duplicate key" in problem:
        return "; " + _("each key may appear once per block: merge the two or rename one")
    if "\t" in line[: len(line) - len(line.lstrip())]:
        return "; " + _("indent with spaces, not tabs")
    if "mapping values are not allowed" in problem:
        return "; " + _("a value containing ': ' must be put in quotes")
    return ""


def _plain(node: Node, path: KeyPath, source: SourceMap, constructor: Any, open_blocks: set[int]) -> Any:
    """Plain Python values from composed nodes, recording the line of every key and item.

    check_structure has refused cycles and deep nesting already; the guard below keeps
    this recursion finite, with the right message, should it ever see one.
    """
    if isinstance(node, (MappingNode, SequenceNode)):
        if id(node) in open_blocks:
            raise OutOfBounds(_("recursive alias: a block contains an alias to itself, which would never end: "
                                "write the values out"), node.start_mark.line + 1)
        if len(open_blocks) >= MAX_DEPTH:
            raise OutOfBounds(_("nesting deeper than {max_depth} levels: a case file is at most a few levels "
                                "deep").format(max_depth=MAX_DEPTH), node.start_mark.line + 1)
        open_blocks.add(id(node))
        try:
            return _plain_block(node, path, source, constructor, open_blocks)
        finally:
            open_blocks.discard(id(node))
    value = _scalar(node, constructor)
    if isinstance(value, float):
        # Amounts are decimal: 0.1 must stay 0.1, not 0.1000000000000000055...
        return Decimal(repr(value))
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


_STR = "tag:yaml.org,2002:str"


def _scalar(node: Node, constructor: Any) -> Any:
    # Most values are text, which the constructor returns as it is, after a detour
    # through its caches that costs more than the rest of the load.
    if type(node) is ScalarNode and node.tag == _STR:
        return node.value
    try:
        return constructor.construct_object(node, deep=True)
    except ValueError as exc:  # a date YAML recognises but the calendar has not: 2026-13-45
        raise OutOfBounds(_("`{text}` is no valid date ({exc}): write it as YYYY-MM-DD, e.g. 2026-03-14, or "
                            "put it in quotes if it is no date")
                            .format(text=node.value, exc=exc), node.start_mark.line + 1) from None


def _plain_block(node: Node, path: KeyPath, source: SourceMap, constructor: Any, open_blocks: set[int]) -> Any:
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(_scalar(key_node, constructor))
            if key in result:
                raise MarkedYAMLError(
                    problem=_('found duplicate key "{key}"').format(key=key), problem_mark=key_node.start_mark
                )
            key_path = path + (key,)
            source.lines[key_path] = key_node.start_mark.line + 1
            result[key] = _plain(value_node, key_path, source, constructor, open_blocks)
        return result
    if isinstance(node, SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            item_path = path + (index,)
            source.lines[item_path] = item.start_mark.line + 1
            items.append(_plain(item, item_path, source, constructor, open_blocks))
        return items
