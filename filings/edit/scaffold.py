"""`filings init`: a new case folder with a commented case file to fill in."""

from __future__ import annotations

from pathlib import Path

from ..i18n import _
from ..atomic import create_atomic
from ..errors import OutputExists
from ..lang import LANGUAGES, words
from ..resources import skeleton_case


def evidence_folder(case_dir: Path, language: str) -> Path:
    """The case folder's own evidence folder, where intake copies files: the one named in
    the case's language (bewijs/, preuves/), or another language's that the case already
    has (a case made before its language changed, or before French folder names), so that
    a case's evidence stays in one place. Reading a case never needs it: the case records
    each file's path relative to itself, whatever its folder is called."""
    own = case_dir / words(language).CASE_EVIDENCE_FOLDER
    if own.is_dir():
        return own
    existing = [case_dir / words(other).CASE_EVIDENCE_FOLDER for other in LANGUAGES]
    return next((folder for folder in existing if folder.is_dir()), own)


def evidence_folders(case_dir: Path) -> list[Path]:
    """Every folder evidence_folder may name, for the sweep of an interrupted intake's copies."""
    return [case_dir / name for name in dict.fromkeys(words(other).CASE_EVIDENCE_FOLDER for other in LANGUAGES)]


def init_case(folder: Path, language: str | None = None) -> Path:
    """Create folder/case.yaml and its evidence folder (bewijs/, preuves/: in the case's
    language); never touch an existing case file.
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
    evidence_folder(folder, language or "nl").mkdir(mode=0o700, exist_ok=True)
    return target
