"""`newsdb sql`: ad-hoc SQL on a connection that cannot write.

Nothing here inspects the statement. SQLite is opened read-only (mode=ro,
query_only) with an authorizer that allows reading and nothing else (no
ATTACH, PRAGMA, VACUUM or writes). PostgreSQL runs the statement alone
(extended protocol: one statement per call) in a read-only transaction that
has already run a query, so it cannot be switched back to read-write, and as
the pg_read_all_data role when the user is a superuser.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import event

from newsdb import db
from newsdb.reports.common import ReportError

SQLITE_ALLOWED = {
    sqlite3.SQLITE_SELECT,
    sqlite3.SQLITE_READ,
    sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
}


def run_sql(url: str | None, statement: str) -> list[dict]:
    engine = db.make_engine(url, read_only=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _reading_only)
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "postgresql":
                _drop_privileges(connection)
            try:
                if engine.dialect.name == "postgresql":  # psycopg reads % as a placeholder
                    statement = statement.replace("%", "%%")  # "LIKE '%Musk%'" stays as written
                result = connection.exec_driver_sql(statement, {})
                if not result.returns_rows:
                    raise ReportError("the statement returned no rows (newsdb sql only reads)")
                columns = list(result.keys())
                return [dict(zip(columns, row, strict=True)) for row in result]
            finally:
                connection.rollback()
    except ReportError:
        raise
    except Exception as exc:
        raise ReportError(f"SQL error: {db.first_line(exc)}") from exc
    finally:
        engine.dispose()


def _drop_privileges(connection) -> None:
    """Pin the transaction read-only, and shed superuser powers for this statement.

    A read-only transaction still lets a superuser run COPY … TO PROGRAM or
    write server files; pg_read_all_data (PostgreSQL 14+) may read every table
    and do nothing else. The connection is thrown away after the statement.
    """
    superuser = connection.exec_driver_sql("SELECT current_setting('is_superuser')").scalar()
    if superuser == "on":
        connection.exec_driver_sql("SET LOCAL ROLE pg_read_all_data")


def _reading_only(dbapi_connection, _record) -> None:
    def authorize(action, *_args):
        return sqlite3.SQLITE_OK if action in SQLITE_ALLOWED else sqlite3.SQLITE_DENY

    dbapi_connection.set_authorizer(authorize)
