"""The context each template receives: the values of the case its audience may see
(views.py) and the values of its own kind, added by the builder the registry names."""

from __future__ import annotations

from ..lang import words
from ..lang.formatting import clock, euro, long_date, number
from ..load.loader import LoadedCase
from ..load.model import Case, IncidentKind, Procedure, Witness
from ..privacy import Audience
from ..privacy.shield import Shield
from . import legal
from .documents import PlannedDocument
from .evidence import EvidenceItem
from .numbering import chronological
from .views import (
    address_line,
    evidence_views,
    incident_views,
    join_nl,
    lawyer_view,
    pattern_view,
    respondent_view,
    victim_view,
    witness_incidents,
)

BLANK = "______________"


class Contexts:
    """The context of each document, filtered for its audience. What depends only on the
    audience (parties, incidents, evidence) is built once per audience and shared."""

    def __init__(self, loaded: LoadedCase, items: list[EvidenceItem], planned: list[PlannedDocument]):
        self.loaded, self.items, self.planned = loaded, items, planned
        self._shared: dict[Audience, tuple[dict, Shield]] = {}
        self._incidents: dict[tuple, list[dict]] = {}  # by Shield.key: audiences often agree

    def __call__(self, document: PlannedDocument) -> dict:
        audience = document.kind.audience
        if audience not in self._shared:
            self._shared[audience] = self._shared_for(audience)
        shared, shield = self._shared[audience]
        values = dict(shared, title=document.title)
        values.update(document.kind.context_builder()(self.loaded, document, values, shield, self.planned))
        return values

    def _shared_for(self, audience: Audience) -> tuple[dict, Shield]:
        case, items = self.loaded.case, self.items
        shield = Shield(case.victim, audience)
        pieces = {item.id: item.number for item in items}
        victim = victim_view(case, audience)
        lawyer = lawyer_view(case.lawyer)
        victim["correspondence"] = _correspondence(case, lawyer)
        victim["identity"] = _victim_identity(victim)
        respondent = respondent_view(case.respondent)
        respondent["description"] = shield(respondent["description"])  # her words about him
        respondent["identity"] = _respondent_identity(respondent)
        if shield.key not in self._incidents:
            self._incidents[shield.key] = incident_views(case, pieces, shield)
            for incident in self._incidents[shield.key]:
                incident["support"] = _support(incident)
                pv = f"PV {incident['police_report']}" if incident["police_report"] else ""
                incident["references"] = "; ".join(p for p in (incident["evidence"], pv) if p)
        incidents = self._incidents[shield.key]
        evidence = evidence_views(items)
        for row in evidence:
            row["line"] = f"Stuk {row['number']}: {shield(row['description'])} ({row['kind']}, {row['date']})"
            row["description"] = shield(row["description"])
            row["file"] = shield(row["file"])  # a bundle's names are masked; a case's path may not be
        shared = {
            "reference": case.reference,
            "date": long_date(self.loaded.today),
            "law": dict(legal.LAW, petition_basis="art. 584, derde lid, en art. 1025 e.v. Ger.W."),
            "victim": victim,
            "respondent": respondent,
            "lawyer": lawyer,
            "incidents": incidents,
            "pattern": pattern_view(case),
            "evidence": evidence,
            "police_reports": [_report(r, shield) for r in case.police_reports],
            "qualifications": legal.qualifications(case.incidents),
            "parties": f"{victim['name']} tegen {respondent['name']}",
        }
        return shared, shield


def context(loaded: LoadedCase, document: PlannedDocument, items: list[EvidenceItem],
            planned: list[PlannedDocument] | None = None) -> dict:
    """Everything the template of this document may print, filtered for its audience."""
    return Contexts(loaded, items, planned or [])(document)


def _report(report, shield: Shield) -> dict:
    zone = f" ({report.police_zone})" if report.police_zone else ""
    summary = f": {shield(report.summary)}" if report.summary else ""
    return {
        "number": report.number,
        "date": long_date(report.date),
        "line": f"PV {report.number} van {long_date(report.date)}{zone}{summary}",
    }


def _support(incident: dict) -> str:
    parts = []
    if incident["evidence"]:
        parts.append(incident["evidence"].capitalize())
    if incident["witnesses"]:
        parts.append(f"getuige: {incident['witnesses']}")
    if incident["police_report"]:
        parts.append(f"PV {incident['police_report']}")
    return "; ".join(parts) + ("." if parts else "")


def _correspondence(case: Case, lawyer: dict | None) -> str:
    if lawyer is not None:
        return f"p/a {lawyer['name']}, advocaat, {lawyer['address']}"
    return address_line(case.victim.elected_domicile)


def _victim_identity(victim: dict) -> str:
    parts = [victim["name"], victim["profession"], victim["birth"], victim["domicile"]]
    return ", ".join(p for p in parts if p)


def _respondent_identity(r: dict) -> str:
    address = f"wonende te {r['address']}" if r["address"] else ""
    return ", ".join(p for p in (r["name"], r["profession"], r["birth"], address) if p)


def complaint(loaded, document, base, shield, planned) -> dict:
    case = loaded.case
    complaint = case.complaint
    to_prosecutor = complaint is not None and complaint.addressee.value == "prosecutor"
    zone = complaint.police_zone if complaint and complaint.police_zone else ""
    office = complaint.prosecutor_office if complaint and complaint.prosecutor_office else ""
    if to_prosecutor:
        addressee = f"Aan de procureur des Konings, parket {office}"
    else:
        addressee = f"Aan de politie{', ' + zone if zone else ''}"
    witness_names = join_nl(f"{w.first_name} {w.last_name}" for w in case.witnesses)
    measures = ["dat de verdachte wordt verhoord en wordt aangemaand elk contact te stoppen;"]
    if witness_names:
        measures.append(f"dat de getuigen worden verhoord: {witness_names};")
    kinds = {k for i in case.incidents for k in i.kinds}
    if kinds & legal.ELECTRONIC_KINDS:
        measures.append("dat de identificatie- en verkeersgegevens van de oproepen, berichten en "
                        "accounts worden opgevraagd;")
    if IncidentKind.damage in kinds:
        measures.append("dat de schade wordt vastgesteld;")
    measures.append("dat de stukken die ik overhandig bij het proces-verbaal worden gevoegd;")
    measures += [shield(m) for m in (complaint.requested_measures if complaint else [])]
    return {
        "complaint": {
            "addressee": addressee,
            "to_prosecutor": to_prosecutor,
            "harm": shield(complaint.harm) if complaint and complaint.harm else "",
            "measures": measures,
            "injured_party": bool(complaint and complaint.injured_party_declaration),
            "office": office,
        }
    }


def declaration(loaded, document, base, shield, planned) -> dict:
    case = loaded.case
    complaint = case.complaint
    places = sorted({shield(i.location) for i in case.incidents if i.location})
    zones = sorted({r.police_zone for r in case.police_reports if r.police_zone}
                   | ({complaint.police_zone} if complaint and complaint.police_zone else set()))
    respondent = base["respondent"]
    return {
        "declaration": {
            "office": complaint.prosecutor_office if complaint else "",
            "offences": "; ".join(base["qualifications"]),
            "places": join_nl(places) or BLANK,
            "services": join_nl(zones),
            "reports": join_nl(r.number for r in case.police_reports),
            "suspect": respondent["identity"] or respondent["description"],
            "harm": shield(complaint.harm) if complaint and complaint.harm else "",
        }
    }


def contact_sheet(loaded, document, base, shield, planned) -> dict:
    return {"reports": join_nl(r.number for r in loaded.case.police_reports)}


def court(loaded, document, base, shield, planned) -> dict:
    case = loaded.case
    request = case.request
    victim, respondent = base["victim"], base["respondent"]
    petition = request.procedure is Procedure.ex_parte
    plaintiff = victim["role"]["petitioner" if petition else "plaintiff"]
    other = respondent["name"] if petition else respondent["role"]["defendant"]
    penalty = euro(request.penalty_eur)
    bans, claims = [], []
    if request.contact_ban:
        bans.append(f"contact met {victim['role']['object']} op te nemen")
        claims.append(
            f"{other} te verbieden om op welke wijze ook, rechtstreeks of via derden, contact op "
            f"te nemen met {plaintiff}, met inbegrip van telefoon, sms, berichtendiensten, e-mail, "
            f"sociale media, brieven en geschenken, onder verbeurte van een dwangsom van {penalty} "
            "per inbreuk;"
        )
    order = request.restraining_order
    if order is not None:
        metres = number(order.distance_m)
        places = join_nl(shield(p) for p in order.places)
        bans.append(f"zich binnen {metres} meter van {places} te begeven")
        claims.append(
            f"{other} te verbieden zich te begeven binnen een straal van {metres} meter rond "
            f"{places}, en zich binnen {metres} meter van {plaintiff} op te houden, onder verbeurte "
            f"van een dwangsom van {penalty} per inbreuk;"
        )
    if request.penalty_max_eur is not None:
        claims.append(f"te zeggen dat de dwangsommen samen niet meer dan "
                      f"{euro(request.penalty_max_eur)} kunnen bedragen;")
    if not petition:
        claims.append(f"{other} te veroordelen tot de kosten van het geding, met inbegrip van de "
                      "rechtsplegingsvergoeding;")
    claims.append("te zeggen dat de beschikking uitvoerbaar is bij voorraad.")
    incidents = chronological(case)
    first = long_date(incidents[0].date) if incidents else BLANK
    relation = respondent["relationship"]
    known = f", {victim['role']['possessive']} {relation}" if case.respondent.relationship.value not in ("unknown", "stranger") else ""
    hearing = request.hearing
    return {
        "request": {
            "court": request.court,
            "claims": claims,
            "urgency": shield(request.urgency) if request.urgency else "",
            "object": (
                f"{plaintiff.capitalize()} vordert dat {other} bij voorraad verboden wordt "
                f"{join_nl(bans)}, onder verbeurte van een dwangsom van {penalty} per inbreuk, "
                "op grond van de feiten en middelen hierna."
            ),
        },
        "court": {
            "other": other,
            "facts_intro": (
                f"{plaintiff.capitalize()} wordt sinds {first} belaagd door {other}{known}. "
                f"{plaintiff.capitalize()} hield een logboek bij; de feiten hieronder zijn daaruit "
                "overgenomen, met verwijzing naar de stukken van de inventaris."
            ),
        },
        "hearing": {
            "day": long_date(hearing.date) if hearing and hearing.date else BLANK,
            "hour": clock(hearing.time) if hearing and hearing.time else BLANK,
            "place": hearing.place if hearing and hearing.place else f"de zittingzaal {BLANK}",
        },
    }


def witness(loaded, document, base, shield, planned) -> dict:
    witness: Witness = next(w for w in loaded.case.witnesses if w.id == document.witness)
    moments = [
        f"{m['date']}, {m['place']}" if m["place"] else m["date"]
        for m in witness_incidents(loaded.case, witness.id, shield)
    ]
    return {
        "witness": {
            "id": witness.id,
            "first_name": witness.first_name,
            "last_name": witness.last_name,
            "birth_date": long_date(witness.birth_date) if witness.birth_date else "",
            "birth_place": witness.birth_place or "",
            "address": address_line(witness.address),
            "profession": witness.profession or "",
            "relation": shield(witness.relation or ""),
        },
        "moments": moments,
        "witness_declaration": legal.WITNESS_DECLARATION,
    }


def guide(loaded, document, base, shield, planned) -> dict:
    case = loaded.case
    names = words(case.language).DOCUMENTS
    docs = [
        {"title": d.title + (f" ({d.witness})" if d.witness else ""), "file": d.file_name,
         **{key: names[d.kind.name][key] for key in ("purpose", "signer", "destination")}}
        for d in planned if d.kind.name != "guide"
    ]
    return {
        "documents": docs,
        "attention": attention_points(case),
        "helplines": [{"number": n, "text": t} for n, t in legal.HELPLINES],
    }


def attention_points(case: Case) -> list[str]:
    """What the lawyer must decide; the tool states it and never decides it."""
    law = legal.LAW
    points = []
    if case.victim.address_confidential and case.request:
        points.append(
            "Het adres van het slachtoffer is vertrouwelijk. De dagvaarding of het verzoekschrift "
            f"vermeldt de gekozen woonplaats ({law['elected_domicile']}). {law['summons_mentions']} "
            "vraagt onder meer de woonplaats van de eiser, dat is het adres in het "
            "bevolkingsregister (art. 32 Ger.W.). Of de woonplaatskeuze volstaat, is niet bevestigd: "
            "beslis vóór de betekening hoe u dit oplost. filings drukt het adres niet af."
        )
    if case.respondent.relationship in legal.FAMILY_RELATIONSHIPS:
        points.append(
            "De partijen zijn of waren partners. Waren zij gehuwd of wettelijk samenwonend, of "
            "hebben zij samen kinderen, ga dan na of de familierechtbank bevoegd is in plaats van de "
            "voorzitter van de rechtbank van eerste aanleg. filings beslist dit niet."
        )
    if case.request:
        points.append(
            "Laat de beschikking meteen betekenen door een gerechtsdeurwaarder: een dwangsom kan "
            f"niet worden verbeurd vóór de betekening ({law['penalty']})."
        )
        if case.request.procedure is Procedure.ex_parte:
            points.append(
                f"Het eenzijdig verzoekschrift wordt door een advocaat ondertekend "
                f"({law['petition_signature']}) en in twee exemplaren neergelegd; tegen de "
                f"beschikking staat verzet open binnen een maand ({law['opposition']})."
            )
    if any(i.date >= legal.NEW_CRIMINAL_CODE for i in case.incidents):
        points.append(
            "Voor feiten vanaf 8 april 2026 verwijzen de documenten naar art. 442bis oud Sw. en de "
            "overeenstemmende bepaling van het Strafwetboek van 29 februari 2024: de inwerkingtreding "
            "en het artikelnummer in het nieuwe wetboek zijn niet bevestigd; controleer ze op Justel."
        )
    return points


def shared_only(loaded, document, base, shield, planned) -> dict:
    """The evidence index and the logbook print only what every document shares."""
    return {}
