"""Audience decides content: the respondent and witnesses never see the victim's
confidential data (DESIGN.md principle 3); the police see it only on the contact sheet."""

from __future__ import annotations


from filings.privacy import Audience

from conftest import minimal_case
from docs_helpers import docx_text, render_all

DEMO_SECRETS = ["Kortrijksesteenweg", "+32 470 12 34 56", "sarah.peeters@example.be",
                "91.05.14-124.44", "91051412444", "470 12 34 56"]
REACHES_RESPONDENT = {Audience.court, Audience.witness, Audience.respondent, Audience.circle}


def test_demo_confidential_data_stays_where_it_belongs():
    seen = set()
    for name, (document, data) in render_all().items():
        text = docx_text(data)
        audience = document.kind.audience
        if audience in REACHES_RESPONDENT or audience is Audience.police:
            leaked = [s for s in DEMO_SECRETS if s in text]
            # The police may identify her by national number, never by address or contact.
            if audience is Audience.police:
                leaked = [s for s in leaked if s not in ("91.05.14-124.44",)]
            assert not leaked, (name, leaked)
        seen.add(audience)
    assert {Audience.court, Audience.witness, Audience.circle, Audience.police, Audience.police_only,
            Audience.victim} <= seen


def _confidential_case(tmp_path, write_case, **changes):
    data = minimal_case()
    victim = data["victim"]
    victim.update(address_confidential=True, phone="0470 99 88 77", email="eva@example.be",
                  national_number="90.04.02-202.07")
    data["lawyer"] = {"first_name": "Jan", "last_name": "Peeters", "bar": "Brugge",
                      "address": {"street": "Ezelstraat", "number": "3", "postal_code": "8000", "city": "Brugge"}}
    data["complaint"] = {"injured_party_declaration": True, "prosecutor_office": "West-Vlaanderen"}
    data["request"] = {"procedure": "ex_parte", "court": "Rechtbank van eerste aanleg West-Vlaanderen",
                       "contact_ban": True, "penalty_eur": 250, "urgency": "Hij staat elke avond aan de Markt 1."}
    # The victim herself wrote her address and phone into the logbook.
    data["incidents"][0]["location"] = "thuis, Markt 1, Brugge"
    data["incidents"][0]["description"] = "Hij belde naar 0470/99.88.77 en stond aan Markt nr. 1."
    data["incidents"].append({"date": "2026-02-10", "location": "Markt, Brugge", "kinds": ["following"],
                              "description": "Hij volgde me.", "witnesses": ["W1"]})
    data.update(changes)
    return write_case(data)


def test_typed_confidential_data_is_shielded_in_free_text(tmp_path, write_case):
    path = _confidential_case(tmp_path, write_case)
    secrets = ["Markt 1", "Markt nr. 1", "0470/99.88.77", "0470 99 88 77", "eva@example.be", "90.04.02-202.07"]
    for name, (document, data) in render_all(path).items():
        text = docx_text(data)
        audience = document.kind.audience
        if audience in REACHES_RESPONDENT:
            assert not [s for s in secrets if s in text], name
            if document.kind.name in ("petition", "logbook"):
                assert "[adres afgeschermd]" in text and "[contactgegeven afgeschermd]" in text, name
        if audience is Audience.police:
            assert not [s for s in secrets[:5] if s in text], name
        if audience is Audience.police_only:
            assert "Markt 1, 8000 Brugge" in text and "0470 99 88 77" in text


def test_open_address_is_the_woonplaats_but_contact_data_never_reaches_court(tmp_path, write_case):
    data = minimal_case()
    data["victim"].update(phone="0470 99 88 77", national_number="90.04.02-202.07")
    data["request"] = {"procedure": "summons", "court": "Rechtbank", "contact_ban": True,
                       "penalty_eur": 250, "urgency": "Dringend."}
    documents = render_all(write_case(data))
    summons = docx_text(documents["04-dagvaarding-kort-geding.docx"][1])
    assert "Eva Janssens, geboren op 2 april 1990, wonende te Markt 1, 8000 Brugge" in summons
    assert "0470 99 88 77" not in summons and "90.04.02-202.07" not in summons
    complaint = docx_text(documents["01-klacht.docx"][1])
    assert "Markt 1, 8000 Brugge" in complaint and "0470 99 88 77" in complaint
    assert "03-contactgegevens-vertrouwelijk.docx" not in documents


def test_witness_form_never_carries_another_witness_or_the_description(tmp_path, write_case):
    path = _confidential_case(tmp_path, write_case)
    documents = render_all(path)
    text = docx_text(documents["05-getuigenverklaring-w1-maes.docx"][1])
    assert "Hij volgde me" not in text and "Hij belde" not in text
    # Her `location` is in her words and never on it: the kinds give a neutral place.
    assert "thuis" not in text and "Markt" not in text and "afgeschermd" not in text
    assert "30 januari 2026, 21:00, via berichten" in text
    assert "10 februari 2026, op straat" in text


def test_logging_is_silent_about_case_data(tmp_path, write_case, caplog):
    caplog.set_level("DEBUG")
    render_all(_confidential_case(tmp_path, write_case))
    assert not [r for r in caplog.records if "Eva" in r.getMessage() or "Markt" in r.getMessage()]


def test_a_lawyers_witness_template_cannot_print_what_the_victim_wrote(tmp_path):
    """Principle 8: whatever a witness template asks for, her account is not in its data."""
    from filings.plan.contexts import Contexts
    from filings.plan.documents import planned_documents
    from filings.plan.evidence import evidence_items
    from filings.load.loader import load_case
    from conftest import DEMO, TODAY

    loaded = load_case(DEMO, today=TODAY)
    planned = planned_documents(loaded.case)
    contexts = Contexts(loaded, evidence_items(loaded), planned)
    witness = next(d for d in planned if d.kind.name == "witness_statement")
    values = contexts(witness)
    text = repr(values)
    for incident in loaded.case.incidents:
        assert incident.description.splitlines()[0] not in text
    for piece in loaded.case.evidence:
        assert piece.description not in text
    assert loaded.case.respondent.description.splitlines()[0] not in text
    assert {"incidents", "evidence", "police_reports"}.isdisjoint(values)
    court = contexts(next(d for d in planned if d.kind.name == "logbook"))
    assert loaded.case.incidents[0].description.splitlines()[0] in repr(court)  # the court papers keep it
