"""The sandbox user templates run in: bounded in size and time, and alone.

A template passed with `--templates` is a small program its author can edit. Jinja's
SandboxedEnvironment keeps it away from Python's internals, but lets it ask for a
billion-character string, a list of a billion items or two nested loops that never end,
and it raises a TypeError for `{% include %}`. Here:

- `range()` gives at most MAX_RANGE numbers (Jinja's own bound, with our message);
- no single text a template builds (`*`, `%`, `+`, `~`, `**`, format, join, replace,
  center, indent, wordwrap...) exceeds MAX_CHARS characters, and no list MAX_ITEMS items;
  sizes are checked *before* the operation, because a 10 GB string is a crash, not an
  error, by the time it exists;
- the text one document renders is at most MAX_OUTPUT characters;
- one document renders in at most TIME_BUDGET seconds;
- `{% include %}`, `{% import %}` and `{% extends %}` are refused when the template is
  compiled: a template has no other files to reach.

Time is checked, not interrupted: every loop (one item in 1024), every call, operator,
filter and piece of output looks at the clock. There is no thread or signal, so nothing
keeps running after the error, and it works in any thread and on any platform. What a
clock check cannot stop is one long C-level operation; the size bounds keep those short.
"""

from __future__ import annotations

import re
import time
from contextlib import contextmanager
from contextvars import ContextVar
from functools import update_wrapper
from typing import Any, Callable, Iterable, Iterator

from jinja2 import nodes, pass_eval_context
from jinja2.nodes import EvalContext
from jinja2.compiler import CodeGenerator
from jinja2.runtime import LoopContext
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from jinja2.utils import generate_lorem_ipsum

from ..i18n import N_, _

MAX_RANGE = 100_000  # numbers in one range(); Jinja's sandbox uses the same bound
MAX_CHARS = 10_000_000  # characters in one text a template builds
MAX_ITEMS = 1_000_000  # items in one list, dict or set a template builds
MAX_INT_BITS = 100_000  # about 30,000 digits: far beyond any amount or date
MAX_OUTPUT = 200_000_000  # characters a document renders, all parts together: the logbook of
# 50,000 incidents (the largest case bounds.py plans for) renders 75 million
TIME_BUDGET = 60.0  # seconds to render one document

_HOW_TO_FIX = N_("a template prints the case's values; it does not compute large things")


class TemplateLimit(SecurityError):
    """A user template asked for more than the sandbox gives."""


class _Budget:
    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.output = 0


_active: ContextVar[_Budget | None] = ContextVar("filings_template_budget", default=None)


@contextmanager
def budget(seconds: float | None = None) -> Iterator[None]:
    """Bound the time and output of everything rendered inside (one document)."""
    token = _active.set(_Budget(TIME_BUDGET if seconds is None else seconds))
    try:
        yield
    finally:
        _active.reset(token)


def _tick() -> None:
    active = _active.get()
    if active is not None and time.monotonic() > active.deadline:
        raise TemplateLimit(_("the template took longer than {seconds:g} seconds to render; look for loops "
                              "inside loops or a loop over a large range")
                              .format(seconds=active.seconds))


def _chars(size: int, what: str) -> None:
    if size > MAX_CHARS:
        raise TemplateLimit(_("the template would build {what} of {size:,} characters, more than the "
                              "{max_chars:,} allowed; {how_to_fix}")
                              .format(what=what, size=size, max_chars=MAX_CHARS, how_to_fix=_(_HOW_TO_FIX)))


def _items(size: int, what: str) -> None:
    if size > MAX_ITEMS:
        raise TemplateLimit(_("the template would build {what} of {size:,} items, more than the {max_items:,} "
                              "allowed; {how_to_fix}")
                              .format(what=what, size=size, max_items=MAX_ITEMS, how_to_fix=_(_HOW_TO_FIX)))


def _bits(size: int) -> None:
    if size > MAX_INT_BITS:
        raise TemplateLimit(_("the template would compute a number of more than {max_int_bits:,} bits (about "
                              "{digits:,} digits); {how_to_fix}")
                              .format(max_int_bits=MAX_INT_BITS, digits=MAX_INT_BITS * 3 // 10, how_to_fix=_(_HOW_TO_FIX)))


def _check_value(value: Any) -> Any:
    if isinstance(value, str):
        _chars(len(value), "a text")
    elif isinstance(value, (list, tuple, dict, set, frozenset)):
        _items(len(value), "a list")
    return value


def _text_size(value: Any, depth: int = 0) -> int:
    """About how many characters str(value) has, without building it: a list holding one
    big text a million times is small, its text is not. Stops counting past the limit."""
    if isinstance(value, str):
        return len(value)
    if _int(value):
        return value.bit_length() // 3 + 1
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    if isinstance(value, (list, tuple, set, frozenset)):
        if depth > 20:  # a list that holds itself prints as [...]
            return 5
        total = 0
        for item in value:
            total += _text_size(item, depth + 1) + 4
            if total > MAX_CHARS:
                break
        return total
    return 100


def _check_text(value: Any) -> Any:
    """Before a value is turned into text."""
    if not isinstance(value, str):
        _chars(_text_size(value), "a text")
    return value


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_repeat(left: Any, right: Any) -> None:
    if _int(right) and not _int(left):
        left, right = right, left
    if not _int(left):
        return
    if isinstance(right, str):
        _chars(len(right) * max(left, 0), "a text")
    elif isinstance(right, (list, tuple)):
        _items(len(right) * max(left, 0), "a list")
    elif _int(right):
        _bits(abs(left).bit_length() + abs(right).bit_length())


def _check_add(left: Any, right: Any) -> None:
    if isinstance(left, str) and isinstance(right, str):
        _chars(len(left) + len(right), "a text")
    elif isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        _items(len(left) + len(right), "a list")
    elif _int(left) and _int(right):
        _bits(max(abs(left).bit_length(), abs(right).bit_length()) + 1)


def _check_power(base: Any, exponent: Any) -> None:
    if _int(base) and _int(exponent) and exponent > 0 and abs(base) > 1:
        _bits(abs(base).bit_length() * min(exponent, MAX_INT_BITS + 1))


def _longest_text(values: Iterable[Any]) -> int:
    return max((_text_size(v) for v in values), default=0)


def _format_values(args: Any) -> list[Any]:
    if isinstance(args, dict):
        return list(args.values())
    if isinstance(args, tuple):
        return list(args)
    return [args]


_NUMBER = re.compile(r"\d+")


def _check_format(template: str, values: list[Any], fields: int, nested: bool) -> None:
    """Bound `fmt % values` and `fmt.format(...)`: widths, and fields that repeat a value."""
    for number in _NUMBER.findall(template):
        if len(number) > 8 or int(number) > MAX_CHARS:
            _chars(int(number[:12]), "a padded field")
    if nested:
        for value in values:
            if _int(value):
                _chars(value, "a padded field")
    _chars(len(template) + fields * _longest_text(values), "a formatted text")


def _check_percent(template: str, args: Any) -> None:
    values = _format_values(args)
    _check_format(template, values, template.count("%"), "*" in template)


def _check_str_method(text: str, name: str, args: tuple, kwargs: dict) -> tuple:
    """Bound the str methods that build something larger than their input."""
    if name in ("ljust", "rjust", "center", "zfill"):
        width = args[0] if args else kwargs.get("width", 0)
        if _int(width):
            _chars(width, "a padded text")
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        if _int(size):
            _chars(len(text) + text.count("\t") * max(size, 0), "a text")
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        _check_replace(text, args[0], args[1], args[2] if len(args) > 2 else kwargs.get("count", -1))
    elif name == "join" and args:
        items = list(args[0])
        _check_join(text, items)
        args = (items,) + args[1:]
    return args


def _check_replace(text: str, old: str, new: str, count: Any) -> None:
    found = text.count(old) if old else len(text) + 1
    if _int(count) and count >= 0:
        found = min(found, count)
    _chars(len(text) + found * max(len(new) - len(old), 0), "a text")


def _check_join(separator: Any, items: list) -> None:
    _items(len(items), "a list")
    texts = 0
    for item in items:
        texts += _text_size(item)
        if texts > MAX_CHARS:
            break
    _chars(texts + len(str(separator)) * max(len(items) - 1, 0), "a joined text")


_MUTATORS = {"append", "extend", "insert", "update", "add", "setdefault", "__setitem__"}


class _BoundedCodeGenerator(CodeGenerator):
    """Every loop iterates through the environment's clock check; other files are refused."""

    def visit_Concat(self, node: nodes.Concat, frame) -> None:
        # Jinja's own visit_Concat, with the parts of `a ~ b` measured before they are joined.
        if frame.eval_ctx.volatile:
            func_name = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            func_name = "markup_join"
        else:
            func_name = "str_join"
        self.write(f"{func_name}(environment.bounded_parts((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(")))")

    def visit_For(self, node: nodes.For, frame) -> None:
        node.iter = nodes.Call(nodes.EnvironmentAttribute("bounded_iteration"), [node.iter], [],
                               None, None, lineno=node.iter.lineno)
        super().visit_For(node, frame)

    def _no_other_files(self, node: nodes.Node, tag: str) -> None:
        self.fail(_("templates may not include other files ({{% {tag} %}}); put the text in this template "
                    "itself").format(tag=tag), node.lineno)

    def visit_Include(self, node, frame) -> None:
        self._no_other_files(node, "include")

    def visit_Import(self, node, frame) -> None:
        self._no_other_files(node, "import")

    def visit_FromImport(self, node, frame) -> None:
        self._no_other_files(node, "from ... import")

    def visit_Extends(self, node, frame) -> None:
        self._no_other_files(node, "extends")


def _bounded_range(*args: int) -> range:
    numbers = range(*args)
    try:
        size = len(numbers)
    except OverflowError:  # more than sys.maxsize numbers
        size = MAX_RANGE + 1
    if size > MAX_RANGE:
        raise TemplateLimit(_("range() may give at most {max_range:,} numbers; {how_to_fix}")
                              .format(max_range=MAX_RANGE, how_to_fix=_(_HOW_TO_FIX)))
    return numbers


def _bounded_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    if not all(_int(v) and v <= 1_000 for v in (n, min, max)):
        raise TemplateLimit(_("lipsum() is limited to 1,000 paragraphs of 1,000 words; {how_to_fix}")
                              .format(how_to_fix=_(_HOW_TO_FIX)))
    return generate_lorem_ipsum(n=n, html=html, min=min, max=max)


def _check_join_filter(value, d="", attribute=None):
    items = list(value)
    _check_join(d, items)
    return (items, d, attribute), {}


def _check_replace_filter(s, old, new, count=None):
    if isinstance(s, str) and isinstance(old, str) and isinstance(new, str):
        _check_replace(s, old, new, -1 if count is None else count)
    return (s, old, new, count), {}


def _check_center_filter(value, width=80):
    if _int(width):
        _chars(width + len(str(value)), "a centred text")
    return (value, width), {}


def _check_indent_filter(s, width=4, first=False, blank=False):
    text = str(s)
    step = len(width) if isinstance(width, str) else width if _int(width) else 0
    _chars(len(text) + (text.count("\n") + 1) * step, _("an indented text"))
    return (s, width, first, blank), {}


def _check_format_filter(value, *args, **kwargs):
    if isinstance(value, str):
        _check_percent(value, kwargs or args)
    return (value, *args), kwargs


def _check_wordwrap_filter(s, width=79, break_long_words=True, wrapstring=None, break_on_hyphens=True):
    text = str(s)
    breaks = len(text.split()) + (len(text) // width if _int(width) and width > 0 else len(text)) + 1
    _chars(len(text) + breaks * len(wrapstring or "\n"), "a wrapped text")
    return (s, width, break_long_words, wrapstring, break_on_hyphens), {}


def _check_batch_filter(value, linecount, fill_with=None):
    if _int(linecount):
        _items(linecount, "a batch")
    return (value, linecount, fill_with), {}


def _check_slice_filter(value, slices, fill_with=None):
    if _int(slices):
        _items(slices, _("a list of slices"))
    return (value, slices, fill_with), {}


def _check_sum_filter(iterable, attribute=None, start=0):
    items = list(iterable)
    sizes = [len(i) for i in [start, *items] if isinstance(i, (list, tuple, str))]
    if sizes:
        total = sum(sizes)
        _items(total, "a summed list")
        # sum() copies the list it has so far for every item: quadratic work
        _items(len(items) * total // 100, "a summed list")
    return (items, attribute, start), {}


def _check_text_filter(value, *args, **kwargs):
    _check_text(value)
    return (value, *args), kwargs


# Filters that turn any value into text (a list becomes its printed form).
_TEXT_FILTERS = ("string", "e", "escape", "forceescape", "safe", "pprint", "tojson", "urlize",
                 "striptags", "upper", "lower", "title", "capitalize", "trim", "truncate",
                 "wordcount", "urlencode", "list")

# Checks run before the filters that can build more than they are given. Each takes the
# filter's arguments (after any context) and returns them, with an iterator turned into a
# list where the check had to read it.
_FILTER_CHECKS: dict[str, Callable[..., tuple]] = {
    "join": _check_join_filter,
    "replace": _check_replace_filter,
    "center": _check_center_filter,
    "indent": _check_indent_filter,
    "format": _check_format_filter,
    "wordwrap": _check_wordwrap_filter,
    "batch": _check_batch_filter,
    "slice": _check_slice_filter,
    "sum": _check_sum_filter,
    **{name: _check_text_filter for name in _TEXT_FILTERS},
}


def _bounded_filter(original: Callable, check: Callable | None) -> Callable:
    takes_context = getattr(original, "jinja_pass_arg", None) is not None

    def bounded(*args: Any, **kwargs: Any) -> Any:
        _tick()
        if check is not None:
            lead, rest = (args[:1], args[1:]) if takes_context else ((), args)
            rest, kwargs = check(*rest, **kwargs)
            args = (*lead, *rest)
        return _check_value(original(*args, **kwargs))

    return update_wrapper(bounded, original)


class BoundedSandbox(SandboxedEnvironment):
    """A SandboxedEnvironment whose templates are bounded in size and time (see module)."""

    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "+", "%", "**"})

    def __init__(self, *args: Any, finalize: Callable[[EvalContext, Any], Any] | None = None,
                 **kwargs: Any) -> None:
        """finalize, if given, receives the evaluation context where the value is printed
        (is autoescape on there?) and the value."""
        @pass_eval_context
        def bounded_finalize(eval_ctx: EvalContext, value: Any) -> Any:
            _check_text(value)
            return value if finalize is None else finalize(eval_ctx, value)

        super().__init__(*args, finalize=bounded_finalize, **kwargs)
        self.globals["range"] = _bounded_range
        self.globals["lipsum"] = _bounded_lipsum
        self.filters = {name: _bounded_filter(f, _FILTER_CHECKS.get(name)) for name, f in self.filters.items()}

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
        _tick()
        if operator == "*":
            _check_repeat(left, right)
        elif operator == "+":
            _check_add(left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            _check_percent(left, right)
        return _check_value(super().call_binop(context, operator, left, right))

    def call(__self, __context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _tick()
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            args = _check_str_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
        elif isinstance(__obj, LoopContext) and args:  # a recursive loop's next level
            args = (__self.bounded_iteration(args[0]), *args[1:])
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(owner, (list, dict, set)) and getattr(__obj, "__name__", "") in _MUTATORS:
            _items(len(owner), "a list")
        return _check_value(result)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        formatter = super().wrap_str_format(value)
        if formatter is None:
            return None
        template = value.__self__

        def bounded(*args: Any, **kwargs: Any) -> str:
            _tick()
            values = [*args, *kwargs.values()]
            if value.__name__ == "format_map" and args and isinstance(args[0], dict):
                values = list(args[0].values())
            _check_format(template, values, template.count("{"), re.search(r"\{[^{}]*\{", template) is not None)
            return _check_value(formatter(*args, **kwargs))

        return update_wrapper(bounded, formatter)

    def bounded_parts(self, parts: tuple) -> tuple:
        """What `a ~ b` joins: measured first."""
        _tick()
        total = 0
        for part in parts:
            total += _text_size(part)
        _chars(total, "a text")
        return parts

    def bounded_iteration(self, iterable: Any) -> Iterator[Any]:
        """What every `{% for %}` iterates: the items, with a clock check now and then."""
        return _ticking(iterable)

    def concat(self, chunks: Iterable[str]) -> str:  # type: ignore[override]
        """Join rendered output (Jinja's own is ''.join), counting it against the budget."""
        active = _active.get()
        pieces: list[str] = []
        buffer: list[str] = []
        size = 0
        for chunk in chunks:
            buffer.append(chunk)
            size += len(chunk)
            if len(buffer) >= 1024:
                _tick()
                self._count_output(active, size)
                pieces.append("".join(buffer))
                buffer.clear()
        self._count_output(active, size)
        if active is not None:
            active.output += size
        pieces.extend(buffer)
        return "".join(pieces)

    @staticmethod
    def _count_output(active: _Budget | None, size: int) -> None:
        total = size + (active.output if active is not None else 0)
        if total > MAX_OUTPUT:
            raise TemplateLimit(_("the template renders more than {max_output:,} characters; look for a loop "
                                  "that prints too often")
                                  .format(max_output=MAX_OUTPUT))


def _ticking(iterable: Any) -> Iterator[Any]:
    for count, item in enumerate(iterable):
        if not count & 1023:
            _tick()
        yield item
