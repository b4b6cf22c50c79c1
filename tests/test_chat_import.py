"""`filings import` on a copy of the demo case: the incidents it adds, what a second or a
longer import adds, what a dry run and a refusal leave (nothing), and the documents that
quote the imported messages."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from conftest import DEMO
from docs_helpers import docx_text
from filings.load.loader import load_case
from filings.plan.documents import planned_documents
from filings.render.document import render_document

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "chat"
NL = FIXTURES / "whatsapp" / "nl_BE-android.txt"


def _new_evidence_ids() -> tuple[str, str]:
    """The ids the next two pieces added to the demo case get (E9, E10 today)."""
    from filings.edit.session import next_id

    ids = [e.id for e in load_case(DEMO, today=date.today()).case.evidence]
    first = next_id(ids, "E")
    return first, next_id([*ids, first], "E")


EXPORT, LATER = _new_evidence_ids()


@pytest.fixture
def demo(tmp_path) -> Path:
    shutil.copytree(DEMO.parent, tmp_path / "dossier")
    return tmp_path / "dossier" / "case.yaml"


def imported(case: Path) -> list:
    """The incidents an import added: those that quote messages with a key."""
    loaded = load_case(case, today=date.today())
    return [i for i in loaded.case.incidents if any(m.key for m in i.messages)]


def test_dry_run_shows_the_bursts_and_writes_nothing(run, demo):
    before = demo.read_bytes()
    result = run("import", demo, NL, "--sender", "Kevin", "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["burst", "date", "time", "messages", "first", "words"]
    assert lines[2].split() == ["1", "2026-03-05", "21:02–21:40", "7", "Waarom", "antwoord", "je", "niet?"]
    assert lines[3].split()[:4] == ["2", "2026-03-06", "00:05–00:06", "2"]  # past midnight: a new incident
    assert lines[4].split()[:5] == ["3", "2026-10-25", "02:30–02:40", "2", "threat?"]
    assert lines[-1] == "dry run: would add 3 incidents with 11 messages; nothing was written"
    assert ("note: nl_BE-android.txt: line 15: 2026-10-25 02:30 occurred twice (clock change); taken as the "
            "first, +0200, and marked `clock: ambiguous`") in result.stderr
    assert "line 7 looks like a message header" in result.stderr
    assert demo.read_bytes() == before
    assert not (demo.parent / "bewijs" / NL.name).exists()


def test_a_shorter_gap_splits_a_burst(run, demo):
    result = run("import", demo, NL, "--sender", "Kevin", "--dry-run", "--gap", "20")
    assert [line.split()[2] for line in result.stdout.splitlines()[2:4]] == ["21:02–21:17", "21:40–21:40"]
    assert result.stdout.splitlines()[-1] == "dry run: would add 4 incidents with 11 messages; nothing was written"


def test_import_adds_one_incident_per_burst_with_every_message_and_its_provenance(run, demo):
    original = NL.read_bytes()
    result = run("import", demo, NL, "--sender", "Kevin", "--threats", "3")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-2:] == [
        f"added {EXPORT}: bewijs/nl_BE-android.txt (sha256 " + _sha(NL)[:12] + "…)",
        f"added 3 incidents (I9–I11) with 11 messages to {demo}",
    ]
    loaded = load_case(demo, today=date.today())  # validates, hashes included
    export = next(e for e in loaded.case.evidence if e.id == EXPORT)
    assert (export.kind.value, export.file, export.sha256, export.date) == (
        "message", "bewijs/nl_BE-android.txt", _sha(NL), date(2026, 10, 25))
    assert export.description == ("WhatsApp-export van het gesprek (13 berichten, 5 maart 2026 tot "
                                  "25 oktober 2026)")
    assert (demo.parent / "bewijs" / NL.name).read_bytes() == original == NL.read_bytes()
    first, second, third = imported(demo)
    assert (first.id, first.date, first.time.isoformat(), first.end_time.isoformat(), first.location,
            [k.value for k in first.kinds], first.evidence) == (
        "I9", date(2026, 3, 5), "21:02:00", "21:40:00", "WhatsApp", ["messages"], [EXPORT])
    assert first.description == "Kevin stuurde mij 7 berichten via WhatsApp, van 21:02 tot 21:40."
    assert [(m.sent.isoformat(), m.text, m.kind.value, m.source, m.evidence) for m in first.messages] == [
        ("2026-03-05T21:02:00+01:00", "Waarom antwoord je niet?", "message", "line 2", EXPORT),
        ("2026-03-05T21:03:00+01:00", "Ik zie je wel online staan 👀", "message", "line 3", EXPORT),
        ("2026-03-05T21:11:00+01:00", "Dit bericht is verwijderd", "deleted", "line 5", EXPORT),
        ("2026-03-05T21:15:00+01:00", "Weet je nog wat je zei:\n1/03/2026 08:00 - Sarah: ik kom niet\n"
         "Dat ga je nog zien.   ", "message", "line 6", EXPORT),
        ("2026-03-05T21:16:00+01:00", "IMG-20260305-WA0001.jpg (bestand bijgevoegd)\nMooie auto heb je 🙂",
         "media", "line 9", EXPORT),
        ("2026-03-05T21:17:00+01:00", "<Media weggelaten>", "media", "line 11", EXPORT),
        ("2026-03-05T21:40:00+01:00", "Ik heb je nieuwe nummer: 0470 12 34 56", "message", "line 12", EXPORT),
    ]
    assert len({m.key for m in first.messages}) == 7
    assert [m.text for m in second.messages] == ["Slaap lekker 👨\u200d👩\u200d👧",
                                                  "مرحبا\u200b Sarah <Dit bericht is bewerkt>"]
    assert (second.date, [k.value for k in second.kinds]) == (date(2026, 3, 6), ["messages"])
    assert [k.value for k in third.kinds] == ["messages", "threat"]
    assert [m.clock.value for m in third.messages] == ["ambiguous", "ambiguous"]
    assert [m.sent.isoformat() for m in third.messages] == ["2026-10-25T02:30:00+02:00", "2026-10-25T02:40:00+02:00"]
    assert "Sarah" not in {m.sender for i in imported(demo) for m in i.messages}


def test_threat_is_asked_and_a_no_leaves_it_out(run, demo):
    from click.testing import CliRunner
    from filings.cli import cli

    result = CliRunner().invoke(cli, ["import", str(demo), str(NL), "--sender", "Kevin"], input="n\n")
    assert result.exit_code == 0, result.output
    assert ("Burst 3, 2026-10-25 02:30: “Ik sta voor je deur. Ik maak je kapot.”\n"
            "It holds 'maak je kapot': is it a threat? [y/N]") in result.stderr
    assert all("threat" not in [k.value for k in i.kinds] for i in imported(demo))


def test_threats_proposed_confirms_exactly_the_marked_bursts(run, demo):
    result = run("import", demo, NL, "--sender", "Kevin", "--threats", "proposed")
    assert result.exit_code == 0, result.output
    assert [[k.value for k in i.kinds] for i in imported(demo)] == [["messages"], ["messages"], ["messages", "threat"]]


def test_sender_is_asked_with_each_senders_count(demo):
    from click.testing import CliRunner
    from filings.cli import cli

    result = CliRunner().invoke(cli, ["import", str(demo), str(NL), "--threats", "none"], input="3\n1\n")
    assert result.exit_code == 0, result.output
    assert "  1. Kevin (11 messages)\n  2. Sarah (1 message)\n" in result.stderr
    assert "`3` is no number from 1 to 2" in result.stderr
    assert len(imported(demo)) == 3


def test_importing_the_same_export_twice_adds_nothing(run, demo):
    assert run("import", demo, NL, "--sender", "Kevin", "--threats", "none").exit_code == 0
    after_first = demo.read_bytes()
    result = run("import", demo, NL, "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == ("nothing to add: 11 of his messages, all in the case already; "
                                              "nothing was written")
    assert demo.read_bytes() == after_first


def test_a_longer_export_of_the_same_chat_adds_only_the_new_messages(run, demo, tmp_path):
    longer = tmp_path / "later.txt"
    longer.write_text(NL.read_text(encoding="utf-8") + "20/11/2026 22:00 - Kevin: Nog altijd hier.\n", encoding="utf-8")
    assert run("import", demo, NL, "--sender", "Kevin", "--threats", "none").exit_code == 0
    result = run("import", demo, longer, "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (f"added 1 incident (I12) with 1 message to {demo}; "
                                              "11 already in the case")
    last = imported(demo)[-1]
    assert [(m.text, m.source, m.evidence) for m in last.messages] == [("Nog altijd hier.", "line 17", LATER)]
    assert sum(len(i.messages) for i in imported(demo)) == 12


def test_whatsapp_zip_media_become_evidence_linked_to_their_incident(run, demo, tmp_path):
    chat = tmp_path / "WhatsApp Chat met Kevin.zip"
    with zipfile.ZipFile(chat, "w") as archive:
        archive.writestr("WhatsApp Chat met Kevin.txt", NL.read_bytes())
        archive.writestr("IMG-20260305-WA0001.jpg", b"\xff\xd8\xff photo of her car")
    before = chat.read_bytes()
    result = run("import", demo, chat, "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    assert "and 1 media file to" in result.stdout
    loaded = load_case(demo, today=date.today())
    photo = next(e for e in loaded.case.evidence if e.file == "bewijs/IMG-20260305-WA0001.jpg")
    assert photo.kind.value == "photo"
    first = imported(demo)[0]
    assert first.evidence == [EXPORT, photo.id]
    media = next(m for m in first.messages if m.attachments)
    assert (media.source, media.attachments) == ("line 9", [photo.id])
    assert chat.read_bytes() == before


@pytest.mark.parametrize("fixture, sender, kinds, channel", [
    ("sms/sms-backup.xml", "Kevin", ["messages"], "sms"),
    ("telegram/result.json", "Kevin", ["messages"], "Telegram"),
    ("facebook/message_1.json", "Kevin Dé Smet", ["social_media"], "Facebook Messenger"),
    ("signal/data.json", "Kevin", ["messages"], "Signal"),
])
def test_every_format_imports_into_the_demo_case(run, demo, fixture, sender, kinds, channel):
    result = run("import", demo, FIXTURES / fixture, "--sender", sender, "--threats", "none")
    assert result.exit_code == 0, result.output
    incidents = imported(demo)
    assert incidents and all([k.value for k in i.kinds] == kinds and i.location == channel for i in incidents)


def test_facebook_photo_is_found_from_the_root_of_the_download_and_nothing_outside_it(run, demo, tmp_path):
    thread = tmp_path / "facebook-sarah" / "messages" / "inbox" / "kevin_123"
    (thread / "photos").mkdir(parents=True)
    (thread / "message_1.json").write_bytes((FIXTURES / "facebook" / "message_1.json").read_bytes())
    (thread / "photos" / "456.jpg").write_bytes(b"\xff\xd8 his photo")
    result = run("import", demo, thread / "message_1.json", "--sender", "Kevin Dé Smet", "--threats", "none")
    assert result.exit_code == 0, result.output
    message = next(m for i in imported(demo) for m in i.messages if m.attachments)
    piece = next(e for e in load_case(demo, today=date.today()).case.evidence if e.id == message.attachments[0])
    assert (piece.file, message.source) == ("bewijs/456.jpg", "messages[1]")


def test_an_export_cannot_pull_a_file_from_outside_its_folder(demo, tmp_path):
    from filings.chat.planner import _beside
    from filings.chat.record import Export

    (tmp_path / "secret.txt").write_text("not evidence")
    export = Export(tmp_path / "chat" / "result.json", "telegram", "Telegram", False)
    export.path.parent.mkdir()
    assert _beside(export, "../secret.txt") is None
    assert _beside(export, str(tmp_path / "secret.txt")) is None
    assert _beside(export, "secret.txt") is None


def test_mms_photo_is_decoded_from_the_streamed_backup_into_evidence(run, demo):
    import base64
    import re

    result = run("import", demo, FIXTURES / "sms" / "sms-backup.xml", "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    message = next(m for i in imported(demo) for m in i.messages if m.attachments)
    assert (message.source, message.text, message.kind.value) == ("mms[0]", "Je auto", "media")
    piece = next(e for e in load_case(demo, today=date.today()).case.evidence if e.id == message.attachments[0])
    assert (piece.file, piece.kind.value) == ("bewijs/mms-0-IMG_0001.jpg", "photo")
    data = re.search(r'name="IMG_0001.jpg".*?data="([^"]+)"', (FIXTURES / "sms" / "sms-backup.xml").read_text()).group(1)
    assert (demo.parent / piece.file).read_bytes() == base64.b64decode(data)


def test_telegram_photo_beside_the_export_becomes_evidence(run, demo):
    result = run("import", demo, FIXTURES / "telegram" / "result.json", "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    message = next(m for i in imported(demo) for m in i.messages if m.attachments)
    piece = next(e for e in load_case(demo, today=date.today()).case.evidence if e.id == message.attachments[0])
    assert piece.file == "bewijs/photo_1@05-03-2026_21-03-00.jpg"


@pytest.mark.parametrize("args, message", [
    (["--sender", "Kevn"], "error: no sender `Kevn` in the export; the senders are: Kevin (11), Sarah (1). "
                           "Give his name exactly as listed"),
    (["--sender", "Kevin", "--tz", "Mars/Olympus"], "error: unknown time zone `Mars/Olympus`"),
    (["--sender", "Kevin", "--threats", "9"], "error: no burst 9: the bursts are numbered 1 to 3"),
])
def test_refusals_name_the_fix_and_write_nothing(run, demo, args, message):
    before = demo.read_bytes()
    result = run("import", demo, NL, *args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert demo.read_bytes() == before
    assert not (demo.parent / "bewijs" / NL.name).exists()


def test_a_malformed_export_is_refused_with_its_line(run, demo, tmp_path):
    broken = tmp_path / "message_1.json"
    broken.write_text('{"messages": [\n  {"sender_name": "Kevin"\n]}', encoding="utf-8")
    before = demo.read_bytes()
    result = run("import", demo, broken, "--sender", "Kevin", "--format", "facebook")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: message_1.json: line 3, column 1: not valid JSON")
    assert "Traceback" not in result.output
    assert demo.read_bytes() == before


def _documents(case: Path) -> dict[str, str]:
    loaded = load_case(case, today=date.today())
    return {d.kind.name: docx_text(render_document(loaded, d)) for d in planned_documents(loaded.case)}


def test_logbook_and_summons_quote_each_message_with_its_piece_and_mask_her_number(run, demo):
    assert run("import", demo, NL, "--sender", "Kevin", "--threats", "3").exit_code == 0
    texts = _documents(demo)
    loaded = load_case(demo, today=date.today())
    from filings.plan.evidence import evidence_items

    number = next(item.number for item in evidence_items(loaded) if item.id == EXPORT)
    cite = f"(stuk {number}, bericht van 5 maart 2026 om 21:02)"
    for kind in ("logbook", "summons"):
        assert f"“Waarom antwoord je niet?” {cite}" in texts[kind]
        assert "“Dit bericht is verwijderd” [verwijderd bericht]" in texts[kind]
        assert (f"“Weet je nog wat je zei: / 1/03/2026 08:00 - Sarah: ik kom niet / Dat ga je nog zien.” "
                f"(stuk {number}, bericht van 5 maart 2026 om 21:15)") in texts[kind]
        assert "0470 12 34 56" not in texts[kind]  # her confidential number, typed by him
        assert "“Ik heb je nieuwe nummer: " in texts[kind]
    assert "Kevin stuurde mij 7 berichten via WhatsApp, van 21:02 tot 21:40." in texts["logbook"]
    assert (f"“Ik sta voor je deur. Ik maak je kapot.” (stuk {number}, bericht van 25 oktober 2026 om 02:30, in het "
            "uur dat door de overgang naar wintertijd twee keer voorkwam)") in texts["summons"]
    assert "Verweerder schreef:" in texts["summons"]


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_library_import_inserts_text_into_a_yaml_case_and_rewrites_a_json_case(demo, tmp_path):
    import json

    from filings.chat.bursts import DEFAULT_GAP
    from filings.chat.clock import zone
    from filings.chat.planner import plan_import, write
    from filings.chat.read import read_export
    from filings.load.casefile import parse_case_text, read_case_text

    today = date.today()
    export = read_export(NL, zone("Europe/Brussels"))
    plan = plan_import(load_case(demo, today=today), [export], ["Kevin"], DEFAULT_GAP)
    before = demo.read_text(encoding="utf-8")
    added = write(demo, plan, threats={3}, today=today)
    assert added.written == "inserted"  # the fast path, not the slow full rewrite
    import difflib

    after = demo.read_text(encoding="utf-8").splitlines()
    changes = difflib.SequenceMatcher(None, before.splitlines(), after, autojunk=False).get_opcodes()
    assert {tag for tag, *_ in changes} == {"equal", "insert"}  # every old line (and comment) kept

    data, _ = parse_case_text(demo, read_case_text(DEMO))
    as_json = demo.with_name("case.json")
    as_json.write_text(json.dumps(data, default=str, ensure_ascii=False, indent=2), encoding="utf-8")
    plan = plan_import(load_case(as_json, today=today), [export], ["Kevin"], DEFAULT_GAP)
    added = write(as_json, plan, threats=set(), today=today)
    assert added.written == "rewritten"
    saved = json.loads(as_json.read_text(encoding="utf-8"))
    assert saved["incidents"][-3]["messages"][0] == {
        "evidence": EXPORT, "sent": "2026-03-05T21:02:00+01:00", "sender": "Kevin", "text": "Waarom antwoord je niet?",
        "source": "line 2", "key": saved["incidents"][-3]["messages"][0]["key"]}


def test_two_exports_at_once_each_recorded_and_cited_by_its_own_incidents(run, demo):
    result = run("import", demo, NL, FIXTURES / "sms" / "sms-backup.xml", "--sender", "Kevin", "--threats", "none")
    assert result.exit_code == 0, result.output
    loaded = load_case(demo, today=date.today())
    exports = {e.id: e.file for e in loaded.case.evidence if e.id in (EXPORT, LATER)}
    assert exports == {EXPORT: "bewijs/nl_BE-android.txt", LATER: "bewijs/sms-backup.xml"}
    by_channel = {}
    for incident in imported(demo):
        by_channel.setdefault(incident.location, set()).update(m.evidence for m in incident.messages)
    assert by_channel == {"WhatsApp": {EXPORT}, "sms": {LATER}}


def test_a_message_quoted_under_another_day_or_without_its_piece_is_warned_about(run, write_case):
    from conftest import minimal_case

    data = minimal_case()
    data["evidence"].append({"id": "E2", "kind": "message", "description": "Export"})
    data["incidents"][0]["messages"] = [
        {"evidence": "E1", "sent": "2026-01-30T21:00:00+01:00", "sender": "Tom", "text": "a"},
        {"evidence": "E2", "sent": "2026-01-31T00:10:00+01:00", "sender": "Tom", "text": "b"},
    ]
    result = run("validate", write_case(data))
    assert result.exit_code == 0, result.output
    assert "incidents[0].messages[0]" not in result.output
    assert ("incidents[0].messages[1].sent: warning: the message was sent on 2026-01-31, but the incident is dated "
            "2026-01-30") in result.output
    assert ("incidents[0].messages[1].evidence: warning: `E2` holds the message but is not in the incident's "
            "`evidence`") in result.output


def test_a_quoted_message_whose_piece_is_gone_is_refused_with_its_path(run, write_case):
    from conftest import minimal_case

    data = minimal_case()
    data["incidents"][0]["messages"] = [{"evidence": "E7", "sent": "2026-01-30T21:00:00+01:00", "sender": "Tom",
                                         "text": "a", "attachments": ["E1", "E8"]}]
    result = run("validate", write_case(data))
    assert result.exit_code == 1
    assert "incidents[0].messages[0].evidence: `E7` is not an id in `evidence`" in result.output
    assert "incidents[0].messages[0].attachments[1]: `E8` is not an id in `evidence`" in result.output
    assert "attachments[0]" not in result.output


def test_an_unquoted_time_without_offset_is_refused_with_the_fix(run, write_case):
    from conftest import minimal_case

    data = minimal_case()
    data["incidents"][0]["messages"] = [{"evidence": "E1", "sent": "2026-01-30T21:00:00", "sender": "Tom"}]
    text = write_case(data).read_text(encoding="utf-8").replace("'2026-01-30T21:00:00'", "2026-01-30T21:00:00")
    result = run("validate", write_case(text))
    assert result.exit_code == 1
    assert 'write the time in quotes with its UTC offset, e.g. "2026-03-12T23:14:00+01:00"' in result.output
