"""The `filings` command: thin commands over the library, one module per group of
commands. Exit codes: 0 done, 1 refused (bad case file, existing output, template
problem), 2 wrong usage."""

from __future__ import annotations

import os
import sys

import click

from .. import __version__
from ..i18n import LANGUAGES, N_, _, reset, use_for_click
from .common import Group

# Every command: its module and object, and the line `filings --help` shows for it. The
# modules are imported only when their command runs, so that `--help` stays quick on an
# old laptop; tests/test_cli_case.py checks each line against the command's own help.
COMMANDS = {
    "validate": ("case", "validate", N_("Check a case file and report every problem...")),
    "schema": ("case", "schema", N_("Print the JSON Schema of the case file...")),
    "init": ("case", "init", N_("Create a new case folder with a commented...")),
    "render": ("documents", "render", N_("Write one document of a case as a .docx file.")),
    "bundle": ("documents", "bundle", N_("Build the complete bundle: documents,...")),
    "verify": ("documents", "verify", N_("Re-hash every file of a bundle (folder or...")),
    "templates": ("templates", "templates", N_("Work with the .docx templates.")),
    "log": ("logbook", "log", N_("Add incidents to the logbook and list them.")),
    "evidence": ("logbook", "evidence", N_("Add evidence files to a case and check them.")),
    "notice": ("notices", "notice", N_("Record when he was told to stop (the proof...")),
    "import": ("chat", "import_chat", N_("Import the respondent's messages from chat...")),
    "pv": ("reports", "pv", N_("Record police reports (PV) and the...")),
    "web": ("web", "web", N_("Open a local web page to keep the logbook...")),
}


class Commands(Group):
    """The top-level group: each command's module is imported when it is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in COMMANDS:
            import importlib

            module, attribute, _short_help = COMMANDS[name]
            self.add_command(getattr(importlib.import_module(f"{__name__}.{module}"), attribute), name)
        return self.commands.get(name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section(_("Commands")):
            formatter.write_dl([(name, _(COMMANDS[name][2])) for name in self.list_commands(ctx)])

    def main(self, *args, **kwargs):
        """Every run speaks the user's language, click's own messages included; --lang
        holds for this run only."""
        use_for_click()
        reset()  # the environment may have changed since the last run (a test, a web page)
        before = os.environ.get("LANGUAGE")
        try:
            return super().main(*args, **kwargs)
        finally:
            if before is None:
                os.environ.pop("LANGUAGE", None)
            else:
                os.environ["LANGUAGE"] = before
            reset()


def _set_language(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:
        os.environ["LANGUAGE"] = value  # what gettext reads first, for click's messages too
        reset()


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--lang", type=click.Choice(LANGUAGES), is_eager=True, expose_value=False,
              callback=_set_language, help=N_("The language of messages and help (nl, fr, en); default: "
                                              "from LANG, as gettext reads it."))
@click.version_option(__version__, prog_name="filings", help=N_("Show the version and exit."))
def cli():
    """Turn a stalking case file (logbook, evidence, witnesses) into Belgian legal documents.

    \b
    Start a case:     filings init mijn-dossier
    Check it:         filings validate mijn-dossier/case.yaml
    """


def all_commands() -> dict[str, click.Command]:
    """Every command, loaded: for the tests and the README check."""
    ctx = click.Context(cli)
    return {name: cli.get_command(ctx, name) for name in cli.list_commands(ctx)}


def main() -> None:
    _interrupt_on_signals()
    try:
        cli(prog_name="filings")
    except RuntimeError as exc:
        # Python 3.11 wraps an interrupt that lands inside a class definition (a module
        # imported while a bundle is made) in a RuntimeError: it is still Ctrl-C, and every
        # writer has already removed what it had half-written.
        if not isinstance(exc.__cause__ or exc.__context__, KeyboardInterrupt):
            raise
        click.echo(_("Aborted!"), err=True)
        sys.exit(1)


def _interrupt_on_signals() -> None:
    """SIGTERM (kill, a shutdown) and SIGHUP (a closed terminal) stop a command the way
    Ctrl-C does, so that every writer removes what it had half-written."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
