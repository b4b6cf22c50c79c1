"""One writer at a time: an advisory lock on a small file beside what is being changed.

The holder removes the lock file before releasing it; a waiter that then finds its file
gone from the folder starts over, so two processes never hold the lock at once. A killed
process releases its lock with it: a lock file it leaves is reused, never stale.
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import FilingsError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
    import msvcrt


class Busy(FilingsError):
    """Another filings process holds the lock for too long."""


def lock_file_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


def _try_lock(fd: int) -> bool:
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


@contextmanager
def locked(target: Path, *, wait: float, busy: str) -> Iterator[None]:
    """Hold the lock of target; wait up to `wait` seconds for another holder to finish,
    then raise Busy(busy)."""
    path = lock_file_for(target)
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if _try_lock(fd):
            if _same_file(fd, path):
                break
        elif time.monotonic() >= deadline:
            os.close(fd)
            raise Busy(busy)
        else:
            time.sleep(0.05)
        os.close(fd)
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)  # releases the lock


def _same_file(fd: int, path: Path) -> bool:
    """Is the locked descriptor still the file at path (not one its holder removed)?"""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False
