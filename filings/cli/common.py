"""What every command shares: turning refusals into messages and exit codes, the common
options, and how warnings are shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click


class Group(click.Group):
    """Turns every refusal into a message on stderr and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context):
        from ..errors import CaseInvalid, FilingsError, OutputExists  # here: `--help` stays fast

        try:
            return super().invoke(ctx)
        except CaseInvalid as exc:
            for line in exc.lines():
                click.echo(line, err=True)
            from ..load.model import AFTER_DOCUMENT_DATE

            if any(AFTER_DOCUMENT_DATE in problem.message for problem in exc.problems):
                click.echo("(the documents are dated today unless you pass --date YYYY-MM-DD)", err=True)
            count = len(exc.problems)
            click.echo(f"{count} problem{'s' if count != 1 else ''} in {exc.file}{_nothing_written(ctx)}.",
                       err=True)
            ctx.exit(exc.exit_code)
        except OutputExists as exc:
            message = exc.explain("pass --force to replace it", "--force replaces only") if exc.replaceable else exc
            click.echo(f"error: {message}", err=True)
            ctx.exit(exc.exit_code)
        except FilingsError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except OSError as exc:
            # Disk full, permission denied, a read-only file system: what the system said,
            # in words, with the path; every writer cleans up its temporaries on the way out.
            click.echo(f"error: {_system_error(exc)}{_nothing_written(ctx)}", err=True)
            ctx.exit(1)


def reads_only(ctx: click.Context) -> None:
    """Mark the running command as one that never writes, so that its refusals do not
    claim that 'nothing was written'."""
    ctx.find_root().meta["filings.reads_only"] = True


def _nothing_written(ctx: click.Context) -> str:
    return "" if ctx.meta.get("filings.reads_only") else "; nothing was written"


_SYSTEM_ERRORS = {
    "ENOSPC": "the disk is full: free some space and run the command again",
    "EDQUOT": "your disk quota is used up: free some space and run the command again",
    "EACCES": "permission denied: check who owns the file or folder",
    "EPERM": "the operation is not permitted here",
    "EROFS": "the file system is read-only: choose a place you can write to",
    "ENAMETOOLONG": "the name is too long for the file system",
    "EISDIR": "that is a folder, not a file",
    "ENOTDIR": "a part of that path is a file, not a folder",
}


def _system_error(exc: OSError) -> str:
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    reason = _SYSTEM_ERRORS.get(name) or (exc.strerror or str(exc))
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{reason}" + (f" ({name})" if name else "")


def echo_warnings(warnings, case_file: Path, limit: int | None = 10) -> None:
    """Warnings on stderr; commands that make documents show the first few only."""
    shown = warnings if limit is None else warnings[:limit]
    for warning in shown:
        click.echo(warning.render(case_file), err=True)
    if len(warnings) > len(shown):
        click.echo(f"... and {len(warnings) - len(shown)} more warnings: "
                   f"`filings validate {case_file}` lists them all", err=True)


def _as_date(ctx, param, value):
    if value is None:
        return None
    if value.date() > date.today():  # a typo in the year would date every paper wrongly
        click.echo(f"warning: --date {value.date().isoformat()} lies in the future; every paper will "
                   "say it was made on that day", err=True)
    return value.date()


date_option = click.option(
    "--date",
    "today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    callback=_as_date,
    help="The date the documents are made (YYYY-MM-DD); default today. No fact may lie after it.",
)
case_argument = click.argument(
    "case_file", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)


def templates_option(func):
    return click.option(
        "--templates",
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help="Folder with your own templates (one .docx per document kind); default: the shipped ones.",
    )(func)




def _as_languages(ctx, param, value):
    """'nl,fr' -> ('nl', 'fr'); None: the case's own language."""
    if value is None:
        return None
    from ..lang import LANGUAGES

    chosen = tuple(part.strip() for part in value.split(","))
    unknown = [part for part in chosen if part not in LANGUAGES]
    if unknown or len(set(chosen)) != len(chosen):
        raise click.BadParameter(f"give one or more of {', '.join(LANGUAGES)}, each once, separated by "
                                 f"commas (e.g. nl,fr); got {value!r}")
    return chosen


languages_option = click.option(
    "--language",
    "languages",
    metavar="LANG[,LANG]",
    callback=_as_languages,
    help="The papers' language, instead of the case's `language:` (nl or fr); several, as nl,fr, make "
         "one bundle with a folder of papers per language and the evidence once.",
)


def language_option(func):
    from ..lang import LANGUAGES

    return click.option(
        "--language",
        type=click.Choice(LANGUAGES),
        help="The document's language, instead of the case's `language:`.",
    )(func)
