"""The tool speaks Dutch, French and English: every message has its three translations,
with the same placeholders, and a refused case file names the same key path and line in
each language."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from click.testing import CliRunner

from conftest import REPO
from filings.cli import cli

LOCALE = REPO / "filings" / "locale"
LANGUAGES = ("nl", "fr", "en")
ENVIRONMENT = {"nl": "nl_BE.UTF-8", "fr": "fr_BE.UTF-8", "en": "en_GB.UTF-8"}
# {name}, {count:,}, {name!r}, %(prog)s; not the literal braces {{ and }}
PLACEHOLDER = re.compile(r"(?<!\{)\{(?!\{)[^{}]*\}|%\(\w+\)s")


def catalogue(language: str):
    with (LOCALE / language / "LC_MESSAGES" / "filings.po").open("rb") as handle:
        return read_po(handle)


def template():
    with (LOCALE / "filings.pot").open("rb") as handle:
        return read_po(handle)


def messages(catalog) -> dict:
    return {message.id: message for message in catalog if message.id}


def texts(message_id) -> tuple[str, ...]:
    return message_id if isinstance(message_id, tuple) else (message_id,)


def invoke(language: str, *args, **kwargs):
    return CliRunner().invoke(cli, [str(a) for a in args], env={"LANG": ENVIRONMENT[language]}, prog_name="filings",
                              **kwargs)


# --- the catalogues -------------------------------------------------------------------------------

def test_the_template_holds_every_message_of_the_code(tmp_path):
    """A message added to the code and not extracted (so not translated) fails here: run
    the commands of README "Messages in your language"."""
    fresh = tmp_path / "fresh.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "-q", "extract", "-F", "babel.cfg", "-o",
                    str(fresh), "--no-location", "--sort-output", "."], cwd=REPO, check=True, capture_output=True)
    with fresh.open("rb") as handle:
        extracted = messages(read_po(handle))
    committed = messages(template())
    assert sorted(map(str, extracted.keys() - committed.keys())) == [], "not in filings.pot: run pybabel extract"
    assert sorted(map(str, committed.keys() - extracted.keys())) == [], "no longer in the code: run pybabel extract"
    assert len(committed) > 500


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_its_translation(language):
    wanted = messages(template())
    catalog = catalogue(language)
    present = messages(catalog)
    assert sorted(map(str, wanted.keys() - present.keys())) == [], "run pybabel update"
    assert sorted(map(str, present.keys() - wanted.keys())) == [], "obsolete entries: run pybabel update"
    assert not catalog.obsolete
    for message_id, message in present.items():
        assert not message.fuzzy, message_id
        translations = texts(message.string)
        assert len(translations) == (catalog.num_plurals if isinstance(message_id, tuple) else 1), message_id
        assert all(t.strip() for t in translations), message_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_message(language):
    for message_id, message in messages(catalogue(language)).items():
        singular, plural = texts(message_id)[0], texts(message_id)[-1]
        for form, translation in enumerate(texts(message.string)):
            wanted = sorted(PLACEHOLDER.findall(plural if form else singular))
            assert sorted(PLACEHOLDER.findall(translation)) == wanted, (message_id, translation)
            # click's \b keeps an example's lines as written
            assert translation.count("\b") == texts(message_id)[0].count("\b"), message_id


def test_english_says_what_the_code_says():
    for message_id, message in messages(catalogue("en")).items():
        assert texts(message.string)[:2] == texts(message_id), message_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_one_of_its_po(language):
    """A checkout runs on the committed .mo (gettext, and click through it, read only .mo);
    it must be exactly what pybabel compile makes of the .po."""
    compiled = io.BytesIO()
    write_mo(compiled, catalogue(language))
    committed = (LOCALE / language / "LC_MESSAGES" / "filings.mo").read_bytes()
    assert committed == compiled.getvalue(), "run pybabel compile -d filings/locale -D filings"


def test_clicks_own_messages_are_still_clicks():
    """filings/cli/click_messages.py copies click's messages into our catalogue; a click
    release that rewords one would leave it untranslated."""
    import click

    source = "".join(path.read_text(encoding="utf-8") for path in Path(click.__file__).parent.glob("*.py"))
    from babel.messages.extract import extract_from_file

    found = list(extract_from_file("python", str(REPO / "filings" / "cli" / "click_messages.py")))
    assert len(found) > 30
    for _line, message_id, _comments, _context in found:
        for text in texts(message_id):
            assert repr(text)[1:-1] in source or text in source, text


# --- the language a user gets --------------------------------------------------------------------

@pytest.mark.parametrize(("environment", "language"), [
    ({"LANG": "nl_BE.UTF-8"}, "nl"), ({"LANG": "fr_BE.UTF-8"}, "fr"), ({"LANG": "fr_FR"}, "fr"),
    ({"LANG": "de_DE.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "nl_BE.UTF-8", "LC_MESSAGES": "fr_BE.UTF-8"}, "fr"),
    ({"LANG": "nl_BE.UTF-8", "LC_ALL": "fr_BE.UTF-8"}, "fr"),
    ({"LANG": "fr_BE.UTF-8", "LANGUAGE": "de:nl"}, "nl"),
])
def test_the_language_is_chosen_as_gettext_chooses_it(monkeypatch, environment, language):
    from filings import i18n

    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert i18n.language() == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_case_names_key_path_and_line_in_every_language(write_case, language):
    case = write_case("format: 1\nreference: X\nvictim:\n  first_name: Eva\n  gender: vrouw\n")
    result = invoke(language, "validate", case)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    expected = {
        "nl": [f"{case}: respondent: verplichte sleutel ontbreekt: voeg hem toe (`filings schema` beschrijft "
               "elke sleutel)",
               f"{case}:5: victim.gender: 'vrouw' is hier niet toegestaan; gebruik een van: 'female', 'male' of "
               "'other'",
               f"4 problemen in {case}."],
        "fr": [f"{case}: respondent: clé obligatoire manquante : ajoutez-la (`filings schema` décrit chaque clé)",
               f"{case}:5: victim.gender: 'vrouw' n'est pas permis ici ; utilisez l'une de ces valeurs : "
               "'female', 'male' ou 'other'",
               f"4 problèmes dans {case}."],
        "en": [f"{case}: respondent: required key is missing: add it (`filings schema` describes every key)",
               f"{case}:5: victim.gender: 'vrouw' is not allowed here; use one of: 'female', 'male' or 'other'",
               f"4 problems in {case}."],
    }[language]
    assert [lines[0], lines[3], lines[4]] == expected
    assert lines[1].startswith(f"{case}:3: victim.last_name: ")
    assert lines[2].startswith(f"{case}:3: victim.address: ")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_warning_keeps_its_key_path_and_line_in_every_language(write_case, language):
    from conftest import minimal_case

    data = minimal_case()
    data["incidents"][0]["witnesses"] = []
    data["incidents"][0]["evidence"] = []
    case = write_case(data)
    result = invoke(language, "validate", case, "--date", "2026-11-26")
    assert result.exit_code == 0, result.output
    label = {"nl": "waarschuwing: geen getuige en geen bewijs", "fr": "avertissement : ni témoin ni preuve",
             "en": "warning: no witness and no evidence"}[language]
    line = next(n for n, text in enumerate(case.read_text().splitlines(), start=1) if "- date:" in text)
    assert f"{case}:{line}: incidents[0]: {label}" in result.stderr
    assert result.stdout.startswith({"nl": "TEST-1: geldig", "fr": "TEST-1 : valable", "en": "TEST-1: valid"}[language])


@pytest.mark.parametrize(("language", "usage", "option", "command"), [
    ("nl", "Gebruik: filings", "Toon deze hulp en stop.", "Controleer een dossierbestand en meld alle..."),
    ("fr", "Utilisation : filings", "Afficher cette aide et quitter.", "Vérifier un fichier de dossier et signaler..."),
    ("en", "Usage: filings", "Show this message and exit.", "Check a case file and report every problem..."),
])
def test_help_speaks_the_users_language(language, usage, option, command):
    result = invoke(language, "--help")
    assert result.exit_code == 0
    assert result.output.startswith(usage)
    assert option in result.output and command in result.output
    # a command's own help, its options' help and click's words around them
    nested = invoke(language, "log", "add", "--help").output
    assert {"nl": "Voeg één incident toe", "fr": "Ajouter un incident", "en": "Add one incident"}[language] in nested
    assert {"nl": "Datum van het incident, JJJJ-MM-DD", "fr": "Date de l'incident, AAAA-MM-JJ",
            "en": "Date of the incident, YYYY-MM-DD"}[language] in nested


def test_lang_chooses_the_language_for_one_run_only():
    result = CliRunner().invoke(cli, ["--lang", "fr", "validate"], env={"LANG": "nl_BE.UTF-8"})
    assert result.exit_code == 2
    assert "Erreur : Argument manquant 'CASE_FILE'." in result.stderr
    after = CliRunner().invoke(cli, ["validate"], env={"LANG": "nl_BE.UTF-8"})
    assert "Fout: Ontbrekend argument 'CASE_FILE'." in after.stderr


def test_a_warning_of_the_date_counts_in_the_users_language(write_case):
    from conftest import minimal_case

    case = write_case(minimal_case())
    result = invoke("fr", "validate", case, "--date", "2026-01-01")
    assert result.exit_code == 1
    assert ("incidents[0].date: 2026-01-30 est postérieure à la date des documents (2026-01-01) ; vérifiez "
            "l'année, ou la date à laquelle les documents sont établis") in result.stderr
    # the hint that follows it is found in French too
    assert "(les documents portent la date d'aujourd'hui, sauf si vous indiquez --date AAAA-MM-JJ)" in result.stderr


def test_help_in_dutch_loads_no_babel_and_no_model():
    """Reading a catalogue is gettext reading a .mo: `filings --help` stays quick."""
    script = ("import sys; from filings.cli import cli\n"
              "try:\n    cli(['--help'], prog_name='filings')\nexcept SystemExit:\n    pass\n"
              "print([m for m in ('babel', 'pydantic', 'filings.load.model') if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={"LANG": "nl_BE.UTF-8", "PATH": "/usr/bin:/bin"}, cwd=REPO)
    assert result.stdout.startswith("Gebruik: filings")
    assert result.stdout.splitlines()[-1] == "[]"


def test_log_add_asks_and_refuses_in_french(write_case):
    from conftest import minimal_case

    case = write_case(minimal_case())
    answers = "\n".join(["31/12/2026", "2026-11-21", "", "voor de deur", "bellen", "home_visit",
                         "Hij legde bloemen aan de deur", "", "", "", ""]) + "\n"
    result = invoke("fr", "log", "add", case, input=answers)
    assert result.exit_code == 0, result.output
    assert "Date (AAAA-MM-JJ)" in result.stderr
    assert "Erreur : écrivez la date AAAA-MM-JJ, p. ex. 2026-03-12" in result.stderr
    assert "Erreur : `bellen` n'est pas une nature d'incident ; utilisez : calls, messages" in result.stderr
    assert "Ce qui s'est passé (terminez par une ligne vide) :" in result.stderr
    assert "incident I2 du 2026-11-21 ajouté à" in result.stdout
