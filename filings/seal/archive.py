"""The zip of a bundle: the same files under one folder, with fixed times, owner-only."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from ..atomic import temporary_beside
from .sums import SUMS, bundle_files


def write_zip(folder: Path, zip_path: Path, root: str, evidence_folder: str) -> Path:
    """Write the zip beside zip_path and return the temporary file, for the caller to rename.
    evidence_folder: the bundle's folder of evidence copies, stored rather than deflated."""
    # Not fsynced: the bundle's own files are not either; the rename publishes them together.
    with temporary_beside(zip_path, ".partial", durable=False) as (temporary, handle):
        with zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
            for name in [*bundle_files(folder), SUMS]:
                info = zipfile.ZipInfo(f"{root}/{name}", date_time=(1980, 1, 1, 0, 0, 0))
                # Evidence is mostly compressed media already: store it, deflate the rest.
                info.compress_type = zipfile.ZIP_STORED if name.startswith(evidence_folder + "/") else zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0o600 << 16  # the contact sheet is inside: owner only
                with (folder / name).open("rb") as source, archive.open(info, "w", force_zip64=True) as target:
                    shutil.copyfileobj(source, target, 1 << 20)
    return temporary
