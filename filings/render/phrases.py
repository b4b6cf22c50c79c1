"""Phrases: the sentences several templates share, in one file beside the templates.

templates/<language>/phrases.yaml maps a name to a sentence written in the same Jinja as
the templates, with the same names (`filings templates vars`). A template prints one
with `{{ phrase('pattern') }}`, or, for a sentence about one item of a list, passes the
item: `{{ phrase('police_report', r=r) }}`. A phrase may print another phrase.

A phrase runs in the environment of the document that prints it (the same sandbox, the
same strict undefined values, the same escaping), with that document's values, so it
is checked by `templates check` like the template itself. The file is read from the
folder of the template being rendered: a lawyer's copy of the templates carries its own
phrases. It is data, not code: a mapping of names to texts, at most MAX_BYTES long.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import TemplateRuntimeError, TemplateSyntaxError, UndefinedError, pass_context
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from ..i18n import _
from ..errors import TemplateProblem

FILE_NAME = "phrases.yaml"
MAX_BYTES = 1 << 20  # a phrase file is a few kilobytes of sentences


def read_phrases(folder: Path) -> dict[str, str] | None:
    """The phrases of a templates folder, or None when it has no phrases.yaml. Raises
    TemplateProblem when the file is not a mapping of names to texts or a phrase does
    not compile."""
    path = folder / FILE_NAME
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise TemplateProblem(_("{file_name}: cannot be read ({exc})").format(file_name=FILE_NAME, exc=exc)) from None
    return _parse(str(path), info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=16)
def _parse(path: str, mtime_ns: int, size: int) -> dict[str, str]:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from ..load.bounds import OutOfBounds, check_structure
    from ..paths import NotARegularFile, open_regular

    if size > MAX_BYTES:
        raise TemplateProblem(_("{file_name}: {size:,} bytes; a phrase file may be at most {max_bytes:,}")
                                .format(file_name=FILE_NAME, size=size, max_bytes=MAX_BYTES))
    try:
        with open_regular(Path(path)) as handle:
            raw = handle.read(MAX_BYTES + 1)
        text = raw.decode("utf-8")
        check_structure(text)
        data = YAML(typ="safe", pure=False).load(text)
    except (OSError, NotARegularFile) as exc:
        raise TemplateProblem(_("{file_name}: cannot be read ({exc})").format(file_name=FILE_NAME, exc=exc)) from None
    except UnicodeDecodeError:
        raise TemplateProblem(_("{file_name}: is not UTF-8 text; save it as UTF-8").format(file_name=FILE_NAME)) from None
    except OutOfBounds as exc:
        raise TemplateProblem(_("{file_name}: line {line}: {message}")
                                .format(file_name=FILE_NAME, line=exc.line, message=exc.message)) from None
    except YAMLError as exc:
        raise TemplateProblem(_("{file_name}: is not valid YAML ({exc}); write each phrase as `name: >-` "
                                "followed by its text, indented")
                                .format(file_name=FILE_NAME, exc=exc)) from None
    if len(raw) > MAX_BYTES:
        raise TemplateProblem(_("{file_name}: a phrase file may be at most {max_bytes:,} bytes")
                                .format(file_name=FILE_NAME, max_bytes=MAX_BYTES))
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise TemplateProblem(_("{file_name}: must map each name to a text (name: >- and the text on the next "
                                "lines, indented)").format(file_name=FILE_NAME))
    from .engine import environment

    for name, source in data.items():
        try:
            environment().from_string(source)
        except TemplateSyntaxError as exc:
            raise TemplateProblem(_("{file_name}: phrase `{name}`, line {lineno}: {message}")
                                    .format(file_name=FILE_NAME, name=name, lineno=exc.lineno, message=exc.message)) from None
    return dict(data)


@lru_cache(maxsize=256)
def _compiled(env: SandboxedEnvironment, source: str):
    return env.from_string(source)


def phrase_function(phrases: dict[str, str] | None, folder: Path) -> Any:
    """The `phrase(name, **items)` a template calls: the phrase rendered with the
    document's values (and the items passed), in the document's own environment."""

    @pass_context
    def phrase(context: Context, name: str, **items: Any) -> Markup:
        if not isinstance(name, str):
            raise TemplateRuntimeError(_("phrase() takes the name of a phrase in quotes, e.g. "
                                         "phrase('pattern'), not a {type}")
                                         .format(type=type(name).__name__))
        if phrases is None:
            raise UndefinedError(_("phrase {name!r}: there is no {file_name} in {folder}; copy it from the "
                                   "shipped templates")
                                   .format(name=name, file_name=FILE_NAME, folder=folder))
        if name not in phrases:
            raise UndefinedError(_("phrase {name!r} is not in {file_name} (known: {items})")
                                   .format(name=name, file_name=FILE_NAME, items=', '.join(phrases)))
        template = _compiled(context.environment, phrases[name])
        try:
            # Rendered with autoescape on: the values in it are escaped, the text is safe.
            return Markup(template.render({**context.get_all(), **items}))
        except UndefinedError as exc:
            raise UndefinedError(_("{exc} (in phrase {name!r} of {file_name})")
                                   .format(exc=exc, name=name, file_name=FILE_NAME)) from None

    return phrase
