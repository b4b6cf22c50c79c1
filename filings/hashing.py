"""SHA-256 of files in bounded memory, whatever their size."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

from .i18n import _

CHUNK = 1 << 20  # 1 MiB: large enough to keep hashing at disk speed, small enough for any file


def sha256_file(path: Path) -> tuple[str, int]:
    """Return (hex digest, size in bytes) of the file, read once in chunks; refuse
    anything but a regular file before reading from it."""
    from .copying import hash_open_file
    from .paths import open_regular

    with open_regular(path) as source:
        return hash_open_file(source)


def sha256_stream(source: BinaryIO) -> tuple[str, int]:
    """Hash a stream (an open file, a member of a zip) chunk by chunk."""
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def matches_record(recorded: str | None, actual: str) -> bool:
    """Does a file's sha256 match the one the case recorded at intake (any case of hex)?
    Nothing recorded: nothing to contradict."""
    return recorded is None or recorded.strip().lower() == actual


def changed_note(recorded: str, actual: str) -> str:
    """How a changed file is described, without printing whole digests."""
    return _("recorded {recorded}…, file now {actual}…").format(recorded=recorded.strip()[:12], actual=actual[:12])
