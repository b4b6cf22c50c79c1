"""What each audience may see of a case: facts for the templates, in the case's language.

Pure functions from the validated Case to plain dicts: no docx here, and no sentences:
names, dates, amounts and flags, written out with the words of filings/lang/<language>.py;
the templates and their phrases.yaml make the sentences. The audience decides what the
victim's confidential data turns into (principle 3 of DESIGN.md).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from types import ModuleType

from ..lang import words
from ..lang.formatting import Formats, formats
from ..load.model import Address, Case, Incident, Lawyer, QuotedMessage, Respondent
from ..privacy import Audience
from ..privacy.recognisers import ADDRESS, EMAIL, NATIONAL_NUMBER, PHONE
from ..privacy.shield import Shield, shown
from . import legal
from .evidence import EvidenceItem
from .numbering import chronological, witnessed


def reflow(text: str) -> list[str]:
    """Typed text as paragraphs: one line break is a space, an empty line a new paragraph
    (a YAML `|` block keeps the lines as they were typed)."""
    blocks = [" ".join(line.strip() for line in block.splitlines() if line.strip())
              for block in re.split(r"\n\s*\n", text.strip())]
    return [block for block in blocks if block]


def quoted(paragraphs: list[str], w: ModuleType) -> list[str]:
    """Paragraphs printed inside quotation marks: the quotations in them take the inner
    marks (“ ... ‘her words’ ... ”). Straight quotes are paired in order; an odd one is
    left as typed rather than guessed."""
    outer_open, outer_close = w.QUOTES
    inner_open, inner_close = w.INNER_QUOTES
    result = []
    for paragraph in paragraphs:
        paragraph = paragraph.replace(outer_open, inner_open).replace(outer_close, inner_close)
        parts = paragraph.split('"')
        if len(parts) % 2 == 1:  # an even number of straight quotes
            paragraph = "".join(part + (inner_open if n % 2 == 0 else inner_close) * (n < len(parts) - 1)
                                for n, part in enumerate(parts))
        result.append(paragraph)
    return result


def quotations(text: str) -> list[str]:
    """The words quoted in a typed text, as typed: 'Hij schreef: "Ik krijg je wel."' ->
    ['Ik krijg je wel.']. Straight and curly double quotes, and French guillemets « … »;
    an unpaired mark is ignored."""
    return [m.group(1) or m.group(2) or m.group(3)
            for m in re.finditer(r'"([^"]+)"|“([^”]+)”|«[\s\u00a0\u202f]*([^»]+?)[\s\u00a0\u202f]*»', text)]


def address_line(address: Address | None, w: ModuleType) -> str:
    if address is None:
        return ""
    return w.address(address.street, address.number, address.box, address.postal_code,
                     address.city, address.country)


def lawyer_view(lawyer: Lawyer | None, w: ModuleType) -> dict | None:
    if lawyer is None:
        return None
    return {
        "name": f"{w.LAWYER_PREFIX} {lawyer.first_name} {lawyer.last_name}",
        "bar": lawyer.bar,
        "address": address_line(lawyer.address, w),
        "phone": lawyer.phone or "",
        "email": lawyer.email or "",
    }


def _birth(place: str | None, born, w: ModuleType, f: Formats) -> str:
    return w.birth(place, f.long_date(born) if born else "")


def victim_view(case: Case, audience: Audience) -> dict:
    victim, w, f = case.victim, words(case.language), formats(case.language)
    visible = shown(victim, audience)
    show_address = visible[ADDRESS]
    return {
        "name": f"{victim.first_name} {victim.last_name}",
        "first_name": victim.first_name,
        "last_name": victim.last_name,
        "birth": _birth(victim.birth_place, victim.birth_date, w, f),
        "nationality": victim.nationality or "",
        "profession": victim.profession or "",
        "address": address_line(victim.address, w) if show_address else "",
        "elected_domicile": address_line(victim.elected_domicile, w),
        "address_shown": show_address,
        "confidential": victim.address_confidential,
        "national_number": (victim.national_number or "") if visible[NATIONAL_NUMBER] else "",
        "phone": (victim.phone or "") if visible[PHONE] else "",
        "email": (victim.email or "") if visible[EMAIL] else "",
        "role": legal.roles(victim.gender, w.ROLES),
    }


def respondent_view(respondent: Respondent, language: str) -> dict:
    w, f = words(language), formats(language)
    named = " ".join(n for n in (respondent.first_name, respondent.last_name) if n)
    return {
        "name": named or w.UNKNOWN,
        "known": respondent.named,
        "birth": _birth(respondent.birth_place, respondent.birth_date, w, f),
        "profession": respondent.profession or "",
        "address": address_line(respondent.address, w),
        "description": respondent.description or "",
        "phones": w.join(respondent.phones),
        "accounts": w.join(respondent.online_accounts),
        "phone_list": list(respondent.phones),
        "account_list": list(respondent.online_accounts),
        "relationship": w.RELATIONSHIPS[respondent.relationship],
        "role": legal.roles(respondent.gender, w.ROLES),
    }


def incident_views(case: Case, pieces: dict[str, int], shield: Shield,
                   facts: list[dict] | None = None, paragraphs_of: dict | None = None) -> list[dict]:
    """Every incident in time order, numbered 'feit 1..n', citing 'stuk N'. When several
    audiences need the views, what no shield changes is computed once: `facts`
    (incident_facts), and `paragraphs_of`, the paragraphs of each description already
    reflowed (most descriptions hold nothing a shield masks, so they read alike)."""
    w, f = words(case.language), formats(case.language)
    paragraphs_of = {} if paragraphs_of is None else paragraphs_of
    views = []
    for row, incident in zip(facts or incident_facts(case, pieces), chronological(case)):
        location = shield(incident.location or "")
        description = shield(incident.description)
        if description not in paragraphs_of:
            own = reflow(description)
            paragraphs_of[description] = (own, quoted(own, w))
        own, paragraphs = paragraphs_of[description]
        # Lists of their own: a template may change a list it is given (the sandbox bounds,
        # not forbids, that), and what one audience's paper does must not reach another's.
        own, paragraphs = list(own), list(paragraphs)
        views.append({
            **row,
            "location": location,
            "place": location or w.NOT_APPLICABLE,
            "description": description,
            "paragraphs": paragraphs,
            "own_paragraphs": own,
            "neutral_place": _neutral_place(incident, location, shield, w),
            "messages": [_message_view(m, pieces, shield, w, f) for m in incident.messages],
        })
    return views


def incident_facts(case: Case, pieces: dict[str, int]) -> list[dict]:
    """The part of each incident's view that holds nothing she typed: the same for every
    audience."""
    w, f = words(case.language), formats(case.language)
    names = {wit.id: f"{wit.first_name} {wit.last_name}" for wit in case.witnesses}
    facts = []
    for number, incident in enumerate(chronological(case), start=1):
        day, span = f.full_date(incident.date), f.time_span(incident.time, incident.end_time)
        facts.append({
            "number": number,
            "date": f.long_date(incident.date),
            "day": day,
            "time": span,
            "when": f"{day}, {span}" if span else day,
            "kinds": w.join(w.INCIDENT_KINDS[k] for k in incident.kinds),
            "described": w.join(w.COURT_KINDS[k] for k in incident.kinds),
            "witnesses": w.join(names[wid] for wid in incident.witnesses),
            "evidence": w.pieces(pieces[e] for e in incident.evidence),
            "police_report": incident.police_report or "",
        })
    return facts


_OPENS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c",  # embed, override
          "\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}  # isolates


def closed_bidi(text: str) -> str:
    """The text with the direction overrides and isolates it leaves open closed at its end:
    an unclosed U+202E in his message would otherwise print the citation after the quote
    backwards. Only invisible marks are added; what the quote shows is unchanged."""
    if not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"):
        return text
    open_: list[str] = []  # the closers owed, innermost last
    for c in text:
        if c in _OPENS:
            open_.append(_OPENS[c])
        elif c == "\u202c" and open_ and open_[-1] == "\u202c":
            open_.pop()
        elif c == "\u2069" and "\u2069" in open_:
            del open_[len(open_) - 1 - open_[::-1].index("\u2069"):]  # a PDI closes all inside its isolate
    return text + "".join(reversed(open_))


def _message_view(message: QuotedMessage, pieces: dict[str, int], shield: Shield, w: ModuleType,
                  f: Formats) -> dict:
    """A message he sent, quoted with where it stands: 'stuk 3, bericht van 12 maart 2026
    om 23:14' (the time as his phone showed it). Its lines are joined with ' / ', as a
    quotation in a paper marks a line break."""
    sent = message.sent
    piece = w.pieces([pieces[message.evidence]]) if message.evidence in pieces else ""
    text = " / ".join(line.strip() for line in (message.text or "").splitlines() if line.strip())
    return {
        "text": closed_bidi(shield(text)),
        "sender": closed_bidi(shield(message.sender)),  # a name an export wrote may be her number
        "kind": w.MESSAGE_KINDS[message.kind.value],
        "cite": w.message_cite(piece, f.long_date(sent.date()), f.clock(sent.time()),
                               message.clock.value if message.clock else None),
    }


def _neutral_place(incident: Incident, location: str, shield: Shield, w: ModuleType) -> str:
    """Where it happened in the third person: `place`, else `location` (as shielded) when
    it is not in her own voice ('aan mijn woning'), else ''."""
    if incident.place:
        return shield(incident.place)
    return "" if w.FIRST_PERSON.search(location) else location


def pattern_view(case: Case) -> dict:
    """How often, how long, through which channels, when, and whether it grew worse: what
    case law asks to be shown. Every number is counted here from the incidents; `chart` is
    the picture of it (drawn only when a template prints it), '' for fewer than two facts."""
    w, f = words(case.language), formats(case.language)
    incidents = chronological(case)
    if not incidents:
        return {"count": 0, "channels": "", "described": "", "months": [], "per_month": "",
                "channel_order": [], "night": {"count": 0, "timed": 0, "facts": "", "from": "", "to": ""},
                "after_notice": {"count": 0, "facts": "", "date": ""}, "start": "", "escalation": [],
                "chart": "", "unit": ""}
    first, last = incidents[0].date, incidents[-1].date
    per_kind = Counter(kind for i in incidents for kind in i.kinds)
    facts = legal.pattern_facts(incidents, case.notices)
    buckets = legal.chart_buckets(incidents)
    numbered = dict(enumerate(incidents, start=1))
    months = [{"month": f.month(date(year, month, 1)), "count": count} for (year, month), count in facts["months"]]
    notice = min(case.notices, key=lambda n: n.date) if case.notices else None
    return {
        "count": len(incidents),
        "first": f.long_date(first),
        "last": f.long_date(last),
        "days": (last - first).days,  # from the first fact to the last: 28 Jan - 19 Nov is 295
        "channels": w.join(w.channel(w.INCIDENT_KINDS[kind], count)
                           for kind, count in per_kind.most_common()),
        "described": w.join(w.kind_count(w.COURT_KINDS[kind], count)
                            for kind, count in per_kind.most_common()),
        "months": months,
        "per_month": w.join(w.month_count(m["month"], m["count"]) for m in months),
        "channel_order": [
            {"kind": w.INCIDENT_KINDS[kind], "described": w.COURT_KINDS[kind], "count": count,
             "first": f.long_date(since), "last": f.long_date(until), "once": since == until}
            for kind, count, since, until in facts["channels"]
        ],
        "night": {
            "count": len(facts["night"]),
            "timed": facts["timed"],
            "facts": w.facts(facts["night"]),
            "from": f.clock(legal.NIGHT_START),
            "to": f.clock(legal.NIGHT_END),
        },
        "after_notice": {
            "count": len(facts["after_notice"]),
            "facts": w.facts(facts["after_notice"]),
            "date": f.long_date(notice.date) if notice else "",
        },
        "start": facts["start"],
        "escalation": [
            {"step": step, "fact": w.facts([n]), "date": f.long_date(numbered[n].date),
             "kinds": w.join(w.INCIDENT_KINDS[k] for k in kinds),
             "described": w.join(w.COURT_KINDS[k] for k in kinds)}
            for step, n, kinds in facts["escalation"]
        ],
        "chart": pattern_chart(buckets, case.notices, w, f) or "",
        "unit": (buckets or {"unit": ""})["unit"],
    }


def pattern_chart(data: dict | None, notices: list, w: ModuleType, f: Formats):
    """The chart of the facts counted by legal.chart_buckets (filings/render/chart.py), or
    None for fewer than two facts. It is drawn when first printed, so a document that does
    not show it costs nothing."""
    from ..render.chart import Bucket, Chart, notice_position

    if data is None:
        return None
    weekly = data["unit"] == "week"
    starts = [start for start, _end, _counts in data["buckets"]]
    ends = [end for _start, end, _counts in data["buckets"]]
    return Chart(
        title=w.CHART[data["unit"]],
        y_label=w.CHART["axis"],
        groups=tuple((g, w.CHART[g]) for g in ("remote", "presence", "serious", "other")),
        buckets=tuple(Bucket(f.short_day(start) if weekly else f.short_month(start),
                             tuple(sorted(counts.items())))
                      for start, _end, counts in data["buckets"]),
        notices=tuple((notice_position(n.date, starts, ends), w.CHART["notice"])
                      for n in sorted(notices, key=lambda n: n.date)),
    )


def evidence_views(items: list[EvidenceItem], w: ModuleType, f: Formats) -> list[dict]:
    return [
        {
            "number": item.number,
            "label": w.pieces([item.number]),
            "id": item.id,
            "kind": w.EVIDENCE_KINDS[item.piece.kind],
            "description": item.piece.description,
            "date": f.long_date(item.piece.date) if item.piece.date else w.NO_DATE,
            "file": item.file or w.ON_PAPER,
            "sha256": item.sha256 or "—",
            "size": f"{item.size} bytes" if item.size is not None else "—",
        }
        for item in items
    ]


def witness_incidents(case: Case, witness_id: str, shield: Shield) -> list[dict]:
    """A witness is reminded of dates, hours and a neutral place only: never of the victim's
    account, nor of her `location`, which is in her voice (legal-review-1.md §2)."""
    f = formats(case.language)
    moments = []
    for incident in witnessed(case, witness_id):
        day, place = f.long_date(incident.date), witness_place(incident, case, shield)
        moments.append({"date": day, "time": f.time_span(incident.time, incident.end_time), "place": place,
                        # the date and the place only: her hours in the form he signs would steer him
                        "when": f"{day}, {place}" if place else day})
    return moments


def witness_place(incident: Incident, case: Case, shield: Shield) -> str:
    """`place` (the third person, masked) unless it is in her voice after all; else a label
    made from the incident's kinds ('op straat', 'bij de woning van Sarah Peeters'); else ''."""
    w = words(case.language)
    place = shield(incident.place or "")
    if place and not w.FIRST_PERSON.search(place):
        return place
    victim = f"{case.victim.first_name} {case.victim.last_name}"
    for kind, label in w.WITNESS_PLACES.items():
        if kind in incident.kinds:
            return label.format(victim=victim)
    return ""
