"""`newsdb sql` cannot write or escape: the connection refuses, whatever the statement."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from sqlalchemy.engine import make_url

from newsdb import db
from newsdb.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TABLES = [
    "article",
    "organization",
    "person",
    "deal",
    "deal_party",
    "valuation",
    "lawsuit",
    "evidence",
    "mention",
    "alembic_version",
]


@pytest.fixture(scope="module")
def url(databases):
    url = databases.new()
    assert CliRunner().invoke(main, ["--db", url, "import", str(SEEDS)]).exit_code == 0
    return url


def snapshot(url: str):
    """SQLite: the file's bytes; PostgreSQL: every row of every table."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database)
        # Opening a WAL database read-only may create an empty -wal file: compare contents.
        return [
            hashlib.sha256(p.read_bytes() if p.exists() else b"").hexdigest()
            for p in (path, Path(f"{path}-wal"))
        ]
    engine = db.make_engine(url)
    with engine.connect() as connection:
        rows = {t: sorted(map(str, connection.execute(text(f"SELECT * FROM {t}")))) for t in TABLES}
        rows["_roles"] = connection.execute(text("SELECT count(*) FROM pg_roles")).scalar()
    engine.dispose()
    return rows


ATTEMPTS = [
    "DELETE FROM deal",
    "UPDATE deal SET amount = 0",
    "INSERT INTO person (name) VALUES ('Mallory')",
    "DROP TABLE deal",
    "CREATE TABLE evil (x int)",
    "WITH gone AS (DELETE FROM deal RETURNING id) SELECT count(*) FROM gone",
    "SELECT 1; DELETE FROM deal",
    "ATTACH DATABASE '{tmp}/attached.db' AS evil",
    "PRAGMA writable_schema = ON",
    "PRAGMA journal_mode = DELETE",
    "VACUUM INTO '{tmp}/copy.db'",
    "VACUUM",
    "SET TRANSACTION READ WRITE",
    "BEGIN READ WRITE",
    "COMMIT",
    "SET default_transaction_read_only = off",
    "COPY (SELECT 1) TO PROGRAM 'touch {tmp}/pwned'",
    "COPY deal TO '{tmp}/deal.csv'",
    "CREATE ROLE mallory SUPERUSER",
    "SELECT pg_terminate_backend(pg_backend_pid())",
    "SELECT set_config('default_transaction_read_only', 'off', false)",
    "SELECT lo_export(lo_from_bytea(0, 'x'), '{tmp}/lo')",
]


@pytest.fixture
def open_dir(tmp_path_factory):
    """A folder the database server's own user could write into, were it let."""
    path = Path(tempfile.mkdtemp(prefix="newsdb-escape-", dir="/tmp"))
    path.chmod(0o777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.parametrize("statement", ATTEMPTS)
def test_sql_refuses_to_write_or_escape(url, statement, open_dir):
    tmp_path = open_dir
    before = snapshot(url)
    result = CliRunner().invoke(main, ["--db", url, "sql", statement.format(tmp=tmp_path)])
    # A harmless statement may run (set_config in a read-only transaction changes
    # nothing that outlives it); what matters is that nothing is written.
    assert result.exit_code in (0, 1), result.output
    if result.exit_code == 1:
        assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
    assert snapshot(url) == before
    follow_up = CliRunner().invoke(main, ["--db", url, "sql", "DELETE FROM deal"])
    assert follow_up.exit_code == 1
    assert snapshot(url) == before


def test_sql_reads(url):
    result = CliRunner().invoke(
        main, ["--db", url, "sql", "--format", "csv", "SELECT count(*) AS n FROM article"]
    )
    assert result.output == "n\n5\n"
