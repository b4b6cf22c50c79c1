"""What a new incident asks of the person adding it, one question at a time: the
dialogue behind `filings log add`, and the fields of a form for any other door.

Each question turns the text a person typed into a value, or raises intake.Refused
with the fix; the door only asks and shows. new_incident() then makes the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from ..i18n import _
from ..load.loader import LoadedCase
from . import intake
from .logbook import NewIncident


@dataclass(frozen=True)
class Question:
    name: str  # the answer's key for new_incident()
    prompt: str
    parse: Callable[[list[str]], Any]  # the typed texts (one, or one per item) -> the value
    required: bool = False  # asked even when other answers were given up front
    default: str = ""
    many: bool = False  # a list: several texts, or one comma-separated
    multiline: bool = False
    after: str = ""  # asked only when this answer is not empty


def incident_questions(loaded: LoadedCase, today: date) -> list[Question]:
    """The questions of a new incident, in the order a person is asked them."""

    def one(parse: Callable[[str], Any]) -> Callable[[list[str]], Any]:
        return lambda texts: parse(texts[0]) if texts and texts[0].strip() else None

    def witnesses(texts: list[str]) -> list[tuple[str | None, tuple[str, str] | None]]:
        return [intake.parse_witness(t, loaded) for t in _items(texts)]

    known = ", ".join(w.id for w in loaded.case.witnesses) or _("none yet")
    return [
        Question("date", _("Date (YYYY-MM-DD)"), one(lambda t: intake.parse_date(t, loaded)),
                 default=today.isoformat()),
        Question("time", _("Time (HH:MM, empty if unknown)"), one(intake.parse_time)),
        Question("end_time", _("End time (HH:MM, empty if none)"), one(intake.parse_time), after="time"),
        Question("location", _("Place or channel"), one(lambda t: intake.parse_text(t, multiline=False))),
        Question("kinds", _("Kinds (comma-separated)"), lambda texts: intake.parse_kinds(texts),
                 required=True, many=True),
        Question("description", _("What happened"), one(lambda t: intake.parse_text(t, multiline=True)),
                 required=True, multiline=True),
        Question("witnesses", _("Witnesses (ids: {known}; or a new witness's name; comma-separated; "
                                "empty for none)").format(known=known), witnesses, many=True),
        Question("files", _("Evidence files (paths, comma-separated; empty for none)"),
                 lambda texts: [intake.parse_existing_file(t) for t in _items(texts)], many=True),
        Question("police_report", _("PV number (empty if none)"),
                 one(lambda t: intake.parse_police_report(t, loaded))),
    ]


def _items(texts: list[str]) -> list[str]:
    return [item.strip() for text in texts for item in text.split(",") if item.strip()]


def new_incident(answers: dict[str, Any], today: date) -> NewIncident:
    """The entry from the parsed answers; a required answer missing raises Refused."""
    for name in ("kinds", "description"):
        if not answers.get(name):
            raise intake.Refused(_("an incident needs `{name}`").format(name=name))
    witnesses = answers.get("witnesses") or []
    files: list[Path] = answers.get("files") or []
    return NewIncident(
        date=answers.get("date") or today, kinds=answers["kinds"], description=answers["description"],
        time=answers.get("time"), end_time=answers.get("end_time"),
        location=answers.get("location") or None, police_report=answers.get("police_report") or None,
        files=list(files),
        witness_ids=[existing for existing, _ in witnesses if existing],
        new_witnesses=[name for existing, name in witnesses if not existing],
    )
