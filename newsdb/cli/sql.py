"""`newsdb sql` and `newsdb export`: plain SQL, read-only, and every table to files."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsdb.cli.options import CONTEXT, Output, domain_errors, format_option


@click.command(context_settings=CONTEXT)
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
@domain_errors
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


@click.command(context_settings=CONTEXT)
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
@domain_errors
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
