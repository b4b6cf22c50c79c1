"""`filings log ...` and `filings evidence ...`: keeping the logbook day by day."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from ..i18n import N_, _
from .common import Commands, case_argument, date_option, reads_only, reads_the_whole_case

# The option of `log add` each question's answer may come from: (parameter, flag).
_OPTIONS = {"date": ("when", "--date"), "time": ("at", "--time"), "end_time": ("end_time", "--end-time"),
            "location": ("location", "--location"), "kinds": ("kinds", "--kind"),
            "description": ("description", "--description"), "witnesses": ("witnesses", "--witness"),
            "files": ("files", "--evidence-file"), "police_report": ("police_report", "--police-report")}


def _ask(label: str, parse, default=None, show_default: bool = True):
    """Prompt until parse accepts the answer; parse raises intake.Refused with the fix."""
    from ..edit.intake import Refused

    def check(text):
        try:
            return parse(text)
        except Refused as exc:
            raise click.UsageError(str(exc)) from None

    return click.prompt(label, default=default, value_proc=check, show_default=show_default, err=True)


def _ask_lines(label: str, parse):
    """Multi-line text: lines until an empty line, asked again until parse accepts it."""
    from ..edit.intake import Refused

    while True:
        click.echo(_("{label} (end with an empty line):").format(label=label), err=True)
        lines = []
        while (line := sys.stdin.readline()) not in ("", "\n", "\r\n"):
            lines.append(line.rstrip("\r\n"))
        try:
            return parse("\n".join(lines))
        except Refused as exc:
            click.echo(_("Error: {message}").format(message=exc), err=True)
            if not lines and not sys.stdin.isatty():
                raise click.UsageError(_("no description given")) from None


def _ask_question(question):
    from ..edit.intake import Refused

    def parse(text):
        value = question.parse([text])
        if question.required and not value:
            raise Refused(_("this cannot be empty"))
        return value

    if question.multiline:
        return _ask_lines(question.prompt, parse)
    return _ask(question.prompt, parse, question.default, bool(question.default))


def _typed(value) -> list[str]:
    """An option's value as the texts a person typed: none, one, or one per repeat."""
    if value is None or value == ():
        return []
    return [str(v) for v in value] if isinstance(value, tuple) else [str(value)]


def _report(added) -> None:
    for note in added.recovered:
        click.echo(note, err=True)
    for witness_id, first, last in added.new_witnesses:
        click.echo(_("new witness {id}: {first} {last} (complete birth date, address, profession and relation "
                     "later for the statement form)").format(id=witness_id, first=first, last=last), err=True)
    for piece in added.evidence:
        if piece.already:
            click.echo(_("{file}: already recorded as {id}; not copied again").format(file=piece.file, id=piece.id),
                       err=True)
        else:
            click.echo(_("added {id}: {file} (sha256 {sha256}…, {size} bytes)").format(
                id=piece.id, file=piece.file, sha256=piece.sha256[:12], size=piece.size))


@click.group(cls=Commands)
def log():
    """Add incidents to the logbook and list them."""


@log.command(name="add")
@case_argument
@click.option("--date", "when", help=N_("Date of the incident, YYYY-MM-DD (default: today)."))
@click.option("--time", "at", help=N_("Time, HH:MM."))
@click.option("--end-time", help=N_("End time, HH:MM."))
@click.option("--location", help=N_("Where it happened, or the channel (WhatsApp, telefonisch)."))
@click.option("--kind", "kinds", multiple=True, help=N_("What happened: calls, messages, waiting, ... (repeat or comma-separate)."))
@click.option("--description", help=N_("What happened, with the literal words in quotes."))
@click.option("--witness", "witnesses", multiple=True, help=N_("A witness id, or the name of a new witness (repeat)."))
@click.option("--evidence-file", "files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help=N_("A file to add as evidence for this incident (repeat)."))
@click.option("--police-report", help=N_("Number of the PV that recorded it (already in police_reports)."))
@reads_the_whole_case
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
    from ..edit.batch import read_for_edit
    from ..edit.intake import Refused
    from ..edit.logbook import add_incident
    from ..edit.questions import incident_questions, new_incident
    from ..lang import words

    today = date.today()
    # Read for the questions; the edit reuses this reading if the file is unchanged by then.
    read = read_for_edit(case_file, today)
    loaded = read.loaded
    questions = incident_questions(loaded, today)
    typed = {q.name: _typed(given[_OPTIONS[q.name][0]]) for q in questions}
    interactive = not any(typed.values())
    answers = {}
    for question in questions:
        texts = typed[question.name]
        if texts and question.name == "files":  # click checked them; intake refuses what it cannot copy
            answers["files"] = list(given["files"])
        elif texts:
            try:
                answers[question.name] = question.parse(texts)
            except Refused as exc:
                raise click.BadParameter(str(exc), param_hint=_OPTIONS[question.name][1]) from None
        elif (interactive or question.required) and (not question.after or answers.get(question.after)):
            if question.name == "kinds":
                kind_names = words(loaded.case.language).INCIDENT_KINDS
                click.echo(_("Kinds:") + " " + ", ".join(f"{k} ({name})" for k, name in kind_names.items()), err=True)
            answers[question.name] = _ask_question(question)
    entry = new_incident(answers, today)
    when = entry.date
    added = add_incident(case_file, entry, today, read=read)
    _report(added)
    saved = added.case
    for warning in saved.warnings:
        if warning.path[:2] == ("incidents", len(saved.case.incidents) - 1):
            click.echo(warning.render(case_file), err=True)
    click.echo(_("added incident {id} on {date} to {case_file} ({count} incidents)").format(
        id=added.incident_id, date=when.isoformat(), case_file=case_file, count=len(saved.case.incidents)))


@log.command(name="list")
@case_argument
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help=N_("Only incidents from this date."))
@click.option("--kind", "kinds", multiple=True, help=N_("Only incidents of this kind (repeat)."))
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


@click.group(cls=Commands)
def evidence():
    """Add evidence files to a case and check them."""


@evidence.command(name="add")
@case_argument
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(["photo", "video", "audio", "letter", "message", "email", "screenshot",
                                           "social_media", "medical", "police_report", "statement", "other"]),
              help=N_("Kind of evidence (default: guessed from the file name)."))
@click.option("--description", help=N_("What the file shows (asked for when not given)."))
@click.option("--date", "when", help=N_("Date of the evidence, YYYY-MM-DD."))
@click.option("--incident", help=N_("Link to this incident: its id, or its number in `filings log list`."))
@reads_the_whole_case
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
    descriptions = {source: text or _ask(_("Description of {file}").format(file=source.name),
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
        click.echo(_("{count} file(s) missing or changed:").format(count=len(broken)) + " "
                   + ", ".join(f"{s.id} {_(s.status)}" for s in broken), err=True)
        raise click.exceptions.Exit(1)
