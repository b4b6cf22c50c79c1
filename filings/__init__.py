"""filings: a stalking victim's logbook and evidence, turned into the papers Belgian law asks for.

The library behind every door (the CLI, importers, a local web page). Each stage is a
plain call with data in and data out:

    loaded = filings.load_case(Path("case.yaml"))           # or load_text(text, folder=...)
    for document in filings.planned_documents(loaded.case):
        data = filings.render_document(loaded, document)    # the .docx bytes
    filings.build_bundle(loaded, Path("bundel"), make_zip=True)
    report = filings.verify(Path("bundel"))
    filings.add_incident(Path("case.yaml"), filings.NewIncident(...), today)
    filings.add_batch(Path("case.yaml"), incidents=[...], evidence=[...], today=today)  # importers

Refusals are FilingsError subclasses that carry what went wrong (CaseInvalid lists each
Problem with its key path and line); each door decides how to say it. The library never
prints and never names a command-line flag.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Where each public name lives. Imported on first use, so that `import filings` (and the
# CLI's --help) stays as light as the click import.
_EXPORTS = {
    # load
    "load_case": "load.loader", "load_text": "load.loader", "LoadedCase": "load.loader",
    "Case": "load.model", "json_schema": "load.model",
    # plan
    "KINDS": "plan.kinds", "DocumentKind": "plan.kinds",
    "planned_documents": "plan.documents", "find_document": "plan.documents",
    "PlannedDocument": "plan.documents", "NotApplicable": "plan.documents",
    "WitnessNeeded": "plan.documents", "Audience": "privacy",
    # render
    "render_document": "render.document", "write_document": "render.document",
    "check_templates": "render.check",
    # seal
    "build_bundle": "seal.bundle", "BundleResult": "seal.bundle", "EvidenceChanged": "seal.copies",
    "verify": "seal.verify", "VerifyReport": "seal.verify",
    # edit
    "init_case": "edit.scaffold", "add_incident": "edit.logbook", "add_evidence": "edit.logbook",
    "NewIncident": "edit.logbook", "Added": "edit.logbook", "CaseNeedsFixing": "edit.session",
    "Refused": "edit.intake", "add_batch": "edit.batch", "NewEvidence": "edit.batch",
    "BatchAdded": "edit.batch", "incident_questions": "edit.questions", "new_incident": "edit.questions",
    "Question": "edit.questions",
    # errors
    "FilingsError": "errors", "CaseInvalid": "errors", "Problem": "errors", "Severity": "errors",
    "OutputExists": "errors", "TemplateProblem": "errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'filings' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value  # once imported, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # what type checkers and editors see ('x as x': a re-export, PEP 484)
    from .edit.batch import BatchAdded as BatchAdded, NewEvidence as NewEvidence, add_batch as add_batch
    from .edit.intake import Refused as Refused
    from .edit.questions import (
        Question as Question,
        incident_questions as incident_questions,
        new_incident as new_incident,
    )
    from .edit.logbook import (
        Added as Added,
        NewIncident as NewIncident,
        add_evidence as add_evidence,
        add_incident as add_incident,
    )
    from .edit.scaffold import init_case as init_case
    from .edit.session import CaseNeedsFixing as CaseNeedsFixing
    from .errors import (
        CaseInvalid as CaseInvalid,
        FilingsError as FilingsError,
        OutputExists as OutputExists,
        Problem as Problem,
        Severity as Severity,
        TemplateProblem as TemplateProblem,
    )
    from .load.loader import (
        LoadedCase as LoadedCase,
        load_case as load_case,
        load_text as load_text,
    )
    from .load.model import Case as Case, json_schema as json_schema
    from .plan.documents import (
        NotApplicable as NotApplicable,
        PlannedDocument as PlannedDocument,
        WitnessNeeded as WitnessNeeded,
        find_document as find_document,
        planned_documents as planned_documents,
    )
    from .plan.kinds import KINDS as KINDS, DocumentKind as DocumentKind
    from .privacy import Audience as Audience
    from .render.check import check_templates as check_templates
    from .render.document import (
        render_document as render_document,
        write_document as write_document,
    )
    from .seal.bundle import BundleResult as BundleResult, build_bundle as build_bundle
    from .seal.copies import EvidenceChanged as EvidenceChanged
    from .seal.verify import VerifyReport as VerifyReport, verify as verify
