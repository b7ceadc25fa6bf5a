"""Index evidence.reported_amount: `report deals --as-of` ranks on it.

The amount a deal had on a day is the one its latest counted article stated, so
`newsdb report deals --as-of DATE --limit N` reads the claims largest amount
first and stops once it has N deals (newsdb/reports/asof/ranking.py, ranked_deals);
without this index it sorts every claim.

Revision ID: 0012_evidence_amount_index
Revises: 0011_party_keys_checks_flags
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_evidence_amount_index"
down_revision: str | None = "0011_party_keys_checks_flags"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        op.f("ix_evidence_reported_amount"), "evidence", ["reported_amount"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_evidence_reported_amount"), table_name="evidence")
