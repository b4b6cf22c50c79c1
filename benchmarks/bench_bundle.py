"""How fast and how lean does a large case bundle?  (issue 6)

    python benchmarks/bench_bundle.py [--video-gb 1] [--workdir DIR] [--keep]

Generates a synthetic case from a seed: 2,000 incidents with multi-line Dutch text,
20 witnesses, 400 evidence files of 256 KB and one video (a sparse file of --video-gb
GB). Then, each in a fresh process:
  1. `filings bundle` of that case: wall time and peak RSS;
  2. the baseline a user could not beat: docxtpl rendering the same templates on
     prepared contexts, plus one stdlib pass that copies and SHA-256-hashes the evidence;
  3. their ratio, the time per document of the largest document, and the time to draw
     the pattern chart (matplotlib, once per bundle; in both runs);
  4. `filings --help` against `python -c "import click"`.
Prints the figures; asserts nothing (targets: ratio <= 1.3, RSS <= 300 MB whatever the
video's size, --help <= 1.5 x the click import).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

# Run from a checkout or after `pip install .`: the checkout's filings wins.
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))

SEED = 20261126
TODAY = date(2026, 11, 26)
INCIDENTS, WITNESSES, FILES, FILE_SIZE = 2000, 20, 400, 256 * 1024
KINDS = ["calls", "messages", "letters", "social_media", "email", "following", "waiting",
         "home_visit", "work_visit", "damage", "threat", "gifts", "surveillance"]
PLACES = ["Parking UZ Gent, Corneel Heymanslaan", "Veldstraat, Gent", "WhatsApp", "telefonisch",
          "Instagram", "station Gent-Sint-Pieters", "Overpoort, Gent", "Korenmarkt, Gent",
          "bushalte Heuvelpoort", "supermarkt Kortrijksepoortstraat"]
SENTENCES = [
    "Hij stond me op te wachten aan de uitgang van het ziekenhuis.",
    "Ik kreeg {n} berichten na elkaar, waaronder: \"Je ontsnapt me niet.\"",
    "Hij volgde me met de auto tot aan het kruispunt en bleef daar staan.",
    "Een collega zag hem aan de overkant van de straat.",
    "Hij belde {n} keer tussen middernacht en twee uur 's nachts.",
    "Er lag een briefje onder mijn ruitenwisser: \"Ik zie je overal.\"",
    "Hij reageerde onder elke foto die een vriendin van mij plaatste.",
    "Ik ben teruggekeerd naar binnen en heb de beveiliging verwittigd.",
    "De buurman hoorde hem roepen en heeft de politie gebeld.",
    "Hij stuurde bloemen naar mijn werk, zonder kaartje, voor de {n}e keer.",
]


def write_video(path: Path, gigabytes: float, dense: bool) -> str:
    """A video of that size, sparse (the benchmark measures us, not the disk) or dense
    (every byte random and on disk); returns its sha256."""
    digest, size = hashlib.sha256(), int(gigabytes * (1 << 30))
    with path.open("wb") as handle:
        if not dense:
            handle.truncate(size)
        for offset in range(0, size, 1 << 20):
            chunk = os.urandom(min(1 << 20, size - offset)) if dense else bytes(min(1 << 20, size - offset))
            if dense:
                handle.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def generate(folder: Path, video_gb: float, dense: bool = False) -> Path:
    rng = random.Random(SEED)
    evidence_dir = folder / "bewijs"
    evidence_dir.mkdir(parents=True)
    lines = ["format: 1", "reference: BENCH-2026-001", "language: nl", "victim:",
             "  first_name: Sarah", "  last_name: Peeters", "  gender: female", "  birth_date: 1991-05-14",
             "  address: {street: Kortrijksesteenweg, number: \"112\", postal_code: \"9000\", city: Gent}",
             "  address_confidential: true", "respondent:", "  first_name: Kevin", "  last_name: De Smet",
             "  gender: male", "  relationship: ex_partner",
             "  address: {street: Dorpsstraat, number: \"7\", postal_code: \"9050\", city: Gentbrugge}",
             "lawyer:", "  first_name: An", "  last_name: Claes", "  bar: Gent",
             "  address: {street: Coupure, number: \"5\", postal_code: \"9000\", city: Gent}",
             "complaint: {injured_party_declaration: true, prosecutor_office: Oost-Vlaanderen, police_zone: PZ Gent}",
             "police_reports:", "  - {number: GE.55.L3.012345/2024, date: 2024-12-03, police_zone: PZ Gent}",
             "witnesses:"]
    for w in range(1, WITNESSES + 1):
        lines += [f"  - id: W{w}", f"    first_name: Getuige{w}", f"    last_name: Janssens{w}",
                  "    birth_date: 1980-01-01", "    birth_place: Gent", "    profession: bediende",
                  f"    address: {{street: Veldstraat, number: \"{w}\", postal_code: \"9000\", city: Gent}}",
                  "    relation: geen familie van de partijen"]
    lines.append("evidence:")
    start = TODAY - timedelta(days=730)
    for e in range(1, FILES + 1):
        name = f"bewijs/foto-{e:03d}.jpg"
        data = rng.randbytes(FILE_SIZE)
        (folder / name).write_bytes(data)
        day = start + timedelta(days=rng.randrange(720))
        # the sha256 recorded, as `filings evidence add` records it
        lines += [f"  - id: E{e}", "    kind: photo", f"    description: Foto {e} van een feit",
                  f"    date: {day.isoformat()}", f"    file: {name}", f"    sha256: {hashlib.sha256(data).hexdigest()}"]
    video = write_video(evidence_dir / "video.mp4", video_gb, dense)
    lines += ["  - id: V1", "    kind: video", "    description: Bewakingsbeelden van de oprit",
              f"    date: {(TODAY - timedelta(days=3)).isoformat()}", "    file: bewijs/video.mp4",
              f"    sha256: {video}"]
    lines.append("incidents:")
    for _ in range(INCIDENTS):
        day = start + timedelta(days=rng.randrange(725))
        text = [s.format(n=rng.randrange(2, 40)) for s in rng.sample(SENTENCES, rng.randrange(2, 5))]
        lines += [f"  - date: {day.isoformat()}", f"    time: {rng.randrange(24):02d}:{rng.randrange(60):02d}",
                  f"    location: {PLACES[rng.randrange(len(PLACES))]}",
                  f"    kinds: [{', '.join(rng.sample(KINDS, rng.randrange(1, 3)))}]",
                  "    description: |", *(f"      {t}" for t in text)]
        if rng.random() < 0.3:
            lines.append(f"    witnesses: [W{rng.randrange(1, WITNESSES + 1)}]")
        if rng.random() < 0.4:
            lines.append(f"    evidence: [E{rng.randrange(1, FILES + 1)}]")
    lines += ["request:", "  procedure: summons", "  court: Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Gent",
              "  restraining_order: {distance_m: 200, places: ['haar werkplaats, UZ Gent, Corneel Heymanslaan 10, 9000 Gent']}",
              "  contact_ban: true", "  penalty_eur: 500", "  penalty_max_eur: 25000",
              "  urgency: De belaging duurt al twee jaar en neemt toe."]
    case = folder / "case.yaml"
    case.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return case


def run_measured(command: list[str]) -> tuple[float, float, str, float]:
    """Wall seconds, peak RSS in MB of the child (and what it waited for), stdout, and
    CPU seconds (user + system), which another load on the machine disturbs less."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(command)}\n{err.read()}")
        return elapsed, usage.ru_maxrss / 1024, out.read(), usage.ru_utime + usage.ru_stime


def clean_up(work: Path, keep: bool) -> None:
    """Remove a benchmark's working folder, or say where it was kept."""
    if keep:
        print(f"kept {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)


def baseline(case_path: str, out_dir: str) -> None:
    """The floor: docxtpl on prepared contexts, then one stdlib copy+hash pass."""
    import io

    from docx.shared import Mm
    from docxtpl import DocxTemplate, InlineImage
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from filings.load.loader import load_case
    from filings.plan.contexts import context
    from filings.plan.documents import planned_documents
    from filings.plan.evidence import numbered_items
    from filings.render.document import template_path
    from filings.render.phrases import phrase_function, read_phrases

    loaded = load_case(Path(case_path), today=TODAY, check_hashes=False)
    pieces = [(p.id, Path(case_path).parent / p.file) for p in loaded.case.evidence if p.file]
    items = [replace(item, file=f"stukken/{item.id}", sha256="0" * 64, size=0) if item.piece.file else item
             for item in numbered_items(loaded)]
    planned = planned_documents(loaded.case)
    prepared = [(template_path(d, None, loaded.case.language), context(loaded, d, items, planned), d) for d in planned]
    env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
    # The shared sentences the templates print (templates/<language>/phrases.yaml).
    folder = prepared[0][0].parent
    phrase = phrase_function(read_phrases(folder), folder)
    prepared = [(template, {**values, "phrase": phrase}, document) for template, values, document in prepared]
    out = Path(out_dir)
    (out / "stukken").mkdir(parents=True)
    started = time.perf_counter()
    chart = prepared[0][1]["pattern"]["chart"]  # the pattern chart: drawn once, shown in several papers
    png = chart.png() if chart else b""
    chart_seconds = time.perf_counter() - started
    largest = 0.0
    for template, values, document in prepared:
        t0 = time.perf_counter()
        tpl = DocxTemplate(str(template))
        if png:
            picture = InlineImage(tpl, io.BytesIO(png), width=Mm(160))
            values = {**values, "pattern": {**values["pattern"], "chart": picture}}
        tpl.render(values, env)
        tpl.save(out / document.file_name)
        largest = max(largest, time.perf_counter() - t0)
    rendered = time.perf_counter() - started
    for pid, source in pieces:
        digest = hashlib.sha256()
        with source.open("rb") as src, (out / "stukken" / pid).open("wb") as dst:
            while chunk := src.read(1 << 20):
                digest.update(chunk)
                dst.write(chunk)
    print(f"{time.perf_counter() - started:.3f} {rendered:.3f} {largest:.3f} {len(prepared)} "
          f"{chart_seconds:.3f} {len(png)}")


def best_of(command: list[str], runs: int = 5) -> float:
    return min(run_measured(command)[0] for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--video-gb", type=float, default=1.0)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement (best is kept)")
    parser.add_argument("--baseline", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline:
        return baseline(*args.baseline)

    work = Path(tempfile.mkdtemp(prefix="filings-bench-", dir=args.workdir))
    try:
        t0 = time.perf_counter()
        case = generate(work / "case", args.video_gb)
        print(f"case: {INCIDENTS} incidents, {WITNESSES} witnesses, {FILES} x 256 KB files and a "
              f"{args.video_gb:g} GB video (generated in {time.perf_counter() - t0:.1f} s)")
        filings = [sys.executable, "-m", "filings"]
        bundles, baselines = [], []
        for _ in range(args.runs):  # alternate the two, and keep the best of each: the
            for target in ("bundle", "base"):  # machine's noise only ever adds time
                shutil.rmtree(work / target, ignore_errors=True)
            os.sync()
            bundles.append(run_measured([*filings, "bundle", str(case), "-o", str(work / "bundle"),
                                         "--date", TODAY.isoformat()]))
            os.sync()
            baselines.append(run_measured([sys.executable, __file__, "--baseline", str(case), str(work / "base")]))
        wall, rss = min(b[0] for b in bundles), max(b[1] for b in bundles)
        base_wall, base_rss, out, _ = min(baselines, key=lambda b: float(b[2].split()[0]))
        base_total, base_render, largest, documents, chart_seconds, chart_bytes = out.split()
        print(f"1. filings bundle:        {wall:7.2f} s   peak RSS {rss:6.0f} MB   (best of {args.runs})")
        print(f"2. baseline:              {float(base_total):7.2f} s   (render {float(base_render):.2f} s for "
              f"{documents} documents, copy+hash the rest; process peak RSS {base_rss:.0f} MB)")
        print(f"3. ratio bundle/baseline: {wall / float(base_total):7.2f}     (target <= 1.3)")
        print(f"   largest document:      {float(largest):7.2f} s to render and save")
        print(f"   pattern chart:         {float(chart_seconds):7.2f} s to draw once (PNG of "
              f"{int(chart_bytes) / 1024:.0f} KB, in both runs)")
        help_time = best_of([*filings, "--help"])
        click_time = best_of([sys.executable, "-c", "import click"])
        print(f"4. filings --help:        {help_time * 1000:7.0f} ms  vs import click {click_time * 1000:.0f} ms: "
              f"ratio {help_time / click_time:.2f} (target <= 1.5)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")


if __name__ == "__main__":
    main()
