"""What every command shares: turning refusals into messages and exit codes, the common
options, and how warnings are shown."""

from __future__ import annotations

import functools
import inspect
from datetime import date
from pathlib import Path

import click

from ..i18n import N_, _, ngettext


class Translated:
    """Help texts stay in English in the code (the catalogue's msgid) and are shown in the
    user's language: click reads them at import, before the language is known."""

    @property
    def help(self):
        return _(inspect.cleandoc(self._help)) if self._help else self._help

    @help.setter
    def help(self, text):
        self._help = text

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        help_option = self.get_help_option(ctx)
        if help_option is not None:  # click words it once, in the language of the first run
            help_option.help = N_("Show this message and exit.")
        params = [param for param in self.get_params(ctx) if getattr(param, "help", None)]
        english = [param.help for param in params]
        for param in params:
            param.help = _(param.help)
        try:
            super().format_options(ctx, formatter)
        finally:
            for param, text in zip(params, english):
                param.help = text


class Command(Translated, click.Command):
    """A command whose help is shown in the user's language."""


class Commands(Translated, click.Group):
    """A group of commands (`filings log add`), all with help in the user's language."""

    command_class = Command
    group_class = type


class Group(Commands):
    """Turns every refusal into a message on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        from ..errors import CaseInvalid, FilingsError, OutputExists  # here: `--help` stays fast

        try:
            return super().invoke(ctx)
        except CaseInvalid as exc:
            for line in exc.lines():
                click.echo(line, err=True)
            from ..load.model import AFTER_DOCUMENT_DATE

            if any(_(AFTER_DOCUMENT_DATE) in problem.message for problem in exc.problems):
                click.echo(_("(the documents are dated today unless you pass --date YYYY-MM-DD)"), err=True)
            count = len(exc.problems)
            click.echo(ngettext("{count} problem in {file}", "{count} problems in {file}", count)
                       .format(count=count, file=exc.file) + f"{_nothing_written(ctx)}.", err=True)
            ctx.exit(exc.exit_code)
        except OutputExists as exc:
            message = (exc.explain(_("pass --force to replace it"), _("--force replaces only"))
                       if exc.replaceable else exc)
            click.echo(_("error: {message}").format(message=message), err=True)
            ctx.exit(exc.exit_code)
        except FilingsError as exc:
            click.echo(_("error: {message}").format(message=exc), err=True)
            ctx.exit(exc.exit_code)
        except OSError as exc:
            # Disk full, permission denied, a read-only file system: what the system said,
            # in words, with the path; every writer cleans up its temporaries on the way out.
            click.echo(_("error: {message}").format(message=_system_error(exc) + _nothing_written(ctx)), err=True)
            ctx.exit(1)


def reads_only(ctx: click.Context) -> None:
    """Mark the running command as one that never writes, so that its refusals do not
    claim that 'nothing was written'."""
    ctx.find_root().meta["filings.reads_only"] = True


def _nothing_written(ctx: click.Context) -> str:
    return "" if ctx.meta.get("filings.reads_only") else _("; nothing was written")


_SYSTEM_ERRORS = {
    "ENOSPC": N_("the disk is full: free some space and run the command again"),
    "EDQUOT": N_("your disk quota is used up: free some space and run the command again"),
    "EACCES": N_("permission denied: check who owns the file or folder"),
    "EPERM": N_("the operation is not permitted here"),
    "EROFS": N_("the file system is read-only: choose a place you can write to"),
    "ENAMETOOLONG": N_("the name is too long for the file system"),
    "EISDIR": N_("that is a folder, not a file"),
    "ENOTDIR": N_("a part of that path is a file, not a folder"),
}


def _system_error(exc: OSError) -> str:
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    reason = _(_SYSTEM_ERRORS[name]) if name in _SYSTEM_ERRORS else (exc.strerror or str(exc))
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{reason}" + (f" ({name})" if name else "")


def echo_warnings(warnings, case_file: Path, limit: int | None = 10) -> None:
    """Warnings on stderr; commands that make documents show the first few only."""
    shown = warnings if limit is None else warnings[:limit]
    for warning in shown:
        click.echo(warning.render(case_file), err=True)
    if len(warnings) > len(shown):
        click.echo(_("... and {count} more warnings: `filings validate {file}` lists them all")
                   .format(count=len(warnings) - len(shown), file=case_file), err=True)


def _as_date(ctx, param, value):
    if value is None:
        return None
    if value.date() > date.today():  # a typo in the year would date every paper wrongly
        click.echo(_("warning: --date {date} lies in the future; every paper will say it was made on "
                     "that day").format(date=value.date().isoformat()), err=True)
    return value.date()


date_option = click.option(
    "--date",
    "today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    callback=_as_date,
    help=N_("The date the documents are made (YYYY-MM-DD); default today. No fact may lie after it."),
)
case_argument = click.argument(
    "case_file", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)


def templates_option(func):
    return click.option(
        "--templates",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help=N_("Folder with your own templates (one .docx per document kind); default: the shipped ones."),
    )(func)




def _as_languages(ctx, param, value):
    """'nl,fr' -> ('nl', 'fr'); None: the case's own language."""
    if value is None:
        return None
    from ..lang import LANGUAGES

    chosen = tuple(part.strip() for part in value.split(","))
    unknown = [part for part in chosen if part not in LANGUAGES]
    if unknown or len(set(chosen)) != len(chosen):
        raise click.BadParameter(_("give one or more of {languages}, each once, separated by commas (e.g. "
                                   "nl,fr); got {value}").format(languages=", ".join(LANGUAGES), value=repr(value)))
    return chosen


languages_option = click.option(
    "--language",
    "languages",
    metavar="LANG[,LANG]",
    callback=_as_languages,
    help=N_("The papers' language, instead of the case's `language:` (nl or fr); several, as nl,fr, make "
            "one bundle with a folder of papers per language and the evidence once."),
)


def language_option(func):
    from ..lang import LANGUAGES

    return click.option(
        "--language",
        type=click.Choice(LANGUAGES),
        help=N_("The document's language, instead of the case's `language:`."),
    )(func)


def reads_the_whole_case(command):
    """For a command that reads the case to edit it: the cycle collector stays paused while
    it runs. The reading is a tree of a million objects at 50,000 incidents, and each round
    of the collector after it walked that tree again (a sixth of a `log add`); a command is
    short, and reference counting frees what it leaves."""
    from ..load.casefile import collector_paused

    @functools.wraps(command)
    def run(*args, **kwargs):
        with collector_paused():
            return command(*args, **kwargs)

    return run
