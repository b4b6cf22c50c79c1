"""Putting docxtpl's rendered body into the Word document in time linear in its size.

docxtpl 0.20.2 (pinned) parses the rendered body as a separate lxml document and moves it
into the Word document with `root.replace(body, tree)` (template.py map_tree). lxml fixes
the namespace of every moved `xml:space` attribute (the `xml:` namespace belongs to each
document) through a cache that it searches linearly and that grows by one entry per
attribute: the move is quadratic in the number of text runs (measured: 42 s of a 68 s
logbook render at 50,000 incidents; 0.8 s for 40,000 runs, 0.004 s without the attribute).

So nothing is moved: the rendered body is written out and parsed again inside the
document's own start tag, with python-docx's element classes, and that tree becomes the
document part. Both steps run in C. The namespaces the body's start tag repeats from the
document's are left out, as lxml's move drops them: the same bytes.
"""

from __future__ import annotations

import re

from functools import lru_cache

from lxml import etree

_START_TAG = re.compile(r"<([^\s>/]+)[^>]*>")  # lxml writes '>' in attribute values as &gt;
_BODY_START = re.compile(rb"<w:body((?:\s[^>]*)?)>")
_DECLARATION = re.compile(rb'\s+xmlns:([\w.-]+)="([^"]*)"')


@lru_cache(maxsize=1)
def _parser() -> etree.XMLParser:
    """python-docx's element classes; not its parser, which drops blank text that the
    moved body would have kept."""
    from docx.oxml.parser import element_class_lookup  # heavy import, only when a document is made

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    parser.set_element_class_lookup(element_class_lookup)
    return parser


def replace_body(docx, body: etree._Element) -> bool:
    """Make the document part of docx (a python-docx Document) its XML with body, the
    rendered <w:body> of another lxml document, in place of its own. False, changing
    nothing, when the document holds more than a body: docxtpl's move handles that."""
    document = docx._element
    if len(document) != 1 or document[0] is not document.body:
        return False
    start = _START_TAG.match(etree.tostring(document, encoding="unicode"))
    body_xml = etree.tostring(body, encoding="utf-8")
    body_start = _BODY_START.match(body_xml)
    if start is None or body_start is None:
        return False
    body.clear()  # free the rendered tree before the document's is built: one in memory at a time
    inherited = document.nsmap
    own = _DECLARATION.sub(lambda m: b"" if inherited.get(m[1].decode()) == m[2].decode() else m[0],
                           body_start[1])
    text = b"".join([start[0].encode(), b"<w:body", own, b">", memoryview(body_xml)[body_start.end():],
                     f"</{start[1]}>".encode()])
    del body_xml
    tree = etree.fromstring(text, _parser())
    docx._part._element = tree
    docx._element = tree
    docx._Document__body = None  # python-docx's cached view of the old body
    return True
