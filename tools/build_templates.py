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
    b.p("")
    b.p(f"Opgemaakt te {BLANK} op {{{{ date }}}}.")
    b.p("Handtekening:")
    b.p("")
    b.p("")
    b.p(who)


def incident_paragraphs(b: Builder, heading: str) -> None:
    b.tag("{%p for i in incidents %}")
    b.p((heading, "b"))
    b.p("{{ i.description }}", style="Quote")
    b.tag("{%p if i.evidence or i.witnesses or i.police_report %}")
    b.p(("{{ phrase('support', i=i) }}", "i"))
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")


def police_reports(b: Builder) -> None:
    b.tag("{%p for r in police_reports %}")
    b.bullet("{{ phrase('police_report', r=r) }}")
    b.tag("{%p endfor %}")


def complaint() -> Builder:
    b = Builder("Klacht")
    b.header("{{ reference }}")
    b.title("KLACHT WEGENS BELAGING")
    b.p("{% if complaint.to_prosecutor %}Aan de procureur des Konings, parket {{ complaint.office }}"
        "{% else %}Aan de politie{% if complaint.zone %}, {{ complaint.zone }}{% endif %}{% endif %}",
        align="right")
    b.tag("{%p if complaint.to_prosecutor %}")
    b.box("Schriftelijke klacht aan de procureur des Konings. Ik vraag dat een onderzoek wordt "
          "ingesteld naar de feiten hieronder.")
    b.tag("{%p else %}")
    b.box("Ontwerp van klacht, voorbereid voor mijn verhoor. Ik vraag dat mijn verklaring in een "
          "proces-verbaal wordt opgenomen en dat ik er kosteloos een kopie van krijg.")
    b.tag("{%p endif %}")

    b.h1("Wie klacht neerlegt")
    b.fields(VICTIM_IDENTITY)
    b.tag("{%p if victim.confidential %}")
    b.p("Mijn adres en contactgegevens zijn de verdachte niet bekend. Ik vraag dat zij niet in het "
        "proces-verbaal worden opgenomen maar apart worden bewaard, en dat ik word geïdentificeerd "
        "aan de hand van mijn rijksregisternummer ({{ law.address_protection }}). Ze staan op een "
        "afzonderlijk blad dat enkel voor de politie bestemd is.")
    b.p("Adres voor briefwisseling: {{ phrase('correspondence') }}")
    b.tag("{%p else %}")
    b.fields([
        ("Adres", "{{ victim.address }}"),
        ("Telefoon", "{{ victim.phone or '—' }}"),
        ("E-mail", "{{ victim.email or '—' }}"),
    ])
    b.tag("{%p endif %}")

    b.h1("Tegen wie")
    b.fields([
        ("Naam", "{{ respondent.name }}"),
        ("Geboorte", "{{ respondent.birth or 'onbekend' }}"),
        ("Adres", "{{ respondent.address or 'onbekend' }}"),
        ("Relatie met mij", "{{ respondent.relationship }}"),
        ("Beschrijving", "{{ respondent.description or '—' }}"),
        ("Telefoonnummers", "{{ respondent.phones or '—' }}"),
        ("Accounts", "{{ respondent.accounts or '—' }}"),
    ])

    b.h1("De feiten")
    b.p("De feiten staan in chronologische volgorde. De letterlijke woorden staan tussen "
        "aanhalingstekens; 'stuk N' verwijst naar de inventaris van stukken.")
    b.loop_table(
        ["Nr", "Datum en uur", "Plaats of kanaal", "Aard", "Wat er gebeurde", "Getuigen", "Stukken en PV"],
        ["{{ i.number }}", "{{ i.date }} {{ i.time }}", "{{ i.place }}", "{{ i.kinds }}",
         "{{ i.description }}", "{{ i.witnesses or '—' }}", "{{ phrase('references', i=i) or '—' }}"],
        "i in incidents",
        [8, 19, 22, 19, 52, 20, 20],
    )
    b.h1("Het patroon")
    b.p("Het gaat om {{ phrase('pattern') }}, via {{ pattern.channels }}.")
    b.tag("{%p if pattern.count > 1 %}")
    b.p("De gedragingen herhalen zich en verstoren mijn rust ernstig.")
    b.tag("{%p endif %}")

    b.h1("Welke misdrijven")
    b.p("Deze feiten kunnen volgens mij onder meer de volgende misdrijven uitmaken, onder voorbehoud "
        "van de kwalificatie door de politie en het openbaar ministerie:")
    for offence in ("stalking", "electronic", "threats"):
        b.tag(f"{{%p if offences.{offence} %}}")
        b.bullet(f"{{{{ phrase('{offence}') }}}}")
        b.tag("{%p endif %}")

    b.h1("De schade")
    b.tag("{%p if complaint.harm %}")
    b.p("{{ complaint.harm }}")
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
    b.tag("{%p if complaint.damage %}")
    b.bullet("dat de schade wordt vastgesteld;")
    b.tag("{%p endif %}")
    b.bullet("dat de stukken die ik overhandig bij het proces-verbaal worden gevoegd;")
    b.tag("{%p for m in complaint.requested_measures %}")
    b.bullet("{{ m }}")
    b.tag("{%p endfor %}")

    b.h1("Stukken die ik overhandig")
    b.p("De bestanden staan met hun SHA-256-vingerafdruk op de inventaris van stukken.")
    b.tag("{%p for e in evidence %}")
    b.bullet("Stuk {{ e.number }}: {{ e.description }} ({{ e.kind }}, {{ e.date }})")
    b.tag("{%p endfor %}")

    b.tag("{%p if complaint.injured_party %}")
    b.h1("Benadeelde persoon")
    b.p("Ik wens mij benadeelde persoon te verklaren ({{ law.injured_party }}), zodat ik op de "
        "hoogte word gehouden van het verdere verloop en stukken aan het dossier kan toevoegen. "
        "Ik vraag dat deze wens in het proces-verbaal wordt vermeld; de verklaring zelf richt ik "
        "aan het parket {{ complaint.office }}.")
    b.tag("{%p endif %}")
    signature(b, "{{ victim.name }}")
    b.footer("{{ reference }} — Klacht wegens belaging")
    return b


def injured_party_declaration() -> Builder:
    b = Builder("Verklaring van benadeelde persoon")
    b.header("{{ reference }}")
    b.title("VERKLARING VAN BENADEELDE PERSOON")
    b.p("({{ law.injured_party }})")
    b.p("Aan de procureur des Konings, parket {{ declaration.office }}, secretariaat", align="right")
    b.h1("Ondergetekende")
    b.fields([*VICTIM_IDENTITY, ("Adres", "{{ victim.address or phrase('correspondence') }}")])
    b.tag("{%p if victim.confidential %}")
    b.p("Mijn adres is vertrouwelijk ({{ law.address_protection }}); de politie bewaart het apart. "
        "Briefwisseling: {{ phrase('correspondence') }}.")
    b.tag("{%p endif %}")
    b.p("verklaart zich benadeelde persoon te stellen voor de volgende feiten:")
    b.fields([
        ("Aard van het misdrijf", "{{ phrase('offences') }}"),
        ("Datum of periode", "{{ pattern.first }}{% if pattern.last != pattern.first %} tot "
                             "{{ pattern.last }}{% endif %}"),
        ("Plaats", f"{{{{ declaration.places or '{SHORT_BLANK}' }}}}"),
        ("Politiedienst", "{{ declaration.services or '______________' }}"),
        ("Nummer proces-verbaal", "{{ declaration.reports or '______________' }}"),
        ("Verdachte", "{{ phrase('respondent_identity') or respondent.description }}"),
    ])
    b.h1("Aard van de schade of het persoonlijk belang")
    b.tag("{%p if declaration.harm %}")
    b.p("{{ declaration.harm }}")
    b.tag("{%p else %}")
    b.writing_lines(5)
    b.tag("{%p endif %}")
    b.p("Als benadeelde persoon wens ik op de hoogte te worden gebracht van een eventuele "
        "seponering en de reden ervan, van het instellen van een gerechtelijk onderzoek en van de "
        "rechtsdagen, en wens ik stukken aan het dossier te kunnen toevoegen.")
    b.box("Deze verklaring geeft recht op informatie. Zij is geen burgerlijke partijstelling en "
          "geeft op zich geen recht op schadevergoeding.")
    signature(b, "{{ victim.name }}")
    b.footer("{{ reference }} — Verklaring van benadeelde persoon")
    return b


def contact_sheet() -> Builder:
    b = Builder("Contactgegevens (vertrouwelijk)")
    b.header("VERTROUWELIJK — {{ reference }}")
    b.title("CONTACTGEGEVENS — VERTROUWELIJK")
    b.box("Enkel bestemd voor de politie en het parket. Ik vraag dat deze gegevens niet in het "
          "proces-verbaal of in een ander stuk dat partijen kunnen inzien worden opgenomen, maar "
          "apart worden bewaard ({{ law.address_protection }}). De verdachte kent dit adres niet.")
    b.fields([
        ("Naam", "{{ victim.name }}"),
        ("Rijksregisternummer", "{{ victim.national_number or '—' }}"),
        ("Adres", "{{ victim.address }}"),
        ("Telefoon", "{{ victim.phone or '—' }}"),
        ("E-mail", "{{ victim.email or '—' }}"),
        ("Briefwisseling", "{{ phrase('correspondence') or '—' }}"),
        ("Eerdere processen-verbaal", "{{ reports or '—' }}"),
    ])
    signature(b, "{{ victim.name }}")
    b.footer("VERTROUWELIJK — {{ reference }}")
    return b


def court_facts(b: Builder, party: str) -> None:
    b.h1("Feiten")
    b.p(f"{{{{ {party}|capitalize }}}} wordt sinds {{{{ court.first_date or '{SHORT_BLANK}' }}}} belaagd "
        "door {{ court.other }}{% if court.known_relationship %}, {{ victim.role.possessive }} "
        f"{{{{ respondent.relationship }}}}{{% endif %}}. {{{{ {party}|capitalize }}}} hield een logboek "
        "bij; de feiten hieronder zijn daaruit overgenomen, met verwijzing naar de stukken van de "
        "inventaris.")
    incident_paragraphs(b, "{{ i.number }}. {{ i.when }} — {{ i.place }} ({{ i.kinds }})")
    b.p("In totaal: {{ phrase('pattern') }}, via {{ pattern.channels }}.")
    b.tag("{%p if police_reports %}")
    b.p(f"{{{{ {party}|capitalize }}}} legde klacht neer bij de politie:")
    police_reports(b)
    b.tag("{%p endif %}")


def court_law(b: Builder, party: str) -> None:
    b.h1("In rechte")
    b.p("Krachtens {{ law.interim_relief }} doet de voorzitter van de rechtbank van eerste aanleg, "
        "in gevallen die hij spoedeisend acht, bij voorraad uitspraak. Een contactverbod gaat de "
        "rechtsmacht van de kortgedingrechter niet te buiten ({{ law.precedent_contact_ban }}).")
    b.p(f"De gedragingen van {{{{ court.other }}}} tasten het recht van {{{{ {party} }}}} op "
        "eerbiediging van {{ victim.role.possessive }} privéleven aan ({{ law.private_life }}) en "
        "kunnen het misdrijf {{ phrase('stalking') }} uitmaken.")
    b.tag("{%p if pattern.count > 1 %}")
    b.p(f"Zij hebben een herhaald en voortdurend karakter ({{{{ phrase('pattern') }}}}) en verstoren "
        f"de rust van {{{{ {party} }}}} objectief en ernstig.")
    b.tag("{%p endif %}")
    b.p(f"Om de naleving van de verboden te verzekeren, vordert {{{{ {party} }}}} een dwangsom "
        "({{ law.penalty }}). Een dwangsom kan niet worden verbeurd vóór de betekening van de "
        "beschikking waarbij zij is vastgesteld.")


def claim_object(b: Builder, party: str) -> None:
    """What is asked, in one sentence, under 'Voorwerp'."""
    b.p(f"{{{{ {party}|capitalize }}}} vordert dat {{{{ court.other }}}} bij voorraad verboden wordt "
        "{% if request.contact_ban %}contact met {{ victim.role.object }} op te nemen{% endif %}"
        "{% if request.contact_ban and request.restraining_order %} en {% endif %}"
        "{% if request.restraining_order %}zich binnen {{ request.distance }} meter van "
        "{{ request.places }} te begeven{% endif %}, onder verbeurte van een dwangsom van "
        "{{ request.penalty }} per inbreuk, op grond van de feiten en middelen hierna.")


def claims(b: Builder, party: str, costs: bool) -> None:
    b.h1("Om deze redenen")
    b.p(f"{{{{ {party}|capitalize }}}} verzoekt de voorzitter, zitting houdend in kort geding, de "
        "vordering ontvankelijk en gegrond te verklaren en bij voorraad:")
    b.tag("{%p if request.contact_ban %}")
    b.numbered("{{ court.other }} te verbieden om op welke wijze ook, rechtstreeks of via derden, "
               f"contact op te nemen met {{{{ {party} }}}}, met inbegrip van telefoon, sms, "
               "berichtendiensten, e-mail, sociale media, brieven en geschenken, onder verbeurte van "
               "een dwangsom van {{ request.penalty }} per inbreuk;")
    b.tag("{%p endif %}")
    b.tag("{%p if request.restraining_order %}")
    b.numbered("{{ court.other }} te verbieden zich te begeven binnen een straal van "
               "{{ request.distance }} meter rond {{ request.places }}, en zich binnen "
               f"{{{{ request.distance }}}} meter van {{{{ {party} }}}} op te houden, onder verbeurte "
               "van een dwangsom van {{ request.penalty }} per inbreuk;")
    b.tag("{%p endif %}")
    b.tag("{%p if request.penalty_max %}")
    b.numbered("te zeggen dat de dwangsommen samen niet meer dan {{ request.penalty_max }} kunnen "
               "bedragen;")
    b.tag("{%p endif %}")
    if costs:
        b.numbered("{{ court.other }} te veroordelen tot de kosten van het geding, met inbegrip van "
                   "de rechtsplegingsvergoeding;")
    b.numbered("te zeggen dat de beschikking uitvoerbaar is bij voorraad.")


def summons() -> Builder:
    b = Builder("Dagvaarding in kort geding")
    b.header("ONTWERP — {{ reference }}")
    b.title("DAGVAARDING IN KORT GEDING")
    b.box("Ontwerp voor de gerechtsdeurwaarder en de advocaat. Het exploot wordt opgesteld, "
          "ondertekend en betekend door een gerechtsdeurwaarder. De vermeldingen van "
          "{{ law.summons_mentions }} zijn voorgeschreven op straffe van nietigheid; de open "
          "lijnen vult de gerechtsdeurwaarder in.")
    b.p(f"In het jaar {BLANK}, op {BLANK},")
    b.h1("Op verzoek van")
    b.p("{{ phrase('victim_identity') }},")
    b.p(("{{ victim.role.plaintiff }},", "b"))
    b.tag("{%p if lawyer %}")
    b.p("met als raadsman {{ lawyer.name }}, advocaat aan de balie te {{ lawyer.bar }}, met kantoor te "
        "{{ lawyer.address }},")
    b.tag("{%p endif %}")
    b.p(f"heb ik, ondergetekende, {BLANK}, gerechtsdeurwaarder met standplaats te {BLANK},")
    b.h1("Gedagvaard")
    b.p("{{ phrase('respondent_identity') }},")
    b.p(("{{ respondent.role.defendant }},", "b"))
    b.p(f"om te verschijnen op {{{{ hearing.day or '{SHORT_BLANK}' }}}} om "
        f"{{{{ hearing.hour or '{SHORT_BLANK}' }}}} uur voor de voorzitter van de "
        "{{ request.court }}, zitting houdend in kort geding, in "
        f"{{{{ hearing.place or 'de zittingzaal {SHORT_BLANK}' }}}}.")
    b.h1("Voorwerp van de vordering")
    claim_object(b, "victim.role.plaintiff")
    court_facts(b, "victim.role.plaintiff")
    b.h1("Spoedeisendheid")
    b.tag("{%p if request.urgency %}")
    b.p("{{ request.urgency }}")
    b.tag("{%p endif %}")
    b.p("De feiten duren voort en volgen elkaar op; een uitspraak ten gronde zou te laat komen om "
        "{{ victim.role.plaintiff }} te beschermen ({{ law.interim_relief }}).")
    court_law(b, "victim.role.plaintiff")
    claims(b, "victim.role.plaintiff", costs=True)
    b.p("Onder voorbehoud van alle rechten en zonder nadelige erkentenis.")
    b.h1("Stukken")
    b.p("De {{ evidence|length }} stukken staan op de inventaris van stukken die bij deze "
        "dagvaarding wordt gevoegd.")
    b.p("")
    b.p("Voor {{ victim.role.plaintiff }}, {{ victim.role.possessive }} raadsman,")
    b.tag("{%p if lawyer %}")
    b.p("{{ lawyer.name }}")
    b.tag("{%p endif %}")
    b.p("")
    b.p(f"Kosten van dit exploot: {BLANK}")
    b.p(f"De gerechtsdeurwaarder (handtekening): {BLANK}")
    b.footer("{{ reference }} — Dagvaarding in kort geding (ontwerp)")
    return b


def petition() -> Builder:
    b = Builder("Eenzijdig verzoekschrift")
    b.header("ONTWERP — {{ reference }}")
    b.title("EENZIJDIG VERZOEKSCHRIFT")
    b.p("({{ law.petition_basis }})")
    b.p("Aan de voorzitter van de {{ request.court }}", align="right")
    b.h1("Verzoekt eerbiedig")
    b.p("{{ phrase('victim_identity') }},")
    b.p(("{{ victim.role.petitioner }},", "b"))
    b.p("met als raadsman {{ lawyer.name }}, advocaat aan de balie te {{ lawyer.bar }}, met kantoor te "
        "{{ lawyer.address }}, die dit verzoekschrift ondertekent en neerlegt.")
    b.h1("Tegen wie de maatregel wordt gevraagd")
    b.p("{{ phrase('respondent_identity') }}.")
    b.h1("Voorwerp")
    claim_object(b, "victim.role.petitioner")
    court_facts(b, "victim.role.petitioner")
    b.h1("Volstrekte noodzakelijkheid")
    b.p("{{ request.urgency }}")
    b.p("Een dagvaarding in kort geding, zelfs met verkorte termijn, zou {{ respondent.name }} vooraf "
        "op de hoogte brengen en {{ victim.role.petitioner }} in de tussentijd blootstellen aan een "
        "reëel risico op nieuwe feiten. Daarom wordt de zaak bij eenzijdig verzoekschrift "
        "ingeleid ({{ law.interim_relief }}).")
    court_law(b, "victim.role.petitioner")
    b.p("{{ respondent.name }} kan tegen de beschikking verzet doen binnen een maand "
        "({{ law.opposition }}). Alle stukken waarop dit verzoek steunt, zijn erbij gevoegd.")
    claims(b, "victim.role.petitioner", costs=False)
    b.p("")
    b.p(f"Gedaan te {BLANK} op {{{{ date }}}}.")
    b.p("Voor {{ victim.role.petitioner }}, {{ victim.role.possessive }} raadsman,")
    b.p("")
    b.p("{{ lawyer.name }}, advocaat")
    b.p(("Handtekening van de advocaat ({{ law.petition_signature }})", "i"))
    b.p("Bijlagen: de inventaris van stukken en de {{ evidence|length }} stukken.")
    b.box("Neer te leggen ter griffie in twee exemplaren.")
    b.footer("{{ reference }} — Eenzijdig verzoekschrift (ontwerp)")
    return b


def witness_statement() -> Builder:
    b = Builder("Schriftelijke getuigenverklaring")
    b.title("SCHRIFTELIJKE GETUIGENVERKLARING")
    b.p("({{ law.witness_statement }})")
    b.box("Lees dit eerst. Schrijf uw verklaring bij voorkeur volledig met de hand. Vertel alleen "
          "wat u zelf hebt gezien of gehoord, met de datum en de plaats. Dateer en onderteken de "
          "verklaring en voeg een kopie (voor- en achterzijde) toe van uw identiteitskaart of een "
          "ander officieel identiteitsdocument waarop uw handtekening staat.")
    b.p("In de zaak van {{ victim.name }} tegen {{ respondent.name }}.")
    b.h1("Ondergetekende")
    b.fields([
        ("Naam", "{{ witness.last_name }}"),
        ("Voornamen", "{{ witness.first_name }}"),
        ("Geboortedatum", "{{ witness.birth_date or '______________' }}"),
        ("Geboorteplaats", "{{ witness.birth_place or '______________' }}"),
        ("Woonplaats", "{{ witness.address or '______________' }}"),
        ("Beroep", "{{ witness.profession or '______________' }}"),
    ])
    b.h1("Band met de partijen")
    b.p("Bloed- of aanverwantschap met de partijen (en in welke graad), ondergeschiktheid, "
        "samenwerking of gemeenschappelijke belangen; of: geen.")
    b.tag("{%p if witness.relation %}")
    b.p("{{ witness.relation }}")
    b.tag("{%p else %}")
    b.writing_lines(2)
    b.tag("{%p endif %}")
    b.h1("Mijn verklaring")
    b.p("Ik verklaar het volgende over feiten waarbij ik zelf aanwezig was of die ik zelf heb "
        "vastgesteld.")
    b.tag("{%p if moments %}")
    b.p("Het gaat om wat ik zag of hoorde op:")
    b.tag("{%p for m in moments %}")
    b.bullet("{{ m.date }}{% if m.place %}, {{ m.place }}{% endif %}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.writing_lines(22)
    b.h1("Verklaring")
    b.p(("Deze verklaring is opgesteld voor overlegging aan de rechtbank. Ik weet dat ik mij door "
         "een valse verklaring aan straffen blootstel.", "b"))
    b.p(("Schrijf deze zin hieronder zelf over:", "i"))
    b.writing_lines(3)
    b.p("")
    b.p(f"Opgemaakt te {BLANK} op {BLANK}.")
    b.p("Handtekening:")
    b.p("")
    b.p("")
    b.p("Bijlage: kopie van mijn identiteitsdocument, met mijn handtekening.")
    b.footer("{{ reference }} — Getuigenverklaring {{ witness.first_name }} {{ witness.last_name }}")
    return b


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
    b.p("{{ i.description }}", style="Quote")
    b.p(("Getuigen: {{ i.witnesses or 'geen' }}. Stukken: {{ i.evidence or 'geen' }}. "
         "Proces-verbaal: {{ i.police_report or 'geen' }}.", "i"))
    b.tag("{%p endfor %}")
    b.footer("{{ reference }} — Logboek")
    return b


def guide() -> Builder:
    b = Builder("Gids bij de documenten")
    b.title("WAT NU? GIDS BIJ DE DOCUMENTEN")
    b.p("Voor {{ victim.first_name }} en wie {{ victim.role.object }} helpt — {{ reference }} — {{ date }}")
    b.box("Alles in deze map is een ontwerp. Lees elk document na voor u het ondertekent; een "
          "advocaat of gerechtsdeurwaarder controleert de stukken voor de rechtbank.")
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
    b.h1("Wat u meeneemt naar de politie")
    b.bullet("uw identiteitskaart;")
    b.bullet("de klacht en, als uw adres vertrouwelijk is, het blad met uw contactgegevens;")
    b.bullet("de stukken: de originelen en een kopie van de bestanden (bijvoorbeeld op een USB-stick);")
    b.bullet("uw gsm met de berichten, oproepen en foto's;")
    b.bullet("de namen van de getuigen.")
    b.p("Vraag een kopie van uw verklaring en het attest van klachtneerlegging, met het nummer van "
        "het proces-verbaal. Leg bij elk nieuw feit opnieuw klacht neer en voeg het nummer toe aan "
        "uw logboek.")
    b.tag("{%p if attention.confidential_address or attention.family_court or attention.request "
          "or offences.after_new_code %}")
    b.h1("Aandachtspunten voor de advocaat")
    b.tag("{%p if attention.confidential_address %}")
    b.bullet("Het adres van het slachtoffer is vertrouwelijk. De dagvaarding of het verzoekschrift "
             "vermeldt de gekozen woonplaats ({{ law.elected_domicile }}). {{ law.summons_mentions }} "
             "vraagt onder meer de woonplaats van de eiser, dat is het adres in het "
             "bevolkingsregister ({{ law.register_domicile }}). Of de woonplaatskeuze volstaat, is "
             "niet bevestigd: beslis vóór de betekening hoe u dit oplost. filings drukt het adres "
             "niet af.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.family_court %}")
    b.bullet("De partijen zijn of waren partners. Waren zij gehuwd of wettelijk samenwonend, of "
             "hebben zij samen kinderen, ga dan na of de familierechtbank bevoegd is in plaats van de "
             "voorzitter van de rechtbank van eerste aanleg. filings beslist dit niet.")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.request %}")
    b.bullet("Laat de beschikking meteen betekenen door een gerechtsdeurwaarder: een dwangsom kan "
             "niet worden verbeurd vóór de betekening ({{ law.penalty }}).")
    b.tag("{%p endif %}")
    b.tag("{%p if attention.ex_parte %}")
    b.bullet("Het eenzijdig verzoekschrift wordt door een advocaat ondertekend "
             "({{ law.petition_signature }}) en in twee exemplaren neergelegd; tegen de beschikking "
             "staat verzet open binnen een maand ({{ law.opposition }}).")
    b.tag("{%p endif %}")
    b.tag("{%p if offences.after_new_code %}")
    b.bullet("Voor feiten vanaf {{ offences.new_code_date }} verwijzen de documenten naar "
             "{{ law.stalking_transition }}: de inwerkingtreding en het artikelnummer in het nieuwe "
             "wetboek zijn niet bevestigd; controleer ze op Justel.")
    b.tag("{%p endif %}")
    b.tag("{%p endif %}")
    b.h1("Hulp")
    for number, text in HELPLINES:
        b.bullet((number, "b"), f": {text}")
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
