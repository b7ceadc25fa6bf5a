"""What the commands share: error handling, --db, --format and the report filters."""

from __future__ import annotations

import functools
import shutil
import sys
from pathlib import Path

import click

from newsdb import db
from newsdb.partial_date import PartialDate
from newsdb.readers.errors import InputError
from newsdb.reports.common import Filters, ReportError
from newsdb.vocab import DealKind, DealStatus

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def domain_errors(function):
    """Turn the library's expected failures into one-line `Error:` messages, exit 1."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        from sqlalchemy.exc import DBAPIError

        try:
            return function(*args, **kwargs)
        except (db.DatabaseError, InputError, ReportError) as exc:
            raise click.ClickException(str(exc)) from exc
        except DBAPIError as exc:  # --db names a file that is not a database, a lost server…
            place = db.safe_url(click.get_current_context().obj)
            raise click.ClickException(f"database error on {place}: {db.first_line(exc)}") from exc

    return wrapper


def remember_url(ctx: click.Context, param: click.Parameter, value: str | None):
    """--db before or after the command: the one given last wins."""
    source = ctx.get_parameter_source(param.name)
    if value is not None and source is not click.core.ParameterSource.DEFAULT:
        ctx.meta["newsdb.db_given"] = True
    if value is not None:
        ctx.obj = db.database_url(value)
    return ctx.obj


DB_HELP = (
    f"Database URL (or ${db.URL_ENV}), e.g. postgresql+psycopg://localhost/newsdb; "
    "a plain path means that SQLite file. Accepted before or after the command."
)


class Output:
    """Where and how a command writes its rows: --format (or --csv/--json/--nl),
    --no-headers, -o FILE. Tables take the terminal's width, 80 when piped."""

    def __init__(self, fmt: str, headers: bool, path: Path | None):
        self.fmt, self.headers, self.path = fmt, headers, path

    def width(self) -> int:
        if self.path is None and sys.stdout.isatty():
            return max(shutil.get_terminal_size((80, 24)).columns, 40)
        return 80

    def emit(self, rows, layout=None) -> None:
        """A report's rows (or object), rendered at once."""
        from newsdb.reports.output import render

        self.write([render(rows, self.fmt, layout, width=self.width(), headers=self.headers)])

    def emit_stream(self, columns: list[str], rows) -> None:
        """Ad-hoc SQL rows (tuples), written as they are read."""
        from newsdb.reports.output import render_stream

        self.write(render_stream(columns, rows, self.fmt, width=self.width(), headers=self.headers))

    def write(self, pieces) -> None:
        if self.path is None:
            for piece in pieces:
                click.echo(piece, nl=False)
            return
        try:
            with self.path.open("w", encoding="utf-8", newline="") as out:
                for piece in pieces:
                    out.write(piece)
        except OSError as exc:
            raise click.ClickException(f"cannot write {self.path}: {exc.strerror}") from exc


def format_option(function):
    """--format, its shortcuts, --no-headers and -o FILE, handed over as `out`."""
    from newsdb.reports.output import FORMATS

    @functools.wraps(function)
    def wrapper(*args, fmt, csv_, json_, nl_, no_headers, output, **kwargs):
        chosen = [name for name, flag in (("csv", csv_), ("json", json_), ("nl", nl_)) if flag]
        if len(chosen) > 1 or (chosen and fmt is not None and fmt != chosen[0]):
            raise click.UsageError("give one format: --format, --csv, --json or --nl")
        out = Output((chosen[0] if chosen else fmt) or "table", not no_headers, output)
        return function(*args, out=out, **kwargs)

    options = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            help="table (default) for a person; csv, json or nl (JSON Lines) "
            "keep full precision, amounts as decimal strings.",
        ),
        click.option("--csv", "csv_", is_flag=True, help="Same as --format csv."),
        click.option("--json", "json_", is_flag=True, help="Same as --format json."),
        click.option("--nl", "nl_", is_flag=True, help="Same as --format nl (JSON Lines)."),
        click.option("--no-headers", is_flag=True, help="Leave out the header row (table, CSV)."),
        click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, path_type=Path),
            metavar="FILE",
            help="Write to FILE instead of standard output.",
        ),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


class PeriodType(click.ParamType):
    """YYYY, YYYY-MM or YYYY-MM-DD, read as a year, a month or a day."""

    name = "YYYY[-MM[-DD]]"

    def convert(self, value, param, ctx):
        if isinstance(value, PartialDate):
            return value
        try:
            return PartialDate.parse(value)
        except ValueError:
            self.fail(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD", param, ctx)


def _choice(values) -> click.Choice:
    return click.Choice([str(v) for v in values], case_sensitive=False)


FACT_TYPES = ("deal", "valuation", "lawsuit", "affiliation")


def filter_options(*names: str, kinds=DealKind, statuses=DealStatus):
    """The filters a report takes, by name, as click options."""
    options = {
        "since": click.option(
            "--since",
            type=PeriodType(),
            help="From the first day of this year, month or day: --since 2024 means "
            "from 2024-01-01. A fact dated only to a year or month counts as its first day.",
        ),
        "until": click.option(
            "--until",
            type=PeriodType(),
            help="Through the last day of this year, month or day: --until 2024-05 means "
            "up to 2024-05-31 included.",
        ),
        "org": click.option(
            "--org",
            multiple=True,
            help="Only those involving this organization (name or alias); "
            "repeat to require several.",
        ),
        "person": click.option(
            "--person",
            multiple=True,
            help="Only those involving this person (name or alias); repeat to require several.",
        ),
        "kind": click.option("--kind", type=_choice(kinds), help="Only this kind."),
        "status": click.option("--status", type=_choice(statuses), help="Only this status."),
        "limit": click.option(
            "--limit", type=click.IntRange(min=1), help="At most this many rows."
        ),
        "as_of": click.option(
            "--as-of",
            type=PeriodType(),
            help="As the news stood then: only articles published by the end of this "
            "day, month or year count (one dated only to a month counts from its last "
            "day; undated ones never, and a note says how many were left out).",
        ),
        "currency": click.option(
            "--currency",
            callback=_currency,
            metavar="CODE",
            help="Convert amounts to this currency (default USD), at the ECB reference "
            "rate of each fact's date.",
        ),
        "reviewed_only": click.option(
            "--reviewed-only",
            is_flag=True,
            help="Only curated facts, not automatically extracted ones.",
        ),
    }

    def decorate(function):
        for name in reversed(names):
            function = options[name](function)
        return function

    return decorate


def _currency(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    from newsdb import fx

    code = value.upper()
    if code not in fx.currencies():
        raise click.BadParameter(
            f"{value!r} is not a currency the ECB reference rates cover "
            f"({', '.join(sorted(fx.currencies()))})"
        )
    return code


def filters_from(options: dict) -> Filters:
    values = {k: v for k, v in options.items() if k in Filters.__dataclass_fields__}
    since, until = values.get("since"), values.get("until")
    if since is not None and until is not None and since.value > until.last_day():
        raise click.BadParameter(
            f"--since {since} is after --until {until}", param_hint="'--since'"
        )
    values["since"] = since.value if since else None
    values["until"] = until.last_day() if until else None
    if values.get("as_of") is not None:
        values["as_of"] = values["as_of"].last_day()
    return Filters(**values)
