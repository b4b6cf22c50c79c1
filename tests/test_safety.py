"""Nothing destroyed, nothing read from outside the case folder, no edit lost: each test
reproduces one finding of a hostile review and shows it is now refused or survived."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from filings.cli import cli
from filings.load.loader import load_case

from conftest import DEMO, REPO

DATE = ("--date", "2026-11-26")


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def process(*args, **options) -> subprocess.Popen:
    """filings as a real process, as a user starts it from a terminal."""
    return subprocess.Popen([sys.executable, str(REPO / "cli.py"), *map(str, args)], cwd=REPO,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **options)


def run_process(*args, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "cli.py"), *map(str, args)], cwd=REPO,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def case(tmp_path) -> Path:
    folder = tmp_path / "mijn-dossier"
    shutil.copytree(DEMO.parent, folder)
    return folder / "case.yaml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def set_evidence_file(case: Path, index: int, name: str) -> None:
    yaml = YAML()
    data = yaml.load(case.read_text())
    data["evidence"][index]["file"] = name
    data["evidence"][index].pop("sha256", None)
    with case.open("w") as handle:
        yaml.dump(data, handle)


# Outputs never touch inputs ------------------------------------------------------------

@pytest.mark.parametrize("target", [".", "bewijs", "bewijs/autodeur.png", "case.yaml"])
def test_bundle_never_replaces_the_case_folder_or_its_evidence(case, target):
    folder = case.parent
    before = snapshot(folder)
    result = invoke("bundle", case, "-o", folder / target, "--force", *DATE)
    assert result.exit_code == 1
    assert "would destroy it" in result.stderr and "nothing was written" in result.stderr
    assert snapshot(folder) == before


@pytest.mark.parametrize("target", ["case.yaml", "bewijs/autodeur.png"])
def test_render_never_replaces_the_case_file_or_evidence(case, target):
    before = snapshot(case.parent)
    result = invoke("render", case, "complaint", "-o", case.parent / target, "--force", *DATE)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {case.parent / target} is the ")
    assert snapshot(case.parent) == before


def test_an_output_reached_through_a_symlink_is_still_refused(case, tmp_path):
    (tmp_path / "kortweg").symlink_to(case.parent)
    result = invoke("bundle", case, "-o", tmp_path / "kortweg", "--force", *DATE)
    assert result.exit_code == 1
    assert case.is_file()


def test_force_replaces_only_a_bundle_that_filings_made(case, tmp_path):
    other = tmp_path / "foto-album"
    other.mkdir()
    (other / "vakantie.jpg").write_bytes(b"jpeg")
    result = invoke("bundle", case, "-o", other, "--force", *DATE)
    assert result.exit_code == 1
    assert "is not a bundle made by filings" in result.stderr
    assert (other / "vakantie.jpg").read_bytes() == b"jpeg"
    bundle = tmp_path / "bundel"
    assert invoke("bundle", case, "-o", bundle, "--zip", *DATE).exit_code == 0
    result = invoke("bundle", case, "-o", bundle, "--zip", "--force", *DATE)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundel", "bundel.zip", "foto-album", "mijn-dossier"]


# Evidence stays inside the case folder, regular files only -----------------------------

@pytest.mark.parametrize("name", ["/etc/passwd", "../../buiten.txt", "bewijs/link.txt"])
def test_evidence_outside_the_case_folder_is_refused(case, tmp_path, name):
    outside = tmp_path / "buiten.txt"
    outside.write_text("geheim")
    (case.parent / "bewijs" / "link.txt").symlink_to(outside)
    if name.startswith("../"):
        name = os.path.relpath(outside, case.parent)
    set_evidence_file(case, 0, name)
    result = invoke("validate", case, *DATE)
    assert result.exit_code == 1
    assert f"evidence[0].file: `{name}` lies outside the case folder" in result.stderr
    assert "filings evidence add" in result.stderr
    bundle = invoke("bundle", case, "-o", tmp_path / "bundel", *DATE)
    assert bundle.exit_code == 1 and not (tmp_path / "bundel").exists()


def test_evidence_that_is_a_fifo_or_device_is_refused_without_reading_it(case):
    os.mkfifo(case.parent / "bewijs" / "pijp")
    set_evidence_file(case, 0, "bewijs/pijp")
    result = run_process("validate", case, *DATE, timeout=30)
    assert result.returncode == 1
    assert "evidence[0].file: `bewijs/pijp` is a FIFO (named pipe), not a file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("source", ["fifo", "/dev/zero"])
@pytest.mark.parametrize("command", ["evidence", "log"])
def test_intake_refuses_a_fifo_or_device_and_leaves_nothing(case, tmp_path, source, command):
    if source == "fifo":
        source = tmp_path / "pijp"
        os.mkfifo(source)
    before = snapshot(case.parent)
    args = (["evidence", "add", case, source, "--description", "x"] if command == "evidence" else
            ["log", "add", case, "--kind", "calls", "--description", "x", "--evidence-file", source])
    result = run_process(*args, timeout=30)
    assert result.returncode == 1, result.stderr
    assert "not a file; only regular files are read" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(case.parent) == before


# Concurrent edits all land --------------------------------------------------------------

def test_concurrent_log_adds_all_land(case):
    count = 6
    runs = [process("log", "add", case, "--date", "2026-11-20", "--kind", "calls",
                    "--description", f"Oproep nummer {n}.") for n in range(count)]
    results = [(p.wait(timeout=120), p.communicate()) for p in runs]
    assert [code for code, _ in results] == [0] * count, results
    descriptions = [i.description for i in load_case(case).case.incidents]
    assert sorted(d for d in descriptions if d.startswith("Oproep nummer")) == [
        f"Oproep nummer {n}." for n in range(count)]
    assert not [p for p in case.parent.iterdir() if p.name.startswith(".")]


# Killed runs: cleaned up, restored, reported --------------------------------------------

@pytest.fixture
def big_evidence(case) -> Path:
    """A case whose bundle takes a few seconds: one large (sparse) evidence file."""
    video = case.parent / "bewijs" / "camera.mp4"
    with video.open("wb") as handle:
        handle.truncate(1 << 30)
    subprocess.run([sys.executable, str(REPO / "cli.py"), "evidence", "add", str(case), str(video),
                    "--description", "Camerabeelden"], check=True, capture_output=True)
    return video


def _wait_for(predicate, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def staging_of(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".partial")]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_during_bundle_leaves_nothing_behind(case, big_evidence, tmp_path, signum):
    out = tmp_path / "bundel"
    running = process("bundle", case, "-o", out, *DATE)
    _wait_for(lambda: any((p / "stukken").is_dir() for p in staging_of(tmp_path)))
    running.send_signal(signum)
    _, err = running.communicate(timeout=60)
    assert running.returncode != 0
    assert "Traceback" not in err
    assert not out.exists() and not staging_of(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["mijn-dossier"]


def test_what_kill_9_left_is_removed_and_reported_by_the_next_bundle(case, big_evidence, tmp_path):
    out = tmp_path / "bundel"
    running = process("bundle", case, "-o", out, *DATE)
    _wait_for(lambda: any((p / "stukken").is_dir() for p in staging_of(tmp_path)))
    running.kill()
    running.communicate(timeout=60)
    left = staging_of(tmp_path)
    assert left  # what a kill -9 leaves: no handler runs
    result = run_process("bundle", case, "-o", out, *DATE)
    assert result.returncode == 0, result.stderr
    assert f"removed {left[0].name}, an unfinished bundle left by an interrupted run" in result.stderr
    assert not staging_of(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundel", "mijn-dossier"]


def test_a_bundle_hidden_by_a_killed_force_is_restored(case, tmp_path):
    out = tmp_path / "bundel"
    assert invoke("bundle", case, "-o", out, *DATE).exit_code == 0
    before = snapshot(out)
    # The state a kill -9 leaves between the two renames of --force: the old bundle
    # hidden under its temporary name, the new one not yet in place.
    out.rename(tmp_path / ".bundel.k3x9q_2a.old")
    result = invoke("bundle", case, "-o", out, *DATE)
    assert result.exit_code == 1  # restored, so it exists again: replacing it needs --force
    assert "restored bundel, which an interrupted replacement had hidden as .bundel.k3x9q_2a.old" in result.stderr
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundel", "mijn-dossier"]


def test_a_killed_intake_never_leaves_a_file_that_looks_like_evidence(case, tmp_path):
    source = tmp_path / "grote-video.mp4"
    with source.open("wb") as handle:
        handle.truncate(2 << 30)
    folder = case.parent / "bewijs"
    before = set(folder.iterdir())
    running = process("evidence", "add", case, source, "--description", "Video")
    _wait_for(lambda: any(p.name.endswith(".partial") for p in folder.iterdir()))
    running.kill()
    running.communicate(timeout=60)
    assert {p for p in folder.iterdir() if not p.name.startswith(".")} == {p for p in before}
    result = run_process("evidence", "add", case, source, "--description", "Video", timeout=300)
    assert result.returncode == 0, result.stderr
    assert "an unfinished evidence copy left by an interrupted run" in result.stderr
    assert (folder / "grote-video.mp4").stat().st_size == 2 << 30
    assert not (folder / "grote-video-2.mp4").exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


# Disk full -----------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """A 512 KiB file system (tmpfs): writing more fails with ENOSPC, as on a full disk."""
    mount = tmp_path / "usb"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to mount a small tmpfs (runs as root): {done.stderr!r}")
        pytest.skip("mounting a tmpfs needs root")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_during_bundle_is_a_message_and_leaves_nothing(small_disk):
    result = run_process("bundle", DEMO, "-o", small_disk / "bundel", "--zip", *DATE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().endswith("the disk is full: free some space and run the command again "
                                          "(ENOSPC); nothing was written")
    assert list(small_disk.iterdir()) == []


def test_disk_full_during_evidence_add_keeps_the_case(small_disk, tmp_path):
    folder = small_disk / "zaak"
    shutil.copytree(DEMO.parent, folder)
    before = snapshot(folder)
    video = tmp_path / "video.mp4"
    video.write_bytes(os.urandom(3 << 20))
    for args in (["evidence", "add", folder / "case.yaml", video, "--description", "Video"],
                 ["log", "add", folder / "case.yaml", "--kind", "calls", "--description", "x",
                  "--evidence-file", video]):
        result = run_process(*args)
        assert result.returncode == 1
        assert "the disk is full" in result.stderr and "Traceback" not in result.stderr
        assert snapshot(folder) == before
        assert not [p for p in (folder / "bewijs").iterdir() if p.name.startswith(".")]


# Permissions ---------------------------------------------------------------------------

def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_rewrite_keeps_the_case_file_mode(case):
    os.chmod(case, 0o640)
    result = invoke("log", "add", case, "--kind", "calls", "--description", "Twee oproepen.")
    assert result.exit_code == 0, result.output
    assert mode(case) == 0o640


def test_what_filings_creates_is_readable_by_its_owner_only(case, tmp_path):
    source = tmp_path / "foto.jpg"
    source.write_bytes(b"jpeg")
    assert invoke("evidence", "add", case, source, "--description", "Foto").exit_code == 0
    assert mode(case.parent / "bewijs" / "foto.jpg") == 0o600
    out = tmp_path / "bundel"
    assert invoke("bundle", case, "-o", out, "--zip", *DATE).exit_code == 0
    assert mode(out) == 0o700 and mode(out / "stukken") == 0o700
    assert {mode(p) for p in out.rglob("*") if p.is_file()} == {0o600}
    assert mode(tmp_path / "bundel.zip") == 0o600
    with zipfile.ZipFile(tmp_path / "bundel.zip") as archive:
        assert {info.external_attr >> 16 for info in archive.infolist()} == {0o600}
    new = tmp_path / "nieuw"
    assert invoke("init", new).exit_code == 0
    assert mode(new / "case.yaml") == 0o600 and mode(new / "bewijs") == 0o700


# A newcomer's first steps --------------------------------------------------------------

@pytest.mark.parametrize("command", [["log", "add"], ["evidence", "add"]])
def test_help_shows_no_literal_backslash_b(command):
    result = invoke(*command, "--help")
    assert "\\b" not in result.output and "\b" not in result.output
    assert "Example:\n" in result.output


def test_a_scripted_log_add_asks_nothing(case):
    result = run_process("log", "add", case, "--kind", "calls", "--location", "telefonisch",
                         "--description", "Zes oproepen na middernacht.")
    assert result.returncode == 0, result.stderr
    assert "Date" not in result.stderr


def test_evidence_list_shows_a_missing_file_instead_of_refusing(case):
    (case.parent / "bewijs" / "autodeur.png").unlink()
    result = invoke("evidence", "list", case, *DATE)
    assert result.exit_code == 1
    assert any(line.startswith("E3") and line.endswith("missing") for line in result.stdout.splitlines()) or \
        "missing" in result.stdout
    assert "nothing was written" not in result.stderr


def test_read_only_commands_do_not_claim_that_nothing_was_written(case):
    case.write_text(case.read_text().replace("gender: female", "gender: f", 1))
    for args in (["validate", case], ["log", "list", case], ["evidence", "list", case]):
        result = invoke(*args, *DATE)
        assert result.exit_code == 1
        assert "nothing was written" not in result.stderr
    assert "nothing was written" in invoke("bundle", case, "-o", case.parent.parent / "b", *DATE).stderr


def test_a_read_only_file_system_is_a_message(small_disk):
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    result = run_process("bundle", DEMO, "-o", small_disk / "bundel", *DATE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "the file system is read-only: choose a place you can write to (EROFS); nothing was written" \
        in result.stderr


# Second round: what a hostile case file can plant --------------------------------------

def plant_evidence(case: Path, names: list[str]) -> None:
    """Point the first evidence pieces at copies of real evidence under crafted names."""
    yaml = YAML()
    data = yaml.load(case.read_text())
    for index, name in enumerate(names):
        original = case.parent / data["evidence"][index]["file"]
        shutil.copy(original, case.parent / name)
        data["evidence"][index]["file"] = name
    with case.open("w") as handle:
        yaml.dump(data, handle)


def test_recorded_evidence_with_a_leftover_name_is_never_removed(case):
    names = ["bewijs/.autodeur.png.20260312.partial", ".case.yaml.abcdefgh.tmp"]
    plant_evidence(case, names)
    assert invoke("validate", case, *DATE).exit_code == 0
    result = invoke("log", "add", case, "--kind", "calls", "--description", "Twee oproepen.")
    assert result.exit_code == 0, result.output
    assert "removed" not in result.stderr
    assert all((case.parent / name).is_file() for name in names)


def test_a_file_in_the_way_of_the_lock_is_refused_not_removed(case, tmp_path):
    lock = case.parent / ".case.yaml.lock"
    lock.write_bytes(b"mijn notities")
    result = invoke("log", "add", case, "--kind", "calls", "--description", "x")
    assert result.exit_code == 1
    assert f"{lock} is in the way" in result.stderr
    assert lock.read_bytes() == b"mijn notities"
    lock.unlink()
    lock.symlink_to(tmp_path / "ergens-anders")
    result = invoke("log", "add", case, "--kind", "calls", "--description", "x")
    assert result.exit_code == 1 and "is in the way" in result.stderr
    assert not (tmp_path / "ergens-anders").exists()  # the link was not followed


def test_bundle_leaves_alone_what_only_has_a_leftover_name(case, tmp_path):
    plant_evidence(case, [".bundel.abcdefgh.partial"])
    mine = tmp_path / ".bundel.mydata01.old"
    mine.mkdir()
    (mine / "notities.txt").write_text("van mij")
    notes = tmp_path / ".bundel.notes123.partial"
    notes.mkdir()
    (notes / "notities.txt").write_text("van mij")
    result = invoke("bundle", case, "-o", case.parent / "bundel", *DATE)
    assert result.exit_code == 0, result.output
    assert (case.parent / ".bundel.abcdefgh.partial").is_file()
    result = invoke("bundle", case, "-o", tmp_path / "bundel", *DATE)
    assert result.exit_code == 0, result.output
    assert f"left {mine} alone" in result.stderr and f"left {notes} alone" in result.stderr
    assert (mine / "notities.txt").read_text() == "van mij" and (notes / "notities.txt").is_file()


def test_the_lock_of_a_bundle_may_not_be_an_input(case):
    plant_evidence(case, ["bewijs/.out.lock"])
    result = invoke("bundle", case, "-o", case.parent / "bewijs" / "out", *DATE)
    assert result.exit_code == 1
    assert (case.parent / "bewijs" / ".out.lock").is_file()


def test_the_case_file_is_no_evidence(case):
    set_evidence_file(case, 0, "./case.yaml")
    result = invoke("validate", case, *DATE)
    assert result.exit_code == 1
    assert "evidence[0].file: `./case.yaml` is the case file itself" in result.stderr
    set_evidence_file(case, 0, "bewijs/autodeur.png")
    result = invoke("evidence", "add", case, case, "--description", "zelf")
    assert result.exit_code == 1 and "is the case file itself" in result.stderr


def test_evidence_inside_an_old_bundle_is_warned_about(case):
    assert invoke("bundle", case, "-o", case.parent / "bundel", *DATE).exit_code == 0
    set_evidence_file(case, 0, "bundel/03-contactgegevens-vertrouwelijk.docx")
    result = invoke("validate", case, *DATE)
    assert "lies inside bundel/, a bundle filings made" in result.stderr


def test_render_never_replaces_or_adds_to_the_templates_in_use(case, tmp_path):
    own = tmp_path / "sjablonen"
    shutil.copytree(REPO / "templates" / "nl", own)
    before = snapshot(own)
    for target in ("guide.docx", "nieuw.docx"):
        result = invoke("render", case, "complaint", "--templates", own, "-o", own / target, "--force", *DATE)
        assert result.exit_code == 1
        assert "the template guide.docx" in result.stderr or "inside the templates folder" in result.stderr
    assert snapshot(own) == before


def test_an_edit_through_a_symlink_changes_the_case_it_names(case):
    link = case.parent / "huidig.yaml"
    link.symlink_to(case.name)
    result = invoke("log", "add", link, "--kind", "calls", "--description", "Via de link.")
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert load_case(case).case.incidents[-1].description == "Via de link."


# Third round ---------------------------------------------------------------------------

def edit_case(case: Path, change) -> None:
    yaml = YAML()
    data = yaml.load(case.read_text())
    change(data)
    with case.open("w") as handle:
        yaml.dump(data, handle)


def test_her_confidential_address_may_not_be_a_witness_address_or_the_elected_domicile(case):
    def same_house(data):
        victim = data["victim"]
        home = dict(victim["address"])
        data["witnesses"][0]["address"] = {**home, "street": home["street"].lower(), "box": None}
        victim["elected_domicile"] = home
    edit_case(case, same_house)
    result = invoke("validate", case, *DATE)
    assert result.exit_code == 1
    assert "witnesses[0].address: is the victim's confidential address" in result.stderr
    assert "victim.elected_domicile: is the confidential address itself" in result.stderr


def test_a_file_given_to_an_edit_is_never_removed_as_a_leftover(case):
    for source in (case.parent / ".case.yaml.abcd1234.tmp", case.parent / "bewijs" / ".foto.jpg.abcd1234.partial"):
        source.write_bytes(b"kostbaar")
        result = invoke("evidence", "add", case, source, "--description", "x")
        assert result.exit_code == 1
        assert "has the name of a file filings writes while it works" in result.stderr
        assert source.read_bytes() == b"kostbaar"
        source.unlink()
    (case.parent / ".case.yaml.lock").touch()  # an empty lock: taken as the lock, never as evidence
    result = invoke("evidence", "add", case, case.parent / ".case.yaml.lock", "--description", "x")
    assert result.exit_code == 1 and "has the name of a file filings writes" in result.stderr
    assert "E9" not in case.read_text()


def test_adding_the_original_of_a_changed_copy_says_so(case, tmp_path):
    original = tmp_path / "origineel.txt"
    original.write_text("origineel")
    assert invoke("evidence", "add", case, original, "--description", "o").exit_code == 0
    (case.parent / "bewijs" / "origineel.txt").write_text("gewijzigd")
    result = invoke("evidence", "add", case, original, "--description", "o2")
    assert result.exit_code == 1
    assert (f"{original} holds the bytes recorded as E9, but bewijs/origineel.txt no longer matches "
            "them") in result.stderr


def test_log_add_names_the_option_a_user_typed(case):
    result = invoke("log", "add", case, "--time", "25:00", "--kind", "calls", "--description", "x")
    assert result.exit_code == 2
    assert "Invalid value for --time" in result.stderr


def test_a_date_in_the_future_is_warned_about(tmp_path):
    result = invoke("render", DEMO, "complaint", "-o", tmp_path / "k.docx", "--date", "9999-12-31")
    assert "warning: --date 9999-12-31 lies in the future" in result.stderr
