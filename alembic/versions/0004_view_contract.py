"""The views say what the CLI says: party order, flag separator, first report.

- Parties (deal_overview) and plaintiffs/defendants (lawsuit_overview) are
  listed by role, then name in code-point order (COLLATE "C" on PostgreSQL,
  SQLite's BINARY), as `newsdb report` lists them.
- deal_overview.flags is `; `-separated, like parties and the CLI's cells.
- deal_overview.first_reported is the date of the article `newsdb report
  deals` calls the first: the earliest by the last day its date can mean (an
  article of "May 2025" is not earlier than one of 2 May 2025), then by
  article key. New columns, added at the end: first_reported_precision and
  first_reported_by (that article's key).

The SQL is frozen here, as in 0002; downgrade() rebuilds 0002's views.

Revision ID: 0004_view_contract
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_view_contract"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VIEWS = ("deal_overview", "lawsuit_overview")


def _ordered_agg(dialect: str, expression: str, source: str, order: str) -> str:
    """`expression` of the rows of `source`, `; `-separated, in `order`."""
    if dialect == "postgresql":
        return f"(SELECT string_agg({expression}, '; ' ORDER BY {order}) {source})"
    # SQLite before 3.44 has no ORDER BY inside group_concat: it joins the rows
    # in the order the subquery gives them.
    return (
        f"(SELECT group_concat(item, '; ') FROM "
        f"(SELECT {expression} AS item {source} ORDER BY {order}))"
    )


def _last_day(dialect: str) -> str:
    """The last day article a's publication date can mean, at its precision."""
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


def _views(dialect: str) -> dict[str, str]:
    collate = ' COLLATE "C"' if dialect == "postgresql" else ""
    party = "COALESCE(o.name, p.name)"
    parties = """FROM deal_party dp
          LEFT JOIN organization o ON o.id = dp.organization_id
          LEFT JOIN person p ON p.id = dp.person_id
         WHERE dp.deal_id = d.id"""
    first = f"""FROM evidence e JOIN article a ON a.id = e.article_id
         WHERE e.deal_id = d.id AND a.published IS NOT NULL
         ORDER BY {_last_day(dialect)}, a.key{collate} LIMIT 1"""

    def side(roles: str) -> str:
        source = f"""FROM lawsuit_party lp
          LEFT JOIN organization o ON o.id = lp.organization_id
          LEFT JOIN person p ON p.id = lp.person_id
         WHERE lp.lawsuit_id = l.id AND lp.role IN ({roles})"""
        return _ordered_agg(dialect, party, source, f"lp.role{collate}, {party}{collate}")

    return {
        "deal_overview": f"""
SELECT d.id AS deal_id, d.key, d.title, d.kind, d.status,
       d.amount, d.currency, d.amount_text,
       d.announced, d.announced_precision, d.completed, d.completed_precision,
       {
            _ordered_agg(
                dialect,
                f"{party} || ' (' || dp.role || ')'",
                parties,
                f"dp.role{collate}, {party}{collate}",
            )
        } AS parties,
       (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.deal_id = d.id)
         AS article_count,
       (SELECT a.published {first}) AS first_reported,
       d.origin, d.confidence, d.description,
       replace(d.flags, ',', '; ') AS flags,
       (SELECT a.published_precision {first}) AS first_reported_precision,
       (SELECT a.key {first}) AS first_reported_by
  FROM deal d""",
        "lawsuit_overview": f"""
SELECT l.id AS lawsuit_id, l.key, l.title, l.status, l.filed, l.filed_precision,
       l.court, l.claims,
       {side("'plaintiff', 'counter_plaintiff'")} AS plaintiffs,
       {side("'defendant', 'counter_defendant'")} AS defendants,
       parent.title AS answers,
       (SELECT count(DISTINCT e.article_id) FROM evidence e WHERE e.lawsuit_id = l.id)
         AS article_count,
       l.origin, l.confidence
  FROM lawsuit l
  LEFT JOIN lawsuit parent ON parent.id = l.parent_id""",
    }


def _views_0002(dialect: str) -> dict[str, str]:
    """The two views as revision 0002 made them (frozen copy, for downgrade)."""

    def agg(expression: str) -> str:
        if dialect == "postgresql":
            return f"string_agg({expression}, '; ' ORDER BY {expression})"
        return f"group_concat({expression}, '; ')"

    party = "COALESCE(o.name, p.name)"
    return {
        "deal_overview": f"""
SELECT d.id AS deal_id, d.key, d.title, d.kind, d.status,
       d.amount, d.currency, d.amount_text,
       d.announced, d.announced_precision, d.completed, d.completed_precision,
       (SELECT {agg(f"{party} || ' (' || dp.role || ')'")}
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
        "lawsuit_overview": f"""
SELECT l.id AS lawsuit_id, l.key, l.title, l.status, l.filed, l.filed_precision,
       l.court, l.claims,
       (SELECT {agg(party)}
          FROM lawsuit_party lp
          LEFT JOIN organization o ON o.id = lp.organization_id
          LEFT JOIN person p ON p.id = lp.person_id
         WHERE lp.lawsuit_id = l.id AND lp.role IN ('plaintiff', 'counter_plaintiff'))
         AS plaintiffs,
       (SELECT {agg(party)}
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
    }


def _replace(views: dict[str, str]) -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW {name}")
        op.execute(f"CREATE VIEW {name} AS {views[name]}")


def upgrade() -> None:
    _replace(_views(op.get_bind().dialect.name))


def downgrade() -> None:
    _replace(_views_0002(op.get_bind().dialect.name))
