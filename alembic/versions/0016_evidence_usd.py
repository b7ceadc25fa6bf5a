"""evidence.reported_amount_usd: what an article reported, in USD, indexed.

`report deals --as-of DATE` shows the amount the latest counted article reported
and ranks deals by its USD equivalent, as `report deals` ranks by `amount_usd`
(issue 15 × issue 16). The database ranks and stops at --limit
(newsdb/reports/asof/ranking.py, ranked_deals), so the USD value is an indexed column;
`ix_evidence_reported_amount` (0012) still serves the amounts with no conversion.

The value is the one `--as-of` shows: the fact's own `amount_usd` when the
article reported the fact's amount and currency, else `fx.claim_conversion`
(the date the article gave the fact, else the fact's own date, else the
article's publication date). This revision fills it for existing rows;
`newsdb import` keeps it current (newsdb/load/conversions.py).

Revision ID: 0016_evidence_usd
Revises: 0015_deal_usd_index
Create Date: 2026-11-26
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

from newsdb import fx

revision: str = "0016_evidence_usd"
down_revision: str | None = "0015_deal_usd_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Per fact table: its evidence column and its own dates (with precision), by priority.
FACTS = {
    "deal": ("deal_id", ("announced", "completed")),
    "valuation": ("valuation_id", ("as_of",)),
}


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _decimal(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(repr(value) if isinstance(value, float) else str(value))


def _fill(bind) -> None:
    sqlite = bind.dialect.name == "sqlite"
    for table, (column, dates) in FACTS.items():
        own = ", ".join(f"f.{name}, f.{name}_precision" for name in dates)
        rows = bind.execute(
            sa.text(
                "SELECT e.id, e.reported_amount, e.reported_currency, e.reported_date, "
                "e.reported_date_precision, a.published, a.published_precision, "
                f"f.amount_exact, f.currency, f.amount_usd, {own} "
                f"FROM evidence e JOIN article a ON a.id = e.article_id "
                f"JOIN {table} f ON f.id = e.{column} WHERE e.reported_amount IS NOT NULL"
            )
        ).all()
        updates = []
        for id_, amount, currency, date, precision, published, p_precision, *fact in rows:
            amount = _decimal(amount)
            fact_amount, fact_currency, fact_usd, *own_dates = fact
            if (amount, currency) == (_decimal(fact_amount), fact_currency):
                usd = _decimal(fact_usd)
            else:
                pairs = [(_date(date), precision)]
                pairs += [
                    (_date(d), p) for d, p in zip(own_dates[::2], own_dates[1::2], strict=True)
                ]
                pairs.append((_date(published), p_precision))
                usd = fx.claim_conversion(amount, currency, *pairs).amount
            if usd is not None:
                updates.append({"id": id_, "usd": f"{usd:f}" if sqlite else usd})
        if updates:
            bind.execute(
                sa.text("UPDATE evidence SET reported_amount_usd = :usd WHERE id = :id"), updates
            )


def upgrade() -> None:
    op.add_column("evidence", sa.Column("reported_amount_usd", sa.Numeric(24, 2)))
    op.create_index(
        op.f("ix_evidence_reported_amount_usd"), "evidence", ["reported_amount_usd"], unique=False
    )
    _fill(op.get_bind())


def downgrade() -> None:
    op.drop_index(op.f("ix_evidence_reported_amount_usd"), table_name="evidence")
    op.drop_column("evidence", "reported_amount_usd")
