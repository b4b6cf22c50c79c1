"""The one message record every export format is read into, and the export it came from."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import FilingsError


class ExportRefused(FilingsError):
    """The export cannot be read; the message names the file, the line or JSON path, and
    the fix. Nothing was written."""


@dataclass(frozen=True, slots=True)
class Message:
    sent: datetime  # aware, in the time zone the user gave
    stamp: str  # the time as the export writes it (wall time, or UTC for epoch times): keys use it
    sender: str | None  # as written; None for a system line (group created, encryption notice)
    text: str  # exactly as exported, '' when it has none
    kind: str  # message | media | deleted | edited | system
    source: str  # where it stands in the export: 'line 12' or a JSON path such as messages[3]
    attachments: tuple[str, ...] = ()  # file names as the export gives them
    clock: str | None = None  # 'ambiguous' | 'nonexistent': the wall time fell in a clock change


@dataclass
class Export:
    path: Path
    format: str  # whatsapp | whatsapp_zip | sms | telegram | instagram | facebook | signal
    channel: str  # how the documents name it: WhatsApp, sms, Telegram, ...
    social: bool  # a social network (kind social_media) rather than a messenger (messages)
    messages: list[Message] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was not parsed, and why: shown to the user
    # The attachments the export holds: a zip's by name (-> its member), an SMS backup's by
    # '<where>/<name>' (their bytes are base64 inside the XML).
    media: dict[str, str] = field(default_factory=dict)


def message_keys(messages: list[Message]) -> list[str]:
    """A key per message, stable across exports of the same chat: the time as written,
    the sender, the text, and which repeat of that triple it is. A longer export of the
    same chat gives its old messages the same keys, whatever their lines."""
    seen: dict[tuple, int] = {}
    keys = []
    for m in messages:
        triple = (m.stamp, m.sender or "", m.text)
        n = seen[triple] = seen.get(triple, 0) + 1
        digest = hashlib.sha256("\x1f".join((*triple, str(n))).encode("utf-8", "surrogatepass"))
        keys.append(digest.hexdigest()[:16])
    return keys
