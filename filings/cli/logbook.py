"""`filings log ...` and `filings evidence ...`: keeping the logbook day by day."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from .common import case_argument, date_option, reads_only

# The option each value of `log add` comes from, for messages (the parameter names differ).
_OPTION = {"when": "--date", "at": "--time", "kinds": "--kind", "witnesses": "--witness",
           "files": "--evidence-file"}
INCIDENT_OPTIONS = ("when", "at", "end_time", "location", "kinds", "description", "witnesses", "files", "police_report")


def _ask(label: str, parse, default=None, show_default: bool = True):
    """Prompt until parse accepts the answer; parse raises intake.Refused with the fix."""
    from ..edit.intake import Refused

    def check(text):
        try:
            return parse(text)
        except Refused as exc:
            raise click.UsageError(str(exc)) from None

    return click.prompt(label, default=default, value_proc=check, show_default=show_default, err=True)


def _ask_text(label: str) -> str:
    """Multi-line text: lines until an empty line."""
    from ..edit.intake import Refused, parse_text

    while True:
        click.echo(f"{label} (end with an empty line):", err=True)
        lines = []
        while (line := sys.stdin.readline()) not in ("", "\n", "\r\n"):
            lines.append(line.rstrip("\r\n"))
        try:
            return parse_text("\n".join(lines), multiline=True)
        except Refused as exc:
            click.echo(f"Error: {exc}", err=True)
            if not lines and not sys.stdin.isatty():
                raise click.UsageError("no description given") from None


def _report(added) -> None:
    for note in added.recovered:
        click.echo(note, err=True)
    for witness_id, first, last in added.new_witnesses:
        click.echo(f"new witness {witness_id}: {first} {last} (complete birth date, address, "
                   "profession and relation later for the statement form)", err=True)
    for piece in added.evidence:
        if piece.already:
            click.echo(f"{piece.file}: already recorded as {piece.id}; not copied again", err=True)
        else:
            click.echo(f"added {piece.id}: {piece.file} (sha256 {piece.sha256[:12]}…, {piece.size} bytes)")


@click.group()
def log():
    """Add incidents to the logbook and list them."""


@log.command(name="add")
@case_argument
@click.option("--date", "when", help="Date of the incident, YYYY-MM-DD (default: today).")
@click.option("--time", "at", help="Time, HH:MM.")
@click.option("--end-time", help="End time, HH:MM.")
@click.option("--location", help="Where it happened, or the channel (WhatsApp, telefonisch).")
@click.option("--kind", "kinds", multiple=True, help="What happened: calls, messages, waiting, ... (repeat or comma-separate).")
@click.option("--description", help="What happened, with the literal words in quotes.")
@click.option("--witness", "witnesses", multiple=True, help="A witness id, or the name of a new witness (repeat).")
@click.option("--evidence-file", "files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A file to add as evidence for this incident (repeat).")
@click.option("--police-report", help="Number of the PV that recorded it (already in police_reports).")
def log_add(case_file: Path, **given):
    """Add one incident, asking for each value not given as an option.

    With no options it asks for everything, one prompt at a time; with options it asks
    only for what an incident needs and was not given. The case file is rewritten
    atomically, keeping your comments and layout, and only if it still validates.

    \b
    Example:
        filings log add case.yaml
        filings log add case.yaml --kind calls --location telefonisch \\
            --description "Zes oproepen na middernacht."
    """
    from ..edit import intake
    from ..edit.logbook import NewIncident, add_incident
    from ..edit.batch import read_for_edit
    from ..lang import words

    today = date.today()
    # Read for the questions; the edit reuses this reading if the file is unchanged by then.
    read = read_for_edit(case_file, today)
    loaded = read.loaded
    interactive = not any(given[name] for name in INCIDENT_OPTIONS)

    def value(name, parse, ask):
        if given[name]:
            try:
                return parse(given[name])
            except intake.Refused as exc:
                raise click.BadParameter(str(exc), param_hint=_OPTION.get(name, f"--{name.replace('_', '-')}")) from None
        return ask() if ask else None

    when = value("when", lambda t: intake.parse_date(t, loaded),
                 (lambda: _ask("Date (YYYY-MM-DD)", lambda t: intake.parse_date(t, loaded), today.isoformat()))
                 if interactive else None) or today
    at = value("at", intake.parse_time,
               (lambda: _ask("Time (HH:MM, empty if unknown)", intake.parse_time, "", False)) if interactive else None)
    end = value("end_time", intake.parse_time,
                (lambda: _ask("End time (HH:MM, empty if none)", intake.parse_time, "", False)) if interactive and at else None)
    location = value("location", lambda t: intake.parse_text(t, multiline=False),
                     (lambda: _ask("Place or channel", lambda t: intake.parse_text(t, multiline=False) if t.strip() else "", "", False)) if interactive else None)
    if not given["kinds"]:
        kind_names = words(loaded.case.language).INCIDENT_KINDS
        click.echo("Kinds: " + ", ".join(f"{k} ({name})" for k, name in kind_names.items()), err=True)
    kinds = value("kinds", lambda v: intake.parse_kinds(list(v)),
                  lambda: _ask("Kinds (comma-separated)", lambda t: intake.parse_kinds([t])))
    description = value("description", lambda t: intake.parse_text(t, multiline=True),
                        lambda: _ask_text("What happened"))

    def parse_witnesses(tokens):
        return [intake.parse_witness(t, loaded) for t in tokens if t.strip()]

    known = ", ".join(w.id for w in loaded.case.witnesses) or "none yet"
    witnesses = value("witnesses", parse_witnesses, (lambda: _ask(
        f"Witnesses (ids: {known}; or a new witness's name; comma-separated; empty for none)",
        lambda t: parse_witnesses(t.split(",")), "", False)) if interactive else None) or []
    files = list(given["files"])
    if interactive:
        files = _ask("Evidence files (paths, comma-separated; empty for none)",
                     lambda t: [intake.parse_existing_file(p) for p in t.split(",") if p.strip()], "", False)
    report = value("police_report", lambda t: intake.parse_police_report(t, loaded),
                   (lambda: _ask("PV number (empty if none)", lambda t: intake.parse_police_report(t, loaded),
                                 "", False)) if interactive else None)

    entry = NewIncident(
        date=when, kinds=kinds, description=description, time=at, end_time=end,
        location=location or None, police_report=report or None, files=files,
        witness_ids=[existing for existing, _ in witnesses if existing],
        new_witnesses=[name for existing, name in witnesses if not existing],
    )
    added = add_incident(case_file, entry, today, read=read)
    _report(added)
    saved = added.case
    for warning in saved.warnings:
        if warning.path[:2] == ("incidents", len(saved.case.incidents) - 1):
            click.echo(warning.render(case_file), err=True)
    click.echo(f"added incident {added.incident_id} on {when.isoformat()} to {case_file} "
               f"({len(saved.case.incidents)} incidents)")


@log.command(name="list")
@case_argument
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only incidents from this date.")
@click.option("--kind", "kinds", multiple=True, help="Only incidents of this kind (repeat).")
@date_option
@click.pass_context
def log_list(ctx, case_file: Path, since, kinds, today):
    """The incidents in time order, with counts per kind and per month."""
    reads_only(ctx)
    from ..edit.intake import Refused, parse_kinds
    from ..load.loader import load_case
    from .tables import incident_table

    loaded = load_case(case_file, today=today, check_hashes=False)
    try:
        wanted = parse_kinds(list(kinds)) if kinds else None
    except Refused as exc:
        raise click.BadParameter(str(exc), param_hint="--kind") from None
    for line in incident_table(loaded.case, since.date() if since else None, wanted):
        click.echo(line)


@click.group()
def evidence():
    """Add evidence files to a case and check them."""


@evidence.command(name="add")
@case_argument
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(["photo", "video", "audio", "letter", "message", "email", "screenshot",
                                           "social_media", "medical", "police_report", "statement", "other"]),
              help="Kind of evidence (default: guessed from the file name).")
@click.option("--description", help="What the file shows (asked for when not given).")
@click.option("--date", "when", help="Date of the evidence, YYYY-MM-DD.")
@click.option("--incident", help="Link to this incident: its id, or its number in `filings log list`.")
def evidence_add(case_file: Path, files: tuple[Path, ...], kind, description, when, incident):
    """Copy files into the case's evidence folder and record them with their SHA-256.

    The originals are never moved or changed; a name already taken gets a new name,
    never an overwrite.

    \b
    Example:
        filings evidence add case.yaml ~/Downloads/IMG_2041.jpg --incident 7 \\
            --description "Foto van de auto voor mijn deur"
    """
    from ..edit import intake
    from ..edit.logbook import add_evidence
    from ..edit.batch import read_for_edit
    from ..load.model import EvidenceKind

    today = date.today()
    read = read_for_edit(case_file, today)
    loaded = read.loaded
    try:
        day = intake.parse_date(when, loaded) if when else None
        if incident:
            intake.find_incident(loaded, incident)  # refused now, before any question
        text = intake.parse_text(description, multiline=True) if description else None
    except intake.Refused as exc:
        raise click.UsageError(str(exc)) from None
    # Asked before the edit starts, so that the case is locked only while it changes; a
    # file the case already records is not described again.
    recorded = {file.resolve() for file, _ in loaded.evidence_files()}
    descriptions = {source: text or _ask(f"Description of {source.name}",
                                         lambda t: intake.parse_text(t, multiline=True))
                    for source in files if source.resolve() not in recorded}
    added = add_evidence(case_file, list(files), kind=EvidenceKind(kind) if kind else None, day=day,
                         incident=incident, today=today, read=read,
                         describe=lambda source: descriptions.get(source) or source.name)
    _report(added)


@evidence.command(name="list")
@case_argument
@date_option
@click.pass_context
def evidence_list(ctx, case_file: Path, today):
    """Each piece with its id, kind, date, file, and whether the file still matches its hash.

    Exit code 1 when a file is missing or no longer matches its recorded hash."""
    from ..load.loader import load_case
    from ..load.evidence_status import evidence_status
    from .tables import evidence_table

    reads_only(ctx)
    # A missing or changed file is what this command reports: it must not stop the table.
    loaded = load_case(case_file, today=today, check_files=False)
    statuses = evidence_status(loaded.case, loaded.base_dir)
    for line in evidence_table(loaded.case, statuses):
        click.echo(line)
    broken = [s for s in statuses if s.broken]
    if broken:
        click.echo(f"{len(broken)} file(s) missing or changed: " + ", ".join(f"{s.id} {s.status}" for s in broken), err=True)
        raise click.exceptions.Exit(1)
