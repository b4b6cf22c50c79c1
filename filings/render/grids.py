"""Table grids that fit their cells, on the tree the strict parse already built.

A `{%tc for %}` loop in a template repeats table cells, so a rendered row may hold more
or fewer cells than the table's grid has columns; Word then draws the table wrongly.
docxtpl fixes the grid after parsing the rendered body a second time (with a recovering
parser, after ours read it strictly: render/engine.py). This does the same on our own
tree, so a large document is parsed once: at 20,000 incidents the second parse of the
logbook alone cost 0.3 s. The rules are docxtpl 0.20's, kept so that a template renders
as it did (tests/test_grids.py compares the two on tables of every shape):

- more cells in a row than columns: add columns, every column the same share of the
  table's old total width (the old ones scaled, the new ones at the new average);
- fewer cells (counting a merged cell's gridSpan) than columns: drop the last columns,
  their width shared out equally over the columns left.
"""

from __future__ import annotations

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NS = {"w": W[1:-1]}
# Rows whose cells may not fit a grid of n columns: another count of cells, or a merge.
_UNEVEN = etree.XPath(".//w:tr[count(w:tc) != $n or w:tc/w:tcPr/w:gridSpan]", namespaces=_NS)


def fit_grids(tree: etree._Element) -> None:
    """Make every table's grid (w:tblGrid) fit the cells of its rows, in place."""
    for table in tree.iter(W + "tbl"):
        grid = table.find(W + "tblGrid")
        if grid is None:
            continue
        columns = grid.findall(W + "gridCol")
        rows = table.find(".//" + W + "tr") is not None
        if rows and not _UNEVEN(table, n=len(columns)):
            continue  # every row has one cell per column: nothing to do (the common case)
        rows = list(table.iter(W + "tr"))  # a loop of rows that gave none leaves no column
        _widen(grid, columns, max((len(row.findall(W + "tc")) for row in rows), default=0))
        _narrow(grid, max((sum(_span(cell) for cell in row.findall(W + "tc")) for row in rows), default=0))


def _widen(grid: etree._Element, columns: list, cells: int) -> None:
    added = cells - len(columns)
    if added <= 0:
        return
    widths = [column.get(W + "w") for column in columns]
    total = sum(float(width) for width in widths if width is not None)
    if total <= 0:
        return
    old, new = total / len(columns), total / (len(columns) + added)
    for column in columns:
        column.set(W + "w", str(int(float(column.get(W + "w")) * new / old)))
    for _ in range(added):
        etree.SubElement(grid, W + "gridCol", {W + "w": str(int(new))})


def _narrow(grid: etree._Element, cells: int) -> None:
    columns = grid.findall(W + "gridCol")
    removed = len(columns) - cells
    if removed <= 0:
        return
    freed = 0.0
    for column in columns[-removed:]:
        freed += float(column.get(W + "w"))
        grid.remove(column)
    left = grid.findall(W + "gridCol")
    share = int(freed / len(left)) if left else 0
    for column in left:
        column.set(W + "w", str(int(float(column.get(W + "w")) + share)))


def _span(cell: etree._Element) -> int:
    properties = cell.find(W + "tcPr")
    span = None if properties is None else properties.find(W + "gridSpan")
    return 1 if span is None else int(span.get(W + "val"))
