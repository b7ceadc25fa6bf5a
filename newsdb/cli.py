"""The newsdb command line: parse options, call one library function, format its result."""

from __future__ import annotations

import functools
import json
import logging
import shutil
import sys
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

import click

from newsdb import db
from newsdb.partial_date import PartialDate
from newsdb.readers import InputError
from newsdb.reports.common import Filters, ReportError
from newsdb.vocab import DealKind, DealStatus, LawsuitStatus

# A user sees one line per failure: the driver's own warnings while a lost
# connection is torn down ("error ignored terminating Pipeline") are not for them.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _domain_errors(function):
    """Turn the library's expected failures into one-line `Error:` messages, exit 1."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        from sqlalchemy.exc import DBAPIError

        try:
            return function(*args, **kwargs)
        except (db.DatabaseError, InputError, ReportError) as exc:
            raise click.ClickException(str(exc)) from exc
        except DBAPIError as exc:  # --db names a file that is not a database, a lost server…
            where = _where(click.get_current_context().obj)
            raise click.ClickException(f"database error on {where}: {db.first_line(exc)}") from exc

    return wrapper


def database_url(value: str | None) -> str | None:
    """A database URL as given; a bare path (no `://`) means that SQLite file."""
    if value and "://" not in value:
        return f"sqlite:///{value}"
    return value


def _remember_url(ctx: click.Context, param: click.Parameter, value: str | None):
    """--db before or after the command: the one given last wins."""
    source = ctx.get_parameter_source(param.name)
    if value is not None and source is not click.core.ParameterSource.DEFAULT:
        ctx.meta["newsdb.db_given"] = True
    if value is not None:
        ctx.obj = database_url(value)
    return ctx.obj


DB_HELP = (
    f"Database URL (or ${db.URL_ENV}), e.g. postgresql+psycopg://localhost/newsdb; "
    "a plain path means that SQLite file. Accepted before or after the command."
)


@click.group(context_settings=CONTEXT)
@click.version_option(version("newsdb"), "--version", prog_name="newsdb")
@click.option(
    "--db",
    "url",
    envvar=db.URL_ENV,
    default=db.DEFAULT_URL,
    show_default=True,
    metavar="URL|PATH",
    expose_value=False,
    is_eager=True,
    callback=_remember_url,
    help=DB_HELP,
)
def main() -> None:
    """Turn technology-industry news into a queryable database.

    Import articles and curated facts, then ask questions about deals,
    valuations and lawsuits with canned reports or plain SQL.

    \b
    Example:
      newsdb import seeds/
    """


@main.command(name="import", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--keep-going",
    is_flag=True,
    help="Import every good file and list the bad ones "
    "(default: stop at the first and import nothing).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract in this many worker processes (one process writes the database).",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=db.WRITE_LOCK_PATIENCE,
    show_default=True,
    help="Seconds to wait for another import writing to the same database.",
)
@click.pass_obj
@_domain_errors
def import_(url: str, paths: tuple[Path, ...], keep_going: bool, jobs: int, wait: float) -> None:
    """Import articles and curated facts from files or folders.

    Articles: .txt/.md (optional YAML front matter, or a NAME.meta.yaml sidecar
    beside a raw text), .jsonl (one article per line). Curated facts: other
    .yaml files (format: docs/formats.md). Mentions are extracted from every
    article. The database is created or migrated as needed. Importing the
    same files again changes nothing.

    \b
    Example:
      newsdb import seeds/
    """
    from newsdb.importer import ImportFailed, import_paths

    with _progress_bar("Importing articles") as progress:
        try:
            report = import_paths(
                url,
                list(paths),
                keep_going=keep_going,
                progress=progress,
                jobs=jobs,
                wait=wait,
                waiting=lambda message: click.echo(f"Waiting: {message}", err=True),
            )
        except ImportFailed as exc:
            raise click.ClickException(
                f"{exc} (nothing imported: the database is unchanged)"
            ) from None
    for note in report.summary.notes:
        click.echo(f"Note: {note}", err=True)
    click.echo(_summary_table(report.summary))
    if report.errors:
        for error in report.errors:
            click.echo(f"Error: {error}", err=True)
        raise click.ClickException(
            f"{len(report.errors)} bad file(s) skipped; every other file was imported"
        )


PROGRESS_EVERY = 5.0  # seconds between two progress lines when stderr is not a terminal


class _progress_bar:
    """Articles done, total and rate on stderr: a live bar on a terminal, otherwise
    (a log, CI) one line every PROGRESS_EVERY seconds."""

    def __init__(self, label: str):
        self.label = label

    def __enter__(self):
        import time

        self.clock = time.monotonic
        self.started = self.last = self.clock()
        self.bar = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task(self.label, total=None, rate="")
        return self.update

    def update(self, done: int, total: int) -> None:
        now = self.clock()
        rate = done / (now - self.started) if now > self.started else 0.0
        if self.bar is not None:
            self.bar.update(
                self.task, completed=done, total=total, rate=f"· {rate:,.0f} articles/s"
            )
        elif now - self.last >= PROGRESS_EVERY:
            self.last = now
            share = f" ({100 * done // total}%)" if total else ""
            click.echo(
                f"{self.label}: {done:,}/{total:,} articles{share}, {rate:,.0f} articles/s",
                err=True,
            )

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


def _summary_table(summary) -> str:
    outcomes = ("added", "updated", "unchanged", "skipped")
    if any(counts["removed"] for counts in summary.counts.values()):  # only when it happened
        outcomes = ("added", "updated", "unchanged", "removed", "skipped")
    rows = [
        (table, *(str(summary.counts[table][o]) for o in outcomes))
        for table in sorted(summary.counts)
    ]
    return _format_table(("table", *outcomes), rows)


def _format_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, tuple("-" * w for w in widths), *rows]
    ]
    return "\n".join(lines)


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default="json",
    show_default=True,
    help="json: one object per article per line; table: for a person.",
)
@click.option(
    "--facts", is_flag=True, help="Also propose the deals, valuations and lawsuits reported."
)
@click.pass_context
@_domain_errors
def extract(ctx: click.Context, paths: tuple[Path, ...], fmt: str, facts: bool) -> None:
    """Print the money, dates, organizations and people found in articles.

    Touches no database. With --db (or $NEWSDB_DATABASE_URL), the entities and
    aliases of that database are the gazetteer; otherwise the bundled one.
    Offsets are Python string indices into the body (the text after any front
    matter): text == body[start:end].

    \b
    Example:
      newsdb extract seeds/001_e2b979e251adb17f.txt --facts --format table
    """
    from newsdb.importer import extract_files, gazetteer_from

    gazetteer = gazetteer_from(ctx.obj if ctx.meta.get("newsdb.db_given") else None)
    for result in extract_files(list(paths), gazetteer, facts=facts):
        if fmt == "json":
            click.echo(json.dumps(result, ensure_ascii=False))
            continue
        from newsdb.reports.output import render

        click.echo(
            f"{result['path']}  language={result['language']}  published={result['published']}"
        )
        columns = ["type", "text", "start", "end", "value", "name"]
        click.echo(render(result["mentions"], "table", columns))
        if facts:
            columns = ["type", "kind", "status", "amount", "parties", "quote"]
            click.echo(render([_fact_row(f) for f in result["facts"]], "table", columns))


def _fact_row(fact: dict) -> dict:
    """A proposed fact as one table row: every party in one cell."""
    parties = fact.get("parties") or (
        [{"name": n, "role": "plaintiff"} for n in fact.get("plaintiffs", [])]
        + [{"name": n, "role": "defendant"} for n in fact.get("defendants", [])]
        + ([{"name": fact["organization"], "role": "valued"}] if fact.get("organization") else [])
    )
    amount = Decimal(fact["amount"]) if fact.get("amount") else None
    kind = fact.get("kind") or fact.get("basis")
    return {**fact, "kind": kind, "parties": parties, "amount": amount}


@main.group(context_settings=CONTEXT)
def review() -> None:
    """Review automatically extracted facts: export them as curated YAML, edit, import.

    \b
    Example:
      newsdb review export proposed.yaml && $EDITOR proposed.yaml && newsdb import proposed.yaml
    """


@review.command(name="export", context_settings=CONTEXT)
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
@_domain_errors
def review_export(url: str, path: Path) -> None:
    """Write every unreviewed (extracted) deal, valuation and lawsuit to PATH.

    The file is in the curated facts format (docs/formats.md). Edit or delete
    entries, then `newsdb import PATH`: what is left becomes curated.

    \b
    Example:
      newsdb review export proposed.yaml
    """
    from newsdb.review import export_unreviewed

    written = export_unreviewed(url, path)
    click.echo(f"{path}: " + ", ".join(f"{n} {section}" for section, n in written.items()))


@main.group(name="db", context_settings=CONTEXT)
def db_group() -> None:
    """Create and migrate the database schema (wraps Alembic).

    \b
    Example:
      newsdb --db postgresql+psycopg://localhost/newsdb db upgrade
    """


@db_group.command(context_settings=CONTEXT)
@click.argument("revision", default="head")
@click.pass_obj
@_domain_errors
def upgrade(url: str, revision: str) -> None:
    """Bring the database to REVISION (default: the latest).

    \b
    Example:
      newsdb db upgrade
    """
    db.upgrade(url, revision)
    click.echo(f"{_where(url)} is at {db.current_revision(url) or 'base'}")


@db_group.command(context_settings=CONTEXT)
@click.argument("revision")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before dropping every table.")
@click.pass_obj
@_domain_errors
def downgrade(url: str, revision: str, yes: bool) -> None:
    """Take the database back to REVISION ("base" drops every table, after asking).

    \b
    Example:
      newsdb db downgrade base --yes
    """
    if revision == "base" and not yes:
        click.confirm(f"Drop every table and row of {_where(url)}?", abort=True, err=True)
    db.downgrade(url, revision)
    click.echo(f"{_where(url)} is at {db.current_revision(url) or 'base'}")


@db_group.command(context_settings=CONTEXT)
@click.pass_obj
@_domain_errors
def current(url: str) -> None:
    """Print the database's revision and the latest one.

    \b
    Example:
      newsdb db current
    """
    click.echo(f"current: {db.current_revision(url) or 'base'}\nhead: {db.head_revision()}")


@db_group.command(name="grant-reader", context_settings=CONTEXT)
@click.option(
    "--role",
    default="newsdb_reader",
    show_default=True,
    help="Name of the PostgreSQL role to create (or bring back to read-only).",
)
@click.option("--password", help="Its password (default: none, for trust/peer/cert logins).")
@click.pass_obj
@_domain_errors
def grant_reader(url: str, role: str, password: str | None) -> None:
    """Make a PostgreSQL role that can only read newsdb's tables and views, for `newsdb sql`.

    The role logs in, owns nothing and may SELECT newsdb's tables and views,
    nothing else: what `newsdb sql` runs as it cannot write, read server files
    or end other sessions, whatever the statement. Run it again after `db upgrade`.

    \b
    Example:
      newsdb db grant-reader --role newsdb_reader
    """
    reader, relations = db.grant_reader(url, role, password)
    click.echo(f"{role} may read {relations} tables and views; newsdb sql: --db {reader}")


def _where(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@db_group.command(context_settings=CONTEXT)
def schema() -> None:
    """Print the tables, their columns and what they reference (Markdown).

    \b
    Example:
      newsdb db schema
    """
    from newsdb.models import Base
    from newsdb.schema_doc import tables_markdown

    click.echo(tables_markdown(Base.metadata), nl=False)


# --- reports ------------------------------------------------------------------


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


def _filters(options: dict) -> Filters:
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


def _run_report(url: str, out: Output, query, layout, *args, undated: str | None = None) -> None:
    from sqlalchemy.orm import Session

    with db.connect(url, read_only=True) as connection:
        db.check_schema(connection)
        with Session(bind=connection) as session:
            rows = query(session, *args)
            left_out = None
            filters = next((a for a in args if isinstance(a, Filters)), None)
            if undated and filters is not None and filters.as_of is not None:
                from newsdb.reports.asof import undated_left_out

                key = args[1] if args[0] is filters and len(args) > 1 else None
                left_out = undated_left_out(session, undated, key)
    out.emit(rows, layout)
    if left_out:
        click.echo(
            f"note: {left_out} undated article(s) reporting {undated}s left out (--as-of "
            "counts dated articles only)",
            err=True,
        )


@main.group(context_settings=CONTEXT)
def report() -> None:
    """Canned reports on deals, valuations, lawsuits, timelines, profiles and sources.

    Every report takes --format table|csv|json|nl (or --csv, --json, --nl),
    --no-headers and -o FILE. Lists in one cell (parties, flags) are
    `; `-separated; parties are listed by role, then name.

    \b
    Example:
      newsdb report deals --since 2024 --format csv
    """


@report.command(context_settings=CONTEXT)
@format_option
@filter_options(
    "since",
    "until",
    "org",
    "person",
    "kind",
    "status",
    "limit",
    "reviewed_only",
    "as_of",
    "currency",
)
@click.pass_obj
@_domain_errors
def deals(url: str, out: Output, **options) -> None:
    """Deals ranked by size in USD (largest first, unknown sizes last), with parties and sources.

    Each amount is shown in its own currency and converted (USD, or --currency)
    at the European Central Bank's reference rate of the deal's date, else of
    its first article's; CSV and JSON give the rate, its date and source. Prices
    per share rank after the deal values.

    Dates filter on the announced (else completed) date. Days to confirm count
    from the first article reporting the deal to the first reporting it
    announced or completed, when both are dated to the day. The table shows a
    flags column when a deal has flags (an amount given without its unit…).

    \b
    Example:
      newsdb report deals --org OpenAI --limit 10
    """
    from newsdb.reports import deals as module

    _run_report(url, out, module.deals, module.TABLE, _filters(options), undated="deal")


@report.command(context_settings=CONTEXT)
@format_option
@filter_options("since", "until", "org", "limit", "reviewed_only", "as_of", "currency")
@click.pass_obj
@_domain_errors
def valuations(url: str, out: Output, **options) -> None:
    """Each organization's valuations over time, with the change from the previous point.

    \b
    Example:
      newsdb report valuations --org OpenAI
    """
    from newsdb.reports import valuations as module

    _run_report(url, out, module.valuations, module.TABLE, _filters(options), undated="valuation")


@report.command(context_settings=CONTEXT)
@format_option
@filter_options(
    "since",
    "until",
    "org",
    "person",
    "status",
    "limit",
    "reviewed_only",
    "as_of",
    statuses=LawsuitStatus,
)
@click.pass_obj
@_domain_errors
def lawsuits(url: str, out: Output, **options) -> None:
    """Lawsuits with plaintiffs, defendants, filing date, status and the suit they answer.

    \b
    Example:
      newsdb report lawsuits --person Musk
    """
    from newsdb.reports import lawsuits as module

    _run_report(url, out, module.lawsuits, module.TABLE, _filters(options), undated="lawsuit")


@report.command(context_settings=CONTEXT)
@format_option
@filter_options("since", "until", "org", "person", "limit", "reviewed_only", "as_of")
@click.pass_obj
@_domain_errors
def timeline(url: str, out: Output, **options) -> None:
    """Every dated deal (announced, completed), valuation, lawsuit, role and article,
    in date order.

    Give --org and/or --person (several: what involves all of them), or a period.

    \b
    Example:
      newsdb report timeline --org X --org xAI
    """
    from newsdb.reports import timeline as module

    _run_report(url, out, module.timeline, module.TABLE, _filters(options), undated="fact")


@report.command(context_settings=CONTEXT)
@click.argument("name")
@format_option
@filter_options("limit", "reviewed_only", "as_of")
@click.pass_obj
@_domain_errors
def profile(url: str, name: str, out: Output, **options) -> None:
    """An organization or person: aliases, roles, deals, lawsuits, valuations, articles.

    NAME is matched through aliases, in any case. As CSV: one row per item,
    its `section` first.

    \b
    Example:
      newsdb report profile "x.AI"
    """
    from newsdb.reports.profile import profile as query

    _run_report(url, out, query, None, name, _filters(options), undated="fact")


@report.command(context_settings=CONTEXT)
@click.argument("key", required=False)
@format_option
@filter_options("kind", "limit", "reviewed_only", "as_of", kinds=FACT_TYPES)
@click.pass_obj
@_domain_errors
def sources(url: str, key: str | None, out: Output, **options) -> None:
    """The articles and exact quotes behind each fact (or the fact KEY), with the status
    each article reported. --kind is the fact type.

    \b
    Example:
      newsdb report sources grok-on-azure
    """
    from newsdb.reports import sources as module

    _run_report(url, out, module.sources, module.TABLE, _filters(options), key, undated="fact")


@report.command(context_settings=CONTEXT)
@click.argument("key")
@format_option
@filter_options("limit", "as_of")
@click.pass_obj
@_domain_errors
def history(url: str, key: str, out: Output, **options) -> None:
    """How the news told the deal, valuation or lawsuit KEY, step by step.

    A step is a change in the status (rumored, in talks, announced, completed
    or cancelled) or the amount the articles reported, with the article that
    first reported it, its date and quote, the other articles, and the days
    since the previous step (when both are dated to the day).

    \b
    Example:
      newsdb report history grok-on-azure
    """
    from newsdb.reports import history as module

    _run_report(url, out, module.history, module.TABLE, _filters(options), key, undated="fact")


@report.command(context_settings=CONTEXT)
@click.argument("key", required=False)
@format_option
@filter_options("kind", "limit", "reviewed_only", "as_of", kinds=FACT_TYPES[:3])
@click.pass_obj
@_domain_errors
def conflicts(url: str, key: str | None, out: Output, **options) -> None:
    """Where articles disagree about a fact (or the fact KEY): amount, date, status or
    a party's role, with both quotes. --kind is the fact type.

    Every claim is kept; one is preferred: curated over extracted, then the most
    specific (more digits, a finer date), then the latest report. One row per
    claim that disagrees with the preferred one.

    \b
    Example:
      newsdb report conflicts --kind deal
    """
    from newsdb.reports import conflicts as module

    _run_report(url, out, module.conflicts, module.TABLE, _filters(options), key, undated="fact")


@main.command(context_settings=CONTEXT)
@click.argument("statement")
@format_option
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=5.0,
    show_default=True,
    help="Seconds the statement (its output included) may run; 0 for no limit.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    help="At most this many rows (default: all; a table: 1000).",
)
@click.option(
    "-p",
    "--param",
    "params",
    type=(str, str),
    multiple=True,
    metavar="NAME VALUE",
    help="Bind :NAME in the statement to VALUE (text); repeat for several.",
)
@click.option(
    "--as-superuser",
    is_flag=True,
    help="Run even as a PostgreSQL superuser, who can undo any restriction from inside "
    "the statement (prefer the role `newsdb db grant-reader` makes).",
)
@click.pass_obj
@_domain_errors
def sql(
    url: str,
    statement: str,
    out: Output,
    timeout: float,
    limit: int | None,
    params: tuple[tuple[str, str], ...],
    as_superuser: bool,
) -> None:
    """Run one read-only SQL statement (STATEMENT, or - to read it from stdin).

    The connection itself refuses writes: SQLite is opened read-only; on
    PostgreSQL connect as the reader role made by `newsdb db grant-reader`
    (newsdb sql refuses a superuser). Rows are streamed as they come.

    Amount columns (amount, change, *_amount) print as decimals on every
    database; NULLs sort as the database sorts them: say NULLS LAST.

    \b
    Example:
      newsdb sql "SELECT title, amount FROM deal_overview ORDER BY amount DESC NULLS LAST"
      newsdb sql "SELECT title FROM deal_overview WHERE title LIKE '%Grok%'"
    """
    import itertools

    from newsdb.reports.sql import run_sql

    if statement == "-":
        statement = sys.stdin.read()
    table = out.fmt == "table"
    if table and limit is None:
        limit = TABLE_ROWS + 1  # one more: to say when rows were left out
    with run_sql(
        url,
        statement,
        params=dict(params),
        timeout=timeout or None,
        limit=limit,
        as_superuser=as_superuser,
    ) as result:
        rows = result.rows
        if table:  # a table is laid out once every row is read: keep it bounded
            rows = list(itertools.islice(rows, TABLE_ROWS + 1))
            if len(rows) > TABLE_ROWS:
                del rows[TABLE_ROWS:]
                click.echo(
                    f"Note: the first {TABLE_ROWS} rows (--limit for more, or --format csv|json "
                    "to stream them all)",
                    err=True,
                )
        out.emit_stream(result.columns, rows)


TABLE_ROWS = 1000  # at most this many rows in a table (CSV and JSON stream them all)


@main.command(context_settings=CONTEXT)
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "parquet"]),
    default="csv",
    show_default=True,
    help="parquet needs the optional pyarrow extra.",
)
@click.pass_obj
@_domain_errors
def export(url: str, directory: Path, fmt: str) -> None:
    """Write every table and BI view to DIRECTORY, one file each.

    Parquet files are typed (dates as dates, amounts as DECIMAL(24,2)); CSV
    files have ISO dates and plain decimal amounts. DuckDB and pandas read
    both without the database.

    \b
    Example:
      newsdb export out/ --format csv
    """
    from newsdb.reports.export import export as run

    for name, count in run(url, directory, fmt):
        what = "typed views for DuckDB" if count is None else f"{count} rows"
        click.echo(f"{directory / name}: {what}")


# --- serve and chart (optional extras) ----------------------------------------


@main.command(context_settings=CONTEXT)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", "-p", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port."
)
@click.pass_obj
@_domain_errors
def serve(url: str, host: str, port: int) -> None:
    """Browse the database in Datasette: documented views, the reports as stored queries.

    Needs the optional extra: pip install 'newsdb[serve]'. Datasette reads
    SQLite only: a SQLite database is served read-only from its file; a
    PostgreSQL database is first copied into a temporary SQLite snapshot
    (restart to see later imports), deleted when the server stops. Dates show
    at their precision ("2025", not "2025-01-01"); JSON and CSV keep the raw
    values. Stops on Ctrl-C.

    \b
    Example:
      newsdb serve --port 8001   # then open http://127.0.0.1:8001/newsdb
    """
    from newsdb import serve as module

    module.require_datasette()
    with module.sqlite_file(url, progress=lambda line: click.echo(line, err=True)) as source:
        click.echo(
            f"Serving {source.path} at http://{host}:{port}/newsdb (Ctrl-C to stop)", err=True
        )
        module.serve(source.path, host, port, immutable=source.snapshot)


def _chart_path(_ctx, _param, value: Path) -> Path:
    if value.suffix.lower() not in (".svg", ".png"):
        raise click.BadParameter(f"{value}: the file name must end in .svg or .png")
    return value


def chart_output(function):
    return click.option(
        "--output",
        "-o",
        "path",
        required=True,
        type=click.Path(dir_okay=False, path_type=Path),
        callback=_chart_path,
        help="The picture to write: FILE.svg or FILE.png.",
    )(function)


@main.group(context_settings=CONTEXT)
def chart() -> None:
    """Draw valuations or deals over time to an SVG or PNG file.

    Needs the optional extra: pip install 'newsdb[chart]'.

    \b
    Example:
      newsdb chart valuations --org OpenAI -o openai.svg
    """


@chart.command(name="valuations", context_settings=CONTEXT)
@click.option("--org", required=True, help="The organization (name or alias).")
@chart_output
@click.pass_obj
@_domain_errors
def chart_valuations(url: str, org: str, path: Path) -> None:
    """An organization's valuations over time, marked by basis, with their sources.

    A date known only to the year or month is drawn as the period it can mean.

    \b
    Example:
      newsdb chart valuations --org OpenAI -o openai.svg
    """
    from newsdb.chart import valuations_chart

    drawn = valuations_chart(url, org, path)
    click.echo(f"{path}: {drawn.plotted} valuation(s)")
    for note in drawn.notes:
        click.echo(f"Note: {note}", err=True)


@chart.command(name="deals", context_settings=CONTEXT)
@click.option(
    "--by",
    type=click.Choice(["month", "quarter", "year"]),
    default="month",
    show_default=True,
    help="The period of each bar.",
)
@chart_output
@filter_options("since", "until", "org", "person", "kind", "status", "reviewed_only")
@click.pass_obj
@_domain_errors
def chart_deals(url: str, by: str, path: Path, **options) -> None:
    """Deal count and USD volume per period, by kind (the deals of `report deals`).

    No currency conversion: the volume sums USD amounts only; deals in other
    currencies, without an amount, or flagged as unreliable are counted but
    left out of the volume, and the chart says how many.

    \b
    Example:
      newsdb chart deals --by month -o deals.png
    """
    from newsdb.chart import deals_chart

    drawn = deals_chart(url, by, path, _filters(options))
    click.echo(f"{path}: {drawn.plotted} deal(s)")
    for note in drawn.notes:
        click.echo(f"Note: {note.strip()}", err=True)


def _accept_db_anywhere(group: click.Group) -> None:
    """Every command and group takes --db too (sqlite-utils style: after the command)."""
    for command in group.commands.values():
        if not any(param.name == "db_url" for param in command.params):
            command.params.append(
                click.Option(
                    ["--db", "db_url"],
                    metavar="URL|PATH",
                    expose_value=False,
                    is_eager=True,
                    callback=_remember_url,
                    help=DB_HELP,
                )
            )
        if isinstance(command, click.Group):
            _accept_db_anywhere(command)


_accept_db_anywhere(main)
