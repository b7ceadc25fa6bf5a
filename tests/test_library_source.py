"""The library takes a database one way: a URL or an Engine the caller made (db.Source).
The same rows either way; a caller's engine is left open and as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from newsdb import db
from newsdb.cli import main
from newsdb.reports.common import Filters, ReportError
from newsdb.reports.export import export
from newsdb.reports.runner import REPORTS, run_report
from newsdb.reports.sql import run_sql

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COUNT = "SELECT count(*) AS deals FROM deal"


@pytest.fixture(scope="module")
def url(databases) -> str:
    url = databases.new()
    result = CliRunner().invoke(main, ["--db", url, "import", str(SEEDS)])
    assert result.exit_code == 0, result.output
    return url


@pytest.fixture
def engine(url):
    engine = db.make_engine(url)  # the caller's: read-write, not the library's own
    yield engine
    engine.dispose()


def sql_rows(source, statement: str) -> list[tuple]:
    with run_sql(source, statement, as_superuser=True) as result:
        return list(result.rows)


@pytest.mark.parametrize("name", ["deals", "timeline", "profile", "sources"])
def test_a_report_reads_the_same_from_a_url_and_an_engine(url, engine, name):
    argument = "xAI" if REPORTS[name].argument == "name" else None
    filters = Filters(org=("xAI",)) if name == "timeline" else Filters()
    from_url = run_report(url, name, filters, argument)
    from_engine = run_report(engine, name, filters, argument)
    assert from_engine == from_url
    assert from_url.rows  # something to compare


def test_sql_reads_from_an_engine_and_leaves_it_writable(url, engine):
    assert sql_rows(engine, COUNT) == sql_rows(url, COUNT)
    assert sql_rows(engine, COUNT)[0][0] > 0
    with pytest.raises(ReportError, match="SQL error"):
        sql_rows(engine, "DELETE FROM deal")  # read-only on the caller's engine too
    with engine.connect() as connection:  # the same pooled connection: no authorizer left
        transaction = connection.begin()
        connection.execute(text("UPDATE deal SET title = title"))
        transaction.rollback()
    assert sql_rows(engine, COUNT) == sql_rows(url, COUNT)


def test_export_writes_the_same_files_from_a_url_and_an_engine(url, engine, tmp_path):
    from_url = export(url, tmp_path / "url")
    from_engine = export(engine, tmp_path / "engine")
    assert from_engine == from_url
    for name, _count in from_url:
        assert (tmp_path / "engine" / name).read_bytes() == (tmp_path / "url" / name).read_bytes()


def test_an_unknown_report_is_one_line(url):
    with pytest.raises(ReportError, match="no report called 'nope'"):
        run_report(url, "nope")
