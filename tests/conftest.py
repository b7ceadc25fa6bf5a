"""Fixtures: every database test runs on SQLite and on a throw-away PostgreSQL database.

PostgreSQL comes from $NEWSDB_TEST_POSTGRES_URL (default: the local server's
`postgres` database, used only to create and drop `newsdb_test_*` databases).
Without a reachable server those tests skip with the reason; with CI=true
they fail instead, so CI cannot pass having skipped them.
"""

from __future__ import annotations

import math
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from newsdb import db

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ADMIN_URL = os.environ.get(
    "NEWSDB_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


def _postgres_unreachable() -> str | None:
    try:
        engine = create_engine(ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
    except Exception as exc:
        return f"PostgreSQL not reachable at {ADMIN_URL}: {str(exc).splitlines()[0]}"
    return None


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[str]:
    reason = _postgres_unreachable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI=true: PostgreSQL tests must run)")
        pytest.skip(reason)
    yield ADMIN_URL


class Databases:
    """Makes empty databases of one backend and drops them at the end."""

    def __init__(self, backend: str, tmp_path_factory, admin_url: str | None):
        self.backend = backend
        self.tmp = tmp_path_factory
        self.admin_url = admin_url
        self.created: list[str] = []

    def new(self) -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.tmp.mktemp('db') / 'newsdb.sqlite'}"
        name = f"newsdb_test_{uuid.uuid4().hex[:12]}"
        self._admin(f'CREATE DATABASE "{name}"')
        self.created.append(name)
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        for name in self.created:
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(statement))
        engine.dispose()


@pytest.fixture(scope="session", params=BACKENDS)
def databases(request, tmp_path_factory) -> Iterator[Databases]:
    admin = request.getfixturevalue("postgres_admin") if request.param == "postgresql" else None
    factory = Databases(request.param, tmp_path_factory, admin)
    yield factory
    factory.drop_all()


@pytest.fixture
def empty_url(databases: Databases) -> str:
    """A new, empty database (no tables) of the current backend."""
    return databases.new()


@pytest.fixture(scope="session")
def head_url(databases: Databases) -> str:
    """One database per backend and session, migrated to head."""
    url = databases.new()
    db.upgrade(url)
    return url


@pytest.fixture
def session(head_url: str) -> Iterator[Session]:
    """A session inside a transaction that is rolled back after the test."""
    engine = db.make_engine(head_url)
    with engine.connect() as connection:
        transaction = connection.begin()
        with Session(bind=connection, join_transaction_mode="create_savepoint") as s:
            yield s
        transaction.rollback()
    engine.dispose()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def no_progress_lines(monkeypatch) -> None:
    """Imports run in the test process write no progress line: one appears only when an
    import outlasts a few seconds, so how many a test sees depends on the machine's load.
    The progress test sets its own interval; subprocesses are filtered with
    `conditions.without_progress`."""
    import newsdb.cli.imports

    monkeypatch.setattr(newsdb.cli.imports, "PROGRESS_EVERY", math.inf)


@pytest.fixture
def postgres_url(postgres_admin, tmp_path_factory) -> Iterator[str]:
    """A new, empty PostgreSQL database, for tests about PostgreSQL itself."""
    factory = Databases("postgresql", tmp_path_factory, postgres_admin)
    yield factory.new()
    factory.drop_all()


def pytest_addoption(parser):
    parser.addoption(
        "--update-expected",
        action="store_true",
        help="Rewrite tests/expected/ from the SQLite run instead of comparing with it "
        "(then review the diff: a change of output is a change of the contract).",
    )
