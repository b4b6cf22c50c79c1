"""A babel extractor for the CLI modules: the messages marked with _, N_ and ngettext, and
the docstring of every click command and group, which click shows as its help. Named in
babel.cfg; `pybabel extract -F babel.cfg` runs it."""

from __future__ import annotations

import ast
import io

from babel.messages.extract import extract_python

_DECORATORS = {"command", "group"}


def extract(fileobj, keywords, comment_tags, options):
    source = fileobj.read()
    yield from extract_python(io.BytesIO(source), keywords, comment_tags, options)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and any(map(_is_click, node.decorator_list)):
            text = ast.get_docstring(node, clean=True)
            if text:
                yield node.body[0].lineno, None, text, []


def _is_click(decorator: ast.expr) -> bool:
    """@click.command(...), @log.command(name="add"), @click.group()."""
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
    return name in _DECORATORS
