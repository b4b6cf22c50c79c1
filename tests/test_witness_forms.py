"""The witness form, read back: the witness speaks and signs it, so it holds nothing the
victim typed (legal-review-1.md §2 and §6; issue 12)."""

from __future__ import annotations

import re
import subprocess

import pytest

from filings.load.loader import load_case

from conftest import DEMO, TODAY, minimal_case
from docs_helpers import docx_text, render_all

WITNESS_LINES = 22  # tools/build_templates.py: the writing space of the statement


def witness_forms(path=DEMO) -> dict[str, str]:
    return {name: docx_text(data) for name, (document, data) in render_all(path).items()
            if document.kind.name == "witness_statement"}


def first_person_case() -> dict:
    """Every incident typed in her voice, each with the witness, and her note of the relation."""
    data = minimal_case()
    data["witnesses"][0]["relation"] = "mijn collega, ze werkt met mij op de spoed"
    seen = {"witnesses": ["W1"]}
    data["incidents"] += [
        {"date": "2026-02-02", "time": "22:30", "location": "aan mijn woning", "kinds": ["home_visit"],
         "description": "Hij stond aan mijn deur en riep dat hij me overal zou vinden.", **seen},
        {"date": "2026-02-05", "time": "07:10", "end_time": "07:40", "location": "op mijn werk",
         "kinds": ["waiting", "work_visit"], "description": "Hij wachtte me op bij mijn auto.", **seen},
        {"date": "2026-02-09", "location": "achter mij aan in de Steenstraat", "kinds": ["following"],
         "description": "Hij liep me achterna tot aan mijn bushalte.", **seen},
        {"date": "2026-02-11", "time": "23:50", "location": "op mijn gsm", "kinds": ["calls"],
         "description": "Twaalf keer gebeld terwijl ik bij mijn collega was.", **seen},
        {"date": "2026-02-14", "location": "op mijn Instagram", "kinds": ["social_media"],
         "description": "Een reactie onder mijn foto: \"ik zie je\".", **seen},
        {"date": "2026-02-16", "location": "aan mijn bakker", "place": "aan de bakkerij in de Steenstraat",
         "kinds": ["waiting"], "description": "Hij wachtte me op aan de bakker.", **seen},
        {"date": "2026-02-18", "location": "aan mijn auto", "place": "aan mijn auto op de parking",
         "kinds": ["damage"], "description": "Mijn spiegel was eraf geslagen.", **seen},
    ]
    return data


def her_texts(path) -> list[str]:
    """What she typed that a witness form may never hold: every incident's location and
    description (each line, as typed and reflowed) and her note of each witness's relation."""
    case = load_case(path, today=TODAY).case
    texts = [i.location for i in case.incidents if i.location]
    for incident in case.incidents:
        lines = [line.strip() for line in incident.description.splitlines() if line.strip()]
        texts += lines + [" ".join(lines)]
    return texts + [w.relation for w in case.witnesses if w.relation]


def test_the_demo_form_names_the_witness_and_dates_hours_and_neutral_places(tmp_path):
    forms = witness_forms()
    lotte, youssef = forms["05-getuigenverklaring-w1-vermeulen.docx"], forms["05-getuigenverklaring-w2-el-amrani.docx"]
    for expected in [
        "SCHRIFTELIJKE GETUIGENVERKLARING", "art. 961/1 tot 961/3 Ger.W.",
        "Vermeulen", "Lotte", "20 januari 1990", "Brugge", "Veldstraat 40, 9000 Gent", "verpleegkundige",
        # the place from the kinds: not 'Parking UZ Gent', not 'Veldstraat, Gent' (her words)
        # the date and a neutral place, never her hours: they would steer the witness
        "12 maart 2026, op het werk van Sarah Peeters; 3 mei 2026, op straat",
        # art. 961/2 Ger.W.: the relation to each party, asked of the witness, in neutral words
        "Band met de partijen", "Met Sarah Peeters (eiseres):", "Met Kevin De Smet (verweerder):",
        "Is er geen band, schrijf dan: geen.",
        "Deze verklaring is opgesteld voor overlegging aan de rechtbank. Ik weet dat ik mij door een "
        "valse verklaring aan straffen blootstel.",
        "kopie (voor- en achterzijde)", "met de hand", "Opgemaakt te ______________________ op",
        "In de zaak van Sarah Peeters tegen Kevin De Smet",
        "ook de andere partij leest ze, met uw woonplaats",
    ]:
        assert expected in lotte, expected
    assert "21 maart 2026, Sint-Pietersnieuwstraat 20, 9000 Gent (toenmalige woning van Sarah Peeters)" in youssef
    assert "21 maart 2026" not in lotte  # Youssef's moment, not hers
    assert "26 november 2026" not in lotte  # the date of signing is left to the witness


@pytest.mark.parametrize("variant", ["demo", "first_person"])
def test_no_witness_form_holds_a_word_she_typed(write_case, variant):
    path = DEMO if variant == "demo" else write_case(first_person_case())
    forms = witness_forms(path)
    assert forms
    for name, text in forms.items():
        held = [typed for typed in her_texts(path) if typed in text]
        assert not held, (name, held)
        assert "het slachtoffer" not in text, name  # her label for herself is not the witness's


def test_first_person_incidents_become_neutral_places(write_case):
    (text,) = witness_forms(write_case(first_person_case())).values()
    for moment in [
        "30 januari 2026, via berichten",
        "2 februari 2026, bij de woning van Eva Janssens",
        "5 februari 2026, op het werk van Eva Janssens",
        "9 februari 2026, op straat",
        "11 februari 2026, telefonisch",
        "14 februari 2026, online",
        "16 februari 2026, aan de bakkerij in de Steenstraat",  # `place`, in the third person
    ]:
        assert moment in text, moment
    # a `place` typed in her voice after all is left out, and damage names no place
    assert re.search(r"; 18 februari 2026[;:]", text)  # the moments are listed in the box, ';' apart
    assert "Met Eva Janssens (eiseres):" in text and "Met Tom Wouters (verwerende partij):" in text


def test_the_parties_in_a_petition_and_without_a_name(write_case):
    from test_court_papers import court_case

    (text,) = witness_forms(write_case(court_case("ex_parte"))).values()
    assert "Met Eva Janssens (verzoekster):" in text and "Met Tom Wouters:" in text  # a petition has no defendant
    data = minimal_case()
    data["respondent"] = {"relationship": "stranger", "gender": "male", "description": "Man met een rode pet"}
    (text,) = witness_forms(write_case(data)).values()
    assert "Met verweerder:" in text and "onbekend (" not in text


def test_a_place_is_masked_for_the_witness_as_for_the_court(write_case):
    data = minimal_case()
    data["victim"].update(address_confidential=True)
    data["victim"]["elected_domicile"] = {"street": "Postbus", "number": "1", "postal_code": "8000", "city": "Brugge"}
    data["incidents"][0]["place"] = "aan haar woning, Markt 1, 8000 Brugge"
    (text,) = witness_forms(write_case(data)).values()
    assert "30 januari 2026, aan haar woning, [adres afgeschermd]" in text
    assert "Markt" not in text


def test_no_internal_id_in_any_document_of_the_demo_bundle():
    """legal-review-1.md §5: '(W1)' was printed in the guide's list of documents."""
    case = load_case(DEMO, today=TODAY).case
    ids = ([w.id for w in case.witnesses] + [e.id for e in case.evidence]
           + [n.id for n in case.notices if n.id] + [i.id for i in case.incidents if i.id])
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, ids)) + r")\b")  # case-sensitive: 'w1' in a file name is no id
    for name, (_, data) in render_all().items():
        text = docx_text(data)
        assert not pattern.search(text), (name, pattern.search(text).group())
        assert not re.search(r"\([A-Z]{1,2}\d+\)", text), name
    guide = docx_text(render_all()["00-lees-eerst-gids.docx"][1])
    assert "Schriftelijke getuigenverklaring (Lotte Vermeulen)" in guide
    assert "Schriftelijke getuigenverklaring (Youssef El Amrani)" in guide


def ruled_runs(pages: list[str]) -> list[tuple[int, int]]:
    """(page, number of ruled lines) for each block of ruled lines, page by page."""
    runs = []
    for number, page in enumerate(pages, start=1):
        count = 0
        for line in page.splitlines() + [""]:
            if re.fullmatch(r"_{20,}", line.strip()):
                count += 1
            elif line.strip() or count:
                if count:
                    runs.append((number, count))
                count = 0
    return runs


@pytest.mark.libreoffice
def test_on_the_pages_each_writing_space_stays_on_one_page(tmp_path, write_case):
    """§6: the writing space was split over two pages, without ruled lines. Every block of
    lines (the relation to each party, the statement, the sentence copied by hand) is whole
    on one page, also when a long list of moments pushes it down."""
    from test_libreoffice import convert, required, soffice

    binary = soffice()
    pdftotext = required("pdftotext", package="poppler-utils")
    many = first_person_case()
    many["incidents"] += [dict(many["incidents"][1], date=f"2026-03-{day:02d}") for day in range(1, 8)]
    sources = []
    for path in (DEMO, write_case(many)):
        for name, (document, data) in render_all(path).items():
            if document.kind.name == "witness_statement":
                sources.append(tmp_path / f"{len(sources)}-{name}")
                sources[-1].write_bytes(data)
    convert(binary, sources, "pdf", tmp_path / "pdf", tmp_path / "profile")
    for source in sources:
        pdf = tmp_path / "pdf" / source.with_suffix(".pdf").name
        pages = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")
        runs = ruled_runs(pages)
        assert [count for _, count in runs] == [2, 2, WITNESS_LINES, 3], (source.name, runs)
        statement_page = runs[2][0]
        assert "Meer plaats nodig?" in pages[statement_page - 1], source.name


def test_validate_names_a_first_person_place_and_not_a_relation_nobody_prints(write_case):
    from conftest import TODAY
    from filings.load.loader import load_case

    data = minimal_case()
    data["incidents"][0]["place"] = "aan mijn woning"
    data["witnesses"][0]["relation"] = "buurman, woont naast mij op Markt 1, 8000 Brugge"
    data["victim"]["address_confidential"] = True
    data["lawyer"] = {"first_name": "Jan", "last_name": "Claes", "bar": "Brugge",
                      "address": {"street": "Ezelstraat", "number": "3", "postal_code": "8000", "city": "Brugge"}}
    warnings = load_case(write_case(data), today=TODAY).warnings
    assert any(w.path == ("incidents", 0, "place") and "first person" in w.message for w in warnings)
    assert not [w for w in warnings if w.path[:1] == ("witnesses",) and w.path[-1] == "relation"]
