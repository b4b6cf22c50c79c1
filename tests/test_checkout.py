"""The tests exercise the code of this checkout, not a copy installed in site-packages."""

from pathlib import Path

import filings

REPO = Path(__file__).resolve().parent.parent


def test_the_package_under_test_is_the_checkout():
    assert Path(filings.__file__).resolve().parent == REPO / "filings"
