"""Each fact's conflict count and preferred values, in the tables and the BI views.

deal, valuation and lawsuit get `conflicts` (the number of claims that disagree
with the preferred one: the rows `newsdb report conflicts` lists for the fact)
and `preferred_amount`, `preferred_currency`, `preferred_status`,
`preferred_date`, `preferred_date_precision` (the preferred claim's value of a
field on which claims disagree, empty otherwise). This revision fills them for
existing rows with the code `newsdb import` keeps them current with
(newsdb/load/standing.py, which calls the conflicts report's own fact_standing).

deal_overview, valuation_history and lawsuit_overview get, at their end,
`conflicts` and the preferred values (the fact's own where its claims agree). The
old views' SQL is the frozen SQL of the revisions that last defined them (0013
for deal_overview and valuation_history, 0004 for lawsuit_overview); the new
views wrap it. PostgreSQL comments re-applied from newsdb/catalog.py.

Revision ID: 0018_fact_standing
Revises: 0017_evidence_rank
Create Date: 2026-11-26
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from newsdb.catalog import comment_statements
from newsdb.load.standing import refresh_standing

revision: str = "0018_fact_standing"
down_revision: str | None = "0017_evidence_rank"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("deal", "valuation", "lawsuit")
PRECISIONS = "'year', 'month', 'day'"
# Per view: its table, its id column and the columns added: (name, SQL over v, f).
EXTRA = {
    "deal_overview": (
        "deal",
        "deal_id",
        {
            "conflicts": "f.conflicts",
            "preferred_status": "COALESCE(f.preferred_status, v.status)",
            "preferred_amount": "COALESCE(f.preferred_amount, v.amount)",
            "preferred_currency": "CASE WHEN f.preferred_amount IS NULL THEN v.currency "
            "ELSE f.preferred_currency END",
            "preferred_date": "COALESCE(f.preferred_date, v.announced)",
            "preferred_date_precision": "CASE WHEN f.preferred_date IS NULL "
            "THEN v.announced_precision ELSE f.preferred_date_precision END",
        },
    ),
    "valuation_history": (
        "valuation",
        "valuation_id",
        {
            "conflicts": "f.conflicts",
            "preferred_amount": "COALESCE(f.preferred_amount, v.amount)",
            "preferred_currency": "CASE WHEN f.preferred_amount IS NULL THEN v.currency "
            "ELSE f.preferred_currency END",
            "preferred_date": "COALESCE(f.preferred_date, v.as_of)",
            "preferred_date_precision": "CASE WHEN f.preferred_date IS NULL "
            "THEN v.as_of_precision ELSE f.preferred_date_precision END",
        },
    ),
    "lawsuit_overview": (
        "lawsuit",
        "lawsuit_id",
        {
            "conflicts": "f.conflicts",
            "preferred_status": "COALESCE(f.preferred_status, v.status)",
            "preferred_date": "COALESCE(f.preferred_date, v.filed)",
            "preferred_date_precision": "CASE WHEN f.preferred_date IS NULL "
            "THEN v.filed_precision ELSE f.preferred_date_precision END",
        },
    ),
}


def _frozen(name: str):
    """An earlier revision's module, for its frozen view SQL."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _old_views(dialect: str) -> dict[str, str]:
    money = _frozen("0013_money_basis_high_usd")
    contract = _frozen("0004_view_contract")
    return {
        "deal_overview": money._deal_overview(dialect, True),
        "valuation_history": money._valuation_history(True),
        "lawsuit_overview": contract._views(dialect)["lawsuit_overview"],
    }


def _replace_views(bind, new: bool) -> None:
    old = _old_views(bind.dialect.name)
    for name, (table, id_column, extra) in EXTRA.items():
        sql = old[name]
        if new:
            columns = ",\n       ".join(f"{expr} AS {column}" for column, expr in extra.items())
            sql = (
                f"\nSELECT v.*,\n       {columns}\n  FROM ({sql}\n) v "
                f"JOIN {table} f ON f.id = v.{id_column}"
            )
        op.execute(f"DROP VIEW {name}")
        op.execute(f"CREATE VIEW {name} AS {sql}")
    if bind.dialect.name == "postgresql":
        inspector = sa.inspect(bind)
        for name in EXTRA:
            columns = [c["name"] for c in inspector.get_columns(name)]
            for statement in comment_statements(name, columns):
                op.execute(statement)


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN conflicts INTEGER DEFAULT 0 NOT NULL")
        op.add_column(table, sa.Column("preferred_amount", sa.Numeric(24, 2)))
        op.add_column(table, sa.Column("preferred_currency", sa.String(3)))
        op.add_column(table, sa.Column("preferred_status", sa.String(20)))
        op.add_column(table, sa.Column("preferred_date", sa.Date()))
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN preferred_date_precision VARCHAR(5) CONSTRAINT "
            f"ck_{table}_preferred_date_precision_values "
            f"CHECK (preferred_date_precision IN ({PRECISIONS}))"
        )
    with Session(bind=bind, autoflush=False) as session:
        refresh_standing(session)
    _replace_views(bind, new=True)


def downgrade() -> None:
    bind = op.get_bind()
    _replace_views(bind, new=False)
    for table in TABLES:
        for column in (
            "preferred_date_precision",
            "preferred_date",
            "preferred_status",
            "preferred_currency",
            "preferred_amount",
            "conflicts",
        ):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
