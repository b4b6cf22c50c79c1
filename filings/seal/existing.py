"""What may already stand where a bundle goes: a bundle filings made (which --force may
replace), or what a killed run left behind (which the next run cleans up)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from ..i18n import _
from ..atomic import leftovers, remove
from ..paths import open_regular
from ..lang import LANGUAGES, words
from .names import MANIFEST, SUMS


def recover_leftovers(out: Path, inputs: list[tuple[Path, str]]) -> list[str]:
    """Clean up after a run that was killed (kill -9, power cut) while writing out: its
    unfinished staging is removed, and a bundle it had hidden to replace is put back.

    Called under out's lock, so no live run owns these. A name alone proves nothing (a
    case file from someone else can plant one): what is an input, or holds one, or does
    not look like what filings writes, is left alone and said so."""
    notes = []
    candidates = [(p, _is_zip_staging, _("removed {name}, an unfinished zip left by an interrupted run"))
                  for p in leftovers(out.with_name(out.name + ".zip"), ".partial")]
    candidates += [(p, _is_staging, _("removed {name}, an unfinished bundle left by an interrupted run"))
                   for p in leftovers(out, ".partial")]
    candidates += [(p, is_bundle_folder, _("removed {name}, the replaced bundle left by an interrupted run"))
                   for p in leftovers(out, ".old")]
    for leftover, looks_ours, what in candidates:
        if _touches_input(leftover, inputs) or not looks_ours(leftover):
            notes.append(_("left {leftover} alone: it has the name of an interrupted run's leftover, but "
                           "filings did not make it; move it away if it is not yours")
                           .format(leftover=leftover))
        elif leftover.name.endswith(".old") and not os.path.lexists(out):
            os.rename(leftover, out)
            notes.append(_("restored {name}, which an interrupted replacement had hidden as {hidden}")
                           .format(name=out.name, hidden=leftover.name))
        else:
            remove(leftover)
            notes.append(what.format(name=leftover.name))
    return notes


def _touches_input(path: Path, inputs: list[tuple[Path, str]]) -> bool:
    resolved = path.resolve()
    return any(source.resolve().is_relative_to(resolved) for source, _ in inputs)


_DOCUMENT_NAME = re.compile(r"\d\d-[a-z0-9-]+\.(docx|pdf)")
_COPY_NAME = re.compile(r"\d{3}-[a-z0-9-]+(\.[a-z0-9]+)?")


def _is_staging(folder: Path) -> bool:
    """Only what _build writes: documents, an evidence folder (stukken/, pieces/) with
    numbered copies, the manifest and SHA256SUMS (and LibreOffice's PDFs), no link,
    nothing else."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    evidence_folders = {words(language).BUNDLE_EVIDENCE_FOLDER for language in LANGUAGES}
    for entry in folder.iterdir():
        if entry.is_symlink():
            return False
        if entry.name in evidence_folders and entry.is_dir():
            if not all(c.is_file() and not c.is_symlink() and _COPY_NAME.fullmatch(c.name)
                       for c in entry.iterdir()):
                return False
        elif not (entry.is_file() and (entry.name in (SUMS, MANIFEST) or _DOCUMENT_NAME.fullmatch(entry.name))):
            return False
    return True


def _is_zip_staging(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        head = handle.read(4)
    return head in (b"", b"PK\x03\x04")


_MANIFEST_LIMIT = 64 << 20  # far above any real manifest; a bigger one is not ours


def is_bundle_folder(path: Path) -> bool:
    """A folder filings wrote as a bundle: SHA256SUMS and a manifest.json naming filings."""
    if path.is_symlink() or not path.is_dir() or not (path / SUMS).is_file():
        return False
    try:
        with open_regular(path / MANIFEST, follow_symlinks=False) as handle:
            return _names_filings(handle.read(_MANIFEST_LIMIT + 1))
    except OSError:
        return False


def is_bundle_zip(path: Path) -> bool:
    import zipfile

    try:
        with open_regular(path, follow_symlinks=False) as handle, zipfile.ZipFile(handle) as archive:
            root = path.name[: -len(".zip")]
            names = set(archive.namelist())
            if f"{root}/{SUMS}" not in names or f"{root}/{MANIFEST}" not in names:
                return False
            with archive.open(f"{root}/{MANIFEST}") as manifest:
                return _names_filings(manifest.read(_MANIFEST_LIMIT + 1))
    except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, ValueError, EOFError):
        return False  # damaged, encrypted or of an unknown compression: not a bundle we made


def _names_filings(data: bytes) -> bool:
    if len(data) > _MANIFEST_LIMIT:
        return False
    try:
        manifest = json.loads(data)
    except (ValueError, RecursionError):
        return False
    tool = manifest.get("tool") if isinstance(manifest, dict) else None
    return isinstance(tool, dict) and tool.get("name") == "filings"
