"""`newsdb sql`: ad-hoc SQL on a connection that cannot write, with a deadline.

Nothing here inspects the statement: the database refuses. SQLite is opened
read-only (mode=ro, query_only) with an authorizer that allows reading and
nothing else (no ATTACH, PRAGMA, VACUUM or writes). On PostgreSQL the
guarantee is the role's privileges: `newsdb db grant-reader` makes a role that
owns nothing and may only SELECT newsdb's tables and views, and `newsdb sql`
refuses to run as a superuser (or a member of the roles that read server files,
run programs or end other sessions), because such a role can undo any
restriction from inside the statement, e.g. `set_config('role', ...)`. The
statement also runs alone (extended protocol: one statement per call) in a
read-only transaction.

The statement is passed to the driver untouched ("LIKE '%Grok%'" works); with
parameters, `:name` placeholders are bound by SQLAlchemy. Rows are streamed
(SQLite's cursor, psycopg's single-row mode), so memory does not grow with the
result; a timeout bounds the time on both databases.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import text

from newsdb import db
from newsdb.reports.common import ReportError

DEFAULT_TIMEOUT = 5.0  # seconds
SQLITE_ALLOWED = {
    sqlite3.SQLITE_SELECT,
    sqlite3.SQLITE_READ,
    sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
}
# Members of these may read or write server files, run programs or end other sessions.
DANGEROUS_ROLES = (
    "pg_read_server_files",
    "pg_write_server_files",
    "pg_execute_server_program",
    "pg_signal_backend",
)


@dataclass
class Rows:
    """The result: column names, then the rows as tuples, fetched as they are read."""

    columns: list[str]
    rows: Iterator[tuple]
    source: Iterator | None = None  # the driver's stream, closed when the rows are done

    def __iter__(self) -> Iterator[tuple]:
        return self.rows


@contextmanager
def run_sql(
    source: db.Source,
    statement: str,
    *,
    params: dict[str, str] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    limit: int | None = None,
    as_superuser: bool = False,
) -> Iterator[Rows]:
    """Run one read-only statement; yields its Rows, valid inside the `with` block.

    `timeout` (seconds, None for none) bounds the statement, its rows included;
    `limit` stops reading after that many rows.
    """
    deadline = time.monotonic() + timeout if timeout else None
    with db.connect(source, read_only=True) as connection:
        sqlite = connection.dialect.name == "sqlite"
        rows = None
        try:
            if sqlite:
                rows = _sqlite(connection, statement, params, deadline)
            else:
                rows = _postgresql(connection, statement, params, timeout, as_superuser)
            guarded = _guarded(rows.rows, limit, timeout)
            try:
                yield Rows(rows.columns, guarded)
            finally:
                guarded.close()
        except ReportError:
            raise
        except Exception as exc:
            raise ReportError(_sql_error(exc, timeout)) from exc
        finally:
            if rows is not None and rows.source is not None:
                rows.source.close()  # stop the stream before the transaction ends
            with contextlib.suppress(Exception):  # a lost connection: nothing to undo
                connection.rollback()
            if sqlite:  # the connection may go back to the pool of a caller's engine
                _reading_freely(connection.connection.driver_connection)


def _sqlite(connection, statement: str, params, deadline: float | None) -> Rows:
    raw = connection.connection.driver_connection
    _reading_only(raw, deadline)
    cursor = raw.cursor()
    cursor.execute(statement, params or {})  # one statement only; ":name" is sqlite3's own
    return _rows(cursor)


def _postgresql(connection, statement: str, params, timeout, as_superuser: bool) -> Rows:
    connection.exec_driver_sql("SET TRANSACTION READ ONLY")  # also on a caller's engine
    _check_role(connection, as_superuser)
    if timeout:
        connection.exec_driver_sql(f"SET LOCAL statement_timeout = {max(1, round(timeout * 1000))}")
    raw = connection.connection.driver_connection
    if params:
        compiled = text(statement).compile(dialect=connection.dialect)
        statement = compiled.string
        params = {name: params[name] for name in compiled.params}
    cursor = raw.cursor()
    # Single-row mode: the rows come as they are read, none is held but the current one.
    stream = cursor.stream(statement, params or None)
    first = next(stream, None)
    if first is None:  # a stream read to its end forgets its columns: ask again
        cursor.execute(statement, params or None)
    rows = _rows(cursor)
    return Rows(rows.columns, _chain(first, stream), _Stream(raw, stream))


class _Stream:
    """psycopg's row stream; closed early, the statement is cancelled, not read to its end."""

    def __init__(self, connection, stream):
        self.connection, self.stream = connection, stream

    def close(self) -> None:
        if self.stream.gi_frame is None:  # read to the end
            return
        self.connection.cancel_safe(timeout=10)
        with contextlib.suppress(Exception):  # QueryCanceled, from the drain after a cancel
            self.stream.close()


def _rows(cursor) -> Rows:
    if cursor.description is None:
        raise ReportError("the statement returned no rows (newsdb sql only reads)")
    return Rows([column[0] for column in cursor.description], iter(cursor))


def _chain(first, rest) -> Iterator[tuple]:
    if first is not None:
        yield first
        yield from rest


def _guarded(rows: Iterator[tuple], limit: int | None, timeout) -> Iterator[tuple]:
    """Rows up to `limit`, errors met while reading them as one ReportError line."""
    try:
        for count, row in enumerate(rows):
            if limit is not None and count >= limit:
                return
            yield tuple(row)
    except Exception as exc:
        raise ReportError(_sql_error(exc, timeout)) from exc


def _check_role(connection, as_superuser: bool) -> None:
    """Refuse a role that can undo the read-only sandbox from inside the statement."""
    roles = ", ".join(f"'{r}'" for r in DANGEROUS_ROLES)
    user, superuser, powers = connection.exec_driver_sql(
        "SELECT current_user, rolsuper, ARRAY(SELECT r.rolname FROM pg_roles r "
        f"WHERE r.rolname IN ({roles}) AND pg_has_role(current_user, r.oid, 'MEMBER') "
        "ORDER BY r.rolname) FROM pg_roles WHERE rolname = current_user"
    ).one()
    if as_superuser:
        return
    if superuser or powers:
        what = "a superuser" if superuser else "a member of " + ", ".join(powers)
        raise ReportError(
            f"newsdb sql will not run as {user}, {what}: such a role can undo any restriction "
            "from inside the statement (read server files, end other sessions). Run `newsdb db "
            "grant-reader` and use the reader role's URL, or pass --as-superuser to accept that"
        )


def _sql_error(exc: BaseException, timeout) -> str:
    message = db.first_line(exc)
    if "statement timeout" in message or "interrupted" in message:
        return (
            f"SQL error: the statement ran past the {timeout:g} s timeout (--timeout to allow more)"
        )
    return f"SQL error: {message}"


def _reading_only(dbapi_connection, deadline: float | None) -> None:
    def authorize(action, *_args):
        return sqlite3.SQLITE_OK if action in SQLITE_ALLOWED else sqlite3.SQLITE_DENY

    dbapi_connection.set_authorizer(authorize)
    if deadline is not None:
        # Called every 10,000 virtual machine steps: a true result interrupts the statement.
        dbapi_connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)


def _reading_freely(dbapi_connection) -> None:
    """Undo `_reading_only`."""
    with contextlib.suppress(Exception):  # a closed connection
        dbapi_connection.set_authorizer(None)
        dbapi_connection.set_progress_handler(None, 0)
