"""Reading a JSON export, refused with its line and column when it is not JSON."""

from __future__ import annotations

import json
from typing import Any

from .record import ExportRefused


def load(text: str, name: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExportRefused(f"{name}: line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg}); "
                            f"give the {what} file exactly as exported, unedited") from None
    except RecursionError:  # json recurses per level: a hostile file would end in a traceback
        raise ExportRefused(f"{name}: nested too deeply for a chat export (an app nests a few levels); give the "
                            f"{what} file exactly as exported, unedited") from None


def decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExportRefused(f"{name}: byte {exc.start} is not UTF-8 text; give the file exactly as "
                            "exported (not opened and saved again in another program)") from None


def need(value: Any, kind: type, name: str, where: str, hint: str) -> Any:
    if not isinstance(value, kind):
        what = {dict: "an object", list: "a list", str: "a text"}.get(kind, kind.__name__)
        raise ExportRefused(f"{name}: `{where}` is not {what}; {hint}")
    return value
