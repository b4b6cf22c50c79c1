"""The sets of papers a bundle holds: one per language asked for.

A bundle in one language is laid out as it always was (its documents at the top). A
bundle in several (`--language nl,fr`, for Brussels or a victim and lawyer of different
languages) puts each language's papers in a folder of its own (`nl/`, `fr/`): each set is
complete (its guide, its chart, its numbering prefixes), so two sets can never claim the
same name, and a reader is handed the one folder in their language. The evidence is
copied once, in one folder beside them named in the first language asked (`stukken/`,
`pieces/`), and every set cites the same piece numbers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..errors import TemplateProblem
from ..i18n import _
from ..lang import LANGUAGES, words
from ..load.loader import LoadedCase
from ..plan.documents import PlannedDocument, planned_documents


@dataclass(frozen=True)
class PaperSet:
    loaded: LoadedCase  # the case, its papers in this set's language
    planned: list[PlannedDocument]
    folder: str  # '' in a bundle of one language, else 'fr/'
    templates: Path | None  # the user's templates for this language, or None: the shipped ones

    @property
    def language(self) -> str:
        return self.loaded.case.language

    def path(self, name: str) -> str:
        """A file of this set, as the bundle names it: '01-klacht.docx' or 'nl/01-klacht.docx'."""
        return self.folder + name


def evidence_folder(sets: Sequence[PaperSet]) -> str:
    """The bundle's one evidence folder, in the first language asked: the inventory of
    each set cites the copies by this name ('stukken/003-…', 'pieces/003-…')."""
    return words(sets[0].language).BUNDLE_EVIDENCE_FOLDER


def paper_sets(loaded: LoadedCase, languages: Sequence[str] | None = None,
               templates: Path | None = None) -> list[PaperSet]:
    """One set per language, in the order asked (default: the case's language). With
    several languages, templates (when given) holds one folder per language, as the
    shipped templates/ does."""
    languages = list(languages or [loaded.case.language])
    unknown = [language for language in languages if language not in LANGUAGES]
    if unknown or not languages or len(set(languages)) != len(languages):
        raise ValueError(f"languages must be distinct, from {', '.join(LANGUAGES)}: got {', '.join(languages)}")
    several = len(languages) > 1
    for language in languages if several and templates else ():
        if not (templates / language).is_dir():
            raise TemplateProblem(_("with several languages the templates folder holds one folder per "
                                    "language (as the shipped templates/ does): {folder} has no folder "
                                    "{language}/").format(folder=templates, language=language))
    sets = []
    for language in languages:
        case = loaded.in_language(language)
        sets.append(PaperSet(case, planned_documents(case.case), f"{language}/" if several else "",
                             templates / language if several and templates else templates))
    names = [s.path(n) for s in sets for n in (*(d.file_name for d in s.planned), words(s.language).CHART_FILE)]
    twice = [name for name, count in Counter(names).items() if count > 1]
    if twice:  # each set's names are distinct (tests/test_library.py) and the folders differ
        raise ValueError(f"two papers of the bundle would share a name: {', '.join(twice)}")
    return sets
