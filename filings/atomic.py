"""Writing files so that a reader sees the old content or the new, never half of either."""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

# What tempfile puts between the prefix and the suffix of the names it makes.
RANDOM_PART = r"[a-z0-9_]{8}"


def leftovers(target: Path, suffix: str) -> list[Path]:
    """The temporaries that an interrupted run left beside target."""
    shape = re.compile(re.escape(f".{target.name}.") + RANDOM_PART + re.escape(suffix))
    try:
        names = os.listdir(target.parent)
    except FileNotFoundError:
        return []
    return sorted(target.parent / n for n in names if shape.fullmatch(n))


def remove(path: Path) -> None:
    """Remove a file or a whole folder, never following a symlink out of it."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def temporary_beside(target: Path, suffix: str, *, durable: bool = True) -> Iterator[tuple[Path, BinaryIO]]:
    """A new owner-only file `.NAME.<random><suffix>` beside target, open for writing: the
    shape leftovers() finds after a killed run. When the block ends it is on disk (durable:
    flushed and fsynced); when the block fails it is removed. The caller then gives it its
    final name, in one rename, or removes it."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield path, handle
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _temporary_with(target: Path, data: bytes) -> Path:
    with temporary_beside(target, ".tmp") as (temporary, handle):
        handle.write(data)
    return temporary


def write_atomic(target: Path, data: bytes, check: Callable[[Path], None] | None = None) -> None:
    """Replace target with data in one rename. check, if given, reads the written
    temporary file first and raises to keep the old target. A replaced file keeps its
    permissions; a new one is readable by its owner only (mkstemp's 0600)."""
    temporary = _temporary_with(target, data)
    try:
        if check is not None:
            check(temporary)
        try:
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        except FileNotFoundError:
            pass
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def create_atomic(target: Path, data: bytes) -> None:
    """Create target with data; raise FileExistsError, touching nothing, if it exists."""
    temporary = _temporary_with(target, data)
    try:
        publish(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def publish(temporary: Path, target: Path) -> None:
    """Give a finished temporary file its final name; raise FileExistsError if taken.

    Unlike rename, link refuses to replace an existing file. File systems without hard
    links (FAT, exFAT on a USB stick) get an exclusive placeholder, then a rename over it."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            os.replace(temporary, target)
        except BaseException:  # an empty file under the final name would pass for evidence
            os.unlink(target)
            raise
