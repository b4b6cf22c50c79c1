"""The case commands as a user runs them: validate, schema, init."""

from __future__ import annotations

import json
import subprocess
import sys

from ruamel.yaml import YAML

from filings.load.casefile import new_yaml

from conftest import DEMO, REPO, files_under, minimal_case


def test_validate_demo_prints_a_summary(run):
    result = run("validate", DEMO, "--date", "2026-11-26")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "DOS-2026-014: valid\n"
        "  8 incidents, 8 pieces of evidence, 2 witnesses, 2 police reports\n"
        "  period: 2026-01-28 to 2026-11-19 (295 days)\n"
    )


def test_validate_prints_warnings_on_stderr(run, write_case):
    data = minimal_case()
    data["police_reports"][0]["number"] = "PV 123"
    result = run("validate", write_case(data), "--date", "2026-11-26")
    assert result.exit_code == 0
    assert "police_reports[0].number: warning: `PV 123` does not look like a PV number" in result.stderr
    assert "warning" not in result.stdout


def test_validate_refuses_with_every_problem_on_its_own_line(run, write_case, tmp_path):
    data = minimal_case()
    data["victim"]["gender"] = "f"
    data["incidents"][0]["evidence"] = ["E2"]
    path = write_case(data)
    before = files_under(tmp_path)
    result = run("validate", path, "--date", "2026-11-26")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{path}:") and "victim.gender" in lines[0]
    assert "incidents[0].evidence[0]: `E2` is not an id in `evidence`" in lines[1]
    assert lines[2] == f"2 problems in {path}."  # validate never writes: no "nothing was written"
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert files_under(tmp_path) == before


def test_validate_bad_date_option_is_a_usage_error(run):
    result = run("validate", DEMO, "--date", "26/11/2026")
    assert result.exit_code == 2
    assert "'26/11/2026' does not match the format '%Y-%m-%d'" in result.stderr


def test_validate_missing_file_is_a_usage_error(run, tmp_path):
    result = run("validate", tmp_path / "geen.yaml")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_schema_describes_every_key(run):
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) == {
        "format", "reference", "language", "victim", "respondent", "lawyer", "complaint",
        "police_reports", "witnesses", "evidence", "incidents", "notices", "circle", "request",
    }
    victim = schema["$defs"]["Victim"]["properties"]
    assert "address_confidential" in victim and victim["address_confidential"]["description"]
    assert schema["$defs"]["Victim"]["additionalProperties"] is False
    kinds = schema["$defs"]["IncidentKind"]["enum"]
    assert "home_visit" in kinds and "surveillance" in kinds


def test_schema_accepts_the_demo_case():
    import jsonschema

    schema = json.loads(subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "schema"], capture_output=True, text=True, check=True
    ).stdout)
    data = json.loads(json.dumps(YAML(typ="safe").load(DEMO.read_text()), default=str))
    jsonschema.validate(data, schema)


def test_init_creates_a_case_that_validates_once_filled(run, tmp_path):
    folder = tmp_path / "dossier"
    result = run("init", folder)
    assert result.exit_code == 0, result.output
    case_file = folder / "case.yaml"
    assert (folder / "bewijs").is_dir()

    unfilled = run("validate", case_file, "--date", "2026-11-26")
    assert unfilled.exit_code == 1
    for key in ("reference", "victim.first_name", "victim.gender", "victim.address.street",
                "incidents[0].date", "incidents[0].description", "incidents[0].kinds"):
        assert f": {key}: " in unfilled.stderr, key

    yaml = new_yaml()
    data = yaml.load(case_file.read_text())
    data["reference"] = "DOS-1"
    data["victim"].update(first_name="Eva", last_name="Janssens", gender="female")
    data["victim"]["address"].update(street="Markt", number="1", postal_code="8000", city="Brugge")
    data["respondent"]["description"] = "Onbekende man met een blauwe jas"
    incident = data["incidents"][0]
    incident.update(date="2026-03-01", location="station", kinds=["following"], description="Hij volgde me.")
    for key in ("birth_date", "birth_place", "profession", "phone", "email"):
        data["victim"].pop(key)
    for key in ("first_name", "last_name"):
        data["respondent"].pop(key)
    incident.pop("time")
    with case_file.open("w") as handle:
        yaml.dump(data, handle)
    assert "# the person being stalked" in case_file.read_text()  # comments survive the edit
    filled = run("validate", case_file, "--date", "2026-11-26")
    assert filled.exit_code == 0, filled.stderr
    assert filled.stdout.startswith("DOS-1: valid")


def test_init_never_overwrites_a_case(run, tmp_path):
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "case.yaml").write_text("mijn werk\n")
    result = run("init", folder)
    assert result.exit_code == 1
    assert "already exists; nothing was changed" in result.stderr
    assert (folder / "case.yaml").read_text() == "mijn werk\n"
    assert not (folder / "bewijs").exists()


def test_cli_py_runs_from_a_checkout():
    result = subprocess.run(
        [sys.executable, str(REPO / "cli.py"), "validate", str(DEMO), "--date", "2026-11-26"],
        capture_output=True, text=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("DOS-2026-014: valid")


def test_every_command_has_help(run):
    from filings.cli import COMMANDS, all_commands

    for name, command in all_commands().items():
        assert command.help, name
        assert run(name, "--help").exit_code == 0
        # `filings --help` lists each command without importing it: its line must be the command's own
        assert COMMANDS[name][2] == command.get_short_help_str(limit=45), name


def test_help_loads_no_model_library():
    """`filings --help` must stay quick on a victim's old laptop: the CLI modules import the
    model, pydantic, docxtpl, matplotlib and the web stack only when a command needs them."""
    import subprocess
    import sys

    script = ("import sys; from filings.cli import cli\n"
              "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
              "heavy = [m for m in ('pydantic', 'filings.load.model', 'docxtpl', 'matplotlib', 'lxml',"
              " 'starlette', 'uvicorn', 'python_multipart', 'jinja2')"
              " if m in sys.modules]\nprint('heavy:' + ','.join(heavy))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "heavy:"
