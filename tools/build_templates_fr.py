"""Write the French templates (templates/fr/*.docx) with python-docx.

Run: python tools/build_templates_fr.py [FOLDER]   (default: templates/fr)

The French counterpart of tools/build_templates.py: the same papers, with the same
context names, sections, privacy and truth rules, in Belgian legal French. The Dutch
builder is the source of the content (it was reworked after two lawyers' reviews); this
one follows it paper by paper. Statutes come from `law` (filings/lang/fr.py), never
typed here; sentences several papers share are in templates/fr/phrases.yaml.

French grammar the Dutch papers do not need: the role words take an article ('la
demanderesse', 'le défendeur', 'la partie demanderesse'), joined with 'de' and 'à'
('du défendeur'); each court paper sets these once at its top (`party`, `other` and their
'de'/'à' forms) from the role table. French typography: a no-break space before ; : ? !
and inside « », added on save to the text outside the Jinja tags.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from docxbuild import Builder  # noqa: E402

# 'de Liège', "d'Arlon": the elided 'de' before a name a case gives (a parquet, a place)
OF = "{{{{ \"d'\" if ({0} or 'x')[:1] in 'AEIOUYÉÈÊHaeiouyéèêh' else 'de ' }}}}{{{{ {0} }}}}"
OUT = Path(__file__).resolve().parent.parent / "templates" / "fr"
BLANK = "______________________"
SHORT_BLANK = "______________"  # where a value the case may lack is filled in by hand
NBSP = "\u00a0"

# Him or her in the victim's papers (the complaint, the guide, the stop letter): the pronoun
# and its elisions from the case's role table, never a typed 'il'.
R_HE = "{{ respondent.role.subject }}"
R_HE_CAP = "{{ respondent.role.subject|capitalize }}"
R_QU_HE = "{{ \"qu'\" if respondent.role.subject[:1] in 'ei' else 'que ' }}{{ respondent.role.subject }}"
R_SI_HE = "{{ \"s'il\" if respondent.role.subject == 'il' else 'si ' ~ respondent.role.subject }}"
R_SI_HE_CAP = "{{ \"S'il\" if respondent.role.subject == 'il' else 'Si ' ~ respondent.role.subject }}"
R_TOLD = R_HE + " a été invité{{ respondent.role.e }}"
# 'le suspect', 'la suspecte': the complaint's word for him or her agrees too
SUSPECT = "{{ respondent.role.article }} {{ respondent.role.suspect }}"
SUSPECT_CAP = "{{ respondent.role.article|capitalize }} {{ respondent.role.suspect }}"
TO_SUSPECT = "{{ respondent.role.to }} {{ respondent.role.suspect }}"

_TAG = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.S)


def typography(text: str) -> str:
    """French spacing outside the Jinja tags: a no-break space before ; : ? ! » and after «."""
    parts = _TAG.split(text)
    for n in range(0, len(parts), 2):  # the even parts are text, the odd ones tags
        part = re.sub(r" ([;:?!»])", NBSP + r"\1", parts[n])
        parts[n] = part.replace("« ", "«" + NBSP)
    for n in range(1, len(parts), 2):  # French text in a tag's strings: ' ;' and ' :' (never Jinja syntax)
        parts[n] = re.sub(r" ([;:])", NBSP + r"\1", parts[n])
    return "".join(parts)


class FrenchBuilder(Builder):
    """The Dutch builder's blocks, with a French footer and French spacing."""

    def footer(self, text: str) -> None:
        paragraph = self.doc.sections[0].footer.paragraphs[0]
        paragraph.alignment = 1  # centred
        run = paragraph.add_run(text + " — page ")
        run.font.size = Pt(8)
        self._field(paragraph, "PAGE")
        paragraph.add_run(" sur ").font.size = Pt(8)
        self._field(paragraph, "NUMPAGES")

    def save(self, path) -> None:
        parts = [self.doc.element] + [s.header._element for s in self.doc.sections] + [
            s.footer._element for s in self.doc.sections]
        for part in parts:
            for text in part.iter(qn("w:t")):
                if text.text:
                    text.text = typography(text.text)
        super().save(path)


VICTIM_IDENTITY = [
    ("Nom", "{{ victim.name }}"),
    ("Naissance", "{{ victim.birth or '—' }}"),
    ("Nationalité", "{{ victim.nationality or '—' }}"),
    ("Profession", "{{ victim.profession or '—' }}"),
    ("Numéro de registre national", "{{ victim.national_number or '—' }}"),
]


def signature(b: Builder, who: str) -> None:
    """Place and date are the signer's: a paper signed later never carries the day it was
    prepared (legal-review-1.md §1)."""
    b.p("")
    b.p(f"Fait à {BLANK}, le {BLANK}.", "\n", "Signature :", "\n", "\n", "\n", who, keep=True)


def police_reports(b: Builder) -> None:
    b.tag("{%p for r in police_reports %}")
    b.bullet("{{ phrase('police_report', r=r) }}")
    b.tag("{%p endfor %}")


def addressee(b: Builder, p: str) -> None:
    """To whom a complaint goes: the police zone, or the procureur du Roi (p: the context's
    prefix, complaint or follow_up)."""
    b.p(("{% if complaint.to_prosecutor %}À Monsieur le Procureur du Roi, parquet " + OF.format("complaint.office") + ", "
         "{{ complaint.office_address or '" + BLANK + " (adresse du parquet)' }}"
         "{% else %}À la police{% if complaint.zone %}, {{ complaint.zone }}{% endif %}{% endif %}"
         ).replace("complaint.", f"{p}."), align="right")


def complainant(b: Builder, p: str) -> None:
    """Who files it, with her address kept apart when it is confidential."""
    def own(text: str) -> str:
        return text.replace("complaint.", f"{p}.")

    b.h1("Identité de la partie plaignante")
    b.fields(VICTIM_IDENTITY)
    b.tag("{%p if victim.confidential %}")
    # What he knows of her address comes from the case (respondent.knows_victim_address).
    b.p(own("{% if complaint.knows == 'no' %}À ma connaissance, " + SUSPECT + " ne connaît pas mon adresse "
            "actuelle. Je demande que mon adresse et mes coordonnées ne figurent pas dans le procès-verbal "
            "mais soient conservées séparément, et que je sois identifiée au moyen de mon numéro de "
            "registre national ({{ law.address_protection }})."
            "{% elif complaint.knows == 'yes' %}" + SUSPECT_CAP + " connaît malheureusement mon adresse. Je demande "
            "néanmoins que mon adresse et mes coordonnées ne figurent pas dans des pièces " + R_QU_HE + " peut "
            "consulter, mais soient conservées séparément."
            "{% else %}J'ignore si " + SUSPECT + " connaît mon adresse actuelle. Je demande que mon adresse et "
            "mes coordonnées ne figurent pas dans le procès-verbal mais soient conservées séparément, et "
            "que je sois identifiée au moyen de mon numéro de registre national "
            "({{ law.address_protection }}).{% endif %}"
            " Elles figurent sur une feuille séparée{% if complaint.to_prosecutor %} jointe à la présente "
            "plainte{% else %} destinée à la police{% endif %}.").replace("identifiée", "identifié{{ victim.role.e }}"))
    b.p("Adresse de correspondance : {{ phrase('correspondence') }}")
    b.tag("{%p else %}")
    b.fields([
        ("Adresse", "{{ victim.address }}"),
        ("Téléphone", "{{ victim.phone or '—' }}"),
        ("Courriel", "{{ victim.email or '—' }}"),
    ])
    b.tag("{%p endif %}")


def against(b: Builder, p: str) -> None:
    """Who he is, and their relationship as the case describes it."""
    b.h1("Contre qui")
    b.fields([
        ("Nom", "{{ respondent.name }}"),
        ("Naissance", "{{ respondent.birth or 'inconnue' }}"),
        ("Adresse", "{{ respondent.address or 'inconnue' }}"),
        ("Lien avec moi", f"{{{{ respondent.relationship }}}}{{% if {p}.relation_detail %}} ; "
                          f"{{{{ {p}.relation_detail }}}}{{% endif %}}"),
        ("Description", "{{ respondent.description or '—' }}"),
        ("Numéros de téléphone", "{{ respondent.phones or '—' }}"),
        ("Comptes", "{{ respondent.accounts or '—' }}"),
    ])


def fact_blocks(b: Builder, items: str) -> None:
    """Each fact a block: 'Fait N — when — location — kinds', her own words, the support line."""
    b.tag(f"{{%p for i in {items} %}}")
    b.p(("Fait {{ i.number }} — {{ i.when }}{% if i.location %} — {{ i.location }}{% endif %} "
         "— {{ i.described }}", "b"), keep=True)
    b.tag("{%p for para in i.own_paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if i.evidence or i.witnesses or i.police_report %}")
    b.p(("{{ phrase('support', i=i) }}", "i"))
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")


# The pattern summary's parts that the complaint and the court papers share.
CHANNEL_ORDER = ("{{% for c in pattern.channel_order %}}{{{{ {name} }}}} ({{% if c.once %}}le {{{{ c.first }}}}"
                 "{{% else %}}{{{{ c.count }}}}×, du {{{{ c.first }}}} au {{{{ c.last }}}}{{% endif %}})"
                 "{{{{ ', ' if loop.revindex > 2 else ' et ' if loop.revindex == 2 else '' }}}}{{% endfor %}}")
FIRST_TIME = ("({{% if s.step == 'presence' %}}{{{{ {kinds} }}}} ; {{% endif %}}pour la première fois le "
              "{{{{ s.date }}}}, {{{{ s.fact }}}}){{{{ ', ' if loop.revindex > 2 else ' et ' if loop.revindex == 2 "
              "else '' }}}}")
NIGHT = ("{{% if pattern.night.timed == 1 %}}Le seul fait dont l'heure est connue {verb}{{% else %}}Sur les "
         "{{{{ pattern.night.timed }}}} faits dont l'heure est connue, "
         "{{{{ 'un' if pattern.night.count == 1 else pattern.night.count }}}} "
         "{{{{ '{verb}' if pattern.night.count == 1 else '{verbs}' }}}}{{% endif %}} la nuit, entre "
         "{{{{ pattern.night.from }}}} et {{{{ pattern.night.to }}}} ({{{{ pattern.night.facts }}}}).")


def chart(b: Builder, told: str) -> None:
    """The chart of the facts with its caption; nothing without a chart."""
    b.tag("{%p if pattern.chart %}")
    b.p("{{ pattern.chart }}", keep=True)
    b.p(("Les faits par {{ 'semaine' if pattern.unit == 'week' else 'mois' }}, par type (chaque fait une "
         "seule fois, sous le type le plus grave).{% if pattern.after_notice.date %} La ligne pointillée "
         "marque le {{ pattern.after_notice.date }}, jour où " + told + " à cesser tout contact.{% endif %}",
         "i"), size=9)
    b.tag("{%p endif %}")


def complaint() -> Builder:
    b = FrenchBuilder("Plainte")
    b.header("{{ reference }}")
    b.title("PLAINTE POUR HARCÈLEMENT")
    addressee(b, "complaint")
    b.tag("{%p if complaint.to_prosecutor %}")
    b.box("Plainte écrite adressée au procureur du Roi. Je demande qu'une enquête soit ouverte sur les "
          "faits exposés ci-dessous.")
    b.tag("{%p else %}")
    b.box("Projet de plainte, préparé pour mon audition. Je demande que ma déclaration soit actée dans "
          "un procès-verbal et d'en recevoir gratuitement une copie.")
    b.tag("{%p endif %}")

    complainant(b, "complaint")
    against(b, "complaint")

    b.h1("Les faits")
    b.p("Les faits sont exposés dans l'ordre chronologique. Les paroles exactes figurent entre "
        "guillemets ; « pièce N » renvoie à l'inventaire des pièces.")
    fact_blocks(b, "incidents")

    b.h1("La répétition des faits")
    b.p("Il s'agit de {{ phrase('pattern') }}, à savoir : {{ pattern.described }}.")
    b.tag("{%p if pattern.count > 1 %}")
    b.p("Ces comportements se répètent et affectent gravement ma tranquillité.")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.months|length > 1 %}")
    b.p("Nombre de faits par mois : {{ pattern.per_month }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.channel_order|length > 1 %}")
    b.p("Les moyens par lesquels " + R_HE + " m'a approchée, dans l'ordre où ils sont apparus pour la première fois : "
        .replace("approchée", "approché{{ victim.role.e }}")
        + CHANNEL_ORDER.format(name="c.kind") + ".")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.night.count %}")
    b.p(NIGHT.format(verb="a eu lieu", verbs="ont eu lieu"))
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.escalation %}")
    b.p("Les faits se sont aggravés. Au début, il s'agissait de {{ {'remote': 'contacts à distance', "
        "'threat': 'menaces', 'presence': 'sa présence près de moi', 'damage': 'dégâts'}[pattern.start] }} ; "
        "se sont ajoutés ensuite : "
        "{% for s in pattern.escalation %}{{ {'threat': 'des menaces', "
        "'presence': 'sa présence près de moi', 'damage': 'des dégâts', "
        "'violence': 'de la violence'}[s.step] }} " + FIRST_TIME.format(kinds="s.kinds") + "{% endfor %}.")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.notices %}")
    b.p(R_HE_CAP + " savait que je ne voulais plus de contact :", keep=True)
    b.tag("{%p for n in complaint.notices %}")
    b.bullet("le {{ n.date }}, {{ n.who }} lui {{ 'ai' if n.who == 'je' else 'a' }} fait savoir"
             "{% if n.channel %} {{ n.channel }}{% endif %}"
             "{% if n.text %} : « {{ n.text }} »{% else %} " + R_QU_HE + " devait cesser tout contact{% endif %}"
             "{% if n.evidence %} ({{ n.evidence }}){% endif %}{{ '.' if loop.last else ' ;' }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if complaint.after_count %}")
    b.p("Ensuite, {{ complaint.after_count }} {{ 'fait a' if complaint.after_count == 1 "
        "else 'faits ont' }} encore suivi ({{ complaint.after }}).")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    chart(b, R_TOLD)

    b.h1("Quelles infractions")
    b.p("Ces faits peuvent selon moi constituer notamment les infractions suivantes, sous réserve de la "
        "qualification retenue par la police et le ministère public :")
    for offence in ("stalking", "electronic"):
        b.tag(f"{{%p if offences.{offence} %}}")
        b.bullet(f"{{{{ phrase('{offence}') }}}}")
        b.tag("{%p endif %}")
    b.tag("{%p if complaint.threats %}")
    b.bullet("des propos menaçants, pouvant constituer l'infraction de {{ phrase('threats') }}, à apprécier :",
             keep=True)
    b.tag("{%p for t in complaint.threats %}")
    b.bullet("{{ t.fact }}{% if t.written %} (par écrit){% elif t.spoken %} (oralement){% endif %}"
             "{% if t.words %} : {{ t.words }}{% endif %}", level=2)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.damage_facts %}")
    b.bullet("des dégradations de biens ({{ complaint.damage_facts }})")
    b.tag("{%p endif %}")

    b.h1("Le préjudice")
    b.tag("{%p if complaint.harm %}")
    b.tag("{%p for para in complaint.harm_paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p else %}")
    b.writing_lines(4)
    b.tag("{%p endif %}")

    b.h1("Plaintes antérieures")
    b.tag("{%p if police_reports %}")
    police_reports(b)
    b.tag("{%p else %}")
    b.p("Je n'ai pas encore déposé plainte pour ces faits.")
    b.tag("{%p endif %}")

    b.h1("Ce que je demande")
    b.bullet("que " + SUSPECT + " soit entendu{{ respondent.role.e }} et invité{{ respondent.role.e }} à cesser "
             "tout contact ;")
    b.tag("{%p if complaint.witnesses %}")
    b.bullet("que les témoins soient entendus : {{ complaint.witnesses }} ;")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.traffic_data %}")
    b.bullet("que les données d'identification et de trafic des appels, messages et comptes soient "
             "demandées ;")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.plate %}")
    b.bullet("que, dans la mesure où elles sont encore disponibles, les images de caméras et les données "
             "ANPR relatives à la plaque d'immatriculation {{ complaint.plate }} soient demandées"
             "{% if complaint.presence %} ({{ complaint.presence }}){% endif %} ;")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.damage %}")
    b.bullet("que les dégâts soient constatés ;")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.partners %}")
    b.bullet("que les faits soient enregistrés comme violences intrafamiliales (ex-partenaires) et que "
             "le risque soit évalué ;")
    b.tag("{%p endif %}")
    b.bullet("que, si des conditions sont imposées " + TO_SUSPECT + ", elles comprennent l'interdiction de me "
             "contacter ou de chercher à me voir, et que je sois informée de ces conditions ;"
             .replace("informée", "informé{{ victim.role.e }}"))
    b.tag("{%p if police_reports %}")
    b.bullet("que la présente plainte soit jointe {{ 'au PV' if police_reports|length == 1 else 'aux "
             "procès-verbaux' }} {% for r in police_reports %}{{ r.number }}{{ ' et ' if loop.revindex == 2 else ', ' if not loop.last else '' }}{% endfor %} ;")
    b.tag("{%p endif %}")
    b.bullet("que les pièces {% if complaint.to_prosecutor %}jointes à la présente plainte{% else %}que "
             "je remets{% endif %} soient versées au dossier"
             "{{ ' ;' if complaint.requested_measures else '.' }}")
    b.tag("{%p for m in complaint.requested_measures %}")
    b.bullet("{{ m }}")
    b.tag("{%p endfor %}")

    b.h1("{% if complaint.to_prosecutor %}Pièces jointes à la présente plainte{% else %}Pièces que je "
         "remets{% endif %}")
    b.p("Les fichiers figurent avec leur empreinte SHA-256 dans l'inventaire des pièces.")
    b.tag("{%p for e in evidence %}")
    b.bullet("Pièce {{ e.number }} — {{ e.date }} — {{ e.kind }} : {{ e.description }}")
    b.tag("{%p endfor %}")

    b.tag("{%p if complaint.injured_party %}")
    b.h1("Personne lésée")
    b.p("Je déclare avoir subi un dommage et souhaite me déclarer personne lésée "
        "({{ law.injured_party }}), afin d'être informé{{ victim.role.e }} de la suite de la procédure et de pouvoir "
        "joindre des pièces au dossier. "
        "{% if complaint.to_prosecutor %}Je joins la déclaration elle-même à la présente plainte, sur "
        "un formulaire séparé.{% else %}Je demande que ce souhait soit mentionné dans le procès-verbal ; "
        "j'adresse la déclaration elle-même au parquet " + OF.format("complaint.office") + ".{% endif %}")
    b.tag("{%p endif %}")
    signature(b, "{{ victim.name }}")
    b.footer("{{ reference }} — Plainte pour harcèlement")
    return b


NEW_FACTS = "{{ 'le nouveau fait' if follow_up.count == 1 else 'les nouveaux faits' }}"
THESE_FACTS = "{{ 'ce fait' if follow_up.count == 1 else 'ces faits' }}"
BE = "{{ 'soit' if follow_up.count == 1 else 'soient' }}"


def follow_up_complaint() -> Builder:
    """The facts since the latest PV that no PV covers, citing the earlier PVs."""
    b = FrenchBuilder("Plainte complémentaire")
    b.header("{{ reference }}")
    b.title("PLAINTE COMPLÉMENTAIRE POUR HARCÈLEMENT")
    addressee(b, "follow_up")
    b.tag("{%p if follow_up.to_prosecutor %}")
    b.box("Plainte écrite complémentaire adressée au procureur du Roi. Je demande que " + NEW_FACTS
          + " exposé{{ '' if follow_up.count == 1 else 's' }} ci-dessous " + BE
          + " joint{{ '' if follow_up.count == 1 else 's' }} au dossier de ma plainte antérieure.")
    b.tag("{%p else %}")
    b.box("Projet de plainte complémentaire, préparé pour mon audition. Je demande que " + NEW_FACTS
          + " exposé{{ '' if follow_up.count == 1 else 's' }} ci-dessous " + BE
          + " acté{{ '' if follow_up.count == 1 else 's' }} dans un procès-verbal, que celui-ci soit joint "
          "au dossier de ma plainte antérieure et d'en recevoir gratuitement une copie.")
    b.tag("{%p endif %}")

    complainant(b, "follow_up")

    b.h1("Mes plaintes antérieures")
    b.p("J'ai déjà déposé plainte contre {{ respondent.name }} pour harcèlement :", keep=True)
    b.tag("{%p for r in follow_up.reports %}")
    b.bullet("{{ phrase('police_report', r=r) }}{{ '.' if loop.last else ' ;' }}")
    b.tag("{%p endfor %}")

    against(b, "follow_up")

    b.h1("{{ 'Le nouveau fait' if follow_up.count == 1 else 'Les nouveaux faits' }}")
    b.p("La présente plainte ajoute {{ 'un fait' if follow_up.count == 1 else follow_up.count ~ ' faits' }} "
        "({{ follow_up.facts }}) : ce qui s'est passé depuis le {{ follow_up.since }}, jour de ma dernière "
        "plainte (PV {{ follow_up.latest }}), et ne figure encore dans aucun procès-verbal. Les numéros "
        "sont ceux de mon journal des faits. Les paroles exactes figurent entre guillemets ; « pièce N » "
        "renvoie à l'inventaire des pièces.")
    fact_blocks(b, "follow_up.incidents")
    b.tag("{%p if follow_up.earlier %}")
    b.p("Mon journal mentionne aussi {{ follow_up.earlier }} ({{ follow_up.earlier_dates }}), antérieurs "
        "à ma dernière plainte, sans numéro de procès-verbal. "
        "{% if follow_up.earlier_count == 1 %}Si ce fait ne figure encore dans aucun procès-verbal, je "
        "demande qu'il y soit repris ; il figure dans le journal que je remets."
        "{% else %}Si ces faits ne figurent encore dans aucun procès-verbal, je demande qu'ils y soient "
        "repris ; ils figurent dans le journal que je remets.{% endif %}")
    b.tag("{%p endif %}")

    b.h1("Le harcèlement continue")
    b.p("Depuis ma dernière plainte du {{ follow_up.since }}, le harcèlement n'a pas cessé. Au total, il "
        "s'agit à présent de {{ phrase('pattern') }}, par {{ pattern.channels }}.")

    b.h1("Ce que je demande")
    b.bullet("que " + THESE_FACTS + " " + BE + " joint{{ '' if follow_up.count == 1 else 's' }} au "
             "dossier {% if follow_up.reports|length == 1 %}du PV {{ follow_up.numbers }}{% else %}des "
             "procès-verbaux {{ follow_up.numbers }}{% endif %}"
             "{% if follow_up.references %} (numéro de notice {{ follow_up.references }}){% endif %} ;")
    b.tag("{%p if follow_up.witnesses %}")
    b.bullet("que les témoins de " + THESE_FACTS + " soient entendus : {{ follow_up.witnesses }} ;")
    b.tag("{%p endif %}")
    b.tag("{%p if follow_up.traffic_data %}")
    b.bullet("que les données d'identification et de trafic des appels, messages et comptes liés à "
             + THESE_FACTS + " soient demandées ;")
    b.tag("{%p endif %}")
    b.tag("{%p if follow_up.damage %}")
    b.bullet("que les dégâts soient constatés ;")
    b.tag("{%p endif %}")
    b.bullet("que les pièces {% if follow_up.to_prosecutor %}jointes à la présente plainte{% else %}que "
             "je remets{% endif %} soient versées au dossier.")

    b.h1("{% if follow_up.to_prosecutor %}Pièces jointes à la présente plainte{% else %}Pièces que je "
         "remets{% endif %}")
    b.p("Les fichiers figurent avec leur empreinte SHA-256 dans l'inventaire des pièces.")
    b.tag("{%p for e in follow_up.evidence %}")
    b.bullet("Pièce {{ e.number }} : {{ e.description }} ({{ e.kind }}, {{ e.date }})")
    b.tag("{%p endfor %}")
    b.bullet("Pièce {{ logbook_piece }} : mon journal des faits, avec tous les faits dans l'ordre "
             "chronologique")

    b.tag("{%p if follow_up.injured_party %}")
    b.h1("Personne lésée")
    b.p("Je souhaite être personne lésée ({{ law.injured_party }}) et demande que ce souhait soit "
        "également mentionné dans ce procès-verbal.")
    b.tag("{%p endif %}")
    signature(b, "{{ victim.name }}")
    b.footer("{{ reference }} — Plainte complémentaire pour harcèlement")
    return b


def injured_party_declaration() -> Builder:
    b = FrenchBuilder("Déclaration de personne lésée")
    b.header("{{ reference }}")
    b.title("DÉCLARATION DE PERSONNE LÉSÉE")
    b.p("({{ law.injured_party }})")
    b.p("À Monsieur le Procureur du Roi, parquet " + OF.format("declaration.office") + ", secrétariat, "
        "{{ declaration.office_address or '" + BLANK + " (adresse du parquet)' }}", align="right")
    b.h1("{{ 'Le soussigné' if victim.role.e == '' else 'La soussignée' }}")
    # Asked, not done: she cannot state what the police did with her address.
    b.fields([*VICTIM_IDENTITY, ("Adresse", "{% if victim.confidential %}confidentielle"
                                            "{% if declaration.knows != 'yes' %} ({{ law.address_protection }})"
                                            "{% endif %} ; correspondance : {{ phrase('correspondence') }}"
                                            "{% else %}{{ victim.address }}{% endif %}")])
    b.p(("déclare avoir subi un dommage et se déclarer personne lésée", "b"),
        " pour les faits suivants :")
    b.fields([
        ("Nature de l'infraction", "{{ phrase('offences') }}"),
        ("Date ou période", "{% if pattern.last != pattern.first %}du {{ pattern.first }} au "
                            "{{ pattern.last }}{% else %}le {{ pattern.first }}{% endif %}"),
        # One place a line's worth, in the order of the facts: the places have commas of their own.
        ("Lieu", "{{ declaration.place_list|join(' ; ') or '" + SHORT_BLANK + "' }}"),
        ("Service de police", "{{ declaration.services or '" + SHORT_BLANK + "' }}"),
        ("Numéro du procès-verbal de la plainte que je dépose maintenant", SHORT_BLANK),
        ("Procès-verbaux antérieurs", "{{ declaration.reports or '—' }}"),
        ("Numéro de notice du parquet", "{{ declaration.references or '" + SHORT_BLANK + "' }}"),
        ("Suspect", "{{ phrase('respondent_identity') or respondent.description }}"),
    ])
    b.h1("Nature du dommage ou de l'intérêt personnel")
    b.tag("{%p if declaration.harm %}")
    b.tag("{%p for para in declaration.harm_paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p else %}")
    b.writing_lines(5)
    b.tag("{%p endif %}")
    b.p("En tant que personne lésée, je souhaite être informée d'un éventuel classement sans suite et "
        "de son motif, de l'ouverture d'une instruction et des fixations devant les juridictions, et "
        "pouvoir joindre des pièces au dossier et demander à le consulter.".replace("informée", "informé{{ victim.role.e }}"))
    b.box("Cette déclaration est gratuite. Elle donne droit à l'information ; elle n'est pas une "
          "constitution de partie civile et ne donne pas, à elle seule, droit à des dommages et intérêts.")
    signature(b, "{{ victim.name }}")
    b.footer("{{ reference }} — Déclaration de personne lésée")
    return b


def contact_sheet() -> Builder:
    b = FrenchBuilder("Coordonnées (confidentiel)")
    b.header("CONFIDENTIEL — {{ reference }}")
    b.title("COORDONNÉES — CONFIDENTIEL")
    b.box("Destiné uniquement à la police et au parquet. Je demande que ces données ne figurent pas dans "
          "le procès-verbal ni dans une autre pièce que les parties peuvent consulter, mais soient "
          "conservées séparément{% if knows != 'yes' %} ({{ law.address_protection }}){% endif %}. "
          "{% if knows == 'no' %}À ma connaissance, " + SUSPECT + " ne connaît pas cette adresse."
          "{% elif knows == 'yes' %}" + SUSPECT_CAP + " connaît malheureusement cette adresse ; je demande "
          "néanmoins qu'elle soit conservée séparément.{% else %}J'ignore si " + SUSPECT + " connaît cette "
          "adresse.{% endif %}")
    b.fields([
        ("Nom", "{{ victim.name }}"),
        ("Numéro de registre national", "{{ victim.national_number or '—' }}"),
        ("Adresse", "{{ victim.address }}"),
        ("Téléphone", "{{ victim.phone or '—' }}"),
        ("Courriel", "{{ victim.email or '—' }}"),
        ("Correspondance", "{{ phrase('correspondence') or '—' }}"),
        ("Procès-verbaux antérieurs", "{{ reports or '—' }}"),
        ("Procès-verbal de la présente plainte", SHORT_BLANK),
        ("La police peut-elle m'appeler à ce numéro ou laisser un message ?", "oui / non"),
    ])
    signature(b, "{{ victim.name }}")
    b.footer("CONFIDENTIEL — {{ reference }}")
    return b


# The court in running text: 'le président du tribunal de première instance francophone de
# Bruxelles', lower case after 'du' whatever capital the case gives it.
COURT = ("{{ (request.court[:1]|lower ~ request.court[1:]) if request.court[:9]|lower == 'tribunal ' "
         "else request.court }}")

# The court papers: the victim's role word with its article, and the other party ('le
# défendeur' in a citation, his name in a requête), each with 'de' and 'à' joined.
P, P_OF, P_TO = "{{ party }}", "{{ party_of }}", "{{ party_to }}"
PC = "{{ party[:1]|upper }}{{ party[1:] }}"
O, O_OF, O_TO = "{{ other }}", "{{ other_of }}", "{{ other_to }}"
OC = "{{ other[:1]|upper }}{{ other[1:] }}"
HE, HIM = "{{ respondent.role.subject }}", "{{ respondent.role.indirect }}"
SHE = "{{ victim.role.subject }}"
# 'qu'il', 'qu'elle', but 'que cette partie': the elision follows the pronoun
QU_HE = "{{ \"qu'\" if respondent.role.subject[:1] in 'ei' else 'que ' }}{{ respondent.role.subject }}"
QU_SHE = "{{ \"qu'\" if victim.role.subject[:1] in 'ei' else 'que ' }}{{ victim.role.subject }}"
# who told him to stop: her role word with its article, or 'l\'avocat de la demanderesse'
WHO = "{{ party if n.by_victim else n.who|replace(' de ' ~ court.party, ' ' ~ party_of) }}"


def court_words(b: Builder, petition: bool) -> None:
    """Set the role words once, at the top of a court paper."""
    if petition:
        other = "court.other, 'de ' ~ court.other, 'à ' ~ court.other"
    else:
        other = ("respondent.role.article ~ ' ' ~ court.other, respondent.role.of ~ ' ' ~ court.other, "
                 "respondent.role.to ~ ' ' ~ court.other")
    b.tag("{%p set party, party_of, party_to, other, other_of, other_to = "
          "victim.role.article ~ ' ' ~ court.party, victim.role.of ~ ' ' ~ court.party, "
          "victim.role.to ~ ' ' ~ court.party, " + other + " %}")


def court_facts(b: Builder) -> None:
    """The facts in the lawyer's voice: her logbook quoted as hers, with its pièce numbers."""
    b.h1("Faits")
    b.p(PC + " est harcelé{{ victim.role.e }} depuis le {{ court.first_date or '" + SHORT_BLANK + "' }} par "
        + O + "{% if court.known_relationship %}, {{ respondent.relationship }} " + P_OF + "{% endif %}"
        "{% if court.relationship_end %} (la relation a pris fin le {{ court.relationship_end }}){% endif %}. "
        "{% if respondent.phone_list or respondent.account_list %}" + OC + " utilise "
        "{% if respondent.phone_list %}{{ 'le numéro' if respondent.phone_list|length == 1 "
        "else 'les numéros' }} {{ respondent.phones }}{% endif %}{% if respondent.phone_list and "
        "respondent.account_list %} et {% endif %}{% if respondent.account_list %}{{ 'le compte' if "
        "respondent.account_list|length == 1 else 'les comptes' }} {{ respondent.accounts }}{% endif %}. "
        "{% endif %}"
        + PC + " a tenu un journal des faits ({{ court.logbook_piece }}). Les faits sont exposés "
        "ci-dessous dans l'ordre chronologique ; ce que " + P + " a noté " + "figure entre guillemets, avec les "
        "pièces qui l'étayent.")
    b.tag("{%p for i in incidents %}")
    b.p(("Fait {{ i.number }} — {{ i.when }}{% if i.neutral_place %} — {{ i.neutral_place }}{% endif %} "
         "— {{ i.described }}", "b"), "\n",
        ("{{ phrase('support', i=i) }}", "i"), "{{ ' ' if i.evidence or i.witnesses or i.police_report }}",
        PC + " a noté ({{ court.logbook_piece }}, fait {{ i.number }}) :", keep=True)
    quoted_paragraphs(b, "i.paragraphs")
    b.tag("{%p if i.messages %}")
    b.p(OC + " a écrit :", keep=True)
    b.tag("{%p for m in i.messages %}")
    b.p("« {{ m.text }} »{% if m.kind %} [{{ m.kind }}]{% endif %} ({{ m.cite }})", style="Quote")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.p("Au total : {{ phrase('pattern') }}, à savoir : {{ pattern.described }}.")
    b.tag("{%p if pattern.months|length > 1 %}")
    b.p("Nombre de faits par mois : {{ pattern.per_month }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.channel_order|length > 1 %}")
    b.p("Les moyens par lesquels " + O + " a approché " + P + ", dans l'ordre où ils sont apparus pour la "
        "première fois : " + CHANNEL_ORDER.format(name="c.described") + ".")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.night.count %}")
    b.p(NIGHT.format(verb="a eu lieu", verbs="ont eu lieu"))
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.escalation %}")
    b.p("Les comportements se sont aggravés. Au début, il s'agissait de {{ {'remote': 'contacts à distance', "
        "'threat': 'propos menaçants', 'presence': 'présence auprès ' ~ party_of, "
        "'damage': 'dégâts constatés'}[pattern.start] }} ; se sont ajoutés ensuite : "
        "{% for s in pattern.escalation %}{{ {'threat': 'des propos menaçants', "
        "'presence': 'une présence auprès ' ~ party_of, "
        "'damage': 'des dégâts constatés par ' ~ party, 'violence': 'de la violence'}[s.step] }} "
        + FIRST_TIME.format(kinds="s.described") + "{% endfor %}.")
    b.tag("{%p endif %}")
    b.tag("{%p if police_reports %}")
    b.p(PC + " a déposé plainte auprès de la police :", keep=True)
    b.tag("{%p for r in police_reports %}")
    b.bullet("PV {{ r.number }} du {{ r.date }}{% if r.zone %} ({{ r.zone }}){% endif %}"
             "{% if r.pieces %} ({{ r.pieces }}){% endif %}"
             "{% if r.summary_hers %} : « {{ r.summary }} »{% elif r.summary %} : {{ r.summary }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if knowledge.notices %}")
    b.p(OC + " a été invité{{ respondent.role.e }} à cesser tout contact :", keep=True)
    b.tag("{%p for n in knowledge.notices %}")
    b.bullet("le {{ n.date }}, " + WHO + " " + HIM + " a fait savoir{% if n.channel %} {{ n.channel }}"
             "{% endif %}{% if n.text %} : « {{ n.text }} »{% else %} " + QU_HE + " devait cesser tout "
             "contact{% endif %}{% if n.evidence %} ({{ n.evidence }}){% endif %}"
             "{{ '.' if loop.last else ' ;' }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    chart(b, "{{ other }} a été invité{{ respondent.role.e }}")


def court_urgency(b: Builder, heading: str, standard: bool = False) -> None:
    """The urgency from computed facts: how many, the last one, the trend; in a citation
    first the standard the facts must meet (bdas-wwsb.brussels, case law of art. 584)."""
    b.h1(heading)
    if standard:
        b.p("Il y a urgence au sens de l'{{ law.interim_relief }} lorsque la procédure ordinaire serait "
            "impuissante à résoudre le différend en temps voulu.{% if not urgency.stale %} Tel est le cas en "
            "l'espèce :{% endif %}", keep=True)  # a stale last fact: the lawyer argues it (guide)
    b.p("Le dossier compte {{ urgency.count }} {{ 'fait' if urgency.count == 1 else 'faits' }} ; "
        "le dernier date du {{ urgency.last }}.")
    b.tag("{%p if urgency.trend and urgency.late > urgency.early %}")
    b.p("La fréquence a {{ urgency.trend }} au cours de la période : {{ urgency.early }} "
        "{{ 'fait' if urgency.early == 1 else 'faits' }} dans la première moitié, {{ urgency.late }} dans "
        "la seconde.")
    b.tag("{%p endif %}")
    b.tag("{%p if urgency.threats or urgency.violence or urgency.damage or urgency.presence %}")
    b.p("{% set said = [('des propos menaçants (' ~ urgency.threats ~ ')') if urgency.threats else '',"
        " ('de la violence (' ~ urgency.violence ~ ')') if urgency.violence else '',"
        " ('des dégâts constatés par ' ~ party ~ ' (' ~ urgency.damage ~ ')') if urgency.damage else '',"
        " ('une présence auprès ' ~ party_of ~ ' ou une filature (' ~ urgency.presence ~ ')')"
        " if urgency.presence else '']|select|join(' ; ') %}"
        "{% if urgency.escalation %}Après le premier fait ont suivi : {{ said }}"
        "{% else %}Le dossier fait état de {{ said }}{% endif %}.")
    b.tag("{%p endif %}")
    b.tag("{%p if urgency.after_report_count %}")
    b.p("Après la plainte déposée à la police le {{ urgency.report_date }}, "
        "{{ urgency.after_report_count }} {{ 'fait a' if urgency.after_report_count == 1 else 'faits ont' }} "
        "encore suivi ({{ urgency.after_report }}).")
    b.tag("{%p endif %}")
    b.tag("{%p if request.urgency %}")
    b.tag("{%p if request.urgency_hers %}")
    b.p(PC + " expose elle-même :".replace("elle-même", "{{ 'lui-même' if victim.role.e == '' else "
                                            "'elle-même' }}"), keep=True)
    quoted_paragraphs(b, "request.urgency_paragraphs")
    b.tag("{%p else %}")
    b.tag("{%p for para in request.urgency_paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")


def quoted_paragraphs(b: Builder, paragraphs: str) -> None:
    """Her own words, paragraph by paragraph, inside one pair of guillemets."""
    b.tag(f"{{%p for para in {paragraphs} %}}")
    b.p("{{ '\\u00ab\\u00a0' if loop.first else '' }}{{ para }}{{ '\\u00a0\\u00bb' if loop.last else '' }}",
        style="Quote")
    b.tag("{%p endfor %}")


def court_law(b: Builder) -> None:
    """The grounds: the elements of harcèlement, the civil basis, the weighing of interests."""
    b.h1("En droit")
    b.h2("Compétence du président")
    b.p("En vertu de l'{{ law.interim_relief }}, le président du tribunal de première instance statue au "
        "provisoire dans les cas dont il reconnaît l'urgence. Une interdiction de contact n'excède pas la "
        "compétence du juge des référés ({{ law.precedent_contact_ban }})."
        "{% if court.not_family %} Les parties n'étaient ni mariées ni cohabitantes légales"
        "{% if court.de_facto %} : elles vivaient ensemble de fait{% endif %}, et elles n'ont pas "
        "d'enfants en commun.{% endif %}")
    b.h2("Harcèlement")
    # The statute's own words (legal-fr.md: etaamb, loi du 30 octobre 1998), then the two
    # readings of the case law the facts must meet (legal-be-brief.md §1.1, elfri.be).
    b.p("L'infraction de {{ phrase('stalking') }} vise, dans les termes de l'article 442bis, « quiconque "
        "aura harcelé une personne alors qu'il savait ou aurait dû savoir qu'il affecterait gravement par ce "
        "comportement la tranquillité de la personne visée ». Les comportements doivent présenter une "
        "certaine continuité (Anvers, 6 juin 2013), et l'atteinte à la tranquillité s'apprécie objectivement "
        "(Cass., 10 février 2016, P.15.1536.F).")
    b.p("{% if pattern.count > 1 %}Les comportements sont répétés : {% else %}Le dossier compte "
        "{% endif %}{{ phrase('pattern') }}, à savoir : {{ pattern.described }}.")
    b.tag("{%p if urgency.threats or urgency.violence or urgency.damage or urgency.presence %}")
    b.p("L'atteinte est objectivement grave : "
        "{{ [('des propos menaçants (' ~ urgency.threats ~ ')') if urgency.threats else '',"
        " ('de la violence (' ~ urgency.violence ~ ')') if urgency.violence else '',"
        " ('des dégâts constatés par ' ~ party ~ ' (' ~ urgency.damage ~ ')') if urgency.damage else '',"
        " ('une présence auprès ' ~ party_of ~ ' ou une filature (' ~ urgency.presence ~ ')')"
        " if urgency.presence else '']|select|join(', ') }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if court.harm %}")
    b.p(PC + " décrit elle-même les conséquences :".replace(
        "elle-même", "{{ 'lui-même' if victim.role.e == '' else 'elle-même' }}"), keep=True)
    quoted_paragraphs(b, "court.harm")
    b.tag("{%p endif %}")
    b.tag("{%p if knowledge.notices %}")
    # The element in the statute's words (art. 442bis): he knew or should have known.
    b.p(OC + " savait ou aurait dû savoir " + QU_HE + " affecterait gravement par son comportement la "
        "tranquillité " + P_OF + " : "
        "{% set n = knowledge.notices[0] %}le {{ n.date }}, " + WHO + " " + HIM + " a fait savoir"
        "{% if n.channel %} {{ n.channel }}{% endif %}"
        "{% if n.text %} : « {{ n.text }} »{% else %} " + QU_HE + " devait cesser tout contact{% endif %}"
        "{% if n.evidence %} ({{ n.evidence }}){% endif %}."
        "{% if knowledge.notices|length > 1 %} Cette demande a ensuite été répétée "
        "{{ knowledge.notices|length - 1 }} fois (voir les faits ci-dessus).{% endif %}"
        "{% if knowledge.after_count %} Après le {{ knowledge.first }}, {{ knowledge.after_count }} "
        "{{ 'fait a' if knowledge.after_count == 1 else 'faits ont' }} encore suivi ({{ knowledge.after }})."
        "{% else %} Le dossier ne mentionne aucun fait postérieur à cette date.{% endif %}")
    b.tag("{%p else %}")
    b.p(OC + " aurait dû savoir " + QU_HE + " affecterait gravement par son comportement la tranquillité "
        + P_OF + " : {{ phrase('pattern') }}"
        "{% if urgency.threats %}, dont des propos menaçants ({{ urgency.threats }}){% endif %}.")
    b.tag("{%p endif %}")
    b.h2("Fondement civil")
    b.p("Indépendamment de la qualification pénale, ce comportement constitue une faute qui engage la "
        "responsabilité " + O_OF + " ("
        "{% if court.civil_new %}{{ law.civil_fault }}{% endif %}"
        "{% if court.civil_new and court.civil_old %} ; {% endif %}"
        "{% if court.civil_old %}{{ law.civil_fault_old }} pour les faits antérieurs au 1er janvier 2025"
        "{% endif %}), et une atteinte au droit " + P_OF + " au respect de sa vie privée "
        "({{ law.private_life_constitution }} et {{ law.private_life }}). Le président peut ordonner au "
        "provisoire qu'il soit mis fin à cette faute.")
    b.h2("Mise en balance des intérêts")
    b.p("Les interdictions demandées ne vont pas au-delà de ce qui est nécessaire pour faire cesser les "
        "faits.{% if request.contact_ban %} L'interdiction de contact réserve les contacts par "
        "l'intermédiaire des avocats et des huissiers de justice ainsi que la présence aux audiences."
        "{% endif %}"
        "{% if request.place_list %} L'interdiction de lieu ne vise que "
        "{{ 'le lieu' if request.place_list|length == 1 else 'les ' ~ request.place_list|length "
        "~ ' lieux' }} que le dispositif désigne avec {{ 'son adresse' if request.place_list|length == 1 "
        "else 'leur adresse' }}, de sorte que " + O + " sait exactement où " + HE + " ne peut pas se "
        "rendre.{% endif %}"
        "{% if request.around_person %} En cas de rencontre fortuite, " + HE + " doit seulement "
        "s'éloigner immédiatement.{% endif %}"
        " La liberté d'aller et venir " + O_OF + " n'est donc restreinte que là où elle porte atteinte à la "
        "tranquillité " + P_OF + ", et doit être mise en balance avec {{ phrase('pattern') }}. L'astreinte est fixée par "
        "infraction{% if request.penalty_max %} et plafonnée au total à {{ request.penalty_max }}{% endif %}.")
    b.h2("Astreinte")
    # The statute's sentence word for word (legal-fr.md: actualitesdroitbelge.be).
    b.p("Afin d'assurer le respect des interdictions, " + P + " sollicite la condamnation " + O_OF + " au "
        "paiement d'une astreinte ({{ law.penalty }}). Cette disposition précise : « L'astreinte ne peut "
        "être encourue avant la signification du jugement qui l'a prononcée. » L'astreinte ne sera donc due "
        "que pour les infractions commises après la signification de l'ordonnance.")


def claim_object(b: Builder, verb: str) -> None:
    """What is asked, in one sentence, under 'Objet'."""
    b.p(PC + " " + verb + " qu'il soit fait interdiction, au provisoire, " + O_TO + " "
        "{% set bans = [('de prendre contact avec ' ~ party) if request.contact_ban else '',"
        " ('de se rendre à moins de ' ~ request.distance ~ ' mètres de ' ~ request.places)"
        " if request.place_list else '',"
        " ('de se rendre ou de se tenir délibérément à moins de ' ~ request.distance ~ ' mètres '"
        " ~ party_of) if request.around_person else '']|select|list %}"
        "{{ bans[:-1]|join(', ') }}{{ ' et ' if bans|length > 1 else '' }}{{ bans[-1] }}"
        ", sous peine d'une astreinte de {{ request.penalty }} par infraction"
        "{% if request.penalty_max %}, avec un maximum de {{ request.penalty_max }} au total{% endif %}, "
        "sur la base des faits et moyens exposés ci-après.")


def claims(b: Builder, petition: bool) -> None:
    """The dispositif: bans he can know and obey, the usual exceptions, the astreinte with its
    cap, no needless request for provisional enforcement, the costs as the law allows."""
    b.h1("Par ces motifs")
    if petition:
        b.p(PC + " prie le président, statuant sur requête unilatérale, de déclarer la requête "
            "recevable et fondée et, au provisoire :")
    else:
        b.p(PC + " prie le président, siégeant en référé, de déclarer l'action recevable et fondée "
            "et, au provisoire :")
    b.tag("{%p if request.contact_ban %}")
    b.numbered("faire interdiction " + O_TO + " de prendre contact de quelque manière que ce soit, "
               "directement ou par l'intermédiaire de tiers, avec " + P + ", y compris par téléphone, SMS, "
               "messageries, courriel et réseaux sociaux (également au moyen de numéros, comptes ou "
               "adresses nouveaux ou autres, et par des messages ou commentaires adressés " + P_TO + " sur "
               "des comptes de tiers), par lettre et par cadeaux, à l'exception des contacts par "
               "l'intermédiaire de leurs avocats ou huissiers de justice et de la présence aux audiences "
               "dans les causes qui les opposent ;")
    b.tag("{%p endif %}")
    b.tag("{%p if request.place_list %}")
    b.numbered("faire interdiction " + O_TO + " de se rendre dans un rayon de {{ request.distance }} "
               "mètres autour de :", keep=True)
    b.tag("{%p for place in request.place_list %}")
    b.bullet("{{ place }}{% if place in request.care_places %} (sauf lorsque " + O + " a "
             "{{ 'elle-même' if respondent.role.e else 'lui-même' }} besoin de soins médicaux urgents)"
             "{% endif %}{{ ' ;' if loop.last else ',' }}", level=2)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if request.around_person %}")
    # He can obey only what he can see: no deliberate approach, and leave once he notices her.
    b.numbered("faire interdiction " + O_TO + " de se rendre ou de se tenir délibérément à moins de "
               "{{ request.distance }} mètres " + P_OF + ", et " + HIM + " ordonner, dès " + QU_HE + " "
               "aperçoit " + P + ", de s'éloigner immédiatement à au moins {{ request.distance }} mètres "
               "{{ victim.role.possessive }}, sauf la présence aux audiences dans les causes qui les opposent ;")
    b.tag("{%p endif %}")
    b.numbered("condamner " + O + " à payer " + P_TO + " une astreinte de {{ request.penalty }} par "
               "infraction à chacune de ces interdictions"
               "{% if request.penalty_max %}, avec un maximum de {{ request.penalty_max }} au total{% endif %}"
               ", encourue après la signification de l'ordonnance ;")
    b.numbered("dire que l'ordonnance sera exécutoire sans caution ni cantonnement"
               + (" ;" if not petition else "."))
    if not petition:
        b.numbered("condamner " + O + " aux dépens ({{ law.costs }}), liquidés dans le chef " + P_OF + " à :",
                   keep=True)
        b.bullet("frais de citation : " + SHORT_BLANK + " € ;", level=2)
        b.bullet("droit de mise au rôle : " + SHORT_BLANK + " € ;", level=2)
        b.bullet("indemnité de procédure ({{ law.procedural_indemnity }}) : " + SHORT_BLANK + " € ;", level=2)
        b.bullet("contribution prévue par la {{ law.budget_fund }} : " + SHORT_BLANK + " €.", level=2)


def summons() -> Builder:
    b = FrenchBuilder("Citation en référé")
    b.header("PROJET — {{ reference }}")
    b.title("CITATION EN RÉFÉRÉ")
    court_words(b, petition=False)
    b.p(f"L'an {BLANK}, le {BLANK} (jour et mois),")
    b.h1("À la requête de")
    b.p("{{ phrase('victim_identity') }},")
    b.p(("{{ victim.role.plaintiff }},", "b"))
    b.tag("{%p if lawyer %}")
    b.p("ayant pour conseil {{ lawyer.name }}, avocat au barreau de {{ lawyer.bar }}, dont le cabinet est "
        "établi {{ lawyer.address }},")
    b.tag("{%p endif %}")
    b.p(f"Je soussigné(e), {BLANK} (nom), huissier de justice, dont l'étude est établie {BLANK} "
        "(adresse de l'étude),")
    b.h1("Ai donné citation à")
    b.p("{{ phrase('respondent_identity') }},")
    b.p(("{{ respondent.role.defendant }},", "b"))
    # '9 h 30' is the hour already: 'heures' only after a blank.
    b.p("à comparaître le {{ hearing.day or '" + SHORT_BLANK + "' }} à "
        "{% if hearing.hour %}{{ hearing.hour }}{% else %}" + SHORT_BLANK + " heures{% endif %} devant le "
        "président du " + COURT + ", siégeant en référé, "
        "{% if hearing.place %}{{ hearing.place }}"
        "{% elif court.building %}au palais de justice, {{ court.building }}, salle d'audience "
        + SHORT_BLANK + "{% else %}au palais de justice de " + BLANK + " (adresse du palais de justice, "
        "à compléter), salle d'audience " + SHORT_BLANK + "{% endif %} ({{ law.hearing_place }}).")
    b.h1("Objet de la demande")
    claim_object(b, "sollicite")  # not "la demanderesse demande"
    court_facts(b)
    court_urgency(b, "Urgence", standard=True)
    court_law(b)
    claims(b, petition=False)
    b.p("Sous toutes réserves et sans reconnaissance préjudiciable.")
    b.h1("Pièces")
    b.p("Les {{ evidence|length }} pièces et le journal des faits ({{ court.logbook_piece }}) figurent à "
        "l'inventaire des pièces joint à la présente citation.")
    b.p("")
    b.p("Pour " + P + ", son conseil,")
    b.tag("{%p if lawyer %}")
    b.p("{{ lawyer.name }}")
    b.tag("{%p endif %}")
    b.h1("Signification")
    b.p(f"Signifié à {BLANK} (lieu de la signification),", "\n",
        f"la copie laissée à {BLANK} (en parlant à la personne " + O_OF + ", ou à qui la copie a été "
        "laissée, avec sa qualité).", "\n",
        f"Coût du présent exploit : {SHORT_BLANK} €", "\n", "\n",
        f"L'huissier de justice (signature) : {BLANK}", keep=True)
    b.footer("{{ reference }} — Citation en référé (projet)")
    return b


def necessity(b: Builder) -> None:
    """Why a citation, even at very short notice, would not do: argued only from the facts
    of the case that support it; without them, a blank for the lawyer, and the guide warns."""
    b.tag("{%p set grounds = ["
          "(other ~ ' a fait usage de violence (' ~ necessity.violence ~ ')') if necessity.violence else '',"
          "('le ' ~ necessity.approach_date ~ ', ' ~ respondent.role.subject ~ ' s\\'est encore approché'"
          " ~ respondent.role.e ~ ' ' ~ party_of ~ ' ou l\\'a suivi' ~ victim.role.e"
          " ~ ' (' ~ necessity.approach ~ ')') if necessity.approach else '',"
          "('le ' ~ necessity.threat_dates ~ ', ' ~ respondent.role.subject ~ ' a encore tenu '"
          " ~ ('un propos menaçant' if necessity.threat_count == 1 else 'des propos menaçants')"
          " ~ ' (' ~ necessity.threats ~ ')') if necessity.threats else '',"
          "('après ' ~ (\"qu'\" if respondent.role.subject[:1] in 'ei' else 'que ') ~ respondent.role.subject ~ ' a été invité' ~ respondent.role.e ~ ' le '"
          " ~ knowledge.first ~ ' à cesser tout contact, ' ~ knowledge.after_count ~ (' fait a' if"
          " knowledge.after_count == 1 else ' faits ont') ~ ' encore suivi (' ~ knowledge.after ~ ')')"
          " if knowledge.notices and knowledge.after_count else '']|select|list %}")
    b.tag("{%p if grounds %}")
    b.p("Une citation en référé, même à bref délai, doit être signifiée " + O_TO + " avant que le "
        "président ne statue, et l'informe ainsi de la procédure. L'absolue nécessité est admise notamment en "
        "cas d'extrême urgence, lorsque même une telle citation interviendrait trop tard. Au vu des faits "
        "suivants, il ne peut être exigé " + P_OF + " " + QU_SHE + " reste sans protection pendant ce délai :",
        keep=True)
    b.tag("{%p for ground in grounds %}")
    b.bullet("{{ ground }}{{ '.' if loop.last else ' ;' }}")
    b.tag("{%p endfor %}")
    b.p("C'est pourquoi la cause est introduite par requête unilatérale ({{ law.ex_parte_basis }}).")
    b.tag("{%p else %}")
    b.p(BLANK + " (à compléter par l'avocat : les faits dont résulte l'absolue nécessité ; voir le guide).")
    b.tag("{%p endif %}")


def petition() -> Builder:
    b = FrenchBuilder("Requête unilatérale")
    b.header("PROJET — {{ reference }}")
    b.title("REQUÊTE UNILATÉRALE")
    court_words(b, petition=True)
    b.p("({{ law.petition_basis }})")
    b.p("À Madame ou Monsieur le Président du " + COURT + ", statuant sur requête unilatérale",
        align="right")
    # The petitioner is the subject of the opening formula: 'X, requérante, ayant pour
    # conseil ..., a l'honneur de vous exposer respectueusement ce qui suit'.
    b.p("{{ phrase('victim_identity') }},")
    b.p(("{{ victim.role.petitioner }},", "b"))
    b.p("ayant pour conseil {{ lawyer.name }}, avocat au barreau de {{ lawyer.bar }}, dont le cabinet est "
        "établi {{ lawyer.address }}, qui signe et dépose la présente requête ({{ law.petition_lawyer }}),")
    b.p("a l'honneur de vous exposer respectueusement ce qui suit :")
    b.h1("Personne à l'égard de laquelle la mesure est demandée")
    b.p("{{ phrase('respondent_identity') }}.")
    b.h1("Objet de la requête")
    claim_object(b, "sollicite")
    court_facts(b)
    court_urgency(b, "Absolue nécessité")
    necessity(b)
    court_law(b)
    claims(b, petition=True)
    b.p(PC + " produit toutes les pièces sur lesquelles la présente requête se fonde.")
    b.p("")
    b.p(f"Fait à {BLANK}, le {BLANK}.")
    b.p("Pour " + P + ", son conseil,", "\n", "\n",
        "{{ lawyer.name }}, avocat", "\n",
        ("Signature de l'avocat ({{ law.petition_signature }})", "i"), keep=True)
    b.p("Annexes : l'inventaire des pièces, les {{ evidence|length }} pièces et le journal des faits "
        "({{ court.logbook_piece }}).")
    b.footer("{{ reference }} — Requête unilatérale (projet)")
    return b


# Art. 961/2 C. jud. as legal-fr.md gives it: the sentence the witness copies by hand.
WITNESS_SENTENCE = ("Je sais que la présente attestation est établie en vue de sa production en justice et "
                    "qu'une fausse attestation de ma part m'expose à des sanctions pénales.")


def witness_statement() -> Builder:
    """The witness speaks and signs (art. 961/2 C. jud.): nothing on it is typed by the victim."""
    b = FrenchBuilder("Attestation")
    b.title("ATTESTATION")
    b.p("({{ law.witness_statement }})")
    b.box("À lire d'abord. Rédigez de préférence toute votre attestation à la main, avec vos propres "
          "mots. Ne relatez que ce que vous avez vu ou entendu vous-même, avec la date, l'heure et le "
          "lieu. L'attestation est « écrite, datée et signée de la main de son auteur » "
          "({{ law.witness_mentions }}) ; joignez-y une copie "
          "(recto verso) de votre carte d'identité ou d'un autre document officiel d'identité portant "
          "votre signature. L'attestation est destinée au tribunal ; l'autre partie la lit aussi, avec "
          "votre domicile. Vous n'êtes pas obligé(e) de la rédiger ; le juge peut aussi vous convoquer "
          "pour être entendu(e)."
          "{% if moments %} Le dossier vous mentionne comme témoin le {{ moments|map(attribute='when')|join(' ; le ') }} : "
          "n'écrivez que ce que vous avez vu ou entendu vous-même, même si c'était différent.{% endif %}")
    b.p("Dans la cause de {{ victim.name }} contre {{ respondent.name }}.")
    b.h1("Le ou la soussigné(e)")
    b.fields([
        ("Nom", "{{ witness.last_name }}"),
        ("Prénoms", "{{ witness.first_name }}"),
        ("Date de naissance", "{{ witness.birth_date or '" + SHORT_BLANK + "' }}"),
        ("Lieu de naissance", "{{ witness.birth_place or '" + SHORT_BLANK + "' }}"),
        ("Domicile", "{{ witness.address or '" + SHORT_BLANK + "' }}"),
        ("Profession", "{{ witness.profession or '" + SHORT_BLANK + "' }}"),
    ])
    b.h1("Lien avec les parties")
    b.p(("Indiquez comment vous connaissez chaque partie, et s'il existe un lien de parenté ou "
         "d'alliance (à quel degré), de subordination (par exemple comme travailleur), de collaboration "
         "ou de communauté d'intérêts. S'il n'y a aucun lien, écrivez : aucun.", "i"))
    b.tag("{%p for party in parties %}")
    b.ruled(2, "Avec {{ party.name }}{% if party.role %} ({{ party.role }}){% endif %} :")
    b.tag("{%p endfor %}")
    b.h1("Mon attestation")
    b.p("J'atteste ce qui suit au sujet de faits auxquels j'ai personnellement assisté ou que j'ai "
        "personnellement constatés.")
    b.ruled(WITNESS_LINES)
    b.p(("Besoin de plus de place ? Continuez sur une feuille séparée, que vous datez et signez aussi.", "i"))
    b.h1("Mention finale")
    b.ruled(3, (WITNESS_SENTENCE, "b"), "\n", ("Recopiez vous-même cette phrase ci-dessous :", "i"))
    b.p("")
    b.p(f"Fait à {BLANK}, le {BLANK}.", "\n", "Signature :", "\n", "\n", "\n", keep=True)
    b.p("Annexe : copie de mon document d'identité, portant ma signature.")
    b.footer("{{ reference }} — Attestation {{ witness.first_name }} {{ witness.last_name }}")
    return b


WITNESS_LINES = 22  # the witness's writing space: one page at most, kept on one page


def evidence_index() -> Builder:
    b = FrenchBuilder("Inventaire des pièces")
    b.header("{{ reference }}")
    b.title("INVENTAIRE DES PIÈCES")
    b.p("Dans la cause de {{ victim.name }} contre {{ respondent.name }} — {{ date }}")
    b.loop_table(
        ["Pièce", "Date", "Type", "Description", "Fichier et SHA-256"],
        ["{{ e.number }}", "{{ e.date }}", "{{ e.kind }}", "{{ e.description }}",
         "{{ e.file }}\n{{ e.sha256 }}"],
        "e in evidence",
        [11, 21, 25, 46, 57],
        last=["{{ logbook_piece }}", "{{ date }}", "journal des faits",
              "Journal des faits de {{ victim.name }} : {{ phrase('pattern') }}",
              "le document Journal des faits de ce dossier"],
    )
    b.p("")
    b.p(("Quiconque reçoit une copie d'un fichier peut vérifier avec le programme sha256sum qu'il n'a "
         "pas été modifié : l'empreinte doit être identique à celle du présent inventaire.", "i"))
    b.footer("{{ reference }} — Inventaire des pièces")
    return b


def logbook() -> Builder:
    b = FrenchBuilder("Journal des faits")
    b.header("{{ reference }}")
    b.title("JOURNAL DES FAITS")
    b.p("Relevé chronologique des faits, tenu par {{ victim.name }}.")
    b.p("{{ phrase('pattern')|capitalize }}, par {{ pattern.channels }}.")
    b.tag("{%p for i in incidents %}")
    b.h2("Fait {{ i.number }} — {{ i.when }}")
    b.fields([("Lieu", "{{ i.place }}"), ("Nature", "{{ i.kinds }}")], label_width=30)
    b.tag("{%p for para in i.own_paragraphs %}")
    b.p("{{ para }}", style="Quote")
    b.tag("{%p endfor %}")
    b.tag("{%p for m in i.messages %}")
    b.p("« {{ m.text }} »{% if m.kind %} [{{ m.kind }}]{% endif %} ({{ m.cite }})", style="Quote")
    b.tag("{%p endfor %}")
    b.p(("Témoins : {{ i.witnesses or 'aucun' }}. Pièces : {{ i.evidence or 'aucune' }}. "
         "Procès-verbal : {{ i.police_report or 'aucun' }}.", "i"))
    b.tag("{%p endfor %}")
    b.footer("{{ reference }} — Journal des faits")
    return b


def boundary_letter() -> Builder:
    """Say it once: a short stop message, a letter, the registered letter's proof, and, with a
    lawyer, the mise en demeure. Calm, no negotiation, and never her address: he reads it."""
    b = FrenchBuilder("Message de rupture de contact")
    b.header("{{ reference }}")
    b.title("MESSAGE DE RUPTURE DE CONTACT")
    b.box("Dites-le une fois, clairement, puis ne réagissez plus, même " + R_SI_HE + " répond, se fâche ou "
          "promet d'arrêter. Le message est aussi la preuve " + R_QU_HE + " savait que vous ne vouliez plus de "
          "contact. "
          "Choisissez une des formes ci-dessous ; les lettres ne mentionnent pas votre adresse.")
    b.h1("1. Message court (SMS, WhatsApp, courriel)")
    b.p(("{{ boundary.short }}", "b"))
    b.p(("{{ boundary.short|length }} caractères. Envoyez-le une seule fois. Faites ensuite une capture "
         "d'écran du message envoyé, avec la date et l'heure, et conservez-la.", "i"))
    b.h1("2. Lettre")
    b.p(f"{BLANK}, le {BLANK} (lieu et date)", align="right")
    b.p("À {{ respondent.name }}{% if respondent.address %}, {{ respondent.address }}{% endif %}")
    b.p(("Objet : plus aucun contact", "b"))
    b.p("{{ boundary.salutation }},")
    b.p("{{ boundary.letter }}")
    b.p("")
    b.p("{{ victim.name }}", "\n", "\n", f"Signature : {BLANK}", keep=True)
    b.h1("3. Envoi recommandé")
    b.bullet("Envoyez la lettre par recommandé avec accusé de réception, dans un bureau de poste ou un "
             "point poste.")
    b.bullet("{% if boundary.sender %}Comme expéditeur sur l'enveloppe : {{ boundary.sender }}. Jamais votre "
             "propre adresse.{% else %}Comme expéditeur sur l'enveloppe : votre nom et votre adresse.{% endif %}")
    b.bullet("Gardez une copie de la lettre, la preuve de dépôt et l'accusé de réception : ensemble, ils "
             "prouvent ce " + R_QU_HE + " a reçu et quand.")
    b.tag("{%p if lawyer %}")
    b.h1("4. Mise en demeure par votre avocat")
    b.p(("Votre avocat peut aussi le dire à votre place ; toute réponse est alors adressée au cabinet, "
         "pas à vous. Un projet :", "i"), keep=True)
    b.p("{{ boundary.formal_salutation }},")
    b.p("{{ 'Ma' if victim.role.client[-1:] == 'e' else 'Mon' }} {{ victim.role.client }}, {{ victim.name }}, "
        "me charge de vous communiquer ce qui suit. "
        + "{{ victim.role.subject|capitalize }} ne souhaite plus aucun contact avec vous, de quelque manière "
        "que ce soit, directement ou par l'intermédiaire d'autres personnes : ni appels, messages, "
        "courriels, messages sur les réseaux sociaux, lettres ou cadeaux, ni visite à son domicile, sur son "
        "lieu de travail ou en d'autres lieux où " + SHE + " se trouve. Je vous mets en demeure de "
        "respecter cette volonté. Tout nouveau contact sera signalé à la police et soumis au juge, à qui "
        "il sera demandé de vous l'interdire sous peine d'astreinte. Pour tout ce qui concerne cette "
        "affaire, veuillez vous adresser exclusivement à moi.")
    b.p("{{ lawyer.name }}, avocat, {{ lawyer.address }}", "\n", f"Signature : {BLANK}", keep=True)
    b.tag("{%p endif %}")
    b.h1("Ensuite")
    b.p("Notez dans votre dossier quand et comment " + R_HE + " l'a reçu, avec la preuve (filings notice "
        "add) : chaque fait postérieur compte, dans la plainte et devant le juge, comme un fait commis alors "
        + R_QU_HE + " savait que vous ne vouliez plus de contact.")
    b.footer("{{ reference }} — Message de rupture de contact")
    return b


def circle_letter() -> Builder:
    """A letter for her circle: what not to pass on, what to do when he asks, whom to call,
    and that they may be asked for a statement. Never her address."""
    b = FrenchBuilder("Lettre à mon entourage")
    b.header("{{ reference }}")
    b.title("LETTRE À MON ENTOURAGE")
    b.box("Remettez ou envoyez cette lettre aux personnes en qui vous avez confiance : famille, amis, "
          "collègues, votre employeur ou votre école. Chaque lettre figure sur une page distincte"
          "{% if circle.members %}, avec le nom de la personne qui la reçoit{% endif %}. Votre adresse n'y "
          "figure pas.")
    b.tag("{%p for m in circle.letters %}")
    b.p(("{{ m.greeting }},", "b"), new_page=True, keep=True)
    b.p("{% if m.formal %}Je souhaite vous demander de l'aide.{% else %}Je voudrais te demander de "
        "l'aide.{% endif %} "
        "Depuis le {{ circle.since }}, je suis harcelé{{ victim.role.e }} par {{ circle.who }}."
        "{% if circle.told %} Je lui ai dit que je ne voulais plus de contact"
        "{% if circle.reported %} et j'ai déposé plainte à la police{% endif %}."
        "{% elif circle.reported %} J'ai déposé plainte à la police.{% endif %}")
    b.tag("{%p if circle.description %}")
    b.p("Voici comment {% if m.formal %}vous pouvez le reconnaître{% else %}tu peux le reconnaître"
        "{% endif %} : {{ circle.description }}."
        .replace("le reconnaître", "{{ 'la' if respondent.role.e else 'le' }} reconnaître"))
    b.tag("{%p endif %}")
    b.p("{% if m.formal %}Pourriez-vous{% else %}Pourrais-tu{% endif %} :", keep=True)
    b.bullet("ne rien " + HIM + " transmettre à mon sujet, ni à ses connaissances : ni où j'habite ou "
             "travaille, ni numéro de téléphone, ni horaires ou projets, ni photos ; même si cette personne "
             "semble aimable ou inquiète ;")
    b.bullet("ne pas publier de photos ou de messages à mon sujet ou sur l'endroit où je me trouve sur "
             "les réseaux sociaux ;")
    b.bullet("si cette personne {% if m.formal %}vous contacte{% else %}te contacte{% endif %} ou demande "
             "de mes nouvelles : ne rien dire à mon sujet, noter la date, l'heure et ce qui a été dit ou "
             "écrit, conserver les messages (une capture d'écran) et me prévenir ;")
    b.bullet("en cas de danger, appeler le 112, ou la police au 101.")
    b.p("Il se peut que je {% if m.formal %}vous{% else %}te{% endif %} demande plus tard d'écrire ce que "
        "{% if m.formal %}vous avez{% else %}tu as{% endif %} vu ou entendu {% if m.formal %}vous-même"
        "{% else %}toi-même{% endif %}, dans une attestation destinée au tribunal.")
    b.p("{% if m.formal %}Je vous remercie.{% else %}Merci.{% endif %}", "\n", "\n",
        "{{ victim.name if m.formal else victim.first_name }}", keep=True)
    b.tag("{%p endfor %}")
    b.footer("{{ reference }} — Lettre à mon entourage")
    return b


def guide() -> Builder:
    b = FrenchBuilder("Guide des documents")
    b.title("ET MAINTENANT ? GUIDE DES DOCUMENTS")
    b.p("Pour {{ victim.first_name }} et les personnes qui l'aident — {{ reference }} — {{ date }}")
    b.box("Tout ce qui figure dans ce dossier est un projet. Relisez chaque document avant de le signer ; "
          "un avocat ou un huissier de justice vérifie les actes destinés au tribunal.")
    b.h1("Aide")
    for number, text in HELPLINES:
        b.bullet((number, "b"), f" : {text}")
    b.h1("Les documents")
    b.tag("{%p for d in documents %}")
    b.h2("{{ d.title }}")
    b.fields([
        ("Fichier", "{{ d.file }}"),
        ("À quoi il sert", "{{ d.purpose }}"),
        ("Qui signe", "{{ d.signer }}"),
        ("Où l'envoyer", "{{ d.destination }}"),
    ], label_width=35)
    b.tag("{%p endfor %}")
    b.tag("{%p if pattern.chart %}")
    b.h1("Le schéma des faits")
    b.p("Ce graphique figure aussi dans la plainte{% if attention.request %} et dans "
        "{{ 'la requête' if attention.ex_parte else 'la citation' }}{% endif %}. Il ne montre que des "
        "dates, des nombres et des types de faits, rien de ce que vous avez décrit vous-même. Il figure "
        "aussi dans le dossier comme fichier séparé : {{ chart_file }}.", keep=True)
    b.tag("{%p endif %}")
    chart(b, R_TOLD)
    b.tag("{%p if attention.to_prosecutor %}")
    b.h1("Votre plainte au parquet")
    b.bullet("Signez vous-même la plainte{% if attention.declaration %} et la déclaration de personne "
             "lésée{% endif %} ; il n'y a pas d'audition.")
    b.bullet("Envoyez-les par recommandé au parquet, avec des copies des pièces ; gardez les originaux et "
             "la preuve d'envoi.")
    b.bullet("{% if victim.confidential %}Mettez la feuille avec vos coordonnées dans une enveloppe fermée "
             "séparée portant « CONFIDENTIEL – COL 03/2023 ».{% else %}Indiquez votre adresse et votre "
             "numéro de téléphone, pour que le parquet puisse vous joindre.{% endif %}")
    b.p("Signalez immédiatement tout nouveau fait : les images de caméras ne sont souvent conservées que peu "
        "de temps.")
    b.tag("{%p else %}")
    b.h1("Ce que vous emportez à la police")
    b.bullet("votre carte d'identité ;")
    b.bullet("la plainte et, si votre adresse est confidentielle, la feuille avec vos coordonnées ;")
    b.bullet("les pièces : les originaux et une copie des fichiers (par exemple sur une clé USB) ;")
    b.bullet("votre GSM avec les messages, appels et photos ;")
    b.bullet("les noms des témoins.")
    b.p("Demandez une copie de votre déclaration et l'attestation de dépôt de plainte, avec le numéro du "
        "procès-verbal. Déposez plainte à chaque nouveau fait et ajoutez le numéro à votre journal des faits. "
        "Signalez immédiatement tout nouveau fait : les images de caméras ne sont souvent conservées que peu "
        "de temps.")
    b.tag("{%p endif %}")
    b.h1("Bon à savoir")
    b.bullet("Depuis la {{ law.no_complaint_offence }}, le harcèlement n'est plus une infraction qui ne "
             "peut être poursuivie que sur plainte : le parquet peut poursuivre, même si vous retirez votre "
             "plainte.")
    b.bullet("L'aide d'un avocat peut être gratuite ou moins chère selon vos revenus (aide juridique de "
             "deuxième ligne, « pro deo ») : adressez-vous au bureau d'aide juridique du barreau. Vérifiez "
             "aussi si l'une de vos assurances couvre la protection juridique.")
    b.bullet("Accueil des victimes : les assistants de justice du service d'accueil des victimes de la "
             "maison de justice vous aident dans la procédure et vous informent sur votre dossier. Les "
             "services d'aide aux victimes reconnus et le service d'assistance policière aux victimes "
             "peuvent aussi vous accompagner. Le CPAS aide pour l'aide sociale ; ce n'est pas un service "
             "d'aide aux victimes.")
    b.bullet("Votre sécurité : en cas de danger, appelez le 112 ou le 101. Ne répondez plus à ses "
             "messages, mais conservez-les. Dites à votre entourage ce qui se passe et demandez de ne rien "
             "transmettre à votre sujet. Variez vos trajets et vos horaires " + R_SI_HE + " vous attend. Faites "
             "vérifier votre GSM et vos comptes (accès ou applications que vous ne connaissez pas).")
    b.tag("{%p if attention.request %}")
    b.bullet(R_SI_HE_CAP + " enfreint une interdiction prononcée par le juge : notez-le immédiatement dans votre "
             "journal (date, heure, ce qui s'est passé, preuve), déposez à nouveau plainte à la police et "
             "dites qu'il existe une ordonnance. Donnez à votre avocat le numéro du procès-verbal : un "
             "huissier de justice peut recouvrer les astreintes.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.witnesses %}")
    b.bullet("Une attestation est remise au tribunal et à la partie adverse : le nom et l'adresse du "
             "témoin lui parviennent donc. Dites-le au témoin avant qu'il signe.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.confidential_address or attention.family_court or attention.request "
          "or offences.after_new_code %}")
    b.h1("Points d'attention pour l'avocat")
    b.tag("{%p if attention.confidential_address %}")
    b.bullet("L'adresse de la victime est confidentielle. La citation ou la requête laisse son domicile en "
             "blanc et mentionne l'élection de domicile ({{ law.elected_domicile }}). Selon "
             "l'{{ law.plaintiff_domicile }}, la citation mentionne à peine de nullité le domicile du "
             "demandeur, et selon l'{{ law.petition_mentions }}, la requête celui du requérant : c'est "
             "l'adresse d'inscription au registre de la population ({{ law.register_domicile }}). Aucune "
             "source trouvée ne permet de l'omettre ni ne confirme que l'élection de domicile suffit ; "
             "qu'une omission entraîne la nullité de l'acte ({{ law.nullity }}) n'est pas confirmé. Décidez "
             "avant la signification ou le dépôt ce que vous indiquez ou comment vous le justifiez. filings "
             "n'imprime pas l'adresse.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.family_court %}")
    b.bullet("{{ attention.family_reason[:1]|upper }}{{ attention.family_reason[1:] }} : vérifiez si le "
             "tribunal de la famille est compétent au lieu du président du tribunal de première instance. "
             "filings n'en décide pas.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.confidential_address and attention.request %}")
    b.bullet("L'interdiction de lieu ne vise que des lieux dont l'adresse figure dans les actes, et la "
             "distance par rapport à la victime elle-même : une interdiction autour d'une adresse que les "
             "actes ne mentionnent pas, la partie adverse ne peut la connaître ni donc la respecter. Si vous souhaitez "
             "tout de même une interdiction autour du domicile, l'adresse doit figurer dans la citation ou "
             "la requête : choisissez entre cette interdiction et la confidentialité de l'adresse.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.summons %}")
    b.bullet("La citation est un projet pour l'huissier de justice et l'avocat : l'exploit est rédigé, "
             "signé et signifié par un huissier de justice. Les mentions de l'{{ law.summons_mentions }} et "
             "de l'{{ law.bailiff_mentions }} sont prescrites à peine de nullité ; les lignes en blanc sont "
             "complétées par l'huissier de justice, de même que les montants des frais et du droit de mise "
             "au rôle. La formulation française de ces articles n'a pas été vérifiée sur une source : "
             "contrôlez-la sur Justel. Selon une présentation de l'{{ law.plaintiff_domicile }} (victor.law), la "
             "citation mentionne aussi, le cas échéant, le numéro de registre national du demandeur : filings ne "
             "l'imprime pas dans un acte que la partie adverse reçoit ; ajoutez-le si vous l'estimez requis.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request %}")
    b.bullet("Avant la signification ou le dépôt : complétez les lignes en blanc et supprimez les "
             "indications entre parenthèses (« à compléter par l'avocat … », « voir le guide ») et la "
             "mention « PROJET » dans l'en-tête et le pied de page.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.gap %}")
    b.bullet("Entre le {{ attention.gap.before }} et le {{ attention.gap.after }}, il y a "
             "{{ attention.gap.days }} sans fait : un juge peut demander pourquoi, et si l'affaire est "
             "encore urgente. Posez la question à la victime et expliquez-le.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request and attention.harm %}")
    b.bullet("Les conséquences que la victime décrit figurent dans les actes comme ses propres mots. "
             "Joignez-en la preuve (certificat médical, attestation d'incapacité de travail, factures ou "
             "devis) si vous souhaitez les faire valoir.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request and attention.witnesses %}")
    b.bullet("Ajoutez les attestations signées comme pièces à l'inventaire : un fait qui ne repose que sur "
             "un témoin ne s'appuie sinon sur rien que le juge puisse lire.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.brussels_court %}")
    # wordscope.be, quoting art. 4, § 1er, of the law of 15 June 1935 (C. const. 2/2015, 75/2014)
    b.bullet("Langue de l'acte : devant un tribunal de première instance de l'arrondissement de Bruxelles, "
             "l'acte introductif d'instance est rédigé en français si le défendeur est domicilié dans la région "
             "de langue française, en néerlandais s'il l'est dans la région de langue néerlandaise, et dans "
             "l'une des deux langues, au choix du demandeur, s'il est domicilié dans l'agglomération "
             "bruxelloise ou n'a aucun domicile connu en Belgique ({{ law.court_language }}). Vérifiez le "
             "domicile de la partie adverse avant de choisir le tribunal francophone.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request %}")
    b.bullet("Tribunal compétent (et sa division, s'il en a) : en général celui du domicile du défendeur ou "
             "du lieu où les faits se sont produits ({{ law.territorial_competence }} ; aucune source trouvée ne le confirme). "
             "Vérifiez-le avant de choisir le tribunal.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.weak_necessity %}")
    b.bullet("Absolue nécessité : le dossier ne mentionne pas de violence, et "
             "{% if attention.last_approach %}" + HE + " s'est approché{{ respondent.role.e }} de la victime "
             "pour la dernière fois le {{ attention.last_approach }}{% else %}aucun fait où " + HE + " se "
             "serait approché{{ respondent.role.e }} de la victime{% endif %}. Un juge peut alors estimer "
             "qu'une requête unilatérale n'est pas justifiée. Une citation en référé, au besoin à bref "
             "délai, est alors la voie la plus sûre ; ne déposez la requête que si vous pouvez démontrer "
             "la nécessité par d'autres faits.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.unproven_notice %}")
    b.bullet("Une mise en garde ({{ attention.unproven_notice }}) n'est prouvée par aucune pièce : "
             "joignez une capture d'écran du message, une copie de la lettre ou la preuve d'envoi. Sans "
             "pièce, le « savait ou aurait dû savoir » repose sur la déclaration de la victime.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.relationship_end %}")
    b.bullet("Les actes ne mentionnent pas quand la relation a pris fin (`respondent.relationship_end`) : "
             "un juge le demandera.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.stale_urgency %}")
    b.bullet("Le dernier fait remonte à {{ attention.stale_urgency }} : l'urgence "
             "({{ law.interim_relief }}) peut être contestée. Complétez le journal avec des faits plus "
             "récents ou envisagez une autre procédure.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.no_notice %}")
    b.bullet("Le dossier ne mentionne aucune mise en garde (`notices`) : les actes déduisent le « savait "
             "ou aurait dû savoir » des faits eux-mêmes. Un message, une lettre ou un avertissement de la "
             "police lui demandant de cesser le renforce.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.laws_to_check %}")
    b.bullet("La requête ne mentionne pas les voies de recours (ce n'est pas une mention obligatoire). "
             "Appel de la partie requérante contre un refus : {{ attention.laws_to_check }} (non confirmé ; "
             "vérifiez l'article et le délai sur Justel avant de le mentionner).")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request %}")
    b.bullet("Faites signifier l'ordonnance sans délai par un huissier de justice : l'astreinte ne peut "
             "être encourue avant la signification ({{ law.penalty }}).")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.ex_parte %}")
    b.bullet("La requête unilatérale est signée par un avocat ({{ law.petition_signature }}) et déposée en "
             "deux exemplaires ; l'ordonnance peut faire l'objet d'une tierce opposition dans le mois de sa "
             "signification ({{ law.opposition }}) : joignez à la requête toutes les pièces sur lesquelles "
             "elle se fonde.")
    b.tag("{%p endif %}")
    b.tag("{%p if offences.after_new_code %}")
    b.bullet("Le nouveau Code pénal devait entrer en vigueur le {{ offences.new_code_date }} ; que ce soit "
             "le cas et quel article incrimine désormais le harcèlement n'est pas confirmé. Comme des faits "
             "sont postérieurs à cette date, les documents renvoient pour tous les faits à "
             "l'{{ law.stalking_transition }}. Vérifiez-le sur Justel et adaptez la référence si nécessaire.")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.footer("{{ reference }} — Guide")
    return b


# legal-fr.md: the French helplines (wallonie.be, actionsociale.wallonie.be, wal.autonomia.org).
HELPLINES = [
    ("0800 30 030", "Écoute Violences Conjugales, gratuit et anonyme (après les heures d'ouverture, le 107 "
                    "prend le relais)"),
    ("107", "Télé-Accueil, une écoute jour et nuit"),
    ("0800 98 100", "SOS Viol"),
    ("101", "police, pour une intervention urgente"),
    ("112", "numéro d'urgence en cas de danger"),
    ("02 535 45 42", "Centre de prise en charge des violences sexuelles (CPVS) de Bruxelles"),
    ("04 284 35 11", "Centre de prise en charge des violences sexuelles (CPVS) de Liège"),
]


def main(argv: list[str] | None = None) -> None:
    """Write every French template and its text snapshot to templates/fr, or to the folder given."""
    from docx2txt import docx_text

    from filings.plan.kinds import KINDS

    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else OUT
    out.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:  # the registry's kinds; each has a builder function of its name here
        path = out / kind.template
        globals()[kind.name]().save(path)
        path.with_suffix(".txt").write_text(docx_text(path), encoding="utf-8", newline="\n")
        print(path)


if __name__ == "__main__":
    main()
