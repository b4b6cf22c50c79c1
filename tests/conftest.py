"""Fixtures that build small cases of their own; tests assert what a user sees."""

from __future__ import annotations

import copy
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from ruamel.yaml import YAML

from filings.cli import cli
from filings.lang import LANGUAGES
from filings.resources import templates_dir

TODAY = date(2026, 11, 26)
REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "examples" / "demo" / "case.yaml"
DEMO_FR = REPO / "examples" / "demo-fr" / "case.yaml"

SHIPPED = LANGUAGES  # every language ships its papers in templates/<language>/

MINIMAL = {
    "format": 1,
    "reference": "TEST-1",
    "victim": {
        "first_name": "Eva",
        "last_name": "Janssens",
        "gender": "female",
        "birth_date": "1990-04-02",
        "address": {"street": "Markt", "number": "1", "postal_code": "8000", "city": "Brugge"},
    },
    "respondent": {"first_name": "Tom", "last_name": "Wouters", "relationship": "acquaintance",
                   "address": {"street": "Zand", "number": "9", "postal_code": "8000", "city": "Brugge"}},
    "police_reports": [{"number": "BG.12.L1.00123/2026", "date": "2026-02-01"}],
    "witnesses": [{"id": "W1", "first_name": "Pieter", "last_name": "Maes"}],
    "evidence": [{"id": "E1", "kind": "screenshot", "description": "Berichten", "date": "2026-01-30"}],
    "incidents": [
        {"date": "2026-01-30", "time": "21:00", "location": "WhatsApp", "kinds": ["messages"],
         "description": "Tien berichten.", "evidence": ["E1"], "witnesses": ["W1"]},
    ],
}


def minimal_case() -> dict:
    return copy.deepcopy(MINIMAL)


def dump_yaml(data: dict) -> str:
    stream = io.StringIO()
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.dump(data, stream)
    return stream.getvalue()


@pytest.fixture(autouse=True)
def english_messages(monkeypatch):
    """The tests read the tool's messages in English, whatever the machine's locale;
    tests/test_i18n.py sets LANG itself to read them in Dutch and French."""
    from filings import i18n

    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.reset()
    yield
    i18n.reset()


@pytest.fixture
def write_case(tmp_path):
    """Write a case (dict, or YAML/JSON text) to tmp_path and return its path."""

    def write(data: dict | str, name: str = "case.yaml") -> Path:
        path = tmp_path / name
        if isinstance(data, dict):
            text = json.dumps(data, ensure_ascii=False, indent=2) if name.endswith(".json") else dump_yaml(data)
        else:
            text = data
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def run():
    """Invoke the CLI; returns click's Result (exit_code, stdout, stderr)."""

    def invoke(*args: str):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


def own_templates(folder, kind: str, *paragraphs: str):
    """A copy of the shipped templates, with paragraphs added to one of them."""
    shutil.copytree(templates_dir(), folder)
    document = Document(folder / f"{kind}.docx")
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(folder / f"{kind}.docx")
    return folder
