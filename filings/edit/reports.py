"""Recording a new police report (PV) and the incidents it covers: the library behind
`filings pv add` (the CLI only parses and prints).

Like every daily edit, one validated, atomic write under the case's edit lock: the new
PV is inserted as text after the last item of `police_reports` (or as a new block), and
each incident it covers gets a `police_report:` line (or, with --replace, the new
number in place of the other PV's), every other byte kept. Where the
text cannot be spliced with certainty (see splice.py), the case is rewritten in full through the round-trip
loader, comments kept. Either way the candidate must read back as the old data plus
exactly this change, and validate, before it replaces the case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..i18n import _
from . import intake, splice
from ..errors import FilingsError
from ..load.loader import LoadedCase
from ..load.register import Fact, numbered_facts
from .batch import CaseText, _write_checked, read_for_edit
from .session import edit_lock, editable, new_mapping, remove_leftovers, save


class PVRefused(FilingsError):
    """The PV cannot be recorded as asked; the message names the key and line."""


@dataclass(frozen=True)
class NewReport:
    number: str
    date: date
    police_zone: str | None = None
    prosecutor_reference: str | None = None  # the parket's notitienummer
    summary: str | None = None
    covers: list[str] = field(default_factory=list)  # incident ids or `log list` numbers


@dataclass(frozen=True)
class ReportAdded:
    number: str
    covered: list[Fact]  # the facts it now covers, in time order (as saved)
    moved: list[tuple[Fact, str]]  # facts taken from another PV (--replace), with that PV
    case: LoadedCase  # the case as saved
    written: str  # "inserted" or "rewritten"
    recovered: list[str] = field(default_factory=list)


def add_police_report(path: Path, report: NewReport, today: date, *, replace: bool = False,
                      read: CaseText | None = None) -> ReportAdded:
    """Add the PV to `police_reports` and set its number as `police_report` of each
    incident it covers, in one write under the case's edit lock.

    Refused, nothing written: a PV number the case has already; an incident that does
    not exist; an incident another PV covers, unless replace (the new PV then covers it).
    """
    path = path.resolve()
    with edit_lock(path):
        current = read if read is not None and _unchanged(read, path, today) else read_for_edit(path, today)
        notes = remove_leftovers(path, current.loaded)
        indexes, moved = _check(current, report, replace)
        text = None if current.is_json else _spliced(current, report, indexes)
        expected = _expected(current, report, indexes)
        saved, written = None, "inserted"
        if text is not None:
            saved = _write_checked(current, text, expected, today)
        if saved is None:
            saved, written = _rewrite(current, report, indexes, expected, today), "rewritten"
    facts = [f for f in numbered_facts(saved.case) if f.index in indexes]
    by_index = {f.index: f for f in facts}
    return ReportAdded(report.number, facts, [(by_index[i], old) for i, old in moved], saved, written, notes)


def _unchanged(read: CaseText, path: Path, today: date) -> bool:
    from .batch import _still_current

    return _still_current(read, path, today) is not None


def _line(current: CaseText, key: str, index: int) -> str:
    node = splice.top_level(current.root, key)
    try:
        return f"line {node.value[index].start_mark.line + 1}"
    except (AttributeError, IndexError):
        return "line ?"


def _check(current: CaseText, report: NewReport, replace: bool) -> tuple[list[int], list[tuple[int, str]]]:
    """The indexes of the incidents it covers and those it takes from another PV; refuse
    what cannot be recorded, before anything is written."""
    case = current.loaded.case
    for i, existing in enumerate(case.police_reports):
        if existing.number == report.number:
            raise PVRefused(
                _("PV {number} is already recorded: police_reports[{index}] ({line} of {file}); a PV number is "
                  "recorded once. Nothing was written.")
                  .format(number=report.number, index=i, line=_line(current, 'police_reports', i),
                          file=current.path.name))
    indexes: list[int] = []
    for reference in report.covers:
        try:
            index = intake.find_incident(current.loaded, reference)
        except intake.Refused as exc:
            raise PVRefused(_("--covers {reference}: {problem}. Nothing was written.")
                              .format(reference=reference, problem=exc)) from None
        if index not in indexes:
            indexes.append(index)
    later = [i for i in indexes if case.incidents[i].date > report.date]
    if later:
        index = later[0]
        raise PVRefused(
            _("incidents[{index}] ({line} of {file}) happened on {date}, after the PV of {pv_date}: a PV covers "
              "only what happened before it was made. Check --date, or leave it out of --covers. Nothing was "
              "written.")
              .format(index=index, line=_line(current, 'incidents', index), file=current.path.name,
                      date=case.incidents[index].date.isoformat(), pv_date=report.date.isoformat()))
    taken = [(i, case.incidents[i].police_report) for i in indexes if case.incidents[i].police_report]
    if taken and not replace:
        index, other = taken[0]
        raise PVRefused(
            _("incidents[{index}] ({line} of {file}) is already covered by PV {other} (its `police_report`); a "
              "fact is covered by one PV. Leave it out of --covers, or pass --replace to have the new PV cover "
              "it instead. Nothing was written.")
              .format(index=index, line=_line(current, 'incidents', index), file=current.path.name,
                      other=other))
    return sorted(indexes), taken


def _report_item(report: NewReport) -> dict:
    values = {"number": report.number, "date": report.date, "police_zone": report.police_zone,
              "prosecutor_reference": report.prosecutor_reference, "summary": report.summary}
    return {k: v for k, v in values.items() if v not in (None, "")}


def _expected(current: CaseText, report: NewReport, indexes: list[int]) -> dict:
    """The plain data the case must read as after the edit."""
    data = current.data
    item = _report_item(report)
    if current.is_json:
        item["date"] = report.date.isoformat()
    expected = dict(data, police_reports=list(data.get("police_reports") or []) + [item])
    if indexes:
        incidents = expected["incidents"] = list(data["incidents"])
        for index in indexes:
            incidents[index] = {**incidents[index], "police_report": report.number}
    return expected


def _spliced(current: CaseText, report: NewReport, indexes: list[int]) -> str | None:
    """The text with the PV and the incidents' links inserted, or None where splice.py
    cannot say with certainty where they go. Links first: an insertion at the end of the
    file must put the last incident's line before a new `police_reports:` block."""
    text, root = current.text, current.root
    case = current.loaded.case
    changes = []
    for index in indexes:
        if case.incidents[index].police_report:  # --replace: the other PV's number goes
            changes.append(splice.replace_value(text, root, "incidents", index, "police_report", report.number))
        else:
            link = splice.add_key(text, root, "incidents", index, "police_report", report.number)
            changes.append(link and (link.offset, link.offset, link.text))
    item = dict(_report_item(report))
    item["date"] = date.fromordinal(report.date.toordinal())
    block = splice.append_items(text, root, "police_reports", [new_mapping(item, False)])
    changes.append(block and (block.offset, block.offset, block.text))
    if None in changes:
        return None
    pieces, last = [], 0
    for start, end, new in sorted(changes, key=lambda c: c[0]):  # stable: links before the block
        pieces += [text[last:start], new]
        last = end
    return "".join(pieces) + text[last:]


def _rewrite(current: CaseText, report: NewReport, indexes: list[int], expected: dict,
             today: date) -> LoadedCase:
    """The full round-trip rewrite, comments kept: any layout, and --replace."""
    edit = editable(current.path, current.text)
    item = _report_item(report)
    item["date"] = report.date.isoformat() if edit.is_json else date.fromordinal(report.date.toordinal())
    edit.block("police_reports").append(new_mapping(item, edit.is_json))
    for index in indexes:
        edit.document["incidents"][index]["police_report"] = report.number
    return save(edit, today, expected=expected)
