"""One entry point for every export: the format detected (or given), the parser run, and
the result refused when it holds no message at all. The export file is only read."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import zipfile
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

from ..i18n import N_, _
from ..paths import kind_of, open_regular
from . import meta, signal, sms, telegram, whatsapp
from .jsonfile import decode, load
from .record import Export, ExportRefused

# Far above any real chat (WhatsApp caps one at 40,000 messages, a few MiB of text), far
# below what would exhaust memory: a bigger file is a whole account or no export at all.
MAX_TEXT = 256 << 20

FORMATS = ("whatsapp", "sms", "telegram", "instagram", "facebook", "signal")
CHANNELS = {"whatsapp": ("WhatsApp", False), "whatsapp_zip": ("WhatsApp", False), "sms": ("sms", False),
            "telegram": ("Telegram", False), "instagram": ("Instagram", True),
            "facebook": ("Facebook Messenger", True), "signal": ("Signal", False)}


def read_export(path: Path, tz: ZoneInfo, *, format: str | None = None, date_order: str | None = None) -> Export:
    name = path.name
    _regular(path)
    fmt = _detect(path) if format is None else ("whatsapp_zip" if format == "whatsapp" and _is_zip(path) else format)
    export = Export(path, fmt, *CHANNELS[fmt])
    if fmt == "whatsapp":
        export.messages, export.notes = whatsapp.parse(_lines(read_text(path, name)), tz, name, order=date_order)
    elif fmt == "whatsapp_zip":
        text, member, export.media = _zip_chat(path)
        export.messages, export.notes = whatsapp.parse(_lines(text), tz, f"{name}:{member}", order=date_order)
    elif fmt == "sms":
        with open_regular(path) as stream:
            export.messages, export.notes = sms.parse(stream, tz, name, export.media)
    elif fmt == "signal":
        export.messages, export.notes = signal.parse(_lines(read_text(path, name)), tz, name)
    else:
        data = load(read_text(path, name), name, {"telegram": "result.json", "instagram": "message_N.json",
                                                  "facebook": "message_N.json"}[fmt])
        parser = telegram.parse if fmt == "telegram" else meta.parse
        export.messages, export.notes = parser(data, tz, name)
    _whole_characters(export)
    cap = 10_000 if export.media else 40_000
    if fmt.startswith("whatsapp") and len(export.messages) >= cap - 500:
        export.notes.append(_("{name}: {count} messages, near WhatsApp's cap of about {cap:,} a chat export "
                              "holds: the oldest messages may have been left out by WhatsApp; compare the first "
                              "date with the phone, and export without media (cap 40,000) if it is later")
                              .format(name=name, count=len(export.messages), cap=cap))
    if not export.messages:
        raise ExportRefused(_("{name}: no message found in this {channel} export; check that it is the chat you "
                              "meant, exported in full")
                              .format(name=name, channel=export.channel))
    return export


_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole_characters(export: Export) -> None:
    """A JSON export may escape half a character (`\\ud800`): no file or terminal can hold
    it, so the export is refused with its place before anything shows or writes it."""
    for message in export.messages:
        for what, value in ((_("text"), message.text), (_("sender"), message.sender or ""),
                            *(("attachment", a) for a in message.attachments)):
            if bad := _SURROGATE.search(value):
                raise ExportRefused(_("{name}: {source}: the {what} holds U+{code:04X}, half of a character (the "
                                      "file is damaged); give the export exactly as the app wrote it")
                                      .format(name=export.path.name, source=message.source, what=what, code=ord(bad.group())))


def _regular(path: Path) -> None:
    """A FIFO or device would block the read or never end: refused before it is opened."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        raise ExportRefused(_("{path}: no such file; give the exported chat file").format(path=path)) from None
    if not stat.S_ISREG(mode):
        raise ExportRefused(_("{path}: not a regular file but a {kind}; give the exported chat file")
                              .format(path=path, kind=kind_of(mode)))


def read_text(path: Path, name: str) -> str:
    with open_regular(path) as handle:
        data = handle.read(MAX_TEXT + 1)
    if len(data) > MAX_TEXT:
        raise ExportRefused(_("{name}: larger than {limit}, more than any one chat's export; export only the chat "
                              "with him (not the whole account) and give that file")
                              .format(name=name, limit=_mib(MAX_TEXT)))
    return decode(data, name)


def _mib(size: int) -> str:
    return f"{size / (1 << 20):.1f} MiB"


def _lines(text: str) -> list[str]:
    # Only LF ends a line: U+2028 and friends inside a message are its text.
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _is_zip(path: Path) -> bool:
    return zipfile.is_zipfile(path)


def _detect(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".zip" or _is_zip(path):
        return "whatsapp_zip"
    with path.open("rb") as stream:
        head = stream.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and b"<smses" in head:
        return "sms"
    # An iOS chat starts with `[12/03/2026, …` or U+200E: text, though it opens like JSON.
    if suffix == ".txt" or re.match(rb"(\xe2\x80\x8e)?\[?\d{1,4}[./-]\d", head):
        return "whatsapp"
    if head.startswith(b"{") or head.startswith(b"["):
        return _json_kind(path, head)
    raise ExportRefused(_("{name}: cannot tell which app exported this file; pass --format ({items})")
                          .format(name=path.name, items=', '.join(FORMATS)))


def _json_kind(path: Path, head: bytes) -> str:
    first = head.split(b"\n", 1)[0]
    try:
        line = json.loads(first)
        if isinstance(line, dict) and "sender" in line and "date" in line:
            return "signal"  # one object a line
    except (ValueError, RecursionError):
        pass
    if b'"timestamp_ms"' in head or b'"participants"' in head or b'"sender_name"' in head:
        return "instagram" if "instagram" in str(path).lower() else "facebook"
    if b'"date_unixtime"' in head or b'"from_id"' in head or b'"chats"' in head or b'"messages"' in head:
        return "telegram"
    raise ExportRefused(_("{name}: a JSON file of no export format filings knows; pass --format ({items})")
                          .format(name=path.name, items=', '.join(FORMATS)))


def _zip_chat(path: Path) -> tuple[str, str, dict[str, str]]:
    """The chat text of a WhatsApp zip, its member name, and its media by file name."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = _members(path, archive)
            chats = [i for i in members if i.filename.lower().endswith(".txt")]
            chat = next((i for i in chats if PurePosixPath(i.filename).name == "_chat.txt"), None)
            if chat is None and len(chats) == 1:
                chat = chats[0]
            if chat is None:
                raise ExportRefused(_("{name}: no chat text (_chat.txt or 'WhatsApp Chat ….txt') in this zip; "
                                      "give the zip exactly as WhatsApp's 'Export chat' made it")
                                      .format(name=path.name))
            _sized(path, chat, MAX_TEXT)
            try:
                text = archive.read(chat).decode("utf-8-sig")
            except UnicodeDecodeError:
                raise ExportRefused(_("{name}:{filename}: not UTF-8 text; give the zip as exported")
                                      .format(name=path.name, filename=chat.filename)) from None
            media = {PurePosixPath(i.filename).name: i.filename for i in members if i is not chat}
            return text, chat.filename, media
    except zipfile.BadZipFile as exc:
        raise ExportRefused(_("{name}: not a readable zip ({exc}); copy the export again from the phone")
                              .format(name=path.name, exc=exc)) from None


# WhatsApp sends documents of up to 2 GB; its photos, videos and voice notes are packed
# already, so a member that unpacks a hundredfold is a zip bomb, not media.
MAX_MEMBER = 2 << 30
_MAX_RATIO = 100
_RATIO_FROM = 1 << 20  # small texts pack well: only larger members are measured
_AS_EXPORTED = N_("give the zip exactly as WhatsApp's 'Export chat' made it")


def _members(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The zip's files, each checked before a byte is unpacked: a name inside the zip,
    one member per file name (else which is the evidence?), a size media can have."""
    members = [i for i in archive.infolist() if not i.is_dir()]
    seen: dict[str, str] = {}
    for info in members:
        name = info.filename
        if name.startswith("/") or "\\" in name or ".." in PurePosixPath(name).parts or re.match(r"[A-Za-z]:", name):
            raise ExportRefused(_("{name}: the member `{member}` names a place outside the zip, which WhatsApp "
                                  "never writes; {as_exported}")
                                  .format(name=path.name, member=name, as_exported=_(_AS_EXPORTED)))
        base = PurePosixPath(name).name
        if base in seen:
            raise ExportRefused(_("{name}: two members named {base} ({first} and {second}); which one is the "
                                  "evidence cannot be told: {as_exported}")
                                  .format(name=path.name, base=base, first=seen[base], second=name, as_exported=_(_AS_EXPORTED)))
        seen[base] = name
        _sized(path, info, MAX_MEMBER)
    return members


def _sized(path: Path, info: zipfile.ZipInfo, limit: int) -> None:
    # zipfile stops at the declared size, so checking it bounds what is unpacked.
    where = f"{path.name}:{info.filename}"
    if info.file_size > limit:
        raise ExportRefused(_("{where}: unpacks to {size}, larger than the {limit} filings takes from one file; "
                              "{as_exported}")
                              .format(where=where, size=_mib(info.file_size), limit=_mib(limit), as_exported=_(_AS_EXPORTED)))
    if info.file_size > _RATIO_FROM and info.file_size > _MAX_RATIO * max(info.compress_size, 1):
        raise ExportRefused(_("{where}: unpacks to {size} from {compress_size:,} bytes, a zip bomb rather than a "
                              "WhatsApp export (photos and videos barely pack); {as_exported}")
                              .format(where=where, size=_mib(info.file_size), compress_size=info.compress_size, as_exported=_(_AS_EXPORTED)))


def extract_media(export: Export, names: list[str], folder: Path) -> dict[str, Path]:
    """Copy the named media out of a WhatsApp zip into folder (the zip is only read);
    names the zip does not hold are left out. Returns name -> extracted file."""
    found: dict[str, Path] = {}
    with zipfile.ZipFile(export.path) as archive:
        for name in names:
            member = export.media.get(name)
            safe = PurePosixPath(name).name  # never a path out of the folder
            if member is None or not safe or safe in (".", ".."):
                continue
            target = folder / safe
            try:
                with archive.open(member) as source, target.open("xb") as copy:
                    shutil.copyfileobj(source, copy)
            except zipfile.BadZipFile as exc:  # the zip changed since it was read, or lies about a size
                raise ExportRefused(_("{name}:{member}: cannot be unpacked ({exc}); {as_exported}")
                                      .format(name=export.path.name, member=member, exc=exc, as_exported=_(_AS_EXPORTED))) from None
            found[name] = target
    return found
