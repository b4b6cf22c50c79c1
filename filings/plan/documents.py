"""Which documents a case calls for, in bundle order, with their file names (the plan)."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import _
from ..errors import FilingsError
from ..filenames import slug
from ..lang import words
from ..load.model import Case
from .kinds import BY_NAME, KINDS, DocumentKind


class NotApplicable(FilingsError):
    """The case does not call for the document asked for."""


class WitnessNeeded(NotApplicable):
    """A witness statement was asked for without naming one of the case's witnesses."""

    def __init__(self, message: str, choices: list[str]):
        super().__init__(message)
        self.choices = choices


@dataclass(frozen=True)
class PlannedDocument:
    kind: DocumentKind
    file_name: str
    title: str
    witness: str | None = None  # the witness id, for a witness statement


def require_facts(case: Case) -> None:
    """Every paper states facts from the logbook: a case without incidents gets none (a
    new case validates, with a warning, so that it can be filled in step by step)."""
    if not case.incidents:
        raise NotApplicable(_("the logbook has no incidents yet: every paper states the facts, so add at least "
                              "one incident before making papers; nothing was written"))


def planned_documents(case: Case) -> list[PlannedDocument]:
    """The documents this case calls for, in bundle order, with their file names."""
    names = words(case.language).DOCUMENTS
    documents = []
    for kind in KINDS:
        if not kind.applies(case):
            continue
        stem, title = names[kind.name]["stem"], names[kind.name]["title"]
        if kind.per_witness:
            documents += [
                PlannedDocument(
                    kind, f"{kind.order:02d}-{stem}-{slug(w.id) or 'x'}-{slug(w.last_name) or 'x'}.docx",
                    title, w.id)
                for w in case.witnesses
            ]
        else:
            documents.append(PlannedDocument(kind, f"{kind.order:02d}-{stem}.docx", title))
    return sorted(documents, key=lambda d: d.file_name)


def find_document(case: Case, kind: str, witness: str | None = None) -> PlannedDocument:
    """The planned document of this kind (and witness), or NotApplicable saying why not."""
    if kind not in BY_NAME:
        raise NotApplicable(_("there is no document kind `{kind}`; known: {items}")
                              .format(kind=kind, items=', '.join(BY_NAME)))
    matches = [d for d in planned_documents(case) if d.kind.name == kind]
    if not matches:
        raise NotApplicable(_("this case has no {kind}: {why_not}").format(kind=kind, why_not=_(BY_NAME[kind].why_not)))
    if not BY_NAME[kind].per_witness:
        return matches[0]
    ids = [d.witness for d in matches]
    if witness is None:
        raise WitnessNeeded(_("which witness? name one of: {items}").format(items=', '.join(ids)), ids)
    chosen = [d for d in matches if d.witness == witness]
    if not chosen:
        raise WitnessNeeded(_("no witness `{witness}` in the case; known: {items}")
                              .format(witness=witness, items=', '.join(ids)), ids)
    return chosen[0]
