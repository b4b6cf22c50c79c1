"""A wheel has no repository root: the templates and the demo case must travel inside it."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import REPO, SHIPPED
from filings.plan.kinds import KINDS


def test_the_wheel_carries_templates_and_demo_case(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = tmp_path.glob("filings-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for kind in KINDS:
        for language in SHIPPED:
            assert f"filings/templates/{language}/{kind.template}" in names, kind.name
    for language in SHIPPED:
        assert f"filings/templates/{language}/phrases.yaml" in names
    assert "filings/examples/demo/case.yaml" in names
    assert "filings/examples/demo/bewijs/autodeur.png" in names
    assert "filings/skeleton/case.yaml" in names
    assert {"filings/skeleton/case.fr.yaml", "filings/skeleton/case.nl.yaml"} <= names
    assert "filings/examples/demo-fr/case.yaml" in names
    assert "filings/examples/demo-fr/preuves/portiere-rayee.png" in names
    assert "filings/py.typed" in names  # the library is typed for other doors
    for language in ("nl", "fr", "en"):  # compiled from the .po by hatch_build.py
        assert f"filings/locale/{language}/LC_MESSAGES/filings.mo" in names
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "filings = filings.cli:main" in entry_points
