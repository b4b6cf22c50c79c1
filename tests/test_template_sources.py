"""The shipped templates have one source: tools/build_templates.py. The .docx are its
output, byte for byte, and templates/nl/<kind>.txt holds the text of each for review."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO, SHIPPED
from filings.plan.kinds import KINDS

sys.path.insert(0, str(REPO / "tools"))
from docx2txt import docx_text  # noqa: E402

REFRESH = ("run `python tools/build_templates.py`, which rewrites the .docx and their .txt "
           "snapshots; commit both")


def test_rebuilding_the_templates_gives_the_committed_files(tmp_path):
    subprocess.run([sys.executable, str(REPO / "tools" / "build_templates.py"), str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    for kind in KINDS:
        for suffix in (".docx", ".txt"):
            name = kind.name + suffix
            built, committed = (tmp_path / name).read_bytes(), (REPO / "templates" / "nl" / name).read_bytes()
            assert built == committed, f"templates/nl/{name} is not what tools/build_templates.py makes: {REFRESH}"


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("kind", [k.name for k in KINDS])
def test_each_template_agrees_with_its_text_snapshot(language, kind):
    folder = REPO / "templates" / language
    snapshot = folder / f"{kind}.txt"
    assert snapshot.is_file(), f"templates/{language}/{kind}.txt is missing: {REFRESH}"
    assert docx_text(folder / f"{kind}.docx") == snapshot.read_text(encoding="utf-8"), (
        f"templates/{language}/{kind}.docx and its snapshot {kind}.txt disagree: {REFRESH} (for a "
        f".docx edited by hand: `python tools/docx2txt.py --snapshots templates/{language}`)")


def test_docx2txt_prints_the_snapshot_for_git_diff():
    template = REPO / "templates" / "nl" / "summons.docx"
    printed = subprocess.run([sys.executable, str(REPO / "tools" / "docx2txt.py"), str(template)],
                             check=True, capture_output=True, timeout=60).stdout.decode("utf-8")
    assert printed == template.with_suffix(".txt").read_text(encoding="utf-8")
    assert "{{ phrase('victim_identity') }}," in printed
    assert "[Heading1] Om deze redenen" in printed


def test_git_shows_templates_as_text():
    assert "*.docx diff=docx" in (REPO / ".gitattributes").read_text()
