"""The case file (format 1) as pydantic models: the project's public interface.

Field names are the keys of shared/case-format.md. Per-field rules live here (types,
the text policy, the national-number checksum, dates not after the day the documents
are made); rules that look across the case live in filings.rules.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Callable, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    model_validator,
)

from ..i18n import N_, _
from .national_number import normalise as normalise_national_number
from .text import normalise_text, refuse_forbidden

FORMAT = 1


AFTER_DOCUMENT_DATE = N_("lies after the date of the documents")  # a door may say how to change that date


def _not_after_today(value: date | None, info: ValidationInfo) -> date | None:
    today = (info.context or {}).get("today")
    if value is not None and today is not None and value > today:
        raise ValueError(
            _("{date} {lies_after} ({today}); check the year, or the date the documents are made")
            .format(date=value.isoformat(), lies_after=_(AFTER_DOCUMENT_DATE), today=today.isoformat())
        )
    return value


def _refuse_integer_time(value: object) -> object:
    # YAML 1.1 reads 07:45 as the sexagesimal integer 465; a YAML 1.2 file never does this.
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValueError(_('write the time as HH:MM in quotes, e.g. "07:45"'))
    return value


Line = Annotated[
    str,
    BeforeValidator(lambda v: normalise_text(v, multiline=False) if isinstance(v, str) else v),
    Field(min_length=1),
]
Text = Annotated[
    str,
    BeforeValidator(lambda v: normalise_text(v, multiline=True) if isinstance(v, str) else v),
    Field(min_length=1),
]
PastDate = Annotated[date, AfterValidator(_not_after_today)]
FutureOrPastDate = date  # a name that a field called `date` cannot shadow
Clock = Annotated[time, BeforeValidator(_refuse_integer_time)]
Identifier = Annotated[
    str,
    Field(
        min_length=1,
        max_length=40,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$",
        description="Your own short id: letters, digits, '-', '_' or '.', e.g. W1 or E12.",
    ),
]
Amount = Annotated[Decimal, Field(gt=0, max_digits=12, decimal_places=2)]
Sha256 = Annotated[
    str,
    BeforeValidator(lambda v: v.strip().lower() if isinstance(v, str) else v),
    Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the file, 64 hexadecimal digits."),
]


class _Block(BaseModel):
    # Unknown keys are errors: a typo must never silently drop data.
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True, frozen=True)


class Gender(str, Enum):
    female = "female"
    male = "male"
    other = "other"


class Relationship(str, Enum):
    ex_partner = "ex_partner"
    partner = "partner"
    family = "family"
    neighbour = "neighbour"
    colleague = "colleague"
    acquaintance = "acquaintance"
    stranger = "stranger"
    unknown = "unknown"


class EvidenceKind(str, Enum):
    photo = "photo"
    video = "video"
    audio = "audio"
    letter = "letter"
    message = "message"
    email = "email"
    screenshot = "screenshot"
    social_media = "social_media"
    medical = "medical"
    police_report = "police_report"
    statement = "statement"
    other = "other"


class IncidentKind(str, Enum):
    calls = "calls"
    messages = "messages"
    letters = "letters"
    social_media = "social_media"
    email = "email"
    following = "following"
    waiting = "waiting"
    home_visit = "home_visit"
    work_visit = "work_visit"
    damage = "damage"
    threat = "threat"
    violence = "violence"
    third_parties = "third_parties"
    gifts = "gifts"
    surveillance = "surveillance"
    other = "other"


class Partnership(str, Enum):
    marriage = "marriage"
    legal_cohabitation = "legal_cohabitation"
    de_facto = "de_facto"
    none = "none"
    unknown = "unknown"


class Knows(str, Enum):
    """Whether the respondent knows where the victim lives."""

    yes = "yes"
    no = "no"
    unknown = "unknown"


class NoticeBy(str, Enum):
    victim = "victim"
    lawyer = "lawyer"
    police = "police"
    prosecutor = "prosecutor"
    other = "other"


class NoticeChannel(str, Enum):
    message = "message"
    letter = "letter"
    registered_letter = "registered_letter"
    email = "email"
    social_media = "social_media"
    phone = "phone"
    in_person = "in_person"
    other = "other"


class Addressee(str, Enum):
    police = "police"
    prosecutor = "prosecutor"


class Procedure(str, Enum):
    summons = "summons"
    ex_parte = "ex_parte"


class Address(_Block):
    street: Line = Field(description="Street name (straat).")
    number: Line = Field(description="House number (huisnummer); quote it: \"112\".")
    box: Line | None = Field(None, description="Box number (bus), optional.")
    postal_code: Line = Field(description="Postal code (postcode); quote it: \"9000\".")
    city: Line = Field(description="Municipality (gemeente).")
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] = Field(
        "BE", description="ISO 3166 country code, default BE."
    )

    @model_validator(mode="after")
    def _belgian_postal_code(self) -> "Address":
        if self.country == "BE" and not re.fullmatch(r"[1-9]\d{3}", self.postal_code):
            raise ValueError(
                _("postal_code {postal_code!r}: a Belgian postal code has four digits (1000-9999); for an "
                  "address abroad set `country`").format(postal_code=self.postal_code)
            )
        return self


class Victim(_Block):
    """The victim (slachtoffer); in court the eiser(es) or verzoek(st)er."""

    first_name: Line = Field(description="First name (voornaam).")
    last_name: Line = Field(description="Last name (naam).")
    gender: Gender = Field(description="Decides the grammar: eiseres / eiser / eisende partij.")
    birth_date: PastDate | None = Field(None, description="Date of birth, YYYY-MM-DD.")
    birth_place: Line | None = Field(None, description="Place of birth.")
    national_number: Annotated[str, AfterValidator(normalise_national_number)] | None = Field(
        None,
        description="Rijksregisternummer YY.MM.DD-XXX.CC (quoted); checksum validated. "
        "Only shown to the police and the prosecutor.",
    )
    nationality: Line | None = Field(None, description="Nationality, in Dutch (e.g. Belgische).")
    profession: Line | None = Field(None, description="Profession (beroep).")
    address: Address = Field(description="Register address (woonplaats, art. 32 Ger.W.).")
    phone: Line | None = Field(None, description="Phone number.")
    email: Line | None = Field(None, description="E-mail address.")
    address_confidential: bool = Field(
        False,
        description="Keep address, phone and e-mail out of every document the respondent or a "
        "witness may see; they show the elected domicile instead.",
    )
    elected_domicile: Address | None = Field(
        None,
        description="Elected domicile (gekozen woonplaats, art. 39 Ger.W.) when it is not the "
        "lawyer's office.",
    )


class Respondent(_Block):
    """The person who stalks (belager); in court verweerder / verweerster."""

    first_name: Line | None = Field(None, description="First name, if known.")
    last_name: Line | None = Field(None, description="Last name, if known.")
    gender: Gender | None = Field(None, description="female | male | other, if known.")
    birth_date: PastDate | None = Field(None, description="Date of birth, if known.")
    birth_place: Line | None = Field(None, description="Place of birth, if known.")
    profession: Line | None = Field(None, description="Profession, if known.")
    address: Address | None = Field(None, description="Address, if known.")
    relationship: Relationship = Field(
        Relationship.unknown, description="How the respondent knows the victim."
    )
    description: Text | None = Field(
        None,
        description="What the respondent looks like, his vehicle: required when name and "
        "address are unknown.",
    )
    partnership: Partnership = Field(
        Partnership.unknown,
        description="Whether the parties are or were married, legal cohabitants or lived together "
        "de facto: with children_together, decides the family-court pointer for the lawyer.",
    )
    children_together: bool | None = Field(
        None, description="Whether the parties have children together (unknown when left out)."
    )
    knows_victim_address: Knows = Field(
        Knows.unknown,
        description="yes | no | unknown: whether he knows where she lives. Decides what the "
        "complaint and the contact sheet may claim; `no` with incidents at her home is a warning.",
    )
    relationship_end: PastDate | None = Field(
        None, description="When the relationship with the victim ended, for an ex-partner: the "
        "court papers state it."
    )
    phones: list[Line] = Field(default_factory=list, description="Phone numbers he uses.")
    online_accounts: list[Line] = Field(
        default_factory=list, description="Accounts he uses, e.g. 'Instagram @name'."
    )

    @property
    def named(self) -> bool:
        return bool(self.first_name and self.last_name)


class Lawyer(_Block):
    """The victim's lawyer (advocaat, raadsman)."""

    first_name: Line
    last_name: Line
    bar: Line = Field(description="The bar (balie) the lawyer belongs to, e.g. Gent.")
    address: Address = Field(description="Office address: the elected domicile.")
    phone: Line | None = None
    email: Line | None = None


class Complaint(_Block):
    """The written complaint (klacht)."""

    addressee: Addressee = Field(Addressee.police, description="police | prosecutor")
    police_zone: Line | None = Field(None, description="Police zone, e.g. PZ Gent.")
    prosecutor_office: Line | None = Field(
        None,
        description="Public prosecutor's office (parket), e.g. Oost-Vlaanderen: needed when "
        "the complaint or the injured-party declaration goes to the prosecutor.",
    )
    injured_party_declaration: bool = Field(
        False, description="Also declare oneself benadeelde persoon (art. 5bis V.T.Sv.)."
    )
    harm: Text | None = Field(
        None, description="The harm suffered (fear, sleep, work, costs): stated in the complaint."
    )
    requested_measures: list[Text] = Field(
        default_factory=list,
        description="Investigative acts to ask for, beyond the standard ones the complaint lists.",
    )


class PoliceReport(_Block):
    """An earlier complaint: a proces-verbaal (PV). It covers the incidents whose
    `police_report` is its number (`filings pv add` records both, `filings pv list` shows
    them); the facts no PV covers since the latest PV go in the follow-up complaint."""

    number: Line = Field(description="PV number, e.g. GE.55.L3.012345/2026; unique in the list: "
                         "the incidents it covers name it in their `police_report`.")
    date: PastDate = Field(description="The day the complaint was made (the date of the PV).")
    police_zone: Line | None = Field(None, description="The police zone that drew it up, e.g. PZ Gent.")
    prosecutor_reference: Line | None = Field(
        None, description="The parket's notitienummer, when known, e.g. GE.20.L1.001234/26."
    )
    summary: Text | None = None


class Witness(_Block):
    """A witness (getuige); the statement form is pre-filled with these fields."""

    id: Identifier
    first_name: Line
    last_name: Line
    birth_date: PastDate | None = None
    birth_place: Line | None = None
    profession: Line | None = None
    address: Address | None = None
    relation: Text | None = Field(
        None,
        description="Her note of how the witness knows the parties (kinship, subordination, "
        "cooperation, common interest). Not printed: the witness writes the relation to each "
        "party on the form (art. 961/2 Ger.W.).",
    )
    phone: Line | None = None
    email: Line | None = None


class Evidence(_Block):
    """A piece of evidence (bewijsstuk), numbered 'stuk N' in the bundle."""

    id: Identifier
    kind: EvidenceKind
    description: Text
    date: PastDate | None = None
    file: Line | None = Field(
        None, description="Path relative to the case file; none for paper evidence."
    )
    sha256: Sha256 | None = Field(
        None, description="Recorded at intake and checked at every bundle."
    )
    size: Annotated[int, Field(ge=0)] | None = Field(None, description="File size in bytes at intake.")


class MessageKind(str, Enum):
    message = "message"
    media = "media"  # a photo, video, voice note or file (its name, or an 'omitted' marker)
    deleted = "deleted"  # 'This message was deleted': that he wrote and took back is a fact
    edited = "edited"
    system = "system"


class ClockNote(str, Enum):
    ambiguous = "ambiguous"  # the hour occurred twice (autumn clock change): the earlier is given
    nonexistent = "nonexistent"  # the hour was skipped (spring clock change): the phone's clock is given


def _aware(value: object) -> object:
    # A YAML loader reads an unquoted timestamp as a datetime and drops its offset.
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError(_('write the time in quotes with its UTC offset, e.g. "2026-03-12T23:14:00+01:00"'))
    return value


MessageText = Annotated[
    str,
    AfterValidator(refuse_forbidden),  # kept exactly as exported: no stripping, no newline changes
    Field(min_length=1),
]


class QuotedMessage(_Block):
    """One message he sent, quoted in an incident with the evidence that holds it: written by
    `filings import` (with its place in the export and a key), or by hand from a screenshot."""

    evidence: Identifier = Field(description="The evidence id of the export the message comes from.")
    sent: Annotated[AwareDatetime, BeforeValidator(_aware)] = Field(
        description="When it was sent, with its UTC offset: \"2026-03-12T23:14:00+01:00\"."
    )
    sender: Line = Field(description="The sender as the export writes him.")
    text: MessageText | None = Field(None, description="The text exactly as exported.")
    kind: MessageKind = Field(MessageKind.message, description="message | media | deleted | edited | system")
    source: Line | None = Field(
        None, description="Where it stands in the export: 'line 412' or a JSON path (written by an import)."
    )
    key: Annotated[str, Field(pattern=r"^[0-9a-f]{16}$")] | None = Field(
        None, description="Stable key of an imported message: an import skips a message whose key is recorded."
    )
    attachments: list[Identifier] = Field(default_factory=list, description="Evidence ids of its media.")
    clock: ClockNote | None = Field(
        None, description="ambiguous | nonexistent: the export's local time fell in a clock change."
    )


class Incident(_Block):
    """One fact in the logbook (logboek)."""

    id: Identifier | None = Field(None, description="Optional id, e.g. I12.")
    date: PastDate
    time: Clock | None = Field(None, description="HH:MM, optional.")
    end_time: Clock | None = Field(None, description="HH:MM, optional; after `time`.")
    location: Line | None = Field(None, description="Where it happened (or the channel), in her words.")
    place: Line | None = Field(
        None,
        description="The place in the third person (aan de woning van het slachtoffer): what a "
        "court paper prints when `location` is in her words, and the place a witness form "
        "names (else a label from `kinds`; never `location`).",
    )
    kinds: list[IncidentKind] = Field(min_length=1, description="What happened, one or more.")
    description: Text = Field(description="What happened, with the literal words in quotes.")
    witnesses: list[Identifier] = Field(default_factory=list, description="Witness ids.")
    evidence: list[Identifier] = Field(default_factory=list, description="Evidence ids.")
    police_report: Line | None = Field(
        None,
        description="Number of the PV that recorded it (one of `police_reports`): the register of "
        "which PV covers which fact. Left out: no PV covers it yet, and once it is older than two "
        "weeks `validate` says to file a complaint.",
    )
    messages: list[QuotedMessage] = Field(
        default_factory=list,
        description="The messages of a chat export this incident quotes (written by `filings import`).",
    )

    @model_validator(mode="after")
    def _end_after_start(self) -> "Incident":
        if self.end_time is not None and self.time is None:
            raise ValueError(_("`end_time` needs a `time` to start from"))
        if self.end_time is not None and self.time is not None and self.end_time <= self.time:
            raise ValueError(
                _("end_time {end_time:%H:%M} is not after time {time:%H:%M}; an incident past midnight is two "
                  "entries").format(end_time=self.end_time, time=self.time)
            )
        return self


class Notice(_Block):
    """A time he was told to stop: the proof that he knew or should have known."""

    id: Identifier | None = Field(None, description="Optional id, e.g. N1.")
    date: PastDate
    by: NoticeBy = Field(description="Who told him: victim | lawyer | police | prosecutor | other.")
    channel: NoticeChannel = Field(
        description="How: message | letter | registered_letter | email | social_media | phone | "
        "in_person | other."
    )
    text: Text | None = Field(None, description="What he was told, literally where possible.")
    evidence: list[Identifier] = Field(default_factory=list, description="Evidence ids that prove it.")


class CircleMember(_Block):
    """Someone in her circle (family, a friend, a colleague, an employer, a school) who gets
    a letter asking not to pass on her data."""

    name: Line = Field(description="How the letter greets them, e.g. 'Mama', 'Lotte', 'Mevrouw Claes'.")
    formal: bool = Field(False, description="true to write 'u' instead of 'je' (an employer, a school).")


class RestrainingOrder(_Block):
    """Straatverbod: keep a distance from named places he can know, and from her person."""

    distance_m: Annotated[int, Field(gt=0, le=100_000)] = Field(
        description="Distance in metres."
    )
    places: list[Text] = Field(
        default_factory=list,
        description="Places to keep away from, each with an address the papers state (a street "
        "and number, a workplace with its address): a ban around an address the papers do not "
        "state cannot be enforced.",
    )
    around_person: bool = Field(
        True, description="Also keep the distance from her person, wherever she is."
    )

    @model_validator(mode="after")
    def _keeps_away_from_something(self) -> "RestrainingOrder":
        if not self.places and not self.around_person:
            raise ValueError(_("the restraining order names no place and `around_person` is false: it bans "
                               "nothing; add `places` or set `around_person: true`"))
        return self


class Hearing(_Block):
    """When and where the summons calls the respondent, once the court roll gives it."""

    date: FutureOrPastDate | None = Field(None, description="Day of the hearing.")
    time: Clock | None = Field(None, description="Hour of the hearing, HH:MM.")
    place: Line | None = Field(None, description="Court building and room.")


class Request(_Block):
    """The request to the president of the court in kort geding."""

    procedure: Procedure = Field(description="summons (dagvaarding) | ex_parte (verzoekschrift)")
    court: Line = Field(
        description="e.g. Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Gent."
    )
    restraining_order: RestrainingOrder | None = None
    contact_ban: bool = Field(False, description="Contactverbod by any means, also through others.")
    penalty_eur: Amount = Field(description="Dwangsom per breach, in euro.")
    penalty_max_eur: Amount | None = Field(None, description="Cap on the dwangsom, in euro.")
    urgency: Text | None = Field(
        None, description="Why it is urgent; for ex_parte why it is absolutely necessary."
    )
    hearing: Hearing | None = Field(
        None,
        description="Place, day and hour of the hearing (art. 702, 5° Ger.W.); left blank "
        "in the summons for the bailiff when not given.",
    )

    @model_validator(mode="after")
    def _asks_for_something(self) -> "Request":
        if self.restraining_order is None and not self.contact_ban:
            raise ValueError(
                _("the request asks for nothing: add `restraining_order` or `contact_ban: true`")
            )
        if self.penalty_max_eur is not None and self.penalty_max_eur < self.penalty_eur:
            raise ValueError(_("`penalty_max_eur` is below `penalty_eur`; the cap must be higher"))
        return self


class Case(_Block):
    """A stalking case: the victim's logbook, evidence, witnesses and parties."""

    model_config = ConfigDict(
        title="filings case file (format 1)",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format: Literal[1] = Field(description="Case-file format version; always 1.")
    reference: Line = Field(description="Your own file reference, e.g. DOS-2026-014.")
    language: Literal["nl", "fr"] = Field(
        "nl", description="Language of the documents: nl (Dutch) or fr (French). For one run, "
                          "`filings bundle --language fr` (or `render --language fr`) makes them in the "
                          "other language, and `--language nl,fr` makes one bundle with both sets.")
    victim: Victim
    respondent: Respondent
    lawyer: Lawyer | None = None
    complaint: Complaint | None = None
    police_reports: list[PoliceReport] = Field(default_factory=list)
    witnesses: list[Witness] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list)
    notices: list[Notice] = Field(
        default_factory=list,
        description="Every time he was told to stop (a message, a letter, the police): the court "
        "papers argue from it that he knew or should have known.",
    )
    circle: list[CircleMember] = Field(
        default_factory=list,
        description="The people her circle letter goes to, one letter each; without names, one "
        "general letter.",
    )
    request: Request | None = None

    def time_order(self) -> list[int]:
        """The indices of `incidents` in the order they happened (date, time, then as listed),
        as every paper numbers the facts. Sorted once per case: a bundle asks for it dozens of
        times (each witness form), and at 20,000 incidents each sort costs 30 ms. The list is
        kept beside the incidents list it was sorted from, so a copy with other incidents
        (model_copy) sorts its own."""
        return self.derived("time_order", lambda: sorted(range(len(self.incidents)),
                                                         key=lambda index: _when(self.incidents[index], index)))

    def derived(self, name: str, build: Callable[[], Any]) -> Any:
        """What build() computes from the incidents, computed once per incidents list (see
        time_order): kept beside the list it came from, so a copy with other incidents
        computes its own."""
        held = self.__dict__.get(f"_derived_{name}")
        if held is None or held[0] is not self.incidents or held[1] != len(self.incidents):
            held = (self.incidents, len(self.incidents), build())
            self.__dict__[f"_derived_{name}"] = held  # not a field: never dumped, compared or validated
        return held[2]


def _when(incident: Incident, index: int) -> tuple:
    return incident.date, incident.time or time.min, index


def json_schema() -> dict:
    return Case.model_json_schema()
