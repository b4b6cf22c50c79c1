"""The context each template receives: the values of the case its audience may see
(views.py) and the values of its own kind, added by the builder the registry names.

Facts and flags only: names, dates and amounts written out in the case's language,
and booleans that say which sentence applies. The sentences are in the templates and
their phrases.yaml, where a lawyer can change them. Every name is described in
names.py (`filings templates vars`).
"""

from __future__ import annotations

import re
import unicodedata

from ..lang import words
from ..lang.formatting import formats
from ..load.loader import LoadedCase
from ..load.model import Case, Gender, IncidentKind, Procedure, Witness
from ..privacy import WITHHELD_FROM_WITNESSES, Audience
from ..privacy.shield import Shield
from . import legal
from .documents import PlannedDocument
from .evidence import EvidenceItem
from .numbering import chronological
from .views import (
    address_line,
    evidence_views,
    incident_facts,
    incident_views,
    lawyer_view,
    pattern_view,
    quotations,
    quoted,
    reflow,
    respondent_view,
    victim_view,
    witness_incidents,
)


class Contexts:
    """The context of each document, filtered for its audience. What depends only on the
    audience (parties, incidents, evidence) is built once per audience and shared."""

    def __init__(self, loaded: LoadedCase, items: list[EvidenceItem], planned: list[PlannedDocument]):
        self.loaded, self.items, self.planned = loaded, items, planned
        self._shared: dict[Audience, tuple[dict, Shield]] = {}
        self._incidents: dict[tuple, list[dict]] = {}  # by Shield.key: audiences often agree
        self._facts: list[dict] | None = None  # what of the incidents no shield changes
        self._paragraphs: dict = {}  # each description reflowed, for every audience
        self._pattern: dict | None = None  # no confidential data: one for every audience (one chart)

    def __call__(self, document: PlannedDocument) -> dict:
        audience = document.kind.audience
        if audience not in self._shared:
            self._shared[audience] = self._shared_for(audience)
        shared, shield = self._shared[audience]
        values = dict(shared, title=document.title)
        values.update(document.kind.context_builder()(self.loaded, document, values, shield, self.planned))
        return values

    def chart(self):
        """The pattern chart of the case (filings/render/chart.py), or None for fewer than
        two facts: the one every document prints, so a bundle draws it once."""
        if self._pattern is None:
            self._pattern = pattern_view(self.loaded.case)
        return self._pattern["chart"] or None

    def _shared_for(self, audience: Audience) -> tuple[dict, Shield]:
        case, items = self.loaded.case, self.items
        w, f = words(case.language), formats(case.language)
        shield = Shield(case.victim, audience, case.language)
        pieces = {item.id: item.number for item in items}
        respondent = respondent_view(case.respondent, case.language)
        respondent["description"] = shield(respondent["description"])  # her words about him
        if shield.key not in self._incidents:
            if self._facts is None:
                self._facts = incident_facts(case, pieces)
            self._incidents[shield.key] = incident_views(case, pieces, shield, self._facts, self._paragraphs)
        evidence = evidence_views(items, w, f)
        for row in evidence:
            row["description"] = shield(row["description"])
            row["file"] = shield(row["file"])  # a bundle's names are masked; a case's path may not be
        offences = legal.offences(case.incidents)
        if self._pattern is None:
            self._pattern = pattern_view(case)
        shared = {
            "reference": case.reference,
            "date": f.long_date(self.loaded.today),
            "law": dict(w.LAW),
            "victim": victim_view(case, audience),
            "respondent": respondent,
            "lawyer": lawyer_view(case.lawyer, w),
            "incidents": self._incidents[shield.key],
            "pattern": self._pattern,
            "evidence": evidence,
            "logbook_piece": len(evidence) + 1,
            "police_reports": [_report(r, shield, f, w, items) for r in case.police_reports],
            "offences": dict(offences, new_code_date=f.long_date(legal.NEW_CRIMINAL_CODE)),
        }
        if audience is Audience.witness:
            shared = _without(shared, WITHHELD_FROM_WITNESSES)
        return shared, shield


def _without(values: dict, names: tuple[str, ...]) -> dict:
    kept = dict(values)
    for name in names:
        parent, _, key = name.rpartition(".")
        if parent:
            kept[parent] = {k: v for k, v in kept[parent].items() if k != key}
        else:
            kept.pop(key, None)
    return kept


def context(loaded: LoadedCase, document: PlannedDocument, items: list[EvidenceItem],
            planned: list[PlannedDocument] | None = None) -> dict:
    """Everything the template of this document may print, filtered for its audience."""
    return Contexts(loaded, items, planned or [])(document)


def _report(report, shield: Shield, f, w, items: list[EvidenceItem]) -> dict:
    summary = " ".join(reflow(shield(report.summary))) if report.summary else ""
    # the attest of this PV among the pieces: a police-report piece that names its number
    attests = [item.number for item in items
               if item.piece.kind.value == "police_report" and report.number in item.piece.description]
    return {
        "number": report.number,
        "pieces": w.pieces(attests),
        "reference": report.prosecutor_reference or "",
        "date": f.long_date(report.date),
        "zone": report.police_zone or "",
        "summary": summary,
        "summary_hers": bool(w.FIRST_PERSON.search(summary)),
    }


def complaint(loaded, document, base, shield, planned) -> dict:
    case = loaded.case
    complaint = case.complaint
    w, f = words(case.language), formats(case.language)
    incidents = chronological(case)
    kinds = {k for i in incidents for k in i.kinds}
    numbered = list(enumerate(incidents, start=1))
    harm = shield(complaint.harm) if complaint and complaint.harm else ""
    first_notice, after = legal.after_first_notice(incidents, case.notices)
    pieces = {e["id"]: e["number"] for e in base["evidence"]}
    plate = legal.PLATE.search(case.respondent.description or "")
    return {
        "complaint": {
            "to_prosecutor": complaint is not None and complaint.addressee.value == "prosecutor",
            "zone": complaint.police_zone if complaint and complaint.police_zone else "",
            "office": complaint.prosecutor_office if complaint and complaint.prosecutor_office else "",
            "office_address": parket_address(complaint.prosecutor_office if complaint else None, w),
            "knows": case.respondent.knows_victim_address.value,
            "harm": harm,
            "harm_paragraphs": reflow(harm),
            "injured_party": bool(complaint and complaint.injured_party_declaration),
            "witnesses": w.join(f"{wit.first_name} {wit.last_name}" for wit in case.witnesses),
            "traffic_data": bool(kinds & legal.ELECTRONIC_KINDS),
            "damage": IncidentKind.damage in kinds,
            "damage_facts": w.facts(n for n, i in numbered if IncidentKind.damage in i.kinds),
            "threats": [_threat_view(n, i, shield, w) for n, i in numbered if IncidentKind.threat in i.kinds],
            "partners": case.respondent.relationship in legal.FAMILY_RELATIONSHIPS,
            "relation_detail": _relation_detail(case.respondent, w, f),
            "plate": plate.group(0) if plate else "",
            "presence": w.facts(n for n, i in numbered if set(i.kinds) & legal.PRESENCE_KINDS),
            "notices": [_notice_view(n, w.NOTICE_BY_ME[n.by.value], pieces, shield, w, f)
                        for n in sorted(case.notices, key=lambda n: n.date)],
            "after_count": len(after) if first_notice else 0,
            "after": w.facts(after),
            "requested_measures": [shield(m) for m in (complaint.requested_measures if complaint else [])],
        }
    }


def follow_up(loaded, document, base, shield, planned) -> dict:
    """The follow-up complaint (aanvullende klacht): the facts no PV covers on or after the
    day of the latest PV (load/register.py states the rule), citing the earlier PVs."""
    from ..load import register

    case = loaded.case
    complaint = case.complaint
    w, f = words(case.language), formats(case.language)
    new, earlier = register.since_latest(case), register.before_latest(case)
    latest = register.latest_report(case)
    numbers = {fact.number for fact in new}
    cited = {e for fact in new for e in fact.incident.evidence}
    kinds = {k for fact in new for k in fact.incident.kinds}
    names = {wit.id: f"{wit.first_name} {wit.last_name}" for wit in case.witnesses}
    position = {id(r): n for n, r in enumerate(case.police_reports)}
    reports = [base["police_reports"][position[id(r)]] for r in register.reports_in_order(case)]
    to_prosecutor = complaint is not None and complaint.addressee.value == "prosecutor"
    return {
        "follow_up": {
            "to_prosecutor": to_prosecutor,
            "zone": (complaint.police_zone if complaint and complaint.police_zone else latest.police_zone) or "",
            "office": complaint.prosecutor_office if complaint and complaint.prosecutor_office else "",
            "office_address": parket_address(complaint.prosecutor_office if complaint else None, w),
            "knows": case.respondent.knows_victim_address.value,
            "relation_detail": _relation_detail(case.respondent, w, f),
            "reports": reports,
            "numbers": w.join(r.number for r in register.reports_in_order(case)),
            "references": w.join(dict.fromkeys(r.prosecutor_reference for r in register.reports_in_order(case)
                                               if r.prosecutor_reference)),
            "latest": latest.number,
            "since": f.long_date(latest.date),
            "count": len(new),
            "facts": w.facts(numbers),
            "incidents": [i for i in base["incidents"] if i["number"] in numbers],
            "evidence": [e for e in base["evidence"] if e["id"] in cited],
            "witnesses": w.join(dict.fromkeys(names[wid] for fact in new for wid in fact.incident.witnesses)),
            "traffic_data": bool(kinds & legal.ELECTRONIC_KINDS),
            "damage": IncidentKind.damage in kinds,
            "earlier": w.facts(fact.number for fact in earlier),
            "earlier_count": len(earlier),
            "earlier_dates": w.join(f.long_date(fact.incident.date) for fact in earlier),
            "injured_party": bool(complaint and complaint.injured_party_declaration),
        }
    }


def _threat_view(number: int, incident, shield: Shield, w) -> dict:
    """A threat as the complaint lists it: the fact, its quoted words, each marked when it
    sets a condition, and whether it came in writing or was spoken (art. 327 ff. tell them
    apart; the prosecutor qualifies, the paper only describes)."""
    quotes = quotations(" ".join(reflow(shield(incident.description))))
    written = bool(set(incident.kinds) & legal.WRITTEN_KINDS)
    return {
        "fact": w.facts([number]),
        "words": w.join(f"{w.QUOTES[0]}{q}{w.QUOTES[1]}" + (w.CONDITION_MARK if w.CONDITIONAL.search(q) else "")
                        for q in quotes),
        "written": written,
        "spoken": not written and bool(set(incident.kinds) & legal.SPOKEN_KINDS),
        "conditional": any(w.CONDITIONAL.search(q) for q in quotes),
    }


def _relation_detail(respondent, w, f) -> str:
    """'wij woonden samen zonder verklaring van wettelijke samenwoning, tot 11 januari 2026':
    what the case says of the relationship, in her voice; '' when it says nothing."""
    lived = w.PARTNERSHIP_MINE.get(respondent.partnership.value, "")
    end = f.long_date(respondent.relationship_end) if respondent.relationship_end else ""
    if lived and end:
        return w.UNTIL.format(what=lived, day=end)
    return lived or (w.ENDED.format(day=end) if end else "")


def _table_key(name: str) -> str:
    """A name typed in the case as the tables of courts and parketten match it: ASCII, lower
    case, words one space apart ('Oost-Vlaanderen, afdeling Gent' -> 'oost vlaanderen afdeling gent')."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKD", name).encode(
        "ascii", "ignore").decode().casefold()).split())


def parket_address(office: str | None, w) -> str:
    """The address of the parket a case names, from the language's table; '' when unknown."""
    key = _table_key(office or "")
    for needed, address, _source in w.PARKETS:
        if key and all(word in key for word in needed):
            return address
    return ""


def declaration(loaded, document, base, shield, planned) -> dict:
    case = loaded.case
    complaint = case.complaint
    w = words(case.language)
    places = sorted({shield(i.location) for i in case.incidents if i.location})
    zones = sorted({r.police_zone for r in case.police_reports if r.police_zone}
                   | ({complaint.police_zone} if complaint and complaint.police_zone else set()))
    harm = shield(complaint.harm) if complaint and complaint.harm else ""
    return {
        "declaration": {
            "office": complaint.prosecutor_office if complaint else "",
            "office_address": parket_address(complaint.prosecutor_office if complaint else None, w),
            "knows": case.respondent.knows_victim_address.value,
            "places": w.join(places),
            "place_list": list(dict.fromkeys(shield(i.location) for i in chronological(case) if i.location)),
            "services": w.join(zones),
            "reports": w.join(r.number for r in case.police_reports),
            "references": w.join(dict.fromkeys(r.prosecutor_reference for r in case.police_reports
                                               if r.prosecutor_reference)),
            "harm": harm,
            "harm_paragraphs": reflow(harm),
        }
    }


def contact_sheet(loaded, document, base, shield, planned) -> dict:
    w = words(loaded.case.language)
    return {"reports": w.join(r.number for r in loaded.case.police_reports),
            "knows": loaded.case.respondent.knows_victim_address.value}


def court(loaded, document, base, shield, planned) -> dict:
    """The summons and the petition: what is asked, and the computed facts they argue
    from (urgency, the notices he was given, the civil basis). Facts and flags only."""
    case = loaded.case
    request = case.request
    w, f = words(case.language), formats(case.language)
    respondent = base["respondent"]
    petition = request.procedure is Procedure.ex_parte
    party = base["victim"]["role"]["petitioner" if petition else "plaintiff"]
    order = request.restraining_order
    incidents = chronological(case)
    hearing = request.hearing
    pieces = {e["id"]: e["number"] for e in base["evidence"]}
    building = court_building(request.court, w)
    urgency = legal.urgency_facts(incidents, loaded.today)
    necessity = legal.necessity_grounds(incidents, loaded.today)
    first_notice, after = legal.after_first_notice(incidents, case.notices)
    reports = sorted(case.police_reports, key=lambda r: r.date)
    after_report = [n for n, i in enumerate(incidents, start=1) if reports and i.date > reports[0].date]
    urgency_text = shield(request.urgency) if request.urgency else ""
    return {
        "request": {
            "court": request.court,
            "contact_ban": request.contact_ban,
            "restraining_order": order is not None,
            "distance": f.number(order.distance_m) if order else "",
            "places": w.join(shield(p) for p in order.places) if order else "",
            "place_list": [shield(p) for p in order.places] if order else [],
            "care_places": [shield(p) for p in order.places if w.CARE_PLACE.search(p)] if order else [],
            "around_person": bool(order and order.around_person),
            "penalty": f.euro(request.penalty_eur),
            "penalty_max": f.euro(request.penalty_max_eur) if request.penalty_max_eur is not None else "",
            "urgency": urgency_text,
            "urgency_paragraphs": quoted(reflow(urgency_text), w),
            "urgency_hers": bool(w.FIRST_PERSON.search(urgency_text)),
        },
        "court": {
            "other": respondent["name"] if petition else respondent["role"]["defendant"],
            "party": party,
            "first_date": f.long_date(incidents[0].date) if incidents else "",
            "known_relationship": case.respondent.relationship not in legal.UNNAMED_RELATIONSHIPS,
            "building": building,
            "logbook_piece": w.pieces([base["logbook_piece"]]),
            "harm": quoted(reflow(shield(case.complaint.harm)), w) if case.complaint and case.complaint.harm else [],
            "relationship_end": (f.long_date(case.respondent.relationship_end)
                                 if case.respondent.relationship_end else ""),
            # the facts that bear on the family court, stated only when the case gives them
            "de_facto": case.respondent.partnership.value == "de_facto",
            "not_family": (case.respondent.relationship in legal.FAMILY_RELATIONSHIPS
                           and not legal.family_court_question(case.respondent)),
            "domicile_law": w.LAW["petition_mentions" if petition else "plaintiff_domicile"],
            "civil_old": any(i.date < legal.BOOK_6 for i in incidents),
            "civil_new": any(i.date >= legal.BOOK_6 for i in incidents),
        },
        "urgency": _urgency_view(urgency, w, f, request.procedure.value, after_report, reports),
        "necessity": {
            "violence": w.facts(necessity["violence"]),
            "approach": w.facts([necessity["recent_approach"]] if necessity["recent_approach"] else []),
            "approach_date": (f.long_date(incidents[necessity["recent_approach"] - 1].date)
                              if necessity["recent_approach"] else ""),
            "threats": w.facts(necessity["recent_threats"]),
            "threat_count": len(necessity["recent_threats"]),
            "threat_dates": w.join(f.long_date(incidents[n - 1].date) for n in necessity["recent_threats"]),
            "weak": necessity["weak"],
        },
        "knowledge": {
            "notices": [_notice_view(n, _told_by(n, party, w), pieces, shield, w, f)
                        for n in sorted(case.notices, key=lambda n: n.date)],
            "first": f.long_date(first_notice.date) if first_notice else "",
            "after_count": len(after),
            "after": w.facts(after),
            "unproven": any(not n.evidence for n in case.notices),
        },
        "hearing": {
            "day": f.long_date(hearing.date) if hearing and hearing.date else "",
            "hour": f.clock(hearing.time) if hearing and hearing.time else "",
            "place": hearing.place if hearing and hearing.place else "",
        },
    }


def _urgency_view(facts: dict, w, f, procedure: str, after_report: list[int], reports) -> dict:
    if not facts["count"]:
        return {"count": 0}
    early, late = facts["halves"]
    return {
        "count": facts["count"],
        "last": f.long_date(facts["last"]),
        "days_since": facts["days_since"],
        "since": w.days(facts["days_since"]),
        "stale": facts["days_since"] > legal.STALE_AFTER_DAYS[procedure],
        "recent": facts["recent"],
        "recent_days": legal.RECENT_DAYS,
        "recent_since": f.long_date(facts["since_day"]),
        "trend": w.TRENDS[facts["trend"]],
        "early": early,
        "late": late,
        "threats": w.facts(facts["threats"]),
        "violence": w.facts(facts["violence"]),
        "damage": w.facts(facts["damage"]),
        "presence": w.facts(facts["presence"]),
        "escalation": facts["escalation"],
        "report_date": f.long_date(reports[0].date) if reports else "",
        "after_report_count": len(after_report),
        "after_report": w.facts(after_report),
    }


def _told_by(notice, party: str, w) -> str:
    """Who told him to stop, in the lawyer's voice: 'eiseres', 'de advocaat van eiseres'…"""
    who = w.NOTICE_BY[notice.by.value]
    return party if who is None else who.format(victim=party)


def _notice_view(notice, who: str, pieces: dict, shield: Shield, w, f) -> dict:
    return {
        "date": f.long_date(notice.date),
        "who": who,
        "by_victim": notice.by.value == "victim",
        "channel": w.NOTICE_CHANNELS[notice.channel.value],
        "text": " ".join(quoted(reflow(shield(notice.text)), w)) if notice.text else "",
        "evidence": w.pieces(pieces[e] for e in notice.evidence if e in pieces),
    }


def court_building(court: str, w) -> str:
    """The courthouse address of the court and division the request names, from the
    language's table of courts; '' when the table has none (the summons leaves a blank)."""
    key = _table_key(court)
    for words_needed, _name, address, _source in w.COURTS:
        if all(needed in key for needed in words_needed):
            return address or ""
    return ""


def witness(loaded, document, base, shield, planned) -> dict:
    """The witness's own data and the moments the case names: no text the victim typed (her
    note of how the witness knows the parties neither: the witness writes the relation to
    each party in the form, art. 961/2 Ger.W.)."""
    case = loaded.case
    w, f = words(case.language), formats(case.language)
    witness: Witness = next(wit for wit in case.witnesses if wit.id == document.witness)
    return {
        "witness": {
            "first_name": witness.first_name,
            "last_name": witness.last_name,
            "birth_date": f.long_date(witness.birth_date) if witness.birth_date else "",
            "birth_place": witness.birth_place or "",
            "address": address_line(witness.address, w),
            "profession": witness.profession or "",
        },
        "parties": _parties(case, base),
        "moments": witness_incidents(case, witness.id, shield),
    }


def _parties(case: Case, base: dict) -> list[dict]:
    """The victim and the respondent by name, with the word for their role in the court case
    (eiseres, verweerder; verzoekster in a petition, which has no defendant)."""
    petition = case.request is not None and case.request.procedure is Procedure.ex_parte
    victim, respondent = base["victim"], base["respondent"]
    theirs = "" if petition else respondent["role"]["defendant"]
    if respondent["known"]:
        other = {"name": respondent["name"], "role": theirs}
    else:  # no name to print: the word for his role alone
        other = {"name": theirs or respondent["name"], "role": ""}
    return [{"name": victim["name"], "role": victim["role"]["petitioner" if petition else "plaintiff"]}, other]


def guide(loaded, document, base, shield, planned) -> dict:
    case = loaded.case
    names = words(case.language).DOCUMENTS
    witnesses = {w.id: f"{w.first_name} {w.last_name}" for w in case.witnesses}  # never the id (W1)
    # A written complaint to the prosecutor goes by post: no hearing, other destinations.
    by_post = bool(case.complaint and case.complaint.addressee.value == "prosecutor")
    docs = [
        {"title": d.title + (f" ({witnesses[d.witness]})" if d.witness else ""), "file": d.file_name,
         **{key: names[d.kind.name].get(f"{key}_by_post" if by_post else key, names[d.kind.name][key])
            for key in ("purpose", "signer", "destination")}}
        for d in planned if d.kind.name != "guide"
    ]
    return {"documents": docs, "attention": attention(case, loaded.today),
            "chart_file": words(case.language).CHART_FILE if base["pattern"]["chart"] else ""}


def attention(case: Case, today) -> dict:
    """What the lawyer must decide; the tool states it and never decides it."""
    request = case.request
    w = words(case.language)
    family = legal.family_court_question(case.respondent)
    f = formats(case.language)
    incidents = chronological(case)
    facts = legal.urgency_facts(incidents, today)
    stale = bool(request and facts["count"]
                 and facts["days_since"] > legal.STALE_AFTER_DAYS[request.procedure.value])
    ex_parte = request is not None and request.procedure is Procedure.ex_parte
    weak = ex_parte and bool(incidents) and legal.necessity_grounds(incidents, today)["weak"]
    last_approach = incidents[facts["last_approach"] - 1].date if facts.get("last_approach") else None
    unproven = [n for n in sorted(case.notices, key=lambda n: n.date) if not n.evidence]
    gap = legal.longest_gap(incidents)
    return {
        "stale_urgency": w.days(facts["days_since"]) if stale else "",
        "no_notice": bool(request and not case.notices),
        # what the petition leaves blank for want of a confirmed source
        "laws_to_check": (w.join(w.LAW[key] for key in w.LAW_TO_CHECK)
                          if request and request.procedure is Procedure.ex_parte else ""),
        "confidential_address": bool(case.victim.address_confidential and request),
        "family_court": bool(family),
        "family_reason": words(case.language).FAMILY_REASONS.get(family, ""),
        "request": request is not None,
        "witnesses": bool(case.witnesses),
        "to_prosecutor": bool(case.complaint and case.complaint.addressee.value == "prosecutor"),
        "declaration": bool(case.complaint and case.complaint.injured_party_declaration),
        "harm": bool(case.complaint and case.complaint.harm),
        "gap": ({"before": f"{w.facts([gap[0]])} ({f.long_date(incidents[gap[0] - 1].date)})",
                 "after": f"{w.facts([gap[0] + 1])} ({f.long_date(incidents[gap[0]].date)})",
                 "days": w.days(gap[1])} if request and gap else None),
        "summons": request is not None and request.procedure is Procedure.summons,
        "ex_parte": ex_parte,
        "weak_necessity": weak,
        "last_approach": f.long_date(last_approach) if weak and last_approach else "",
        "unproven_notice": w.join(f.long_date(n.date) for n in unproven) if request else "",
        "relationship_end": bool(request and case.respondent.relationship in legal.FAMILY_RELATIONSHIPS
                                 and case.respondent.relationship_end is None),
        # a court of the Brussels arrondissement: the language of the act depends on his domicile
        "brussels_court": bool(request and {"bruxelles", "brussel"} & set(_table_key(request.court or "").split())),
    }


def boundary_letter(loaded, document, base, shield, planned) -> dict:
    """The stop message and letter: 'je' or 'u' by how they know each other; the sender
    on the envelope is her correspondence address when her own is confidential."""
    case = loaded.case
    w = words(case.language)
    respondent = case.respondent
    formal = respondent.relationship in legal.UNNAMED_RELATIONSHIPS
    you = w.YOU[formal]
    gender = respondent.gender.value if respondent.gender in (Gender.female, Gender.male) else None
    formal_greeting = w.GREETING_FORMAL[gender].format(name=respondent.last_name or "").strip()
    informal = respondent.first_name if respondent.first_name and not formal else ""
    return {
        "boundary": {
            "short": w.STOP_MESSAGE.format(you=you),
            "letter": w.STOP_LETTER.format(you=you),
            "salutation": informal or formal_greeting,
            "formal_salutation": formal_greeting,
            "sender": _correspondence(case, base) if case.victim.address_confidential else "",
        }
    }


def _correspondence(case: Case, base: dict) -> str:
    """Where letters for her go when her address is confidential: her lawyer, or the
    domicile she elected (one of them is required with a confidential address)."""
    lawyer = base["lawyer"]
    if lawyer:
        return f"{lawyer['name']}, {lawyer['address']}"
    return base["victim"]["elected_domicile"]


def circle_letter(loaded, document, base, shield, planned) -> dict:
    """One letter per person named in `circle`, else one general letter; never her address."""
    case = loaded.case
    w, f = words(case.language), formats(case.language)
    incidents = chronological(case)
    respondent = base["respondent"]
    letters = [{"greeting": w.CIRCLE_GREETING[m.formal].format(name=m.name), "formal": m.formal}
               for m in case.circle] or [{"greeting": w.CIRCLE_GENERAL, "formal": False}]
    who = respondent["name"] if respondent["known"] else w.SOMEONE
    if respondent["known"] and case.respondent.relationship not in legal.UNNAMED_RELATIONSHIPS:
        who = w.CIRCLE_WHO.format(name=who, relationship=respondent["relationship"])
    return {
        "circle": {
            "members": bool(case.circle),
            "letters": letters,
            "since": f.long_date(incidents[0].date) if incidents else "",
            "who": who,
            "told": bool(case.notices),
            "reported": bool(case.police_reports),
            "description": " ".join(reflow(shield(case.respondent.description or ""))),
        }
    }


def shared_only(loaded, document, base, shield, planned) -> dict:
    """The evidence index and the logbook print only what every document shares."""
    return {}
