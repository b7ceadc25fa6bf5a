"""`newsdb serve`: the database in Datasette, with documented views and the reports as
stored queries (the optional extra: pip install 'newsdb[serve]').

Datasette reads SQLite only. A SQLite database is served from its own file,
read-only. A PostgreSQL database is first copied into a temporary SQLite file
(a snapshot taken at start: restart to see later imports), deleted on exit.
"""

from __future__ import annotations

import signal
import socket
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from newsdb import db
from newsdb.reports.common import ReportError

SQL_TIME_LIMIT_MS = 5000  # the stored timeline and profile read every mention


def require_datasette() -> None:
    try:
        import datasette  # noqa: F401
    except ImportError as exc:
        raise ReportError("newsdb serve needs Datasette: pip install 'newsdb[serve]'") from exc


@dataclass(frozen=True)
class Source:
    path: Path  # the SQLite file Datasette reads
    snapshot: bool  # a temporary copy of a PostgreSQL database (never changes)


Progress = Callable[[str], None]


@contextmanager
def sqlite_file(source: db.Source, progress: Progress = lambda _: None) -> Iterator[Source]:
    """The SQLite file to serve: the database's own, or a snapshot of a PostgreSQL one."""
    with db.connect(source, read_only=True) as connection:
        db.check_schema(connection)
    parsed = db.url_of(source)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise ReportError("newsdb serve needs a database file, not an in-memory database")
        yield Source(Path(parsed.database), snapshot=False)
        return
    with tempfile.TemporaryDirectory(prefix="newsdb-serve-") as folder:
        path = Path(folder) / "newsdb.sqlite"
        where = parsed.render_as_string(hide_password=True)
        progress(f"Copying {where} into a temporary SQLite snapshot for Datasette")
        try:
            rows = snapshot(source, path)
        except db.DatabaseError:
            raise
        except Exception as exc:  # a value SQLite cannot hold exactly, a lost connection
            raise ReportError(f"cannot copy {where} into SQLite: {db.first_line(exc)}") from exc
        progress(f"Copied {rows} rows")
        yield Source(path, snapshot=True)


def snapshot(source: db.Source, path: Path) -> int:
    """Copy every table of the database `source` into a new SQLite file; return the rows."""
    from newsdb.models import Base

    target = f"sqlite:///{path}"
    db.upgrade(target)
    copied = 0
    with db.connect(source, read_only=True) as reader, db.connect(target) as sink:
        sink.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # parents may come later
        for table in Base.metadata.sorted_tables:
            result = reader.execution_options(yield_per=1000).execute(
                select(table).order_by(*table.primary_key.columns)
            )
            for chunk in result.mappings().partitions():
                sink.execute(table.insert(), [dict(row) for row in chunk])
                copied += len(chunk)
        sink.commit()
    return copied


def check_port(host: str, port: int) -> None:
    """Fail with one line if nothing can listen on host:port (in use, unknown host)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise ReportError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def datasette(path: Path, *, immutable: bool = False):
    """A ready Datasette on the SQLite file at `path`, named `newsdb`, with the plugin."""
    require_datasette()
    import asyncio

    from datasette.app import Datasette
    from datasette.database import Database
    from datasette.plugins import pm

    from newsdb.serve import plugin
    from newsdb.serve.metadata import DATABASE, metadata

    if not pm.is_registered(plugin):
        pm.register(plugin, name="newsdb")
    ds = Datasette(metadata=metadata(), settings={"sql_time_limit_ms": SQL_TIME_LIMIT_MS})
    ds.add_database(Database(ds, path=str(path), is_mutable=not immutable), name=DATABASE)
    asyncio.run(ds.invoke_startup())
    return ds


def serve(path: Path, host: str, port: int, *, immutable: bool = False) -> None:
    """Serve the SQLite file at `path` until interrupted (Ctrl-C, SIGTERM)."""
    require_datasette()
    import uvicorn

    check_port(host, port)
    app = datasette(path, immutable=immutable).app()
    # uvicorn stops gracefully on SIGINT/SIGTERM, then raises the signal again: end
    # normally then, so that a snapshot's temporary folder is deleted.
    previous = {s: signal.signal(s, _stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", lifespan="on")
    except _Stopped:
        pass
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


class _Stopped(Exception):
    pass


def _stop(_signal, _frame):
    raise _Stopped
