"""`filings bundle`: the documents, copies of the evidence, manifest.json and SHA256SUMS,
in one folder that proves its own integrity.

Built in a temporary folder beside the target and moved into place only when complete;
on any failure nothing is left behind. Same case, evidence and date: same bytes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..i18n import _
from ..errors import OutputExists
from ..lang import words
from ..load.loader import LoadedCase
from ..locking import lock_file_for, locked
from ..paths import check_output
from ..plan.contexts import Contexts
from ..plan.documents import require_facts
from ..render.document import render_document, template_inputs, template_path
from .archive import write_zip
from .copies import with_evidence
from .existing import is_bundle_folder, is_bundle_zip, recover_leftovers
from .languages import PaperSet, evidence_folder, paper_sets
from .manifest import write_manifest
from .names import MANIFEST, SUMS
from .sums import write_sums

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BundleResult:
    folder: Path | None  # None when only the zip was asked for
    documents: list[str]
    evidence: list[str]
    files: int  # listed in SHA256SUMS
    zip_file: Path | None


def build_bundle(
    loaded: LoadedCase,
    out: Path,
    *,
    force: bool = False,
    make_zip: bool = False,
    folder: bool = True,
    pdf: bool = False,
    templates: Path | None = None,
    languages: Sequence[str] | None = None,
    progress: Progress | None = None,
    notice: Progress | None = None,
) -> BundleResult:
    """Write the bundle of a validated case to out (and out.zip with make_zip; only
    out.zip with folder=False, for a door that hands over one file).
    languages: the papers' languages, default the case's; with several, each set goes to
    a folder of its own (languages.py) and templates holds one folder per language.
    progress hears each step; notice hears what the user must know even if the bundle
    then fails (what an interrupted run had left, and what became of it)."""
    say = progress or (lambda message: None)
    out = out.absolute()
    if not (folder or make_zip):
        raise ValueError("build_bundle: ask for the folder, the zip or both")
    zip_path = out.with_name(out.name + ".zip") if make_zip else None
    require_facts(loaded.case)
    sets = paper_sets(loaded, languages, templates)
    # A missing template is refused before any work is done.
    for paper_set in sets:
        for document in paper_set.planned:
            template_path(document, paper_set.templates, paper_set.language)
    inputs = [*loaded.inputs(), *(i for s in sets for i in template_inputs(s.templates, s.language))]
    for target in filter(None, (out if folder else None, zip_path)):
        check_output(target, inputs)
    if pdf:
        from ..render.pdf import find_soffice

        find_soffice()
    out.parent.mkdir(parents=True, exist_ok=True)
    busy = _("another filings command is writing {out} right now; run this again when it has finished").format(out=out)
    check_output(lock_file_for(out), inputs)
    with locked(out, wait=0, busy=busy):
        for note in recover_leftovers(out, inputs):
            (notice or say)(note)
        _check_replaceable(out if folder else None, zip_path, force)
        return _build(loaded, sets, out, folder, zip_path, pdf, say)


def _check_replaceable(out: Path, zip_path: Path | None, force: bool) -> None:
    """An existing target is replaced only when asked (force), and only when filings made it."""
    for target, made_by_us in ((out, is_bundle_folder), (zip_path, is_bundle_zip)):
        if target is None or not os.path.lexists(target):
            continue
        if not force:
            raise OutputExists(target)
        if not made_by_us(target):
            raise OutputExists(target, unlike=_("is not a bundle made by filings (it lacks {sums} and a "
                                                "{manifest} written by filings)")
                                                .format(sums=SUMS, manifest=MANIFEST),
                               replaces_only=_("a bundle"), advice=_("Remove it yourself or choose another name"))


def _build(loaded: LoadedCase, sets: list[PaperSet], out: Path, folder: bool,
           zip_path: Path | None, pdf: bool, say: Progress) -> BundleResult:
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    zip_staging: Path | None = None
    try:
        contexts: list[Contexts] = []

        def render(items):  # runs while the evidence is copied beside it (copies.py)
            written = []
            for paper_set in sets:
                (staging / paper_set.folder).mkdir(exist_ok=True)
                contexts.append(Contexts(paper_set.loaded, items, paper_set.planned))
                written += _render_documents(paper_set, contexts[-1], staging, say)
            return written

        items, written = with_evidence(sets[0].loaded, staging, evidence_folder(sets), say, render)
        figures = [name for paper_set, context in zip(sets, contexts)
                   for name in _write_chart(paper_set, context, staging, say)]
        if pdf:
            from ..render.pdf import convert_to_pdf

            say(_("converting {count} documents to PDF").format(count=len(written)))
            for paper_set in sets:
                convert_to_pdf([staging / paper_set.path(d.file_name) for d in paper_set.planned],
                               staging / paper_set.folder, loaded.today)
        write_manifest(loaded, sets, items, staging, figures)
        listed = write_sums(staging, {item.file: item.sha256 for item in items if item.file})
        _owner_only(staging)
        if zip_path is not None:
            say(_("writing {file}").format(file=zip_path.name))
            zip_staging = write_zip(staging, zip_path, out.name, evidence_folder(sets))
        if folder:
            _move_into_place(staging, out)
        else:
            shutil.rmtree(staging)
        if zip_path is not None:
            os.replace(zip_staging, zip_path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if zip_path is not None and zip_staging is not None:
            zip_staging.unlink(missing_ok=True)
        raise
    return BundleResult(out if folder else None, written, [item.file for item in items if item.file], listed,
                        zip_path)


def _owner_only(folder: Path) -> None:
    """The bundle holds the contact sheet and the manifest: no one else may read it."""
    os.chmod(folder, 0o700)
    for path in folder.rglob("*"):
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


def _render_documents(paper_set: PaperSet, contexts: Contexts, staging: Path, say: Progress) -> list[str]:
    written = []
    planned = paper_set.planned
    for count, document in enumerate(planned, start=1):
        name = paper_set.path(document.file_name)
        say(_("document {count}/{total}: {file}").format(count=count, total=len(planned), file=name))
        data = render_document(paper_set.loaded, document, templates=paper_set.templates, contexts=contexts)
        with (staging / name).open("xb") as target:  # two papers never share a name (languages.py)
            target.write(data)
        written.append(name)
    return written


def _write_chart(paper_set: PaperSet, contexts: Contexts, staging: Path, say: Progress) -> list[str]:
    """The pattern chart the documents show, also as a file of its own beside them (the same
    bytes as the picture in each document): [its name], or [] without a chart."""
    chart = contexts.chart()
    if chart is None:
        return []
    name = paper_set.path(words(paper_set.language).CHART_FILE)
    say(_("chart: {file}").format(file=name))
    (staging / name).write_bytes(chart.png())
    return [name]


def _move_into_place(staging: Path, out: Path) -> None:
    """Rename the finished bundle onto out; an old out is removed only afterwards."""
    if not out.exists():
        os.rename(staging, out)
        return
    if not out.is_dir():
        raise OutputExists(out, replaceable=False,
                           message=_("{out} exists and is not a folder; remove it or choose another name")
                                     .format(out=out))
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
