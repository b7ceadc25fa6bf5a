"""The newsdb command line: one module per command group, each parsing options,
calling one library function and formatting its result (options.py: what they share)."""

from __future__ import annotations

import logging
from importlib.metadata import version

import click

from newsdb import db
from newsdb.cli import chart, database, imports, report, review, serve, sql
from newsdb.cli.options import CONTEXT, DB_HELP, remember_url

# A user sees one line per failure: the driver's own warnings while a lost
# connection is torn down ("error ignored terminating Pipeline") are not for them.
logging.getLogger("psycopg").addHandler(logging.NullHandler())


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
    callback=remember_url,
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


for command in (
    imports.import_,
    imports.extract,
    review.review,
    database.db_group,
    report.report,
    sql.sql,
    sql.export,
    serve.serve,
    chart.chart,
):
    main.add_command(command)


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
                    callback=remember_url,
                    help=DB_HELP,
                )
            )
        if isinstance(command, click.Group):
            _accept_db_anywhere(command)


_accept_db_anywhere(main)
