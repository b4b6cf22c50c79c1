"""Appending an incident or evidence to a case being edited: the library behind
`filings log add` and `filings evidence add` (the CLI only asks and prints)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Callable

from ..load.model import EvidenceKind, IncidentKind
from ..load.loader import LoadedCase


@dataclass(frozen=True)
class Recorded:
    id: str
    file: str
    sha256: str
    size: int
    already: bool  # the same bytes were recorded before under this id: nothing was copied


@dataclass(frozen=True)
class NewMessage:
    """A message an incident quotes (incidents[].messages): its export and media are files
    of the same batch, recorded as evidence on the way."""
    export: Path
    sent: datetime  # aware
    sender: str
    text: str | None
    source: str  # 'line 412' or a JSON path
    key: str
    kind: str = "message"
    attachments: list[Path] = field(default_factory=list)
    clock: str | None = None  # 'ambiguous' | 'nonexistent'


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
    messages: list[NewMessage] = field(default_factory=list)


@dataclass(frozen=True)
class Added:
    incident_id: str | None
    evidence: list[Recorded]
    new_witnesses: list[tuple[str, str, str]]  # (id, first, last)
    case: LoadedCase  # the case as saved
    recovered: list[str] = field(default_factory=list)  # what a killed edit had left, cleaned up


def add_incident(path: Path, entry: NewIncident, today: date, read=None) -> Added:
    """Append the incident (and its new witnesses and evidence) to the case at path and
    save it, under the case's edit lock; on any failure the case file is unchanged and
    the evidence copies are taken back. read: batch.read_for_edit's result, if at hand."""
    from .batch import add_batch

    batch = add_batch(path, incidents=[entry], today=today, read=read)
    added = batch.incidents[0]
    return Added(added.id, added.evidence, added.new_witnesses, batch.case, batch.recovered)


def add_evidence(path: Path, files: list[Path], *, kind: EvidenceKind | None, day: date | None,
                 describe: Callable[[Path], str], incident: str | None, today: date, read=None) -> Added:
    """Record the files as evidence in the case at path, linked to the incident with this
    id or `log list` number if given; under the case's edit lock."""
    from .batch import NewEvidence, add_batch

    pieces = [NewEvidence(file, describe(file), kind, day, incident) for file in files]
    batch = add_batch(path, evidence=pieces, today=today, read=read)
    return Added(None, batch.evidence, [], batch.case, batch.recovered)
