"""Evidence folders named in the papers' language (issue 15): a French bundle holds its
copies in `pieces/` and its inventaire cites them there, a bundle of two languages takes
the first one's name, `filings verify` accepts either, and a French case keeps its own
evidence in `preuves/` while an existing case keeps whatever folder it has.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import DEMO, DEMO_FR, TODAY, minimal_case
from docs_helpers import docx_text
from filings.load.loader import load_case

DAY = TODAY.isoformat()
INVENTAIRE = "06-inventaire-des-pieces.docx"
INVENTARIS = "06-inventaris-van-stukken.docx"


@pytest.fixture(scope="module")
def french_bundle(tmp_path_factory) -> Path:
    from click.testing import CliRunner

    from filings.cli import cli

    out = tmp_path_factory.mktemp("fr") / "dossier"
    result = CliRunner().invoke(cli, ["bundle", str(DEMO_FR), "-o", str(out), "--zip", "--date", DAY])
    assert result.exit_code == 0, result.output
    return out


def manifest_of(bundle: Path) -> dict:
    return json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))


def sums_of(bundle: Path) -> list[str]:
    return [line.split("  ", 1)[1] for line in (bundle / "SHA256SUMS").read_text().splitlines()]


def evidence_files(bundle: Path) -> list[str]:
    return [piece["file"] for piece in manifest_of(bundle)["evidence"] if piece["file"]]


# --- the bundle ------------------------------------------------------------------------

def test_a_french_bundle_keeps_its_evidence_in_pieces_and_its_inventaire_cites_it(french_bundle):
    assert (french_bundle / "pieces").is_dir() and not (french_bundle / "stukken").exists()
    files = evidence_files(french_bundle)
    assert len(files) == 5 and all(f.startswith("pieces/") for f in files)
    assert sorted(f"pieces/{p.name}" for p in (french_bundle / "pieces").iterdir()) == sorted(files)
    assert manifest_of(french_bundle)["evidence_folder"] == "pieces"
    assert [name for name in sums_of(french_bundle) if "/" in name] == sorted(files)
    text = docx_text((french_bundle / INVENTAIRE).read_bytes())
    assert "pieces/005-portiere-rayee.png" in text
    assert all(f in text for f in files)
    assert "stukken" not in text


def test_the_french_zip_holds_pieces_stored_as_the_folder_does(french_bundle):
    with zipfile.ZipFile(french_bundle.with_name("dossier.zip")) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        for name in evidence_files(french_bundle):
            info = infos[f"dossier/{name}"]
            assert info.compress_type == zipfile.ZIP_STORED  # media are compressed already
            assert archive.read(info) == (french_bundle / name).read_bytes()
        assert infos[f"dossier/{INVENTAIRE}"].compress_type == zipfile.ZIP_DEFLATED
        assert not [n for n in infos if "stukken" in n]


def test_a_dutch_bundle_keeps_stukken_and_its_manifest_as_before(run, tmp_path):
    """The manifest names the folder only when it is not stukken/: a Dutch bundle's
    bytes are those of every earlier version (the README's demo check)."""
    out = tmp_path / "bundel"
    assert run("bundle", DEMO, "-o", out, "--date", DAY).exit_code == 0
    assert not (out / "pieces").exists()
    assert all(f.startswith("stukken/") for f in evidence_files(out))
    assert list(manifest_of(out)) == ["format", "case", "generated_on", "tool", "documents", "evidence", "figures"]
    assert "stukken/005-autodeur.png" in docx_text((out / INVENTARIS).read_bytes())


@pytest.mark.parametrize("languages, folder, other", [("fr,nl", "pieces", "stukken"), ("nl,fr", "stukken", "pieces")])
def test_a_bundle_in_two_languages_takes_the_first_ones_folder(run, tmp_path, languages, folder, other):
    out = tmp_path / "bundel"
    result = run("bundle", DEMO, "-o", out, "--language", languages, "--date", DAY)
    assert result.exit_code == 0, result.output
    assert (out / folder).is_dir() and not (out / other).exists()
    files = evidence_files(out)
    assert files and all(f.startswith(f"{folder}/") for f in files)
    assert manifest_of(out).get("evidence_folder") == ("pieces" if folder == "pieces" else None)
    for inventory in ("fr/" + INVENTAIRE, "nl/" + INVENTARIS):  # both sets cite the one folder
        text = docx_text((out / inventory).read_bytes())
        assert all(f in text for f in files) and f"{other}/" not in text
    assert run("verify", out).exit_code == 0


# --- verify ----------------------------------------------------------------------------

def test_verify_passes_a_french_bundle_and_its_zip(run, french_bundle):
    for bundle in (french_bundle, french_bundle.with_name("dossier.zip")):
        result = run("verify", bundle)
        assert (result.exit_code, result.stderr) == (0, "")
        assert result.stdout == f"{bundle}: intact (18 files match SHA256SUMS)\n"


def test_verify_refuses_a_changed_or_added_piece_of_a_french_bundle(run, french_bundle, tmp_path):
    copy = tmp_path / "kopie"
    shutil.copytree(french_bundle, copy)
    (copy / "pieces" / "005-portiere-rayee.png").write_bytes(b"retouchee")
    (copy / "pieces" / "008-en-plus.png").write_bytes(b"ajoutee")
    (copy / "stukken").mkdir()  # an empty folder of the other language's name is something added
    result = run("verify", copy)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:-1] == [
        "changed: pieces/005-portiere-rayee.png",
        "not listed in SHA256SUMS: pieces/008-en-plus.png",
        "not listed in SHA256SUMS: stukken/",
    ]


def test_verify_takes_the_evidence_folder_from_the_manifest(run, tmp_path):
    """A bundle without evidence files holds its empty evidence folder: accepted under the
    name manifest.json gives, and only that one."""
    case = tmp_path / "case.yaml"
    data = minimal_case()
    data["language"] = "fr"
    case.write_text(json.dumps(data))
    out = tmp_path / "bundel"
    assert run("bundle", case, "-o", out, "--zip", "--date", DAY).exit_code == 0
    assert list((out / "pieces").iterdir()) == [] and manifest_of(out)["evidence_folder"] == "pieces"
    assert run("verify", out).exit_code == 0
    with zipfile.ZipFile(out.with_name("bundel.zip"), "a") as archive:  # a zip tool's folder entry
        archive.writestr("bundel/pieces/", b"")
    assert run("verify", out.with_name("bundel.zip")).exit_code == 0
    (out / "pieces").rename(out / "stukken")
    result = run("verify", out)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:-1] == ["not listed in SHA256SUMS: stukken/"]


# --- the web page's packages --------------------------------------------------------------

def test_a_readers_package_of_a_french_bundle_holds_its_pieces(french_bundle, tmp_path):
    from filings.web.papers import POLICE, read_manifest, write_package

    manifest = read_manifest(french_bundle)
    package = write_package(french_bundle, manifest, POLICE, tmp_path)
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        sums = archive.read("politie/SHA256SUMS").decode().splitlines()
    pieces = [n for n in names if n.startswith("politie/pieces/")]
    assert sorted(n.removeprefix("politie/") for n in pieces) == sorted(evidence_files(french_bundle))
    assert sorted(line.split("  ", 1)[1] for line in sums) == sorted(n.removeprefix("politie/") for n in names
                                                                     if not n.endswith("SHA256SUMS"))


# --- the case folder -----------------------------------------------------------------------

def test_init_language_fr_makes_preuves_and_says_so(run, tmp_path):
    folder = tmp_path / "dossier"
    result = run("init", folder, "--language", "fr")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.iterdir()) == ["case.yaml", "preuves"]
    assert f"and {folder / 'preuves'}/" in result.stdout
    text = (folder / "case.yaml").read_text()
    assert "Gardez les pièces dans le dossier `preuves/`" in text and "file: preuves/...}" in text
    assert "bewijs" not in text


@pytest.mark.parametrize("language", [None, "nl"])
def test_init_of_a_dutch_case_still_makes_bewijs(run, tmp_path, language):
    folder = tmp_path / "dossier"
    assert run("init", folder, *(["--language", language] if language else [])).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["bewijs", "case.yaml"]
    assert "`bewijs/`" in (folder / "case.yaml").read_text()


def french_case_in(tmp_path: Path, evidence_folder: str) -> Path:
    """The French demo case, its evidence in a folder of that name."""
    folder = tmp_path / "dossier"
    shutil.copytree(DEMO_FR.parent, folder)
    if evidence_folder != "preuves":  # the demo's own
        (folder / "preuves").rename(folder / evidence_folder)
        case = folder / "case.yaml"
        case.write_text(case.read_text().replace("file: preuves/", f"file: {evidence_folder}/"))
    return folder / "case.yaml"


def test_evidence_add_into_a_french_case_copies_into_preuves(run, tmp_path):
    case = french_case_in(tmp_path, "preuves")
    photo = tmp_path / "IMG_2041.png"
    photo.write_bytes(b"\x89PNG une photo")
    result = run("evidence", "add", case, photo, "--description", "Photo de sa voiture", "--date", "2026-11-20")
    assert result.exit_code == 0, result.output
    assert (case.parent / "preuves" / "IMG_2041.png").read_bytes() == photo.read_bytes()
    assert not (case.parent / "bewijs").exists()
    assert load_case(case).case.evidence[-1].file == "preuves/IMG_2041.png"
    out = tmp_path / "dossier-papiers"
    assert run("bundle", case, "-o", out, "--date", DAY).exit_code == 0
    assert (out / "pieces" / "009-img-2041.png").read_bytes() == photo.read_bytes()


@pytest.mark.parametrize("name", ["bewijs", "photos"])
def test_an_existing_case_keeps_working_whatever_its_evidence_folder_is_called(run, tmp_path, name):
    """The case records each file's path: a French case made with bewijs/ (or any folder)
    bundles as before, and a new copy goes into bewijs/ beside the others."""
    case = french_case_in(tmp_path, name)
    out = tmp_path / "dossier-papiers"
    assert run("bundle", case, "-o", out, "--date", DAY).exit_code == 0
    assert len(evidence_files(out)) == 5
    extra = tmp_path / "note.txt"
    extra.write_text("transcription")
    result = run("evidence", "add", case, extra, "--description", "Transcription", "--date", "2026-11-20")
    assert result.exit_code == 0, result.output
    expected = "bewijs" if name == "bewijs" else "preuves"  # no evidence folder of a known name: the language's
    assert load_case(case).case.evidence[-1].file == f"{expected}/note.txt"
    assert not (case.parent / ("preuves" if expected == "bewijs" else "bewijs")).exists()


def test_an_interrupted_copy_into_preuves_is_swept(run, tmp_path):
    case = french_case_in(tmp_path, "preuves")
    leftover = case.parent / "preuves" / ".IMG_1.png.abcdefgh.partial"
    leftover.write_bytes(b"half a photo")
    result = run("log", "add", case, "--kind", "calls", "--description", "Deux appels.", "--date", "2026-11-20")
    assert result.exit_code == 0, result.output
    assert "removed preuves/.IMG_1.png.abcdefgh.partial" in result.stderr
    assert not leftover.exists()


def test_a_web_upload_into_a_french_case_lands_in_preuves(tmp_path):
    from starlette.testclient import TestClient

    from filings.web.app import create_app

    case = french_case_in(tmp_path, "preuves")
    app = create_app(case, case.parent, "jeton", hosts=["testserver"], today=lambda: TODAY)
    client = TestClient(app, base_url="http://testserver" + app.prefix, headers={"Accept-Language": "fr"})
    assert client.get("/?token=jeton").status_code == 200
    response = client.post("/bewijs", data={"description": "Photo de sa voiture", "kind": "", "date": "",
                                            "incident": ""},
                           files=[("files", ("voiture.png", b"\x89PNG voiture", "image/png"))],
                           headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
                           follow_redirects=False)
    assert response.status_code == 303
    assert (case.parent / "preuves" / "voiture.png").read_bytes() == b"\x89PNG voiture"
    assert not (case.parent / "bewijs").exists()
    assert load_case(case).case.evidence[-1].file == "preuves/voiture.png"
