"""SHA256SUMS: every file of a bundle with its SHA-256, as `sha256sum -c` reads it."""

from __future__ import annotations

from pathlib import Path

from ..hashing import sha256_file
from .names import SUMS


def bundle_files(folder: Path) -> list[str]:
    """Every file of a bundle but SHA256SUMS, as sorted POSIX paths relative to folder."""
    return sorted(
        p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.name != SUMS
    )


def write_sums(folder: Path, known: dict[str, str]) -> int:
    """SHA256SUMS in the coreutils format, so `sha256sum -c SHA256SUMS` verifies a copy.
    known holds the hashes taken while copying the evidence: those files are not read again."""
    lines = []
    names = bundle_files(folder)
    for name in names:
        digest = known.get(name) or sha256_file(folder / name)[0]
        lines.append(f"{digest}  {name}\n")
    (folder / SUMS).write_text("".join(lines), encoding="utf-8")
    return len(names)
