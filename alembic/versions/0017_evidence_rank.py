"""Evidence.rank: a curator can rank one article's claims, as Wikidata ranks statements.

`rank: preferred` on a curated evidence entry makes its claims (amount, date,
status, roles) the preferred ones of its fact in `newsdb report conflicts`,
whatever the stated rule (curated over extracted, then the most specific, then
the latest report) would pick; `rank: deprecated` makes them lose to any other.
Every other evidence is `normal` (docs/formats.md). A plain ADD COLUMN with its
CHECK: no view reads the column, so none is rebuilt (SQLite ≥ 3.35 drops it).

Revision ID: 0017_evidence_rank
Revises: 0016_evidence_usd
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017_evidence_rank"
down_revision: str | None = "0016_evidence_usd"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RANKS = ("preferred", "normal", "deprecated")  # newsdb.vocab.Rank, as of this revision


def upgrade() -> None:
    values = ", ".join(f"'{rank}'" for rank in RANKS)
    op.execute(
        "ALTER TABLE evidence ADD COLUMN rank VARCHAR(10) DEFAULT 'normal' NOT NULL"
        f" CONSTRAINT ck_evidence_rank_values CHECK (rank IN ({values}))"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE evidence DROP COLUMN rank")
