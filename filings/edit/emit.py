"""New items as YAML text without ruamel's emitter, which is pure Python and takes
seconds for the thousands of items an import adds (a burst quotes every message).

Only the shapes a batch writes are handled: mappings of text, dates, numbers and lists
of texts or of such mappings. Text is written plain only when it is unmistakably text,
as a `|` block when that keeps it exactly, and double-quoted (with escapes) otherwise.
Anything else returns None and the caller uses ruamel. The batch reads the whole result
back and compares it with what it meant to write, so a mistake here can never reach a
case: it would only fall back to the slow full rewrite."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from ruamel.yaml.scalarstring import LiteralScalarString

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 _.,/()@+'-]*")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "y", "n"}
# Characters YAML may not hold raw in a double-quoted scalar, or would read as a line break.
_ESCAPE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_BLOCK_UNSAFE = re.compile("[^\\S\n]\n|[^\\S\n]$|^[ \t\n]|\n\n*$|[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")


def item_lines(item: dict, dash: int, content: int) -> list[str] | None:
    """The mapping as lines at column 0 (the caller shifts them into place): nested lists
    with their `-` at column `dash` and items at `content` relative to their key, as the
    block they join does; None for a shape this does not write."""
    lines: list[str] = []
    return lines if _mapping(item, 0, dash, content, lines) else None


def _mapping(mapping: dict, column: int, dash: int, content: int, out: list[str]) -> bool:
    pad = " " * column
    for key, value in mapping.items():
        if not isinstance(key, str) or not _PLAIN.fullmatch(key):
            return False
        if isinstance(value, list):
            if not value:
                return False
            out.append(f"{pad}{key}:")
            for entry in value:
                lead = " " * (column + dash) + "-" + " " * (content - dash - 1)
                if isinstance(entry, dict):
                    nested: list[str] = []
                    if not entry or not _mapping(entry, 0, dash, content, nested):
                        return False
                    out.append(lead + nested[0])
                    out.extend(" " * (column + content) + line if line else line for line in nested[1:])
                elif (text := _scalar(entry)) is not None:
                    out.append(lead + text)
                else:
                    return False
        elif isinstance(value, LiteralScalarString):
            block = _block(str(value), column + max(content - dash, 2))
            if block is None:
                out.append(f"{pad}{key}: {_quoted(str(value))}")
            else:
                out.append(f"{pad}{key}: {block[0]}")
                out.extend(block[1:])
        elif (text := _scalar(value)) is not None:
            out.append(f"{pad}{key}: {text}")
        else:
            return False
    return True


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    if _PLAIN.fullmatch(value) and value == value.strip() and value.lower() not in _RESERVED:
        return value
    return _quoted(value)


def _quoted(text: str) -> str:
    escaped = json.dumps(text, ensure_ascii=False)  # JSON's escapes are YAML's
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped)


def _block(text: str, indent: int) -> list[str] | None:
    """`|` (text ending in one line break) or `|-` (none) with the lines at indent, or
    None where a block would not read back as exactly this text."""
    body, header = (text[:-1], "|") if text.endswith("\n") else (text, "|-")
    if not body or _BLOCK_UNSAFE.search(body):
        return None
    return [header] + [" " * indent + line if line else "" for line in body.split("\n")]
