"""From a case file on disk to a validated Case, or every problem found in it at once."""

from __future__ import annotations

import difflib
import re
import types
import typing
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..i18n import N_, _
from ..errors import CaseInvalid, KeyPath, Problem, Severity
from . import rules
from .casefile import SourceMap, collector_paused, parse_case_text, read_case_text
from .model import Case


@dataclass(frozen=True)
class LoadedCase:
    case: Case
    path: Path  # the case file
    warnings: list[Problem]
    today: date  # the date the documents are made
    # (sha256, size) of each evidence file loading hashed, by its path in the case: a
    # caller that prints them does not read the files again
    fingerprints: dict[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def base_dir(self) -> Path:
        return self.path.parent

    def evidence_files(self) -> list[tuple[Path, str]]:
        """Each evidence file on disk, with its path as the case records it."""
        return [(self.base_dir / p.file, p.file) for p in self.case.evidence if p.file]

    def in_language(self, language: str) -> LoadedCase:
        """The same case with its papers in another language (`--language fr`). Only the
        documents change: the case's own text stays as written, and it was validated in
        its own language."""
        from ..lang import LANGUAGES

        if language not in LANGUAGES:
            raise ValueError(f"no papers in {language!r}; known: {', '.join(LANGUAGES)}")
        if language == self.case.language:
            return self
        return replace(self, case=self.case.model_copy(update={"language": language}))

    def inputs(self) -> list[tuple[Path, str]]:
        """The files an output must never replace, with what each is: the case file and
        its evidence (paths.check_output)."""
        return [(self.path, _("the case file")),
                *((path, _("the evidence file {name}").format(name=name)) for path, name in self.evidence_files())]


def load_case(path: Path, *, today: date | None = None, check_hashes: bool = True,
              check_files: bool = True, text: str | None = None) -> LoadedCase:
    """Read and validate a case file; raise CaseInvalid listing every error found.

    check_hashes=False still checks that every evidence file exists and opens, but leaves
    the recorded sha256 to a caller that reads the files anyway (the bundle's copy pass).
    check_files=False leaves the evidence files alone, for a caller that reports on them.
    text: the file's text from casefile.read_case_text, for a caller that parses it again.
    """
    # The collector would rescan the growing case again and again while pydantic builds
    # it (casefile.collector_paused): at 50,000 incidents validation took 3x the time of
    # 20,000 for 2.5x the incidents.
    with collector_paused():
        data, source = parse_case_text(path, read_case_text(path) if text is None else text)
        return validate_parsed(path, data, source, today=today, check_hashes=check_hashes,
                               check_files=check_files)


def validate_parsed(path: Path, data: Any, source: SourceMap, *, today: date | None = None,
                    check_hashes: bool = True, check_files: bool = True) -> LoadedCase:
    """load_case for data that casefile.parse_case_tree read already."""
    today = today or date.today()
    problems = rules.check_references(data)
    fingerprints: dict[str, tuple[str, int]] = {}
    if check_files:
        problems += rules.check_evidence_files(data, path, hash_files=check_hashes, fingerprints=fingerprints)
    case = None
    try:
        case = Case.model_validate(data, context={"today": today})
    except ValidationError as exc:
        problems = [*_translate(exc), *problems]
    if case is not None:
        problems += rules.check_case(case, today)
        problems += rules.unreported_incidents(case, today, source.line_of)
    located = [_locate(p, source) for p in problems]
    errors = [p for p in located if p.severity is Severity.ERROR]
    if errors:
        raise CaseInvalid(path, _ordered(errors))
    warnings = [p for p in located if p.severity is Severity.WARNING]
    return LoadedCase(case=case, path=path, warnings=_ordered(warnings), today=today,
                      fingerprints=fingerprints)


def _ordered(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.line or 0))


def _locate(problem: Problem, source: SourceMap) -> Problem:
    if problem.line is not None:
        return problem
    return replace(problem, line=source.line_of(problem.path))


def _translate(exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        problems.append(Problem(loc, _message(error, loc)))
    return problems


_MESSAGES = {
    "missing": N_("required key is missing: add it (`filings schema` describes every key)"),
    "date_parsing": N_("not a date: write it as YYYY-MM-DD, e.g. 2026-03-12"),
    "date_from_datetime_parsing": N_("not a date: write it as YYYY-MM-DD, e.g. 2026-03-12"),
    "date_from_datetime_inexact": N_("a date has no time of day: write YYYY-MM-DD and put the time in `time`"),
    "date_type": N_("not a date: write it as YYYY-MM-DD, e.g. 2026-03-12"),
    "time_parsing": N_("not a time: write it as HH:MM, e.g. 07:45"),
    "time_type": N_("not a time: write it as HH:MM, e.g. 07:45"),
    "decimal_parsing": N_("not an amount: write a number such as 500 or 500.50"),
    "decimal_type": N_("not an amount: write a number such as 500 or 500.50"),
    "decimal_max_places": N_("an amount has at most two decimals (cents)"),
    "decimal_max_digits": N_("this amount is too large"),
    "int_parsing": N_("not a whole number"),
    "int_type": N_("not a whole number"),
    "int_from_float": N_("not a whole number"),
    "bool_type": N_("write true or false"),
    "bool_parsing": N_("write true or false"),
    "string_type": N_("must be text"),
    "string_too_short": N_("is empty: fill it in"),
    "list_type": N_("must be a list: one `- item` per line, or [a, b]"),
    "model_type": N_("must be a block of keys (indented lines `key: value`)"),
    "model_attributes_type": N_("must be a block of keys (indented lines `key: value`)"),
    "dict_type": N_("must be a block of keys (indented lines `key: value`)"),
    "too_short": N_("needs at least one item"),
    "greater_than": N_("must be more than {gt}"),
    "greater_than_equal": N_("must be {ge} or more"),
    "less_than_equal": N_("must be {le} or less"),
    "string_too_long": N_("is too long (at most {max_length} characters)"),
}
_PATTERNS = {
    "[0-9a-f]{64}": N_("not a SHA-256: 64 hexadecimal digits (sha256sum prints it), or leave it out"),
    "[A-Za-z0-9][A-Za-z0-9_.-]*": N_("an id is letters and digits, with '-', '_' or '.', e.g. W1 or E12"),
    "[A-Z]{2}": N_("a country is its two-letter ISO code in capitals, e.g. BE or NL"),
}


def _message(error: dict[str, Any], loc: KeyPath) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    given = error.get("input", "")
    if kind in ("enum", "literal_error"):
        if given is None:
            return _("has no value: fill in one of: {expected}").format(expected=_choices(ctx))
        return _("{given!r} is not allowed here; use one of: {expected}").format(given=given, expected=_choices(ctx))
    if given is None and kind.endswith("_type"):
        # Optional keys accept an empty value, so this one is required.
        return _("has no value: fill it in")
    if kind == "extra_forbidden":
        return _unknown_key(loc)
    if kind == "too_short" and isinstance(given, str):
        kind = "string_too_short"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "string_pattern_mismatch":
        for pattern, text in _PATTERNS.items():
            if pattern in str(ctx.get("pattern", "")):
                return _(text)
    if kind in _MESSAGES:
        return _(_MESSAGES[kind]).format(**ctx)
    return error["msg"]


def _choices(ctx: dict[str, Any]) -> str:
    """pydantic's "'female', 'male' or 'other'", with 'or' in the user's language."""
    expected = str(ctx.get("expected", ""))
    values = re.findall(r"'[^']*'", expected)
    if len(values) < 2:
        return expected
    return _("{items} or {last}").format(items=", ".join(values[:-1]), last=values[-1])


def _unknown_key(loc: KeyPath) -> str:
    key = str(loc[-1])
    known = _model_at(Case, loc[:-1])
    names = list(known.model_fields) if known else []
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if close:
        return _("`{key}`: unknown key; did you mean `{close}`?").format(key=key, close=close[0])
    return _("`{key}`: unknown key; known keys here: {names}").format(key=key, names=", ".join(names))


def _model_at(model: type[BaseModel], loc: KeyPath) -> type[BaseModel] | None:
    """The model class that validates the mapping at loc, if any."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            current = _item_type(current)
        elif isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(part)
            current = field.annotation if field else None
        current = _unwrap_optional(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        others = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap_optional(others[0]) if len(others) == 1 else annotation
    return annotation


def _item_type(annotation: Any) -> Any:
    args = typing.get_args(annotation)
    return args[0] if typing.get_origin(annotation) is list and args else None


def load_text(text: str, *, folder: Path, name: str = "case.yaml", today: date | None = None,
              check_hashes: bool = True) -> LoadedCase:
    """Validate a case given as text (a web form, an importer) as if it were the file
    `name` in `folder`: evidence paths are relative to folder, and problems name that file.
    The same limits as a file on disk apply."""
    from .bounds import MAX_FILE_BYTES, too_big

    path = folder / name
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. from a JSON "\ud800" escape
        line = text.count("\n", 0, exc.start) + 1
        raise CaseInvalid(path, [Problem((), _("the text holds a character that is not valid Unicode (a lone "
                                               "surrogate); remove it"), line)]) from None
    if size > MAX_FILE_BYTES:
        raise CaseInvalid(path, [Problem((), too_big(size))])
    return load_case(path, today=today, check_hashes=check_hashes, text=text.removeprefix("\ufeff"))
