"""Rewriting a case file: comments, key order and formatting kept, the result validated
before it replaces the old file, and the replacement atomic."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from ..i18n import _
from ..atomic import leftovers, write_atomic
from ..errors import CaseInvalid, FilingsError
from ..load.casefile import new_yaml, parse_case_text, read_case_text
from ..load.loader import LoadedCase, load_case


class CaseNeedsFixing(FilingsError):
    """The case did not validate before the edit; an edit must not hide that."""


@dataclass
class EditableCase:
    path: Path
    document: Any  # ruamel round-trip data, or plain JSON data
    is_json: bool
    indent: tuple[int, int, int]  # mapping, sequence, offset

    def new_list(self) -> list:
        """An empty list that YAML will write in block style (one `- item` per line)."""
        if self.is_json:
            return []
        items = CommentedSeq()
        items.fa.set_block_style()
        return items

    def block(self, key: str) -> list:
        """The list under key, created (in block style) when absent or empty."""
        items = self.document.get(key)
        if items is None:
            items = self.new_list()
            self.document[key] = items
        if isinstance(items, CommentedSeq) and not items:
            items.fa.set_block_style()
        return items


def edit_lock(path: Path):
    """The lock every edit of the case at path (resolved) holds while it reads and writes."""
    from ..locking import locked

    busy = _("another filings command has been editing {path} for 30 seconds; run this again when it has "
             "finished").format(path=path)
    return locked(path, wait=30, busy=busy)


def remove_leftovers(path: Path, loaded: LoadedCase, protect: Iterable[Path] = ()) -> list[str]:
    """Remove what a killed edit left beside the case; notes on what was removed."""
    from .intake import unfinished_copies

    # A name alone proves nothing: a recorded evidence file, or a file this command was
    # given, is never removed.
    kept = {file.resolve() for file, _ in loaded.evidence_files()} | {p.resolve() for p in protect}
    found = [(t, _("removed {file}, an unfinished rewrite of the case left by an interrupted run"))
             for t in leftovers(path, ".tmp")]
    found += [(c, _("removed {file}, an unfinished evidence copy left by an interrupted run"))
              for c in unfinished_copies(path.parent)]
    notes = []
    for leftover, what in found:
        if leftover.resolve() not in kept:
            leftover.unlink(missing_ok=True)
            notes.append(what.format(file=leftover.relative_to(path.parent)))
    return notes


def needs_fixing(path: Path, exc: CaseInvalid) -> CaseNeedsFixing:
    return CaseNeedsFixing(
        _("{path} does not validate; nothing was changed. Fix these first:").format(path=path) + "\n"
        + "\n".join(exc.lines()))


def editable(path: Path, text: str) -> EditableCase:
    """The case's text, parsed to be changed and written back in full."""
    if path.suffix.lower() == ".json":
        try:
            return EditableCase(path, json.loads(text), True, (2, 2, 0))
        except ValueError as exc:  # valid YAML (which loading accepts) but not JSON
            raise CaseNeedsFixing(_("{path} is named .json but is not JSON ({exc}); rename it to .yaml if it is "
                                    "YAML. Nothing was changed.")
                                    .format(path=path, exc=exc)) from None
    _yaml, sequence, offset = load_yaml_guess_indent(text)
    document = new_yaml().load(text)
    return EditableCase(path, document, False, (_mapping_indent(text), sequence or 2, offset or 0))


def _mapping_indent(text: str) -> int:
    indents = [
        len(line) - len(line.lstrip(" "))
        for line in text.splitlines()
        if re.match(r"^ +[^\s#-][^:]*:(\s|$)", line)
    ]
    positive = [i for i in indents if i > 0]
    return min(positive) if positive else 2


def text_value(value: str, is_json: bool) -> str:
    """Multi-line text is written as a `|` block, as a person would write it."""
    return LiteralScalarString(value + "\n") if "\n" in value and not is_json else value


def save(edit: EditableCase, today: date, expected: dict | None = None) -> LoadedCase:
    """Validate the changed case, then replace the file atomically; raise if invalid.
    expected: the plain data the new file must read as; raise, writing nothing, if not."""
    if edit.is_json:
        text = json.dumps(edit.document, ensure_ascii=False, indent=2, default=str) + "\n"
    else:
        yaml = new_yaml()
        yaml.width = 4096  # never re-wrap the user's long lines
        mapping, sequence, offset = edit.indent
        yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
        stream = io.StringIO()
        yaml.dump(edit.document, stream)
        text = stream.getvalue()
    saved: list[LoadedCase] = []

    write_atomic(edit.path, text.encode("utf-8"),
                 lambda candidate: saved.append(check_candidate(candidate, edit.path, today, expected)))
    return saved[0]


def check_candidate(candidate: Path, path: Path, today: date, expected: dict | None = None) -> LoadedCase:
    """Validate the very bytes that will replace the case at path, written beside it
    (evidence paths are relative to its folder); the case as it will be loaded. With
    expected, they must also read as exactly that data."""
    if expected is not None:
        data, _source = parse_case_text(candidate, read_case_text(candidate))
        if _canonical(data) != _canonical(expected):
            # A list shared through a YAML anchor (&, *) would take the new link in every
            # place that uses it; a character YAML cannot hold would be changed.
            raise FilingsError(
                _("this change cannot be written into {path} exactly as asked: the file shares a list between "
                  "places with a YAML anchor (& and *), or the new text holds a character that YAML changes "
                  "(such as U+0085); write that list out in each place, or remove the character. Nothing was "
                  "changed.").format(path=path))
    try:
        loaded = load_case(candidate, today=today, check_hashes=False)
    except CaseInvalid as exc:
        raise refused_change(exc, candidate, path) from None
    return LoadedCase(loaded.case, path, loaded.warnings, loaded.today)


def _canonical(data: Any) -> str:
    """Plain case data in one spelling: a date read from YAML and one typed as text agree."""
    return json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)


def refused_change(exc: CaseInvalid, candidate: Path, path: Path) -> FilingsError:
    lines = [line.replace(str(candidate), str(path)) for line in exc.lines()]
    return FilingsError(_("the change would make the case invalid; nothing was changed:") + "\n" + "\n".join(lines))


def next_id(existing: list[str | None], prefix: str) -> str:
    """The next free id such as I8 or E12: above every numbered id already used."""
    numbers = [int(m.group(1)) for i in existing if i and (m := re.fullmatch(rf"{prefix}(\d+)", i))]
    candidate = max(numbers + [len(existing)], default=0) + 1
    while f"{prefix}{candidate}" in existing:
        candidate += 1
    return f"{prefix}{candidate}"


def new_mapping(pairs: dict, is_json: bool) -> Any:
    values = {k: v for k, v in pairs.items() if v not in (None, [], "")}
    return dict(values) if is_json else CommentedMap(values)
