"""Organizations and people created by automatic fact extraction are marked as such.

A reviewer exports them with the facts that name them (`newsdb review export`).
On SQLite the column and its CHECK are added in place (ALTER TABLE … ADD
COLUMN), not by batch mode's table rebuild, which would trip over the views
and the foreign keys of tables with rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("organization", "person")
VALUES = "origin IN ('curated', 'extracted')"


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        name = f"ck_{table}_origin_values"
        if sqlite:
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN origin VARCHAR(10) DEFAULT 'curated' NOT NULL "
                f"CONSTRAINT {name} CHECK ({VALUES})"
            )
        else:
            op.add_column(
                table, sa.Column("origin", sa.String(10), server_default="curated", nullable=False)
            )
            op.create_check_constraint(op.f(name), table, VALUES)


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "origin")  # its CHECK goes with it
