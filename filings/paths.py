"""Where filings may read and write: evidence inside the case folder, regular files only,
and outputs that never touch an input."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO, Iterable

from .i18n import _
from .errors import FilingsError


class NotARegularFile(FilingsError, OSError):
    """A FIFO, device, socket or folder where a file was expected: reading it could block
    forever or never end."""


class OutputOverlapsInput(FilingsError):
    """An output would replace or hold the case file, an evidence file or a template."""


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, for a message."""
    if stat.S_ISDIR(mode):
        return _("folder")
    if stat.S_ISLNK(mode):
        return _("symbolic link")
    if stat.S_ISFIFO(mode):
        return _("FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("device")
    if stat.S_ISSOCK(mode):
        return _("socket")
    return _("special file")


def open_regular(path: Path, *, follow_symlinks: bool = True) -> BinaryIO:
    """Open a regular file for reading; refuse anything else before reading a byte.

    stat first, so that a FIFO is never opened; then open without blocking and check the
    opened file itself, so that a file swapped for a FIFO or device in between is refused
    too. follow_symlinks=False refuses a symlink as well."""
    mode = os.stat(path, follow_symlinks=follow_symlinks).st_mode
    if not stat.S_ISREG(mode):
        raise NotARegularFile(_("{path} is a {kind}, not a file; only regular files are read")
                                .format(path=path, kind=kind_of(mode)))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFile(_("{path} is a {kind}, not a file; only regular files are read")
                                    .format(path=path, kind=kind_of(mode)))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def inside(folder: Path, name: str) -> Path | None:
    """folder/name with symlinks followed, or None when that lies outside folder."""
    resolved = (folder / name).resolve()
    return resolved if resolved.is_relative_to(folder.resolve()) else None


def check_output(target: Path, inputs: Iterable[tuple[Path, str]]) -> None:
    """Refuse a target that is an input, a folder that holds one, or a path inside an input
    folder (symlinks followed). inputs pairs each path with how to name it, e.g. "the case
    file"."""
    destination = target.resolve()
    for source, label in inputs:
        source = source.resolve()
        if source.is_dir() and destination.is_relative_to(source) and destination != source:
            raise OutputOverlapsInput(
                _("{target} lies inside {label} ({source}); choose an output path outside it; nothing was "
                  "written.").format(target=target, label=label, source=source))
        if destination == source:
            raise OutputOverlapsInput(
                _("{target} is {label}; writing there would destroy it. Choose another output path; nothing was "
                  "written.").format(target=target, label=label))
        if source.is_relative_to(destination):
            raise OutputOverlapsInput(
                _("{target} holds {label} ({source}); replacing it would destroy it. Choose an output path that "
                  "holds no case or evidence file; nothing was written.")
                  .format(target=target, label=label, source=source))
