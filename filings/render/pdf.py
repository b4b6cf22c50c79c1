"""PDF copies of the documents through LibreOffice, made reproducible afterwards."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from ..i18n import N_, _
from ..errors import FilingsError

INSTALL_HINT = N_(
    "LibreOffice is needed to make PDFs and was not found (no `soffice` on PATH). Install it, "
    "e.g. on Debian or Ubuntu: apt-get install libreoffice-writer-nogui; nothing was written"
)


class PdfUnavailable(FilingsError):
    pass


def find_soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise PdfUnavailable(_(INSTALL_HINT))
    return path


def convert_to_pdf(documents: list[Path], out_dir: Path, day: date) -> list[Path]:
    """Write a PDF beside each .docx in out_dir; fail unless every one was made."""
    soffice = find_soffice()
    groups = _groups(documents)
    if groups:  # one LibreOffice per group, each with its own profile; the threads only wait
        with ThreadPoolExecutor(len(groups)) as pool:
            list(pool.map(lambda group: _convert(soffice, group, out_dir), groups))
    made = []
    for document in documents:
        pdf = out_dir / f"{document.stem}.pdf"
        # LibreOffice exits 0 even when it could not load a file: the PDF must exist.
        if not pdf.is_file():
            raise FilingsError(_("LibreOffice made no PDF of {name}").format(name=document.name))
        pdf.write_bytes(normalise_pdf(pdf.read_bytes(), day))
        made.append(pdf)
    return made


# LibreOffice takes a few seconds to start. Measured here (2 cores, loaded): the demo's 9
# documents (0.36 MB of .docx) 3.3-3.6 s in one, 3.7 s in two; the 27 of a 2,000-incident
# case (1.3 MB) 94-116 s in one, 67-71 s in two.
SPLIT_ABOVE = 1 << 20
MAX_INSTANCES = 4  # each takes a few hundred MB


def _groups(documents: list[Path]) -> list[list[Path]]:
    """The documents in one group per LibreOffice to run: one group for a small bundle,
    else one per core, balanced by size (largest first, each to the lightest group)."""
    sizes = {document: document.stat().st_size for document in documents}
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    count = min(len(documents), cores, MAX_INSTANCES) if sum(sizes.values()) > SPLIT_ABOVE else 1
    groups: list[list[Path]] = [[] for _ in range(max(count, 1))]
    loads = [0] * len(groups)
    for document in sorted(documents, key=lambda d: -sizes[d]):
        lightest = loads.index(min(loads))
        groups[lightest].append(document)
        loads[lightest] += sizes[document]
    return [group for group in groups if group]


def _convert(soffice: str, documents: list[Path], out_dir: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="filings-lo-") as profile:
        # A private profile: a running LibreOffice of the user must not capture the job,
        # and two of ours must not share one.
        command = [soffice, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation={Path(profile).as_uri()}",
                   "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, documents)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=600)
        except (subprocess.SubprocessError, OSError) as exc:
            raise FilingsError(_("LibreOffice could not make the PDFs: {exc}").format(exc=exc)) from None


_CREATED = re.compile(rb"/CreationDate\(D:\d{14}")
_ID = re.compile(rb"(/ID \[ <)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}(> \])")
_CHECKSUM = re.compile(rb"(/DocChecksum /)[0-9A-F]{32}")


def normalise_pdf(data: bytes, day: date) -> bytes:
    """Replace what LibreOffice stamps from the clock, keeping every byte offset.

    The creation date becomes the documents' date; the file ID and checksum become a
    digest of the content, so identical documents give identical PDFs."""
    data = _CREATED.sub(f"/CreationDate(D:{day:%Y%m%d}000000".encode(), data)

    def stamped(value: bytes, content: bytes) -> bytes:
        content = _ID.sub(rb"\g<1>" + value + rb"\g<2>" + value + rb"\g<3>", content)
        return _CHECKSUM.sub(rb"\g<1>" + value, content)

    blank = stamped(b"0" * 32, data)
    digest = hashlib.md5(blank, usedforsecurity=False).hexdigest().upper().encode()
    return stamped(digest, data)
