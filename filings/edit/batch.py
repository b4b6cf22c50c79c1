"""Adding incidents and evidence files to a case in one validated, atomic write: the
library behind `filings log add`, `filings evidence add` and the importers.

The case is read and validated once (read_for_edit, also before any question is asked);
under the edit lock the file is read again and that reading is reused when the text is
unchanged. The new items are inserted as text (splice.py), so a daily edit costs two
loads of the case, not a round-trip rewrite. The candidate file is then loaded as a
whole, like any case, and must read back as the old data plus exactly the new items;
only then does it replace the case. A YAML case the splice cannot handle (see
splice.py) and a JSON case are rewritten in full, as before.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml.nodes import MappingNode
from ruamel.yaml.scalarstring import LiteralScalarString

from ..i18n import _
from . import intake, splice
from ..atomic import write_atomic
from ..load.casefile import collector_paused, parse_case_for_edit, parse_case_text, read_case_text
from .session import (
    edit_lock,
    editable,
    needs_fixing,
    new_mapping,
    refused_change,
    remove_leftovers,
    save,
    text_value,
)
from ..errors import CaseInvalid
from ..lang import words
from .logbook import NewIncident, NewMessage, Recorded
from ..load.model import EvidenceKind
from ..load.loader import LoadedCase, validate_parsed


@dataclass(frozen=True)
class NewEvidence:
    file: Path
    description: str | None = None  # default: the file's name
    kind: EvidenceKind | None = None  # default: guessed from the file name
    date: date | None = None
    incident: str | None = None  # link to this existing incident: its id or `log list` number

    def __post_init__(self) -> None:
        object.__setattr__(self, "file", Path(self.file))  # a caller may pass the path as text


@dataclass(frozen=True)
class NewNotice:
    """A time he was told to stop (a boundary letter sent, a lawyer's letter, the police)."""
    date: date
    by: str  # victim | lawyer | police | prosecutor | other
    channel: str  # message | letter | registered_letter | email | social_media | phone | in_person | other
    text: str | None = None  # what he was told, as sent
    evidence_ids: list[str] = field(default_factory=list)  # pieces already in the case
    files: list[Path] = field(default_factory=list)  # proof to record as new pieces


@dataclass(frozen=True)
class AddedIncident:
    id: str
    evidence: list[Recorded]
    new_witnesses: list[tuple[str, str, str]]  # (id, first, last)


@dataclass(frozen=True)
class BatchAdded:
    incidents: list[AddedIncident]  # one per NewIncident, in order
    evidence: list[Recorded]  # one per NewEvidence, in order
    case: LoadedCase  # the case as saved
    recovered: list[str]  # what a killed edit had left, cleaned up
    written: str  # "inserted" (new text spliced in), "rewritten" (in full) or "unchanged"
    notices: list[tuple[str, list[Recorded]]] = field(default_factory=list)  # (id, proof) per NewNotice


@dataclass(frozen=True)
class CaseText:
    """A case read for an edit: its text, its composed nodes and the case it validates to."""
    path: Path  # resolved
    text: str  # without BOM
    bom: bool
    data: dict  # the plain data the text reads as
    root: MappingNode
    loaded: LoadedCase

    @property
    def is_json(self) -> bool:
        return self.path.suffix.lower() == ".json"


def read_for_edit(path: Path, today: date) -> CaseText:
    """Read the case to edit it; raise CaseNeedsFixing when it does not validate (an
    edit must not hide a problem). Evidence hashes are not re-read."""
    path = path.resolve()  # a symlink to the case: edit the file it names
    try:
        text, bom = _read(path)
        with collector_paused():  # see casefile.collector_paused: a big case is a big tree
            data, source, root = parse_case_for_edit(path, text)
            loaded = validate_parsed(path, data, source, today=today, check_hashes=False)
    except CaseInvalid as exc:
        raise needs_fixing(path, exc) from None
    return CaseText(path, text, bom, data, root, loaded)


def add_batch(path: Path, *, incidents: Iterable[NewIncident] = (), evidence: Iterable[NewEvidence] = (),
              notices: Iterable[NewNotice] = (), today: date, read: CaseText | None = None) -> BatchAdded:
    """Add the incidents (with their new witnesses and files) and the evidence files to
    the case at path in one write, under the case's edit lock. read: the case as
    read_for_edit returned it earlier, reused when the file has not changed since.

    On any failure the case file is unchanged and the evidence copies are taken back."""
    incidents, evidence, notices = list(incidents), list(evidence), list(notices)
    given = ([f for entry in incidents for f in entry.files] + [piece.file for piece in evidence]
             + [f for notice in notices for f in notice.files])
    path = path.resolve()
    copies: list[Path] = []
    # The cycle collector stays paused for the whole edit: resumed after the reading, its
    # next rounds walked the case's million objects twice (a fifth of a `log add` at
    # 20,000 incidents). What an edit leaves is freed by reference counting, or later.
    with edit_lock(path), collector_paused():
        current = _still_current(read, path, today) or read_for_edit(path, today)
        notes = remove_leftovers(path, current.loaded, given)
        try:
            plan = _plan(current.loaded, incidents, evidence, copies, notices)
            if plan.empty:
                saved, written = current.loaded, "unchanged"
            else:
                saved, written = _write(current, plan, today)
        except BaseException:
            for copy in copies:
                copy.unlink(missing_ok=True)
            raise
    return BatchAdded(plan.added_incidents, plan.added_evidence, saved, notes, written, plan.added_notices)


def _read(path: Path) -> tuple[str, bool]:
    text = read_case_text(path)  # refuses what is no case file before opening it again
    with path.open("rb") as handle:
        return text, handle.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8


def _still_current(read: CaseText | None, path: Path, today: date) -> CaseText | None:
    if read is None or read.path != path or read.loaded.today != today:
        return None
    return read if _read(path) == (read.text, read.bom) else None


@dataclass
class _Plan:
    witnesses: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    incidents: list[dict] = field(default_factory=list)
    notices: list[dict] = field(default_factory=list)
    links: dict[int, list[str]] = field(default_factory=dict)  # incident index -> evidence ids
    added_incidents: list[AddedIncident] = field(default_factory=list)
    added_evidence: list[Recorded] = field(default_factory=list)
    added_notices: list[tuple[str, list[Recorded]]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.witnesses or self.evidence or self.incidents or self.notices or self.links)

    def blocks(self) -> list[tuple[str, list[dict]]]:
        """The top-level lists the plan adds to, in the order they are written."""
        return [("witnesses", self.witnesses), ("evidence", self.evidence),
                ("incidents", self.incidents), ("notices", self.notices)]


def _plan(loaded: LoadedCase, incidents: list[NewIncident], evidence: list[NewEvidence],
          copies: list[Path], notices: list[NewNotice] = ()) -> _Plan:
    """What to add, in plain values; evidence files are copied in on the way (copies)."""
    case = loaded.case
    plan = _Plan()
    witness_id = id_source([w.id for w in case.witnesses], "W")
    incident_id = id_source([i.id for i in case.incidents], "I")
    take = _intake(loaded, plan, copies)
    # Standalone evidence first: an importer's export is described here and then cited,
    # by its path, from the incidents' files and messages.
    for piece in evidence:
        target = intake.find_incident(loaded, piece.incident) if piece.incident is not None else None
        recorded = take(piece.file, piece.kind, piece.date, piece.description or piece.file.name)
        plan.added_evidence.append(recorded)
        if target is not None:
            linked = plan.links.setdefault(target, [])
            if recorded.id not in case.incidents[target].evidence and recorded.id not in linked:
                linked.append(recorded.id)
    for entry in incidents:
        witness_ids, created = list(entry.witness_ids), []
        for first, last in entry.new_witnesses:
            new_id = witness_id()
            plan.witnesses.append({"id": new_id, "first_name": first, "last_name": last})
            witness_ids.append(new_id)
            created.append((new_id, first, last))
        recorded = [take(source, None, entry.date,
                         words(case.language).evidence_of_incident(source.name, entry.date.isoformat()))
                    for source in entry.files]
        new_id = incident_id()
        plan.incidents.append({
            "id": new_id, "date": entry.date,
            "time": entry.time.strftime("%H:%M") if entry.time else None,
            "end_time": entry.end_time.strftime("%H:%M") if entry.end_time else None,
            "location": entry.location, "kinds": [k.value for k in entry.kinds],
            "description": entry.description, "witnesses": witness_ids,
            "evidence": list(dict.fromkeys(r.id for r in recorded)), "police_report": entry.police_report,
            "messages": [_message(m, take) for m in entry.messages],
        })
        plan.added_incidents.append(AddedIncident(new_id, recorded, created))
    notice_id = id_source([n.id for n in case.notices], "N")
    for notice in notices:
        proof = [take(source, None, notice.date,
                      words(case.language).evidence_of_notice(source.name, notice.date.isoformat()))
                 for source in notice.files]
        new_id = notice_id()
        plan.notices.append({
            "id": new_id, "date": notice.date, "by": notice.by, "channel": notice.channel,
            "text": notice.text,
            "evidence": list(dict.fromkeys([*notice.evidence_ids, *(r.id for r in proof)])),
        })
        plan.added_notices.append((new_id, proof))
    plan.links = {index: ids for index, ids in plan.links.items() if ids}
    return plan


def _message(message: NewMessage, take: Callable[..., Recorded]) -> dict:
    """A quoted message as the case records it; its files were taken already, by path."""
    values = {
        "evidence": take(message.export, None, None, message.export.name).id,
        "sent": message.sent.isoformat(), "sender": message.sender, "text": message.text,
        "kind": None if message.kind == "message" else message.kind,
        "source": message.source, "key": message.key,
        "attachments": [take(a, None, None, a.name).id for a in message.attachments],
        "clock": message.clock,
    }
    return {k: v for k, v in values.items() if v not in (None, [])}


def _intake(loaded: LoadedCase, plan: _Plan, copies: list[Path]) -> Callable[..., Recorded]:
    """take(source, kind, day, description): copy a file into the case and plan its
    evidence entry. A file whose bytes are recorded already is not copied again; its
    existing id is returned instead. A path given again in the same batch (an export that
    every imported incident cites) is looked up, not read again."""
    known = {p.sha256: (p.id, p.file or "") for p in loaded.case.evidence if p.sha256}
    evidence_id = id_source([e.id for e in loaded.case.evidence], "E")
    by_path: dict[Path, Recorded] = {}

    resolved_paths: dict[Path, Path] = {}  # resolving costs a system call per part of the path

    def take(source: Path, kind: EvidenceKind | None, day: date | None, description: str) -> Recorded:
        resolved = resolved_paths.get(source) or resolved_paths.setdefault(source, source.resolve())
        if resolved not in by_path:
            by_path[resolved] = _take(source, kind, day, description)
        return by_path[resolved]

    def _take(source: Path, kind: EvidenceKind | None, day: date | None, description: str) -> Recorded:
        taken = intake.take_file(source, loaded)
        if taken.sha256 in known:
            if taken.copied_to:
                taken.copied_to.unlink()
            piece_id, file = known[taken.sha256]
            # The recorded copy may have changed since: the user then holds the original.
            if file and file != taken.file and not intake.has_bytes(loaded.base_dir / file, taken.sha256):
                raise intake.Refused(
                    _("{source} holds the bytes recorded as {piece_id}, but {file} no longer matches them "
                      "(changed or missing): copy {source} over {file} to restore the evidence; nothing was "
                      "changed").format(source=source, piece_id=piece_id, file=file))
            return Recorded(piece_id, file, taken.sha256, taken.size, True)
        if taken.copied_to:
            copies.append(taken.copied_to)
        piece_id = evidence_id()
        plan.evidence.append({
            "id": piece_id, "kind": (kind or intake.guess_kind(source)).value, "description": description,
            "date": day, "file": taken.file, "sha256": taken.sha256, "size": taken.size,
        })
        known[taken.sha256] = (piece_id, taken.file)
        return Recorded(piece_id, taken.file, taken.sha256, taken.size, False)

    return take


def id_source(existing: list[str | None], prefix: str) -> Callable[[], str]:
    """Successive results of session.next_id as each new id joins the list, without
    rescanning it: an importer adds hundreds of items to a list of thousands."""
    from .session import next_id

    taken = set(existing)
    count = len(existing)
    top = int(next_id(existing, prefix)[len(prefix):]) - 1  # max(numbers + [count])

    def next_free() -> str:
        nonlocal count, top
        candidate = max(top, count) + 1
        while f"{prefix}{candidate}" in taken:
            candidate += 1
        new_id = f"{prefix}{candidate}"
        taken.add(new_id)
        count += 1
        top = max(top, candidate)
        return new_id

    return next_free


def _write(current: CaseText, plan: _Plan, today: date) -> tuple[LoadedCase, str]:
    text = None if current.is_json else _spliced(current, plan)
    if text is not None:
        saved = _write_checked(current, text, _expected(current.data, plan), today)
        if saved is not None:
            return saved, "inserted"
    return _rewrite(current, plan, today), "rewritten"


class _NotAsPlanned(Exception):
    """The spliced text does not read as the old data plus the new items."""


def _write_checked(current: CaseText, text: str, expected: dict, today: date) -> LoadedCase | None:
    """Write the spliced text if it reads back as expected and validates; None when it
    does not read back as expected (then nothing was written: the caller rewrites)."""
    saved: list[LoadedCase] = []

    def check(candidate: Path) -> None:
        # The very bytes that will replace the case, loaded as a whole beside it.
        with collector_paused():
            try:
                data, source = parse_case_text(candidate, read_case_text(candidate))
            except CaseInvalid:
                raise _NotAsPlanned from None
            if data != expected:
                raise _NotAsPlanned
            try:
                loaded = validate_parsed(candidate, data, source, today=today, check_hashes=False)
            except CaseInvalid as exc:
                raise refused_change(exc, candidate, current.path) from None
        saved.append(LoadedCase(loaded.case, current.path, loaded.warnings, loaded.today))

    data = (codecs.BOM_UTF8 if current.bom else b"") + text.encode("utf-8")
    try:
        write_atomic(current.path, data, check)
    except _NotAsPlanned:
        return None
    return saved[0]


def _spliced(current: CaseText, plan: _Plan) -> str | None:
    """The new text with the plan's items inserted, or None where splice.py cannot.
    Insertions at one offset go in list order: links into the last incident, then the
    items after a block's last item, then new blocks at the end."""
    text, root = current.text, current.root
    links = [splice.link_ids(text, root, "incidents", index, "evidence", ids) for index, ids in plan.links.items()]
    blocks = [(key, items) for key, items in plan.blocks() if items]
    # An import quotes thousands of messages: ruamel's pure-Python emitter would take
    # most of its time. A daily edit keeps ruamel's layout.
    fast = any(i.get("messages") for i in plan.incidents)
    existing = [splice.append_items(text, root, key, [_yaml_item(i) for i in items], fast)
                for key, items in blocks if splice.top_level(root, key) is not None]
    new = [splice.append_items(text, root, key, [_yaml_item(i) for i in items], fast)
           for key, items in blocks if splice.top_level(root, key) is None]
    insertions = links + existing + new
    return None if None in insertions else splice.insert(text, insertions)


def _expected(data: dict, plan: _Plan, is_json: bool = False) -> dict:
    """The plain data the case must read as after the edit."""
    expected = dict(data)
    for key, items in plan.blocks():
        if items:
            expected[key] = list(data.get(key) or []) + [_as_read(item, is_json) for item in items]
    if plan.links:
        incidents = expected["incidents"] = list(expected["incidents"])
        for index, ids in plan.links.items():
            incidents[index] = {**incidents[index], "evidence": list(incidents[index].get("evidence") or []) + ids}
    return expected


TEXTS = ("description", "text")  # free text an item may hold, written as a `|` block when multi-line


def _as_read(item: dict, is_json: bool) -> dict:
    values = {k: v for k, v in item.items() if v not in (None, [], "")}
    for key in TEXTS:
        text = values.get(key)
        if text is not None and "\n" in text and not is_json:
            values[key] = text + "\n"  # written as a `|` block, which ends with a line break
    return values


def _yaml_item(item: dict) -> Any:
    values = {k: text_value(v, False) if k in TEXTS and v is not None else _fresh(v) for k, v in item.items()}
    if "messages" in values:
        values["messages"] = [_yaml_message(m) for m in values["messages"]]
    return new_mapping(values, False)


_PLAIN_LINES = re.compile(r"[^\S\n]\n|[^\S\n]$|^\s|[\r\x85\u2028\u2029]")


def _yaml_message(message: dict) -> Any:
    """A quoted message; a multi-line text as a `|-` block when that reads back exactly
    (no blank at a line's end or the text's start, no other line break than LF)."""
    values = {k: _fresh(v) for k, v in message.items()}
    text = values.get("text")
    if text and "\n" in text and not _PLAIN_LINES.search(text):
        values["text"] = LiteralScalarString(text)
    return new_mapping(values, False)


def _fresh(value: Any) -> Any:
    # A fresh object per use: one shared date or list would be written as a YAML anchor.
    if isinstance(value, date):
        return date.fromordinal(value.toordinal())
    return list(value) if isinstance(value, list) else value


def _rewrite(current: CaseText, plan: _Plan, today: date) -> LoadedCase:
    """The full round-trip rewrite: slow on a big case, but it handles any layout."""
    edit = editable(current.path, current.text)
    for key, items in plan.blocks():
        for item in items:
            values = {k: _day(v, edit.is_json) if isinstance(v, date) else v for k, v in item.items()}
            for text in TEXTS:
                if values.get(text) is not None:
                    values[text] = text_value(values[text], edit.is_json)
            edit.block(key).append(new_mapping(values, edit.is_json))
    for index, ids in plan.links.items():
        incident = edit.block("incidents")[index]
        links = incident.get("evidence")
        if links is None:
            links = edit.new_list()
            incident["evidence"] = links
        links.extend(i for i in ids if i not in links)
    return save(edit, today, expected=_expected(current.data, plan, current.is_json))


def _day(value: date, is_json: bool) -> Any:
    return value.isoformat() if is_json else date.fromordinal(value.toordinal())

