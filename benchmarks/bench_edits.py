"""How fast is a daily edit of a large case?

    python benchmarks/bench_edits.py [--sizes 2000 20000] [--runs 3] [--workdir DIR] [--keep]

Generates bench_bundle's case (2,000 incidents, 400 evidence files) and the same case
with 20,000 incidents, then measures, each in a fresh process, best of --runs (wall):
  1. `filings log add CASE --kind calls --location telefonisch --description ...`;
  2. `filings evidence add CASE FILE --description ...`;
  3. the library calls alone (add_incident, add_evidence) inside one process;
and `python -c "import filings.cli"` for reference. Each run edits a fresh copy of the
case. Prints the figures; asserts nothing (target: well under a second for the CLI).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import bench_bundle  # beside this file; it also puts the checkout first on sys.path
from bench_bundle import clean_up, run_measured

LIBRARY = """
import sys, time
from datetime import date
from pathlib import Path
from filings.edit.logbook import NewIncident, add_evidence, add_incident
from filings.load.model import IncidentKind
case, what, extra = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
today = date.today()
started = time.perf_counter()
if what == "incident":
    add_incident(case, NewIncident(date=today, kinds=[IncidentKind.calls], location="telefonisch",
                                   description="Zes oproepen na middernacht."), today)
else:
    add_evidence(case, [extra], kind=None, day=None, describe=lambda p: "Nieuw bewijs", incident=None,
                 today=today)
print(time.perf_counter() - started)
"""


def generate(folder: Path, incidents: int) -> Path:
    bench_bundle.INCIDENTS = incidents  # the generator reads the module's constant
    return bench_bundle.generate(folder, video_gb=0.001)


def best(runs: int, original: Path, work: Path, command) -> float:
    """Best wall time of command(case) over runs, each on a fresh copy of the case folder."""
    times = []
    for run in range(runs):
        copy = work / f"run-{run}"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(original.parent, copy)
        times.append(command(copy / original.name))
        shutil.rmtree(copy, ignore_errors=True)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="filings-edits-", dir=args.workdir))
    filings = [sys.executable, "-m", "filings"]
    extra = work / "nieuw-bewijs.txt"
    extra.write_text("een nieuw bewijsstuk\n")
    try:
        importing = min(run_measured([sys.executable, "-c", "import filings.cli"])[0] for _ in range(args.runs))
        print(f"python -c 'import filings.cli': {importing * 1000:6.0f} ms")
        for size in args.sizes:
            case = generate(work / f"case-{size}", size)
            megabytes = case.stat().st_size / 1e6
            log_add = best(args.runs, case, work, lambda c: run_measured(
                [*filings, "log", "add", str(c), "--kind", "calls", "--location", "telefonisch",
                 "--description", "Zes oproepen na middernacht."])[0])
            evidence_add = best(args.runs, case, work, lambda c: run_measured(
                [*filings, "evidence", "add", str(c), str(extra), "--description", "Nieuw bewijs"])[0])
            library = {what: best(args.runs, case, work, lambda c, what=what: float(run_measured(
                [sys.executable, "-c", LIBRARY, str(c), what, str(extra)])[2])) for what in ("incident", "evidence")}
            print(f"{size:6d} incidents ({megabytes:4.1f} MB): log add {log_add:6.2f} s   evidence add "
                  f"{evidence_add:6.2f} s   library: add_incident {library['incident']:6.2f} s, "
                  f"add_evidence {library['evidence']:6.2f} s   (best of {args.runs})")
    finally:
        clean_up(work, args.keep)


if __name__ == "__main__":
    main()
