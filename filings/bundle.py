"""`filings bundle`: the documents, copies of the evidence, manifest.json and SHA256SUMS,
in one folder that proves its own integrity.

Built in a temporary folder beside the target and moved into place only when complete;
on any failure nothing is left behind. Same case, evidence and date: same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import __version__
from .documents import Contexts, PlannedDocument, evidence_items, planned_documents
from .errors import FilingsError, OutputExists
from .filenames import evidence_file_name
from .hashing import sha256_file, sha256_stream
from .numbering import numbered_evidence
from .produce import render_document, template_path
from .validation import LoadedCase
from .views import Audience, Shield

EVIDENCE_FOLDER = "stukken"
SUMS = "SHA256SUMS"
MANIFEST = "manifest.json"
BUNDLE_FORMAT = 1

Progress = Callable[[str], None]


class EvidenceChanged(FilingsError):
    """An evidence file no longer matches the hash recorded at intake."""


@dataclass(frozen=True)
class CopiedEvidence:
    name: str  # path inside the bundle, e.g. stukken/004-autodeur.png
    sha256: str
    size: int


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
) -> BundleResult:
    """Write the bundle of a validated case to out (and out.zip with make_zip)."""
    say = progress or (lambda message: None)
    out = out.absolute()
    zip_path = out.with_name(out.name + ".zip") if make_zip else None
    for target in filter(None, (out, zip_path)):
        if target.exists() and not force:
            raise OutputExists(f"{target} exists; pass --force to replace it (nothing was written)")
    planned = planned_documents(loaded.case)
    for document in planned:  # refuse a missing template before any work is done
        template_path(document.kind.name, templates)
    if pdf:
        from .pdf import find_soffice

        find_soffice()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    zip_staging: Path | None = None
    try:
        copied = _copy_evidence(loaded, staging, say)
        items = evidence_items(
            loaded, {piece_id: (c.name, c.sha256, c.size) for piece_id, c in copied.items()}
        )
        written = _render_documents(loaded, planned, Contexts(loaded, items, planned), staging, templates, say)
        if pdf:
            from .pdf import convert_to_pdf

            say(f"converting {len(written)} documents to PDF")
            convert_to_pdf([staging / name for name in written], staging, loaded.today)
        _write_manifest(loaded, planned, items, staging)
        listed = write_sums(staging, {c.name: c.sha256 for c in copied.values()})
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
    return BundleResult(out, written, [c.name for c in copied.values()], listed, zip_path)


def _copy_evidence(loaded: LoadedCase, staging: Path, say: Progress) -> dict[str, CopiedEvidence]:
    """Copy every evidence file once, hashing while copying; originals are only read."""
    folder = staging / EVIDENCE_FOLDER
    folder.mkdir()
    pieces = [(n, p) for n, p in numbered_evidence(loaded.case) if p.file]
    shield = Shield(loaded.case.victim, Audience.court)  # names are listed to every audience
    copied = {}
    for count, (number, piece) in enumerate(pieces, start=1):
        name = evidence_file_name(number, shield(Path(piece.file).name))
        say(f"evidence {count}/{len(pieces)}: stuk {number}")
        with (loaded.base_dir / piece.file).open("rb") as source, (folder / name).open("xb") as target:
            digest, size = sha256_stream(source, target)
        if piece.sha256 is not None and digest != piece.sha256:
            raise EvidenceChanged(
                f"stuk {number} ({piece.id}, {piece.file}) does not match the sha256 recorded at "
                f"intake (recorded {piece.sha256[:12]}…, file now {digest[:12]}…): the file changed; "
                "restore the original from a backup. Nothing was written."
            )
        copied[piece.id] = CopiedEvidence(f"{EVIDENCE_FOLDER}/{name}", digest, size)
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
    by_id = {piece.id: piece for piece in loaded.case.evidence}
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
                "kind": by_id[item.id].kind.value,
                "date": by_id[item.id].date.isoformat() if by_id[item.id].date else None,
                "description": shield(item.description),
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
                info.external_attr = 0o644 << 16
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
