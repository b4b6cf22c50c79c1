"""`filings pv ...`: the register of police reports (PV) and the facts each covers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from ..i18n import N_, _
from .common import Commands, case_argument, date_option, reads_only, reads_the_whole_case


@click.group(cls=Commands)
def pv():
    """Record police reports (PV) and the incidents each covers; list them."""


@pv.command(name="add")
@case_argument
@click.option("--number", required=True, help=N_("The PV number, from the attest van klachtneerlegging "
              "(under 'Ons kenmerk'), e.g. GE.55.L3.012345/2026."))
@click.option("--date", "when", required=True, help=N_("The day the complaint was made, YYYY-MM-DD."))
@click.option("--zone", help=N_("The police zone that drew it up, e.g. PZ Gent."))
@click.option("--notitienummer", help=N_("The parket's notitienummer, when known (prosecutor_reference)."))
@click.option("--summary", help=N_("What the complaint was about, in one line."))
@click.option("--covers", multiple=True, help=N_("An incident this PV covers: its id or its number in "
              "`filings log list` (repeat, or comma-separate)."))
@click.option("--replace", is_flag=True, help=N_("Let the new PV cover an incident another PV covers "
              "now (by default that is refused)."))
@reads_the_whole_case
def pv_add(case_file: Path, number, when, zone, notitienummer, summary, covers, replace):
    """Add a PV to `police_reports` and mark the incidents it covers.

    Each covered incident gets `police_report: NUMBER`. The case file is changed
    atomically, keeping your comments and layout, and only if it still validates;
    a PV number already recorded, an unknown incident or one that another PV covers
    is refused and nothing is written.

    \b
    Example:
        filings pv add case.yaml --number GE.55.L3.023456/2026 --date 2026-03-23 \\
            --zone "PZ Gent" --covers 2,3,4,5
    """
    from ..edit import intake
    from ..edit.batch import read_for_edit
    from ..edit.reports import NewReport, add_police_report

    today = date.today()
    read = read_for_edit(case_file, today)

    def parsed(text, hint, parse):
        try:
            return parse(text)
        except intake.Refused as exc:
            raise click.BadParameter(str(exc), param_hint=hint) from None

    line = lambda text: intake.parse_text(text, multiline=False)  # noqa: E731
    report = NewReport(
        number=parsed(number, "--number", line),
        date=parsed(when, "--date", lambda t: intake.parse_date(t, read.loaded)),
        police_zone=parsed(zone, "--zone", line) if zone else None,
        prosecutor_reference=parsed(notitienummer, "--notitienummer", line) if notitienummer else None,
        summary=parsed(summary, "--summary", line) if summary else None,
        covers=[t.strip() for value in covers for t in value.split(",") if t.strip()],
    )
    added = add_police_report(case_file, report, today, replace=replace, read=read)
    for note in added.recovered:
        click.echo(note, err=True)
    saved = added.case
    index = next(i for i, r in enumerate(saved.case.police_reports) if r.number == report.number)
    for warning in saved.warnings:
        if warning.path[:2] == ("police_reports", index):
            click.echo(warning.render(case_file), err=True)
    for fact, other in added.moved:
        click.echo(_("feit {number} ({date}) moved from PV {other}").format(
            number=fact.number, date=fact.incident.date.isoformat(), other=other), err=True)
    facts = ", ".join(_("feit {number}").format(number=f.number)
                      + f" ({f.incident.id + ', ' if f.incident.id else ''}{f.incident.date.isoformat()})"
                      for f in added.covered)
    added_line = _("added PV {number} of {date} to {case_file}").format(
        number=report.number, date=report.date.isoformat(), case_file=case_file)
    click.echo(added_line + (_(", covering {facts}").format(facts=facts) if facts else _(", covering no incident yet")))


@pv.command(name="list")
@case_argument
@date_option
@click.pass_context
def pv_list(ctx, case_file: Path, today):
    """Each PV with the incidents it covers, then the incidents no PV covers."""
    reads_only(ctx)
    from ..load.loader import load_case
    from .tables import register_table

    loaded = load_case(case_file, today=today, check_hashes=False)
    for line in register_table(loaded.case):
        click.echo(line)
