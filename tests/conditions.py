"""Database conditions in tests: poll one until a deadline (never sleep and hope), find and
end backends, drop a role a test made."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from newsdb import db

DEADLINE = 600.0  # seconds: generous, a loaded machine is slow; a pass returns at once


def without_progress(stderr: str) -> str:
    """`stderr` without the progress lines an import writes every few seconds off a
    terminal: how many appear depends on how busy the machine is."""
    return "".join(
        line for line in stderr.splitlines(True) if not line.startswith("Importing articles")
    )


def wait_until(condition: Callable[[], object], what: str, deadline: float = DEADLINE):
    """`condition()`'s first truthy value; fails naming `what` after `deadline` seconds."""
    end = time.monotonic() + deadline
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"after {deadline:g} s, still not: {what}")
        time.sleep(0.05)


def backends(admin_url: str, url: str, where: str = "true") -> list[tuple]:
    """(pid, state, wait_event_type, query) of the other sessions on `url`'s database."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT pid, state, wait_event_type, query FROM pg_stat_activity "
                f"WHERE datname = :name AND pid <> pg_backend_pid() AND ({where})"
            ),
            {"name": make_url(url).database},
        ).all()
    engine.dispose()
    return [tuple(row) for row in rows]


def terminate(admin_url: str, pids: list[int]) -> int:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        done = sum(
            bool(connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": p}).scalar())
            for p in pids
        )
    engine.dispose()
    return done


def holds_write_lock(url: str, admin_url: str | None = None) -> bool:
    """Whether some session holds newsdb's write lock on the database at `url`."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        return bool(
            backends(
                admin_url,
                url,
                "pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)",
            )
        )
    try:  # mode=rw: never create the file the import has not created yet
        probe = sqlite3.connect(f"file:{parsed.database}?mode=rw", uri=True, timeout=0)
    except sqlite3.OperationalError:
        return False
    try:
        probe.isolation_level = None
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    finally:
        probe.close()


def drop_role(url: str, role: str) -> None:
    """Remove a PostgreSQL role a test made, with everything it owns or was granted."""
    engine = db.make_engine(url)
    with engine.connect() as connection:
        connection.exec_driver_sql(f"DROP OWNED BY {role}")
        connection.exec_driver_sql(f"DROP ROLE {role}")
        connection.commit()
    engine.dispose()
