"""Recording that he was told to stop (a stop message sent, a lawyer's letter, the police):
the library behind `filings notice add`. Every later paper counts the facts after it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .batch import BatchAdded, NewNotice, add_batch


def add_notice(path: Path, notice: NewNotice, today: date, read=None) -> BatchAdded:
    """Append the notice (and the files that prove it, as new pieces) to the case at path,
    under the case's edit lock; on any failure the case file is unchanged."""
    return add_batch(path, notices=[notice], today=today, read=read)
