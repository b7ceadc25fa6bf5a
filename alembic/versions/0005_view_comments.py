"""PostgreSQL comments on every BI view and column, for psql, Metabase and Superset.

The texts come from newsdb/catalog.py, the one description of the views that
also writes docs/views.md and the Datasette metadata. Only the columns a view
has at this revision are commented. SQLite has no comments: nothing to do.

Revision ID: 0005_view_comments
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from newsdb.catalog import comments

revision: str = "0005_view_comments"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _literal(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def _columns(view: str) -> list[str]:
    return [c["name"] for c in sa.inspect(op.get_bind()).get_columns(view)]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for view, (comment, columns) in comments().items():
        op.execute(f"COMMENT ON VIEW {view} IS {_literal(comment)}")
        for column in _columns(view):
            if column in columns:
                op.execute(f"COMMENT ON COLUMN {view}.{column} IS {_literal(columns[column])}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for view in comments():
        op.execute(f"COMMENT ON VIEW {view} IS NULL")
        for column in _columns(view):
            op.execute(f"COMMENT ON COLUMN {view}.{column} IS NULL")
