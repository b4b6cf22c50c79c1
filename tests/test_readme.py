"""The README's quick start is what CI runs."""

from __future__ import annotations

import re

from conftest import REPO


def quick_start_commands() -> list[str]:
    text = (REPO / "README.md").read_text()
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_exactly_two_commands():
    commands = quick_start_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)


def test_ci_runs_the_readme_test_command():
    test_command = quick_start_commands()[1]
    assert "pytest" in test_command
    ci_lines = (REPO / ".ci" / "run").read_text().splitlines()
    assert test_command in ci_lines


def test_every_command_is_documented():
    from filings.cli import all_commands

    text = (REPO / "README.md").read_text()
    for name in all_commands():
        if name != "templates":
            assert f"filings {name}" in text, name
    assert "filings templates check" in text
    assert "filings templates vars" in text
