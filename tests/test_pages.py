"""Every paper on its PDF pages (legal-review-1.md §6): no heading is the last line of a page.

LibreOffice lays the documents out, pdftotext reads the pages back. In CI (CI=true) both are
installed by .ci/run and their absence fails the test."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from docx import Document

from conftest import DEMO
from docs_helpers import render_all
from test_libreoffice import convert, required, soffice


def headings(data: bytes) -> set[str]:
    return {p.text.strip() for p in Document(io.BytesIO(data)).paragraphs
            if p.style.name.startswith(("Heading", "Title")) and p.text.strip()}


def last_lines(pdf) -> list[str]:
    """The last line of the body of each page: the footer ('… pagina N van M') left out."""
    pages = subprocess.run([required("pdftotext", package="poppler-utils"), "-layout", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout.split("\f")
    lasts = []
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip() and "pagina" not in line]
        if lines:
            lasts.append(lines[-1])
    return lasts


@pytest.mark.libreoffice
def test_no_heading_ends_a_page_in_any_paper(tmp_path):
    binary = soffice()
    petition = tmp_path / "petition" / "case.yaml"
    petition.parent.mkdir()
    petition.write_text(DEMO.read_text(encoding="utf-8").replace("procedure: summons", "procedure: ex_parte"),
                        encoding="utf-8")
    shutil.copytree(DEMO.parent / "bewijs", petition.parent / "bewijs")
    sources = {}
    for case in (DEMO, petition):
        for name, (_, data) in render_all(case).items():
            source = tmp_path / f"{case.parent.name}-{name}"
            source.write_bytes(data)
            sources[source] = headings(data)
    convert(binary, list(sources), "pdf", tmp_path / "pdf", tmp_path / "profile")
    checked = 0
    for source, titles in sources.items():
        for number, last in enumerate(last_lines(tmp_path / "pdf" / source.with_suffix(".pdf").name), start=1):
            assert last not in titles, f"{source.name}, page {number} ends with the heading {last!r}"
            checked += 1
    assert checked >= len(sources)  # every paper had at least one page read
