"""`filings import`: a chat export's messages from the respondent into the logbook."""

from __future__ import annotations

from datetime import date, timedelta
import unicodedata
from pathlib import Path

import click

from ..i18n import N_, _, ngettext
from .common import Command, case_argument, reads_the_whole_case

_FORMATS = ["whatsapp", "sms", "telegram", "instagram", "facebook", "signal"]


@click.command(cls=Command, name="import")
@case_argument
@click.argument("exports", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(_FORMATS), help=N_("The app that exported the files (default: detected)."))
@click.option("--sender", "senders", multiple=True,
              help=N_("The respondent's name exactly as the export writes it (repeat for several spellings); "
                      "asked, with every sender's count, when not given."))
@click.option("--gap", type=click.IntRange(1, 24 * 60), default=30, show_default=True,
              help=N_("Minutes of silence that end a burst: each burst of his messages is one incident."))
@click.option("--tz", "zone_name", default="Europe/Brussels", show_default=True,
              help=N_("Time zone of the phone that exported the chat (exports rarely say)."))
@click.option("--date-order", type=click.Choice(["dmy", "mdy", "ymd"]),
              help=N_("WhatsApp: the order of day and month when no date shows it (default: day first)."))
@click.option("--threats", "threat_list",
              help=N_("Bursts to mark as a threat: '2,5', 'none', or 'proposed' (every burst the dry run marks "
                      "threat?). Default: shows each of those and asks."))
@click.option("--dry-run", is_flag=True, help=N_("Show what would be added; add nothing."))
@reads_the_whole_case
def import_chat(case_file: Path, exports: tuple[Path, ...], fmt, senders, gap, zone_name, date_order,
                threat_list, dry_run):
    """Import the respondent's messages from chat exports into the logbook.

    Each burst of his messages (no pause longer than --gap, on one day) becomes one
    incident that quotes the messages with their place in the export; the export is
    recorded as evidence (hashed, copied into the case folder, the original untouched),
    and so are the photos of a WhatsApp zip. Importing the same chat again adds only
    messages the case does not have yet.

    \b
    Formats: WhatsApp .txt or .zip, SMS Backup & Restore .xml, Telegram result.json,
    Instagram/Facebook message_1.json, signal-export data.json.
    Example:
        filings import case.yaml "WhatsApp Chat met Kevin.zip" --sender Kevin --dry-run
    """
    from ..chat.clock import zone
    from ..chat.planner import plan_import, senders as count_senders, write
    from ..chat.read import read_export
    from ..edit.batch import read_for_edit

    today = date.today()
    read = read_for_edit(case_file, today)
    tz = zone(zone_name)
    read_exports = [read_export(path, tz, format=fmt, date_order=date_order) for path in exports]
    chosen = list(senders) or _ask_sender(count_senders(read_exports))
    plan = plan_import(read.loaded, read_exports, chosen, timedelta(minutes=gap))
    for note in plan.notes:
        click.echo(_("note: {note}").format(note=_visible(note)), err=True)
    if plan.bursts:
        for line in _burst_table(plan.bursts, plan.proposed_threats):
            click.echo(line)
    count = sum(len(b.messages) for b in plan.bursts)
    already = _("; {count} already in the case").format(count=plan.already) if plan.already else ""
    if not plan.bursts:
        click.echo(_("nothing to add: {count} of his messages, all in the case already; nothing was written")
                   .format(count=plan.already) if plan.already
                   else _("nothing to add: no message from him in the export; nothing was written"))
        return
    if dry_run:
        click.echo(_("dry run: would add {incidents} with {messages}{already}; nothing was written").format(
            incidents=_incidents(len(plan.bursts)), messages=_messages(count), already=already))
        return
    threats = _threats(threat_list, plan)
    added = write(case_file, plan, threats=threats, today=today, read=read)
    for note in added.recovered:
        click.echo(note, err=True)
    for piece in added.evidence:
        state = _("already recorded {id}") if piece.already else _("added {id}")
        click.echo(state.format(id=piece.id) + f": {piece.file} (sha256 {piece.sha256[:12]}…)")
    media = {r.id for i in added.incidents for r in i.evidence} - {p.id for p in added.evidence}
    ids = [i.id for i in added.incidents]
    span = ids[0] if len(ids) == 1 else f"{ids[0]}–{ids[-1]}"
    with_media = ngettext(" and {count} media file", " and {count} media files", len(media)).format(
        count=len(media)) if media else ""
    click.echo(_("added {incidents} ({span}) with {messages}{media} to {case_file}{already}").format(
        incidents=_incidents(len(ids)), span=span, messages=_messages(count), media=with_media,
        case_file=case_file, already=already))


def _visible(text: str) -> str:
    """Names and notes from an export, with control characters shown as \\x1b: an
    export's ESC sequence must not drive her terminal (rename its window, hide lines)."""
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" and c != "\t" else c for c in text)


def _incidents(count: int) -> str:
    return ngettext("{count} incident", "{count} incidents", count).format(count=count)


def _messages(count: int) -> str:
    return ngettext("{count} message", "{count} messages", count).format(count=count)


def _ask_sender(counts) -> list[str]:
    names = [name for name, _count in counts.most_common()]
    click.echo(_("Who is the respondent in this chat? Senders:"), err=True)
    for number, name in enumerate(names, start=1):
        click.echo(f"  {number}. {_visible(name)} ({_messages(counts[name])})", err=True)

    def parse(text: str) -> list[str]:
        picked = []
        for token in text.replace(";", ",").split(","):
            token = token.strip()
            if token.isdigit() and 1 <= int(token) <= len(names):
                picked.append(names[int(token) - 1])
            elif token in names:
                picked.append(token)
            elif token:
                raise click.BadParameter(_("`{answer}` is no number from 1 to {last} and no sender listed")
                                         .format(answer=token, last=len(names)))
        if not picked:
            raise click.BadParameter(_("give a number"))
        return picked

    return click.prompt(_("His number (several: 1,3)"), value_proc=parse, err=True)


def _threats(given: str | None, plan) -> set[int]:
    """The bursts the user confirms as threats: from --threats, else asked one by one."""
    proposed = plan.proposed_threats
    if given is not None:
        answer = given.strip().lower()
        if answer in ("none", "proposed"):
            return set(proposed) if answer == "proposed" else set()
        try:
            return {int(t) for t in given.replace(";", ",").split(",") if t.strip()}
        except ValueError:
            raise click.BadParameter(_("give burst numbers such as 2,5, or none, or proposed"),
                                     param_hint="--threats") from None
    confirmed = set()
    for number, found in proposed.items():
        message = plan.bursts[number - 1].threat_message
        quote = " ".join(message.text.split())
        click.echo(_("Burst {number}, {sent}: “{quote}”").format(number=number, sent=f"{message.sent:%Y-%m-%d %H:%M}",
                                                                quote=quote[:200]), err=True)
        if click.confirm(_("It holds {words}: is it a threat?").format(words=", ".join(repr(w) for w in found)),
                         default=False, err=True):
            confirmed.add(number)
    return confirmed


def _burst_table(bursts, proposed: dict[int, list[str]]) -> list[str]:
    from .tables import table  # loads the model: only when a table is printed

    rows = []
    for number, burst in enumerate(bursts, start=1):
        first, last = burst.messages[0].sent, burst.messages[-1].sent
        words = " ".join(burst.messages[0].text.split())
        rows.append([str(number), first.date().isoformat(), f"{first:%H:%M}–{last:%H:%M}", str(len(burst.messages)),
                     _("threat?") if number in proposed else "", words])
    return table([_("burst"), _("date"), _("time"), _("messages"), "", _("first words")], rows, widest=40)
