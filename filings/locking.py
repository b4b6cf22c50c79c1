"""One writer at a time: an advisory lock on a small file beside what is being changed.

The holder removes the lock file before releasing it; a waiter that then finds its file
gone from the folder starts over, so two processes never hold the lock at once. A killed
process releases its lock with it: a lock file it leaves is reused, never stale.
"""

from __future__ import annotations

import errno
import os
import stat
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .i18n import _
from .errors import FilingsError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
    import msvcrt


class Busy(FilingsError):
    """Another filings process holds the lock for too long."""


class NotALock(FilingsError):
    """Something that filings did not make has the lock file's name."""


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
        fd = _open_lock(path)
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


def _open_lock(path: Path) -> int:
    """Open (or create) the lock file, refusing anything filings would not have made: a
    symlink is not followed (it could make root create a file anywhere), and a lock is
    always an empty regular file, so removing it can never destroy data."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0),
                     0o600)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO):  # a symlink, folder or socket
            raise NotALock(_not_a_lock(path)) from None
        raise
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size != 0:
        os.close(fd)
        raise NotALock(_not_a_lock(path))
    return fd


def _not_a_lock(path: Path) -> str:
    return _("{path} is in the way: filings uses that name for an empty lock file while it writes, and this "
             "is not one. Rename or move it, then run the command again; nothing was written").format(path=path)


def _same_file(fd: int, path: Path) -> bool:
    """Is the locked descriptor still the file at path (not one its holder removed)?"""
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except FileNotFoundError:
        return False
