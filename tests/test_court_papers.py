"""The summons and the ex parte petition as a lawyer would file them (issue 11,
legal-review-1.md §1-§3 and §6): read back from the rendered documents for the demo case
and for variants (procedure, gender, confidential address, an old last incident, no
notices, the partnership)."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document

from filings.errors import CaseInvalid
from filings.lang.nl import FIRST_PERSON
from filings.load.loader import load_case

from conftest import DEMO, TODAY, minimal_case
from docs_helpers import docx_text, render_all

SUMMONS, PETITION, GUIDE = "04-dagvaarding-kort-geding.docx", "04-eenzijdig-verzoekschrift.docx", \
    "00-lees-eerst-gids.docx"
NBSP = "\u00a0"
STOCK = ["De feiten duren voort", "volgen elkaar op", "neemt toe in frequentie"]


def court_case(procedure: str = "summons", *, victim: str = "female", respondent: str | None = "male",
               confidential: bool = False, last: str = "2026-11-20", notices: bool = True,
               partnership: str | None = None, children: bool | None = None) -> dict:
    """A case with a court request whose facts are in her first-person voice."""
    data = minimal_case()
    data["victim"]["gender"] = victim
    data["victim"]["profession"] = "bediende"
    if respondent:
        data["respondent"]["gender"] = respondent
    data["respondent"]["relationship"] = "ex_partner"
    if partnership:
        data["respondent"]["partnership"] = partnership
    if children is not None:
        data["respondent"]["children_together"] = children
    data["victim"]["address_confidential"] = confidential
    data["lawyer"] = {"first_name": "Jan", "last_name": "Claes", "bar": "Brugge",
                      "address": {"street": "Ezelstraat", "number": "3", "postal_code": "8000", "city": "Brugge"}}
    data["evidence"].append({"id": "E2", "kind": "screenshot", "description": "Bericht", "date": last})
    data["incidents"] = [
        {"date": "2026-01-30", "time": "21:00", "location": "aan mijn woning", "kinds": ["home_visit"],
         "description": "Hij stond aan mijn deur.\nIk heb niet opengedaan.\n\nDaarna belde hij mijn zus.",
         "witnesses": ["W1"]},
        {"date": "2026-02-10", "location": "WhatsApp", "kinds": ["messages", "threat"],
         "description": "Hij schreef: \"Ik krijg je wel.\"", "evidence": ["E1"]},
        {"date": last, "location": "Instagram", "kinds": ["social_media"],
         "description": "Een nieuw account volgde mij en stuurde mij een hartje.", "evidence": ["E2"]},
    ]
    data["evidence"][0]["date"] = "2026-02-10"
    if notices:
        data["notices"] = [{"id": "N1", "date": "2026-02-01", "by": "lawyer", "channel": "registered_letter",
                            "text": "Mijn cliënte wenst geen enkel contact meer."}]
    data["request"] = {"procedure": procedure, "court": "Rechtbank van eerste aanleg West-Vlaanderen, afdeling Brugge",
                       "contact_ban": True, "penalty_eur": 250, "penalty_max_eur": 10000,
                       "urgency": "Hij dreigt terug te komen.",
                       "restraining_order": {"distance_m": 100, "places": ["haar werk, Zand 20, 8000 Brugge"]}}
    return data


def papers(write_case, data) -> dict[str, bytes]:
    return {name: data for name, (_, data) in render_all(write_case(data)).items()}


def court_paper(documents: dict[str, bytes]) -> tuple[str, bytes]:
    name = SUMMONS if SUMMONS in documents else PETITION
    return docx_text(documents[name]), documents[name]


def outside_quotes(data: bytes) -> list[str]:
    """Every paragraph of a document that is not a quotation, with inline “…” removed."""
    lines = []
    for paragraph in Document(io.BytesIO(data)).paragraphs:
        if paragraph.style.name == "Quote":
            continue
        lines.append(re.sub(r"“[^”]*”", "", paragraph.text))
    return lines


VARIANTS = [
    ("summons", "female", "male", False), ("summons", "male", "female", True),
    ("summons", "other", None, False), ("ex_parte", "female", "male", True),
    ("ex_parte", "male", "female", False), ("ex_parte", "other", "other", True),
]


@pytest.mark.parametrize("procedure,victim,respondent,confidential", VARIANTS)
def test_the_lawyer_speaks_and_quotes_her_logbook_as_hers(write_case, procedure, victim, respondent,
                                                          confidential):
    data = court_case(procedure, victim=victim, respondent=respondent, confidential=confidential)
    data["police_reports"][0]["summary"] = "Ik diende klacht in\nomdat hij bleef bellen."
    documents = papers(write_case, data)
    text, data = court_paper(documents)
    # the exploot's one first-person line is the bailiff's ("heb ik, ondergetekende, ..."), not hers
    spoken = [line for line in outside_quotes(data)
              if FIRST_PERSON.search(line) and not line.startswith("heb ik, ondergetekende")]
    assert not spoken, spoken
    party = {("summons", "female"): "Eiseres", ("summons", "male"): "Eiser",
             ("summons", "other"): "Eisende partij", ("ex_parte", "female"): "Verzoekster",
             ("ex_parte", "male"): "Verzoeker", ("ex_parte", "other"): "Verzoekende partij"}[procedure, victim]
    # her words, quoted with the stuk number of her logbook (3 pieces: the logbook is stuk 3)
    assert f"{party} noteerde (stuk 3, feit 1):\n\n“Hij stond aan mijn deur. Ik heb niet opengedaan.\n\n" \
           "Daarna belde hij mijn zus.”" in text
    assert "(stuk 3)" in text
    assert "PV BG.12.L1.00123/2026 van 1 februari 2026: “Ik diende klacht in omdat hij bleef bellen.”" in text
    # the place in her words ('aan mijn woning') is not the lawyer's heading
    assert "Feit 1 — vrijdag 30 januari 2026, 21:00 — komen aan de woning\n" in text
    if confidential:
        # her domicile is left for the lawyer to fill in or account for, never printed or settled
        assert "Markt 1, 8000 Brugge" not in text and "woonplaats kiezend op het kantoor" in text
        assert "woonplaats: ______________ (door de advocaat in te vullen of te verantwoorden" in text
    else:
        assert "wonende te Markt 1, 8000 Brugge" in text


def test_reflow_one_newline_is_a_space_an_empty_line_a_paragraph(write_case):
    data = papers(write_case, court_case())[SUMMONS]
    quotes = [p.text for p in Document(io.BytesIO(data)).paragraphs if p.style.name == "Quote"]
    assert quotes[:2] == ["“Hij stond aan mijn deur. Ik heb niet opengedaan.", "Daarna belde hij mijn zus.”"]


@pytest.mark.parametrize("procedure", ["summons", "ex_parte"])
def test_urgency_is_the_computed_facts_never_a_stock_sentence(write_case, procedure):
    text, _ = court_paper(papers(write_case, court_case(procedure)))
    for expected in [
        # dates, never 'N days before' the date of the draft
        "Het dossier telt 3 feiten; het laatste dateert van 20 november 2026.\n",
        # a threat is not violence
        "Dreigende uitlatingen in feit 2; verweerder kwam naar haar toe" if procedure == "summons"
        else "Dreigende uitlatingen in feit 2; Tom Wouters kwam naar haar toe",
        "Na de klacht bij de politie van 1 februari 2026 volgden nog 2 feiten (feiten 2 en 3).",
        "Hij dreigt terug te komen.",
    ]:
        assert expected in text, expected
    for stock in STOCK:
        assert stock not in text
    # a falling frequency argues against urgency: the papers leave it to the lawyer's judgment
    assert "De frequentie" not in text
    assert "dagen vóór 26 november" not in text and "geweld" not in text
    assert "27 oktober" not in text  # never a date computed from the day of the draft


def test_the_demo_summons_counts_its_own_facts():
    text = docx_text(render_all()[SUMMONS][1])
    assert "Het dossier telt 8 feiten; het laatste dateert van 19 november 2026." in text
    # the knowledge element in the statute's words, proven by a piece
    assert ("Verweerder wist of had moeten weten dat hij door zijn gedrag de rust van eiseres ernstig zou "
            "verstoren: op 29 januari 2026 liet eiseres hem per bericht weten: “Ik wil geen contact meer met "
            "jou. Bel me niet meer en stuur me niets meer.” (stuk 1).") in text
    assert "Na 29 januari 2026 volgden nog 7 feiten (feiten 2 tot en met 8)." in text
    # her account of the harm is quoted as hers, never as the content of a filed complaint
    assert "Eiseres beschrijft de gevolgen zelf:" in text and "in haar klacht" not in text
    for stock in STOCK:
        assert stock not in text


def test_an_old_last_incident_is_stated_and_warned_about(write_case, tmp_path):
    path = write_case(court_case(last="2026-05-03"))
    loaded = load_case(path, today=TODAY)
    warnings = [w.render(path) for w in loaded.warnings]
    assert any("incidents: warning: the last incident is 207 days old (2026-05-03); after 90 days the "
               "urgency of kort geding (art. 584 Ger.W.) is open to dispute" in w for w in warnings), warnings
    documents = papers(write_case, court_case(last="2026-05-03"))
    text = docx_text(documents[SUMMONS])
    assert "het laatste dateert van 3 mei 2026." in text
    assert "opgetekend" not in text  # nothing recent is claimed
    assert "Het laatste feit is 207 dagen oud: de spoedeisendheid" in docx_text(documents[GUIDE])
    # an ex parte petition is held to a month
    petition = load_case(write_case(court_case("ex_parte", last="2026-10-20")), today=TODAY)
    assert any("37 days old" in w.message and "absolute necessity" in w.message for w in petition.warnings)


def test_knowledge_is_argued_from_the_notices(write_case):
    text, _ = court_paper(papers(write_case, court_case()))
    assert ("Verweerder wist of had moeten weten dat hij door zijn gedrag de rust van eiseres ernstig zou "
            "verstoren: op 1 februari 2026 liet de advocaat van eiseres hem per aangetekende brief weten: "
            "“Mijn cliënte wenst geen enkel contact meer.”. Na 1 februari 2026 volgden nog 2 feiten "
            "(feiten 2 en 3).") in text


def test_without_notices_the_knowledge_comes_from_the_facts_and_validate_says_so(write_case):
    data = court_case(notices=False)
    loaded = load_case(write_case(data), today=TODAY)
    assert any(w.path == ("notices",) and "no notice recorded" in w.message for w in loaded.warnings)
    documents = papers(write_case, data)
    text = docx_text(documents[SUMMONS])
    assert ("Verweerder had moeten weten dat hij door zijn gedrag de rust van eiseres ernstig zou verstoren: "
            "3 feiten tussen 30 januari 2026 en 20 november 2026, over een periode van 294 dagen, waaronder "
            "dreigende uitlatingen (feit 2).") in text
    assert "wist of had moeten weten dat hij door" not in text
    assert "geen aanmaning" in docx_text(documents[GUIDE])


def test_civil_basis_and_weighing_of_interests(write_case):
    text, _ = court_paper(papers(write_case, court_case()))
    for expected in ["Burgerlijke grondslag", "(art. 6.5 BW)", "art. 22 Gw. en art. 8 EVRM",
                     "Afweging van belangen", "Het straatverbod geldt enkel rond de plaats die het "
                     "dispositief met adres noemt", f"begrensd tot €{NBSP}10.000,00"]:
        assert expected in text, expected
    old = court_case()
    old["incidents"][0]["date"] = "2024-12-30"
    text, _ = court_paper(papers(write_case, old))
    assert "(art. 6.5 BW; art. 1382 oud BW voor de feiten vóór 1 januari 2025)" in text


@pytest.mark.parametrize("procedure", ["summons", "ex_parte"])
def test_claims_he_can_know_and_obey_with_the_usual_exceptions(write_case, procedure):
    text, _ = court_paper(papers(write_case, court_case(procedure)))
    other = "verweerder" if procedure == "summons" else "Tom Wouters"
    party = "eiseres" if procedure == "summons" else "verzoekster"
    for expected in [
        "met uitzondering van contact via hun advocaten of gerechtsdeurwaarders en van de aanwezigheid "
        "op terechtzittingen in zaken tussen hen;",
        f"{other} te verbieden zich te begeven binnen een straal van 100 meter rond:\n\nhaar werk, Zand 20, 8000 Brugge;",
        # he can obey only what he sees: no deliberate approach, and leave once he notices her
        f"{other} te verbieden zich opzettelijk binnen 100 meter van {party} te begeven of op te houden, en "
        f"hem te bevelen zich, zodra hij {party} opmerkt, onmiddellijk tot op ten minste 100 meter van haar "
        "te verwijderen",
        "e-mail en sociale media (ook via nieuwe of andere nummers, accounts of adressen, en ook door "
        f"berichten of reacties gericht aan {party} op accounts van derden), brieven en geschenken",
        f"een dwangsom te betalen van €{NBSP}250,00 per inbreuk op elk van deze verboden, met een maximum van "
        f"€{NBSP}10.000,00 in totaal, te verbeuren na de betekening van de beschikking;",
        "te zeggen dat de beschikking ten uitvoer kan worden gelegd zonder borgstelling of kantonnement",
    ]:
        assert expected in text, expected
    assert "uitvoerbaar bij voorraad" not in text
    costs = ["tot de kosten van het geding (art. 1017 Ger.W.)", "rechtsplegingsvergoeding (art. 1022 Ger.W.): €",
             "begrotingsfonds voor de juridische tweedelijnsbijstand", "rolrecht: €"]
    for expected in costs:
        assert (expected in text) is (procedure == "summons"), expected


@pytest.mark.parametrize("place,message", [
    ("de woning van eiseres", "names no address"),
    ("rond de woonplaats van eiseres", "names no address"),
    ("haar huis, Markt 1, 8000 Brugge", "is the victim's confidential address"),
])
def test_validate_refuses_a_ban_around_an_address_the_papers_do_not_state(write_case, place, message):
    data = court_case(confidential=True)
    data["request"]["restraining_order"]["places"] = [place]
    with pytest.raises(CaseInvalid) as refused:
        load_case(write_case(data), today=TODAY)
    lines = refused.value.lines()
    assert any(f"request.restraining_order.places[0]: {message}" in line and "around_person" in line
               for line in lines), lines


def test_a_ban_around_her_person_alone_is_enough(write_case):
    data = court_case(confidential=True)
    data["request"]["restraining_order"] = {"distance_m": 50}
    text, _ = court_paper(papers(write_case, data))
    assert "verweerder te verbieden zich opzettelijk binnen 50 meter van eiseres te begeven of op te houden" in text
    assert "binnen een straal van" not in text
    data["request"]["restraining_order"] = {"distance_m": 50, "around_person": False}
    with pytest.raises(CaseInvalid, match="bans nothing"):
        load_case(write_case(data), today=TODAY)


def test_the_summons_names_the_courthouse_and_the_bailiffs_lines(write_case):
    data = court_case()
    text = docx_text(papers(write_case, data)[SUMMONS])
    assert ("zitting houdend in kort geding, in het gerechtsgebouw, Kazernevest 3, 8000 Brugge, zittingzaal "
            "______________ (art. 702, 5° Ger.W.)") in text
    for line in ["gerechtsdeurwaarder met kantoor te ______________________ (adres van het kantoor)",
                 "Betekend te ______________________ (plaats van betekening)",
                 "het afschrift afgegeven aan ______________________ (aan de persoon van verweerder",
                 "Kosten van dit exploot: €"]:
        assert line in text, line
    # a division the table has no confirmed address for: a clear blank, never a guess
    data["request"]["court"] = "Rechtbank van eerste aanleg West-Vlaanderen, afdeling Kortrijk"
    text = docx_text(papers(write_case, data)[SUMMONS])
    assert ("in het gerechtsgebouw te ______________________ (adres van het gerechtsgebouw, in te vullen), "
            "zittingzaal ______________") in text
    # the registry's own place wins
    data["request"]["hearing"] = {"date": "2026-12-09", "time": "09:30", "place": "zaal C, Kazernevest 3, Brugge"}
    text = docx_text(papers(write_case, data)[SUMMONS])
    assert "om te verschijnen op 9 december 2026 om 09:30 uur" in text
    assert "in zaal C, Kazernevest 3, Brugge (art. 702, 5° Ger.W.)" in text


def test_the_petition_is_an_ex_parte_request(write_case):
    text = docx_text(papers(write_case, court_case("ex_parte"))[PETITION])
    for expected in [
        "Aan de voorzitter van de Rechtbank van eerste aanleg West-Vlaanderen, afdeling Brugge, rechtsprekend "
        "op eenzijdig verzoekschrift",
        "Voorwerp van het verzoek", "Verzoekster verzoekt dat Tom Wouters bij voorraad verboden wordt",
        "Volstrekte noodzakelijkheid",
        # absolute necessity from the case's own facts only (here: facts after the notice)
        "Een dagvaarding in kort geding, ook met verkorte termijn, moet aan Tom Wouters worden betekend "
        "voordat de voorzitter beslist, en brengt hem zo van de procedure op de hoogte. Gelet op de volgende "
        "feiten kan van verzoekster niet worden gevergd dat zij die tijd zonder bescherming doorbrengt:\n\n"
        "nadat hij op 1 februari 2026 gevraagd werd elk contact te stoppen, volgden nog 2 feiten (feiten 2 en 3).",
        "verzoekt de voorzitter, rechtsprekend op eenzijdig verzoekschrift, het verzoek ontvankelijk en gegrond",
        # unconfirmed (legal-be-brief.md has no source): left blank for the lawyer, never guessed
        "Verzoekster legt alle stukken voor waarop dit verzoek steunt.",
        "Eva Janssens, bediende, geboren op 2 april 1990",  # art. 1026: the petitioner's profession
        "Gedaan te ______________________ op ______________________.",
        "(art. 1026, 5° en 1027 Ger.W.)",
    ]:
        assert expected in text, expected
    for summons_word in ["eiseres", "zitting houdend in kort geding", "de vordering", "rechtsplegingsvergoeding"]:
        assert summons_word not in text, summons_word


@pytest.mark.parametrize("partnership,children,expected", [
    ("marriage", None, "De partijen zijn of waren gehuwd: ga na of de familierechtbank bevoegd is"),
    ("legal_cohabitation", False, "De partijen zijn of waren wettelijk samenwonend: ga na"),
    ("de_facto", True, "De partijen hebben samen kinderen: ga na"),
    (None, None, "het dossier zegt niet of zij gehuwd of wettelijk samenwonend waren"),
    ("none", False, None),
    ("de_facto", False, None),
])
def test_the_family_court_pointer_comes_from_the_partnership(write_case, partnership, children, expected):
    guide = docx_text(papers(write_case, court_case(partnership=partnership, children=children))[GUIDE])
    if expected is None:
        assert "familierechtbank" not in guide
    else:
        assert expected in guide


def test_headings_and_introductions_stay_with_what_follows(write_case):
    data = papers(write_case, court_case())[SUMMONS]
    document = Document(io.BytesIO(data))
    assert document.styles["Heading 1"].paragraph_format.keep_with_next
    assert document.styles["Heading 2"].paragraph_format.keep_with_next
    headings = [p for p in document.paragraphs if p.text.startswith("Feit ")]
    assert headings and all(p.paragraph_format.keep_with_next for p in headings)
    notes = [p for p in document.paragraphs if " noteerde (stuk " in p.text]
    assert notes and all(p.paragraph_format.keep_with_next for p in notes)


def test_a_first_person_urgency_is_quoted_as_hers_and_warned_about(write_case):
    data = court_case()
    data["request"]["urgency"] = "Ik durf niet meer naar mijn werk."
    loaded = load_case(write_case(data), today=TODAY)
    assert any(w.path == ("request", "urgency") and "first person" in w.message for w in loaded.warnings)
    text = docx_text(papers(write_case, data)[SUMMONS])
    assert "Eiseres licht zelf toe:\n\n“Ik durf niet meer naar mijn werk.”" in text


def test_the_demo_validates_without_a_court_warning():
    loaded = load_case(DEMO, today=TODAY)
    assert not [w for w in loaded.warnings if w.path in (("incidents",), ("notices",), ("request", "urgency"))]


@pytest.mark.libreoffice
def test_on_the_pages_no_fact_heading_or_heading_ends_a_page(tmp_path):
    """§6, seen on the PDF pages: a 'Feit N' heading and her 'noteerde' line start the page
    their quotation is on; no section heading is the last line of a page."""
    import subprocess

    from test_libreoffice import convert, required, soffice

    binary = soffice()
    pdftotext = required("pdftotext", package="poppler-utils")
    source = tmp_path / SUMMONS
    source.write_bytes(render_all()[SUMMONS][1])
    convert(binary, [source], "pdf", tmp_path, tmp_path / "profile")
    pdf = tmp_path / SUMMONS.replace(".docx", ".pdf")
    pages = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    headings = {"Feiten", "Spoedeisendheid", "In rechte", "Belaging", "Burgerlijke grondslag",
                "Afweging van belangen", "Dwangsom", "Om deze redenen", "Stukken", "Betekening"}
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if "pagina" not in line and "ONTWERP" not in line]
        if not body:
            continue
        last = body[-1]
        assert not last.startswith("Feit ") and "noteerde (stuk" not in last, (number, last)
        assert last not in headings, (number, last)


def test_her_typed_texts_reach_the_court_papers_masked(write_case):
    data = court_case(confidential=True)
    data["victim"]["phone"] = "+32 470 99 88 77"
    data["notices"][0]["text"] = "Bel me niet meer op +32 470 99 88 77 en kom niet naar Markt 1, 8000 Brugge."
    data["complaint"] = {"harm": "Ik durf niet meer naar Markt 1 te gaan.", "prosecutor_office": "West-Vlaanderen"}
    data["incidents"][0]["place"] = "aan haar woning, Markt 1, 8000 Brugge"
    loaded = load_case(write_case(data), today=TODAY)
    assert {("notices", 0, "text"), ("incidents", 0, "place")} <= {w.path for w in loaded.warnings}
    for name in (SUMMONS,):
        text = docx_text(papers(write_case, data)[name])
        assert "Markt 1" not in text and "470 99 88 77" not in text
        assert "“Bel me niet meer op [contactgegeven afgeschermd]" in text
        assert "Feit 1 — vrijdag 30 januari 2026, 21:00 — aan haar woning, [adres afgeschermd]" in text


def test_what_no_source_confirmed_is_left_blank_and_named_in_the_guide_for_a_petition(write_case):
    petition_docs = papers(write_case, court_case("ex_parte"))
    petition, guide = docx_text(petition_docs[PETITION]), docx_text(petition_docs[GUIDE])
    assert "art. 1031" not in petition and "art. 1033" not in petition  # never stated as certain
    assert ("Hoger beroep van verzoekster tegen een weigering: art. 1031 Ger.W. (niet bevestigd; controleer "
            "het artikel en de termijn op Justel vóór u het vermeldt)") in guide
    summons_guide = docx_text(papers(write_case, court_case("summons"))[GUIDE])
    assert "art. 1031" not in summons_guide  # a summons has no such blank


def necessity_section(text: str) -> str:
    return text.split("Volstrekte noodzakelijkheid")[1].split("In rechte")[0]


def test_a_petition_argues_necessity_only_from_facts_that_support_it(write_case):
    # violence and a recent approach: both argued, and nothing to warn about
    data = court_case("ex_parte")
    data["incidents"].append({"date": "2026-11-18", "location": "Zand, Brugge", "kinds": ["following", "violence"],
                              "description": "Hij greep mijn arm vast."})
    loaded = load_case(write_case(data), today=TODAY)
    assert not [w for w in loaded.warnings if w.path == ("request", "procedure")]
    section = necessity_section(docx_text(papers(write_case, data)[PETITION]))
    assert "Tom Wouters gebruikte geweld (feit 3);" in section
    assert "op 18 november 2026 kwam hij nog naar haar toe of volgde hij haar (feit 3);" in section
    assert "Daarom wordt de zaak bij eenzijdig verzoekschrift ingeleid (art. 584, derde lid, Ger.W.)." in section
    # the sentence that held for every case is gone
    assert "zonder bescherming tussen" not in section and "blijft verzoekster zonder bescherming" not in section


def test_a_petition_without_supporting_facts_leaves_a_blank_and_is_warned_against(write_case):
    data = court_case("ex_parte", notices=False)
    data["incidents"][1]["kinds"] = ["messages"]  # no threat, no violence, no recent approach
    path = write_case(data)
    warnings = [w for w in load_case(path, today=TODAY).warnings if w.path == ("request", "procedure")]
    assert warnings and "a judge may refuse the petition" in warnings[0].message
    documents = papers(write_case, data)
    section = necessity_section(docx_text(documents[PETITION]))
    assert ("______________________ (door de advocaat aan te vullen: de feiten waaruit de volstrekte "
            "noodzakelijkheid blijkt; zie de gids).") in section
    assert "Daarom wordt de zaak" not in section and "Gelet op de volgende feiten" not in section
    guide = docx_text(documents[GUIDE])
    assert ("Volstrekte noodzakelijkheid: het dossier vermeldt geen geweld, en hij kwam het laatst naar het "
            "slachtoffer toe op 30 januari 2026.") in guide
    assert "Een dagvaarding in kort geding, desnoods met verkorte termijn, is dan de veiligere weg" in guide


def test_the_demo_as_a_petition_is_warned_about_and_argues_its_recent_threat(tmp_path):
    case = tmp_path / "case.yaml"
    case.write_text(DEMO.read_text(encoding="utf-8").replace("procedure: summons", "procedure: ex_parte"),
                    encoding="utf-8")
    import shutil
    shutil.copytree(DEMO.parent / "bewijs", tmp_path / "bewijs")
    loaded = load_case(case, today=TODAY)
    assert [w for w in loaded.warnings if w.path == ("request", "procedure")]
    documents = {name: data for name, (_, data) in render_all(case).items()}
    section = necessity_section(docx_text(documents[PETITION]))
    assert "op 19 november 2026 deed hij nog een dreigende uitlating (feit 8);" in section
    assert "geweld" not in section  # there was none
    assert "het laatst naar het slachtoffer toe op 3 mei 2026" in docx_text(documents[GUIDE])


def test_quotations_inside_her_words_take_the_inner_marks():
    text = docx_text(render_all()[SUMMONS][1])
    assert "“Voicemail: ‘Je ontsnapt me niet, Sarah. Ik sta vanavond aan je werk.’”" in text
    assert '"' not in text


def test_a_hospital_in_a_ban_keeps_urgent_care_open(write_case):
    data = court_case()
    data["request"]["restraining_order"]["places"] = ["haar werk, AZ Sint-Jan, Ruddershove 10, 8000 Brugge",
                                                      "haar sportclub, Zand 20, 8000 Brugge"]
    text = docx_text(papers(write_case, data)[SUMMONS])
    assert ("haar werk, AZ Sint-Jan, Ruddershove 10, 8000 Brugge (behoudens wanneer verweerder er zelf "
            "dringende medische zorg nodig heeft),") in text
    assert "haar sportclub, Zand 20, 8000 Brugge;" in text


def test_the_relationship_its_end_and_the_family_facts(write_case):
    data = court_case(partnership="de_facto", children=False)
    warnings = load_case(write_case(data), today=TODAY).warnings
    assert any(w.path == ("respondent", "relationship_end") for w in warnings)
    documents = papers(write_case, data)
    assert "relationship_end" in docx_text(documents[GUIDE])
    text = docx_text(documents[SUMMONS])
    assert ("De partijen waren noch gehuwd, noch wettelijk samenwonend: zij woonden feitelijk samen, en zij "
            "hebben geen gemeenschappelijke kinderen.") in text
    data["respondent"]["relationship_end"] = "2026-01-10"
    text = docx_text(papers(write_case, data)[SUMMONS])
    assert "door verweerder, haar ex-partner (de relatie eindigde op 10 januari 2026)." in text
    # the case does not say whether they had children: no such fact is stated
    text = docx_text(papers(write_case, court_case(partnership="de_facto"))[SUMMONS])
    assert "gemeenschappelijke kinderen" not in text


def test_a_notice_without_a_piece_is_named_for_the_lawyer(write_case):
    data = court_case()
    assert any(w.path == ("notices", 0, "evidence") and "no piece proves this notice" in w.message
               for w in load_case(write_case(data), today=TODAY).warnings)
    assert "Een aanmaning (1 februari 2026) heeft geen stuk" in docx_text(papers(write_case, data)[GUIDE])
    data["notices"][0]["evidence"] = ["E1"]
    assert not [w for w in load_case(write_case(data), today=TODAY).warnings if w.path[0] == "notices"]


def test_the_drafting_note_is_in_the_guide_not_in_the_exploot():
    documents = {name: data for name, (_, data) in render_all().items()}
    assert "Ontwerp voor de gerechtsdeurwaarder" not in docx_text(documents[SUMMONS])
    assert "De dagvaarding is een ontwerp voor de gerechtsdeurwaarder en de advocaat" in docx_text(documents[GUIDE])


def test_the_demo_summons_after_the_second_review():
    documents = {name: data for name, (_, data) in render_all().items()}
    text, guide = docx_text(documents[SUMMONS]), docx_text(documents[GUIDE])
    # what ties the numbers and accounts of the facts to him
    assert ("Verweerder gebruikt het nummer +32 478 98 76 54 en de accounts Instagram @kevin.ds en "
            "Instagram @k.ds.2026.") in text
    # the attest of the complaint is cited; damage is found by her, never said to be his doing
    assert "PV GE.55.L3.012345/2026 van 3 februari 2026 (PZ Gent) (stuk 2)" in text
    assert "bij feit 4 stelde eiseres schade vast" in text and "schade in feit" not in text
    assert "beschadiging" not in text and "bedreiging (" not in text  # no criminal label of the judge's
    assert "namelijk dreigende uitlatingen (3×), oproepen (2×)" in text
    # the silence between two facts is named for the lawyer, with the drafting marks to remove
    assert ("Tussen feit 7 (3 mei 2026) en feit 8 (19 november 2026) liggen 200 dagen zonder feiten"
            in guide)
    assert "schrap de aanwijzingen tussen haakjes" in guide
    assert "Voeg de ondertekende getuigenverklaringen als stukken toe" in guide


def test_the_guide_helps_first_and_says_what_victims_need_to_know():
    guide = docx_text(render_all()[GUIDE][1])
    assert guide.index("Hulp") < guide.index("De documenten")  # help near the top (§5)
    for expected in [
        "Belaging is sinds de wet van 25 maart 2016 geen klachtmisdrijf meer: het parket kan vervolgen, "
        "ook als u uw klacht intrekt.",
        "juridische tweedelijnsbijstand, pro deo", "rechtsbijstand dekt",
        "Slachtofferonthaal: justitieassistenten bij het parket en het justitiehuis",
        "bel bij gevaar 112 of 101",
        "Overtreedt hij een verbod van de rechter: noteer het meteen in uw logboek",
        "de naam en het adres van de getuige komen zo bij hem terecht",
    ]:
        assert expected in guide, expected
