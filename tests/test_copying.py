"""Evidence copies: the same bytes, the hash of those bytes, holes kept as holes."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from filings import copying
from filings.copying import copy_hashed, hash_open_file

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "examples" / "demo" / "case.yaml"
DATE = ("--date", "2026-11-26")
MiB = 1 << 20


def _sparse(path: Path, size: int, pieces: dict[int, bytes]) -> Path:
    """A file of size bytes that holds pieces at their offsets and holes elsewhere."""
    with path.open("wb") as handle:
        handle.truncate(size)
        for offset, data in pieces.items():
            handle.seek(offset)
            handle.write(data)
    return path


def _copy(source: Path, target: Path) -> tuple[str, int]:
    with source.open("rb") as src, target.open("xb+") as dst:
        return copy_hashed(src, dst)


def _blocks(path: Path) -> int:
    return os.stat(path).st_blocks


FILES = {
    "empty": (0, {}),
    "small": (5, {0: b"hallo"}),
    "several chunks": (3 * copying.CHUNK + 7, {0: os.urandom(3 * copying.CHUNK + 7)}),
    "holes": (64 * MiB, {10 * MiB: os.urandom(MiB), 40 * MiB + 3: b"midden", 64 * MiB - 4: b"eind"}),
    "trailing hole": (32 * MiB, {0: b"begin"}),
    "only a hole": (16 * MiB, {}),
}


@pytest.mark.parametrize("shape", FILES)
def test_the_copy_holds_the_bytes_and_the_hash_is_theirs(tmp_path, shape):
    size, pieces = FILES[shape]
    source = _sparse(tmp_path / "bron", size, pieces)
    digest, copied = _copy(source, tmp_path / "kopie")
    data = source.read_bytes()
    assert (tmp_path / "kopie").read_bytes() == data
    assert (digest, copied) == (hashlib.sha256(data).hexdigest(), size)
    with source.open("rb") as handle:
        assert hash_open_file(handle) == (digest, size)


def test_holes_stay_holes(tmp_path):
    source = _sparse(tmp_path / "video.mp4", 256 * MiB, {100 * MiB: b"x" * MiB})
    if _blocks(source) * 512 > 16 * MiB:
        pytest.skip("this file system does not keep files sparse")
    _copy(source, tmp_path / "kopie.mp4")
    assert _blocks(tmp_path / "kopie.mp4") <= _blocks(source) + 8 * MiB // 512


def test_a_sparse_video_is_taken_and_bundled_sparse_with_its_hash(run, tmp_path):
    folder = tmp_path / "zaak"
    shutil.copytree(DEMO.parent, folder)
    video = _sparse(tmp_path / "camera.mp4", 512 * MiB, {0: b"ftyp", 300 * MiB: os.urandom(MiB)})
    expected = hashlib.sha256(video.read_bytes()).hexdigest()
    assert run("evidence", "add", folder / "case.yaml", video, "--description", "Beelden van de oprit",
               "--date", "2026-11-20").exit_code == 0
    result = run("bundle", folder / "case.yaml", "-o", tmp_path / "bundel", *DATE)
    assert result.exit_code == 0, result.stderr
    sums = dict(reversed(line.split("  ", 1)) for line in (tmp_path / "bundel" / "SHA256SUMS").read_text().splitlines())
    [name] = [name for name in sums if name.endswith("camera.mp4")]
    assert sums[name] == expected
    copy = tmp_path / "bundel" / name
    assert copy.stat().st_size == 512 * MiB
    if _blocks(video) * 512 < 16 * MiB:  # the file system keeps files sparse
        assert _blocks(copy) * 512 < 16 * MiB
        assert _blocks(folder / "bewijs" / "camera.mp4") * 512 < 16 * MiB


def _demo_with_hashes(folder: Path, recorded: bool) -> Path:
    """The demo case with the sha256 of every evidence file recorded, or of none."""
    from filings.load.loader import load_case
    from conftest import TODAY

    shutil.copytree(DEMO.parent, folder)
    case = folder / "case.yaml"
    lines = [line for line in case.read_text(encoding="utf-8").splitlines() if "sha256:" not in line]
    if recorded:
        pieces = load_case(case, today=TODAY, check_hashes=False, text="\n".join(lines) + "\n").case.evidence
        for piece in pieces:
            if piece.file:
                digest = hashlib.sha256((folder / piece.file).read_bytes()).hexdigest()
                at = next(i for i, line in enumerate(lines) if line.strip() == f"file: {piece.file}")
                lines.insert(at + 1, lines[at].replace(f"file: {piece.file}", f"sha256: {digest}"))
    case.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return case


def test_recorded_hashes_give_the_bundle_that_copying_first_gives(run, tmp_path):
    """Files with a recorded sha256 are copied while the documents are made: same bundle."""
    bundles = {}
    for recorded in (True, False):
        case = _demo_with_hashes(tmp_path / f"zaak-{recorded}", recorded)
        out = tmp_path / f"bundel-{recorded}"
        assert run("bundle", case, "-o", out, *DATE).exit_code == 0
        bundles[recorded] = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert "sha256:" in (tmp_path / "zaak-True" / "case.yaml").read_text()
    assert bundles[True] == bundles[False]
