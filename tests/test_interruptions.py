"""An import killed mid-way, or whose server goes away, leaves nothing half-written."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from newsdb import db
from newsdb.cli import main

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


def test_killed_import_leaves_nothing_and_a_rerun_completes_it(empty_url, corpus):
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdb", "--db", empty_url, "import", str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(2.5)  # well inside the import of 3,000 articles
    assert process.poll() is None, "the import ended before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert articles(empty_url) == 0
    result = CliRunner().invoke(main, ["--db", empty_url, "import", str(corpus)])
    assert result.exit_code == 0, result.output
    assert articles(empty_url) == 3000


@pytest.mark.postgresql
def test_lost_postgresql_connection_is_one_clear_line(postgres_admin, postgres_url, corpus):
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdb", "--db", postgres_url, "import", str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(3)
    admin = create_engine(postgres_admin, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        killed = connection.execute(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = :name AND pid <> pg_backend_pid()"
            ),
            {"name": make_url(postgres_url).database},
        ).scalar()
    admin.dispose()
    _out, err = process.communicate(timeout=120)
    assert killed >= 1
    assert process.returncode == 1
    # stderr is not a terminal: progress lines every few seconds, then the error
    err = "".join(line for line in err.splitlines(True) if not line.startswith("Importing"))
    assert err.startswith(f"Error: the database failed while importing {corpus}")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert articles(postgres_url) == 0
