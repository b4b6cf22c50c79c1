"""Rendering one .docx from a template and a context: safe, strict and byte-reproducible.

docxtpl's traps (shared/docxtpl-notes.md) are closed here, in one place:
- autoescape on, in an environment built once and never handed to render(autoescape=);
- StrictUndefined, and None refused, so a missing value is an error, not a blank;
- typed text is data: '{{' prints literally, and docxtpl's own '{_{' unescaping is defeated;
- one DocxTemplate per document (instances are not thread-safe);
- every XML part of the result is parsed strictly, because docxtpl's recovering parser
  silently truncates a body it cannot read;
- fixed zip entry times and document properties, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree
from markupsafe import Markup, escape

from .errors import TemplateProblem

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Properties:
    """Document properties: no personal data, only what identifies the paper."""

    title: str
    reference: str
    day: date


def _finalize(value: Any) -> Any:
    if value is None:
        raise UndefinedError("a template printed a value that is None; the view must give text")
    if isinstance(value, Markup):
        return value
    # docxtpl turns '{_{' back into '{{' after rendering; a character reference survives
    # that step and the XML parser turns it back into the '_' the user typed.
    return Markup(str(escape(value)).replace("{_", "{&#95;").replace("_}", "&#95;}"))


def _environment(undefined: type = StrictUndefined) -> SandboxedEnvironment:
    return SandboxedEnvironment(autoescape=True, undefined=undefined, finalize=_finalize)


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
    """Render template with context; return the .docx bytes or raise TemplateProblem."""
    from docxtpl import DocxTemplate  # heavy import, only when a document is made

    try:
        document = DocxTemplate(str(template))
        document.render(context, env or environment())
    except UndefinedError as exc:
        raise TemplateProblem(f"{template.name}: uses a value the case does not give: {exc}") from None
    except TemplateError as exc:
        # docx_context is a one-shot iterator over the text around the error (docxtpl-notes §1).
        near = " ".join(line.strip() for line in getattr(exc, "docx_context", ()) if line.strip())
        where = f" near “{near[:160]}”" if near else ""
        raise TemplateProblem(f"{template.name}: template error: {exc}{where}") from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise TemplateProblem(f"{template.name}: cannot be read as a Word template ({exc})") from None
    _set_properties(document.docx.core_properties, properties)
    buffer = io.BytesIO()
    document.save(buffer)
    data = normalise_zip(buffer.getvalue())
    check_xml(data, template.name)
    return data


def _set_properties(core, properties: Properties) -> None:
    moment = datetime(properties.day.year, properties.day.month, properties.day.day, tzinfo=timezone.utc)
    core.title = properties.title
    core.subject = properties.reference
    core.identifier = properties.reference
    core.author = "filings"
    core.last_modified_by = "filings"
    core.language = "nl-BE"
    core.comments = ""
    core.keywords = ""
    core.category = ""
    core.revision = 1
    # python-docx writes these without converting time zones: pass UTC (docxtpl-notes §9).
    core.created = moment.replace(tzinfo=None)
    core.modified = moment.replace(tzinfo=None)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a .docx with fixed entry times and attributes, keeping the member order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0
            target.writestr(entry, source.read(info.filename), compresslevel=6)
    return out.getvalue()


def check_xml(data: bytes, name: str) -> None:
    """Parse every XML part strictly; a recovering parser upstream must not hide damage."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        for required in ("[Content_Types].xml", "word/document.xml"):
            if required not in names:
                raise TemplateProblem(f"{name}: the rendered document lacks {required}")
        for member in archive.namelist():
            if member.endswith((".xml", ".rels")):
                try:
                    etree.fromstring(archive.read(member), parser)
                except etree.XMLSyntaxError as exc:
                    raise TemplateProblem(f"{name}: rendering produced broken XML in {member}: {exc}") from None


def recording_environment(record: Callable[[str], None]) -> SandboxedEnvironment:
    """An environment that notes every undefined value a template uses instead of failing."""
    from jinja2 import ChainableUndefined

    class Recording(ChainableUndefined):
        def _note(self) -> None:
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
