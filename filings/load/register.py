"""The register of police reports: which PV covers which incident, and which facts no PV
covers yet ("file a complaint every time", issue 13).

The register is the case itself: an incident's `police_report` names the PV that
recorded it, and a PV covers exactly the incidents that name it. Nothing else is kept,
so the links cannot disagree with a second list.

The follow-up complaint (aanvullende klacht) adds the facts that are not reported yet,
as a police officer reads the file: every earlier complaint recounted what had happened
up to its day, so the new facts are those on or after the day of the latest PV that no
PV covers. A fact on that day which the PV does not cover happened after it was drawn
up, or was left out of it: either way it is not reported. A fact before the latest PV
that no PV covers is not restated as new (she most likely told it then, and only the
link is missing); the follow-up complaint names it and asks the police to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from .model import Case, Incident, PoliceReport

# Facts older than this with no PV draw a warning: the police and CAW advise a complaint
# after every new series of facts, and two weeks leaves room to gather the screenshots
# and the attest before the facts grow stale for a complaint (and for kort geding).
UNREPORTED_AFTER_DAYS = 14


@dataclass(frozen=True)
class Fact:
    number: int  # 'feit N': its place in time order, as every paper numbers it
    index: int  # its position in the case file's `incidents`
    incident: Incident


def numbered_facts(case: Case, keep: Callable[[Incident], bool] = lambda incident: True) -> list[Fact]:
    """Every incident (or those keep() accepts) with its fact number (time order) and its
    index in the file."""
    incidents = case.incidents
    return [Fact(number, index, incidents[index]) for number, index in enumerate(case.time_order(), start=1)
            if keep(incidents[index])]


def reports_in_order(case: Case) -> list[PoliceReport]:
    """The PVs by date (then as listed): the last one is the latest complaint."""
    return [r for _, r in sorted(enumerate(case.police_reports), key=lambda p: (p[1].date, p[0]))]


def latest_report(case: Case) -> PoliceReport | None:
    reports = reports_in_order(case)
    return reports[-1] if reports else None


def covered(case: Case, number: str) -> list[Fact]:
    """The facts the PV with this number covers, in time order."""
    return numbered_facts(case, lambda incident: incident.police_report == number)


def uncovered(case: Case) -> list[Fact]:
    """The facts no PV covers, in time order. Listed once per case (validation, planning
    and the follow-up complaint each ask); the list is shared: do not change it."""
    return case.derived("uncovered", lambda: numbered_facts(case, lambda incident: not incident.police_report))


def since_latest(case: Case) -> list[Fact]:
    """The facts a follow-up complaint adds: no PV covers them, and they lie on or after
    the day of the latest PV. Empty without a PV (the complaint itself comes first)."""
    latest = latest_report(case)
    if latest is None:
        return []
    return [f for f in uncovered(case) if f.incident.date >= latest.date]


def before_latest(case: Case) -> list[Fact]:
    """The facts no PV covers that lie before the latest PV: most likely told then, but
    not marked; the follow-up complaint names them for the police to check."""
    latest = latest_report(case)
    if latest is None:
        return []
    return [f for f in uncovered(case) if f.incident.date < latest.date]


def follow_up_applies(case: Case) -> bool:
    return bool(since_latest(case))


def unreported(case: Case, today: date) -> list[Fact]:
    """The facts no PV covers that are older than UNREPORTED_AFTER_DAYS."""
    return [f for f in uncovered(case) if (today - f.incident.date).days > UNREPORTED_AFTER_DAYS]
