"""Screenshots of each page of `filings web`, made by Debian's chromium (issue 16).

    python tools/web_screenshots.py [--out docs/web]

Starts `filings web --no-browser` on a copy of the demo case, walks through the pages as
a person would (a refused incident, a saved one, the papers made), and saves one PNG per
page at a laptop's width, plus the overview and the form at a phone's width. Needs
chromium, chromedriver and selenium; downloads nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def browser(width: int):
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},800",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=nl-BE"):
        options.add_argument(argument)
    # headless chromium asks pages for English whatever --lang says: ask for Dutch as a Belgian user would
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-BE,nl"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def shoot(driver, path: Path, width: int) -> None:
    """The whole page, however long: the window is made as tall as the page first."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height + 120, 600), 4000))
    time.sleep(0.2)
    driver.save_screenshot(str(path))
    print(path)


def wait(condition, timeout: float = 120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except Exception:
            pass
        time.sleep(0.05)
    raise TimeoutError


def main() -> None:
    from selenium.webdriver.common.by import By

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "web")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        case_folder = Path(folder) / "dossier"
        shutil.copytree(REPO / "examples" / "demo", case_folder)
        photo = Path(folder) / "foto-auto.png"
        shutil.copy(case_folder / "bewijs" / "autodeur.png", photo)
        photo.write_bytes(photo.read_bytes() + b"\0")  # other bytes: a new piece, not one recorded
        process = subprocess.Popen([sys.executable, "-m", "filings", "web", str(case_folder), "--no-browser"],
                                   stdout=subprocess.PIPE, text=True, cwd=REPO)
        url = re.search(r"http://\S+", process.stdout.readline()).group(0)
        laptop, phone = 1100, 390
        driver = browser(laptop)
        try:
            driver.get(url)
            root = driver.current_url.rstrip("/")  # the pages live under a random path (guard.py)
            for name, path in (("overzicht", "/"), ("logboek", "/logboek"), ("bewijs", "/bewijs"),
                               ("personen", "/personen"), ("meldingen", "/meldingen"), ("pvs", "/pvs")):
                driver.get(root + path)
                shoot(driver, out / f"{name}.png", laptop)
            driver.get(root + "/logboek/nieuw")
            shoot(driver, out / "feit-toevoegen.png", laptop)
            driver.execute_script("document.getElementById('f-date').value = '2030-01-01'")
            driver.find_element(By.ID, "f-location").send_keys("Aan mijn deur")
            driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            wait(lambda: driver.find_element(By.ID, "e-date"))
            shoot(driver, out / "feit-fouten.png", laptop)
            driver.execute_script("document.getElementById('f-date').value = '2026-11-20'")
            driver.execute_script("document.getElementById('f-time').value = '22:15'")
            driver.find_element(By.CSS_SELECTOR, "input[name=kinds][value=waiting]").click()
            driver.find_element(By.ID, "f-description").send_keys(
                'Hij stond een half uur aan mijn deur en riep "doe open, ik weet dat je thuis bent".')
            driver.find_element(By.ID, "f-files").send_keys(str(photo))
            driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            wait(lambda: driver.find_element(By.CSS_SELECTOR, "p.note"))
            shoot(driver, out / "feit-opgeslagen.png", laptop)
            driver.get(root + "/papieren")
            driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            try:
                wait(lambda: driver.find_element(By.CSS_SELECTOR, "progress"), timeout=5)
                shoot(driver, out / "papieren-bezig.png", laptop)
            except (TimeoutError, Exception):
                print("the papers were made before the progress bar could be shot")
            wait(lambda: driver.find_element(By.CSS_SELECTOR, "a[data-package]"))
            shoot(driver, out / "papieren.png", laptop)
            driver.set_window_size(phone, 800)
            for name, path in (("telefoon-overzicht", "/"), ("telefoon-feit-toevoegen", "/logboek/nieuw")):
                driver.get(root + path)
                shoot(driver, out / f"{name}.png", phone)
            driver.find_element(By.ID, "quick-exit").click()
            wait(lambda: driver.current_url.endswith("/uit"))
            driver.set_window_size(laptop, 500)
            driver.save_screenshot(str(out / "snel-weg.png"))
            print(out / "snel-weg.png")
            # a folder without a case: the page that starts one
            empty = Path(folder) / "leeg"
            empty.mkdir()
            starting = subprocess.Popen([sys.executable, "-m", "filings", "web", str(empty), "--no-browser"],
                                        stdout=subprocess.PIPE, text=True, cwd=REPO)
            try:
                driver.get(re.search(r"http://\S+", starting.stdout.readline()).group(0))
                shoot(driver, out / "beginnen.png", laptop)
            finally:
                starting.send_signal(signal.SIGINT)
                starting.wait(timeout=20)
        finally:
            driver.quit()
            process.send_signal(signal.SIGINT)
            process.wait(timeout=20)


if __name__ == "__main__":
    main()
