"""The text of a .docx template, paragraph by paragraph, with its Jinja tags: for reviews.

    python tools/docx2txt.py templates/nl/summons.docx     print its text
    python tools/docx2txt.py --snapshots templates/nl      rewrite templates/nl/<kind>.txt

Headers, then the body, then footers. A paragraph is one line, prefixed with its style
when it has one ([Heading1], [ListBullet], ...); a table row is `| cell | cell |`; a line
break inside a paragraph is a new line; a Word field shows as [PAGE]. git shows the
diff of a template as this text with:

    git config diff.docx.textconv "python tools/docx2txt.py"

(.gitattributes marks *.docx with diff=docx). Needs only lxml.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _runs(element) -> str:
    parts = []
    for child in element:
        tag = child.tag
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}fldSimple":
            parts.append(f"[{child.get(f'{W}instr', '').strip()}]")
        elif tag in (f"{W}pPr", f"{W}rPr"):
            continue
        else:
            parts.append(_runs(child))
    return "".join(parts)


def _paragraph(p) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    prefix = f"[{style.get(f'{W}val')}] " if style is not None else ""
    return prefix + _runs(p)


def _block(parent) -> list[str]:
    lines = []
    for child in parent:
        if child.tag == f"{W}p":
            lines.append(_paragraph(child))
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                cells = [" / ".join(_paragraph(p) for p in cell.iter(f"{W}p")) for cell in row.iter(f"{W}tc")]
                lines.append("| " + " | ".join(cells) + " |")
        elif child.tag == f"{W}sdt":
            lines += _block(child.find(f"{W}sdtContent"))
    return lines


def _number(name: str) -> int:
    found = re.search(r"(\d+)", name)
    return int(found.group(1)) if found else 0


def docx_text(path: Path) -> str:
    """The text of a .docx as the snapshots hold it."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        lines: list[str] = []
        for kind in ("header", "document", "footer"):
            parts = sorted((n for n in names if re.fullmatch(rf"word/{kind}\d*\.xml", n)), key=_number)
            for part in parts:
                root = etree.fromstring(archive.read(part))
                body = root.find(f"{W}body") if kind == "document" else root
                text = _block(body)
                lines += text if kind == "document" else [f"[{kind}] {line}" for line in text]
    return "\n".join(lines) + "\n"


def write_snapshots(folder: Path) -> list[Path]:
    """Write <kind>.txt beside every <kind>.docx of folder; returns the files written."""
    written = []
    for docx in sorted(folder.glob("*.docx")):
        target = docx.with_suffix(".txt")
        target.write_text(docx_text(docx), encoding="utf-8", newline="\n")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a .docx file, or with --snapshots a folder of them")
    parser.add_argument("--snapshots", action="store_true",
                        help="rewrite <kind>.txt beside each .docx of the folder")
    args = parser.parse_args(argv)
    if args.snapshots:
        for path in write_snapshots(args.path):
            print(path)
    else:
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stdout.write(docx_text(args.path))


if __name__ == "__main__":
    main()
