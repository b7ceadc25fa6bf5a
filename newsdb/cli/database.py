"""`newsdb db`: create and migrate the schema (Alembic), make the reader role."""

from __future__ import annotations

import click

from newsdb import db
from newsdb.cli.options import CONTEXT, domain_errors


@click.group(name="db", context_settings=CONTEXT)
def db_group() -> None:
    """Create and migrate the database schema (wraps Alembic).

    \b
    Example:
      newsdb --db postgresql+psycopg://localhost/newsdb db upgrade
    """


@db_group.command(context_settings=CONTEXT)
@click.argument("revision", default="head")
@click.pass_obj
@domain_errors
def upgrade(url: str, revision: str) -> None:
    """Bring the database to REVISION (default: the latest).

    \b
    Example:
      newsdb db upgrade
    """
    db.upgrade(url, revision)
    click.echo(f"{db.safe_url(url)} is at {db.current_revision(url) or 'base'}")


@db_group.command(context_settings=CONTEXT)
@click.argument("revision")
@click.option("--yes", "-y", is_flag=True, help="Do not ask before dropping every table.")
@click.pass_obj
@domain_errors
def downgrade(url: str, revision: str, yes: bool) -> None:
    """Take the database back to REVISION ("base" drops every table, after asking).

    \b
    Example:
      newsdb db downgrade base --yes
    """
    if revision == "base" and not yes:
        click.confirm(f"Drop every table and row of {db.safe_url(url)}?", abort=True, err=True)
    db.downgrade(url, revision)
    click.echo(f"{db.safe_url(url)} is at {db.current_revision(url) or 'base'}")


@db_group.command(context_settings=CONTEXT)
@click.pass_obj
@domain_errors
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
@domain_errors
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
