"""`filings verify`: every way a bundle can differ from what was made is named, and the
check itself stays light. Where `sha256sum -c` sees the change too, the tests say so."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import DEMO, REPO

SUMS = "SHA256SUMS"
PHOTO = "stukken/005-autodeur.png"
APPENDED = 19  # the first line added after the demo bundle's 18 lines of SHA256SUMS


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory) -> Path:
    from click.testing import CliRunner

    from filings.cli import cli

    out = tmp_path_factory.mktemp("b") / "bundel"
    result = CliRunner().invoke(cli, ["bundle", str(DEMO), "-o", str(out), "--zip", "--date", "2026-11-26"])
    assert result.exit_code == 0, result.output
    return out


def copy_of(bundle: Path, tmp_path: Path) -> Path:
    target = tmp_path / "kopie"
    shutil.copytree(bundle, target)
    return target


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256sum_c(folder: Path) -> subprocess.CompletedProcess:
    """What a stranger without filings runs."""
    return subprocess.run(["sha256sum", "-c", SUMS], cwd=folder, capture_output=True, text=True)


def replace_manifest(folder: Path, text: str) -> None:
    """Write manifest.json and its SHA256SUMS line, so that sha256sum -c still passes."""
    (folder / "manifest.json").write_text(text)
    lines = [f"{sha256(text.encode())}  manifest.json" if line.endswith("  manifest.json") else line
             for line in (folder / SUMS).read_text().splitlines()]
    (folder / SUMS).write_text("\n".join(lines) + "\n")


def rezip(source: Path, target: Path, extra: list[tuple[zipfile.ZipInfo, bytes]] = (), sums_lines: str = "") -> Path:
    """A copy of a bundle zip with members added and lines appended to its SHA256SUMS."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.endswith("/" + SUMS):
                data += sums_lines.encode()
            new.writestr(info, data)
        for info, data in extra:
            new.writestr(info, data)
    return target


def member(name: str, mode: int = 0o100644) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("placeholder", date_time=(1980, 1, 1, 0, 0, 0))
    info.filename = name  # set after construction: ZipInfo() would cut a name at a NUL
    info.external_attr = mode << 16
    return info


def problems(result) -> list[str]:
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert "NOT intact" in lines[-1]
    return lines[:-1]


def test_an_intact_bundle_and_its_zip_pass(run, demo_bundle):
    result = run("verify", demo_bundle)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"{demo_bundle}: intact (18 files match SHA256SUMS)\n"
    zipped = demo_bundle.with_name("bundel.zip")
    result = run("verify", zipped)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == f"{zipped}: intact (18 files match SHA256SUMS)\n"


def test_a_second_line_for_a_tampered_file_is_not_intact(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    (copy / PHOTO).write_bytes(b"tampered")
    with (copy / SUMS).open("a") as sums:
        sums.write(f"{sha256(b'tampered')}  {PHOTO}\n")
    assert "FAILED" in sha256sum_c(copy).stdout  # coreutils checks every line
    assert problems(run("verify", copy)) == [
        f"changed: {PHOTO}",
        f"duplicate: {PHOTO} (SHA256SUMS line {APPENDED})",
        f"manifest.json: gives {PHOTO} sha256 eb5d1adfa298…, SHA256SUMS {sha256(b'tampered')[:12]}…",
    ]


def test_a_name_that_climbs_out_of_a_zip_is_unsafe(run, demo_bundle, tmp_path):
    data = b"outside"
    zipped = rezip(demo_bundle.with_name("bundel.zip"), tmp_path / "bundel.zip",
                   [(member("bundel/good/../escape.txt"), data)], f"{sha256(data)}  good/../escape.txt\n")
    assert problems(run("verify", zipped)) == [
        "unsafe name: bundel/good/../escape.txt (zip member)",
        f"unsafe name: good/../escape.txt (SHA256SUMS line {APPENDED})",
    ]


@pytest.mark.parametrize("name", ["/etc/passwd", "../x.txt", "a\\b.txt", "a//b.txt", "./x.txt",
                                  "stukken/.", "x\x00.txt", "x\n.txt", "x\x1b[2J.txt"])
def test_unsafe_zip_member_names_are_named(run, demo_bundle, tmp_path, name):
    zipped = rezip(demo_bundle.with_name("bundel.zip"), tmp_path / "bundel.zip", [(member(f"bundel/{name}"), b"x")])
    shown = name.replace("\x00", "\\x00").replace("\n", "\\n").replace("\x1b", "\\x1b")
    assert problems(run("verify", zipped)) == [f"unsafe name: bundel/{shown} (zip member)"]


def test_a_sums_line_that_points_outside_the_folder_is_not_followed(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    (tmp_path / "outside.txt").write_bytes(b"outside")
    with (copy / SUMS).open("a") as sums:
        sums.write(f"{sha256(b'outside')}  ../outside.txt\n")
    assert sha256sum_c(copy).returncode == 0  # coreutils follows the path; we refuse it
    assert problems(run("verify", copy)) == [f"unsafe name: ../outside.txt (SHA256SUMS line {APPENDED})"]


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_duplicate_and_symlink_zip_members_are_named(run, demo_bundle, tmp_path):
    zipped = rezip(demo_bundle.with_name("bundel.zip"), tmp_path / "bundel.zip", [
        (member("bundel/manifest.json"), b"{}"),
        (member("bundel/stukken/link.png", 0o120777), b"../../etc/passwd"),
        (member("bundel/leeg/", 0o040755), b""),
        (member("elders.txt"), b"x"),
    ])
    assert problems(run("verify", zipped)) == [
        "changed: manifest.json",
        "not listed in SHA256SUMS: elders.txt",
        "not listed in SHA256SUMS: leeg/",
        "duplicate: bundel/manifest.json (zip member)",
        "not a regular file: stukken/link.png (symbolic link)",
    ]


def test_symlinks_fifos_and_extra_folders_are_named(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    (copy / "stukken" / "link.png").symlink_to("005-autodeur.png")
    (copy / "stukken" / "etc").symlink_to("/etc")
    os.mkfifo(copy / "stukken" / "pijp")
    (copy / "leeg").mkdir()
    (copy / "stukken" / "map").mkdir()
    assert sha256sum_c(copy).returncode == 0  # coreutils only reads what is listed
    # In a child process with a timeout: opening the FIFO would block for ever.
    result = subprocess.run([sys.executable, "-m", "filings", "verify", str(copy)], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "not listed in SHA256SUMS: leeg/",
        "not listed in SHA256SUMS: stukken/map/",
        "not a regular file: stukken/etc (symbolic link)",
        "not a regular file: stukken/link.png (symbolic link)",
        "not a regular file: stukken/pijp (FIFO (named pipe))",
        f"{copy}: NOT intact (5 problem(s))",
    ]


def test_a_listed_file_replaced_by_a_symlink_is_not_followed(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    outside = tmp_path / "elders.png"
    shutil.move(copy / PHOTO, outside)
    (copy / PHOTO).symlink_to(outside)
    assert sha256sum_c(copy).returncode == 0  # same bytes, through the link
    assert problems(run("verify", copy)) == [f"not a regular file: {PHOTO} (symbolic link)"]


def test_a_piece_deleted_with_its_sums_line_is_named(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    (copy / PHOTO).unlink()
    sums = copy / SUMS
    sums.write_text("".join(line for line in sums.read_text().splitlines(True) if not line.endswith(f"  {PHOTO}\n")))
    assert sha256sum_c(copy).returncode == 0
    assert problems(run("verify", copy)) == [f"manifest.json: names {PHOTO}, which SHA256SUMS does not list"]


def test_a_manifest_hash_that_differs_from_the_sums_is_named(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    manifest = json.loads((copy / "manifest.json").read_text())
    next(e for e in manifest["evidence"] if e["file"] == PHOTO)["sha256"] = "0" * 64
    replace_manifest(copy, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    assert sha256sum_c(copy).returncode == 0
    assert problems(run("verify", copy)) == [
        f"manifest.json: gives {PHOTO} sha256 000000000000…, SHA256SUMS eb5d1adfa298…"]


def test_a_listed_file_the_manifest_does_not_name_is_named(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    (copy / "extra.txt").write_bytes(b"x")
    with (copy / SUMS).open("a") as sums:
        sums.write(f"{sha256(b'x')}  extra.txt\n")
    assert sha256sum_c(copy).returncode == 0
    assert problems(run("verify", copy)) == ["manifest.json: does not name extra.txt, which SHA256SUMS lists"]


@pytest.mark.parametrize(("text", "problem"), [
    ("{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
    ("[]", "not a format 1 manifest"),
    ('{"format": 1, "documents": {}, "evidence": []}', '"documents" is not a list of objects'),
    ('{"format": 1, "documents": [{"file": 7}], "evidence": []}', 'an entry of "documents" has a file or sha256 that is not text'),
])
def test_an_unreadable_manifest_is_named(run, demo_bundle, tmp_path, text, problem):
    copy = copy_of(demo_bundle, tmp_path)
    replace_manifest(copy, text)
    assert sha256sum_c(copy).returncode == 0
    assert problems(run("verify", copy)) == [f"manifest.json: unreadable ({problem})"]


def test_a_bundle_without_manifest_is_named(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    (copy / "manifest.json").unlink()
    sums = copy / SUMS
    sums.write_text("".join(line for line in sums.read_text().splitlines(True) if "  manifest.json" not in line))
    assert problems(run("verify", copy)) == ["manifest.json: not in the bundle"]


def test_verify_imports_no_rendering_stack():
    # A fresh interpreter: this test session has long imported everything.
    code = ("import sys, filings.seal.verify; "
            "print(sorted(m for m in ('pydantic', 'jinja2', 'lxml', 'docxtpl') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"


# --- hostile input: each is a message and exit 1, never a traceback, a hang or a blow-up

MEMORY = 1 << 30


def _limit_memory():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def verify_in_child(path: Path) -> subprocess.CompletedProcess:
    """The real CLI in a child process, under 1 GiB and 60 s: a hang or a memory blow-up
    fails the test instead of the test run."""
    result = subprocess.run([sys.executable, "-m", "filings", "verify", str(path)], cwd=REPO,
                            capture_output=True, text=True, timeout=60, preexec_fn=_limit_memory)
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    return result


def patch_member(zipped: Path, name: str, *, flags: int = 0, method: int | None = None) -> Path:
    """Set flag bits or the compression method of one member, in its local header and in
    the central directory, as a zip tool that encrypts or uses another method would."""
    raw = bytearray(zipped.read_bytes())
    with zipfile.ZipFile(zipped) as archive:
        local = archive.getinfo(name).header_offset
    central = next(i for i in range(len(raw)) if raw.startswith(b"PK\x01\x02", i)
                   and raw[i + 46:i + 46 + len(name)] == name.encode())
    for flag_at, method_at in ((local + 6, local + 8), (central + 8, central + 10)):
        struct.pack_into("<H", raw, flag_at, struct.unpack_from("<H", raw, flag_at)[0] | flags)
        if method is not None:
            struct.pack_into("<H", raw, method_at, method)
    zipped.write_bytes(bytes(raw))
    return zipped


def zip_copy(demo_bundle: Path, tmp_path: Path) -> Path:
    target = tmp_path / "bundel.zip"
    shutil.copyfile(demo_bundle.with_name("bundel.zip"), target)
    return target


@pytest.mark.parametrize(("name", "flags", "method", "why"), [
    ("01-klacht.docx", 0x1, None, "encrypted"),
    (PHOTO, 0, 99, "compression method 99, which filings cannot read"),  # AES, as 7-Zip writes
])
def test_a_member_that_cannot_be_read_is_named(run, demo_bundle, tmp_path, name, flags, method, why):
    zipped = patch_member(zip_copy(demo_bundle, tmp_path), f"bundel/{name}", flags=flags, method=method)
    assert problems(run("verify", zipped)) == [f"cannot read: {name} ({why})"]


@pytest.mark.parametrize(("flags", "method", "why"), [(0x1, None, "encrypted"),
                                                      (0, 99, "compression method 99, which filings cannot read")])
def test_a_checksum_list_that_cannot_be_read_is_named(run, demo_bundle, tmp_path, flags, method, why):
    zipped = patch_member(zip_copy(demo_bundle, tmp_path), f"bundel/{SUMS}", flags=flags, method=method)
    assert problems(run("verify", zipped)) == [f"cannot read: {SUMS} ({why})"]


def test_a_bundle_rezipped_with_a_password_is_named(run, demo_bundle, tmp_path):
    from test_libreoffice import required

    required("zip", package="zip"), required("unzip", package="unzip")
    subprocess.run(["unzip", "-q", demo_bundle.with_name("bundel.zip")], cwd=tmp_path, check=True)
    subprocess.run(["zip", "-qr", "-P", "geheim", "versleuteld.zip", "bundel"], cwd=tmp_path, check=True)
    assert problems(run("verify", tmp_path / "versleuteld.zip")) == [f"cannot read: {SUMS} (encrypted)"]


def test_a_member_damaged_inside_the_zip_is_named(run, demo_bundle, tmp_path):
    zipped = zip_copy(demo_bundle, tmp_path)
    raw = bytearray(zipped.read_bytes())
    with zipfile.ZipFile(zipped) as archive:  # stored, not compressed: its bytes are in the zip as they are
        info = archive.getinfo(f"bundel/{PHOTO}")
    name_length, extra_length = struct.unpack_from("<HH", raw, info.header_offset + 26)
    raw[info.header_offset + 30 + name_length + extra_length + 10] ^= 0x01
    zipped.write_bytes(bytes(raw))
    assert problems(run("verify", zipped)) == [
        f"cannot read: {PHOTO} (damaged: Bad CRC-32 for file 'bundel/{PHOTO}')"]


def test_a_truncated_zip_is_refused(run, demo_bundle, tmp_path):
    raw = demo_bundle.with_name("bundel.zip").read_bytes()
    truncated = tmp_path / "bundel.zip"
    truncated.write_bytes(raw[:len(raw) // 2] + raw[-22:])
    result = run("verify", truncated)
    assert result.exit_code == 1
    assert result.stderr == (f"error: the zip is damaged (Bad magic number for central directory); "
                             f"is {truncated} complete?\n")


def test_a_fifo_is_refused_without_waiting(demo_bundle, tmp_path):
    os.mkfifo(tmp_path / "pijp")
    result = verify_in_child(tmp_path / "pijp")
    assert result.stderr == f"error: {tmp_path / 'pijp'} is a FIFO (named pipe); a bundle is a folder or a zip file\n"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it():
    result = verify_in_child(Path("/dev/zero"))
    assert result.stderr == "error: /dev/zero is a device; a bundle is a folder or a zip file\n"


def test_a_deeply_nested_manifest_is_unreadable(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    replace_manifest(copy, "[" * 100000)
    assert problems(run("verify", copy)) == ["manifest.json: unreadable (nested too deeply)"]


def test_an_oversized_manifest_is_not_parsed(run, demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    replace_manifest(copy, "[" + "{}," * (6 << 20) + "{}]")  # parsed, this would take over 1 GiB
    assert problems(run("verify", copy)) == [
        "manifest.json: unreadable (larger than 16 MiB; a bundle's is a few KiB)"]


def test_an_oversized_checksum_list_is_not_read(demo_bundle, tmp_path):
    copy = copy_of(demo_bundle, tmp_path)
    with (copy / SUMS).open("a") as sums:
        sums.write("x\n" * (9 << 20))
    result = verify_in_child(copy)
    assert result.stderr.splitlines() == [
        f"cannot read: {SUMS} (larger than 16 MiB; a bundle's is a few KiB)",
        f"{copy}: NOT intact (1 problem(s))"]


def test_a_checksum_list_of_many_bad_lines_stays_light(demo_bundle, tmp_path):
    # Just under the bound: millions of bad lines are counted, not each held and printed.
    copy = copy_of(demo_bundle, tmp_path)
    bad = (8 << 20) - 4096  # two bytes each
    with (copy / SUMS).open("a") as sums:
        sums.write("x\n" * bad)
    lines = verify_in_child(copy).stderr.splitlines()
    assert lines[:2] == [f"unreadable: {SUMS} line {APPENDED}", f"unreadable: {SUMS} line {APPENDED + 1}"]
    assert lines[-2:] == [f"unreadable: {SUMS}: {bad - 100} more lines like the one above",
                          f"{copy}: NOT intact (101 problem(s))"]


def test_a_zip_bomb_in_place_of_the_checksum_list_is_not_inflated(run, demo_bundle, tmp_path):
    bomb = tmp_path / "bundel.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("bundel/" + SUMS, "w", force_zip64=True) as sums:
            for _ in range(64):
                sums.write(b"\n" * (1 << 20))
    assert problems(run("verify", bomb)) == [
        f"cannot read: {SUMS} (larger than 16 MiB; a bundle's is a few KiB)"]


# --- manifest.json and SHA256SUMS: every entry is checked, not the last one per name

def zipped_folder(folder: Path, target: Path) -> Path:
    """folder as a bundle zip, under a root folder named like it."""
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"bundel/{path.relative_to(folder).as_posix()}")
    return target


def tampered_manifest(demo_bundle: Path, tmp_path: Path, form: str, change) -> Path:
    """A copy (folder or zip) whose manifest change(manifest) edited, SHA256SUMS agreeing,
    so that `sha256sum -c` passes and only the manifest check can see it."""
    copy = copy_of(demo_bundle, tmp_path)
    manifest = json.loads((copy / "manifest.json").read_text())
    change(manifest)
    replace_manifest(copy, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    assert sha256sum_c(copy).returncode == 0
    return copy if form == "folder" else zipped_folder(copy, tmp_path / "bundel.zip")


PAPER = 0  # evidence[0] of the demo: a paper piece, no file
SCREENSHOT = "stukken/003-screenshot-berichten-2026-02-14.png"


def paper_piece_given(**fields):
    def change(manifest):
        manifest["evidence"][PAPER].update(fields)
    return change


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_paper_piece_naming_a_file_with_a_wrong_hash_is_named(run, demo_bundle, tmp_path, form):
    bundle = tampered_manifest(demo_bundle, tmp_path, form, paper_piece_given(file=SCREENSHOT, sha256="0" * 64))
    assert problems(run("verify", bundle)) == [
        f"manifest.json: gives {SCREENSHOT} sha256 000000000000…, SHA256SUMS 6333a261963d…",
        f"manifest.json: names {SCREENSHOT} twice (evidence[0] and evidence[2])",
    ]


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_paper_piece_with_a_hash_is_named(run, demo_bundle, tmp_path, form):
    bundle = tampered_manifest(demo_bundle, tmp_path, form, paper_piece_given(sha256="0" * 64))
    assert problems(run("verify", bundle)) == ["manifest.json: evidence[0] gives a sha256 but no file"]


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_piece_whose_hash_was_removed_is_named(run, demo_bundle, tmp_path, form):
    def change(manifest):
        manifest["evidence"][2]["sha256"] = None
    bundle = tampered_manifest(demo_bundle, tmp_path, form, change)
    assert problems(run("verify", bundle)) == [
        f"manifest.json: evidence[2] names {SCREENSHOT} without its sha256"]


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_pdf_entry_naming_a_document_is_named(run, demo_bundle, tmp_path, form):
    def change(manifest):
        manifest["documents"][0]["pdf"] = "00-lees-eerst-gids.docx"
    bundle = tampered_manifest(demo_bundle, tmp_path, form, change)
    assert problems(run("verify", bundle)) == [
        "manifest.json: names 00-lees-eerst-gids.docx twice (documents[0] and documents[0].pdf)",
        "manifest.json: documents[0].pdf names 00-lees-eerst-gids.docx, which is not a PDF",
    ]


@pytest.mark.parametrize("form", ["folder", "zip"])
def test_a_file_named_by_a_document_and_a_piece_is_named(run, demo_bundle, tmp_path, form):
    def change(manifest):
        manifest["evidence"][PAPER]["file"] = "01-klacht.docx"
    bundle = tampered_manifest(demo_bundle, tmp_path, form, change)
    assert problems(run("verify", bundle)) == [
        "manifest.json: names 01-klacht.docx twice (documents[1] and evidence[0])",
        "manifest.json: evidence[0] names 01-klacht.docx without its sha256",
    ]



def test_a_zip_claiming_a_huge_table_of_contents_is_not_read(tmp_path):
    # A sparse 4 GiB file whose end record says its central directory fills it: zipfile
    # would read all of it into memory.
    crafted = tmp_path / "bundel.zip"
    size = 4 << 30
    with crafted.open("wb") as out:
        out.truncate(size - 22)
        out.seek(size - 22)
        out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, size - 22, 0, 0))
    result = verify_in_child(crafted)
    assert result.stderr == (f"error: {crafted}: the zip's table of contents is larger than 16 MiB; "
                             "a bundle's is a few KiB\n")


def test_capital_hex_digits_in_sha256sums_are_accepted_as_sha256sum_does(demo_bundle, tmp_path):
    from filings.seal.verify import verify

    out = copy_of(demo_bundle, tmp_path)
    sums = out / "SHA256SUMS"
    sums.write_text("".join(line[:64].upper() + line[64:] for line in sums.read_text().splitlines(True)))
    assert subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=out).returncode == 0
    assert verify(out).intact
