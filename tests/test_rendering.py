"""The rendering engine: typed text is printed exactly, nothing breaks a document,
grammar and statute follow the case, and the same input gives the same bytes."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from filings.plan.documents import planned_documents
from filings.errors import CaseInvalid, TemplateProblem
from filings.render.document import render_document
from filings.render.engine import Properties, render_docx
from filings.load.loader import load_case
from filings.lang import nl
from filings.plan.views import quoted, reflow

from conftest import TODAY, dump_yaml, minimal_case
from docs_helpers import docx_text, render_all, strict_parts

TRICKY = [
    'Hij schreef "ik <3 jou" & <b>meer</b> </w:t></w:r></w:p></w:body>',
    "{{ victim.name }} {% if true %}ja{% endif %} {# nee #}",
    "{_{ x }_} {_% y %_}",
    "Emoji 😈🔪 en accenten: één, Ürgüp, façade",
    "Rechts naar links: שלום עליכם — مرحبا",
    "Tab\tin de tekst en\ntwee regels",
    "&amp; &lt; &#x41; ]]> <?xml?>",
]


def full_case(text: str) -> dict:
    """A case that calls for every document, with `text` in every free-text field."""
    data = minimal_case()
    data["reference"] = f"REF {(text.splitlines() or [''])[0][:20]}".strip()
    data["respondent"]["description"] = text
    data["witnesses"][0]["relation"] = text
    data["evidence"][0]["description"] = text
    data["incidents"][0]["location"] = text.replace("\n", " ")
    data["incidents"][0]["description"] = text
    data["complaint"] = {"harm": text, "injured_party_declaration": True, "prosecutor_office": "West-Vlaanderen",
                         "requested_measures": [text]}
    data["request"] = {"procedure": "summons", "court": "Rechtbank van eerste aanleg West-Vlaanderen",
                       "contact_ban": True, "penalty_eur": 250, "urgency": text,
                       "restraining_order": {"distance_m": 100, "places": [f"{text}, Zand 9, 8000 Brugge"]}}
    return data


# Which document prints which field: a field typed in must come out there, exactly.
CARRIERS = {
    "01-klacht.docx": ["respondent.description", "incidents.description", "complaint.harm"],
    "04-dagvaarding-kort-geding.docx": ["request.urgency", "incidents.description"],
    "06-inventaris-van-stukken.docx": ["evidence.description"],
    "07-logboek.docx": ["incidents.description"],
}


def printed(file_name: str, text: str) -> list[str]:
    """What a document shows of a typed text: the court papers, the complaint and the logbook
    reflow it (a line break is a space, an empty line a new paragraph: legal-review-1.md §6),
    and the court papers quote it, so quotations inside take ‘…’; the others print it as typed."""
    if file_name.startswith("04-"):
        return quoted(reflow(text), nl)
    return reflow(text) if file_name.startswith(("01-", "07-")) else [text]


@pytest.mark.parametrize("text", TRICKY)
def test_typed_text_is_printed_exactly(write_case, text):
    loaded = load_case(write_case(full_case(text)), today=TODAY)
    expected = loaded.case.incidents[0].description
    assert expected == text  # the text policy keeps tabs, newlines and every printable character
    for document in planned_documents(loaded.case):
        data = render_document(loaded, document)
        strict_parts(data)
        if document.file_name in CARRIERS:
            for shown in printed(document.file_name, expected):
                assert shown in docx_text(data), document.file_name
        if document.kind.name == "witness_statement":  # the witness speaks there, not she
            assert expected not in docx_text(data).replace(loaded.case.reference, "")
        assert loaded.case.reference in docx_text(data) or document.kind.name == "witness_statement"


# Everything a keyboard, a paste or a broken export can produce, with markup and
# template syntax mixed in. NEL (U+0085) is left out: YAML itself reads it as a line
# break, so it cannot round-trip through a case file (the text policy maps it to \n).
alphabet = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x85")
fragments = st.sampled_from(["<", "&", ">", "{{", "}}", "{%", "%}", "{_{", "\n", "\t", "\x07", "\x0c",
                             "\x0b", "\r\n", "😀", "\u202e", "]]>", '"', "'", "\x00", "\ufffe"])
texts = st.lists(st.one_of(st.text(alphabet, max_size=6), fragments), min_size=1, max_size=8).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_any_typed_text_is_refused_clearly_or_printed_exactly(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("prop")
    path = folder / "case.yaml"
    path.write_text(dump_yaml(full_case(text)), encoding="utf-8")
    try:
        loaded = load_case(path, today=TODAY)
    except CaseInvalid as refused:
        event("refused")
        for line in refused.lines():
            assert line.startswith(f"{path}:"), line
            assert any(word in line for word in ("U+", "is empty", "single line", "has no value")), line
        return
    event("rendered")
    stored = loaded.case.incidents[0].description
    assert stored == "\n".join(l.rstrip() for l in text.replace("\r\n", "\n").replace("\r", "\n")
                               .replace("\x0b", "\n").replace("\x0c", "\n").replace("\u2028", "\n")
                               .replace("\u2029", "\n").strip().split("\n"))
    for document in planned_documents(loaded.case):
        data = render_document(loaded, document)
        strict_parts(data)
        fields = CARRIERS.get(document.file_name)
        if fields:
            for shown in printed(document.file_name, stored):
                assert shown in docx_text(data), (document.file_name, shown)


def test_same_input_gives_the_same_bytes():
    first = {name: data for name, (_, data) in render_all().items()}
    second = {name: data for name, (_, data) in render_all().items()}
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first["01-klacht.docx"])) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2026-11-26T00:00:00Z" in core and "nl-BE" in core
    assert "Peeters" not in core  # properties identify the paper, not the person


def test_document_date_changes_the_bytes():
    # the guide is dated the day it is made; papers signed later leave their date blank
    before = render_all(today=TODAY)["00-lees-eerst-gids.docx"][1]
    after = render_all(today=TODAY.replace(day=27))["00-lees-eerst-gids.docx"][1]
    assert before != after
    assert "27 november 2026" in docx_text(after)
    assert "27 november 2026" not in docx_text(render_all(today=TODAY.replace(day=27))["01-klacht.docx"][1])


@pytest.mark.parametrize(
    "victim_gender,respondent_gender,plaintiff,defendant,possessive",
    [
        ("female", "male", "eiseres", "verweerder", "haar"),
        ("male", "female", "eiser", "verweerster", "zijn"),
        ("other", None, "eisende partij", "verwerende partij", "diens"),
    ],
)
def test_grammar_follows_gender(write_case, victim_gender, respondent_gender, plaintiff, defendant, possessive):
    data = minimal_case()
    data["victim"]["gender"] = victim_gender
    if respondent_gender:
        data["respondent"]["gender"] = respondent_gender
    data["request"] = {"procedure": "summons", "court": "Rechtbank", "contact_ban": True,
                       "penalty_eur": 250, "urgency": "Dringend."}
    text = docx_text(render_all(write_case(data))["04-dagvaarding-kort-geding.docx"][1])
    assert f"\n{plaintiff},\n" in text
    assert f"\n{defendant},\n" in text
    assert f"{plaintiff.capitalize()} vordert dat {defendant} bij voorraad verboden wordt" in text
    assert f"Voor {plaintiff}, {possessive} raadsman," in text


def test_petition_has_the_mentions_of_article_1026(write_case):
    data = minimal_case()
    data["lawyer"] = {"first_name": "Jan", "last_name": "Claes", "bar": "Brugge",
                      "address": {"street": "Ezelstraat", "number": "3", "postal_code": "8000", "city": "Brugge"}}
    data["request"] = {"procedure": "ex_parte", "court": "Rechtbank van eerste aanleg West-Vlaanderen, afdeling Brugge",
                       "contact_ban": True, "penalty_eur": 250, "urgency": "Hij dreigt vanavond terug te komen."}
    text = docx_text(render_all(write_case(data))["04-eenzijdig-verzoekschrift.docx"][1])
    for expected in [
        "EENZIJDIG VERZOEKSCHRIFT", "Aan de voorzitter van de Rechtbank van eerste aanleg West-Vlaanderen, afdeling Brugge",
        "Eva Janssens, geboren op 2 april 1990, wonende te Markt 1, 8000 Brugge", "verzoekster",
        "Volstrekte noodzakelijkheid", "Hij dreigt vanavond terug te komen.",
        "Voorwerp", "Feiten",
        # signed later: the date is the signer's (legal-review-1.md §1)
        "Gedaan te ______________________ op ______________________.",
        "Mr. Jan Claes, advocaat", "art. 1026, 5° Ger.W.", "legt alle stukken voor waarop dit verzoek steunt",
        "Tom Wouters, wonende te Zand 9, 8000 Brugge",
    ]:
        assert expected in text, expected
    assert "rechtsplegingsvergoeding" not in text  # no opposing party to order to pay costs


@pytest.mark.parametrize(
    "dates,expected,absent",
    [
        (["2026-01-30"], "belaging (art. 442bis Sw.)", "29 februari 2024"),
        # the entry into force of the new code is unconfirmed: no date is stated as the cut
        (["2026-04-08"], "belaging (art. 442bis van het Strafwetboek van 1867, dan wel de "
                         "overeenstemmende bepaling van het Strafwetboek ingevoerd bij de wetten van "
                         "29 februari 2024, voor zover dat op het ogenblik van de feiten in werking was)",
         "vóór 8 april"),
        (["2026-04-07", "2026-04-09"], "art. 442bis van het Strafwetboek van 1867, dan wel", "vóór 8 april"),
    ],
)
def test_the_article_follows_the_date_of_the_facts(write_case, dates, expected, absent):
    data = minimal_case()
    template = data["incidents"][0]
    data["incidents"] = [dict(template, date=d) for d in dates]
    text = docx_text(render_all(write_case(data))["01-klacht.docx"][1])
    assert expected in text
    if absent:
        assert absent not in text
    assert "art. 237" not in text  # a new-Code article number is never invented


@pytest.mark.parametrize(
    "paragraphs,name,message",
    [
        (["Hallo {{ victim.name }"], "x", "complaint.docx: template error"),
        (["Hallo {{ victim.shoe_size }}"], "x", "shoe_size"),
        # docxtpl alone would drop the name and carry on (docxtpl-notes §2)
        (["Naam: {{ victim.name|safe }}", "Dit moet blijven staan."], "<Sarah", "broken XML"),
    ],
    ids=["syntax error", "unknown value", "unescaped markup"],
)
def test_a_template_that_cannot_render_faithfully_is_an_error(tmp_path, paragraphs, name, message):
    from docx import Document

    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    path = tmp_path / "complaint.docx"
    document.save(path)
    with pytest.raises(TemplateProblem, match=message):
        render_docx(path, {"victim": {"name": name}}, Properties("t", "r", TODAY))


def test_one_incident_is_not_called_a_repeated_pattern(write_case):
    data = minimal_case()
    data["request"] = {"procedure": "summons", "court": "Rechtbank", "contact_ban": True,
                       "penalty_eur": 250, "urgency": "Dringend."}
    documents = render_all(write_case(data))
    complaint = docx_text(documents["01-klacht.docx"][1])
    summons = docx_text(documents["04-dagvaarding-kort-geding.docx"][1])
    assert "Het gaat om 1 feit op 30 januari 2026, namelijk berichten." in complaint
    assert "herhalen zich" not in complaint and "zijn herhaald" not in summons
    demo = render_all()
    assert "herhalen zich" in docx_text(demo["01-klacht.docx"][1])
    assert "De gedragingen zijn herhaald:" in docx_text(demo["04-dagvaarding-kort-geding.docx"][1])
