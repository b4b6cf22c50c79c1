"""The registry of document kinds: the one list that the plan, the CLI, the template
builder, `templates check` and the tests read. A new kind is one entry here, one context
builder in contexts.py, one template per language and its words in each filings/lang
module.

Light on purpose: `filings --help` lists the kinds without importing the model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Callable, NamedTuple

from ..i18n import N_
from ..privacy import Audience

if TYPE_CHECKING:
    from ..load.model import Case


class DocumentKind(NamedTuple):  # not a dataclass: `--help` would import dataclasses for it
    name: str  # the manifest's kind, the template's file stem, the CLI's choice
    order: int  # position in a bundle; the two digits its file name starts with
    audience: Audience
    applies: Callable[["Case"], bool]
    why_not: str  # what the case needs for this kind, when it does not apply
    context: str  # the function in filings.plan.contexts that adds this kind's values
    per_witness: bool = False  # one document per witness

    @property
    def template(self) -> str:
        return f"{self.name}.docx"

    def context_builder(self) -> Callable:
        return getattr(importlib.import_module("filings.plan.contexts"), self.context)


def _always(case: "Case") -> bool:
    return True


def _has_request(procedure: str) -> Callable[["Case"], bool]:
    return lambda case: case.request is not None and case.request.procedure.value == procedure


def _follow_up(case: "Case") -> bool:
    from ..load.register import follow_up_applies

    return follow_up_applies(case)


KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("guide", 0, Audience.victim, _always, "", "guide"),
    DocumentKind("complaint", 1, Audience.police, _always, "", "complaint"),
    DocumentKind("injured_party_declaration", 2, Audience.police,
                 lambda case: bool(case.complaint and case.complaint.injured_party_declaration),
                 N_("set `complaint.injured_party_declaration: true`"), "declaration"),
    DocumentKind("contact_sheet", 3, Audience.police_only,
                 lambda case: case.victim.address_confidential,
                 N_("it exists only when `victim.address_confidential` is true"), "contact_sheet"),
    DocumentKind("summons", 4, Audience.court, _has_request("summons"),
                 N_("add a `request` block with `procedure: summons`"), "court"),
    DocumentKind("petition", 4, Audience.court, _has_request("ex_parte"),
                 N_("add a `request` block with `procedure: ex_parte`"), "court"),
    DocumentKind("witness_statement", 5, Audience.witness, lambda case: bool(case.witnesses),
                 N_("add `witnesses` to the case"), "witness", per_witness=True),
    DocumentKind("evidence_index", 6, Audience.court, _always, "", "shared_only"),
    DocumentKind("logbook", 7, Audience.court, _always, "", "shared_only"),
    # Say it once: with a notice recorded, the advice is not to send another (issue 13).
    DocumentKind("boundary_letter", 8, Audience.respondent, lambda case: not case.notices,
                 N_("a notice is already recorded (`notices`): say it once, then stop reacting"),
                 "boundary_letter"),
    DocumentKind("circle_letter", 9, Audience.circle, _always, "", "circle_letter"),
    # After the letters: it adds to an earlier complaint, so it never sorts before the
    # complaint, and the papers 00-09 keep the numbers users already know.
    DocumentKind("follow_up_complaint", 10, Audience.police, _follow_up,
                 N_("it exists when the case has a PV (`police_reports`) and incidents on or after the "
                    "day of the latest PV that no PV covers (`incidents[].police_report` left out)"), "follow_up"),
)

BY_NAME = {kind.name: kind for kind in KINDS}
NAMES = tuple(kind.name for kind in KINDS)
