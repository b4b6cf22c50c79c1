"""Evidence as a bundle numbers it ('stuk 1..n') and cites it."""

from __future__ import annotations

from dataclasses import dataclass

from ..hashing import sha256_file
from ..lang import words
from ..lang.formatting import formats
from ..load.loader import LoadedCase
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
    w, f = words(loaded.case.language), formats(loaded.case.language)
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
                kind=w.EVIDENCE_KINDS[piece.kind],
                description=piece.description,
                date=f.long_date(piece.date) if piece.date else w.NO_DATE,
                file=name,
                sha256=digest,
                size=size,
            )
        )
    return items


