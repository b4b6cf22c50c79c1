"""Telegram Desktop's "Export chat history" as machine-readable JSON (result.json): one
chat (`{name, messages}`) or a whole account (`{chats: {list: [...]}}`).

Times come from `date_unixtime` (UTC seconds); `date` is the exporting computer's wall
time without an offset and is used, flagged, only when the other is missing."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..i18n import N_, _
from .clock import from_epoch, from_wall, utc_stamp
from .jsonfile import need
from .record import Message

_HINT = N_("export the chat again from Telegram Desktop with the format 'Machine-readable JSON'")
_MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "location_information", "contact_information")


def parse(data: Any, tz: ZoneInfo, name: str) -> tuple[list[Message], list[str]]:
    need(data, dict, name, _("(the whole file)"), _HINT)
    if "messages" in data:
        chats = [("", data)]
    else:
        listing = need(need(data.get("chats"), dict, name, "chats", _HINT).get("list"), list, name, "chats.list", _HINT)
        chats = [(f"chats.list[{i}].", chat) for i, chat in enumerate(listing)]
    messages, notes = [], []
    for prefix, chat in chats:
        items = need(need(chat, dict, name, prefix.rstrip(".") or "(root)", _HINT).get("messages"), list, name,
                     f"{prefix}messages", _HINT)
        for index, item in enumerate(items):
            where = f"{prefix}messages[{index}]"
            message = _message(item, where, tz)
            if isinstance(message, str):
                notes.append(_("{name}: {where}: {message}; left out")
                               .format(name=name, where=where, message=message))
            else:
                messages.append(message)
    return messages, notes


def _message(item: Any, where: str, tz: ZoneInfo) -> Message | str:
    if not isinstance(item, dict):
        return _("not a message object")
    clock = None
    seconds = str(item.get("date_unixtime", ""))
    sent = from_epoch(int(seconds), tz) if re.fullmatch(r"[0-9]{1,15}", seconds) else None
    if sent is not None:
        stamp = utc_stamp(sent)
    else:
        try:
            wall = datetime.fromisoformat(str(item.get("date")))
        except ValueError:
            return _("no readable `date_unixtime` or `date`")
        sent, clock = from_wall(wall, tz)
        stamp = wall.isoformat()
    text = _text(item)
    if item.get("type") == "service":
        actor = item.get("actor")
        return Message(sent, stamp, None, " ".join(str(p) for p in (actor, item.get("action")) if p), "system",
                       where, clock=clock)
    if item.get("type") != "message":
        return _("unknown type `{type}`").format(type=item.get("type"))
    sender = item.get("from") or item.get("from_id") or "(unknown)"
    attachments = tuple(str(item[k]) for k in ("photo", "file") if isinstance(item.get(k), str)
                        and not item[k].startswith("(File not included"))
    kind = "media" if any(k in item for k in _MEDIA_KEYS) else "edited" if "edited" in item else "message"
    return Message(sent, stamp, str(sender), text, kind, where, attachments, clock)


def _text(item: dict) -> str:
    # `text` is a string or a list mixing strings and {type, text}; `text_entities` is always a list.
    entities = item.get("text_entities")
    parts = entities if isinstance(entities, list) else item.get("text", "")
    if isinstance(parts, str):
        return parts
    if not isinstance(parts, list):
        return ""  # a damaged export: the message keeps its time and sender
    return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else "" for p in parts)
