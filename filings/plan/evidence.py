"""Evidence as a bundle numbers it ('stuk 1..n') and cites it."""

from __future__ import annotations

from dataclasses import dataclass

from ..hashing import sha256_file
from ..lang.formatting import long_date
from ..load.loader import LoadedCase
from . import legal
from .numbering import numbered_evidence


@dataclass(frozen=True)
class EvidenceItem:
    """A piece of evidence as the bundle numbers and holds it."""

    number: int
    id: str
    kind: str
    description: str
    date: str
    file: str  # the name in the bundle (or the case's path); "" for paper evidence
    sha256: str
    size: int | None



def evidence_items(loaded: LoadedCase, files: dict[str, tuple[str, str, int]] | None = None) -> list[EvidenceItem]:
    """Evidence numbered 'stuk 1..n'. files maps id -> (name in the bundle, sha256, size);
    without it, files are named by their path in the case and hashed now."""
    items = []
    for position, piece in numbered_evidence(loaded.case):
        name, digest, size = "", "", None
        if files is not None and piece.id in files:
            name, digest, size = files[piece.id]
        elif piece.file:
            digest, size = sha256_file(loaded.base_dir / piece.file)
            name = piece.file
        items.append(
            EvidenceItem(
                number=position,
                id=piece.id,
                kind=legal.EVIDENCE_KIND_NL[piece.kind],
                description=piece.description,
                date=long_date(piece.date) if piece.date else "zonder datum",
                file=name,
                sha256=digest,
                size=size,
            )
        )
    return items


