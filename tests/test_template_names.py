"""`filings templates vars`: every name a template may use is documented, and every
documented name exists, checked against the real contexts of the demo case."""

from __future__ import annotations

import pytest

from conftest import TODAY
from filings.plan.contexts import Contexts
from filings.plan.documents import planned_documents
from filings.plan.evidence import evidence_items
from filings.plan.kinds import NAMES
from filings.plan.names import RENDERING, context_names, template_names
from filings.render.check import _demo


@pytest.fixture(scope="module")
def names_by_kind() -> dict[str, set[str]]:
    """kind -> every name its contexts have, over the demo case and its ex parte variant."""
    found: dict[str, set[str]] = {}
    for loaded in _demo(TODAY):
        planned = planned_documents(loaded.case)
        contexts = Contexts(loaded, evidence_items(loaded), planned)
        for document in planned:
            found.setdefault(document.kind.name, set()).update(context_names(contexts(document)))
    return found


@pytest.mark.parametrize("kind", NAMES)
def test_every_name_a_template_gets_is_documented(kind, names_by_kind):
    undocumented = names_by_kind[kind] - set(template_names(kind))
    assert not undocumented, f"add these names of {kind} to filings/plan/names.py: {sorted(undocumented)}"


@pytest.mark.parametrize("kind", NAMES)
def test_every_documented_name_exists(kind, names_by_kind):
    missing = set(template_names(kind)) - set(RENDERING) - names_by_kind[kind]
    assert not missing, f"filings/plan/names.py documents names {kind} does not have: {sorted(missing)}"


def test_templates_vars_prints_each_name_with_its_meaning(run):
    result = run("templates", "vars", "summons")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(line.startswith("request.contact_ban ") and "contact ban" in line for line in lines)
    assert any(line.startswith("incidents[].date ") for line in lines)
    assert any(line.startswith("law.stalking_old ") and "art. 442bis Sw." in line for line in lines)
    assert not any(line.startswith("witness.") for line in lines)


def test_templates_vars_without_a_kind_lists_shared_names_then_each_kinds_own(run):
    result = run("templates", "vars")
    assert result.exit_code == 0
    assert result.output.startswith("# every template\n")
    assert "\n# witness_statement\nwitness " in result.output
    assert run("templates", "vars", "nonsense").exit_code == 2
