"""Writing files so that a reader sees the old content or the new, never half of either."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable


def _temporary_beside(target: Path, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def write_atomic(target: Path, data: bytes, check: Callable[[Path], None] | None = None) -> None:
    """Replace target with data in one rename. check, if given, reads the written
    temporary file first and raises to keep the old target."""
    temporary = _temporary_beside(target, data)
    try:
        if check is not None:
            check(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def create_atomic(target: Path, data: bytes) -> None:
    """Create target with data; raise FileExistsError, touching nothing, if it exists."""
    temporary = _temporary_beside(target, data)
    try:
        os.link(temporary, target)  # unlike rename, link refuses to replace an existing file
    finally:
        temporary.unlink(missing_ok=True)
