"""Exact amounts at any size, their qualifiers, and their USD equivalent with its rate.

Representation (models.Money, models.ExactMoney):
- `amount` stays the number SQL sorts and sums: NUMERIC(24, 2) on PostgreSQL,
  exact; on SQLite an integer (exact to 9.2 × 10^18) or a double (exact to 15
  significant digits).
- `amount_exact` (new, VARCHAR(40), both databases) holds the decimal text to
  the cent ("12000000000000.00"): the amount the ORM reads, so nothing news
  prints is refused, rounded or dropped on SQLite any more.
- `qualifier` (up_to, more_than, less_than, about, at_least), `amount_high` and
  `amount_high_exact` (a range's upper bound; `amount` is then its lower bound),
  `per_unit` (`share` for a price per share, not a total).
- `amount_usd`, `usd_rate` (USD for one unit of `currency`), `rate_date`,
  `rate_source` and `rate_note` (why there is no conversion, or that it is undated)
  are filled by newsdb.fx on import (`newsdb import` refreshes them).

Existing amounts are copied into `amount_exact`; a money mention whose amount an
older version left NULL (too many digits for SQLite) gets it back from its
`normalized` text. Columns are added in place (ALTER TABLE … ADD COLUMN), as in 0003.

downgrade() on SQLite refuses, naming the first such deal or valuation, an amount
with more digits than the older format stored exactly (13 before the point);
such a mention's amount goes back to NULL, its text kept in `normalized`, as the
older version stored it.

Revision ID: 0007_exact_money
Revises: 0005_view_comments
Create Date: 2026-11-26
"""

from collections.abc import Sequence
from decimal import Context, Decimal

import sqlalchemy as sa
from alembic import op

revision: str = "0007_exact_money"
down_revision: str | None = "0005_view_comments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("deal", "valuation", "mention")
COLUMNS = (
    ("amount_exact", sa.String(40)),
    ("qualifier", sa.String(10)),
    ("amount_high", sa.Numeric(24, 2)),
    ("amount_high_exact", sa.String(40)),
    ("per_unit", sa.String(10)),
    ("amount_usd", sa.Numeric(24, 2)),
    ("usd_rate", sa.Numeric()),
    ("rate_date", sa.Date()),
    ("rate_source", sa.String(80)),
    ("rate_note", sa.String(200)),
)
CENT = Decimal("0.01")


def _decimal(value) -> Decimal:
    return Decimal(repr(value) if isinstance(value, float) else str(value)).quantize(
        CENT, context=Context(prec=60)
    )


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        for name, type_ in COLUMNS:
            op.add_column(table, sa.Column(name, type_))
    for table in TABLES:
        rows = bind.execute(sa.text(f"SELECT id, amount FROM {table} WHERE amount IS NOT NULL"))
        values = [{"id": i, "exact": f"{_decimal(amount):f}"} for i, amount in rows]
        if values:
            bind.execute(
                sa.text(f"UPDATE {table} SET amount_exact = :exact WHERE id = :id"), values
            )
    # Money mentions an older version stored without their amount (SQLite's 15
    # digits): the amount is in `normalized` ("<decimal> <currency>").
    lost = bind.execute(
        sa.text(
            "SELECT id, normalized FROM mention WHERE type = 'money' "
            "AND amount IS NULL AND normalized IS NOT NULL"
        )
    )
    values, too_long = [], []
    for i, normalized in lost:
        value = Decimal(normalized.split()[0]).quantize(CENT, context=Context(prec=60))
        exact = f"{value:f}"
        if len(exact) > 40:  # the text stays in `normalized`
            continue
        if max(value.adjusted() + 1, 1) + 2 <= 24:
            number = exact if bind.dialect.name == "sqlite" else value  # SQLite: no Decimal
            values.append({"id": i, "exact": exact, "number": number})
        else:  # beyond NUMERIC(24, 2): the exact text only, said so
            too_long.append({"id": i, "exact": exact})
    if values:
        bind.execute(
            sa.text("UPDATE mention SET amount_exact = :exact, amount = :number WHERE id = :id"),
            values,
        )
    if too_long:
        bind.execute(
            sa.text(
                "UPDATE mention SET amount_exact = :exact, "
                "rate_note = 'amount beyond NUMERIC(24, 2): exact text only' WHERE id = :id"
            ),
            too_long,
        )


def _old_sqlite_fits(value: Decimal) -> bool:
    """What models.Money stored on SQLite before this revision: 15 digits, to the cent."""
    return max(value.adjusted() + 1, 1) + 2 <= 15


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for table in ("deal", "valuation"):
            rows = bind.execute(sa.text(f"SELECT key, amount_exact FROM {table}"))
            for key, exact in rows:
                if exact is not None and not _old_sqlite_fits(Decimal(exact)):
                    raise RuntimeError(
                        f"cannot downgrade below 0007_exact_money: {table} {key!r} has amount "
                        f"{exact}, more digits than the older SQLite format stores exactly"
                    )
        # The older version kept such a mention's amount in `normalized` only.
        rows = bind.execute(sa.text("SELECT id, amount_exact FROM mention"))
        ids = [{"id": i} for i, exact in rows if exact and not _old_sqlite_fits(Decimal(exact))]
        if ids:
            bind.execute(sa.text("UPDATE mention SET amount = NULL WHERE id = :id"), ids)
    for table in TABLES:
        for name, _ in reversed(COLUMNS):
            op.drop_column(table, name)
