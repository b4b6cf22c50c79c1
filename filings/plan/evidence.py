"""Evidence as a bundle numbers it ('stuk 1..n'), holds it and cites it: one shape from
the plan to the manifest."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..hashing import sha256_file
from ..load.loader import LoadedCase
from ..load.model import Evidence
from .numbering import numbered_evidence


@dataclass(frozen=True)
class EvidenceItem:
    number: int
    piece: Evidence  # as the case records it
    file: str = ""  # the name in the bundle (stukken/004-x.png), or the case's path; "" on paper
    sha256: str = ""
    size: int | None = None

    @property
    def id(self) -> str:
        return self.piece.id


def numbered_items(loaded: LoadedCase) -> list[EvidenceItem]:
    """Evidence numbered 'stuk 1..n', with no file yet: the bundle's copy pass names and
    fingerprints each copy (seal.bundle)."""
    return [EvidenceItem(number, piece) for number, piece in numbered_evidence(loaded.case)]


def evidence_items(loaded: LoadedCase) -> list[EvidenceItem]:
    """Evidence numbered 'stuk 1..n', each file named by its path in the case and with its
    fingerprint: the one loading took while checking it, or taken now."""
    items = []
    for item in numbered_items(loaded):
        name = item.piece.file
        if name:
            digest, size = loaded.fingerprints.get(name) or sha256_file(loaded.base_dir / name)
            item = replace(item, file=name, sha256=digest, size=size)
        items.append(item)
    return items
