"""An import killed mid-way, or whose server goes away, leaves nothing half-written."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conditions import backends, holds_write_lock, terminate, wait_until, without_progress
from sqlalchemy import create_engine, inspect, text

from newsdb import db
from newsdb.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    subprocess.run(
        [sys.executable, str(BENCHMARKS / "generate.py"), "--articles", "3000", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def articles(url: str) -> int:
    engine = db.make_engine(url)
    with engine.connect() as connection:
        found = 0
        if "article" in inspect(connection).get_table_names():
            found = connection.execute(text("SELECT count(*) FROM article")).scalar()
    engine.dispose()
    return found


def importing(url: str, *paths: Path, stderr=subprocess.DEVNULL) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newsdb", "--db", url, "import", *map(str, paths)],
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        text=True,
    )


def test_killed_import_leaves_nothing_and_a_rerun_completes_it(request, empty_url, corpus):
    admin = request.getfixturevalue("postgres_admin") if "postgresql" in empty_url else None
    process = importing(empty_url, corpus)
    # Inside its transaction: the write lock is held until the commit of 3,000 articles.
    wait_until(
        lambda: holds_write_lock(empty_url, admin) or process.poll() is not None,
        "the import holds the write lock",
    )
    assert process.poll() is None, "the import ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert articles(empty_url) == 0
    result = CliRunner().invoke(main, ["--db", empty_url, "import", str(corpus)])
    assert result.exit_code == 0, result.output
    assert articles(empty_url) == 3000


def writing_articles(admin: str, url: str) -> list[int]:
    """The import's session, once it has written articles (its last statement shows it)."""
    found = backends(
        admin, url, "query LIKE 'INSERT INTO article%' OR query LIKE 'INSERT INTO mention%'"
    )
    return [pid for pid, *_ in found]


def waiting_for_a_lock(admin: str, url: str, query: str = "%") -> list[int]:
    found = backends(admin, url, f"wait_event_type = 'Lock' AND query LIKE '{query}'")
    return [pid for pid, *_ in found]


def assert_one_line(process: subprocess.Popen, start: str, code: int = 1) -> str:
    """One line on stderr, besides the line saying it waits for another import, if any,
    and the progress lines an import writes every few seconds off a terminal."""
    _out, err = process.communicate(timeout=300)
    assert process.returncode == code, err
    err = "".join(
        line
        for line in without_progress(err).splitlines(True)
        if not line.startswith("Waiting: another import is writing to ")
    )
    assert err.startswith(start), err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.postgresql
def test_lost_postgresql_connection_is_one_clear_line(postgres_admin, postgres_url, corpus):
    process = importing(postgres_url, corpus, stderr=subprocess.PIPE)
    pids = wait_until(
        lambda: writing_articles(postgres_admin, postgres_url) or process.poll() is not None,
        "the import is writing articles",
    )
    assert process.poll() is None, "the import ended before its connection could be cut"
    assert terminate(postgres_admin, pids) == 1
    assert_one_line(process, f"Error: the database failed while importing {corpus}")
    assert articles(postgres_url) == 0


@pytest.fixture
def migrated(postgres_url):
    db.upgrade(postgres_url)
    return postgres_url


def holding(admin: str, url: str, statement: str):
    """A transaction of the admin on `url`'s database holding the lock `statement` takes."""
    from sqlalchemy.engine import make_url

    engine = create_engine(make_url(admin).set(database=make_url(url).database))
    connection = engine.connect()
    connection.exec_driver_sql(statement)
    return engine, connection


@pytest.mark.postgresql
@pytest.mark.parametrize(
    ("lock", "query", "phase"),
    [
        (
            "SELECT pg_advisory_xact_lock(hashtext('newsdb write'))",
            "SELECT pg_advisory_xact_lock%",
            "waiting for the write lock",
        ),
        ("LOCK TABLE alembic_version", "%alembic_version%", "migrating the schema"),
        ("LOCK TABLE organization", "%organization%", "loading the declared entities"),
    ],
    ids=["waiting-for-the-lock", "migrating", "syncing-entities"],
)
def test_lost_connection_in_any_phase_is_one_clear_line(
    postgres_admin, migrated, lock, query, phase
):
    """The import is held at one phase by a lock the test holds; its session is cut there."""
    engine, holder = holding(postgres_admin, migrated, lock)
    try:
        process = importing(migrated, SEEDS, stderr=subprocess.PIPE)
        pids = wait_until(
            lambda: waiting_for_a_lock(postgres_admin, migrated, query),
            f"the import waits at {phase}",
        )
        assert terminate(postgres_admin, pids) == 1
    finally:
        holder.close()
        engine.dispose()
    err = assert_one_line(process, f"Error: the database failed while {phase}: ")
    assert err.endswith("(nothing imported: the transaction was rolled back)\n")
    assert articles(migrated) == 0


@pytest.mark.postgresql
def test_lost_connection_during_analyze_after_commit_is_a_note(postgres_admin, migrated, corpus):
    """ANALYZE runs after the commit: losing it there loses no data, and is no failure.
    (SHARE UPDATE EXCLUSIVE lets the import write, and holds ANALYZE back.)"""
    engine, holder = holding(
        postgres_admin, migrated, "LOCK TABLE mention IN SHARE UPDATE EXCLUSIVE MODE"
    )
    try:
        process = importing(migrated, corpus, stderr=subprocess.PIPE)
        pids = wait_until(
            lambda: (
                waiting_for_a_lock(postgres_admin, migrated, "ANALYZE")
                or process.poll() is not None
            ),
            "the import runs ANALYZE",
        )
        assert process.poll() is None, process.communicate()
        assert terminate(postgres_admin, pids) == 1
    finally:
        holder.close()
        engine.dispose()
    assert_one_line(
        process,
        "Note: the import is committed, but refreshing the planner's statistics (ANALYZE) failed: ",
        code=0,
    )
    assert articles(migrated) == 3000


@pytest.mark.postgresql
def test_keys_after_a_killed_run_match_a_clean_run(
    postgres_admin, migrated, corpus, tmp_path_factory
):
    """The killed run used sequence numbers PostgreSQL does not give back: the ids of
    the re-run differ from a clean run's, its extracted facts' keys do not."""
    from conftest import Databases
    from test_extracted_keys import extracted_keys

    process = importing(migrated, corpus)
    wait_until(
        lambda: writing_articles(postgres_admin, migrated) or process.poll() is not None,
        "the import is writing articles",
    )
    assert process.poll() is None, "the import ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert CliRunner().invoke(main, ["--db", migrated, "import", str(corpus)]).exit_code == 0
    factory = Databases("postgresql", tmp_path_factory, postgres_admin)
    try:
        clean = factory.new()
        db.upgrade(clean)
        assert CliRunner().invoke(main, ["--db", clean, "import", str(corpus)]).exit_code == 0
        keys = extracted_keys(clean)
        assert keys
        assert extracted_keys(migrated) == keys
    finally:
        factory.drop_all()
