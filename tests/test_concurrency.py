"""Two `newsdb import` processes at once on one database: no duplicate, no error."""

from __future__ import annotations

import select
import subprocess
import sys
from pathlib import Path

import pytest
from conditions import DEADLINE, without_progress
from sqlalchemy import text
from sqlalchemy.engine import make_url

from newsdb import db
from newsdb.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_two_concurrent_imports_end_with_one_copy(empty_url):
    command = [sys.executable, "-m", "newsdb", "--db", empty_url, "import", str(SEEDS)]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [p.communicate(timeout=120) for p in processes]
    for process, (_out, err) in zip(processes, results, strict=True):
        assert process.returncode == 0, err
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        for table, expected in [("article", 5), ("deal", None), ("organization", None)]:
            rows = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            if expected is not None:
                assert rows == expected
        duplicates = connection.execute(
            text("SELECT count(*) FROM (SELECT key FROM deal GROUP BY key HAVING count(*) > 1) d")
        ).scalar()
        assert duplicates == 0
    engine.dispose()


class WriteLock:
    """The write lock an import takes, held by the test (as a running import would)."""

    def __init__(self, url: str):
        self.engine = db.make_engine(url)
        self.connection = self.engine.connect()
        db.lock_for_writing(self.connection)

    def release(self) -> None:
        self.connection.rollback()
        self.connection.close()
        self.engine.dispose()


@pytest.fixture
def migrated(empty_url):
    db.upgrade(empty_url)
    return empty_url


def articles(url: str) -> int:
    engine = db.make_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT count(*) FROM article")).scalar()
    engine.dispose()
    return found


def test_import_waits_with_a_message_then_says_it_gave_up(migrated, runner):
    lock = WriteLock(migrated)
    try:
        result = runner.invoke(main, ["--db", migrated, "import", "--wait", "1", str(SEEDS)])
    finally:
        lock.release()
    where = make_url(migrated).render_as_string(hide_password=True)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Waiting: another import is writing to {where}: waiting up to 1 s for it\n"
        f"Error: gave up after 1 s waiting for another import to finish writing to {where} "
        "(nothing imported: the database is unchanged; --wait to wait longer)\n"
    )
    assert articles(migrated) == 0


def test_import_waits_for_the_one_writing_then_imports(migrated):
    lock = WriteLock(migrated)
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsdb", "--db", migrated, "import", str(SEEDS)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        ready, _, _ = select.select([process.stderr], [], [], DEADLINE)
        assert ready, f"no word from the import after {DEADLINE} s"
        assert process.stderr.readline().startswith("Waiting: another import is writing to ")
        assert process.poll() is None
    finally:
        lock.release()
    _out, err = process.communicate(timeout=DEADLINE)
    assert process.returncode == 0, err
    assert without_progress(err) == ""
    assert articles(migrated) == 5
