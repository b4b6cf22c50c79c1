"""render/grids.py fits table grids as docxtpl 0.20's fix_tables does, on the tree of the
one strict parse: the same XML comes out for tables of every shape, and a template whose
`{%tc for %}` loop adds columns renders a grid with one column per cell."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from docxtpl import DocxTemplate
from lxml import etree

from filings.render.engine import Properties, render_docx
from filings.render.grids import fit_grids

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def body(*tables: str) -> bytes:
    return f'<w:document xmlns:w="{W}"><w:body>{"".join(tables)}</w:body></w:document>'.encode()


def table(widths: list[int | None], rows: list[list[int]], nested: str = "") -> str:
    """A table with these grid widths; each row lists its cells' gridSpans (1: no merge)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' if w is not None else "<w:gridCol/>" for w in widths)
    cells = []
    for row in rows:
        tcs = "".join(f'<w:tc><w:tcPr><w:gridSpan w:val="{s}"/></w:tcPr><w:p/></w:tc>' if s > 1
                      else f"<w:tc><w:p/>{nested}</w:tc>" for s in row)
        cells.append(f"<w:tr>{tcs}</w:tr>")
    return f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(cells)}</w:tbl>"


SHAPES = {
    "fits": body(table([3000, 3000], [[1, 1], [1, 1]])),
    "a loop added cells": body(table([3000, 3000], [[1, 1, 1, 1], [1, 1, 1]])),
    "a loop left fewer cells": body(table([2000, 3000, 4000], [[1], [1]])),
    "merged cells fill the grid": body(table([2000, 3000, 4000], [[2, 1], [1, 1, 1]])),
    "merged cells, one column left over": body(table([2000, 3000, 4000, 1000], [[2, 1], [1, 1]])),
    "uneven widths widened": body(table([1234, 4321], [[1, 1, 1]])),
    "no rows": body(table([3000, 3000], [])),
    "no widths": body(table([None, None], [[1, 1]])),
    "a nested table": body(table([3000, 3000], [[1, 1]], nested=table([1500], [[1, 1]]))),
    "two tables": body(table([3000], [[1, 1]]), table([1000, 1000, 1000], [[1]])),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_same_grids_as_docxtpl(shape):
    xml = SHAPES[shape]
    upstream = DocxTemplate.fix_tables(None, xml)  # uses no state of the template
    ours = etree.fromstring(xml)
    fit_grids(ours)
    assert etree.tostring(ours) == etree.tostring(upstream)


def test_a_column_loop_renders_one_grid_column_per_cell(tmp_path):
    document = Document()
    grid = document.add_table(rows=2, cols=3)
    for cell, text in zip(grid.rows[0].cells, ("{%tc for m in months %}", "{{ m }}", "{%tc endfor %}")):
        cell.text = text
    for cell, text in zip(grid.rows[1].cells, ("a", "b", "c")):
        cell.text = text
    path = tmp_path / "kolommen.docx"
    document.save(path)
    months = ["maart", "april", "mei", "juni"]
    data = render_docx(path, {"months": months}, Properties("t", "r", date(2026, 1, 1)))
    rendered = Document(io.BytesIO(data)).tables[0]._tbl
    assert len(rendered.tblGrid.findall(f"{{{W}}}gridCol")) == 4
    assert [tc.xpath("string(.)") for tc in rendered.tr_lst[0].tc_lst] == months
