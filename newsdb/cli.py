"""The newsdb command line: parse options, call one library function, format its result."""

from __future__ import annotations

import functools
import json
import logging
import sys
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

import click

from newsdb import db
from newsdb.readers import InputError
from newsdb.reports.common import Filters, ReportError

# A user sees one line per failure: the driver's own warnings while a lost
# connection is torn down ("error ignored terminating Pipeline") are not for them.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _domain_errors(function):
    """Turn the library's expected failures into one-line `Error:` messages, exit 1."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (db.DatabaseError, InputError, ReportError) as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


@click.group(context_settings=CONTEXT)
@click.version_option(version("newsdb"), "--version", prog_name="newsdb")
@click.option(
    "--db",
    "url",
    envvar=db.URL_ENV,
    default=db.DEFAULT_URL,
    show_default=True,
    help=f"Database URL (or ${db.URL_ENV}), e.g. postgresql+psycopg://localhost/newsdb.",
)
@click.pass_context
def main(ctx: click.Context, url: str) -> None:
    """Turn technology-industry news into a queryable database.

    Import articles and curated facts, then ask questions about deals,
    valuations and lawsuits with canned reports or plain SQL.

    \b
    Example:
      newsdb import seeds/
    """
    ctx.obj = url


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


class _progress_bar:
    """A progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, label: str):
        self.label = label

    def __enter__(self):
        from rich.console import Console
        from rich.progress import Progress

        self.bar = Progress(
            console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty()
        )
        self.bar.start()
        self.task = self.bar.add_task(self.label, total=None)
        return self.update

    def update(self, done: int, total: int) -> None:
        self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc):
        self.bar.stop()


def _summary_table(summary) -> str:
    outcomes = ("added", "updated", "unchanged", "skipped")
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
    from newsdb.extraction import extract_files, gazetteer_from

    explicit = ctx.parent.get_parameter_source("url") is not click.core.ParameterSource.DEFAULT
    gazetteer = gazetteer_from(ctx.obj if explicit else None)
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
@click.pass_obj
@_domain_errors
def downgrade(url: str, revision: str) -> None:
    """Take the database back to REVISION ("base" drops every table).

    \b
    Example:
      newsdb db downgrade base
    """
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


def format_option(function):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "csv", "json"]),
        default="table",
        show_default=True,
        help="table for a person; csv or json (full precision) for pipes.",
    )(function)


def filter_options(*names: str):
    """The filters a report takes, by name, as click options."""
    date = click.DateTime(formats=["%Y-%m-%d", "%Y-%m", "%Y"])
    options = {
        "since": click.option("--since", type=date, help="From this date (YYYY[-MM[-DD]])."),
        "until": click.option("--until", type=date, help="Up to this date (YYYY[-MM[-DD]])."),
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
        "kind": click.option("--kind", help="Only this kind."),
        "status": click.option("--status", help="Only this status."),
        "limit": click.option(
            "--limit", type=click.IntRange(min=1), help="At most this many rows."
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


def _filters(options: dict) -> Filters:
    values = {k: v for k, v in options.items() if k in Filters.__dataclass_fields__}
    for key in ("since", "until"):
        if values.get(key) is not None:
            values[key] = values[key].date()
    return Filters(**values)


def _run_report(url: str, fmt: str, query, table_columns, *args) -> None:
    from sqlalchemy.orm import Session

    from newsdb.reports.output import render

    with db.connect(url, read_only=True) as connection:
        db.check_schema(connection)
        with Session(bind=connection) as session:
            rows = query(session, *args)
    click.echo(render(rows, fmt, table_columns), nl=False)


@main.group(context_settings=CONTEXT)
def report() -> None:
    """Canned reports on deals, valuations, lawsuits, timelines, profiles and sources.

    \b
    Example:
      newsdb report deals --since 2024 --format csv
    """


@report.command(context_settings=CONTEXT)
@format_option
@filter_options("since", "until", "org", "person", "kind", "status", "limit", "reviewed_only")
@click.pass_obj
@_domain_errors
def deals(url: str, fmt: str, **options) -> None:
    """Deals ranked by size (largest first, unknown sizes last), with parties and sources.

    Dates filter on the announced (else completed) date. Days to confirm count
    from the first article reporting the deal to the first reporting it
    announced or completed, when both are dated to the day.

    \b
    Example:
      newsdb report deals --org OpenAI --limit 10
    """
    from newsdb.reports import deals as module

    _run_report(url, fmt, module.deals, module.TABLE, _filters(options))


@report.command(context_settings=CONTEXT)
@format_option
@filter_options("since", "until", "org", "limit", "reviewed_only")
@click.pass_obj
@_domain_errors
def valuations(url: str, fmt: str, **options) -> None:
    """Each organization's valuations over time, with the change from the previous point.

    \b
    Example:
      newsdb report valuations --org OpenAI
    """
    from newsdb.reports import valuations as module

    _run_report(url, fmt, module.valuations, module.TABLE, _filters(options))


@report.command(context_settings=CONTEXT)
@format_option
@filter_options("since", "until", "org", "person", "status", "limit", "reviewed_only")
@click.pass_obj
@_domain_errors
def lawsuits(url: str, fmt: str, **options) -> None:
    """Lawsuits with plaintiffs, defendants, filing date, status and the suit they answer.

    \b
    Example:
      newsdb report lawsuits --person Musk
    """
    from newsdb.reports import lawsuits as module

    _run_report(url, fmt, module.lawsuits, module.TABLE, _filters(options))


@report.command(context_settings=CONTEXT)
@format_option
@filter_options("since", "until", "org", "person", "limit", "reviewed_only")
@click.pass_obj
@_domain_errors
def timeline(url: str, fmt: str, **options) -> None:
    """Every dated deal, valuation, lawsuit, role and article, in date order.

    Give --org and/or --person (several: what involves all of them), or a period.

    \b
    Example:
      newsdb report timeline --org X --org xAI
    """
    from newsdb.reports import timeline as module

    _run_report(url, fmt, module.timeline, module.TABLE, _filters(options))


@report.command(context_settings=CONTEXT)
@click.argument("name")
@format_option
@filter_options("limit", "reviewed_only")
@click.pass_obj
@_domain_errors
def profile(url: str, name: str, fmt: str, **options) -> None:
    """An organization or person: aliases, roles, deals, lawsuits, valuations, articles.

    NAME is matched through aliases, in any case.

    \b
    Example:
      newsdb report profile "x.AI"
    """
    from newsdb.reports.profile import profile as query

    _run_report(url, fmt, query, None, name, _filters(options))


@report.command(context_settings=CONTEXT)
@click.argument("key", required=False)
@format_option
@filter_options("kind", "limit", "reviewed_only")
@click.pass_obj
@_domain_errors
def sources(url: str, key: str | None, fmt: str, **options) -> None:
    """The articles and exact quotes behind each fact (or the fact KEY), with the status
    each article reported. --kind is the fact type: deal, valuation, lawsuit, affiliation.

    \b
    Example:
      newsdb report sources grok-on-azure
    """
    from newsdb.reports import sources as module

    _run_report(url, fmt, module.sources, module.TABLE, _filters(options), key)


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
    fmt: str,
    timeout: float,
    limit: int | None,
    params: tuple[tuple[str, str], ...],
    as_superuser: bool,
) -> None:
    """Run one read-only SQL statement (STATEMENT, or - to read it from stdin).

    The connection itself refuses writes: SQLite is opened read-only; on
    PostgreSQL connect as the reader role made by `newsdb db grant-reader`
    (newsdb sql refuses a superuser). Rows are streamed as they come.

    \b
    Example:
      newsdb sql "SELECT title, amount FROM deal_overview WHERE title LIKE '%Grok%'"
    """
    from newsdb.reports.sql import run_sql

    if statement == "-":
        statement = sys.stdin.read()
    if fmt == "table" and limit is None:
        limit = TABLE_ROWS + 1  # one more: to say when rows were left out
    with run_sql(
        url,
        statement,
        params=dict(params),
        timeout=timeout or None,
        limit=limit,
        as_superuser=as_superuser,
    ) as result:
        _write_rows(result.columns, result.rows, fmt)


TABLE_ROWS = 1000  # a table is laid out once every row is read: at most this many


def _write_rows(columns: list[str], rows, fmt: str) -> None:
    """CSV and JSON a thousand rows at a time (memory stays flat); a table at once."""
    import itertools

    from newsdb.reports.output import render

    if fmt == "table":
        table = [dict(zip(columns, row, strict=True)) for row in rows]
        if len(table) > TABLE_ROWS:
            del table[TABLE_ROWS:]
            click.echo(
                f"Note: the first {TABLE_ROWS} rows (--limit for more, or --format csv|json "
                "to stream them all)",
                err=True,
            )
        click.echo(render(table, fmt, columns), nl=False)
        return
    # The header, alone: render's text for one empty row, less that row's line.
    header = render([dict.fromkeys(columns)], "csv").rstrip("\n").rsplit("\n", 1)[0] + "\n"
    first = True
    while True:
        chunk = [dict(zip(columns, row, strict=True)) for row in itertools.islice(rows, 1000)]
        if fmt == "csv":
            text = render(chunk, "csv") if chunk else header
            click.echo(text if first else text[len(header) :], nl=False)
        else:  # a JSON array, written in pieces: "[", the objects, "]"
            body = render(chunk, "json")[1:-2].strip("\n") if chunk else ""
            if first:
                click.echo("[" + ("\n" if body else ""), nl=False)
            elif body:
                click.echo(",\n", nl=False)
            click.echo(body, nl=False)
            if len(chunk) < 1000:
                click.echo("\n]" if not first or body else "]")
        first = False
        if len(chunk) < 1000:
            return


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

    \b
    Example:
      newsdb export out/ --format csv
    """
    from newsdb.reports.export import export as run

    for name, count in run(url, directory, fmt):
        click.echo(f"{directory / name}: {count} rows")


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
