"""`filings templates ...`: checking the .docx templates."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def templates():
    """Work with the .docx templates."""


@templates.command(name="check")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
def templates_check(folder: Path | None):
    """Render every template against the demo case; list each value a template uses that the
    data does not provide. FOLDER defaults to the shipped templates."""
    from ..render.check import check_templates
    from ..resources import templates_dir

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


