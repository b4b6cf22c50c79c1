"""Helpers to write docxtpl templates with python-docx (used by tools/build_templates.py)."""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from filings.render.engine import normalise_zip  # noqa: E402

FONT = "Arial"
RULED_LINE_PT = 20  # the height of a ruled line to write on by hand: about 8 mm


class Builder:
    def __init__(self, title: str):
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Mm(25))
        section.top_margin, section.bottom_margin = Mm(22), Mm(22)
        self._styles()
        props = self.doc.core_properties
        props.title, props.author, props.comments = title, "filings", ""
        props.subject = props.keywords = props.category = ""
        props.last_modified_by = "filings"

    def _styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name, normal.font.size = FONT, Pt(10.5)
        normal.paragraph_format.space_after = Pt(4)
        for name, size in (("Title", 16), ("Heading 1", 12.5), ("Heading 2", 11)):
            style = styles[name]
            style.font.name, style.font.size, style.font.bold = FONT, Pt(size), True
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.paragraph_format.space_before = Pt(10 if name != "Title" else 0)
            style.paragraph_format.space_after = Pt(4)
            style.paragraph_format.keep_with_next = True  # never alone at the bottom of a page
            rfonts = style.element.rPr.find(qn("w:rFonts"))
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rfonts is not None and rfonts.get(qn(attr)) is not None:
                    del rfonts.attrib[qn(attr)]
        title = styles["Title"]
        ppr = title.element.get_or_add_pPr()
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
        for name in ("List Bullet", "List Bullet 2", "List Number", "Quote"):
            styles[name].font.name = FONT
        styles["Quote"].font.italic = False

    # --- blocks -------------------------------------------------------------
    def title(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Title")

    def h1(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Heading 1")

    def h2(self, text: str) -> None:
        self.doc.add_paragraph(text, style="Heading 2")

    def p(self, *runs, style: str | None = None, align: str | None = None, size: float | None = None,
          keep: bool = False, new_page: bool = False):
        """A paragraph; each run is text, "\n" (a line break) or (text, 'b'|'i'|'bi'). keep: on
        the same page as the next paragraph (a line that introduces what follows), and never
        split itself. LibreOffice honours one keep, not a chain of them: lines that belong
        together are one paragraph with line breaks."""
        paragraph = self.doc.add_paragraph(style=style)
        if new_page:  # a letter of its own: printed and handed out page by page
            paragraph.paragraph_format.page_break_before = True
        if keep:
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.keep_together = True
        for run in runs:
            text, fmt = (run, "") if isinstance(run, str) else run
            if text == "\n":  # a line break inside the paragraph (LibreOffice breaks chains of keeps)
                paragraph.add_run().add_break()
                continue
            r = paragraph.add_run(text)
            r.bold = "b" in fmt or None
            r.italic = "i" in fmt or None
            if size:
                r.font.size = Pt(size)
        if align == "center":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "justify":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return paragraph

    def tag(self, text: str) -> None:
        """A paragraph that holds only a {%p ... %} tag: docxtpl removes it from the output."""
        self.doc.add_paragraph(text)

    def bullet(self, *runs, keep: bool = False, level: int = 1) -> None:
        self.p(*runs, style="List Bullet" if level == 1 else f"List Bullet {level}", keep=keep)

    def numbered(self, *runs, keep: bool = False) -> None:
        self.p(*runs, style="List Number", keep=keep)

    def box(self, *runs) -> None:
        """A framed paragraph for notes the reader must not miss."""
        paragraph = self.p(*runs)
        ppr = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            el = OxmlElement(f"w:{side}")
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "6")
            el.set(qn("w:space"), "4")
            el.set(qn("w:color"), "000000")
            borders.append(el)
        ppr.append(borders)
        shade = OxmlElement("w:shd")
        shade.set(qn("w:val"), "clear")
        shade.set(qn("w:fill"), "F2F2F2")
        ppr.append(shade)

    def writing_lines(self, count: int) -> None:
        """Ruled lines to write on by hand."""
        for _ in range(count):
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(9)
            ppr = paragraph._p.get_or_add_pPr()
            borders = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for key, value in (("val", "single"), ("sz", "4"), ("space", "1"), ("color", "808080")):
                bottom.set(qn(f"w:{key}"), value)
            borders.append(bottom)
            ppr.insert(0, borders)

    def ruled(self, count: int, *runs, width: float = 160) -> None:
        """A writing space of count ruled lines, after the runs that introduce it (as p()),
        that is never split over two pages. One paragraph, kept together (LibreOffice
        honours one keep, not a chain); each line is a tab to the right margin drawn with
        an underscore leader, since paragraphs with the same bottom border merge into one
        box with a single line. The tab's larger font makes the line tall enough to write on."""
        paragraph = self.p(*runs)
        fmt = paragraph.paragraph_format
        fmt.keep_together = True
        fmt.space_before = Pt(6)
        fmt.tab_stops.add_tab_stop(Mm(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
        for index in range(count):
            if index or runs:
                paragraph.add_run().add_break()
            tab = paragraph.add_run("\t")
            tab.font.size = Pt(RULED_LINE_PT)
            tab.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    def fields(self, rows: list[tuple[str, str]], label_width: float = 45) -> None:
        """A two-column table of label / value without borders."""
        table = self.doc.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(label).bold = True
            cells[1].paragraphs[0].add_run(value)
        self._widths(table, [label_width, 160 - label_width])

    @staticmethod
    def _widths(table, widths: list[float]) -> None:
        """Fixed column widths, in the grid (which LibreOffice reads) and in every cell (Word)."""
        table.autofit = False
        grid = table._tbl.tblGrid
        for column, width in zip(grid.findall(qn("w:gridCol")), widths):
            column.set(qn("w:w"), str(int(Mm(width).twips)))
        for row in table.rows:
            for cell, width in zip(row.cells, widths):
                cell.width = Mm(width)

    def loop_table(self, headers: list[str], cells: list[str], loop: str, widths: list[float],
                   size: float = 9, last: list[str] | None = None) -> None:
        """A bordered table with one header row and one row repeated by {%tr for %}; last:
        the cells of one more row after the repeated ones."""
        table = self.doc.add_table(rows=5 if last else 4, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        for index, header in enumerate(headers):
            run = table.rows[0].cells[index].paragraphs[0].add_run(header)
            run.bold = True
            run.font.size = Pt(size)
        table.rows[1].cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
        for index, cell in enumerate(cells):
            table.rows[2].cells[index].paragraphs[0].add_run(cell).font.size = Pt(size)
        table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
        for index, cell in enumerate(last or []):
            table.rows[4].cells[index].paragraphs[0].add_run(cell).font.size = Pt(size)
        self._widths(table, widths)
        header = table.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        header.append(repeat)

    def footer(self, text: str) -> None:
        """Footer: text, then 'pagina N van M' from Word fields."""
        paragraph = self.doc.sections[0].footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text + " — pagina ")
        run.font.size = Pt(8)
        self._field(paragraph, "PAGE")
        paragraph.add_run(" van ").font.size = Pt(8)
        self._field(paragraph, "NUMPAGES")

    def header(self, text: str) -> None:
        paragraph = self.doc.sections[0].header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run(text).font.size = Pt(8)

    @staticmethod
    def _field(paragraph, instruction: str) -> None:
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "16")
        rpr.append(size)
        run.append(rpr)
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    def save(self, path) -> None:
        # Values may start or end with spaces or hold several in a row: keep them all.
        parts = [self.doc.element] + [s.header._element for s in self.doc.sections] + [
            s.footer._element for s in self.doc.sections]
        for part in parts:
            for text in part.iter(qn("w:t")):
                text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        # Fixed dates and zip times: rebuilding changes a template only when its content does.
        props = self.doc.core_properties
        props.created = props.modified = datetime(2026, 1, 1)
        props.revision = 1
        buffer = io.BytesIO()
        self.doc.save(buffer)
        Path(path).write_bytes(normalise_zip(buffer.getvalue()))
