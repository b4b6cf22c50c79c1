"""Plain values and the line of every key, straight from the bounded event stream.

casefile's reader checks the bounds on one pass over libyaml's events, composes a tree
of nodes on a second and walks the tree into plain values on a third. A case file that
uses nothing but mappings, lists and scalars needs one pass: this one builds the values
as the events arrive (0.54-0.65 of the three passes' time at 20,000 and 50,000 incidents),
and for an edit the nodes too, with the marks the composer would give them.

Anything else (an anchor or alias, a block as a key, a repeated key, a second document,
a root that is no mapping, a scalar the constructor refuses) raises Unusual before
anything is returned, and the caller reads the text the three-pass way, which gives the
error or the value it always gave. Bounds and syntax errors are raised here as they
would be there: by the same event stream, at the same event.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from ruamel.yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import KeyPath
from .bounds import bounded_events

_STR = "tag:yaml.org,2002:str"
_STARTS = (MappingStartEvent, SequenceStartEvent)
_ENDS = (MappingEndEvent, SequenceEndEvent)
_NONE = object()  # not built yet (None is a value: `~`, `null`)


class Unusual(Exception):
    """The text needs the three-pass reader (see the module)."""


def read_plain(text: str, resolver: Any, constructor: Any) -> tuple[dict[str, Any], dict[KeyPath, int]]:
    """The case's root mapping as plain values, and the 1-based line of every key path."""
    root, lines, _node = _read(text, resolver, constructor, nodes=False)
    return root, lines


def read_with_nodes(text: str, resolver: Any, constructor: Any) -> tuple[dict[str, Any], dict[KeyPath, int],
                                                                        MappingNode]:
    """read_plain, and the root node ruamel's composer would make of the same events (the
    nodes carry the events' marks, no tags): what splice.py reads to know where a block
    ends, for a fraction of the composer's time."""
    return _read(text, resolver, constructor, nodes=True)


def _read(text: str, resolver: Any, constructor: Any, nodes: bool) -> tuple[dict[str, Any], dict[KeyPath, int],
                                                                          Any]:
    lines: dict[KeyPath, int] = {}
    tags = _Tags(resolver)
    events = bounded_events(text)
    for expected in (StreamStartEvent, DocumentStartEvent, MappingStartEvent):
        event = next(events, None)
        if type(event) is not expected or getattr(event, "anchor", None) is not None:
            raise Unusual  # no document, or a root that is no mapping
    root: dict[str, Any] = {}
    root_node = MappingNode(None, [], event.start_mark, None, flow_style=event.flow_style) if nodes else None
    # Each open block: [its value, its key path, the key whose value comes next (mappings),
    # its node and the node of that key (with nodes)].
    stack: list[list[Any]] = [[root, (), None, root_node, None]]
    for event in events:
        kind = type(event)
        if not stack:  # after the root: only the end of the document and of the stream
            if kind is not DocumentEndEvent and kind is not StreamEndEvent:
                raise Unusual
            continue
        frame = stack[-1]
        block, path, key, parent, key_node = frame
        if kind in _ENDS:
            stack.pop()
            if nodes:
                parent.end_mark = event.end_mark
            continue
        if getattr(event, "anchor", None) is not None or (kind is not ScalarEvent and kind not in _STARTS):
            raise Unusual  # an anchor or an alias
        mapping = block.__class__ is dict
        if mapping and key is None:
            if kind is not ScalarEvent:
                raise Unusual  # a block as a key
            key = str(_scalar(event, tags, constructor))
            if key in block:
                raise Unusual  # the three-pass reader names the repeated key
            frame[2] = key
            if nodes:
                frame[4] = ScalarNode(None, event.value, event.start_mark, event.end_mark, style=event.style)
            lines[path + (key,)] = event.start_mark.line + 1
            continue
        if kind is ScalarEvent:
            value = _value(_scalar(event, tags, constructor))
        else:
            value = {} if kind is MappingStartEvent else []
        node = _node(event, kind) if nodes else None
        if mapping:
            item_path = path + (key,)
            block[key] = value
            frame[2] = None
            if nodes:
                parent.value.append((key_node, node))
        else:
            item_path = path + (len(block),)
            lines[item_path] = event.start_mark.line + 1
            block.append(value)
            if nodes:
                parent.value.append(node)
        if kind is not ScalarEvent:
            stack.append([value, item_path, None, node, None])
    return root, lines, root_node


def _node(event: Any, kind: type) -> Node:
    """The node the composer makes of a scalar or of the start of a block (whose end mark
    comes with its end event)."""
    if kind is ScalarEvent:
        return ScalarNode(None, event.value, event.start_mark, event.end_mark, style=event.style)
    if kind is MappingStartEvent:
        return MappingNode(None, [], event.start_mark, None, flow_style=event.flow_style)
    return SequenceNode(None, [], event.start_mark, None, flow_style=event.flow_style)


class _Tags(dict):
    """The tag of each plain scalar, resolved once per distinct text: a logbook repeats
    its keys and many values ('date', 'calls', '07:45') tens of thousands of times."""

    def __init__(self, resolver: Any):
        super().__init__()
        self.resolver = resolver
        self.built: dict[tuple, Any] = {}  # (tag, text, style) -> the value constructed

    def __missing__(self, value: str) -> str:
        tag = self[value] = str(self.resolver.resolve(ScalarNode, value, (True, False)))
        return tag


def _scalar(event: ScalarEvent, tags: _Tags, constructor: Any) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        plain, quoted = event.implicit
        tag = tags[event.value] if plain else str(tags.resolver.resolve(ScalarNode, event.value, event.implicit))
    if tag == _STR:
        return event.value
    # Every scalar a constructor builds (a date, a number, a boolean) is immutable, and a
    # logbook repeats its dates: each distinct one is built once (20,000 incidents: 1,500).
    built = tags.built.get((tag, event.value, event.style), _NONE)
    if built is _NONE:
        try:
            built = constructor.construct_object(
                ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style), deep=True)
        except Exception:
            raise Unusual from None
        tags.built[(tag, event.value, event.style)] = built
    return built


def _value(value: Any) -> Any:
    """As casefile._plain keeps them: amounts decimal, times without a zone."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value
