"""`filings web` driven in a real browser: Debian's chromium through chromedriver
(selenium, told where both are, so that it never tries to download a browser).

Outside CI the tests are skipped when chromium or chromedriver is missing; in CI
(CI=true, where .ci/run installs them) they fail."""

from __future__ import annotations

import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from test_libreoffice import required
from web_helpers import NEVER_FOR_POLICE, POLICE_KINDS, demo_copy, png

pytestmark = pytest.mark.browser


class Page:
    """A running `filings web` on a copy of the demo case."""

    def __init__(self, folder: Path):
        self.case = demo_copy(folder)
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "filings", "web", str(self.case.parent), "--no-browser"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        line = self.process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:(\d+))/\?token=(\S+)", line)
        assert match, line + self.process.stderr.read()
        self.origin, self.port, self.token = match.group(1), int(match.group(2)), match.group(3)
        self.url = f"{self.origin}/?token={self.token}"

    def stop(self) -> tuple[int, str]:
        """Ctrl-C, as a person stops it."""
        self.process.send_signal(signal.SIGINT)
        try:
            _, err = self.process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        return self.process.returncode, err


@pytest.fixture
def page(tmp_path):
    running = Page(tmp_path)
    yield running
    if running.process.poll() is None:
        running.stop()


@pytest.fixture
def downloads(tmp_path) -> Path:
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder


@pytest.fixture
def browser_language() -> str:
    """The language the browser asks pages for (Accept-Language); a test may parametrize it."""
    return "nl"


@pytest.fixture
def browser(downloads, browser_language):
    chromium = required("chromium", package="chromium")
    driver_path = required("chromedriver", package="chromium-driver")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager: never fetch a driver or a browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=420,900",
                     "--disable-gpu", "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    options.add_argument(f"--lang={browser_language}")
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False,
                                              "intl.accept_languages": browser_language})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


def wait_for(condition, timeout: float = 30, what: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except Exception:  # the page is changing under the test: look again
            value = None
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"waited {timeout}s for {what or condition}")


def history_length(driver) -> int:
    return driver.execute_script("return history.length")


def find(driver, css: str):
    from selenium.webdriver.common.by import By

    return wait_for(lambda: driver.find_element(By.CSS_SELECTOR, css), what=css)


def open_as_from_terminal(driver, url: str) -> None:
    """Open url in a new tab, as `filings web` has the system open it: the tab's history
    starts with the page (driver.get would add it after the driver's blank page)."""
    known = set(driver.window_handles)
    driver.execute_cdp_cmd("Target.createTarget", {"url": url})
    new = wait_for(lambda: set(driver.window_handles) - known, what="the new tab")
    driver.close()
    driver.switch_to.window(new.pop())


def go(driver, link_text: str, heading: str) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.LINK_TEXT, link_text).click()
    wait_for(lambda: heading in driver.find_element(By.TAG_NAME, "h1").text, what=heading)


def test_a_day_of_the_logbook_from_first_page_to_quick_exit(page, browser, downloads, tmp_path):
    from selenium.webdriver.common.by import By

    driver = browser
    open_as_from_terminal(driver, page.url)
    wait_for(lambda: "Uw dossier" in driver.find_element(By.TAG_NAME, "h1").text)
    assert "token" not in driver.current_url  # exchanged for the cookie at once
    assert history_length(driver) == 1

    # the logbook, then the form of a new incident: pages replace each other
    go(driver, "Logboek", "Logboek")
    go(driver, "Een feit toevoegen", "Een feit toevoegen")
    assert history_length(driver) == 1

    # a date in the future: a clear error beside the date, what was typed is kept
    # date and time pickers type by the browser's locale: their values are set, as a picker does
    driver.execute_script("document.getElementById('f-date').value = '2030-01-01'")
    driver.execute_script("document.getElementById('f-time').value = '22:15'")
    find(driver, "#f-location").send_keys("Aan mijn deur")
    driver.find_element(By.CSS_SELECTOR, "input[name=kinds][value=waiting]").click()
    find(driver, "#f-description").send_keys('Hij stond aan mijn deur en riep "doe open".')
    photo = tmp_path / "foto deur.png"
    photo.write_bytes(png(seed=11))
    find(driver, "#f-files").send_keys(str(photo))
    before = page.case.read_bytes()
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    error = find(driver, "#e-date")
    assert error.text == "2030-01-01 ligt na vandaag ({}): een datum kan niet in de toekomst liggen; kijk het jaar na.".format(time.strftime("%Y-%m-%d"))
    assert driver.switch_to.active_element.get_attribute("id") == "f-date"  # the focus is on the field
    assert find(driver, "#f-location").get_attribute("value") == "Aan mijn deur"
    assert page.case.read_bytes() == before
    assert not [p for p in (page.case.parent / "bewijs").iterdir() if p.name.startswith(".")]
    assert history_length(driver) == 1

    # corrected: saved, with the photo
    date_field = find(driver, "#f-date")
    driver.execute_script("arguments[0].value = '2026-11-20'", date_field)
    find(driver, "#f-files").send_keys(str(photo))  # a refused form does not keep a chosen file
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    note = wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "p.note"), what="the saved note")
    assert re.fullmatch(r"Feit I?\d+ is opgeslagen\.", note.text), note.text
    data = YAML(typ="safe").load(page.case.read_text(encoding="utf-8"))
    added = data["incidents"][-1]
    assert added["description"] == 'Hij stond aan mijn deur en riep "doe open".' and added["time"] == "22:15"
    piece = next(e for e in data["evidence"] if e["id"] == added["evidence"][0])
    assert (page.case.parent / piece["file"]).read_bytes() == photo.read_bytes()
    assert piece["file"] == "bewijs/foto-deur.png"
    assert history_length(driver) == 1

    # the papers, with their progress bar, then the police package
    go(driver, "Papieren maken", "Papieren maken")
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    link = wait_for(lambda: driver.find_element(By.CSS_SELECTOR, "a[data-package=politie]"), timeout=180,
                    what="the police package")
    assert "documenten" in driver.find_element(By.CSS_SELECTOR, "p.note").text
    link.click()
    package = wait_for(lambda: next(iter(downloads.glob("*.zip")), None), timeout=60, what="politie.zip")
    assert package.name == "politie.zip"
    manifest = YAML(typ="safe").load((page.case.parent / "papieren" / "manifest.json").read_text())
    kind_of = {d["file"]: d["kind"] for d in manifest["documents"]}
    with zipfile.ZipFile(package) as archive:
        names = [n.split("/", 1)[1] for n in archive.namelist()]
    kinds = {kind_of[n] for n in names if n in kind_of}
    assert "complaint" in kinds and kinds <= POLICE_KINDS and not kinds & NEVER_FOR_POLICE
    assert "stukken/" + Path(next(e["file"] for e in manifest["evidence"] if e["id"] == piece["id"])).name in names
    assert history_length(driver) == 1

    # quick exit: a neutral page, and nothing to go back to
    driver.find_element(By.ID, "quick-exit").click()
    wait_for(lambda: driver.current_url.endswith("/uit"), what="the neutral page")
    assert driver.title == "Nieuw tabblad"
    assert history_length(driver) == 1
    driver.back()
    time.sleep(0.5)
    assert driver.current_url.endswith("/uit")
    assert "Logboek" not in driver.page_source and "Sarah" not in driver.page_source
    driver.refresh()  # the session is forgotten; reloading stays on the neutral page
    assert driver.title == "Nieuw tabblad" and "Sarah" not in driver.page_source
    driver.get(page.origin + "/logboek")  # the case's address typed again: refused without the token
    assert "Lotte" not in driver.page_source and "Geen toegang" in driver.page_source

    code, err = page.stop()
    assert code == 0, err
    assert "stopped" in err


def test_escape_twice_leaves_for_the_neutral_page_without_a_history_entry(page, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = browser
    open_as_from_terminal(driver, page.url)
    go(driver, "Bewijs", "Bewijs")
    # by keyboard: the first Tab reaches 'Naar de inhoud', Enter moves to the page's content
    # without adding '#main' to the address (nor an entry to the history)
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    assert driver.switch_to.active_element.text == "Naar de inhoud"
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    wait_for(lambda: driver.switch_to.active_element.get_attribute("id") == "main", what="focus on main")
    assert driver.current_url.endswith("/bewijs") and history_length(driver) == 1
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.ESCAPE)
    time.sleep(0.2)
    assert driver.current_url.endswith("/bewijs")  # once is not enough: Escape also closes pickers
    body.send_keys(Keys.ESCAPE)
    wait_for(lambda: driver.current_url.endswith("/uit"), what="the neutral page")
    assert history_length(driver) == 1
    driver.back()
    time.sleep(0.3)
    assert driver.current_url.endswith("/uit")


@pytest.mark.parametrize("browser_language", ["fr"])
def test_in_french_from_first_page_to_quick_exit(page, browser):
    """A browser that asks for French gets the page in French, the library's refusal too;
    the language switch, like every link of the app, adds no entry to the history."""
    from selenium.webdriver.common.by import By

    driver = browser
    open_as_from_terminal(driver, page.url)
    wait_for(lambda: "Votre dossier" in driver.find_element(By.TAG_NAME, "h1").text, what="the French page")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
    go(driver, "English", "Your case")
    go(driver, "Français", "Votre dossier")
    assert history_length(driver) == 1

    go(driver, "Journal", "Journal")
    go(driver, "Ajouter un incident", "Ajouter un incident")
    driver.execute_script("document.getElementById('f-date').value = '2030-01-01'")
    driver.find_element(By.CSS_SELECTOR, "input[name=kinds][value=waiting]").click()
    find(driver, "#f-description").send_keys("Il attendait devant ma porte.")
    before = page.case.read_bytes()
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    error = find(driver, "#e-date")
    assert error.text == ("2030-01-01 est postérieure à aujourd'hui ({}) : une date ne peut pas être dans le futur ; "
                          "vérifiez l'année.").format(time.strftime("%Y-%m-%d"))
    assert "Quelque chose ne va pas." in driver.find_element(By.CSS_SELECTOR, ".problems").text
    assert driver.switch_to.active_element.get_attribute("id") == "f-date"
    assert page.case.read_bytes() == before
    assert history_length(driver) == 1

    assert driver.find_element(By.ID, "quick-exit").text == "Sortie rapide"
    driver.find_element(By.ID, "quick-exit").click()
    wait_for(lambda: driver.current_url.endswith("/uit"), what="the neutral page")
    assert driver.title == "Nouvel onglet"
    assert history_length(driver) == 1
    driver.back()
    time.sleep(0.3)
    assert driver.current_url.endswith("/uit") and "Journal" not in driver.page_source


class _Elsewhere(http.server.BaseHTTPRequestHandler):
    """A web page on another origin that tries to write into the case, as a page the
    victim happens to open while `filings web` runs."""

    target = ""

    def do_GET(self):
        body = f"""<!doctype html><html><body>
<form id="f" method="post" action="{self.target}/logboek/nieuw" enctype="multipart/form-data">
<input name="date" value="2026-11-20"><input name="kinds" value="calls">
<input name="description" value="Vals feit van een andere site">
</form>
<script>document.getElementById('f').submit();</script></body></html>""".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_page_on_another_origin_cannot_write_into_the_case(page, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(page.url)  # the victim has the case open: the browser holds the cookie
    wait_for(lambda: "Uw dossier" in driver.find_element(By.TAG_NAME, "h1").text)
    before = page.case.read_bytes()
    _Elsewhere.target = page.origin
    elsewhere = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Elsewhere)
    threading.Thread(target=elsewhere.serve_forever, daemon=True).start()
    try:
        driver.get(f"http://127.0.0.1:{elsewhere.server_address[1]}/")
        wait_for(lambda: driver.current_url.startswith(page.origin), what="the form sent")
        wait_for(lambda: "Geen toegang" in driver.page_source, what="the refusal")
    finally:
        elsewhere.shutdown()
    assert page.case.read_bytes() == before


def test_the_server_refuses_requests_without_the_token_or_with_a_foreign_host(page):
    class Stay(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None  # the answer itself is what is tested

    opener = urllib.request.build_opener(Stay)

    def status(url: str, **headers) -> int:
        request = urllib.request.Request(url, headers=headers)
        try:
            with opener.open(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert status(f"{page.origin}/") == 403
    assert status(f"{page.origin}/papieren/pakket/politie") == 403
    assert status(page.url, Host="evil.example") == 403
    assert status(page.url, Host=f"evil.example:{page.port}") == 403
    assert status(page.url) == 303  # the right token and Host: let in, to the page that sets the cookie
