"""What of the victim's own data each audience may see, and the shield that masks the
rest wherever she typed it into free text (DESIGN.md principle 3).

Loading warns with it (rules) and planning masks with it (views): it sits between them,
built on the model alone.
"""

from __future__ import annotations

from pathlib import PurePath

from ..errors import KeyPath
from ..filenames import evidence_file_name
from ..lang import words
from ..load.model import Case, Victim
from . import Audience
from .recognisers import (
    ADDRESS,
    EMAIL,
    NATIONAL_NUMBER,
    PHONE,
    address_recognisers,
    email_recogniser,
    fold,
    national_number_recogniser,
    phone_recogniser,
)

PRIVATE = frozenset({Audience.police_only, Audience.victim})


def shown(victim: Victim, audience: Audience) -> dict[str, bool]:
    """Which of the victim's own data an audience may see: one rule for the parties block
    (victim_view) and for free text (Shield)."""
    private = audience in PRIVATE
    contact = private or (audience is Audience.police and not victim.address_confidential)
    return {
        ADDRESS: private or not victim.address_confidential,
        PHONE: contact,
        EMAIL: contact,
        NATIONAL_NUMBER: private or audience is Audience.police,
    }



class Shield:
    """Masks, inside free text, the victim's data that the audience may not see: her
    address, phone, e-mail and national number, in the notations people type."""

    def __init__(self, victim: Victim, audience: Audience, language: str = "nl"):
        visible = shown(victim, audience)
        self._placeholders = words(language).SHIELDED
        self._masked_name = words(language).SHIELDED_FILE
        recognisers = []
        # E-mail and numbers first: an e-mail may hold the street, a number the digits of another.
        if victim.email and not visible[EMAIL]:
            recognisers.append(email_recogniser(victim.email))
        if victim.national_number and not visible[NATIONAL_NUMBER]:
            recognisers.append(national_number_recogniser(victim.national_number))
        if victim.phone and not visible[PHONE]:
            recognisers.append(phone_recogniser(victim.phone))
        if not visible[ADDRESS]:
            recognisers += address_recognisers(victim.address)
        self._recognisers = [r for r in recognisers if r is not None]
        # Shields with equal keys mask the same text the same way.
        self.key = tuple((r.kind, r.pattern.pattern) for r in self._recognisers)
        self._seen: dict[str, tuple[str, tuple[str, ...]]] = {}  # text -> _mask(text)

    def __call__(self, text: str) -> str:
        if not self._recognisers:  # an audience that may see all of her data
            return text
        return self._mask(text)[0]

    def found(self, text: str) -> list[str]:
        """The kinds of data (ADDRESS ...) this shield masks in text, each once."""
        return list(self._mask(text)[1])

    def _mask(self, text: str) -> tuple[str, tuple[str, ...]]:
        """_mask_text, once per distinct text: a logbook repeats its places and phrases, and a
        bundle shows each text to several papers."""
        seen = self._seen.get(text)
        if seen is None:
            masked, kinds = self._mask_text(text)
            seen = self._seen[text] = (masked, tuple(kinds))
        return seen

    def _mask_text(self, text: str) -> tuple[str, list[str]]:
        """The text with her data masked, and the kinds masked. The text is searched as typed,
        then as a reader sees it (shield.fold: '０４７０', '＠', zero-width spaces). Only when
        the folded copy holds more of her data is it returned, masked: text that holds none
        is never changed, not even folded."""
        masked, kinds = self._mask_as_is(text)
        folded = fold(masked)
        if folded != masked:
            refolded, more = self._mask_as_is(folded)
            if more:
                masked = refolded
                kinds += [kind for kind in more if kind not in kinds]
        return masked, kinds

    def _mask_as_is(self, text: str) -> tuple[str, list[str]]:
        kinds = []
        for recogniser in self._recognisers:
            masked = recogniser.sub(text, self._placeholders[recogniser.kind])
            if masked != text and recogniser.kind not in kinds:
                kinds.append(recogniser.kind)
            text = masked
        return text, kinds

    def file_name(self, number: int, original: str) -> str:
        """The name a bundle gives the copy of an evidence file: '004-autodeur.png', masked."""
        return evidence_file_name(number, original, self, self._masked_name)

    def found_in_file(self, number: int, path: str) -> list[str]:
        """The kinds of her data in an evidence path: as the case writes it (a single render
        prints it masked) and in the name its bundle copy would get."""
        kinds = self.found(path)

        def mask(text: str) -> str:
            masked, more = self._mask(text)
            kinds.extend(kind for kind in more if kind not in kinds)
            return masked

        evidence_file_name(number, PurePath(path).name, mask)
        return kinds


def free_texts(case: Case) -> list[tuple[KeyPath, str]]:
    """Every free text a document shows to an audience that may not see all her data,
    with its key path: what the Shield masks, and what `validate` checks."""
    texts: list[tuple[KeyPath, str | None]] = [
        (("respondent", "description"), case.respondent.description)
    ]
    if case.complaint is not None:
        texts.append((("complaint", "harm"), case.complaint.harm))
        texts += [(("complaint", "requested_measures", j), m)
                  for j, m in enumerate(case.complaint.requested_measures)]
    texts += [(("police_reports", i, "summary"), r.summary) for i, r in enumerate(case.police_reports)]
    texts += [(("witnesses", i, "relation"), w.relation) for i, w in enumerate(case.witnesses)]
    for i, piece in enumerate(case.evidence):
        texts += [(("evidence", i, "description"), piece.description), (("evidence", i, "file"), piece.file)]
    for i, incident in enumerate(case.incidents):
        texts += [(("incidents", i, "location"), incident.location),
                  (("incidents", i, "place"), incident.place),
                  (("incidents", i, "description"), incident.description)]
    texts += [(("notices", i, "text"), n.text) for i, n in enumerate(case.notices)]
    if case.request is not None:
        texts.append((("request", "urgency"), case.request.urgency))
        if case.request.restraining_order is not None:
            texts += [(("request", "restraining_order", "places", j), place)
                      for j, place in enumerate(case.request.restraining_order.places)]
    return [(path, text) for path, text in texts if text]


