"""Rendering's own faster steps give the bytes docxtpl's would: same document, same XML."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from filings.load.loader import load_case
from filings.plan.documents import planned_documents
from filings.render import body, engine, listing
from filings.render.document import render_document

TODAY = date(2026, 11, 26)
DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo" / "case.yaml"


def _upstream_move(docx, body):
    """Declined: docxtpl 0.20.2's own map_tree moves the body."""
    return False


def _long_case(tmp_path: Path, incidents: int) -> Path:
    """The demo case with many more incidents, each with text that keeps its spaces."""
    folder = tmp_path / "case"
    folder.mkdir()
    for evidence in (DEMO.parent / "bewijs").iterdir():
        (folder / "bewijs").mkdir(exist_ok=True)
        (folder / "bewijs" / evidence.name).write_bytes(evidence.read_bytes())
    lines = [f"  - date: 2026-0{1 + n % 9}-1{n % 10}\n    kinds: [calls]\n    location: '  Gent  '\n"
             f"    description: |\n      Oproep {n}  met  spaties.\n      Tweede regel.\n"
             for n in range(incidents)]
    text = DEMO.read_text(encoding="utf-8").replace("incidents:\n", "incidents:\n" + "".join(lines), 1)
    case = folder / "case.yaml"
    case.write_text(text, encoding="utf-8")
    return case


@pytest.mark.parametrize("extra", [0, 300])
def test_moving_the_body_gives_docxtpls_bytes(tmp_path, monkeypatch, extra):
    loaded = load_case(_long_case(tmp_path, extra), today=TODAY)
    assert len(loaded.case.incidents) > extra
    documents = planned_documents(loaded.case)
    replaced = []
    monkeypatch.setattr(engine, "replace_body", lambda *args: replaced.append(body.replace_body(*args)) or
                        replaced[-1])
    ours = [render_document(loaded, document) for document in documents]
    assert replaced == [True] * len(documents)  # our way was taken for every document
    monkeypatch.setattr(engine, "replace_body", _upstream_move)
    theirs = [render_document(loaded, document) for document in documents]
    assert [document.kind.template for document in documents]  # something was compared
    for document, mine, upstream in zip(documents, ours, theirs):
        assert parts(mine) == parts(upstream), document.file_name


def parts(data: bytes) -> dict[str, bytes]:
    """Every part of a .docx, its XML in canonical form: moving nodes between documents
    lets lxml drop a namespace declaration the root already makes (the chart's
    xmlns:wp); the document it describes is the same."""
    import io
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: etree.tostring(etree.fromstring(archive.read(name)), method="c14n")
                if name.endswith((".xml", ".rels")) else archive.read(name)
                for name in archive.namelist()}


def _upstream_listing(xml: str) -> str:
    from docxtpl import DocxTemplate

    return DocxTemplate.resolve_listing(None, xml)  # upstream's method reads nothing of self


_RUN = st.sampled_from(['<w:r><w:t xml:space="preserve">{}</w:t></w:r>',
                        "<w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r>",
                        '<w:r w:rsidR="00A1"><w:t>{}</w:t><w:t>{}</w:t></w:r>'])
_TEXT = st.text(st.sampled_from(list("ab <>&\t\n\a\f")), max_size=6)
_PARAGRAPH = st.tuples(st.sampled_from(["<w:p>", '<w:p w:rsidR="1">', "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>"]),
                       st.lists(st.tuples(_RUN, _TEXT, _TEXT), max_size=3)).map(
    lambda p: p[0] + "".join(run.format(a, b) for run, a, b in p[1]) + "</w:p>")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PARAGRAPH, st.just("<w:p/>"), st.just("\n<w:tbl>\n"), st.just("<w:pPr/>")), max_size=6))
def test_the_listing_step_gives_docxtpls_xml(parts):
    xml = "<w:body>" + "".join(parts) + "</w:body>"
    assert listing.resolve_listing(xml, _upstream_listing) == _upstream_listing(xml)


def test_a_value_with_tabs_and_breaks_renders_as_docxtpl_renders_it(tmp_path, monkeypatch):
    """The step on a whole document: a value holding a tab, a line break, a new paragraph
    and a page break, in the demo's logbook."""
    loaded = load_case(DEMO, today=TODAY)
    marked = loaded.case.incidents[0].model_copy(update={"location": "links\trechts\nonder\aander\fpagina"})
    case = loaded.case.model_copy(update={"incidents": [marked, *loaded.case.incidents[1:]]})
    loaded = type(loaded)(case, loaded.path, loaded.warnings, loaded.today)
    logbook = next(d for d in planned_documents(case) if d.kind.name == "logbook")
    ours = render_document(loaded, logbook)
    monkeypatch.setattr(engine, "resolve_listing", lambda xml, upstream: upstream(xml))
    theirs = render_document(loaded, logbook)
    assert parts(ours) == parts(theirs)
    body = parts(ours)["word/document.xml"]
    assert b"<w:tab" in body and b'<w:br w:type="page"' in body  # the marks were made
