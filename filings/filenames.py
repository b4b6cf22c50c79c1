"""Names of the files a bundle writes: ASCII, lower case, safe on every file system."""

from __future__ import annotations

import unicodedata
from pathlib import Path


def slug(text: str) -> str:
    """'Élodie De Smet' -> 'elodie-de-smet'; '' when nothing printable is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in ascii_text).split())


def evidence_file_name(number: int, original: str) -> str:
    """004-autodeur.png: the piece number and an ASCII form of the original file name."""
    path = Path(original)
    stem = slug(path.stem)[:60]
    suffix = "".join(c for c in path.suffix.lower() if c.isalnum())[:10]
    return f"{number:03d}-{stem or 'bestand'}" + (f".{suffix}" if suffix else "")
