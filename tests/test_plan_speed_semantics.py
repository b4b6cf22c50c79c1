"""Planning's shortcuts (one pass instead of several, work kept per case and per text) give
what the straightforward way gives: the same facts, the same masks, the same moments."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from filings.load.model import Case, IncidentKind
from filings.plan import legal, views
from filings.plan.numbering import chronological
from filings.privacy import Audience
from filings.privacy.shield import Shield

from conftest import minimal_case

TODAY = date(2026, 11, 26)


def _urgency_as_written(incidents: list, today: date) -> dict:
    """urgency_facts as the module first wrote it: one list per question."""
    first, last = incidents[0].date, incidents[-1].date
    middle = first + (last - first) / 2
    early = sum(1 for i in incidents if i.date <= middle)
    late = len(incidents) - early
    numbered = list(enumerate(incidents, start=1))
    serious = [n for n, i in numbered if set(i.kinds) & legal.SERIOUS_KINDS]
    presence = [n for n, i in numbered if set(i.kinds) & legal.PRESENCE_KINDS]
    approaches = [n for n, i in numbered if set(i.kinds) & legal.APPROACH_KINDS]
    return {
        "count": len(incidents), "first": first, "last": last, "days_since": (today - last).days,
        "recent": sum(1 for i in incidents if (today - i.date).days <= legal.RECENT_DAYS),
        "since_day": today - timedelta(days=legal.RECENT_DAYS), "halves": (early, late),
        "trend": "" if first == last else ("rising" if late > early else "falling" if late < early else "steady"),
        "threats": [n for n, i in numbered if IncidentKind.threat in i.kinds],
        "violence": [n for n, i in numbered if IncidentKind.violence in i.kinds],
        "damage": [n for n, i in numbered if IncidentKind.damage in i.kinds],
        "presence": presence,
        "escalation": bool(serious or presence) and min(serious + presence) > 1,
        "last_approach": approaches[-1] if approaches else 0,
    }


def _necessity_as_written(incidents: list, today: date) -> dict:
    numbered = list(enumerate(incidents, start=1))
    recent = [(n, i) for n, i in numbered if (today - i.date).days <= legal.RECENT_DAYS]
    violence = [n for n, i in numbered if IncidentKind.violence in i.kinds]
    approach = [n for n, i in recent if set(i.kinds) & legal.APPROACH_KINDS]
    return {"violence": violence, "recent_approach": approach[-1] if approach else 0,
            "recent_threats": [n for n, i in recent if IncidentKind.threat in i.kinds],
            "weak": not violence and not approach}


def _step_as_written(incident) -> int | None:
    steps = [n for n, (_name, kinds) in enumerate(legal.ESCALATION_STEPS) if set(incident.kinds) & kinds]
    return max(steps) if steps else None


incident_lists = st.lists(
    st.builds(lambda days, kinds: SimpleNamespace(date=TODAY - timedelta(days=days), kinds=kinds, time=None),
              st.integers(0, 200), st.lists(st.sampled_from(list(IncidentKind)), min_size=1, max_size=4)),
    min_size=1, max_size=40,
).map(lambda incidents: sorted(incidents, key=lambda i: i.date))


@settings(max_examples=300, deadline=None)
@given(incident_lists)
def test_one_pass_states_the_urgency_and_necessity_the_lists_stated(incidents):
    assert legal.urgency_facts(incidents, TODAY) == _urgency_as_written(incidents, TODAY)
    assert legal.necessity_grounds(incidents, TODAY) == _necessity_as_written(incidents, TODAY)
    assert [legal._step(i) for i in incidents] == [_step_as_written(i) for i in incidents]


def _case(**changes) -> Case:
    data = minimal_case()
    data["witnesses"].append({"id": "W2", "first_name": "An", "last_name": "Peeters"})
    data["incidents"] = [
        {"date": "2026-03-02", "time": "08:00", "location": "thuis", "place": "aan de voordeur",
         "kinds": ["home_visit"], "description": "Hij belde aan.", "witnesses": ["W2", "W1", "W2"]},
        {"date": "2026-01-30", "location": "WhatsApp", "kinds": ["messages"], "description": "Tien berichten.",
         "witnesses": ["W1"]},
        {"date": "2026-02-10", "location": "straat", "kinds": ["following"], "description": "Hij volgde mij.",
         "witnesses": ["W2"]},
    ]
    data.update(changes)
    return Case.model_validate(data)


def test_a_witness_is_reminded_of_each_moment_once_in_time_order():
    case = _case()
    shield = Shield(case.victim, Audience.witness, case.language)
    assert [m["date"] for m in views.witness_incidents(case, "W2", shield)] == ["10 februari 2026", "2 maart 2026"]
    assert [m["date"] for m in views.witness_incidents(case, "W1", shield)] == ["30 januari 2026", "2 maart 2026"]
    assert views.witness_incidents(case, "W9", shield) == []


def test_a_copy_with_other_incidents_numbers_and_indexes_its_own():
    case = _case()
    shield = Shield(case.victim, Audience.witness, case.language)
    assert len(views.witness_incidents(case, "W2", shield)) == 2  # the index is built for this list
    earlier = case.incidents[0].model_copy(update={"date": date(2026, 1, 1), "witnesses": ["W2"]})
    copy = case.model_copy(update={"incidents": [*case.incidents, earlier]})
    assert [i.date for i in chronological(copy)][0] == date(2026, 1, 1)
    assert [m["date"] for m in views.witness_incidents(copy, "W2", shield)][0] == "1 januari 2026"
    assert len(views.witness_incidents(case, "W2", shield)) == 2  # the original keeps its own
    case.incidents.append(earlier)  # the same list, grown: counted again
    assert len(views.witness_incidents(case, "W2", shield)) == 3


def test_a_text_is_masked_alike_every_time_and_found_gives_the_caller_a_list_of_its_own():
    case = _case(victim={**minimal_case()["victim"], "address_confidential": True, "phone": "0470 12 34 56"})
    shield = Shield(case.victim, Audience.court, case.language)
    text = "Hij stond aan Markt 1, 8000 Brugge en belde 0470 12 34 56."
    first = shield(text)
    assert "Markt 1" not in first and "0470" not in first
    kinds = shield.found(text)
    kinds.append("tampered")
    assert shield(text) == first
    assert shield.found(text) == kinds[:-1] and "tampered" not in shield.found(text)
    assert shield("Niets van haar.") == "Niets van haar."


def test_descriptions_reflowed_once_read_alike_for_every_audience():
    plain = _case()
    quoting = plain.incidents[1].model_copy(
        update={"description": "Hij schreef \"kom naar\nMarkt 1\" om 3 uur.\n\nDaarna niets."})
    case = _case(victim={**minimal_case()["victim"], "address_confidential": True},
                 incidents=[i.model_dump() for i in (plain.incidents[0], quoting, plain.incidents[2])])
    shared: dict = {}
    for audience in (Audience.victim, Audience.court, Audience.police):
        shield = Shield(case.victim, audience, case.language)
        alone = views.incident_views(case, {}, shield)
        together = views.incident_views(case, {}, shield, views.incident_facts(case, {}), shared)
        assert together == alone, audience
    court = views.incident_views(case, {}, Shield(case.victim, Audience.court, case.language), None, shared)
    assert all("Markt 1" not in p for view in court for p in view["paragraphs"] + view["own_paragraphs"])


def test_audiences_sharing_a_reading_get_lists_of_their_own():
    case = _case()
    shared: dict = {}
    victim = views.incident_views(case, {}, Shield(case.victim, Audience.victim, case.language), None, shared)
    court = views.incident_views(case, {}, Shield(case.victim, Audience.court, case.language), None, shared)
    assert victim[0]["paragraphs"] == court[0]["paragraphs"]
    victim[0]["paragraphs"].append("changed by the victim's guide")  # a template may do this
    victim[0]["own_paragraphs"].append("changed by the victim's guide")
    assert "changed by the victim's guide" not in court[0]["paragraphs"] + court[0]["own_paragraphs"]
