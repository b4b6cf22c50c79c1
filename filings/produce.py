"""Making documents from a loaded case: the library call behind `filings render`."""

from __future__ import annotations

from pathlib import Path

from .documents import Contexts, PlannedDocument, evidence_items, planned_documents, properties
from .errors import FilingsError, TemplateProblem
from .render import render_docx
from .resources import templates_dir
from .validation import LoadedCase


class NotApplicable(FilingsError):
    """The case does not call for the document asked for."""


def template_path(kind: str, templates: Path | None) -> Path:
    folder = templates or templates_dir()
    path = folder / f"{kind}.docx"
    if not path.is_file():
        raise TemplateProblem(f"no template {path.name} in {folder}")
    return path


def find_document(loaded: LoadedCase, kind: str, witness: str | None) -> PlannedDocument:
    planned = planned_documents(loaded.case)
    matches = [d for d in planned if d.kind.name == kind]
    if not matches:
        raise NotApplicable(_why_not(loaded, kind))
    if kind == "witness_statement":
        if witness is None:
            ids = ", ".join(d.witness for d in matches)
            raise NotApplicable(f"which witness? pass --witness with one of: {ids}")
        chosen = [d for d in matches if d.witness == witness]
        if not chosen:
            ids = ", ".join(d.witness for d in matches)
            raise NotApplicable(f"no witness `{witness}` in the case; known: {ids}")
        return chosen[0]
    return matches[0]


def _why_not(loaded: LoadedCase, kind: str) -> str:
    reasons = {
        "injured_party_declaration": "set `complaint.injured_party_declaration: true`",
        "contact_sheet": "it exists only when `victim.address_confidential` is true",
        "summons": "add a `request` block with `procedure: summons`",
        "petition": "add a `request` block with `procedure: ex_parte`",
        "witness_statement": "add `witnesses` to the case",
    }
    return f"this case has no {kind}: {reasons.get(kind, 'unknown document kind')}"


def render_document(
    loaded: LoadedCase,
    document: PlannedDocument,
    *,
    templates: Path | None = None,
    contexts: Contexts | None = None,
) -> bytes:
    """The .docx bytes of one planned document. Pass the same contexts for every
    document of a bundle, so that what they share is computed once."""
    if contexts is None:
        contexts = Contexts(loaded, evidence_items(loaded), planned_documents(loaded.case))
    return render_docx(
        template_path(document.kind.name, templates),
        contexts(document),
        properties(loaded, document),
    )
