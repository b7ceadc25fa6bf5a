"""Read-only views for BI tools: deals, valuations, lawsuits and evidence, with names.

Documented in docs/views.md. The SQL is frozen here (not imported from newsdb)
so that this revision always builds the same views.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _agg(dialect: str, expression: str) -> str:
    """Join the rows' `expression` into one '; '-separated cell."""
    if dialect == "postgresql":
        return f"string_agg({expression}, '; ' ORDER BY {expression})"
    return f"group_concat({expression}, '; ')"


def _views(dialect: str) -> dict[str, str]:
    party = "COALESCE(o.name, p.name)"
    return {
        "deal_overview": f"""
SELECT d.id AS deal_id, d.key, d.title, d.kind, d.status,
       d.amount, d.currency, d.amount_text,
       d.announced, d.announced_precision, d.completed, d.completed_precision,
       (SELECT {_agg(dialect, f"{party} || ' (' || dp.role || ')'")}
          FROM deal_party dp
          LEFT JOIN organization o ON o.id = dp.organization_id
          LEFT JOIN person p ON p.id = dp.person_id
         WHERE dp.deal_id = d.id) AS parties,
       (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.deal_id = d.id)
         AS article_count,
       (SELECT min(a.published) FROM evidence e JOIN article a ON a.id = e.article_id
         WHERE e.deal_id = d.id) AS first_reported,
       d.origin, d.confidence, d.description, d.flags
  FROM deal d""",
        "valuation_history": """
SELECT v.id AS valuation_id, v.key, o.name AS organization, v.amount, v.currency,
       v.amount_text, v.as_of, v.as_of_precision, v.basis,
       d.title AS deal, v.origin, v.confidence
  FROM valuation v
  JOIN organization o ON o.id = v.organization_id
  LEFT JOIN deal d ON d.id = v.deal_id""",
        "lawsuit_overview": f"""
SELECT l.id AS lawsuit_id, l.key, l.title, l.status, l.filed, l.filed_precision,
       l.court, l.claims,
       (SELECT {_agg(dialect, party)}
          FROM lawsuit_party lp
          LEFT JOIN organization o ON o.id = lp.organization_id
          LEFT JOIN person p ON p.id = lp.person_id
         WHERE lp.lawsuit_id = l.id AND lp.role IN ('plaintiff', 'counter_plaintiff'))
         AS plaintiffs,
       (SELECT {_agg(dialect, party)}
          FROM lawsuit_party lp
          LEFT JOIN organization o ON o.id = lp.organization_id
          LEFT JOIN person p ON p.id = lp.person_id
         WHERE lp.lawsuit_id = l.id AND lp.role IN ('defendant', 'counter_defendant'))
         AS defendants,
       parent.title AS answers,
       (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.lawsuit_id = l.id)
         AS article_count,
       l.origin, l.confidence
  FROM lawsuit l
  LEFT JOIN lawsuit parent ON parent.id = l.parent_id""",
        "fact_evidence": """
SELECT e.id AS evidence_id,
       CASE WHEN e.deal_id IS NOT NULL THEN 'deal'
            WHEN e.valuation_id IS NOT NULL THEN 'valuation'
            WHEN e.lawsuit_id IS NOT NULL THEN 'lawsuit'
            ELSE 'affiliation' END AS fact_type,
       COALESCE(d.key, v.key, l.key, af.key) AS fact_key,
       COALESCE(d.title, l.title, vo.name, ap.name || ' — ' || af.role) AS fact,
       a.key AS article_key, a.title AS article_title, a.source, a.url,
       a.published, a.published_precision,
       e.quote, e.start_offset, e.end_offset, e.reported_status, e.origin
  FROM evidence e
  JOIN article a ON a.id = e.article_id
  LEFT JOIN deal d ON d.id = e.deal_id
  LEFT JOIN valuation v ON v.id = e.valuation_id
  LEFT JOIN organization vo ON vo.id = v.organization_id
  LEFT JOIN lawsuit l ON l.id = e.lawsuit_id
  LEFT JOIN affiliation af ON af.id = e.affiliation_id
  LEFT JOIN person ap ON ap.id = af.person_id""",
    }


def upgrade() -> None:
    for name, sql in _views(op.get_bind().dialect.name).items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(list(_views(op.get_bind().dialect.name))):
        op.execute(f"DROP VIEW {name}")
