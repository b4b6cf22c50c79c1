"""The `filings` command: a thin layer over the library. Exit codes: 0 done, 1 refused
(bad case file, existing output, template problem), 2 wrong usage."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from . import __version__
from .errors import CaseInvalid, FilingsError


class _Group(click.Group):
    """Turns every refusal into a message on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except CaseInvalid as exc:
            for line in exc.lines():
                click.echo(line, err=True)
            count = len(exc.problems)
            click.echo(
                f"{count} problem{'s' if count != 1 else ''} in {exc.file}; nothing was written.",
                err=True,
            )
            ctx.exit(exc.exit_code)
        except FilingsError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)


def _as_date(ctx, param, value):
    return value.date() if value is not None else None


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
def validate(case_file: Path, today: date | None):
    """Check a case file and report every problem at once.

    \b
    Example:
        filings validate examples/demo/case.yaml --date 2026-11-26
    """
    from .summary import summarise
    from .validation import load_case

    loaded = load_case(case_file, today=today)
    for warning in loaded.warnings:
        click.echo(warning.render(case_file), err=True)
    click.echo(summarise(loaded.case))


@cli.command()
def schema():
    """Print the JSON Schema of the case file (for editor completion and other tools)."""
    from .model import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def init(folder: Path):
    """Create a new case folder with a commented case.yaml and an evidence folder.

    An existing case.yaml is never overwritten.
    """
    from .scaffold import EVIDENCE_FOLDER, init_case

    target = init_case(folder)
    click.echo(f"created {target} and {folder / EVIDENCE_FOLDER}/")
    click.echo(f"next: fill in {target}, then run: filings validate {target}")


def main() -> None:
    cli(prog_name="filings")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
