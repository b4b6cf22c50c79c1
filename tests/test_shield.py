"""The shield recognises the victim's own phone, e-mail, national number and address in the
notations people type, in every free text, and masks them for every audience that may not
see them (DESIGN.md principle 3; issue 9)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from filings.cli import cli
from filings.load.model import Victim
from filings.privacy import Audience
from filings.privacy.shield import Shield

from conftest import minimal_case
from docs_helpers import docx_text

ADDRESS = {"street": "Kortrijksesteenweg", "number": "112", "box": "3", "postal_code": "9000", "city": "Gent"}
VICTIM = dict(first_name="Eva", last_name="Janssens", gender="female", birth_date="1990-04-02",
              address=ADDRESS, phone="+32 470 12 34 56", email="eva.janssens@example.be",
              national_number="90.04.02-202.07")
MASKS = ("[adres afgeschermd]", "[contactgegeven afgeschermd]", "[rijksregisternummer afgeschermd]")


def shield(audience=Audience.court, **changes) -> Shield:
    return Shield(Victim(**{**VICTIM, "address_confidential": True, **changes}), audience)


PHONES = ["+32 470 12 34 56", "+32 (0)470 12 34 56", "+32470123456", "0032 470 12 34 56",
          "0032470123456", "0470 12 34 56", "0470/12.34.56", "0470-12-34-56", "0470123456",
          "(0470) 12 34 56", "0470.12.34.56", "470 12 34 56", "+32 0470 12 34 56"]


@pytest.mark.parametrize("typed", PHONES)
@pytest.mark.parametrize("stored", ["+32 470 12 34 56", "0470123456", "0032470123456", "+32 (0)470/12.34.56"])
def test_phone_in_every_notation(typed, stored):
    text = f"Hij belde naar {typed}, drie keer."
    assert shield(phone=stored)(text) == "Hij belde naar [contactgegeven afgeschermd], drie keer."
    assert shield(phone=stored).found(text) == ["phone"]


@pytest.mark.parametrize("text", ["rekening 10470123456", "04701234567", "code 4701234560"])
def test_phone_digits_inside_a_longer_number_are_not_hers(text):
    assert shield()(text) == text


@given(prefix=st.sampled_from(["", "0", "+32", "+32 (0)", "0032 ", "(0"]),
       seps=st.lists(st.sampled_from(["", " ", ".", "/", "-", ") "]), min_size=8, max_size=8),
       before=st.text(st.characters(categories=["L", "Zs"]), max_size=20),
       after=st.text(st.characters(categories=["L", "Zs", "P"]), max_size=20))
@settings(max_examples=200, deadline=None)
def test_phone_with_any_separators_between_digits(prefix, seps, before, after):
    digits = "470123456"
    typed = prefix + "".join(d + s for d, s in zip(digits, seps + [""]))
    masked = shield()(f"{before} {typed}{after}")
    assert "[contactgegeven afgeschermd]" in masked
    assert "123456" not in re.sub(r"\D", "", masked)


NATIONAL_NUMBERS = ["90.04.02-202.07", "90040220207", "900402 202 07", "900402-202-07",
                    "90 04 02 202 07", "90.04.02 - 202.07", "90/04/02-202-07"]


@pytest.mark.parametrize("typed", NATIONAL_NUMBERS)
@pytest.mark.parametrize("confidential", [True, False])
def test_national_number_in_every_notation_is_hidden_from_court_and_witness(typed, confidential):
    text = f"Mijn rijksregisternummer is {typed}."
    for audience in (Audience.court, Audience.witness):
        masked = shield(audience, address_confidential=confidential)(text)
        assert masked == "Mijn rijksregisternummer is [rijksregisternummer afgeschermd]."
    for audience in (Audience.police, Audience.police_only, Audience.victim):
        assert shield(audience, address_confidential=confidential)(text) == text


@pytest.mark.parametrize("typed", [
    "Kortrijksesteenweg", "kortrijksesteenweg", "KORTRIJKSESTEENWEG", "Kortrijksesteenweg 112",
    "Kortrijksesteenweg 112 bus 3", "Kortrijksesteenweg 112/3", "Kortrijksesteenweg nr. 112",
    "Kortrijksesteenweg, 112", "Kortrijksestwg. 112", "Kortrijkse steenweg 112",
    "Kortrijksesteenweg 112, 9000 Gent", "Kortrijksesteenweg 112 bus 3, 9000 Gent",
    "Kortrijksestw 112, 9000 Gent", "Kortrijkséstéénweg", unicodedata.normalize("NFD", "Kortrijkséstéénweg"),
])
def test_her_street_with_or_without_number_box_and_place(typed):
    assert shield()(f"Hij stond aan {typed} te wachten.") == "Hij stond aan [adres afgeschermd] te wachten."


def test_her_postal_code_and_city_but_not_the_city_alone_nor_another_address():
    s = shield()
    assert s("Hij weet dat ik in 9000 Gent woon.") == "Hij weet dat ik in [adres afgeschermd] woon."
    # 'Gent' names courts and hospitals; masking it would damage the papers.
    assert s("UZ Gent, stad Gent") == "UZ Gent, stad Gent"
    # Another address that shares her postal code is not hers and stays precise.
    assert s("haar werk, Corneel Heymanslaan 10, 9000 Gent") == "haar werk, Corneel Heymanslaan 10, 9000 Gent"
    # Another street with her number: the street may be her own, misspelled.
    assert s("Kortrijkse stwg 112, 9000 Gent") == "[adres afgeschermd]"
    assert s("Kortrijksesteenwegje 4") == "Kortrijksesteenwegje 4"


def test_a_short_common_street_name_is_masked_everywhere():
    # Over-masking 'Markt' costs a word; leaving it would narrow her home to one street.
    s = shield(address={"street": "Markt", "number": "1", "postal_code": "8000", "city": "Brugge"})
    assert s("Hij stond op de Markt, Brugge.") == "Hij stond op de [adres afgeschermd], Brugge."
    assert s("Marktplein") == "Marktplein"


@pytest.mark.parametrize("typed", [
    "eva.janssens@example.be", "EVA.JANSSENS@EXAMPLE.BE", "eva.janssens [at] example [dot] be",
    "eva.janssens (at) example.be", "eva.janssens at example punt be", "eva.janssens@example.be.",
])
def test_email_also_obfuscated(typed):
    assert shield()(f"mail: {typed}").startswith("mail: [contactgegeven afgeschermd]")


def test_contact_follows_victim_view():
    text = "0470 12 34 56, eva.janssens@example.be, Kortrijksesteenweg 112"
    assert shield(Audience.police)(text) == "[contactgegeven afgeschermd], [contactgegeven afgeschermd], [adres afgeschermd]"
    open_address = shield(Audience.police, address_confidential=False)
    assert open_address(text) == text
    # The court never sees her phone or e-mail (victim_view hides them); an open address it does.
    assert shield(Audience.court, address_confidential=False)(text) == (
        "[contactgegeven afgeschermd], [contactgegeven afgeschermd], Kortrijksesteenweg 112")
    for audience in (Audience.police_only, Audience.victim):
        assert shield(audience)(text) == text


# --- end to end: a bundle and `validate` ---------------------------------------------------

SECRET_FILE = "kortrijksesteenweg-112-eva.janssens@example.be.png"
SECRETS = ["Kortrijksesteenweg", "kortrijksesteenweg", "0470 12 34 56", "0470/12.34.56",
           "+32 (0)470 12 34 56", "eva.janssens", "90.04.02-202.07", "900402 202 07", "9000 Gent"]


@pytest.fixture
def confidential_case(tmp_path):
    data = minimal_case()
    data["victim"].update({**VICTIM, "address_confidential": True})
    data["lawyer"] = {"first_name": "Jan", "last_name": "Peeters", "bar": "Brugge",
                      "address": {"street": "Ezelstraat", "number": "3", "postal_code": "8000", "city": "Brugge"}}
    data["complaint"] = {"injured_party_declaration": True, "prosecutor_office": "West-Vlaanderen",
                         "harm": "Ik durf niet meer naar huis, Kortrijksesteenweg."}
    data["witnesses"][0]["relation"] = "buurman, woont naast haar op de Kortrijksesteenweg"
    data["evidence"][0].update(description="Berichten naar eva.janssens@example.be", file=f"bewijs/{SECRET_FILE}")
    data["incidents"][0].update(location="thuis, Kortrijksesteenweg 112 bus 3, 9000 Gent",
                                description="Hij belde naar 0470/12.34.56 en +32 (0)470 12 34 56.")
    data["incidents"].append({"date": "2026-02-10", "location": "Kortrijksestwg", "kinds": ["following"],
                              "description": "Hij las mijn rijksregisternummer 900402 202 07 voor.",
                              "witnesses": ["W1"]})
    data["request"] = {"procedure": "summons", "court": "Rechtbank van eerste aanleg Oost-Vlaanderen",
                       "contact_ban": True, "penalty_eur": 250,
                       "urgency": "Hij weet dat ik in 9000 Gent woon, op 90.04.02-202.07 na alles.",
                       "restraining_order": {"distance_m": 200, "places": ["haar werk, Sint-Pietersplein 5, 9050 Gentbrugge"]}}
    (tmp_path / "bewijs").mkdir()
    (tmp_path / "bewijs" / SECRET_FILE).write_bytes(b"\x89PNG fake")
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def bundled(case: Path, out: Path) -> Path:
    result = CliRunner().invoke(cli, ["bundle", str(case), "-o", str(out), "--date", "2026-11-26"])
    assert result.exit_code == 0, result.output
    return out


def test_bundle_names_and_documents_carry_only_masked_text(confidential_case, tmp_path):
    out = bundled(confidential_case, tmp_path / "bundel")
    copies = sorted(p.name for p in (out / "stukken").iterdir())
    assert copies == ["001-adres-afgeschermd-contactgegeven-afgeschermd.png"]
    sums = (out / "SHA256SUMS").read_text(encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert "stukken/001-adres-afgeschermd-contactgegeven-afgeschermd.png" in sums
    assert manifest["evidence"][0]["file"] == "stukken/001-adres-afgeschermd-contactgegeven-afgeschermd.png"
    assert manifest["evidence"][0]["description"] == "Berichten naar [contactgegeven afgeschermd]"
    for name, text in [("SHA256SUMS", sums), ("manifest.json", json.dumps(manifest, ensure_ascii=False))]:
        assert not [s for s in SECRETS if s in text], name
    # The case's own file keeps its name.
    assert (confidential_case.parent / "bewijs" / SECRET_FILE).exists()

    texts = {p.name: docx_text(p.read_bytes()) for p in out.glob("*.docx")}
    for name in ["04-dagvaarding-kort-geding.docx", "05-getuigenverklaring-w1-maes.docx",
                 "06-inventaris-van-stukken.docx", "07-logboek.docx"]:
        leaked = [s for s in SECRETS if s in texts[name]]
        assert not leaked, (name, leaked)
        assert "afgeschermd]" in texts[name] or name.startswith("05-"), name
    # The witness form prints nothing she typed, her note of the witness's relation neither.
    assert "buurman" not in texts["05-getuigenverklaring-w1-maes.docx"]
    # a ban around her confidential address is refused (test_court_papers.py), so no place is masked
    assert "haar werk, Sint-Pietersplein 5, 9050 Gentbrugge" in texts["04-dagvaarding-kort-geding.docx"]
    # The police see her national number, typed or not, never her address or contact data.
    complaint = texts["01-klacht.docx"]
    assert "900402 202 07" in complaint and "90.04.02-202.07" in complaint
    assert not [s for s in SECRETS[:6] if s in complaint]
    # Where she may read it, it is all there.
    sheet = texts["03-contactgegevens-vertrouwelijk.docx"]
    for value in ("Kortrijksesteenweg 112 bus 3, 9000 Gent", "+32 470 12 34 56",
                  "eva.janssens@example.be", "90.04.02-202.07"):
        assert value in sheet


def test_single_document_render_masks_the_case_path_of_evidence(confidential_case, tmp_path):
    out = tmp_path / "inventaris.docx"
    result = CliRunner().invoke(cli, ["render", str(confidential_case), "evidence_index", "-o", str(out),
                                      "--date", "2026-11-26"])
    assert result.exit_code == 0, result.output
    text = docx_text(out.read_bytes())
    assert "bewijs/[adres afgeschermd]-[contactgegeven afgeschermd].png" in text
    assert not [s for s in SECRETS if s in text]


def test_validate_names_each_field_and_what_it_found_never_the_value(confidential_case):
    result = CliRunner().invoke(cli, ["validate", str(confidential_case), "--date", "2026-11-26"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "mentions the victim's" in line]
    found = {re.search(r"\.json:\d+: (\S+): warning", line).group(1): line for line in lines}
    expected = {
        "complaint.harm": "confidential address;",
        "evidence[0].description": "e-mail address;",
        "evidence[0].file": "confidential address and e-mail address;",
        "incidents[0].location": "confidential address;",
        "incidents[0].description": "phone number;",
        "incidents[1].location": "confidential address;",
        "incidents[1].description": "national number;",
        "request.urgency": "confidential address and national number;",
    }
    assert set(found) == set(expected)  # a witness's relation is printed nowhere: no warning
    for path, what in expected.items():
        assert f"mentions the victim's {what}" in found[path], found[path]
    assert "your file keeps its name" in found["evidence[0].file"]
    assert not [s for s in SECRETS if s in result.output + result.stderr]


def test_street_glued_to_a_number_in_a_file_name():
    assert shield()("IMG2026kortrijksesteenweg112.png") == "IMG2026[adres afgeschermd].png"


def test_a_phone_or_email_field_that_holds_no_number_or_address_masks_nothing():
    s = shield(phone="geen", email="geen")
    assert s("Ik heb geen gsm.") == "Ik heb geen gsm."
    assert shield(phone="112")("Bel 112 of 1120.") == "Bel [contactgegeven afgeschermd] of 1120."


# --- what a reader sees, not what was typed: folded forms, '_', a bare 32 (hostile round) ------

@pytest.mark.parametrize("typed, kind", [
    ("32470123456", "phone"), ("32 470 12 34 56", "phone"), ("０４７０１２３４５６", "phone"),
    ("０４７０ １２ ３４ ５６", "phone"), ("0470_12_34_56", "phone"), ("0470–12–34–56", "phone"),
    ("0470\u200b123456", "phone"), ("0470\u00ad12\u00ad34\u00ad56", "phone"),
    ("900402２０２０７", "national_number"), ("900402_202_07", "national_number"),
    ("eva.janssens＠example.be", "email"), ("eva_janssens_example_be", "email"),
    ("eva-janssens-example-be", "email"), ("KORTRIJKSE_STEENWEG_112", "address"),
    ("Ｋｏｒｔｒｉｊｋｓｅｓｔｅｅｎｗｅｇ 112", "address"), ("Kortrijkse–steenweg", "address"),
])
def test_her_data_in_folded_forms_and_file_name_separators(typed, kind):
    placeholder = {"phone": "[contactgegeven afgeschermd]", "email": "[contactgegeven afgeschermd]",
                   "national_number": "[rijksregisternummer afgeschermd]", "address": "[adres afgeschermd]"}[kind]
    assert shield()(f"bel me op {typed} vandaag") == f"bel me op {placeholder} vandaag"
    assert shield().found(f"bel me op {typed}") == [kind]


def test_text_without_her_data_is_never_folded():
    # Folding is for searching only: a quotation keeps its full-width digits, ligatures, soft
    # hyphens and zero-width spaces unless her data had to be masked in it.
    for text in ["Ｔｅｌ ０４７１ ９９ ８８ ７７", "ﬁets\u00ad\u200bstal, 2ᵉ verdieping", "32470999999",
                 "rekening 532470123456", "eva janssens example be"]:
        assert shield()(text) == text
        assert shield().found(text) == []
    # Where her data is found only in the folded text, that text is returned folded and masked.
    assert shield()("Ｔｅｌ ０４７０ １２ ３４ ５６.") == "Tel [contactgegeven afgeschermd]."


@pytest.mark.parametrize("original, expected", [
    ("０４７０１２３４５６.png", "001-contactgegeven-afgeschermd.png"),
    ("900402２０２０７.png", "001-rijksregisternummer-afgeschermd.png"),
    ("eva.janssens＠example.be.png", "001-contactgegeven-afgeschermd.png"),
    ("0470_12_34_56.png", "001-contactgegeven-afgeschermd.png"),
    ("KORTRIJKSE_STEENWEG_112.png", "001-adres-afgeschermd.png"),
    ("32470123456.png", "001-contactgegeven-afgeschermd.png"),
    # slug() drops what it cannot spell (a combining mark): it would join her digits again.
    ("0470\u0301123456.png", "001-contactgegeven-afgeschermd.png"),
    ("eva.janssens\u0301@example.be.png", "001-contactgegeven-afgeschermd.png"),
    # and transliterates letters ASCII lacks: 'ø' becomes 'o' and joins nothing.
    ("0470ø123456.png", "001-0470o123456.png"),
    ("Yılmaz brief.png", "001-yilmaz-brief.png"),
    ("0470.123456", "001-contactgegeven-afgeschermd"),  # half of it in the suffix
    ("autodeur.png", "001-autodeur.png"),
])
def test_bundle_name_is_masked_after_it_is_made_ascii(original, expected):
    assert shield().file_name(1, original) == expected


@pytest.mark.parametrize("typed, expected", [
    ("Yılmaz", "yilmaz"), ("Søren Ødegård", "soren-odegard"), ("Straße", "strasse"),
    ("Æsa", "aesa"), ("Łukasz Wałęsa", "lukasz-walesa"), ("Élodie De Smet", "elodie-de-smet"),
])
def test_file_names_transliterate_letters_ascii_lacks(typed, expected):
    """legal-review-1.md §6: 'Yılmaz' once became 'ylmaz'."""
    from filings.filenames import slug
    from filings.load.model import Case
    from filings.plan.documents import planned_documents

    assert slug(typed) == expected
    data = minimal_case()
    data["witnesses"][0]["last_name"] = typed
    names = [d.file_name for d in planned_documents(Case.model_validate(data))]
    assert f"05-getuigenverklaring-w1-{expected}.docx" in names


def test_piece_number_and_name_that_spell_her_number_together():
    assert shield().file_name(1, "0123456.png") == "001-0123456.png"
    assert shield().file_name(47, "0123456.png") == "047-afgeschermd.png"


HOSTILE_FILES = ["０４７０１２３４５６.png", "900402２０２０７.png", "eva.janssens＠example.be.png",
                 "0470_12_34_56.png", "KORTRIJKSE_STEENWEG_112.png", "32470123456.png",
                 "0470\u0301123456.png"]  # slug() drops the mark: only the name as made ASCII shows her number
HOSTILE_SECRETS = ["0470123456", "470123456", "90040220207", "0470-12-34-56", "eva-janssens",
                   "kortrijkse", "steenweg"]


@pytest.fixture
def hostile_file_case(confidential_case):
    data = json.loads(confidential_case.read_text(encoding="utf-8"))
    template = data["evidence"][0]
    data["evidence"] = [{**template, "id": f"E{i}", "description": "Foto", "file": f"bewijs/{name}"}
                        for i, name in enumerate(HOSTILE_FILES, start=1)]
    for incident in data["incidents"]:
        incident["evidence"] = []
    for name in HOSTILE_FILES:
        (confidential_case.parent / "bewijs" / name).write_bytes(name.encode())
    confidential_case.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return confidential_case


def test_bundle_masks_copy_names_after_folding(hostile_file_case, tmp_path):
    out = bundled(hostile_file_case, tmp_path / "bundel")
    copies = sorted(p.name for p in (out / "stukken").iterdir())
    assert copies == ["001-contactgegeven-afgeschermd.png", "002-rijksregisternummer-afgeschermd.png",
                      "003-contactgegeven-afgeschermd.png", "004-contactgegeven-afgeschermd.png",
                      "005-adres-afgeschermd.png", "006-contactgegeven-afgeschermd.png",
                      "007-contactgegeven-afgeschermd.png"]
    sums = (out / "SHA256SUMS").read_text(encoding="utf-8")
    manifest = (out / "manifest.json").read_text(encoding="utf-8")
    inventory = docx_text((out / "06-inventaris-van-stukken.docx").read_bytes())
    for name, text in [("SHA256SUMS", sums), ("manifest.json", manifest), ("inventory", inventory)]:
        assert not [s for s in HOSTILE_SECRETS if s in text.lower()], name
    assert "stukken/005-adres-afgeschermd.png" in sums


def test_validate_warns_about_names_that_only_their_bundle_copy_would_show(hostile_file_case):
    result = CliRunner().invoke(cli, ["validate", str(hostile_file_case), "--date", "2026-11-26"])
    assert result.exit_code == 0, result.output
    warned = {re.search(r"(evidence\[\d\]\.file): warning: (.*)", line).groups()
              for line in result.stderr.splitlines() if ".file: warning" in line}
    assert warned == {
        ("evidence[0].file", f"mentions the victim's phone number; {FILE_ADVICE}"),
        ("evidence[1].file", f"mentions the victim's national number; {FILE_ADVICE}"),
        ("evidence[2].file", f"mentions the victim's e-mail address; {FILE_ADVICE}"),
        ("evidence[3].file", f"mentions the victim's phone number; {FILE_ADVICE}"),
        ("evidence[4].file", f"mentions the victim's confidential address; {FILE_ADVICE}"),
        ("evidence[5].file", f"mentions the victim's phone number; {FILE_ADVICE}"),
        ("evidence[6].file", f"mentions the victim's phone number; {FILE_ADVICE}"),
    }


FILE_ADVICE = "the bundle names its copy from masked text (your file keeps its name)"


def test_validate_warns_about_a_name_that_slug_joins_into_her_number(confidential_case):
    # '0470\u0301123456' is not her number as typed; its bundle copy would be named '0470123456'.
    data = json.loads(confidential_case.read_text(encoding="utf-8"))
    data["evidence"][0]["file"] = "bewijs/0470\u0301123456.png"
    (confidential_case.parent / "bewijs" / "0470\u0301123456.png").write_bytes(b"x")
    confidential_case.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(confidential_case), "--date", "2026-11-26"])
    assert f"evidence[0].file: warning: mentions the victim's phone number; {FILE_ADVICE}" in result.stderr


# --- the case reference: printed everywhere, so refused rather than masked ---------------------

def _with_reference(path, reference, **victim):
    data = json.loads(path.read_text(encoding="utf-8"))
    data["reference"] = reference
    data["victim"].update(victim)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.mark.parametrize("reference, what", [
    ("DOS Kortrijksesteenweg 112 tel 0470123456", "confidential address and phone number"),
    ("DOS-９００４０２２０２０７", "national number"),
    ("eva_janssens_example_be", "e-mail address"),
])
def test_a_reference_with_her_data_is_refused_by_validate_and_bundle(confidential_case, tmp_path,
                                                                      reference, what):
    case = _with_reference(confidential_case, reference)
    result = CliRunner().invoke(cli, ["validate", str(case), "--date", "2026-11-26"])
    assert result.exit_code == 1
    line = next(line for line in result.stderr.splitlines() if ": reference:" in line)
    assert f"reference: holds the victim's {what};" in line
    assert "choose a reference without personal data, e.g. a date and initials" in line
    assert not [s for s in SECRETS + ["0470123456", "Kortrijksesteenweg 112"] if s in result.stderr]
    out = tmp_path / "bundel"
    result = CliRunner().invoke(cli, ["bundle", str(case), "-o", str(out), "--date", "2026-11-26"])
    assert result.exit_code == 1 and ": reference:" in result.stderr
    assert not out.exists()


def test_reference_follows_what_the_court_may_see(confidential_case):
    # An open address may be in the reference; her national number and phone never reach the court.
    for reference, code in [("DOS Kortrijksesteenweg 112", 0), ("DOS 90.04.02-202.07", 1),
                            ("DOS 0470 12 34 56", 1), ("DOS-2026-11-EJ", 0)]:
        case = _with_reference(confidential_case, reference, address_confidential=False)
        result = CliRunner().invoke(cli, ["validate", str(case), "--date", "2026-11-26"])
        assert result.exit_code == code, (reference, result.stderr)


def test_fold_drops_every_format_character_python_knows():
    from filings.privacy.recognisers import fold

    format_characters = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"]
    assert fold("04" + "".join(format_characters) + "70") == "0470"


@pytest.mark.parametrize("text", ["mailto:sarah.peeters%40example.be", "sarah.peeters+stalk@example.be"])
def test_e_mail_as_a_link_or_with_a_tag_is_masked(text):
    from filings.privacy.recognisers import email_recogniser

    assert email_recogniser("sarah.peeters@example.be").sub(f"Schrijf naar {text} nu", "X") in (
        "Schrijf naar X nu", "Schrijf naar mailto:X nu")
