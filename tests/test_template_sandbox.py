"""A hostile or careless user template is a message, never a traceback, a hang or a crash."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

import filings.render.sandbox
from filings.render.engine import render_docx, Properties

from conftest import DEMO, REPO, TODAY, own_templates


def render_with(run, tmp_path, *paragraphs: str):
    mine = own_templates(tmp_path / "t", "complaint", *paragraphs)
    out = tmp_path / "klacht.docx"
    started = time.monotonic()
    result = run("render", DEMO, "complaint", "-o", out, "--templates", mine, "--date", "2026-11-26")
    return result, out, time.monotonic() - started


@pytest.mark.parametrize(
    "paragraph,message",
    [
        ("{{ range(10**9)|list }}", "range() may give at most 100,000 numbers"),
        ("{% for i in range(10**18) %}{{ i }}{% endfor %}", "range() may give at most 100,000 numbers"),
        ("{{ 'a' * 10**9 }}", "would build a text of 1,000,000,000 characters, more than the 10,000,000 allowed"),
        ("{{ (['x' * 1000000] * 1000)|join }}", "would build a joined text of"),
        ("{{ ', '.join(['x' * 1000000] * 1000) }}", "would build a joined text of"),
        ("{% set s = 'a' * 10000000 %}{{ s ~ s }}", "would build a text of 20,000,000 characters"),
        ("{{ '%1000000000s' % 'a' }}", "would build a padded field"),
        ("{{ 'x'|center(10**10) }}", "would build a centred text"),
        ("{{ 10 ** (10 ** 7) }}", "would compute a number of more than 100,000 bits"),
        ("{% include 'kop.docx' %}", "templates may not include other files ({% include %})"),
        ("{% import 'macros.docx' as m %}", "templates may not include other files ({% import %})"),
        ("{{ 1 / 0 }}", "the template failed while rendering (ZeroDivisionError: division by zero) near “{{ 1 / 0 }}”; correct the expression there"),
        ("{{ 'a' + 1 }}", "(TypeError: can only concatenate str"),
        ("{{ ''.__class__ }}", "access to attribute '__class__' of 'str' object is unsafe"),
        ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "(RecursionError: maximum recursion depth exceeded"),
    ],
    ids=["range 10**9", "range 10**18", "string repeat", "join filter", "str.join", "tilde", "percent width",
         "center", "power", "include", "import", "division by zero", "type error", "unsafe attribute", "recursion"],
)
def test_a_hostile_template_is_refused_with_a_message(run, tmp_path, paragraph, message):
    result, out, seconds = render_with(run, tmp_path, paragraph)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: complaint.docx: ")
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()
    assert seconds < 10


def test_a_template_that_runs_too_long_is_stopped(run, tmp_path, monkeypatch):
    monkeypatch.setattr(filings.render.sandbox, "TIME_BUDGET", 1.0)
    result, out, seconds = render_with(
        run, tmp_path, "{% set r = range(100000)|list %}{% for a in r %}{% for b in r %}{% endfor %}{% endfor %}")
    assert result.exit_code == 1
    assert "complaint.docx: the template took longer than 1 seconds to render" in result.stderr
    assert not out.exists()
    assert seconds < 10


@pytest.mark.parametrize("loops", [
    "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
    "{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{{ b }}{% endfor %}{% endfor %}",
])
def test_nested_loops_stop_within_the_budget_in_a_real_process(tmp_path, loops):
    """A hang would hang pytest too: run the CLI in a process of its own, with a timeout."""
    mine = own_templates(tmp_path / "t", "complaint", loops)
    out = tmp_path / "klacht.docx"
    code = ("import sys, filings.render.sandbox as s; s.TIME_BUDGET = 2.0; from filings.cli import main; "
            "sys.argv[0] = 'filings'; main()")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code, "render", str(DEMO), "complaint", "-o", str(out),
                           "--templates", str(mine), "--date", "2026-11-26"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "error: complaint.docx: " in done.stderr
    assert ("took longer than 2 seconds" in done.stderr
            or "renders more than 200,000,000 characters" in done.stderr), done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert time.monotonic() - started < 30


def test_templates_check_survives_a_hostile_template(run, tmp_path):
    mine = own_templates(tmp_path / "t", "summons", "{{ 'a' * 10**9 }}")
    own = own_templates(tmp_path / "u", "logbook", "{% include 'x' %}")
    for folder, name, message in [(mine, "summons", "would build a text of 1,000,000,000 characters"),
                                  (own, "logbook", "templates may not include other files")]:
        result = run("templates", "check", folder)
        assert result.exit_code == 1
        assert f"{name}.docx:" in result.stderr and message in result.stderr
        assert "Traceback" not in result.output


def test_an_unsafe_attribute_is_not_reported_as_missing_data(run, tmp_path):
    mine = own_templates(tmp_path / "t", "summons", "{{ ''.__class__ }}")
    result = run("templates", "check", mine)
    assert result.exit_code == 1
    assert "access to attribute '__class__' of 'str' object is unsafe" in result.stderr
    assert "`__class__`, which the data does not provide" not in result.stderr


def test_a_mistake_in_filings_own_code_is_not_dressed_up_as_a_template_problem(tmp_path):
    """Only what the template's code raises is translated: a bug of ours stays a bug."""
    from docx import Document

    from filings.plan.views import reflow

    document = Document()
    document.add_paragraph("{{ reflow(3) }}")
    path = tmp_path / "complaint.docx"
    document.save(path)
    with pytest.raises(AttributeError, match="strip"):  # raised inside filings.plan.views.reflow
        render_docx(path, {"reflow": reflow}, Properties("t", "r", TODAY))


def test_ordinary_template_features_still_work(run, tmp_path):
    result, out, _ = render_with(
        run, tmp_path,
        "{% for i in range(3) %}{{ loop.index }}{% if loop.last %}.{% endif %}{% endfor %}",
        "{{ ['a', 'b']|join(', ') }} {{ 'x' * 3 }} {{ '%s-%s' % (1, 2) }} {{ '{}!'.format('ok') }} {{ 'a' ~ 1 }}",
    )
    assert result.exit_code == 0, result.output
    from docs_helpers import docx_text
    text = docx_text(out.read_bytes())
    assert "123." in text
    assert "a, b xxx 1-2 ok! a1" in text
