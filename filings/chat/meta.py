"""Facebook Messenger and Instagram "Download your information" JSON (message_1.json).

Meta writes every string's UTF-8 bytes as separate \\u00XX characters ("Ã©" for "é"):
each string is repaired by reading it back as Latin-1 bytes, and left as it is when it
is correct already (it then holds a character Latin-1 cannot encode, or is no UTF-8)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from ..i18n import N_, _
from .clock import from_epoch, utc_stamp
from .jsonfile import need
from .record import Message

_HINT = N_("give a messages/inbox/<chat>/message_N.json file from the 'Download your information' export, in "
           "JSON")
_MEDIA = ("photos", "videos", "audio_files", "files", "gifs", "sticker")


def repair(text: str) -> str:
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def parse(data: Any, tz: ZoneInfo, name: str) -> tuple[list[Message], list[str]]:
    items = need(need(data, dict, name, _("(the whole file)"), _HINT).get("messages"), list, name, "messages", _HINT)
    messages, notes = [], []
    for index, item in enumerate(items):
        where = f"messages[{index}]"
        stamp = item.get("timestamp_ms") if isinstance(item, dict) else None
        number = isinstance(stamp, (int, float)) and not isinstance(stamp, bool)
        sent = from_epoch(stamp / 1000, tz) if number else None
        if sent is None:
            notes.append(_("{name}: {where}: no readable `timestamp_ms`; left out").format(name=name, where=where))
            continue
        sender = repair(str(item.get("sender_name") or "(unknown)"))
        text = repair(item["content"]) if isinstance(item.get("content"), str) else ""
        attachments = tuple(repair(str(media.get("uri"))) for key in _MEDIA
                            for media in (item.get(key) if isinstance(item.get(key), list) else [])
                            if isinstance(media, dict) and media.get("uri"))
        if item.get("is_unsent"):
            kind = "deleted"
        elif attachments or any(key in item for key in _MEDIA):
            kind = "media"
        elif not text and isinstance(item.get("share"), dict):
            kind, text = "media", repair(str(item["share"].get("link", "")))
        else:
            kind = "message"
        messages.append(Message(sent, utc_stamp(sent), sender, text, kind, where, attachments))
    messages.sort(key=lambda m: m.sent.timestamp())  # newest first in the file; timestamp() heeds fold
    return messages, notes
