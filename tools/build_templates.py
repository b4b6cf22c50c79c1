"""Write the shipped templates (templates/nl/*.docx) with python-docx.

The .docx files are what users edit in Word or LibreOffice; this script is how the
project (re)creates its own versions. Run: python tools/build_templates.py
Every value comes from filings.plan.documents (the view of the case for that audience);
statutory references come from `law` (filings/legal.py), never typed here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docxbuild import Builder  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "templates" / "nl"
BLANK = "______________________"


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
    b.tag("{%p if i.support %}")
    b.p(("{{ i.support }}", "i"))
    b.tag("{%p endif %}")
    b.tag("{%p endfor %}")


def complaint() -> Builder:
    b = Builder("Klacht")
    b.header("{{ reference }}")
    b.title("KLACHT WEGENS BELAGING")
    b.p("{{ complaint.addressee }}", align="right")
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
    b.p("Adres voor briefwisseling: {{ victim.correspondence }}")
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
         "{{ i.description }}", "{{ i.witnesses or '—' }}", "{{ i.references or '—' }}"],
        "i in incidents",
        [8, 19, 22, 19, 52, 20, 20],
    )
    b.h1("Het patroon")
    b.p("Het gaat om {{ pattern.summary }}, via {{ pattern.channels }}.")
    b.tag("{%p if pattern.count > 1 %}")
    b.p("De gedragingen herhalen zich en verstoren mijn rust ernstig.")
    b.tag("{%p endif %}")

    b.h1("Welke misdrijven")
    b.p("Deze feiten kunnen volgens mij onder meer de volgende misdrijven uitmaken, onder voorbehoud "
        "van de kwalificatie door de politie en het openbaar ministerie:")
    b.tag("{%p for q in qualifications %}")
    b.bullet("{{ q }}")
    b.tag("{%p endfor %}")

    b.h1("De schade")
    b.tag("{%p if complaint.harm %}")
    b.p("{{ complaint.harm }}")
    b.tag("{%p else %}")
    b.writing_lines(4)
    b.tag("{%p endif %}")

    b.h1("Eerdere klachten")
    b.tag("{%p if police_reports %}")
    b.tag("{%p for r in police_reports %}")
    b.bullet("{{ r.line }}")
    b.tag("{%p endfor %}")
    b.tag("{%p else %}")
    b.p("Ik heb voor deze feiten nog geen klacht neergelegd.")
    b.tag("{%p endif %}")

    b.h1("Wat ik vraag")
    b.tag("{%p for m in complaint.measures %}")
    b.bullet("{{ m }}")
    b.tag("{%p endfor %}")

    b.h1("Stukken die ik overhandig")
    b.p("De bestanden staan met hun SHA-256-vingerafdruk op de inventaris van stukken.")
    b.tag("{%p for e in evidence %}")
    b.bullet("{{ e.line }}")
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
    b.fields([*VICTIM_IDENTITY, ("Adres", "{{ victim.address or victim.correspondence }}")])
    b.tag("{%p if victim.confidential %}")
    b.p("Mijn adres is vertrouwelijk ({{ law.address_protection }}); de politie bewaart het apart. "
        "Briefwisseling: {{ victim.correspondence }}.")
    b.tag("{%p endif %}")
    b.p("verklaart zich benadeelde persoon te stellen voor de volgende feiten:")
    b.fields([
        ("Aard van het misdrijf", "{{ declaration.offences }}"),
        ("Datum of periode", "{{ pattern.period }}"),
        ("Plaats", "{{ declaration.places }}"),
        ("Politiedienst", "{{ declaration.services or '______________' }}"),
        ("Nummer proces-verbaal", "{{ declaration.reports or '______________' }}"),
        ("Verdachte", "{{ declaration.suspect }}"),
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
        ("Briefwisseling", "{{ victim.correspondence or '—' }}"),
        ("Eerdere processen-verbaal", "{{ reports or '—' }}"),
    ])
    signature(b, "{{ victim.name }}")
    b.footer("VERTROUWELIJK — {{ reference }}")
    return b


def court_facts(b: Builder, party: str) -> None:
    b.h1("Feiten")
    b.p("{{ court.facts_intro }}")
    incident_paragraphs(b, "{{ i.number }}. {{ i.when }} — {{ i.place }} ({{ i.kinds }})")
    b.p("In totaal: {{ pattern.summary }}, via {{ pattern.channels }}.")
    b.tag("{%p if police_reports %}")
    b.p(f"{{{{ {party}|capitalize }}}} legde klacht neer bij de politie:")
    b.tag("{%p for r in police_reports %}")
    b.bullet("{{ r.line }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")


def court_law(b: Builder, party: str) -> None:
    b.h1("In rechte")
    b.p("Krachtens {{ law.interim_relief }} doet de voorzitter van de rechtbank van eerste aanleg, "
        "in gevallen die hij spoedeisend acht, bij voorraad uitspraak. Een contactverbod gaat de "
        "rechtsmacht van de kortgedingrechter niet te buiten ({{ law.precedent_contact_ban }}).")
    b.p(f"De gedragingen van {{{{ court.other }}}} tasten het recht van {{{{ {party} }}}} op "
        "eerbiediging van {{ victim.role.possessive }} privéleven aan ({{ law.private_life }}) en "
        "kunnen het misdrijf {{ qualifications[0] }} uitmaken.")
    b.tag("{%p if pattern.count > 1 %}")
    b.p(f"Zij hebben een herhaald en voortdurend karakter ({{{{ pattern.summary }}}}) en verstoren "
        f"de rust van {{{{ {party} }}}} objectief en ernstig.")
    b.tag("{%p endif %}")
    b.p(f"Om de naleving van de verboden te verzekeren, vordert {{{{ {party} }}}} een dwangsom "
        "({{ law.penalty }}). Een dwangsom kan niet worden verbeurd vóór de betekening van de "
        "beschikking waarbij zij is vastgesteld.")


def claims(b: Builder, party: str) -> None:
    b.h1("Om deze redenen")
    b.p(f"{{{{ {party}|capitalize }}}} verzoekt de voorzitter, zitting houdend in kort geding, de "
        "vordering ontvankelijk en gegrond te verklaren en bij voorraad:")
    b.tag("{%p for c in request.claims %}")
    b.numbered("{{ c }}")
    b.tag("{%p endfor %}")


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
    b.p("{{ victim.identity }},")
    b.p(("{{ victim.role.plaintiff }},", "b"))
    b.tag("{%p if lawyer %}")
    b.p("met als raadsman {{ lawyer.name }}, {{ lawyer.title }}, met kantoor te {{ lawyer.address }},")
    b.tag("{%p endif %}")
    b.p(f"heb ik, ondergetekende, {BLANK}, gerechtsdeurwaarder met standplaats te {BLANK},")
    b.h1("Gedagvaard")
    b.p("{{ respondent.identity }},")
    b.p(("{{ respondent.role.defendant }},", "b"))
    b.p("om te verschijnen op {{ hearing.day }} om {{ hearing.hour }} uur voor de voorzitter van de "
        "{{ request.court }}, zitting houdend in kort geding, in {{ hearing.place }}.")
    b.h1("Voorwerp van de vordering")
    b.p("{{ request.object }}")
    court_facts(b, "victim.role.plaintiff")
    b.h1("Spoedeisendheid")
    b.tag("{%p if request.urgency %}")
    b.p("{{ request.urgency }}")
    b.tag("{%p endif %}")
    b.p("De feiten duren voort en volgen elkaar op; een uitspraak ten gronde zou te laat komen om "
        "{{ victim.role.plaintiff }} te beschermen ({{ law.interim_relief }}).")
    court_law(b, "victim.role.plaintiff")
    claims(b, "victim.role.plaintiff")
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
    b.p("{{ victim.identity }},")
    b.p(("{{ victim.role.petitioner }},", "b"))
    b.p("met als raadsman {{ lawyer.name }}, {{ lawyer.title }}, met kantoor te {{ lawyer.address }}, "
        "die dit verzoekschrift ondertekent en neerlegt.")
    b.h1("Tegen wie de maatregel wordt gevraagd")
    b.p("{{ respondent.identity }}.")
    b.h1("Voorwerp")
    b.p("{{ request.object }}")
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
    claims(b, "victim.role.petitioner")
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
    b.p("In de zaak van {{ parties }}.")
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
    b.bullet("{{ m }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.writing_lines(22)
    b.h1("Verklaring")
    b.p(("{{ witness_declaration }}", "b"))
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
    b.p("In de zaak van {{ parties }} — {{ date }}")
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
    b.p("{{ pattern.summary|capitalize }}, via {{ pattern.channels }}.")
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
    b.tag("{%p if attention %}")
    b.h1("Aandachtspunten voor de advocaat")
    b.tag("{%p for a in attention %}")
    b.bullet("{{ a }}")
    b.tag("{%p endfor %}")
    b.tag("{%p endif %}")
    b.h1("Hulp")
    b.tag("{%p for h in helplines %}")
    b.bullet(("{{ h.number }}", "b"), ": {{ h.text }}")
    b.tag("{%p endfor %}")
    b.footer("{{ reference }} — Gids")
    return b


def main() -> None:
    from filings.plan.kinds import KINDS

    OUT.mkdir(parents=True, exist_ok=True)
    for kind in KINDS:  # the registry's kinds; each has a builder function of its name here
        globals()[kind.name]().save(OUT / kind.template)
        print(OUT / kind.template)


if __name__ == "__main__":
    main()
