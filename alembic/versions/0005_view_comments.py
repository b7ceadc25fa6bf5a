"""PostgreSQL comments on every BI view and column, for psql, Metabase and Superset.

The texts come from newsdb/catalog.py, the one description of the views that
also writes docs/views.md and the Datasette metadata. Only the columns a view
has at this revision are commented. SQLite has no comments: nothing to do.

Revision ID: 0005_view_comments
Revises: 0004_view_contract
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from newsdb.catalog import BY_NAME, comment_statements

revision: str = "0005_view_comments"
down_revision: str | None = "0004_view_contract"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _comment(remove: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    inspector = sa.inspect(op.get_bind())
    existing = set(inspector.get_view_names())
    for view in BY_NAME:
        if view not in existing:  # a later revision's view comments itself
            continue
        columns = [c["name"] for c in inspector.get_columns(view)]
        for statement in comment_statements(view, columns, remove=remove):
            op.execute(statement)


def upgrade() -> None:
    _comment(remove=False)


def downgrade() -> None:
    _comment(remove=True)
