"""How long from `filings web` to a page a person can use?  (issue 16)

    python benchmarks/bench_web.py [--runs 5]

Each run starts `filings web --no-browser` on a fresh copy of the demo case, in a new
process, and measures:
  1. listening: from the start of the process to the address printed (the moment
     `filings web` would open the browser);
  2. usable: from the start of the process to the case overview loaded and its
     navigation present in Debian's chromium (already running, as a person's browser is),
     through the token exchange and the page's own style and script;
  3. the first page alone: from asking the browser for the address to usable.
Prints the median and the worst of each; asserts nothing. Needs chromium and
chromedriver (apt-get install chromium chromium-driver) and selenium.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def browser():
    os.environ["SE_OFFLINE"] = "true"  # never download a driver or a browser
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,900"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def one_run(driver, workdir: Path) -> tuple[float, float, float]:
    from selenium.webdriver.common.by import By

    case_folder = workdir / "dossier"
    shutil.rmtree(case_folder, ignore_errors=True)
    shutil.copytree(REPO / "examples" / "demo", case_folder)
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "filings", "web", str(case_folder), "--no-browser"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        line = process.stdout.readline()
        listening = time.perf_counter() - start
        url = re.search(r"http://\S+", line).group(0)
        asked = time.perf_counter()
        driver.get(url)
        driver.find_element(By.CSS_SELECTOR, "nav a[aria-current=page]")  # laid out, with its style
        assert driver.execute_script("return document.readyState") == "complete"
        usable = time.perf_counter()
        return listening, usable - start, usable - asked
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    driver = browser()
    try:
        with tempfile.TemporaryDirectory() as folder:
            one_run(driver, Path(folder))  # warm the disk cache, as a second start would find it
            results = [one_run(driver, Path(folder)) for _ in range(runs)]
    finally:
        driver.quit()
    for index, name in enumerate(("listening (address printed)", "usable page (from start)",
                                  "first page in the browser")):
        values = [r[index] for r in results]
        print(f"{name:30s} median {statistics.median(values) * 1000:7.0f} ms   worst {max(values) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
