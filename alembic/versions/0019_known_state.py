"""known_state: what was known when, one row per fact and stretch of days (issue 16).

Each deal, valuation, lawsuit and role gets a row per stretch of days over which
its status, amount and date as then reported (and its conflict count) held:
`known_from` the day the article that set them counts, `known_until` the day the
next change counts (NULL: still so). `--as-of` reads these rows where it computed
the values from every claim of every fact. This revision fills the table for
existing rows with the code `newsdb import` keeps it current with
(newsdb/load/known.py).

The claims' amount indexes (ix_evidence_reported_amount, 0012, and
ix_evidence_reported_amount_usd, 0016) served the ranking this table replaces:
dropped (the downgrade makes them again).

Revision ID: 0019_known_state
Revises: 0018_fact_standing
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from newsdb.load.known import refresh_known

revision: str = "0019_known_state"
down_revision: str | None = "0018_fact_standing"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FACTS = ("deal", "valuation", "lawsuit", "affiliation")
PRECISIONS = ("year", "month", "day")  # newsdb.vocab.Precision, as of this revision
CLAIM_AMOUNTS = ("reported_amount", "reported_amount_usd")  # indexed until this revision


def upgrade() -> None:
    one_fact = " + ".join(f"(CASE WHEN {fact}_id IS NULL THEN 0 ELSE 1 END)" for fact in FACTS)
    precisions = ", ".join(f"'{p}'" for p in PRECISIONS)
    op.create_table(
        "known_state",
        sa.Column("id", sa.Integer(), nullable=False),
        *(sa.Column(f"{fact}_id", sa.Integer(), nullable=True) for fact in FACTS),
        sa.Column("known_from", sa.Date(), nullable=False),
        sa.Column("known_until", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("amount", sa.Numeric(24, 2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("amount_usd", sa.Numeric(24, 2), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=5), nullable=True),
        sa.Column("size_rank", sa.SmallInteger(), nullable=True),
        sa.Column("conflicts", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint(f"{one_fact} = 1", name=op.f("ck_known_state_one_fact")),
        sa.CheckConstraint(
            "known_until IS NULL OR known_until > known_from", name=op.f("ck_known_state_stretch")
        ),
        sa.CheckConstraint(
            f"date_precision IN ({precisions})",
            name=op.f("ck_known_state_date_precision_values"),
        ),
        *(
            sa.ForeignKeyConstraint(
                [f"{fact}_id"],
                [f"{fact}.id"],
                name=op.f(f"fk_known_state_{fact}_id_{fact}"),
                ondelete="CASCADE",
            )
            for fact in FACTS
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_known_state")),
        sqlite_autoincrement=True,  # ids never reused, as on PostgreSQL (models/known.py)
    )
    for fact in FACTS:
        op.create_index(f"ix_known_state_{fact}_id", "known_state", [f"{fact}_id", "known_from"])
    op.create_index("ix_known_state_rank", "known_state", ["size_rank", "amount_usd", "amount"])
    with Session(bind=op.get_bind(), autoflush=False) as session:
        refresh_known(session)
    # the planners' statistics of the new rows: without them SQLite walks the deals'
    # own amount index and sorts, where ix_known_state_rank stops at the limit
    op.execute("ANALYZE known_state")
    for column in CLAIM_AMOUNTS:
        op.drop_index(op.f(f"ix_evidence_{column}"), table_name="evidence")


def downgrade() -> None:
    for column in CLAIM_AMOUNTS:
        op.create_index(op.f(f"ix_evidence_{column}"), "evidence", [column], unique=False)
    op.drop_table("known_state")
