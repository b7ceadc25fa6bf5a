"""deal_overview and valuation_history carry the money columns of 0007_exact_money.

New columns, added at the end of both views: amount_exact (the amount's exact
decimal text; `amount` stays the number), qualifier, amount_high,
amount_high_exact, per_unit, amount_usd, usd_rate, rate_date, rate_source,
rate_note. valuation_history also gets `change` (from the organization's
previous point in the same currency) and `change_usd` (from its previous point
with a USD equivalent), points ordered by date (undated last), then id, as
`newsdb report valuations` orders them.

The SQL is frozen here (deal_overview copied from 0004, valuation_history from
0002); downgrade() rebuilds them as they were. PostgreSQL column comments are
re-applied from newsdb/catalog.py (recreating a view drops them).

Revision ID: 0008_money_views
Revises: 0007_exact_money
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from newsdb.catalog import comment_statements

revision: str = "0008_money_views"
down_revision: str | None = "0007_exact_money"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = ("deal_overview", "valuation_history")
MONEY = (
    "amount_exact, {t}.qualifier, {t}.amount_high, {t}.amount_high_exact, {t}.per_unit, "
    "{t}.amount_usd, {t}.usd_rate, {t}.rate_date, {t}.rate_source, {t}.rate_note"
)


def _ordered_agg(dialect: str, expression: str, source: str, order: str) -> str:
    if dialect == "postgresql":
        return f"(SELECT string_agg({expression}, '; ' ORDER BY {order}) {source})"
    return (
        f"(SELECT group_concat(item, '; ') FROM "
        f"(SELECT {expression} AS item {source} ORDER BY {order}))"
    )


def _last_day(dialect: str) -> str:
    if dialect == "postgresql":
        return (
            "CASE a.published_precision "
            "WHEN 'year' THEN (date_trunc('year', a.published) + interval '1 year - 1 day')::date "
            "WHEN 'month' THEN (date_trunc('month', a.published) + interval '1 month - 1 day')::date "
            "ELSE a.published END"
        )
    return (
        "CASE a.published_precision "
        "WHEN 'year' THEN date(a.published, 'start of year', '+1 year', '-1 day') "
        "WHEN 'month' THEN date(a.published, 'start of month', '+1 month', '-1 day') "
        "ELSE a.published END"
    )


def _deal_overview(dialect: str, money: bool) -> str:
    """0004's deal_overview, with the money columns at the end when `money`."""
    collate = ' COLLATE "C"' if dialect == "postgresql" else ""
    party = "COALESCE(o.name, p.name)"
    parties = """FROM deal_party dp
          LEFT JOIN organization o ON o.id = dp.organization_id
          LEFT JOIN person p ON p.id = dp.person_id
         WHERE dp.deal_id = d.id"""
    first = f"""FROM evidence e JOIN article a ON a.id = e.article_id
         WHERE e.deal_id = d.id AND a.published IS NOT NULL
         ORDER BY {_last_day(dialect)}, a.key{collate} LIMIT 1"""
    agg = _ordered_agg(
        dialect,
        f"{party} || ' (' || dp.role || ')'",
        parties,
        f"dp.role{collate}, {party}{collate}",
    )
    extra = (",\n       d." + MONEY.format(t="d")) if money else ""
    return f"""
SELECT d.id AS deal_id, d.key, d.title, d.kind, d.status,
       d.amount, d.currency, d.amount_text,
       d.announced, d.announced_precision, d.completed, d.completed_precision,
       {agg} AS parties,
       (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.deal_id = d.id)
         AS article_count,
       (SELECT a.published {first}) AS first_reported,
       d.origin, d.confidence, d.description,
       replace(d.flags, ',', '; ') AS flags,
       (SELECT a.published_precision {first}) AS first_reported_precision,
       (SELECT a.key {first}) AS first_reported_by{extra}
  FROM deal d"""


def _valuation_history(money: bool) -> str:
    """0002's valuation_history, with the money columns and changes at the end."""
    order = "ORDER BY CASE WHEN v.as_of IS NULL THEN 1 ELSE 0 END, v.as_of, v.id"
    extra = (
        ",\n       v."
        + MONEY.format(t="v")
        + f""",
       v.amount - LAG(v.amount) OVER (
         PARTITION BY v.organization_id, v.currency {order}) AS change,
       v.amount_usd - LAG(v.amount_usd) OVER (
         PARTITION BY v.organization_id, v.amount_usd IS NULL {order}) AS change_usd"""
        if money
        else ""
    )
    return f"""
SELECT v.id AS valuation_id, v.key, o.name AS organization, v.amount, v.currency,
       v.amount_text, v.as_of, v.as_of_precision, v.basis,
       d.title AS deal, v.origin, v.confidence{extra}
  FROM valuation v
  JOIN organization o ON o.id = v.organization_id
  LEFT JOIN deal d ON d.id = v.deal_id"""


def _replace(money: bool) -> None:
    dialect = op.get_bind().dialect.name
    sql = {
        "deal_overview": _deal_overview(dialect, money),
        "valuation_history": _valuation_history(money),
    }
    for name in VIEWS:
        op.execute(f"DROP VIEW {name}")
        op.execute(f"CREATE VIEW {name} AS {sql[name]}")
    if dialect == "postgresql":
        inspector = sa.inspect(op.get_bind())
        for name in VIEWS:
            columns = [c["name"] for c in inspector.get_columns(name)]
            for statement in comment_statements(name, columns):
                op.execute(statement)


def upgrade() -> None:
    _replace(money=True)


def downgrade() -> None:
    _replace(money=False)
