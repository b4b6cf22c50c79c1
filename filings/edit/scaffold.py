"""`filings init`: a new case folder with a commented case file to fill in."""

from __future__ import annotations

from pathlib import Path

from ..i18n import _
from ..atomic import create_atomic
from ..errors import OutputExists
from ..resources import skeleton_case

EVIDENCE_FOLDER = "bewijs"


def init_case(folder: Path, language: str | None = None) -> Path:
    """Create folder/case.yaml and folder/bewijs/; never touch an existing case file.
    language: a case in that language, its comments in it too (default: English
    comments, a Dutch case)."""
    target = folder / "case.yaml"
    if target.exists():
        raise OutputExists(target, replaceable=False,
                           message=_("{target} already exists; nothing was changed (choose another folder)")
                                     .format(target=target))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # a case is private: owner only
    try:
        create_atomic(target, skeleton_case(language).read_bytes())
    except FileExistsError:
        raise OutputExists(target, replaceable=False,
                           message=_("{target} already exists; nothing was changed").format(target=target)) from None
    (folder / EVIDENCE_FOLDER).mkdir(mode=0o700, exist_ok=True)
    return target
