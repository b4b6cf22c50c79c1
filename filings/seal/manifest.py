"""manifest.json: what a bundle holds, for people and programs; handed on with it."""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from ..load.loader import LoadedCase
from ..plan.documents import PlannedDocument
from ..plan.evidence import EvidenceItem
from ..privacy import Audience
from ..privacy.shield import Shield
from .names import BUNDLE_FORMAT, MANIFEST


def write_manifest(loaded: LoadedCase, planned: list[PlannedDocument], items: list[EvidenceItem],
                   staging: Path, figures: list[str] = ()) -> None:
    """figures: the pictures the documents show, as files of their own (the pattern chart)."""
    shield = Shield(loaded.case.victim, Audience.court)  # the manifest may be handed on
    manifest = {
        "format": BUNDLE_FORMAT,
        "case": loaded.case.reference,
        "generated_on": loaded.today.isoformat(),
        "tool": {"name": "filings", "version": __version__},
        "documents": [
            {
                "file": d.file_name,
                "kind": d.kind.name,
                "audience": d.kind.audience.value,
                **({"witness": d.witness} if d.witness else {}),
                **({"pdf": f"{Path(d.file_name).stem}.pdf"} if (staging / f"{Path(d.file_name).stem}.pdf").exists() else {}),
            }
            for d in planned
        ],
        "evidence": [
            {
                "number": item.number,
                "id": item.id,
                "kind": item.piece.kind.value,
                "date": item.piece.date.isoformat() if item.piece.date else None,
                "description": shield(item.piece.description),
                "file": item.file or None,
                "sha256": item.sha256 or None,
                "size": item.size,
            }
            for item in items
        ],
        **({"figures": [{"file": name, "kind": "pattern_chart"} for name in figures]} if figures else {}),
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (staging / MANIFEST).write_text(text, encoding="utf-8")
