"""View reported_claims: what each article reported, and from when it was known (--as-of for BI).

One row per piece of evidence with the status, amount, date and parties its
article reported, and `known_from`: the last day the article's publication date
can mean (a "2025-05" article from 2025-05-31; NULL when undated). A BI tool
asks what the news said on a day with `WHERE known_from <= DATE`, as `newsdb
report … --as-of DATE` does. Described in newsdb/catalog.py; on PostgreSQL its
comments come from there.

Revision ID: 0010_reported_claims_view
Revises: 0009_reported_claims
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from newsdb.catalog import comment_statements

revision: str = "0010_reported_claims_view"
down_revision: str | None = "0009_reported_claims"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "reported_claims"


def _sql(dialect: str) -> str:
    if dialect == "postgresql":
        known_from = (
            "CASE a.published_precision"
            " WHEN 'month' THEN (a.published + interval '1 month' - interval '1 day')::date"
            " WHEN 'year' THEN (a.published + interval '1 year' - interval '1 day')::date"
            " ELSE a.published END"
        )
        parties = (
            "(SELECT string_agg(COALESCE(o.name, p.name) || ' (' || ep.role || ')', '; '"
            ' ORDER BY ep.role COLLATE "C", COALESCE(o.name, p.name) COLLATE "C")'
            " FROM evidence_party ep LEFT JOIN organization o ON o.id = ep.organization_id"
            " LEFT JOIN person p ON p.id = ep.person_id WHERE ep.evidence_id = e.id)"
        )
    else:
        known_from = (
            "CASE a.published_precision"
            " WHEN 'month' THEN date(a.published, '+1 month', '-1 day')"
            " WHEN 'year' THEN date(a.published, '+1 year', '-1 day')"
            " ELSE a.published END"
        )
        parties = (
            "(SELECT group_concat(party, '; ') FROM (SELECT COALESCE(o.name, p.name)"
            " || ' (' || ep.role || ')' AS party FROM evidence_party ep"
            " LEFT JOIN organization o ON o.id = ep.organization_id"
            " LEFT JOIN person p ON p.id = ep.person_id WHERE ep.evidence_id = e.id"
            " ORDER BY ep.role, COALESCE(o.name, p.name)))"
        )
    return f"""
SELECT e.id AS evidence_id,
       CASE WHEN e.deal_id IS NOT NULL THEN 'deal'
            WHEN e.valuation_id IS NOT NULL THEN 'valuation'
            WHEN e.lawsuit_id IS NOT NULL THEN 'lawsuit'
            ELSE 'affiliation' END AS fact_type,
       COALESCE(d.key, v.key, l.key, af.key) AS fact_key,
       a.key AS article_key,
       a.published, a.published_precision,
       {known_from} AS known_from,
       e.reported_status,
       e.reported_amount, e.reported_currency, e.reported_amount_text,
       e.reported_date, e.reported_date_precision,
       {parties} AS reported_parties,
       e.quote, e.origin
  FROM evidence e
  JOIN article a ON a.id = e.article_id
  LEFT JOIN deal d ON d.id = e.deal_id
  LEFT JOIN valuation v ON v.id = e.valuation_id
  LEFT JOIN lawsuit l ON l.id = e.lawsuit_id
  LEFT JOIN affiliation af ON af.id = e.affiliation_id"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(f"CREATE VIEW {NAME} AS {_sql(dialect)}")
    if dialect == "postgresql":
        columns = [c["name"] for c in sa.inspect(op.get_bind()).get_columns(NAME)]
        for statement in comment_statements(NAME, columns):
            op.execute(statement)


def downgrade() -> None:
    op.execute(f"DROP VIEW {NAME}")
