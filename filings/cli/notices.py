"""`filings notice ...`: recording each time he was told to stop."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ..i18n import N_, _
from .common import Commands, case_argument, reads_the_whole_case

_BY = ["victim", "lawyer", "police", "prosecutor", "other"]
_CHANNELS = ["message", "letter", "registered_letter", "email", "social_media", "phone", "in_person", "other"]


@click.group(cls=Commands)
def notice():
    """Record when he was told to stop (the proof that he knew)."""


@notice.command(name="add")
@case_argument
@click.option("--date", "when", required=True, help=N_("The day he was told, YYYY-MM-DD."))
@click.option("--by", type=click.Choice(_BY), default="victim", show_default=True, help=N_("Who told him."))
@click.option("--channel", type=click.Choice(_CHANNELS), required=True, help=N_("How he was told."))
@click.option("--text", help=N_("What he was told, as sent (the stop message)."))
@click.option("--evidence", "evidence_ids", multiple=True, help=N_("Id of a piece already in the case that proves it (repeat)."))
@click.option("--evidence-file", "files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help=N_("A file that proves it (screenshot, proof of sending); copied in and hashed (repeat)."))
@reads_the_whole_case
def notice_add(case_file: Path, when, by, channel, text, evidence_ids, files):
    """Record a notice: the stop message or letter he was sent, or a police warning.

    Every later paper counts the facts after it, as the proof that he knew or should
    have known (art. 442bis Sw.). Keep the proof: a screenshot of the sent message, the
    receipt of a registered letter.

    \b
    Example:
        filings notice add case.yaml --date 2026-01-29 --channel message \\
            --text "Ik wil geen contact meer met jou." --evidence-file ~/schermafbeelding.png
    """
    from ..edit import intake
    from ..edit.batch import NewNotice, read_for_edit
    from ..edit.notices import add_notice

    today = date.today()
    read = read_for_edit(case_file, today)
    try:
        day = intake.parse_date(when, read.loaded)
        said = intake.parse_text(text, multiline=True) if text else None
    except intake.Refused as exc:
        raise click.UsageError(str(exc)) from None
    added = add_notice(case_file, NewNotice(day, by, channel, said, list(evidence_ids), list(files)),
                       today=today, read=read)
    for note in added.recovered:
        click.echo(note, err=True)
    for notice_id, proof in added.notices:
        for piece in proof:
            state = _("already recorded, not copied again") if piece.already else f"sha256 {piece.sha256[:12]}…"
            click.echo(_("proof {id}: {file} ({state})").format(id=piece.id, file=piece.file, state=state))
        click.echo(_("added {id}: {date}, {by}, {channel}").format(id=notice_id, date=day.isoformat(), by=by,
                                                                  channel=channel))
        if not proof and not evidence_ids:
            click.echo(_("warning: no proof recorded; add a screenshot or receipt with --evidence-file"),
                       err=True)
