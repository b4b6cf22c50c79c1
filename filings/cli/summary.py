"""A short account of what a case holds, for `filings validate`."""

from __future__ import annotations

from ..load.model import Case


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def summarise(case: Case) -> str:
    lines = [f"{case.reference}: valid"]
    counts = ", ".join(
        [
            _count(len(case.incidents), "incident", "incidents"),
            _count(len(case.evidence), "piece of evidence", "pieces of evidence"),
            _count(len(case.witnesses), "witness", "witnesses"),
            _count(len(case.police_reports), "police report", "police reports"),
        ]
    )
    lines.append(f"  {counts}")
    if case.incidents:
        dates = sorted(incident.date for incident in case.incidents)
        span = (dates[-1] - dates[0]).days  # as the papers count it: 28 Jan to 19 Nov is 295
        lines.append(
            f"  period: {dates[0].isoformat()} to {dates[-1].isoformat()} "
            f"({_count(span, 'day', 'days')})"
        )
    return "\n".join(lines)
