"""From a posted form to the values the library's edits take, checked one field at a
time by the same parsers as the CLI (edit/intake.py, edit/questions.py); every problem
is kept beside the name of its field."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from ..edit import intake
from ..edit.questions import incident_questions
from ..load.loader import LoadedCase
from .text import sentence
from .uploads import Form

Errors = dict[str, str]


def _check(errors: Errors, name: str, parse: Callable[[], Any], t: dict) -> Any:
    try:
        return parse()
    except intake.Refused as exc:
        errors[name] = sentence(str(exc))  # the library's own words, in the page's language
        return None


def _required(errors: Errors, name: str, value: Any, t: dict) -> None:
    if name not in errors and not value:
        errors[name] = t["kinds_required"] if name == "kinds" else t["required"]


def incident_answers(form: Form, loaded: LoadedCase, today: date, t: dict) -> tuple[dict, Errors]:
    """The answers new_incident() takes, from the form, and the problems per field."""
    texts = {"kinds": form.all("kinds"),
             "witnesses": [*form.all("witnesses"), form.one("new_witnesses")]}
    answers: dict[str, Any] = {}
    errors: Errors = {}
    for question in incident_questions(loaded, today):
        if question.name == "files":  # uploads: placed in the case folder once the rest is right
            continue
        given = texts.get(question.name, [form.one(question.name)])
        answers[question.name] = _check(errors, question.name, lambda: question.parse(given), t)
        if question.required:
            _required(errors, question.name, answers[question.name], t)
    if answers.get("end_time") and not answers.get("time") and "time" not in errors:
        errors["end_time"] = t["end_without_start"]
    return answers, errors


def evidence_values(form: Form, loaded: LoadedCase, t: dict) -> tuple[dict, Errors]:
    errors: Errors = {}
    text = form.one("description")
    values = {
        "description": _check(errors, "description", lambda: intake.parse_text(text, multiline=True), t),
        "day": _check(errors, "date", lambda: intake.parse_date(form.one("date"), loaded), t)
        if form.one("date").strip() else None,
        "incident": form.one("incident").strip() or None,
        "kind": form.one("kind").strip() or None,
    }
    if values["incident"]:
        _check(errors, "incident", lambda: intake.find_incident(loaded, values["incident"]), t)
    if not form.uploads.get("files"):
        errors["files"] = t["no_files"]
    return values, errors


def notice_values(form: Form, loaded: LoadedCase, t: dict, by: list[str], channels: list[str]) -> tuple[dict, Errors]:
    errors: Errors = {}
    values = {
        "date": _check(errors, "date", lambda: intake.parse_date(form.one("date"), loaded), t),
        "by": form.one("by") if form.one("by") in by else None,
        "channel": form.one("channel") if form.one("channel") in channels else None,
        "text": _check(errors, "text", lambda: intake.parse_text(form.one("text"), multiline=True), t)
        if form.one("text").strip() else None,
    }
    for name in ("date", "by", "channel"):
        _required(errors, name, values[name], t)
    return values, errors


def report_values(form: Form, loaded: LoadedCase, t: dict) -> tuple[dict, Errors]:
    errors: Errors = {}

    def line(name: str, required: bool = False):
        text = form.one(name)
        if not text.strip():
            if required:
                errors[name] = t["required"]
            return None
        return _check(errors, name, lambda: intake.parse_text(text, multiline=False), t)

    values = {
        "number": line("number", required=True),
        "date": _check(errors, "date", lambda: intake.parse_date(form.one("date"), loaded), t),
        "police_zone": line("police_zone"),
        "prosecutor_reference": line("prosecutor_reference"),
        "covers": [c for c in form.all("covers") if c.strip()],
    }
    return values, errors
