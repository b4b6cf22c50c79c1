"""From read exports to what the case gains: his new messages in bursts, each burst an
incident that quotes its messages, the export and its media as evidence. The plan is
plain data (a dry run prints it); `write` hands it to edit/batch.py, which adds it all
in one validated, atomic rewrite."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path, PurePosixPath

from ..i18n import _
from ..edit.batch import BatchAdded, CaseText, NewEvidence, add_batch
from ..edit.logbook import NewIncident, NewMessage
from ..lang import words
from ..lang.formatting import formats
from ..load.loader import LoadedCase
from ..load.model import EvidenceKind, IncidentKind
from ..load.text import first_forbidden
from .bursts import Burst, bursts
from .read import extract_media
from . import sms
from .record import Export, ExportRefused, Message, message_keys


@dataclass
class ImportPlan:
    exports: list[Export]
    senders: list[str]
    bursts: list[Burst]  # new only, numbered from 1 in this order
    already: int  # his messages the case records already
    language: str  # the case's: the descriptions are written in it
    notes: list[str] = field(default_factory=list)

    @property
    def proposed_threats(self) -> dict[int, list[str]]:
        """Burst number -> the words that may make it a threat: for the user to confirm."""
        return {n: b.threat for n, b in enumerate(self.bursts, start=1) if b.threat}


def senders(exports: list[Export]) -> Counter:
    """Who wrote how many messages, system lines left out: for the user to say who he is."""
    return Counter(m.sender for e in exports for m in e.messages if m.sender is not None and m.kind != "system")


def plan_import(loaded: LoadedCase, exports: list[Export], sender: list[str], gap: timedelta) -> ImportPlan:
    known = senders(exports)
    unknown = [s for s in sender if s not in known]
    if unknown or not sender:
        listing = ", ".join(f"{name} ({count})" for name, count in known.most_common())
        raise ExportRefused(_("no sender `{sender}` in the export; the senders are: {listing}. Give his name "
                              "exactly as listed")
                              .format(sender=unknown[0] if unknown else '', listing=listing))
    recorded = {m.key for i in loaded.case.incidents for m in i.messages if m.key}
    plan = ImportPlan(exports, list(sender), [], 0, loaded.case.language)
    wanted = set(sender)
    for export in exports:
        keyed = []
        for message, key in zip(export.messages, message_keys(export.messages)):
            if message.sender not in wanted or message.kind == "system":
                continue
            if key in recorded:
                plan.already += 1
                continue
            recorded.add(key)  # a message in two exports (message_1.json, message_2.json) counts once
            keyed.append((message, key))
        keyed.sort(key=lambda mk: mk[0].sent.timestamp())  # timestamp(): the repeated hour, in order
        for message, _position in keyed:
            _quotable(export, message, loaded.today)
        plan.bursts += bursts(export, keyed, gap)
        plan.notes += export.notes
        plan.notes += [f"{export.path.name}: {m.source}: {_clock_note(m.clock, m.sent)}"
                       for m, _ in keyed if m.clock]
        missing = [(m.source, a) for m, _ in keyed for a in m.attachments if not _available(export, m, a)]
        if missing:
            plan.notes.append(_("{name}: {count} attached file(s) are not in the export (first: {missing}, "
                                "{line}); those messages are quoted without them")
                                .format(name=export.path.name, count=len(missing), missing=missing[0][1], line=missing[0][0]))
    return plan


_LINE_BREAK = re.compile("[\n\r\x85\u2028\u2029]")  # the case holds a sender on one line
_FIRST_TEXT = date(1992, 12, 3)  # the first text message ever sent: no chat is older


def _quotable(export: Export, message: Message, today: date) -> None:
    """Refuse, with its place in the export, a message of his the case could not hold:
    the case's own refusal would name a line of a file never written."""
    where = f"{export.path.name}: {message.source}"
    day = message.sent.date()
    if not _FIRST_TEXT <= day <= today:
        when = _("after today") if day > today else _("before any phone sent a message")
        raise ExportRefused(_("{where}: sent on {day}, {when}; check --date-order and the phone's clock, and "
                              "give the export exactly as the phone wrote it")
                              .format(where=where, day=day.isoformat(), when=when))
    sender = message.sender or ""
    for what, value, is_name in ((_("text"), message.text, False), (_("sender"), sender, True)):
        if bad := first_forbidden(value) or (is_name and _LINE_BREAK.search(value.strip())):
            raise ExportRefused(
                _("{where}: the {what} holds U+{code:04X} at position {position}, {character} no document can hold; "
                  "filings never changes a quotation, so import a copy of the export without it, and keep the "
                  "original as evidence (`filings evidence add`)")
                  .format(where=where, what=what, code=ord(bad.group()), position=bad.start() + 1,
                          character=_('a line break in a name') if bad.re is _LINE_BREAK
                          else _('an invisible control character')))


def _available(export: Export, message: Message, name: str) -> bool:
    if export.format == "whatsapp_zip":
        return name in export.media
    if export.format == "sms":
        return f"{message.source}/{name}" in export.media
    return _beside(export, name) is not None


def _beside(export: Export, name: str) -> Path | None:
    """A file the export names, in the export's folder (Telegram's photos/..., signal-export's
    media/...), or, for a path from the export's root (Meta's messages/inbox/<chat>/photos/...),
    under the folder where the export's own path starts the same way. Never a file outside
    that folder: an export must not pull other files into the evidence."""
    folder = export.path.parent.resolve()
    wanted = PurePosixPath(name)
    roots = [folder] + [a for a in list(folder.parents)[:6]
                        if len(wanted.parts) > 2 and export.path.resolve().relative_to(a).parts[:2] == wanted.parts[:2]]
    for root in roots:
        candidate = (root / wanted).resolve()
        if candidate.is_relative_to(root) and candidate.is_file():
            return candidate
    return None


def _clock_note(clock: str, sent) -> str:
    if clock == "ambiguous":
        which = _("the second, as the times before it went back") if sent.fold else _("the first")
        return _("{sent} occurred twice (clock change); taken as {which}, {offset}, and marked `clock: "
                 "ambiguous`: check it against the phone if it matters").format(
            sent=f"{sent:%Y-%m-%d %H:%M}", which=which, offset=f"{sent:%z}")
    return _("{sent} did not exist in this time zone (clock change); kept as the phone's clock showed it and "
             "marked `clock: nonexistent`").format(sent=f"{sent:%Y-%m-%d %H:%M}")


def write(path: Path, plan: ImportPlan, *, threats: set[int], today: date,
          read: CaseText | None = None) -> BatchAdded:
    """Add the plan's bursts to the case at path in one write; threats: the burst numbers
    the user confirmed as threats. Media of a WhatsApp zip are copied out of it into a
    temporary folder, taken in as evidence, and the folder removed."""
    bad = sorted(n for n in threats if not 1 <= n <= len(plan.bursts))
    if bad:
        raise ExportRefused(_("no burst {number}: the bursts are numbered 1 to {count}")
                              .format(number=bad[0], count=len(plan.bursts)))
    folder = Path(tempfile.mkdtemp(prefix="filings-media-"))
    try:
        evidence, incidents = _batch(plan, threats, folder, plan.language)
        return add_batch(path, incidents=incidents, evidence=evidence, today=today, read=read)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _batch(plan: ImportPlan, threats: set[int], folder: Path, language: str
           ) -> tuple[list[NewEvidence], list[NewIncident]]:
    w, f = words(language), formats(language)
    used = {id(b.export) for b in plan.bursts}
    evidence = []
    for export in plan.exports:
        if id(export) not in used:
            continue  # nothing new from it: the case need not record it
        first, last = export.messages[0].sent.date(), export.messages[-1].sent.date()
        evidence.append(NewEvidence(
            export.path, w.chat_export(export.channel, len(export.messages), f.long_date(first), f.long_date(last)),
            EvidenceKind.social_media if export.social else EvidenceKind.message, max(first, last)))
    media = _media(plan, folder)
    incidents = []
    for number, burst in enumerate(plan.bursts, start=1):
        first, last = burst.messages[0], burst.messages[-1]
        start, end = first.sent.time().replace(second=0, microsecond=0), last.sent.time().replace(second=0, microsecond=0)
        kinds = [IncidentKind.social_media if burst.export.social else IncidentKind.messages]
        if number in threats:
            kinds.append(IncidentKind.threat)
        files = [burst.export.path]
        messages = []
        for message, key in zip(burst.messages, burst.keys):
            refs = [(id(burst.export), message.source, name) for name in message.attachments]
            attached = [media[ref] for ref in refs if ref in media]
            files += attached
            messages.append(NewMessage(burst.export.path, message.sent, message.sender or "", message.text or None,
                                       message.source, key, message.kind, attached, message.clock))
        incidents.append(NewIncident(
            date=first.sent.date(), kinds=kinds, time=start, end_time=end if end > start else None,
            location=burst.export.channel,
            description=w.chat_burst(first.sender or "", len(burst.messages), burst.export.channel,
                                     f"{start:%H:%M}", f"{end:%H:%M}"),
            files=list(dict.fromkeys(files)), messages=messages))
    return evidence, incidents


def _media(plan: ImportPlan, folder: Path) -> dict[tuple[int, str, str], Path]:
    """(export, message source, attachment name) -> a file to take in as evidence: from
    a WhatsApp zip, decoded from an SMS backup, or lying beside the export (Telegram's
    photos/, signal-export's media). plan_import noted the names that are none of these."""
    found: dict[tuple[int, str, str], Path] = {}
    for index, export in enumerate(plan.exports):
        wanted = list(dict.fromkeys((m.source, a) for b in plan.bursts if b.export is export for m in b.messages
                                    for a in m.attachments))
        if not wanted:
            continue
        target = folder / str(index)
        target.mkdir()
        if export.format == "whatsapp_zip":
            files = extract_media(export, [name for _, name in wanted], target)
            found.update(((id(export), source, name), files[name]) for source, name in wanted if name in files)
        elif export.format == "sms":
            with export.path.open("rb") as stream:
                files = sms.extract_media(stream, export.path.name, set(wanted), target)
            found.update(((id(export), source, name), path) for (source, name), path in files.items())
        else:
            found.update(((id(export), source, name), path) for source, name in wanted
                         if (path := _beside(export, name)) is not None)
    return found
