"""Belgian legal facts the documents depend on, in one place (shared/legal-be.md).

Statutory references, wording that depends on gender or on the date of the facts,
and the Dutch names of the case vocabulary. Templates print these; they never spell
a statute themselves. Nothing here states as certain what the legal brief marks
UNCONFIRMED: the article of the new Criminal Code is never invented.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from ..load.model import EvidenceKind, Gender, IncidentKind, Relationship

# The new Criminal Code (laws of 29 February 2024) was to apply to facts from this date;
# its article on belaging is UNCONFIRMED, so later facts cite old and new code together.
NEW_CRIMINAL_CODE = date(2026, 4, 8)

LAW = {
    "stalking_old": "art. 442bis Sw.",
    "stalking_transition": (
        "art. 442bis oud Sw. en de overeenstemmende bepaling van het Strafwetboek van "
        "29 februari 2024"
    ),
    "electronic": (
        "art. 145, § 3bis van de wet van 13 juni 2005 betreffende de elektronische communicatie"
    ),
    "threats_old": "art. 327 e.v. Sw.",
    "threats_transition": (
        "art. 327 e.v. oud Sw. en de overeenstemmende bepalingen van het Strafwetboek van "
        "29 februari 2024"
    ),
    "injured_party": "art. 5bis van de Voorafgaande Titel van het Wetboek van Strafvordering",
    "address_protection": "COL 03/2023",
    "interim_relief": "art. 584 Ger.W.",
    "summons_mentions": "art. 702 Ger.W.",
    "elected_domicile": "art. 39 Ger.W.",
    "petition": "art. 1025 e.v. Ger.W.",
    "petition_signature": "art. 1026, 5° Ger.W.",
    "opposition": "art. 1034 Ger.W.",
    "penalty": "art. 1385bis Ger.W.",
    "witness_statement": "art. 961/1 tot 961/3 Ger.W.",
    "witness_mentions": "art. 961/2 Ger.W.",
    "private_life": "art. 8 EVRM",
    "precedent_contact_ban": "Gent 26 oktober 2017",
}

ELECTRONIC_KINDS = frozenset(
    {IncidentKind.calls, IncidentKind.messages, IncidentKind.email, IncidentKind.social_media}
)
FAMILY_RELATIONSHIPS = frozenset({Relationship.ex_partner, Relationship.partner})

INCIDENT_KIND_NL = {
    IncidentKind.calls: "oproepen",
    IncidentKind.messages: "berichten",
    IncidentKind.letters: "brieven",
    IncidentKind.social_media: "sociale media",
    IncidentKind.email: "e-mails",
    IncidentKind.following: "achtervolgen",
    IncidentKind.waiting: "opwachten",
    IncidentKind.home_visit: "aan de woning",
    IncidentKind.work_visit: "aan het werk",
    IncidentKind.damage: "beschadiging",
    IncidentKind.threat: "bedreiging",
    IncidentKind.violence: "geweld",
    IncidentKind.third_parties: "via derden",
    IncidentKind.gifts: "ongewenste geschenken",
    IncidentKind.surveillance: "bespieden",
    IncidentKind.other: "andere",
}

EVIDENCE_KIND_NL = {
    EvidenceKind.photo: "foto",
    EvidenceKind.video: "video",
    EvidenceKind.audio: "geluidsopname",
    EvidenceKind.letter: "brief",
    EvidenceKind.message: "bericht",
    EvidenceKind.email: "e-mail",
    EvidenceKind.screenshot: "schermafdruk",
    EvidenceKind.social_media: "sociale media",
    EvidenceKind.medical: "medisch attest",
    EvidenceKind.police_report: "proces-verbaal of attest",
    EvidenceKind.statement: "verklaring",
    EvidenceKind.other: "ander stuk",
}

RELATIONSHIP_NL = {
    Relationship.ex_partner: "ex-partner",
    Relationship.partner: "partner",
    Relationship.family: "familielid",
    Relationship.neighbour: "buur",
    Relationship.colleague: "collega",
    Relationship.acquaintance: "kennis",
    Relationship.stranger: "onbekende",
    Relationship.unknown: "relatie onbekend",
}

# Role words: eiseres / eiser / eisende partij. None (gender unknown) reads as neutral.
_ROLES = {
    "plaintiff": ("eiseres", "eiser", "eisende partij"),
    "defendant": ("verweerster", "verweerder", "verwerende partij"),
    "petitioner": ("verzoekster", "verzoeker", "verzoekende partij"),
    "complainant": ("klaagster", "klager", "klagende partij"),
    "possessive": ("haar", "zijn", "diens"),
    "object": ("haar", "hem", "hen"),
}


def role(word: str, gender: Gender | None) -> str:
    female, male, neutral = _ROLES[word]
    return {Gender.female: female, Gender.male: male}.get(gender, neutral)  # type: ignore[arg-type]


def roles(gender: Gender | None) -> dict[str, str]:
    return {word: role(word, gender) for word in _ROLES}


def qualifications(incidents: Iterable) -> list[str]:
    """The offences the facts may constitute, with the article right for their dates."""
    incidents = list(incidents)
    if not incidents:
        return []
    before = any(i.date < NEW_CRIMINAL_CODE for i in incidents)
    after = any(i.date >= NEW_CRIMINAL_CODE for i in incidents)
    kinds = {kind for i in incidents for kind in i.kinds}
    result = []
    if before and after:
        result.append(
            f"belaging ({LAW['stalking_old']} voor de feiten vóór 8 april 2026; "
            f"{LAW['stalking_transition']} voor de latere feiten)"
        )
    elif after:
        result.append(f"belaging ({LAW['stalking_transition']})")
    else:
        result.append(f"belaging ({LAW['stalking_old']})")
    if kinds & ELECTRONIC_KINDS:
        result.append(
            "kwaadwillig gebruik van een elektronische-communicatienetwerk of -dienst om "
            f"overlast te veroorzaken ({LAW['electronic']})"
        )
    if IncidentKind.threat in kinds:
        threats = [i for i in incidents if IncidentKind.threat in i.kinds]
        later = any(i.date >= NEW_CRIMINAL_CODE for i in threats)
        reference = LAW["threats_transition"] if later else LAW["threats_old"]
        result.append(f"bedreiging ({reference})")
    return result


HELPLINES = [
    ("1712", "hulplijn voor geweld, misbruik en kindermishandeling: gratis en anoniem"),
    ("CAW Slachtofferhulp", "gratis begeleiding, ook zonder klacht bij de politie (www.caw.be)"),
    ("101", "politie, voor een dringende tussenkomst"),
    ("112", "noodnummer bij gevaar"),
    ("106", "Tele-Onthaal: dag en nacht een gesprek"),
    ("0800 30 030", "hulplijn partnergeweld in Brussel en Wallonië"),
]

WITNESS_DECLARATION = (
    "Deze verklaring is opgesteld voor overlegging aan de rechtbank. Ik weet dat ik mij door "
    "een valse verklaring aan straffen blootstel."
)
