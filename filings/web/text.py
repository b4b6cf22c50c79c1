"""Every word the web pages show, in one table per language, so that a translation is
one more table. The library's refusals of a typed value and the bundle's progress are
English; REFUSALS and PROGRESS below put the known ones in the page's language until the
library speaks it, and show any other as the library wrote it."""

from __future__ import annotations

NL = {
    "lang": "nl",
    "title": "Dossier",
    "skip": "Naar de inhoud",
    "quick_exit": "Snel weg",
    "quick_exit_hint": "Of druk twee keer op Escape.",
    "nav": "Onderdelen",
    "nav_case": "Overzicht",
    "nav_log": "Logboek",
    "nav_evidence": "Bewijs",
    "nav_people": "Personen",
    "nav_notices": "Meldingen",
    "nav_reports": "PV's",
    "nav_papers": "Papieren maken",
    # overview
    "case_heading": "Uw dossier",
    "reference": "Referentie",
    "victim": "Slachtoffer",
    "respondent": "Tegenpartij",
    "lawyer": "Advocaat",
    "unknown": "onbekend",
    "counts": "In het dossier",
    "count_incidents": "feiten",
    "count_evidence": "bewijsstukken",
    "count_witnesses": "getuigen",
    "count_notices": "meldingen",
    "count_reports": "PV's",
    "warnings": "Aandachtspunten",
    "no_warnings": "Geen aandachtspunten.",
    "pattern": "Het patroon",
    "pattern_facts": "{count} feiten over {days} dagen, van {first} tot {last}.",
    "pattern_channels": "Langs: {channels}.",
    "pattern_months": "Per maand: {per_month}.",
    "pattern_night": "'s Nachts ({start} tot {end}): {count} van de {timed} feiten met een uur.",
    "pattern_after_notice": "Na de eerste melding ({date}): {count} feiten.",
    # logbook
    "log_heading": "Logboek",
    "log_empty": "Nog geen feiten.",
    "log_add": "Een feit toevoegen",
    "col_number": "Nr.",
    "col_date": "Datum",
    "col_time": "Uur",
    "col_place": "Plaats",
    "col_kinds": "Soort",
    "col_what": "Wat er gebeurde",
    "col_evidence": "Bewijs",
    "col_witnesses": "Getuigen",
    "incident_heading": "Een feit toevoegen",
    "incident_intro": "Schrijf op wat er gebeurde, met zijn letterlijke woorden tussen aanhalingstekens.",
    "field_date": "Datum",
    "field_time": "Uur (leeg als u het niet weet)",
    "field_end_time": "Tot (uur, mag leeg)",
    "field_location": "Plaats of kanaal (bv. WhatsApp, aan mijn deur)",
    "field_kinds": "Wat gebeurde er? (een of meer)",
    "field_description": "Wat er gebeurde",
    "field_witnesses": "Getuigen",
    "field_new_witnesses": "Nieuwe getuige: voornaam en naam (meerdere: scheid met een komma)",
    "field_files": "Bewijs: foto's, schermafbeeldingen, opnames (mag leeg)",
    "field_police_report": "PV-nummer (leeg als er geen is)",
    "save": "Opslaan",
    "required": "Dit mag niet leeg zijn.",
    "kinds_required": "Kies minstens één soort.",
    "end_without_start": "Geef ook het beginuur, of laat dit leeg.",
    "cancel": "Terug",
    "form_problems": "Er is iets niet in orde. Kijk bij de velden hieronder.",
    "not_saved_disk_full": "Niets opgeslagen: de schijf is vol. Maak ruimte vrij (of kies een andere schijf "
                           "voor het dossier) en probeer opnieuw.",
    "not_saved": "Niets opgeslagen: de map van het dossier kon niet beschreven worden ({reason}).",
    "saved_incident": "Feit {id} is opgeslagen.",
    "saved_evidence": "Bewijsstuk {id} is toegevoegd: {file}.",
    "already_evidence": "{file} zat al in het dossier als {id}; niet opnieuw gekopieerd.",
    "new_witness": "Nieuwe getuige {id}: {first} {last}. Vul later geboortedatum, adres en beroep aan.",
    # evidence
    "evidence_heading": "Bewijs",
    "evidence_empty": "Nog geen bewijsstukken.",
    "evidence_add": "Bestanden toevoegen",
    "evidence_intro": "De bestanden worden gekopieerd naar de map van het dossier, met hun vingerafdruk "
                      "(SHA-256). Een bestaand bestand wordt nooit overschreven.",
    "field_evidence_kind": "Soort bewijs",
    "kind_guess": "raden uit de bestandsnaam",
    "field_evidence_description": "Wat toont het bestand?",
    "field_evidence_date": "Datum van het bewijs (mag leeg)",
    "field_evidence_incident": "Bij feit (mag leeg)",
    "no_incident": "geen",
    "col_id": "Id",
    "col_kind": "Soort",
    "col_description": "Beschrijving",
    "col_file": "Bestand",
    "add": "Toevoegen",
    "no_files": "Kies minstens één bestand.",
    # people
    "people_heading": "Personen",
    "witnesses": "Getuigen",
    "witnesses_empty": "Nog geen getuigen.",
    "col_name": "Naam",
    "people_hint": "Nieuwe getuigen komen erbij wanneer u een feit toevoegt. Adressen en andere "
                   "gegevens van personen vult u voorlopig aan in het dossierbestand (case.yaml).",
    "col_relation": "Relatie",
    # notices
    "notices_heading": "Meldingen: wanneer hem gezegd werd te stoppen",
    "notices_intro": "Elke latere brief telt de feiten daarna: het bewijs dat hij het wist.",
    "notices_empty": "Nog geen meldingen.",
    "notice_add": "Een melding toevoegen",
    "field_notice_date": "Datum",
    "field_notice_by": "Wie zei het hem?",
    "field_notice_channel": "Hoe?",
    "field_notice_text": "Wat werd hem gezegd (letterlijk)",
    "field_notice_files": "Bewijs: schermafbeelding, ontvangstbewijs (mag leeg)",
    "col_by": "Door",
    "col_channel": "Hoe",
    "saved_notice": "Melding {id} is opgeslagen.",
    "by": {"victim": "ikzelf", "lawyer": "mijn advocaat", "police": "de politie",
           "prosecutor": "het parket", "other": "iemand anders"},
    "channels": {"message": "bericht", "letter": "brief", "registered_letter": "aangetekende brief",
                 "email": "e-mail", "social_media": "sociale media", "phone": "telefoon",
                 "in_person": "mondeling", "other": "anders"},
    # reports
    "reports_heading": "Processen-verbaal (PV's)",
    "reports_empty": "Nog geen PV's.",
    "report_add": "Een PV toevoegen",
    "field_report_number": "PV-nummer (bv. GE.55.L3.012345/2026)",
    "field_report_date": "Datum van het PV",
    "field_report_zone": "Politiezone (mag leeg)",
    "field_report_reference": "Notitienummer van het parket (mag leeg)",
    "field_report_covers": "Feiten die dit PV dekt",
    "col_number_pv": "Nummer",
    "col_zone": "Zone",
    "col_covers": "Feiten",
    "saved_report": "PV {number} is opgeslagen.",
    # papers
    "papers_heading": "Papieren maken",
    "papers_intro": "Maakt alle documenten, kopieën van het bewijs en de lijst met vingerafdrukken "
                    "in de map '{folder}' van het dossier. Een vorige versie wordt vervangen.",
    "papers_make": "Maak de papieren",
    "papers_busy": "Bezig…",
    "papers_progress": "Voortgang",
    "papers_failed": "Het maken is mislukt:",
    "papers_done": "Klaar: {documents} documenten en {evidence} bewijsstukken.",
    "papers_none": "Nog geen papieren gemaakt.",
    "papers_documents": "De documenten apart",
    "papers_packages": "Een pakket per lezer",
    "papers_packages_intro": "Geef iedereen alleen wat voor hem bedoeld is, nooit de hele map.",
    "package_police": "Voor de politie",
    "package_court": "Voor de rechtbank en de advocaat",
    "package_witness": "Voor getuige {name}",
    "download": "Downloaden",
    "reload": "Vernieuwen",
    # no case yet
    "start_heading": "Een dossier beginnen",
    "start_intro": "Er is nog geen dossier in deze map. Start een nieuw dossier: er komt een "
                   "invulbestand en een map voor het bewijs.",
    "start_name": "Naam van de nieuwe map",
    "start_where": "De map komt in {folder}.",
    "start_button": "Nieuw dossier beginnen",
    "start_done": "Het dossier is gemaakt. Vul eerst de gegevens in het bestand {file} in.",
    "error_heading": "Er ging iets mis",
    "error_text": "Deze pagina kon niet getoond worden. Wat er misging, staat in het venster waarin "
                  "filings web draait; geef dat aan wie u helpt.",
    "case_broken": "Het dossier kan nu niet gelezen worden. Laat dit nakijken:",
    # refusals
    "refused": "Geen toegang.",
    "neutral_title": "Nieuw tabblad",
}

PAGES = {"nl": NL}


def page_text(language: str) -> dict:
    return PAGES.get(language, NL)


# The library's refusals of a typed value (edit/intake.py) in the page's language, until
# the library speaks it itself: (pattern of the English message, the same in Dutch). A
# message not listed is shown as the library wrote it.
REFUSALS = {
    "nl": [
        (r"write the date as YYYY-MM-DD, e\.g\. 2026-03-12",
         "Schrijf de datum als JJJJ-MM-DD, bv. 2026-03-12."),
        (r"(?P<day>\S+) lies after today \((?P<today>\S+)\)",
         "{day} ligt na vandaag ({today}): een feit kan niet in de toekomst liggen."),
        (r"(?P<day>\S+) lies before the victim's birth \((?P<born>\S+)\)",
         "{day} ligt vóór de geboortedatum van het slachtoffer ({born})."),
        (r"write the time as HH:MM, e\.g\. 07:45, or leave it empty",
         "Schrijf het uur als UU:MM, bv. 07:45, of laat het leeg."),
        (r"this cannot be empty", "Dit mag niet leeg zijn."),
        (r"give at least one kind", "Kies minstens één soort."),
        (r"`(?P<token>.*)` is no witness id \(known: .*\); for a new witness give a first and a last name",
         "'{token}' is geen gekende getuige; geef voor een nieuwe getuige een voornaam en een naam."),
        (r"PV (?P<number>.+) is not in `police_reports` \(known: (?P<known>.*)\); add it there first, "
         r"with its date and police zone",
         "PV {number} staat nog niet bij de PV's (gekend: {known}); voeg het eerst toe bij PV's."),
        (r"no incident `(?P<reference>.*)`: give its id or its number in the list of incidents in time order",
         "Er is geen feit '{reference}'."),
    ],
}


# The bundle's progress messages (seal/bundle.py, seal/copies.py), the same way.
PROGRESS = {
    "nl": [
        (r"document (?P<n>\d+)/(?P<total>\d+): (?P<name>.+)", "document {n} van {total}: {name}"),
        (r"evidence (?P<n>\d+)/(?P<total>\d+): stuk (?P<piece>\d+)", "bewijs {n} van {total}: stuk {piece}"),
        (r"chart: (?P<name>.+)", "grafiek: {name}"),
    ],
}


def progress(message: str, language: str) -> str:
    return _translated(message, PROGRESS.get(language, []))


def refusal(message: str, language: str) -> str:
    """A refusal of the library in the page's language, where the table has it."""
    return _translated(message, REFUSALS.get(language, []))


def _translated(message: str, table: list[tuple[str, str]]) -> str:
    import re

    for pattern, text in table:
        match = re.fullmatch(pattern, message)
        if match:
            return text.format(**match.groupdict())
    return message
