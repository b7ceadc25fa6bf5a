"""`newsdb sql` cannot write or escape: the connection refuses, whatever the statement."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conditions import drop_role
from sqlalchemy import inspect, text
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
def owner(databases):
    """A database holding the seeds, and the URL of the role that owns it (on
    PostgreSQL the tests' superuser)."""
    url = databases.new()
    assert CliRunner().invoke(main, ["--db", url, "import", str(SEEDS)]).exit_code == 0
    return url


@pytest.fixture(scope="module")
def url(owner):
    """The URL `newsdb sql` is given: SQLite's file; on PostgreSQL, the reader role
    `newsdb db grant-reader` makes (named after the database: roles are per server)."""
    parsed = make_url(owner)
    if parsed.get_backend_name() == "sqlite":
        yield owner
        return
    role = f"reader_{parsed.database}"
    result = CliRunner().invoke(main, ["--db", owner, "db", "grant-reader", "--role", role])
    assert result.exit_code == 0, result.output
    reader = parsed.set(username=role).render_as_string(hide_password=False)
    engine = db.make_engine(owner)
    with engine.connect() as connection:
        relations = len(inspect(connection).get_table_names()) + len(
            inspect(connection).get_view_names()
        )
    engine.dispose()
    assert result.output == (
        f"{role} may read {relations} tables and views; newsdb sql: --db {reader}\n"
    )
    yield reader
    drop_role(owner, role)


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
        # the role an attempt would create (other roles come and go: suites run side by side)
        rows["_roles"] = connection.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'")
        ).scalar()
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


def test_sql_with_no_rows_still_names_its_columns(url):
    """A SELECT that finds nothing is an answer, not an error, on both databases
    (psycopg's row stream forgets the columns once read to its end)."""
    query = "SELECT key, title FROM deal WHERE key = 'no such deal'"
    result = CliRunner().invoke(main, ["--db", url, "sql", "--format", "csv", query])
    assert result.exit_code == 0, result.output
    assert result.output == "key,title\n"


# --- PostgreSQL: the reader role, not statements a superuser could undo --------

HOSTNAME = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else None
ESCAPES = [
    # SET ROLE is undone by set_config('role', …) for a superuser session
    "SELECT query_to_xml('select pg_read_file(''/etc/hostname'') f',true,false,'') "
    "FROM (SELECT set_config('role','postgres',true) OFFSET 0) s",
    "SELECT set_config('role', 'postgres', false)",
    "SELECT pg_read_file('/etc/hostname')",
    "SELECT * FROM pg_authid",
    "SELECT rolpassword FROM pg_authid",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
    "SELECT lo_import('/etc/hostname')",
]


@pytest.mark.parametrize("statement", ESCAPES)
def test_sql_cannot_read_server_files_secrets_or_end_sessions(owner, url, statement):
    bystander = db.make_engine(owner)
    with bystander.connect() as other:
        other.execute(text("SELECT 1"))
        result = CliRunner().invoke(main, ["--db", url, "sql", "--format", "csv", statement])
        other.execute(text("SELECT 1"))  # still alive
    bystander.dispose()
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: SQL error: ") and result.output.count("\n") == 1
    if url.startswith("postgresql"):
        assert "permission denied" in result.output or "must be a superuser" in result.output
    assert HOSTNAME is None or HOSTNAME not in result.output
    assert "SCRAM-SHA-256" not in result.output and "md5" not in result.output


def test_sql_refuses_a_superuser_and_says_why(owner, runner):
    if owner.startswith("sqlite"):
        pytest.skip("SQLite has no users: the file is opened read-only")
    result = runner.invoke(main, ["--db", owner, "sql", "SELECT 1 AS one"])
    user = make_url(owner).username
    assert result.exit_code == 1
    assert result.output == (
        f"Error: newsdb sql will not run as {user}, a superuser: such a role can undo any "
        "restriction from inside the statement (read server files, end other sessions). "
        "Run `newsdb db grant-reader` and use the reader role's URL, or pass "
        "--as-superuser to accept that\n"
    )
    told = runner.invoke(main, ["--db", owner, "sql", "--as-superuser", "SELECT 1 AS one"])
    assert told.output == "one\n---\n1\n"


def test_grant_reader_is_for_postgresql(runner, owner, url):
    result = runner.invoke(main, ["--db", owner, "db", "grant-reader"])
    if owner.startswith("sqlite"):
        assert result.exit_code == 1
        assert result.output == (
            "Error: grant-reader is for PostgreSQL: SQLite has no roles "
            "(newsdb sql opens a SQLite file read-only)\n"
        )
    else:  # the reader cannot be the role connected, nor make itself one
        reader = runner.invoke(main, ["--db", url, "db", "grant-reader", "--role", "mallory"])
        assert reader.exit_code == 1
        assert reader.output.startswith("Error: ") and reader.output.count("\n") == 1


# --- statements pass untouched; parameters, stdin, timeout, limit -------------


def expected(owner: str, statement: str, **params) -> list[tuple]:
    engine = db.make_engine(owner)
    with engine.connect() as connection:
        rows = [tuple(r) for r in connection.execute(text(statement), params)]
    engine.dispose()
    return rows


def test_percent_signs_pass_unformatted(owner, url, runner):
    statement = "SELECT key FROM article WHERE title LIKE '%Grok%' ORDER BY key"
    result = runner.invoke(main, ["--db", url, "sql", "--format", "csv", statement])
    keys = [k for (k,) in expected(owner, statement.replace("%", "%%"))]
    assert keys  # the seeds do mention Grok in titles
    assert result.output == "key\n" + "".join(f"{k}\n" for k in keys)


def test_parameters_and_the_statement_from_stdin(owner, url, runner):
    statement = "SELECT title FROM article WHERE key = :key AND title LIKE '%'"
    key = "001_e2b979e251adb17f"
    result = runner.invoke(
        main, ["--db", url, "sql", "--format", "json", "-p", "key", key, "-"], input=statement
    )
    assert result.exit_code == 0, result.output
    (title,) = expected(owner, "SELECT title FROM article WHERE key = :key", key=key)[0]
    assert json.loads(result.output) == [{"title": title}]


FOREVER = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "


@pytest.mark.parametrize(
    "statement",
    [
        FOREVER + "SELECT count(*) FROM r",
        # the timeout is armed before the statement runs: changing it inside is too late
        "SELECT set_config('statement_timeout', '0', true), pg_sleep(30)",
    ],
    ids=["endless-recursion", "undo-the-timeout"],
)
def test_statement_timeout(url, runner, statement):
    if statement.startswith("SELECT set_config") and url.startswith("sqlite"):
        pytest.skip("PostgreSQL's settings")
    started = time.monotonic()
    result = runner.invoke(main, ["--db", url, "sql", "--timeout", "1", statement])
    assert result.output == (
        "Error: SQL error: the statement ran past the 1 s timeout (--timeout to allow more)\n"
    )
    assert result.exit_code == 1
    assert time.monotonic() - started < 30


def test_limit_reads_only_what_it_prints(url, runner):
    """An endless result with --limit: the rows stream, the statement stops (the default
    5 s timeout would end it otherwise)."""
    result = runner.invoke(
        main, ["--db", url, "sql", "--format", "csv", "--limit", "3", FOREVER + "SELECT n FROM r"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == "n\n1\n2\n3\n"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_output_streams_in_flat_memory(url, fmt):
    """Peak memory (RSS) of `newsdb sql` for 2,000 and for 150,000 rows of 200 characters:
    holding the rows would take over 60 MB more."""

    def peak(rows: int) -> int:
        statement = (
            f"WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < {rows}) "
            f"SELECT n, '{'x' * 200}' AS s FROM r"
        )
        command = [sys.executable, "-m", "newsdb", "--db", url, "sql", "--format", fmt]
        process = subprocess.Popen(
            [*command, "--timeout", "0", statement],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        lines = sum(1 for _ in process.stdout)
        _pid, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        process.stdout.close()
        assert process.returncode == 0
        assert lines >= rows
        return usage.ru_maxrss  # KiB on Linux

    small, big = peak(2_000), peak(150_000)
    assert big - small < 25_000, (small, big)


def test_sqlite_path_with_a_hash(tmp_path, runner):
    """'#' starts a URI's fragment: the read-only URI quotes it, and opens the right file."""
    path = tmp_path / "news#1.sqlite"
    assert runner.invoke(main, ["--db", f"sqlite:///{path}", "import", str(SEEDS)]).exit_code == 0
    result = runner.invoke(
        main,
        [
            "--db",
            f"sqlite:///{path}",
            "sql",
            "--format",
            "csv",
            "SELECT count(*) AS n FROM article",
        ],
    )
    assert result.output == "n\n5\n"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("news#1")) == []
