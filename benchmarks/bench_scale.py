"""Is every command near its floor, and linear in the number of incidents?  (issue 17)

    python benchmarks/bench_scale.py [--sizes 2000 20000 50000] [--runs 3] [--video-gb 2]
                                     [--checkout DIR] [--workdir DIR] [--keep]

For each size, bench_bundle's synthetic case (400 evidence files of 256 KB, 20 witnesses)
with that many incidents; each command runs as a whole process, alternating with its
floor run (also a whole process), --runs pairs. Printed per command and size: the median
wall time of filings and of the floor, the ratio of each pair, their median, the peak
RSS of filings, and the median ratio of CPU time (user + system), which another load on
the machine disturbs less than the wall time. Then the growth exponent of each command's median time between sizes
(time ~ n^k: k = 1 is linear). Finally the large-evidence case, reported apart: the
smallest case plus one dense --video-gb GB video. Every evidence file's sha256 is
recorded in the case, as `filings evidence add` records it.

The floors do the least work the command needs, with the fastest parts at hand, and
none of the checks:
  validate      read the YAML: libyaml's event stream (C), no values built
  log add       that read, then write the text back with one incident more (atomic rename)
  evidence add  log add's floor, plus copy and SHA-256 of the new file
  render        docxtpl rendering the logbook from its context prepared in advance (a
                pickle; its body moved in linear time with filings' render/body.py, since
                docxtpl's own move is quadratic, and its listing step taken only where a
                paragraph needs it, render/listing.py), and saving it
  bundle        the YAML read, every document as above (the pattern chart drawn once with
                matplotlib and placed in the papers that show it: work the papers need),
                and every evidence file copied by the kernel (shutil.copyfile) and hashed
                with hashlib through one buffer
--checkout measures another copy of filings (e.g. `git archive main`); the floors always
run from this checkout. Asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import bench_bundle  # beside this file; it also puts this checkout first on sys.path
from bench_bundle import REPO, TODAY, clean_up, run_measured

DATE = TODAY.isoformat()
NEW_INCIDENT = ("  - date: {day}\n    time: '23:10'\n    location: telefonisch\n    kinds: [calls]\n"
                "    description: Zes oproepen na middernacht.\n")


def generate(folder: Path, incidents: int, video_gb: float = 0.0) -> Path:
    """bench_bundle's case with that many incidents; its video dense when video_gb is given."""
    bench_bundle.INCIDENTS = incidents  # the generator reads the module's constant
    return bench_bundle.generate(folder, video_gb=video_gb or 0.001, dense=bool(video_gb))


def fresh_copy(case: Path, to: Path) -> Path:
    """A copy of the case folder to edit: the case file copied, evidence hard-linked."""
    shutil.rmtree(to, ignore_errors=True)
    shutil.copytree(case.parent, to, copy_function=os.link)
    (to / case.name).unlink()
    shutil.copyfile(case, to / case.name)
    return to / case.name


# -- the floors, each run as `bench_scale.py --floor KIND ARGS...` -------------------------

def read_yaml(case: Path) -> str:
    """The least any reader of the case does: libyaml's event stream (C), no values built.
    (ruamel's own safe load takes 5x filings' read: it is no floor.)"""
    from ruamel.yaml import YAML

    text = case.read_text(encoding="utf-8")
    for _ in YAML(typ="safe", pure=False).parse(text):
        pass
    return text


def floor_validate(case: str) -> None:
    read_yaml(Path(case))


def floor_log_add(case: str) -> None:
    path = Path(case)
    text = read_yaml(path)
    at = text.index("\nrequest:") + 1
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text[:at] + NEW_INCIDENT.format(day=DATE) + text[at:], encoding="utf-8")
    os.replace(temporary, path)


def copy_and_hash(source: Path, target: Path) -> str:
    shutil.copyfile(source, target)
    digest, buffer = hashlib.sha256(), bytearray(1 << 20)
    view = memoryview(buffer)
    with source.open("rb", buffering=0) as handle:
        while count := handle.readinto(buffer):
            digest.update(view[:count])
    return digest.hexdigest()


def floor_evidence_add(case: str, extra: str) -> None:
    floor_log_add(case)
    copy_and_hash(Path(extra), Path(case).parent / "bewijs" / Path(extra).name)


def render_prepared(prepared: list, out: Path) -> None:
    from docxtpl import DocxTemplate
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    from filings.render.body import replace_body
    from filings.render.listing import resolve_listing
    from filings.render.engine import _with_pictures
    from filings.render.phrases import phrase_function, read_phrases

    class Fastest(DocxTemplate):  # docxtpl with the fastest equivalents of its slow steps
        def map_tree(self, tree):
            if not replace_body(self.docx, tree):
                super().map_tree(tree)

        def resolve_listing(self, xml):
            return resolve_listing(xml, super().resolve_listing)

    env = SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)
    folder = Path(prepared[0][0]).parent
    phrase = phrase_function(read_phrases(folder), folder)
    for template, values, name in prepared:
        document = Fastest(template)
        # The pattern chart is work every bundle must do: drawn (once, with matplotlib) and
        # placed as a picture, as the papers show it.
        document.render({**_with_pictures(values, document), "phrase": phrase}, env)
        document.save(out / name)


def floor_render(prepared: str, out: str) -> None:
    render_prepared(pickle.loads(Path(prepared).read_bytes()), Path(out))


def floor_bundle(case: str, prepared: str, out: str) -> None:
    read_yaml(Path(case))
    target = Path(out)
    (target / "stukken").mkdir(parents=True)
    render_prepared(pickle.loads(Path(prepared).read_bytes()), target)
    for source in sorted((Path(case).parent / "bewijs").iterdir()):
        copy_and_hash(source, target / "stukken" / source.name)


FLOORS = {"validate": floor_validate, "log-add": floor_log_add, "evidence-add": floor_evidence_add,
          "render": floor_render, "bundle": floor_bundle}


def prepare(case: Path, checkout: Path, out: Path, only: str | None = None) -> Path:
    """Pickle each document's template, context and file name, computed by the measured
    filings (untimed, in a process of its own)."""
    code = f"""
import pickle, sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from filings.load.loader import load_case
from filings.plan.contexts import Contexts
from filings.plan.documents import planned_documents
from filings.plan.evidence import numbered_items
from filings.render.document import template_path
loaded = load_case(Path(sys.argv[1]), today=date.fromisoformat("{DATE}"), check_hashes=False)
items = [replace(i, file=f"stukken/{{i.id}}", sha256="0" * 64, size=0) if i.piece.file else i
         for i in numbered_items(loaded)]
planned = planned_documents(loaded.case)
contexts = Contexts(loaded, items, planned)
wanted = [d for d in planned if sys.argv[3] in ("", d.kind.name)]
data = [(str(template_path(d, None, loaded.case.language)), contexts(d), d.file_name) for d in wanted]
Path(sys.argv[2]).write_bytes(pickle.dumps(data))
"""
    subprocess.run([sys.executable, "-P", "-c", code, str(case), str(out), only or ""], check=True,
                   env={**os.environ, "PYTHONPATH": str(checkout)}, capture_output=True)
    return out


# -- measuring ---------------------------------------------------------------------------

def paired(runs: int, ours, floor) -> dict:
    """Alternate ours() and floor() runs times (which goes first alternates too); each
    returns (wall s, peak RSS MB, CPU s). Medians, and the ratios of each pair."""
    pairs = []
    for run in range(runs):
        first, second = (ours, floor) if run % 2 == 0 else (floor, ours)
        a, b = first(), second()
        pairs.append((a, b) if run % 2 == 0 else (b, a))
    return {"ours": statistics.median(p[0][0] for p in pairs), "floor": statistics.median(p[1][0] for p in pairs),
            "ratios": [p[0][0] / p[1][0] for p in pairs], "rss": max(p[0][1] for p in pairs),
            "cpu_ratios": [p[0][2] / p[1][2] for p in pairs], "cpu": statistics.median(p[0][2] for p in pairs),
            "floor_rss": max(p[1][1] for p in pairs)}


def process(command: list[str], checkout: Path, before=None) -> tuple[float, float, float]:
    if before is not None:
        before()
    os.sync()
    env_path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(checkout)
    try:
        wall, rss, _, cpu = run_measured(command)
    finally:
        os.environ["PYTHONPATH"] = env_path or ""
    return wall, rss, cpu


def measure_size(size: int, case: Path, args, work: Path) -> dict[str, dict]:
    py, me = sys.executable, str(Path(__file__).resolve())
    filings = [py, "-P", "-m", "filings"]  # -P: the --checkout, never the working folder
    extra = work / "nieuw-bewijs.jpg"
    extra.write_bytes(os.urandom(256 * 1024))
    edit = work / f"edit-{size}"
    edited = edit / case.name
    out = work / f"out-{size}"
    logbook = prepare(case, args.checkout, work / f"logbook-{size}.pickle", "logbook")
    everything = prepare(case, args.checkout, work / f"all-{size}.pickle")

    def fresh_edit():
        fresh_copy(case, edit)

    def fresh_out():
        shutil.rmtree(out, ignore_errors=True)

    commands = {
        "validate": ([*filings, "validate", str(case), "--date", DATE], [py, me, "--floor", "validate", str(case)],
                     None),
        "log add": ([*filings, "log", "add", str(edited), "--kind", "calls", "--location", "telefonisch",
                     "--description", "Zes oproepen na middernacht.", "--date", DATE, "--time", "23:10"],
                    [py, me, "--floor", "log-add", str(edited)], fresh_edit),
        "evidence add": ([*filings, "evidence", "add", str(edited), str(extra), "--description", "Nieuw bewijs",
                          "--date", DATE], [py, me, "--floor", "evidence-add", str(edited), str(extra)], fresh_edit),
        "render": ([*filings, "render", str(case), "logbook", "-o", str(out / "logboek.docx"), "--date", DATE],
                   [py, me, "--floor", "render", str(logbook), str(out)],
                   lambda: (fresh_out(), out.mkdir())),
        "bundle": ([*filings, "bundle", str(case), "-o", str(out), "--date", DATE],
                   [py, me, "--floor", "bundle", str(case), str(everything), str(out)], fresh_out),
    }
    results = {}
    for name, (ours, floor, before) in commands.items():
        if args.only and name not in args.only:
            continue
        results[name] = paired(args.runs, lambda: process(ours, args.checkout, before),
                               lambda: process(floor, REPO, before))
        report(f"{name} {size}", results[name])
    return results


def report(label: str, result: dict) -> None:
    ratios = " ".join(f"{r:.2f}" for r in result["ratios"])
    print(f"{label:>20}: {result['ours']:7.2f} s ({result['cpu']:.2f} CPU)  floor {result['floor']:6.2f} s  ratio "
          f"{statistics.median(result['ratios']):5.2f} (pairs {ratios})  peak RSS {result['rss']:6.0f} MB "
          f"(floor {result['floor_rss']:.0f})  CPU ratio {statistics.median(result['cpu_ratios']):5.2f}", flush=True)


def exponents(sizes: list[int], by_size: dict[int, dict[str, dict]]) -> None:
    print("\ngrowth exponents k, time ~ n^k, of the median wall time / CPU time / peak RSS:")
    for name in by_size[sizes[0]] if len(sizes) > 1 else ():
        steps = []
        for small, large in zip(sizes, sizes[1:]):
            a, b = by_size[small][name], by_size[large][name]
            k = [math.log(b[key] / a[key]) / math.log(large / small) for key in ("ours", "cpu", "rss")]
            steps.append(f"{small}->{large}: " + " / ".join(f"{x:.2f}" for x in k))
        print(f"{name:>20}: " + "   ".join(steps))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000, 50000])
    parser.add_argument("--runs", type=int, default=3, help="pairs per measurement")
    parser.add_argument("--video-gb", type=float, default=2.0, help="the large-evidence case's video; 0: none")
    parser.add_argument("--checkout", type=Path, default=REPO, help="the filings to measure")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--only", nargs="+", choices=["validate", "log add", "evidence add", "render", "bundle"],
                        help="measure only these commands")
    parser.add_argument("--floor", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        return FLOORS[args.floor[0]](*args.floor[1:])

    args.checkout = args.checkout.resolve()
    work = Path(tempfile.mkdtemp(prefix="filings-scale-", dir=args.workdir))
    print(f"filings from {args.checkout}; {os.cpu_count()} cores; {args.runs} alternating pairs each")
    try:
        by_size = {}
        for size in args.sizes:
            case = generate(work / f"case-{size}", size)
            print(f"\n{size} incidents ({case.stat().st_size / 1e6:.1f} MB case file):", flush=True)
            by_size[size] = measure_size(size, case, args, work)
        exponents(args.sizes, by_size)
        if args.video_gb:
            case = generate(work / "case-video", args.sizes[0], args.video_gb)
            print(f"\nlarge evidence: {args.sizes[0]} incidents and a dense {args.video_gb:g} GB video:")
            large = work / "large"
            everything = prepare(case, args.checkout, work / "all-video.pickle")
            result = paired(args.runs, lambda: process(
                [sys.executable, "-P", "-m", "filings", "bundle", str(case), "-o", str(large), "--date", DATE],
                args.checkout, lambda: shutil.rmtree(large, ignore_errors=True)), lambda: process(
                [sys.executable, __file__, "--floor", "bundle", str(case), str(everything), str(large)],
                REPO, lambda: shutil.rmtree(large, ignore_errors=True)))
            report("bundle + video", result)
    finally:
        clean_up(work, args.keep)


if __name__ == "__main__":
    main()
