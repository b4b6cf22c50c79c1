"""The logbook and the evidence as plain-text tables for the terminal."""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..load.model import Case, IncidentKind
from ..plan.numbering import chronological


def table(headers: list[str], rows: list[list[str]], widest: int = 48) -> list[str]:
    cells = [[c if len(c) <= widest else c[: widest - 1] + "…" for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = lambda row: "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip()  # noqa: E731
    return [line(headers), line(["-" * w for w in widths]), *(line(r) for r in cells)]


def incident_table(case: Case, since: date | None = None, kinds: list[IncidentKind] | None = None) -> list[str]:
    shown = []
    for number, incident in enumerate(chronological(case), start=1):
        if since and incident.date < since:
            continue
        if kinds and not set(kinds) & set(incident.kinds):
            continue
        shown.append((number, incident))
    rows = [
        [str(n), i.id or "", i.date.isoformat(), i.time.strftime("%H:%M") if i.time else "",
         i.location or "", ",".join(k.value for k in i.kinds),
         i.description.splitlines()[0], ",".join(i.witnesses), ",".join(i.evidence)]
        for n, i in shown
    ]
    lines = table(["nr", "id", "date", "time", "place", "kinds", "what happened", "witnesses", "evidence"], rows)
    per_kind = Counter(k.value for _, i in shown for k in i.kinds)
    per_month = Counter(i.date.strftime("%Y-%m") for _, i in shown)
    lines.append("")
    lines.append(f"{len(shown)} incident{'s' if len(shown) != 1 else ''}")
    if per_kind:
        lines.append("per kind:  " + ", ".join(f"{k} {c}" for k, c in sorted(per_kind.items(), key=lambda kc: (-kc[1], kc[0]))))
        lines.append("per month: " + ", ".join(f"{m} {c}" for m, c in sorted(per_month.items())))
    return lines


def evidence_table(case: Case, statuses: list) -> list[str]:
    rows = [
        [p.id, p.kind.value, p.date.isoformat() if p.date else "", p.file or "", s.status]
        for p, s in zip(case.evidence, statuses)
    ]
    return table(["id", "kind", "date", "file", "matches recorded hash"], rows, widest=60)
