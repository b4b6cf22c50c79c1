"""Reading generated documents back as a person would see their text."""

from __future__ import annotations

import io
import zipfile

from docx2python import docx2python
from lxml import etree

from filings.plan.documents import planned_documents
from filings.render.document import render_document
from filings.load.loader import load_case

from conftest import DEMO, TODAY


def docx_text(data: bytes) -> str:
    """All the text of a .docx: headers, body (tables included) and footers."""
    with docx2python(io.BytesIO(data)) as document:
        return document.text


def strict_parts(data: bytes) -> None:
    """Every XML part parses without recovery (readers accept truncated bodies)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))


def render_all(path=DEMO, today=TODAY, **kwargs) -> dict[str, tuple[object, bytes]]:
    """file name -> (planned document, bytes) for every document the case calls for."""
    loaded = load_case(path, today=today)
    return {
        d.file_name: (d, render_document(loaded, d, **kwargs))
        for d in planned_documents(loaded.case)
    }
