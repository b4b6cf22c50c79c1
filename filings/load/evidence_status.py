"""Whether each evidence file is still there and still the file recorded at intake, for a
report that lists them all (`evidence list`) rather than refusing the case."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..i18n import N_
from ..hashing import matches_record, sha256_file
from ..paths import inside
from .model import Case


@dataclass(frozen=True)
class EvidenceStatus:
    id: str
    status: str  # in English, translated where shown: ok | CHANGED | missing | unreadable | outside the case folder | not a file | no hash recorded | on paper

    @property
    def broken(self) -> bool:
        return self.status not in ("ok", "no hash recorded", "on paper")


def evidence_status(case: Case, base_dir: Path) -> list[EvidenceStatus]:
    result = []
    for piece in case.evidence:
        if not piece.file:
            status = N_("on paper")
        elif inside(base_dir, piece.file) is None:
            status = N_("outside the case folder")
        elif not os.path.lexists(base_dir / piece.file):
            status = N_("missing")
        elif not (base_dir / piece.file).is_file():
            status = N_("not a file")
        elif piece.sha256 is None:
            status = N_("no hash recorded")
        else:
            try:
                status = "ok" if matches_record(piece.sha256, sha256_file(base_dir / piece.file)[0]) else N_("CHANGED")
            except OSError:  # unreadable, or swapped for something that is no regular file
                status = N_("unreadable")
        result.append(EvidenceStatus(piece.id, status))
    return result
