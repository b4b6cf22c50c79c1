"""Rendering one .docx from a template and a context: safe, strict and byte-reproducible.

docxtpl's traps (shared/docxtpl-notes.md) are closed here, in one place:
- autoescape on, in an environment built once and never handed to render(autoescape=);
- StrictUndefined, and None refused, so a missing value is an error, not a blank;
- typed text is data: '{{' prints literally, and docxtpl's own '{_{' unescaping is defeated;
- one DocxTemplate per document (instances are not thread-safe);
- every XML part of the result is parsed strictly, because docxtpl's recovering parser
  silently truncates a body it cannot read;
- fixed zip entry times and document properties, so the same input gives the same bytes;
- templates run in a sandbox bounded in size and time (sandbox.py), and whatever goes
  wrong while one runs is a TemplateProblem naming the template, not a traceback.
"""

from __future__ import annotations

import copy
import io
import re
import struct
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any, Callable

from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.nodes import EvalContext
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree
from markupsafe import Markup, escape

from ..i18n import _
from ..errors import TemplateProblem
from .body import replace_body
from .grids import fit_grids
from .listing import resolve_listing
from .phrases import phrase_function, read_phrases
from .sandbox import BoundedSandbox, TemplateLimit, budget


@dataclass(frozen=True)
class Properties:
    """Document properties: no personal data, only what identifies the paper."""

    title: str
    reference: str
    day: date
    language: str = "nl-BE"  # the language tag of the documents (lang/<language>.py LANGUAGE_TAG)


def _finalize(eval_ctx: EvalContext, value: Any) -> Any:
    if value is None:
        raise UndefinedError(_("a template printed a value that is None; the view must give text"))
    if isinstance(value, Markup):
        return value
    if eval_ctx.autoescape and type(value) is str and "{_" not in value and "_}" not in value:
        return value  # autoescape escapes it next: escaping it here too took a tenth of a big render
    # Escaped here whatever the template says: a template that turns autoescape off
    # ({% autoescape false %}) still prints her text as text, never as XML.
    text = escape(value)
    # docxtpl turns '{_{' back into '{{' after rendering; a character reference survives
    # that step and the XML parser turns it back into the '_' the user typed. Most texts
    # hold neither: they are printed as escaped, without a second copy.
    if "{_" in text or "_}" in text:
        text = Markup(str(text).replace("{_", "{&#95;").replace("_}", "&#95;}"))
    return text


class _CompilingOnce(BoundedSandbox):
    """docxtpl compiles the XML of each part again for every document it renders, and a
    bundle renders one template for each witness: compile each text once (measured at
    2,000 incidents: 267 compiles for 27 documents, a tenth of the bundle's time)."""

    _KEEP = 64  # texts: every part of every template of a bundle, with room to spare

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._compiled: dict[str, Any] = {}

    def from_string(self, source: Any, globals: Any = None, template_class: Any = None) -> Any:
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        template = self._compiled.get(source)
        if template is None:
            template = super().from_string(source)
            if len(self._compiled) >= self._KEEP:
                self._compiled.pop(next(iter(self._compiled)))
            self._compiled[source] = template
        return template


def _environment(undefined: type = StrictUndefined) -> SandboxedEnvironment:
    return _CompilingOnce(autoescape=True, undefined=undefined, finalize=_finalize)


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    """The one Jinja environment for documents; built once, never changed afterwards."""
    return _environment()


def render_docx(
    template: Path,
    context: dict[str, Any],
    properties: Properties,
    env: SandboxedEnvironment | None = None,
) -> bytes:
    """Render template with context; return the .docx bytes or raise TemplateProblem.

    The template may print the phrases of its folder (phrases.py) as `phrase(name)`."""
    context = {**context, "phrase": phrase_function(read_phrases(template.parent), template.parent)}
    try:
        document = _strict_template_class()(str(template))
        context = _with_pictures(context, document)
        with budget():
            document.render(context, env or environment())
    except UndefinedError as exc:
        raise TemplateProblem(_("{name}: uses a value the case does not give: {exc}")
                                .format(name=template.name, exc=exc)) from None
    except TemplateLimit as exc:
        raise TemplateProblem(_("{name}: {exc}{near}").format(name=template.name, exc=exc, near=_near(exc))) from None
    except TemplateError as exc:
        raise TemplateProblem(_("{name}: template error: {exc}{near}")
                                .format(name=template.name, exc=exc, near=_near(exc))) from None
    except etree.XMLSyntaxError as exc:
        raise TemplateProblem(_("{name}: rendering produced broken XML ({exc}); a value printed with |safe may "
                                "hold '<' or '&'")
                                .format(name=template.name, exc=exc)) from None
    except Exception as exc:
        if not _template_failed(exc):
            if isinstance(exc, (OSError, KeyError, ValueError, zipfile.BadZipFile)):
                raise TemplateProblem(_("{name}: cannot be read as a Word template ({exc})")
                                        .format(name=template.name, exc=exc)) from None
            raise
        raise TemplateProblem(_("{name}: the template failed while rendering ({error}: {exc}){near}; correct "
                                "the expression there")
                                .format(name=template.name, error=type(exc).__name__, exc=exc, near=_near(exc))) from None
    _respace(document.docx, properties.language)
    _set_properties(document.docx.core_properties, properties)
    buffer = io.BytesIO()
    document.save(buffer)
    data = normalise_zip(buffer.getvalue())
    check_xml(data, template.name)
    return data


def _respace(docx, language: str) -> None:
    """The language's typography over every text of the rendered paper, where it has one
    (lang/fr.py typography: French spacing also in what the case typed); Dutch has none."""
    from ..lang import LANGUAGES, words

    code = language.split("-")[0]
    respace = getattr(words(code), "typography", None) if code in LANGUAGES else None
    if respace is None:
        return
    parts = [docx.element] + [edge._element for section in docx.sections
                              for edge in (section.header, section.footer)
                              if not edge.is_linked_to_previous]  # never adds a header of its own
    tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    for part in parts:
        for node in part.iter(tag):
            if node.text and (" " in node.text):
                node.text = respace(node.text)


def _with_pictures(values: dict, document) -> dict:
    """The context with every chart (render/chart.py) in it made a picture of this document:
    docxtpl binds an InlineImage to one DocxTemplate. The dicts on the way are copied, never
    changed, since a bundle's documents share them; a chart is drawn when first printed."""
    from .chart import Chart

    changed = {}
    for key, value in values.items():
        if isinstance(value, Chart):
            changed[key] = _picture_class()(document, value)
        elif isinstance(value, dict) and any(isinstance(v, (Chart, dict)) for v in value.values()):
            inner = _with_pictures(value, document)
            if inner is not value:
                changed[key] = inner
    if not changed:
        return values
    copied = copy.copy(values)  # a dict subclass (templates check's) keeps its class and path
    copied.update(changed)
    return copied


@lru_cache(maxsize=1)
def _picture_class() -> type:
    from docx.shared import Mm
    from docxtpl import InlineImage

    from .chart import WIDTH_MM

    class ChartPicture(InlineImage):
        """A chart as an inline picture, the full text width, drawn only when printed."""

        def __init__(self, tpl, chart):
            super().__init__(tpl, None, width=Mm(WIDTH_MM))
            self.chart = chart

        def _insert_image(self):
            self.image_descriptor = io.BytesIO(self.chart.png())
            return super()._insert_image()

    return ChartPicture


def _near(exc: BaseException) -> str:
    # docx_context is a one-shot iterator over the text around the error (docxtpl-notes §1).
    near = " ".join(line.strip() for line in getattr(exc, "docx_context", ()) if line.strip())
    return f" near “{near[:160]}”" if near else ""


_TEMPLATE_CODE = "<template>"  # the file name Jinja gives the code of a from_string template
_OWN_CODE = str(Path(__file__).resolve().parent.parent)  # the whole package


def _frames(exc: BaseException) -> list[TracebackType]:
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append(tb)
        tb = tb.tb_next
    return frames


def _template_line(exc: BaseException) -> int | None:
    """The line of template code that was running when exc was raised, if any."""
    lines = [tb.tb_lineno for tb in _frames(exc) if tb.tb_frame.f_code.co_filename == _TEMPLATE_CODE]
    return lines[-1] if lines else None


def _template_failed(exc: BaseException) -> bool:
    """Did the user's template cause exc, rather than a mistake in filings itself?

    It did if the template's code was running, and the error was not raised inside
    filings' own code (a view, _finalize, the sandbox's checks): those are our bugs and
    must stay visible. Running out of memory or stack counts wherever it strikes."""
    frames = _frames(exc)
    if not any(tb.tb_frame.f_code.co_filename == _TEMPLATE_CODE for tb in frames):
        return False
    if isinstance(exc, (MemoryError, RecursionError)):
        return True
    return not frames[-1].tb_frame.f_code.co_filename.startswith(_OWN_CODE)


@lru_cache(maxsize=1)
def _strict_template_class() -> type:
    from docxtpl import DocxTemplate  # heavy import, only when a document is made

    class StrictDocxTemplate(DocxTemplate):
        """docxtpl re-reads the rendered body with a recovering parser, which silently
        drops what it cannot read and truncates the rest (docxtpl-notes §2). Read it
        strictly first, so that damage is an error instead."""

        def render_xml_part(self, src_xml, part, context, jinja_env=None):
            try:
                return super().render_xml_part(src_xml, part, context, jinja_env)
            except Exception as exc:
                # docxtpl shows the text around a syntax error only; do the same for an
                # error raised while the template ran, from the line it was on.
                line = _template_line(exc)
                if line is not None and not hasattr(exc, "docx_context"):
                    lines = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml).splitlines()
                    text = [re.sub(r"<[^>]+>", "", x).strip() for x in lines]
                    # the failing paragraph first: long neighbours would crowd it out
                    around = [text[i] for i in (line - 1, line - 2, line) if 0 <= i < len(text)]
                    try:
                        exc.docx_context = [t for t in around if t][:1] or text[max(line - 4, 0):line + 3]
                    except AttributeError:  # an exception without a __dict__
                        pass
                raise

        def resolve_listing(self, xml):
            return resolve_listing(xml, super().resolve_listing)  # listing.py: where needed only

        def fix_tables(self, xml):
            # One strict parse, whose tree docxtpl then uses: upstream parses again, and
            # grids.py fits the tables as upstream does.
            tree = etree.fromstring(xml.encode("utf-8") if isinstance(xml, str) else xml, _STRICT)
            fit_grids(tree)
            return tree

        def map_tree(self, tree):
            # Upstream's move of the body into the document is quadratic (body.py).
            if not replace_body(self.docx, tree):
                super().map_tree(tree)

    return StrictDocxTemplate


_STRICT = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _set_properties(core, properties: Properties) -> None:
    moment = datetime(properties.day.year, properties.day.month, properties.day.day, tzinfo=timezone.utc)
    core.title = properties.title
    core.subject = properties.reference
    core.identifier = properties.reference
    core.author = "filings"
    core.last_modified_by = "filings"
    core.language = properties.language
    core.comments = ""
    core.keywords = ""
    core.category = ""
    core.revision = 1
    # python-docx writes these without converting time zones: pass UTC (docxtpl-notes §9).
    core.created = moment.replace(tzinfo=None)
    core.modified = moment.replace(tzinfo=None)


def normalise_zip(data: bytes) -> bytes:
    """Give every entry of a .docx the same time (1980-01-01) and attributes, in place.

    python-docx stamps the current time on each entry; the compressed bytes themselves
    are already reproducible, so only the header fields are rewritten (ZIP APPNOTE
    4.3.7 and 4.3.12), which is far cheaper than re-compressing every part."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = archive.infolist()
        directory = archive.start_dir
    for info in entries:
        local = info.header_offset
        if out[local:local + 4] != b"PK\x03\x04":
            raise ValueError("unexpected zip layout")
        struct.pack_into("<HH", out, local + 10, 0, _DOS_1980)
    position = directory
    for _entry in entries:
        if out[position:position + 4] != b"PK\x01\x02":
            raise ValueError("unexpected zip layout")
        struct.pack_into("<H", out, position + 4, 20)  # made by: MS-DOS, version 2.0
        struct.pack_into("<HH", out, position + 12, 0, _DOS_1980)
        struct.pack_into("<I", out, position + 38, 0)  # external attributes
        name, extra, comment = struct.unpack_from("<HHH", out, position + 28)
        position += 46 + name + extra + comment
    return bytes(out)


_DOS_1980 = (0 << 9) | (1 << 5) | 1  # 1980-01-01 as an MS-DOS date


# The parts docxtpl writes back without parsing them; the body is checked in fix_tables,
# headers, footers and properties by python-docx, the rest is the template's own.
_UNPARSED_PARTS = ("word/footnotes.xml",)


def check_xml(data: bytes, name: str) -> None:
    """Parse strictly the rendered parts that nothing else has parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        for required in ("[Content_Types].xml", "word/document.xml"):
            if required not in names:
                raise TemplateProblem(_("{name}: the rendered document lacks {required}")
                                        .format(name=name, required=required))
        for member in _UNPARSED_PARTS:
            if member in names:
                try:
                    etree.fromstring(archive.read(member), _STRICT)
                except etree.XMLSyntaxError as exc:
                    raise TemplateProblem(_("{name}: rendering produced broken XML in {member}: {exc}")
                                            .format(name=name, member=member, exc=exc)) from None


def recording_environment(record: Callable[[str], None]) -> SandboxedEnvironment:
    """An environment that notes every undefined value a template uses instead of failing."""
    from jinja2 import ChainableUndefined

    class Recording(ChainableUndefined):
        def _note(self) -> None:
            if self._undefined_exception is not UndefinedError:  # the sandbox refused, e.g. __class__
                self._fail_with_undefined_error()
            owner = getattr(self._undefined_obj, "_path", None)
            name = self._undefined_name or "?"
            record(f"{owner}.{name}" if owner else name)

        def __str__(self) -> str:
            self._note()
            return ""

        def __iter__(self):
            self._note()
            return iter(())

        def __bool__(self) -> bool:
            self._note()
            return False

        def __len__(self) -> int:
            self._note()
            return 0

    return _environment(Recording)
