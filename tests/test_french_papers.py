"""`language: fr`: every paper in Belgian legal French, read back as a reader sees it.

The statutory mentions a French-speaking lawyer looks for (the 961/2 sentence word for
word, the 442bis transition formula, art. 1385bis and the astreinte, art. 702 in the
citation, art. 1025-1034 in the requête), gender agreement, no Dutch word left from the
templates, the same privacy per audience as the Dutch papers, and LibreOffice opening them.
The cases are built here (a copy of the demo with `language: fr`, and a small French case
of our own), never the French demo of examples/."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from conftest import DEMO, REPO, TODAY, dump_yaml
from docs_helpers import docx_text, render_all, strict_parts
from filings.plan.kinds import KINDS
from filings.privacy import Audience
from test_libreoffice import convert, soffice

WITNESS_SENTENCE = ("Je sais que la présente attestation est établie en vue de sa production en justice et "
                    "qu'une fausse attestation de ma part m'expose à des sanctions pénales.")
TRANSITION = ("art. 442bis du Code pénal de 1867, ou la disposition correspondante du Code pénal introduit "
              "par les lois du 29 février 2024, pour autant qu'elle fût en vigueur au moment des faits")
DEMO_SECRETS = ["Kortrijksesteenweg", "+32 470 12 34 56", "sarah.peeters@example.be",
                "91.05.14-124.44", "91051412444", "470 12 34 56"]
REACHES_RESPONDENT = {Audience.court, Audience.witness, Audience.respondent, Audience.circle}

# Words only Dutch has (' de ', ' en ' and ' te ' are French too): none may come from a French template.
DUTCH = [" het ", " een ", " van ", " niet ", " wordt ", " worden ", " zijn ", " voor ", " naar ",
         " bij ", " op ", " ook ", " geen ", "verweerder", "verweerster", "eiseres", "eiser ",
         "verzoekster", "verzoeker", "stuk ", "stukken", "feiten", "dagvaarding", "verzoekschrift",
         "rechtbank", "Rechtbank", "belaging", "getuige", "klacht", "gerechtsdeurwaarder", "dwangsom",
         "Ger.W.", " Sw.", "pagina", "Handtekening", "Opgemaakt", "afgeschermd", "Bijlage", "Feit "]


def plain(text: str) -> str:
    """The text with no-break spaces as spaces: the tests read words, not typography."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def french_demo(tmp_path):
    """The demo case (evidence and all) copied to tmp_path, with `language: fr`."""
    folder = tmp_path / "demo"
    shutil.copytree(DEMO.parent, folder)
    case = folder / "case.yaml"
    text = case.read_text(encoding="utf-8")
    assert "\nlanguage: nl\n" in text
    case.write_text(text.replace("\nlanguage: nl\n", "\nlanguage: fr\n"), encoding="utf-8")
    return case


def french_case(**changes) -> dict:
    """A small Brussels case written in French throughout, so that every Dutch word a
    paper could show would come from a template."""
    data = {
        "format": 1, "reference": "BXL-2026-7", "language": "fr",
        "victim": {"first_name": "Claire", "last_name": "Dubois", "gender": "female", "birth_date": "1990-04-02",
                   "birth_place": "Namur", "profession": "infirmière", "nationality": "belge",
                   "national_number": "90.04.02-202.07", "phone": "0470 99 88 77", "email": "claire@example.be",
                   "address": {"street": "Rue Blaes", "number": "12", "postal_code": "1000", "city": "Bruxelles"}},
        "respondent": {"first_name": "Marc", "last_name": "Lambert", "gender": "male", "relationship": "ex_partner",
                       "partnership": "de_facto", "children_together": False, "knows_victim_address": "yes",
                       "relationship_end": "2026-01-05",
                       "address": {"street": "Rue Neuve", "number": "3", "postal_code": "1000", "city": "Bruxelles"}},
        "lawyer": {"first_name": "Anne", "last_name": "Leroy", "bar": "Bruxelles",
                   "address": {"street": "Avenue Louise", "number": "100", "postal_code": "1050", "city": "Ixelles"}},
        "complaint": {"addressee": "police", "police_zone": "zone de police Bruxelles-Capitale Ixelles",
                      "prosecutor_office": "Bruxelles", "injured_party_declaration": True,
                      "harm": "Je dors mal et je n'ose plus sortir seule le soir."},
        "police_reports": [{"number": "BR.55.L3.001234/2026", "date": "2026-02-01"}],
        "notices": [{"id": "N1", "date": "2026-01-20", "by": "victim", "channel": "message",
                     "text": "Je ne veux plus de contact.", "evidence": ["E1"]}],
        "witnesses": [{"id": "W1", "first_name": "Paul", "last_name": "Martin"}],
        "circle": [{"name": "Julie", "formal": False}],
        "evidence": [{"id": "E1", "kind": "screenshot", "description": "Capture du message d'arrêt",
                      "date": "2026-01-20"},
                     {"id": "E2", "kind": "screenshot", "description": "Messages menaçants", "date": "2026-04-02"}],
        "incidents": [
            {"date": "2026-01-30", "time": "21:00", "location": "WhatsApp", "kinds": ["messages"],
             "description": "Dix messages en une soirée.", "police_report": "BR.55.L3.001234/2026"},
            {"date": "2026-03-02", "time": "07:30", "location": "devant mon travail", "place": "Rue Haute, Bruxelles",
             "kinds": ["waiting", "work_visit"], "description": "Il m'attendait devant mon travail.",
             "witnesses": ["W1"]},
            {"date": "2026-04-02", "time": "23:10", "location": "WhatsApp", "kinds": ["messages", "threat"],
             "description": "Il a écrit : \"Tu vas le regretter.\"", "evidence": ["E2"]},
        ],
        "request": {"procedure": "summons", "court": "Tribunal de première instance francophone de Bruxelles",
                    "contact_ban": True, "penalty_eur": 500, "penalty_max_eur": 25000,
                    "urgency": "Les menaces se sont aggravées ; une citation arriverait trop tard.",
                    "restraining_order": {"distance_m": 100, "around_person": True,
                                          "places": ["son lieu de travail, Rue Haute 300, 1000 Bruxelles"]}},
    }
    for key, value in changes.items():
        data[key] = value
    return data


def texts(path, **kwargs) -> dict[str, tuple[object, str]]:
    return {name: (document, docx_text(data)) for name, (document, data) in render_all(path, **kwargs).items()}


def by_kind(rendered: dict, kind: str) -> str:
    found = [text for document, text in rendered.values() if document.kind.name == kind]
    assert found, f"no {kind} in the bundle"
    return plain(found[0])


def write(tmp_path, data: dict):
    path = tmp_path / "case.yaml"
    path.write_text(dump_yaml(data), encoding="utf-8")
    return path


def test_the_french_demo_bundles_with_french_file_names(french_demo, tmp_path, run):
    result = run("bundle", french_demo, "-o", tmp_path / "out", "--date", TODAY.isoformat())
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (tmp_path / "out").glob("*.docx"))
    assert "01-plainte.docx" in names and "04-citation-en-refere.docx" in names
    assert "02-declaration-de-personne-lesee.docx" in names and "00-guide-a-lire-en-premier.docx" in names
    assert any(n.startswith("05-attestation-") for n in names)
    for path in (tmp_path / "out").glob("*.docx"):
        strict_parts(path.read_bytes())


def test_every_kind_has_a_french_template_and_phrases():
    folder = REPO / "templates" / "fr"
    assert (folder / "phrases.yaml").is_file()
    for kind in KINDS:
        assert (folder / kind.template).is_file(), kind.name


def test_rebuilding_the_french_templates_gives_the_committed_files(tmp_path):
    subprocess.run([sys.executable, str(REPO / "tools" / "build_templates_fr.py"), str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    for kind in KINDS:
        for suffix in (".docx", ".txt"):
            name = kind.name + suffix
            assert (tmp_path / name).read_bytes() == (REPO / "templates" / "fr" / name).read_bytes(), (
                f"templates/fr/{name} is not what tools/build_templates_fr.py makes: run it and commit")


def test_the_attestation_carries_the_961_2_sentence_word_for_word(french_demo):
    rendered = texts(french_demo)
    forms = [plain(text) for document, text in rendered.values() if document.kind.name == "witness_statement"]
    assert len(forms) == 2
    for text in forms:
        assert WITNESS_SENTENCE in text
        assert "art. 961/1 à 961/3 C. jud." in text
        assert "ATTESTATION" in text and "Recopiez vous-même cette phrase" in text


def test_facts_after_the_new_code_cite_the_transition_formula(french_demo):
    rendered = texts(french_demo)
    for kind in ("complaint", "summons", "injured_party_declaration"):
        assert TRANSITION in by_kind(rendered, kind), kind


def test_facts_before_the_new_code_cite_442bis_alone(tmp_path):
    rendered = texts(write(tmp_path, french_case()))
    complaint = by_kind(rendered, "complaint")
    assert "harcèlement (art. 442bis du Code pénal)" in complaint
    assert "1867" not in complaint


def test_the_citation_asks_an_astreinte_and_names_its_statutes(french_demo):
    summons = by_kind(texts(french_demo), "summons")
    assert "CITATION EN RÉFÉRÉ" in summons
    assert "astreinte (art. 1385bis C. jud.)" in summons
    assert "L'astreinte ne peut être encourue avant la signification" in summons
    assert "(art. 702, 5°, C. jud.)" in summons  # the place of the hearing
    assert "art. 702, 1°, C. jud." in summons  # the confidential domicile left for the lawyer
    assert "huissier de justice" in summons and "commissaire de justice" not in summons
    assert "siégeant en référé" in summons and "sans caution ni cantonnement" in summons
    assert re.search(r"500,00 ?€ par infraction", summons)
    assert re.search(r"25 000,00 ?€ au total", summons)
    assert "président du tribunal de première instance statue au provisoire" in summons


def test_the_citation_names_the_brussels_courthouse(tmp_path):
    summons = by_kind(texts(write(tmp_path, french_case())), "summons")
    assert "au palais de justice, Place Poelaert 1, 1000 Bruxelles" in summons


def test_the_requete_is_unilateral_and_cites_1025_to_1034(tmp_path):
    data = french_case()
    data["request"]["procedure"] = "ex_parte"
    petition = by_kind(texts(write(tmp_path, data)), "petition")
    assert "REQUÊTE UNILATÉRALE" in petition
    assert "art. 1025 à 1034 C. jud." in petition
    assert "statuant sur requête unilatérale" in petition
    assert "Absolue nécessité" in petition
    assert "(art. 1026, 5°, et 1027 C. jud.)" in petition
    assert "la requérante" in petition and "demanderesse" not in petition
    assert "siégeant en référé" not in petition


@pytest.mark.parametrize("victim_gender, respondent_gender, expected, absent", [
    ("female", "male", ["La demanderesse est harcelée", "le défendeur", "demanderesse,", "défendeur,"],
     ["La demandeur", "le défenderesse"]),
    ("male", "female", ["Le demandeur est harcelé ", "la défenderesse", "demandeur,", "défenderesse,"],
     ["demanderesse", "Le défendeur"]),
    ("other", "other", ["La partie demanderesse est harcelée", "la partie défenderesse",
                        "dès que cette partie aperçoit"], ["demandeur,", "qu'cette", "d'cette"]),
])
def test_the_court_papers_agree_with_both_parties_genders(tmp_path, victim_gender, respondent_gender,
                                                          expected, absent):
    data = french_case()
    data["victim"]["gender"] = victim_gender
    data["respondent"]["gender"] = respondent_gender
    summons = by_kind(texts(write(tmp_path, data)), "summons")
    for words in expected:
        assert words in summons, words
    for words in absent:
        assert words not in summons, words


def test_the_requete_agrees_with_a_male_petitioner(tmp_path):
    data = french_case()
    data["request"]["procedure"] = "ex_parte"
    data["victim"]["gender"] = "male"
    petition = by_kind(texts(write(tmp_path, data)), "petition")
    assert "Le requérant est harcelé " in petition and "requérante" not in petition
    assert "à au moins 100 mètres de lui," in petition and "d'il" not in petition


def test_no_dutch_word_is_left_in_a_french_paper(tmp_path):
    for procedure in ("summons", "ex_parte"):
        data = french_case()
        data["request"]["procedure"] = procedure
        data["victim"]["address_confidential"] = True
        data["respondent"]["knows_victim_address"] = "no"
        data["incidents"][1]["location"] = "devant mon travail"
        rendered = texts(write(tmp_path, data))
        assert len(rendered) >= 9
        for name, (_, text) in rendered.items():
            text = plain(text)
            left = [word for word in DUTCH if word in text]
            assert not left, (name, left)


def test_french_typography_and_quotation_marks(french_demo):
    summons = by_kind(texts(french_demo), "summons").replace(" ", " ")
    raw = next(text for document, text in texts(french_demo).values() if document.kind.name == "summons")
    assert "\u00ab\u00a0" in raw and "\u00a0\u00bb" in raw  # « … » with no-break spaces
    assert "\u00a0:" in raw and " :" not in raw.replace("\u00a0:", "")
    assert "janvier 2026" in summons and "novembre 2026" in summons


def test_the_guide_names_the_french_helplines(french_demo):
    guide = by_kind(texts(french_demo), "guide")
    for line in ("0800 30 030", "107", "Télé-Accueil", "112", "101"):
        assert line in guide
    assert "1712" not in guide and "CAW" not in guide
    assert "service d'accueil des victimes" in guide and "ce n'est pas un service d'aide aux victimes" in guide


def test_demo_confidential_data_stays_where_it_belongs_in_french(french_demo):
    seen = set()
    for name, (document, text) in texts(french_demo).items():
        audience = document.kind.audience
        if audience in REACHES_RESPONDENT or audience is Audience.police:
            leaked = [s for s in DEMO_SECRETS if s in text]
            if audience is Audience.police:  # the police may identify her by national number
                leaked = [s for s in leaked if s != "91.05.14-124.44"]
            assert not leaked, (name, leaked)
        if audience is Audience.police_only:
            assert "Kortrijksesteenweg 112 boîte 3, 9000 Gent" in text
        seen.add(audience)
    assert {Audience.court, Audience.witness, Audience.circle, Audience.police, Audience.police_only,
            Audience.victim} <= seen


def test_typed_confidential_data_is_shielded_in_french(tmp_path):
    data = french_case()
    data["victim"]["address_confidential"] = True
    data["request"]["procedure"] = "ex_parte"
    data["incidents"][0]["description"] = "Il a appelé le 0470/99.88.77 et est venu Rue Blaes nr. 12."
    secrets = ["Rue Blaes 12", "Rue Blaes nr. 12", "0470/99.88.77", "0470 99 88 77", "claire@example.be",
               "90.04.02-202.07"]
    for name, (document, text) in texts(write(tmp_path, data)).items():
        audience = document.kind.audience
        if audience in REACHES_RESPONDENT:
            assert not [s for s in secrets if s in text], name
            if document.kind.name in ("petition", "logbook"):
                assert "[coordonnée masquée]" in text, name
        if audience is Audience.police_only:
            assert "Rue Blaes 12, 1000 Bruxelles" in text and "0470 99 88 77" in text


@pytest.mark.libreoffice
def test_libreoffice_opens_every_french_paper(french_demo, tmp_path):
    binary = soffice()
    sources = []
    for name, (_, data) in render_all(french_demo).items():
        (tmp_path / name).write_bytes(data)
        sources.append(tmp_path / name)
    profile = tmp_path / "profile"
    convert(binary, sources, "pdf", tmp_path / "pdf", profile)
    convert(binary, sources, "txt:Text (encoded):UTF8", tmp_path / "txt", profile)
    for source in sources:
        pdf = tmp_path / "pdf" / f"{source.stem}.pdf"
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), source.name
        text = plain((tmp_path / "txt" / f"{source.stem}.txt").read_text(encoding="utf-8-sig"))
        if "attestation" in source.name:
            assert WITNESS_SENTENCE in text, source.name
        elif "citation" in source.name:
            assert "art. 1385bis C. jud." in text


def test_templates_check_passes_the_french_templates_with_french_words():
    from filings.render.check import check_templates

    reports = list(check_templates(REPO / "templates" / "fr", TODAY))
    assert sorted(r.template for r in reports) == sorted(kind.template for kind in KINDS)
    assert all(r.ok for r in reports), [(r.template, r.error, r.missing) for r in reports]


def test_the_stop_message_and_letter_are_french(tmp_path):
    data = french_case(notices=[])
    letter = by_kind(texts(write(tmp_path, data)), "boundary_letter")
    assert "Je ne veux plus aucun contact avec toi." in letter
    assert "MESSAGE DE RUPTURE DE CONTACT" in letter and "Mise en demeure par votre avocat" in letter
    assert "Rue Blaes" not in letter


def test_threats_typed_in_guillemets_are_quoted_in_the_complaint(tmp_path):
    data = french_case()
    data["incidents"][2]["description"] = "Il a écrit : « Si tu pars, tu vas le regretter. »"
    complaint = by_kind(texts(write(tmp_path, data)), "complaint")
    assert "fait 3 (par écrit) : « Si tu pars, tu vas le regretter. » (sous condition)" in complaint


def test_his_words_naming_her_home_in_french_contradict_he_does_not_know_it(tmp_path):
    from filings.load.loader import load_case

    data = french_case()
    data["respondent"]["knows_victim_address"] = "no"
    data["incidents"][0]["description"] = "Il a écrit : « Je sais où tu habites maintenant. »"
    warnings = load_case(write(tmp_path, data), today=TODAY).warnings
    assert any(w.path == ("incidents", 0) and "knows_victim_address" in w.message for w in warnings), warnings


def test_a_place_in_her_own_french_words_is_never_the_lawyers_or_the_witnesss(tmp_path):
    data = french_case()
    data["incidents"][1]["place"] = None
    data["incidents"][1]["location"] = "devant mon travail"
    rendered = texts(write(tmp_path, data))
    summons, form = by_kind(rendered, "summons"), by_kind(rendered, "witness_statement")
    assert "Fait 2 — lundi 2 mars 2026, 7 h 30 — attente au passage" in summons  # no neutral place
    assert "devant mon travail" in summons  # quoted as hers only: her note's words stay hers
    assert "devant mon travail" not in form and "sur le lieu de travail de Claire Dubois" in form


def test_a_lawyers_copy_of_the_french_templates_is_checked_with_french_words(tmp_path, run):
    copy = tmp_path / "mes-modeles"
    shutil.copytree(REPO / "templates" / "fr", copy)
    assert run("templates", "check", copy, "--language", "fr").exit_code == 0
    dutch_words = run("templates", "check", copy)  # a folder not named fr: nl by default
    assert dutch_words.exit_code == 1 and "victim.role.e" in dutch_words.stderr
    assert run("templates", "check", "--language", "fr").exit_code == 0  # the shipped French folder


def test_templates_vars_lists_the_french_role_table(run):
    result = run("templates", "vars", "summons", "--language", "fr")
    assert result.exit_code == 0
    assert "victim.role.plaintiff" in result.stdout and "demanderesse / demandeur / partie demanderesse" in result.stdout
    assert "'art. 1385bis C. jud.'" in result.stdout


def test_fr_has_every_name_nl_has_with_the_same_keys():
    from filings.lang import words

    nl, fr = words("nl"), words("fr")
    public = {name for name in vars(nl) if not name.startswith("_") and name.upper() == name or
              callable(getattr(nl, name)) and getattr(getattr(nl, name), "__module__", "") == nl.__name__}
    for name in public:
        assert hasattr(fr, name), name
        mine, theirs = getattr(nl, name), getattr(fr, name)
        if isinstance(mine, dict) and name != "LAW_SOURCES":  # fr sources its French wording only
            assert set(theirs) >= set(mine), name  # fr's role table adds French-only words
            if name != "ROLES":
                assert set(theirs) == set(mine), name
    assert set(fr.LAW) == set(nl.LAW)
    assert fr.LAW_TO_CHECK == nl.LAW_TO_CHECK


# A French-speaking Brussels lawyer's reading (review of issue 15's papers): each test reads
# the rendered paper back for what that reader rejected in the first French papers.

def swapped_case() -> dict:
    """The small case with a male victim and a female respondent (gender agreement both ways)."""
    data = french_case()
    data["victim"]["gender"] = "male"
    data["respondent"]["gender"] = "female"
    return data


def test_a_male_victim_and_a_female_respondent_agree_in_every_paper(tmp_path):
    rendered = texts(write(tmp_path, swapped_case()))
    summons = by_kind(rendered, "summons")
    assert "commentaires adressés au demandeur sur des comptes de tiers" in summons
    assert "adressés à le " not in summons
    complaint = by_kind(rendered, "complaint")
    assert "afin d'être informé de la suite de la procédure" in complaint
    assert "informée" not in complaint
    declaration = by_kind(rendered, "injured_party_declaration")
    assert "Le soussigné" in declaration and "soussigné(e)" not in declaration
    assert "tenue informée" not in by_kind(rendered, "guide")


def test_the_female_declarant_signs_as_la_soussignee(tmp_path):
    declaration = by_kind(texts(write(tmp_path, french_case())), "injured_party_declaration")
    assert "La soussignée" in declaration and "soussigné(e)" not in declaration


def test_the_court_papers_list_what_happened_in_nouns_not_infinitives(tmp_path):
    data = french_case()
    data["incidents"].append({"date": "2026-04-05", "time": "18:00", "location": "dans la rue",
                              "kinds": ["following", "home_visit"], "description": "Il m'a suivie."})
    rendered = texts(write(tmp_path, data))
    summons = by_kind(rendered, "summons")
    assert "attente au passage, présence sur le lieu de travail" in summons
    assert "filature et présence au domicile" in summons
    for infinitive in ("attendre au passage", "venir au domicile", "venir sur le lieu", " et suivre", "épier"):
        assert infinitive not in summons, infinitive
    logbook = by_kind(rendered, "logbook")
    assert "présence sur le lieu de travail (1×)" in logbook and ", sur le lieu de travail (1×)" not in logbook


def test_a_set_hearing_hour_reads_9_h_30_without_heures_and_the_court_in_lower_case(tmp_path):
    data = french_case()
    data["request"]["hearing"] = {"date": "2026-12-09", "time": "09:30"}
    summons = by_kind(texts(write(tmp_path, data)), "summons")
    assert ("à comparaître le 9 décembre 2026 à 9 h 30 devant le président du tribunal de première instance "
            "francophone de Bruxelles, siégeant en référé") in summons
    assert "9 h 30 heures" not in summons


def test_a_hearing_not_yet_set_leaves_a_blank_for_its_hour(tmp_path):
    summons = by_kind(texts(write(tmp_path, french_case())), "summons")
    assert re.search(r"à _+ heures devant le président du tribunal de première instance", summons)


def test_the_requete_opens_with_the_petitioner_who_has_the_honour_to_set_out(tmp_path):
    data = french_case()
    data["request"]["procedure"] = "ex_parte"
    petition = by_kind(texts(write(tmp_path, data)), "petition")
    assert "À Madame ou Monsieur le Président du tribunal de première instance francophone de Bruxelles" in petition
    assert re.search(r"requérante,\n+ayant pour conseil Me Anne Leroy, .*\(art\. 1026, 5°, et 1027 C\. jud\.\),\n+"
                     r"a l'honneur de vous exposer respectueusement ce qui suit :", petition)
    assert "A l'honneur" not in petition
    assert "de déclarer la requête recevable et fondée" in petition


def test_the_citation_quotes_442bis_and_1385bis_in_their_own_words(tmp_path):
    summons = by_kind(texts(write(tmp_path, french_case())), "summons")
    assert ("« quiconque aura harcelé une personne alors qu'il savait ou aurait dû savoir qu'il affecterait "
            "gravement par ce comportement la tranquillité de la personne visée »") in summons
    assert "une certaine continuité (Anvers, 6 juin 2013)" in summons
    assert "(Cass., 10 février 2016, P.15.1536.F)" in summons
    assert ("« L'astreinte ne peut être encourue avant la signification du jugement qui l'a prononcée. »"
            in summons)
    assert "sollicite la condamnation du défendeur au paiement d'une astreinte (art. 1385bis C. jud.)" in summons
    assert "Sous toutes réserves et sans reconnaissance préjudiciable." in summons
    assert "Sous réserve de tous droits" not in summons
    assert "ni mariées ni cohabitantes légales" in summons and "cohabitants légaux" not in summons
    assert "; en regard, il y a" not in summons


def test_the_attestation_quotes_the_statutes_handwriting_rule(tmp_path):
    form = by_kind(texts(write(tmp_path, french_case())), "witness_statement")
    assert "L'attestation est « écrite, datée et signée de la main de son auteur » (art. 961/2 C. jud.)" in form


def test_the_declaration_names_each_notice_number_once_and_its_places_in_order(tmp_path):
    data = french_case()
    data["police_reports"] = [
        {"number": "BR.55.L3.001234/2026", "date": "2026-02-01", "prosecutor_reference": "BR.20.L1.000111/26"},
        {"number": "BR.55.L3.002345/2026", "date": "2026-04-03", "prosecutor_reference": "BR.20.L1.000111/26"}]
    data["incidents"][2]["police_report"] = "BR.55.L3.002345/2026"
    data["incidents"][1]["location"] = "Rue Haute, devant mon travail, à Bruxelles"
    declaration = by_kind(texts(write(tmp_path, data)), "injured_party_declaration")
    assert "Numéro de notice du parquet\n\nBR.20.L1.000111/26\n" in declaration
    assert "Lieu\n\nWhatsApp ; Rue Haute, devant mon travail, à Bruxelles\n" in declaration
    assert "pouvoir joindre des pièces au dossier et demander à le consulter" in declaration


def test_the_complaint_names_the_offence_of_threats_and_joins_reports_with_et(tmp_path):
    data = french_case()
    data["police_reports"].append({"number": "BR.55.L3.002345/2026", "date": "2026-04-03"})
    data["incidents"][2]["police_report"] = "BR.55.L3.002345/2026"
    complaint = by_kind(texts(write(tmp_path, data)), "complaint")
    assert "des propos menaçants, pouvant constituer l'infraction de menaces (art. 327" in complaint
    assert "jointe aux procès-verbaux BR.55.L3.001234/2026 et BR.55.L3.002345/2026 ;" in complaint


def test_no_sentence_starts_with_a_figure_for_the_facts_at_night(tmp_path):
    summons = by_kind(texts(write(tmp_path, french_case())), "summons")
    assert "Sur les 3 faits dont l'heure est connue, un a eu lieu la nuit, entre 22 h et 6 h (fait 3)." in summons
    assert not re.search(r"\n1 des \d+ faits", summons)


def test_the_guide_lists_tele_accueil_without_a_second_colon_and_warns_of_702(tmp_path):
    guide = by_kind(texts(write(tmp_path, french_case())), "guide")
    assert "107 : Télé-Accueil, une écoute jour et nuit" in guide
    assert "numéro de registre national du demandeur" in guide
    assert "Tribunal compétent (et sa division, s'il en a)" in guide


def test_a_single_new_fact_is_un_fait_in_the_follow_up_complaint(tmp_path):
    data = french_case()
    del data["incidents"][1]  # only the threat of 2 April is left after the PV of 1 February
    follow_up = by_kind(texts(write(tmp_path, data)), "follow_up_complaint")
    assert "La présente plainte ajoute un fait (fait 2) :" in follow_up


def recent_case() -> dict:
    """The small case with a fact six days before the documents: urgent, not stale."""
    data = french_case()
    data["incidents"].append({"date": "2026-11-20", "time": "08:15", "location": "WhatsApp",
                              "kinds": ["messages"], "description": "Trois messages."})
    return data


def test_the_citation_states_the_urgency_standard_and_the_requete_extreme_urgency(tmp_path):
    summons = by_kind(texts(write(tmp_path, recent_case())), "summons")
    assert ("Il y a urgence au sens de l'art. 584 C. jud. lorsque la procédure ordinaire serait impuissante "
            "à résoudre le différend en temps voulu. Tel est le cas en l'espèce :") in summons
    assert "contribution prévue par la loi du 19 mars 2017 instituant un fonds budgétaire" in summons
    assert "deuxième ligne (loi du 19 mars 2017" not in summons  # the fund named once
    data = french_case()
    data["request"]["procedure"] = "ex_parte"
    petition = by_kind(texts(write(tmp_path, data)), "petition")
    assert "L'absolue nécessité est admise notamment en cas d'extrême urgence" in petition
    assert "qu'elle reste sans protection pendant ce délai :" in petition and "passe ce délai" not in petition


def test_a_stale_last_fact_is_not_called_urgent_by_the_citation(tmp_path):
    summons = by_kind(texts(write(tmp_path, french_case())), "summons")  # last fact 2 April, documents 26 November
    assert "lorsque la procédure ordinaire serait impuissante à résoudre le différend en temps voulu." in summons
    assert "Tel est le cas en l'espèce" not in summons


def test_the_victims_papers_call_a_female_respondent_elle(tmp_path):
    data = swapped_case()
    data["notices"] = []  # the stop letter is made for a case where nobody has told her yet
    data["incidents"][2]["description"] = "Elle a écrit : « Tu vas le regretter. »"
    rendered = texts(write(tmp_path, data))
    complaint = by_kind(rendered, "complaint")
    assert "Les moyens par lesquels elle m'a approché, dans l'ordre" in complaint
    guide = by_kind(rendered, "guide")
    assert "Si elle enfreint une interdiction prononcée par le juge" in guide
    assert "si elle vous attend" in guide and "s'il vous attend" not in guide
    letter = by_kind(rendered, "boundary_letter")
    assert "même si elle répond" in letter and "la preuve qu'elle savait" in letter
    assert "ce qu'elle a reçu et quand" in letter and "Mon client, Claire Dubois" in letter
    assert "qu'il" not in letter and "s'il" not in letter and "S'il" not in guide


def test_the_complaint_says_il_savait_and_elle_savait_by_the_respondents_gender(tmp_path):
    male = by_kind(texts(write(tmp_path, french_case())), "complaint")
    assert "Il savait que je ne voulais plus de contact :" in male
    female = by_kind(texts(write(tmp_path, swapped_case())), "complaint")
    assert "Elle savait que je ne voulais plus de contact :" in female and "Il savait" not in female


def test_the_guide_counts_the_month_for_tierce_opposition_from_service(tmp_path):
    data = french_case()
    data["request"]["procedure"] = "ex_parte"
    guide = by_kind(texts(write(tmp_path, data)), "guide")
    assert ("l'ordonnance peut faire l'objet d'une tierce opposition dans le mois de sa signification "
            "(art. 1034 C. jud.)") in guide


def test_the_guide_tells_the_lawyer_the_language_rule_of_a_brussels_court_only(tmp_path):
    guide = by_kind(texts(write(tmp_path, french_case())), "guide")
    assert ("au choix du demandeur, s'il est domicilié dans l'agglomération bruxelloise ou n'a aucun domicile "
            "connu en Belgique (art. 4, § 1er, de la loi du 15 juin 1935 concernant l'emploi des langues en "
            "matière judiciaire)") in guide
    data = french_case()
    data["request"]["court"] = "Tribunal de première instance de Liège, division Liège"
    assert "Langue de l'acte" not in by_kind(texts(write(tmp_path, data)), "guide")


def test_a_female_respondent_is_la_suspecte_in_the_complaint_and_the_contact_sheet(tmp_path):
    data = swapped_case()
    data["victim"]["address_confidential"] = True  # the contact sheet is made
    rendered = texts(write(tmp_path, data))
    complaint = by_kind(rendered, "complaint")
    assert "La suspecte connaît malheureusement mon adresse." in complaint
    assert "que la suspecte soit entendue et invitée à cesser tout contact ;" in complaint
    assert "si des conditions sont imposées à la suspecte," in complaint
    assert "le suspect" not in complaint.lower().replace("la suspecte", "")
    assert "La suspecte connaît malheureusement cette adresse" in by_kind(rendered, "contact_sheet")


def test_the_demanderesse_never_demande(tmp_path):
    summons = by_kind(texts(write(tmp_path, french_case())), "summons")
    assert "La demanderesse sollicite qu'il soit fait interdiction, au provisoire, au défendeur" in summons
    assert "La demanderesse prie le président, siégeant en référé, de déclarer l'action recevable" in summons
    assert "demanderesse demande" not in summons


def test_what_the_case_typed_gets_french_spacing_too(tmp_path):
    data = french_case()
    data["request"]["urgency"] = "Les faits continuent : trois menaces ; il attend devant mon travail ? « Oui » !"
    data["incidents"][0]["description"] = "Dix messages à 21:05 : voir https://example.be/a ; « Réponds »."
    rendered = texts(write(tmp_path, data))
    raw = next(text for document, text in rendered.values() if document.kind.name == "summons")
    assert "continuent\u00a0: trois menaces\u00a0; il attend devant mon travail\u00a0? «\u00a0Oui\u00a0»\u00a0!" in raw
    logbook = next(text for document, text in rendered.values() if document.kind.name == "logbook")
    assert "à 21:05\u00a0: voir https://example.be/a\u00a0; «\u00a0Réponds\u00a0»." in logbook  # nothing added


def test_dutch_papers_keep_the_spacing_as_typed(french_demo, tmp_path):
    case = french_demo.read_text(encoding="utf-8").replace("\nlanguage: fr\n", "\nlanguage: nl\n")
    french_demo.write_text(case, encoding="utf-8")
    assert not any("\u00a0:" in text for _, text in texts(french_demo).values())
