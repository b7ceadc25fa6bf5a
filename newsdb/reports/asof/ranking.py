"""Deals known on a date ranked as `report deals` ranks them: on the amount (in USD)
and date as then reported, in SQL so a --limit reads little (`ranked_deals`),
and the same rank on built rows (`deal_rank`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb.models import Deal, DealParty, KnownState
from newsdb.reports.asof.known import holding, period
from newsdb.reports.common import Filters, in_text_order, origin_clause, party_filter

TOTAL = 2  # known_state.size_rank of a total amount (state.size_rank): 2 and 3


def deal_rank(row: dict):
    """As `report deals`: totals largest in the target currency first, then totals not
    converted (largest first), then per-share prices, then unknown sizes; then the
    latest date, the title."""
    total = row["amount"] is not None and row["per_unit"] is None
    converted = row["converted_amount"]
    tier = (0 if converted is not None else 1) if total else (2 if row["amount"] is not None else 3)
    return _rank(tier, converted, row["amount"], row["date"], row["title"])


def _rank(tier: int, converted, amount, date: str | None, title: str) -> tuple:
    return (
        tier,
        -converted if tier == 0 else 0,
        -amount if tier < 2 else 0,
        _descending(date or ""),
        title,
    )


def _descending(text: str) -> tuple:
    return (*(-ord(ch) for ch in text), 1)  # "" (no date) after every date


def ranked_deals(session: Session, filters: Filters) -> list[int]:
    """Ids of the deals known by `filters.as_of` that pass the filters on their values as
    then reported, ranked as `deal_rank` ranks their rows, at most `filters.limit`.

    Read from each deal's `known_state` row holding that day: the totals first, down
    ix_known_state_rank (largest USD value, then amount, first), stopping at the limit;
    then, if the limit leaves room, per-share prices and unsized deals."""
    state = KnownState.__table__.c
    query = (
        select(Deal.id)
        .join(KnownState, state.deal_id == Deal.id)
        .where(*holding(filters.as_of), origin_clause(Deal, filters), *period(state.date, filters))
    )
    if filters.kind:
        query = query.where(Deal.kind == filters.kind)
    if filters.status:
        query = query.where(state.status == filters.status)
    for subquery in party_filter(session, filters, DealParty, DealParty.deal_id):
        query = query.where(Deal.id.in_(subquery))
    # "day" < "month" < "year": of one date, the finer first
    tail = (
        state.date.desc().nulls_last(),
        state.date_precision,
        in_text_order(session, Deal.title),
    )
    totals = query.where(state.size_rank >= TOTAL).order_by(
        state.size_rank.desc(), state.amount_usd.desc(), state.amount.desc(), *tail, Deal.id
    )
    limit = filters.limit
    ids = list(session.scalars(totals.limit(limit)))
    if limit is None or len(ids) < limit:
        rest = query.where(state.size_rank < TOTAL).order_by(state.size_rank.desc(), *tail, Deal.id)
        ids += session.scalars(rest.limit(None if limit is None else limit - len(ids)))
    return ids
