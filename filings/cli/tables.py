"""The logbook and the evidence as plain-text tables for the terminal."""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..i18n import _, ngettext
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
    lines = table([_("nr"), "id", _("date"), _("time"), _("place"), _("kinds"), _("what happened"), _("witnesses"),
                   _("evidence")], rows)
    per_kind = Counter(k.value for _, i in shown for k in i.kinds)
    per_month = Counter(i.date.strftime("%Y-%m") for _, i in shown)
    lines.append("")
    lines.append(ngettext("{count} incident", "{count} incidents", len(shown)).format(count=len(shown)))
    if per_kind:
        lines.append(_("per kind:") + "  " + ", ".join(f"{k} {c}" for k, c in sorted(per_kind.items(), key=lambda kc: (-kc[1], kc[0]))))
        lines.append(_("per month:") + " " + ", ".join(f"{m} {c}" for m, c in sorted(per_month.items())))
    return lines


def evidence_table(case: Case, statuses: list) -> list[str]:
    rows = [
        [p.id, p.kind.value, p.date.isoformat() if p.date else "", p.file or "", _(s.status)]
        for p, s in zip(case.evidence, statuses)
    ]
    return table(["id", _("kind"), _("date"), _("file"), _("matches recorded hash")], rows, widest=60)


def register_table(case: Case) -> list[str]:
    """Each PV (in date order) with the facts it covers, then the facts no PV covers,
    marking those a follow-up complaint adds."""
    from ..load.register import before_latest, covered, reports_in_order, since_latest, uncovered

    def fact_line(fact) -> str:
        i = fact.incident
        what = ",".join(k.value for k in i.kinds)
        first = i.description.splitlines()[0]
        first = first if len(first) <= 60 else first[:59] + "…"
        fact_word = _("feit {number}").format(number=f"{fact.number:<3}")
        return f"  {fact_word} {i.id or '-':<6} {i.date.isoformat()}  {what}: {first}"

    lines: list[str] = []
    for report in reports_in_order(case):
        extra = [x for x in (report.police_zone, _("notitienummer {reference}").format(reference=report.prosecutor_reference)
                             if report.prosecutor_reference else None) if x]
        facts = covered(case, report.number)
        lines.append(f"PV {report.number}  {report.date.isoformat()}" + (f"  ({', '.join(extra)})" if extra else "")
                     + ": " + ngettext("{count} fact", "{count} facts", len(facts)).format(count=len(facts)))
        lines += [fact_line(f) for f in facts]
    if not case.police_reports:
        lines.append(_("no PV recorded yet: the complaint (klacht) lists every fact"))
    open_facts = uncovered(case)
    lines.append("")
    lines.append(ngettext("not covered by any PV: {count} fact", "not covered by any PV: {count} facts",
                          len(open_facts)).format(count=len(open_facts)))
    new, old = {f.index for f in since_latest(case)}, {f.index for f in before_latest(case)}
    for fact in open_facts:
        note = ("  " + _("(in the follow-up complaint)") if fact.index in new
                else "  " + _("(before the latest PV: check whether it recorded it)") if fact.index in old else "")
        lines.append(fact_line(fact) + note)
    return lines
