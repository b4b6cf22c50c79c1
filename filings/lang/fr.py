"""French (Belgium): the words filings' French documents use outside their templates.

The sentences are in templates/fr (the .docx files and phrases.yaml); here are the
words Python fills in: the locale, the statute citations, the names of the case
vocabulary, the role words by gender, and small notations (a list 'a, b et c',
'pièce 3', an address, a birth). Same names as filings/lang/nl.py, so that the plan
fills both languages alike; where a source for the French wording was not found, the
comment says so (shared/legal-fr.md marks it UNCONFIRMED).

French grammar needs more of the role table than Dutch: the article ('la demanderesse',
'le demandeur'), 'de' and 'à' joined with it ('du défendeur', 'au défendeur') and the
ending of a participle that agrees ('née', 'domicilié'). A possessive agrees with the
thing possessed in French ('sa vie privée' for him and her alike), so the templates
write it themselves; `possessive` names the possessor ('d'elle', 'de lui').
"""

from __future__ import annotations

import re
from typing import Iterable

from .counting import joined, numbered

LOCALE = "fr_BE"  # babel: dates and amounts
LANGUAGE_TAG = "fr-BE"  # the documents' language property

NBSP = "\u00a0"  # no-break space: before ; : ? ! and inside « », as French typography wants

# Statutory references: the one place they are spelled (DESIGN.md principle 7), with the
# same keys as nl.LAW. Templates and phrases print them as {{ law.<name> }}.
LAW = {
    "stalking_old": "art. 442bis du Code pénal",
    # The new Criminal Code's entry into force and its article are UNCONFIRMED
    # (legal-fr.md): the same transition formula as the Dutch papers, never an article
    # number or a date as certain.
    "stalking_transition": (
        "art. 442bis du Code pénal de 1867, ou la disposition correspondante du Code pénal "
        "introduit par les lois du 29 février 2024, pour autant qu'elle fût en vigueur au moment "
        "des faits"
    ),
    "electronic": (
        "art. 145, § 3bis, de la loi du 13 juin 2005 relative aux communications électroniques"
    ),
    "threats_old": "art. 327 et s. du Code pénal",
    "threats_transition": (
        "art. 327 et s. du Code pénal de 1867, ou les dispositions correspondantes du Code pénal "
        "introduit par les lois du 29 février 2024, pour autant qu'elles fussent en vigueur au "
        "moment des faits"
    ),
    "injured_party": "art. 5bis du Titre préliminaire du Code de procédure pénale",
    "address_protection": "COL 03/2023",
    "interim_relief": "art. 584 C. jud.",
    "summons_mentions": "art. 702 C. jud.",
    "ex_parte_basis": "art. 584, alinéa 3, C. jud.",
    "no_complaint_offence": "loi du 25 mars 2016",
    "plaintiff_domicile": "art. 702, 1°, C. jud.",
    "territorial_competence": "art. 624 C. jud.",
    "nullity": "art. 860-861 C. jud.",
    "register_domicile": "art. 32 C. jud.",
    "elected_domicile": "art. 39 C. jud.",
    "petition": "art. 1025 et s. C. jud.",
    "petition_basis": "art. 584, alinéa 3, et art. 1025 à 1034 C. jud.",
    "petition_signature": "art. 1026, 5°, C. jud.",
    "opposition": "art. 1034 C. jud.",
    "penalty": "art. 1385bis C. jud.",
    "witness_statement": "art. 961/1 à 961/3 C. jud.",
    "witness_mentions": "art. 961/2 C. jud.",
    "private_life": "art. 8 CEDH",
    "precedent_contact_ban": "Gand, 26 octobre 2017",
    "hearing_place": "art. 702, 5°, C. jud.",
    "bailiff_mentions": "art. 43 C. jud.",
    "petition_mentions": "art. 1026 C. jud.",
    "petition_lawyer": "art. 1026, 5°, et 1027 C. jud.",
    "petitioner_appeal": "art. 1031 C. jud.",
    "third_party_opposition": "art. 1034 C. jud.",
    "civil_fault": "art. 6.5 C. civ.",
    "civil_fault_old": "art. 1382 de l'ancien Code civil",
    "private_life_constitution": "art. 22 Const.",
    "costs": "art. 1017 C. jud.",
    "procedural_indemnity": "art. 1022 C. jud.",
    "budget_fund": "loi du 19 mars 2017 instituant un fonds budgétaire relatif à l'aide juridique "
                   "de deuxième ligne",
    "court_language": "art. 4, § 1er, de la loi du 15 juin 1935 concernant l'emploi des langues en matière "
                      "judiciaire",
}

# Where each French citation or term was checked (`search`, stored public pages), beside
# the Dutch sources in nl.LAW_SOURCES, which give the article itself.
LAW_SOURCES = {
    "stalking_old": "etaamb.openjustice.be (loi 30/10/1998, art. 442bis du Code pénal); legal-fr.md",
    "electronic": "actualitesdroitbelge.be, 'le harcèlement téléphonique' (art. 145, §3 bis de la loi "
                  "du 13 juin 2005 relative aux communications électroniques); etaamb.openjustice.be, "
                  "C. const. 198/2011",
    "interim_relief": "H. Boularbah, 'L'intervention du juge des référés par voie de requête unilatérale' "
                      "(docslide.fr): art. 584, alinéa 3, C. jud., 'en cas d'absolue nécessité'",
    "ex_parte_basis": "idem",
    "petition_basis": "idem; Civ. Brabant wallon (prés.) 19/03/2020, J.L.M.B. 2020/14, p. 656 ('la notion "
                      "d'absolue nécessité qui autorise le recours à la procédure sur requête unilatérale'); "
                      "the statute's own French wording was not found (legal-fr.md)",
    "petition_lawyer": "Procedurecivile.be via legal-be.md §3.3: 'doit, sous peine de nullité, être "
                       "signée par un avocat ... conformément à l'article 1027'",
    "penalty": "actualitesdroitbelge.be (art. 1385bis: 'dénommée astreinte'), legal-fr.md",
    "witness_mentions": "elegis.be/de/node/33124; jalonbleu.blog 2014/05/23 (art. 961/2), legal-fr.md",
    "procedural_indemnity": "aquo.be/?p=3430 ('L'article 1022 du Code judiciaire ... indemnité de procédure')",
    "costs": "legis.be ('État des frais et dépens (articles 1017 et suivants du Code judiciaire)')",
    "budget_fund": "avocat-adam.be ('fonds budgétaire relatif à l'aide juridique de deuxième ligne', "
                   "24 euros); the law's French title as written here is UNCONFIRMED",
    "no_complaint_offence": "zians-haas.be/fr/news/2016 via legal-fr.md",
    "injured_party": "secunews.be/fr/142-conseils/6575 via legal-fr.md; the French text of art. 5bis "
                     "is UNCONFIRMED",
    "summons_mentions": "legal-fr.md: the French wording of art. 702 is UNCONFIRMED (parallels the "
                        "verified Dutch)",
    "third_party_opposition": "C. arb. 165/2002 (etaamb.openjustice.be/fr/arret_n2003200096): 'le délai "
                              "d'un mois prévu pour former opposition, visé à l'article 1034 du Code judiciaire'; "
                              "H. Boularbah, Jurisprudence du Code judiciaire, tierce opposition against "
                              "'ordonnances rendues sur requête' (pdfslide.fr)",
    "opposition": "idem",
    "civil_fault": "UNCONFIRMED in French: Book 6 of the Civil Code, art. 6.5 (nl.LAW_SOURCES)",
    "territorial_competence": "UNCONFIRMED (legal-be-brief.md §3.1): the guide says so",
    "nullity": "UNCONFIRMED: cited by a lawyer's review; the guide says so",
    "petitioner_appeal": "UNCONFIRMED: cited by legal-review-1.md §3; no source text found",
    "precedent_contact_ban": "elfri.be/rechtspraak/contactverbod-na-einde-relatie (Gent 26/10/2017)",
    "hearing_place": "see summons_mentions",
    "court_language": "wordscope.be (C. const. quoting art. 4, § 1er: 'au choix du demandeur, si le défendeur "
                      "est domicilié dans l'agglomération bruxelloise'); etaamb.openjustice.be, C. const. 2/2015",
}
LAW_TO_CHECK = ("petitioner_appeal",)

# Where the French words of the papers were checked (`search`, stored public pages). The
# terms with no Belgian source found are listed in TERMS_UNSOURCED; a French-speaking
# lawyer should read them first.
TERM_SOURCES = {
    "harcèlement, plainte, attestation de dépôt de plainte, déclaration de personne lésée":
        "legal-fr.md; neniu-assos.org (attestation de dépôt de plainte, déclaration de personne lésée); "
        "bulletin PLP 14 (slideshare.net/comlasne): 'copie gratuite' of the audition",
    "numéro de notice": "justice-en-ligne.be ('un numéro appelé « numéro de notice »')",
    "service d'accueil des victimes, assistant de justice, maison de justice":
        "justice-en-ligne.be/Le-Service-d-accueil-des-victimes; ecouteviolencesconjugales.be",
    "service d'assistance policière aux victimes": "victimes.cfwb.be/plainte-et-procedures/deposer-une-plainte",
    "citation en référé, huissier de justice, signification, astreinte, élection de domicile":
        "legal-fr.md",
    "requête unilatérale, absolue nécessité": "see LAW_SOURCES['petition_basis']",
    "droit de mise au rôle": "wordscope.be (AR text: 'un droit de mise au rôle ... au rôle des demandes en "
                             "référé'); Janson, 'Les droits de mise au rôle: nouvelles règles' (2019)",
    "indemnité de procédure": "aquo.be/?p=3430",
    "aide juridique de deuxième ligne, bureau d'aide juridique": "avocat-adam.be; legal-fr.md",
    "tribunal de première instance francophone de Bruxelles": "tribunaux-rechtbanken.be/de/node/473",
    "président ... statue au provisoire dans les cas dont il reconnaît l'urgence": "yumpu.com, 'le référé "
        "judiciaire : principes et questions de procédure' (art. 584 C. jud.); Boularbah (docslide.fr)",
    "Écoute Violences Conjugales 0800 30 030, Télé-Accueil 107, SOS Viol, CPVS": "legal-fr.md",
    "« quiconque aura harcelé une personne alors qu'il savait ou aurait dû savoir ... » (art. 442bis)":
        "legal-fr.md (etaamb.openjustice.be, loi du 30 octobre 1998; avocat-namur-dessy.be)",
    "« L'astreinte ne peut être encourue avant la signification du jugement qui l'a prononcée. »":
        "legal-fr.md (actualitesdroitbelge.be, art. 1385bis)",
    "« écrite, datée et signée de la main de son auteur » (art. 961/2)":
        "legal-fr.md (elegis.be/de/node/33124; jalonbleu.blog 2014/05/23)",
    "Cass., 10 février 2016, P.15.1536.F; Anvers, 6 juin 2013": "legal-be-brief.md §1.1 (elfri.be)",
    "numéro de registre national du demandeur, le cas échéant (art. 702, 1°)":
        "victor.law, 'Comment introduire une action en justice' (a presentation, not the statute)",
    "il y a urgence lorsque la procédure ordinaire serait impuissante à résoudre le différend en temps voulu":
        "bdas-wwsb.brussels/?p=13790 (C. trav. Liège, div. Namur, 11 octobre 2011, on art. 584 C. jud.)",
    "absolue nécessité admise notamment en cas d'extrême urgence": "maxwell-law.be, 'Une procédure en "
        "extrême urgence' (the three accepted cases of absolue nécessité)",
    "tribunal de première instance francophone de Bruxelles, chambre des référés": "droitpauvrete.be "
        "ordonnance of 31/03/2021 (pdfslide.fr): 'Tribunal de première instance francophone de Bruxelles, "
        "section civile ... Chambre des référés'",
}
TERMS_UNSOURCED = (
    "sans caution ni cantonnement (only French-French pages found; the Dutch papers' 'zonder "
    "borgstelling of kantonnement' is its usual Belgian counterpart)",
    "the French wording of art. 5bis T.P.C.P.P. (the declaration's formula 'déclare avoir subi un "
    "dommage et se déclarer personne lésée' translates the Dutch one)",
    "the French wording of art. 702 and 43 C. jud. (the citation's mentions mirror the verified Dutch)",
    "art. 6.5 C. civ. in French (faute), art. 1382 de l'ancien Code civil",
    "the French title of the law of 19 March 2017 (fonds budgétaire relatif à l'aide juridique de "
    "deuxième ligne)",
    "the citation's opening and service formulas ('L'an ..., À la requête de ..., Ai donné citation "
    "à ...', 'Signifié à ..., la copie laissée à ...'), written after the Dutch exploit",
    "'a l'honneur de vous exposer respectueusement ce qui suit' (the requête's usual opening; no stored "
    "Belgian sample)",
    "'Sous toutes réserves et sans reconnaissance préjudiciable' (the citation's closing formula; only "
    "French-French pages show 'sous toutes réserves')",
    "the addresses of the French-speaking parquets and of the courthouses outside Brussels",
)

# Courts of first instance (French-speaking) and their divisions: the courthouse address a
# citation names as the place of the hearing (art. 702, 5°, C. jud.). Rows as in
# nl.COURTS; None: no source confirmed an address, the citation leaves a blank.
COURTS = (
    (("francophone", "bruxelles"), "Tribunal de première instance francophone de Bruxelles",
     "Place Poelaert 1, 1000 Bruxelles", "tribunaux-rechtbanken.be/de/node/473"),
    (("liege", "division liege"), "Tribunal de première instance de Liège, division Liège", None, ""),
    (("liege", "division huy"), "Tribunal de première instance de Liège, division Huy", None, ""),
    (("liege", "division verviers"), "Tribunal de première instance de Liège, division Verviers", None, ""),
    (("hainaut", "division mons"), "Tribunal de première instance du Hainaut, division Mons", None, ""),
    (("hainaut", "division charleroi"), "Tribunal de première instance du Hainaut, division Charleroi",
     None, ""),
    (("hainaut", "division tournai"), "Tribunal de première instance du Hainaut, division Tournai", None, ""),
    (("namur", "division namur"), "Tribunal de première instance de Namur, division Namur", None, ""),
    (("namur", "division dinant"), "Tribunal de première instance de Namur, division Dinant", None, ""),
    (("luxembourg",), "Tribunal de première instance du Luxembourg", None, ""),
    (("brabant wallon",), "Tribunal de première instance du Brabant wallon", None, ""),
)

# The parquets by the name a case gives in complaint.prosecutor_office: no source gave the
# address of a French-speaking parquet, so every paper leaves a blank for it.
PARKETS: tuple = ()

# The case vocabulary (filings.load.model), as the documents name it.
INCIDENT_KINDS = {
    "calls": "appels",
    "messages": "messages",
    "letters": "lettres",
    "social_media": "réseaux sociaux",
    "email": "courriels",
    "following": "filature",
    "waiting": "attente au passage",
    "home_visit": "présence au domicile",
    "work_visit": "présence sur le lieu de travail",
    "damage": "dégradations",
    "threat": "menaces",
    "violence": "violence",
    "third_parties": "par des tiers",
    "gifts": "cadeaux non désirés",
    "surveillance": "surveillance",
    "other": "autres",
}

# The same kinds in a lawyer's words (the court papers): what happened, never a criminal
# label the judge has not given ('menaces'), never a damage he is not shown to have caused.
# Nouns all of them: the papers list them together ('appels (2×), messages et filature'),
# and French does not mix infinitives into a list of nouns.
COURT_KINDS = {
    "calls": "appels",
    "messages": "messages",
    "letters": "lettres",
    "social_media": "messages ou commentaires sur les réseaux sociaux",
    "email": "courriels",
    "following": "filature",
    "waiting": "attente au passage",
    "home_visit": "présence au domicile",
    "work_visit": "présence sur le lieu de travail",
    "damage": "dégâts constatés",
    "threat": "propos menaçants",
    "violence": "violence",
    "third_parties": "contacts par des tiers",
    "gifts": "cadeaux non désirés",
    "surveillance": "surveillance",
    "other": "autres comportements",
}

# Where a fact happened, as a witness form names it when the incident has no `place`: a
# neutral label, never her `location`, which is in her voice. {victim} is her name.
WITNESS_PLACES = {
    "home_visit": "près du domicile de {victim}",
    "work_visit": "sur le lieu de travail de {victim}",
    "following": "dans la rue",
    "calls": "par téléphone",
    "messages": "par messages",
    "email": "par courriel",
    "letters": "par lettre",
    "social_media": "en ligne",
    "third_parties": "par des tiers",
}

EVIDENCE_KINDS = {
    "photo": "photo",
    "video": "vidéo",
    "audio": "enregistrement sonore",
    "letter": "lettre",
    "message": "message",
    "email": "courriel",
    "screenshot": "capture d'écran",
    "social_media": "réseaux sociaux",
    "medical": "certificat médical",
    "police_report": "procès-verbal ou attestation",
    "statement": "attestation",
    "other": "autre pièce",
}

RELATIONSHIPS = {
    "ex_partner": "ex-partenaire",
    "partner": "partenaire",
    "family": "membre de la famille",
    "neighbour": "voisin",
    "colleague": "collègue",
    "acquaintance": "connaissance",
    "stranger": "inconnu",
    "unknown": "relation inconnue",
}

# Role words by gender: (female, male, other or unknown). 'partie' is feminine, so the
# neutral form takes the feminine article and agreement (la partie demanderesse, née).
ROLES = {
    "plaintiff": ("demanderesse", "demandeur", "partie demanderesse"),
    "defendant": ("défenderesse", "défendeur", "partie défenderesse"),
    "petitioner": ("requérante", "requérant", "partie requérante"),
    "complainant": ("plaignante", "plaignant", "partie plaignante"),
    "possessive": ("d'elle", "de lui", "de cette partie"),
    "subject": ("elle", "il", "cette partie"),
    "object": ("elle", "lui", "cette partie"),  # after a preposition: avec elle, vers lui
    "client": ("cliente", "client", "client"),
    "suspect": ("suspecte", "suspect", "personne suspectée"),  # the complaint's word for the respondent
    # French only: the article of the role word, joined with 'de' and 'à', the indirect
    # object pronoun (lui faire savoir) and a participle's ending (née, domicilié).
    "article": ("la", "le", "la"),
    "of": ("de la", "du", "de la"),
    "to": ("à la", "au", "à la"),
    "indirect": ("lui", "lui", "lui"),
    "e": ("e", "", "e"),
}

# The stop message and the stop letter: calm, short, no negotiation. {you} is 'vous' or
# 'toi' by how well they know each other; the sentences avoid the imperative, whose form
# would change with it.
STOP_MESSAGE = ("Je ne veux plus aucun contact avec {you}. Je ne répondrai plus aux appels, messages "
                "ou visites, ni directement ni par d'autres personnes. Tout nouveau contact sera "
                "signalé à la police.")
STOP_LETTER = ("Je ne veux plus aucun contact avec {you}. Cela vaut pour toute forme de contact : "
               "appels, messages, courriels, réseaux sociaux, lettres et cadeaux, aussi par "
               "l'intermédiaire d'autres personnes ou au moyen de nouveaux numéros ou comptes. Je refuse "
               "toute visite à mon domicile, sur mon lieu de travail ou aux autres endroits où je me "
               "trouve, ainsi que toute attente à mon passage. Je ne répondrai plus. Tout nouveau contact sera signalé à la "
               "police, et je demanderai au juge de l'interdire.").replace(" :", NBSP + ":")
YOU = {True: "vous", False: "toi"}  # formal or not
GREETING_FORMAL = {"female": "Madame {name}", "male": "Monsieur {name}",
                   None: "Madame, Monsieur {name}"}
# The circle's members have no gender in the case: a greeting that needs none.
CIRCLE_GREETING = {True: "Bonjour {name}", False: "Bonjour {name}"}
CIRCLE_GENERAL = "Bonjour"  # the letter without a name
SOMEONE = "une personne que je connais"  # him, when the case has no name
CIRCLE_WHO = "{name} ({relationship})"  # 'mon'/'ma' would need his gender and the word's

NOTICE_BY = {  # who told him to stop: '<who> a fait savoir au défendeur'
    "victim": None,  # the role word of the victim (demanderesse, requérant...)
    "lawyer": "l'avocat de {victim}",
    "police": "la police",
    "prosecutor": "le parquet",
    "other": "un tiers",
}
NOTICE_CHANNELS = {
    "message": "par message",
    "letter": "par lettre",
    "registered_letter": "par lettre recommandée",
    "email": "par courriel",
    "social_media": "par les réseaux sociaux",
    "phone": "par téléphone",
    "in_person": "de vive voix",
    "other": "",
}
NOTICE_BY_ME = {  # the same, in the victim's own voice (the complaint)
    "victim": "je",
    "lawyer": "mon avocat",
    "police": "la police",
    "prosecutor": "le parquet",
    "other": "un tiers",
}
CHART = {
    "week": "Faits par semaine",
    "month": "Faits par mois",
    "axis": "nombre de faits",
    "remote": "contact à distance",
    "presence": "présence en personne",
    "serious": "menace, dégâts ou violence",
    "other": "autres comportements",
    "notice": "invité à cesser",
}
CHART_FILE = "schema-des-faits.png"  # the chart's own file in a bundle, beside the documents
# The copies of the evidence in a bundle (the first language asked names it), without an
# accent: a folder name every file system and zip tool keeps alike.
BUNDLE_EVIDENCE_FOLDER = "pieces"
CASE_EVIDENCE_FOLDER = "preuves"  # the evidence folder `filings init` makes in a new case folder
TRENDS = {"rising": "augmenté", "falling": "diminué", "steady": "resté stable", "": ""}
FAMILY_REASONS = {
    "marriage": "les parties sont ou étaient mariées",
    "legal_cohabitation": "les parties sont ou étaient cohabitantes légales",
    "children": "les parties ont des enfants en commun",
    "unknown": "les parties sont ou étaient partenaires, et le dossier ne dit pas si elles étaient "
               "mariées ou cohabitantes légales ni si elles ont des enfants en commun",
}

# A place a ban names where he may need urgent care (a hospital): the ban makes an
# exception for it. Belgian French hospital names: CHU, CHR, clinique, hôpital, urgences.
CARE_PLACE = re.compile(r"\b(h[ôo]pita(l|ux)\w*|clinique\w*|CHU|CHR|CHIREC|centre m[ée]dical|urgences)\b",
                        re.IGNORECASE)

# His words naming where she lives ('je sais où tu habites'): with an incident at her home,
# they contradict `knows_victim_address: no` (validate warns).
KNOWS_ADDRESS = re.compile(
    r"o[ùu] (tu|vous) (habites|habitez|vis|vivez|demeures|demeurez)|ta (nouvelle )?adresse|"
    r"votre (nouvelle )?adresse|ton (nouvel )?appart|je sais o[ùu]", re.IGNORECASE)

# A threat under a condition ('si tu ne ..., alors ...'): art. 327 C. pén. distinguishes it.
CONDITIONAL = re.compile(r"\b(si|sinon|à moins que|a moins que|faute de quoi|ou alors)\b", re.IGNORECASE)

CONDITION_MARK = " (sous condition)"  # after a quoted threat that sets a condition
PARTNERSHIP_MINE = {
    "marriage": "nous étions mariés",
    "legal_cohabitation": "nous étions cohabitants légaux",
    "de_facto": "nous vivions ensemble sans déclaration de cohabitation légale",
}
UNTIL = "{what}, jusqu'au {day}"
ENDED = "la relation a pris fin le {day}"

# Quotation marks: French guillemets with no-break spaces inside; quotations inside them
# take the English marks, as French usage does.
QUOTES = ("\u00ab" + NBSP, NBSP + "\u00bb")
INNER_QUOTES = ("\u201c", "\u201d")

# Words that make a typed text hers in the first person: the court papers quote such text
# as hers and never print it as the lawyer's own words. 'j'' and 'm'' are elided.
FIRST_PERSON = re.compile(r"(\b(je|moi|me|mon|ma|mes|nous|notre|nos|moi-même)\b|\b[jm]['\u2019])",
                          re.IGNORECASE)

_SPACE_BEFORE = re.compile(r" (?=[;:?!\u00bb])")  # a plain space before ; : ? ! »


def typography(text: str) -> str:
    """French spacing in a rendered paper's text, what the case typed included ('depuis
    janvier : appels'): the plain space before ; : ? ! » and after « becomes a no-break
    space. Never adds a space that was not typed ('08:04', 'https://')."""
    return _SPACE_BEFORE.sub(NBSP, text).replace("\u00ab ", "\u00ab" + NBSP)


UNKNOWN = "inconnu"  # a respondent without a name
NOT_APPLICABLE = "sans objet"  # an incident without a place
NO_DATE = "sans date"  # a piece of evidence without a date
ON_PAPER = "(sur papier)"  # a piece of evidence without a file
LAWYER_PREFIX = "Me"


def join(items: Iterable[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b et c' (empty items left out)"""
    return joined(items, "et")


def pieces(numbers: Iterable[int]) -> str:
    """[3] -> 'pièce 3'; [1, 4] -> 'pièces 1 et 4'; [] -> ''"""
    return numbered(numbers, "pièce", "pièces", join)


def facts(numbers: Iterable[int]) -> str:
    """[3] -> 'fait 3'; [2, 3, 4] -> 'faits 2 à 4'; [2, 5] -> 'faits 2 et 5'."""
    return numbered(numbers, "fait", "faits", join, through="à")


def days(count: int) -> str:
    """1 -> '1 jour'; 207 -> '207 jours'."""
    return f"{count} jour" if count == 1 else f"{count} jours"


def channel(kind: str, count: int) -> str:
    """'appels (2×)': a kind of incident and how often."""
    return f"{kind} ({count}×)"


def month_count(month: str, count: int) -> str:
    """'3 en mars 2026': the facts of one month."""
    return f"{count} en {month}"


def kind_count(kind: str, count: int) -> str:
    """'appels (2×)', or 'lettres' once: the court papers' list of what happened."""
    return f"{kind} ({count}×)" if count > 1 else kind


def evidence_of_incident(file_name: str, day: str) -> str:
    """The description `log add` gives a file it records with an incident."""
    return f"{file_name} (lié au fait du {day})"


def evidence_of_notice(file_name: str, day: str) -> str:
    """The description `notice add` gives a file it records as proof of a notice."""
    return f"{file_name} (preuve de la mise en garde du {day})"


def chat_export(channel: str, count: int, first: str, last: str) -> str:
    """The description `filings import` gives the export it records."""
    span = f"le {first}" if first == last else f"du {first} au {last}"
    return f"export {channel} de la conversation ({count} message{'' if count == 1 else 's'}, {span})"


def chat_burst(sender: str, count: int, channel: str, start: str, end: str) -> str:
    """The description of an imported burst of his messages, in her voice like the rest
    of the logbook; the messages themselves are quoted from `messages`."""
    what = "un message" if count == 1 else f"{count} messages"
    span = f"à {start}" if start == end else f"de {start} à {end}"
    return f"{sender} m'a envoyé {what} par {channel}, {span}."


def message_cite(piece: str, day: str, at: str, clock: str | None = None) -> str:
    """Where a quoted message stands: 'pièce 3, message du 12 mars 2026 à 23:14'; a time in
    a clock change says so, since the paper must not state a guessed hour as fact."""
    return f"{piece}, message du {day} à {at}" + (f", {CLOCK_NOTES[clock]}" if clock else "")


CLOCK_NOTES = {
    "ambiguous": "dans l'heure qui a eu lieu deux fois au passage à l'heure d'hiver",
    "nonexistent": "selon l'horloge du téléphone, dans l'heure supprimée par le passage à l'heure d'été",
}

MESSAGE_KINDS = {  # how a quote marks a message that is no plain text
    "message": "", "media": "photo, vidéo ou fichier", "deleted": "message supprimé",
    "edited": "message modifié", "system": "notification de l'application",
}


def birth(place: str | None, day: str) -> str:
    """'le 14 mai 1991 à Gand', with what is known; day is already written out. The
    templates put 'né' or 'née' before it: the participle agrees with the person."""
    if place and day:
        return f"le {day} à {place}"
    if day:
        return f"le {day}"
    return f"à {place}" if place else ""


def address(street: str, number: str, box: str | None, postal_code: str, city: str,
            country: str | None) -> str:
    """'Rue de la Loi 16 boîte 3, 1000 Bruxelles'; a country other than Belgium is added."""
    line = f"{street} {number}"
    if box:
        line += f" boîte {box}"
    line += f", {postal_code} {city}"
    return line if country in (None, "BE") else f"{line}, {country}"


# What the shield prints where the victim typed data an audience may not see.
SHIELDED = {
    "address": "[adresse masquée]",
    "phone": "[coordonnée masquée]",
    "email": "[coordonnée masquée]",
    "national_number": "[numéro de registre national masqué]",
}
SHIELDED_FILE = "masque"  # an evidence copy's name when nothing of the original can be shown

# Per document kind (filings.plan.kinds): its file stem and title, and what the guide says
# of it: what it is for, who signs it, where it goes.
DOCUMENTS = {
    "guide": dict(
        stem="guide-a-lire-en-premier", title="Guide des documents",
        purpose="ce que contient chaque document et ce que vous faites maintenant", signer="personne",
        destination="pour vous et les personnes qui vous aident"),
    "complaint": dict(
        stem="plainte", title="Plainte pour harcèlement",
        purpose="dénoncer les faits pour qu'un procès-verbal soit dressé",
        signer="vous-même, après l'audition (vous pouvez relire et corriger votre déclaration)",
        destination="le commissariat de police (ou le parquet, pour une plainte écrite)",
        signer_by_post="vous-même (il n'y a pas d'audition)",
        destination_by_post="le parquet, par recommandé, avec des copies des pièces (gardez les originaux)"),
    "injured_party_declaration": dict(
        stem="declaration-de-personne-lesee", title="Déclaration de personne lésée",
        purpose="recevoir des informations sur le dossier pénal et y ajouter des pièces", signer="vous-même",
        destination="le secrétariat du parquet ; demandez aussi à la police d'acter ce souhait dans le PV",
        destination_by_post="le secrétariat du parquet, avec la plainte"),
    "contact_sheet": dict(
        stem="coordonnees-confidentielles", title="Coordonnées (confidentiel)",
        purpose="garder votre adresse et vos coordonnées hors du dossier", signer="vous-même",
        destination="la police uniquement, séparément de la plainte",
        destination_by_post="le parquet, dans une enveloppe fermée séparée portant « CONFIDENTIEL – COL 03/2023 »"),
    "summons": dict(
        stem="citation-en-refere", title="Citation en référé (projet)",
        purpose="demander au président du tribunal une interdiction de lieu et de contact sous astreinte",
        signer="l'huissier de justice (exploit) et votre avocat",
        destination="votre avocat, qui la transmet à un huissier de justice"),
    "petition": dict(
        stem="requete-unilaterale", title="Requête unilatérale (projet)",
        purpose="en cas d'absolue nécessité, demander une interdiction sans convoquer d'abord la partie adverse",
        signer="votre avocat (obligatoire)",
        destination="le greffe du tribunal, en deux exemplaires, par votre avocat"),
    "witness_statement": dict(
        stem="attestation", title="Attestation",
        purpose="ce qu'un témoin a vu ou entendu lui-même, pour le tribunal",
        signer="le témoin, écrite de sa main, avec une copie de sa carte d'identité",
        destination="à vous ou à votre avocat"),
    "evidence_index": dict(
        stem="inventaire-des-pieces", title="Inventaire des pièces",
        purpose="la liste numérotée de toutes les pièces, avec leur empreinte", signer="personne",
        destination="avec la plainte, la citation ou la requête"),
    "logbook": dict(
        stem="journal-des-faits", title="Journal des faits",
        purpose="tous les faits dans l'ordre chronologique", signer="personne",
        destination="police, avocat et tribunal ; continuez à le tenir"),
    "boundary_letter": dict(
        stem="message-de-rupture-de-contact", title="Message de rupture de contact",
        purpose="dire une fois, clairement, que vous ne voulez plus de contact : la preuve que cela a été dit",
        signer="vous-même (la lettre), ou votre avocat (la mise en demeure)",
        destination="à lui, une seule fois : par message ou par recommandé ; gardez la preuve"),
    "circle_letter": dict(
        stem="lettre-a-mon-entourage", title="Lettre à mon entourage",
        purpose="demander à la famille, aux amis et aux collègues de ne rien transmettre à votre sujet",
        signer="vous-même",
        destination="aux personnes de confiance : famille, amis, collègues, employeur, école"),
    "follow_up_complaint": dict(
        stem="plainte-complementaire", title="Plainte complémentaire pour harcèlement",
        purpose="dénoncer les nouveaux faits depuis votre dernière plainte, pour qu'ils soient joints au "
                "dossier des procès-verbaux antérieurs",
        signer="vous-même, après l'audition (vous pouvez relire et corriger votre déclaration)",
        destination="le commissariat de police (ou le parquet, pour une plainte écrite), avec le journal "
                    "des faits et les nouvelles pièces"),
}
for _document in DOCUMENTS.values():  # French typography: a no-break space before ; and :
    for _key, _text in _document.items():
        if _key != "stem":
            _document[_key] = _text.replace(" ;", NBSP + ";").replace(" :", NBSP + ":")
