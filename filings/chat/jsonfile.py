"""Reading a JSON export, refused with its line and column when it is not JSON."""

from __future__ import annotations

import json
from typing import Any

from ..i18n import _
from .record import ExportRefused


def load(text: str, name: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportRefused(_("{name}: line {lineno}, column {colno}: not valid JSON ({msg}); give the {what} "
                              "file exactly as exported, unedited")
                              .format(name=name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg, what=what)) from None
    except RecursionError:  # json recurses per level: a hostile file would end in a traceback
        raise ExportRefused(_("{name}: nested too deeply for a chat export (an app nests a few levels); give "
                              "the {what} file exactly as exported, unedited")
                              .format(name=name, what=what)) from None


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExportRefused(_("{name}: byte {start} is not UTF-8 text; give the file exactly as exported (not "
                              "opened and saved again in another program)")
                              .format(name=name, start=exc.start)) from None


def need(value: Any, kind: type, name: str, where: str, hint: str) -> Any:
    if not isinstance(value, kind):
        what = {dict: _("an object"), list: _("a list"), str: _("a text")}.get(kind, kind.__name__)
        raise ExportRefused(_("{name}: `{where}` is not {what}; {hint}")
                              .format(name=name, where=where, what=what, hint=_(hint)))
    return value
