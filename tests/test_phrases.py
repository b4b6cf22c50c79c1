"""phrases.yaml: the sentences several templates share, editable like the templates."""

from __future__ import annotations

import shutil
import time

from conftest import DEMO
from docs_helpers import docx_text
from filings.resources import templates_dir


def copy_templates(folder):
    shutil.copytree(templates_dir(), folder)
    return folder


def edit_phrases(folder, old: str, new: str) -> None:
    path = folder / "phrases.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def render(run, tmp_path, kind: str, templates) -> str:
    out = tmp_path / f"{kind}.docx"
    result = run("render", DEMO, kind, "-o", out, "--templates", templates, "--date", "2026-11-26")
    assert result.exit_code == 0, result.output
    return docx_text(out.read_bytes())


def test_a_lawyer_changes_a_shared_sentence_once_and_every_document_follows(run, tmp_path):
    mine = copy_templates(tmp_path / "mijn-sjablonen")
    edit_phrases(mine, "wonende te {{ respondent.address }}", "woonachtig te {{ respondent.address }}")
    edit_phrases(mine, "over een periode van", "gespreid over")
    summons = render(run, tmp_path, "summons", mine)
    assert "Kevin De Smet, geboren op 2 november 1988, woonachtig te Dorpsstraat 7, 9050 Gentbrugge," in summons
    assert "8 feiten tussen 28 januari 2026 en 19 november 2026, gespreid over 295 dagen" in summons
    declaration = render(run, tmp_path, "injured_party_declaration", mine)
    assert "woonachtig te Dorpsstraat 7" in declaration
    assert "Het gaat om 8 feiten tussen 28 januari 2026 en 19 november 2026, gespreid over 295 dagen" in render(
        run, tmp_path, "complaint", mine)


def test_the_values_in_a_phrase_are_escaped_like_the_template_s(run, tmp_path):
    shutil.copytree(DEMO.parent, tmp_path / "demo")
    case = tmp_path / "demo" / "case.yaml"
    text = case.read_text(encoding="utf-8")
    old = "  profession: verpleegkundige\n  address:"
    assert old in text
    case.write_text(text.replace(old, '  profession: "verpleegkundige & <b>{{ 7*7 }}</b>"\n  address:', 1),
                    encoding="utf-8")
    out = tmp_path / "s.docx"
    result = run("render", case, "summons", "-o", out, "--date", "2026-11-26")
    assert result.exit_code == 0, result.output
    assert "Sarah Peeters, verpleegkundige & <b>{{ 7*7 }}</b>, geboren te Gent" in docx_text(out.read_bytes())


def test_templates_check_names_a_phrase_that_uses_an_unknown_value(run, tmp_path):
    mine = copy_templates(tmp_path / "t")
    edit_phrases(mine, "PV {{ r.number }}", "PV {{ r.numbr }}")
    with (mine / "phrases.yaml").open("a", encoding="utf-8") as handle:
        handle.write("unused: >-\n  {{ victim.nickname }} {{ request.penalty }}\n")
    result = run("templates", "check", mine)
    assert result.exit_code == 1
    assert "phrases.yaml (police_report): uses `r.numbr`, which the data does not provide" in result.stderr
    assert "phrases.yaml (unused): uses `victim.nickname`" in result.stderr
    assert "request.penalty" not in result.stderr  # the court papers have it


def test_a_phrase_file_that_is_not_names_and_texts_is_refused_with_how_to_write_it(run, tmp_path):
    mine = copy_templates(tmp_path / "t")
    (mine / "phrases.yaml").write_text("- een lijst\n- geen namen\n", encoding="utf-8")
    result = run("templates", "check", mine)
    assert result.exit_code == 1
    assert "phrases.yaml: must map each name to a text" in result.stderr
    edit = (mine / "phrases.yaml")
    edit.write_text("pattern: >-\n  {% if pattern.count %}never closed\n", encoding="utf-8")
    result = run("render", DEMO, "logbook", "-o", tmp_path / "l.docx", "--templates", mine, "--date", "2026-11-26")
    assert result.exit_code == 1
    assert "phrases.yaml: phrase `pattern`" in result.stderr
    assert not (tmp_path / "l.docx").exists()


def test_a_template_folder_without_phrases_says_which_file_to_copy(run, tmp_path):
    mine = copy_templates(tmp_path / "t")
    (mine / "phrases.yaml").unlink()
    result = run("render", DEMO, "summons", "-o", tmp_path / "s.docx", "--templates", mine, "--date", "2026-11-26")
    assert result.exit_code == 1
    assert "there is no phrases.yaml" in result.stderr
    assert run("render", DEMO, "witness_statement", "--witness", "W1", "-o", tmp_path / "w.docx", "--templates", mine,
               "--date", "2026-11-26").exit_code == 0  # a template that prints no phrase needs none


def test_a_phrase_called_with_a_value_instead_of_a_name_is_a_template_problem(run, tmp_path):
    mine = copy_templates(tmp_path / "t")
    path = mine / "phrases.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("victim_identity: >-\n", "victim_identity: >-\n  {{ phrase(victim) }}\n", 1),
                    encoding="utf-8")
    out = tmp_path / "s.docx"
    result = run("render", DEMO, "summons", "-o", out, "--templates", mine, "--date", "2026-11-26")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "phrase() takes the name of a phrase in quotes, e.g. phrase('pattern'), not a dict" in result.stderr
    assert not out.exists()


def test_templates_check_stops_a_chain_of_phrases_within_its_budget(run, tmp_path, monkeypatch):
    import filings.render.check

    monkeypatch.setattr(filings.render.check, "CHECK_BUDGET", 2.0)
    mine = copy_templates(tmp_path / "t")
    chain = "".join(f"p{n}: >-\n  {{{{ phrase('p{n + 1}') }}}}{{{{ phrase('p{n + 1}') }}}}\n" for n in range(30))
    with (mine / "phrases.yaml").open("a", encoding="utf-8") as handle:
        handle.write(chain + "p30: >-\n  eind\n")
    started = time.monotonic()
    result = run("templates", "check", mine)
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert "templates check: stopped after 2 seconds: the templates or phrases take too long" in result.stderr
    assert "complaint.docx: ok" in result.stdout  # what was checked before is reported
