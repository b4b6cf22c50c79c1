"""One numbering for a bundle: evidence is 'stuk 1..n', incidents 'feit 1..n'."""

from __future__ import annotations

from datetime import date

from ..load.model import Case, Evidence, Incident


def numbered_evidence(case: Case) -> list[tuple[int, Evidence]]:
    """Evidence by date, then as listed; undated (paper) pieces after the dated ones."""
    order = sorted(
        enumerate(case.evidence),
        key=lambda pair: (pair[1].date is None, pair[1].date or date.min, pair[0]),
    )
    return [(number, piece) for number, (_, piece) in enumerate(order, start=1)]


def chronological(case: Case) -> list[Incident]:
    """Incidents in the order they happened; the logbook may list them in any order."""
    return [case.incidents[index] for index in case.time_order()]


def witnessed(case: Case, witness_id: str) -> list[Incident]:
    """The incidents a witness saw, in time order. Indexed once per case: a bundle asks for
    each witness's form, and scanning every incident for each of 20 witnesses cost twice the
    forms' own work at 20,000 incidents."""
    def index() -> dict[str, list[Incident]]:
        seen: dict[str, list[Incident]] = {}
        for incident in chronological(case):
            for wid in dict.fromkeys(incident.witnesses):
                seen.setdefault(wid, []).append(incident)
        return seen
    return case.derived("witnessed", index).get(witness_id, [])
