"""Names of the files a bundle writes: ASCII, lower case, safe on every file system."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from anyascii import anyascii


def slug(text: str) -> str:
    """'Élodie De Smet' -> 'elodie-de-smet', 'Yılmaz' -> 'yilmaz', 'Straße' -> 'strasse';
    '' when nothing printable is left. Letters ASCII lacks are transliterated, not dropped
    (ı, ø, ß, æ, ł have no decomposition that leaves an ASCII letter)."""
    ascii_text = anyascii(text)
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in ascii_text).split())


def _ascii_name(original: str) -> tuple[str, str]:
    """(stem, '.suffix' or ''): 'Auto deur.PNG' -> ('auto-deur', '.png')."""
    path = Path(original.replace("/", " "))  # a folded '／' is no folder
    stem = slug(path.stem)[:60]
    suffix = "".join(c for c in path.suffix.lower() if c.isalnum())[:10]
    return stem or "bestand", f".{suffix}" if suffix else ""


def evidence_file_name(number: int, original: str,
                       mask: Callable[[str], str] | None = None, hidden: str = "x") -> str:
    """004-autodeur.png: the piece number and an ASCII form of the original file name.

    mask (a privacy Shield) hides the victim's data; hidden is the stem of a name that
    cannot be shown at all, in the documents' language. It sees the name before slug() and
    again after: slug() folds '０４７０' to '0470', turns '_' and '@' into '-' and drops
    characters it cannot spell, which can join what masking saw apart."""
    stem, suffix = _ascii_name(mask(original) if mask else original)
    if mask is None:
        return f"{number:03d}-{stem}{suffix}"
    for _ in range(3):  # a masked name is slugged again; '[adres afgeschermd]' -> 'adres-afgeschermd'
        masked = mask(stem + suffix)
        if masked == stem + suffix:
            break
        stem, suffix = _ascii_name(masked)
    # The piece number and the name together may spell her data: '047-0123456.png'.
    for name in (f"{number:03d}-{stem}{suffix}", f"{number:03d}-{hidden}{suffix}"):
        if mask(name) == name:
            return name
    return f"{number:03d}-{hidden}"
