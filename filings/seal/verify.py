"""`filings verify`: is a bundle (folder or zip) still exactly what was made?

Stricter than `sha256sum -c`: it also names files that were added, names that could
point outside the bundle, anything that is not a regular file, and a manifest.json that
no longer agrees with SHA256SUMS. It never follows a symlink, never opens anything but
a regular file and never extracts a zip to disk.
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from ..i18n import _
from ..errors import FilingsError
from ..hashing import sha256_stream
from ..paths import kind_of, open_regular
from .names import BUNDLE_FORMAT, DEFAULT_EVIDENCE_FOLDER, EVIDENCE_FOLDER_KEY, MANIFEST, SUMS

# (name inside the bundle, how to open it); None: present but not a regular file.
Entry = tuple[str, Callable[[], BinaryIO] | None]
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError)  # a zip (member) cut short or garbled


class NotABundle(FilingsError):
    pass


class CannotRead(Exception):
    """A bundle file that is there but cannot be read: the reason, for the report."""


def _reason(exc: Exception) -> str:
    if isinstance(exc, CannotRead):
        return str(exc)
    if isinstance(exc, DAMAGED):
        return f"damaged: {exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)


@dataclass
class VerifyReport:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)
    duplicate: list[str] = field(default_factory=list)  # "name (where)"
    unsafe: list[str] = field(default_factory=list)  # "name (where)"
    not_regular: list[str] = field(default_factory=list)  # "name (kind)"
    cannot_read: list[str] = field(default_factory=list)  # "name (why)": encrypted, damaged, …
    manifest: list[str] = field(default_factory=list)  # where manifest.json and SHA256SUMS disagree

    @property
    def intact(self) -> bool:
        return not any((self.missing, self.changed, self.unlisted, self.malformed,
                        self.duplicate, self.unsafe, self.not_regular, self.cannot_read,
                        self.manifest))


def unsafe_name(name: str) -> bool:
    """A name that could land outside the bundle or mean different files on different
    systems: absolute, `.`/`..`/empty segments, backslashes, control characters."""
    return ("\\" in name or any(part in ("", ".", "..") for part in name.split("/"))
            or any(map(_control, name)))


def _control(c: str) -> bool:
    return unicodedata.category(c) in ("Cc", "Cf")  # NUL, newline, escape, bidi overrides


# A bundle's SHA256SUMS and manifest.json are a few KiB; these bounds keep a hostile one
# (or a zip bomb in their place) from filling memory: parsing the largest JSON allowed
# takes a few hundred MiB at most.
SUMS_LIMIT = 16 << 20
MANIFEST_LIMIT = 16 << 20
CENTRAL_LIMIT = 16 << 20  # a zip's central directory: about 100 bytes a file
NOTED = 100  # of each kind of problem in SHA256SUMS: the rest are counted, not listed


def read_bounded(open_file: Callable[[], BinaryIO], limit: int) -> bytes:
    """The whole file, or CannotRead when it is larger than limit (never more is read)."""
    with open_file() as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise CannotRead(_("larger than {limit} MiB; a bundle's is a few KiB").format(limit=limit >> 20))
    return data


def _lines(text: str) -> Iterator[str]:
    """The lines of text one at a time (a list of millions of short lines is not small),
    split at \n as coreutils does, a CRLF ending accepted."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        yield text[start:end].removesuffix("\r")
        start = end + 1


def parse_sums(text: str, report: VerifyReport) -> dict[str, list[str]]:
    """name -> sha256 of each line naming it, from a coreutils checksum file (text or
    binary mode lines). A name listed twice is reported, and every line is checked,
    as `sha256sum -c` does."""
    listed: dict[str, list[str]] = {}
    more = Counter()

    def note(problems: list[str], problem: str) -> None:
        if more[id(problems)] or len(problems) >= NOTED:
            more[id(problems)] += 1
        else:
            problems.append(problem)

    # Translated once: a damaged list may have millions of lines.
    bad_line, bad_name = _("{sums} line {number}"), _("{name} ({sums} line {number})")
    for number, line in enumerate(_lines(text), start=1):
        digest, sep, name = line.partition("  ")
        if not sep:
            digest, sep, name = line.partition(" *")
        digest = digest.lower()  # sha256sum -c and PowerShell's Get-FileHash accept capitals
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            note(report.malformed, bad_line.format(sums=SUMS, number=number))
            continue
        if unsafe_name(name):
            note(report.unsafe, bad_name.format(name=name, sums=SUMS, number=number))
            continue
        if name in listed:
            note(report.duplicate, bad_name.format(name=name, sums=SUMS, number=number))
        listed.setdefault(name, []).append(digest)
    for problems in (report.malformed, report.unsafe, report.duplicate):
        if more[id(problems)]:
            problems.append(_("{sums}: {more} more lines like the one above")
                              .format(sums=SUMS, more=more[id(problems)]))
    return listed


def verify(path: Path) -> VerifyReport:
    """stat first: only a folder or a regular file is read. A FIFO would block for ever
    and a device such as /dev/zero never ends."""
    report = VerifyReport()
    empty: list[str] = []  # empty folders: 'x/'; only the evidence folder may be one
    mode = os.stat(path).st_mode
    if stat.S_ISDIR(mode):
        _verify(_folder_entries(path, "", report, empty), empty, report)
        return report
    if not stat.S_ISREG(mode):
        raise NotABundle(_("{path} is a {kind}; a bundle is a folder or a zip file")
                           .format(path=path, kind=kind_of(mode)))
    with open_regular(path) as handle:
        if not zipfile.is_zipfile(handle):
            raise NotABundle(_("{path} is neither a bundle folder nor a zip file").format(path=path))
        _check_central_directory(handle, path)
        try:
            archive = zipfile.ZipFile(handle)
        except (*DAMAGED, ValueError) as exc:
            raise NotABundle(_("the zip is damaged ({exc}); is {path} complete?").format(exc=exc, path=path)) from None
        with archive:
            _verify(_zip_entries(archive, report, empty), empty, report)
    return report


def _check_central_directory(handle: BinaryIO, path: Path) -> None:
    """zipfile reads the whole central directory into memory, as large as the zip's last
    record says: a few KiB for a bundle, gigabytes in a crafted (or sparse) file."""
    end_record = getattr(zipfile, "_EndRecData", None)  # private, but unchanged for decades
    if end_record is None:
        return
    try:
        end = end_record(handle)
    except (*DAMAGED, OSError, ValueError) as exc:
        raise NotABundle(_("the zip is damaged ({exc}); is {path} complete?").format(exc=exc, path=path)) from None
    if end and end[getattr(zipfile, "_ECD_SIZE", 5)] > CENTRAL_LIMIT:
        raise NotABundle(_("{path}: the zip's table of contents is larger than {limit} MiB; a bundle's is a few "
                           "KiB").format(path=path, limit=CENTRAL_LIMIT >> 20))


def _folder_entries(folder: Path, prefix: str, report: VerifyReport, empty: list[str]) -> list[Entry]:
    """Walk with lstat only: a symlink is reported, never followed; a FIFO never opened.
    Empty folders go to empty, for _verify to judge once it knows the evidence folder."""
    entries: list[Entry] = []
    with os.scandir(folder) as scan:
        children = sorted(scan, key=lambda child: child.name)
    for child in children:
        name = prefix + child.name
        if unsafe_name(name):
            report.unsafe.append(_("{name} (file name)").format(name=name))
        elif child.is_dir(follow_symlinks=False):
            if not os.listdir(child.path):
                empty.append(name + "/")
            entries += _folder_entries(Path(child.path), name + "/", report, empty)
        elif child.is_file(follow_symlinks=False):
            entries.append((name, partial(open_regular, Path(child.path), follow_symlinks=False)))
        else:
            report.not_regular.append(f"{name} ({kind_of(child.stat(follow_symlinks=False).st_mode)})")
            entries.append((name, None))
    return entries


def _zip_entries(archive: zipfile.ZipFile, report: VerifyReport, empty: list[str]) -> list[Entry]:
    infos = archive.infolist()
    names = [info.orig_filename for info in infos]  # zipfile cuts .filename at a NUL
    roots = {n[: -len(SUMS)] for n in names if n == SUMS or n.count("/") == 1 and n.endswith("/" + SUMS)}
    if len(roots) != 1:
        raise NotABundle(_("no {sums} at the top of the zip; is it a filings bundle?").format(sums=SUMS))
    root = roots.pop()
    report.duplicate += [_("{name} (zip member)").format(name=n) for n, count in sorted(Counter(names).items())
                         if count > 1]
    entries: list[Entry] = []
    for info, name in zip(infos, names):
        mode = info.external_attr >> 16
        inside = name[len(root):] if name.startswith(root) else name
        if unsafe_name(name.removesuffix("/")):
            report.unsafe.append(_("{name} (zip member)").format(name=name))
        elif name.endswith("/") or stat.S_ISDIR(mode):
            folder = name.rstrip("/") + "/"
            # Zip tools add folder entries; only an empty extra folder is something added.
            if folder != root and not any(n.startswith(folder) and n != name for n in names):
                empty.append(inside.rstrip("/") + "/")
        elif not name.startswith(root):
            report.unlisted.append(name)
        elif stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # 0: zips made on Windows, and ours
            report.not_regular.append(f"{inside} ({kind_of(mode)})")
            entries.append((inside, None))
        else:
            entries.append((inside, partial(_open_member, archive, info)))
    return entries


def _open_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> BinaryIO:
    """zipfile raises RuntimeError for an encrypted member and NotImplementedError for a
    compression method it lacks; both are a member this tool cannot read, not a crash."""
    if info.flag_bits & 0x1:
        raise CannotRead(_("encrypted"))
    try:
        return archive.open(info)
    except NotImplementedError:
        raise CannotRead(_("compression method {compress_type}, which filings cannot read")
                           .format(compress_type=info.compress_type)) from None
    except RuntimeError as exc:  # encrypted after all, or a compression module missing
        raise CannotRead(str(exc)) from None


def _verify(entries: list[Entry], empty: list[str], report: VerifyReport) -> None:
    present: dict[str, list] = {}
    for name, open_file in entries:
        present.setdefault(name, []).append(open_file)
    readable = {name: [o for o in opens if o] for name, opens in present.items()}
    if SUMS not in present:
        raise NotABundle(_("no {sums} found; is this a filings bundle?").format(sums=SUMS))
    if not readable[SUMS]:
        report.unlisted += _added_folders(empty, DEFAULT_EVIDENCE_FOLDER)
        return  # reported as not a regular file; there is nothing to check against
    try:
        text = read_bounded(readable[SUMS][0], SUMS_LIMIT)
    except (CannotRead, *DAMAGED, OSError) as exc:
        report.cannot_read.append(f"{SUMS} ({_reason(exc)})")
        report.unlisted += _added_folders(empty, DEFAULT_EVIDENCE_FOLDER)
        return  # there is nothing to check against
    listed = parse_sums(text.decode("utf-8", errors="replace"), report)
    del text
    for name, expected in sorted(listed.items()):
        if name not in present:
            report.missing.append(name)
            continue
        if not readable[name]:
            continue  # reported as not a regular file
        report.checked += 1
        for open_file in readable[name]:  # every copy of a duplicate zip member
            try:
                with open_file() as handle:
                    actual, _size = sha256_stream(handle)
            except (CannotRead, *DAMAGED, OSError) as exc:
                report.cannot_read.append(f"{name} ({_reason(exc)})")
                break
            if any(digest != actual for digest in expected):
                report.changed.append(name)
                break
    problems, evidence_folder = _manifest_problems(readable.get(MANIFEST), listed)
    report.manifest += problems
    added = [n for n, opens in readable.items() if opens and n not in listed and n != SUMS]
    report.unlisted = sorted(report.unlisted + added + _added_folders(empty, evidence_folder))


def _added_folders(empty: list[str], evidence_folder: str) -> list[str]:
    """The empty folders the bundle does not hold: all but its evidence folder, which a
    bundle without evidence files holds empty."""
    return [folder for folder in empty if folder != evidence_folder + "/"]


def _manifest_problems(opens: list | None, listed: dict[str, list[str]]) -> tuple[list[str], str]:
    """manifest.json and SHA256SUMS must name the same files, with the same hashes.
    Also returns the bundle's evidence folder, as the manifest names it."""
    if not opens:
        # else "missing" says it
        return [] if MANIFEST in listed else [_("not in the bundle")], DEFAULT_EVIDENCE_FOLDER
    try:
        manifest = json.loads(read_bounded(opens[0], MANIFEST_LIMIT).decode("utf-8"))
        named = _manifest_files(manifest)
    except RecursionError:
        return [_("unreadable (nested too deeply)")], DEFAULT_EVIDENCE_FOLDER
    except (CannotRead, *DAMAGED, OSError, ValueError) as exc:
        return [_("unreadable ({reason})").format(reason=_reason(exc))], DEFAULT_EVIDENCE_FOLDER
    problems = []
    first: dict[str, str] = {}  # name -> where the manifest first names it
    for where, name, digest in named:
        if name is None:
            if digest is not None:
                problems.append(_("{where} gives a sha256 but no file").format(where=where))
            continue
        if name in first:
            problems.append(_("names {name} twice ({first} and {where})")
                              .format(name=name, first=first[name], where=where))
        first.setdefault(name, where)
        if where.endswith(".pdf") and not name.endswith(".pdf"):
            problems.append(_("{where} names {name}, which is not a PDF").format(where=where, name=name))
        if name not in listed:
            if first[name] == where:  # once per name
                problems.append(_("names {name}, which {sums} does not list").format(name=name, sums=SUMS))
        elif where.startswith("evidence") and digest is None:
            problems.append(_("{where} names {name} without its sha256").format(where=where, name=name))
        elif digest is not None and (other := [d for d in listed[name] if d != digest]):
            problems.append(_("gives {name} sha256 {digest}…, {sums} {other}…")
                              .format(name=name, digest=digest[:12], sums=SUMS, other=other[0][:12]))
    unnamed = [name for name in listed if name not in first and name != MANIFEST]
    problems += [_("does not name {name}, which {sums} lists").format(name=name, sums=SUMS) for name in unnamed]
    return problems, _evidence_folder(manifest)


def _evidence_folder(manifest: dict) -> str:
    """The folder of evidence copies the manifest names ('pieces'), else the one every
    bundle had before the key existed. Only one plain folder name counts: anything else
    leaves an empty folder of that name reported as added."""
    folder = manifest.get(EVIDENCE_FOLDER_KEY, DEFAULT_EVIDENCE_FOLDER)
    if not isinstance(folder, str) or "/" in folder or unsafe_name(folder):
        return DEFAULT_EVIDENCE_FOLDER
    return folder


def _manifest_files(manifest) -> list[tuple[str, str | None, str | None]]:
    """(where, file, sha256) for every place a format 1 manifest names a file, in order:
    a list, not a dict by name, so that a later entry cannot hide an earlier one. A paper
    piece's file is None; a document or a figure (the pattern chart) gives no sha256."""
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise ValueError(_("not a format {bundle_format} manifest").format(bundle_format=BUNDLE_FORMAT))
    named: list[tuple[str, str | None, str | None]] = []
    for key, fields in (("documents", ("file", "pdf")), ("evidence", ("file",)), ("figures", ("file",))):
        if key == "figures" and key not in manifest:
            continue  # a bundle without a chart (or made before charts) has no figures
        items = manifest.get(key)
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise ValueError(_('"{key}" is not a list of objects').format(key=key))
        for index, item in enumerate(items):
            digest = item.get("sha256") if key == "evidence" else None
            for f in fields:
                name = item.get(f)
                if name is None and (key, f) == ("documents", "pdf"):
                    continue  # a document has a pdf only with --pdf
                if (name is None and key in ("documents", "figures") or not isinstance(name, (str, type(None)))
                        or not isinstance(digest, (str, type(None)))):
                    raise ValueError(_('an entry of "{key}" has a file or sha256 that is not text').format(key=key))
                named.append((f"{key}[{index}]" + (f".{f}" if f == "pdf" else ""), name, digest))
    return named


def _shown(text: str) -> str:
    """Control characters escaped (\\n, \\x1b), so that a hostile name cannot rewrite the terminal."""
    return "".join(ascii(c)[1:-1] if _control(c) else c for c in text)


def report_lines(report: VerifyReport) -> Iterator[str]:
    lines = [
        *(_("changed: {name}").format(name=name) for name in report.changed),
        *(_("missing: {name}").format(name=name) for name in report.missing),
        *(_("not listed in {sums}: {name}").format(sums=SUMS, name=name) for name in report.unlisted),
        *(_("unreadable: {where}").format(where=where) for where in report.malformed),
        *(_("duplicate: {where}").format(where=where) for where in report.duplicate),
        *(_("unsafe name: {where}").format(where=where) for where in report.unsafe),
        *(_("not a regular file: {where}").format(where=where) for where in report.not_regular),
        *(_("cannot read: {where}").format(where=where) for where in report.cannot_read),
        *(f"{MANIFEST}: {problem}" for problem in report.manifest),
    ]
    return (_shown(line) for line in lines)
