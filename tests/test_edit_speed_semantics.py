"""Daily edits insert text: the case after an edit is its old bytes with the new items
inserted, reads as the full rewrite would, and a refused edit changes nothing."""

from __future__ import annotations

import codecs
import shutil
from datetime import date, time
from pathlib import Path

import pytest

from filings.edit.batch import NewEvidence, add_batch, id_source, read_for_edit
from filings.load.casefile import parse_case_text
from filings.edit.session import next_id
from filings.errors import FilingsError
from filings.edit.logbook import NewIncident
from filings.load.model import IncidentKind

TODAY = date(2026, 11, 26)
DEMO = Path(__file__).resolve().parent.parent / "examples" / "demo" / "case.yaml"

HEAD = """\
# my case: keep this comment
format: 1
reference: "DOS-2026-014"   # quoted on purpose
language: nl
victim: {first_name: Sarah, last_name: Peeters, gender: female,
         address: {street: Markt, number: "1", postal_code: "8000", city: Brugge}}
respondent: {first_name: Kevin, last_name: De Smet, gender: male}

witnesses:
  - id: W1
    first_name: Lotte
    last_name: Vermeulen   # colleague
"""

TWO_SPACES = HEAD + """\
incidents:
  - id: I1
    date: 2026-01-28
    kinds: [calls]
    description: |
      Veertien oproepen.

      Ik heb niet opgenomen.
    witnesses: [W1]   # she heard it

# the request comes later
"""

FOUR_SPACES = HEAD.replace("  - id: W1\n    first_name: Lotte\n    last_name: Vermeulen",
                           "    -   id: W1\n        first_name: Lotte\n        last_name: Vermeulen") + """\
incidents:
    -   id: I1
        date: 2026-01-28
        kinds:
            - calls
        description: Veertien oproepen.
"""

COLUMN_ZERO = HEAD + """\
incidents:
- id: I1
  date: 2026-01-28
  kinds:
  - calls
  description: 'Veertien oproepen.'
request_note_absent: null
""".replace("request_note_absent: null\n", "")

NASTY = [
    'Hij zei: "Ik vind je wel." # niet grappig',
    "- begint met een streep",
    "key: value, [haakjes] {accolades} & *ster &anker !tag %procent @at `backtick`",
    "no", "yes", "null", "~", "07:45", "2026-03-12", "0o17", "1e3", ".inf", "true",
    "'enkele' en \"dubbele\" aanhalingstekens",
    "   spaties vooraan",
    "Drie regels:\n  ingesprongen regel\nlaatste — met é, 😉 en שלום",
    "eerste regel\n\nna een lege regel",
]


def incident(description: str = "Zes oproepen na middernacht.", **more) -> NewIncident:
    return NewIncident(date=date(2026, 11, 20), kinds=[IncidentKind.calls], description=description, **more)


def write(tmp_path: Path, text: str, *, newline: str = "\n", bom: bool = False) -> Path:
    path = tmp_path / "case.yaml"
    data = text.replace("\n", newline).encode("utf-8")
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def inserted(before: bytes, after: bytes) -> bytes:
    """The bytes inserted at one place; fails unless after is before plus them."""
    start = next((i for i, (a, b) in enumerate(zip(before, after)) if a != b), len(before))
    added = len(after) - len(before)
    assert added > 0 and after[:start] + after[start + added:] == before
    return after[start:start + added]


def rewritten_data(path: Path, **batch) -> dict:
    """What the full round-trip rewrite makes of the same batch, as plain data."""
    from filings.edit import batch as module

    copy = path.with_name("rewritten.yaml")
    copy.write_bytes(path.read_bytes())
    read = read_for_edit(copy, TODAY)
    plan = module._plan(read.loaded, batch.get("incidents", []), batch.get("evidence", []), [])
    module._rewrite(read, plan, TODAY)
    return parse_case_text(copy, copy.read_text(encoding="utf-8-sig"))[0]


@pytest.mark.parametrize("layout", [TWO_SPACES, FOUR_SPACES, COLUMN_ZERO], ids=["2", "4", "0"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("bom", [False, True], ids=["", "bom"])
def test_an_incident_is_inserted_after_the_last_one_and_nothing_else_changes(tmp_path, layout, newline, bom):
    path = write(tmp_path, layout, newline=newline, bom=bom)
    before = path.read_bytes()
    expected = rewritten_data(path, incidents=[incident(witness_ids=["W1"])])
    result = add_batch(path, incidents=[incident(witness_ids=["W1"])], today=TODAY)
    assert result.written == "inserted"
    new = inserted(before, path.read_bytes()).decode("utf-8")
    dash = {TWO_SPACES: "  - ", FOUR_SPACES: "    -   ", COLUMN_ZERO: "- "}[layout]
    keys = " " * len(dash)
    nested = {TWO_SPACES: "  - ", FOUR_SPACES: "    -   ", COLUMN_ZERO: "- "}[layout]
    assert new == newline.join([
        f"{dash}id: I2", f"{keys}date: 2026-11-20", f"{keys}kinds:", f"{keys}{nested}calls",
        f"{keys}description: Zes oproepen na middernacht.", f"{keys}witnesses:", f"{keys}{nested}W1", ""])
    assert parse_case_text(path, path.read_text(encoding="utf-8-sig"))[0] == expected
    assert path.read_bytes().startswith(codecs.BOM_UTF8) == bom


def test_the_new_item_goes_after_a_trailing_comment_and_before_what_follows(tmp_path):
    path = write(tmp_path, TWO_SPACES)
    add_batch(path, incidents=[incident()], today=TODAY)
    text = path.read_text()
    assert "    witnesses: [W1]   # she heard it\n  - id: I2\n" in text
    assert text.endswith("Zes oproepen na middernacht.\n\n# the request comes later\n")


@pytest.mark.parametrize("nasty", NASTY)
def test_nasty_text_reads_back_as_typed(tmp_path, nasty):
    path = write(tmp_path, TWO_SPACES)
    before = path.read_bytes()
    name = nasty.splitlines()[0].strip() or "x"
    entry = incident(nasty, location=name, new_witnesses=[(name, "Janssens")])
    expected = rewritten_data(path, incidents=[entry])
    result = add_batch(path, incidents=[entry], today=TODAY)
    assert result.written == "inserted"
    data = parse_case_text(path, path.read_text())[0]
    assert data == expected
    assert data["incidents"][-1]["location"] == name and data["witnesses"][-1]["first_name"] == name
    # What the model keeps is what was typed (lines' trailing blanks aside).
    assert result.case.case.incidents[-1].description == nasty.strip()
    assert path.read_bytes().startswith(before[:before.index(b"incidents:")])


def test_new_blocks_are_added_at_the_end_when_absent(tmp_path):
    text = HEAD.split("witnesses:")[0] + "# last line\n"
    path = write(tmp_path, text)
    result = add_batch(path, incidents=[incident(new_witnesses=[("Marie", "Dubois")])], today=TODAY)
    assert result.written == "inserted"
    # After the last value of the file, before the comment and blank line that follow it.
    assert path.read_text() == text.replace("\n\n# last line\n", "\n" + (
        "witnesses:\n  - id: W1\n    first_name: Marie\n    last_name: Dubois\n"
        "incidents:\n  - id: I1\n    date: 2026-11-20\n    kinds:\n      - calls\n"
        "    description: Zes oproepen na middernacht.\n    witnesses:\n      - W1\n") + "\n# last line\n")


@pytest.mark.parametrize("links, after", [
    ("    witnesses: [W1]   # she heard it\n", "    witnesses: [W1]   # she heard it\n    evidence:\n      - E1\n"),
    ("    evidence: [E0]\n", "    evidence: [E0, E1]\n"),
    ("    evidence: []\n", "    evidence: [E1]\n"),
    ("    evidence:\n      - E0   # first\n", "    evidence:\n      - E0   # first\n      - E1\n"),
])
def test_linking_evidence_edits_the_incident_in_place(tmp_path, links, after):
    text = TWO_SPACES.replace("    witnesses: [W1]   # she heard it\n", links)
    if "E0" in links:
        (tmp_path / "old.txt").write_text("old")
        text = text.replace("incidents:", "evidence:\n  - {id: E0, kind: other, description: oud, file: old.txt}\n"
                                          "incidents:")
    path = write(tmp_path, text)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"a photo")
    result = add_batch(path, evidence=[NewEvidence(photo, "Foto: 'de auto' #2", incident="I1")], today=TODAY)
    assert result.written == "inserted"
    new_id = result.evidence[0].id
    assert result.case.case.incidents[0].evidence[-1] == new_id
    after = after.replace("E1", new_id)
    new = path.read_text()
    assert after in new
    # Besides the link, one insertion: the new evidence item (or a new `evidence:` block).
    piece = inserted(text.encode(), new.replace(after, links, 1).encode()).decode()
    assert f"- id: {new_id}\n" in piece and """description: "Foto: 'de auto' #2"\n""" in piece


@pytest.mark.parametrize("layout", [
    TWO_SPACES.replace("incidents:\n  - id: I1", "incidents: [{id: I1, date: 2026-01-28, kinds: [calls], "
                                                 "description: x}]\nunused:\n  - id: I1").split("unused:")[0],
    TWO_SPACES.split("incidents:")[0] + "incidents: []\n",
    TWO_SPACES.split("\n\n# the request")[0],
    TWO_SPACES.replace("kinds: [calls]", "kinds: &k [calls]") + "  - id: I0\n    date: 2026-01-29\n"
                                                               "    description: x\n    kinds: *k\n",
], ids=["flow", "empty-list", "no-final-newline", "alias"])
def test_layouts_the_splice_leaves_alone_are_rewritten_in_full(tmp_path, layout):
    # (An empty `incidents:` does not validate: that edit is refused, as before.)
    path = write(tmp_path, layout)
    expected = rewritten_data(path, incidents=[incident()])
    result = add_batch(path, incidents=[incident()], today=TODAY)
    assert result.written == "rewritten"
    assert parse_case_text(path, path.read_text())[0] == expected


def test_an_item_in_flow_style_is_followed_by_a_block_item(tmp_path):
    path = write(tmp_path, TWO_SPACES.replace("kinds: [calls]", "kinds: &k [calls]")
                 + "  - {id: I0, date: 2026-01-29, description: x,\n     kinds: *k}   # flow\n")
    expected = rewritten_data(path, incidents=[incident()])
    result = add_batch(path, incidents=[incident()], today=TODAY)
    assert result.written == "inserted"
    assert "     kinds: *k}   # flow\n  - id: I3\n" in path.read_text()
    assert parse_case_text(path, path.read_text())[0] == expected


def test_a_json_case_is_rewritten_as_json(tmp_path):
    path = tmp_path / "case.json"
    path.write_text('{"format": 1, "reference": "R-1", "language": "nl", '
                    '"victim": {"first_name": "S", "last_name": "P", "gender": "female", '
                    '"address": {"street": "Markt", "number": "1", "postal_code": "8000", "city": "Brugge"}}, '
                    '"respondent": {"first_name": "K", "last_name": "D", "gender": "male"}}')
    result = add_batch(path, incidents=[incident()], today=TODAY)
    assert result.written == "rewritten"
    assert '"incidents": [' in path.read_text()


def test_a_refused_edit_leaves_every_byte_and_takes_the_copies_back(tmp_path):
    path = write(tmp_path, TWO_SPACES, newline="\r\n", bom=True)
    before = path.read_bytes()
    photo = tmp_path / "elders" / "foto.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"a photo")
    with pytest.raises(FilingsError, match="the change would make the case invalid"):
        add_batch(path, incidents=[incident(end_time=time(10, 0), files=[photo])], today=TODAY)
    assert path.read_bytes() == before
    assert not list((tmp_path / "bewijs").glob("*"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_case_that_does_not_validate_is_refused_before_anything(tmp_path):
    path = write(tmp_path, TWO_SPACES.replace("gender: female", "gender: vrouw"))
    before = path.read_bytes()
    with pytest.raises(FilingsError, match="does not validate; nothing was changed"):
        add_batch(path, incidents=[incident()], today=TODAY)
    assert path.read_bytes() == before


def test_five_hundred_incidents_in_one_write(tmp_path, monkeypatch):
    import filings.edit.batch

    path = write(tmp_path, TWO_SPACES)
    before = path.read_bytes()
    writes = []
    real = filings.edit.batch.write_atomic
    monkeypatch.setattr(filings.edit.batch, "write_atomic", lambda *a: writes.append(1) or real(*a))
    files = []
    for n in range(20):
        files.append(tmp_path / f"bericht-{n}.txt")
        files[-1].write_text(f"bericht {n}")
    entries = [incident(f"Bericht {n}: \"kom naar buiten\"", time=time(n % 24, n % 60),
                        files=[files[n]] if n < 20 else [], witness_ids=["W1"] if n % 2 else [])
               for n in range(500)]
    result = add_batch(path, incidents=entries, today=TODAY)
    assert writes == [1] and result.written == "inserted"
    assert [i.id for i in result.incidents] == [f"I{n}" for n in range(2, 502)]
    assert len(result.case.case.incidents) == 501 and len(result.case.case.evidence) == 20
    assert inserted(before, path.read_bytes()).count(b"\n  - id: I") == 499
    assert result.case.case.incidents[5].evidence == ["E5"]


def test_a_failure_in_the_middle_of_a_batch_leaves_case_and_evidence_folder_unchanged(tmp_path):
    path = write(tmp_path, TWO_SPACES)
    before = path.read_bytes()
    good = tmp_path / "goed.txt"
    good.write_text("goed")
    entries = [incident(files=[good]), incident(police_report="XX.00.A1.99999/2026"), incident()]
    with pytest.raises(FilingsError):
        add_batch(path, incidents=entries, evidence=[NewEvidence(good)], today=TODAY)
    assert path.read_bytes() == before
    assert not (tmp_path / "bewijs").exists() or not list((tmp_path / "bewijs").iterdir())


def test_the_reading_for_the_questions_is_reused_only_while_the_file_is_unchanged(tmp_path, monkeypatch):
    import filings.edit.batch

    path = write(tmp_path, TWO_SPACES)
    read = read_for_edit(path, TODAY)
    loads = []
    real = filings.edit.batch.read_for_edit
    monkeypatch.setattr(filings.edit.batch, "read_for_edit", lambda *a: loads.append(1) or real(*a))
    add_batch(path, incidents=[incident()], today=TODAY, read=read)
    assert loads == []
    add_batch(path, incidents=[incident()], today=TODAY, read=read)  # the file changed since
    assert loads == [1]
    assert [i.id for i in read_for_edit(path, TODAY).loaded.case.incidents] == ["I1", "I2", "I3"]


def test_ids_come_as_next_id_would_give_them():
    for existing, prefix in ([[None, None], "I"], [["I2", "I9", None], "I"], [["E1", "E3"], "E"], [[], "W"],
                             [["I1", "I3", "I4"], "I"]):
        source, grown = id_source(list(existing), prefix), list(existing)
        for _ in range(5):
            expected = next_id(grown, prefix)
            assert source() == expected
            grown.append(expected)


# What the full rewrite cannot write exactly is refused, never saved changed ------------

def _demo_copy(tmp_path):
    folder = tmp_path / "case"
    shutil.copytree(DEMO.parent, folder)
    return folder / "case.yaml"


def test_a_link_into_a_list_shared_by_an_anchor_is_refused_not_spread(tmp_path):
    case = _demo_copy(tmp_path)
    text = case.read_text(encoding="utf-8")
    text = text.replace("    evidence: [E2]\n", "    evidence: &shared [E2]\n", 1)
    text = text.replace("    evidence: [E3]\n", "    evidence: *shared\n", 1)
    case.write_text(text, encoding="utf-8")
    photo = tmp_path / "foto.png"
    photo.write_bytes(b"\x89PNG nieuw")
    before = sorted(p.name for p in (case.parent / "bewijs").iterdir())
    with pytest.raises(FilingsError, match="shares a list between places with a YAML anchor"):
        add_batch(case, evidence=[NewEvidence(photo, "Foto", incident="2")], today=TODAY)
    assert case.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in (case.parent / "bewijs").iterdir()) == before


def test_text_the_yaml_writer_would_change_is_refused_not_saved_changed(tmp_path):
    case = _demo_copy(tmp_path)
    text = case.read_text(encoding="utf-8")
    entry = NewIncident(date=date(2026, 11, 20), kinds=[IncidentKind.calls], description="voor\x85na")
    with pytest.raises(FilingsError, match="holds a character that YAML changes"):
        add_batch(case, incidents=[entry], today=TODAY)
    assert case.read_text(encoding="utf-8") == text
