"""Belgian legal facts the documents depend on, without words (shared/legal-be.md).

Which offences the facts may constitute, on which side of the new Criminal Code they
fall, which incidents are electronic, which relationships raise the question of the
family court, and which role word a gender takes. The words themselves (statute
citations, role words, the names of the vocabulary) are in the language modules
(filings/lang/nl.py), the sentences in the templates. Nothing here states as certain
what the legal brief marks UNCONFIRMED: the article of the new Criminal Code is never
invented.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from ..load.model import Gender, IncidentKind, Relationship

# The new Criminal Code (laws of 29 February 2024) was to apply to facts from this date;
# its article on belaging is UNCONFIRMED, so later facts cite old and new code together.
NEW_CRIMINAL_CODE = date(2026, 4, 8)

ELECTRONIC_KINDS = frozenset(
    {IncidentKind.calls, IncidentKind.messages, IncidentKind.email, IncidentKind.social_media}
)
FAMILY_RELATIONSHIPS = frozenset({Relationship.ex_partner, Relationship.partner})
UNNAMED_RELATIONSHIPS = frozenset({Relationship.unknown, Relationship.stranger})


def roles(gender: Gender | None, table: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Each role word of a language's table (female, male, other-or-unknown forms) in the
    form for this gender: None (unknown) and `other` take the neutral form."""
    index = {Gender.female: 0, Gender.male: 1}.get(gender, 2)  # type: ignore[arg-type]
    return {word: forms[index] for word, forms in table.items()}


def offences(incidents: Iterable) -> dict[str, bool]:
    """Which offences the facts may constitute, and which code applies to them by date.

    stalking: always, when there are facts; electronic: calls, messages, e-mail or social
    media; threats: a threat. before/after_new_code: facts on either side of
    NEW_CRIMINAL_CODE; threats_after_new_code: a threat on or after it."""
    incidents = list(incidents)
    kinds = {kind for i in incidents for kind in i.kinds}
    threats = [i for i in incidents if IncidentKind.threat in i.kinds]
    return {
        "stalking": bool(incidents),
        "before_new_code": any(i.date < NEW_CRIMINAL_CODE for i in incidents),
        "after_new_code": any(i.date >= NEW_CRIMINAL_CODE for i in incidents),
        "electronic": bool(kinds & ELECTRONIC_KINDS),
        "threats": bool(threats),
        "threats_after_new_code": any(i.date >= NEW_CRIMINAL_CODE for i in threats),
    }
