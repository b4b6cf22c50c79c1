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
from .languages import PaperSet, evidence_folder
from .names import BUNDLE_FORMAT, DEFAULT_EVIDENCE_FOLDER, EVIDENCE_FOLDER_KEY, MANIFEST


def write_manifest(loaded: LoadedCase, sets: list[PaperSet], items: list[EvidenceItem],
                   staging: Path, figures: list[str] = ()) -> None:
    """sets: the papers of each language (languages.py); figures: the pictures the
    documents show, as files of their own (the pattern chart of each language)."""
    shield = Shield(loaded.case.victim, Audience.court)  # the manifest may be handed on
    folder = evidence_folder(sets)
    manifest = {
        "format": BUNDLE_FORMAT,
        "case": loaded.case.reference,
        "generated_on": loaded.today.isoformat(),
        "tool": {"name": "filings", "version": __version__},
        "documents": [_document(s, d, staging) for s in sets for d in s.planned],
        # absent: the default folder (names.py), so that Dutch bundles keep their bytes
        **({EVIDENCE_FOLDER_KEY: folder} if folder != DEFAULT_EVIDENCE_FOLDER else {}),
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


def _document(paper_set: PaperSet, document: PlannedDocument, staging: Path) -> dict:
    pdf = paper_set.path(f"{Path(document.file_name).stem}.pdf")
    return {
        "file": paper_set.path(document.file_name),
        "kind": document.kind.name,
        "audience": document.kind.audience.value,
        "language": paper_set.language,
        **({"witness": document.witness} if document.witness else {}),
        **({"pdf": pdf} if (staging / pdf).exists() else {}),
    }
