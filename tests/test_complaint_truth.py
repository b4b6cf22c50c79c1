"""The complaint, the injured-party declaration and the contact sheet tell the police and the
prosecutor only what the case says (issue 12, legal-review-1.md §1 and §4): what he knows of
her address, the threats with their words, the requests the data supports, the addressee."""

from __future__ import annotations

import pytest

from filings.load.loader import load_case

from conftest import TODAY, minimal_case
from docs_helpers import docx_text, render_all

COMPLAINT, DECLARATION, SHEET = "01-klacht.docx", "02-verklaring-benadeelde-persoon.docx", \
    "03-contactgegevens-vertrouwelijk.docx"


def confidential_case(knows: str | None = None) -> dict:
    data = minimal_case()
    data["victim"]["address_confidential"] = True
    data["lawyer"] = {"first_name": "Jan", "last_name": "Claes", "bar": "Brugge",
                      "address": {"street": "Ezelstraat", "number": "3", "postal_code": "8000", "city": "Brugge"}}
    if knows:
        data["respondent"]["knows_victim_address"] = knows
    return data


def texts(write_case, data) -> dict[str, str]:
    return {name: docx_text(body) for name, (_, body) in render_all(write_case(data)).items()}


@pytest.mark.parametrize("knows,complaint,sheet", [
    ("no", "Voor zover ik weet, kent de verdachte mijn huidige adres niet.",
     "De verdachte kent dit adres, voor zover ik weet, niet."),
    ("yes", "De verdachte kent mijn adres helaas. Ik vraag toch dat mijn adres en contactgegevens niet "
     "worden opgenomen in stukken die hij kan inzien", "De verdachte kent dit adres helaas"),
    (None, "Ik weet niet of de verdachte mijn huidige adres kent.",
     "Ik weet niet of de verdachte dit adres kent."),
])
def test_what_he_knows_of_her_address_comes_from_the_case(write_case, knows, complaint, sheet):
    papers = texts(write_case, confidential_case(knows))
    assert complaint in papers[COMPLAINT]
    assert sheet in papers[SHEET]
    others = {"no", "yes", None} - {knows}
    for other in others:
        assert dict(no="kent de verdachte mijn huidige adres niet", yes="helaas", unknown="Ik weet niet of")[other or "unknown"] \
            not in papers[COMPLAINT] + papers[SHEET]
    # COL 03/2023 is for a victim whose address he does not know: not cited when he does
    assert ("COL 03/2023" in papers[COMPLAINT]) is (knows != "yes")


def test_no_contradicted_by_the_logbook_is_warned_about(write_case):
    data = confidential_case("no")
    data["incidents"].append({"date": "2026-03-01", "location": "aan mijn deur", "kinds": ["home_visit"],
                              "description": "Hij belde aan."})
    data["incidents"].append({"date": "2026-03-02", "location": "WhatsApp", "kinds": ["messages"],
                              "description": 'Hij schreef: "Ik weet waar je woont."'})
    warnings = [w for w in load_case(write_case(data), today=TODAY).warnings
                if "knows_victim_address" in w.message]
    assert [w.path for w in warnings] == [("incidents", 1), ("incidents", 2)]
    data["respondent"]["knows_victim_address"] = "yes"
    assert not [w for w in load_case(write_case(data), today=TODAY).warnings
                if "knows_victim_address" in w.message]


def test_threats_are_listed_with_their_words_for_the_prosecutor(write_case):
    data = minimal_case()
    data["incidents"] = [
        {"date": "2026-02-10", "location": "WhatsApp", "kinds": ["messages", "threat"],
         "description": 'Hij schreef: "Als jij niet van mij bent,\nvan niemand."'},
        {"date": "2026-02-12", "location": "aan mijn werk", "kinds": ["work_visit", "threat", "damage"],
         "description": "Hij riep dat hij terug zou komen. Mijn fiets was kapot."},
    ]
    text = texts(write_case, data)[COMPLAINT]
    assert "dreigende uitlatingen, mogelijk bedreiging (art. 327 e.v. Sw.), ter beoordeling:" in text
    # written, its words reflowed, the condition marked on the words that set it
    assert "feit 1 (schriftelijk): “Als jij niet van mij bent, van niemand.” (onder voorwaarde)" in text
    assert "\n\nfeit 2 (mondeling)\n\n" in text  # said where he came, no words quoted
    assert "beschadiging van eigendommen (feit 2)" in text
    assert "schriftelijk" not in text.split("feit 2")[1].split("\n")[0]


def test_requests_follow_the_data(write_case):
    data = minimal_case()
    text = texts(write_case, data)[COMPLAINT]
    assert "intrafamiliaal geweld" not in text and "ANPR" not in text
    data["respondent"]["relationship"] = "ex_partner"
    data["respondent"]["description"] = "rijdt met een witte Opel, ABC-123"
    text = texts(write_case, data)[COMPLAINT]
    assert "dat de feiten worden geregistreerd als intrafamiliaal geweld (ex-partners)" in text
    assert "ANPR-gegevens van de nummerplaat ABC-123" in text


def test_a_complaint_to_the_prosecutor_speaks_to_the_prosecutor(write_case):
    data = confidential_case("no")
    data["complaint"] = {"addressee": "prosecutor", "prosecutor_office": "Halle-Vilvoorde"}
    data["police_reports"][0]["prosecutor_reference"] = "HV.20.L1.001234/26"
    papers = texts(write_case, data)
    text = papers[COMPLAINT]
    assert "Aan de procureur des Konings, parket Halle-Vilvoorde, Nerviërsstraat 60, 1730 Asse" in text
    assert "voor de politie" not in text and "die ik overhandig" not in text
    assert "Ze staan op een afzonderlijk blad bij deze klacht." in text
    assert "Stukken bij deze klacht" in text
    assert "notitienummer HV.20.L1.001234/26" in text
    # a parket the table has no confirmed address for: a blank, never a guess
    data["complaint"]["prosecutor_office"] = "Limburg"
    assert ("parket Limburg, ______________________ (adres van het parket)"
            in texts(write_case, data)[COMPLAINT])


def test_an_empty_harm_is_warned_about_and_left_to_write(write_case):
    data = minimal_case()
    data["complaint"] = {"injured_party_declaration": True, "prosecutor_office": "West-Vlaanderen"}
    warnings = load_case(write_case(data), today=TODAY).warnings
    assert any(w.path == ("complaint", "harm") and "core of the injured-party declaration" in w.message
               for w in warnings)
    data["complaint"]["harm"] = "Ik slaap slecht."
    assert not [w for w in load_case(write_case(data), today=TODAY).warnings if w.path == ("complaint", "harm")]
    assert "Ik slaap slecht." in texts(write_case, data)[DECLARATION]


def test_papers_signed_later_leave_place_and_date_blank():
    for name in (COMPLAINT, DECLARATION, SHEET):
        text = docx_text(render_all()[name][1])
        assert "Opgemaakt te ______________________ op ______________________." in text, name
        assert "26 november 2026" not in text, name
