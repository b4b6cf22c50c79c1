"""Write the shipped templates (templates/nl/*.docx) with python-docx.

Run: python tools/build_templates.py [FOLDER]   (default: templates/nl)

The .docx files are what users edit in Word or LibreOffice; this script is how the
project (re)creates its own versions. It is the source of the shipped templates; the .docx are its output, and
templates/nl/<kind>.txt is a plain-text snapshot of each (tools/docx2txt.py), written
with it, so that a change to a template shows in a review as text. Every sentence is
here (or, when several documents share it, in templates/nl/phrases.yaml); every value
comes from the context of the document (`filings templates vars`); statutory
references come from `law` (filings/lang/nl.py), never typed here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docxbuild import Builder  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "templates" / "nl"
BLANK = "______________________"
SHORT_BLANK = "______________"  # where a value the case may lack is filled in by hand


VICTIM_IDENTITY = [
    ("Naam", "{{ victim.name }}"),
    ("Geboorte", "{{ victim.birth or '—' }}"),
    ("Nationaliteit", "{{ victim.nationality or '—' }}"),
    ("Beroep", "{{ victim.profession or '—' }}"),
    ("Rijksregisternummer", "{{ victim.national_number or '—' }}"),
]


def signature(b: Builder, who: str) -> None:
    """Place and date are the signer's: a paper signed later never carries the day it was
    prepared (legal-review-1.md §1)."""
    b.p("")
    b.p(f"Opgemaakt te {BLANK} op {BLANK}.", "\n", "Handtekening:", "\n", "\n", "\n", who, keep=True)


def police_reports(b: Builder) -> None:
    b.tag("{%p for r in police_reports %}")
    b.bullet("{{ phrase('police_report', r=r) }}")
    b.tag("{%p endfor %}")


TO_PROSECUTOR = "complaint.to_prosecutor"


def addressee(b: Builder, p: str) -> None:
    """To whom a complaint goes: the police zone, or the procureur des Konings (p: the
    context's prefix, complaint or follow_up)."""
    b.p(("{% if complaint.to_prosecutor %}Aan de procureur des Konings, parket {{ complaint.office }}, "
         f"{{{{ complaint.office_address or '{BLANK} (adres van het parket)' }}}}"
         "{% else %}Aan de politie{% if complaint.zone %}, {{ complaint.zone }}{% endif %}{% endif %}"
         ).replace("complaint.", f"{p}."), align="right")


def complainant(b: Builder, p: str) -> None:
    """Who files it, with her address kept apart when it is confidential (p: the context's
    prefix, complaint or follow_up: both give `to_prosecutor` and `knows`)."""
    def own(text: str) -> str:
        return text.replace("complaint.", f"{p}.")

    b.h1("Wie klacht neerlegt")
    b.fields(VICTIM_IDENTITY)
    b.tag("{%p if victim.confidential %}")
    # What he knows of her address comes from the case (respondent.knows_victim_address),
    # never assumed: a false 'he does not know it' misleads the prosecutor.
    b.p(own("{% if complaint.knows == 'no' %}Voor zover ik weet, kent de verdachte mijn huidige adres "
            "niet. Ik vraag dat mijn adres en contactgegevens niet in het proces-verbaal worden opgenomen maar "
            "apart worden bewaard, en dat ik word geïdentificeerd aan de hand van mijn "
            "rijksregisternummer ({{ law.address_protection }})."
            "{% elif complaint.knows == 'yes' %}De verdachte kent mijn adres helaas. Ik vraag toch dat "
            "mijn adres en contactgegevens niet worden opgenomen in stukken die hij kan inzien, maar "
            "apart worden bewaard."
            "{% else %}Ik weet niet of de verdachte mijn huidige adres kent. Ik vraag dat mijn adres en "
            "contactgegevens niet in het proces-verbaal worden opgenomen maar apart worden bewaard, en "
            "dat ik word geïdentificeerd aan de hand van mijn rijksregisternummer "
            "({{ law.address_protection }}).{% endif %}"
            " Ze staan op een afzonderlijk blad{% if complaint.to_prosecutor %} bij deze klacht"
            "{% else %} voor de politie{% endif %}."))
    b.p("Adres voor briefwisseling: {{ phrase('correspondence') }}")
    b.tag("{%p else %}")
    b.fields([
        ("Adres", "{{ victim.address }}"),
        ("Telefoon", "{{ victim.phone or '—' }}"),
        ("E-mail", "{{ victim.email or '—' }}"),
    ])
    b.tag("{%p endif %}")


def against(b: Builder, p: str) -> None:
    """Who he is, and their relationship as the case describes it (p: complaint or follow_up)."""
    b.h1("Tegen wie")
    b.fields([
        ("Naam", "{{ respondent.name }}"),
        ("Geboorte", "{{ respondent.birth or 'onbekend' }}"),
        ("Adres", "{{ respondent.address or 'onbekend' }}"),
        ("Relatie met mij", f"{{{{ respondent.relationship }}}}{{% if {p}.relation_detail %}}; "
                            f"{{{{ {p}.relation_detail }}}}{{% endif %}}"),
        ("Beschrijving", "{{ respondent.description or '—' }}"),
        ("Telefoonnummers", "{{ respondent.phones or '—' }}"),
        ("Accounts", "{{ respondent.accounts or '—' }}"),
    ])


def fact_blocks(b: Builder, items: str) -> None:
    """Each fact a block (§6): 'Feit N — when — location — kinds', her own words, the
    support line; a wide table broke words and split rows over pages."""
    b.tag(f"{{%p for i in {items} %}}")
    b.p(("Feit {{ i.number }} — {{ i.when }}{% if i.location %} — {{ i.location }}{% endif %} "
         "— {{ i.described }}", "b"), keep=True)
    b.tag("{%p for para in i.own_paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if i.evidence or i.witnesses or i.police_report %}")
    b.p(("{{ phrase('support', i=i) }}", "i"))
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")


def complaint() -> Builder:
    b = Builder("Klacht")
    b.header("{{ reference }}")
    b.title("KLACHT WEGENS BELAGING")
    addressee(b, "complaint")
    b.tag(f"{{%p if {TO_PROSECUTOR} %}}")
    b.box("Schriftelijke klacht aan de procureur des Konings. Ik vraag dat een onderzoek wordt "
          "ingesteld naar de feiten hieronder.")
    b.tag("{%p else %}")
    b.box("Ontwerp van klacht, voorbereid voor mijn verhoor. Ik vraag dat mijn verklaring in een "
          "proces-verbaal wordt opgenomen en dat ik er kosteloos een kopie van krijg.")
    b.tag("{%p endif %}")

    complainant(b, "complaint")

    against(b, "complaint")

    # Each fact a block (§6): a wide table broke words and split rows over pages.
    b.h1("De feiten")
    b.p("De feiten staan in chronologische volgorde. De letterlijke woorden staan tussen "
        "aanhalingstekens; 'stuk N' verwijst naar de inventaris van stukken.")
    fact_blocks(b, "incidents")

    b.h1("Het patroon")
    b.p("Het gaat om {{ phrase('pattern') }}, namelijk {{ pattern.described }}.")
    b.tag("{%p if pattern.count > 1 %}")
    b.p("De gedragingen herhalen zich en verstoren mijn rust ernstig.")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.months|length > 1 %}")
    b.p("Aantal feiten per maand: {{ pattern.per_month }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.channel_order|length > 1 %}")
    b.p("Hoe hij mij benaderde, in de volgorde waarin het voor het eerst gebeurde: "
        + CHANNEL_ORDER.format(name="c.kind") + ".")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.night.count %}")
    b.p(NIGHT.format(verb="gebeurde", verbs="gebeurden"))
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.escalation %}")
    b.p("Het werd erger. Eerst bleef het bij {{ {'remote': 'contact op afstand', 'threat': 'bedreigingen', "
        "'presence': 'zijn aanwezigheid bij mij', 'damage': 'schade'}[pattern.start] }}; daarna kwamen er bij: "
        "{% for s in pattern.escalation %}{{ {'threat': 'bedreigingen', "
        "'presence': 'zijn aanwezigheid bij mij', 'damage': 'schade', "
        "'violence': 'geweld'}[s.step] }} " + FIRST_TIME.format(kinds="s.kinds") + "{% endfor %}.")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.notices %}")
    b.p("Hij wist dat ik geen contact meer wilde:", keep=True)
    b.tag("{%p for n in complaint.notices %}")
    b.bullet("op {{ n.date }} liet {{ n.who }} hem{% if n.channel %} {{ n.channel }}{% endif %} weten"
             "{% if n.text %}: “{{ n.text }}”{% else %} dat hij elk contact moest stoppen{% endif %}"
             "{% if n.evidence %} ({{ n.evidence }}){% endif %}{{ '.' if loop.last else ';' }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if complaint.after_count %}")
    b.p("Daarna volgden nog {{ complaint.after_count }} {{ 'feit' if complaint.after_count == 1 "
        "else 'feiten' }} ({{ complaint.after }}).")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    chart(b, "hem werd gevraagd")

    b.h1("Welke misdrijven")
    b.p("Deze feiten kunnen volgens mij onder meer de volgende misdrijven uitmaken, onder voorbehoud "
        "van de kwalificatie door de politie en het openbaar ministerie:")
    for offence in ("stalking", "electronic"):
        b.tag(f"{{%p if offences.{offence} %}}")
        b.bullet(f"{{{{ phrase('{offence}') }}}}")
        b.tag("{%p endif %}")
    # Each threat with its words: whether it was written or under a condition matters for
    # its qualification (art. 327 ff.), which the prosecutor makes.
    b.tag("{%p if complaint.threats %}")
    b.bullet("dreigende uitlatingen, mogelijk {{ phrase('threats') }}, ter beoordeling:", keep=True)
    b.tag("{%p for t in complaint.threats %}")
    b.bullet("{{ t.fact }}{% if t.written %} (schriftelijk){% elif t.spoken %} (mondeling){% endif %}"
             "{% if t.words %}: {{ t.words }}{% endif %}", level=2)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.damage_facts %}")
    b.bullet("beschadiging van eigendommen ({{ complaint.damage_facts }})")
    b.tag("{%p endif %}")

    b.h1("De schade")
    b.tag("{%p if complaint.harm %}")
    b.tag("{%p for para in complaint.harm_paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p else %}")
    b.writing_lines(4)
    b.tag("{%p endif %}")

    b.h1("Eerdere klachten")
    b.tag("{%p if police_reports %}")
    police_reports(b)
    b.tag("{%p else %}")
    b.p("Ik heb voor deze feiten nog geen klacht neergelegd.")
    b.tag("{%p endif %}")

    b.h1("Wat ik vraag")
    b.bullet("dat de verdachte wordt verhoord en wordt aangemaand elk contact te stoppen;")
    b.tag("{%p if complaint.witnesses %}")
    b.bullet("dat de getuigen worden verhoord: {{ complaint.witnesses }};")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.traffic_data %}")
    b.bullet("dat de identificatie- en verkeersgegevens van de oproepen, berichten en accounts "
             "worden opgevraagd;")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.plate %}")
    b.bullet("dat, voor zover nog beschikbaar, camerabeelden en ANPR-gegevens van de nummerplaat "
             "{{ complaint.plate }} worden opgevraagd{% if complaint.presence %} rond "
             "{{ complaint.presence }}{% endif %};")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.damage %}")
    b.bullet("dat de schade wordt vastgesteld;")
    b.tag("{%p endif %}")
    b.tag("{%p if complaint.partners %}")
    b.bullet("dat de feiten worden geregistreerd als intrafamiliaal geweld (ex-partners) en dat "
             "het risico wordt ingeschat;")
    b.tag("{%p endif %}")
    b.bullet("dat, als aan de verdachte voorwaarden worden opgelegd, daarbij een verbod wordt "
             "opgelegd om met mij contact op te nemen of mij op te zoeken, en dat ik over die "
             "voorwaarden word ingelicht;")
    b.tag("{%p if police_reports %}")
    b.bullet("dat deze klacht wordt gevoegd bij {{ 'PV' if police_reports|length == 1 else 'de processen-verbaal' }} "
             "{{ police_reports|map(attribute='number')|join(', ') }};")
    b.tag("{%p endif %}")
    b.bullet("dat de stukken {% if complaint.to_prosecutor %}bij deze klacht{% else %}die ik "
             "overhandig{% endif %} bij het dossier worden gevoegd"
             "{{ ';' if complaint.requested_measures else '.' }}")
    b.tag("{%p for m in complaint.requested_measures %}")
    b.bullet("{{ m }}")
    b.tag("{%p endfor %}")

    b.h1("{% if complaint.to_prosecutor %}Stukken bij deze klacht{% else %}Stukken die ik "
         "overhandig{% endif %}")
    b.p("De bestanden staan met hun SHA-256-vingerafdruk op de inventaris van stukken.")
    b.tag("{%p for e in evidence %}")
    b.bullet("Stuk {{ e.number }} — {{ e.date }} — {{ e.kind }}: {{ e.description }}")
    b.tag("{%p endfor %}")

    b.tag("{%p if complaint.injured_party %}")
    b.h1("Benadeelde persoon")
    b.p("Ik verklaar schade te hebben geleden en wens mij benadeelde persoon te verklaren "
        "({{ law.injured_party }}), zodat ik op de hoogte word gehouden van het verdere verloop en "
        "stukken aan het dossier kan toevoegen. "
        "{% if complaint.to_prosecutor %}De verklaring zelf voeg ik als afzonderlijk formulier bij "
        "deze klacht.{% else %}Ik vraag dat deze wens in het proces-verbaal wordt vermeld; de "
        "verklaring zelf richt ik aan het parket {{ complaint.office }}.{% endif %}")
    b.tag("{%p endif %}")
    signature(b, "{{ victim.name }}")
    b.footer("{{ reference }} — Klacht wegens belaging")
    return b


NEW_FACTS = "{{ 'het nieuwe feit' if follow_up.count == 1 else 'de nieuwe feiten' }}"
THESE_FACTS = "{{ 'dit feit' if follow_up.count == 1 else 'deze feiten' }}"


def follow_up_complaint() -> Builder:
    """The facts since the latest PV that no PV covers (filings/load/register.py), as the
    complaint gives them, citing the earlier PVs so that the police join the files."""
    b = Builder("Aanvullende klacht")
    b.header("{{ reference }}")
    b.title("AANVULLENDE KLACHT WEGENS BELAGING")
    addressee(b, "follow_up")
    b.tag("{%p if follow_up.to_prosecutor %}")
    b.box("Aanvullende schriftelijke klacht aan de procureur des Konings. Ik vraag dat "
          f"{NEW_FACTS} hieronder bij het dossier van mijn eerdere klacht "
          "{{ 'wordt' if follow_up.count == 1 else 'worden' }} gevoegd.")
    b.tag("{%p else %}")
    b.box("Ontwerp van aanvullende klacht, voorbereid voor mijn verhoor. Ik vraag dat "
          f"{NEW_FACTS} hieronder in een proces-verbaal "
          "{{ 'wordt' if follow_up.count == 1 else 'worden' }} opgenomen, dat het bij het dossier van "
          "mijn eerdere klacht wordt gevoegd en dat ik er kosteloos een kopie van krijg.")
    b.tag("{%p endif %}")

    complainant(b, "follow_up")

    b.h1("Mijn eerdere klachten")
    b.p("Ik legde eerder klacht neer tegen {{ respondent.name }} wegens belaging:", keep=True)
    b.tag("{%p for r in follow_up.reports %}")
    b.bullet("{{ phrase('police_report', r=r) }}{{ '.' if loop.last else ';' }}")
    b.tag("{%p endfor %}")

    against(b, "follow_up")

    b.h1("{{ 'Het nieuwe feit' if follow_up.count == 1 else 'De nieuwe feiten' }}")
    b.p("Deze klacht voegt {{ follow_up.count }} {{ 'feit' if follow_up.count == 1 else 'feiten' }} "
        "toe ({{ follow_up.facts }}): wat er sinds {{ follow_up.since }}, de dag van mijn laatste "
        "klacht (PV {{ follow_up.latest }}), gebeurde en nog in geen proces-verbaal staat. De nummers "
        "zijn die van mijn logboek. De letterlijke woorden staan tussen aanhalingstekens; 'stuk N' "
        "verwijst naar de inventaris van stukken.")
    fact_blocks(b, "follow_up.incidents")
    # Facts before the latest PV without a PV were most likely told then: named, not
    # restated as new, for the police to check (filings/load/register.py).
    b.tag("{%p if follow_up.earlier %}")
    b.p("Mijn logboek vermeldt ook {{ follow_up.earlier }} ({{ follow_up.earlier_dates }}), van vóór "
        "mijn laatste klacht, zonder het nummer van een proces-verbaal. "
        "{% if follow_up.earlier_count == 1 %}Als dat feit nog in geen proces-verbaal staat, vraag ik "
        "het mee op te nemen; het staat in het logboek dat ik overhandig."
        "{% else %}Als die feiten nog in geen proces-verbaal staan, vraag ik ze mee op te nemen; ze "
        "staan in het logboek dat ik overhandig.{% endif %}")
    b.tag("{%p endif %}")

    b.h1("De belaging gaat door")
    b.p("Sinds mijn laatste klacht van {{ follow_up.since }} is de belaging niet gestopt. In totaal gaat "
        "het nu om {{ phrase('pattern') }}, via {{ pattern.channels }}.")

    b.h1("Wat ik vraag")
    b.bullet(f"dat {THESE_FACTS} {{{{ 'wordt' if follow_up.count == 1 else 'worden' }}}} gevoegd bij het "
             "dossier van {% if follow_up.reports|length == 1 %}"
             "PV {{ follow_up.numbers }}{% else %}de processen-verbaal {{ follow_up.numbers }}{% endif %}"
             "{% if follow_up.references %} (notitienummer {{ follow_up.references }}){% endif %};")
    b.tag("{%p if follow_up.witnesses %}")
    b.bullet(f"dat de getuigen van {THESE_FACTS} worden verhoord: {{{{ follow_up.witnesses }}}};")
    b.tag("{%p endif %}")
    b.tag("{%p if follow_up.traffic_data %}")
    b.bullet("dat de identificatie- en verkeersgegevens van de oproepen, berichten en accounts van "
             f"{THESE_FACTS} worden opgevraagd;")
    b.tag("{%p endif %}")
    b.tag("{%p if follow_up.damage %}")
    b.bullet("dat de schade wordt vastgesteld;")
    b.tag("{%p endif %}")
    b.bullet("dat de stukken {% if follow_up.to_prosecutor %}bij deze klacht{% else %}die ik "
             "overhandig{% endif %} bij het dossier worden gevoegd.")

    b.h1("{% if follow_up.to_prosecutor %}Stukken bij deze klacht{% else %}Stukken die ik "
         "overhandig{% endif %}")
    b.p("De bestanden staan met hun SHA-256-vingerafdruk op de inventaris van stukken.")
    b.tag("{%p for e in follow_up.evidence %}")
    b.bullet("Stuk {{ e.number }}: {{ e.description }} ({{ e.kind }}, {{ e.date }})")
    b.tag("{%p endfor %}")
    b.bullet("Stuk {{ logbook_piece }}: mijn logboek, met alle feiten in chronologische volgorde")

    b.tag("{%p if follow_up.injured_party %}")
    b.h1("Benadeelde persoon")
    b.p("Ik wens benadeelde persoon te zijn ({{ law.injured_party }}) en vraag dat deze wens ook "
        "in dit proces-verbaal wordt vermeld.")
    b.tag("{%p endif %}")
    signature(b, "{{ victim.name }}")
    b.footer("{{ reference }} — Aanvullende klacht wegens belaging")
    return b


def injured_party_declaration() -> Builder:
    b = Builder("Verklaring van benadeelde persoon")
    b.header("{{ reference }}")
    b.title("VERKLARING VAN BENADEELDE PERSOON")
    b.p("({{ law.injured_party }})")
    b.p("Aan de procureur des Konings, parket {{ declaration.office }}, secretariaat, "
        f"{{{{ declaration.office_address or '{BLANK} (adres van het parket)' }}}}", align="right")
    b.h1("Ondergetekende")
    # Asked, not done: she cannot state what the police did with her address.
    b.fields([*VICTIM_IDENTITY, ("Adres", "{% if victim.confidential %}vertrouwelijk"
                                          "{% if declaration.knows != 'yes' %} ({{ law.address_protection }})"
                                          "{% endif %}; briefwisseling: {{ phrase('correspondence') }}"
                                          "{% else %}{{ victim.address }}{% endif %}")])
    b.p(("verklaart schade te hebben geleden en zich benadeelde persoon te verklaren", "b"),
        " voor de volgende feiten:")
    b.fields([
        ("Aard van het misdrijf", "{{ phrase('offences') }}"),
        ("Datum of periode", "{{ pattern.first }}{% if pattern.last != pattern.first %} tot "
                             "{{ pattern.last }}{% endif %}"),
        ("Plaats", f"{{{{ declaration.places or '{SHORT_BLANK}' }}}}"),
        ("Politiedienst", f"{{{{ declaration.services or '{SHORT_BLANK}' }}}}"),
        ("Nummer proces-verbaal van de klacht die ik nu indien", SHORT_BLANK),
        ("Eerdere processen-verbaal", "{{ declaration.reports or '—' }}"),
        ("Notitienummer van het parket", f"{{{{ declaration.references or '{SHORT_BLANK}' }}}}"),
        ("Verdachte", "{{ phrase('respondent_identity') or respondent.description }}"),
    ])
    b.h1("Aard van de schade of het persoonlijk belang")
    b.tag("{%p if declaration.harm %}")
    b.tag("{%p for para in declaration.harm_paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p else %}")
    b.writing_lines(5)
    b.tag("{%p endif %}")
    b.p("Als benadeelde persoon wens ik op de hoogte te worden gebracht van een eventuele "
        "seponering en de reden ervan, van het instellen van een gerechtelijk onderzoek en van de "
        "rechtsdagen, en wens ik stukken aan het dossier te kunnen toevoegen.")
    b.box("Deze verklaring is kosteloos. Zij geeft recht op informatie; zij is geen burgerlijke "
          "partijstelling en geeft op zich geen recht op schadevergoeding.")
    signature(b, "{{ victim.name }}")
    b.footer("{{ reference }} — Verklaring van benadeelde persoon")
    return b


def contact_sheet() -> Builder:
    b = Builder("Contactgegevens (vertrouwelijk)")
    b.header("VERTROUWELIJK — {{ reference }}")
    b.title("CONTACTGEGEVENS — VERTROUWELIJK")
    b.box("Enkel bestemd voor de politie en het parket. Ik vraag dat deze gegevens niet in het "
          "proces-verbaal of in een ander stuk dat partijen kunnen inzien worden opgenomen, maar "
          "apart worden bewaard{% if knows != 'yes' %} ({{ law.address_protection }}){% endif %}. "
          "{% if knows == 'no' %}De verdachte kent dit adres, voor zover ik weet, niet."
          "{% elif knows == 'yes' %}De verdachte kent dit adres helaas; ik vraag toch dat het apart "
          "wordt bewaard.{% else %}Ik weet niet of de verdachte dit adres kent.{% endif %}")
    b.fields([
        ("Naam", "{{ victim.name }}"),
        ("Rijksregisternummer", "{{ victim.national_number or '—' }}"),
        ("Adres", "{{ victim.address }}"),
        ("Telefoon", "{{ victim.phone or '—' }}"),
        ("E-mail", "{{ victim.email or '—' }}"),
        ("Briefwisseling", "{{ phrase('correspondence') or '—' }}"),
        ("Eerdere processen-verbaal", "{{ reports or '—' }}"),
        ("Proces-verbaal van deze klacht", SHORT_BLANK),
        ("Mag de politie mij op dit nummer bellen of een bericht nalaten?", "ja / nee"),
    ])
    signature(b, "{{ victim.name }}")
    b.footer("VERTROUWELIJK — {{ reference }}")
    return b


P = "{{ court.party }}"  # eiseres / verzoekster ...: the victim's role in this paper
PC = "{{ court.party|capitalize }}"

# The pattern summary's parts that the complaint and the court papers share, each in its
# own voice ({name}: the kind's words; {verb}/{verbs}: one fact or more).
CHANNEL_ORDER = ("{{% for c in pattern.channel_order %}}{{{{ {name} }}}} ({{% if c.once %}}op {{{{ c.first }}}}"
                 "{{% else %}}{{{{ c.count }}}}×, van {{{{ c.first }}}} tot {{{{ c.last }}}}{{% endif %}})"
                 "{{{{ ', ' if loop.revindex > 2 else ' en ' if loop.revindex == 2 else '' }}}}{{% endfor %}}")
FIRST_TIME = ("({{% if s.step == 'presence' %}}{{{{ {kinds} }}}}; {{% endif %}}voor het eerst op {{{{ s.date }}}}, "
              "{{{{ s.fact }}}}){{{{ ', ' if loop.revindex > 2 else ' en ' if loop.revindex == 2 else '' }}}}")
NIGHT = ("{{{{ pattern.night.count }}}} van de {{{{ pattern.night.timed }}}} "
         "{{{{ 'feit' if pattern.night.timed == 1 else 'feiten' }}}} met een tijdstip "
         "{{{{ '{verb}' if pattern.night.count == 1 else '{verbs}' }}}} 's nachts, tussen "
         "{{{{ pattern.night.from }}}} en {{{{ pattern.night.to }}}} ({{{{ pattern.night.facts }}}}).")


def chart(b: Builder, told: str) -> None:
    """The chart of the facts, the full text width, with its caption kept under it; nothing
    without a chart (fewer than two facts). told: who asked him to stop, in this voice."""
    b.tag("{%p if pattern.chart %}")
    b.p("{{ pattern.chart }}", keep=True)
    b.p(("De feiten per {{ 'week' if pattern.unit == 'week' else 'maand' }}, naar soort (elk feit één keer, "
         "onder de ernstigste soort).{% if pattern.after_notice.date %} De stippellijn markeert "
         f"{{{{ pattern.after_notice.date }}}}, de dag waarop {told} elk contact te stoppen.{{% endif %}}", "i"), size=9)
    b.tag("{%p endif %}")


def court_facts(b: Builder) -> None:
    """The facts in the lawyer's voice: her logbook quoted as hers, with its stuk numbers."""
    b.h1("Feiten")
    b.p(f"{PC} wordt sinds {{{{ court.first_date or '{SHORT_BLANK}' }}}} lastiggevallen door "
        "{{ court.other }}{% if court.known_relationship %}, {{ victim.role.possessive }} "
        "{{ respondent.relationship }}{% endif %}"
        "{% if court.relationship_end %} (de relatie eindigde op {{ court.relationship_end }}){% endif %}. "
        # what ties the numbers and accounts of the facts to him: the case lists them as his
        "{% if respondent.phone_list or respondent.account_list %}{{ court.other[:1]|upper }}{{ court.other[1:] }} "
        "gebruikt {% if respondent.phone_list %}{{ 'het nummer' if respondent.phone_list|length == 1 "
        "else 'de nummers' }} {{ respondent.phones }}{% endif %}{% if respondent.phone_list and "
        "respondent.account_list %} en {% endif %}{% if respondent.account_list %}{{ 'het account' if "
        "respondent.account_list|length == 1 else 'de accounts' }} {{ respondent.accounts }}{% endif %}. "
        "{% endif %}"
        f"{PC} hield een logboek bij ({{{{ court.logbook_piece }}}}). Hieronder staan de feiten in "
        f"chronologische volgorde; wat {P} zelf noteerde, staat tussen aanhalingstekens, met de "
        "stukken die het staven.")
    b.tag("{%p for i in incidents %}")
    # The pieces that prove a fact come before her notes of it (a lawyer's read).
    b.p(("Feit {{ i.number }} — {{ i.when }}{% if i.neutral_place %} — {{ i.neutral_place }}{% endif %} "
         "— {{ i.described }}", "b"), "\n",
        ("{{ phrase('support', i=i) }}", "i"), "{{ ' ' if i.evidence or i.witnesses or i.police_report }}",
        f"{PC} noteerde ({{{{ court.logbook_piece }}}}, feit {{{{ i.number }}}}):", keep=True)
    quoted_paragraphs(b, "i.paragraphs")
    b.tag("{%p if i.messages %}")
    b.p("{{ court.other[:1]|upper }}{{ court.other[1:] }} schreef:", keep=True)
    b.tag("{%p for m in i.messages %}")
    b.p("“{{ m.text }}”{% if m.kind %} [{{ m.kind }}]{% endif %} ({{ m.cite }})", style="Quote")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")
    b.p("In totaal: {{ phrase('pattern') }}, namelijk {{ pattern.described }}.")
    b.tag("{%p if pattern.months|length > 1 %}")
    b.p("Aantal feiten per maand: {{ pattern.per_month }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.channel_order|length > 1 %}")
    b.p("De wijze waarop {{ court.other }} " + P + " benaderde, in de volgorde waarin ze voor het eerst "
        "voorkwam: " + CHANNEL_ORDER.format(name="c.described") + ".")
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.night.count %}")
    b.p(NIGHT.format(verb="vond", verbs="vonden") .replace("'s nachts", "'s nachts plaats"))
    b.tag("{%p endif %}")
    b.tag("{%p if pattern.escalation %}")
    b.p("De gedragingen werden ernstiger. Eerst bleef het bij {{ {'remote': 'contact op afstand', "
        "'threat': 'dreigende uitlatingen', 'presence': 'aanwezigheid bij ' ~ court.party, "
        "'damage': 'vastgestelde schade'}[pattern.start] }}; daarna kwamen er bij: "
        "{% for s in pattern.escalation %}{{ {'threat': 'dreigende uitlatingen', "
        "'presence': 'aanwezigheid bij ' ~ court.party, "
        "'damage': 'door ' ~ court.party ~ ' vastgestelde schade', 'violence': 'geweld'}[s.step] }} "
        + FIRST_TIME.format(kinds="s.described") + "{% endfor %}.")
    b.tag("{%p endif %}")
    b.tag("{%p if police_reports %}")
    b.p(f"{PC} legde klacht neer bij de politie:", keep=True)
    b.tag("{%p for r in police_reports %}")
    b.bullet("PV {{ r.number }} van {{ r.date }}{% if r.zone %} ({{ r.zone }}){% endif %}"
             "{% if r.pieces %} ({{ r.pieces }}){% endif %}"
             "{% if r.summary_hers %}: “{{ r.summary }}”{% elif r.summary %}: {{ r.summary }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if knowledge.notices %}")
    b.p("{{ court.other[:1]|upper }}{{ court.other[1:] }} werd gevraagd elk contact te stoppen:", keep=True)
    b.tag("{%p for n in knowledge.notices %}")
    b.bullet("op {{ n.date }} liet {{ n.who }} {{ respondent.role.object }}{% if n.channel %} "
             "{{ n.channel }}{% endif %} weten{% if n.text %}: “{{ n.text }}”{% else %} dat {{ respondent.role.subject }} "
             "elk contact moest stoppen{% endif %}{% if n.evidence %} ({{ n.evidence }}){% endif %}"
             "{{ '.' if loop.last else ';' }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    chart(b, "{{ court.other }} werd gevraagd")


def court_urgency(b: Builder, heading: str) -> None:
    """The urgency from computed facts: how many, the last one and how long ago, the trend."""
    b.h1(heading)
    # Dates, never 'N days before' the draft: the judge weighs urgency on the day of the hearing.
    b.p("Het dossier telt {{ urgency.count }} {{ 'feit' if urgency.count == 1 else 'feiten' }}; "
        "het laatste dateert van {{ urgency.last }}.")
    # Only a rising frequency argues urgency; a falling one is a risk the guide names.
    b.tag("{%p if urgency.trend and urgency.late > urgency.early %}")
    b.p("De frequentie is in de loop van de periode {{ urgency.trend }}: {{ urgency.early }} "
        "{{ 'feit' if urgency.early == 1 else 'feiten' }} in de eerste helft, {{ urgency.late }} in "
        "de tweede helft.")
    b.tag("{%p endif %}")
    b.tag("{%p if urgency.threats or urgency.violence or urgency.damage or urgency.presence %}")
    b.p("{% set said = [('dreigende uitlatingen in ' ~ urgency.threats) if urgency.threats else '',"
        " ('geweld in ' ~ urgency.violence) if urgency.violence else '',"
        " ('bij ' ~ urgency.damage ~ ' stelde ' ~ court.party ~ ' schade vast') if urgency.damage else '',"
        " (court.other ~ ' kwam naar ' ~ victim.role.object ~ ' toe of volgde ' ~ victim.role.object"
        " ~ ' in ' ~ urgency.presence) if urgency.presence else '']|select|join('; ') %}"
        "{% if urgency.escalation %}Na het eerste feit volgden: {{ said }}"
        "{% else %}{{ said[:1]|upper }}{{ said[1:] }}{% endif %}.")
    b.tag("{%p endif %}")
    b.tag("{%p if urgency.after_report_count %}")
    b.p("Na de klacht bij de politie van {{ urgency.report_date }} volgden nog "
        "{{ urgency.after_report_count }} {{ 'feit' if urgency.after_report_count == 1 else 'feiten' }} "
        "({{ urgency.after_report }}).")
    b.tag("{%p endif %}")
    b.tag("{%p if request.urgency %}")
    b.tag("{%p if request.urgency_hers %}")
    b.p(f"{PC} licht zelf toe:", keep=True)
    quoted_paragraphs(b, "request.urgency_paragraphs")
    b.tag("{%p else %}")
    b.tag("{%p for para in request.urgency_paragraphs %}")
    b.p("{{ para }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")


def quoted_paragraphs(b: Builder, paragraphs: str) -> None:
    """Her own words, paragraph by paragraph, inside one pair of quotation marks."""
    b.tag(f"{{%p for para in {paragraphs} %}}")
    b.p("{{ '\\u201c' if loop.first else '' }}{{ para }}{{ '\\u201d' if loop.last else '' }}", style="Quote")
    b.tag("{%p endfor %}")


def court_law(b: Builder) -> None:
    """The grounds: the elements of belaging, the civil basis, the weighing of interests."""
    b.h1("In rechte")
    b.h2("Bevoegdheid van de voorzitter")
    b.p("Krachtens {{ law.interim_relief }} doet de voorzitter van de rechtbank van eerste aanleg, "
        "in gevallen die hij spoedeisend acht, bij voorraad uitspraak. Een contactverbod gaat de "
        "rechtsmacht van de kortgedingrechter niet te buiten ({{ law.precedent_contact_ban }})."
        "{% if court.not_family %} De partijen waren noch gehuwd, noch wettelijk samenwonend"
        "{% if court.de_facto %}: zij woonden feitelijk samen{% endif %}, en zij hebben geen "
        "gemeenschappelijke kinderen.{% endif %}")
    b.h2("Belaging")
    b.p("Het misdrijf {{ phrase('stalking') }} veronderstelt gedragingen die de rust van een persoon "
        "ernstig verstoren, terwijl de dader wist of had moeten weten dat zijn gedrag dat gevolg zou "
        "hebben. De gedragingen vertonen een zekere herhaling, en de verstoring wordt objectief "
        "beoordeeld.")
    b.p("{% if pattern.count > 1 %}De gedragingen zijn herhaald: {% else %}Het dossier telt "
        "{% endif %}{{ phrase('pattern') }}, namelijk {{ pattern.described }}.")
    b.tag("{%p if urgency.threats or urgency.violence or urgency.damage or urgency.presence %}")
    b.p("De verstoring is objectief ernstig: "
        "{{ [('dreigende uitlatingen (' ~ urgency.threats ~ ')') if urgency.threats else '',"
        " ('geweld (' ~ urgency.violence ~ ')') if urgency.violence else '',"
        " ('door ' ~ court.party ~ ' vastgestelde schade (' ~ urgency.damage ~ ')') if urgency.damage else '',"
        " ('aanwezigheid bij of het volgen van ' ~ court.party ~ ' (' ~ urgency.presence ~ ')')"
        " if urgency.presence else '']|select|join(', ') }}.")
    b.tag("{%p endif %}")
    b.tag("{%p if court.harm %}")
    # Her own words from the case file: no filed complaint is claimed to hold them.
    b.p(f"{PC} beschrijft de gevolgen zelf:", keep=True)
    quoted_paragraphs(b, "court.harm")
    b.tag("{%p endif %}")
    b.tag("{%p if knowledge.notices %}")
    # The element in the statute's words (art. 442bis): he knew or should have known.
    b.p("{{ court.other[:1]|upper }}{{ court.other[1:] }} wist of had moeten weten dat "
        "{{ respondent.role.subject }} door {{ respondent.role.possessive }} gedrag de rust van " + P +
        " ernstig zou verstoren: "
        "{% set n = knowledge.notices[0] %}op {{ n.date }} liet {{ n.who }} "
        "{{ respondent.role.object }}{% if n.channel %} {{ n.channel }}{% endif %} weten"
        "{% if n.text %}: “{{ n.text }}”{% else %} dat {{ respondent.role.subject }} elk contact moest stoppen{% endif %}"
        "{% if n.evidence %} ({{ n.evidence }}){% endif %}."
        "{% if knowledge.notices|length > 1 %} Daarna werd het {{ knowledge.notices|length - 1 }} "
        "keer herhaald (zie de feiten hierboven).{% endif %}"
        "{% if knowledge.after_count %} Na {{ knowledge.first }} volgden nog {{ knowledge.after_count }} "
        "{{ 'feit' if knowledge.after_count == 1 else 'feiten' }} ({{ knowledge.after }}).{% else %} "
        "Het dossier vermeldt geen feit na die datum.{% endif %}")
    b.tag("{%p else %}")
    b.p("{{ court.other[:1]|upper }}{{ court.other[1:] }} had moeten weten dat {{ respondent.role.subject }} door "
        "{{ respondent.role.possessive }} gedrag de rust van " + P + " ernstig zou verstoren: {{ phrase('pattern') }}"
        "{% if urgency.threats %}, waaronder dreigende uitlatingen ({{ urgency.threats }}){% endif %}.")
    b.tag("{%p endif %}")
    b.h2("Burgerlijke grondslag")
    b.p("Ook los van de strafrechtelijke kwalificatie is dit gedrag een fout die "
        "{{ court.other }} aansprakelijk maakt ("
        "{% if court.civil_new %}{{ law.civil_fault }}{% endif %}"
        "{% if court.civil_new and court.civil_old %}; {% endif %}"
        "{% if court.civil_old %}{{ law.civil_fault_old }} voor de feiten vóór 1 januari 2025{% endif %}"
        "), en een inbreuk op het recht van " + P + " op eerbiediging van "
        "{{ victim.role.possessive }} privéleven ({{ law.private_life_constitution }} en "
        "{{ law.private_life }}). De voorzitter kan bij voorraad bevelen dat die fout ophoudt.")
    b.h2("Afweging van belangen")
    b.p("De gevraagde verboden gaan niet verder dan nodig is om de feiten te doen ophouden."
        "{% if request.contact_ban %} Het contactverbod laat contact via advocaten en "
        "gerechtsdeurwaarders en de aanwezigheid op terechtzittingen toe.{% endif %}"
        "{% if request.place_list %} Het straatverbod geldt enkel rond "
        "{{ 'de plaats' if request.place_list|length == 1 else 'de ' ~ request.place_list|length "
        "~ ' plaatsen' }} die het dispositief met adres noemt, zodat {{ court.other }} precies weet "
        "waar {{ respondent.role.subject }} niet mag komen.{% endif %}"
        "{% if request.around_person %} Bij een toevallige ontmoeting moet {{ respondent.role.subject }} zich enkel "
        "onmiddellijk verwijderen.{% endif %}"
        " {{ respondent.role.possessive|capitalize }} vrijheid van komen en gaan wordt dus enkel beperkt waar zij de rust van " + P +
        " raakt; daartegenover staan {{ phrase('pattern') }}. De dwangsom is per inbreuk bepaald"
        "{% if request.penalty_max %} en in totaal begrensd tot {{ request.penalty_max }}{% endif %}.")
    b.h2("Dwangsom")
    b.p("Om de naleving van de verboden te verzekeren, vordert " + P + " een dwangsom "
        "({{ law.penalty }}). Een dwangsom kan niet worden verbeurd vóór de betekening van de "
        "beschikking waarbij zij is vastgesteld.")


def claim_object(b: Builder, verb: str) -> None:
    """What is asked, in one sentence, under 'Voorwerp'."""
    b.p(f"{PC} {verb} dat {{{{ court.other }}}} bij voorraad verboden wordt "
        "{% set bans = [('contact op te nemen met ' ~ victim.role.object) if request.contact_ban else '',"
        " ('zich binnen ' ~ request.distance ~ ' meter te begeven van ' ~ request.places)"
        " if request.place_list else '',"
        " ('zich opzettelijk binnen ' ~ request.distance ~ ' meter van ' ~ victim.role.object"
        " ~ ' te begeven of op te houden')"
        " if request.around_person else '']|select|list %}"
        "{{ bans[:-1]|join(', ') }}{{ ' en ' if bans|length > 1 else '' }}{{ bans[-1] }}"
        ", onder verbeurte van een dwangsom van {{ request.penalty }} per inbreuk"
        "{% if request.penalty_max %} met een maximum van {{ request.penalty_max }} in totaal{% endif %}, "
        "op grond van de feiten en middelen hierna.")


def claims(b: Builder, petition: bool) -> None:
    """The dispositief: bans he can know and obey, the usual exceptions, the dwangsom with
    its cap, no needless request for provisional enforcement, the costs as the law allows."""
    b.h1("Om deze redenen")
    if petition:
        b.p(f"{PC} verzoekt de voorzitter, rechtsprekend op eenzijdig verzoekschrift, het verzoek "
            "ontvankelijk en gegrond te verklaren en bij voorraad:")
    else:
        b.p(f"{PC} verzoekt de voorzitter, zitting houdend in kort geding, de vordering "
            "ontvankelijk en gegrond te verklaren en bij voorraad:")
    b.tag("{%p if request.contact_ban %}")
    b.numbered("{{ court.other }} te verbieden om op welke wijze ook, rechtstreeks of via derden, "
               f"contact op te nemen met {P}, met inbegrip van telefoon, sms, berichtendiensten, "
               "e-mail en sociale media (ook via nieuwe of andere nummers, accounts of adressen, en "
               f"ook door berichten of reacties gericht aan {P} op accounts van derden), brieven en "
               "geschenken, met uitzondering van contact via hun "
               "advocaten of gerechtsdeurwaarders en van de aanwezigheid op terechtzittingen in "
               "zaken tussen hen;")
    b.tag("{%p endif %}")
    b.tag("{%p if request.place_list %}")
    b.numbered("{{ court.other }} te verbieden zich te begeven binnen een straal van "
               "{{ request.distance }} meter rond:", keep=True)
    b.tag("{%p for place in request.place_list %}")
    b.bullet("{{ place }}{% if place in request.care_places %} (behoudens wanneer "
             "{{ court.other }} er zelf dringende medische zorg nodig heeft){% endif %}"
             "{{ ';' if loop.last else ',' }}", level=2)
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.tag("{%p if request.around_person %}")
    # He can obey only what he can see: no deliberate approach, and leave once he notices her.
    b.numbered("{{ court.other }} te verbieden zich opzettelijk binnen {{ request.distance }} meter van "
               f"{P} te begeven of op te houden, en {{{{ respondent.role.object }}}} te bevelen zich, "
               f"zodra {{{{ respondent.role.subject }}}} {P} opmerkt, onmiddellijk tot op ten minste "
               f"{{{{ request.distance }}}} meter van {{{{ victim.role.object }}}} te verwijderen, "
               "behoudens de aanwezigheid op terechtzittingen in zaken tussen hen;")
    b.tag("{%p endif %}")
    b.numbered(f"{{{{ court.other }}}} te veroordelen om aan {P} een dwangsom te betalen van "
               "{{ request.penalty }} per inbreuk op elk van deze verboden"
               "{% if request.penalty_max %}, met een maximum van {{ request.penalty_max }} in totaal{% endif %}"
               ", te verbeuren na de betekening van de beschikking;")
    b.numbered("te zeggen dat de beschikking ten uitvoer kan worden gelegd zonder borgstelling of "
               "kantonnement" + (";" if not petition else "."))
    if not petition:
        b.numbered(f"{{{{ court.other }}}} te veroordelen tot de kosten van het geding "
                   f"({{{{ law.costs }}}}), aan de zijde van {P} begroot op:", keep=True)
        b.bullet(f"kosten van de dagvaarding: € {SHORT_BLANK};", level=2)
        b.bullet(f"rolrecht: € {SHORT_BLANK};", level=2)
        b.bullet(f"rechtsplegingsvergoeding ({{{{ law.procedural_indemnity }}}}): € {SHORT_BLANK};", level=2)
        b.bullet("bijdrage aan het begrotingsfonds voor de juridische tweedelijnsbijstand "
                 f"({{{{ law.budget_fund }}}}): € {SHORT_BLANK}.", level=2)


def summons() -> Builder:
    b = Builder("Dagvaarding in kort geding")
    b.header("ONTWERP — {{ reference }}")
    b.title("DAGVAARDING IN KORT GEDING")
    b.p(f"In het jaar {BLANK}, op {BLANK} (dag en maand),")
    b.h1("Op verzoek van")
    b.p("{{ phrase('victim_identity') }},")
    b.p(("{{ victim.role.plaintiff }},", "b"))
    b.tag("{%p if lawyer %}")
    b.p("met als raadsman {{ lawyer.name }}, advocaat aan de balie te {{ lawyer.bar }}, met kantoor te "
        "{{ lawyer.address }},")
    b.tag("{%p endif %}")
    b.p(f"heb ik, ondergetekende, {BLANK} (naam), gerechtsdeurwaarder met kantoor te {BLANK} "
        "(adres van het kantoor),")
    b.h1("Gedagvaard")
    b.p("{{ phrase('respondent_identity') }},")
    b.p(("{{ respondent.role.defendant }},", "b"))
    b.p(f"om te verschijnen op {{{{ hearing.day or '{SHORT_BLANK}' }}}} om "
        f"{{{{ hearing.hour or '{SHORT_BLANK}' }}}} uur voor de voorzitter van de "
        "{{ request.court }}, zitting houdend in kort geding, "
        "{% if hearing.place %}in {{ hearing.place }}"
        "{% elif court.building %}in het gerechtsgebouw, {{ court.building }}, zittingzaal "
        f"{SHORT_BLANK}{{% else %}}in het gerechtsgebouw te {BLANK} (adres van het gerechtsgebouw, "
        f"in te vullen), zittingzaal {SHORT_BLANK}{{% endif %}} ({{{{ law.hearing_place }}}}).")
    b.h1("Voorwerp van de vordering")
    claim_object(b, "vordert")
    court_facts(b)
    court_urgency(b, "Spoedeisendheid")
    court_law(b)
    claims(b, petition=False)
    b.p("Onder voorbehoud van alle rechten en zonder nadelige erkentenis.")
    b.h1("Stukken")
    b.p("De {{ evidence|length }} stukken en het logboek ({{ court.logbook_piece }}) staan op de "
        "inventaris van stukken die bij deze dagvaarding wordt gevoegd.")
    b.p("")
    b.p("Voor {{ victim.role.plaintiff }}, {{ victim.role.possessive }} raadsman,")
    b.tag("{%p if lawyer %}")
    b.p("{{ lawyer.name }}")
    b.tag("{%p endif %}")
    b.h1("Betekening")
    b.p(f"Betekend te {BLANK} (plaats van betekening),", "\n",
        f"het afschrift afgegeven aan {BLANK} (aan de persoon van "
        "{{ respondent.role.defendant }}, of aan wie het werd gelaten, met diens hoedanigheid).", "\n",
        f"Kosten van dit exploot: € {SHORT_BLANK}", "\n", "\n",
        f"De gerechtsdeurwaarder (handtekening): {BLANK}", keep=True)
    b.footer("{{ reference }} — Dagvaarding in kort geding (ontwerp)")
    return b


def necessity(b: Builder) -> None:
    """Why a summons, even at very short notice, would not do: argued only from the facts
    of the case that support it (violence, a recent approach, recent threats, facts after
    he was told to stop); without them, a blank for the lawyer, and the guide warns."""
    b.tag("{%p set grounds = ["
          "(court.other ~ ' gebruikte geweld (' ~ necessity.violence ~ ')') if necessity.violence else '',"
          "('op ' ~ necessity.approach_date ~ ' kwam ' ~ respondent.role.subject ~ ' nog naar '"
          " ~ victim.role.object ~ ' toe of volgde ' ~ respondent.role.subject ~ ' ' ~ victim.role.object"
          " ~ ' (' ~ necessity.approach ~ ')') if necessity.approach else '',"
          "('op ' ~ necessity.threat_dates ~ ' deed ' ~ respondent.role.subject ~ ' nog '"
          " ~ ('een dreigende uitlating' if necessity.threat_count == 1 else 'dreigende uitlatingen')"
          " ~ ' (' ~ necessity.threats ~ ')') if necessity.threats else '',"
          "('nadat ' ~ respondent.role.subject ~ ' op ' ~ knowledge.first ~ ' gevraagd werd elk contact"
          " te stoppen, volgden nog ' ~ knowledge.after_count ~ (' feit' if knowledge.after_count == 1"
          " else ' feiten') ~ ' (' ~ knowledge.after ~ ')') if knowledge.notices and knowledge.after_count"
          " else '']|select|list %}")
    b.tag("{%p if grounds %}")
    b.p("Een dagvaarding in kort geding, ook met verkorte termijn, moet aan {{ court.other }} "
        "worden betekend voordat de voorzitter beslist, en brengt {{ respondent.role.object }} zo "
        "van de procedure op de hoogte. Gelet op de volgende feiten kan van " + P + " niet worden "
        "gevergd dat {{ victim.role.subject }} die tijd zonder bescherming doorbrengt:", keep=True)
    b.tag("{%p for ground in grounds %}")
    b.bullet("{{ ground }}{{ '.' if loop.last else ';' }}")
    b.tag("{%p endfor %}")
    b.p("Daarom wordt de zaak bij eenzijdig verzoekschrift ingeleid ({{ law.ex_parte_basis }}).")
    b.tag("{%p else %}")
    b.p(f"{BLANK} (door de advocaat aan te vullen: de feiten waaruit de volstrekte "
        "noodzakelijkheid blijkt; zie de gids).")
    b.tag("{%p endif %}")


def petition() -> Builder:
    b = Builder("Eenzijdig verzoekschrift")
    b.header("ONTWERP — {{ reference }}")
    b.title("EENZIJDIG VERZOEKSCHRIFT")
    b.p("({{ law.petition_basis }})")
    b.p("Aan de voorzitter van de {{ request.court }}, rechtsprekend op eenzijdig verzoekschrift",
        align="right")
    b.h1("Verzoekt eerbiedig")
    b.p("{{ phrase('victim_identity') }},")
    b.p(("{{ victim.role.petitioner }},", "b"))
    b.p("met als raadsman {{ lawyer.name }}, advocaat aan de balie te {{ lawyer.bar }}, met kantoor te "
        "{{ lawyer.address }}, die dit verzoekschrift ondertekent en neerlegt "
        "({{ law.petition_lawyer }}).")
    b.h1("Tegen wie de maatregel wordt gevraagd")
    b.p("{{ phrase('respondent_identity') }}.")
    b.h1("Voorwerp van het verzoek")
    claim_object(b, "verzoekt")
    court_facts(b)
    court_urgency(b, "Volstrekte noodzakelijkheid")
    necessity(b)
    court_law(b)
    claims(b, petition=True)
    # Remedies are no required mention of a petition, and the petitioner's own appeal has
    # no confirmed source: the guide names them for the lawyer instead.
    b.p(f"{PC} legt alle stukken voor waarop dit verzoek steunt.")
    b.p("")
    b.p(f"Gedaan te {BLANK} op {BLANK}.")
    b.p("Voor {{ victim.role.petitioner }}, {{ victim.role.possessive }} raadsman,", "\n", "\n",
        "{{ lawyer.name }}, advocaat", "\n",
        ("Handtekening van de advocaat ({{ law.petition_signature }})", "i"), keep=True)
    b.p("Bijlagen: de inventaris van stukken, de {{ evidence|length }} stukken en het logboek "
        "({{ court.logbook_piece }}).")
    b.footer("{{ reference }} — Eenzijdig verzoekschrift (ontwerp)")
    return b


def witness_statement() -> Builder:
    """The witness speaks and signs (art. 961/2 Ger.W.): nothing on it is typed by the victim.
    The moments give dates, hours and a neutral place, never her account or her `location`;
    the witness writes the relation to each party."""
    b = Builder("Schriftelijke getuigenverklaring")
    b.title("SCHRIFTELIJKE GETUIGENVERKLARING")
    b.p("({{ law.witness_statement }})")
    b.box("Lees dit eerst. Schrijf uw verklaring bij voorkeur volledig met de hand, in uw eigen "
          "woorden. Vertel alleen wat u zelf hebt gezien of gehoord, met de datum, het uur en de "
          "plaats. Dateer en onderteken de verklaring en voeg een kopie (voor- en achterzijde) toe "
          "van uw identiteitskaart of een ander officieel identiteitsdocument waarop uw handtekening "
          "staat. De verklaring gaat naar de rechtbank; ook de andere partij leest ze, met uw "
          "woonplaats. U bent niet verplicht ze te schrijven; de rechter kan u ook oproepen om "
          "gehoord te worden."
          "{% if moments %} Het dossier vermeldt u als getuige op {{ moments|map(attribute='when')|join('; ') }}: "
          "schrijf alleen wat u zelf zag of hoorde, ook als het anders was.{% endif %}")
    b.p("In de zaak van {{ victim.name }} tegen {{ respondent.name }}.")
    b.h1("Ondergetekende")
    b.fields([
        ("Naam", "{{ witness.last_name }}"),
        ("Voornamen", "{{ witness.first_name }}"),
        ("Geboortedatum", f"{{{{ witness.birth_date or '{SHORT_BLANK}' }}}}"),
        ("Geboorteplaats", f"{{{{ witness.birth_place or '{SHORT_BLANK}' }}}}"),
        ("Woonplaats", f"{{{{ witness.address or '{SHORT_BLANK}' }}}}"),
        ("Beroep", f"{{{{ witness.profession or '{SHORT_BLANK}' }}}}"),
    ])
    b.h1("Band met de partijen")
    b.p(("Schrijf hoe u elke partij kent, en of u familie bent of aangetrouwd (in welke "
         "graad), ondergeschikt bent (bijvoorbeeld als werknemer), samenwerkt of gemeenschappelijke "
         "belangen hebt. Is er geen band, schrijf dan: geen.", "i"))
    b.tag("{%p for party in parties %}")
    b.ruled(2, "Met {{ party.name }}{% if party.role %} ({{ party.role }}){% endif %}:")
    b.tag("{%p endfor %}")
    b.h1("Mijn verklaring")
    b.p("Ik verklaar het volgende over feiten waarbij ik zelf aanwezig was of die ik zelf heb "
        "vastgesteld.")
    b.ruled(WITNESS_LINES)
    b.p(("Meer plaats nodig? Schrijf verder op een apart blad, dat u ook dateert en ondertekent.", "i"))
    b.h1("Slotverklaring")
    b.ruled(3, ("Deze verklaring is opgesteld voor overlegging aan de rechtbank. Ik weet dat ik mij "
                "door een valse verklaring aan straffen blootstel.", "b"), "\n",
            ("Schrijf deze zin hieronder zelf over:", "i"))
    b.p("")
    b.p(f"Opgemaakt te {BLANK} op {BLANK}.", "\n", "Handtekening:", "\n", "\n", "\n", keep=True)
    b.p("Bijlage: kopie van mijn identiteitsdocument, met mijn handtekening.")
    b.footer("{{ reference }} — Getuigenverklaring {{ witness.first_name }} {{ witness.last_name }}")
    return b


WITNESS_LINES = 22  # the witness's writing space: one page at most, kept on one page


def evidence_index() -> Builder:
    b = Builder("Inventaris van stukken")
    b.header("{{ reference }}")
    b.title("INVENTARIS VAN STUKKEN")
    b.p("In de zaak van {{ victim.name }} tegen {{ respondent.name }} — {{ date }}")
    b.loop_table(
        ["Stuk", "Datum", "Soort", "Omschrijving", "Bestand en SHA-256"],
        ["{{ e.number }}", "{{ e.date }}", "{{ e.kind }}", "{{ e.description }}",
         "{{ e.file }}\n{{ e.sha256 }}"],
        "e in evidence",
        [11, 21, 25, 46, 57],
        last=["{{ logbook_piece }}", "{{ date }}", "logboek",
              "Logboek van {{ victim.name }}: {{ phrase('pattern') }}",
              "het document Logboek van deze bundel"],
    )
    b.p("")
    b.p(("Wie een kopie van een bestand ontvangt, kan met het programma sha256sum nagaan dat het "
         "niet gewijzigd is: de vingerafdruk moet gelijk zijn aan die in deze inventaris.", "i"))
    b.footer("{{ reference }} — Inventaris van stukken")
    return b


def logbook() -> Builder:
    b = Builder("Logboek")
    b.header("{{ reference }}")
    b.title("LOGBOEK")
    b.p("Chronologisch overzicht van de feiten, bijgehouden door {{ victim.name }}.")
    b.p("{{ phrase('pattern')|capitalize }}, via {{ pattern.channels }}.")
    b.tag("{%p for i in incidents %}")
    b.h2("Feit {{ i.number }} — {{ i.when }}")
    b.fields([("Plaats", "{{ i.place }}"), ("Aard", "{{ i.kinds }}")], label_width=30)
    # her text reflowed: a line break typed in the case is a space, an empty line a paragraph
    b.tag("{%p for para in i.own_paragraphs %}")
    b.p("{{ para }}", style="Quote")
    b.tag("{%p endfor %}")
    b.tag("{%p for m in i.messages %}")
    b.p("“{{ m.text }}”{% if m.kind %} [{{ m.kind }}]{% endif %} ({{ m.cite }})", style="Quote")
    b.tag("{%p endfor %}")
    b.p(("Getuigen: {{ i.witnesses or 'geen' }}. Stukken: {{ i.evidence or 'geen' }}. "
         "Proces-verbaal: {{ i.police_report or 'geen' }}.", "i"))
    b.tag("{%p endfor %}")
    b.footer("{{ reference }} — Logboek")
    return b


def boundary_letter() -> Builder:
    """Say it once: a short stop message, a letter, the registered letter's proof, and, with
    a lawyer, the ingebrekestelling (issue 13). Calm, no emotion, no negotiation, and never
    her address: he reads it."""
    b = Builder("Stopbericht")
    b.header("{{ reference }}")
    b.title("STOPBERICHT")
    b.box("Zeg het één keer, duidelijk, en reageer daarna niet meer, ook niet als hij antwoordt, "
          "boos wordt of belooft te stoppen. Het bericht is ook het bewijs dat hij wist dat u geen "
          "contact wilt. Kies één vorm hieronder; de brieven vermelden uw adres niet.")
    b.h1("1. Kort bericht (sms, WhatsApp, e-mail)")
    b.p(("{{ boundary.short }}", "b"))
    b.p(("{{ boundary.short|length }} tekens. Stuur het één keer. Maak daarna een schermafbeelding "
         "van het verzonden bericht, met de datum en het uur, en bewaar die.", "i"))
    b.h1("2. Brief")
    b.p(f"{BLANK}, {BLANK} (plaats en datum)", align="right")
    b.p("Aan {{ respondent.name }}{% if respondent.address %}, {{ respondent.address }}{% endif %}")
    b.p(("Betreft: geen contact meer", "b"))
    b.p("{{ boundary.salutation }},")
    b.p("{{ boundary.letter }}")
    b.p("")
    b.p("{{ victim.name }}", "\n", "\n", f"Handtekening: {BLANK}", keep=True)
    b.h1("3. Aangetekend versturen")
    b.bullet("Verstuur de brief aangetekend, met ontvangstbewijs, bij een postkantoor of postpunt.")
    b.bullet("{% if boundary.sender %}Als afzender op de omslag: {{ boundary.sender }}. Nooit uw eigen "
             "adres.{% else %}Als afzender op de omslag: uw naam en adres.{% endif %}")
    b.bullet("Bewaar een kopie van de brief, het bewijs van afgifte en het ontvangstbewijs: samen "
             "bewijzen ze wat hij kreeg en wanneer.")
    b.tag("{%p if lawyer %}")
    b.h1("4. Ingebrekestelling door uw advocaat")
    b.p(("Uw advocaat kan het ook voor u zeggen; dan gaat elk antwoord naar het kantoor, niet naar "
         "u. Een ontwerp:", "i"), keep=True)
    b.p("{{ boundary.formal_salutation }},")
    b.p("Mijn {{ victim.role.client }}, {{ victim.name }}, vraagt mij u het volgende mee te delen. "
        "{{ victim.role.subject|capitalize }} "
        "wenst geen enkel contact meer met u, op welke wijze ook, rechtstreeks of via anderen: geen "
        "oproepen, berichten, e-mails, berichten op sociale media, brieven of geschenken, en geen "
        "bezoek aan {{ victim.role.possessive }} woning, {{ victim.role.possessive }} werk of andere "
        "plaatsen waar {{ victim.role.subject }} is. Ik stel u in gebreke dit "
        "te eerbiedigen. Elk verder contact zal aan de politie worden gemeld en aan de rechter "
        "worden voorgelegd, die zal worden gevraagd het u op straffe van een dwangsom te verbieden. "
        "Voor alles wat deze zaak betreft, richt u zich uitsluitend tot mij.")
    b.p("{{ lawyer.name }}, advocaat, {{ lawyer.address }}", "\n", f"Handtekening: {BLANK}", keep=True)
    b.tag("{%p endif %}")
    b.h1("Daarna")
    b.p("Noteer in uw dossier wanneer en hoe hij het kreeg, met het bewijs (filings notice add): "
        "elk feit daarna telt in de klacht en bij de rechter als een feit terwijl hij wist dat u "
        "geen contact wilde.")
    b.footer("{{ reference }} — Stopbericht")
    return b


def circle_letter() -> Builder:
    """A letter for her circle: what not to pass on, what to do when he asks, whom to call,
    and that they may be asked for a statement. Never her address (issue 13)."""
    b = Builder("Brief aan mijn omgeving")
    b.header("{{ reference }}")
    b.title("BRIEF AAN MIJN OMGEVING")
    b.box("Geef of stuur deze brief aan wie u vertrouwt: familie, vrienden, collega's, uw werkgever "
          "of school. Elke brief staat op een eigen pagina{% if circle.members %}, met de naam "
          "van wie hem krijgt{% endif %}. Uw adres staat er niet in.")
    b.tag("{%p for m in circle.letters %}")
    b.p(("{{ m.greeting }},", "b"), new_page=True, keep=True)
    b.p("{% if m.formal %}Ik wil u om hulp vragen.{% else %}Ik wil je om hulp vragen.{% endif %} "
        "Sinds {{ circle.since }} word ik lastiggevallen door {{ circle.who }}."
        "{% if circle.told %} Ik heb {{ respondent.role.object }} gezegd dat ik geen contact meer wil"
        "{% if circle.reported %} en ik heb klacht ingediend bij de politie{% endif %}."
        "{% elif circle.reported %} Ik heb klacht ingediend bij de politie.{% endif %}")
    b.tag("{%p if circle.description %}")
    b.p("Zo {% if m.formal %}herkent u{% else %}herken je{% endif %} {{ respondent.role.object }}: "
        "{{ circle.description }}.")
    b.tag("{%p endif %}")
    b.p("{% if m.formal %}Wilt u{% else %}Wil je{% endif %}:", keep=True)
    b.bullet("niets over mij doorgeven aan {{ respondent.role.object }} of aan wie {{ respondent.role.object }} "
             "kent: niet waar ik woon of werk, geen telefoonnummer, geen uren of plannen, geen foto's; "
             "ook niet als {{ respondent.role.subject }} vriendelijk of bezorgd klinkt;")
    b.bullet("geen foto's of berichten over mij of over waar ik ben op sociale media zetten;")
    b.bullet("als {{ respondent.role.subject }} contact {% if m.formal %}met u{% else %}met je{% endif %} "
             "opneemt of naar mij vraagt: niets over mij zeggen, de datum, het uur en wat "
             "{{ respondent.role.subject }} zei of schreef noteren, berichten bewaren (een "
             "schermafbeelding) en het mij laten weten;")
    b.bullet("bij gevaar 112 bellen, of de politie op 101.")
    b.p("Misschien vraag ik {% if m.formal %}u{% else %}je{% endif %} later om op te schrijven wat "
        "{% if m.formal %}u{% else %}je{% endif %} zelf zag of hoorde, in een getuigenverklaring "
        "voor de rechtbank.")
    b.p("Dank {% if m.formal %}u{% else %}je{% endif %}.", "\n", "\n", "{{ victim.name if m.formal else victim.first_name }}", keep=True)
    b.tag("{%p endfor %}")
    b.footer("{{ reference }} — Brief aan mijn omgeving")
    return b


def guide() -> Builder:
    b = Builder("Gids bij de documenten")
    b.title("WAT NU? GIDS BIJ DE DOCUMENTEN")
    b.p("Voor {{ victim.first_name }} en wie {{ victim.role.object }} helpt — {{ reference }} — {{ date }}")
    b.box("Alles in deze map is een ontwerp. Lees elk document na voor u het ondertekent; een "
          "advocaat of gerechtsdeurwaarder controleert de stukken voor de rechtbank.")
    # Help first: someone in danger should not have to read to the last page (§5).
    b.h1("Hulp")
    for number, text in HELPLINES:
        b.bullet((number, "b"), f": {text}")
    b.h1("De documenten")
    b.tag("{%p for d in documents %}")
    b.h2("{{ d.title }}")
    b.fields([
        ("Bestand", "{{ d.file }}"),
        ("Waarvoor", "{{ d.purpose }}"),
        ("Wie ondertekent", "{{ d.signer }}"),
        ("Waar naartoe", "{{ d.destination }}"),
    ], label_width=35)
    b.tag("{%p endfor %}")
    b.tag("{%p if pattern.chart %}")
    b.h1("Het patroon van de feiten")
    b.p("Deze grafiek staat ook in de klacht{% if attention.request %} en in "
        "{{ 'het verzoekschrift' if attention.ex_parte else 'de dagvaarding' }}{% endif %}. Ze toont "
        "enkel data, aantallen en soorten van feiten, niets van wat u zelf beschreef. In de bundel staat "
        "ze ook als afzonderlijk bestand: {{ chart_file }}.", keep=True)
    b.tag("{%p endif %}")
    chart(b, "hem werd gevraagd")
    b.tag("{%p if attention.to_prosecutor %}")
    b.h1("Uw klacht aan het parket")
    b.bullet("Onderteken de klacht{% if attention.declaration %} en de verklaring van benadeelde "
             "persoon{% endif %} zelf; er is geen verhoor.")
    b.bullet("Stuur ze aangetekend naar het parket, met kopieën van de stukken; bewaar de originelen "
             "en het bewijs van verzending.")
    b.bullet("{% if victim.confidential %}Steek het blad met uw contactgegevens in een aparte, gesloten "
             "omslag met 'VERTROUWELIJK – COL 03/2023'.{% else %}Vermeld uw adres en telefoonnummer, "
             "zodat het parket u kan bereiken.{% endif %}")
    b.p("Meld een nieuw feit meteen: camerabeelden worden vaak maar kort bewaard.")
    b.tag("{%p else %}")
    b.h1("Wat u meeneemt naar de politie")
    b.bullet("uw identiteitskaart;")
    b.bullet("de klacht en, als uw adres vertrouwelijk is, het blad met uw contactgegevens;")
    b.bullet("de stukken: de originelen en een kopie van de bestanden (bijvoorbeeld op een USB-stick);")
    b.bullet("uw gsm met de berichten, oproepen en foto's;")
    b.bullet("de namen van de getuigen.")
    b.p("Vraag een kopie van uw verklaring en het attest van klachtneerlegging, met het nummer van "
        "het proces-verbaal. Leg bij elk nieuw feit opnieuw klacht neer en voeg het nummer toe aan "
        "uw logboek. Meld een nieuw feit meteen: camerabeelden worden vaak maar kort bewaard.")
    b.tag("{%p endif %}")
    b.h1("Goed om te weten")
    b.bullet("Belaging is sinds de {{ law.no_complaint_offence }} geen klachtmisdrijf meer: het parket "
             "kan vervolgen, ook als u uw klacht intrekt.")
    b.bullet("De bijstand van een advocaat kan gratis of goedkoper zijn, naargelang uw inkomen "
             "(juridische tweedelijnsbijstand, pro deo): vraag het aan bij het bureau voor juridische "
             "bijstand van de balie. Kijk ook na of een van uw verzekeringen rechtsbijstand dekt.")
    b.bullet("Slachtofferonthaal: justitieassistenten bij het parket en het justitiehuis helpen u met "
             "de procedure en met informatie over uw dossier.")
    b.bullet("Uw veiligheid: bel bij gevaar 112 of 101. Antwoord niet meer op zijn berichten, maar "
             "bewaar ze. Vertel mensen om u heen wat er gebeurt en vraag hen niets over u door te "
             "geven. Varieer uw routes en uren als hij u opwacht. Laat uw gsm en uw accounts nakijken "
             "op toegang of apps die u niet kent.")
    b.tag("{%p if attention.request %}")
    b.bullet("Overtreedt hij een verbod van de rechter: noteer het meteen in uw logboek (datum, uur, "
             "wat er gebeurde, bewijs), leg opnieuw klacht neer bij de politie en zeg dat er een "
             "beschikking is. Geef uw advocaat het nummer van het proces-verbaal: een "
             "gerechtsdeurwaarder kan de dwangsommen invorderen.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.witnesses %}")
    b.bullet("Een schriftelijke getuigenverklaring gaat naar de rechtbank en naar de tegenpartij: de "
             "naam en het adres van de getuige komen zo bij hem terecht. Zeg het de getuige voor die "
             "tekent.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.confidential_address or attention.family_court or attention.request "
          "or offences.after_new_code %}")
    b.h1("Aandachtspunten voor de advocaat")
    b.tag("{%p if attention.confidential_address %}")
    b.bullet("Het adres van het slachtoffer is vertrouwelijk. De dagvaarding of het verzoekschrift "
             "laat haar woonplaats open en vermeldt de gekozen woonplaats ({{ law.elected_domicile }}). "
             "Volgens {{ law.plaintiff_domicile }} vermeldt de dagvaarding op straffe van nietigheid de "
             "woonplaats van de eiser, en volgens {{ law.petition_mentions }} het verzoekschrift die van "
             "de verzoeker: dat is het adres in het "
             "bevolkingsregister ({{ law.register_domicile }}). Geen gevonden bron laat toe ze weg te "
             "laten of bevestigt dat de woonplaatskeuze volstaat; of een verzuim de akte nietig maakt "
             "({{ law.nullity }}), is niet bevestigd. Beslis vóór de betekening of de neerlegging wat u "
             "invult of hoe u het verantwoordt. filings drukt het adres niet af.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.family_court %}")
    b.bullet("{{ attention.family_reason|capitalize }}: ga na of de familierechtbank bevoegd is in "
             "plaats van de voorzitter van de rechtbank van eerste aanleg. filings beslist dit niet.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.confidential_address and attention.request %}")
    b.bullet("Het straatverbod noemt enkel plaatsen met een adres dat in de stukken staat, en de "
             "afstand tot het slachtoffer zelf: een verbod rond een adres dat de stukken niet "
             "vermelden, kan hij niet kennen en dus niet naleven. Wilt u toch een verbod rond de "
             "woning, dan moet het adres in de dagvaarding of het verzoekschrift staan: kies tussen "
             "dat verbod en het geheimhouden van het adres.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.summons %}")
    b.bullet("De dagvaarding is een ontwerp voor de gerechtsdeurwaarder en de advocaat: het exploot "
             "wordt opgesteld, ondertekend en betekend door een gerechtsdeurwaarder. De vermeldingen "
             "van {{ law.summons_mentions }} en {{ law.bailiff_mentions }} zijn voorgeschreven op "
             "straffe van nietigheid; de open lijnen vult de gerechtsdeurwaarder in, net als de "
             "bedragen van de kosten en het rolrecht.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request %}")
    b.bullet("Vóór de betekening of de neerlegging: vul de open lijnen in en schrap de aanwijzingen "
             "tussen haakjes ('door de advocaat in te vullen …', 'zie de gids') en de vermelding "
             "'ONTWERP' in de kop- en voettekst.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.gap %}")
    b.bullet("Tussen {{ attention.gap.before }} en {{ attention.gap.after }} liggen "
             "{{ attention.gap.days }} zonder feiten: een rechter kan vragen waarom, en of de zaak "
             "nog spoedeisend is. Vraag het aan het slachtoffer en licht het toe.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request and attention.harm %}")
    b.bullet("De gevolgen die het slachtoffer beschrijft, staan in de stukken als haar eigen woorden. "
             "Voeg er bewijs van toe (een medisch attest, een attest van ziekteverlof, facturen of "
             "offertes) als u ze wilt laten gelden.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request and attention.witnesses %}")
    b.bullet("Voeg de ondertekende getuigenverklaringen als stukken toe aan de inventaris: een feit "
             "dat enkel op een getuige rust, steunt anders op niets dat de rechter kan lezen.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request %}")
    b.bullet("Bevoegde afdeling: gewoonlijk die van de woonplaats van de verweerder of van de plaats "
             "waar de feiten gebeurden ({{ law.territorial_competence }}; geen gevonden bron bevestigt "
             "het). Controleer het vóór u de rechtbank kiest.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.weak_necessity %}")
    b.bullet("Volstrekte noodzakelijkheid: het dossier vermeldt geen geweld, en "
             "{% if attention.last_approach %}{{ respondent.role.subject }} kwam het laatst naar het "
             "slachtoffer toe op {{ attention.last_approach }}{% else %}geen feit waarbij "
             "{{ respondent.role.subject }} naar het slachtoffer toe kwam{% endif %}. Een rechter kan "
             "dan oordelen dat een eenzijdig verzoekschrift niet verantwoord is. Een dagvaarding in "
             "kort geding, desnoods met verkorte termijn, is dan de veiligere weg; dien het verzoekschrift "
             "alleen in als u de noodzakelijkheid met andere feiten kunt aantonen.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.unproven_notice %}")
    b.bullet("Een aanmaning ({{ attention.unproven_notice }}) heeft geen stuk dat ze bewijst: voeg een "
             "schermafbeelding van het bericht, een kopie van de brief of het bewijs van verzending "
             "toe. Zonder stuk rust het 'wist of had moeten weten' op de verklaring van het slachtoffer.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.relationship_end %}")
    b.bullet("De stukken vermelden niet wanneer de relatie eindigde (`respondent.relationship_end`): "
             "een rechter vraagt ernaar.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.stale_urgency %}")
    b.bullet("Het laatste feit is {{ attention.stale_urgency }} oud: de spoedeisendheid "
             "({{ law.interim_relief }}) kan worden betwist. Vul het logboek aan met recentere feiten "
             "of overweeg een andere procedure.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.no_notice %}")
    b.bullet("Het dossier vermeldt geen aanmaning (`notices`): de stukken leiden het 'wist of had "
             "moeten weten' af uit de feiten zelf. Een bericht, brief of verwittiging van de politie "
             "waarin hem gevraagd werd te stoppen, versterkt dat.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.laws_to_check %}")
    b.bullet("Het verzoekschrift vermeldt geen rechtsmiddelen (geen verplichte vermelding). Hoger "
             "beroep van {{ victim.role.petitioner }} tegen een weigering: {{ attention.laws_to_check }} "
             "(niet bevestigd; controleer het artikel en de termijn op Justel vóór u het vermeldt).")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request %}")
    b.bullet("Laat de beschikking meteen betekenen door een gerechtsdeurwaarder: een dwangsom kan "
             "niet worden verbeurd vóór de betekening ({{ law.penalty }}).")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.ex_parte %}")
    b.bullet("Het eenzijdig verzoekschrift wordt door een advocaat ondertekend "
             "({{ law.petition_signature }}) en in twee exemplaren neergelegd; tegen de beschikking "
             "staat derdenverzet open binnen een maand ({{ law.opposition }}).")
    b.tag("{%p endif %}")
    b.tag("{%p if offences.after_new_code %}")
    b.bullet("Het nieuwe Strafwetboek zou in werking treden op {{ offences.new_code_date }}; of dat "
             "gebeurde en welk artikel belaging nu strafbaar stelt, is niet bevestigd. Omdat er feiten "
             "vanaf die datum zijn, verwijzen de documenten voor alle feiten naar "
             "{{ law.stalking_transition }}. "
             "Controleer het op Justel en pas de verwijzing zo nodig aan.")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.footer("{{ reference }} — Gids")
    return b


HELPLINES = [
    ("1712", "hulplijn voor geweld, misbruik en kindermishandeling: gratis en anoniem"),
    ("CAW Slachtofferhulp", "gratis begeleiding, ook zonder klacht bij de politie (www.caw.be)"),
    ("101", "politie, voor een dringende tussenkomst"),
    ("112", "noodnummer bij gevaar"),
    ("106", "Tele-Onthaal: dag en nacht een gesprek"),
    ("0800 30 030", "hulplijn partnergeweld in Brussel en Wallonië"),
]


def main(argv: list[str] | None = None) -> None:
    """Write every template and its text snapshot to templates/nl, or to the folder given."""
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
