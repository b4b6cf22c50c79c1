"""`filings templates check`: does every template find its values in the case data?

Each template is rendered against the demo case with an environment that notes every
undefined value instead of failing, so one run lists all of them, by template and by
the full name the template uses (e.g. `request.hearing_room`). Each phrase of the
folder's phrases.yaml is rendered the same way, on its own, so a phrase no template
prints yet is checked too; inside it `i` is an incident and `r` a police report.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Iterator

from ..i18n import _
from ..errors import TemplateProblem
from ..load.loader import LoadedCase, load_case
from ..load.model import Procedure
from ..plan.contexts import Contexts
from ..plan.documents import planned_documents
from ..plan.evidence import evidence_items
from ..plan.kinds import BY_NAME, KINDS
from ..resources import demo_case
from .document import properties
from .engine import recording_environment, render_docx
from .phrases import FILE_NAME, phrase_function, read_phrases
from .sandbox import TIME_BUDGET, budget


@dataclass
class TemplateReport:
    template: str
    missing: list[str] = field(default_factory=list)
    error: str = ""
    ignored: bool = False  # a file that is no template: reported, not a failure

    @property
    def ok(self) -> bool:
        return not self.missing and not self.error


class _PathDict(dict):
    """A dict that knows its key path, so an undefined value can be named in full."""

    def __init__(self, data: dict, path: str):
        super().__init__({k: _tag(v, f"{path}.{k}" if path else k) for k, v in data.items()})
        self._path = path


def _tag(value, path: str):
    if isinstance(value, dict):
        return _PathDict(value, path)
    if isinstance(value, list):
        return [_tag(v, f"{path}[]") for v in value]
    return value


def _demo(today: date, language: str = "nl") -> list[LoadedCase]:
    """The demo case in the templates' language, plus a variant so every kind gets rendered:
    an ex parte request, and no notice yet (the stop message is for a case where he was not
    told yet)."""
    loaded = load_case(demo_case(), today=today)
    if loaded.case.language != language:
        loaded = LoadedCase(loaded.case.model_copy(update={"language": language}), loaded.path,
                            loaded.warnings, loaded.today)
    request = loaded.case.request.model_copy(update={"procedure": Procedure.ex_parte})
    variant = LoadedCase(loaded.case.model_copy(update={"request": request}), loaded.path,
                         loaded.warnings, loaded.today)
    untold = LoadedCase(loaded.case.model_copy(update={"notices": []}), loaded.path,
                        loaded.warnings, loaded.today)
    return [loaded, variant, untold]


def _note_once(seen: list[str], name: str) -> None:
    if name not in seen:
        seen.append(name)


CHECK_BUDGET = 120.0  # seconds for a whole check: every template and every phrase


def check_templates(folder: Path, today: date | None = None, language: str | None = None) -> Iterator[TemplateReport]:
    """A report per template (and per failing phrase), each as soon as it is made; the
    whole check stops with a report saying so once it has run for CHECK_BUDGET seconds.
    language: the words the templates are filled with; by default the folder's name when
    it is a language (templates/fr), else nl."""
    from ..lang import LANGUAGES

    language = language or (folder.name if folder.name in LANGUAGES else "nl")
    deadline = time.monotonic() + CHECK_BUDGET
    samples = {}
    for loaded in _demo(today or date.today(), language):
        items = evidence_items(loaded)
        planned = planned_documents(loaded.case)
        for document in planned:
            samples.setdefault(document.kind.name, (loaded, document, items, planned))
    for name in sorted(kind.name for kind in KINDS):
        path = folder / BY_NAME[name].template
        report = TemplateReport(path.name)
        if time.monotonic() > deadline:
            yield _stopped()
            return
        if not path.is_file():
            report.error = _("missing: filings needs this template")
            yield report
            continue
        loaded, document, items, planned = samples[name]
        seen: list[str] = []
        env = recording_environment(partial(_note_once, seen))
        values = {k: _tag(v, k) for k, v in Contexts(loaded, items, planned)(document).items()}
        try:
            render_docx(path, values, properties(loaded, document), env)
        except TemplateProblem as exc:
            report.error = str(exc).removeprefix(f"{path.name}: ")
        report.missing = seen
        yield report
    yield from _check_phrases(folder, samples, deadline)
    for extra in sorted(folder.glob("*.docx")):
        if extra.stem not in BY_NAME and not extra.name.startswith("~$"):
            yield TemplateReport(extra.name, error=_("not a document kind filings makes; ignored"), ignored=True)


def _stopped() -> TemplateReport:
    return TemplateReport("templates check", error=_("stopped after {seconds:g} seconds: the templates or phrases "
                                                     "take too long to render (a phrase printing others in a "
                                                     "chain?)").format(seconds=CHECK_BUDGET))


def _check_phrases(folder: Path, samples: dict, deadline: float) -> Iterator[TemplateReport]:
    """A report per phrase that fails or uses a name no document's data provides."""
    try:
        phrases = read_phrases(folder)
    except TemplateProblem as exc:
        yield TemplateReport(FILE_NAME, error=str(exc).removeprefix(f"{FILE_NAME}: "))
        return
    if phrases is None:  # a template that prints a phrase says the file is missing
        return
    contexts = []
    for loaded, document, items, planned in samples.values():
        values = Contexts(loaded, items, planned)(document)
        values["i"] = (values.get("incidents") or [{}])[0]  # a witness form has neither list
        values["r"] = (values.get("police_reports") or [{}])[0]
        contexts.append({k: _tag(v, k) for k, v in values.items()})
    for name, source in phrases.items():
        report = TemplateReport(f"{FILE_NAME} ({name})")
        missing_everywhere: list[str] | None = None
        for values in contexts:
            left = deadline - time.monotonic()
            if left <= 0:
                yield _stopped()
                return
            seen: list[str] = []
            env = recording_environment(partial(_note_once, seen))
            try:
                with budget(min(left, TIME_BUDGET)):
                    env.from_string(source).render(dict(values, phrase=phrase_function(phrases, folder)))
            except Exception as exc:  # the phrase's own fault: named, never a traceback
                report.error = f"{type(exc).__name__}: {exc}"
                break
            missing_everywhere = seen if missing_everywhere is None else [
                n for n in missing_everywhere if n in seen]
        report.missing = missing_everywhere or []
        if not report.ok:
            yield report
