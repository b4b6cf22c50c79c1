"""Compile the message catalogues into the wheel: each filings/locale/<lang>/LC_MESSAGES/
filings.po becomes the .mo gettext reads, built from the .po of this very checkout (the
committed .mo files are checked against their .po by tests/test_i18n.py, but the wheel
never depends on that)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        self._compiled = tempfile.TemporaryDirectory()
        for po in sorted(Path(self.root, "filings", "locale").glob("*/LC_MESSAGES/filings.po")):
            with po.open("rb") as handle:
                catalog = read_po(handle)
            if any(message.fuzzy for message in catalog if message.id):
                raise ValueError(f"{po}: fuzzy entries; translate them before building")
            target = Path(self._compiled.name, po.parent.parent.name, "filings.mo")
            target.parent.mkdir(parents=True)
            with target.open("wb") as handle:
                write_mo(handle, catalog)
            build_data["force_include"][str(target)] = str(po.relative_to(self.root).with_suffix(".mo"))

    def finalize(self, version, build_data, artifact_path):
        self._compiled.cleanup()
