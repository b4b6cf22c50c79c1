"""`filings verify`: every way a bundle can differ from what was made is named, and the
check itself stays light."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def test_verify_imports_no_rendering_stack():
    # A fresh interpreter: this test session has long imported everything.
    code = ("import sys, filings.verify; "
            "print(sorted(m for m in ('pydantic', 'jinja2', 'lxml', 'docxtpl') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
