"""The newsdb command line: parse options, call one library function, format its result."""

from __future__ import annotations

import functools
from importlib.metadata import version

import click

from newsdb import db

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _domain_errors(function):
    """Turn the library's expected failures into one-line `Error:` messages, exit 1."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except db.DatabaseError as exc:
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
