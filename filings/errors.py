"""The exceptions filings raises for a user to read; the CLI turns them into exit codes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .i18n import _

KeyPath = tuple[str | int, ...]


def format_path(path: KeyPath) -> str:
    """("incidents", 2, "witnesses", 0) -> "incidents[2].witnesses[0]"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a lawyer's attention) in a case file."""

    path: KeyPath  # where in the case file; () for the whole file
    message: str  # says what is wrong and how to fix it
    line: int | None = None  # 1-based line in the case file
    severity: Severity = Severity.ERROR

    def render(self, file: Path | str | None = None) -> str:
        where = str(file) if file is not None else ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else _("line {line}").format(line=self.line)
        parts = [p for p in (where, format_path(self.path)) if p]
        prefix = ": ".join(parts)
        label = "" if self.severity is Severity.ERROR else _("warning: ")
        return f"{prefix}: {label}{self.message}" if prefix else f"{label}{self.message}"


class FilingsError(Exception):
    """Base class: a refusal with a message meant for the user."""

    exit_code = 1


class CaseInvalid(FilingsError):
    """The case file cannot be used; every problem found is listed."""

    def __init__(self, file: Path, problems: list[Problem]):
        self.file = file
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [p.render(self.file) for p in self.problems]


class OutputExists(FilingsError):
    """A target exists and was not replaced. Each door says in its own words how to ask
    for a replacement (the CLI: --force); the library never names a flag.

    unlike: what the target is not, when a replacement was asked for but is refused
    (e.g. 'is not a Word document'), with replaces_only, what may be replaced; neither,
    when the caller merely did not ask. replaceable=False: no replacement exists at all."""

    def __init__(self, target: Path, *, unlike: str = "", replaces_only: str = "",
                 advice: str = "", replaceable: bool = True, message: str = ""):
        self.target, self.unlike, self.replaces_only = target, unlike, replaces_only
        self.advice, self.replaceable = advice or _("Choose another name"), replaceable
        super().__init__(message or self.explain(_("ask to replace it"), _("replacing is allowed only for")))

    def explain(self, how_to_ask: str, only: str) -> str:
        """The refusal, in the words of a door: how_to_ask ('pass --force to replace it'),
        only ('--force replaces only')."""
        if not self.unlike:
            return _("{target} exists; {how_to_ask} (nothing was written)").format(target=self.target,
                                                                                 how_to_ask=how_to_ask)
        return _("{target} exists and {unlike}; {only} {replaces_only}. {advice}; nothing was written.").format(
            target=self.target, unlike=self.unlike, only=only, replaces_only=self.replaces_only, advice=self.advice)


class TemplateProblem(FilingsError):
    """A template cannot be rendered (syntax error, unknown variable, unreadable file)."""
