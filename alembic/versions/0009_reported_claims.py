"""Evidence keeps what its article reported: amount, currency, date and parties.

Each piece of evidence already had the status its article reported; now it
also has the amount (with currency and wording) and the date (with precision)
that article gave, and the parties and roles it named (evidence_party), so
that a later article that differs overwrites nothing. NULL: the article does
not say. On SQLite the columns are added in place (ALTER TABLE … ADD COLUMN),
not by batch mode's table rebuild, which would trip over the views.

Revision ID: 0009_reported_claims
Revises: 0008_money_views
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_reported_claims"
down_revision: str | None = "0008_money_views"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRECISION = "reported_date_precision IN ('year', 'month', 'day')"
ROLES = (
    "acquirer",
    "target",
    "seller",
    "buyer",
    "investor",
    "investee",
    "host",
    "provider",
    "bidder",
    "partner",
    "client",
    "contractor",
    "plaintiff",
    "defendant",
    "counter_plaintiff",
    "counter_defendant",
    "other",
)
COLUMNS = (
    "reported_amount",
    "reported_currency",
    "reported_amount_text",
    "reported_date",
    "reported_date_precision",
)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("evidence", sa.Column("reported_amount", sa.Numeric(24, 2), nullable=True))
    op.add_column("evidence", sa.Column("reported_currency", sa.String(3), nullable=True))
    op.add_column("evidence", sa.Column("reported_amount_text", sa.Text(), nullable=True))
    op.add_column("evidence", sa.Column("reported_date", sa.Date(), nullable=True))
    name = "ck_evidence_reported_date_precision_values"
    if sqlite:
        op.execute(
            "ALTER TABLE evidence ADD COLUMN reported_date_precision VARCHAR(5) "
            f"CONSTRAINT {name} CHECK ({PRECISION})"
        )
    else:
        op.add_column(
            "evidence",
            sa.Column(
                "reported_date_precision",
                sa.Enum("year", "month", "day", name="precision", native_enum=False),
                nullable=True,
            ),
        )
        op.create_check_constraint(op.f(name), "evidence", PRECISION)
    op.create_table(
        "evidence_party",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column(
            "role",
            sa.Enum(*ROLES, name="partyrole", native_enum=False, length=20),
            nullable=False,
        ),
        sa.CheckConstraint(
            "role IN (" + ", ".join(f"'{r}'" for r in ROLES) + ")",
            name=op.f("ck_evidence_party_role_values"),
        ),
        sa.CheckConstraint(
            "(organization_id IS NULL) <> (person_id IS NULL)",
            name=op.f("ck_evidence_party_one_party"),
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_party_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_evidence_party_organization_id_organization"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_evidence_party_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_party")),
        sa.UniqueConstraint(
            "evidence_id",
            "role",
            "organization_id",
            "person_id",
            name=op.f("uq_evidence_party_evidence_id_role_organization_id_person_id"),
        ),
    )
    for column in ("evidence_id", "organization_id", "person_id"):
        op.create_index(
            op.f(f"ix_evidence_party_{column}"), "evidence_party", [column], unique=False
        )


def downgrade() -> None:
    for column in ("evidence_id", "organization_id", "person_id"):
        op.drop_index(op.f(f"ix_evidence_party_{column}"), table_name="evidence_party")
    op.drop_table("evidence_party")
    for column in reversed(COLUMNS):
        op.drop_column("evidence", column)  # a CHECK on the column goes with it
