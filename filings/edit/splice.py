"""Adding items to a case file by inserting text: every other byte stays as it was.

A daily edit adds one incident or one file to a case of thousands. Rewriting the whole
file through the round-trip loader takes seconds on a big case; here only the new items
are written, in the block's own indentation, and inserted after the block's last item.
Where a block ends is read from the nodes of the case as composed from libyaml's events
(casefile.parse_case_for_edit), whose marks give character offsets into the text.

The text of a new item comes from ruamel's own emitter, the writer the full rewrite
uses, so quoting is right for any string; the lines are then shifted as a whole, which
keeps their relative indentation and so their meaning. The caller validates the whole
result before it replaces the file, and checks that it reads back as intended.

Every function returns None where it cannot insert with certainty; the caller then
rewrites the case in full (session.save). That happens for: a block in flow style
(`incidents: [...]`, `{...}` items for a link), an empty block (`incidents:` or
`incidents: []`), a block or item reached through an alias, a root mapping in flow
style, a last line without a line break, a line break other than LF or CRLF where text
goes in, an incident whose `evidence:` is empty or not a list, and an incident that has the key
being added already.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..load.casefile import new_yaml
from . import emit


@dataclass(frozen=True)
class Insertion:
    offset: int  # character offset in the text (without BOM) where text goes in
    text: str


@dataclass(frozen=True)
class Indent:
    dash: int  # column of the `-` of each item
    content: int  # column of the item's keys


# The layout of the case-format example, for a block when the file has no other.
DEFAULT_INDENT = Indent(2, 4)


def insert(text: str, insertions: list[Insertion]) -> str:
    """The text with every insertion made; insertions at one offset keep their order."""
    pieces, last = [], 0
    for insertion in sorted(insertions, key=lambda i: i.offset):  # sorted() is stable
        pieces += [text[last:insertion.offset], insertion.text]
        last = insertion.offset
    return "".join(pieces) + text[last:]


def top_level(root: MappingNode, key: str) -> Node | None:
    """The value node of a top-level key, or None when the key is absent."""
    for key_node, value_node in root.value:
        if key_node.value == key:
            return value_node
    return None


def block_indent(root: MappingNode, key: str) -> Indent | None:
    """The indentation of the items of a top-level block sequence, if it is one."""
    items = top_level(root, key)
    if not isinstance(items, SequenceNode) or items.flow_style or not items.value:
        return None
    indent = Indent(items.start_mark.column, items.value[0].start_mark.column)
    return indent if indent.content >= indent.dash + 2 else None  # `-` then a line break


def append_items(text: str, root: MappingNode, key: str, items: list[dict], fast: bool = False) -> Insertion | None:
    """Text that appends items (mappings) to the top-level block sequence `key`: after
    its last item, or as a new block at the end of the root mapping when key is absent.
    fast: write them with emit.py (an import's thousands of quoted messages), not ruamel."""
    items_node = top_level(root, key)
    if items_node is None:
        return _new_block(text, root, key, items, fast)
    indent = block_indent(root, key)
    at = _insertion_point(text, items_node, _key_end(root, key)) if indent else None
    if at is None:
        return None
    newline = _newline(text, at)
    return Insertion(at, "".join(_item_text(item, indent, newline, fast) for item in items))


@dataclass(frozen=True)
class _Item:
    node: MappingNode
    indent: Indent  # the block's
    after: int  # where the item may start at the earliest (the end of the one before)


def _block_item(root: MappingNode, key: str, index: int) -> _Item | None:
    """Item `index` of the top-level block sequence `key`, when it is a block mapping of
    its own: not a flow mapping, nor an alias (whose marks are those of its anchor)."""
    indent = block_indent(root, key)
    items = top_level(root, key)
    if indent is None or not 0 <= index < len(items.value):
        return None
    item = items.value[index]
    previous_end = items.value[index - 1].end_mark.index if index else items.start_mark.index
    if not isinstance(item, MappingNode) or item.flow_style or item.start_mark.index < previous_end:
        return None
    return _Item(item, indent, previous_end)


def link_ids(text: str, root: MappingNode, key: str, index: int, list_key: str,
             ids: list[str]) -> Insertion | None:
    """Text that appends ids to the list `list_key` of item `index` of the top-level
    block `key` (an incident's `evidence:`), or adds that list when absent."""
    found = _block_item(root, key, index)
    if found is None:
        return None
    item, indent, previous_end = found.node, found.indent, found.after
    links = next((value for name, value in item.value if name.value == list_key), None)
    if links is None:
        at = _insertion_point(text, item, previous_end)
        if at is None:
            return None
        lines = _dump({list_key: list(ids)}, indent).splitlines()
        return Insertion(at, "".join(_shifted(line, indent.content) + _newline(text, at) for line in lines))
    if not isinstance(links, SequenceNode) or not (links.value or links.flow_style):
        return None
    if links.flow_style:
        return _into_flow_list(text, links, ids, indent)
    at = _insertion_point(text, links, links.start_mark.index)
    if at is None:
        return None
    inner = Indent(links.start_mark.column, links.value[0].start_mark.column)
    lines = _dump(list(ids), Indent(0, inner.content - inner.dash)).splitlines()
    return Insertion(at, "".join(_shifted(line, inner.dash) + _newline(text, at) for line in lines))


def add_key(text: str, root: MappingNode, key: str, index: int, name: str, value: str) -> Insertion | None:
    """Text that adds `name: value` as the last key of item `index` of the top-level block
    `key` (an incident's `police_report:`); None when the item has that key already, or
    is not a block mapping of its own."""
    found = _block_item(root, key, index)
    if found is None:
        return None
    item, indent, previous_end = found.node, found.indent, found.after
    if any(k.value == name for k, _ in item.value):
        return None
    at = _insertion_point(text, item, previous_end)
    if at is None:
        return None
    lines = _dump({name: value}, indent).splitlines()
    return Insertion(at, "".join(_shifted(line, indent.content) + _newline(text, at) for line in lines))


def replace_value(text: str, root: MappingNode, key: str, index: int, name: str,
                  value: str) -> tuple[int, int, str] | None:
    """(start, end, text) that replaces the one-line scalar value of `name` in item `index`
    of the top-level block `key` (an incident's `police_report:`), or None when it is not
    one such value of a block mapping of its own."""
    found = _block_item(root, key, index)
    if found is None:
        return None
    item, indent, previous_end = found.node, found.indent, found.after
    node = next((v for k, v in item.value if k.value == name), None)
    if not isinstance(node, ScalarNode) or node.start_mark.index < previous_end:
        return None
    start, end = node.start_mark.index, node.end_mark.index
    if "\n" in text[start:end] or "\r" in text[start:end]:
        return None
    dumped = _dump({name: value}, indent).splitlines()
    if len(dumped) != 1 or not dumped[0].startswith(f"{name}: "):
        return None
    return start, end, dumped[0][len(name) + 2:]


def _into_flow_list(text: str, links: SequenceNode, ids: list[str], indent: Indent) -> Insertion | None:
    close = links.end_mark.index - 1
    last_end = links.value[-1].end_mark.index if links.value else links.start_mark.index + 1
    if text[close] != "]" or text[last_end:close].strip():
        return None  # a trailing comma or a comment before the bracket: rewrite instead
    flow = _dump(list(ids), indent, flow=True).strip()
    if not (flow.startswith("[") and flow.endswith("]")) or "\n" in flow:
        return None
    return Insertion(last_end, (", " if links.value else "") + flow[1:-1])


def _new_block(text: str, root: MappingNode, key: str, items: list[dict], fast: bool) -> Insertion | None:
    if root.flow_style:
        return None
    at = _insertion_point(text, root, root.start_mark.index)
    if at is None:
        return None
    indent = next(filter(None, (block_indent(root, k) for k in ("incidents", "evidence", "witnesses",
                                                                "police_reports"))), DEFAULT_INDENT)
    shift = root.start_mark.column
    indent = Indent(indent.dash + shift, indent.content + shift)
    newline = _newline(text, at)
    return Insertion(at, " " * shift + f"{key}:" + newline
                     + "".join(_item_text(item, indent, newline, fast) for item in items))


def _key_end(root: MappingNode, key: str) -> int:
    return next(k.end_mark.index for k, _ in root.value if k.value == key)


def _insertion_point(text: str, node: Node, after: int) -> int | None:
    """The offset of the line after node's last character (a comment on that line stays
    with it), or None when that cannot be found with certainty.

    after: where node may start at the earliest. An alias node carries the marks of the
    block it repeats, which lies earlier in the text; a node starting too early is one."""
    while True:
        if node.start_mark.index < after:
            return None
        if isinstance(node, MappingNode) and not node.flow_style:
            key, value = node.value[-1]
            if key.start_mark.index < (node.value[-2][1].end_mark.index if len(node.value) > 1 else after):
                return None
            node, after = value, key.end_mark.index
        elif isinstance(node, SequenceNode) and not node.flow_style:
            after = node.value[-2].end_mark.index if len(node.value) > 1 else node.start_mark.index
            node = node.value[-1]
        else:
            break
    end = node.end_mark.index
    if end > 0 and text[end - 1] == "\n":
        return end  # a block scalar ends at the start of the next line
    line_end = text.find("\n", end)
    rest = text[end:line_end]
    if line_end < 0 or re.search(r"[\r\x85\u2028\u2029]", rest.rstrip("\r")):
        return None  # no final line break, or one that libyaml counts but we would not
    if rest.strip() and not rest.lstrip().startswith("#"):
        return None  # something other than a comment follows: not the end of a line
    return line_end + 1


def _newline(text: str, at: int) -> str:
    return "\r\n" if text[max(at - 2, 0):at] == "\r\n" else "\n"


def _item_text(item: dict, indent: Indent, newline: str, fast: bool = False) -> str:
    """One item of a block sequence: `-` at indent.dash, its keys at indent.content."""
    lines = (fast and emit.item_lines(item, indent.dash, indent.content)) or _dump(item, indent).splitlines()
    first = " " * indent.dash + "-" + " " * (indent.content - indent.dash - 1) + lines[0]
    return "".join([first + newline] + [_shifted(line, indent.content) + newline for line in lines[1:]])


def _shifted(line: str, columns: int) -> str:
    # An empty line stays empty: inside a `|` block, spaces would become content.
    return " " * columns + line if line else line


def _dump(value: Any, indent: Indent, flow: bool = False) -> str:
    """value as YAML at column 0. Nested lists take the block's own offsets, as the
    block's items take them from their key; `|` text is indented by the same step."""
    yaml = new_yaml()
    yaml.width = 4096  # never fold a long line, as the full rewrite
    step = max(indent.content - indent.dash, 2)
    yaml.indent(mapping=step, sequence=indent.content, offset=indent.dash)
    if flow:
        yaml.default_flow_style = True
    stream = io.StringIO()
    yaml.dump(value, stream)
    return stream.getvalue()
