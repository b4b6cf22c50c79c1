"""The logbook and the evidence as plain-text tables for the terminal."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..hashing import sha256_file
from ..load.model import Case, IncidentKind
from ..paths import inside
from ..plan.numbering import chronological


def _table(headers: list[str], rows: list[list[str]], widest: int = 48) -> list[str]:
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
    lines = _table(["nr", "id", "date", "time", "place", "kinds", "what happened", "witnesses", "evidence"], rows)
    per_kind = Counter(k.value for _, i in shown for k in i.kinds)
    per_month = Counter(i.date.strftime("%Y-%m") for _, i in shown)
    lines.append("")
    lines.append(f"{len(shown)} incident{'s' if len(shown) != 1 else ''}")
    if per_kind:
        lines.append("per kind:  " + ", ".join(f"{k} {c}" for k, c in sorted(per_kind.items(), key=lambda kc: (-kc[1], kc[0]))))
        lines.append("per month: " + ", ".join(f"{m} {c}" for m, c in sorted(per_month.items())))
    return lines


@dataclass(frozen=True)
class EvidenceStatus:
    id: str
    status: str  # ok | CHANGED | missing | unreadable | outside the case folder | not a file | no hash recorded | on paper

    @property
    def broken(self) -> bool:
        return self.status not in ("ok", "no hash recorded", "on paper")


def evidence_status(case: Case, base_dir: Path) -> list[EvidenceStatus]:
    result = []
    for piece in case.evidence:
        if not piece.file:
            status = "on paper"
        elif inside(base_dir, piece.file) is None:
            status = "outside the case folder"
        elif not os.path.lexists(base_dir / piece.file):
            status = "missing"
        elif not (base_dir / piece.file).is_file():
            status = "not a file"
        elif piece.sha256 is None:
            status = "no hash recorded"
        else:
            try:
                status = "ok" if sha256_file(base_dir / piece.file)[0] == piece.sha256 else "CHANGED"
            except OSError:  # unreadable, or swapped for something that is no regular file
                status = "unreadable"
        result.append(EvidenceStatus(piece.id, status))
    return result


def evidence_table(case: Case, statuses: list[EvidenceStatus]) -> list[str]:
    rows = [
        [p.id, p.kind.value, p.date.isoformat() if p.date else "", p.file or "", s.status]
        for p, s in zip(case.evidence, statuses)
    ]
    return _table(["id", "kind", "date", "file", "matches recorded hash"], rows, widest=60)
