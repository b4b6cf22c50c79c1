"""The bundle's copies of the evidence: each file copied once and hashed in that pass
(copying.py), while the documents are rendered where that can be.

The documents print each file's fingerprint. A file whose sha256 was recorded at intake
is printed with that one and copied in a second thread while the documents are rendered
(hashing and file I/O release the GIL, so the copies take the second core); each copy
must then match the record, or the bundle is refused as before. Files with no recorded
sha256 are copied first, for their fingerprints.
"""

from __future__ import annotations

import itertools
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, TypeVar

from ..i18n import _
from ..copying import copy_hashed
from ..errors import FilingsError
from ..hashing import changed_note, matches_record
from ..load.loader import LoadedCase
from ..paths import inside, open_regular
from ..plan.evidence import EvidenceItem, numbered_items
from ..privacy import Audience
from ..privacy.shield import Shield

Progress = Callable[[str], None]
Result = TypeVar("Result")


class EvidenceChanged(FilingsError):
    """An evidence file no longer matches the hash recorded at intake."""


@dataclass(frozen=True)
class _Copy:
    item: EvidenceItem
    source: Path
    name: str  # in the bundle's evidence folder
    folder: str  # that folder: 'stukken', 'pieces'


def with_evidence(loaded: LoadedCase, staging: Path, folder_name: str, say: Progress,
                  work: Callable[[list[EvidenceItem]], Result]) -> tuple[list[EvidenceItem], Result]:
    """Copy every evidence file into staging/folder_name once (originals are only read)
    and run work on the numbered evidence, each file named and fingerprinted as the
    bundle holds it.
    Returns that evidence and what work returned; raises EvidenceChanged, after work
    has ended, when a copy does not match the sha256 recorded at intake."""
    folder = staging / folder_name
    folder.mkdir()
    items = numbered_items(loaded)
    copies = _planned(loaded, items, folder_name)
    counter = itertools.count(1)

    def copy(planned: _Copy) -> EvidenceItem:
        say(_("evidence {count}/{total}: stuk {number}").format(count=next(counter), total=len(copies),
                                                                number=planned.item.number))
        return _copy(planned, folder)

    first = {c.item.number: copy(c) for c in copies if not c.item.piece.sha256}
    later = [c for c in copies if c.item.piece.sha256]
    promised = {c.item.number: _as_recorded(c) for c in later}
    ready = [first.get(item.number) or promised.get(item.number) or item for item in items]
    with ThreadPoolExecutor(1) as pool:  # leaving waits for the copies, even on an error
        copying = pool.submit(lambda: [copy(c) for c in later])
        result = work(ready)
        made = copying.result()
    for item in made:
        if item != promised[item.number]:  # the same bytes cannot differ in size: a file that changed
            raise EvidenceChanged(_("stuk {number} ({id}, {file}) changed while the bundle was made; make it "
                                    "again. Nothing was written.")
                                    .format(number=item.number, id=item.piece.id, file=item.piece.file))
    return ready, result


def _planned(loaded: LoadedCase, items: list[EvidenceItem], folder: str) -> list[_Copy]:
    # names are listed to every audience, in the language of the first set of papers
    shield = Shield(loaded.case.victim, Audience.court, loaded.case.language)
    copies = []
    for item in items:
        piece = item.piece
        if not piece.file:
            continue
        path = inside(loaded.base_dir, piece.file)
        if path is None:  # validation refuses this; the file may have been swapped since
            raise EvidenceChanged(_("stuk {number} ({id}, {file}) now lies outside the case folder; nothing was "
                                    "written")
                                    .format(number=item.number, id=piece.id, file=piece.file))
        copies.append(_Copy(item, path, shield.file_name(item.number, Path(piece.file).name), folder))
    return copies


def _as_recorded(planned: _Copy) -> EvidenceItem:
    """The item as its copy will be, if the file is still the one recorded at intake."""
    return replace(planned.item, file=f"{planned.folder}/{planned.name}",
                   sha256=planned.item.piece.sha256.strip().lower(), size=os.stat(planned.source).st_size)


def _copy(planned: _Copy, folder: Path) -> EvidenceItem:
    item, piece = planned.item, planned.item.piece
    with open_regular(planned.source) as source, (folder / planned.name).open("xb+") as target:
        digest, size = copy_hashed(source, target)
    if not matches_record(piece.sha256, digest):
        raise EvidenceChanged(
            _("stuk {number} ({id}, {file}) does not match the sha256 recorded at intake ({changed_note}): the "
              "file changed; restore the original from a backup. Nothing was written.")
              .format(number=item.number, id=piece.id, file=piece.file, changed_note=changed_note(piece.sha256, digest)))
    return replace(item, file=f"{planned.folder}/{planned.name}", sha256=digest, size=size)
