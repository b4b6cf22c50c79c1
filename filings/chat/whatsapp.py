"""WhatsApp's "Export chat" text (Android and iOS, 12 h and 24 h, en/nl/fr markers).

A message starts on a line with a header (`12/03/2024, 14:23 - Name: text` on Android,
`[12/03/2024, 14:23:11] Name: text` on iOS) and runs until the next valid header. Marks
that WhatsApp puts in (U+200E before iOS media and system lines, U+202F or U+00A0 in
times) are ignored for matching only: the stored text is the exported text, untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from ..i18n import _, ngettext
from .clock import from_wall
from .record import ExportRefused, Message

# Same-length replacements, so that an offset in the matched copy is one in the raw line.
_MARKS = str.maketrans({c: " " for c in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                        "\u00a0\u202f\u2009\ufeff"})
_HEADER = re.compile(
    r"\s*(?P<bracket>\[)?(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\.?,?\s+(?:à\s+|om\s+)?"
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
    r"(?(bracket)\]\s|\s+[-–]\s)"
)
# `Name: text`; French writes `Nom : texte`. A sender is one line of at most 80 characters.
_SENDER = re.compile(r"(?P<sender>[^:\n]{1,80}?)\s?: ?")

_OMITTED = re.compile(
    r"^\s*(?:<(?:Media omitted|Media weggelaten|Médias omis)>"
    r"|(?:image|video|audio|sticker|GIF|document|Contact card) omitted"
    r"|(?:afbeelding|video|audio|sticker|GIF|document|contactkaart) weggelaten"
    r"|(?:image|vidéo|audio|autocollant|GIF|document|fiche contact) (?:absente?|omise?)s?)\s*$",
    re.IGNORECASE)
_ATTACHED_IOS = re.compile(r"^\s*<(?:attached|bijgevoegd|pièce jointe)\s?: (?P<name>[^>]+)>", re.IGNORECASE)
_ATTACHED_ANDROID = re.compile(r"^(?P<name>[^\n]+?) \((?:file attached|bestand bijgevoegd|fichier joint)\)",
                               re.IGNORECASE)
_DELETED = re.compile(
    r"^\s*(?:This message was deleted|You deleted this message|Dit bericht is verwijderd"
    r"|Je hebt dit bericht verwijderd|Ce message a été supprimé|Vous avez supprimé ce message)\.?\s*$",
    re.IGNORECASE)
_EDITED = re.compile(r"<(?:This message was edited|Dit bericht is bewerkt|Ce message a été modifié)>\s*$",
                     re.IGNORECASE)


def parse(lines: Iterable[str], tz: ZoneInfo, name: str, *, order: str | None = None
          ) -> tuple[list[Message], list[str]]:
    """The messages of an exported chat, and notes on what was not read as a message.
    lines: the export's lines without their line breaks. name: the file, for messages."""
    raw = list(lines)
    headers = [(n, m) for n, line in enumerate(raw) if (m := _HEADER.match(line.translate(_MARKS)))]
    if not headers:
        raise ExportRefused(
            _("{name}: no line looks like a WhatsApp message (such as `12/03/2026, 23:14 - Name: text` or "
              "`[12/03/2026, 23:14:05] Name: text`); export the chat again from WhatsApp (⋮ > More > Export "
              "chat) and give that .txt or .zip, or pass --format").format(name=name))
    notes: list[str] = []
    order = order or _date_order([m.group("date") for _, m in headers], notes, name)
    messages: list[Message] = []
    # (line index, text offset, wall time, after the autumn clock went back) of real headers
    starts: list[tuple[int, int, datetime, bool]] = []
    previous: datetime | None = None
    fell_back: date | None = None  # the day the clock went back, seen as times stepping back
    for n, match in headers:
        wall = _wall(match, order)
        if wall is None:
            notes.append(_("{name}: line {line} looks like a message header but its date or time is "
                           "impossible; kept as part of the message above it")
                           .format(name=name, line=n + 1))
            continue
        if previous is not None and wall < previous:
            if previous - wall <= timedelta(hours=1) and from_wall(wall, tz)[1] == "ambiguous":
                fell_back = wall.date()  # the repeated hour: this and later ones are its second pass
            else:
                notes.append(_("{name}: line {line} looks like a message header but its time lies before the "
                               "message above it; kept as part of that message (check the export at that line)")
                               .format(name=name, line=n + 1))
                continue
        starts.append((n, match.end(), wall, fell_back == wall.date()))
        previous = wall
    if not starts:
        raise ExportRefused(_("{name}: no line has a possible date and time for a WhatsApp message (line "
                              "{line} comes closest); give the chat as WhatsApp exported it")
                              .format(name=name, line=headers[0][0] + 1))
    if starts[0][0] > 0:
        skipped = [n + 1 for n in range(starts[0][0]) if raw[n].strip()]
        if skipped:
            notes.append(ngettext("{name}: line {ranges} before the first message is no message and was left out",
                                  "{name}: lines {ranges} before the first message are no messages and were left "
                                  "out", len(skipped)).format(name=name, ranges=_ranges(skipped)))
    for index, (n, offset, wall, second_pass) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(raw)
        body = "\n".join([raw[n][offset:], *raw[n + 1:end]])
        sent, clock = from_wall(wall, tz)
        if clock == "ambiguous" and second_pass:
            sent = sent.replace(fold=1)  # still flagged: the user sees which pass was taken
        messages.append(_message(body, sent, wall, n + 1, clock))
    return messages, notes


def _message(body: str, sent: datetime, wall: datetime, line: int, clock: str | None) -> Message:
    sender_match = _SENDER.match(body.translate(_MARKS))
    if sender_match is None:
        return Message(sent, wall.isoformat(), None, body, "system", f"line {line}", clock=clock)
    sender = sender_match.group("sender").strip()
    text = body[sender_match.end():]
    plain = text.translate(_MARKS)
    attachments: tuple[str, ...] = ()
    kind = "message"
    if _DELETED.match(plain):
        kind = "deleted"
    elif _OMITTED.match(plain):
        kind = "media"
    elif found := (_ATTACHED_IOS.match(plain) or _ATTACHED_ANDROID.match(plain)):
        kind, attachments = "media", (found.group("name").strip(),)
    elif _EDITED.search(plain):
        kind = "edited"
    elif text.startswith("\u200e"):
        kind = "system"  # iOS puts the chat's name before its notices, and marks them so
    return Message(sent, wall.isoformat(), sender, text, kind, f"line {line}", attachments, clock)


def _parts(date_text: str) -> tuple[int, int, int]:
    a, b, c = (int(p) for p in re.split(r"[./-]", date_text))
    return a, b, c


def _date_order(dates: list[str], notes: list[str], name: str) -> str:
    """ymd, dmy or mdy: a field over 12 is the day; else the order that keeps the times in
    order; else dmy (Belgium), said in a note."""
    parts = [_parts(d) for d in dates]
    if len(re.split(r"[./-]", dates[0])[0]) == 4:
        return "ymd"
    if any(a > 12 for a, _, _ in parts):
        return "dmy"
    if any(b > 12 for _, b, _ in parts):
        return "mdy"

    def backwards(order: str) -> int:
        days = [(c, b, a) if order == "dmy" else (c, a, b) for a, b, c in parts]
        return sum(1 for x, y in zip(days, days[1:]) if y < x)

    dmy, mdy = backwards("dmy"), backwards("mdy")
    if mdy < dmy:
        return "mdy"
    if dmy == mdy:
        notes.append(_("{name}: no date shows whether the day or the month comes first; read as day/month (pass "
                       "--date-order mdy if the phone wrote month/day)").format(name=name))
    return "dmy"


def _wall(match: re.Match, order: str) -> datetime | None:
    fields = re.split(r"[./-]", match.group("date"))
    a, b, c = (int(p) for p in fields)
    year, month, day = (a, b, c) if order == "ymd" else (c, b, a) if order == "dmy" else (c, a, b)
    if len(fields[0 if order == "ymd" else 2]) <= 2:
        year += 2000  # `26` is 2026; a year written `0026` is what it says
    pieces = [int(p) for p in re.split(r"[:.]", match.group("time"))]
    hour, minute, second = pieces[0], pieces[1], pieces[2] if len(pieces) > 2 else 0
    ampm = match.group("ampm")
    if ampm:
        if not 1 <= hour <= 12 and hour != 0:
            return None
        pm = ampm.lstrip()[0] in "pP"
        hour = hour % 12 + (12 if pm else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _ranges(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + (_(" and {count} more").format(count=len(numbers) - 5) if len(numbers) > 5 else "")
