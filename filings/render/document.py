"""Making documents from a loaded case: the library call behind `filings render`."""

from __future__ import annotations

import os
from pathlib import Path

from ..plan.documents import Contexts, PlannedDocument, evidence_items, planned_documents, properties
from ..errors import FilingsError, OutputExists, TemplateProblem
from .engine import render_docx
from ..resources import templates_dir
from ..load.loader import LoadedCase


class NotApplicable(FilingsError):
    """The case does not call for the document asked for."""


def template_path(kind: str, templates: Path | None) -> Path:
    folder = templates or templates_dir()
    path = folder / f"{kind}.docx"
    if not path.is_file():
        raise TemplateProblem(f"no template {path.name} in {folder}")
    return path


def write_document(loaded: LoadedCase, document: PlannedDocument, output: Path, *, force: bool = False,
                   templates: Path | None = None) -> None:
    """Render one document to output, atomically. An existing output is replaced only with
    force and only when it is a Word document; the case, its evidence and the template
    are never replaced."""
    from ..atomic import write_atomic
    from ..seal.bundle import case_inputs
    from ..paths import check_output

    template_path(document.kind.name, templates)  # a missing template is refused first
    check_output(output, [*case_inputs(loaded), *template_inputs(templates)])
    if os.path.lexists(output):
        if not force:
            raise OutputExists(f"{output} exists; pass --force to replace it (nothing was written)")
        if not _is_word_document(output):
            raise OutputExists(f"{output} exists and is not a Word document; --force replaces only a "
                               ".docx. Choose another name; nothing was written.")
    write_atomic(output, render_document(loaded, document, templates=templates))


def _is_word_document(path: Path) -> bool:
    import zipfile

    if path.is_symlink() or not path.is_file():
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def template_inputs(templates: Path | None) -> list[tuple[Path, str]]:
    """The templates folder in use: no output may replace it, hold it or lie inside it,
    whichever document is being made (paths.check_output)."""
    return [(templates or templates_dir(), "the templates folder")]


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
