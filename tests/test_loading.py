"""Reading case files: YAML 1.2 pitfalls, JSON, syntax errors, unknown keys, lines."""

from __future__ import annotations

import re

from datetime import date, time
from decimal import Decimal

import pytest

from filings.errors import CaseInvalid
from filings.load.loader import load_case

from conftest import TODAY, dump_yaml, minimal_case


def problems(path) -> list[str]:
    with pytest.raises(CaseInvalid) as caught:
        load_case(path, today=TODAY)
    return caught.value.lines()


def test_bare_time_is_a_time_not_sexagesimal(write_case):
    text = re.sub(r"time: '?21:00'?", "time: 07:45", dump_yaml(minimal_case()))
    assert "time: 07:45" in text
    case = load_case(write_case(text), today=TODAY).case
    assert case.incidents[0].time == time(7, 45)


def test_bare_and_quoted_dates_are_both_dates(write_case):
    text = dump_yaml(minimal_case())
    text = text.replace("date: '2026-01-30'", "date: 2026-01-30", 1)
    assert "date: 2026-01-30" in text and "date: '2026-01-30'" in text
    case = load_case(write_case(text), today=TODAY).case
    assert case.evidence[0].date == date(2026, 1, 30)
    assert case.incidents[0].date == date(2026, 1, 30)


def test_multiline_text_keeps_special_characters(write_case):
    data = minimal_case()
    text = dump_yaml(data).replace(
        "description: Tien berichten.",
        'description: |\n    Hij schreef: "Ik <3 jou & jij bent van mij" 😈\n'
        "    שלום — حسنًا — één {{ naam }} {% if %}\n",
    )
    case = load_case(write_case(text), today=TODAY).case
    assert case.incidents[0].description == (
        'Hij schreef: "Ik <3 jou & jij bent van mij" 😈\nשלום — حسنًا — één {{ naam }} {% if %}'
    )


def test_windows_line_endings_and_pasted_vertical_tab_become_newlines(write_case):
    data = minimal_case()
    data["incidents"][0]["description"] = "eerste regel\r\ntweede\x0bderde"
    case = load_case(write_case(data, "case.json"), today=TODAY).case
    assert case.incidents[0].description == "eerste regel\ntweede\nderde"


def test_control_character_is_refused_with_position_and_code(write_case):
    data = minimal_case()
    data["incidents"][0]["description"] = "ab\x07cd"
    (line,) = problems(write_case(data, "case.json"))
    assert "incidents[0].description" in line
    assert "U+0007 at position 3" in line


def test_json_case_is_accepted_with_lines(write_case):
    data = minimal_case()
    path = write_case(data, "case.json")
    assert load_case(path, today=TODAY).case.reference == "TEST-1"
    data["victim"]["gender"] = "vrouw"
    path = write_case(data, "case.json")
    (line,) = problems(path)
    expected_line = next(
        n for n, text in enumerate(path.read_text().splitlines(), 1) if '"vrouw"' in text
    )
    assert line.startswith(f"{path}:{expected_line}: victim.gender: 'vrouw' is not allowed here")
    assert "'female', 'male' or 'other'" in line


def test_amount_keeps_its_decimals(write_case):
    data = minimal_case()
    data["request"] = {"procedure": "summons", "court": "Rechtbank", "contact_ban": True,
                       "penalty_eur": 0.1, "penalty_max_eur": 1000.55, "urgency": "Dringend."}
    case = load_case(write_case(data), today=TODAY).case
    assert case.request.penalty_eur == Decimal("0.1")
    assert case.request.penalty_max_eur == Decimal("1000.55")


def test_yaml_syntax_error_names_its_line(write_case):
    path = write_case("format: 1\nreference: X\nvictim: [unclosed\nrespondent: {}\n")
    (line,) = problems(path)
    assert line.startswith(f"{path}:4: YAML syntax error")


def test_tab_indentation_is_explained(write_case):
    path = write_case("format: 1\nvictim:\n\tfirst_name: Eva\n")
    (line,) = problems(path)
    assert ":3: YAML syntax error" in line
    assert "indent with spaces, not tabs" in line


def test_duplicate_key_is_an_error_not_a_silent_overwrite(write_case):
    text = dump_yaml(minimal_case()).replace("reference: TEST-1\n", "reference: TEST-1\nreference: TEST-2\n")
    (line,) = problems(write_case(text))
    assert "duplicate key" in line and "merge the two or rename one" in line


def test_unknown_key_suggests_the_right_one(write_case):
    data = minimal_case()
    data["victim"]["adress"] = data["victim"].pop("address")
    path = write_case(data)
    lines = problems(path)
    adress_line = next(n for n, t in enumerate(path.read_text().splitlines(), 1) if "adress:" in t)
    assert f"{path}:{adress_line}: victim.adress: `adress`: unknown key; did you mean `address`?" in lines
    assert any("victim.address: required key is missing" in line for line in lines)


def test_unknown_key_inside_a_list_item(write_case):
    data = minimal_case()
    data["incidents"][0]["witness"] = ["W1"]
    (line,) = problems(write_case(data))
    assert "incidents[0].witness: `witness`: unknown key; did you mean `witnesses`?" in line


def test_empty_file_and_non_mapping_are_explained(write_case):
    assert problems(write_case("")) == [f"{write_case('', 'e.yaml').parent / 'case.yaml'}: the case file is empty; start from `filings init`"]
    (line,) = problems(write_case("- a\n- b\n"))
    assert "a case file is a mapping of keys" in line


def test_not_utf8_is_explained(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_bytes("format: 1\nreference: caf\xe9\n".encode("latin-1"))
    (line,) = problems(path)
    assert line == f"{path}:2: the file is not UTF-8 text; save it as UTF-8 in your editor"


def test_empty_value_says_fill_it_in(write_case):
    text = dump_yaml(minimal_case()).replace("first_name: Eva", "first_name:")
    (line,) = problems(write_case(text))
    assert "victim.first_name: has no value: fill it in" in line


def test_wrong_types_get_readable_fixes(write_case):
    data = minimal_case()
    data["incidents"][0]["date"] = "30/01/2026"
    data["incidents"][0]["time"] = "9 uur"
    data["incidents"][0]["kinds"] = "messages"
    lines = problems(write_case(data))
    assert any("incidents[0].date: not a date: write it as YYYY-MM-DD" in l for l in lines)
    assert any("incidents[0].time: not a time: write it as HH:MM" in l for l in lines)
    assert any("incidents[0].kinds: must be a list" in l for l in lines)
