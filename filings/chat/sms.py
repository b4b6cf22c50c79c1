"""SMS Backup & Restore XML (`<smses><sms .../><mms>...</mms></smses>`), read as a stream:
a backup with photos holds them as base64 and may be gigabytes; each message is let go
once read.

Exports written by Signal or Silence encode an emoji as two surrogate references
(`&#55357;&#56838;`), which no XML parser accepts: the stream merges each pair into the
one character it stands for before parsing. Field meanings:
synctech.com.au/sms-backup-restore/fields-in-xml-backup-files/."""

from __future__ import annotations

import base64
import re
from collections import Counter
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from zoneinfo import ZoneInfo

from ..i18n import _
from .clock import from_epoch, utc_stamp
from .record import ExportRefused, Message

SENT_BY_OWNER = "(sent from this phone)"
_SENT_SMS = {"2", "4", "5", "6"}  # sent, outbox, failed, queued; 1 received, 3 draft
_PAIR = re.compile(rb"&#(?:(5[5-6]\d{3})|x([dD][89aAbB][0-9a-fA-F]{2}));&#(?:(5[6-7]\d{3})|x([dD][c-fC-F][0-9a-fA-F]{2}));")
_PARTIAL_END = re.compile(rb"&[^;&]{0,12}$")
_HIGH_END = re.compile(rb"&#(?:5[5-6]\d{3}|x[dD][89aAbB][0-9a-fA-F]{2});$")
_FROM = "137"  # PduHeaders.FROM in an MMS's <addr type>


# A message's photos and videos are base64 in one attribute; a phone sends none this big.
MAX_MESSAGE = 512 << 20
_CHUNK = 64 << 10


class _MergedSurrogates:
    """A binary stream with surrogate-pair references merged; a reference cut by a chunk
    boundary waits for the next chunk.

    Expat scans an unfinished attribute again on every chunk it is fed, so a 400 MiB
    base64 video read 16 KiB at a time took an hour: inside one message the chunks grow,
    and one message larger than MAX_MESSAGE is refused before it fills the memory."""

    def __init__(self, stream: BinaryIO, name: str):
        self.stream, self.pending, self.name = stream, b"", name
        self.offset = self.since = 0  # bytes read; bytes read since the last message ended
        self.chunk = _CHUNK

    def message_ended(self) -> None:
        self.since, self.chunk = 0, _CHUNK

    def read(self, size: int = 65536) -> bytes:
        while True:
            data = self.stream.read(max(size, self.chunk))
            self.offset += len(data)
            self.since += len(data)
            if self.since > MAX_MESSAGE:
                raise ExportRefused(_("{name}: byte {offset:,}: one message runs over {limit} MiB, more than "
                                      "any phone sends; give the backup exactly as SMS Backup & Restore wrote it")
                                      .format(name=self.name, offset=self.offset, limit=MAX_MESSAGE >> 20))
            if self.since > 4 * self.chunk:
                self.chunk = min(2 * self.chunk, 64 << 20)
            chunk = self.pending + data
            chunk = _PAIR.sub(_merge, chunk) if b"&#" in chunk else chunk
            self.pending = b""
            if data:
                # Hold back a reference cut at the end, and a high half whose low half follows.
                cut = len(chunk)
                if partial := _PARTIAL_END.search(chunk, max(cut - 13, 0)):
                    cut = partial.start()
                if high := _HIGH_END.search(chunk, max(cut - 9, 0), cut):
                    cut = high.start()
                chunk, self.pending = chunk[:cut], chunk[cut:]
            if chunk or not data:
                return chunk


def _merge(match: re.Match) -> bytes:
    high = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
    low = int(match.group(3)) if match.group(3) else int(match.group(4), 16)
    if not (0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF):
        return match.group(0)
    return f"&#{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)};".encode()


def parse(stream: BinaryIO, tz: ZoneInfo, name: str, media: dict[str, str] | None = None
          ) -> tuple[list[Message], list[str]]:
    """The messages, and notes on what was left out. media, if given, gets a key
    '<where>/<name>' for every attachment whose bytes the backup holds."""
    messages, notes = [], []
    for where, element in _elements(stream, name):
        message = _sms(element, where, tz) if element.tag == "sms" else _mms(element, where, tz)
        if isinstance(message, str):
            notes.append(_("{name}: {where}: {message}; left out").format(name=name, where=where, message=message))
        elif message is not None:
            messages.append(message)
            if media is not None and element.tag == "mms":
                media.update((f"{where}/{name}", "") for name, p in _files(element) if _holds_file(p))
    messages.sort(key=lambda m: m.sent.timestamp())  # not m.sent: one zone compares wall times, fold aside
    return messages, notes


def extract_media(stream: BinaryIO, name: str, wanted: set[tuple[str, str]], folder: Path) -> dict[tuple[str, str], Path]:
    """Decode the wanted attachments ((where, attachment name)) into folder, reading the
    backup again as a stream; returns (where, name) -> the file written."""
    found: dict[tuple[str, str], Path] = {}
    places = {where for where, _ in wanted}
    for where, element in _elements(stream, name):
        if where not in places:
            continue
        for name, part in _files(element):
            key = (where, name)
            if key in wanted and _holds_file(part):
                safe = re.sub(r"[^\w.-]+", "_", PurePosixPath(key[1]).name) or "bijlage"
                try:
                    data = base64.b64decode(part.get("data", ""), validate=False)
                except ValueError:
                    continue  # undecodable: the message is quoted without it
                found[key] = _write_new(folder, f"{where.replace('[', '-').rstrip(']')}-{safe}", data)
    return found


def _elements(stream: BinaryIO, name: str) -> Iterator[tuple[str, ET.Element]]:
    """Each <sms> and <mms> with its place ('sms[3]'), let go once the caller is done."""
    counts = {"sms": 0, "mms": 0}
    try:
        merged = _MergedSurrogates(stream, name)
        events = ET.iterparse(merged, events=("start", "end"))
        _start, root = next(events)
        if root.tag != "smses":
            raise ExportRefused(_("{name}: the XML starts with <{tag}>, not <smses>; give the messages backup "
                                  "of SMS Backup & Restore (sms-….xml), not the calls backup")
                                  .format(name=name, tag=root.tag))
        depth = 0
        for event, element in events:
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth:
                continue
            merged.message_ended()
            if element.tag not in counts:
                continue
            where = f"{element.tag}[{counts[element.tag]}]"
            counts[element.tag] += 1
            yield where, element
            root.clear()  # the message and its base64 media are let go
    except ET.ParseError as exc:
        line, column = exc.position
        raise ExportRefused(_("{name}: line {line}, column {column}: not well-formed XML ({reason}); give the "
                              "backup file exactly as SMS Backup & Restore wrote it")
                              .format(name=name, line=line, column=column, reason=exc.msg.split(':')[0])) from None
    except StopIteration:
        raise ExportRefused(_("{name}: the file is empty; give the messages backup (sms-….xml)").format(name=name)) from None


def _files(element: ET.Element) -> list[tuple[str, ET.Element]]:
    """The parts that are files, each with a name of its own in the message: two photos
    sent without names are both `image/jpeg`, and one must not stand for the other."""
    named, seen = [], Counter()
    for part in element.iter("part"):
        if part.get("ct", "") in ("text/plain", "application/smil"):
            continue
        name = _part_name(part)
        seen[name] += 1
        named.append((name if seen[name] == 1 else f"{name} ({seen[name]})", part))
    return named


def _write_new(folder: Path, name: str, data: bytes) -> Path:
    # Two names may clean up alike (`a b.jpg`, `a_b.jpg`): never write over one.
    stem, dot, suffix = name.rpartition(".") if "." in name else (name, "", "")
    for attempt in range(1, 1000):
        target = folder / (name if attempt == 1 else f"{stem}-{attempt}{dot}{suffix}")
        try:
            with target.open("xb") as out:
                out.write(data)
            return target
        except FileExistsError:
            continue
    raise ExportRefused(_("{name}: too many attachments of this name in one message").format(name=name))


def _part_name(part: ET.Element) -> str:
    name = part.get("name")
    return name if name not in (None, "null", "") else part.get("cl") or part.get("ct", "bijlage")


def _holds_file(part: ET.Element) -> bool:
    return part.get("ct", "") not in ("text/plain", "application/smil") and bool(part.get("data"))


def _when(element: ET.Element, tz: ZoneInfo):
    date = element.get("date", "")
    return from_epoch(int(date) / 1000, tz) if re.fullmatch(r"[0-9]{1,18}", date) else None


def _party(element: ET.Element) -> str:
    contact = element.get("contact_name") or ""
    if contact and contact not in ("(Unknown)", "null"):
        return contact
    return element.get("address") or "(unknown)"


def _sms(element: ET.Element, where: str, tz: ZoneInfo) -> Message | str | None:
    sent = _when(element, tz)
    if sent is None:
        return _("no `date` in milliseconds")
    if element.get("type") == "3":
        return None  # a draft was never sent
    sender = SENT_BY_OWNER if element.get("type") in _SENT_SMS else _party(element)
    body = element.get("body")
    return Message(sent, utc_stamp(sent), sender, "" if body in (None, "null") else body, "message", where)


def _mms(element: ET.Element, where: str, tz: ZoneInfo) -> Message | str | None:
    sent = _when(element, tz)
    if sent is None:
        return _("no `date` in milliseconds")
    if element.get("msg_box") == "2":
        sender = SENT_BY_OWNER
    else:
        sender = next((a.get("address") for a in element.iter("addr") if a.get("type") == _FROM), None)
        sender = element.get("contact_name") if element.get("contact_name") not in (None, "", "(Unknown)", "null") \
            else sender or _party(element)
    texts = [part.get("text") or "" for part in element.iter("part") if part.get("ct", "") == "text/plain"]
    files = [name for name, _ in _files(element)]
    return Message(sent, utc_stamp(sent), sender, "\n".join(texts), "media" if files else "message", where,
                   tuple(files))
