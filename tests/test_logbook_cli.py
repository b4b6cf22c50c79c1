"""Keeping the logbook from the command line without ever damaging the case file."""

from __future__ import annotations

import difflib
import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from filings.cli import cli
from filings.load.loader import load_case

from conftest import DEMO, minimal_case


@pytest.fixture
def case(tmp_path) -> Path:
    folder = tmp_path / "zaak"
    shutil.copytree(DEMO.parent, folder)
    return folder / "case.yaml"


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def only_insertions(before: str, after: str) -> list[str]:
    """The lines added; fails if any existing line changed or moved."""
    matcher = difflib.SequenceMatcher(a=before.splitlines(True), b=after.splitlines(True), autojunk=False)
    added = []
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        assert tag in ("equal", "insert"), (tag, matcher.b[j1:j2])
        if tag == "insert":
            added += matcher.b[j1:j2]
    return added


def test_log_add_with_options_keeps_every_existing_byte(case):
    before = case.read_text()
    result = invoke("log", "add", case, "--date", "2026-11-20", "--time", "21:30", "--kind", "calls",
                    "--kind", "threat", "--location", "telefonisch",
                    "--description", 'Hij zei: "Ik vind je wel."\nDaarna drie oproepen.', "--witness", "W1")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"added incident I9 on 2026-11-20 to {case} (9 incidents)\n"
    added = only_insertions(before, case.read_text())
    assert "".join(added) == (
        "  - id: I9\n    date: 2026-11-20\n    time: 21:30\n    location: telefonisch\n"
        "    kinds:\n      - calls\n      - threat\n    description: |\n"
        '      Hij zei: "Ik vind je wel."\n      Daarna drie oproepen.\n    witnesses:\n      - W1\n'
    )
    incident = load_case(case).case.incidents[-1]
    assert incident.description == 'Hij zei: "Ik vind je wel."\nDaarna drie oproepen.'


def test_log_add_by_prompts_asks_again_until_valid(case):
    answers = "\n".join([
        "31/12/2026",        # refused: not YYYY-MM-DD
        "2026-11-21",
        "25:00",             # refused: no such time
        "22:05",
        "",                  # no end time
        "voor de deur",
        "bellen",            # refused: not a kind
        "home_visit, gifts",
        "Hij legde bloemen aan de deur",
        "met een kaartje: <3 & 😘",
        "",                  # end of the description
        "W2, Marie Dubois",  # an existing witness and a new one
        "",                  # no evidence files
        "",                  # no PV
    ]) + "\n"
    result = invoke("log", "add", case, input=answers)
    assert result.exit_code == 0, result.output
    assert "Error: write the date as YYYY-MM-DD" in result.stderr
    assert "Error: write the time as HH:MM" in result.stderr
    assert "Error: `bellen` is not a kind" in result.stderr
    assert "home_visit (aan de woning)" in result.stderr  # the Dutch names are shown
    loaded = load_case(case)
    incident = loaded.case.incidents[-1]
    assert (incident.date, incident.time.strftime("%H:%M"), incident.location) == (date(2026, 11, 21), "22:05", "voor de deur")
    assert [k.value for k in incident.kinds] == ["home_visit", "gifts"]
    assert incident.description == "Hij legde bloemen aan de deur\nmet een kaartje: <3 & 😘"
    assert incident.witnesses == ["W2", "W3"]
    assert (loaded.case.witnesses[-1].first_name, loaded.case.witnesses[-1].last_name) == ("Marie", "Dubois")


def test_log_add_date_defaults_to_today(case):
    answers = "\n" + "\n\nthuis\nsurveillance\nHij stond te kijken.\n\n\n\n\n"
    result = invoke("log", "add", case, input=answers)
    assert result.exit_code == 0, result.output
    assert load_case(case).case.incidents[-1].date == date.today()


def test_log_add_refuses_a_case_that_does_not_validate(case):
    broken = case.read_text().replace("gender: female", "gender: vrouw")
    case.write_text(broken)
    result = invoke("log", "add", case, "--kind", "calls", "--description", "x", "--date", "2026-11-20")
    assert result.exit_code == 1
    assert "does not validate; nothing was changed" in result.stderr
    assert "victim.gender" in result.stderr
    assert case.read_text() == broken


def test_an_unknown_pv_number_is_refused_before_anything_is_copied(case, tmp_path):
    before = case.read_text()
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"new photo")
    result = invoke("log", "add", case, "--kind", "calls", "--description", "x", "--date", "2026-11-20",
                    "--police-report", "XX.00.A1.99999/2026", "--evidence-file", photo)
    assert result.exit_code == 2
    assert "PV XX.00.A1.99999/2026 is not in `police_reports`" in result.stderr
    assert case.read_text() == before
    assert not (case.parent / "bewijs" / "foto.jpg").exists()


def test_a_change_that_would_break_the_case_is_refused(case, tmp_path):
    before = case.read_text()
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"new photo")
    # Values are checked one by one as they are given; the whole incident is validated
    # with the case before the file is replaced (an end time needs a start time).
    result = invoke("log", "add", case, "--kind", "calls", "--description", "x", "--date", "2026-11-20",
                    "--end-time", "10:00", "--evidence-file", photo)
    assert result.exit_code == 1
    assert "the change would make the case invalid; nothing was changed" in result.stderr
    assert "`end_time` needs a `time` to start from" in result.stderr
    assert case.read_text() == before
    assert not (case.parent / "bewijs" / "foto.jpg").exists()  # the copy is taken back
    assert not [p for p in case.parent.iterdir() if p.name.startswith(".")]


def test_an_interrupted_write_leaves_the_old_file_intact(case, monkeypatch):
    import filings.atomic

    before = case.read_bytes()

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(filings.atomic.os, "replace", interrupted)
    result = CliRunner().invoke(cli, ["log", "add", str(case), "--kind", "calls", "--description", "x",
                                      "--date", "2026-11-20"])
    assert result.exit_code != 0
    assert case.read_bytes() == before
    assert not [p for p in case.parent.iterdir() if p.name.startswith(".")]


def test_a_json_case_stays_json(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(minimal_case(), indent=2))
    result = invoke("log", "add", path, "--kind", "messages", "--description", "Nog een bericht.\nEn nog een.",
                    "--date", "2026-02-02", "--witness", "W1")
    assert result.exit_code == 0, result.output
    data = json.loads(path.read_text())
    assert data["incidents"][-1] == {"id": "I2", "date": "2026-02-02", "kinds": ["messages"],
                                     "description": "Nog een bericht.\nEn nog een.", "witnesses": ["W1"]}


def test_evidence_add_copies_hashes_and_links(case, tmp_path):
    original = tmp_path / "IMG 2041.jpg"
    original.write_bytes(b"\xff\xd8 a photo of the car")
    clash = case.parent / "bewijs" / "IMG 2041.jpg"
    clash.write_bytes(b"someone else's file")
    mtime = original.stat().st_mtime_ns
    result = invoke("evidence", "add", case, original, "--incident", "7",
                    "--description", "Foto van zijn auto voor mijn deur", "--date", "2026-05-03")
    assert result.exit_code == 0, result.output
    assert original.read_bytes() == b"\xff\xd8 a photo of the car" and original.stat().st_mtime_ns == mtime
    assert clash.read_bytes() == b"someone else's file"  # never overwritten
    copy = case.parent / "bewijs" / "IMG 2041-2.jpg"
    assert copy.read_bytes() == original.read_bytes()
    loaded = load_case(case)
    piece = loaded.case.evidence[-1]
    assert (piece.id, piece.kind.value, piece.file) == ("E9", "photo", "bewijs/IMG 2041-2.jpg")
    assert piece.sha256 == hashlib.sha256(original.read_bytes()).hexdigest() and piece.size == len(original.read_bytes())
    assert loaded.case.incidents[6].evidence == ["E9"]  # feit 7 in `log list` is the 7th in time
    assert result.stdout.startswith("added E9: bewijs/IMG 2041-2.jpg (sha256 ")


def test_evidence_add_prompts_for_a_description_and_skips_duplicates(case):
    known = case.parent / "bewijs" / "autodeur.png"
    other = case.parent.parent / "nieuw.txt"
    other.write_text("transcriptie")
    result = invoke("evidence", "add", case, known, other, input="Transcriptie van een voicemail\n")
    assert result.exit_code == 0, result.output
    assert "already recorded as E1; not copied again" in result.stderr
    pieces = load_case(case).case.evidence
    assert [p.id for p in pieces] == ["E1", "E2", "E3", "E4", "E5", "E6", "IG1", "E7", "E9"]
    assert pieces[-1].description == "Transcriptie van een voicemail"


def test_log_list_filters_and_counts(case):
    result = invoke("log", "list", case, "--since", "2026-03-01", "--kind", "threat")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[2].startswith("3       2026-03-02  06:30  telefonisch (voicemail)")
    assert lines[-3:] == ["2 incidents", "per kind:  threat 2, calls 1, social_media 1",
                          "per month: 2026-03 1, 2026-11 1"]


def test_evidence_list_shows_what_no_longer_matches(case):
    result = invoke("evidence", "list", case)
    assert result.exit_code == 0
    assert "E1   photo          2026-03-12  bewijs/autodeur.png" in result.stdout
    assert result.stdout.count(" ok\n") == 2 and "on paper" in result.stdout
    (case.parent / "bewijs" / "autodeur.png").write_bytes(b"changed")
    result = invoke("evidence", "list", case)
    assert result.exit_code == 1
    assert "CHANGED" in result.stdout
    assert "1 file(s) missing or changed: E1 CHANGED" in result.stderr


def test_new_ids_are_unique_and_stable():
    from filings.edit.session import next_id

    assert next_id([None, None, None], "I") == "I4"
    assert next_id(["I2", "I9", None], "I") == "I10"
    assert next_id(["E1", "E3"], "E") == "E4"
    assert next_id([], "W") == "W1"


def test_a_yaml_case_named_json_is_refused_with_a_fix_not_a_traceback(tmp_path):
    path = tmp_path / "case.json"
    path.write_text("# YAML\n" + json.dumps(minimal_case(), indent=2))  # YAML with a comment: not JSON
    before = path.read_bytes()
    result = invoke("log", "add", path, "--kind", "messages", "--description", "Nog een bericht.",
                    "--date", "2026-02-02")
    assert result.exit_code == 1
    assert "is named .json but is not JSON" in result.stderr and "rename it to .yaml" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("valid", [True, False])
def test_an_edit_pauses_the_cycle_collector_and_gives_it_back(case, monkeypatch, valid):
    """An edit reads the case with the collector paused (its rounds would walk the whole
    reading again), and leaves it running, also when the edit is refused."""
    import gc

    from filings.edit import batch

    seen = []
    real = batch.read_for_edit
    monkeypatch.setattr(batch, "read_for_edit", lambda *args: seen.append(gc.isenabled()) or real(*args))
    assert gc.isenabled()
    result = invoke("log", "add", str(case), "--kind", "calls", "--location", "telefonisch",
                    "--description", "Zes oproepen." if valid else "", "--date", "2026-11-20")
    assert (result.exit_code == 0) is valid, result.output
    assert seen and not any(seen)  # paused while the case was read
    assert gc.isenabled()
