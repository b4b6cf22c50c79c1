"""`filings web` through Starlette's test client: who may reach the case, what every answer
tells the browser, and the forms, which check and save exactly as the CLI does."""

from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from starlette.testclient import TestClient

from filings.web.app import create_app
from filings.web.guard import cookie_name
from filings.web.uploads import safe_name
from web_helpers import NEVER_FOR_POLICE, POLICE_KINDS, demo_copy, files_under, png

TODAY = date(2026, 11, 26)
TOKEN = "s3cret-token"
COOKIE = cookie_name(TOKEN)
HOST = "testserver"
ORIGIN = f"http://{HOST}"


@pytest.fixture
def case(tmp_path) -> Path:
    return demo_copy(tmp_path)


def client_for(case_path: Path | None, folder: Path, language: str = "nl") -> TestClient:
    """The browser asks for Dutch unless told otherwise (Accept-Language)."""
    app = create_app(case_path, folder, TOKEN, hosts=[HOST], today=lambda: TODAY)
    return TestClient(app, base_url=ORIGIN + app.prefix,  # the pages' random path (guard.py)
                      headers={"Accept-Language": language})


@pytest.fixture
def client(case) -> TestClient:
    """Signed in: the token was exchanged for the session cookie."""
    client = client_for(case, case.parent)
    assert client.get(f"/?token={TOKEN}").status_code == 200
    return client


def post(client: TestClient, url: str, data: dict, files=None):
    return client.post(url, data=data, files=files, headers={"Origin": ORIGIN, "Sec-Fetch-Site": "same-origin"},
                       follow_redirects=False)


def inside(client: TestClient, location: str) -> str:
    """A redirect's address as the client asks for it (its base address holds the prefix)."""
    return location.removeprefix(client.app.prefix)


def field_error(html: str, name: str) -> str:
    """The problem shown beside a field: the error paragraph inside that field's block."""
    match = re.search(rf'<p class="error" id="e-{name}">(.*?)</p>', html, re.S)
    assert match, f"no error beside {name}"
    # beside it: the field the error describes follows in the same block
    assert f'aria-describedby="e-{name}"' in html
    return match.group(1)


def incidents(case: Path) -> list[dict]:
    return YAML(typ="safe").load(case.read_text(encoding="utf-8"))["incidents"]


def incident_form(**changes) -> dict:
    data = {"date": "2026-11-25", "time": "22:15", "end_time": "", "location": "Aan mijn deur",
            "kinds": ["waiting"], "description": 'Hij stond aan mijn deur en riep "doe open".',
            "new_witnesses": "", "police_report": ""}
    data.update(changes)
    return data


# --- who may reach the case ---------------------------------------------------------

def test_a_request_without_the_token_is_refused(case):
    client = client_for(case, case.parent)
    for path in ("/", "/logboek", "/papieren/status", "/static/app.js", "/papieren/pakket/politie"):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "Sarah" not in response.text
    assert client.get("/?token=wrong").status_code == 403
    client.cookies.set(COOKIE, "wrong")
    assert client.get("/").status_code == 403


def test_the_token_becomes_a_strict_httponly_cookie_and_leaves_the_address(case):
    client = client_for(case, case.parent)
    prefix = client.app.prefix
    first = client.get(f"/logboek?token={TOKEN}", follow_redirects=False)
    assert first.status_code == 303
    assert first.headers["location"] == f"{prefix}/logboek"  # the token is gone from the address bar
    cookie = first.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}={TOKEN};")
    assert f"Path={prefix};" in cookie or cookie.endswith(f"Path={prefix}")  # not sent to other paths or ports
    assert COOKIE != cookie_name("another page's token")  # two pages at once keep their own sessions
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert client.get("/logboek").status_code == 200  # the cookie alone lets it in now
    # the redirect stays on this server, whatever path the address had
    elsewhere = client.get(f"/%2Felsewhere.example/x?token={TOKEN}", follow_redirects=False)  # path //elsewhere...
    assert elsewhere.headers["location"] == f"{prefix}/elsewhere.example/x"


def test_a_foreign_host_header_is_refused_even_with_the_token(case):
    client = client_for(case, case.parent)
    for host in ("evil.example", "127.0.0.1.evil.example", "localhost"):
        response = client.get(f"/?token={TOKEN}", headers={"Host": host})
        assert response.status_code == 403, host
        assert response.headers["x-refused"] == "host"


def test_a_request_from_a_page_on_another_origin_is_refused_and_changes_nothing(client, case):
    before = case.read_bytes()
    for headers in ({"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
                    {"Origin": "http://127.0.0.1:9999", "Sec-Fetch-Site": "same-site"},  # another port
                    {"Origin": "null"},
                    {"Origin": "http://evil.example"}):
        response = client.post("/logboek/nieuw", data=incident_form(), headers=headers, follow_redirects=False)
        assert response.status_code == 403, headers
    # a page elsewhere that links or frames a page of the case
    assert client.get("/", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.get("/", headers={"Sec-Fetch-Site": "same-site"}).status_code == 403
    assert case.read_bytes() == before


def test_every_answer_keeps_nothing_and_runs_only_the_apps_own_script_files(client):
    for path in ("/", "/logboek", "/logboek/nieuw", "/bewijs", "/personen", "/meldingen", "/pvs",
                 "/papieren", "/static/app.js", "/nowhere", "/uit"):
        response = client.get(path)
        assert response.headers["cache-control"] == "no-store", path
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self';" in csp, path
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert response.headers["referrer-policy"] == "no-referrer"
        if response.headers.get("content-type", "").startswith("text/html"):
            html = response.text
            assert not re.search(r"<script(?![^>]*\bsrc=)", html), f"inline script on {path}"
            assert not re.search(r"\son[a-z]+=", html), f"inline handler on {path}"
            assert not re.search(r"(src|href|action)=\"(https?:)?//", html), f"external address on {path}"
    assert client.get(f"/?token={TOKEN}", headers={"Sec-Fetch-Site": "none"}).status_code == 200  # typed or opened


def test_the_page_asks_for_nothing_outside_the_package():
    """No CDN, no web font, no request of any kind to another host: the script, the style
    and the templates name no address outside the app."""
    web = Path(__file__).resolve().parent.parent / "filings" / "web"
    for path in [*web.glob("static/*"), *web.glob("templates/*")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(", text), path


def test_personal_fields_are_not_remembered_by_the_browser(client):
    for path in ("/logboek/nieuw", "/bewijs", "/meldingen", "/pvs"):
        html = client.get(path).text
        for tag in re.findall(r"<(?:input|textarea|select)\b[^>]*>", html):
            if 'type="checkbox"' in tag or 'type="file"' in tag:
                continue
            assert 'autocomplete="off"' in tag, (path, tag)
        # and every field has a label that names it
        for field_id in re.findall(r'<(?:input|textarea|select)\b[^>]*\bid="([^"]+)"', html):
            assert f'for="{field_id}"' in html, (path, field_id)


def test_quick_exit_page_shows_nothing_of_the_case_and_forgets_the_session(client):
    response = client.get("/uit")
    assert response.status_code == 200
    assert "Sarah" not in response.text and "Dossier" not in response.text
    assert "<script" not in response.text
    assert f'{COOKIE}=""' in response.headers["set-cookie"]
    assert "Max-Age=0" in response.headers["set-cookie"]
    assert client.get("/").status_code == 403  # a typed address: the token is needed again
    again = client.get("/uit")  # reloading the neutral page: still neutral, not a refusal
    assert again.status_code == 200 and "Geen toegang" not in again.text


# --- the logbook form ---------------------------------------------------------------

def test_a_date_in_the_future_is_shown_beside_the_date_and_nothing_is_written(client, case):
    before = files_under(case.parent)
    response = post(client, "/logboek/nieuw", incident_form(date="2030-01-01"),
                    files=[("files", ("foto.png", png(), "image/png"))])
    assert response.status_code == 422
    assert field_error(response.text, "date") == "2030-01-01 ligt na vandaag (2026-11-26): een datum kan niet in de toekomst liggen; kijk het jaar na."
    assert 'value="Aan mijn deur"' in response.text  # what was typed is kept
    assert files_under(case.parent) == before  # no case change, no upload left behind


def test_each_problem_is_shown_beside_its_own_field(client, case):
    before = case.read_bytes()
    response = post(client, "/logboek/nieuw", incident_form(
        date="12/03/2026", time="25:99", kinds=[], description="   ", police_report="XX/1", new_witnesses="Jan"))
    assert response.status_code == 422
    assert field_error(response.text, "date") == "Schrijf de datum als JJJJ-MM-DD, bv. 2026-03-12."
    assert field_error(response.text, "time") == "Schrijf de tijd als UU:MM, bv. 07:45, of laat hem leeg."
    assert field_error(response.text, "kinds") == "Geef minstens één soort."
    assert field_error(response.text, "description") == "Dit mag niet leeg zijn."
    assert field_error(response.text, "police_report").startswith("PV XX/1 staat niet in `police_reports`")
    assert "`Jan` is geen id van een getuige" in field_error(response.text, "new_witnesses")
    assert case.read_bytes() == before


def test_an_incident_with_a_photo_is_saved_as_the_cli_saves_it(client, case):
    photo = png(seed=7)
    text_before = case.read_text(encoding="utf-8")
    response = post(client, "/logboek/nieuw", incident_form(witnesses=["W1"], new_witnesses="Lotte Claes"),
                    files=[("files", ("IMG 2041.PNG", photo, "image/png"))])
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"{client.app.prefix}/logboek?m=")
    added = incidents(case)[-1]
    assert added["date"] == date(2026, 11, 25) and added["time"] == "22:15"
    assert added["kinds"] == ["waiting"] and added["description"] == 'Hij stond aan mijn deur en riep "doe open".'
    assert added["witnesses"] == ["W1", "W3"]
    stored = case.parent / "bewijs" / "img-2041.png"
    assert stored.read_bytes() == photo
    data = YAML(typ="safe").load(case.read_text(encoding="utf-8"))
    piece = next(e for e in data["evidence"] if e["id"] == added["evidence"][0])
    assert piece["file"] == "bewijs/img-2041.png" and piece["size"] == len(photo)
    assert next(w for w in data["witnesses"] if w["id"] == "W3")["last_name"] == "Claes"
    # the user's comments are kept: the old text is still there, line for line
    kept = case.read_text(encoding="utf-8")
    assert all(line in kept for line in text_before.splitlines() if line.lstrip().startswith("#"))
    page = client.get(inside(client, response.headers["location"])).text
    assert f"Feit {added['id']} is opgeslagen." in page
    assert "Nieuwe getuige W3: Lotte Claes." in page
    assert not list(case.parent.glob("bewijs/.*"))  # no working file left


def test_an_upload_never_overwrites_and_same_bytes_are_not_kept_twice(client, case):
    original = (case.parent / "bewijs" / "autodeur.png").read_bytes()
    other = png(seed=99)
    response = post(client, "/bewijs", {"description": "Nog een foto van de auto", "kind": "", "date": "",
                                        "incident": ""},
                    files=[("files", ("autodeur.png", other, "image/png"))])
    assert response.status_code == 303
    assert (case.parent / "bewijs" / "autodeur.png").read_bytes() == original
    assert (case.parent / "bewijs" / "autodeur-2.png").read_bytes() == other
    # the demo's own photo sent again: already recorded, no third copy
    before = files_under(case.parent)
    response = post(client, "/bewijs", {"description": "dezelfde", "kind": "", "date": "", "incident": ""},
                    files=[("files", ("kopie.png", original, "image/png"))])
    assert response.status_code == 303
    assert files_under(case.parent) == before
    assert "zat al in het dossier als" in client.get(inside(client, response.headers["location"])).text


def test_upload_names_cannot_leave_the_evidence_folder(client, case, tmp_path):
    outside = files_under(tmp_path)
    response = post(client, "/bewijs", {"description": "Brief", "kind": "letter", "date": "2026-11-20",
                                        "incident": "1"},
                    files=[("files", ("../../../etc/evil.sh", b"echo", "text/plain")),
                           ("files", ("..\\..\\win.txt", b"win", "text/plain")),
                           ("files", (".bashrc", b"rc", "text/plain"))])
    assert response.status_code == 303
    new = set(files_under(tmp_path)) - set(outside)
    assert new == {"dossier/bewijs/evil.sh", "dossier/bewijs/win.txt", "dossier/bewijs/bashrc", "dossier/case.yaml"} - \
        set(outside)


def test_safe_names():
    assert safe_name("C:\\fotos\\Auto deur.JPG") == "auto-deur.jpg"
    assert safe_name("../../.bashrc") == "bashrc"
    assert safe_name("Ölçü ß.heic") == "olcu-ss.heic"
    assert safe_name("") == "bestand"
    assert safe_name("....") == "bestand"


def test_evidence_without_a_file_or_description_is_refused_per_field(client, case):
    before = case.read_bytes()
    response = post(client, "/bewijs", {"description": "", "kind": "", "date": "2031-01-01", "incident": "99"})
    assert response.status_code == 422
    assert field_error(response.text, "files") == "Kies minstens één bestand."
    assert field_error(response.text, "description") == "Dit mag niet leeg zijn."
    assert "ligt na vandaag" in field_error(response.text, "date")
    assert field_error(response.text, "incident").startswith("Geen incident `99`: geef zijn id of zijn nummer")
    assert case.read_bytes() == before


def test_a_notice_and_a_pv_are_recorded_with_the_library_edits(client, case):
    response = post(client, "/meldingen", {"date": "2026-11-20", "by": "lawyer", "channel": "registered_letter",
                                           "text": "Mijn cliënte wil geen contact."},
                    files=[("files", ("ontvangstbewijs.png", png(seed=3), "image/png"))])
    assert response.status_code == 303
    data = YAML(typ="safe").load(case.read_text(encoding="utf-8"))
    notice = data["notices"][-1]
    assert (notice["by"], notice["channel"], notice["text"]) == ("lawyer", "registered_letter",
                                                                 "Mijn cliënte wil geen contact.")
    assert notice["evidence"]
    response = post(client, "/pvs", {"number": "GE.55.L3.099999/2026", "date": "2026-11-21",
                                     "police_zone": "PZ Gent", "prosecutor_reference": "", "covers": ["8"]})
    assert response.status_code == 303, response.text
    data = YAML(typ="safe").load(case.read_text(encoding="utf-8"))
    assert data["police_reports"][-1]["number"] == "GE.55.L3.099999/2026"
    assert incidents(case)[-1]["police_report"] == "GE.55.L3.099999/2026"
    # the same number again: the library refuses it, and the page says so
    again = post(client, "/pvs", {"number": "GE.55.L3.099999/2026", "date": "2026-11-21", "police_zone": "",
                                  "prosecutor_reference": ""})
    assert again.status_code == 422
    assert "GE.55.L3.099999/2026" in again.text and 'class="problems"' in again.text


def test_a_notice_without_a_channel_or_a_date_is_refused_per_field(client, case):
    before = case.read_bytes()
    response = post(client, "/meldingen", {"date": "", "by": "victim", "channel": "pigeon", "text": ""})
    assert response.status_code == 422
    assert field_error(response.text, "channel") == "Dit mag niet leeg zijn."
    assert field_error(response.text, "date") == "Schrijf de datum als JJJJ-MM-DD, bv. 2026-03-12."
    assert case.read_bytes() == before


# --- the papers -------------------------------------------------------------------------

def make_papers(client) -> None:
    assert post(client, "/papieren", {}).status_code == 303
    deadline = time.monotonic() + 120
    while (status := client.get("/papieren/status").json())["state"] == "running":
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert status["state"] == "done", status


def package(client, key: str) -> zipfile.ZipFile:
    response = client.get(f"/papieren/pakket/{key}")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == f'attachment; filename="{key}.zip"'
    return zipfile.ZipFile(io.BytesIO(response.content))


def test_each_reader_gets_only_their_own_papers(client, case):
    import json

    make_papers(client)
    manifest = json.loads((case.parent / "papieren" / "manifest.json").read_text(encoding="utf-8"))
    kind_of = {d["file"]: d["kind"] for d in manifest["documents"]}
    page = client.get("/papieren").text
    assert "/papieren/pakket/politie" in page and "/papieren/pakket/getuige-w1" in page

    police = package(client, "politie")
    names = [n.split("/", 1)[1] for n in police.namelist()]
    kinds = {kind_of[n] for n in names if n in kind_of}
    assert kinds <= POLICE_KINDS and "complaint" in kinds
    assert not kinds & NEVER_FOR_POLICE
    assert any(n.startswith("stukken/") for n in names)  # the police get the evidence
    sums = police.read("politie/SHA256SUMS").decode().splitlines()
    assert sorted(line.split("  ", 1)[1] for line in sums) == sorted(n for n in names if n != "SHA256SUMS")

    witness = package(client, "getuige-w1")
    assert [n.split("/", 1)[1] for n in witness.namelist()] == ["05-getuigenverklaring-w1-vermeulen.docx",
                                                                "SHA256SUMS"]
    court = {kind_of.get(n.split("/", 1)[1]) for n in package(client, "rechtbank-en-advocaat").namelist()}
    assert "summons" in court and not court & {"complaint", "contact_sheet", "guide", "witness_statement"}
    assert not [p for p in case.parent.iterdir() if p.name.startswith(".pakket")]  # temporaries removed

    paper = client.get("/papieren/bestand/01-klacht.docx")
    assert paper.status_code == 200 and paper.content[:2] == b"PK"
    assert client.get("/papieren/bestand/..%2Fcase.yaml").status_code == 404
    assert client.get("/papieren/bestand/manifest.json").status_code == 404
    assert client.get("/papieren/pakket/iedereen").status_code == 404


def test_the_papers_page_shows_a_progress_bar_while_the_bundle_is_made(client, monkeypatch):
    import threading

    from filings.seal import bundle

    halfway, finish = threading.Event(), threading.Event()
    real = bundle.build_bundle

    def slow(loaded, out, *, progress, **options):
        progress("document 1/11: 00-lees-eerst-gids.docx")
        progress("document 2/11: 01-klacht.docx")
        halfway.set()
        assert finish.wait(30)
        return real(loaded, out, progress=progress, **options)

    monkeypatch.setattr(bundle, "build_bundle", slow)
    assert post(client, "/papieren", {}).status_code == 303
    assert halfway.wait(30)
    status = client.get("/papieren/status").json()
    assert status["state"] == "running" and 0 < status["percent"] < 100
    assert status["step"] == "document 2/11: 01-klacht.docx"
    page = client.get("/papieren").text
    assert re.search(rf'<progress id="progress" max="100" value="{status["percent"]}" data-progress>', page)
    assert "Maak de papieren" not in page  # no second build while one runs
    finish.set()
    deadline = time.monotonic() + 120
    while client.get("/papieren/status").json()["state"] == "running":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    done = client.get("/papieren/status").json()
    assert (done["state"], done["percent"], done["error"]) == ("done", 100, "")
    assert "/papieren/pakket/politie" in client.get("/papieren").text


def test_papers_of_a_case_without_incidents_fail_with_the_librarys_reason(tmp_path):
    case = demo_copy(tmp_path)
    text = case.read_text(encoding="utf-8")
    case.write_text(text[:text.index("\nincidents:")] + "\nincidents: []\n", encoding="utf-8")
    client = client_for(case, case.parent)
    assert "0</strong> feiten" in client.get(f"/?token={TOKEN}").text
    make_papers_response = post(client, "/papieren", {})
    assert make_papers_response.status_code == 303
    deadline = time.monotonic() + 30
    while client.get("/papieren/status").json()["state"] == "running":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    page = client.get("/papieren").text
    assert "het logboek heeft nog geen incidenten" in page
    assert not (case.parent / "papieren").exists()


# --- no case yet ----------------------------------------------------------------------------

def test_without_a_case_the_page_offers_to_start_one(tmp_path):
    client = client_for(None, tmp_path)
    page = client.get(f"/?token={TOKEN}").text
    assert "Een dossier beginnen" in page
    response = post(client, "/start", {"name": "Mijn Dossier"})
    assert response.status_code == 303
    assert (tmp_path / "mijn-dossier" / "case.yaml").is_file()
    assert (tmp_path / "mijn-dossier" / "bewijs").is_dir()
    # the skeleton is to be filled in: the page lists what is missing, naming key and line
    page = client.get("/").text
    assert "victim.first_name: heeft geen waarde" in page
