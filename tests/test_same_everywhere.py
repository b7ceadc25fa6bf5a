"""One output contract: SQLite and PostgreSQL print the same bytes, and the export
reads back typed in DuckDB (no sqlite extension) and pandas."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import Databases

from newsdb.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

duckdb = pytest.importorskip("duckdb", reason="the test extra installs duckdb")
pandas = pytest.importorskip("pandas", reason="the test extra installs pandas")
pytest.importorskip("pyarrow", reason="the test extra installs pyarrow")


def run(url, *args) -> str:
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def sql_args() -> list[str]:
    names = {param.name for param in main.commands["sql"].params}
    return ["sql", "--as-superuser"] if "as_superuser" in names else ["sql"]


@pytest.fixture(scope="module")
def seeded(databases):
    url = databases.new()
    run(url, "import", str(SEEDS))
    return url


@pytest.fixture(scope="module")
def both(postgres_admin, tmp_path_factory):
    """The seeds in a SQLite and in a PostgreSQL database."""
    made = [Databases(b, tmp_path_factory, postgres_admin) for b in ("sqlite", "postgresql")]
    urls = [factory.new() for factory in made]
    for url in urls:
        run(url, "import", str(SEEDS))
    yield urls
    for factory in made:
        factory.drop_all()


# Deals whose order depends on the collation: no amount, no date, sorted by title
# ("Beta" before "alpha" in code points, after it for ICU English), and parties
# whose names sort differently too.
CASES = """
organizations:
  - {name: beta labs, kind: company}
  - {name: Alpha Labs, kind: company}
deals:
  - key: collation-lower
    title: alpha partnership
    kind: partnership
    status: rumored
    parties: [{name: beta labs, role: partner}, {name: Alpha Labs, role: partner}]
    evidence: [{article: 004_9718df3d5f2a5222, quote: "OpenAI CEO Sam Altman"}]
  - key: collation-upper
    title: Beta partnership
    kind: partnership
    status: rumored
    parties: [{name: Alpha Labs, role: partner}, {name: beta labs, role: partner}]
    evidence: [{article: 004_9718df3d5f2a5222, quote: "OpenAI CEO Sam Altman"}]
"""


@pytest.fixture(scope="module")
def icu(postgres_admin, tmp_path_factory):
    """The seeds and CASES in SQLite and in a PostgreSQL database whose collation is
    ICU English (case and punctuation count last): both must sort as SQLite does."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    cases = tmp_path_factory.mktemp("collation") / "cases.yaml"
    cases.write_text(CASES, encoding="utf-8")

    name = f"newsdb_test_icu_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_admin, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(
                text(
                    f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
                    "ICU_LOCALE 'en' LOCALE 'C.UTF-8'"
                )
            )
    except Exception as exc:  # PostgreSQL before 15, or built without ICU
        admin.dispose()
        pytest.skip(f"no ICU collation on this server: {str(exc).splitlines()[0]}")
    url = make_url(postgres_admin).set(database=name).render_as_string(hide_password=False)
    sqlite = f"sqlite:///{cases.parent / 'newsdb.sqlite'}"
    for target in (sqlite, url):
        run(target, "import", str(SEEDS), str(cases))
    yield sqlite, url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


REPORTS = [
    ["report", "deals"],
    ["report", "valuations"],
    ["report", "lawsuits"],
    ["report", "sources"],
    ["report", "timeline", "--org", "Microsoft"],
    ["report", "profile", "OpenAI"],
    ["report", "profile", "Elon Musk"],
]
VIEWS = [
    "SELECT * FROM deal_overview ORDER BY deal_id",
    "SELECT * FROM valuation_history ORDER BY valuation_id",
    "SELECT * FROM lawsuit_overview ORDER BY lawsuit_id",
    "SELECT * FROM fact_evidence ORDER BY evidence_id",
    "SELECT title, amount FROM deal_overview ORDER BY amount DESC NULLS LAST, title",
]


@pytest.mark.postgresql
@pytest.mark.parametrize("fmt", ["table", "csv", "json", "nl"])
def test_reports_and_views_print_the_same_on_both_databases(both, fmt):
    sqlite, postgresql = both
    for args in REPORTS:
        assert run(sqlite, *args, "--format", fmt) == run(postgresql, *args, "--format", fmt)
    for statement in VIEWS:
        printed = [run(url, *sql_args(), "--format", fmt, statement) for url in both]
        assert printed[0] == printed[1], statement


@pytest.mark.postgresql
def test_an_icu_collated_postgresql_sorts_as_sqlite(icu):
    sqlite, icu = icu
    titles = [d["title"] for d in json.loads(run(sqlite, "report", "deals", "--json"))]
    assert titles.index("Beta partnership") < titles.index("alpha partnership")
    for args in REPORTS:
        assert run(sqlite, *args, "--format", "csv") == run(icu, *args, "--format", "csv")
    for statement in VIEWS[:4]:  # (ORDER BY title in one's own SQL is the database's order)
        printed = [run(url, *sql_args(), "--csv", statement) for url in (sqlite, icu)]
        assert printed[0] == printed[1], statement


@pytest.mark.postgresql
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_exports_are_the_same_from_both_databases(both, fmt, tmp_path):
    folders = [tmp_path / "sqlite", tmp_path / "postgresql"]
    for url, folder in zip(both, folders, strict=True):
        run(url, "export", str(folder), "--format", fmt)
    names = sorted(p.name for p in folders[0].iterdir())
    assert names == sorted(p.name for p in folders[1].iterdir())
    for name in names:
        if name.startswith("article."):  # imported_at: when each import ran
            query = f"SELECT * EXCLUDE (imported_at) FROM '{{}}/{name}' ORDER BY id"
            read = [duckdb.sql(query.format(folder)).fetchall() for folder in folders]
            assert read[0] == read[1]
        else:
            assert (folders[0] / name).read_bytes() == (folders[1] / name).read_bytes(), name


def test_parquet_reads_typed_in_duckdb_and_pandas(seeded, tmp_path):
    run(seeded, "export", str(tmp_path), "--format", "parquet")
    deals = tmp_path / "deal_overview.parquet"
    described = duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{deals}')").fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["amount"] == "DECIMAL(24,2)"
    assert types["announced"] == types["completed"] == types["first_reported"] == "DATE"
    assert types["article_count"] == "BIGINT" and types["parties"] == "VARCHAR"
    article = tmp_path / "article.parquet"
    described = duckdb.sql(f"DESCRIBE SELECT * FROM '{article}'").fetchall()
    assert {row[0]: row[1] for row in described}["imported_at"] == "TIMESTAMP WITH TIME ZONE"
    top = duckdb.sql(
        f"SELECT amount FROM '{deals}' ORDER BY amount DESC NULLS LAST LIMIT 1"
    ).fetchall()[0][0]
    assert top == Decimal("97400000000.00")
    frame = pandas.read_parquet(deals)
    assert Decimal("33000000000.00") in set(frame["amount"].dropna())
    assert {type(v) for v in frame["announced"].dropna()} == {dt.date}
    assert dt.date(2025, 5, 2) in set(frame["first_reported"].dropna())


def test_csv_reads_as_dates_and_exact_amounts(seeded, tmp_path):
    run(seeded, "export", str(tmp_path))
    deals = tmp_path / "deal_overview.csv"
    auto = {
        row[0]: row[1]
        for row in duckdb.sql(f"DESCRIBE SELECT * FROM read_csv_auto('{deals}')").fetchall()
    }
    assert auto["announced"] == auto["first_reported"] == "DATE"
    texts = duckdb.sql(
        f"SELECT amount FROM read_csv('{deals}', all_varchar = true) WHERE amount IS NOT NULL"
    ).fetchall()
    assert ("97400000000",) in texts  # every digit, no exponent
    # duckdb.sql declares each column's type: amounts are DECIMAL(24,2)
    connection = duckdb.connect()
    script = (tmp_path / "duckdb.sql").read_text(encoding="utf-8")
    connection.execute(f"SET file_search_path = '{tmp_path}'")
    connection.execute(script)
    described = {row[0]: row[1] for row in connection.sql("DESCRIBE deal_overview").fetchall()}
    assert described["amount"] == "DECIMAL(24,2)" and described["announced"] == "DATE"
    total = connection.sql("SELECT sum(amount) FROM valuation_history").fetchall()[0][0]
    assert isinstance(total, Decimal)
    loaded = connection.sql(
        "SELECT count(*) FROM duckdb_extensions() WHERE extension_name = 'sqlite_scanner' "
        "AND loaded"
    ).fetchall()[0][0]
    assert loaded == 0  # the files are read as files: no sqlite extension
    frame = pandas.read_csv(deals, parse_dates=["announced", "first_reported"])
    assert str(frame["announced"].dtype).startswith("datetime64")
