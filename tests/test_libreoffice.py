"""LibreOffice, an independent reader, opens every generated document.

Outside CI the test is skipped when LibreOffice is missing; in CI (CI=true) it fails,
so a green CI always means the documents were opened."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from docs_helpers import render_all


def required(*names: str, package: str) -> str:
    """The path of a tool a test cannot do without: in CI (CI=true, where .ci/run installs
    it) its absence fails the test; elsewhere the test is skipped."""
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    message = f"{names[0]} is missing: apt-get install {package}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def soffice() -> str:
    return required("soffice", "libreoffice", package="libreoffice-writer-nogui")


def convert(binary: str, sources: list, target: str, out_dir, profile) -> None:
    subprocess.run(
        [binary, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", target, "--outdir", str(out_dir), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )


@pytest.mark.libreoffice
def test_libreoffice_opens_every_document(tmp_path):
    binary = soffice()
    documents = render_all()
    sources = []
    for name, (_, data) in documents.items():
        (tmp_path / name).write_bytes(data)
        sources.append(tmp_path / name)
    profile = tmp_path / "profile"
    convert(binary, sources, "pdf", tmp_path / "pdf", profile)
    convert(binary, sources, "txt:Text (encoded):UTF8", tmp_path / "txt", profile)
    for source in sources:
        pdf = tmp_path / "pdf" / f"{source.stem}.pdf"
        # LibreOffice exits 0 even when it cannot load a file: the output must exist.
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), source.name
        text = (tmp_path / "txt" / f"{source.stem}.txt").read_text(encoding="utf-8-sig")
        expected = "Vermeulen" if "w1" in source.name else ("El Amrani" if "w2" in source.name else "Sarah")
        assert expected in text, source.name


@pytest.mark.libreoffice
def test_bundle_with_pdfs_is_reproducible(tmp_path):
    soffice()
    from click.testing import CliRunner

    from filings.cli import cli

    from conftest import DEMO

    outputs = []
    for name in ("een", "twee"):
        out = tmp_path / name
        result = CliRunner().invoke(cli, ["bundle", str(DEMO), "-o", str(out), "--pdf", "--date", "2026-11-26"])
        assert result.exit_code == 0, result.output
        outputs.append(out)
    pdfs = sorted(p.name for p in outputs[0].glob("*.pdf"))
    assert len(pdfs) == 11
    assert (outputs[0] / "SHA256SUMS").read_bytes() == (outputs[1] / "SHA256SUMS").read_bytes()
    assert "01-klacht.pdf" in (outputs[0] / "SHA256SUMS").read_text()


@pytest.mark.libreoffice
def test_pdfs_from_several_libreoffices_are_those_of_one(tmp_path, monkeypatch):
    """A large bundle's documents are split over one LibreOffice per core: same PDFs."""
    soffice()
    from datetime import date

    from filings.render import pdf

    made = {}
    for way, split_above in (("one", 1 << 62), ("several", 0)):
        folder = tmp_path / way
        folder.mkdir()
        sources = []
        for name, (_, data) in render_all().items():
            (folder / name).write_bytes(data)
            sources.append(folder / name)
        monkeypatch.setattr(pdf, "SPLIT_ABOVE", split_above)
        monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
        assert len(pdf._groups(sources)) == (1 if way == "one" else 2)
        made[way] = {p.name: p.read_bytes() for p in pdf.convert_to_pdf(sources, folder, date(2026, 11, 26))}
    assert len(made["one"]) == len(render_all())
    assert made["one"] == made["several"]
