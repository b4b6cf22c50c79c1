"""Who reads each document, and what of the victim's own data each may see (shield.py).

Audience lives here, apart from the shield, so that the registry of document kinds and
the CLI can name audiences without importing the model.
"""

from enum import Enum


class Audience(str, Enum):
    police = "police"  # complaint, declaration: the criminal file, which the suspect may consult
    police_only = "police_only"  # the contact sheet, which the police keep apart
    court = "court"  # summons, petition, index, logbook: the respondent receives them
    witness = "witness"  # a witness form: the witness, then the court and the respondent
    victim = "victim"  # the guide: the victim and those who help her
    respondent = "respondent"  # the stop message: he reads it
    circle = "circle"  # the circle letter: family, friends, colleagues, who may talk to him


# A witness form holds nothing the victim wrote (DESIGN.md principle 8), whatever template
# a lawyer writes: not her account of the incidents nor her `location` (the form names
# their dates, hours and neutral places only, as `moments`), her descriptions of the
# evidence or of him, nor her police summaries. Her note of the witness's `relation` is
# not in its context either: the witness writes the relation to each party.
WITHHELD_FROM_WITNESSES = ("incidents", "evidence", "police_reports", "respondent.description")
