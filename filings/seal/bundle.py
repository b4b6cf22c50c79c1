"""`filings bundle`: the documents, copies of the evidence, manifest.json and SHA256SUMS,
in one folder that proves its own integrity.

Built in a temporary folder beside the target and moved into place only when complete;
on any failure nothing is left behind. Same case, evidence and date: same bytes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from .. import __version__
from ..atomic import leftovers, remove
from ..errors import FilingsError, OutputExists
from ..hashing import changed_note, matches_record, sha256_file, sha256_stream
from ..load.loader import LoadedCase
from ..locking import lock_file_for, locked
from ..paths import check_output, inside, open_regular
from ..plan.contexts import Contexts
from ..plan.documents import PlannedDocument, planned_documents
from ..plan.evidence import EvidenceItem, numbered_items
from ..privacy import Audience
from ..privacy.shield import Shield
from ..render.document import render_document, template_inputs, template_path
from .names import BUNDLE_FORMAT, EVIDENCE_FOLDER, MANIFEST, SUMS

Progress = Callable[[str], None]


class EvidenceChanged(FilingsError):
    """An evidence file no longer matches the hash recorded at intake."""


@dataclass(frozen=True)
class BundleResult:
    folder: Path
    documents: list[str]
    evidence: list[str]
    files: int  # listed in SHA256SUMS
    zip_file: Path | None


def build_bundle(
    loaded: LoadedCase,
    out: Path,
    *,
    force: bool = False,
    make_zip: bool = False,
    pdf: bool = False,
    templates: Path | None = None,
    progress: Progress | None = None,
    notice: Progress | None = None,
) -> BundleResult:
    """Write the bundle of a validated case to out (and out.zip with make_zip).
    progress hears each step; notice hears what the user must know even if the bundle
    then fails (what an interrupted run had left, and what became of it)."""
    say = progress or (lambda message: None)
    out = out.absolute()
    zip_path = out.with_name(out.name + ".zip") if make_zip else None
    planned = planned_documents(loaded.case)
    # A missing template is refused before any work is done.
    for document in planned:
        template_path(document, templates, loaded.case.language)
    inputs = [*case_inputs(loaded), *template_inputs(templates, loaded.case.language)]
    for target in filter(None, (out, zip_path)):
        check_output(target, inputs)
    if pdf:
        from ..render.pdf import find_soffice

        find_soffice()
    out.parent.mkdir(parents=True, exist_ok=True)
    busy = f"another filings command is writing {out} right now; run this again when it has finished"
    check_output(lock_file_for(out), inputs)
    with locked(out, wait=0, busy=busy):
        for note in recover_leftovers(out, inputs):
            (notice or say)(note)
        _check_replaceable(out, zip_path, force)
        return _build(loaded, planned, out, zip_path, pdf, templates, say)


def case_inputs(loaded: LoadedCase) -> list[tuple[Path, str]]:
    """The files an output must never replace: the case file and its evidence."""
    return [(loaded.path, "the case file"),
            *((path, f"the evidence file {name}") for path, name in loaded.evidence_files())]


def recover_leftovers(out: Path, inputs: list[tuple[Path, str]]) -> list[str]:
    """Clean up after a run that was killed (kill -9, power cut) while writing out: its
    unfinished staging is removed, and a bundle it had hidden to replace is put back.

    Called under out's lock, so no live run owns these. A name alone proves nothing (a
    case file from someone else can plant one): what is an input, or holds one, or does
    not look like what filings writes, is left alone and said so."""
    notes = []
    candidates = [(p, _is_zip_staging, "an unfinished zip")
                  for p in leftovers(out.with_name(out.name + ".zip"), ".partial")]
    candidates += [(p, _is_staging, "an unfinished bundle") for p in leftovers(out, ".partial")]
    candidates += [(p, is_bundle_folder, "the replaced bundle") for p in leftovers(out, ".old")]
    for leftover, looks_ours, what in candidates:
        if _touches_input(leftover, inputs) or not looks_ours(leftover):
            notes.append(f"left {leftover} alone: it has the name of an interrupted run's leftover, but "
                         "filings did not make it; move it away if it is not yours")
        elif leftover.name.endswith(".old") and not os.path.lexists(out):
            os.rename(leftover, out)
            notes.append(f"restored {out.name}, which an interrupted --force had hidden as {leftover.name}")
        else:
            remove(leftover)
            notes.append(f"removed {leftover.name}, {what} left by an interrupted run")
    return notes


def _touches_input(path: Path, inputs: list[tuple[Path, str]]) -> bool:
    resolved = path.resolve()
    return any(source.resolve().is_relative_to(resolved) for source, _ in inputs)


_DOCUMENT_NAME = re.compile(r"\d\d-[a-z0-9-]+\.(docx|pdf)")
_COPY_NAME = re.compile(r"\d{3}-[a-z0-9-]+(\.[a-z0-9]+)?")


def _is_staging(folder: Path) -> bool:
    """Only what _build writes: documents, stukken/ with numbered copies, the manifest
    and SHA256SUMS (and LibreOffice's PDFs), no link, nothing else."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    for entry in folder.iterdir():
        if entry.is_symlink():
            return False
        if entry.name == EVIDENCE_FOLDER and entry.is_dir():
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


def _check_replaceable(out: Path, zip_path: Path | None, force: bool) -> None:
    """An existing target is replaced only with --force, and only when filings made it."""
    for target, made_by_us in ((out, is_bundle_folder), (zip_path, is_bundle_zip)):
        if target is None or not os.path.lexists(target):
            continue
        if not force:
            raise OutputExists(f"{target} exists; pass --force to replace it (nothing was written)")
        if not made_by_us(target):
            raise OutputExists(
                f"{target} exists and is not a bundle made by filings (it lacks {SUMS} and a "
                f"{MANIFEST} written by filings); --force replaces only a bundle. Remove it "
                "yourself or choose another name; nothing was written.")


def _build(loaded: LoadedCase, planned: list[PlannedDocument], out: Path, zip_path: Path | None,
           pdf: bool, templates: Path | None, say: Progress) -> BundleResult:
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    zip_staging: Path | None = None
    try:
        items = _copy_evidence(loaded, staging, say)
        written = _render_documents(loaded, planned, Contexts(loaded, items, planned), staging, templates, say)
        if pdf:
            from ..render.pdf import convert_to_pdf

            say(f"converting {len(written)} documents to PDF")
            convert_to_pdf([staging / name for name in written], staging, loaded.today)
        _write_manifest(loaded, planned, items, staging)
        listed = write_sums(staging, {item.file: item.sha256 for item in items if item.file})
        _owner_only(staging)
        if zip_path is not None:
            say(f"writing {zip_path.name}")
            zip_staging = _write_zip(staging, zip_path, out.name)
        _move_into_place(staging, out)
        if zip_path is not None:
            os.replace(zip_staging, zip_path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if zip_path is not None and zip_staging is not None:
            zip_staging.unlink(missing_ok=True)
        raise
    return BundleResult(out, written, [item.file for item in items if item.file], listed, zip_path)


def _owner_only(folder: Path) -> None:
    """The bundle holds the contact sheet and the manifest: no one else may read it."""
    os.chmod(folder, 0o700)
    for path in folder.rglob("*"):
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


def _copy_evidence(loaded: LoadedCase, staging: Path, say: Progress) -> list[EvidenceItem]:
    """Copy every evidence file once, hashing while copying; originals are only read.
    Returns the numbered evidence, each file named and fingerprinted as the bundle holds it."""
    folder = staging / EVIDENCE_FOLDER
    folder.mkdir()
    items = numbered_items(loaded)
    count, total = 0, sum(1 for item in items if item.piece.file)
    shield = Shield(loaded.case.victim, Audience.court)  # names are listed to every audience
    copied = []
    for item in items:
        piece = item.piece
        if not piece.file:
            copied.append(item)
            continue
        count += 1
        name = shield.file_name(item.number, Path(piece.file).name)
        say(f"evidence {count}/{total}: stuk {item.number}")
        path = inside(loaded.base_dir, piece.file)
        if path is None:  # validation refuses this; the file may have been swapped since
            raise EvidenceChanged(f"stuk {item.number} ({piece.id}, {piece.file}) now lies outside the case "
                                  "folder; nothing was written")
        with open_regular(path) as source, (folder / name).open("xb") as target:
            digest, size = sha256_stream(source, target)
        if not matches_record(piece.sha256, digest):
            raise EvidenceChanged(
                f"stuk {item.number} ({piece.id}, {piece.file}) does not match the sha256 recorded at "
                f"intake ({changed_note(piece.sha256, digest)}): the file changed; restore the original "
                "from a backup. Nothing was written.")
        copied.append(replace(item, file=f"{EVIDENCE_FOLDER}/{name}", sha256=digest, size=size))
    return copied


def _render_documents(loaded, planned: list[PlannedDocument], contexts: Contexts, staging: Path,
                      templates, say) -> list[str]:
    written = []
    for count, document in enumerate(planned, start=1):
        say(f"document {count}/{len(planned)}: {document.file_name}")
        data = render_document(loaded, document, templates=templates, contexts=contexts)
        (staging / document.file_name).write_bytes(data)
        written.append(document.file_name)
    return written


def _write_manifest(loaded: LoadedCase, planned, items, staging: Path) -> None:
    shield = Shield(loaded.case.victim, Audience.court)  # the manifest may be handed on
    manifest = {
        "format": BUNDLE_FORMAT,
        "case": loaded.case.reference,
        "generated_on": loaded.today.isoformat(),
        "tool": {"name": "filings", "version": __version__},
        "documents": [
            {
                "file": d.file_name,
                "kind": d.kind.name,
                "audience": d.kind.audience.value,
                **({"witness": d.witness} if d.witness else {}),
                **({"pdf": f"{Path(d.file_name).stem}.pdf"} if (staging / f"{Path(d.file_name).stem}.pdf").exists() else {}),
            }
            for d in planned
        ],
        "evidence": [
            {
                "number": item.number,
                "id": item.id,
                "kind": item.piece.kind.value,
                "date": item.piece.date.isoformat() if item.piece.date else None,
                "description": shield(item.piece.description),
                "file": item.file or None,
                "sha256": item.sha256 or None,
                "size": item.size,
            }
            for item in items
        ],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (staging / MANIFEST).write_text(text, encoding="utf-8")


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


def _write_zip(folder: Path, zip_path: Path, root: str) -> Path:
    """Write the zip beside zip_path and return the temporary file, for the caller to rename."""
    import zipfile

    handle, name = tempfile.mkstemp(prefix=f".{zip_path.name}.", suffix=".partial", dir=zip_path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        with zipfile.ZipFile(temporary, "w", allowZip64=True) as archive:
            for name in [*bundle_files(folder), SUMS]:
                info = zipfile.ZipInfo(f"{root}/{name}", date_time=(1980, 1, 1, 0, 0, 0))
                # Evidence is mostly compressed media already: store it, deflate the rest.
                info.compress_type = zipfile.ZIP_STORED if name.startswith(EVIDENCE_FOLDER + "/") else zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0o600 << 16  # the contact sheet is inside: owner only
                with (folder / name).open("rb") as source, archive.open(info, "w", force_zip64=True) as target:
                    shutil.copyfileobj(source, target, 1 << 20)
        return temporary
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _move_into_place(staging: Path, out: Path) -> None:
    """Rename the finished bundle onto out; an old out is removed only afterwards."""
    if not out.exists():
        os.rename(staging, out)
        return
    if not out.is_dir():
        raise OutputExists(f"{out} exists and is not a folder; remove it or choose another name")
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
    os.rmdir(old)
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except BaseException:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)
