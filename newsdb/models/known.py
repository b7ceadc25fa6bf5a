"""What was known when (issue 16): each fact's state as the articles published by a day
reported it, one row per stretch of days over which that state held.

`--as-of DATE` reads the row of each fact with `known_from <= DATE` and
`known_until` NULL or after DATE, so a report filters and ranks facts on their
values as then reported down an index and stops at its limit, where computing
them from the claims read every claim of every fact. Kept by newsdb/load/known.py
on import, from the claims (reports/claims.py) by the --as-of rules
(reports/asof/state.py).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from newsdb.models.base import Base, intpk
from newsdb.vocab import Precision

FACT_COLUMNS = ("deal_id", "valuation_id", "lawsuit_id", "affiliation_id")


class KnownState(Base):
    """One fact's status, amount and date as then reported, from `known_from` (the day
    the last article changing them counts: the last day its date can mean) until
    `known_until` (the day the next one counts; NULL: still so). No row before its
    first dated article: an undated article never counts."""

    __tablename__ = "known_state"
    __table_args__ = (
        CheckConstraint(
            " + ".join(f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)" for c in FACT_COLUMNS) + " = 1",
            name="one_fact",
        ),
        CheckConstraint("known_until IS NULL OR known_until > known_from", name="stretch"),
        # a fact's state on a day: found by its id and the day
        *(Index(f"ix_known_state_{c}", c, "known_from") for c in FACT_COLUMNS),
        # `report deals --as-of` walks this backwards (largest first) and stops at its limit
        Index("ix_known_state_rank", "size_rank", "amount_usd", "amount"),
        # an import replaces a fact's rows: never reuse the ids of deleted ones, as
        # PostgreSQL's sequence does not, so both number the rows alike
        {"sqlite_autoincrement": True},
    )

    id: Mapped[intpk]
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"))
    valuation_id: Mapped[int | None] = mapped_column(ForeignKey("valuation.id", ondelete="CASCADE"))
    lawsuit_id: Mapped[int | None] = mapped_column(ForeignKey("lawsuit.id", ondelete="CASCADE"))
    affiliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("affiliation.id", ondelete="CASCADE")
    )
    known_from: Mapped[dt.date]
    known_until: Mapped[dt.date | None]
    status: Mapped[str | None] = mapped_column(String(20))
    amount: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    amount_usd: Mapped[Decimal | None]
    date: Mapped[dt.date | None]
    date_precision: Mapped[Precision | None]
    # deals: the tier `report deals` ranks in, best first: 3 a total in USD, 2 a total
    # not converted, 1 a price per share, 0 no amount (then amount_usd, amount within)
    size_rank: Mapped[int | None] = mapped_column(SmallInteger)
    conflicts: Mapped[int] = mapped_column(default=0, server_default="0")  # report conflicts' rows
