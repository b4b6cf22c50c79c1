"""A short account of what a case holds, for `filings validate`."""

from __future__ import annotations

from ..i18n import _, ngettext
from ..load.model import Case


def summarise(case: Case) -> str:
    lines = [_("{reference}: valid").format(reference=case.reference)]
    incidents, evidence = len(case.incidents), len(case.evidence)
    witnesses, reports = len(case.witnesses), len(case.police_reports)
    counts = ", ".join(
        [
            ngettext("{count} incident", "{count} incidents", incidents).format(count=incidents),
            ngettext("{count} piece of evidence", "{count} pieces of evidence", evidence).format(count=evidence),
            ngettext("{count} witness", "{count} witnesses", witnesses).format(count=witnesses),
            ngettext("{count} police report", "{count} police reports", reports).format(count=reports),
        ]
    )
    lines.append(f"  {counts}")
    if case.incidents:
        dates = sorted(incident.date for incident in case.incidents)
        span = (dates[-1] - dates[0]).days  # as the papers count it: 28 Jan to 19 Nov is 295
        lines.append("  " + ngettext("period: {first} to {last} ({days} day)",
                                     "period: {first} to {last} ({days} days)", span)
                     .format(first=dates[0].isoformat(), last=dates[-1].isoformat(), days=span))
    return "\n".join(lines)
