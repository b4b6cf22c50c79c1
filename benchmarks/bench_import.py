"""How fast is `filings import` on a chat at WhatsApp's cap of 40,000 messages?

    python benchmarks/bench_import.py [--messages 40000] [--workdir DIR] [--keep]

Writes a WhatsApp export of --messages messages over two years (half his, in bursts,
some multi-line), and an SMS Backup & Restore XML of as many messages with an MMS photo
(256 KB of base64) every 100 messages, then measures, each in a fresh process on a fresh
copy of the demo case (wall time, peak RSS of the child):
  1. `filings import CASE chat.txt --sender Kevin --threats none`;
  2. the same import again (adds nothing: every key is recorded);
  3. `filings import CASE sms.xml --sender Kevin --dry-run` (the streamed XML), then for
     real (his 400 MMS photos decoded into evidence);
and `filings validate` of the case after the import. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import base64
import shutil
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import bench_bundle  # beside this file; it also puts the checkout first on sys.path
from bench_bundle import run_measured

REPO = Path(__file__).resolve().parent.parent
START = datetime(2024, 11, 1, 8, 0)
WORDS = "waar ben je ik zie je wel antwoord nu ik weet waar je woont waarom blokkeer je me".split()


def moments(count: int):
    """Times over two years: bursts of about ten messages a minute apart, then a pause."""
    at = START
    for n in range(count):
        at += timedelta(minutes=1) if n % 10 else timedelta(hours=1, minutes=37)
        yield n, at


def whatsapp(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n, at in moments(count):
            who = "Kevin" if n % 4 else "Sarah"
            text = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(6 + n % 9))
            if n % 17 == 0:
                text += "\nen nog iets 😠"
            out.write(f"{at.day}/{at.month:02d}/{at.year} {at:%H:%M} - {who}: {text}\n")


def sms(path: Path, count: int) -> None:
    blob = bytes(range(256)) * 1024
    with path.open("w", encoding="utf-8") as out:
        out.write(f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"{count}\">\n")
        for n, at in moments(count):
            ms = int(at.timestamp() * 1000)
            if n % 100 == 0:
                photo = base64.b64encode(b"\xff\xd8" + n.to_bytes(4, "big") + blob).decode()  # each its own bytes
                out.write(f'  <mms date="{ms}" msg_box="1" contact_name="Kevin"><parts><part seq="0" ct="image/jpeg" '
                          f'name="IMG_{n}.jpg" data="{photo}" /></parts><addrs><addr address="+32478987654" '
                          'type="137" /></addrs></mms>\n')
            else:
                kind = "1" if n % 4 else "2"
                out.write(f'  <sms address="+32478987654" date="{ms}" type="{kind}" body="bericht {n} &#55357;&#56864;" '
                          'contact_name="Kevin" />\n')
        out.write("</smses>\n")


def fresh_case(work: Path, name: str) -> Path:
    target = work / name
    shutil.copytree(REPO / "examples" / "demo", target)
    return target / "case.yaml"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=40_000)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-import-"))
    work.mkdir(parents=True, exist_ok=True)
    chat, backup = work / "WhatsApp Chat met Kevin.txt", work / "sms-backup.xml"
    whatsapp(chat, args.messages)
    sms(backup, args.messages)
    filings = [sys.executable, str(REPO / "cli.py")]
    print(f"export: {args.messages} messages, {chat.stat().st_size / 1e6:.1f} MB; "
          f"sms backup {backup.stat().st_size / 1e6:.1f} MB")
    case = fresh_case(work, "case")
    for label, command in (
        ("import", [*filings, "import", str(case), str(chat), "--sender", "Kevin", "--threats", "none"]),
        ("import again (adds nothing)", [*filings, "import", str(case), str(chat), "--sender", "Kevin"]),
        ("validate after import", [*filings, "validate", str(case)]),
        ("sms xml, dry run", [*filings, "import", str(fresh_case(work, "case2")), str(backup), "--sender", "Kevin",
                              "--dry-run"]),
        ("sms xml, import with photos", [*filings, "import", str(work / "case2" / "case.yaml"), str(backup),
                                         "--sender", "Kevin", "--threats", "none"]),
    ):
        seconds, peak, out = run_measured(command)
        last = out.strip().splitlines()[-1] if out.strip() else ""
        print(f"{label:30} {seconds:6.2f} s  peak RSS {peak:6.0f} MB   {last[:90]}")
    print(f"case file after import: {case.stat().st_size / 1e6:.1f} MB")
    if not args.keep and args.workdir is None:
        shutil.rmtree(work)


if __name__ == "__main__":
    del bench_bundle
    main()
