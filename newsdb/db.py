"""Engines from a URL, SQLite pragmas, read-only connections, and migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session

DEFAULT_URL = "sqlite:///newsdb.sqlite"
URL_ENV = "NEWSDB_DATABASE_URL"
SQLITE_BUSY_MS = 30_000
WRITE_LOCK_PATIENCE = 600.0  # seconds an import waits for another one to finish


class DatabaseError(Exception):
    """A database that cannot be used: bad URL, unreachable server, wrong schema."""


def database_url(url: str | None = None) -> str:
    """The URL to use: the one given, else $NEWSDB_DATABASE_URL, else ./newsdb.sqlite.
    A bare path (no `://`) means that SQLite file."""
    url = url or os.environ.get(URL_ENV) or DEFAULT_URL
    return url if "://" in url else f"sqlite:///{url}"


def make_engine(url: str | None = None, *, read_only: bool = False) -> Engine:
    """An engine for `url`. SQLite gets foreign keys, WAL and a busy timeout.

    With `read_only`, every connection refuses writes by itself: SQLite is
    opened with mode=ro (and query_only), PostgreSQL sessions default to
    read-only transactions.
    """
    url = database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, read_only)
    connect_args = {"connect_timeout": 10} if parsed.get_backend_name() == "postgresql" else {}
    if read_only and parsed.get_backend_name() == "postgresql":
        connect_args["options"] = "-c default_transaction_read_only=on"
    try:
        return create_engine(parsed, connect_args=connect_args)
    except Exception as exc:  # missing driver, unknown dialect
        raise DatabaseError(f"cannot use {parsed.render_as_string()}: {exc}") from exc


def _sqlite_engine(parsed, read_only: bool) -> Engine:
    path = parsed.database
    if read_only and path and path != ":memory:":
        if not os.path.exists(path):
            raise DatabaseError(
                f"no database at {path}: run `newsdb import` or `newsdb db upgrade`"
            )
        # A URI: '#' and '?' in the path are quoted, else SQLite would cut the name there.
        uri = f"file:{quote(os.path.abspath(path))}?mode=ro"
        engine = create_engine("sqlite://", creator=lambda: _sqlite_connect(uri))
    else:
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        if not read_only:
            # SQLAlchemy, not the driver, opens transactions (see _begin below).
            dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        elif path and path != ":memory:":
            _wal(cursor)
        cursor.close()

    if not read_only:

        @event.listens_for(engine, "begin")
        def _begin(connection):
            # Take the write lock at BEGIN: a second writer waits (busy timeout) for
            # the first to commit, instead of failing when it upgrades a read lock.
            # (lock_for_writing may have begun already, on the driver's connection.)
            if not connection.connection.dbapi_connection.in_transaction:
                connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _wal(cursor) -> None:
    """Switch to WAL. Another process switching a new file at the same moment can make
    this report "database is locked" at once (no busy wait): try again briefly."""
    import time

    for attempt in range(50):
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:
            if attempt == 49:
                raise
            time.sleep(0.1)


def _sqlite_connect(uri: str):
    return sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_MS / 1000, check_same_thread=False)


Source = str | Engine | None
"""What every library entry takes for a database: a URL (None: `database_url()`'s
default) or an Engine the caller made (used as it is, left open)."""


@contextmanager
def engine_for(source: Source, *, read_only: bool = False) -> Iterator[Engine]:
    """The engine for `source`: the caller's own, or a new one for the URL, disposed after."""
    if isinstance(source, Engine):
        yield source
        return
    engine = make_engine(source, read_only=read_only)
    try:
        yield engine
    finally:
        engine.dispose()


def url_of(source: Source) -> URL:
    """The URL `source` names (an Engine's own), password included."""
    if isinstance(source, Engine):
        return source.url
    return make_url(database_url(source))


@contextmanager
def connect(source: Source = None, *, read_only: bool = False) -> Iterator[Connection]:
    """A connection, with unreachable servers reported as one DatabaseError line."""
    with engine_for(source, read_only=read_only) as engine:
        try:
            connection = engine.connect()
        except Exception as exc:
            raise DatabaseError(f"cannot connect to {safe_url(engine)}: {first_line(exc)}") from exc
        with connection:
            yield connection


@contextmanager
def reading(source: Source) -> Iterator[Session]:
    """A session for the reports: on a read-only connection, once the schema is at head."""
    with connect(source, read_only=True) as connection:
        check_schema(connection)
        with Session(bind=connection) as session:
            yield session


def safe_url(source: Source) -> str:
    """The URL to show a person: the password hidden."""
    return url_of(source).render_as_string(hide_password=True)


def first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0] if message else type(exc).__name__


# --- migrations -------------------------------------------------------------


def migrations_dir() -> Path:
    """The top-level alembic/ folder: installed as newsdb/migrations (see
    pyproject.toml), or beside the package in a source checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "migrations"
    return installed if installed.is_dir() else package.parent / "alembic"


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's config for the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(source: Source = None, revision: str = "head") -> None:
    with _migrating(source) as config:
        command.upgrade(config, revision)


def downgrade(source: Source, revision: str) -> None:
    with _migrating(source) as config:
        command.downgrade(config, revision)


def current_revision(source: Source = None) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with connect(source) as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@contextmanager
def _migrating(source: Source) -> Iterator[Config]:
    with connect(source) as connection:
        config = alembic_config(connection)
        yield config
        connection.commit()


def lock_for_writing(
    connection: Connection,
    *,
    waiting: Callable[[str], None] | None = None,
    patience: float = WRITE_LOCK_PATIENCE,
) -> None:
    """Let one writer at a time through, until its transaction ends.

    PostgreSQL: a transaction-level advisory lock; SQLite: the database's write
    lock (BEGIN IMMEDIATE). When another writer holds it, `waiting(message)` is
    called once and the wait lasts up to `patience` seconds; then DatabaseError.
    """
    where = safe_url(connection.engine)
    message = f"another import is writing to {where}: waiting up to {patience:g} s for it"
    gave_up = DatabaseError(
        f"gave up after {patience:g} s waiting for another import to finish writing to "
        f"{where} (nothing imported: the database is unchanged; --wait to wait longer)"
    )
    if connection.dialect.name == "postgresql":
        lock = "advisory_xact_lock(hashtext('newsdb write'))"
        if connection.exec_driver_sql(f"SELECT pg_try_{lock}").scalar():
            return
        if waiting:
            waiting(message)
        connection.exec_driver_sql(f"SET LOCAL lock_timeout = {max(1, round(patience * 1000))}")
        try:
            connection.exec_driver_sql(f"SELECT pg_{lock}")
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available
                raise gave_up from exc
            raise
        connection.exec_driver_sql("SET LOCAL lock_timeout TO DEFAULT")
    elif connection.dialect.name == "sqlite":
        # Begin on the driver's connection: the "begin" listener sees the transaction
        # open and leaves it to SQLAlchemy, which commits or rolls it back as usual.
        raw = connection.connection.dbapi_connection
        if raw.in_transaction:
            return
        try:
            raw.execute("PRAGMA busy_timeout = 0")
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
            if waiting:
                waiting(message)
            raw.execute(f"PRAGMA busy_timeout = {max(1, round(patience * 1000))}")
            try:
                raw.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                raise gave_up from exc
        finally:
            raw.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")


def upgrade_connection(connection: Connection) -> None:
    """Bring the database behind `connection` to head (no-op when it is there)."""
    from alembic.runtime.migration import MigrationContext

    if MigrationContext.configure(connection).get_current_revision() != head_revision():
        command.upgrade(alembic_config(connection), "head")


def refresh_statistics(connection: Connection) -> None:
    """Let the query planner see a bulk import (PostgreSQL's autovacuum comes later;
    SQLite has none). SQLite reads every row: sampled (analysis_limit = 1000), its
    statistics of known_state made `report deals --as-of` scan every deal where the
    rank index stops at the limit (44 ms against 8 on 100k articles); the full
    ANALYZE of that database takes under a second."""
    if connection.dialect.name in ("postgresql", "sqlite"):
        connection.exec_driver_sql("ANALYZE")


def check_schema(connection: Connection) -> None:
    """Raise DatabaseError unless the database is at the head revision."""
    from alembic.runtime.migration import MigrationContext

    current = MigrationContext.configure(connection).get_current_revision()
    head = head_revision()
    if current != head:
        where = "an empty database" if current is None else f"revision {current}"
        raise DatabaseError(
            f"{safe_url(connection.engine)} is at {where}, not {head}: run `newsdb db upgrade`"
        )


def ping(connection: Connection) -> None:
    connection.execute(text("SELECT 1"))


# --- the reader role ----------------------------------------------------------


def grant_reader(source: Source, role: str, password: str | None = None) -> tuple[str, int]:
    """Create (or fix) a PostgreSQL role that can log in and only SELECT newsdb's tables
    and views: no superuser, no other privilege, no membership, nothing owned.
    Returns the URL to log in as it (password hidden) and the number of relations."""
    from sqlalchemy.exc import DBAPIError

    try:
        return _grant_reader(source, role, password)
    except DBAPIError as exc:  # not allowed to create roles or grant, read-only…
        raise DatabaseError(f"cannot make the reader role {role}: {first_line(exc)}") from exc


def _grant_reader(source: Source, role: str, password: str | None) -> tuple[str, int]:
    from sqlalchemy import inspect

    from newsdb.models import Base

    with connect(source) as connection:
        if connection.dialect.name != "postgresql":
            raise DatabaseError(
                "grant-reader is for PostgreSQL: SQLite has no roles "
                "(newsdb sql opens a SQLite file read-only)"
            )
        check_schema(connection)
        connection.execution_options(no_parameters=True)  # a '%' in a password stays one
        quoted = connection.dialect.identifier_preparer.quote(role)
        if role == connection.exec_driver_sql("SELECT current_user").scalar():
            raise DatabaseError(f"role {role} is the one connected: choose another name")
        found = connection.exec_driver_sql(
            "SELECT rolsuper, (SELECT count(*) FROM pg_auth_members WHERE member = r.oid) "
            f"FROM pg_roles r WHERE rolname = {_literal(role)}"
        ).first()
        if found is not None and (found[0] or found[1]):
            raise DatabaseError(
                f"role {role} exists and is a superuser or a member of other roles: "
                "choose another name for the reader"
            )
        attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS"
        if password is not None:
            attributes += f" PASSWORD {_literal(password)}"
        verb = "CREATE" if found is None else "ALTER"
        connection.exec_driver_sql(f"{verb} ROLE {quoted} {attributes}")
        owned = connection.exec_driver_sql(
            f"SELECT count(*) FROM pg_class WHERE relowner = {_literal(role)}::regrole"
        ).scalar()
        if owned:
            raise DatabaseError(f"role {role} owns {owned} relation(s): choose another name")
        database = connection.exec_driver_sql("SELECT current_database()").scalar()
        schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
        preparer = connection.dialect.identifier_preparer
        connection.exec_driver_sql(
            f"REVOKE ALL ON ALL TABLES IN SCHEMA {preparer.quote(schema)} FROM {quoted}"
        )
        connection.exec_driver_sql(
            f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {preparer.quote(schema)} FROM {quoted}"
        )
        connection.exec_driver_sql(
            f"GRANT CONNECT ON DATABASE {preparer.quote(database)} TO {quoted}"
        )
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {preparer.quote(schema)} TO {quoted}")
        inspector = inspect(connection)
        relations = sorted(
            {*Base.metadata.tables, "alembic_version"} & set(inspector.get_table_names())
        ) + sorted(inspector.get_view_names())
        for name in relations:
            connection.exec_driver_sql(f"GRANT SELECT ON {preparer.quote(name)} TO {quoted}")
        connection.exec_driver_sql(f"ALTER ROLE {quoted} SET default_transaction_read_only = on")
        connection.commit()
        reader = connection.engine.url.set(username=role, password=password)
        return reader.render_as_string(hide_password=True), len(relations)


def _literal(value: str) -> str:
    """A SQL string literal (for the statements that take no parameters)."""
    return "'" + value.replace("'", "''") + "'"
