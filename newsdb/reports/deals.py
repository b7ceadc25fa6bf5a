"""`deals`: ranked by size (largest first, unknown sizes last), with parties and sources."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from newsdb.models import Deal, DealParty, Evidence
from newsdb.partial_date import PartialDate
from newsdb.reports import asof
from newsdb.reports.common import (
    Filters,
    evidence_for,
    in_text_order,
    origin_clause,
    party_filter,
)
from newsdb.reports.output import Layout, date_text
from newsdb.vocab import DealStatus

FIELDS = [
    "key",
    "title",
    "kind",
    "status",
    "amount",
    "currency",
    "amount_text",
    "date",
    "date_precision",
    "parties",
    "articles",
    "first_reported",
    "first_reported_precision",
    "first_reported_by",
    "confirmed",
    "confirmed_precision",
    "days_to_confirm",
    "origin",
    "flags",
]
TABLE = Layout(
    ["title", "status", "amount", "date", "parties", "articles"],
    notes=("flags",),
    fields=FIELDS,
)
CONFIRMING = {DealStatus.ANNOUNCED, DealStatus.COMPLETED}


def deals(session: Session, filters: Filters) -> list[dict]:
    if filters.as_of is not None:  # what was reported by then: a separate step
        return asof.deals(session, filters, deals)
    date = func.coalesce(Deal.announced, Deal.completed)
    query = (
        select(Deal)
        .where(origin_clause(Deal, filters))
        .options(
            selectinload(Deal.parties).selectinload(DealParty.organization),
            selectinload(Deal.parties).selectinload(DealParty.person),
        )
    )
    if filters.kind:
        query = query.where(Deal.kind == filters.kind)
    if filters.status:
        query = query.where(Deal.status == filters.status)
    if filters.since:
        query = query.where(date >= filters.since)
    if filters.until:
        query = query.where(date <= filters.until)
    for subquery in party_filter(session, filters, DealParty, DealParty.deal_id):
        query = query.where(Deal.id.in_(subquery))
    # Sized deals first, then the others: two queries, so that each database can
    # walk ix_deal_amount backwards instead of sorting every deal.
    title = in_text_order(session, Deal.title)
    sized = query.where(Deal.amount.is_not(None)).order_by(
        Deal.amount.desc(), date.desc().nulls_last(), title
    )
    rows = session.scalars(sized.limit(filters.limit)).all()
    if filters.limit is None or len(rows) < filters.limit:
        rest = query.where(Deal.amount.is_(None)).order_by(date.desc().nulls_last(), title)
        remaining = None if filters.limit is None else filters.limit - len(rows)
        rows += session.scalars(rest.limit(remaining)).all()
    evidence = evidence_for(session, Evidence.deal_id, [d.id for d in rows])
    return [_row(deal, evidence[deal.id]) for deal in rows]


def _row(deal: Deal, evidence: list) -> dict:
    date, precision = (
        (deal.announced, deal.announced_precision)
        if deal.announced
        else (deal.completed, deal.completed_precision)
    )
    # Ordered by the last day each article's date can mean: an article of "May 2025"
    # is not taken as earlier than one of 2 May 2025.
    dated = sorted(
        (row for row in evidence if row.published is not None),
        key=lambda row: (PartialDate(row.published, row.published_precision).last_day(), row.key),
    )
    first = dated[0] if dated else None
    confirmed = next((row for row in dated if row.Evidence.reported_status in CONFIRMING), None)
    days = None
    if first and confirmed and first.published_precision == confirmed.published_precision == "day":
        days = (confirmed.published - first.published).days
    return {
        "key": deal.key,
        "title": deal.title,
        "kind": deal.kind.value,
        "status": deal.status.value,
        "amount": deal.amount,
        "currency": deal.currency,
        "amount_text": deal.amount_text,
        "date": date_text(date, precision),
        "date_precision": precision.value if precision else None,
        "parties": [
            {"name": (p.organization or p.person).name, "role": p.role.value}
            for p in sorted(deal.parties, key=party_order)
        ],
        "articles": len({row.Evidence.article_id for row in evidence}),
        **_dated("first_reported", first),
        "first_reported_by": first.key if first else None,
        **_dated("confirmed", confirmed),
        "days_to_confirm": days,
        "origin": deal.origin.value,
        "flags": deal.flags.split(",") if deal.flags else [],
    }


def party_order(party) -> tuple[str, str]:
    """Parties are listed by role, then name (code-point order), as in the views."""
    return party.role.value, (party.organization or party.person).name


def _dated(name: str, row) -> dict:
    precision = row.published_precision if row else None
    return {
        name: date_text(row.published, precision) if row else None,
        f"{name}_precision": precision.value if precision else None,
    }
