"""Dutch (Belgium): the words filings' Dutch documents use outside their templates.

The sentences are in templates/nl (the .docx files and phrases.yaml); here are the
words Python fills in: the locale, the statute citations, the names of the case
vocabulary, the role words by gender, and small notations (a list 'a, b en c',
'stuk 3', an address, a birth). Every Dutch string of the package is in this module.
"""

from __future__ import annotations

import re
from typing import Iterable

from .counting import joined, numbered

LOCALE = "nl_BE"  # babel: dates and amounts
LANGUAGE_TAG = "nl-BE"  # the documents' language property

# Statutory references: the one place they are spelled (DESIGN.md principle 7).
# Templates and phrases print them as {{ law.<name> }}.
LAW = {
    "stalking_old": "art. 442bis Sw.",
    # The new Criminal Code's entry into force (planned 8 April 2026) and its article are
    # UNCONFIRMED (legal-be-brief.md §1.2): facts that may fall under it cite the 1867 code
    # "dan wel" the new one, as far as it was in force, in a lawyer's wording
    # (legal-review-1.md follow-up), never a date or an article number as certain.
    "stalking_transition": (
        "art. 442bis van het Strafwetboek van 1867, dan wel de overeenstemmende bepaling van het "
        "Strafwetboek ingevoerd bij de wetten van 29 februari 2024, voor zover dat op het "
        "ogenblik van de feiten in werking was"
    ),
    "electronic": (
        "art. 145, § 3bis van de wet van 13 juni 2005 betreffende de elektronische communicatie"
    ),
    "threats_old": "art. 327 e.v. Sw.",
    "threats_transition": (
        "art. 327 e.v. van het Strafwetboek van 1867, dan wel de overeenstemmende bepalingen van "
        "het Strafwetboek ingevoerd bij de wetten van 29 februari 2024, voor zover dat op het "
        "ogenblik van de feiten in werking was"
    ),
    "injured_party": "art. 5bis van de Voorafgaande Titel van het Wetboek van Strafvordering",
    "address_protection": "COL 03/2023",
    "interim_relief": "art. 584 Ger.W.",
    "summons_mentions": "art. 702 Ger.W.",
    "ex_parte_basis": "art. 584, derde lid, Ger.W.",
    "no_complaint_offence": "wet van 25 maart 2016",
    "plaintiff_domicile": "art. 702, 1° Ger.W.",
    "territorial_competence": "art. 624 Ger.W.",
    "nullity": "art. 860-861 Ger.W.",
    "register_domicile": "art. 32 Ger.W.",
    "elected_domicile": "art. 39 Ger.W.",
    "petition": "art. 1025 e.v. Ger.W.",
    "petition_basis": "art. 584, derde lid, en art. 1025 e.v. Ger.W.",
    "petition_signature": "art. 1026, 5° Ger.W.",
    "opposition": "art. 1034 Ger.W.",
    "penalty": "art. 1385bis Ger.W.",
    "witness_statement": "art. 961/1 tot 961/3 Ger.W.",
    "witness_mentions": "art. 961/2 Ger.W.",
    "private_life": "art. 8 EVRM",
    "precedent_contact_ban": "Gent 26 oktober 2017",
    # The court papers (issue 11). Sources in LAW_SOURCES; what no source confirmed is in
    # LAW_TO_CHECK, which the guide lists for the lawyer.
    "hearing_place": "art. 702, 5° Ger.W.",
    "bailiff_mentions": "art. 43 Ger.W.",
    "petition_mentions": "art. 1026 Ger.W.",
    "petition_lawyer": "art. 1026, 5° en 1027 Ger.W.",
    "petitioner_appeal": "art. 1031 Ger.W.",
    "third_party_opposition": "art. 1034 Ger.W.",
    "civil_fault": "art. 6.5 BW",
    "civil_fault_old": "art. 1382 oud BW",
    "private_life_constitution": "art. 22 Gw.",
    "costs": "art. 1017 Ger.W.",
    "procedural_indemnity": "art. 1022 Ger.W.",
    "budget_fund": "wet van 19 maart 2017 tot oprichting van een begrotingsfonds voor de "
                   "juridische tweedelijnsbijstand",
    "court_language": "art. 4, § 1, van de wet van 15 juni 1935 op het gebruik der talen in gerechtszaken",
}

# Where each court-paper citation was checked (`search`, stored public pages). Keep a
# source beside every citation that is added here.
LAW_SOURCES = {
    "summons_mentions": "elfri.be/juridische-informatie/dagvaarding-verplichte-vermeldingen "
                        "(art. 702 as replaced by the law of 19 October 2015)",
    "hearing_place": "idem: '5° de plaats, de dag en het uur van de terechtzitting'",
    "bailiff_mentions": "advo-balen.be (art. 43: dag, maand, jaar en plaats van betekening); "
                        "the full list of art. 43 was not found",
    "petition_lawyer": "rechtbankeersteaanlegantwerpen.be (eenzijdige verzoekschriften); "
                       "procedurecivile.be via yumpu (art. 1026, 5° and 1027)",
    "opposition": "etaamb.be, GwH 165/2002: 'de termijn van één maand ... bepaald in artikel 1034'",
    "penalty": "5dok.net commentary on art. 1385bis Ger.W.",
    "civil_fault": "theoma.be/blog/?p=550 and lexgo.be: Book 6 BW (law of 7 February 2024, "
                   "BS 1 July 2024) in force 1 January 2025; art. 6.5: liability for fault",
    "private_life_constitution": "fra.europa.eu, De Belgische Grondwet, art. 22",
    "costs": "rw.be/artikels/13781 (S. Voet, C. Teuwens, RW 2024-25, 1414): arts. 1017-1024 Ger.W.",
    "procedural_indemnity": "idem",
    "budget_fund": "tribunaux-rechtbanken.be/nl/arbeidshof-gent-afdeling-gent/messages/1391 "
                   "(EUR 24 from 1 October 2022)",
    "petition_mentions": "art. 1026 as a whole: legal-be-brief.md §3.3 (items 1°-4° UNCONFIRMED, 5° confirmed)",
    "petition_signature": "see petition_lawyer",
    "interim_relief": "rechtbankeersteaanlegantwerpen.be (art. 584 quoted); E. Krings via docplayer.nl",
    "petition_basis": "idem: 'in geval van volstrekte noodzakelijkheid, bij verzoekschrift'",
    "ex_parte_basis": "tribunaux-rechtbanken.be/nl/rechtbank-eerste-aanleg-limburg ('verzoekschriften "
                      "art. 584 derde lid Ger.W.')",
    "register_domicile": "elfri.be/artikel/wat-is-de-betekening (art. 32, 3°)",
    "no_complaint_offence": "elfri.be/belaging-de-wettekst: 'sinds de wet van 25 maart 2016 is belaging "
                            "geen klachtmisdrijf meer' (legal-be-brief.md §1.1)",
    "plaintiff_domicile": "elfri.be/juridische-informatie/dagvaarding-verplichte-vermeldingen "
                          "('1° de naam, de voornaam en de woonplaats van de eiser')",
    "territorial_competence": "UNCONFIRMED (legal-be-brief.md §3.1): the guide says so",
    "nullity": "UNCONFIRMED: cited by a lawyer's review; the guide says so",
    "elected_domicile": "droitbelge.be/news_detail.asp?id=460 (art. 39)",
    "precedent_contact_ban": "elfri.be/rechtspraak/contactverbod-na-einde-relatie (Gent 26/10/2017)",
    "civil_fault_old": "theoma.be/blog/?p=550: arts. 1382-1383 old BW before Book 6",
    "petitioner_appeal": "UNCONFIRMED: cited by legal-review-1.md §3; no source text found",
    "third_party_opposition": "art. 1034 (one month): etaamb.be, GwH 165/2002",
    "court_language": "wordscope.be (GwH 75/2014 quoting art. 4, § 1: 'ter keuze van den eischer, indien de "
                      "verweerder woonachtig is in eene gemeente van de Brusselsche agglomeratie')",
}
# Cited by the lawyer's review (legal-review-1.md) but not confirmed by a source found:
# never printed in a paper as certain (the paper leaves the article and the period blank);
# the guide names it for the lawyer to check on Justel and fill in before filing.
LAW_TO_CHECK = ("petitioner_appeal",)

# Courts of first instance (Dutch-speaking) and their divisions: the courthouse address a
# summons names as the place of the hearing (art. 702, 5° Ger.W.). (the words that must
# all appear in `request.court`, the court, the address or None, the source). None: no
# source confirmed an address, and the summons leaves a blank for the bailiff.
COURTS = (
    (("oost vlaanderen", "afdeling gent"), "Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Gent",
     "Opgeëistenlaan 401A, 9000 Gent", "rechtbanken-tribunaux.be/de/node/271?page=6439"),
    (("oost vlaanderen", "afdeling dendermonde"),
     "Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Dendermonde", None, ""),
    (("oost vlaanderen", "afdeling oudenaarde"),
     "Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Oudenaarde", None, ""),
    (("antwerpen", "afdeling antwerpen"), "Rechtbank van eerste aanleg Antwerpen, afdeling Antwerpen",
     "Bolivarplaats 20 bus 1, 2000 Antwerpen", "rechtbankeersteaanlegantwerpen.be/index.php/ainfo"),
    (("antwerpen", "afdeling mechelen"), "Rechtbank van eerste aanleg Antwerpen, afdeling Mechelen",
     "Keizerstraat 20, 2800 Mechelen", "rechtbankeersteaanlegantwerpen.be/index.php/ainfo"),
    (("antwerpen", "afdeling turnhout"), "Rechtbank van eerste aanleg Antwerpen, afdeling Turnhout",
     "Kasteelplein 1, 2300 Turnhout", "rechtbankeersteaanlegantwerpen.be/index.php/ainfo"),
    (("limburg", "afdeling hasselt"), "Rechtbank van eerste aanleg Limburg, afdeling Hasselt",
     "Parklaan 25/2, 3500 Hasselt", "tribunaux-rechtbanken.be/nl/rechtbank-eerste-aanleg-limburg"),
    (("limburg", "afdeling tongeren"), "Rechtbank van eerste aanleg Limburg, afdeling Tongeren",
     "Piepelpoel 10, 3700 Tongeren", "tribunaux-rechtbanken.be/nl/rechtbank-eerste-aanleg-limburg"),
    (("west vlaanderen", "afdeling brugge"), "Rechtbank van eerste aanleg West-Vlaanderen, afdeling Brugge",
     "Kazernevest 3, 8000 Brugge",
     "tribunaux-rechtbanken.be/nl/rechtbank-eerste-aanleg-west-vlaanderen-afdeling-brugge"),
    (("west vlaanderen", "afdeling ieper"), "Rechtbank van eerste aanleg West-Vlaanderen, afdeling Ieper",
     None, ""),
    (("west vlaanderen", "afdeling kortrijk"),
     "Rechtbank van eerste aanleg West-Vlaanderen, afdeling Kortrijk", None, ""),
    (("west vlaanderen", "afdeling veurne"), "Rechtbank van eerste aanleg West-Vlaanderen, afdeling Veurne",
     None, ""),
    (("eerste aanleg leuven",), "Rechtbank van eerste aanleg Leuven", None, ""),
    (("nederlandstalige", "brussel"), "Nederlandstalige rechtbank van eerste aanleg Brussel", None, ""),
)

# The parketten (prosecutor's offices) by the name a case gives in complaint.prosecutor_office,
# with the address a written complaint or declaration is sent to, and its source. A parket
# without a confirmed address gets a blank in the papers, never a guess.
PARKETS = (
    (("halle", "vilvoorde"), "Nerviërsstraat 60, 1730 Asse", "buizingen150210.be/nl/slachtoffers/"),
)

# The case vocabulary (filings.load.model), as the documents name it.
INCIDENT_KINDS = {
    "calls": "oproepen",
    "messages": "berichten",
    "letters": "brieven",
    "social_media": "sociale media",
    "email": "e-mails",
    "following": "achtervolgen",
    "waiting": "opwachten",
    "home_visit": "aan de woning",
    "work_visit": "aan het werk",
    "damage": "beschadiging",
    "threat": "bedreiging",
    "violence": "geweld",
    "third_parties": "via derden",
    "gifts": "ongewenste geschenken",
    "surveillance": "bespieden",
    "other": "andere",
}

# The same kinds in a lawyer's words (the court papers): what happened, never a criminal
# label the judge has not given ('bedreiging'), never a damage he is not shown to have caused.
COURT_KINDS = {
    "calls": "oproepen",
    "messages": "berichten",
    "letters": "brieven",
    "social_media": "berichten of reacties op sociale media",
    "email": "e-mails",
    "following": "volgen",
    "waiting": "opwachten",
    "home_visit": "komen aan de woning",
    "work_visit": "komen aan het werk",
    "damage": "vastgestelde schade",
    "threat": "dreigende uitlatingen",
    "violence": "geweld",
    "third_parties": "contact via derden",
    "gifts": "ongewenste geschenken",
    "surveillance": "bespieden",
    "other": "andere gedragingen",
}

# Where a fact happened, as a witness form names it when the incident has no `place`: a
# neutral label made from its kinds, in this order of preference (the first kind that has
# one), never her `location`, which is in her voice ("aan mijn woning" in a witness's
# mouth is his own house: legal-review-1.md §2). {victim} is her name.
WITNESS_PLACES = {
    "home_visit": "bij de woning van {victim}",
    "work_visit": "op het werk van {victim}",
    "following": "op straat",
    "calls": "telefonisch",
    "messages": "via berichten",
    "email": "per e-mail",
    "letters": "per brief",
    "social_media": "online",
    "third_parties": "via derden",
}

EVIDENCE_KINDS = {
    "photo": "foto",
    "video": "video",
    "audio": "geluidsopname",
    "letter": "brief",
    "message": "bericht",
    "email": "e-mail",
    "screenshot": "schermafdruk",
    "social_media": "sociale media",
    "medical": "medisch attest",
    "police_report": "proces-verbaal of attest",
    "statement": "verklaring",
    "other": "ander stuk",
}

RELATIONSHIPS = {
    "ex_partner": "ex-partner",
    "partner": "partner",
    "family": "familielid",
    "neighbour": "buur",
    "colleague": "collega",
    "acquaintance": "kennis",
    "stranger": "onbekende",
    "unknown": "relatie onbekend",
}

# Role words by gender: (female, male, other or unknown): eiseres / eiser / eisende partij.
ROLES = {
    "plaintiff": ("eiseres", "eiser", "eisende partij"),
    "defendant": ("verweerster", "verweerder", "verwerende partij"),
    "petitioner": ("verzoekster", "verzoeker", "verzoekende partij"),
    "complainant": ("klaagster", "klager", "klagende partij"),
    "possessive": ("haar", "zijn", "diens"),
    "subject": ("zij", "hij", "hij of zij"),
    "object": ("haar", "hem", "hen"),
    "client": ("cliënte", "cliënt", "cliënt"),
}

# The stop message and the stop letter (the boundary letter): calm, short, no negotiation.
# {you}/{your} is 'je'/'jou' or 'u', by how well they know each other.
STOP_MESSAGE = ("Ik wil geen contact meer met {you}. Bel, schrijf of zoek mij niet meer op, ook niet "
                "via anderen. Elk nieuw contact meld ik bij de politie.")
STOP_LETTER = ("Ik wil geen enkel contact meer met {you}. Dat geldt voor elke vorm van contact: "
               "bellen, berichten, e-mails, sociale media, brieven en geschenken, ook via andere "
               "mensen of via nieuwe nummers of accounts. Kom niet naar mijn woning, mijn werk of "
               "andere plaatsen waar ik ben, en wacht mij niet op. Ik zal niet meer antwoorden. Elk "
               "nieuw contact meld ik bij de politie, en ik zal de rechter vragen het {you} te "
               "verbieden.")
YOU = {True: "u", False: "jou"}  # formal or not
GREETING_FORMAL = {"female": "Geachte mevrouw {name}", "male": "Geachte heer {name}",
                   None: "Geachte heer of mevrouw {name}"}
CIRCLE_GREETING = {True: "Geachte {name}", False: "Beste {name}"}
CIRCLE_GENERAL = "Beste"  # the letter without a name
SOMEONE = "iemand die ik ken"  # him, when the case has no name
CIRCLE_WHO = "{name}, mijn {relationship}"

NOTICE_BY = {  # who told him to stop: '<who> liet verweerder weten'
    "victim": None,  # the role word of the victim (eiseres, verzoeker...)
    "lawyer": "de advocaat van {victim}",
    "police": "de politie",
    "prosecutor": "het parket",
    "other": "een derde",
}
NOTICE_CHANNELS = {
    "message": "per bericht",
    "letter": "per brief",
    "registered_letter": "per aangetekende brief",
    "email": "per e-mail",
    "social_media": "via sociale media",
    "phone": "telefonisch",
    "in_person": "mondeling",
    "other": "",
}
NOTICE_BY_ME = {  # the same, in the victim's own voice (the complaint): 'op … liet <who> hem weten'
    "victim": "ik",
    "lawyer": "mijn advocaat",
    "police": "de politie",
    "prosecutor": "het parket",
    "other": "een derde",
}
# The pattern chart (filings/render/chart.py): its titles, axis and legend. It shows
# dates, counts and these groups of kinds only (filings/plan/legal.py CHART_GROUPS).
CHART = {
    "week": "Feiten per week",
    "month": "Feiten per maand",
    "axis": "aantal feiten",
    "remote": "contact op afstand",
    "presence": "aanwezigheid in persoon",
    "serious": "dreiging, schade of geweld",
    "other": "andere gedragingen",
    "notice": "gevraagd te stoppen",
}
CHART_FILE = "patroon-van-de-feiten.png"  # the chart's own file in a bundle, beside the documents
BUNDLE_EVIDENCE_FOLDER = "stukken"  # the evidence copies in a bundle (the first language asked names it)
CASE_EVIDENCE_FOLDER = "bewijs"  # the evidence folder `filings init` makes in a new case folder
TRENDS = {"rising": "toegenomen", "falling": "afgenomen", "steady": "gelijk gebleven", "": ""}
FAMILY_REASONS = {
    "marriage": "de partijen zijn of waren gehuwd",
    "legal_cohabitation": "de partijen zijn of waren wettelijk samenwonend",
    "children": "de partijen hebben samen kinderen",
    "unknown": "de partijen zijn of waren partners, en het dossier zegt niet of zij gehuwd of "
               "wettelijk samenwonend waren of samen kinderen hebben",
}

# A place a ban names where he may need urgent care (a hospital): the ban makes an
# exception for it, as a lawyer would (review of the demo papers).
CARE_PLACE = re.compile(r"\b(ziekenhuis\w*|kliniek\w*|UZ|AZ|ZNA|GZA|ZOL|medisch centrum|spoedgevallen)\b")

# His words naming where she lives ('ik weet waar je woont'): with an incident at her home,
# they contradict `knows_victim_address: no` (validate warns).
KNOWS_ADDRESS = re.compile(r"waar (je|jij|u) (nu )?woont|(je|jouw) (nieuwe )?adres|ik weet waar", re.IGNORECASE)

# A threat under a condition ('als je niet ..., dan ...'): art. 327 Sw. distinguishes it.
CONDITIONAL = re.compile(r"\b(als|indien|tenzij|of anders|anders)\b", re.IGNORECASE)

CONDITION_MARK = " (onder voorwaarde)"  # after a quoted threat that sets a condition
# What the case says of their relationship, in her voice (the complaint).
PARTNERSHIP_MINE = {
    "marriage": "wij waren gehuwd",
    "legal_cohabitation": "wij waren wettelijk samenwonend",
    "de_facto": "wij woonden samen zonder verklaring van wettelijke samenwoning",
}
UNTIL = "{what}, tot {day}"
ENDED = "de relatie eindigde op {day}"

# Quotation marks: her words are quoted “…”; quotations inside them become ‘…’.
QUOTES = ("\u201c", "\u201d")
INNER_QUOTES = ("\u2018", "\u2019")

# Words that make a typed text hers in the first person: the court papers quote such text
# as hers and never print it as the lawyer's own words.
FIRST_PERSON = re.compile(r"\b(ik|mij|me|mijn|mijne|ikzelf|wij|we|ons|onze)\b", re.IGNORECASE)

UNKNOWN = "onbekend"  # a respondent without a name
NOT_APPLICABLE = "niet van toepassing"  # an incident without a place
NO_DATE = "zonder datum"  # a piece of evidence without a date
ON_PAPER = "(op papier)"  # a piece of evidence without a file
LAWYER_PREFIX = "Mr."


def join(items: Iterable[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b en c' (empty items left out)"""
    return joined(items, "en")


def pieces(numbers: Iterable[int]) -> str:
    """[3] -> 'stuk 3'; [1, 4] -> 'stukken 1 en 4'; [] -> ''"""
    return numbered(numbers, "stuk", "stukken", join)


def facts(numbers: Iterable[int]) -> str:
    """[3] -> 'feit 3'; [2, 3, 4] -> 'feiten 2 tot en met 4'; [2, 5] -> 'feiten 2 en 5'."""
    return numbered(numbers, "feit", "feiten", join, through="tot en met")


def days(count: int) -> str:
    """1 -> '1 dag'; 207 -> '207 dagen'."""
    return f"{count} dag" if count == 1 else f"{count} dagen"


def channel(kind: str, count: int) -> str:
    """'oproepen (2×)': a kind of incident and how often."""
    return f"{kind} ({count}×)"


def month_count(month: str, count: int) -> str:
    """'3 in maart 2026': the facts of one month."""
    return f"{count} in {month}"


def kind_count(kind: str, count: int) -> str:
    """'oproepen (2×)', or 'brieven' once: the court papers' list of what happened."""
    return f"{kind} ({count}×)" if count > 1 else kind


def evidence_of_incident(file_name: str, day: str) -> str:
    """The description `log add` gives a file it records with an incident."""
    return f"{file_name} (bij het feit van {day})"


def evidence_of_notice(file_name: str, day: str) -> str:
    """The description `notice add` gives a file it records as proof of a notice."""
    return f"{file_name} (bewijs van de aanmaning van {day})"


def chat_export(channel: str, count: int, first: str, last: str) -> str:
    """The description `filings import` gives the export it records."""
    span = first if first == last else f"{first} tot {last}"
    return f"{channel}-export van het gesprek ({count} {'bericht' if count == 1 else 'berichten'}, {span})"


def chat_burst(sender: str, count: int, channel: str, start: str, end: str) -> str:
    """The description of an imported burst of his messages, in her voice like the
    rest of the logbook; the messages themselves are quoted from `messages`."""
    what = "een bericht" if count == 1 else f"{count} berichten"
    span = f"om {start}" if start == end else f"van {start} tot {end}"
    return f"{sender} stuurde mij {what} via {channel}, {span}."


def message_cite(piece: str, day: str, at: str, clock: str | None = None) -> str:
    """Where a quoted message stands: 'stuk 3, bericht van 12 maart 2026 om 23:14'; a time
    in a clock change says so, since the paper must not state a guessed hour as fact."""
    return f"{piece}, bericht van {day} om {at}" + (f", {CLOCK_NOTES[clock]}" if clock else "")


CLOCK_NOTES = {
    "ambiguous": "in het uur dat door de overgang naar wintertijd twee keer voorkwam",
    "nonexistent": "volgens de klok van de telefoon, in het uur dat door de overgang naar zomertijd wegviel",
}


MESSAGE_KINDS = {  # how a quote marks a message that is no plain text
    "message": "", "media": "foto, video of bestand", "deleted": "verwijderd bericht",
    "edited": "bewerkt bericht", "system": "melding van de app",
}


def birth(place: str | None, day: str) -> str:
    """'geboren te Gent op 14 mei 1991', with what is known; day is already written out."""
    if place and day:
        return f"geboren te {place} op {day}"
    if day:
        return f"geboren op {day}"
    return f"geboren te {place}" if place else ""


def address(street: str, number: str, box: str | None, postal_code: str, city: str,
            country: str | None) -> str:
    """'Kortrijksesteenweg 112 bus 3, 9000 Gent'; a country other than Belgium is added."""
    line = f"{street} {number}"
    if box:
        line += f" bus {box}"
    line += f", {postal_code} {city}"
    return line if country in (None, "BE") else f"{line}, {country}"

# What the shield prints where the victim typed data an audience may not see.
SHIELDED = {
    "address": "[adres afgeschermd]",
    "phone": "[contactgegeven afgeschermd]",
    "email": "[contactgegeven afgeschermd]",
    "national_number": "[rijksregisternummer afgeschermd]",
}
SHIELDED_FILE = "afgeschermd"  # an evidence copy's name when nothing of the original can be shown

# Per document kind (filings.plan.kinds): its file stem and title, and what the guide
# says of it: what it is for, who signs it, where it goes.
DOCUMENTS = {
    "guide": dict(
        stem="lees-eerst-gids", title="Gids bij de documenten",
        purpose="uitleg bij elk document en wat u nu doet", signer="niemand",
        destination="voor uzelf en wie u helpt"),
    "complaint": dict(
        stem="klacht", title="Klacht wegens belaging",
        purpose="de feiten aangeven zodat een proces-verbaal wordt opgesteld",
        signer="uzelf, na het verhoor (u mag uw verklaring herlezen en verbeteren)",
        destination="het politiekantoor (of het parket, bij een schriftelijke klacht)",
        signer_by_post="uzelf (er is geen verhoor)",
        destination_by_post="het parket, aangetekend, met kopieën van de stukken (bewaar de originelen)"),
    "injured_party_declaration": dict(
        stem="verklaring-benadeelde-persoon", title="Verklaring van benadeelde persoon",
        purpose="op de hoogte blijven van het strafdossier en stukken toevoegen", signer="uzelf",
        destination="het secretariaat van het parket; vraag de politie de wens ook in het PV te noteren",
        destination_by_post="het secretariaat van het parket, samen met de klacht"),
    "contact_sheet": dict(
        stem="contactgegevens-vertrouwelijk", title="Contactgegevens (vertrouwelijk)",
        purpose="uw adres en contactgegevens buiten het dossier houden", signer="uzelf",
        destination="enkel de politie, apart van de klacht",
        destination_by_post="het parket, in een aparte gesloten omslag met 'VERTROUWELIJK – COL 03/2023'"),
    "summons": dict(
        stem="dagvaarding-kort-geding", title="Dagvaarding in kort geding (ontwerp)",
        purpose="een straatverbod en contactverbod met dwangsom vragen aan de voorzitter van de rechtbank",
        signer="de gerechtsdeurwaarder (exploot) en uw advocaat",
        destination="uw advocaat, die het aan een gerechtsdeurwaarder bezorgt"),
    "petition": dict(
        stem="eenzijdig-verzoekschrift", title="Eenzijdig verzoekschrift (ontwerp)",
        purpose="bij volstrekte noodzakelijkheid een verbod vragen zonder de tegenpartij eerst op te roepen",
        signer="uw advocaat (verplicht)",
        destination="de griffie van de rechtbank, in twee exemplaren, door uw advocaat"),
    "witness_statement": dict(
        stem="getuigenverklaring", title="Schriftelijke getuigenverklaring",
        purpose="wat een getuige zelf zag of hoorde, voor de rechtbank",
        signer="de getuige, met de hand geschreven en met een kopie van de identiteitskaart",
        destination="terug naar u of uw advocaat"),
    "evidence_index": dict(
        stem="inventaris-van-stukken", title="Inventaris van stukken",
        purpose="de genummerde lijst van alle stukken, met hun vingerafdruk", signer="niemand",
        destination="bij de klacht, de dagvaarding of het verzoekschrift"),
    "logbook": dict(
        stem="logboek", title="Logboek",
        purpose="alle feiten in chronologische volgorde", signer="niemand",
        destination="politie, advocaat en rechtbank; houd het verder bij"),
    "boundary_letter": dict(
        stem="stopbericht", title="Stopbericht",
        purpose="hem één keer duidelijk zeggen dat u geen contact meer wilt: het bewijs dat hij het wist",
        signer="uzelf (de brief), of uw advocaat (de ingebrekestelling)",
        destination="naar hem, één keer: als bericht of aangetekend; bewaar het bewijs"),
    "circle_letter": dict(
        stem="brief-aan-mijn-omgeving", title="Brief aan mijn omgeving",
        purpose="familie, vrienden en collega's vragen niets over u door te geven",
        signer="uzelf", destination="aan wie u vertrouwt: familie, vrienden, collega's, werkgever, school"),
    "follow_up_complaint": dict(
        stem="aanvullende-klacht", title="Aanvullende klacht wegens belaging",
        purpose="de nieuwe feiten sinds uw laatste klacht aangeven, zodat ze bij het dossier van de "
                "eerdere processen-verbaal komen",
        signer="uzelf, na het verhoor (u mag uw verklaring herlezen en verbeteren)",
        destination="het politiekantoor (of het parket, bij een schriftelijke klacht), met het logboek "
                    "en de nieuwe stukken"),
}
