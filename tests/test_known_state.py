"""What was known when, stored (`known_state`, migration 0019): the --as-of reports read
it and give the rows they gave when they computed everything from the claims.

The oracle is the --as-of code as it was before the table (tests/asof_oracle: the
values as then reported chosen by a subquery per fact over its claims). Both run on
the seeds, four differing reports of one bid (tests/claims) and a generated corpus,
for several days and filters; and the table an import keeps is the one a full
rebuild makes, after a later import changes a claim too.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import asof_oracle
import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from sqlalchemy.orm import Session

from newsdb import db
from newsdb.cli import main
from newsdb.load.known import refresh_known
from newsdb.models import KnownState
from newsdb.reports import conflicts, deals, lawsuits, profile, timeline, valuations
from newsdb.reports.common import Filters

ROOT = Path(__file__).resolve().parent.parent
DAYS = ["2019-06-30", "2021-03-31", "2024-06-30", "2025-02-14", "2025-05-30", "2025-05-31"]


def run(url: str, *args: str) -> None:
    result = CliRunner().invoke(main, ["--db", url, *args])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def url(databases, tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    generate = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--articles", "400"]
    subprocess.run([*generate, "--out", str(corpus), "--seed", "5"], check=True)
    url = databases.new()
    run(url, "import", str(ROOT / "seeds"), str(ROOT / "tests" / "claims"), str(corpus))
    return url


@pytest.fixture
def session(url):
    engine = db.make_engine(url)
    with Session(engine) as session:
        yield session
    engine.dispose()


def busiest(session: Session, table: str, column: str) -> str:
    """The name of the organization or person in most deals."""
    entity = column.removesuffix("_id")
    return session.execute(
        sa.text(
            f"SELECT e.name FROM {table} p JOIN {entity} e ON e.id = p.{column} "
            "GROUP BY e.name ORDER BY count(*) DESC, e.name LIMIT 1"
        )
    ).scalar()


def cases(session: Session) -> list:
    """(name, new report, oracle, filters without the day) of every --as-of report."""
    org = busiest(session, "deal_party", "organization_id")
    person = busiest(session, "deal_party", "person_id")
    since, until = dt.date(2024, 1, 1), dt.date(2025, 3, 31)
    deal_filters = [
        Filters(),
        Filters(limit=1),
        Filters(limit=7),
        Filters(limit=50),
        Filters(status="completed", limit=10),
        Filters(status="announced"),
        Filters(status="rumored", limit=3),
        Filters(since=since, limit=10),
        Filters(until=until),
        Filters(since=since, until=until, status="completed"),
        Filters(org=(org,), limit=50),
        Filters(person=(person,)),
        Filters(kind="acquisition", limit=20),
        Filters(currency="EUR", limit=10),
        Filters(reviewed_only=True),
    ]
    lawsuit_filters = [
        Filters(),
        Filters(limit=3),
        Filters(status="filed", limit=10),
        Filters(status="settled"),
        Filters(since=since),
        Filters(org=(org,)),
        Filters(reviewed_only=True),
    ]

    def oracle(name):
        plain = {"deals": deals.deals, "lawsuits": lawsuits.lawsuits}.get(name)
        plain = plain or {"valuations": valuations.valuations, "timeline": timeline.timeline}[name]
        return lambda s, f: getattr(asof_oracle, name)(s, f, plain)

    found = [("deals", deals.deals, oracle("deals"), f) for f in deal_filters]
    found += [("lawsuits", lawsuits.lawsuits, oracle("lawsuits"), f) for f in lawsuit_filters]
    found += [
        ("valuations", valuations.valuations, oracle("valuations"), f)
        for f in (Filters(), Filters(org=(org,)), Filters(since=since, limit=5))
    ]
    found += [
        ("timeline", timeline.timeline, oracle("timeline"), f)
        for f in (
            Filters(org=(org,), limit=200),
            Filters(person=(person,)),
            Filters(org=(org,), since=since, until=until),
        )
    ]
    for name in (org, person, "OpenAI"):
        found.append(
            (
                f"profile {name}",
                lambda s, f, name=name: profile.profile(s, name, f),
                lambda s, f, name=name: asof_oracle.profile(s, name, f, profile.profile),
                Filters(limit=50),
            )
        )
    found += [
        ("conflicts", conflicts.conflicts, asof_oracle.conflicts, f)
        for f in (Filters(), Filters(limit=5), Filters(kind="lawsuit"), Filters(reviewed_only=True))
    ]
    return found


def test_every_as_of_report_gives_the_rows_it_gave_before_the_table(session):
    checked = 0
    for name, report, oracle, filters in cases(session):
        for day in DAYS:
            dated = replace(filters, as_of=dt.date.fromisoformat(day))
            expected = oracle(session, dated)
            assert report(session, dated) == expected, (name, filters, day)
            checked += bool(expected)
    assert checked > 150  # most cases have rows to compare


def test_reports_with_rows_on_every_side(session):
    """The corpus exercises what the table decides: later claims changing a status,
    an amount or a date; facts not yet known; conflicts that appear later."""
    early, late = dt.date(2024, 6, 30), dt.date(2025, 5, 31)
    for filters in (Filters(), Filters(status="completed")):
        before = deals.deals(session, replace(filters, as_of=early))
        after = deals.deals(session, replace(filters, as_of=late))
        assert 0 < len(before) < len(after)
    stretches = session.execute(
        sa.select(KnownState.deal_id, sa.func.count()).group_by(KnownState.deal_id)
    ).all()
    assert any(count > 1 for fact_id, count in stretches if fact_id is not None)
    assert conflicts.conflicts(session, Filters(as_of=late))


def rows(url: str) -> list[tuple]:
    """Every known_state row but its id, sorted."""
    engine = db.make_engine(url)
    with engine.connect() as connection:
        table = KnownState.__table__
        found = connection.execute(sa.select(*(c for c in table.c if c.name != "id"))).all()
    engine.dispose()
    return sorted((tuple(row) for row in found), key=repr)


def rebuilt(url: str) -> list[tuple]:
    engine = db.make_engine(url)
    with Session(engine) as session:
        refresh_known(session)
        session.commit()
    engine.dispose()
    return rows(url)


def test_an_import_keeps_the_table_a_full_rebuild_makes(databases, tmp_path):
    url = databases.new()
    run(url, "import", str(ROOT / "seeds"), str(ROOT / "tests" / "claims"))
    stored = rows(url)
    assert stored and stored == rebuilt(url)
    # 201 now reports the amount 200 reported: the bid's amount as then reported changes
    for path in (ROOT / "tests" / "claims").glob("20*"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    facts = (ROOT / "tests" / "claims" / "facts.yaml").read_text()
    assert 'amount: "100000000000"\n' in facts
    (tmp_path / "facts.yaml").write_text(
        facts.replace('amount: "100000000000"\n', 'amount: "97400000000"\n')
    )
    run(url, "import", str(tmp_path))
    changed = rows(url)
    assert changed != stored
    assert changed == rebuilt(url)


def test_migration_fills_the_table_and_downgrades(databases):
    url = databases.new()
    run(url, "import", str(ROOT / "seeds"), str(ROOT / "tests" / "claims"))
    stored = rows(url)
    db.downgrade(url, "0018_fact_standing")
    engine = db.make_engine(url)
    assert "known_state" not in sa.inspect(engine).get_table_names()
    engine.dispose()
    db.upgrade(url)
    assert rows(url) == stored
