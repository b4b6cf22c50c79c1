"""Making the papers from the web page: the bundle built in a background thread whose
progress the page polls, then each paper, or a package per reader, to download.

A package holds only what its reader is meant to read (the audience of each document
kind, plan/kinds.py and privacy.Audience): the police get the complaint and what goes
with it, the court and the lawyer the court papers, each witness only their own form.
No one is handed the whole folder, with the guide, the letters and the contact sheet."""

from __future__ import annotations

import json
import os
import tempfile
import threading
from contextvars import copy_context
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import FilingsError
from ..filenames import slug
from ..privacy import Audience
from ..seal.names import MANIFEST, SUMS

BUNDLE_FOLDER = "papieren"


@dataclass(frozen=True)
class Reader:
    key: str  # in the URL and the zip's name
    audiences: frozenset[Audience]
    kinds: frozenset[str] = frozenset()  # documents of another audience this reader also gets
    evidence: bool = False  # the copies of the evidence and the pattern chart
    witness: str | None = None


# The evidence index and the logbook are court papers (the respondent receives them), and
# the police read them too (DESIGN.md: who reads each document).
POLICE = Reader("politie", frozenset({Audience.police, Audience.police_only}),
                frozenset({"evidence_index", "logbook"}), evidence=True)
COURT = Reader("rechtbank-en-advocaat", frozenset({Audience.court}), evidence=True)


def readers(manifest: dict) -> list[tuple[Reader, str]]:
    """Each reader of this bundle, with the witness's id for a witness package."""
    found = [(POLICE, ""), (COURT, "")]
    keys = {POLICE.key, COURT.key}
    for document in manifest.get("documents", []):
        witness = document.get("witness")
        if witness and witness not in {w for _, w in found}:
            # ids 'W1' and 'w1', or 'w_1' and 'w-1', are two witnesses whose slug is one
            key, number = f"getuige-{slug(witness)}", 1
            while key in keys:
                number += 1
                key = f"getuige-{slug(witness)}-{number}"
            keys.add(key)
            found.append((Reader(key, frozenset({Audience.witness}), witness=witness), witness))
    return found


def reader_by_key(manifest: dict, key: str) -> Reader | None:
    return next((reader for reader, _ in readers(manifest) if reader.key == key), None)


def package_files(manifest: dict, reader: Reader) -> list[str]:
    """The bundle's files this reader gets, as the bundle names them."""
    files = []
    for document in manifest.get("documents", []):
        if reader.witness is not None:
            if document.get("witness") == reader.witness:
                files.append(document["file"])
        elif Audience(document["audience"]) in reader.audiences or document["kind"] in reader.kinds:
            files.append(document["file"])
    if reader.evidence:
        files += [piece["file"] for piece in manifest.get("evidence", []) if piece.get("file")]
        files += [figure["file"] for figure in manifest.get("figures", [])]
    return files


def read_manifest(bundle: Path) -> dict | None:
    try:
        return json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_package(bundle: Path, manifest: dict, reader: Reader, folder: Path) -> Path:
    """A zip of the reader's files with their lines of SHA256SUMS, as a hidden temporary
    in folder (the case folder: nothing is written outside it); the caller removes it."""
    files = package_files(manifest, reader)
    sums = {}
    for line in (bundle / SUMS).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        sums[name] = line
    fd, name = tempfile.mkstemp(prefix=".pakket.", suffix=".tmp", dir=folder)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in files:
                archive.write(bundle / file, f"{reader.key}/{file}")
            listed = [sums[file] for file in files if file in sums]
            archive.writestr(f"{reader.key}/{SUMS}", "".join(f"{line}\n" for line in listed))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


@dataclass
class Job:
    """One making of the papers: its progress for the page, then its outcome."""
    state: str = "idle"  # idle | running | done | failed
    done_steps: int = 0
    total_steps: int = 1
    step: str = ""
    error: str = ""
    documents: int = 0
    evidence: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def status(self) -> dict:
        with self.lock:
            percent = 100 if self.state == "done" else min(99, 100 * self.done_steps // max(1, self.total_steps))
            return {"state": self.state, "percent": percent, "step": self.step, "error": self.error}

    def start(self, case_path: Path, today: date) -> bool:
        """Start building in the background; False when a build is running already."""
        with self.lock:
            if self.state == "running":
                return False
            self.state, self.done_steps, self.step, self.error = "running", 0, "", ""
        # the library's progress and refusals in the language of the page that asked (i18n.speaking)
        threading.Thread(target=copy_context().run, args=(self._run, case_path, today), daemon=True).start()
        return True

    def _run(self, case_path: Path, today: date) -> None:
        from ..load.loader import load_case
        from ..plan.documents import planned_documents
        from ..seal.bundle import build_bundle

        try:
            loaded = load_case(case_path, today=today, check_hashes=False)  # the copy pass hashes
            with self.lock:
                self.total_steps = (len(planned_documents(loaded.case))
                                    + sum(1 for piece in loaded.case.evidence if piece.file) + 1)
            result = build_bundle(loaded, case_path.parent / BUNDLE_FOLDER, force=True, progress=self._heard)
        except FilingsError as exc:
            with self.lock:
                self.state, self.error = "failed", str(exc)
            return
        except Exception as exc:  # shown on the page, whatever it is: the thread has no one else to tell
            with self.lock:
                self.state, self.error = "failed", f"{type(exc).__name__}: {exc}"
            return
        with self.lock:
            self.state, self.documents, self.evidence = "done", len(result.documents), len(result.evidence)

    def _heard(self, message: str) -> None:
        with self.lock:
            self.done_steps += 1
            self.step = message
