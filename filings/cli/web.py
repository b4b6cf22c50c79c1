"""`filings web`: the case on a local web page, for people who will never edit YAML."""

from __future__ import annotations

from pathlib import Path

import click

from ..i18n import N_, _
from .common import Command


@click.command(cls=Command)
@click.argument("case_folder", required=False, default=".",
                type=click.Path(exists=True, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=0, help=N_("Port to listen on (default: a free one)."))
@click.option("--no-browser", is_flag=True, help=N_("Print the address only; do not open the browser."))
def web(case_folder: Path, port: int, no_browser: bool):
    """Open a local web page to keep the logbook and make the papers.

    The page is served on this computer only (127.0.0.1), at an address with a secret
    token; no other user or web page can reach it. Stop it with Ctrl-C. Without a case
    in CASE_FOLDER (default: this folder) the page offers to start one.

    \b
    Example:
        filings web mijn-dossier
    """
    from ..web.server import serve

    def announce(url: str) -> None:
        click.echo(_("filings web: {address}").format(address=url))
        click.echo(_("Stop with Ctrl-C. Each address opens the page once; after a quick exit, open the "
                     "newest one printed here."))

    def announce_next(url: str) -> None:
        click.echo(_("filings web: next address: {address}").format(address=url))

    try:
        serve(case_folder.resolve(), port=port, announce=announce, open_browser=not no_browser,
              announce_next=announce_next)
    except OSError as exc:
        raise click.ClickException(_("cannot listen on 127.0.0.1:{port}: {reason}").format(
            port=port, reason=exc.strerror or exc)) from None
    click.echo(_("filings web stopped."), err=True)
