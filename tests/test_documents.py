"""The documents of the demo case, read back: what each must say (shared/legal-be.md)."""

from __future__ import annotations

import re

import pytest

from docs_helpers import docx_text, render_all, strict_parts

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def demo_docs() -> dict[str, str]:
    return {name: docx_text(data) for name, (_, data) in render_all().items()}


def text_of(demo_docs, prefix: str) -> str:
    (name,) = [n for n in demo_docs if n.startswith(prefix)]
    return demo_docs[name]


def test_the_demo_case_gets_every_document_it_calls_for(demo_docs):
    assert sorted(demo_docs) == [
        "00-lees-eerst-gids.docx",
        "01-klacht.docx",
        "02-verklaring-benadeelde-persoon.docx",
        "03-contactgegevens-vertrouwelijk.docx",
        "04-dagvaarding-kort-geding.docx",
        "05-getuigenverklaring-w1-vermeulen.docx",
        "05-getuigenverklaring-w2-el-amrani.docx",
        "06-inventaris-van-stukken.docx",
        "07-logboek.docx",
        "09-brief-aan-mijn-omgeving.docx",
    ]


def test_every_document_is_well_formed():
    for _, data in render_all().values():
        strict_parts(data)


def test_complaint(demo_docs):
    text = text_of(demo_docs, "01-klacht")
    for expected in [
        "KLACHT WEGENS BELAGING",
        "Aan de politie, PZ Gent",
        "Sarah Peeters",
        "91.05.14-124.44",  # the complaint identifies her by national number (COL 03/2023)
        # what he knows of her address comes from the case (unknown in the demo), never assumed
        "Ik weet niet of de verdachte mijn huidige adres kent. Ik vraag dat mijn adres en "
        "contactgegevens niet in het proces-verbaal worden opgenomen maar apart worden bewaard, en dat "
        "ik word geïdentificeerd aan de hand van mijn rijksregisternummer (COL 03/2023).",
        "Adres voor briefwisseling: p/a Mr. An Claes, advocaat, Coupure 5, 9000 Gent",
        "Kevin De Smet", "Dorpsstraat 7, 9050 Gentbrugge", "ex-partner",
        "grijze Volkswagen Golf 1-ABC-123", "+32 478 98 76 54", "Instagram @kevin.ds",
        # each fact a block: its line, her words as she typed them (reflowed), its support
        "Feit 4 — donderdag 12 maart 2026, 07:45–08:10 — Parking UZ Gent, Corneel Heymanslaan — "
        "opwachten, beschadiging en aan het werk\n\nHij stond me op te wachten naast mijn auto na mijn "
        'nachtdienst en riep "je ontsnapt me niet". Toen ik terugkwam met een collega was de '
        "bestuurdersdeur bekrast.\n\nStuk 5; getuige: Lotte Vermeulen.",
        "8 feiten tussen 28 januari 2026 en 19 november 2026, over een periode van 295 dagen",
        # the knowledge element, in her voice, with its piece
        "op 29 januari 2026 liet ik hem per bericht weten: “Ik wil geen contact meer met jou. Bel me "
        "niet meer en stuur me niets meer.” (stuk 1).\n\nDaarna volgden nog 7 feiten (feiten 2 tot en met 8).",
        # the new Criminal Code's entry into force is unconfirmed: "dan wel", no date as a cut
        "belaging (art. 442bis van het Strafwetboek van 1867, dan wel de overeenstemmende bepaling "
        "van het Strafwetboek ingevoerd bij de wetten van 29 februari 2024, voor zover dat op het "
        "ogenblik van de feiten in werking was)",
        "art. 145, § 3bis van de wet van 13 juni 2005 betreffende de elektronische communicatie",
        # a threat after 8 April 2026 (19 November): old and new code together; each threat with
        # its words, written or under a condition, for the prosecutor to qualify
        "bedreiging (art. 327 e.v. van het Strafwetboek van 1867, dan wel de overeenstemmende "
        "bepalingen van het Strafwetboek ingevoerd bij de wetten van 29 februari 2024, voor zover "
        "dat op het ogenblik van de feiten in werking was):",
        "feit 2, schriftelijk, onder voorwaarde: “Als jij niet wil praten, dan zorg ik dat niemand nog "
        "met jou wil praten.” en “Ik weet waar je woont 😉”",
        "feit 3: “Je ontsnapt me niet, Sarah. Ik sta vanavond aan je werk.”",
        "beschadiging van eigendommen (feit 4)",
        "PV GE.55.L3.012345/2026 van 3 februari 2026 (PZ Gent): Klacht wegens telefonische belaging",
        "dat de getuigen worden verhoord: Lotte Vermeulen en Youssef El Amrani;",
        # requests the data supports: a plate, ex-partners, a contact ban as a condition
        "dat camerabeelden en ANPR-gegevens van de nummerplaat 1-ABC-123 worden opgevraagd rond "
        "feiten 4, 5 en 7;",
        "dat de feiten worden geregistreerd als intrafamiliaal geweld (ex-partners) en dat het risico "
        "wordt ingeschat;",
        "dat, als aan de verdachte voorwaarden worden opgelegd, een verbod om met mij contact op te "
        "nemen of mij op te zoeken daartoe behoort;",
        "Stuk 2: Attest van klachtneerlegging", "Stuk 3: Schermafdruk van 23 WhatsApp-berichten",
        "Ik verklaar schade te hebben geleden en wens mij benadeelde persoon te verklaren",
        # she signs later: the place and the date are hers
        "Opgemaakt te ______________________ op ______________________.",
        "DOS-2026-014 — Klacht wegens belaging — pagina",
    ]:
        assert expected in text, expected


def test_no_document_calls_stalking_a_complaint_offence(demo_docs):
    for name, text in demo_docs.items():
        # only ever to say that it is not one (since the law of 25 March 2016)
        assert text.count("klachtmisdrijf") == text.count("geen klachtmisdrijf"), name
        assert not re.search(r"vervolg\w* (enkel|slechts|alleen) .*klacht", text), name


def test_injured_party_declaration(demo_docs):
    text = text_of(demo_docs, "02-verklaring")
    for expected in [
        "VERKLARING VAN BENADEELDE PERSOON",
        "art. 5bis van de Voorafgaande Titel van het Wetboek van Strafvordering",
        "Aan de procureur des Konings, parket Oost-Vlaanderen, secretariaat",
        # the statutory formula; free of charge; nothing stated as done that is only asked
        "verklaart schade te hebben geleden en zich benadeelde persoon te verklaren voor de volgende feiten:",
        "Deze verklaring is kosteloos.",
        "Notitienummer van het parket",
        "Mijn adres is vertrouwelijk: ik vraag dat het niet wordt opgenomen in stukken die de verdachte "
        "kan inzien (COL 03/2023).",
        "Opgemaakt te ______________________ op ______________________.",
        "28 januari 2026 tot 19 november 2026", "PZ Gent", "GE.55.L3.012345/2026",
        "Kevin De Smet", "nieuw slot laten plaatsen",
        "van een eventuele seponering en de reden ervan, van het instellen van een gerechtelijk "
        "onderzoek en van de rechtsdagen",
    ]:
        assert expected in text, expected


def test_contact_sheet_holds_what_the_others_hide(demo_docs):
    text = text_of(demo_docs, "03-contact")
    for expected in ["VERTROUWELIJK", "Kortrijksesteenweg 112 bus 3, 9000 Gent", "+32 470 12 34 56",
                     "sarah.peeters@example.be", "91.05.14-124.44", "COL 03/2023",
                     "Ik weet niet of de verdachte dit adres kent."]:
        assert expected in text, expected


def test_summons_has_every_mention_of_article_702(demo_docs):
    text = text_of(demo_docs, "04-dagvaarding")
    for expected in [
        # 1° the plaintiff's name, first name and domicile: confidential, so left for the lawyer
        # (no source lets it be left out), beside the elected domicile
        "Sarah Peeters, verpleegkundige, geboren te Gent op 14 mei 1991, woonplaats: ______________ "
        "(door de advocaat in te vullen of te verantwoorden, art. 702, 1° Ger.W.; zie de gids), en "
        "woonplaats kiezend op het kantoor van haar raadsman, Mr. An Claes, advocaat, Coupure 5, "
        "9000 Gent (art. 39 Ger.W.)",
        # 2° the defendant's
        "Kevin De Smet, geboren op 2 november 1988, wonende te Dorpsstraat 7, 9050 Gentbrugge",
        # 3° object and grounds
        "Voorwerp van de vordering", "Eiseres vordert dat verweerder bij voorraad verboden wordt",
        "Feiten", "Spoedeisendheid", "In rechte",
        # 4° the judge, 5° place (the courthouse of the division), day and hour
        "voor de voorzitter van de Rechtbank van eerste aanleg Oost-Vlaanderen, afdeling Gent, "
        "zitting houdend in kort geding, in het gerechtsgebouw, Opgeëistenlaan 401A, 9000 Gent, "
        "zittingzaal ______________ (art. 702, 5° Ger.W.)",
        "om te verschijnen op ______________ om ______________ uur",
        # art. 43: what the bailiff fills in
        "gerechtsdeurwaarder met kantoor te ______________________ (adres van het kantoor)",
        "Betekend te ______________________ (plaats van betekening)",
        "het afschrift afgegeven aan ______________________",
        "Kosten van dit exploot: €",
        # the facts cite their pieces; the claims are concrete, each with a dwangsom
        "Stuk 5; getuige: Lotte Vermeulen. Eiseres noteerde (stuk 9, feit 4):",
        "contact op te nemen met eiseres, met inbegrip van telefoon, sms, berichtendiensten, e-mail en "
        "sociale media (ook via nieuwe of andere nummers, accounts of adressen, en ook door berichten of "
        "reacties gericht aan eiseres op accounts van derden), brieven en geschenken, met uitzondering van contact via hun advocaten of "
        "gerechtsdeurwaarders en van de aanwezigheid op terechtzittingen in zaken tussen hen;",
        "binnen een straal van 200 meter rond:\n\nhaar werkplaats, UZ Gent, Corneel Heymanslaan 10, 9000 Gent "
        "(behoudens wanneer verweerder er zelf dringende medische zorg nodig heeft);",
        f"een dwangsom te betalen van €{NBSP}500,00 per inbreuk op elk van deze verboden, met een "
        f"maximum van €{NBSP}25.000,00",
        "zonder borgstelling of kantonnement",
        "art. 1385bis Ger.W.", "art. 584 Ger.W.", "Gent 26 oktober 2017",
        "De belaging duurt sinds eind januari 2026",
    ]:
        assert expected in text, expected
    assert "uitvoerbaar bij voorraad" not in text  # the law gives it (legal-review-1.md §3)
    assert "de woning van eiseres" not in text  # no ban around an address the paper does not state


def test_evidence_index_lists_every_piece_with_its_hash(demo_docs):
    text = text_of(demo_docs, "06-inventaris")
    assert "INVENTARIS VAN STUKKEN" in text
    assert "eb5d1adfa298a6243d8c29498b07825e04932203b8c20255b9d1e8943d7e15f3" in text
    assert "bewijs/autodeur.png" in text
    assert "(op papier)" in text and "proces-verbaal of attest" in text
    numbers = re.findall(r"^(\d)$", text, flags=re.M)
    assert numbers == ["1", "2", "3", "4", "5", "6", "7", "8", "9"]  # the logbook is stuk 9


def test_logbook_is_chronological_and_complete(demo_docs):
    text = text_of(demo_docs, "07-logboek")
    headings = re.findall(r"Feit (\d) — \w+ (\d+ \w+ 2026)", text)
    assert [n for n, _ in headings] == [str(i) for i in range(1, 9)]
    assert [d for _, d in headings] == [
        "28 januari 2026", "14 februari 2026", "2 maart 2026", "12 maart 2026",
        "21 maart 2026", "20 april 2026", "3 mei 2026", "19 november 2026",
    ]
    assert "Jammer dat je niet meer antwoordt <3 & tot snel" in text
    assert "Ik weet waar je woont 😉" in text


def test_guide_points_the_lawyer_at_what_to_decide(demo_docs):
    text = text_of(demo_docs, "00-lees-eerst")
    for expected in [
        "Het adres van het slachtoffer is vertrouwelijk", "art. 702 Ger.W.", "art. 32 Ger.W.",
        "kies tussen dat verbod en het geheimhouden van het adres",
        "een dwangsom kan niet worden verbeurd vóór de betekening",
        "niet bevestigd", "1712", "CAW Slachtofferhulp", "106", "0800 30 030",
        "01-klacht.docx", "05-getuigenverklaring-w2-el-amrani.docx",
    ]:
        assert expected in text, expected
    # they lived together de facto, without children: no family-court pointer
    assert "familierechtbank" not in text
