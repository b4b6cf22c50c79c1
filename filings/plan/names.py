"""Every name a template (or a phrase) may use, with its meaning: the one reference
behind `filings templates vars`. A test renders the contexts of the demo case and
fails on a name given here that no context has, or a context name not given here.

`[]` marks a list: `incidents` is the list, `incidents[].date` the date of one item, as
in `{%p for i in incidents %}{{ i.date }}`. Texts are already written out in the case's
language (dates as `12 maart 2026`, amounts as `€ 500,00`); an absent value is an empty
text (false), never missing, so `{{ x or '—' }}` prints a dash for it.
"""

from __future__ import annotations

from ..privacy import WITHHELD_FROM_WITNESSES, Audience
from .kinds import BY_NAME

SHARED = {
    "title": "the document's title (e.g. Klacht wegens belaging)",
    "reference": "the case's own reference (e.g. DOS-2026-014)",
    "date": "the date the documents are made, written out",
    "victim": "the victim, as this document's audience may see her",
    "victim.name": "first and last name",
    "victim.first_name": "first name",
    "victim.last_name": "last name",
    "victim.birth": "'geboren te Gent op 14 mei 1991', with what is known; '' if nothing",
    "victim.nationality": "nationality, or ''",
    "victim.profession": "profession, or ''",
    "victim.address": "her address, only where the audience may see it; else ''",
    "victim.address_shown": "true when this document may show her address",
    "victim.confidential": "true when her address is confidential (address_confidential)",
    "victim.elected_domicile": "the domicile she elected (victim.elected_domicile), or ''",
    "victim.national_number": "national number, only where the audience may see it; else ''",
    "victim.phone": "phone, only where the audience may see it; else ''",
    "victim.email": "e-mail, only where the audience may see it; else ''",
    "victim.role": "role words in her grammatical gender",
    "respondent": "the person the case is against",
    "respondent.name": "his name, or 'onbekend'",
    "respondent.known": "true when his first and last name are known",
    "respondent.birth": "'geboren te … op …', with what is known; ''",
    "respondent.profession": "profession, or ''",
    "respondent.address": "address, or ''",
    "respondent.description": "her description of him (masked for the audience), or ''",
    "respondent.phones": "his phone numbers, 'a, b en c'",
    "respondent.accounts": "his online accounts, 'a, b en c'",
    "respondent.phone_list": "his phone numbers as a list",
    "respondent.account_list": "his online accounts as a list",
    "respondent.relationship": "what he is to her: ex-partner, buur, onbekende…",
    "respondent.role": "role words in his grammatical gender",
    "lawyer": "her lawyer; empty (false) when the case has none",
    "lawyer.name": "'Mr. An Claes'",
    "lawyer.bar": "the bar, e.g. Gent",
    "lawyer.address": "office address",
    "lawyer.phone": "phone, or ''",
    "lawyer.email": "e-mail, or ''",
    "incidents": "the incidents in time order, numbered 'feit 1..n'",
    "incidents[].number": "its number, 1..n",
    "incidents[].date": "its date: 12 maart 2026",
    "incidents[].day": "its date with the weekday: donderdag 12 maart 2026",
    "incidents[].time": "'07:45' or '07:45–08:10', or ''",
    "incidents[].when": "weekday, date and time: 'donderdag 12 maart 2026, 07:45–08:10'",
    "incidents[].location": "where it happened (masked), or ''",
    "incidents[].place": "where it happened (masked), or 'niet van toepassing'",
    "incidents[].kinds": "what happened: 'opwachten, beschadiging en aan het werk'",
    "incidents[].described": "what happened in a lawyer's words: 'berichten en dreigende uitlatingen'",
    "incidents[].description": "what happened, in her words (masked for the audience)",
    "incidents[].paragraphs": "the description as paragraphs: a line break is a space, an empty line a new paragraph; quotations inside take ‘…’ (for printing inside “…”)",
    "incidents[].own_paragraphs": "the description as paragraphs, its quotation marks as typed (her own voice)",
    "incidents[].neutral_place": "the place in the third person: `place`, else `location` unless it is in her voice; else ''",
    "incidents[].witnesses": "the witnesses' names, 'a en b', or ''",
    "incidents[].evidence": "the pieces it cites: 'stuk 3', 'stukken 1 en 4', or ''",
    "incidents[].police_report": "the number of the PV that recorded it, or ''",
    "incidents[].messages": "the messages he sent that it quotes (`filings import`), in time order",
    "incidents[].messages[].text": "the message's text (masked), its lines joined with ' / '",
    "incidents[].messages[].sender": "the sender as the export writes him",
    "incidents[].messages[].kind": "'' for a text; else 'verwijderd bericht', 'foto, video of bestand'…",
    "incidents[].messages[].cite": "where it stands: 'stuk 3, bericht van 12 maart 2026 om 23:14'",
    "pattern": "how often, how long, through which channels",
    "pattern.count": "the number of incidents (0 without incidents)",
    "pattern.first": "the date of the first incident (only with incidents)",
    "pattern.last": "the date of the last incident (only with incidents)",
    "pattern.days": "the days from the first to the last incident, both counted",
    "pattern.channels": "'oproepen (2×), bedreiging (2×) en …', most frequent first",
    "pattern.described": "the same in a lawyer's words, a kind seen once without a count: 'dreigende uitlatingen (3×), oproepen (2×) en brieven'",
    "pattern.months": "each month with facts, in order (computed from the incidents)",
    "pattern.months[].month": "the month: 'maart 2026'",
    "pattern.months[].count": "its number of facts",
    "pattern.per_month": "the same in one line: '1 in januari 2026, 3 in maart 2026 en …', or ''",
    "pattern.channel_order": "each way he reached her (contact or presence, not threats, damage, violence), in the order of its first use",
    "pattern.channel_order[].kind": "its name in her words: 'oproepen', 'aan het werk'",
    "pattern.channel_order[].described": "its name in a lawyer's words: 'komen aan het werk'",
    "pattern.channel_order[].count": "the number of facts with it",
    "pattern.channel_order[].first": "the date of its first use",
    "pattern.channel_order[].last": "the date of its last use",
    "pattern.channel_order[].once": "true when first and last are the same day",
    "pattern.night": "the facts at night (from 22:00 up to 06:00; only facts with a time count)",
    "pattern.night.count": "how many facts were at night (0: none, or no times)",
    "pattern.night.timed": "how many facts have a time",
    "pattern.night.facts": "which: 'feiten 1 en 5', or ''",
    "pattern.night.from": "when night begins: '22:00'",
    "pattern.night.to": "when night ends: '06:00'",
    "pattern.after_notice": "the facts after the day of the first notice (`notices`)",
    "pattern.after_notice.count": "how many (0 without notices)",
    "pattern.after_notice.facts": "which: 'feiten 2 tot en met 8', or ''",
    "pattern.after_notice.date": "the date of the first notice, or ''",
    "pattern.start": "the escalation step the facts began with: remote | threat | presence | damage | violence; '' when none",
    "pattern.escalation": "each more serious step that first came after facts that were all of a lower step (threat, presence, damage, violence), in order; empty when nothing escalated",
    "pattern.escalation[].step": "threat | presence | damage | violence",
    "pattern.escalation[].fact": "the first fact of that step: 'feit 4'",
    "pattern.escalation[].date": "its date",
    "pattern.escalation[].kinds": "its kinds on that step, in her words: 'opwachten en aan het werk'",
    "pattern.escalation[].described": "the same in a lawyer's words",
    "pattern.chart": "the chart of the facts per week or month by kind, notices marked: print it as {{ pattern.chart }} alone in a paragraph; '' (false) with fewer than two facts",
    "pattern.unit": "the chart's unit: 'week' (facts within 120 days) or 'month'; '' without a chart",
    "evidence": "the pieces of evidence as the bundle numbers them, 'stuk 1..n'",
    "evidence[].number": "its number, n in 'stuk n'",
    "evidence[].label": "'stuk n'",
    "evidence[].id": "its id in the case (E1)",
    "evidence[].kind": "its kind: foto, schermafdruk, …",
    "evidence[].description": "its description (masked for the audience)",
    "evidence[].date": "its date, or 'zonder datum'",
    "evidence[].file": "its file name in the bundle, or '(op papier)'",
    "evidence[].sha256": "the SHA-256 of the file, or '—'",
    "evidence[].size": "'1234 bytes', or '—'",
    "logbook_piece": "the number of the logbook as a piece: the last stuk, after the evidence",
    "police_reports": "the police reports (PV) made so far",
    "police_reports[].number": "the PV number",
    "police_reports[].reference": "the parket's notitienummer, or ''",
    "police_reports[].pieces": "the piece that is its attest (a police-report piece naming its number): 'stuk 2', or ''",
    "police_reports[].date": "its date",
    "police_reports[].zone": "the police zone, or ''",
    "police_reports[].summary": "what it was about (masked), or ''",
    "police_reports[].summary_hers": "true when the summary is in her first person: a court paper quotes it",
    "offences": "which offences the facts may constitute, and which code applies by date",
    "offences.stalking": "true when there are incidents (belaging)",
    "offences.electronic": "true when calls, messages, e-mail or social media are among the facts",
    "offences.threats": "true when a threat is among the facts",
    "offences.before_new_code": "true when some facts lie before the new Criminal Code",
    "offences.after_new_code": "true when some facts lie on or after the new Criminal Code",
    "offences.threats_after_new_code": "true when a threat lies on or after the new Criminal Code",
    "offences.damage": "true when damage is among the facts",
    "offences.new_code_date": "the date the new Criminal Code applies from, written out",
    "law": "statute citations, from filings/lang/<language>.py",
}

def _copied(shared: str, name: str) -> dict[str, str]:
    """The names of the items of a shared list, for a context that gives some of those
    items under a name of its own (the follow-up complaint's incidents); one level deep."""
    head = f"{shared}[]."
    return {f"{name}[].{key[len(head):]}": meaning for key, meaning in SHARED.items()
            if key.startswith(head) and "[]" not in key[len(head):]}


# Per context builder (the `context` of a kind in kinds.py).
BY_CONTEXT = {
    "complaint": {
        "complaint": "the complaint block of the case",
        "complaint.to_prosecutor": "true for a written complaint to the prosecutor (addressee: prosecutor)",
        "complaint.zone": "the police zone, or ''",
        "complaint.office": "the prosecutor's office (parket), or ''",
        "complaint.harm": "the harm she suffered, in her words (masked), or ''",
        "complaint.injured_party": "true when she declares herself injured party",
        "complaint.witnesses": "every witness's name, 'a, b en c', or ''",
        "complaint.traffic_data": "true when calls, messages, e-mail or social media are among the facts",
        "complaint.damage": "true when damage is among the facts",
        "complaint.requested_measures": "the measures she asks for in her own words (masked), a list of texts",
        "complaint.office_address": "the parket's address from the table of parketten, or ''",
        "complaint.knows": "whether he knows her address: yes, no or unknown",
        "complaint.harm_paragraphs": "complaint.harm as paragraphs",
        "complaint.damage_facts": "the facts with damage: 'feit 4', or ''",
        "complaint.threats": "each fact with a threat",
        "complaint.threats[].fact": "'feit 2'",
        "complaint.threats[].words": "the words quoted in her description, each in “…”, or ''",
        "complaint.threats[].written": "true when it came in writing (messages, letters, e-mail, social media)",
        "complaint.threats[].spoken": "true when it was said (a call, a voicemail, in person) and not written",
        "complaint.threats[].conditional": "true when the words set a condition (als …, dan …)",
        "complaint.partners": "true when he is her partner or ex-partner",
        "complaint.relation_detail": "what the case says of their relationship, in her voice: 'wij woonden samen …, tot 11 januari 2026'; ''",
        "complaint.plate": "a number plate from his description (1-ABC-123), or ''",
        "complaint.presence": "the facts where he came to her or followed her, or ''",
        "complaint.notices": "when he was told to stop, in her voice",
        "complaint.notices[].date": "its date",
        "complaint.notices[].who": "ik, mijn advocaat, de politie…",
        "complaint.notices[].by_victim": "true when she told him herself",
        "complaint.notices[].channel": "per bericht, per aangetekende brief…, or ''",
        "complaint.notices[].text": "what he was told (masked), or ''",
        "complaint.notices[].evidence": "the pieces that prove it, or ''",
        "complaint.after_count": "the facts after the first notice",
        "complaint.after": "their numbers, or ''",
    },
    "declaration": {
        "declaration": "the injured-party declaration",
        "declaration.office": "the prosecutor's office (parket)",
        "declaration.places": "the places of the facts (masked), 'a, b en c', or ''",
        "declaration.place_list": "the same places as a list, in the order of the facts (a place may hold commas)",
        "declaration.services": "the police zones involved, 'a en b', or ''",
        "declaration.reports": "the PV numbers, 'a en b', or ''",
        "declaration.harm": "the harm she suffered, in her words (masked), or ''",
        "declaration.harm_paragraphs": "the same as paragraphs",
        "declaration.office_address": "the parket's address from the table of parketten, or ''",
        "declaration.knows": "whether he knows her address: yes, no or unknown",
        "declaration.references": "the parket's notitienummers of the PVs, or ''",
    },
    "contact_sheet": {
        "reports": "the PV numbers, 'a en b', or ''",
        "knows": "whether he knows her address: yes, no or unknown",
    },
    "court": {
        "request": "what is asked of the court (request)",
        "request.court": "the court, e.g. Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Gent",
        "request.contact_ban": "true when a contact ban is asked",
        "request.restraining_order": "true when a ban on coming near places is asked",
        "request.distance": "the distance in metres, written out (1.500), or ''",
        "request.places": "the places to keep away from (masked), 'a en b', or ''",
        "request.place_list": "the same places as a list",
        "request.care_places": "those of them where he may need urgent care (a hospital): the ban excepts it",
        "request.around_person": "true when he must also keep the distance from her person",
        "request.penalty": "the dwangsom per breach: '€ 500,00'",
        "request.penalty_max": "the cap on the dwangsommen, or ''",
        "request.urgency": "why it is urgent, as written in the case (masked), or ''",
        "request.urgency_paragraphs": "the same as paragraphs",
        "request.urgency_hers": "true when it is written in the first person: quote it as hers",
        "court": "the parties as the court papers name them",
        "court.other": "the respondent: his role word (verweerder) in a summons, his name in a petition",
        "court.first_date": "the date of the first incident, or ''",
        "court.known_relationship": "true when his relationship to her is known (not unknown or stranger)",
        "court.party": "her role word in this paper: eiseres in a summons, verzoekster in a petition",
        "court.building": "the courthouse address of the court named in request.court, from the table of courts; ''",
        "court.logbook_piece": "'stuk 7': the logbook as a piece",
        "court.harm": "the harm she described in her complaint (masked), as paragraphs; a list",
        "court.domicile_law": "the article that asks for her domicile: art. 702, 1° (summons) or art. 1026 (petition)",
        "court.relationship_end": "when the relationship ended, or ''",
        "court.de_facto": "true when they lived together unmarried, without a declaration",
        "court.not_family": "true when they were partners, neither married nor legal cohabitants, without children",
        "court.civil_old": "true when facts lie before Book 6 of the Civil Code (1 January 2025)",
        "court.civil_new": "true when facts lie on or after 1 January 2025",
        "urgency": "the computed facts of urgency",
        "urgency.count": "the number of incidents",
        "urgency.last": "the date of the last incident",
        "urgency.days_since": "days from the last incident to the date of the documents",
        "urgency.since": "the same, written out: '207 dagen'",
        "urgency.stale": "true when that is longer than the procedure allows without warning",
        "urgency.recent": "the incidents in the last urgency.recent_days days",
        "urgency.recent_days": "30",
        "urgency.recent_since": "the day urgency.recent_days before the date of the documents",
        "urgency.trend": "how the frequency went: toegenomen, afgenomen, gelijk gebleven, or ''",
        "urgency.early": "incidents in the first half of the period",
        "urgency.late": "incidents in the second half",
        "urgency.threats": "the facts with a threat: 'feiten 2 en 3', or ''",
        "urgency.violence": "the facts with violence, or ''",
        "urgency.damage": "the facts with damage, or ''",
        "urgency.presence": "the facts where he came to her or followed her, or ''",
        "urgency.escalation": "true when such facts came only after the first fact",
        "urgency.report_date": "the date of the first police report, or ''",
        "urgency.after_report_count": "the incidents after the first police report",
        "urgency.after_report": "their numbers: 'feiten 2 tot en met 7', or ''",
        "knowledge": "when and how he was told to stop (notices)",
        "knowledge.notices": "the notices in time order",
        "knowledge.notices[].date": "its date",
        "knowledge.notices[].who": "who told him: eiseres, de advocaat van eiseres, de politie…",
        "knowledge.notices[].by_victim": "true when she told him herself",
        "knowledge.notices[].channel": "how: per bericht, per aangetekende brief…, or ''",
        "knowledge.notices[].text": "what he was told (masked), or ''",
        "knowledge.notices[].evidence": "the pieces that prove it: 'stuk 2', or ''",
        "knowledge.first": "the date of the first notice, or ''",
        "knowledge.after_count": "the incidents after the first notice",
        "knowledge.after": "their numbers, or ''",
        "knowledge.unproven": "true when a notice has no piece that proves it",
        "necessity": "the facts an ex parte petition argues absolute necessity from",
        "necessity.violence": "the facts with violence, or ''",
        "necessity.approach": "the last fact in the last 30 days where he came near her, or ''",
        "necessity.approach_date": "its date, or ''",
        "necessity.threats": "the facts with a threat in the last 30 days, or ''",
        "necessity.threat_count": "how many",
        "necessity.threat_dates": "their dates: '12 november 2026 en 19 november 2026', or ''",
        "necessity.weak": "true without violence and without a recent approach (the guide warns)",
        "hearing": "the hearing, when set",
        "hearing.day": "its date, or ''",
        "hearing.hour": "its hour (09:30), or ''",
        "hearing.place": "the court building and room, or ''",
    },
    "witness": {
        "witness": "the witness this form is for",
        "witness.first_name": "first name",
        "witness.last_name": "last name",
        "witness.birth_date": "date of birth, or ''",
        "witness.birth_place": "place of birth, or ''",
        "witness.address": "address, or ''",
        "witness.profession": "profession, or ''",
        "parties": "the two parties, the victim first, for the witness's relation to each",
        "parties[].name": "the party's name (the word for his role when the respondent has no name)",
        "parties[].role": "eiseres / verweerder (verzoekster in a petition), or ''",
        "moments": "the incidents the witness is named in: dates, hours and neutral places only",
        "moments[].date": "its date",
        "moments[].time": "its hour or span (07:45–08:10), or ''",
        "moments[].place": "`place` (masked), else a label from its kinds (op straat), or ''; never `location`",
        "moments[].when": "its date and neutral place in one: '12 maart 2026, op het werk van Sarah Peeters'",
    },
    "boundary_letter": {
        "boundary": "the stop message and letter",
        "boundary.short": "the short stop message, for an sms or chat",
        "boundary.letter": "the body of the stop letter",
        "boundary.salutation": "how the letter greets him: his first name, or 'Geachte heer …' for a stranger",
        "boundary.formal_salutation": "the greeting of the lawyer's letter: 'Geachte heer De Smet'",
        "boundary.sender": "the sender on the envelope when her address is confidential (her lawyer, or her elected domicile); ''",
    },
    "circle_letter": {
        "circle": "the letters to her circle",
        "circle.members": "true when the case names who gets a letter",
        "circle.letters": "one per person, or one general letter",
        "circle.letters[].greeting": "'Beste Lotte', 'Geachte mevrouw Claes', or 'Beste'",
        "circle.letters[].formal": "true to write 'u'",
        "circle.since": "the date of the first incident",
        "circle.who": "him: 'Kevin De Smet, mijn ex-partner', or 'iemand die ik ken'",
        "circle.told": "true when he was told to stop (notices)",
        "circle.reported": "true when she filed a complaint (police_reports)",
        "circle.description": "how to recognise him, from his description (masked), or ''",
    },
    "guide": {
        "documents": "the other documents of the bundle",
        "documents[].title": "its title (with the witness's name for a witness form)",
        "documents[].file": "its file name in the bundle",
        "documents[].purpose": "what it is for",
        "documents[].signer": "who signs it",
        "documents[].destination": "where it goes",
        "attention": "what the lawyer must decide",
        "attention.confidential_address": "true when her address is confidential and a court request is made",
        "attention.family_court": "true when the family court may be competent (partnership, children)",
        "attention.family_reason": "why: de partijen zijn of waren gehuwd…, or ''",
        "attention.stale_urgency": "how old the last incident is, when that makes urgency disputable; ''",
        "attention.no_notice": "true when a court request is made and no notice is recorded",
        "attention.laws_to_check": "the citations no source confirmed, 'a en b', or ''",
        "attention.request": "true when a court request is made",
        "attention.ex_parte": "true when the request is an ex parte petition",
        "attention.summons": "true when the request is a summons",
        "attention.witnesses": "true when the case has witnesses",
        "attention.to_prosecutor": "true when the complaint is written to the prosecutor (no hearing at the police)",
        "attention.declaration": "true when she declares herself injured party",
        "attention.harm": "true when she described the harm (complaint.harm)",
        "attention.gap": "the longest silence between two facts, when over 60 days; or nothing",
        "attention.gap.before": "the fact before it, with its date: 'feit 7 (3 mei 2026)'",
        "attention.gap.after": "the fact after it, with its date",
        "attention.gap.days": "how long: '200 dagen'",
        "attention.weak_necessity": "true for a petition without violence and without a recent approach",
        "attention.last_approach": "then, the date he last came near her, or ''",
        "attention.unproven_notice": "the dates of notices without a piece that proves them, or ''",
        "attention.relationship_end": "true when an (ex-)partner's end of the relationship is not given",
        "attention.brussels_court": "true when the request goes to a court in Brussels (language of the act)",
        "chart_file": "the pattern chart's own file name in a bundle (patroon-van-de-feiten.png), or '' without a chart",
    },
    "follow_up": {
        "follow_up": "the follow-up complaint: the facts no PV covers on or after the day of the latest PV",
        "follow_up.to_prosecutor": "true for a written complaint to the prosecutor (complaint.addressee: prosecutor)",
        "follow_up.zone": "the police zone of the complaint, else of the latest PV, or ''",
        "follow_up.office": "the prosecutor's office (parket), or ''",
        "follow_up.office_address": "the parket's address from the table of parketten, or ''",
        "follow_up.knows": "whether he knows her address: yes, no or unknown",
        "follow_up.relation_detail": "what the case says of their relationship, in her voice, or ''",
        "follow_up.reports": "the earlier PVs in date order, as police_reports[] gives each",
        **_copied("police_reports", "follow_up.reports"),
        "follow_up.numbers": "the earlier PV numbers, 'a en b'",
        "follow_up.references": "their notitienummers, each once, 'a en b', or ''",
        "follow_up.latest": "the number of the latest PV",
        "follow_up.since": "the date of the latest PV, written out",
        "follow_up.count": "how many facts it adds",
        "follow_up.facts": "their numbers in the logbook: 'feiten 6 tot en met 8'",
        "follow_up.incidents": "the facts it adds, as incidents[] gives each (with its logbook number)",
        **_copied("incidents", "follow_up.incidents"),
        "follow_up.evidence": "the pieces those facts cite, as evidence[] gives each",
        **_copied("evidence", "follow_up.evidence"),
        "follow_up.witnesses": "the witnesses of those facts, 'a en b', or ''",
        "follow_up.traffic_data": "true when calls, messages, e-mail or social media are among those facts",
        "follow_up.damage": "true when damage is among those facts",
        "follow_up.earlier": "facts before the latest PV that no PV covers: 'feit 3', or ''",
        "follow_up.earlier_count": "how many",
        "follow_up.earlier_dates": "their dates, 'a en b', or ''",
        "follow_up.injured_party": "true when she declares herself injured party (complaint.injured_party_declaration)",
    },
    "shared_only": {},
}

# Given by rendering (filings/render/phrases.py), in every document.
RENDERING = {
    "phrase": "phrase('name') prints a sentence of phrases.yaml; phrase('support', i=i) passes an item",
}


def _vocabulary(language: str) -> dict[str, str]:
    from ..lang import words

    w = words(language)
    names = {f"law.{key}": f"'{text}'" for key, text in w.LAW.items()}
    for who in ("victim", "respondent"):
        names.update({f"{who}.role.{word}": " / ".join(forms) for word, forms in w.ROLES.items()})
    return names


def template_names(kind: str, language: str = "nl") -> dict[str, str]:
    """Every name the template of this kind may use, with its meaning, in order."""
    names = dict(SHARED)
    names.update(_vocabulary(language))
    names.update(BY_CONTEXT[BY_NAME[kind].context])
    names.update(RENDERING)
    if BY_NAME[kind].audience is Audience.witness:
        names = {name: meaning for name, meaning in names.items() if not _withheld(name)}
    order = {name: position for position, name in enumerate(names)}
    return dict(sorted(names.items(), key=lambda item: (_root(item[0], order), item[0])))


def _withheld(name: str) -> bool:
    return any(name == w or name.startswith((f"{w}.", f"{w}[")) for w in WITHHELD_FROM_WITNESSES)


def _root(name: str, order: dict[str, int]) -> int:
    root = name.split(".")[0].split("[")[0]
    return order.get(root, len(order))


def context_names(values: dict) -> set[str]:
    """The names of a real context, as template_names spells them (`incidents[].date`)."""
    found: set[str] = set()

    def walk(value, path: str) -> None:
        if path:
            found.add(path)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, f"{path}.{key}" if path else key)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    for key, field in item.items():
                        walk(field, f"{path}[].{key}")

    walk(values, "")
    return found
