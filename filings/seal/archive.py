"""The zip of a bundle: the same files under one folder, with fixed times, owner-only."""

from __future__ import annotations

import os
import zipfile
import shutil
import tempfile
from pathlib import Path

from .names import EVIDENCE_FOLDER
from .sums import SUMS, bundle_files


def write_zip(folder: Path, zip_path: Path, root: str) -> Path:
    """Write the zip beside zip_path and return the temporary file, for the caller to rename."""
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
