"""The library as other doors use it: one import, typed, silent, and one registry of kinds
that every part of filings reads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from io import BytesIO

import pytest
from docx import Document

import filings
from conftest import DEMO, REPO, SHIPPED, TODAY
from filings.cli import all_commands
from filings.lang import LANGUAGES, words
from filings.plan.kinds import KINDS
from filings.resources import templates_dir


def test_every_public_name_resolves_and_importing_filings_stays_light():
    for name in filings.__all__:
        assert getattr(filings, name) is not None, name
    code = ("import sys, filings; heavy = [m for m in ('pydantic', 'jinja2', 'lxml', 'docx', 'babel', "
            "'ruamel') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == "[]"
    assert (REPO / "filings" / "py.typed").is_file()


def test_a_case_given_as_text_goes_through_every_stage_without_printing(tmp_path, capsys):
    folder = tmp_path / "case"
    shutil.copytree(DEMO.parent, folder)
    text = (folder / "case.yaml").read_text(encoding="utf-8")
    loaded = filings.load_text(text, folder=folder, today=TODAY)
    assert loaded.path == folder / "case.yaml"
    complaint = filings.find_document(loaded.case, "complaint")
    body = "\n".join(p.text for p in Document(BytesIO(filings.render_document(loaded, complaint))).paragraphs)
    assert "KLACHT WEGENS BELAGING" in body and "Sarah Peeters" in body
    result = filings.build_bundle(loaded, tmp_path / "bundel", make_zip=True)
    assert filings.verify(result.folder).intact and filings.verify(result.zip_file).intact
    assert capsys.readouterr() == ("", "")


def test_a_text_case_is_refused_with_the_line_and_key_of_its_problem(tmp_path):
    with pytest.raises(filings.CaseInvalid) as refused:
        filings.load_text("format: 1\nreference: X\nvictim: 3\n", folder=tmp_path, today=TODAY)
    lines = refused.value.lines()
    assert any(line.startswith(f"{tmp_path / 'case.yaml'}:3: victim:") for line in lines), lines


def test_a_document_the_case_does_not_call_for_says_why_and_names_no_flag():
    loaded = filings.load_case(DEMO, today=TODAY)
    with pytest.raises(filings.NotApplicable, match="add a `request` block with `procedure: ex_parte`"):
        filings.find_document(loaded.case, "petition")
    with pytest.raises(filings.WitnessNeeded) as which:
        filings.find_document(loaded.case, "witness_statement")
    assert which.value.choices == ["W1", "W2"] and "--" not in str(which.value)


def test_an_existing_output_is_refused_in_the_library_without_a_flag_and_in_the_cli_with_one(tmp_path, run):
    loaded = filings.load_case(DEMO, today=TODAY)
    out = tmp_path / "bundel"
    out.mkdir()
    with pytest.raises(filings.OutputExists) as refused:
        filings.build_bundle(loaded, out)
    assert refused.value.target == out.absolute() and "--force" not in str(refused.value)
    result = run("bundle", DEMO, "-o", out, "--date", "2026-11-26")
    assert f"{out.absolute()} exists; pass --force to replace it (nothing was written)" in result.stderr


# One registry: what each part of filings offers is exactly its kinds.

def test_the_cli_offers_exactly_the_registry_kinds():
    render = all_commands()["render"]
    choices = next(p for p in render.params if p.name == "kind").type.choices
    assert sorted(choices) == sorted(kind.name for kind in KINDS)


def test_every_kind_has_its_words_and_template_in_every_language_and_its_context_builder():
    for language in LANGUAGES:
        names = words(language).DOCUMENTS
        assert set(names) == {kind.name for kind in KINDS}, language
        stems = [names[kind.name]["stem"] for kind in KINDS]
        assert len(set(stems)) == len(stems), f"{language}: two kinds share a file name"
        for kind in KINDS:
            assert set(names[kind.name]) >= {"stem", "title", "purpose", "signer", "destination"}
            assert language not in SHIPPED or (templates_dir(language) / kind.template).is_file(), (
                language, kind.name)
    for kind in KINDS:
        assert callable(kind.context_builder()), kind.name


def test_templates_check_and_the_template_builder_know_exactly_the_registry_kinds():
    from filings.render.check import check_templates

    reports = list(check_templates(templates_dir("nl"), TODAY))
    assert sorted(r.template for r in reports) == sorted(kind.template for kind in KINDS)
    assert all(r.ok for r in reports), [(r.template, r.error, r.missing) for r in reports]
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import build_templates
    finally:
        sys.path.remove(str(REPO / "tools"))
    for kind in KINDS:
        assert callable(getattr(build_templates, kind.name)), kind.name


def test_a_bundle_holds_the_planned_documents_named_by_the_registry(tmp_path):
    loaded = filings.load_case(DEMO, today=TODAY)
    planned = filings.planned_documents(loaded.case)
    result = filings.build_bundle(loaded, tmp_path / "bundel")
    assert result.documents == [d.file_name for d in planned]
    kinds = {kind.name: kind for kind in KINDS}
    for document in planned:
        assert document.file_name.startswith(f"{kinds[document.kind.name].order:02d}-")


def test_a_door_that_hands_over_one_file_gets_only_the_zip(tmp_path):
    loaded = filings.load_case(DEMO, today=TODAY)
    result = filings.build_bundle(loaded, tmp_path / "bundel", make_zip=True, folder=False)
    assert result.folder is None and not (tmp_path / "bundel").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundel.zip"]
    report = filings.verify(result.zip_file)
    assert report.intact and report.checked == result.files
    both = filings.build_bundle(loaded, tmp_path / "again" / "bundel", make_zip=True)
    assert both.zip_file.read_bytes() == result.zip_file.read_bytes()  # the same zip either way


def test_a_form_asks_the_same_questions_as_log_add_and_refuses_with_the_fix(tmp_path):
    from filings.edit.questions import incident_questions, new_incident

    folder = tmp_path / "case"
    shutil.copytree(DEMO.parent, folder)
    case = folder / "case.yaml"
    loaded = filings.load_case(case, today=TODAY)
    questions = {q.name: q for q in incident_questions(loaded, TODAY)}
    with pytest.raises(filings.Refused, match="write the date as YYYY-MM-DD"):
        questions["date"].parse(["12/03/2026"])
    with pytest.raises(filings.Refused, match="is not a kind; use: calls"):
        questions["kinds"].parse(["bellen"])
    typed = {"date": ["2026-11-20"], "kinds": ["calls, messages"], "location": ["telefonisch"],
             "description": ["Hij belde zes keer.\nDaarna: \"Ik weet waar je bent.\""],
             "witnesses": ["W1, Anna De Smet"]}
    answers = {name: questions[name].parse(texts) for name, texts in typed.items()}
    added = filings.add_incident(case, new_incident(answers, TODAY), TODAY)
    saved = added.case.case.incidents[-1]
    assert [k.value for k in saved.kinds] == ["calls", "messages"]
    assert saved.description == "Hij belde zes keer.\nDaarna: \"Ik weet waar je bent.\""
    assert saved.witnesses[0] == "W1" and added.new_witnesses[0][1:] == ("Anna", "De Smet")


def test_a_case_without_incidents_validates_but_gets_no_papers(tmp_path, run):
    folder = tmp_path / "case"
    shutil.copytree(DEMO.parent, folder)
    case = folder / "case.yaml"
    text = case.read_text(encoding="utf-8")
    case.write_text(text[: text.index("\nincidents:")] + "\nincidents: []\n", encoding="utf-8")
    assert run("validate", case, "--date", "2026-11-26").exit_code == 0
    for args in (["bundle", case, "-o", tmp_path / "bundel"], ["render", case, "complaint", "-o", tmp_path / "k.docx"]):
        result = run(*args, "--date", "2026-11-26")
        assert result.exit_code == 1
        assert "the logbook has no incidents yet: every paper states the facts" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case"]


def test_a_text_case_with_a_lone_surrogate_is_refused_not_crashed(tmp_path):
    with pytest.raises(filings.CaseInvalid) as refused:
        filings.load_text('format: 1\nreference: "a\ud800"\n', folder=tmp_path, today=TODAY)
    assert refused.value.lines() == [f"{tmp_path / 'case.yaml'}:2: the text holds a character that is not "
                                     "valid Unicode (a lone surrogate); remove it"]
