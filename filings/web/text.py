"""Every word the web pages show, by the name the templates use (`t.save`), as a message of
the tool's catalogues (filings/locale): the page speaks the language of the request it
answers (language.py), as the CLI speaks its user's. The library's own messages (a
refused date, the bundle's progress) come translated from the library itself.

Texts are marked with N_ here and translated when the page is made: a table read at
import cannot know the language of a request that comes later."""

from __future__ import annotations

from ..i18n import N_, _, spoken

MESSAGES = {
    "title": N_("Case file"),
    "skip": N_("Skip to the content"),
    "quick_exit": N_("Quick exit"),
    "quick_exit_hint": N_("Or press Escape twice."),
    "languages": N_("Language"),
    "nav": N_("Sections"),
    "nav_case": N_("Overview"),
    "nav_log": N_("Logbook"),
    "nav_evidence": N_("Evidence"),
    "nav_people": N_("People"),
    "nav_notices": N_("Notices"),
    "nav_reports": N_("Police reports"),
    "nav_papers": N_("Make the papers"),
    # overview
    "case_heading": N_("Your case"),
    "reference": N_("Reference"),
    "victim": N_("Victim"),
    "respondent": N_("Other party"),
    "lawyer": N_("Lawyer"),
    "unknown": N_("unknown"),
    "counts": N_("In the case"),
    "count_incidents": N_("incidents"),
    "count_evidence": N_("pieces of evidence"),
    "count_witnesses": N_("witnesses"),
    "count_notices": N_("notices"),
    "count_reports": N_("police reports"),
    "warnings": N_("Points to check"),
    "no_warnings": N_("Nothing to check."),
    "pattern": N_("The pattern"),
    "pattern_facts": N_("{count} incidents over {days} days, from {first} to {last}."),
    "pattern_channels": N_("Through: {channels}."),
    "pattern_months": N_("Per month: {per_month}."),
    "pattern_night": N_("At night ({start} to {end}): {count} of the {timed} incidents with a time."),
    "pattern_after_notice": N_("After the first notice ({date}): {count} incidents."),
    # logbook
    "log_heading": N_("Logbook"),
    "log_empty": N_("No incidents yet."),
    "log_add": N_("Add an incident"),
    "col_number": N_("No."),
    "col_date": N_("Date"),
    "col_time": N_("Time"),
    "col_place": N_("Place"),
    "col_kinds": N_("Kind"),
    "col_what": N_("What happened"),
    "col_evidence": N_("Evidence"),
    "col_witnesses": N_("Witnesses"),
    "incident_heading": N_("Add an incident"),
    "incident_intro": N_("Write down what happened, with his exact words in quotation marks."),
    "field_date": N_("Date"),
    "field_time": N_("Time (empty if you do not know)"),
    "field_end_time": N_("Until (time, may be empty)"),
    "field_location": N_("Place or channel (e.g. WhatsApp, at my door)"),
    "field_kinds": N_("What happened? (one or more)"),
    "field_description": N_("What happened"),
    "field_witnesses": N_("Witnesses"),
    "field_new_witnesses": N_("New witness: first name and last name (several: separate them with a comma)"),
    "field_files": N_("Evidence: photos, screenshots, recordings (may be empty)"),
    "field_police_report": N_("Police report number (empty if there is none)"),
    "save": N_("Save"),
    "required": N_("This cannot be empty."),
    "kinds_required": N_("Choose at least one kind."),
    "end_without_start": N_("Give the start time too, or leave this empty."),
    "cancel": N_("Back"),
    "form_problems": N_("Something is not right. See the fields below."),
    "not_saved_disk_full": N_("Nothing was saved: the disk is full. Free some space (or choose another disk "
                              "for the case) and try again."),
    "not_saved": N_("Nothing was saved: the case folder could not be written ({reason})."),
    "saved_incident": N_("Incident {id} is saved."),
    "saved_evidence": N_("Evidence {id} is added: {file}."),
    "already_evidence": N_("{file} was already in the case as {id}; not copied again."),
    "new_witness": N_("New witness {id}: {first} {last}. Add the date of birth, address and occupation later."),
    # evidence
    "evidence_heading": N_("Evidence"),
    "evidence_empty": N_("No evidence yet."),
    "evidence_add": N_("Add files"),
    "evidence_intro": N_("The files are copied into the case's folder, with their fingerprint (SHA-256). "
                         "An existing file is never overwritten."),
    "field_evidence_kind": N_("Kind of evidence"),
    "kind_guess": N_("guess from the file name"),
    "field_evidence_description": N_("What does the file show?"),
    "field_evidence_date": N_("Date of the evidence (may be empty)"),
    "field_evidence_incident": N_("With incident (may be empty)"),
    "no_incident": N_("none"),
    "col_id": N_("Id"),
    "col_kind": N_("Kind"),
    "col_description": N_("Description"),
    "col_file": N_("File"),
    "add": N_("Add"),
    "no_files": N_("Choose at least one file."),
    # people
    "people_heading": N_("People"),
    "witnesses": N_("Witnesses"),
    "witnesses_empty": N_("No witnesses yet."),
    "col_name": N_("Name"),
    "people_hint": N_("New witnesses are added when you add an incident. For now, you fill in the addresses "
                      "and other details of people in the case file (case.yaml)."),
    "col_relation": N_("Relation"),
    # notices
    "notices_heading": N_("Notices: when he was told to stop"),
    "notices_intro": N_("Every later paper counts the incidents after it: the proof that he knew."),
    "notices_empty": N_("No notices yet."),
    "notice_add": N_("Add a notice"),
    "field_notice_date": N_("Date"),
    "field_notice_by": N_("Who told him?"),
    "field_notice_channel": N_("How?"),
    "field_notice_text": N_("What he was told (word for word)"),
    "field_notice_files": N_("Evidence: screenshot, proof of delivery (may be empty)"),
    "col_by": N_("By"),
    "col_channel": N_("How"),
    "saved_notice": N_("Notice {id} is saved."),
    "by": {"victim": N_("me"), "lawyer": N_("my lawyer"), "police": N_("the police"),
           "prosecutor": N_("the public prosecutor"), "other": N_("someone else")},
    "channels": {"message": N_("message"), "letter": N_("letter"), "registered_letter": N_("registered letter"),
                 "email": N_("e-mail"), "social_media": N_("social media"), "phone": N_("phone"),
                 "in_person": N_("in person"), "other": N_("other")},
    # reports
    "reports_heading": N_("Police reports (PV)"),
    "reports_empty": N_("No police reports yet."),
    "report_add": N_("Add a police report"),
    "field_report_number": N_("Police report number (e.g. GE.55.L3.012345/2026)"),
    "field_report_date": N_("Date of the police report"),
    "field_report_zone": N_("Police zone (may be empty)"),
    "field_report_reference": N_("Public prosecutor's reference number (may be empty)"),
    "field_report_covers": N_("Incidents this police report covers"),
    "col_number_pv": N_("Number"),
    "col_zone": N_("Zone"),
    "col_covers": N_("Incidents"),
    "saved_report": N_("Police report {number} is saved."),
    # papers
    "papers_heading": N_("Make the papers"),
    "papers_intro": N_("Makes every document, the copies of the evidence and the list of fingerprints in the "
                       "case's folder '{folder}'. A previous version is replaced."),
    "papers_make": N_("Make the papers"),
    "papers_busy": N_("Working…"),
    "papers_progress": N_("Progress"),
    "papers_failed": N_("Making the papers failed:"),
    "papers_done": N_("Done: {documents} documents and {evidence} pieces of evidence."),
    "papers_none": N_("No papers made yet."),
    "papers_documents": N_("The documents one by one"),
    "papers_packages": N_("A package per reader"),
    "papers_packages_intro": N_("Give everyone only what is meant for them, never the whole folder."),
    "package_police": N_("For the police"),
    "package_court": N_("For the court and the lawyer"),
    "package_witness": N_("For witness {name}"),
    "download": N_("Download"),
    "reload": N_("Refresh"),
    # no case yet
    "start_heading": N_("Start a case"),
    "start_intro": N_("There is no case in this folder yet. Start a new case: you get a file to fill in "
                      "and a folder for the evidence."),
    "start_name": N_("Name of the new folder"),
    "start_default_name": N_("my-case"),
    "start_where": N_("The folder goes in {folder}."),
    "start_button": N_("Start a new case"),
    "start_done": N_("The case is made. First fill in the details in the file {file}."),
    "error_heading": N_("Something went wrong"),
    "error_text": N_("This page could not be shown. What went wrong is in the window where filings web "
                     "runs; show it to the person who helps you."),
    "case_broken": N_("The case cannot be read now. Have this checked:"),
    "neutral_title": N_("New tab"),
}

# The switch between the page's languages: each named in its own language.
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


class PageText:
    """The words of one page, in the language of the request being answered: `t.save`
    and t["save"] in that language; t.lang its code."""

    def __init__(self, language: str):
        self.lang = language
        self.language_names = LANGUAGE_NAMES

    def __getitem__(self, key: str):
        text = MESSAGES[key]
        if isinstance(text, dict):
            return {name: _(value) for name, value in text.items()}
        return _(text)


def page_text() -> PageText:
    return PageText(spoken())


def sentence(message: str) -> str:
    """A library message ('dit mag niet leeg zijn') as a sentence beside its field."""
    message = message.strip()
    if not message:
        return message
    return message[0].upper() + message[1:] + ("" if message.endswith((".", "?", "!")) else ".")
