"""What each audience may see of a case, as preformatted Dutch strings for templates.

Pure functions from the validated Case to plain dicts: no docx here. The audience
decides what the victim's confidential data turns into (principle 3 of DESIGN.md).
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..lang.formatting import full_date, long_date, period, time_span
from ..load.model import Address, Case, Incident, Lawyer, Respondent
from ..privacy import Audience
from ..privacy.recognisers import ADDRESS, EMAIL, NATIONAL_NUMBER, PHONE
from ..privacy.shield import Shield, shown
from . import legal
from .evidence import EvidenceItem
from .numbering import chronological


def join_nl(items: Iterable[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b en c'"""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} en {items[-1]}"


def piece_refs(numbers: Iterable[int]) -> str:
    """[3] -> 'stuk 3'; [1, 4] -> 'stukken 1 en 4'"""
    numbers = sorted(set(numbers))
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"stuk {numbers[0]}"
    return f"stukken {join_nl(str(n) for n in numbers)}"


def address_line(address: Address | None) -> str:
    if address is None:
        return ""
    street = f"{address.street} {address.number}"
    if address.box:
        street += f" bus {address.box}"
    place = f"{address.postal_code} {address.city}"
    country = "" if address.country == "BE" else f", {address.country}"
    return f"{street}, {place}{country}"


def lawyer_view(lawyer: Lawyer | None) -> dict | None:
    if lawyer is None:
        return None
    return {
        "name": f"Mr. {lawyer.first_name} {lawyer.last_name}",
        "bar": lawyer.bar,
        "title": f"advocaat aan de balie te {lawyer.bar}",
        "address": address_line(lawyer.address),
        "phone": lawyer.phone or "",
        "email": lawyer.email or "",
    }


def _birth(place: str | None, born) -> str:
    if place and born:
        return f"geboren te {place} op {long_date(born)}"
    if born:
        return f"geboren op {long_date(born)}"
    return f"geboren te {place}" if place else ""


def victim_view(case: Case, audience: Audience) -> dict:
    victim = case.victim
    visible = shown(victim, audience)
    show_address = visible[ADDRESS]
    words = legal.roles(victim.gender)
    if show_address:
        address = address_line(victim.address)
        domicile = f"wonende te {address}"
    elif victim.elected_domicile is not None:
        address = ""
        domicile = (
            f"woonplaats kiezend te {address_line(victim.elected_domicile)} "
            f"({legal.LAW['elected_domicile']})"
        )
    else:
        lawyer = lawyer_view(case.lawyer)
        address = ""
        domicile = (
            f"woonplaats kiezend op het kantoor van {words['possessive']} raadsman, "
            f"{lawyer['name']}, advocaat, {lawyer['address']} ({legal.LAW['elected_domicile']})"
        )
    return {
        "name": f"{victim.first_name} {victim.last_name}",
        "first_name": victim.first_name,
        "last_name": victim.last_name,
        "birth": _birth(victim.birth_place, victim.birth_date),
        "nationality": victim.nationality or "",
        "profession": victim.profession or "",
        "address": address,
        "domicile": domicile,
        "address_shown": show_address,
        "confidential": victim.address_confidential,
        "national_number": (victim.national_number or "") if visible[NATIONAL_NUMBER] else "",
        "phone": (victim.phone or "") if visible[PHONE] else "",
        "email": (victim.email or "") if visible[EMAIL] else "",
        "role": words,
    }


def respondent_view(respondent: Respondent) -> dict:
    named = " ".join(n for n in (respondent.first_name, respondent.last_name) if n)
    return {
        "name": named or "onbekend",
        "known": respondent.named,
        "birth": _birth(respondent.birth_place, respondent.birth_date),
        "profession": respondent.profession or "",
        "address": address_line(respondent.address),
        "description": respondent.description or "",
        "phones": join_nl(respondent.phones),
        "accounts": join_nl(respondent.online_accounts),
        "relationship": legal.RELATIONSHIP_NL[respondent.relationship],
        "role": legal.roles(respondent.gender),
    }


def incident_views(
    case: Case, pieces: dict[str, int], shield: Shield
) -> list[dict]:
    """Every incident in time order, numbered 'feit 1..n', citing 'stuk N'."""
    names = {w.id: f"{w.first_name} {w.last_name}" for w in case.witnesses}
    views = []
    for number, incident in enumerate(chronological(case), start=1):
        views.append(
            {
                "number": number,
                "date": long_date(incident.date),
                "day": full_date(incident.date),
                "time": time_span(incident.time, incident.end_time),
                "when": _when(incident),
                "location": shield(incident.location or ""),
                "place": shield(incident.location or "") or "niet van toepassing",
                "kinds": join_nl(legal.INCIDENT_KIND_NL[k] for k in incident.kinds),
                "description": shield(incident.description),
                "witnesses": join_nl(names[w] for w in incident.witnesses),
                "evidence": piece_refs(pieces[e] for e in incident.evidence),
                "police_report": incident.police_report or "",
            }
        )
    return views


def _when(incident: Incident) -> str:
    text = full_date(incident.date)
    if incident.time is not None:
        text += f", {time_span(incident.time, incident.end_time)}"
    return text


def pattern_view(case: Case) -> dict:
    """How often, how long, through which channels: what case law asks to be shown."""
    incidents = chronological(case)
    if not incidents:
        return {"count": 0, "summary": "", "channels": ""}
    first, last = incidents[0].date, incidents[-1].date
    days = (last - first).days + 1
    per_kind = Counter(kind for i in incidents for kind in i.kinds)
    channels = join_nl(
        f"{legal.INCIDENT_KIND_NL[kind]} ({count}×)" for kind, count in per_kind.most_common()
    )
    count = len(incidents)
    facts = f"{count} {'feit' if count == 1 else 'feiten'}"
    if first == last:
        summary = f"{facts} op {long_date(first)}"
    else:
        summary = (f"{facts} tussen {long_date(first)} en {long_date(last)}, over een periode "
                   f"van {days} dagen")
    return {"count": count, "summary": summary, "channels": channels, "period": period(first, last)}


def evidence_views(items: list[EvidenceItem]) -> list[dict]:
    return [
        {
            "number": item.number,
            "label": f"stuk {item.number}",
            "id": item.id,
            "kind": legal.EVIDENCE_KIND_NL[item.piece.kind],
            "description": item.piece.description,
            "date": long_date(item.piece.date) if item.piece.date else "zonder datum",
            "file": item.file or "(op papier)",
            "sha256": item.sha256 or "—",
            "size": f"{item.size} bytes" if item.size is not None else "—",
        }
        for item in items
    ]


def witness_incidents(case: Case, witness_id: str, shield: Shield) -> list[dict]:
    """A witness is reminded of dates and places only, never of the victim's account."""
    return [
        {"date": long_date(i.date), "place": shield(i.location or "")}
        for i in chronological(case)
        if witness_id in i.witnesses
    ]

