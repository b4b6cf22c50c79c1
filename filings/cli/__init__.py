"""The `filings` command: a thin layer over the library. Exit codes: 0 done, 1 refused
(bad case file, existing output, template problem), 2 wrong usage."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from .. import __version__

# The document kinds, spelled here so that `--help` needs no heavy import.
_KINDS = ("complaint", "injured_party_declaration", "contact_sheet", "summons", "petition",
          "witness_statement", "evidence_index", "logbook", "guide")


class _Group(click.Group):
    """Turns every refusal into a message on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        from ..errors import CaseInvalid, FilingsError  # imported here: `--help` stays fast

        try:
            return super().invoke(ctx)
        except CaseInvalid as exc:
            for line in exc.lines():
                click.echo(line, err=True)
            count = len(exc.problems)
            click.echo(f"{count} problem{'s' if count != 1 else ''} in {exc.file}{_nothing_written(ctx)}.",
                       err=True)
            ctx.exit(exc.exit_code)
        except FilingsError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except OSError as exc:
            # Disk full, permission denied, a read-only file system: what the system said,
            # in words, with the path; every writer cleans up its temporaries on the way out.
            click.echo(f"error: {_system_error(exc)}{_nothing_written(ctx)}", err=True)
            ctx.exit(1)


def reads_only(ctx: click.Context) -> None:
    """Mark the running command as one that never writes, so that its refusals do not
    claim that 'nothing was written'."""
    ctx.find_root().meta["filings.reads_only"] = True


def _nothing_written(ctx: click.Context) -> str:
    return "" if ctx.meta.get("filings.reads_only") else "; nothing was written"


_SYSTEM_ERRORS = {
    "ENOSPC": "the disk is full: free some space and run the command again",
    "EDQUOT": "your disk quota is used up: free some space and run the command again",
    "EACCES": "permission denied: check who owns the file or folder",
    "EPERM": "the operation is not permitted here",
    "EROFS": "the file system is read-only: choose a place you can write to",
    "ENAMETOOLONG": "the name is too long for the file system",
    "EISDIR": "that is a folder, not a file",
    "ENOTDIR": "a part of that path is a file, not a folder",
}


def _system_error(exc: OSError) -> str:
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    reason = _SYSTEM_ERRORS.get(name) or (exc.strerror or str(exc))
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{reason}" + (f" ({name})" if name else "")


def echo_warnings(warnings, case_file: Path, limit: int | None = 10) -> None:
    """Warnings on stderr; commands that make documents show the first few only."""
    shown = warnings if limit is None else warnings[:limit]
    for warning in shown:
        click.echo(warning.render(case_file), err=True)
    if len(warnings) > len(shown):
        click.echo(f"... and {len(warnings) - len(shown)} more warnings: "
                   f"`filings validate {case_file}` lists them all", err=True)


def _as_date(ctx, param, value):
    if value is None:
        return None
    if value.date() > date.today():  # a typo in the year would date every paper wrongly
        click.echo(f"warning: --date {value.date().isoformat()} lies in the future; every paper will "
                   "say it was made on that day", err=True)
    return value.date()


date_option = click.option(
    "--date",
    "today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    callback=_as_date,
    help="The date the documents are made (YYYY-MM-DD); default today. No fact may lie after it.",
)
case_argument = click.argument(
    "case_file", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="filings")
def cli():
    """Turn a stalking case file (logbook, evidence, witnesses) into Belgian legal documents.

    \b
    Start a case:     filings init mijn-dossier
    Check it:         filings validate mijn-dossier/case.yaml
    """


@cli.command()
@case_argument
@date_option
@click.pass_context
def validate(ctx: click.Context, case_file: Path, today: date | None):
    """Check a case file and report every problem at once.

    \b
    Example:
        filings validate examples/demo/case.yaml --date 2026-11-26
    """
    reads_only(ctx)
    from .summary import summarise
    from ..load.loader import load_case

    loaded = load_case(case_file, today=today)
    echo_warnings(loaded.warnings, case_file, limit=None)
    click.echo(summarise(loaded.case))


@cli.command()
def schema():
    """Print the JSON Schema of the case file (for editor completion and other tools)."""
    import json

    from ..load.model import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path):
    """Create a new case folder with a commented case.yaml and an evidence folder.

    An existing case.yaml is never overwritten.
    """
    from ..edit.scaffold import EVIDENCE_FOLDER, init_case

    target = init_case(folder)
    click.echo(f"created {target} and {folder / EVIDENCE_FOLDER}/")
    click.echo(f"next: fill in {target}, then run: filings validate {target}")


def _templates_option(func):
    return click.option(
        "--templates",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Folder with your own templates (one .docx per document kind); default: the shipped ones.",
    )(func)


@cli.command()
@case_argument
@click.argument("kind", type=click.Choice(sorted(_KINDS)))
@click.option("--witness", help="The witness id, for a witness_statement.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The .docx file to write.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@date_option
@_templates_option
def render(case_file: Path, kind: str, witness: str | None, output: Path, force: bool,
           today: date | None, templates: Path | None):
    """Write one document of a case as a .docx file.

    \b
    Example:
        filings render examples/demo/case.yaml complaint -o klacht.docx
        filings render examples/demo/case.yaml witness_statement --witness W1 -o w1.docx
    """
    from ..errors import OutputExists
    from ..render.document import find_document, write_document
    from ..load.loader import load_case

    if output.exists() and not force:
        raise OutputExists(f"{output} exists; pass --force to replace it (nothing was written)")
    loaded = load_case(case_file, today=today)
    echo_warnings(loaded.warnings, case_file)
    document = find_document(loaded, kind, witness)
    write_document(loaded, document, output, force=force, templates=templates)
    click.echo(f"wrote {output} ({document.title}, for: {document.kind.audience.value})")


@cli.command()
@case_argument
@click.option("-o", "--output", "out", type=click.Path(path_type=Path), required=True,
              help="The bundle folder to write.")
@click.option("--force", is_flag=True, help="Replace an existing bundle, once the new one is complete.")
@click.option("--zip", "make_zip", is_flag=True, help="Also write OUT.zip with the same content.")
@click.option("--pdf", is_flag=True, help="Add a PDF beside each document (needs LibreOffice).")
@date_option
@_templates_option
def bundle(case_file: Path, out: Path, force: bool, make_zip: bool, pdf: bool,
           today: date | None, templates: Path | None):
    """Build the complete bundle: documents, evidence copies, manifest.json, SHA256SUMS.

    Evidence is numbered 'stuk 1..n' once and every document cites those numbers.
    The bundle is built beside OUT and moved into place only when complete.

    \b
    Example:
        filings bundle examples/demo/case.yaml -o bundel --zip
        cd bundel && sha256sum -c SHA256SUMS
    """
    from ..seal.bundle import build_bundle
    from ..load.loader import load_case

    loaded = load_case(case_file, today=today, check_hashes=False)  # the copy pass hashes
    echo_warnings(loaded.warnings, case_file)
    progress = _progress_printer() if sys.stderr.isatty() else None
    try:
        result = build_bundle(loaded, out, force=force, make_zip=make_zip, pdf=pdf,
                              templates=templates, progress=progress,
                              notice=lambda note: click.echo(note, err=True))
    finally:
        if progress:
            click.echo("\r\033[K", err=True, nl=False)  # clear the progress line
    click.echo(f"wrote {result.folder}: {len(result.documents)} documents, "
               f"{len(result.evidence)} evidence files, {result.files} files in SHA256SUMS")
    if result.zip_file:
        click.echo(f"wrote {result.zip_file}")


def _progress_printer():
    def show(message: str) -> None:
        click.echo(f"\r\033[K{message}", err=True, nl=False)

    return show


@cli.command()
@click.argument("bundle_path", metavar="BUNDLE", type=click.Path(exists=True, path_type=Path))
@click.pass_context
def verify(ctx: click.Context, bundle_path: Path):
    """Re-hash every file of a bundle (folder or .zip) against its SHA256SUMS.

    Names each changed, missing, added or unsafe file, anything that is not a plain file,
    and where manifest.json and SHA256SUMS disagree; exit 0 only when intact.
    """
    reads_only(ctx)
    from ..seal.verify import report_lines, verify as verify_bundle

    report = verify_bundle(bundle_path)
    problems = list(report_lines(report))
    for line in problems:
        click.echo(line, err=True)
    if problems:
        click.echo(f"{bundle_path}: NOT intact ({len(problems)} problem(s))", err=True)
        raise click.exceptions.Exit(1)
    click.echo(f"{bundle_path}: intact ({report.checked} files match SHA256SUMS)")


@cli.group()
def templates():
    """Work with the .docx templates."""


@templates.command(name="check")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def templates_check(folder: Path | None):
    """Render every template against the demo case; list each value a template uses that the
    data does not provide. FOLDER defaults to the shipped templates."""
    from ..resources import templates_dir
    from ..render.check import check_templates

    folder = folder or templates_dir()
    failed = False
    for report in check_templates(folder):
        if report.ok:
            click.echo(f"{report.template}: ok")
            continue
        failed = failed or bool(report.missing) or not report.error.endswith("ignored")
        if report.error:
            click.echo(f"{report.template}: {report.error}", err=True)
        for name in report.missing:
            click.echo(f"{report.template}: uses `{name}`, which the data does not provide", err=True)
    if failed:
        raise click.exceptions.Exit(1)


def main() -> None:
    _interrupt_on_signals()
    cli(prog_name="filings")


def _interrupt_on_signals() -> None:
    """SIGTERM (kill, a shutdown) and SIGHUP (a closed terminal) stop a command the way
    Ctrl-C does, so that every writer removes what it had half-written."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)


from . import logbook as cli_logbook  # noqa: E402,F401  (registers `log` and `evidence` on the group)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
