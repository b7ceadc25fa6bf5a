"""The schema: migrations up and down with data, models agree with them, constraints hold."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from newsdb import db
from newsdb.cli import main
from newsdb.models import (
    Article,
    Base,
    Deal,
    DealParty,
    Evidence,
    Lawsuit,
    LawsuitParty,
    Mention,
    Organization,
    Person,
    Valuation,
)
from newsdb.vocab import DealKind, DealStatus, LawsuitStatus, PartyRole, Precision

ROOT = Path(__file__).resolve().parent.parent
VIEWS = {
    "deal_overview",
    "valuation_history",
    "lawsuit_overview",
    "fact_evidence",
    "reported_claims",
    "known_facts",
}


def _tables_and_views(url: str) -> tuple[set[str], set[str]]:
    engine = db.make_engine(url)
    inspector = inspect(engine)
    found = set(inspector.get_table_names()), set(inspector.get_view_names())
    engine.dispose()
    return found


def _add_sample_rows(session: Session) -> Deal:
    article = Article(key="a1", body="X was sold to xAI for $33 billion.", sha256="0" * 64)
    xai, x = Organization(name="xAI"), Organization(name="X")
    musk = Person(name="Elon Musk")
    deal = Deal(
        key="x-sale",
        title="X sold to xAI",
        kind=DealKind.ACQUISITION,
        status=DealStatus.COMPLETED,
        amount=Decimal("33000000000"),
        currency="USD",
        announced=dt.date(2025, 3, 1),
        announced_precision=Precision.MONTH,
    )
    deal.parties = [
        DealParty(organization=xai, role=PartyRole.ACQUIRER),
        DealParty(organization=x, role=PartyRole.TARGET),
        DealParty(person=musk, role=PartyRole.SELLER),
    ]
    suit = Lawsuit(key="s1", title="Musk v. OpenAI", status=LawsuitStatus.FILED)
    suit.parties = [LawsuitParty(person=musk, role=PartyRole.PLAINTIFF)]
    session.add_all([article, deal, suit])
    session.flush()
    session.add_all(
        [
            Valuation(
                key="v1",
                organization=x,
                amount=Decimal("33000000000"),
                currency="USD",
                basis="sale_price",
                deal_id=deal.id,
            ),
            Evidence(article=article, deal_id=deal.id, quote="sold", start_offset=2, end_offset=6),
            Mention(
                article=article,
                type="money",
                start_offset=22,
                end_offset=33,
                text="$33 billion",
                amount=Decimal("33000000000"),
                currency="USD",
            ),
        ]
    )
    session.flush()
    return deal


def test_upgrade_from_empty_builds_every_table_and_view(empty_url):
    db.upgrade(empty_url)
    tables, views = _tables_and_views(empty_url)
    assert set(Base.metadata.tables) <= tables
    assert views == VIEWS
    assert db.current_revision(empty_url) == db.head_revision()


def test_downgrade_to_base_and_up_again_with_rows(empty_url):
    db.upgrade(empty_url)
    engine = db.make_engine(empty_url)
    with Session(engine) as session:
        _add_sample_rows(session)
        session.commit()
    with engine.connect() as connection:
        row = connection.execute(text("SELECT title, parties FROM deal_overview")).one()
    assert row.title == "X sold to xAI"
    assert set(row.parties.split("; ")) == {"xAI (acquirer)", "X (target)", "Elon Musk (seller)"}
    engine.dispose()

    db.downgrade(empty_url, "0001")  # views gone, rows kept
    tables, views = _tables_and_views(empty_url)
    assert views == set()
    engine = db.make_engine(empty_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM deal_party")).scalar() == 3
    engine.dispose()

    db.downgrade(empty_url, "base")
    tables, views = _tables_and_views(empty_url)
    assert tables <= {"alembic_version"} and views == set()

    db.upgrade(empty_url)
    engine = db.make_engine(empty_url)
    with Session(engine) as session:
        assert session.scalar(select(Deal).limit(1)) is None
        _add_sample_rows(session)
        session.commit()
    engine.dispose()


def test_models_and_migrations_agree(head_url):
    engine = db.make_engine(head_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_one_head():
    assert len(ScriptDirectory.from_config(db.alembic_config()).get_heads()) == 1


def test_amount_round_trips_exactly(session):
    deal = Deal(
        key="exact",
        title="t",
        kind="bid",
        status="rejected",
        amount=Decimal("97400000000.01"),
        currency="USD",
    )
    session.add(deal)
    session.flush()
    session.expire_all()
    assert session.get(Deal, deal.id).amount == Decimal("97400000000.01")
    raw = session.execute(text("SELECT amount FROM deal WHERE key = 'exact'")).scalar()
    assert Decimal(repr(raw) if isinstance(raw, float) else str(raw)) == Decimal("97400000000.01")


@pytest.mark.parametrize(
    "statement, what",
    [
        (
            "INSERT INTO deal (key, title, kind, status, amount, currency, origin) "
            "VALUES ('k', 't', 'bid', 'rejected', -1, 'USD', 'curated')",
            "negative amount",
        ),
        (
            "INSERT INTO deal (key, title, kind, status, amount, currency, origin) "
            "VALUES ('k', 't', 'bid', 'rejected', 10, 'usd', 'curated')",
            "lowercase currency",
        ),
        (
            "INSERT INTO deal (key, title, kind, status, amount, currency, origin) "
            "VALUES ('k', 't', 'bid', 'rejected', 10, 'DOLLARS', 'curated')",
            "currency length",
        ),
        (
            "INSERT INTO deal (key, title, kind, status, amount, origin) "
            "VALUES ('k', 't', 'bid', 'rejected', 10, 'curated')",
            "amount without currency",
        ),
        (
            "INSERT INTO deal (key, title, kind, status, origin) "
            "VALUES ('k', 't', 'gift', 'rejected', 'curated')",
            "unknown kind",
        ),
        (
            "INSERT INTO deal (key, title, kind, status, announced, announced_precision, origin) "
            "VALUES ('k', 't', 'bid', 'rejected', '2025-01-01', 'week', 'curated')",
            "unknown precision",
        ),
        (
            "INSERT INTO deal (key, title, kind, status, announced, origin) "
            "VALUES ('k', 't', 'bid', 'rejected', '2025-01-01', 'curated')",
            "date without precision",
        ),
        (
            "INSERT INTO deal_party (deal_id, organization_id, role) "
            "VALUES (999999, 999999, 'host')",
            "party pointing at nothing",
        ),
        ("INSERT INTO organization (name, kind) VALUES ('Acme', 'cult')", "unknown org kind"),
    ],
)
def test_constraints_reject_bad_rows(session, statement, what):
    # PostgreSQL reports a too-long VARCHAR as DataError, a CHECK as IntegrityError.
    with pytest.raises((IntegrityError, DataError)), session.begin_nested():
        session.execute(text(statement))


def test_party_needs_exactly_one_of_organization_or_person(session):
    deal = _add_sample_rows(session)
    org_id = session.scalar(select(Organization.id).limit(1))
    person_id = session.scalar(select(Person.id).limit(1))
    for org, person in [(None, None), (org_id, person_id)]:
        with pytest.raises(IntegrityError), session.begin_nested():
            session.execute(
                text(
                    "INSERT INTO deal_party (deal_id, organization_id, person_id, role) "
                    "VALUES (:d, :o, :p, 'host')"
                ),
                {"d": deal.id, "o": org, "p": person},
            )


@pytest.mark.parametrize(
    "amount",
    ["12000000000000", "1500000000000", "97400000000.01", "0.01", "1000000000000000000.01"],
)
def test_any_amount_news_prints_round_trips_exactly(session, amount):
    """Up to 10^18 to the cent, on both databases: exact text beside a sortable number."""
    deal = Deal(
        key=f"big-{amount}",
        title="t",
        kind="bid",
        status="rejected",
        amount=Decimal(amount),
        currency="JPY",
    )
    session.add(deal)
    session.flush()
    session.expire_all()
    assert session.get(Deal, deal.id).amount == Decimal(amount)
    exact, number = session.execute(
        text("SELECT amount_exact, amount FROM deal WHERE id = :id"), {"id": deal.id}
    ).one()
    assert exact == f"{Decimal(amount).quantize(Decimal('0.01')):f}"
    # The number column is a number (sortable), equal to the amount to 15 digits.
    assert isinstance(number, int | float | Decimal)
    assert abs(
        Decimal(repr(number) if isinstance(number, float) else str(number)) - Decimal(amount)
    ) <= Decimal(amount) * Decimal("1e-15")


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    engine = db.make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_cli_upgrade_downgrade_upgrade(runner, empty_url):
    head = db.head_revision()
    for args, revision in [
        (["upgrade"], head),
        (["downgrade", "base", "--yes"], "base"),
        (["upgrade"], head),
    ]:
        result = runner.invoke(main, ["--db", empty_url, "db", *args])
        assert result.exit_code == 0, result.output
        assert result.output.endswith(f" is at {revision}\n")
    result = runner.invoke(main, ["--db", empty_url, "db", "current"])
    assert result.output == f"current: {head}\nhead: {head}\n"


def test_cli_reads_the_url_from_the_environment(runner, tmp_path):
    path = tmp_path / "env.sqlite"
    result = runner.invoke(
        main, ["db", "upgrade"], env={"NEWSDB_DATABASE_URL": f"sqlite:///{path}"}
    )
    assert result.exit_code == 0, result.output
    assert path.exists()


def test_unreachable_database_is_one_line_error(runner):
    result = runner.invoke(
        main, ["--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "db", "current"]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot connect to postgresql+psycopg://nobody@")
    assert result.output.count("\n") == 1


def test_readme_shows_the_generated_table_list(runner):
    result = runner.invoke(main, ["db", "schema"])
    assert result.exit_code == 0
    assert result.output in (ROOT / "README.md").read_text(encoding="utf-8")
