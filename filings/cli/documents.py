"""`filings render`, `bundle` and `verify`: making the papers and proving them."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from ..i18n import N_, _
from .common import Command
from ..plan.kinds import NAMES
from .common import (
    case_argument,
    date_option,
    echo_warnings,
    language_option,
    languages_option,
    reads_only,
    templates_option,
)


@click.command(cls=Command)
@case_argument
@click.argument("kind", type=click.Choice(sorted(NAMES)))
@click.option("--witness", help=N_("The witness id, for a witness_statement."))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help=N_("The .docx file to write."))
@click.option("--force", is_flag=True, help=N_("Replace the output file if it exists."))
@date_option
@templates_option
@language_option
def render(case_file: Path, kind: str, witness: str | None, output: Path, force: bool,
           today: date | None, templates: Path | None, language: str | None):
    """Write one document of a case as a .docx file.

    \b
    Example:
        filings render examples/demo/case.yaml complaint -o klacht.docx
        filings render examples/demo/case.yaml witness_statement --witness W1 -o w1.docx
        filings render examples/demo/case.yaml complaint --language fr -o plainte.docx
    """
    from ..errors import OutputExists
    from ..load.loader import load_case
    from ..plan.documents import WitnessNeeded, find_document
    from ..render.document import write_document

    if output.exists() and not force:
        raise OutputExists(output)
    loaded = load_case(case_file, today=today)
    echo_warnings(loaded.warnings, case_file)
    if language:
        loaded = loaded.in_language(language)
    try:
        document = find_document(loaded.case, kind, witness)
    except WitnessNeeded as exc:
        if witness is None:
            raise WitnessNeeded(_("which witness? pass --witness with one of: {ids}").format(ids=", ".join(exc.choices)),
                                exc.choices) from None
        raise
    write_document(loaded, document, output, force=force, templates=templates)
    click.echo(_("wrote {file} ({title}, for: {audience})").format(file=output, title=document.title,
                                                                 audience=document.kind.audience.value))


@click.command(cls=Command)
@case_argument
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), required=True,
              help=N_("The bundle folder to write."))
@click.option("--force", is_flag=True, help=N_("Replace an existing bundle, once the new one is complete."))
@click.option("--zip", "make_zip", is_flag=True, help=N_("Also write OUT.zip with the same content."))
@click.option("--pdf", is_flag=True, help=N_("Add a PDF beside each document (needs LibreOffice)."))
@date_option
@templates_option
@languages_option
def bundle(case_file: Path, out: Path, force: bool, make_zip: bool, pdf: bool,
           today: date | None, templates: Path | None, languages: tuple[str, ...] | None):
    """Build the complete bundle: documents, evidence copies, manifest.json, SHA256SUMS.

    Evidence is numbered 'stuk 1..n' once and every document cites those numbers.
    The bundle is built beside OUT and moved into place only when complete.
    With --language nl,fr each language's papers go to a folder of their own (nl/,
    fr/; with --templates, DIR holds one folder per language) and the evidence once.

    \b
    Example:
        filings bundle examples/demo/case.yaml -o bundel --zip
        cd bundel && sha256sum -c SHA256SUMS
        filings bundle examples/demo/case.yaml -o bundel-nl-fr --language nl,fr
    """
    from ..load.loader import load_case
    from ..seal.bundle import build_bundle

    loaded = load_case(case_file, today=today, check_hashes=False)  # the copy pass hashes
    echo_warnings(loaded.warnings, case_file)
    progress = _progress_printer() if sys.stderr.isatty() else None
    try:
        result = build_bundle(loaded, out, force=force, make_zip=make_zip, pdf=pdf,
                              templates=templates, languages=languages, progress=progress,
                              notice=lambda note: click.echo(note, err=True))
    finally:
        if progress:
            click.echo("\r\033[K", err=True, nl=False)  # clear the progress line
    click.echo(_("wrote {folder}: {documents} documents, {evidence} evidence files, {files} files in "
                 "SHA256SUMS").format(folder=result.folder, documents=len(result.documents),
                                      evidence=len(result.evidence), files=result.files))
    if result.zip_file:
        click.echo(_("wrote {file}").format(file=result.zip_file))


def _progress_printer():
    def show(message: str) -> None:
        click.echo(f"\r\033[K{message}", err=True, nl=False)

    return show


@click.command(cls=Command)
@click.argument("bundle_path", metavar="BUNDLE", type=click.Path(exists=True, path_type=Path))
@click.pass_context
def verify(ctx: click.Context, bundle_path: Path):
    """Re-hash every file of a bundle (folder or .zip) against its SHA256SUMS.

    Names each changed, missing, added or unsafe file, anything that is not a plain file,
    and where manifest.json and SHA256SUMS disagree; exit 0 only when intact.
    """
    reads_only(ctx)
    from ..seal.verify import report_lines
    from ..seal.verify import verify as verify_bundle

    report = verify_bundle(bundle_path)
    problems = list(report_lines(report))
    for line in problems:
        click.echo(line, err=True)
    if problems:
        click.echo(_("{bundle}: NOT intact ({count} problem(s))").format(bundle=bundle_path, count=len(problems)),
                   err=True)
        raise click.exceptions.Exit(1)
    click.echo(_("{bundle}: intact ({count} files match SHA256SUMS)").format(bundle=bundle_path,
                                                                           count=report.checked))


