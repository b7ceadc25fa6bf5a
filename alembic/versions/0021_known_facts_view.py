"""View known_facts: what was known when, fact by fact (--as-of for BI, issue 16).

`known_state` (0019) with each row's fact type and key: a BI tool asks how the news
stood on a day with `known_from <= DAY AND (known_until IS NULL OR known_until >
DAY)`, the rows `newsdb report … --as-of DAY` reads. Described in
newsdb/catalog.py; on PostgreSQL its comments come from there.

Revision ID: 0021_known_facts_view
Revises: 0020_keys_in_code_point_order
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from newsdb.catalog import comment_statements

revision: str = "0021_known_facts_view"
down_revision: str | None = "0020_keys_in_code_point_order"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "known_facts"
SQL = """
SELECT k.id AS known_state_id,
       CASE WHEN k.deal_id IS NOT NULL THEN 'deal'
            WHEN k.valuation_id IS NOT NULL THEN 'valuation'
            WHEN k.lawsuit_id IS NOT NULL THEN 'lawsuit'
            ELSE 'affiliation' END AS fact_type,
       COALESCE(d.key, v.key, l.key, af.key) AS fact_key,
       k.known_from, k.known_until,
       k.status, k.amount, k.currency, k.amount_usd,
       k.date, k.date_precision,
       k.conflicts
  FROM known_state k
  LEFT JOIN deal d ON d.id = k.deal_id
  LEFT JOIN valuation v ON v.id = k.valuation_id
  LEFT JOIN lawsuit l ON l.id = k.lawsuit_id
  LEFT JOIN affiliation af ON af.id = k.affiliation_id"""


def upgrade() -> None:
    op.execute(f"CREATE VIEW {NAME} AS {SQL}")
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        columns = [c["name"] for c in sa.inspect(bind).get_columns(NAME)]
        for statement in comment_statements(NAME, columns):
            op.execute(statement)


def downgrade() -> None:
    op.execute(f"DROP VIEW {NAME}")
