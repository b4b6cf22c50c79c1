"""Complain every time (issue 13): the register of PVs (`filings pv add`, `pv list`), the
follow-up complaint that adds the facts no PV covers since the latest PV, and the
`validate` warning about facts older than two weeks that no PV covers."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from filings.cli import cli
from filings.load.loader import load_case
from filings.plan.documents import NotApplicable, find_document

from conftest import DEMO, TODAY, minimal_case
from docs_helpers import docx_text, render_all
from test_logbook_cli import only_insertions

FOLLOW_UP = "10-aanvullende-klacht.docx"
PV1, PV2, PV3 = "GE.55.L3.012345/2026", "GE.55.L3.023456/2026", "GE.55.L3.034567/2026"


@pytest.fixture
def case(tmp_path) -> Path:
    folder = tmp_path / "zaak"
    shutil.copytree(DEMO.parent, folder)
    return folder / "case.yaml"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), start=1) if line == text)


def follow_up_text(path) -> str:
    return docx_text(render_all(path)[FOLLOW_UP][1])


# --- the follow-up complaint -------------------------------------------------------------

def test_demo_follow_up_complaint_adds_exactly_the_facts_since_the_latest_pv():
    text = follow_up_text(DEMO)
    # facts 1-7 are covered by the two PVs; 8 (19 November, after the PV of 4 May) by none
    assert "Feit 8 — donderdag 19 november 2026, 21:40 — Instagram (nieuw account) — berichten of " \
           "reacties op sociale media en dreigende uitlatingen" in text
    assert text.count("Feit ") == 1
    assert "Deze klacht voegt 1 feit toe (feit 8): wat er sinds 4 mei 2026, de dag van mijn laatste " \
           f"klacht (PV {PV2}), gebeurde en nog in geen proces-verbaal staat." in text
    # the earlier PVs, with their notitienummer, and the file they join
    assert f"PV {PV1} van 3 februari 2026 (PZ Gent), notitienummer GE.20.L1.001234/26" in text
    assert f"PV {PV2} van 4 mei 2026 (PZ Gent), notitienummer GE.20.L1.001234/26" in text
    assert f"bij het dossier van de processen-verbaal {PV1} en {PV2} (notitienummer GE.20.L1.001234/26);" in text
    # her voice, her words, the support line, the pieces of this fact only
    assert "Bericht van een nieuw account, @k.ds.2026, nadat ik zijn vorige account had geblokkeerd: " \
           '"Je kan me niet blijven blokkeren. Ik vind je toch."\n\nStuk 8.' in text
    assert "Stuk 8: Afdruk van het bericht van @k.ds.2026" in text and "Stuk 7:" not in text
    assert "Stuk 9: mijn logboek" in text
    assert "Aan de politie, PZ Gent" in text
    assert "Opgemaakt te ______________________ op ______________________." in text
    assert "26 november 2026" not in text
    # police audience, confidential address: the shield of the complaint
    assert "Kortrijksesteenweg" not in text and "sarah.peeters@example.be" not in text


def demo_variant(case: Path, *uncover: str) -> Path:
    """The demo with the PV link of the incidents on these dates taken out."""
    text = case.read_text()
    for day in uncover:
        head, rest = text.split(f"  - date: {day}\n", 1)
        item, tail = rest.split("\n  - ", 1) if "\n  - " in rest else (rest, None)
        item = item.replace(f"    police_report: {PV2}\n", "").replace(f"\n    police_report: {PV2}", "")
        text = head + f"  - date: {day}\n" + item + (("\n  - " + tail) if tail is not None else "")
    case.write_text(text)
    return case


def test_demo_with_two_more_facts_unreported(case):
    text = follow_up_text(demo_variant(case, "2026-04-20", "2026-05-03"))
    assert "Deze klacht voegt 1 feit toe (feit 8)" in text  # they lie before the PV of 4 May
    assert "Mijn logboek vermeldt ook feiten 6 en 7 (20 april 2026 en 3 mei 2026), van vóór mijn laatste " \
           "klacht, zonder het nummer van een proces-verbaal. Als die feiten nog in geen proces-verbaal " \
           "staan, vraag ik ze mee op te nemen" in text
    assert "Feit 6 — " not in text and "Feit 7 — " not in text


def test_the_guide_lists_the_follow_up_complaint():
    guide = docx_text(render_all()["00-lees-eerst-gids.docx"][1])
    assert "Aanvullende klacht wegens belaging" in guide and FOLLOW_UP in guide


def with_reports(reports: list[dict], incidents: list[dict]) -> dict:
    data = minimal_case()
    data["police_reports"] = reports
    data["incidents"] = incidents
    return data


def incident(day: str, pv: str | None = None, words: str = "Berichten.") -> dict:
    item = {"date": day, "location": "WhatsApp", "kinds": ["messages"], "description": words}
    if pv:
        item["police_report"] = pv
    return item


def test_no_follow_up_complaint_when_every_fact_is_covered(write_case):
    data = with_reports([{"number": "BG.12.L1.00123/2026", "date": "2026-03-01"}],
                        [incident("2026-02-01", "BG.12.L1.00123/2026"),
                         incident("2026-02-20", "BG.12.L1.00123/2026")])
    path = write_case(data)
    assert FOLLOW_UP not in render_all(path)
    with pytest.raises(NotApplicable, match="no PV covers"):
        find_document(load_case(path, today=TODAY).case, "follow_up_complaint")


def test_no_follow_up_complaint_without_any_pv(write_case):
    data = with_reports([], [incident("2026-02-01"), incident("2026-10-01")])
    papers = render_all(write_case(data))
    assert FOLLOW_UP not in papers and "01-klacht.docx" in papers


def test_facts_after_the_latest_pv_and_on_its_day_are_added_earlier_ones_only_named(write_case):
    data = with_reports(
        [{"number": "BG.12.L1.00100/2026", "date": "2026-01-10"},
         {"number": "BG.12.L1.00123/2026", "date": "2026-03-01", "police_zone": "PZ Brugge",
          "prosecutor_reference": "BR.20.L1.000111/26"}],
        [incident("2026-01-05", "BG.12.L1.00100/2026", "Eerste feit."),
         incident("2026-02-01", words="Niet gekoppeld, van voor de laatste klacht."),
         incident("2026-02-20", "BG.12.L1.00123/2026", "Gedekt."),
         incident("2026-03-01", words="Op de dag van de klacht, erna."),
         incident("2026-04-02", words="Een maand later.")])
    text = follow_up_text(write_case(data))
    assert "Feit 4 — " in text and "Feit 5 — " in text
    assert not any(f"Feit {n} — " in text for n in (1, 2, 3))
    assert "Deze klacht voegt 2 feiten toe (feiten 4 en 5)" in text
    assert "Mijn logboek vermeldt ook feit 2 (1 februari 2026), van vóór mijn laatste klacht" in text
    assert "Niet gekoppeld" not in text
    assert "Aan de politie, PZ Brugge" in text  # no complaint block: the latest PV's zone
    assert "PV BG.12.L1.00100/2026 van 10 januari 2026;" in text
    assert "(notitienummer BR.20.L1.000111/26)" in text


def test_a_follow_up_complaint_to_the_prosecutor(write_case):
    data = with_reports([{"number": "BG.12.L1.00123/2026", "date": "2026-03-01"}],
                        [incident("2026-02-01", "BG.12.L1.00123/2026"), incident("2026-04-01")])
    data["complaint"] = {"addressee": "prosecutor", "prosecutor_office": "West-Vlaanderen"}
    text = follow_up_text(write_case(data))
    assert "Aan de procureur des Konings, parket West-Vlaanderen" in text
    assert "Aanvullende schriftelijke klacht aan de procureur des Konings." in text
    assert "Stukken bij deze klacht" in text and "bij het dossier van PV BG.12.L1.00123/2026;" in text


# --- validate ---------------------------------------------------------------------------

def unreported(path, today=TODAY):
    return [w for w in load_case(path, today=today).warnings if "no PV" in w.message]


def test_validate_warns_once_naming_the_old_facts_no_pv_covers(run, write_case):
    assert unreported(DEMO) == []  # fact 8 is a week old
    data = with_reports([{"number": "BG.12.L1.00123/2026", "date": "2026-03-01"}],
                        [incident("2026-02-01", "BG.12.L1.00123/2026"), incident("2026-04-20"),
                         incident("2026-03-01"), incident("2026-11-20"), incident("2026-05-03")])
    path = write_case(data)
    found = unreported(path)
    assert len(found) == 1
    lines = [n for n, line in enumerate(path.read_text().splitlines(), start=1) if line.startswith("- date:")]
    warning = found[0]
    assert warning.path == ("incidents", 2) and warning.line == lines[2]
    assert warning.message == (
        f"3 facts older than 14 days have no PV: incidents[2] (line {lines[2]}, 2026-03-01), incidents[1] "
        f"(line {lines[1]}, 2026-04-20), incidents[4] (line {lines[4]}, 2026-05-03). File a complaint for "
        "them: the follow-up complaint (aanvullende klacht) lists the facts since PV BG.12.L1.00123/2026; "
        "then record the new PV and the facts it covers with `filings pv add`")
    assert "incidents[3]" not in warning.message  # six days old
    result = run("validate", path, "--date", "2026-11-26")
    assert result.exit_code == 0 and "warning: 3 facts older than 14 days have no PV" in result.stderr


def test_a_warning_names_ten_facts_and_counts_the_rest(run, write_case, monkeypatch):
    """A logbook never reported gives one readable line, not one naming thousands of facts;
    the follow-up complaint lists them all."""
    days = [f"2026-04-{day:02d}" for day in range(1, 24)]
    data = with_reports([{"number": "BG.12.L1.00123/2026", "date": "2026-03-01"}], [incident(d) for d in days])
    path = write_case(data)
    [warning] = unreported(path)
    assert warning.message.startswith("23 facts older than 14 days have no PV: incidents[0] (line ")
    assert warning.message.count("incidents[") == 10 and "incidents[9] (line" in warning.message
    assert "2026-04-10) and 13 more. File a complaint for them" in warning.message
    complaint = follow_up_text(path)
    assert all(f"{day} april 2026" in complaint for day in range(1, 24))  # the complaint has them all
    monkeypatch.setenv("LANGUAGE", "nl")
    result = run("validate", path, "--date", "2026-11-26")
    assert "2026-04-10) en nog 13 andere feiten. Dien er klacht voor in" in result.stderr


def test_a_fact_after_the_pv_that_covers_it_is_warned_about(write_case):
    data = with_reports([{"number": "BG.12.L1.00123/2026", "date": "2026-03-01"}],
                        [incident("2026-04-01", "BG.12.L1.00123/2026")])
    warnings = [w for w in load_case(write_case(data), today=TODAY).warnings
                if w.path == ("incidents", 0, "police_report")]
    assert len(warnings) == 1 and "is dated 2026-03-01, before this fact (2026-04-01)" in warnings[0].message


def test_no_warning_for_recent_facts_covered_facts_or_facts_before_the_latest_pv(write_case):
    recent = with_reports([{"number": "BG.12.L1.00123/2026", "date": "2026-11-01"}],
                          [incident("2026-10-01", "BG.12.L1.00123/2026"), incident("2026-11-20")])
    assert unreported(write_case(recent)) == []
    assert unreported(write_case(minimal_case())) == []  # 30 January, before the PV of 1 February
    old = with_reports([{"number": "BG.12.L1.00123/2026", "date": "2026-11-01"}],
                       [incident("2026-11-02"), incident("2026-11-20")])
    assert [w.path for w in unreported(write_case(old))] == [("incidents", 0)]


# --- pv add / pv list -------------------------------------------------------------------

def test_pv_add_inserts_the_pv_and_marks_the_incidents_keeping_every_byte(case):
    before = case.read_text()
    demo_variant(case, "2026-05-03")
    before = case.read_text()
    result = invoke("pv", "add", case, "--number", PV3, "--date", "2026-11-25", "--zone", "PZ Gent",
                    "--notitienummer", "GE.20.L1.001234/26", "--covers", "7", "--covers", "8")
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"added PV {PV3} of 2026-11-25 to {case}, covering feit 7 (2026-05-03), "
                             "feit 8 (2026-11-19)\n")
    added = only_insertions(before, case.read_text())
    assert added == [f"  - number: {PV3}\n", "    date: 2026-11-25\n", "    police_zone: PZ Gent\n",
                     "    prosecutor_reference: GE.20.L1.001234/26\n",
                     *[f"    police_report: {PV3}\n"] * 2]
    assert "police_reports:                   # each PV covers the incidents" in case.read_text()
    loaded = load_case(case, today=date(2026, 11, 26))
    assert [i.police_report for i in loaded.case.incidents[5:]] == [PV2, PV3, PV3]
    assert not unreported(case)
    assert FOLLOW_UP not in render_all(case)  # every fact has its PV now


def test_pv_list_shows_each_pv_with_its_facts_and_the_facts_no_pv_covers(run):
    result = run("pv", "list", DEMO, "--date", "2026-11-26")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == f"PV {PV1}  2026-02-03  (PZ Gent, notitienummer GE.20.L1.001234/26): 1 fact"
    assert lines[1].startswith("  feit 1   -      2026-01-28  calls: Veertien oproepen")
    assert lines[2].startswith(f"PV {PV2}  2026-05-04") and lines[2].endswith(": 6 facts")
    assert [line.split()[1] for line in lines[3:9]] == ["2", "3", "4", "5", "6", "7"]
    assert lines[10] == "not covered by any PV: 1 fact"
    assert lines[11].startswith("  feit 8   -      2026-11-19  social_media,threat: Bericht van een nieuw account")
    assert lines[11].endswith("(in the follow-up complaint)") and len(lines) == 12


@pytest.mark.parametrize("args,message", [
    (["--number", PV2, "--date", "2026-11-25"],
     f"error: PV {PV2} is already recorded: police_reports[1] (line {{pv2}} of case.yaml)"),
    (["--number", PV3, "--date", "2026-11-25", "--covers", "99"],
     "error: --covers 99: no incident `99`"),
    (["--number", PV3, "--date", "2026-11-25", "--covers", "8", "--covers", "3"],
     f"error: incidents[2] (line {{i3}} of case.yaml) is already covered by PV {PV2}"),
    (["--number", PV3, "--date", "2026-11-01", "--covers", "I8"],  # the demo's incidents have no ids
     "error: --covers I8: no incident `I8`"),
    (["--number", PV3, "--date", "2026-10-01", "--covers", "8"],
     "error: incidents[7] (line {i8} of case.yaml) happened on 2026-11-19, after the PV of 2026-10-01"),
])
def test_pv_add_refuses_and_writes_nothing(case, args, message):
    before = case.read_bytes()
    expected = message.format(pv2=line_of(case, f"  - number: {PV2}"), i3=line_of(case, "  - date: 2026-03-02"),
                              i8=line_of(case, "  - date: 2026-11-19"))
    result = invoke("pv", "add", case, *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(expected) and "Nothing was written." in result.stderr
    assert case.read_bytes() == before
    assert sorted(p.name for p in case.parent.iterdir() if p.name.startswith(".")) == []


def test_pv_add_refuses_a_date_it_cannot_read_or_in_the_future(case):
    before = case.read_bytes()
    for day in ("23/11/2026", "2099-01-01"):
        result = invoke("pv", "add", case, "--number", PV3, "--date", day)
        assert result.exit_code == 2 and "--date" in result.stderr
    assert case.read_bytes() == before


def test_pv_add_replace_moves_a_fact_to_the_new_pv_changing_only_that_line(case):
    before = case.read_text().splitlines(True)
    result = invoke("pv", "add", case, "--number", PV3, "--date", "2026-11-25", "--covers", "3", "--replace")
    assert result.exit_code == 0, result.output
    assert f"feit 3 (2026-03-02) moved from PV {PV2}" in result.stderr
    after = case.read_text().splitlines(True)
    changed = [(a, b) for a, b in zip(before, [line for line in after if line not in
                                                (f"  - number: {PV3}\n", "    date: 2026-11-25\n")]) if a != b]
    assert changed == [(f"    police_report: {PV2}\n", f"    police_report: {PV3}\n")]


def test_pv_add_to_a_case_without_police_reports_and_to_a_json_case(write_case, tmp_path):
    data = minimal_case()
    del data["police_reports"]
    path = write_case(data)
    before = path.read_text()
    result = invoke("pv", "add", path, "--number", "BG.12.L1.00200/2026", "--date", "2026-02-02", "--covers", "1")
    assert result.exit_code == 0, result.output
    added = only_insertions(before, path.read_text())
    # the file's own layout (its lists start at column 0), the incident's link before the new block
    assert added == ["  police_report: BG.12.L1.00200/2026\n", "police_reports:\n",
                     "- number: BG.12.L1.00200/2026\n", "  date: 2026-02-02\n"]
    json_path = write_case(minimal_case(), "case.json")
    result = invoke("pv", "add", json_path, "--number", "BG.12.L1.00200/2026", "--date", "2026-02-02",
                    "--covers", "1", "--summary", "Tweede klacht")
    assert result.exit_code == 0, result.output
    saved = json.loads(json_path.read_text())
    assert saved["police_reports"][-1] == {"number": "BG.12.L1.00200/2026", "date": "2026-02-02",
                                           "summary": "Tweede klacht"}
    assert saved["incidents"][0]["police_report"] == "BG.12.L1.00200/2026"
