"""`filings render` and `filings templates check` as a user runs them."""

from __future__ import annotations

from docx import Document

from conftest import DEMO, own_templates
from docs_helpers import docx_text


def test_render_writes_one_document(run, tmp_path):
    out = tmp_path / "klacht.docx"
    result = run("render", DEMO, "complaint", "-o", out, "--date", "2026-11-26")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {out} (Klacht wegens belaging, for: police)\n"
    assert "KLACHT WEGENS BELAGING" in docx_text(out.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["klacht.docx"]  # no temporary file left


def test_render_a_witness_statement_needs_the_witness(run, tmp_path):
    out = tmp_path / "w.docx"
    result = run("render", DEMO, "witness_statement", "-o", out, "--date", "2026-11-26")
    assert result.exit_code == 1
    assert result.stderr == "error: which witness? pass --witness with one of: W1, W2\n"
    assert not out.exists()
    result = run("render", DEMO, "witness_statement", "--witness", "W2", "-o", out, "--date", "2026-11-26")
    assert result.exit_code == 0
    assert "El Amrani" in docx_text(out.read_bytes())


def test_render_refuses_a_document_the_case_does_not_call_for(run, tmp_path):
    result = run("render", DEMO, "petition", "-o", tmp_path / "p.docx", "--date", "2026-11-26")
    assert result.exit_code == 1
    assert "this case has no petition: add a `request` block with `procedure: ex_parte`" in result.stderr


def test_render_never_overwrites_without_force(run, tmp_path):
    out = tmp_path / "klacht.docx"
    mine = Document()
    mine.add_paragraph("mijn eigen versie")
    mine.save(out)
    before = out.read_bytes()
    result = run("render", DEMO, "complaint", "-o", out, "--date", "2026-11-26")
    assert result.exit_code == 1
    assert f"{out} exists; pass --force to replace it" in result.stderr
    assert out.read_bytes() == before
    assert run("render", DEMO, "complaint", "-o", out, "--force", "--date", "2026-11-26").exit_code == 0
    assert "KLACHT WEGENS BELAGING" in docx_text(out.read_bytes())


def test_render_force_replaces_only_a_word_document(run, tmp_path):
    out = tmp_path / "notities.txt"
    out.write_bytes(b"mijn notities")
    result = run("render", DEMO, "complaint", "-o", out, "--force", "--date", "2026-11-26")
    assert result.exit_code == 1
    assert result.stderr == (f"error: {out} exists and is not a Word document; --force replaces only a "
                             ".docx. Choose another name; nothing was written.\n")
    assert out.read_bytes() == b"mijn notities"


def test_render_uses_the_users_templates(run, tmp_path):
    mine = own_templates(tmp_path / "mijn-sjablonen", "logbook", "Kantoor Claes — dossier {{ reference }}")
    out = tmp_path / "logboek.docx"
    result = run("render", DEMO, "logbook", "-o", out, "--templates", mine, "--date", "2026-11-26")
    assert result.exit_code == 0, result.output
    assert "Kantoor Claes — dossier DOS-2026-014" in docx_text(out.read_bytes())


def test_render_of_a_broken_template_writes_nothing(run, tmp_path):
    mine = own_templates(tmp_path / "t", "logbook", "{{ victim.shoe_size }}")
    out = tmp_path / "logboek.docx"
    result = run("render", DEMO, "logbook", "-o", out, "--templates", mine, "--date", "2026-11-26")
    assert result.exit_code == 1
    assert "logbook.docx: uses a value the case does not give" in result.stderr
    assert "shoe_size" in result.stderr
    assert not out.exists()


def test_templates_check_passes_for_the_shipped_templates(run):
    result = run("templates", "check")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"{name}.docx: ok" for name in sorted([
            "boundary_letter", "circle_letter", "complaint", "contact_sheet", "evidence_index", "guide",
            "injured_party_declaration", "logbook", "petition", "summons", "witness_statement"])
    ]


def test_templates_check_names_every_unknown_value(run, tmp_path):
    mine = own_templates(tmp_path / "t", "summons", "{{ request.hearing_room }} {{ bailiff }}",
                         "{%p for i in incidents %}", "{{ i.mood }}", "{%p endfor %}")
    (mine / "guide.docx").unlink()
    result = run("templates", "check", mine)
    assert result.exit_code == 1
    assert "summons.docx: uses `request.hearing_room`, which the data does not provide" in result.stderr
    assert "summons.docx: uses `bailiff`, which the data does not provide" in result.stderr
    assert "summons.docx: uses `incidents[].mood`, which the data does not provide" in result.stderr
    assert "guide.docx: missing: filings needs this template" in result.stderr
    assert "complaint.docx: ok" in result.stdout
