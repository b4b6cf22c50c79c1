"""`filings templates ...`: checking the .docx templates, and the names they may use."""

from __future__ import annotations

from pathlib import Path

import click

from ..i18n import N_, _
from ..lang import LANGUAGES
from .common import Commands

from ..plan.kinds import NAMES as KIND_NAMES

LANGUAGE_HELP = N_("The language of the templates (their words: 'la demanderesse' needs more of the role "
                   "table than 'eiseres'); by default the folder's name when it is one, else nl.")


@click.group(cls=Commands)
def templates():
    """Work with the .docx templates."""


@templates.command(name="check")
@click.argument("folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--language", type=click.Choice(LANGUAGES), help=LANGUAGE_HELP)
def templates_check(folder: Path | None, language: str | None):
    """Render every template against the demo case; list each value a template uses that the
    data does not provide. FOLDER defaults to the shipped templates (of --language)."""
    from ..render.check import check_templates
    from ..resources import templates_dir

    folder = folder or templates_dir(language or "nl")
    failed = False
    for report in check_templates(folder, language=language):
        if report.ok:
            click.echo(_("{template}: ok").format(template=report.template))
            continue
        failed = failed or bool(report.missing) or not report.ignored
        if report.error:
            click.echo(f"{report.template}: {report.error}", err=True)
        for name in report.missing:
            click.echo(_("{template}: uses `{name}`, which the data does not provide")
                       .format(template=report.template, name=name), err=True)
    if failed:
        raise click.exceptions.Exit(1)




@templates.command(name="vars")
@click.argument("kind", required=False, type=click.Choice(KIND_NAMES))
@click.option("--language", type=click.Choice(LANGUAGES), default="nl", show_default=True,
              help=N_("The language whose words (role table, statutes) the names list."))
def templates_vars(kind: str | None, language: str):
    """List every name a template may use, with its meaning: `victim.name`,
    `incidents[].date`, `request.contact_ban`... KIND limits the list to one document
    kind's template; without it, the names every template has come first, then each
    kind's own.

    \b
    Example:
        filings templates vars summons
    """
    from ..plan.names import template_names

    if kind is not None:
        _print_names(template_names(kind, language))
        return
    shared = template_names("logbook", language)  # a kind with only the shared names
    click.echo("# " + _("every template"))
    _print_names(shared)
    for name in KIND_NAMES:
        own = {k: v for k, v in template_names(name, language).items() if k not in shared}
        if own:
            click.echo(f"\n# {name}")
            _print_names(own)


def _print_names(names: dict[str, str]) -> None:
    width = min(max(len(n) for n in names), 34)
    for name, meaning in names.items():
        click.echo(f"{name:<{width}}  {meaning}")
