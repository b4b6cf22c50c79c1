"""Appending an incident or evidence to a case being edited: the library behind
`filings log add` and `filings evidence add` (the CLI only asks and prints)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Callable

from ..lang import words
from ..load.loader import LoadedCase
from ..load.model import EvidenceKind, IncidentKind
from . import intake
from .session import EditableCase, editing, new_mapping, next_id, save, text_value


@dataclass(frozen=True)
class Recorded:
    id: str
    file: str
    sha256: str
    size: int
    already: bool  # the same bytes were recorded before under this id: nothing was copied


@dataclass(frozen=True)
class NewIncident:
    date: date
    kinds: list[IncidentKind]
    description: str
    time: time | None = None
    end_time: time | None = None
    location: str | None = None
    witness_ids: list[str] = field(default_factory=list)
    new_witnesses: list[tuple[str, str]] = field(default_factory=list)  # (first, last) names
    files: list[Path] = field(default_factory=list)
    police_report: str | None = None


@dataclass(frozen=True)
class Added:
    incident_id: str | None
    evidence: list[Recorded]
    new_witnesses: list[tuple[str, str, str]]  # (id, first, last)
    case: LoadedCase  # the case as saved
    recovered: list[str] = field(default_factory=list)  # what a killed edit had left, cleaned up


def _day(value: date | None, is_json: bool):
    # A fresh object per use: one shared date would be written as a YAML anchor.
    if value is None:
        return None
    return value.isoformat() if is_json else date.fromordinal(value.toordinal())


def record_evidence(edit: EditableCase, loaded: LoadedCase, files: list[Path], *,
                    kind: EvidenceKind | None, day: date | None,
                    describe: Callable[[Path], str], copies: list[Path]) -> list[Recorded]:
    """Copy each file into the case and append it to `evidence`. A file whose bytes are
    recorded already is not copied again; its existing id is returned instead."""
    known = {p.sha256: (p.id, p.file or "") for p in loaded.case.evidence if p.sha256}
    recorded = []
    for source in files:
        taken = intake.take_file(source, loaded)
        if taken.sha256 in known:
            if taken.copied_to:
                taken.copied_to.unlink()
            piece_id, file = known[taken.sha256]
            # The recorded copy may have changed since: the user then holds the original.
            if file and file != taken.file and not intake.has_bytes(loaded.base_dir / file, taken.sha256):
                raise intake.Refused(
                    f"{source} holds the bytes recorded as {piece_id}, but {file} no longer matches them "
                    f"(changed or missing): copy {source} over {file} to restore the evidence; nothing "
                    "was changed")
            recorded.append(Recorded(piece_id, file, taken.sha256, taken.size, True))
            continue
        if taken.copied_to:
            copies.append(taken.copied_to)
        piece_id = next_id([e.get("id") for e in edit.block("evidence")], "E")
        edit.block("evidence").append(new_mapping({
            "id": piece_id, "kind": (kind or intake.guess_kind(source)).value,
            "description": text_value(describe(source), edit.is_json),
            "date": _day(day, edit.is_json),
            "file": taken.file, "sha256": taken.sha256, "size": taken.size,
        }, edit.is_json))
        known[taken.sha256] = (piece_id, taken.file)
        recorded.append(Recorded(piece_id, taken.file, taken.sha256, taken.size, False))
    return recorded


def add_incident(path: Path, entry: NewIncident, today: date) -> Added:
    """Append the incident (and its new witnesses and evidence) to the case at path and
    save it, under the case's edit lock; on any failure the case file is unchanged and
    the evidence copies are taken back."""
    copies: list[Path] = []
    with editing(path, today, protect=entry.files) as (edit, loaded, notes):
        try:
            witness_ids = list(entry.witness_ids)
            created = []
            for first, last in entry.new_witnesses:
                witness_id = next_id([w.get("id") for w in edit.block("witnesses")], "W")
                edit.block("witnesses").append(
                    new_mapping({"id": witness_id, "first_name": first, "last_name": last}, edit.is_json))
                witness_ids.append(witness_id)
                created.append((witness_id, first, last))
            recorded = record_evidence(
                edit, loaded, entry.files, kind=None, day=entry.date, copies=copies,
                describe=lambda source: words(loaded.case.language).evidence_of_incident(
                    source.name, entry.date.isoformat()))
            incident_id = next_id([i.get("id") for i in edit.block("incidents")], "I")
            edit.block("incidents").append(new_mapping({
                "id": incident_id,
                "date": _day(entry.date, edit.is_json),
                "time": entry.time.strftime("%H:%M") if entry.time else None,
                "end_time": entry.end_time.strftime("%H:%M") if entry.end_time else None,
                "location": entry.location,
                "kinds": [k.value for k in entry.kinds],
                "description": text_value(entry.description, edit.is_json),
                "witnesses": witness_ids,
                "evidence": list(dict.fromkeys(r.id for r in recorded)),
                "police_report": entry.police_report,
            }, edit.is_json))
            saved = save(edit, today)
        except BaseException:
            for copy in copies:
                copy.unlink(missing_ok=True)
            raise
    return Added(incident_id, recorded, created, saved, notes)


def add_evidence(path: Path, files: list[Path], *, kind: EvidenceKind | None, day: date | None,
                 describe: Callable[[Path], str], incident: str | None, today: date) -> Added:
    """Record the files as evidence in the case at path, linked to the incident with this
    id or `log list` number if given; under the case's edit lock."""
    copies: list[Path] = []
    with editing(path, today, protect=files) as (edit, loaded, notes):
        try:
            target = intake.find_incident(loaded, incident) if incident is not None else None
            recorded = record_evidence(edit, loaded, files, kind=kind, day=day, describe=describe,
                                       copies=copies)
            if target is not None and recorded:
                block = edit.block("incidents")[target]
                links = block.get("evidence")
                if links is None:
                    links = edit.new_list()
                    block["evidence"] = links
                links.extend(r.id for r in recorded if r.id not in links)
            changed = any(not r.already for r in recorded) or target is not None
            saved = save(edit, today) if changed else loaded
        except BaseException:
            for copy in copies:
                copy.unlink(missing_ok=True)
            raise
    return Added(None, recorded, [], saved, notes)
