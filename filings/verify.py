"""`filings verify`: is a bundle (folder or zip) still exactly what was made?"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from .bundlenames import SUMS
from .errors import FilingsError
from .hashing import sha256_stream


class NotABundle(FilingsError):
    pass


@dataclass
class VerifyReport:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not (self.missing or self.changed or self.unlisted or self.malformed)


def parse_sums(text: str, report: VerifyReport) -> dict[str, str]:
    """name -> sha256 from a coreutils checksum file (text or binary mode lines)."""
    listed = {}
    for number, line in enumerate(text.splitlines(), start=1):
        digest, sep, name = line.partition("  ")
        if not sep:
            digest, sep, name = line.partition(" *")
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            report.malformed.append(f"{SUMS} line {number}")
            continue
        listed[name] = digest
    return listed


def verify(path: Path) -> VerifyReport:
    if path.is_dir():
        files = {p.relative_to(path).as_posix(): p for p in path.rglob("*") if p.is_file()}
        return _verify(set(files), lambda name: files[name].open("rb"))
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if not n.endswith("/")]
            sums = [n for n in names if n == SUMS or n.count("/") == 1 and n.endswith("/" + SUMS)]
            if len(sums) != 1:
                raise NotABundle(f"{path}: no {SUMS} at the top of the zip; is it a filings bundle?")
            root = sums[0][: -len(SUMS)]
            inside = {n[len(root):] for n in names if n.startswith(root)}
            report = _verify(inside, lambda name: archive.open(root + name))
            report.unlisted += sorted(n for n in names if not n.startswith(root))
            return report
    raise NotABundle(f"{path} is neither a bundle folder nor a zip file")


def _verify(present: set[str], open_file: Callable[[str], BinaryIO]) -> VerifyReport:
    report = VerifyReport()
    if SUMS not in present:
        raise NotABundle(f"no {SUMS} found; is this a filings bundle?")
    with open_file(SUMS) as handle:
        listed = parse_sums(handle.read().decode("utf-8", errors="replace"), report)
    for name, expected in sorted(listed.items()):
        if name not in present:
            report.missing.append(name)
            continue
        report.checked += 1
        try:
            with open_file(name) as handle:
                actual, _ = sha256_stream(handle)
        except (OSError, zipfile.BadZipFile, zlib.error):
            report.changed.append(name)  # a damaged zip member cannot even be read back
            continue
        if actual != expected:
            report.changed.append(name)
    report.unlisted = sorted(present - set(listed) - {SUMS})
    return report


def report_lines(report: VerifyReport) -> Iterator[str]:
    for name in report.changed:
        yield f"changed: {name}"
    for name in report.missing:
        yield f"missing: {name}"
    for name in report.unlisted:
        yield f"not listed in {SUMS}: {name}"
    for where in report.malformed:
        yield f"unreadable: {where}"
