"""Shared by the tests of `filings web`: a copy of the demo case, a small photo, and the
bundle's package checks."""

from __future__ import annotations

import shutil
import struct
import zlib
from pathlib import Path

DEMO_FOLDER = Path(__file__).resolve().parent.parent / "examples" / "demo"

# The document kinds each reader's package may hold (plan/kinds.py: their audiences).
POLICE_KINDS = {"complaint", "injured_party_declaration", "contact_sheet", "follow_up_complaint",
                "evidence_index", "logbook"}
NEVER_FOR_POLICE = {"guide", "summons", "petition", "witness_statement", "boundary_letter", "circle_letter"}


def demo_copy(folder: Path) -> Path:
    """A copy of the demo case in folder/dossier; returns its case file."""
    target = folder / "dossier"
    shutil.copytree(DEMO_FOLDER, target)
    return target / "case.yaml"


def png(width: int = 4, height: int = 3, seed: int = 0) -> bytes:
    """A real PNG picture (a browser's file chooser and the case take it as a photo)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + bytes((seed + x * 40 + y * 20) % 256 for x in range(width * 3)) for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
