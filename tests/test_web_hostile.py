"""`filings web` attacked: by a web page, by another local user, by someone with the
victim's machine in hand, and by the victim's own odd input. Each test names the attack;
together with tests/test_web.py they show what the guard and the pages refuse."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from starlette.testclient import TestClient

from filings.web import papers
from filings.web.app import create_app
from filings.web.guard import cookie_name
from filings.web.uploads import safe_name
from web_helpers import demo_copy, files_under

import test_web_browser
from test_web import COOKIE, HOST, ORIGIN, TODAY, TOKEN, client_for, post

# the running page and the browser of tests/test_web_browser.py, as fixtures here too
browser, downloads, page = test_web_browser.browser, test_web_browser.downloads, test_web_browser.page
browser_language = test_web_browser.browser_language

PORT_HOSTS = ["127.0.0.1:8123", "localhost:8123"]  # what server.py lets in


@pytest.fixture
def case(tmp_path) -> Path:
    return demo_copy(tmp_path)


@pytest.fixture
def client(case) -> TestClient:
    client = client_for(case, case.parent)
    assert client.get(f"/?token={TOKEN}").status_code == 200
    return client


def raw(app, path: str = "/", method: str = "GET", headers: list[tuple[bytes, bytes]] = (),
        query: bytes = b"") -> tuple[int, dict[bytes, bytes]]:
    """One request straight into the ASGI app, headers exactly as given (a test client
    would add or fix some)."""
    sent: list[dict] = []
    received = []

    async def receive():
        if received:  # the body was read: wait, as a client that stays connected
            await asyncio.sleep(3600)
        received.append(True)
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": query,
             "headers": list(headers), "scheme": "http", "server": ("127.0.0.1", 8123),
             "client": ("127.0.0.1", 40000), "root_path": "", "http_version": "1.1"}
    asyncio.run(app(scope, receive, send))
    start = sent[0]
    return start["status"], dict(start["headers"])


# --- reaching the page -------------------------------------------------------------------

@pytest.mark.parametrize("host", [
    b"localhost.:8123", b"127.0.0.1.:8123",  # a trailing dot: another name to DNS, rebinding
    b"LOCALHOST:8123", b"127.0.0.1:8123@evil.example", b"evil.example@127.0.0.1:8123",
    b"[::1]:8123", b"127.0.0.1", b"127.0.0.1:80", b"127.1:8123", b"0x7f.0.0.1:8123", b"2130706433:8123",
    b"127.0.0.1:8123 ", b" 127.0.0.1:8123", b"127.0.0.1:08123", b"",
])
def test_dns_rebinding_host_variants_are_refused_even_with_the_token(case, host):
    app = create_app(case, case.parent, TOKEN, hosts=PORT_HOSTS, today=lambda: TODAY)
    status, headers = raw(app, headers=[(b"host", host)], query=f"token={TOKEN}".encode())
    assert status == 403 and headers[b"x-refused"] == b"host"


def test_a_missing_or_doubled_host_header_is_refused(case):
    app = create_app(case, case.parent, TOKEN, hosts=PORT_HOSTS, today=lambda: TODAY)
    assert raw(app, query=f"token={TOKEN}".encode())[0] == 403
    doubled = [(b"host", b"127.0.0.1:8123"), (b"host", b"evil.example")]
    assert raw(app, headers=doubled, query=f"token={TOKEN}".encode())[0] == 403
    # the real host still gets in
    assert raw(app, headers=[(b"host", b"127.0.0.1:8123")], query=f"token={TOKEN}".encode())[0] == 303


@pytest.mark.parametrize("given", [TOKEN[:-1], TOKEN + "x", TOKEN.upper(), " " + TOKEN, TOKEN[:4], "", "\0"])
def test_a_partial_or_altered_token_is_refused_in_the_address_and_in_the_cookie(case, given):
    client = client_for(case, case.parent)
    assert client.get("/", params={"token": given}).status_code == 403
    client.cookies.set(COOKIE, given)
    assert client.get("/").status_code == 403


def test_a_wrong_token_beside_the_right_one_is_not_let_through(case):
    client = client_for(case, case.parent)
    assert client.get(f"/?token={TOKEN}&token=wrong").status_code == 403
    client.cookies.set(cookie_name("another page's token"), TOKEN)  # the right value under another name
    assert client.get("/").status_code == 403


@pytest.mark.parametrize("headers", [
    {"Origin": "null"},  # a sandboxed frame or a file:// page
    {"Origin": "null", "Sec-Fetch-Site": "cross-site"},
    {"Origin": f"{ORIGIN}.evil.example"}, {"Origin": f"{ORIGIN}:80"}, {"Origin": ORIGIN.upper()},
    {"Origin": f"https://{HOST}"},
    {"Sec-Fetch-Site": "cross-site"},  # a browser that sends Sec-Fetch-Site but no Origin
    {"Sec-Fetch-Site": "same-site"},
])
def test_cross_site_posts_are_refused_whatever_the_browser_sends(client, case, headers):
    before = files_under(case.parent)
    for path in ("/logboek/nieuw", "/bewijs", "/meldingen", "/pvs", "/papieren", "/start"):
        response = client.post(path, data={"date": "2026-11-25"}, headers=headers, follow_redirects=False)
        assert response.status_code == 403, (path, headers)
    assert files_under(case.parent) == before


def test_a_cross_site_top_level_navigation_is_refused_even_to_the_quick_exit(client):
    for path in ("/", "/papieren/pakket/politie", "/papieren/status", "/uit"):
        response = client.get(path, headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"})
        assert response.status_code == 403, path


def test_no_get_changes_the_case(client, case):
    before = files_under(case.parent)
    for path in ("/logboek/nieuw", "/bewijs", "/meldingen", "/pvs", "/papieren", "/start", "/uit"):
        client.get(path, params={"date": "2026-11-25", "description": "x", "name": "x"})
    assert files_under(case.parent) == before


def test_a_package_asked_for_before_any_papers_were_made_is_not_found_not_a_crash(client, case):
    for key in ("politie", "rechtbank-en-advocaat", "getuige-w1"):
        response = client.get(f"/papieren/pakket/{key}")
        assert response.status_code == 404, key
    assert not [p for p in case.parent.iterdir() if p.name.startswith(".pakket")]


# --- script through the case's own data ---------------------------------------------------

HOSTILE = '<script src="/static/app.js"></script><img src=x onerror=alert(1)>'


def test_case_data_is_shown_as_text_never_as_markup(case):
    yaml = YAML()
    data = yaml.load(case.read_text(encoding="utf-8"))
    data["witnesses"][0]["first_name"] = "Lotte" + HOSTILE
    data["respondent"]["description"] = HOSTILE
    data["incidents"][0]["location"] = HOSTILE
    data["incidents"][0]["description"] = "x" + HOSTILE
    data["evidence"][0]["description"] = HOSTILE
    data["reference"] = "DOS" + HOSTILE[:20]
    with case.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    client = client_for(case, case.parent)
    assert client.get(f"/?token={TOKEN}").status_code == 200
    seen = 0
    for path in ("/", "/logboek", "/logboek/nieuw", "/bewijs", "/personen", "/meldingen", "/pvs", "/papieren"):
        html = client.get(path).text
        assert "<img src=x" not in html and html.count("<script") == 1, path
        seen += html.count("&lt;img src=x onerror=alert(1)&gt;")
    assert seen >= 4
    # a refused form echoes what was typed, as text
    response = post(client, "/logboek/nieuw", {"date": "2031-01-01", "location": HOSTILE, "description": HOSTILE,
                                                "kinds": ["waiting"], "new_witnesses": HOSTILE})
    assert response.status_code == 422
    assert "<img src=x" not in response.text and response.text.count("<script") == 1


# --- names of uploaded files --------------------------------------------------------------

@pytest.mark.parametrize("given", ["CON.txt", "con", "NUL", "aux.jpg", "COM1.png", "lpt9.pdf", "Con .txt",
                                   "nul.tar.gz", "com¹.jpg", "CONOUT$.txt", "prn.", "LPT1"])
def test_upload_names_reserved_on_windows_are_never_used(given):
    """'con.txt' opens the console on Windows, 'nul.jpg' writes into nothing: the upload
    would be lost while the case records it."""
    reserved = {"con", "prn", "aux", "nul", "conin$", "conout$", *(f"{p}{n}" for p in ("com", "lpt")
                                                                   for n in "0123456789")}
    name = safe_name(given)
    assert name.split(".")[0] not in reserved, name
    assert name.isascii() and "/" not in name and "\\" not in name


@pytest.mark.parametrize("given", ["．．／．．／case.yaml", "..\u2215..\u2215case.yaml", "a\0b.png",
                                   "x" * 400 + ".jpg", "\u202egnp.exe", " .. ", "/etc/passwd", "C:\\Windows\\x.dll",
                                   "..", "...jpg"])
def test_upload_names_stay_in_the_evidence_folder_and_fit_every_file_system(given):
    name = safe_name(given)
    assert name and "/" not in name and "\\" not in name and "\0" not in name
    assert not name.startswith(".") and len(name.encode()) <= 80, name
    assert name.isascii()


# --- a package for each reader --------------------------------------------------------------

def test_two_witnesses_whose_ids_spell_the_same_key_each_get_their_own_form():
    """Ids 'W1' and 'w1' (or 'w_1' and 'w-1') are different witnesses; one's package link
    must not hand out the other's form."""
    manifest = {"documents": [
        {"file": "05-getuigenverklaring-w1-vermeulen.docx", "kind": "witness_statement", "audience": "witness",
         "witness": "W1"},
        {"file": "06-getuigenverklaring-w1-el-amrani.docx", "kind": "witness_statement", "audience": "witness",
         "witness": "w1"},
        {"file": "07-getuigenverklaring-w-1-maes.docx", "kind": "witness_statement", "audience": "witness",
         "witness": "w_1"},
        {"file": "08-getuigenverklaring-w-1-claes.docx", "kind": "witness_statement", "audience": "witness",
         "witness": "w-1"}]}
    found = papers.readers(manifest)
    keys = [reader.key for reader, _ in found]
    assert len(keys) == len(set(keys))
    for reader, witness in found[2:]:
        own = [d["file"] for d in manifest["documents"] if d["witness"] == witness]
        assert papers.package_files(manifest, papers.reader_by_key(manifest, reader.key)) == own


# --- the token outside the page -----------------------------------------------------------

def test_every_address_with_a_token_opens_the_page_once(case, monkeypatch):
    """Attacks: another local user reads the browser's command line (ps, /proc/PID/cmdline,
    readable by all); someone with the machine in hand, after the victim's quick exit,
    types '127' and the address bar offers the token address from the history (chromium
    keeps it there, title 'Dossier'). Neither address may open the case again. The
    terminal prints the next address each time the last one was used, to come back after
    a quick exit; the session cookie's token is in no address."""
    import threading
    import webbrowser

    import uvicorn

    from filings.web.server import serve

    opened, announced, result = [], [], {}

    def fake_run(self, sockets):
        self.started = True
        deadline = time.monotonic() + 10
        while not opened and time.monotonic() < deadline:
            time.sleep(0.01)
        port = sockets[0].getsockname()[1]
        host = [(b"host", f"127.0.0.1:{port}".encode())]
        browser_token = opened[0].split("token=", 1)[1]
        printed_token = announced[0].split("token=", 1)[1]
        result["first"] = raw(self.config.app, headers=host, query=f"token={browser_token}".encode())
        result["again"] = raw(self.config.app, headers=host, query=f"token={browser_token}".encode())
        result["printed"] = raw(self.config.app, headers=host, query=f"token={printed_token}".encode())
        result["printed again"] = raw(self.config.app, headers=host, query=f"token={printed_token}".encode())
        next_token = announced[1].split("token=", 1)[1]
        result["next"] = raw(self.config.app, headers=host, query=f"token={next_token}".encode())

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    monkeypatch.setattr(webbrowser, "open", opened.append)
    thread = threading.Thread(target=serve, args=(case.parent,),
                              kwargs={"announce": announced.append, "open_browser": True,
                                      "announce_next": announced.append})
    thread.start()
    thread.join(30)
    assert opened[0] != announced[0]
    status, headers = result["first"]
    assert status == 303
    cookie = headers[b"set-cookie"].decode()
    assert not [token for token in (opened[0], *announced) if token.split("token=", 1)[1] in cookie]
    assert result["again"][0] == 403  # spent
    assert result["printed"][0] == 303 and result["printed again"][0] == 403
    assert result["next"][0] == 303 and len(announced) == 3  # each use prints the next address


# --- a full disk ------------------------------------------------------------------------

@pytest.mark.parametrize("path, data", [
    ("/bewijs", {"description": "Video van de parking", "kind": "video", "date": "2026-11-20", "incident": ""}),
    ("/logboek/nieuw", {"date": "2026-11-25", "time": "22:15", "location": "Parking", "kinds": ["waiting"],
                        "description": "Hij stond er weer."}),
    ("/meldingen", {"date": "2026-11-20", "by": "victim", "channel": "message", "text": "Stop."}),
])
def test_a_full_disk_during_an_upload_leaves_nothing_half_written_and_says_so(client, case, monkeypatch, path, data):
    """A large video fills the disk: no half file, no hidden temporary, the case as it was,
    and the form again with a message the victim can act on, not a bare 500."""
    import errno

    from filings.web import uploads

    real = uploads._Reader.part_data
    written = []

    def disk_fills(self, chunk, start, end):
        real(self, chunk, start, end)
        if self.upload is not None:
            written.append(self.upload.temporary)
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(uploads._Reader, "part_data", disk_fills)
    before = files_under(case.parent)
    response = post(client, path, data, files=[("files", ("parking.mp4", b"\0" * 200_000, "video/mp4"))])
    assert written
    assert response.status_code == 507
    assert "Niets opgeslagen" in response.text and "schijf" in response.text
    assert "Traceback" not in response.text and str(case.parent) not in response.text
    assert files_under(case.parent) == before  # hidden temporaries included


# --- the page and the CLI at once ----------------------------------------------------------

def test_a_cli_edit_during_a_long_upload_does_not_take_the_upload_away(client, case, monkeypatch):
    """Attack (or bad luck): `filings log add` in a terminal while the page still receives a
    large video. The CLI's edit removes what a killed intake left (hidden *.partial files in
    bewijs/); the page's upload in progress is not such a leftover."""
    from filings.edit.reports import NewReport, add_police_report
    from filings.web import uploads

    real = uploads._Reader.part_data
    edited = []

    def cli_edits_meanwhile(self, chunk, start, end):
        real(self, chunk, start, end)
        if self.upload is not None and not edited:
            add_police_report(case, NewReport(number="GE.55.L3.077777/2026", date=TODAY, police_zone=None,
                                              prosecutor_reference=None, covers=[]), TODAY)
            edited.append(True)

    monkeypatch.setattr(uploads._Reader, "part_data", cli_edits_meanwhile)
    response = post(client, "/bewijs", {"description": "Video van de parking", "kind": "video",
                                        "date": "2026-11-20", "incident": ""},
                    files=[("files", ("parking.mp4", b"\1" * 300_000, "video/mp4"))])
    assert edited
    assert response.status_code == 303, response.text
    assert (case.parent / "bewijs" / "parking.mp4").read_bytes() == b"\1" * 300_000
    data = YAML(typ="safe").load(case.read_text(encoding="utf-8"))
    assert data["evidence"][-1]["file"] == "bewijs/parking.mp4"
    assert data["police_reports"][-1]["number"] == "GE.55.L3.077777/2026"


def test_publishing_a_temporary_that_vanished_leaves_no_empty_file_that_looks_like_evidence(tmp_path, monkeypatch):
    """On a file system without hard links (a USB stick) publish() puts an empty
    placeholder first; when the temporary is gone the placeholder must go too."""
    import os

    from filings.atomic import publish

    def no_links(source, target):
        raise PermissionError("hard links not supported")

    monkeypatch.setattr(os, "link", no_links)
    with pytest.raises(OSError):
        publish(tmp_path / ".upload.abcdefgh.partial", tmp_path / "parking.mp4")
    assert list(tmp_path.iterdir()) == []


def test_uploads_a_killed_page_left_are_removed_when_the_page_starts_again(case):
    import os

    folder = case.parent / "bewijs"
    stale, fresh = folder / ".upload.abcd1234.receiving", folder / ".upload.efgh5678.receiving"
    stale.write_bytes(b"half a video")
    fresh.write_bytes(b"another page is receiving this")
    os.utime(stale, (time.time() - 2 * 3600,) * 2)
    create_app(case, case.parent, TOKEN, hosts=[HOST], today=lambda: TODAY)
    assert not stale.exists() and fresh.exists()


def test_many_uploads_at_once_and_cli_edits_between_them_lose_nothing(tmp_path):
    """Twelve incidents with a photo each posted at once to the running page, while the
    CLI adds four more: every incident and every photo is in the case once, the case still
    validates, and no working file is left."""
    import os
    import re
    import subprocess
    import sys
    from concurrent.futures import ThreadPoolExecutor

    import httpx2 as httpx

    from web_helpers import png

    case = demo_copy(tmp_path)
    before = len(YAML(typ="safe").load(case.read_text(encoding="utf-8"))["incidents"])
    server = subprocess.Popen([sys.executable, "-m", "filings", "web", str(case.parent), "--no-browser"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        origin, token = re.search(r"(http://127\.0\.0\.1:\d+)/\?token=(\S+)", server.stdout.readline()).groups()

        with httpx.Client(base_url=origin) as first:  # the address opens the page once: one session for all
            signed_in = first.get(f"/?token={token}", follow_redirects=True)
            assert signed_in.status_code == 200
            root, cookies = signed_in.url.path.rstrip("/"), dict(first.cookies)

        def upload(n: int) -> int:
            with httpx.Client(base_url=origin, timeout=120, cookies=cookies) as client:
                response = client.post(f"{root}/logboek/nieuw", headers={"Origin": origin, "Sec-Fetch-Site": "same-origin"},
                                       data={"date": "2026-11-20", "time": f"10:{n:02d}", "location": f"Plek {n}",
                                             "kinds": "waiting", "description": f"Feit nummer {n}."},
                                       files=[("files", (f"foto-{n}.png", png(seed=100 + n), "image/png"))])
                return response.status_code

        def cli(n: int) -> int:
            return subprocess.run([sys.executable, "-m", "filings", "log", "add", str(case), "--date", "2026-11-21",
                                   "--time", f"11:{n:02d}", "--location", f"Terminal {n}", "--kind", "calls",
                                   "--description", f"CLI-feit {n}."], capture_output=True, text=True,
                                  timeout=120).returncode

        with ThreadPoolExecutor(8) as pool:
            pages = [pool.submit(upload, n) for n in range(12)]
            terminal = [pool.submit(cli, n) for n in range(4)]
            assert [f.result() for f in pages] == [303] * 12
            assert [f.result() for f in terminal] == [0] * 4
    finally:
        server.terminate()
        server.communicate(timeout=30)
    data = YAML(typ="safe").load(case.read_text(encoding="utf-8"))
    added = data["incidents"][before:]
    assert sorted(i["description"].strip() for i in added) == sorted(
        [f"Feit nummer {n}." for n in range(12)] + [f"CLI-feit {n}." for n in range(4)])
    files = [e["file"] for e in data["evidence"] if e.get("file")]
    assert len(files) == len(set(files))
    assert {f"bewijs/foto-{n}.png" for n in range(12)} <= set(files)
    assert not [p.name for p in (case.parent / "bewijs").iterdir() if p.name.startswith(".")]
    check = subprocess.run([sys.executable, "-m", "filings", "validate", str(case)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


# --- what every answer tells the browser ---------------------------------------------------

def test_every_kind_of_answer_keeps_nothing_refusals_errors_and_files_included(client, case):
    answers = {
        "refused": client_for(case, case.parent).get("/logboek"),
        "not found": client.get("/nergens"),
        "wrong method": client.get("/start"),
        "head": client.head("/"),
        "redirect": client.get(f"/bewijs?token={TOKEN}", follow_redirects=False),
        "static": client.get("/static/app.css"),
        "neutral style": client_for(case, case.parent).get("/static/neutral.css"),
        "json": client.get("/papieren/status"),
        "bad form": client.post("/bewijs", content=b"x", headers={"Content-Type": "text/plain", "Origin": ORIGIN}),
    }
    for what, response in answers.items():
        assert response.headers.get("cache-control") == "no-store", what
        assert response.headers.get("x-content-type-options") == "nosniff", what
        assert "default-src 'none'" in response.headers.get("content-security-policy", ""), what
    assert answers["wrong method"].status_code == 405 and answers["bad form"].status_code == 400


def test_an_unexpected_error_shows_no_traceback_no_path_and_keeps_the_quick_exit(case, monkeypatch):
    from filings.web import app as web_app

    def broken(*args, **kwargs):
        raise RuntimeError(f"boom in {case}")

    app = create_app(case, case.parent, TOKEN, hosts=[HOST], today=lambda: TODAY)
    client = TestClient(app, base_url=ORIGIN + app.prefix, raise_server_exceptions=False,
                        headers={"Accept-Language": "nl"})
    assert client.get(f"/?token={TOKEN}").status_code == 200
    monkeypatch.setattr(web_app, "load_case", broken)
    response = client.get("/logboek")
    assert response.status_code == 500
    assert "Traceback" not in response.text and str(case.parent) not in response.text and "boom" not in response.text
    assert response.headers["cache-control"] == "no-store"
    assert 'id="quick-exit"' in response.text and f'<script src="{app.prefix}/static/app.js"' in response.text
    assert "Er ging iets mis" in response.text


# --- another port of 127.0.0.1 ------------------------------------------------------------

class _Listener:
    """A server another local user (or anything on this computer) runs on another port of
    127.0.0.1; it notes the cookies the victim's browser sends it."""

    def __init__(self):
        import http.server
        import threading

        self.seen: list[str] = []
        seen = self.seen

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                seen.append(self.headers.get("Cookie") or "")
                body = b"<!doctype html><p>hallo</p><script>fetch('/meer', {credentials: 'include'})</script>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.mark.browser
def test_a_server_on_another_port_never_receives_the_session(page, browser):
    """Attack: the browser sends the cookies of 127.0.0.1 to every port. Another local
    user listens on 127.0.0.1:<any> and gets the victim's browser there (a link, or any
    web site that redirects to it); its page fetches itself, and the browser hands over
    the session cookie, which replays against the case. The session must stay with the
    page's own addresses."""
    from selenium.webdriver.common.by import By

    from test_web_browser import open_as_from_terminal, wait_for

    driver = browser
    open_as_from_terminal(driver, page.url)
    wait_for(lambda: "Uw dossier" in driver.find_element(By.TAG_NAME, "h1").text, what="the case")
    listener = _Listener()
    try:
        driver.get(listener.origin + "/")
        wait_for(lambda: len(listener.seen) >= 2, what="the listener's page and its fetch")
    finally:
        listener.server.shutdown()
    assert not [c for c in listener.seen if "filings_" in c], listener.seen
    # the victim's own page still works: links, forms, the papers' status, the quick exit
    line = page.process.stdout.readline()
    while "next address" not in line:
        line = page.process.stdout.readline()
    driver.get(line.split("next address: ", 1)[1].strip())
    wait_for(lambda: "Uw dossier" in driver.find_element(By.TAG_NAME, "h1").text, what="the case again")
    driver.find_element(By.LINK_TEXT, "Logboek").click()
    wait_for(lambda: "Logboek" in driver.find_element(By.TAG_NAME, "h1").text, what="the logbook")
    driver.find_element(By.ID, "quick-exit").click()
    wait_for(lambda: driver.current_url.endswith("/uit"), what="the neutral page")
    driver.refresh()
    assert "Geen toegang" not in driver.page_source and "Sarah" not in driver.page_source


# --- the bundle inside the case folder ------------------------------------------------------

def test_papers_made_twice_replace_the_first_and_leave_nothing_behind(client, case):
    from test_web import make_papers, package

    make_papers(client)
    first = sorted(package(client, "politie").namelist())
    post(client, "/logboek/nieuw", {"date": "2026-11-25", "time": "22:15", "location": "Parking",
                                    "kinds": ["waiting"], "description": "Hij stond er weer."})
    make_papers(client)
    second = sorted(package(client, "politie").namelist())
    assert len(second) >= len(first) and "politie/SHA256SUMS" in second
    assert sorted(p.name for p in case.parent.iterdir()) == ["bewijs", "case.yaml", "papieren"]  # no .old, no .pakket
    # the bundle's copies of the evidence are never taken for evidence of the case
    data = YAML(typ="safe").load(case.read_text(encoding="utf-8"))
    assert not [e for e in data["evidence"] if str(e.get("file", "")).startswith("papieren/")]
    page = client.get("/bewijs").text
    assert "papieren/" not in page


def test_an_address_used_a_second_time_says_so_and_what_to_do(case):
    """Attack: another local user reads the browser's one-time address in its command line
    and uses it first. The victim's browser then finds the address spent: the page must
    tell her, so that she stops the server instead of simply trying the next address."""
    from filings.web.guard import Doors

    doors = Doors()
    door = doors.new()
    app = create_app(case, case.parent, TOKEN, hosts=[HOST], today=lambda: TODAY, doors=doors)
    thief = TestClient(app, base_url=ORIGIN + app.prefix)
    assert thief.get(f"/?token={door}").status_code == 200
    victim = TestClient(app, base_url=ORIGIN + app.prefix)
    refused = victim.get(f"/?token={door}")
    assert refused.status_code == 403 and refused.headers["x-refused"] == "spent"
    assert "al gebruikt" in refused.text and "Ctrl-C" in refused.text and "Sarah" not in refused.text
    assert victim.get("/?token=never-given").headers["x-refused"] == "token"


@pytest.mark.parametrize("path", ["/uit", "/static/neutral.css"])
def test_the_pages_open_without_the_token_never_hand_out_the_session(case, path):
    """The quick exit's page needs no token; a token-shaped parameter sent to it, right or
    wrong, must not make it exchange anything for the session cookie."""
    client = client_for(case, case.parent)
    for given in ("wrong", "x", TOKEN[:-1]):
        response = client.get(path, params={"token": given}, follow_redirects=False)
        assert TOKEN not in response.headers.get("set-cookie", ""), (path, given)
        assert response.status_code in (200, 403)
    app = create_app(case, case.parent, TOKEN, hosts=PORT_HOSTS, today=lambda: TODAY)
    status, headers = raw(app, path, headers=[(b"host", b"127.0.0.1:8123")], query=b"token=wrong")
    assert TOKEN.encode() not in headers.get(b"set-cookie", b"")
