"""The pattern (issue 13): the computed summary in the complaint, the summons and the
petition, and the chart in those papers and the guide. Every count is computed here from
the case data with plain Python, never with the function the documents use."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date, time

import pytest

from filings.load.loader import load_case
from filings.seal.bundle import build_bundle
from filings.seal.verify import verify

from conftest import DEMO, REPO, TODAY, minimal_case
from docs_helpers import docx_text, render_all

GUIDE, COMPLAINT, SUMMONS, PETITION = ("00-lees-eerst-gids.docx", "01-klacht.docx",
                                       "04-dagvaarding-kort-geding.docx", "04-eenzijdig-verzoekschrift.docx")
CHART = "patroon-van-de-feiten.png"
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
PNG = b"\x89PNG\r\n\x1a\n"


def media(data: bytes) -> dict[str, bytes]:
    """The pictures inside a .docx."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("word/media/")}


def paragraph(text: str, start: str) -> str:
    """The one line of text that begins with start ('' when none does)."""
    lines = [line for line in text.splitlines() if line.startswith(start)]
    assert len(lines) <= 1, lines
    return lines[0] if lines else ""


def sorted_incidents(path):
    case = load_case(path, today=TODAY).case
    return case, sorted(case.incidents, key=lambda i: (i.date, i.time or time(0)))


def per_month_line(incidents) -> str:
    counts = Counter((i.date.year, i.date.month) for i in incidents)
    parts = [f"{n} in {MONTHS[m - 1]} {y}" for (y, m), n in sorted(counts.items())]
    return (", ".join(parts[:-1]) + " en " + parts[-1]) if len(parts) > 1 else parts[0]


def night_numbers(incidents) -> list[int]:
    return [n for n, i in enumerate(incidents, start=1)
            if i.time is not None and (i.time.hour >= 22 or i.time.hour < 6)]


def facts_words(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"feit {numbers[0]}"
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"feiten {numbers[0]} tot en met {numbers[-1]}"
    return "feiten " + ", ".join(map(str, numbers[:-1])) + f" en {numbers[-1]}"


@pytest.fixture(scope="module")
def demo():
    return {name: docx_text(data) for name, (_d, data) in render_all().items()}


@pytest.fixture(scope="module")
def demo_bytes():
    return {name: data for name, (_d, data) in render_all().items()}


def test_demo_counts_equal_those_of_the_case(demo):
    case, incidents = sorted_incidents(DEMO)
    first_notice = min(n.date for n in case.notices)
    after = [n for n, i in enumerate(incidents, start=1) if i.date > first_notice]
    night = night_numbers(incidents)
    timed = sum(1 for i in incidents if i.time is not None)
    for name, verb in ((COMPLAINT, "gebeurden 's nachts"), (SUMMONS, "vonden 's nachts plaats")):
        text = demo[name]
        assert paragraph(text, "Aantal feiten per maand: ") == f"Aantal feiten per maand: {per_month_line(incidents)}."
        assert paragraph(text, f"{len(night)} van de {timed} feiten met een tijdstip ") == (
            f"{len(night)} van de {timed} feiten met een tijdstip {verb}, tussen 22:00 en 06:00 "
            f"({facts_words(night)}).")
        day = f"{first_notice.day} {MONTHS[first_notice.month - 1]} {first_notice.year}"
        assert f"De stippellijn markeert {day}, de dag waarop " in text
    assert f"Daarna volgden nog {len(after)} feiten ({facts_words(after)})." in demo[COMPLAINT]
    assert f"Na {day} volgden nog {len(after)} feiten ({facts_words(after)})." in demo[SUMMONS]
    # the demo's own numbers, as a reader checks them by hand
    assert "1 in januari 2026, 1 in februari 2026, 3 in maart 2026, 1 in april 2026, 1 in mei 2026 en " \
           "1 in november 2026" in demo[COMPLAINT]
    assert "(feiten 1 en 5)" in demo[COMPLAINT]


def test_channels_in_the_order_of_first_use(demo):
    _case, incidents = sorted_incidents(DEMO)
    means = {"calls", "messages", "letters", "social_media", "email", "third_parties", "gifts",
             "home_visit", "work_visit", "following", "waiting", "surveillance"}
    first: dict[str, date] = {}
    count = Counter()
    for i in incidents:
        for kind in i.kinds:
            if kind.value in means:
                first.setdefault(kind.value, i.date)
                count[kind.value] += 1
    order = list(first)  # dicts keep insertion order: the order of first use
    line = paragraph(demo[COMPLAINT], "Hoe hij mij benaderde")
    words = {"calls": "oproepen", "messages": "berichten", "waiting": "opwachten", "work_visit": "aan het werk",
             "home_visit": "aan de woning", "letters": "brieven", "social_media": "sociale media",
             "following": "achtervolgen"}
    positions = [line.index(f" {words[k]} (") if f" {words[k]} (" in line else line.index(f"{words[k]} (")
                 for k in order]
    assert positions == sorted(positions)
    assert f"oproepen ({count['calls']}×, van 28 januari 2026 tot 2 maart 2026)" in line
    assert "berichten (op 14 februari 2026)" in line
    court = paragraph(demo[SUMMONS], "De wijze waarop verweerder eiseres benaderde")
    assert "komen aan het werk (op 12 maart 2026)" in court


def test_escalation_in_kind_as_the_data_shows_it(demo):
    assert paragraph(demo[COMPLAINT], "Het werd erger.") == (
        "Het werd erger. Eerst bleef het bij contact op afstand; daarna kwamen er bij: bedreigingen (voor het "
        "eerst op 14 februari 2026, feit 2), zijn aanwezigheid bij mij (opwachten en aan het werk; voor het "
        "eerst op 12 maart 2026, feit 4) en schade (voor het eerst op 12 maart 2026, feit 4).")
    line = paragraph(demo[SUMMONS], "De gedragingen werden ernstiger.")
    assert "aanwezigheid bij eiseres (opwachten en komen aan het werk; voor het eerst op 12 maart 2026, feit 4)" \
        in line
    assert " ik " not in line and " mij " not in line  # the lawyer's voice


def variant(**changes) -> dict:
    data = minimal_case()
    data.update(changes)
    return data


def texts(write_case, data) -> tuple[dict[str, str], dict[str, bytes]]:
    rendered = render_all(write_case(data))
    return ({n: docx_text(b) for n, (_d, b) in rendered.items()}, {n: b for n, (_d, b) in rendered.items()})


def incident(day: str, kinds: list[str], hour: str | None = None) -> dict:
    item = {"date": day, "location": "telefonisch", "kinds": kinds, "description": "Het gebeurde opnieuw."}
    if hour:
        item["time"] = hour
    return item


def test_one_incident_no_chart_no_pattern_lines(write_case):
    text, data = texts(write_case, variant())
    for name in (COMPLAINT, GUIDE):
        assert not media(data[name]), name
        assert "stippellijn" not in text[name]
    assert "Aantal feiten per maand" not in text[COMPLAINT]
    assert "Hoe hij mij benaderde" not in text[COMPLAINT]
    assert "Het werd erger" not in text[COMPLAINT]
    assert "Het patroon van de feiten" not in text[GUIDE]


def test_no_escalation_no_night_no_notice_say_nothing(write_case):
    # only calls, in the day, no notice: nothing grew worse, nothing at night
    data = variant(incidents=[incident("2026-01-05", ["calls"], "10:00"), incident("2026-02-05", ["calls"], "21:59"),
                              incident("2026-03-05", ["calls"])])
    text, docs = texts(write_case, data)
    complaint = text[COMPLAINT]
    assert "Het werd erger" not in complaint and "ernstiger" not in complaint
    assert "'s nachts" not in complaint
    assert "stippellijn" not in complaint
    assert "Hoe hij mij benaderde" not in complaint  # one means only
    assert "Aantal feiten per maand: 1 in januari 2026, 1 in februari 2026 en 1 in maart 2026." in complaint
    assert len(media(docs[COMPLAINT])) == 1


def test_night_counts_only_facts_with_a_time(write_case):
    data = variant(incidents=[
        incident("2026-01-05", ["calls"], "22:00"), incident("2026-01-06", ["calls"], "05:59"),
        incident("2026-01-07", ["calls"], "06:00"), incident("2026-01-08", ["calls"], "21:59"),
        incident("2026-01-09", ["calls"]),
    ])
    complaint = texts(write_case, data)[0][COMPLAINT]
    assert "2 van de 4 feiten met een tijdstip gebeurden 's nachts, tussen 22:00 en 06:00 (feiten 1 en 2)." \
        in complaint


def test_escalation_starting_from_presence_to_violence(write_case):
    data = variant(incidents=[incident("2026-01-05", ["following"]), incident("2026-01-20", ["messages"]),
                              incident("2026-02-05", ["violence", "home_visit"])])
    complaint = texts(write_case, data)[0][COMPLAINT]
    assert paragraph(complaint, "Het werd erger.") == (
        "Het werd erger. Eerst bleef het bij zijn aanwezigheid bij mij; daarna kwamen er bij: geweld (voor het "
        "eerst op 5 februari 2026, feit 3).")


def test_weekly_chart_for_a_short_span_and_notice_count(write_case):
    data = variant(incidents=[incident("2026-01-05", ["calls"]), incident("2026-01-20", ["messages"]),
                              incident("2026-02-05", ["waiting"])],
                   notices=[{"date": "2026-01-10", "by": "victim", "channel": "message"}])
    text, docs = texts(write_case, data)
    assert "De feiten per week, naar soort" in text[COMPLAINT]
    assert "De stippellijn markeert 10 januari 2026, de dag waarop hem werd gevraagd elk contact te stoppen." \
        in text[COMPLAINT]
    assert "Daarna volgden nog 2 feiten (feiten 2 en 3)." in text[COMPLAINT]


def test_chart_in_every_paper_that_shows_the_pattern(demo_bytes, demo, tmp_path):
    pictures = {name: media(demo_bytes[name]) for name in (COMPLAINT, SUMMONS, GUIDE)}
    for name, found in pictures.items():
        assert len(found) == 1, name
        (png,) = found.values()
        assert png.startswith(PNG)
    assert len({next(iter(p.values())) for p in pictures.values()}) == 1  # one chart, the same bytes
    assert "Het patroon van de feiten" in demo[GUIDE]
    petition = render_all(write_petition(tmp_path))[PETITION][1]
    assert len(media(petition)) == 1


def write_petition(folder):
    import shutil

    text = DEMO.read_text(encoding="utf-8").replace("procedure: summons", "procedure: ex_parte")
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    shutil.copytree(DEMO.parent / "bewijs", folder / "bewijs")
    return folder / "case.yaml"


def png_chunks(data: bytes) -> list[bytes]:
    chunks, position = [], 8
    while position < len(data):
        length = int.from_bytes(data[position:position + 4], "big")
        chunks.append(data[position + 4:position + 8])
        position += 12 + length
    return chunks


def test_chart_bytes_identical_on_two_runs_and_without_metadata(tmp_path):
    loaded = load_case(DEMO, today=TODAY)
    first = build_bundle(loaded, tmp_path / "a")
    second = build_bundle(load_case(DEMO, today=TODAY), tmp_path / "b")
    a, b = (first.folder / CHART).read_bytes(), (second.folder / CHART).read_bytes()
    assert a == b and a.startswith(PNG)
    assert not {b"tEXt", b"iTXt", b"zTXt", b"tIME"} & set(png_chunks(a))
    # the picture in the complaint is the file beside it
    assert list(media((first.folder / COMPLAINT).read_bytes()).values()) == [a]
    assert verify(first.folder).intact
    sums = (first.folder / "SHA256SUMS").read_text()
    assert f"  {CHART}\n" in sums
    (first.folder / CHART).write_bytes(a + b"x")
    assert CHART in verify(first.folder).changed


def test_chart_is_drawn_again_the_same_in_a_fresh_process():
    code = ("from filings.load.loader import load_case; from filings.plan.views import pattern_view;"
            "from pathlib import Path;"
            "from datetime import date; import hashlib, sys;"
            f"c = pattern_view(load_case(Path({str(DEMO)!r}), today=date(2026, 11, 26)).case)['chart'];"
            "sys.stdout.write(hashlib.sha256(c.png()).hexdigest())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           cwd=REPO).stdout for _ in range(2)}
    assert len(runs) == 1 and re.fullmatch(r"[0-9a-f]{64}", runs.pop())


@pytest.mark.parametrize("args", [["--help"], ["validate", str(DEMO)]])
def test_help_and_validate_do_not_import_matplotlib(args):
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "filings", *args],
                            capture_output=True, text=True, cwd=REPO)
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert imported, result.stderr[-500:]
    assert not [m for m in imported if m.split(".")[0] == "matplotlib"]


def test_the_chart_uses_the_font_that_ships_with_matplotlib():
    import matplotlib
    from matplotlib import font_manager

    from filings.render.chart import FONT
    from filings.plan.views import pattern_view

    pattern_view(load_case(DEMO, today=TODAY).case)["chart"].png()
    assert font_manager.findfont(FONT).startswith(matplotlib.get_data_path())


def test_verify_reads_the_manifests_figures(tmp_path):
    import hashlib
    import json

    folder = build_bundle(load_case(DEMO, today=TODAY), tmp_path / "b").folder
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["figures"] == [{"file": CHART, "kind": "pattern_chart"}]
    manifest["figures"][0]["file"] = "elders.png"
    data = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    (folder / "manifest.json").write_bytes(data)
    sums = (folder / "SHA256SUMS").read_text(encoding="utf-8")
    sums = re.sub(r"^[0-9a-f]{64}  manifest\.json$", f"{hashlib.sha256(data).hexdigest()}  manifest.json", sums,
                  flags=re.M)
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    report = verify(folder)
    assert report.manifest == ["names elders.png, which SHA256SUMS does not list",
                               f"does not name {CHART}, which SHA256SUMS lists"]
