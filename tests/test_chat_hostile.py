"""`filings import` given exports a hostile or broken phone, app or person could produce:
each is refused with the file, the place and the fix (never a traceback, nothing
written), or imported exactly and safely. The case and its evidence folder are compared
byte for byte before and after every refusal."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from datetime import date
from pathlib import Path

import pytest

from conftest import DEMO
from click.testing import CliRunner

from filings.chat import read as chat_read
from filings.chat.clock import zone
from filings.chat.read import read_export
from filings.cli import cli
from filings.load.loader import load_case

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "chat"
NL = FIXTURES / "whatsapp" / "nl_BE-android.txt"
BRUSSELS = zone("Europe/Brussels")


@pytest.fixture
def demo(tmp_path) -> Path:
    shutil.copytree(DEMO.parent, tmp_path / "dossier")
    return tmp_path / "dossier" / "case.yaml"


def snapshot(case: Path) -> dict[str, bytes]:
    return {p.relative_to(case.parent).as_posix(): p.read_bytes() for p in case.parent.rglob("*") if p.is_file()}


def refused(run, case: Path, *args) -> str:
    """The error of an import that must be refused and leave the case folder as it was."""
    before = snapshot(case)
    result = run("import", case, *args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert snapshot(case) == before
    return result.stderr


def telegram(*texts: str) -> str:
    messages = [{"id": n, "type": "message", "date": "2026-03-05T21:02:00", "date_unixtime": str(1772740920 + 60 * n),
                 "from": "Kevin", "from_id": "user1", "text": "", "text_entities": [{"type": "plain", "text": t}]}
                for n, t in enumerate(texts)]
    return json.dumps({"name": "Kevin", "type": "personal_chat", "id": 1, "messages": messages})


# --- zips -----------------------------------------------------------------------------------

def _zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def test_a_zip_bomb_photo_is_refused_before_a_byte_is_extracted(run, demo, tmp_path, monkeypatch):
    monkeypatch.setattr(chat_read, "MAX_MEMBER", 1 << 20)  # the real limit, scaled down for speed
    bomb = _zip(tmp_path / "WhatsApp Chat met Kevin.zip",
                [("_chat.txt", NL.read_bytes()), ("IMG-20260305-WA0001.jpg", bytes(2 << 20))])
    error = refused(run, demo, bomb, "--sender", "Kevin", "--threats", "none")
    assert error.startswith("error: WhatsApp Chat met Kevin.zip:IMG-20260305-WA0001.jpg: unpacks to 2.0 MiB")


def test_a_compression_bomb_is_refused_whatever_its_size(run, demo, tmp_path):
    # 50 MiB of zeros packs into about 50 KiB: no photo or video compresses a thousandfold.
    bomb = _zip(tmp_path / "chat.zip", [("_chat.txt", NL.read_bytes()), ("IMG-20260305-WA0001.jpg", bytes(50 << 20))])
    error = refused(run, demo, bomb, "--sender", "Kevin", "--dry-run")
    assert error.startswith("error: chat.zip:IMG-20260305-WA0001.jpg: unpacks to 50.0 MiB from ")
    assert "a zip bomb" in error


def test_a_huge_chat_text_in_a_zip_is_refused(run, demo, tmp_path, monkeypatch):
    monkeypatch.setattr(chat_read, "MAX_TEXT", 1 << 20)
    noise = os.urandom(1 << 20).hex().encode()  # packs like text, not like a bomb
    huge = _zip(tmp_path / "chat.zip", [("_chat.txt", NL.read_bytes() + noise)])
    error = refused(run, demo, huge, "--sender", "Kevin", "--dry-run")
    assert error.startswith("error: chat.zip:_chat.txt: ")
    assert "larger than" in error


@pytest.mark.parametrize("name", ["../../IMG-20260305-WA0001.jpg", "/etc/IMG-20260305-WA0001.jpg",
                                  "sub/../../IMG-20260305-WA0001.jpg", "..\\IMG-20260305-WA0001.jpg"])
def test_a_zip_member_named_out_of_its_folder_is_refused(run, demo, tmp_path, name):
    archive = _zip(tmp_path / "chat.zip", [("_chat.txt", NL.read_bytes()), (name, b"\xff\xd8 photo")])
    error = refused(run, demo, archive, "--sender", "Kevin", "--threats", "none")
    assert error.startswith(f"error: chat.zip: the member `{name}` ")
    assert not (demo.parent.parent / "IMG-20260305-WA0001.jpg").exists()


def test_a_zip_with_two_members_of_one_name_is_refused(run, demo, tmp_path):
    # Which of the two is the evidence? Never chosen silently.
    archive = _zip(tmp_path / "chat.zip", [("_chat.txt", NL.read_bytes()), ("IMG-20260305-WA0001.jpg", b"first"),
                                            ("media/IMG-20260305-WA0001.jpg", b"second")])
    error = refused(run, demo, archive, "--sender", "Kevin", "--threats", "none")
    assert error.startswith("error: chat.zip: two members named IMG-20260305-WA0001.jpg")


def test_a_zip_with_two_chat_texts_of_one_name_is_refused(run, demo, tmp_path):
    with pytest.warns(UserWarning):
        archive = _zip(tmp_path / "chat.zip", [("_chat.txt", NL.read_bytes()), ("_chat.txt", b"5/03/2026 21:02 - X: y\n")])
    error = refused(run, demo, archive, "--sender", "Kevin", "--dry-run")
    assert error.startswith("error: chat.zip: two members named _chat.txt")


def test_a_symlink_member_is_copied_as_its_bytes_never_followed(run, demo, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Kortrijksesteenweg 1")
    chat = NL.read_text(encoding="utf-8").replace("IMG-20260305-WA0001.jpg", "link.jpg")
    with zipfile.ZipFile(tmp_path / "chat.zip", "w") as archive:
        archive.writestr("_chat.txt", chat)
        link = zipfile.ZipInfo("link.jpg")
        link.external_attr = 0o120777 << 16  # a symlink, as `zip -y` stores one
        archive.writestr(link, str(secret))
    result = run("import", demo, tmp_path / "chat.zip", "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    copy = demo.parent / "bewijs" / "link.jpg"
    assert not copy.is_symlink() and copy.read_text() == str(secret)


def test_an_evidence_folder_that_is_a_symlink_out_of_the_case_is_refused(run, demo, tmp_path):
    outside = tmp_path / "elsewhere"
    shutil.move(demo.parent / "bewijs", outside)
    (demo.parent / "bewijs").symlink_to(outside)
    kept = sorted(p.name for p in outside.iterdir())
    error = refused(run, demo, NL, "--sender", "Kevin", "--threats", "none")
    assert "lies outside the case folder" in error
    assert sorted(p.name for p in outside.iterdir()) == kept


def test_a_photo_named_like_existing_evidence_is_added_beside_it(run, demo, tmp_path):
    existing = demo.parent / "bewijs" / "autodeur.png"
    kept = existing.read_bytes()
    chat = NL.read_text(encoding="utf-8").replace("IMG-20260305-WA0001.jpg", "autodeur.png")
    archive = _zip(tmp_path / "chat.zip", [("_chat.txt", chat.encode()), ("autodeur.png", b"\x89PNG his photo")])
    result = run("import", demo, archive, "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    assert existing.read_bytes() == kept
    assert (demo.parent / "bewijs" / "autodeur-2.png").read_bytes() == b"\x89PNG his photo"


# --- files that are no export -----------------------------------------------------------------

def test_a_fifo_or_device_is_refused_as_no_file(run, demo, tmp_path):
    fifo = tmp_path / "chat.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in refused(run, demo, fifo, "--sender", "Kevin", "--dry-run")
    assert "not a regular file" in refused(run, demo, "/dev/zero", "--sender", "Kevin", "--dry-run")


def test_an_export_too_large_to_read_is_refused(run, demo, tmp_path, monkeypatch):
    monkeypatch.setattr(chat_read, "MAX_TEXT", 1 << 20)
    big = tmp_path / "result.json"
    big.write_text(telegram("x" * (2 << 20)), encoding="utf-8")
    error = refused(run, demo, big, "--sender", "Kevin", "--dry-run")
    assert error.startswith("error: result.json: ")
    assert "larger than 1.0 MiB" in error


def test_deeply_nested_json_is_refused_not_a_recursion_error(run, demo, tmp_path):
    deep = tmp_path / "result.json"
    deep.write_text('{"messages": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    error = refused(run, demo, deep, "--format", "telegram", "--sender", "Kevin", "--dry-run")
    assert error.startswith("error: result.json: nested too deeply")
    assert "nested too deeply" in refused(run, demo, deep, "--sender", "Kevin", "--dry-run")  # detected as JSON
    lines = tmp_path / "data.json"
    lines.write_text('{"date": "2026-03-05T21:02:00", "sender": "Kevin", "body": "hoi"}\n' + "[" * 100_000 + "\n",
                     encoding="utf-8")
    result = run("import", demo, lines, "--format", "signal", "--sender", "Kevin", "--dry-run")
    assert "data.json: line 2: not a JSON object (nested too deeply); left out" in result.stderr
    assert "dry run: would add 1 incident with 1 message" in result.stdout
    lines.write_text("[" * 100_000 + "\n", encoding="utf-8")
    error = refused(run, demo, lines, "--format", "signal", "--sender", "Kevin", "--dry-run")
    assert error.startswith("error: data.json: line 1: not a JSON object (nested too deeply)")


def test_utf16_text_is_refused_with_the_byte(run, demo, tmp_path):
    utf16 = tmp_path / "chat.txt"
    utf16.write_bytes(NL.read_text(encoding="utf-8").encode("utf-16"))
    assert refused(run, demo, utf16, "--sender", "Kevin", "--dry-run").startswith(
        "error: chat.txt: byte 0 is not UTF-8 text")


# --- characters -------------------------------------------------------------------------------

def test_a_lone_surrogate_is_refused_with_its_place(run, demo, tmp_path):
    export = tmp_path / "result.json"
    export.write_text(telegram("ok", "bad \ud800 half").replace("\\ud800", "\\ud800"), encoding="utf-8")
    error = refused(run, demo, export, "--sender", "Kevin", "--threats", "none")
    assert error.startswith("error: result.json: messages[1]: the text holds U+D800")


def test_a_control_character_in_his_message_refuses_the_export_with_its_place(run, demo, tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text("5/03/2026 21:02 - Kevin: hallo\n5/03/2026 21:03 - Kevin: rood\x1b[31m nu\n", encoding="utf-8")
    error = refused(run, demo, export, "--sender", "Kevin", "--threats", "none")
    assert error.startswith("error: chat.txt: line 2: the text holds U+001B at position 5")
    assert "\x1b" not in error  # never sent to her terminal either


def test_a_line_break_in_his_name_is_refused_with_its_place(run, demo, tmp_path):
    export = tmp_path / "result.json"
    export.write_text(telegram("hoi").replace('"from": "Kevin"', '"from": "Kevin\\nDe Smet"'), encoding="utf-8")
    error = refused(run, demo, export, "--sender", "Kevin\nDe Smet", "--threats", "none")
    assert error.startswith("error: result.json: messages[0]: the sender holds U+000A at position 6, a line break in "
                            "a name no document can hold")


def test_a_control_character_in_her_own_message_does_not_block_his(run, demo, tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text("25/03/2026 21:02 - Sarah: nee\x07\n25/03/2026 21:03 - Kevin: toch wel\n", encoding="utf-8")
    result = run("import", demo, export, "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output


def test_an_escape_sequence_in_a_sender_name_is_shown_not_sent_to_her_terminal(run, demo, tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text("25/03/2026 21:02 - Kevin\x1b]0;pwned\x07: hoi\n25/03/2026 21:03 - Kevin: toch\n",
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(demo), str(export), "--dry-run"], input="2\n")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "Kevin\\x1b]0;pwned\\x07 (1 message)" in result.stderr


def test_template_and_yaml_syntax_reach_the_case_and_papers_literally(run, demo, tmp_path):
    texts = ["{{ case.victim.address }} {% for x in range(3) %}X{% endfor %}", "- !!python/object:os.system ['id']",
             "&a [*a, *a] key: value # <w:p>&amp;</w:p>", "\u202eevil\u200b zero \u2028 sep", "null", "'", '"']
    export = tmp_path / "chat.txt"
    export.write_text("".join(f"5/03/2026 21:0{n} - Kevin: {t}\n" for n, t in enumerate(texts)), encoding="utf-8")
    result = run("import", demo, export, "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    loaded = load_case(demo, today=date.today())
    quoted = [m.text for i in loaded.case.incidents for m in i.messages if m.key]
    assert quoted == texts
    from docs_helpers import docx_text
    from filings.plan.documents import planned_documents
    from filings.render.document import render_document

    logbook = next(d for d in planned_documents(loaded.case) if d.kind.name == "logbook")
    text = docx_text(render_document(loaded, logbook))
    assert "{{ case.victim.address }} {% for x in range(3) %}X{% endfor %}" in text
    assert "<w:p>&amp;</w:p>" in text
    assert "XXX" not in text


# --- times ------------------------------------------------------------------------------------

def test_a_four_digit_year_is_never_read_as_this_century(tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text("1/01/0026 10:00 - Kevin: oud\n2/01/26 10:00 - Kevin: nieuw\n", encoding="utf-8")
    assert [m.sent.year for m in read_export(export, BRUSSELS).messages] == [26, 2026]


def test_a_date_no_chat_can_have_is_refused_with_its_line(run, demo, tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text("24/03/2026 10:00 - Kevin: hoi\n31/12/9999 23:59 - Kevin: het einde\n", encoding="utf-8")
    assert refused(run, demo, export, "--sender", "Kevin", "--threats", "none").endswith(
        "error: chat.txt: line 2: sent on 9999-12-31, after today; check --date-order and the phone's clock, and "
        "give the export exactly as the phone wrote it\n")
    export.write_text("1/01/0001 00:00 - Kevin: het begin\n", encoding="utf-8")
    assert "error: chat.txt: line 1: sent on 0001-01-01, before any phone sent a message" in refused(
        run, demo, export, "--sender", "Kevin", "--threats", "none")
    export.write_text(telegram("toen").replace('"1772740920"', '"0"'), encoding="utf-8")
    assert "error: chat.txt: messages[0]: sent on 1970-01-01, before any phone" in refused(
        run, demo, export, "--format", "telegram", "--sender", "Kevin", "--threats", "none")


# --- the case ---------------------------------------------------------------------------------

def test_an_interrupted_import_leaves_the_case_and_folder_as_they_were(run, demo, tmp_path, monkeypatch):
    from filings.edit import batch

    archive = _zip(tmp_path / "chat.zip", [("_chat.txt", NL.read_bytes()), ("IMG-20260305-WA0001.jpg", b"\xff\xd8")])

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "_write", interrupted)
    assert refused(run, demo, archive, "--sender", "Kevin", "--threats", "none") .endswith("\nAborted!\n")
    assert not list(Path(tempfile.gettempdir()).glob("filings-media-*"))


def test_an_import_while_another_edit_holds_the_lock_is_refused(run, demo, monkeypatch):
    import subprocess
    import sys

    from filings.edit import batch
    from filings.locking import locked

    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\nfrom filings.edit.session import edit_lock\n"
         f"with edit_lock(Path({str(demo)!r}).resolve()):\n    print('held', flush=True)\n    time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        monkeypatch.setattr(batch, "edit_lock", lambda path: locked(path, wait=0.3, busy="busy: run it again later"))
        assert refused(run, demo, NL, "--sender", "Kevin", "--threats", "none").endswith("error: busy: run it again later\n")
    finally:
        holder.kill()
        holder.wait()


def test_a_sender_named_as_her_number_is_masked_in_the_papers(run, demo, tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text("5/03/2026 21:02 - +32 470 12 34 56: ik zie je\n", encoding="utf-8")
    result = run("import", demo, export, "--sender", "+32 470 12 34 56", "--threats", "none")
    assert result.exit_code == 0, result.output
    from docs_helpers import docx_text
    from filings.plan.documents import planned_documents
    from filings.privacy import Audience
    from filings.render.document import render_document

    loaded = load_case(demo, today=date.today())
    for document in planned_documents(loaded.case):
        if document.kind.audience in (Audience.court, Audience.respondent, Audience.witness, Audience.circle):
            assert "470 12 34 56" not in docx_text(render_document(loaded, document)), document.kind.name


def _mms(tmp_path: Path, size: int) -> Path:
    backup = tmp_path / "sms.xml"
    with backup.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<smses count="1"><mms date="1772740920000" msg_box="1" '
                  b'contact_name="Kevin"><parts><part seq="0" ct="text/plain" text="kijk"/>'
                  b'<part seq="1" ct="video/mp4" name="v.mp4" data="')
        out.write(b"AAAA" * (size // 4))
        out.write(b'"/></parts></mms></smses>')
    return backup


def test_a_big_video_in_an_sms_backup_is_read_in_linear_time(tmp_path):
    import time

    from filings.chat import sms

    started = time.monotonic()
    with _mms(tmp_path, 48 << 20).open("rb") as stream:
        messages, _ = sms.parse(stream, BRUSSELS, "sms.xml", {})
    assert [m.text for m in messages] == ["kijk"]
    assert time.monotonic() - started < 10  # fed 16 KiB at a time, expat took minutes (quadratic)


def test_a_message_bigger_than_any_phone_sends_is_refused(run, demo, tmp_path, monkeypatch):
    from filings.chat import sms

    monkeypatch.setattr(sms, "MAX_MESSAGE", 1 << 20)
    error = refused(run, demo, _mms(tmp_path, 2 << 20), "--sender", "Kevin", "--dry-run")
    assert error.startswith("error: sms.xml: byte ")
    assert "one message runs over 1 MiB, more than any phone sends" in error


def test_the_sender_a_template_may_print_is_masked_too(run, demo, tmp_path):
    # The shipped papers do not print `messages[].sender`; a user's own template may.
    from filings.plan.views import incident_views
    from filings.privacy import Audience
    from filings.privacy.shield import Shield

    export = tmp_path / "chat.txt"
    export.write_text("5/03/2026 21:02 - +32 470 12 34 56: ik zie je\n", encoding="utf-8")
    assert run("import", demo, export, "--sender", "+32 470 12 34 56", "--threats", "none").exit_code == 0
    case = load_case(demo, today=date.today()).case
    views = incident_views(case, {e.id: n for n, e in enumerate(case.evidence, 1)}, Shield(case.victim, Audience.court))
    senders = [m["sender"] for v in views for m in v["messages"]]
    assert senders and not any("470 12 34 56" in s for s in senders)


@pytest.mark.parametrize("text, closed", [
    ("\u202eevil", "\u202eevil\u202c"), ("a\u2067b\u202bc", "a\u2067b\u202bc\u202c\u2069"),
    ("\u2067a\u202eb\u2069c", "\u2067a\u202eb\u2069c"), ("x\u202c\u2069y", "x\u202c\u2069y"), ("plain", "plain")])
def test_an_override_left_open_in_his_message_is_closed_before_the_citation(text, closed):
    from filings.plan.views import closed_bidi

    assert closed_bidi(text) == closed


def test_two_unnamed_photos_in_one_mms_both_become_evidence(run, demo, tmp_path):
    # SMS Backup & Restore writes name="null" for many photos: both are then `image/jpeg`.
    backup = tmp_path / "sms.xml"
    parts = "".join(f'<part seq="{n}" ct="image/jpeg" name="null" data="{data}"/>'
                    for n, data in enumerate(["/9j/Zmlyc3Q=", "/9j/c2Vjb25k"]))
    backup.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<smses count="1"><mms date="1772740920000" '
                      f'msg_box="1" contact_name="Kevin"><parts>{parts}</parts></mms></smses>', encoding="utf-8")
    result = run("import", demo, backup, "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    loaded = load_case(demo, today=date.today())
    message = next(m for i in loaded.case.incidents for m in i.messages if m.source == "mms[0]")
    files = {e.id: (demo.parent / e.file).read_bytes() for e in loaded.case.evidence if e.file}
    assert [files[a] for a in message.attachments] == [b"\xff\xd8\xfffirst", b"\xff\xd8\xffsecond"]


def test_xml_entity_bombs_and_external_entities_are_refused(run, demo, tmp_path):
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    sms = ('<smses count="1"><sms protocol="0" address="+32470" date="1772740920000" type="1" body="&x;" '
           'contact_name="Kevin" /></smses>')
    secret = tmp_path / "secret.txt"
    secret.write_text("Kortrijksesteenweg 1")
    laughs = '<!ENTITY y "hahahahaha">' + "".join(f'<!ENTITY y{i} "{("&y%s;" % ("" if i == 1 else i - 1)) * 10}">'
                                                   for i in range(1, 10)) + '<!ENTITY x "&y9;">'
    # Held by expat itself (2.4+: amplification limit; external entities never fetched).
    for doctype in [laughs, f'<!ENTITY x SYSTEM "file://{secret}">']:
        export = tmp_path / "sms.xml"
        export.write_text(f"{head}<!DOCTYPE smses [{doctype}]>{sms}", encoding="utf-8")
        error = refused(run, demo, export, "--sender", "Kevin", "--dry-run")
        assert error.startswith("error: sms.xml: line 2, column "), error
        assert "Kortrijksesteenweg" not in error
