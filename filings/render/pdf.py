"""PDF copies of the documents through LibreOffice, made reproducible afterwards."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from datetime import date
from pathlib import Path

from ..errors import FilingsError

INSTALL_HINT = (
    "LibreOffice is needed to make PDFs and was not found (no `soffice` on PATH). Install it, "
    "e.g. on Debian or Ubuntu: apt-get install libreoffice-writer-nogui; nothing was written"
)


class PdfUnavailable(FilingsError):
    pass


def find_soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        raise PdfUnavailable(INSTALL_HINT)
    return path


def convert_to_pdf(documents: list[Path], out_dir: Path, day: date) -> list[Path]:
    """Write a PDF beside each .docx in out_dir; fail unless every one was made."""
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="filings-lo-") as profile:
        # A private profile: a running LibreOffice of the user must not capture the job.
        command = [soffice, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation={Path(profile).as_uri()}",
                   "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, documents)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=600)
        except (subprocess.SubprocessError, OSError) as exc:
            raise FilingsError(f"LibreOffice could not make the PDFs: {exc}") from None
    made = []
    for document in documents:
        pdf = out_dir / f"{document.stem}.pdf"
        # LibreOffice exits 0 even when it could not load a file: the PDF must exist.
        if not pdf.is_file():
            raise FilingsError(f"LibreOffice made no PDF of {document.name}")
        pdf.write_bytes(normalise_pdf(pdf.read_bytes(), day))
        made.append(pdf)
    return made


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
