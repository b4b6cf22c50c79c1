"""The data.json that signal-export (carderne/signal-export) writes per chat: one JSON
object a line, with `date` (the exporting computer's wall time, no offset), `sender`,
`body`, `attachments` [{name, path}], `deleted`, `call`, `missed`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from ..i18n import _
from .clock import from_wall
from .record import ExportRefused, Message


def parse(lines: Iterable[str], tz: ZoneInfo, name: str) -> tuple[list[Message], list[str]]:
    messages, notes = [], []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            wall = datetime.fromisoformat(item["date"])
            sender, body = str(item["sender"]), item.get("body") or ""
        except (json.JSONDecodeError, RecursionError) as exc:
            why = exc.msg if isinstance(exc, json.JSONDecodeError) else _("nested too deeply")
            if not messages:
                raise ExportRefused(_("{name}: line {number}: not a JSON object ({why}); give the data.json "
                                      "that signal-export wrote, one message a line")
                                      .format(name=name, number=number, why=why)) from None
            notes.append(_("{name}: line {number}: not a JSON object ({why}); left out")
                           .format(name=name, number=number, why=why))
            continue
        except (KeyError, TypeError, ValueError, AttributeError):
            notes.append(_("{name}: line {number}: no readable `date` and `sender`; left out")
                           .format(name=name, number=number))
            continue
        if wall.tzinfo is not None:
            wall = wall.astimezone(tz).replace(tzinfo=None)
        sent, clock = from_wall(wall, tz)
        listed = item.get("attachments") if isinstance(item.get("attachments"), list) else []
        # The path (beside data.json) finds the file; the name is only what the sender called it.
        attachments = tuple(str(a.get("path") or a.get("name")) for a in listed
                            if isinstance(a, dict) and (a.get("path") or a.get("name")))
        if item.get("deleted"):
            kind = "deleted"
        elif item.get("call") or item.get("missed"):
            kind = "system"
        elif attachments or item.get("sticker"):
            kind = "media"
        else:
            kind = "message"
        messages.append(Message(sent, wall.isoformat(), sender, str(body), kind, f"line {number}", attachments,
                                clock))
    return messages, notes
