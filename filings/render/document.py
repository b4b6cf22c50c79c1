"""Making documents from a loaded case: the library call behind `filings render`."""

from __future__ import annotations

import os
from pathlib import Path

from ..i18n import _
from ..errors import OutputExists, TemplateProblem
from ..lang import words
from ..load.loader import LoadedCase
from ..plan.contexts import Contexts
from ..plan.documents import PlannedDocument, planned_documents, require_facts
from ..plan.evidence import evidence_items
from ..resources import templates_dir
from .engine import Properties, render_docx


def template_path(document: PlannedDocument, templates: Path | None, language: str) -> Path:
    """The template of a document: in the folder given, or the shipped one of the case's
    language."""
    folder = templates or templates_dir(language)
    path = folder / document.kind.template
    if not path.is_file():
        raise TemplateProblem(_("no template {name} in {folder}").format(name=path.name, folder=folder))
    return path


def properties(loaded: LoadedCase, document: PlannedDocument) -> Properties:
    return Properties(title=f"{document.title} — {loaded.case.reference}",
                      reference=loaded.case.reference, day=loaded.today,
                      language=words(loaded.case.language).LANGUAGE_TAG)


def write_document(loaded: LoadedCase, document: PlannedDocument, output: Path, *, force: bool = False,
                   templates: Path | None = None) -> None:
    """Render one document to output, atomically. An existing output is replaced only with
    force and only when it is a Word document; the case, its evidence and the template
    are never replaced."""
    from ..atomic import write_atomic
    from ..paths import check_output

    template_path(document, templates, loaded.case.language)  # a missing template is refused first
    check_output(output, [*loaded.inputs(), *template_inputs(templates, loaded.case.language)])
    if os.path.lexists(output):
        if not force:
            raise OutputExists(output)
        if not _is_word_document(output):
            raise OutputExists(output, unlike=_("is not a Word document"), replaces_only=_("a .docx"))
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


def template_inputs(templates: Path | None, language: str) -> list[tuple[Path, str]]:
    """The templates folder in use: no output may replace it, hold it or lie inside it,
    whichever document is being made (paths.check_output)."""
    return [(templates or templates_dir(language), _("the templates folder"))]


def render_document(
    loaded: LoadedCase,
    document: PlannedDocument,
    *,
    templates: Path | None = None,
    contexts: Contexts | None = None,
) -> bytes:
    """The .docx bytes of one planned document. Pass the same contexts for every
    document of a bundle, so that what they share is computed once."""
    require_facts(loaded.case)
    if contexts is None:
        contexts = Contexts(loaded, evidence_items(loaded), planned_documents(loaded.case))
    return render_docx(
        template_path(document, templates, loaded.case.language),
        contexts(document),
        properties(loaded, document),
    )
