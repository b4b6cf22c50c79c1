"""Taking a new incident or evidence file into a case: checks one value at a time, and
copies evidence into the case folder, hashing it on the way."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from ..i18n import _
from ..atomic import RANDOM_PART, publish, temporary_beside
from ..errors import FilingsError
from ..copying import copy_hashed, hash_open_file
from ..load.loader import LoadedCase
from ..load.model import EvidenceKind, IncidentKind
from ..load.text import ForbiddenCharacter, normalise_text
from ..paths import open_regular
from ..plan.numbering import chronological
from .scaffold import evidence_folder, evidence_folders


class Refused(FilingsError, ValueError):
    """A value the case would refuse; the message says how to fix it."""


_KIND_BY_SUFFIX = {
    **dict.fromkeys(["jpg", "jpeg", "png", "heic", "gif", "webp", "tif", "tiff"], EvidenceKind.photo),
    **dict.fromkeys(["mp4", "mov", "avi", "mkv", "3gp", "webm"], EvidenceKind.video),
    **dict.fromkeys(["mp3", "m4a", "wav", "ogg", "opus", "aac", "amr"], EvidenceKind.audio),
    **dict.fromkeys(["eml", "msg"], EvidenceKind.email),
}


def guess_kind(path: Path) -> EvidenceKind:
    return _KIND_BY_SUFFIX.get(path.suffix.lower().lstrip("."), EvidenceKind.other)


def parse_date(text: str, loaded: LoadedCase) -> date:
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise Refused(_("write the date as YYYY-MM-DD, e.g. 2026-03-12")) from None
    if value > loaded.today:
        raise Refused(_("{date} lies after today ({today}): a date cannot be in the future; check the year")
                        .format(date=value.isoformat(), today=loaded.today.isoformat()))
    born = loaded.case.victim.birth_date
    if born and value < born:
        raise Refused(_("{date} lies before the victim's birth ({born})")
                        .format(date=value.isoformat(), born=born.isoformat()))
    return value


def parse_time(text: str) -> time | None:
    if not text.strip():
        return None
    try:
        return datetime.strptime(text.strip(), "%H:%M").time()
    except ValueError:
        raise Refused(_("write the time as HH:MM, e.g. 07:45, or leave it empty")) from None


def parse_kinds(values: list[str]) -> list[IncidentKind]:
    tokens = [t.strip() for v in values for t in v.replace(";", ",").split(",") if t.strip()]
    if not tokens:
        raise Refused(_("give at least one kind"))
    kinds = []
    for token in tokens:
        try:
            kind = IncidentKind(token)
        except ValueError:
            raise Refused(_("`{token}` is not a kind; use: {items}")
                            .format(token=token, items=', '.join(k.value for k in IncidentKind))) from None
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def parse_text(text: str, *, multiline: bool) -> str:
    try:
        value = normalise_text(text, multiline=multiline)
    except ForbiddenCharacter as exc:
        raise Refused(str(exc)) from None
    if not value:
        raise Refused(_("this cannot be empty"))
    return value


def parse_witness(token: str, loaded: LoadedCase) -> tuple[str | None, tuple[str, str] | None]:
    """An existing witness id, or the name of a new witness ('Voornaam Achternaam')."""
    token = token.strip()
    if any(w.id == token for w in loaded.case.witnesses):
        return token, None
    first, _space, last = token.partition(" ")
    if not last.strip():
        known = ", ".join(w.id for w in loaded.case.witnesses) or _("none yet")
        raise Refused(_("`{token}` is no witness id (known: {known}); for a new witness give a first and a last "
                        "name").format(token=token, known=known))
    return None, (parse_text(first, multiline=False), parse_text(last, multiline=False))


def parse_police_report(text: str, loaded: LoadedCase) -> str | None:
    """Empty, or the number of a PV already listed under `police_reports`."""
    number = text.strip()
    if not number:
        return None
    known = [r.number for r in loaded.case.police_reports]
    if number not in known:
        raise Refused(_("PV {number} is not in `police_reports` (known: {known}); add it there first, with its "
                        "date and police zone")
                        .format(number=number, known=', '.join(known) or _('none')))
    return number


def parse_existing_file(text: str) -> Path:
    path = Path(text.strip()).expanduser()
    if not path.exists():
        raise Refused(_("no file {path}").format(path=path))
    if not path.is_file():
        raise Refused(_("{path} is not a regular file; give a photo, video, screenshot or document")
                        .format(path=path))
    if not os.access(path, os.R_OK):
        raise Refused(_("{path} cannot be read").format(path=path))
    return path


def find_incident(loaded: LoadedCase, reference: str) -> int:
    """Index in the case file of the incident with this id or `log list` number."""
    incidents = loaded.case.incidents
    for index, incident in enumerate(incidents):
        if incident.id == reference:
            return index
    if reference.isdigit():
        ordered = chronological(loaded.case)
        number = int(reference)
        if 1 <= number <= len(ordered):
            return next(i for i, incident in enumerate(incidents) if incident is ordered[number - 1])
    raise Refused(_("no incident `{reference}`: give its id or its number in the list of incidents in time order")
                    .format(reference=reference))


@dataclass(frozen=True)
class Taken:
    file: str  # path relative to the case folder, as the case records it
    sha256: str
    size: int
    copied_to: Path | None  # the new copy, or None when the file already lay in the case folder


PARTIAL = ".partial"
# Lock files and temporaries (locking.py, atomic.py, bundle.py, take_file): never evidence.
_WORKING_FILE = re.compile(rf"\..+\.(lock|{RANDOM_PART}\.(tmp|partial|old))")


def take_file(source: Path, loaded: LoadedCase) -> Taken:
    """Copy source into the case's evidence folder under a name never used before.

    The copy is written under a hidden temporary name and takes its final name only when
    complete, so a killed intake never leaves a file that looks like evidence. A file
    that already lies in the case folder is hashed where it is."""
    case_dir = loaded.base_dir.resolve()
    resolved = source.resolve()
    if resolved == loaded.path.resolve():
        raise Refused(_("{source} is the case file itself; give the evidence file (photo, screenshot, ...)")
                        .format(source=source))
    if _WORKING_FILE.fullmatch(resolved.name):
        raise Refused(_("{source} has the name of a file filings writes while it works (a lock or an unfinished "
                        "copy), which it removes; rename it first if it is evidence")
                        .format(source=source))
    if resolved.is_relative_to(case_dir):
        with open_regular(resolved) as handle:
            digest, size = hash_open_file(handle)
        return Taken(resolved.relative_to(case_dir).as_posix(), digest, size, None)
    folder = evidence_folder(case_dir, loaded.case.language)
    folder.mkdir(mode=0o700, exist_ok=True)
    with open_regular(source) as handle:
        with temporary_beside(folder / source.name[:100], PARTIAL) as (temporary, copy):
            digest, size = copy_hashed(handle, copy)  # mkstemp opened it for reading too
        try:
            target, new = _name_copy(temporary, folder, source, digest)
        finally:
            temporary.unlink(missing_ok=True)
    return Taken(target.relative_to(case_dir).as_posix(), digest, size, target if new else None)


def _name_copy(temporary: Path, folder: Path, source: Path, digest: str) -> tuple[Path, bool]:
    """The final name of a copy: the original name, else name-2, name-3...; never an
    overwrite. A file of that name with the same bytes (one a killed run had copied in
    before it could record it) is taken as it is. Returns (path, whether it is new)."""
    for attempt in range(1, 10_000):
        target = folder / (source.name if attempt == 1 else f"{source.stem}-{attempt}{source.suffix}")
        try:
            publish(temporary, target)
            return target, True
        except FileExistsError:
            if has_bytes(target, digest):
                return target, False
    raise Refused(_("no free name for {name} in {folder}").format(name=source.name, folder=folder))


def has_bytes(path: Path, digest: str) -> bool:
    """Is path a readable regular file whose SHA-256 is digest?"""
    try:
        with open_regular(path) as handle:
            return hash_open_file(handle)[0] == digest
    except OSError:  # missing, unreadable, or not a regular file
        return False


def unfinished_copies(loaded_dir: Path) -> list[Path]:
    """Copies that a killed intake left under their temporary names, in whichever
    evidence folder it copied into."""
    shape = re.compile(rf"\..+\.{RANDOM_PART}" + re.escape(PARTIAL))
    return sorted(p for folder in evidence_folders(loaded_dir) if folder.is_dir()
                  for p in folder.iterdir() if shape.fullmatch(p.name) and p.is_file())
