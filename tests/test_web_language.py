"""The web page speaks its reader's language: nl, fr or en, from the browser's
Accept-Language, else the CLI's; a switch on the page changes it without a history entry
or a cookie; the library's refusals beside their fields come in the same language."""

from __future__ import annotations

import asyncio
import re

import pytest

from filings.web.language import Speaking
from test_web import TOKEN, field_error, incident_form, post
from test_web import client_for as _client_for
from web_helpers import demo_copy, files_under, png

PAGES = {
    "nl": {"overview": "Uw dossier", "nav": ["Overzicht", "Logboek", "Bewijs", "Personen", "Meldingen", "PV's",
                                             "Papieren maken"],
           "form": "Een feit toevoegen", "date_label": "Datum", "problems": "Er is iets niet in orde.",
           "future": "2030-01-01 ligt na vandaag (2026-11-26): een datum kan niet in de toekomst liggen; kijk het "
                     "jaar na.", "exit": "Snel weg"},
    "fr": {"overview": "Votre dossier", "nav": ["Aperçu", "Journal", "Preuves", "Personnes", "Mises en garde", "PV",
                                                "Établir les documents"],
           "form": "Ajouter un incident", "date_label": "Date", "problems": "Quelque chose ne va pas.",
           "future": ("2030-01-01 est postérieure à aujourd&#39;hui (2026-11-26) : une date ne peut pas être dans le futur ; "
                      "vérifiez l&#39;année."), "exit": "Sortie rapide"},
    "en": {"overview": "Your case", "nav": ["Overview", "Logbook", "Evidence", "People", "Notices", "Police reports",
                                            "Make the papers"],
           "form": "Add an incident", "date_label": "Date", "problems": "Something is not right.",
           "future": "2030-01-01 lies after today (2026-11-26): a date cannot be in the future; check the year.",
           "exit": "Quick exit"},
}


def client_for(case, language: str):
    client = _client_for(case, case.parent, language)
    assert client.get(f"/?token={TOKEN}").status_code == 200
    return client


def headings(html: str) -> list[str]:
    return re.findall(r"<h1>(.*?)</h1>", html)


def nav(html: str) -> list[str]:
    menu = re.search(r'<nav aria-label="[^"]*">\s*<ul>(.*?)</ul>', html, re.S).group(1)
    return re.findall(r"<a [^>]*>(.*?)</a>", menu)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_page_speaks_the_language_the_browser_asks_for(tmp_path, language):
    case = demo_copy(tmp_path)
    client = client_for(case, language)
    words = PAGES[language]
    page = client.get("/").text
    assert f'<html lang="{language}">' in page
    assert headings(page) == [words["overview"]]
    assert nav(page) == [w.replace("'", "&#39;") for w in words["nav"]]
    assert words["exit"] in page
    form = client.get("/logboek/nieuw").text
    assert headings(form) == [words["form"]]
    assert f'<label for="f-date">{words["date_label"]}</label>' in form
    # the kinds by the papers' words of the page's language; English pages use the case's (Dutch)
    waiting = {"nl": "opwachten", "fr": "attente au passage", "en": "opwachten"}[language]
    assert f'value="waiting"> {waiting}</label>' in form
    # the library's refusal of the date, in the page's language, beside the date field
    before = files_under(case.parent)
    response = post(client, "/logboek/nieuw", incident_form(date="2030-01-01"),
                    files=[("files", ("foto.png", png(), "image/png"))])
    assert response.status_code == 422
    assert f'<html lang="{language}">' in response.text
    assert words["problems"] in response.text
    assert field_error(response.text, "date") == words["future"]
    assert files_under(case.parent) == before


@pytest.mark.parametrize(("header", "language"), [
    ("fr-BE,fr;q=0.9,nl;q=0.8", "fr"), ("de-DE, nl;q=0.5, fr;q=0.4", "nl"), ("en-GB", "en"),
    ("nl;q=0, fr;q=0.1", "fr"), ("NL-be", "nl"),
])
def test_the_first_language_the_page_speaks_among_those_asked_for(tmp_path, header, language):
    client = client_for(demo_copy(tmp_path), header)
    assert f'<html lang="{language}">' in client.get("/").text


def test_a_browser_asking_for_no_language_of_the_page_gets_the_clis(tmp_path):
    """conftest.py pins the CLI to English."""
    client = client_for(demo_copy(tmp_path), "de-DE,de;q=0.9")
    assert headings(client.get("/").text) == ["Your case"]


def test_the_switch_changes_the_language_without_a_cookie_or_a_new_address(tmp_path):
    client = client_for(demo_copy(tmp_path), "nl")
    page = client.get("/logboek").text
    prefix = client.app.prefix  # the pages' random path (guard.py)
    assert f'<a href="{prefix}/logboek?lang=fr" lang="fr" hreflang="fr">Français</a>' in page
    assert 'aria-current="true">Nederlands</a>' in page
    switched = client.get("/logboek?lang=fr", follow_redirects=False)
    assert switched.status_code == 303
    assert switched.headers["location"] == f"{prefix}/logboek"  # back to the same page, app.js replaces it
    assert "set-cookie" not in switched.headers  # kept by the running server only
    assert switched.headers["cache-control"] == "no-store"
    assert headings(client.get("/logboek").text) == ["Journal"]  # the browser still asks for Dutch
    assert headings(client.get("/").text) == ["Votre dossier"]


def test_the_switch_needs_the_token_and_sends_nowhere_else(tmp_path):
    case = demo_copy(tmp_path)
    stranger = _client_for(case, case.parent, "nl")
    assert stranger.get("/?lang=fr", follow_redirects=False).status_code == 403
    # a path that a browser would read as another site's address stays on this one
    sent = []

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message):
        sent.append(message)

    speaking = Speaking(app=None, default="nl")
    asyncio.run(speaking({"type": "http", "method": "GET", "path": "//elsewhere.example/",
                          "query_string": b"lang=fr", "headers": []}, receive, send))
    assert dict(sent[0]["headers"])[b"location"] == b"/elsewhere.example/"
    assert speaking.chosen == "fr"


def test_the_papers_progress_speaks_the_language_of_the_page_that_started_it(tmp_path, monkeypatch):
    import threading

    from filings.seal import bundle

    case = demo_copy(tmp_path)
    client = client_for(case, "fr")
    heard, release = threading.Event(), threading.Event()
    real = bundle.build_bundle

    def slow(loaded, out, *, progress, **options):
        def say(message):
            progress(message)
            if message.startswith("document 2/"):
                heard.set()
                release.wait(30)
        return real(loaded, out, progress=say, **options)

    monkeypatch.setattr(bundle, "build_bundle", slow)
    try:
        assert post(client, "/papieren", {}).status_code == 303
        assert heard.wait(60)
        status = client.get("/papieren/status", headers={"Accept-Language": "nl"}).json()
    finally:
        release.set()
    assert status["step"] == "document 2/11 : 01-klacht.docx"  # French words, the case's Dutch papers
