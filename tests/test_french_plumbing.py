"""French plumbing (issue 15, part B): fr_BE dates, hours and amounts; papers in another
language for one run (`--language fr`) or in both (`--language nl,fr`); `init --language
fr`; the French demo case.
The French words themselves are read back in test_french_papers.py.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import DEMO, DEMO_FR, REPO, TODAY
from docs_helpers import docx_text
from filings.edit.scaffold import init_case
from filings.lang.formatting import formats
from filings.load.casefile import new_yaml
from filings.resources import templates_dir

NBSP, NNBSP = "\u00a0", "\u202f"
DAY = TODAY.isoformat()


# --- fr_BE: dates, hours, amounts -----------------------------------------------------

def test_french_dates_write_the_first_of_the_month_as_1er():
    f = formats("fr")
    assert f.long_date(date(2026, 3, 1)) == "1er mars 2026"
    assert f.full_date(date(2026, 3, 1)) == "dimanche 1er mars 2026"
    assert f.full_date(date(2026, 1, 1)) == "jeudi 1er janvier 2026"
    assert f.long_date(date(2026, 3, 5)) == "5 mars 2026"
    assert f.full_date(date(2026, 3, 5)) == "jeudi 5 mars 2026"
    for day in (11, 21, 31):  # a day that ends in 1 is no first
        assert f.long_date(date(2026, 1, day)) == f"{day} janvier 2026"
    assert f.month(date(2026, 8, 1)) == "août 2026"


def test_french_hours_are_written_12_h_30_with_no_break_spaces():
    f = formats("fr")
    assert f.clock(time(12, 30)) == f"12{NBSP}h{NBSP}30"
    assert f.clock(time(7, 5)) == f"7{NBSP}h{NBSP}05"
    assert f.clock(time(18, 0)) == f"18{NBSP}h"
    assert f.clock(time(0, 4)) == f"0{NBSP}h{NBSP}04"
    assert f.time_span(time(7, 45), time(8, 10)) == f"7{NBSP}h{NBSP}45{NBSP}– 8{NBSP}h{NBSP}10"
    assert f.time_span(time(22, 0), None) == f"22{NBSP}h"
    assert f.time_span(None, None) == ""


def test_french_amounts_group_with_a_no_break_space_the_font_has():
    f = formats("fr")
    assert f.euro(Decimal("12500.5")) == f"12{NBSP}500,50{NBSP}€"
    assert f.euro(Decimal("500")) == f"500,00{NBSP}€"
    assert f.euro(Decimal("25000")) == f"25{NBSP}000,00{NBSP}€"
    assert f.number(1500) == f"1{NBSP}500"
    assert NNBSP not in f.euro(Decimal("1234567.89"))


def test_french_chart_labels_keep_the_abbreviation_point():
    f = formats("fr")
    assert f.short_month(date(2026, 1, 1)) == "janv. 2026"
    assert f.short_month(date(2026, 3, 1)) == "mars 2026"
    assert f.short_day(date(2026, 2, 9)) == "9 févr."
    assert f.short_day(date(2026, 3, 1)) == "1er mars"


def test_dutch_formats_are_unchanged():
    f = formats("nl")
    assert f.long_date(date(2026, 3, 1)) == "1 maart 2026"
    assert f.full_date(date(2026, 3, 12)) == "donderdag 12 maart 2026"
    assert f.clock(time(7, 45)) == "07:45"
    assert f.time_span(time(7, 45), time(8, 10)) == "07:45–08:10"
    assert f.euro(Decimal("12500.5")) == f"€{NBSP}12.500,50"
    assert f.short_month(date(2026, 3, 1)) == "mrt 2026"
    assert f.short_day(date(2026, 3, 9)) == "9 mrt"


# --- --language: one run in another language -------------------------------------------

def test_render_language_overrides_the_case(run, tmp_path):
    out = tmp_path / "journal.docx"
    result = run("render", DEMO, "logbook", "--language", "fr", "-o", out, "--date", DAY)
    assert result.exit_code == 0, result.output
    from docx import Document

    assert Document(out).core_properties.language == "fr-BE"
    text = docx_text(out.read_bytes())
    assert "12 mars 2026" in text and "12 maart 2026" not in text  # the demo's fact of 12 March
    assert f"7{NBSP}h{NBSP}45" in text


def test_bundle_language_fr_makes_a_flat_french_bundle_of_the_dutch_case(run, tmp_path):
    out = tmp_path / "bundel"
    result = run("bundle", DEMO, "-o", out, "--language", "fr", "--date", DAY)
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert {d["language"] for d in manifest["documents"]} == {"fr"}
    assert all("/" not in d["file"] for d in manifest["documents"])  # one language: laid out as ever
    logbook = next(d["file"] for d in manifest["documents"] if d["kind"] == "logbook")
    assert "mercredi 28 janvier 2026" in docx_text((out / logbook).read_bytes())
    assert run("verify", out).exit_code == 0


def test_a_dutch_bundle_names_its_language_and_keeps_its_layout(run, tmp_path):
    out = tmp_path / "bundel"
    assert run("bundle", DEMO, "-o", out, "--date", DAY).exit_code == 0
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["documents"][0] == {"file": "00-lees-eerst-gids.docx", "kind": "guide",
                                        "audience": "victim", "language": "nl"}
    assert (out / "patroon-van-de-feiten.png").is_file()


@pytest.mark.parametrize("value", ["de", "nl,nl", "nl,,fr", "NL"])
def test_an_unknown_or_repeated_language_is_a_usage_error(run, tmp_path, value):
    result = run("bundle", DEMO, "-o", tmp_path / "b", "--language", value, "--date", DAY)
    assert result.exit_code == 2
    assert "give one or more of nl, fr, each once" in result.stderr
    assert not (tmp_path / "b").exists()


def test_render_takes_one_language(run, tmp_path):
    result = run("render", DEMO, "complaint", "--language", "nl,fr", "-o", tmp_path / "k.docx")
    assert result.exit_code == 2
    assert not (tmp_path / "k.docx").exists()


# --- --language nl,fr: both sets in one bundle ---------------------------------------------

@pytest.fixture
def bilingual(run, tmp_path):
    out = tmp_path / "bundel"
    result = run("bundle", DEMO, "-o", out, "--language", "nl,fr", "--zip", "--date", DAY)
    assert result.exit_code == 0, result.output
    return out


def test_a_bilingual_bundle_holds_each_set_in_its_folder_and_the_evidence_once(bilingual):
    files = sorted(p.relative_to(bilingual).as_posix() for p in bilingual.rglob("*") if p.is_file())
    nl = [f for f in files if f.startswith("nl/")]
    fr = [f for f in files if f.startswith("fr/")]
    evidence = [f for f in files if f.startswith("stukken/")]
    assert len(nl) == len(fr) == 12  # the demo's 11 documents and the chart, per language
    assert "nl/00-lees-eerst-gids.docx" in nl and "nl/patroon-van-de-feiten.png" in nl
    assert len(evidence) == 5 and len({Path(f).name[4:] for f in evidence}) == 5  # each file copied once
    assert sorted(set(files) - set(nl) - set(fr) - set(evidence)) == ["SHA256SUMS", "manifest.json"]


def test_a_bilingual_bundle_lists_every_file_once_and_verifies(run, bilingual):
    lines = (bilingual / "SHA256SUMS").read_text().splitlines()
    listed = [line.split("  ", 1)[1] for line in lines]
    on_disk = sorted(p.relative_to(bilingual).as_posix() for p in bilingual.rglob("*")
                     if p.is_file() and p.name != "SHA256SUMS")
    assert listed == on_disk  # every file once, none missing
    manifest = json.loads((bilingual / "manifest.json").read_text())
    named = [d["file"] for d in manifest["documents"]] + [e["file"] for e in manifest["evidence"] if e["file"]]
    named += [f["file"] for f in manifest["figures"]]
    assert len(named) == len(set(named)) == len(listed) - 1  # all but manifest.json, each once
    assert [f["file"] for f in manifest["figures"]] == ["nl/patroon-van-de-feiten.png", "fr/schema-des-faits.png"]
    assert {d["language"] for d in manifest["documents"] if d["file"].startswith("fr/")} == {"fr"}
    assert [e["number"] for e in manifest["evidence"]] == list(range(1, 9))  # one numbering
    for target in (bilingual, bilingual.with_name("bundel.zip")):
        result = run("verify", target)
        assert result.exit_code == 0, result.output
        assert f"intact ({len(listed)} files match SHA256SUMS)" in result.stdout


def test_both_sets_cite_the_same_copies_each_in_its_language(bilingual):
    manifest = json.loads((bilingual / "manifest.json").read_text())
    by_kind = {(d["language"], d["kind"]): bilingual / d["file"] for d in manifest["documents"]}
    nl, fr = (docx_text(by_kind[language, "logbook"].read_bytes()) for language in ("nl", "fr"))
    assert "12 maart 2026" in nl and "07:45–08:10" in nl
    assert "12 mars 2026" in fr and f"7{NBSP}h{NBSP}45" in fr and "07:45" not in fr
    copies = [e["file"] for e in manifest["evidence"] if e["file"]]
    for language in ("nl", "fr"):  # each index names the one copy of every file
        index = docx_text(by_kind[language, "evidence_index"].read_bytes())
        assert all(copy in index for copy in copies), language


def test_several_languages_want_a_templates_folder_per_language(run, tmp_path):
    mine = tmp_path / "mijn-sjablonen"
    shutil.copytree(templates_dir("nl"), mine)
    result = run("bundle", DEMO, "-o", tmp_path / "b", "--language", "nl,fr", "--templates", mine, "--date", DAY)
    assert result.exit_code == 1
    assert f"{mine} has no folder nl/" in result.stderr
    assert not (tmp_path / "b").exists()


def test_a_bilingual_bundle_is_the_same_twice(run, tmp_path):
    sums = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert run("bundle", DEMO, "-o", out, "--language", "nl,fr", "--date", DAY).exit_code == 0
        sums.append((out / "SHA256SUMS").read_bytes())
    assert sums[0] == sums[1]


def test_the_library_refuses_a_language_it_has_no_papers_for(tmp_path):
    from filings import build_bundle, load_case

    loaded = load_case(DEMO, today=TODAY)
    with pytest.raises(ValueError, match="distinct"):
        build_bundle(loaded, tmp_path / "b", languages=["nl", "nl"])
    with pytest.raises(ValueError, match="known: nl, fr"):
        loaded.in_language("de")
    assert not (tmp_path / "b").exists()


# --- init --language ----------------------------------------------------------------------

def _keys(text: str) -> list[str]:
    """Every key of a skeleton, the commented-out ones included, in order."""
    import re

    return re.findall(r"^\s*(?:#\s*)?-?\s*([a-z_]+):", text, re.MULTILINE)


def test_init_language_fr_writes_a_french_skeleton_with_the_same_keys(run, tmp_path):
    folder = tmp_path / "dossier"
    result = run("init", folder, "--language", "fr")
    assert result.exit_code == 0, result.output
    text = (folder / "case.yaml").read_text()
    assert "language: fr\n" in text
    assert "# la personne harcelée" in text
    assert "# le journal : une entrée par fait" in text
    english = (REPO / "filings" / "skeleton" / "case.yaml").read_text()
    assert _keys(text) == _keys(english)
    assert "the person being stalked" not in text


def test_init_language_nl_writes_a_dutch_skeleton(tmp_path):
    text = init_case(tmp_path / "d", "nl").read_text()
    assert "# de persoon die belaagd wordt" in text and "language: nl\n" in text
    assert _keys(text) == _keys((REPO / "filings" / "skeleton" / "case.yaml").read_text())


def test_the_french_skeleton_validates_once_filled(run, tmp_path):
    folder = tmp_path / "dossier"
    assert run("init", folder, "--language", "fr").exit_code == 0
    case_file = folder / "case.yaml"
    unfilled = run("validate", case_file, "--date", DAY)
    assert unfilled.exit_code == 1 and ": victim.first_name: " in unfilled.stderr

    yaml = new_yaml()
    data = yaml.load(case_file.read_text())
    data["reference"] = "DOS-1"
    data["victim"].update(first_name="Camille", last_name="Lambert", gender="female")
    data["victim"]["address"].update(street="Rue des Champs", number="31", postal_code="1040", city="Etterbeek")
    data["respondent"]["description"] = "Homme inconnu, veste bleue"
    data["incidents"][0].update(date="2026-03-01", location="gare du Midi", kinds=["following"],
                                description="Il m'a suivie.")
    for key in ("birth_date", "birth_place", "profession", "phone", "email"):
        data["victim"].pop(key)
    for key in ("first_name", "last_name"):
        data["respondent"].pop(key)
    data["incidents"][0].pop("time")
    with case_file.open("w") as handle:
        yaml.dump(data, handle)
    assert "# la personne harcelée" in case_file.read_text()  # the comments survive the edit
    filled = run("validate", case_file, "--date", DAY)
    assert filled.exit_code == 0, filled.stderr
    assert filled.stdout.startswith("DOS-1: valid")


# --- the French demo case --------------------------------------------------------------------

def test_the_french_demo_case_validates_without_a_problem_or_warning(run):
    result = run("validate", DEMO_FR, "--date", DAY)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.startswith("DOS-2026-027: valid\n  8 incidents, 8 pieces of evidence, 2 witnesses")
    case = YAML(typ="safe").load(DEMO_FR.read_text())
    assert case["language"] == "fr"
    assert case["victim"]["address"]["city"] == "Etterbeek"  # Brussels


def test_the_french_demo_case_bundles_as_the_readme_says(run, tmp_path):
    readme = (REPO / "README.md").read_text()
    assert ".venv/bin/filings bundle examples/demo-fr/case.yaml -o bundle-fr" in readme
    out = tmp_path / "bundle-fr"
    result = run("bundle", DEMO_FR, "-o", out, "--date", DAY)
    assert result.exit_code == 0, result.output
    assert "11 documents, 5 evidence files" in result.stdout
    manifest = json.loads((out / "manifest.json").read_text())
    assert {d["language"] for d in manifest["documents"]} == {"fr"}
    logbook = next(d["file"] for d in manifest["documents"] if d["kind"] == "logbook")
    text = docx_text((out / logbook).read_bytes())
    assert f"dimanche 1er mars 2026, 12{NBSP}h{NBSP}30" in text
    assert run("verify", out).exit_code == 0


def test_the_schema_accepts_the_french_demo_case(run):
    import jsonschema

    schema = json.loads(run("schema").stdout)
    assert schema["properties"]["language"]["enum"] == ["nl", "fr"]
    assert "--language nl,fr" in schema["properties"]["language"]["description"]
    data = json.loads(json.dumps(YAML(typ="safe").load(DEMO_FR.read_text()), default=str))
    jsonschema.validate(data, schema)


@pytest.mark.libreoffice
def test_a_bilingual_bundle_with_pdfs_puts_each_pdf_beside_its_document(run, tmp_path):
    from test_libreoffice import soffice

    soffice()
    out = tmp_path / "bundel"
    result = run("bundle", DEMO_FR, "-o", out, "--language", "fr,nl", "--pdf", "--date", DAY)
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert [d["language"] for d in manifest["documents"]][:1] == ["fr"]  # in the order asked
    for document in manifest["documents"]:
        folder = document["language"] + "/"
        assert document["file"].startswith(folder) and document["pdf"] == document["file"][:-5] + ".pdf"
        assert (out / document["pdf"]).read_bytes().startswith(b"%PDF")
    assert not list(out.glob("*.pdf"))
    assert run("verify", out).exit_code == 0
