"""The rules a valid case obeys across its blocks, and the warnings a lawyer would give.

Reference and file checks read the raw data, so that they are reported even when
another part of the file has a type error; the rest read the validated Case.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from ..i18n import N_, _, ngettext
from ..errors import KeyPath, Problem, Severity
from ..hashing import changed_note, matches_record, sha256_file
from ..paths import NotARegularFile, kind_of, open_regular
from ..seal.names import MANIFEST, SUMS
from . import national_number
from .model import Case, Gender, Knows, Procedure

# Loose on purpose (legal-be.md): e.g. TG.69.L3.00572/24 or GE.55.L3.012345/2026.
PV_NUMBER = re.compile(r"^[A-Z]{2}\.\d{2}\.[A-Z0-9]{1,3}\.\d{4,6}/\d{2}(\d{2})?$")


def _warning(path: KeyPath, message: str) -> Problem:
    return Problem(path, message, severity=Severity.WARNING)


def _items(data: Any, key: str) -> Iterator[tuple[int, dict]]:
    items = data.get(key) if isinstance(data, dict) else None
    if isinstance(items, list):
        for index, item in enumerate(items):
            if isinstance(item, dict):
                yield index, item


def _ids(data: dict, block: str, key: str = "id") -> tuple[set[str], list[Problem]]:
    seen: dict[str, int] = {}
    problems = []
    for index, item in _items(data, block):
        value = item.get(key)
        if value is None:
            continue
        value = str(value)
        if value in seen:
            problems.append(
                Problem(
                    (block, index, key),
                    _("`{value}` is already used by {block}[{index}]; every {key} in `{block}` must be unique")
                      .format(value=value, block=block, index=seen[value], key=key),
                )
            )
        else:
            seen[value] = index
    return set(seen), problems


def check_references(data: Any) -> list[Problem]:
    """Unique ids, and every reference from an incident resolves."""
    if not isinstance(data, dict):
        return []
    witnesses, problems = _ids(data, "witnesses")
    evidence, more = _ids(data, "evidence")
    problems += more
    problems += _ids(data, "incidents")[1]
    problems += _ids(data, "notices")[1]
    for index, notice in _items(data, "notices"):
        refs = notice.get("evidence")
        for position, ref in enumerate(refs if isinstance(refs, list) else []):
            if ref is not None and str(ref) not in evidence:
                problems.append(Problem(("notices", index, "evidence", position),
                                        _("`{ref}` is not an id in `evidence`; add it there or correct the id")
                                          .format(ref=ref)))
    reports, more = _ids(data, "police_reports", "number")
    problems += more
    for index, incident in _items(data, "incidents"):
        for block, known in (("witnesses", witnesses), ("evidence", evidence)):
            refs = incident.get(block)
            if not isinstance(refs, list):
                continue
            for position, ref in enumerate(refs):
                if ref is not None and str(ref) not in known:
                    problems.append(
                        Problem(
                            ("incidents", index, block, position),
                            (_("`{ref}` is not an id in `{block}` (known: {known}); add it to `{block}` or "
                               "correct the id") if known else
                             _("`{ref}` is not an id in `{block}`; add it to `{block}` or correct the id"))
                            .format(ref=ref, block=block, known=", ".join(sorted(known))),
                        )
                    )
        problems += _message_references(index, incident.get("messages"), evidence)
        report = incident.get("police_report")
        if report is not None and str(report) not in reports:
            problems.append(
                Problem(
                    ("incidents", index, "police_report"),
                    _("PV `{report}` is not listed in `police_reports`; add it there (number, date, "
                      "police_zone) or correct the number").format(report=report),
                )
            )
    return problems


def _message_references(index: int, messages: Any, evidence: set) -> list[Problem]:
    """A quoted message names its export and its media by evidence id: each must resolve."""
    problems = []
    for position, message in enumerate(messages if isinstance(messages, list) else []):
        if not isinstance(message, dict):
            continue
        refs = [("evidence", message.get("evidence"))]
        attachments = message.get("attachments")
        refs += [(("attachments", n), ref) for n, ref in enumerate(attachments if isinstance(attachments, list) else [])]
        for where, ref in refs:
            if ref is not None and str(ref) not in evidence:
                path = ("incidents", index, "messages", position) + (where if isinstance(where, tuple) else (where,))
                problems.append(Problem(path, _("`{ref}` is not an id in `evidence`; the export and its media "
                                                "must stay recorded as evidence: add it back or correct the id")
                                                .format(ref=ref)))
    return problems


def check_evidence_files(data: Any, case_file: Path, *, hash_files: bool = True,
                         fingerprints: dict[str, tuple[str, int]] | None = None) -> list[Problem]:
    """Every evidence file lies inside the case folder, is a regular file other than the
    case file and is readable; a recorded sha256 still matches. The (sha256, size) of each
    file hashed is kept in fingerprints, by its path in the case."""
    base_dir = case_file.parent
    real_base, real_case = base_dir.resolve(), case_file.resolve()
    bundles: dict[Path, Path | None] = {}  # by folder: most evidence shares one folder
    problems = []
    for index, item in _items(data, "evidence"):
        name = item.get("file")
        if not isinstance(name, str) or not name.strip():
            continue
        where = ("evidence", index, "file")
        resolved = (base_dir / name).resolve()
        problem = _file_problem(base_dir, name, resolved if resolved.is_relative_to(real_base) else None)
        if problem:
            problems.append(Problem(where, problem))
            continue
        if resolved == real_case:
            problems.append(Problem(where, _("`{name}` is the case file itself, with every personal detail in "
                                             "it; it can be no evidence for the court. Name the evidence file")
                                             .format(name=name)))
            continue
        if resolved.parent not in bundles:
            bundles[resolved.parent] = _enclosing_bundle(resolved, real_base)
        bundle = bundles[resolved.parent]
        if bundle is not None:
            problems.append(_warning(where, _("`{name}` lies inside {bundle}/, a bundle filings made, which "
                                              "holds the confidential contact sheet and the manifest: record "
                                              "the original evidence file instead")
                                              .format(name=name, bundle=bundle.name)))
        recorded = item.get("sha256")
        path = base_dir / name
        try:
            if hash_files and isinstance(recorded, str) and re.fullmatch(r"[0-9a-fA-F]{64}", recorded.strip()):
                actual, size = sha256_file(path)
                if fingerprints is not None:
                    fingerprints[name] = (actual, size)
                if not matches_record(recorded, actual):
                    problems.append(Problem(("evidence", index, "sha256"),
                                            _("file `{name}` no longer matches its recorded sha256 "
                                              "({changed_note}): it changed since intake; restore the original "
                                              "from a backup")
                                              .format(name=name, changed_note=changed_note(recorded, actual))))
            else:
                open_regular(path).close()
        except NotARegularFile:
            problems.append(Problem(where, _("`{name}` is no longer a regular file; restore the original")
                                             .format(name=name)))
        except OSError as exc:
            problems.append(Problem(where, _("file `{name}` cannot be read: {reason}")
                                             .format(name=name, reason=exc.strerror)))
    return problems


def _enclosing_bundle(path: Path, base_dir: Path) -> Path | None:
    """The bundle folder (SHA256SUMS beside manifest.json) that holds path, if any."""
    for folder in path.parents:
        if not folder.is_relative_to(base_dir):
            return None
        if (folder / SUMS).is_file() and (folder / MANIFEST).is_file():
            return folder
    return None


def _file_problem(base_dir: Path, name: str, path: Path | None) -> str | None:
    """Why an evidence path cannot be used, or None. Checked without opening the file.
    path: the file with symlinks followed, None when that lies outside base_dir."""
    if path is None:
        # A case file from someone else could otherwise pull any readable file (the
        # password file, another case) into papers for the court and the respondent.
        return _("`{name}` lies outside the case folder ({folder}); evidence must be inside it. Copy the file "
                 "in with `filings evidence add` and record the copy").format(name=name, folder=base_dir)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return _("file `{name}` does not exist (looked in {folder}); paths are relative to the case file's "
                 "folder").format(name=name, folder=(base_dir / name).parent)
    except OSError as exc:
        return _("file `{name}` cannot be read: {reason}").format(name=name, reason=exc.strerror)
    if not stat.S_ISREG(mode):
        return _("`{name}` is a {kind}, not a file; evidence is a regular file").format(name=name,
                                                                                      kind=kind_of(mode))
    return None


def check_case(case: Case, today: date | None = None) -> list[Problem]:
    """Rules across blocks of a case whose every field is valid, then warnings. today: the
    date the documents are made (how old the last incident is), when known."""
    return [
        *_dates_after_births(case),
        *_parties(case),
        *_national_number_consistency(case),
        *_reference_without_her_data(case),
        *_enforceable_bans(case),
        *_warnings(case),
        *_court_warnings(case, today),
    ]


# A place a ban can name: it states an address (a house number with a street word or a
# postal code and city), so that he can know where he may not go (legal-review-1.md §3).
_HOUSE_NUMBER = re.compile(r"\b\d{1,4}[a-zA-Z]?\b")
_STREET_OR_CITY = re.compile(
    r"\b[1-9]\d{3}\s+\w|(straat|laan|weg|plein|lei|dreef|kaai|markt|vest|baan|dijk|singel|"
    r"steenweg|pad|hof|square|rue|avenue|chaussée|place|boulevard)\b", re.IGNORECASE)


def _enforceable_bans(case: Case) -> Iterator[Problem]:
    """A restraining order he can know and obey: every place states an address the papers
    print. Her confidential address would be masked in them, so it cannot be one."""
    request = case.request
    if request is None or request.restraining_order is None:
        return
    from ..privacy import Audience
    from ..privacy.shield import Shield

    shield = Shield(case.victim, Audience.court)
    for j, place in enumerate(request.restraining_order.places):
        path = ("request", "restraining_order", "places", j)
        if "address" in shield.found(place):
            yield Problem(path, _("is the victim's confidential address, which the court papers mask: a ban "
                                  "around an address he cannot read cannot be enforced. Remove the place and "
                                  "rely on the distance from her person (`around_person: true`), or decide with "
                                  "your lawyer to state the address (and set `address_confidential: false`)"))
        elif not (_HOUSE_NUMBER.search(place) and _STREET_OR_CITY.search(place)):
            yield Problem(path, _("names no address (a street and number, or a postal code and city): he cannot "
                                  "know where he may not go, so the ban cannot be enforced. Write the address "
                                  "he already knows (e.g. 'haar werkplaats, UZ Gent, Corneel Heymanslaan 10, "
                                  "9000 Gent'), or remove the place and rely on the distance from her person "
                                  "(`around_person: true`)"))


def _court_warnings(case: Case, today: date | None) -> Iterator[Problem]:
    """What a lawyer would say about a court request before it is filed."""
    request = case.request
    if request is None:
        return
    from ..lang import words
    from ..plan import legal
    from ..plan.numbering import chronological

    incidents = chronological(case)
    if today is not None and incidents:
        gap = (today - incidents[-1].date).days
        limit = legal.STALE_AFTER_DAYS[request.procedure.value]
        if gap > limit:
            yield _warning(("incidents",),
                           (_("the last incident is {days} days old ({date}); after {limit} days the urgency "
                              "of an ex parte petition (absolute necessity) is open to dispute: add the recent "
                              "incidents, or talk to your lawyer about another procedure")
                            if request.procedure is Procedure.ex_parte else
                            _("the last incident is {days} days old ({date}); after {limit} days the urgency "
                              "of kort geding (art. 584 Ger.W.) is open to dispute: add the recent incidents, "
                              "or talk to your lawyer about another procedure"))
                           .format(days=gap, date=incidents[-1].date.isoformat(), limit=limit))
    if request.procedure is Procedure.ex_parte and incidents and today is not None \
            and legal.necessity_grounds(incidents, today)["weak"]:
        yield _warning(("request", "procedure"),
                       _("ex_parte needs absolute necessity, and no incident is violence and none in the last "
                         "{recent_days} days has him coming near her (home, work, following, waiting, "
                         "surveillance): a judge may refuse the petition. A summons (kort geding, if need be at "
                         "short notice) is the safer choice; keep ex_parte only if your lawyer can show the "
                         "necessity otherwise").format(recent_days=legal.RECENT_DAYS))
    for index, notice in enumerate(case.notices):
        if not notice.evidence:
            yield _warning(("notices", index, "evidence"),
                           _("no piece proves this notice: the court papers cite it as the proof that he knew. "
                             "Add a screenshot of the message, a copy of the letter or the proof of sending "
                             "under `evidence` and list its id here"))
    if case.respondent.relationship in legal.FAMILY_RELATIONSHIPS and case.respondent.relationship_end is None:
        yield _warning(("respondent", "relationship_end"),
                       _("is missing: a judge asks when the relationship ended; add it as `relationship_end: "
                         "YYYY-MM-DD` under respondent"))
    if not case.notices:
        yield _warning(("notices",),
                       _("no notice recorded: the court papers must show that he knew or should have known; add "
                         "each time he was told to stop (a message, a letter, the police) under `notices`, if "
                         "there was one"))
    if request.urgency and words(case.language).FIRST_PERSON.search(request.urgency):
        yield _warning(("request", "urgency"),
                       _("is written in the first person; the summons and the petition speak in the lawyer's "
                         "voice, so they quote it as hers: write it in the third person (eiseres, haar) to make "
                         "it the lawyer's argument"))


def _dated(case: Case) -> Iterator[tuple[KeyPath, date, list[str]]]:
    """Every dated fact, with the witnesses it involves."""
    for i, incident in enumerate(case.incidents):
        yield ("incidents", i, "date"), incident.date, incident.witnesses
    for i, piece in enumerate(case.evidence):
        if piece.date is not None:
            yield ("evidence", i, "date"), piece.date, []
    for i, report in enumerate(case.police_reports):
        yield ("police_reports", i, "date"), report.date, []


def _dates_after_births(case: Case) -> Iterator[Problem]:
    births = {w.id: (_("witness {id}").format(id=w.id), w.birth_date) for w in case.witnesses if w.birth_date}
    parties = [(_("the victim"), case.victim.birth_date), (_("the respondent"), case.respondent.birth_date)]
    for path, when, witness_ids in _dated(case):
        people = parties + [births[w] for w in witness_ids if w in births]
        for who, born in people:
            if born is not None and when < born:
                yield Problem(
                    path,
                    _("{when} lies before the birth of {who} ({born}); check both dates")
                      .format(when=when.isoformat(), who=who, born=born.isoformat()),
                )


def _parties(case: Case) -> Iterator[Problem]:
    respondent = case.respondent
    if not respondent.named and respondent.address is None and not respondent.description:
        yield Problem(
            ("respondent",),
            _("the respondent has neither a name nor an address: add a `description` (appearance, vehicle, how "
              "he makes contact) so that the police can identify him"),
        )
    request = case.request
    if request is not None:
        if not respondent.named or respondent.address is None:
            yield Problem(
                ("request",),
                _("a court request needs the respondent's first name, last name and address (art. 702, 2° "
                  "Ger.W.); complete `respondent` or remove `request`"),
            )
        if request.procedure is Procedure.ex_parte:
            if case.lawyer is None:
                yield Problem(
                    ("request", "procedure"),
                    _("an ex parte petition must be signed by a lawyer (art. 1026, 5° Ger.W.): add a `lawyer` "
                      "block, or use `procedure: summons`"),
                )
            if request.urgency is None:
                yield Problem(
                    ("request",),
                    _("an ex parte petition must show absolute necessity (volstrekte noodzakelijkheid): add "
                      "`urgency` explaining why a summons would be too late"),
                )
    yield from _confidential_address_elsewhere(case)
    if case.victim.address_confidential and case.lawyer is None and case.victim.elected_domicile is None:
        yield Problem(
            ("victim", "address_confidential"),
            _("a confidential address needs another address to show: add a `lawyer` block (the lawyer's office "
              "becomes the elected domicile) or `victim.elected_domicile`"),
        )
    complaint = case.complaint
    if complaint is not None and complaint.prosecutor_office is None:
        if complaint.addressee.value == "prosecutor":
            yield Problem(
                ("complaint",),
                _("a complaint to the prosecutor needs `prosecutor_office` (the parket, e.g. Oost-Vlaanderen)"),
            )
        elif complaint.injured_party_declaration:
            yield Problem(
                ("complaint",),
                _("the injured-party declaration is addressed to a prosecutor's office: add `prosecutor_office` "
                  "(the parket of the place of the facts, e.g. Oost-Vlaanderen)"),
            )


def _street(address) -> tuple[str, str]:
    """The street and postal code, however the street is capitalised, accented or spaced."""
    street = unicodedata.normalize("NFKD", address.street).encode("ascii", "ignore").decode()
    return "".join(c for c in street.casefold() if c.isalnum()), address.postal_code.strip()


def _same_place(a, b) -> bool:
    """The same house, however the street is capitalised, accented or spaced (box ignored)."""
    return (a is not None and b is not None and _street(a) == _street(b)
            and a.number.strip().casefold() == b.number.strip().casefold())


def _confidential_address_elsewhere(case: Case) -> Iterator[Problem]:
    """Her confidential address typed where a court paper prints it as someone else's."""
    victim = case.victim
    if not victim.address_confidential:
        return
    if _same_place(victim.elected_domicile, victim.address):
        yield Problem(
            ("victim", "elected_domicile"),
            _("is the confidential address itself, and the summons prints the elected domicile: elect domicile "
              "at your lawyer's office or another address where post reaches you"))
    for i, witness in enumerate(case.witnesses):
        near = _near_her(witness.address, victim.address)
        if near == "address":
            yield Problem(
                ("witnesses", i, "address"),
                _("is the victim's confidential address, and the witness form goes to the court and the "
                  "respondent: leave `address` out so that the witness writes a domicile on the form by hand "
                  "(or give another address where post reaches the witness)"))
        elif near:
            # The witness's own address, so not refused; but beside her name on a paper he
            # receives it tells him where to look for her.
            yield _warning(
                ("witnesses", i, "address"),
                (_("is in the same building as the victim's confidential address, and the witness form, which "
                   "states it, goes to the court and the respondent: he would learn the building where she "
                   "lives. Leave `address` out and give it to the court separately, or ask the lawyer how the "
                   "witness can state a domicile") if near == "building" else
                 _("is in the same street as the victim's confidential address, and the witness form, which "
                   "states it, goes to the court and the respondent: he would learn the street where she lives. "
                   "Leave `address` out and give it to the court separately, or ask the lawyer how the witness "
                   "can state a domicile")))


def _near_her(theirs, hers) -> str:
    """'address' (her home itself, or a box that cannot be told apart), 'building' (another
    box at her number), 'street' (another number in her street and postal code) or ''."""
    if theirs is None or hers is None or _street(theirs) != _street(hers):
        return ""
    if not _same_place(theirs, hers):
        return "street"
    boxes = [(a.box or "").strip().casefold() for a in (theirs, hers)]
    return "building" if all(boxes) and boxes[0] != boxes[1] else "address"


def _national_number_consistency(case: Case) -> Iterator[Problem]:
    victim = case.victim
    if victim.national_number is None:
        return
    encoded = national_number.birth_date(victim.national_number)
    if victim.birth_date and encoded and encoded != victim.birth_date:
        yield _warning(
            ("victim", "national_number"),
            _("the national number encodes birth date {encoded}, not {birth_date}; check both")
              .format(encoded=encoded.isoformat(), birth_date=victim.birth_date.isoformat()),
        )
    if victim.gender in (Gender.female, Gender.male):
        male = national_number.is_male(victim.national_number)
        if male != (victim.gender is Gender.male):
            yield _warning(
                ("victim", "national_number"),
                _("the national number's sequence digits are registered for the other sex than `gender`; check "
                  "the number"),
            )


_FOUND = {"address": N_("confidential address"), "phone": N_("phone number"), "email": N_("e-mail address"),
          "national_number": N_("national number")}  # in this order


def _typed_confidential_data(case: Case) -> Iterator[Problem]:
    from ..plan.numbering import numbered_evidence
    from ..privacy import Audience
    from ..privacy.shield import (  # imported late: loading stays light
        Shield,
        free_texts,
    )

    shield = Shield(case.victim, Audience.court)  # court and witnesses see the least of her data
    numbers = {id(piece): number for number, piece in numbered_evidence(case)}
    for path, text in free_texts(case):
        if path[0] == "witnesses" and path[-1] == "relation":
            continue  # printed nowhere: the witness form asks the witness instead
        if path[-1] == "file":  # also what the bundle's name for its copy would show
            kinds = shield.found_in_file(numbers[id(case.evidence[path[1]])], text)
        else:
            kinds = shield.found(text)
        if not kinds:
            continue
        what = _what(kinds)
        # The value itself is never repeated: warnings end up in terminals and logs.
        if path[-1] == "file":
            advice = _("the bundle names its copy from masked text (your file keeps its name)")
        else:
            advice = _("documents for the court and witnesses print [... afgeschermd] there: rephrase it (e.g. "
                       "'haar woning') if that reads badly")
        yield _warning(path, _("mentions the victim's {what}; {advice}").format(what=what, advice=advice))


def _what(kinds: list[str]) -> str:
    found = [_(_FOUND[kind]) for kind in _FOUND if kind in kinds]
    return found[0] if len(found) == 1 else _("{items} and {last}").format(items=", ".join(found[:-1]),
                                                                            last=found[-1])


def _reference_without_her_data(case: Case) -> Iterator[Problem]:
    """The reference is printed in every document, in their properties and in manifest.json.
    It is an identifier: masking it would leave odd, colliding ids, so it is refused instead,
    by the rule of the court (shown()): her national number always, her phone and e-mail
    always, her address when it is confidential."""
    from ..privacy import Audience
    from ..privacy.shield import Shield

    kinds = Shield(case.victim, Audience.court).found(case.reference)
    if kinds:
        yield Problem(
            ("reference",),
            _("holds the victim's {what}; the reference is printed in every document (also for the court and "
              "the respondent), in their properties and in manifest.json: choose a reference without personal "
              "data, e.g. a date and initials (DOS-2026-11-EJ)").format(what=_what(kinds)),
        )


def _address_known_contradicted(case: Case) -> Iterator[Problem]:
    """`knows_victim_address: no` is what the complaint tells the prosecutor: a fact at her
    home, surveillance, or his words naming where she lives say otherwise (legal-review-1.md
    §1). Her old home cannot be told apart here: a warning, for her to decide."""
    if case.respondent.knows_victim_address is not Knows.no:
        return
    from ..lang import words

    said = words(case.language).KNOWS_ADDRESS
    for i, incident in enumerate(case.incidents):
        kinds = {kind.value for kind in incident.kinds}
        if kinds & {"home_visit", "surveillance"} or said.search(incident.description):
            yield _warning(("incidents", i),
                           _("happened at her home or names where she lives, but "
                             "`respondent.knows_victim_address` is `no`: the complaint would tell the "
                             "prosecutor he does not know her address. If this was her present home, set it to "
                             "`yes` (or `unknown`); if it was an earlier home, keep `no`"))


def _quoted_messages(case: Case) -> Iterator[Problem]:
    """A quoted message belongs to the incident of its day and cites a piece the incident
    lists: the papers print 'stuk N, bericht van <day>' under that incident."""
    for i, incident in enumerate(case.incidents):
        for m, message in enumerate(incident.messages):
            day = message.sent.date()
            if day != incident.date:
                yield _warning(("incidents", i, "messages", m, "sent"),
                               _("the message was sent on {day}, but the incident is dated {date}: move it to "
                                 "an incident of that day, or check the date")
                                 .format(day=day.isoformat(), date=incident.date.isoformat()))
            if message.evidence not in incident.evidence:
                yield _warning(("incidents", i, "messages", m, "evidence"),
                               _("`{evidence}` holds the message but is not in the incident's `evidence`: add "
                                 "it there, so that the papers cite it for this fact")
                                 .format(evidence=message.evidence))


def _warnings(case: Case) -> Iterator[Problem]:
    yield from _typed_confidential_data(case)
    yield from _address_known_contradicted(case)
    from ..lang import words

    first_person = words(case.language).FIRST_PERSON
    for i, incident in enumerate(case.incidents):
        if incident.place and first_person.search(incident.place):
            yield _warning(("incidents", i, "place"),
                           _("is in the first person, but a witness signs the form that prints it ('mijn "
                             "woning' would be the witness's home), so the form shows a neutral label instead: "
                             "write it in the third person, e.g. 'bij de woning van' and her name"))
    complaint = case.complaint
    if complaint and complaint.injured_party_declaration and not complaint.harm:
        yield _warning(("complaint", "harm"),
                       _("is empty: the harm is the core of the injured-party declaration (art. 5bis V.T.Sv.); "
                         "describe it (fear, sleep, work, costs), or fill it in by hand before you sign"))
    yield from _quoted_messages(case)
    for i, report in enumerate(case.police_reports):
        if not PV_NUMBER.match(report.number):
            yield _warning(
                ("police_reports", i, "number"),
                _("`{number}` does not look like a PV number (e.g. GE.55.L3.012345/2026); copy it from the "
                  "attest van klachtneerlegging").format(number=report.number),
            )
    report_dates = {r.number: r.date for r in case.police_reports}
    for i, incident in enumerate(case.incidents):
        made = report_dates.get(incident.police_report or "")
        if made is not None and made < incident.date:
            yield _warning(("incidents", i, "police_report"),
                           _("PV {number} is dated {made}, before this fact ({date}): a PV covers only what "
                             "happened before it was made; correct the date of either, or the number")
                           .format(number=incident.police_report, made=made.isoformat(),
                                   date=incident.date.isoformat()))
    for i, incident in enumerate(case.incidents):
        if not incident.witnesses and not incident.evidence and not incident.police_report:
            yield _warning(
                ("incidents", i),
                _("no witness and no evidence: add a screenshot, photo or witness if there is one"),
            )
    if not case.incidents:
        yield _warning(("incidents",), _("the logbook has no incidents yet"))
    if not case.police_reports:
        yield _warning(
            ("police_reports",),
            _("no complaint filed yet: file one at the police (a PV starts the file), then add its number here"),
        )
    if case.request and case.request.procedure is Procedure.ex_parte and not case.victim.profession:
        yield _warning(
            ("victim", "profession"),
            _("the petition must state the petitioner's profession (art. 1026 Ger.W.): add `profession` (or "
              "e.g. 'zonder beroep')"),
        )
    if case.request and case.request.procedure is Procedure.summons and case.request.urgency is None:
        yield _warning(
            ("request",),
            _("kort geding needs urgency (spoedeisendheid, art. 584 Ger.W.): add `urgency`"),
        )


# The facts one warning names (the follow-up complaint lists them all): a logbook that was
# never reported would otherwise give one line naming thousands.
NAMED_AT_MOST = 10


def unreported_incidents(case: Case, today: date, line_of) -> list[Problem]:
    """One warning naming every fact older than register.UNREPORTED_AFTER_DAYS that the
    follow-up complaint adds (no PV covers it, and it lies on or after the day of the
    latest PV), with its key path and line (line_of: the source map's). Without any PV
    the warning at `police_reports` says to file the complaint itself; a fact before the
    latest PV is presumed told then (register.py), and the follow-up complaint names it."""
    from . import register

    facts = register.unreported(case, today)
    latest = register.latest_report(case)
    facts = [f for f in facts if latest is not None and f.incident.date >= latest.date]
    if not facts:
        return []
    named = ", ".join(_("incidents[{index}] (line {line}, {date})").format(
        index=f.index, line=line_of(("incidents", f.index)), date=f.incident.date.isoformat())
        for f in facts[:NAMED_AT_MOST])
    count = len(facts)
    if count > NAMED_AT_MOST:
        more = count - NAMED_AT_MOST
        named += ngettext(" and {more} more", " and {more} more", more).format(more=more)
    return [_warning(
        ("incidents", facts[0].index),
        ngettext("{count} fact older than {days} days has no PV: {named}. File a complaint for it: the "
                 "follow-up complaint (aanvullende klacht) lists the facts since PV {number}; then record the "
                 "new PV and the facts it covers with `filings pv add`",
                 "{count} facts older than {days} days have no PV: {named}. File a complaint for them: the "
                 "follow-up complaint (aanvullende klacht) lists the facts since PV {number}; then record the "
                 "new PV and the facts it covers with `filings pv add`", count)
        .format(count=count, days=register.UNREPORTED_AFTER_DAYS, named=named, number=latest.number))]
