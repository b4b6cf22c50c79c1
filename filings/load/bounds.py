"""Limits a case file must stay within, checked before the real parser sees it.

A hostile or broken file must be refused with a message, never crash or exhaust the
machine: ruamel's C composer recurses in C (50,000 nested `[` segfault), and aliases
can repeat a block into billions of values ("billion laughs"). The checks here run on
libyaml's event stream, which is produced iteratively, and stop at the first limit.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.events import (
    AliasEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from ..i18n import N_, _
from ..paths import NotARegularFile, open_regular

# A two-year logbook of 50,000 incidents is about 13 MB of text; 32 MiB leaves room
# for long descriptions while the text, held at most four times over (bytes, the
# decoded str at up to 4 bytes a character, libyaml's UTF-8 copy), stays near 200 MB.
MAX_FILE_BYTES = 32 * 1024 * 1024
# A case file is at most about five levels deep (incidents[3].witnesses[0]).
MAX_DEPTH = 50
# The tool never writes anchors (see logentry._day); a person may share a few values.
MAX_ALIASES = 100
# Keys, scalars, lists and mappings, aliases counted as the block they repeat. Loading
# costs up to ~850 bytes a value (measured: 500,000 integers, 434 MB), and a logbook of
# 50,000 incidents has about 735,000: one million keeps the worst case under 1 GB.
MAX_VALUES = 1_000_000


class OutOfBounds(Exception):
    """The case file exceeds a limit; message says which and what to do."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


def read_bounded(path: Path) -> bytes:
    """The file's bytes; refuse a pipe or device (reading it could hang or never end)
    and a file over MAX_FILE_BYTES, before reading it. Raises OSError or OutOfBounds."""
    _check_stat(path.stat())  # before opening, with a message for a case file
    try:
        handle = open_regular(path)  # checks again: the path may have been swapped since
    except NotARegularFile:
        raise OutOfBounds(_(_NOT_REGULAR)) from None
    with handle:
        raw = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
    if len(raw) > MAX_FILE_BYTES:
        raise OutOfBounds(too_big(len(raw), over=True))
    return raw


_NOT_REGULAR = N_("this is not a regular file (a pipe, device or socket), so it cannot be a case file: give "
                   "the path of the case file itself")


def _check_stat(info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise OutOfBounds(_("this is a folder, not a case file: give the path of case.yaml itself"))
    if not stat.S_ISREG(info.st_mode):
        raise OutOfBounds(_(_NOT_REGULAR))
    if info.st_size > MAX_FILE_BYTES:
        raise OutOfBounds(too_big(info.st_size))


def too_big(size: int, *, over: bool = False) -> str:
    """over: the size read stopped at the limit, so the file is larger still."""
    text = (_("the file is over {size:,.1f} MiB; a case file may be at most {limit} MiB (a logbook of 50,000 "
              "incidents is about 13 MB): is this the right file? Photos, videos and documents belong in "
              "evidence files listed under `evidence:`, not inside the case file") if over else
            _("the file is {size:,.1f} MiB; a case file may be at most {limit} MiB (a logbook of 50,000 "
              "incidents is about 13 MB): is this the right file? Photos, videos and documents belong in "
              "evidence files listed under `evidence:`, not inside the case file"))
    return text.format(size=size / (1 << 20), limit=MAX_FILE_BYTES >> 20)


def check_structure(text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH, more than MAX_ALIASES aliases, an alias inside
    the block it names, and more than MAX_VALUES values once aliases are expanded.
    Syntax errors propagate as ruamel's MarkedYAMLError, as they would from the composer."""
    for _event in bounded_events(text):
        pass


def bounded_events(text: str) -> Iterator[Event]:
    """The event stream of text, each event passed on once the limits of check_structure
    hold up to it; the first one exceeded raises OutOfBounds.

    Walks the event stream once, without recursion: each open collection is a frame
    [anchor, values before it, deepest level reached inside, line].
    """
    frames: list[list] = []
    anchors: dict[str, tuple[int, int]] = {}  # anchor -> (values, levels of nesting)
    values = aliases = 0
    for event in YAML(typ="safe", pure=False).parse(text):
        kind = type(event)
        if kind is ScalarEvent:
            values += 1
            if event.anchor is not None:
                anchors[event.anchor] = (1, 0)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            values += 1
            if len(frames) == MAX_DEPTH:
                raise OutOfBounds(
                    _("nesting deeper than {max_depth} levels: a case file is at most a few levels deep; is a "
                      "bracket [ or {{ never closed?").format(max_depth=MAX_DEPTH), event.start_mark.line + 1)
            frames.append([event.anchor, values - 1, len(frames) + 1, event.start_mark.line + 1])
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            anchor, before, deepest, _line = frames.pop()
            if anchor is not None:
                anchors[anchor] = (values - before, deepest - len(frames))
            if frames and deepest > frames[-1][2]:
                frames[-1][2] = deepest
        elif kind is AliasEvent:
            aliases += 1
            _check_alias(event, aliases, frames)
            size, levels = anchors.get(event.anchor, (1, 0))  # undefined: the composer says so
            values += size
            reach = len(frames) + levels
            if reach > MAX_DEPTH:
                raise OutOfBounds(
                    _("nesting deeper than {max_depth} levels through the alias *{anchor}, which repeats a deep "
                      "block here: a case file is at most a few levels deep")
                      .format(max_depth=MAX_DEPTH, anchor=event.anchor),
                    event.start_mark.line + 1)
            if frames and reach > frames[-1][2]:
                frames[-1][2] = reach
            if values > MAX_VALUES:
                raise OutOfBounds(
                    _("the aliases would repeat blocks into more than {max_values:,} values, here with "
                      "*{anchor}: write the values out instead of repeating blocks with aliases")
                      .format(max_values=MAX_VALUES, anchor=event.anchor),
                    event.start_mark.line + 1)
        else:
            yield event
            continue
        if values > MAX_VALUES:
            raise OutOfBounds(
                _("the case file holds more than {max_values:,} values (keys, texts, list items); a logbook of "
                  "50,000 incidents has about 750,000: is something pasted in by mistake?")
                  .format(max_values=MAX_VALUES),
                event.start_mark.line + 1)
        yield event


def _check_alias(event: AliasEvent, count: int, frames: list[list]) -> None:
    line = event.start_mark.line + 1
    if count > MAX_ALIASES:
        raise OutOfBounds(_("more than {max_aliases} aliases (*{anchor}): a case file needs few if any; write "
                            "the values out")
                            .format(max_aliases=MAX_ALIASES, anchor=event.anchor), line)
    for frame in frames:
        if frame[0] == event.anchor:
            raise OutOfBounds(
                _("recursive alias: *{anchor} is inside the block &{anchor} it repeats (line {frame}), which "
                  "would never end: write the values out")
                  .format(anchor=event.anchor, frame=frame[3]), line)

