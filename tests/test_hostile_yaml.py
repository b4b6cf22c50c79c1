"""Hostile or broken case files: each is refused with a message naming the limit and the
line, through the real CLI in a process of its own with 1 GiB of address space and 30
seconds; never a crash, a hang, a traceback or gigabytes."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys

import pytest
from ruamel.yaml import YAML

from filings.load import bounds
from filings.load.bounds import MAX_ALIASES, MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES, OutOfBounds
from filings.load.casefile import SourceMap, _plain
from filings.errors import CaseInvalid
from filings.load.loader import load_case

from conftest import DEMO, REPO, TODAY, dump_yaml, minimal_case

MEMORY = 1 << 30


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def filings(*args) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "cli.py", *(str(a) for a in args)], cwd=REPO, capture_output=True, text=True,
        timeout=30, preexec_fn=_limit_memory,
    )
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])  # not -11, -9, 139
    assert "Traceback" not in result.stderr
    return result


def refusal(path, *command) -> str:
    """The one problem the CLI prints for path, with its line."""
    result = filings(*(command or ("validate",)), path, "--date", "2026-11-26")
    return result.stderr


def billion_laughs() -> str:
    lines = ["format: 1", 'a0: &a0 ["lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 11)]
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_by_the_expanded_size(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text(billion_laughs())
    assert 9 * 10 <= MAX_ALIASES  # few aliases: only the expanded size stops it
    stderr = refusal(path)
    # a0 holds 2 values and each level 9 times the one before: a6 (line 8) holds 1,062,882.
    assert f"{path}:8: the aliases would repeat blocks into more than {MAX_VALUES:,} values" in stderr
    assert "write the values out" in stderr


@pytest.mark.parametrize("opening", ["{a: ", "["])
def test_fifty_thousand_open_brackets(tmp_path, opening):
    path = tmp_path / "case.yaml"
    path.write_text("format: 1\nvictim: " + opening * 50_000 + "\n")
    stderr = refusal(path)
    assert f"{path}:2: nesting deeper than {MAX_DEPTH} levels: a case file is at most a few levels deep" in stderr


def test_five_thousand_closed_levels_are_deep_nesting_not_a_recursive_alias(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text("format: 1\nvictim:\n  notes: " + "[" * 5000 + "]" * 5000 + "\n")
    stderr = refusal(path)
    assert f"{path}:3: nesting deeper than {MAX_DEPTH} levels" in stderr
    assert "recursive" not in stderr and "alias" not in stderr


@pytest.mark.parametrize("text, line", [
    ("format: 1\nvictim: &v [1, *v]\n", 2),
    ("format: 1\nvictim: &v\n  first_name: Eva\n  partner: *v\n", 4),
])
def test_recursive_alias_is_named(tmp_path, text, line):
    path = tmp_path / "case.yaml"
    path.write_text(text)
    stderr = refusal(path)
    assert f"{path}:{line}: recursive alias: *v is inside the block &v it repeats (line 2)" in stderr
    assert "nesting" not in stderr


def test_alias_that_repeats_a_deep_block_counts_its_depth(tmp_path):
    path = tmp_path / "case.yaml"
    deep = "[" * 30 + "]" * 30
    path.write_text(f"format: 1\nnotes: &deep {deep}\nmore: {'[' * 30}*deep{']' * 30}\n")
    stderr = refusal(path)
    assert f"{path}:3: nesting deeper than {MAX_DEPTH} levels through the alias *deep" in stderr


def test_too_many_aliases(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text("format: 1\nname: &n Eva\nnotes: [" + ", ".join(["*n"] * (MAX_ALIASES + 1)) + "]\n")
    assert f"{path}:3: more than {MAX_ALIASES} aliases (*n)" in refusal(path)


def test_more_values_than_any_case_file_needs(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text("format: 1\nnotes: [" + "1," * MAX_VALUES + "1]\n")  # 2 MB
    assert f"{path}:2: the case file holds more than {MAX_VALUES:,} values" in refusal(path)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "case.yaml"
    path.touch()
    os.truncate(path, MAX_FILE_BYTES + 1)  # sparse: no disk used
    stderr = refusal(path)
    assert f"{path}: the file is 32.0 MiB; a case file may be at most 32 MiB" in stderr
    assert "Photos, videos and documents belong in evidence files" in stderr

    def no_open(*args):
        raise AssertionError("opened a file it should have refused by its size")

    monkeypatch.setattr(bounds.os, "open", no_open)
    with pytest.raises(CaseInvalid, match="may be at most 32 MiB"):
        load_case(path, today=TODAY)


def test_a_pipe_given_as_case_file_does_not_hang(tmp_path):
    path = tmp_path / "case.yaml"
    os.mkfifo(path)
    assert f"{path}: this is not a regular file (a pipe, device or socket)" in refusal(path)


def test_dev_zero_is_not_read(tmp_path):
    assert "/dev/zero: this is not a regular file" in refusal("/dev/zero")


def deep_json_case(tmp_path):
    path = tmp_path / "case.json"
    text = json.dumps(minimal_case(), indent=2)
    path.write_text(text[:-1] + ', "notes": ' + "[" * 50_000 + "]" * 50_000 + "}\n")
    return path


@pytest.mark.parametrize("command", [("log", "add", "--description", "Oproep.", "--location", "thuis",
                                      "--kind", "calls"),
                                     ("evidence", "add", "--description", "Foto.")])
def test_edits_of_a_deep_json_case_are_refused_before_json_loads(tmp_path, command):
    path = deep_json_case(tmp_path)
    before = path.read_bytes()
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8")
    args = [*command[:2], path, *([photo] if command[0] == "evidence" else []), *command[2:]]
    result = filings(*args, "--date", "2026-11-20")
    assert "does not validate; nothing was changed" in result.stderr
    assert f"{path}:" in result.stderr and f"nesting deeper than {MAX_DEPTH} levels" in result.stderr
    assert "RecursionError" not in result.stderr
    assert path.read_bytes() == before


def test_a_few_scalar_anchors_still_load(write_case):
    text = dump_yaml(minimal_case())
    assert text.count("city: Brugge") == 2 and text.count("postal_code: '8000'") == 2
    text = text.replace("city: Brugge", "city: &city Brugge", 1).replace("city: Brugge", "city: *city")
    text = text.replace("postal_code: '8000'", "postal_code: &pc '8000'", 1).replace(
        "postal_code: '8000'", "postal_code: *pc")
    case = load_case(write_case(text), today=TODAY).case
    assert case.respondent.address.city == "Brugge" and case.respondent.address.postal_code == "8000"


def test_plain_tells_a_recursive_alias_from_deep_nesting():
    # The pre-scan refuses both first; this is the guard behind it.
    yaml = YAML(typ="safe", pure=False)
    cyclic = yaml.compose("a: &a [1, *a]\n")
    with pytest.raises(OutOfBounds, match="recursive alias"):
        _plain(cyclic, (), SourceMap(), yaml.constructor, set())
    deep = yaml.compose("a: " + "[" * 60 + "]" * 60 + "\n")
    with pytest.raises(OutOfBounds, match=f"nesting deeper than {MAX_DEPTH} levels") as caught:
        _plain(deep, (), SourceMap(), yaml.constructor, set())
    assert caught.value.line == 1


def test_a_date_the_calendar_does_not_have_is_refused_with_its_line(tmp_path):
    from click.testing import CliRunner

    from filings.cli import cli

    case = tmp_path / "case.yaml"
    case.write_text(DEMO.read_text(encoding="utf-8").replace("  - date: 2026-03-02\n", "  - date: 2026-13-45\n"),
                    encoding="utf-8")
    line = case.read_text(encoding="utf-8").splitlines().index("  - date: 2026-13-45") + 1
    result = CliRunner().invoke(cli, ["validate", str(case)])
    assert result.exit_code == 1
    assert f"{case}:{line}: `2026-13-45` is no valid date (month must be in 1..12): write it as YYYY-MM-DD" \
        in result.stderr
    assert "Traceback" not in result.stderr
