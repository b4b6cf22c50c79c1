"""`filings bundle` and `filings verify`: one numbering, integrity a stranger can check,
atomic and reproducible output, originals untouched."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import DEMO, minimal_case
from docs_helpers import docx_text

DATE = ("--date", "2026-11-26")


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory) -> Path:
    from click.testing import CliRunner

    from filings.cli import cli

    out = tmp_path_factory.mktemp("b") / "bundel"
    result = CliRunner().invoke(cli, ["bundle", str(DEMO), "-o", str(out), "--zip", *DATE])
    assert result.exit_code == 0, result.output
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


def test_bundle_holds_documents_evidence_manifest_and_sums(demo_bundle):
    names = sorted(snapshot(demo_bundle))
    assert names == [
        "00-lees-eerst-gids.docx", "01-klacht.docx", "02-verklaring-benadeelde-persoon.docx",
        "03-contactgegevens-vertrouwelijk.docx", "04-dagvaarding-kort-geding.docx",
        "05-getuigenverklaring-w1-vermeulen.docx", "05-getuigenverklaring-w2-el-amrani.docx",
        "06-inventaris-van-stukken.docx", "07-logboek.docx", "09-brief-aan-mijn-omgeving.docx",
        "10-aanvullende-klacht.docx", "SHA256SUMS",
        "manifest.json", "patroon-van-de-feiten.png",  # the pattern chart the documents show, as a file
        "stukken/003-screenshot-berichten-2026-02-14.png", "stukken/004-voicemail-2026-03-02.wav",
        "stukken/005-autodeur.png", "stukken/006-brief-in-brievenbus.txt",
        "stukken/007-instagram-reactie.png",
    ]
    assert not leftovers(demo_bundle.parent)


def test_sha256sum_verifies_a_fresh_bundle_without_our_tool(demo_bundle):
    result = subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=demo_bundle,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": OK") == 18


def test_manifest(demo_bundle):
    manifest = json.loads((demo_bundle / "manifest.json").read_text())
    assert manifest["format"] == 1 and manifest["case"] == "DOS-2026-014"
    assert manifest["generated_on"] == "2026-11-26"
    assert manifest["tool"]["name"] == "filings" and manifest["tool"]["version"]
    witness = [d for d in manifest["documents"] if d["kind"] == "witness_statement"]
    assert [(d["witness"], d["audience"]) for d in witness] == [("W1", "witness"), ("W2", "witness")]
    first, paper = manifest["evidence"][0], manifest["evidence"][-1]
    assert first == {
        "number": 1, "id": "E7", "kind": "screenshot", "date": "2026-01-29",
        "description": "Afdruk van het stopbericht van 29 januari 2026 aan +32 478 98 76 54 (papier)",
        "file": None, "sha256": None, "size": None,
    }
    photo = next(e for e in manifest["evidence"] if e["id"] == "E1")
    assert photo["number"] == 5 and photo["file"] == "stukken/005-autodeur.png"
    assert photo["sha256"] == "eb5d1adfa298a6243d8c29498b07825e04932203b8c20255b9d1e8943d7e15f3"
    assert photo["size"] == 201
    assert [e["number"] for e in manifest["evidence"]] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert paper["id"] == "IG1" and paper["file"] is None  # on paper, dated last


def test_every_reference_resolves_to_the_one_numbering(demo_bundle):
    manifest = json.loads((demo_bundle / "manifest.json").read_text())
    number = {e["id"]: e["number"] for e in manifest["evidence"]}
    known = set(number.values()) | {len(number) + 1}  # the logbook is the last piece
    texts = {p.name: docx_text(p.read_bytes()) for p in demo_bundle.glob("*.docx")}
    for name, text in texts.items():
        cited = {int(n) for group in re.findall(r"[Ss]tuk(?:ken)? ((?:\d+(?:, | en )?)+)", text)
                 for n in re.findall(r"\d+", group)}
        assert cited <= known, (name, cited - known)
    # The logbook cites, under each fact, exactly the pieces the case links to it.
    logbook = texts["07-logboek.docx"]
    assert "Stukken: stuk 5." in logbook.split("Feit 4 — ")[1].split("Feit 5 — ")[0]
    assert "Stukken: stuk 3." in logbook.split("Feit 2 — ")[1].split("Feit 3 — ")[0]
    # The index names each copy as it lies in the bundle, with its hash.
    index = texts["06-inventaris-van-stukken.docx"]
    for piece in manifest["evidence"]:
        if piece["file"]:
            assert piece["file"] in index and piece["sha256"] in index
            assert hashlib.sha256((demo_bundle / piece["file"]).read_bytes()).hexdigest() == piece["sha256"]


def test_zip_has_the_same_content_in_a_stable_order(demo_bundle):
    zip_path = demo_bundle.with_name("bundel.zip")
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert names == [f"bundel/{n}" for n in sorted(set(snapshot(demo_bundle)) - {"SHA256SUMS"})] + ["bundel/SHA256SUMS"]
        for name, data in snapshot(demo_bundle).items():
            assert archive.read(f"bundel/{name}") == data
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_two_runs_give_identical_bytes(run, tmp_path, demo_bundle):
    out = tmp_path / "bundel"
    assert run("bundle", DEMO, "-o", out, "--zip", *DATE).exit_code == 0
    assert snapshot(out) == snapshot(demo_bundle)
    assert (tmp_path / "bundel.zip").read_bytes() == demo_bundle.with_name("bundel.zip").read_bytes()


def test_verify_an_intact_bundle_and_its_zip(run, demo_bundle):
    result = run("verify", demo_bundle)
    assert result.exit_code == 0
    assert result.stdout == f"{demo_bundle}: intact (18 files match SHA256SUMS)\n"
    assert run("verify", demo_bundle.with_name("bundel.zip")).exit_code == 0


def copy_of(bundle: Path, tmp_path: Path) -> Path:
    target = tmp_path / "kopie"
    shutil.copytree(bundle, target)
    return target


def flip_bit(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("position", [0, 0.5, -1])
def test_a_one_bit_change_anywhere_is_named(run, demo_bundle, tmp_path, position):
    for name in snapshot(demo_bundle):
        if name == "SHA256SUMS":
            continue
        copy = copy_of(demo_bundle, tmp_path / f"{position}-{name.replace('/', '_')}")
        target = copy / name
        flip_bit(target, int(target.stat().st_size * position) if position != -1 else -1)
        result = run("verify", copy)
        assert result.exit_code == 1, name
        assert f"changed: {name}\n" in result.stderr, name
        assert "NOT intact" in result.stderr


def test_a_changed_checksum_list_is_reported(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    sums = copy / "SHA256SUMS"
    text = sums.read_text()
    sums.write_text(("1" if text[0] != "1" else "2") + text[1:])  # another digit of the first hash
    result = run("verify", copy)
    assert result.exit_code == 1
    assert "changed: 00-lees-eerst-gids.docx" in result.stderr
    sums.write_text("x" + text[1:])  # no longer a hash at all
    result = run("verify", copy)
    assert result.exit_code == 1
    assert "unreadable: SHA256SUMS line 1" in result.stderr
    assert "not listed in SHA256SUMS: 00-lees-eerst-gids.docx" in result.stderr


def test_missing_and_unlisted_files_are_named(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    (copy / "stukken" / "005-autodeur.png").unlink()
    (copy / "stukken" / "extra.jpg").write_bytes(b"x")
    result = run("verify", copy)
    assert result.exit_code == 1
    assert "missing: stukken/005-autodeur.png" in result.stderr
    assert "not listed in SHA256SUMS: stukken/extra.jpg" in result.stderr


def test_a_damaged_zip_member_is_named(run, demo_bundle, tmp_path):
    damaged = tmp_path / "bundel.zip"
    with zipfile.ZipFile(demo_bundle.with_name("bundel.zip")) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("manifest.json"):
                data = data.replace(b'"format": 1', b'"format": 2')
            target.writestr(info, data)
    result = run("verify", damaged)
    assert result.exit_code == 1
    assert "changed: manifest.json" in result.stderr


def test_verify_refuses_what_is_not_a_bundle(run, tmp_path):
    (tmp_path / "x.txt").write_text("x")
    result = run("verify", tmp_path)
    assert result.exit_code == 1
    assert "no SHA256SUMS found" in result.stderr


def demo_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "zaak"
    shutil.copytree(DEMO.parent, folder)
    return folder / "case.yaml"


def test_changed_evidence_stops_the_bundle_and_leaves_nothing(run, tmp_path):
    case = demo_copy(tmp_path)
    flip_bit(case.parent / "bewijs" / "autodeur.png", 10)
    out = tmp_path / "uit" / "bundel"
    result = run("bundle", case, "-o", out, *DATE)
    assert result.exit_code == 1
    assert "stuk 5 (E1, bewijs/autodeur.png) does not match the sha256 recorded at intake" in result.stderr
    assert not out.exists()
    assert leftovers(out.parent) == []


@pytest.mark.parametrize("breakage", ["bad case", "missing file"])
def test_a_refused_case_leaves_no_output(run, tmp_path, breakage):
    case = demo_copy(tmp_path)
    if breakage == "bad case":
        case.write_text(case.read_text().replace("gender: female", "gender: vrouw"))
    else:
        (case.parent / "bewijs" / "voicemail-2026-03-02.wav").unlink()
    out = tmp_path / "bundel"
    result = run("bundle", case, "-o", out, *DATE)
    assert result.exit_code == 1
    assert "nothing was written" in result.stderr
    assert not out.exists() and leftovers(tmp_path) == []


def test_an_existing_bundle_survives_a_refused_run(run, tmp_path, demo_bundle):
    out = copy_of(demo_bundle, tmp_path)
    before = snapshot(out)
    result = run("bundle", DEMO, "-o", out, *DATE)
    assert result.exit_code == 1
    assert "exists; pass --force to replace it" in result.stderr
    assert snapshot(out) == before
    # --force that fails (changed evidence) keeps the old bundle too
    case = demo_copy(tmp_path)
    flip_bit(case.parent / "bewijs" / "autodeur.png", 10)
    assert run("bundle", case, "-o", out, "--force", *DATE).exit_code == 1
    assert snapshot(out) == before and leftovers(tmp_path) == []


def test_force_replaces_only_once_the_new_bundle_is_complete(run, tmp_path, demo_bundle):
    out = copy_of(demo_bundle, tmp_path)
    (out / "stray.txt").write_text("oud")
    result = run("bundle", DEMO, "-o", out, "--force", *DATE)
    assert result.exit_code == 0, result.output
    assert snapshot(out) == snapshot(demo_bundle)
    assert leftovers(tmp_path) == []


def test_originals_are_never_modified(run, tmp_path):
    case = demo_copy(tmp_path)
    evidence = sorted((case.parent / "bewijs").iterdir())
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in evidence}
    assert run("bundle", case, "-o", tmp_path / "b", *DATE).exit_code == 0
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in evidence} == before


def test_pdf_without_libreoffice_says_how_to_install_and_writes_nothing(run, tmp_path, monkeypatch):
    import filings.render.pdf

    monkeypatch.setattr(filings.render.pdf.shutil, "which", lambda name: None)
    out = tmp_path / "bundel"
    result = run("bundle", DEMO, "-o", out, "--pdf", *DATE)
    assert result.exit_code == 1
    assert "apt-get install libreoffice-writer-nogui" in result.stderr
    assert not out.exists() and leftovers(tmp_path) == []


def test_paper_evidence_only_case_bundles(run, tmp_path, write_case):
    out = tmp_path / "b"
    result = run("bundle", write_case(minimal_case()), "-o", out, *DATE)
    assert result.exit_code == 0, result.output
    assert (out / "stukken").is_dir() and not any((out / "stukken").iterdir())
    assert run("verify", out).exit_code == 0


def test_bundle_and_zip_are_private_to_their_owner(demo_bundle):
    assert demo_bundle.stat().st_mode & 0o077 == 0
    assert demo_bundle.with_name("bundel.zip").stat().st_mode & 0o077 == 0
