"""The advice's first steps (issue 13): say stop once (the stop message, and `notice add`
to record it), and warn the circle. Read back from the rendered papers."""

from __future__ import annotations

from click.testing import CliRunner

from filings.cli import cli
from filings.load.loader import load_case

from conftest import DEMO, TODAY, minimal_case
from docs_helpers import docx_text, render_all

STOP, CIRCLE = "08-stopbericht.docx", "09-brief-aan-mijn-omgeving.docx"
DEMO_SECRETS = ["Kortrijksesteenweg", "+32 470 12 34 56", "sarah.peeters@example.be", "91.05.14-124.44"]


def untold_demo(tmp_path, circle=None) -> "Path":  # noqa: F821
    """The demo case before she told him to stop (no `notices`), optionally with a circle."""
    import shutil

    text = DEMO.read_text(encoding="utf-8")
    start, end = text.index("notices:"), text.index("request:")
    text = text[:start] + (circle or "") + text[end:]
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    shutil.copytree(DEMO.parent / "bewijs", tmp_path / "bewijs")
    return case


def papers(path) -> dict[str, str]:
    return {name: docx_text(data) for name, (_, data) in render_all(path).items()}


def test_a_stop_message_until_he_was_told_and_never_again(tmp_path):
    assert STOP not in papers(DEMO)  # the demo records a notice: say it once
    text = papers(untold_demo(tmp_path))[STOP]
    short = text.split("(sms, WhatsApp, e-mail)\n\n")[1].split("\n")[0]
    assert short == ("Ik wil geen contact meer met jou. Bel, schrijf of zoek mij niet meer op, ook niet via "
                     "anderen. Elk nieuw contact meld ik bij de politie.")
    assert len(short) <= 160 and f"{len(short)} tekens" in text  # fits one sms
    assert "Kevin,\n\nIk wil geen enkel contact meer met jou." in text
    # her confidential address and contact data are nowhere; the envelope names her lawyer
    assert not [s for s in DEMO_SECRETS if s in text]
    assert "Als afzender op de omslag: Mr. An Claes, Coupure 5, 9000 Gent. Nooit uw eigen adres." in text
    # with a lawyer: the ingebrekestelling, in the lawyer's voice
    assert "Geachte heer De Smet,\n\nMijn cliënte, Sarah Peeters, vraagt mij u het volgende mee te delen." in text
    assert "Ik stel u in gebreke" in text


def test_a_stranger_is_told_in_the_polite_form_and_without_a_lawyer_no_ingebrekestelling(write_case):
    data = minimal_case()
    data["respondent"]["relationship"] = "stranger"
    data["respondent"]["gender"] = "male"
    text = {name: docx_text(body) for name, (_, body) in render_all(write_case(data)).items()}[STOP]
    assert "Ik wil geen contact meer met u." in text and "jou" not in text
    assert "Geachte heer Wouters,\n\nIk wil geen enkel contact meer met u." in text
    assert "Ingebrekestelling door uw advocaat" not in text and "Ik stel u in gebreke" not in text
    assert "Markt 1" not in text  # her address is never in a letter he reads


def test_one_circle_letter_per_person_named_and_never_her_address(tmp_path):
    circle = "circle:\n  - name: Mama\n  - name: mevrouw Claes\n    formal: true\n\n"
    text = papers(untold_demo(tmp_path, circle))[CIRCLE]
    assert "Beste Mama,\n\nIk wil je om hulp vragen. Sinds 28 januari 2026 word ik lastiggevallen door " \
           "Kevin De Smet, mijn ex-partner." in text
    assert "Geachte mevrouw Claes,\n\nIk wil u om hulp vragen." in text
    assert "Dank je.\n\nSarah\n" in text and "Dank u.\n\nSarah Peeters" in text
    assert text.count("niets over mij doorgeven aan hem") == 2
    assert not [s for s in DEMO_SECRETS if s in text]


def test_without_names_one_general_circle_letter():
    text = papers(DEMO)[CIRCLE]
    assert text.count("om hulp vragen") == 1 and "Beste,\n\nIk wil je om hulp vragen." in text
    # he was told and she complained: the letter says so, from the case
    assert "Ik heb hem gezegd dat ik geen contact meer wil en ik heb klacht ingediend bij de politie." in text
    assert not [s for s in DEMO_SECRETS if s in text]


def test_notice_add_records_when_how_and_the_proof(tmp_path):
    case = untold_demo(tmp_path)
    proof = tmp_path / "schermafbeelding.png"
    proof.write_bytes(b"\x89PNG proof")
    before = case.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["notice", "add", str(case), "--date", "2026-01-29", "--channel", "message",
                                      "--text", "Ik wil geen contact meer met jou.", "--evidence-file", str(proof)])
    assert result.exit_code == 0, result.output
    assert "added N1: 2026-01-29, victim, message" in result.stdout
    after = case.read_text(encoding="utf-8")
    assert after.startswith(before[:200])  # the comments and layout above are kept
    loaded = load_case(case, today=TODAY)
    notice = loaded.case.notices[0]
    assert (notice.id, notice.date.isoformat(), notice.by.value, notice.channel.value, notice.text) == \
        ("N1", "2026-01-29", "victim", "message", "Ik wil geen contact meer met jou.")
    piece = next(e for e in loaded.case.evidence if e.id == notice.evidence[0])
    assert (tmp_path / piece.file).read_bytes() == b"\x89PNG proof" and proof.read_bytes() == b"\x89PNG proof"
    # once told, no stop message any more; the papers count the facts after it
    documents = papers(case)
    assert STOP not in documents
    assert "Na 29 januari 2026 volgden nog 7 feiten" in documents["04-dagvaarding-kort-geding.docx"]


def test_notice_add_refuses_an_unknown_piece_and_writes_nothing(tmp_path):
    case = untold_demo(tmp_path)
    before = case.read_bytes()
    result = CliRunner().invoke(cli, ["notice", "add", str(case), "--date", "2026-01-29", "--channel", "letter",
                                      "--evidence", "E99"])
    assert result.exit_code == 1
    assert "notices[0].evidence[0]: `E99` is not an id in `evidence`" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert case.read_bytes() == before
    result = CliRunner().invoke(cli, ["notice", "add", str(case), "--date", "2027-01-01", "--channel", "letter"])
    assert result.exit_code == 2 and "2027-01-01" in result.stderr
    assert case.read_bytes() == before


def test_a_notice_sent_by_her_lawyer_is_told_in_her_complaint_as_her_lawyers(tmp_path):
    case = untold_demo(tmp_path)
    result = CliRunner().invoke(cli, ["notice", "add", str(case), "--date", "2026-02-01", "--by", "lawyer",
                                      "--channel", "registered_letter", "--evidence", "E6",
                                      "--text", "Mijn cliënte wenst geen enkel contact meer met u."])
    assert result.exit_code == 0, result.output
    documents = papers(case)
    assert ("op 1 februari 2026 liet mijn advocaat hem per aangetekende brief weten: “Mijn cliënte wenst "
            "geen enkel contact meer met u.” (stuk 2).") in documents["01-klacht.docx"]
    assert ("op 1 februari 2026 liet de advocaat van eiseres hem per aangetekende brief weten"
            in documents["04-dagvaarding-kort-geding.docx"])
    assert STOP not in documents  # said once, by her lawyer: no stop message any more
