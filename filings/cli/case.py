"""`filings validate`, `schema` and `init`: checking and starting a case file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ..i18n import N_, _
from ..lang import LANGUAGES
from .common import Command
from .common import case_argument, date_option, echo_warnings, reads_only


@click.command(cls=Command)
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
    from ..load.loader import load_case
    from .summary import summarise

    loaded = load_case(case_file, today=today)
    echo_warnings(loaded.warnings, case_file, limit=None)
    click.echo(summarise(loaded.case))


@click.command(cls=Command)
def schema():
    """Print the JSON Schema of the case file (for editor completion and other tools)."""
    import json

    from ..load.model import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@click.command(cls=Command)
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--language", type=click.Choice(LANGUAGES),
              help=N_("A case in this language, commented in it (default: English comments, language: nl)."))
def init(folder: Path, language: str | None):
    """Create a new case folder with a commented case.yaml and an evidence folder.

    An existing case.yaml is never overwritten.
    """
    from ..edit.scaffold import evidence_folder, init_case

    target = init_case(folder, language)
    click.echo(_("created {case_file} and {folder}/").format(case_file=target,
                                                            folder=evidence_folder(folder, language or "nl")))
    click.echo(_("next: fill in {case_file}, then run: filings validate {case_file}").format(case_file=target))


