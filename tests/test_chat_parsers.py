"""Each export format read into message records: real fixtures from public parsers
(tests/fixtures/chat/*/LICENSE-SOURCE) and exports written with the pitfalls of
shared/chat-formats.md. The records are asserted whole: time, sender, exact text, kind,
place in the export, attachments, clock-change flag."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from filings.chat.clock import zone
from filings.chat.read import read_export
from filings.chat.record import ExportRefused, message_keys

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "chat"
BRUSSELS = zone("Europe/Brussels")


def records(path: Path, **options) -> list[tuple]:
    export = read_export(path, BRUSSELS, **options)
    return [(m.sent.isoformat(), m.sender, m.text, m.kind, m.source, m.attachments, m.clock) for m in export.messages]


LOREM = "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero."
CHAT_MINER = [  # the same chat in every notation chat-miner keeps
    ("2019-01-01T11:25:00+01:00", "John Doe", "Lorem ipsum dolor sit amet.", "message", "line 1", (), None),
    ("2019-01-20T11:23:00+01:00", "John Doe", ".", "message", "line 2", (), None),
    ("2019-01-30T20:49:00+01:00", "Jahn Doe", LOREM, "message", "line 3", (), None),
    ("2020-06-10T15:55:00+02:00", "John-John Doe", "Lorem ipsum : dolor sit amet.", "message", "line 5", (), None),
    ("2020-06-20T00:08:00+02:00", None, '+12 345 578 created group "Groupname"', "system", "line 6", (), None),
    ("2020-06-30T09:10:00+02:00", None, "You were added", "system", "line 7", (), None),
    ("2021-12-10T10:10:00+01:00", "John Doe 🤓", "Lorem ipsum 🤓", "message", "line 8", (), None),
    ("2021-12-20T12:10:00+01:00", "🤓", "Lorem ipsum 🤓", "message", "line 9", (), None),
    ("2021-12-30T22:01:00+01:00", "John Doe", LOREM, "message", "line 10", (), None),
]


@pytest.mark.parametrize("name", ["chat-miner-test_ddmmyy_24hrs.txt", "chat-miner-test_mmddyy_24hrs.txt",
                                  "chat-miner-test_mmddyyyy_12hrs.txt", "chat-miner-test_yyyymmdd_24hrs.txt",
                                  "chat-miner-test_brackets_mmddyy_24hrs.txt"])
def test_whatsapp_real_fixtures_in_every_date_and_clock_notation(name):
    assert records(FIXTURES / "whatsapp" / name) == CHAT_MINER


def test_whatsapp_month_first_is_found_from_the_order_of_the_messages():
    # 06/03, 08/05, 09/04: only month/day keeps them in order; read day first, the last
    # header would go back in time and be swallowed by the message above it.
    assert records(FIXTURES / "whatsapp" / "pustur-short-chat.txt") == [
        ("2017-06-03T00:45:00+02:00", None, "Messages to this group are now secured with end-to-end encryption. "
         "Tap for more info.", "system", "line 1", (), None),
        ("2017-06-03T00:45:00+02:00", None, 'You created group "ShortChat"', "system", "line 2", (), None),
        ("2017-06-03T00:45:00+02:00", "Sample User", "This is a test message", "message", "line 3", (), None),
        ("2017-08-05T01:48:00+02:00", "TestBot", "Hey I'm a test too!", "message", "line 4", (), None),
        ("2017-09-04T01:50:00+02:00", "+410123456789", "How are you?\n\nIs everything alright?", "message", "line 5",
         (), None),
    ]


def test_whatsapp_nl_be_android_keeps_text_exactly_and_flags_the_repeated_autumn_hour():
    export = read_export(FIXTURES / "whatsapp" / "nl_BE-android.txt", BRUSSELS)
    got = [(m.sent.isoformat(), m.sender, m.text, m.kind, m.source, m.attachments, m.clock) for m in export.messages]
    assert got == [
        ("2026-03-05T21:02:00+01:00", None, "Berichten en oproepen worden end-to-end versleuteld. Niemand buiten "
         "deze chat, zelfs WhatsApp niet, kan ze lezen of beluisteren.", "system", "line 1", (), None),
        ("2026-03-05T21:02:00+01:00", "Kevin", "Waarom antwoord je niet?", "message", "line 2", (), None),
        ("2026-03-05T21:03:00+01:00", "Kevin", "Ik zie je wel online staan 👀", "message", "line 3", (), None),
        ("2026-03-05T21:10:00+01:00", "Sarah", "Laat me gerust.", "message", "line 4", (), None),
        ("2026-03-05T21:11:00+01:00", "Kevin", "Dit bericht is verwijderd", "deleted", "line 5", (), None),
        # a line that looks like a header but goes back in time is part of the message; blanks kept
        ("2026-03-05T21:15:00+01:00", "Kevin", "Weet je nog wat je zei:\n1/03/2026 08:00 - Sarah: ik kom niet\n"
         "Dat ga je nog zien.   ", "message", "line 6", (), None),
        ("2026-03-05T21:16:00+01:00", "Kevin", "IMG-20260305-WA0001.jpg (bestand bijgevoegd)\nMooie auto heb je 🙂",
         "media", "line 9", ("IMG-20260305-WA0001.jpg",), None),
        ("2026-03-05T21:17:00+01:00", "Kevin", "<Media weggelaten>", "media", "line 11", (), None),
        ("2026-03-05T21:40:00+01:00", "Kevin", "Ik heb je nieuwe nummer: 0470 12 34 56", "message", "line 12", (), None),
        ("2026-03-06T00:05:00+01:00", "Kevin", "Slaap lekker 👨\u200d👩\u200d👧", "message", "line 13", (), None),
        ("2026-03-06T00:06:00+01:00", "Kevin", "مرحبا\u200b Sarah <Dit bericht is bewerkt>", "edited", "line 14", (),
         None),
        ("2026-10-25T02:30:00+02:00", "Kevin", "Ik sta voor je deur. Ik maak je kapot.", "message", "line 15", (),
         "ambiguous"),
        ("2026-10-25T02:40:00+02:00", "Kevin", "Doe open", "message", "line 16", (), "ambiguous"),
    ]
    assert export.notes == ["nl_BE-android.txt: line 7 looks like a message header but its time lies before the "
                            "message above it; kept as part of that message (check the export at that line)"]


def test_whatsapp_fr_be_android_with_no_break_space_before_the_colon():
    assert records(FIXTURES / "whatsapp" / "fr_BE-android.txt") == [
        ("2026-03-05T21:02:00+01:00", None, "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, "
         "pas même WhatsApp, ne peut les lire ou les écouter.", "system", "line 1", (), None),
        ("2026-03-05T21:02:00+01:00", "Kevin", "Pourquoi tu ne réponds pas ?", "message", "line 2", (), None),
        ("2026-03-05T21:05:00+01:00", "Kevin", "Ce message a été supprimé", "deleted", "line 3", (), None),
        ("2026-03-05T21:06:00+01:00", "Kevin", "<Médias omis>", "media", "line 4", (), None),
        ("2026-03-05T21:07:00+01:00", "Sarah", "Laisse-moi tranquille.", "message", "line 5", (), None),
        ("2026-03-13T23:50:00+01:00", "Kevin", "Tu vas le regretter.\nJe sais où tu habites.", "message", "line 6",
         (), None),
    ]


def test_whatsapp_ios_marks_are_ignored_for_matching_and_kept_in_the_text():
    export = read_export(FIXTURES / "whatsapp" / "nl-ios.txt", BRUSSELS)
    assert [(m.sent.isoformat(), m.sender, m.text, m.kind, m.attachments) for m in export.messages] == [
        ("2026-03-05T21:02:11+01:00", "Kevin", "\u200eBerichten en oproepen worden end-to-end versleuteld.", "system", ()),
        ("2026-03-05T21:02:15+01:00", "Kevin", "Waar ben je?", "message", ()),
        ("2026-03-05T21:02:40+01:00", "Kevin", "\u200eafbeelding weggelaten", "media", ()),
        ("2026-03-05T21:03:01+01:00", "Kevin", "\u200e<bijgevoegd: 00000014-PHOTO-2026-03-05-21-03-01.jpg>", "media",
         ("00000014-PHOTO-2026-03-05-21-03-01.jpg",)),
        ("2026-03-05T21:09:59+01:00", "Sarah", "Stop.", "message", ()),
    ]
    # every date reads either way: said, not guessed silently
    assert export.notes == ["nl-ios.txt: no date shows whether the day or the month comes first; read as day/month "
                            "(pass --date-order mdy if the phone wrote month/day)"]
    assert read_export(FIXTURES / "whatsapp" / "nl-ios.txt", BRUSSELS, date_order="mdy").messages[0].sent.month == 5


def test_whatsapp_ios_12_hour_clock_with_narrow_no_break_space():
    assert [r[:4] for r in records(FIXTURES / "whatsapp" / "en-ios-12h.txt")] == [
        ("2026-03-14T23:58:03+01:00", "Kevin", "You can't hide", "message"),
        ("2026-03-14T23:59:40+01:00", "Kevin", "\u200eimage omitted", "media"),
        ("2026-03-15T00:01:12+01:00", "Kevin", "This message was deleted", "deleted"),
        ("2026-03-15T00:30:00+01:00", "Sarah", "Leave me alone", "message"),
    ]


def test_whatsapp_zip_reads_its_chat_and_lists_its_media(tmp_path):
    path = tmp_path / "WhatsApp Chat met Kevin.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("WhatsApp Chat met Kevin.txt", (FIXTURES / "whatsapp" / "nl_BE-android.txt").read_bytes())
        archive.writestr("IMG-20260305-WA0001.jpg", b"\xff\xd8 photo")
    export = read_export(path, BRUSSELS)
    assert export.format == "whatsapp_zip"
    assert export.media == {"IMG-20260305-WA0001.jpg": "IMG-20260305-WA0001.jpg"}
    assert [m.text for m in export.messages] == [m.text for m in read_export(
        FIXTURES / "whatsapp" / "nl_BE-android.txt", BRUSSELS).messages]


def test_sms_backup_streams_merges_surrogate_pairs_and_skips_drafts():
    assert records(FIXTURES / "sms" / "sms-backup.xml") == [
        ("2026-03-05T21:02:00+01:00", "Kevin", "Neem je telefoon op 😠", "message", "sms[0]", (), None),
        ("2026-03-05T21:03:00+01:00", "Kevin", "Ik weet waar je werkt.\nTot morgen.", "message", "sms[1]", (), None),
        ("2026-03-05T21:05:00+01:00", "(sent from this phone)", "Laat me gerust", "message", "sms[2]", (), None),
        ("2026-03-05T21:07:00+01:00", "Kevin", "Je auto", "media", "mms[0]", ("IMG_0001.jpg",), None),
    ]


@pytest.mark.parametrize("read_size", [37, 100, 65536])
def test_sms_surrogate_pair_cut_anywhere_by_a_read_boundary_is_still_merged(read_size):
    from filings.chat import sms

    class Trickle(io.BytesIO):  # a stream that gives read_size bytes at a time
        def read(self, size=-1):
            return super().read(read_size)

    for pad in range(40):  # the pair at every offset against the boundaries
        items = "".join(f'<sms address="1" date="1772740920000" type="1" body="{"x" * pad}&#55357;&#56864;{i}" />'
                        for i in range(50))
        messages, _ = sms.parse(Trickle(f"<smses>{items}</smses>".encode()), BRUSSELS, "sms.xml")
        assert [m.text for m in messages] == [f"{'x' * pad}😠{i}" for i in range(50)]


def test_telegram_uses_utc_seconds_and_joins_text_entities():
    assert records(FIXTURES / "telegram" / "result.json") == [
        ("2026-03-05T21:00:00+01:00", None, "Kevin phone_call", "system", "messages[0]", (), None),
        ("2026-03-05T21:02:00+01:00", "Kevin", "Kijk hier eens", "message", "messages[1]", (), None),
        ("2026-03-05T21:03:00+01:00", "Kevin", "", "media", "messages[2]",
         ("photos/photo_1@05-03-2026_21-03-00.jpg",), None),
        ("2026-03-05T21:04:00+01:00", "Kevin", "Antwoord!", "edited", "messages[3]", (), None),
        ("2026-03-05T21:09:00+01:00", "Sarah", "Nee.", "message", "messages[4]", (), None),
        ("2026-03-05T21:20:00+01:00", "Kevin", "", "media", "messages[5]", (), None),
    ]


@pytest.mark.parametrize("name, prefix", [("chat-miner-test_single_export.json", ""),
                                          ("chat-miner-test_batch_export.json", "chats.list[0].")])
def test_telegram_real_fixtures_single_chat_and_whole_account(name, prefix):
    assert records(FIXTURES / "telegram" / name) == [
        ("2018-12-05T11:39:10+01:00", "Author 1", "Minimal Message", "message", f"{prefix}messages[0]", (), None),
        ("2018-12-05T11:49:24+01:00", "Author 2", "Link:https://telegram.org/", "message", f"{prefix}messages[1]",
         (), None),
    ]


def test_instagram_real_fixture_newest_first_is_put_in_time_order(tmp_path):
    target = tmp_path / "your_instagram_activity" / "message_1.json"
    target.parent.mkdir()
    target.write_bytes((FIXTURES / "instagram" / "chat-miner-test_export.json").read_bytes())
    export = read_export(target, BRUSSELS)
    assert (export.format, export.channel, export.social) == ("instagram", "Instagram", True)
    assert [(m.sent.isoformat(), m.sender, m.text, m.source) for m in export.messages] == [
        ("2019-12-24T12:23:00+01:00", "Jane Doe", "Hello John!", "messages[1]"),
        ("2020-01-17T21:49:00+01:00", "John Doe", "Hello Jane!", "messages[0]"),
    ]


def test_facebook_mojibake_is_repaired_and_correct_text_left_alone():
    assert records(FIXTURES / "facebook" / "message_1.json") == [
        ("2026-03-12T23:03:20+01:00", "Kevin Dé Smet", "Waarom blokkeer je me? — €", "message", "messages[4]", (), None),
        ("2026-03-12T23:04:10+01:00", "Kevin Dé Smet", "ÿ", "deleted", "messages[3]", (), None),
        ("2026-03-12T23:05:00+01:00", "Sarah Peeters", "Stop met berichten sturen.", "message", "messages[2]", (), None),
        ("2026-03-12T23:14:00+01:00", "Kevin Dé Smet", "", "media", "messages[1]",
         ("messages/inbox/kevin_123/photos/456.jpg",), None),
        ("2026-03-12T23:15:00+01:00", "Kevin Dé Smet", "Ik vind je toch 😠", "message", "messages[0]", (), None),
    ]


def test_signal_export_data_json_lines():
    assert records(FIXTURES / "signal" / "data.json") == [
        ("2026-03-05T21:02:00+01:00", "Kevin", "Neem op", "message", "line 1", (), None),
        ("2026-03-05T21:03:30+01:00", "Kevin", "", "system", "line 2", (), None),
        ("2026-03-05T21:04:00+01:00", "Kevin", "", "media", "line 3", ("media/foto.jpg",), None),
        ("2026-03-05T21:05:00+01:00", "Kevin", "", "deleted", "line 4", (), None),
        ("2026-03-05T21:06:00+01:00", "Me", "Stop", "message", "line 5", (), None),
    ]


def test_spring_clock_change_hour_is_flagged_nonexistent(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("29/03/2026 01:59 - Kevin: a\n29/03/2026 02:30 - Kevin: b\n29/03/2026 03:01 - Kevin: c\n",
                    encoding="utf-8")
    assert [(m.sent.isoformat(), m.clock) for m in read_export(path, BRUSSELS).messages] == [
        ("2026-03-29T01:59:00+01:00", None), ("2026-03-29T02:30:00+01:00", "nonexistent"),
        ("2026-03-29T03:01:00+02:00", None)]


def test_keys_are_stable_across_a_longer_export_and_tell_repeats_apart(tmp_path):
    short, longer = tmp_path / "a.txt", tmp_path / "b.txt"
    lines = ["5/03/2026 21:02 - Kevin: Hallo", "5/03/2026 21:02 - Kevin: Hallo", "5/03/2026 21:03 - Sarah: Stop"]
    short.write_text("\n".join(lines) + "\n", encoding="utf-8")
    longer.write_text("\n".join(["4/03/2026 08:00 - Kevin: eerder", *lines, "6/03/2026 09:00 - Kevin: nieuw"]) + "\n",
                      encoding="utf-8")
    a = message_keys(read_export(short, BRUSSELS).messages)
    b = message_keys(read_export(longer, BRUSSELS).messages)
    assert a[0] != a[1] and a == b[1:4]


@pytest.mark.parametrize("content, name, message", [
    ("Dit is een brief, geen chat.\nTot ziens.\n", "brief.txt",
     "brief.txt: no line looks like a WhatsApp message"),
    ('{"messages": [\n  {"sender_name": "Kevin", "timestamp_ms": 1}\n  {"x": 1}\n]}', "message_1.json",
     "message_1.json: line 3, column 3: not valid JSON (Expecting ',' delimiter); give the message_N.json file "
     "exactly as exported, unedited"),
    ("<?xml version='1.0'?>\n<smses count=\"1\">\n<sms address=\"1\" date=\"1\" body=\"a\" \n</smses>", "sms.xml",
     "sms.xml: line 4, column 0: not well-formed XML"),
    ("<?xml version='1.0'?>\n<calls count=\"0\"></calls>", "calls.xml", "cannot tell which app exported this file"),
    ('{"name": "x", "messages": "none"}', "result.json",
     "result.json: `messages` is not a list; export the chat again from Telegram Desktop"),
    ('{"date": "2026-03-05T21:02:00", "sender": "Kevin", "body": "a"}\n', "data.json", None),
])
def test_malformed_exports_are_refused_with_the_line_and_the_fix(tmp_path, content, name, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    if message is None:  # the control: a well-formed export of the same kind is read
        assert len(read_export(path, BRUSSELS).messages) == 1
        return
    with pytest.raises(ExportRefused) as refused:
        read_export(path, BRUSSELS)
    assert message in str(refused.value)


def test_a_lone_surrogate_reference_is_refused_not_guessed(tmp_path):
    path = tmp_path / "sms.xml"
    path.write_text('<smses count="1">\n<sms address="1" date="1772740920000" type="1" body="&#55357;" />\n</smses>',
                    encoding="utf-8")
    with pytest.raises(ExportRefused, match=r"sms.xml: line 2, column \d+: not well-formed XML"):
        read_export(path, BRUSSELS)


def test_unknown_time_zone_is_refused():
    with pytest.raises(ExportRefused, match="unknown time zone `Europe/Gent`"):
        zone("Europe/Gent")


def test_impossible_date_in_a_header_like_line_stays_text_and_is_noted(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("5/03/2026 21:02 - Kevin: Weet je nog?\n31/02/2026 10:00 - Kevin: dit kan niet\n"
                    "5/03/2026 21:03 - Kevin: Antwoord\n", encoding="utf-8")
    export = read_export(path, BRUSSELS)
    assert [(m.text, m.source) for m in export.messages] == [
        ("Weet je nog?\n31/02/2026 10:00 - Kevin: dit kan niet", "line 1"), ("Antwoord", "line 3")]
    assert export.notes == ["chat.txt: line 2 looks like a message header but its date or time is impossible; "
                            "kept as part of the message above it"]


def test_lines_before_the_first_message_are_reported_not_dropped_silently(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("Exported by a tool\n\n5/03/2026 21:02 - Kevin: Hallo\n", encoding="utf-8")
    assert "chat.txt: line 1 before the first message is no message and was left out" in read_export(
        path, BRUSSELS).notes


def test_an_export_near_whatsapps_cap_says_the_oldest_may_be_missing(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("".join(f"5/03/2026 21:02 - Kevin: {n}\n" for n in range(39_600)), encoding="utf-8")
    notes = read_export(path, BRUSSELS).notes
    assert notes[-1].startswith("chat.txt: 39600 messages, near WhatsApp's cap of about 40,000")


from hypothesis import given, settings, strategies as st  # noqa: E402

# Any text a person can send, across lines; a continuation line that starts like a date
# would be a header by design, and WhatsApp writes no carriage returns inside a message.
_LINE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=40).filter(
    lambda line: not line[:1].isdigit() and not line.startswith("[") and not line.lstrip("\u200e")[:1].isdigit())
_TEXT = st.lists(_LINE, min_size=1, max_size=3).map("\n".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=8))
def test_whatsapp_text_round_trips_exactly(tmp_path_factory, texts):
    path = tmp_path_factory.mktemp("chat") / "chat.txt"
    path.write_text("".join(f"5/03/2026 21:{n:02d} - Kevin: {text}\n" for n, text in enumerate(texts)),
                    encoding="utf-8")
    messages = read_export(path, BRUSSELS).messages
    assert [m.text for m in messages] == texts
    assert [m.source for m in messages] == [f"line {1 + sum(t.count(chr(10)) + 1 for t in texts[:n])}"
                                            for n in range(len(texts))]


def test_times_stepping_back_in_the_repeated_autumn_hour_are_its_second_pass(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("25/10/2026 02:10 - Kevin: a\n25/10/2026 02:50 - Kevin: b\n25/10/2026 02:05 - Kevin: c\n"
                    "25/10/2026 02:30 - Kevin: d\n25/10/2026 03:10 - Kevin: e\n", encoding="utf-8")
    export = read_export(path, BRUSSELS)
    assert [(m.text, m.sent.isoformat(), m.clock) for m in export.messages] == [
        ("a", "2026-10-25T02:10:00+02:00", "ambiguous"), ("b", "2026-10-25T02:50:00+02:00", "ambiguous"),
        ("c", "2026-10-25T02:05:00+01:00", "ambiguous"), ("d", "2026-10-25T02:30:00+01:00", "ambiguous"),
        ("e", "2026-10-25T03:10:00+01:00", None)]
    assert export.notes == []
    from filings.chat.bursts import bursts
    from datetime import timedelta

    keyed = [(m, str(n)) for n, m in enumerate(reversed(export.messages))]
    ordered = sorted(keyed, key=lambda mk: mk[0].sent.timestamp())
    (burst,) = bursts(export, ordered, timedelta(minutes=45))  # 02:50 CEST to 02:05 CET is 15 minutes
    assert [m.text for m in burst.messages] == ["a", "b", "c", "d", "e"]


def test_a_chat_whose_every_header_is_impossible_is_refused(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("31/02/2026 21:02 - Kevin: a\n", encoding="utf-8")
    with pytest.raises(ExportRefused, match="no line has a possible date and time for a WhatsApp message"):
        read_export(path, BRUSSELS)


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                         st.sampled_from(["messages", "chats", "list", "date", "date_unixtime", "from", "text",
                                          "text_entities", "type", "sender_name", "timestamp_ms", "content",
                                          "photos", "uri", "is_unsent", "edited", "photo", "file", "sender",
                                          "body", "attachments", "name"]), inner, max_size=6),
                     max_leaves=20)


_ITEMS = st.dictionaries(st.sampled_from(["date", "date_unixtime", "from", "text", "text_entities", "type",
                                          "sender_name", "timestamp_ms", "content", "photos", "is_unsent", "edited",
                                          "photo", "file", "sender", "body", "attachments", "deleted", "call"]),
                         _JSON | st.sampled_from(["message", "service", "1772740920", "99999999999999",
                                                  "2026-03-05T21:02:00", 1772740920000, 10 ** 30]), max_size=8)


@settings(max_examples=400, deadline=None)
@given(_JSON | st.fixed_dictionaries({"messages": st.lists(_ITEMS | _JSON, max_size=5)}))
def test_damaged_json_exports_are_read_or_refused_never_a_crash(data):
    import json

    from filings.chat import meta, signal, telegram

    for parse in (telegram.parse, meta.parse):
        try:
            parse(data, BRUSSELS, "x.json")
        except ExportRefused:
            pass
    lines = [json.dumps(item) for item in data["messages"]] if isinstance(data, dict) and isinstance(
        data.get("messages"), list) else [json.dumps(data)]
    try:
        signal.parse(lines, BRUSSELS, "data.json")
    except ExportRefused:
        pass


_PIECES = st.sampled_from(["12/03/2026", "3/14/26", "2026-03-12", "31/02/26", "٣/١٢/٢٠٢٦", "[", "]", ", ", " ",
                           "23:14", "11:58:03\u202fPM", "00:08 a. m.", " - ", "Kevin", ": ", "\u00a0: ", "\u200e",
                           "<Media omitted>", "<attached: x.jpg>", "x.jpg (file attached)", "tekst", "à "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PIECES | st.text(max_size=5), max_size=8).map("".join), min_size=1, max_size=6))
def test_damaged_whatsapp_text_is_read_or_refused_never_a_crash(lines):
    from filings.chat import whatsapp

    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]
    try:
        messages, _ = whatsapp.parse(lines, BRUSSELS, "chat.txt")
    except ExportRefused:
        return
    assert all(m.source.startswith("line ") for m in messages)
