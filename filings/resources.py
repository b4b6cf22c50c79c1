"""Where the files that ship with filings are: in the wheel, or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # A wheel carries templates/ and examples/ inside the package (pyproject force-include);
    # a checkout or an editable install has them at the repository root.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def templates_dir(language: str = "nl") -> Path:
    return _shipped("templates") / language


def demo_case() -> Path:
    return _shipped("examples") / "demo" / "case.yaml"


def skeleton_case(language: str | None = None) -> Path:
    """The case file `filings init` writes: commented in English, or in the language
    asked for (case.fr.yaml: French comments and `language: fr`)."""
    return _PACKAGE / "skeleton" / (f"case.{language}.yaml" if language else "case.yaml")
