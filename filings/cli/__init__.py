"""The `filings` command: thin commands over the library, one module per group of
commands. Exit codes: 0 done, 1 refused (bad case file, existing output, template
problem), 2 wrong usage."""

from __future__ import annotations

import sys

import click

from .. import __version__
from . import case, chat, documents, logbook, notices, templates
from .common import Group


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="filings")
def cli():
    """Turn a stalking case file (logbook, evidence, witnesses) into Belgian legal documents.

    \b
    Start a case:     filings init mijn-dossier
    Check it:         filings validate mijn-dossier/case.yaml
    """


for command in (case.validate, case.schema, case.init, documents.render, documents.bundle,
                documents.verify, templates.templates, logbook.log, logbook.evidence,
                notices.notice, chat.import_chat):
    cli.add_command(command)


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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
