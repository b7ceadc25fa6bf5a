"""`deals`: ranked by size (largest first, unknown sizes last), with parties and sources."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from newsdb import fx
from newsdb.models import Deal, DealParty, Evidence
from newsdb.partial_date import PartialDate, date_text
from newsdb.reports import asof
from newsdb.reports.common import (
    Filters,
    days_between,
    evidence_for,
    in_text_order,
    origin_clause,
    party_filter,
)
from newsdb.reports.output import Layout
from newsdb.vocab import DealStatus

# What an amount means, and its conversion with provenance (the keys of money_fields).
MONEY_FIELDS = [
    "qualifier",
    "amount_high",
    "per_unit",
    "converted_amount",
    "converted_amount_high",
    "converted_currency",
    "rate",
    "rate_date",
    "rate_source",
    "rate_note",
]
FIELDS = [
    "key",
    "title",
    "kind",
    "status",
    "amount",
    "currency",
    "amount_text",
    "basis",
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
    *MONEY_FIELDS,
]
TABLE = Layout(
    ["title", "status", "amount", "date", "parties", "articles"],
    notes=("basis", "flags"),
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
    # Totals first, largest in the target currency first (`--currency`, USD by
    # default), then amounts that could not be converted, then per-share prices
    # and unsized deals: a price per share is never ranked against deal values.
    target = filters.currency or "USD"
    title = in_text_order(session, Deal.title)
    total = Deal.amount.is_not(None) & Deal.per_unit.is_(None)
    if target == "USD":  # two reads down the indexes (amount_usd, then amount): no sort of all
        usd, limit = Deal.amount_usd, filters.limit
        rows = _first(session, query.where(total, usd.is_not(None)), limit, usd, date, title)
        if limit is None or len(rows) < limit:
            left = None if limit is None else limit - len(rows)
            rows += _first(session, query.where(total, usd.is_(None)), left, None, date, title)
        converted = {d.id: _stored(d) for d in rows}
    else:
        rows = session.scalars(query.where(total).order_by(date.desc().nulls_last(), title)).all()
        converted = {d.id: _convert(d, target) for d in rows}
        rows = sorted(
            rows,
            key=lambda d: (converted[d.id].amount is None, -(converted[d.id].amount or 0)),
        )[: filters.limit]
    if filters.limit is None or len(rows) < filters.limit:
        rest = query.where(~total).order_by(Deal.amount.is_(None), date.desc().nulls_last(), title)
        remaining = None if filters.limit is None else filters.limit - len(rows)
        more = session.scalars(rest.limit(remaining)).all()
        converted |= {d.id: _convert(d, target) for d in more}
        rows += more
    evidence = evidence_for(session, Evidence.deal_id, [d.id for d in rows])
    return [_row(deal, evidence[deal.id], converted[deal.id], target) for deal in rows]


def _first(session: Session, query, limit: int | None, usd, date, title) -> list[Deal]:
    """The first `limit` deals of `query`, largest first: by USD value when `usd` is
    given, then by the amount as stated, the latest, the title."""
    order = [Deal.amount.desc(), date.desc().nulls_last(), title]
    if usd is not None:
        order.insert(0, usd.desc())
    return list(session.scalars(query.order_by(*order).limit(limit)))


def _row(deal: Deal, evidence: list, conversion: fx.Conversion, target: str) -> dict:
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
    return {
        "key": deal.key,
        "title": deal.title,
        "kind": deal.kind.value,
        "status": deal.status.value,
        "amount": deal.amount,
        "currency": deal.currency,
        "amount_text": deal.amount_text,
        "basis": deal.basis.value if deal.basis else None,
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
        "days_to_confirm": days_between(first, confirmed),
        "origin": deal.origin.value,
        "flags": list(deal.flags),
        **money_fields(deal, conversion, target),
    }


def money_fields(row, conversion: fx.Conversion, target: str) -> dict:
    """The amount's qualifiers, and its conversion with the rate that made it (a
    range's upper bound at the same rate)."""
    return {
        "qualifier": row.qualifier,
        "amount_high": row.amount_high,
        "per_unit": row.per_unit,
        "converted_amount": conversion.amount,
        "converted_amount_high": fx.at_rate(row.amount_high, conversion.rate),
        "converted_currency": target if row.amount is not None else None,
        "rate": conversion.rate,
        "rate_date": conversion.rate_date.isoformat() if conversion.rate_date else None,
        "rate_source": conversion.source,
        "rate_note": conversion.note,
    }


def _stored(row) -> fx.Conversion:
    """The USD equivalent stored on import (newsdb/load/conversions.py)."""
    return fx.Conversion(
        row.amount_usd, row.usd_rate, row.rate_date, row.rate_source, row.rate_note
    )


def _convert(row, target: str) -> fx.Conversion:
    """In `target`: the stored USD one, else at the day of the stored USD rate (the
    same date choice), keeping its note (undated, month or year precision)."""
    if target == "USD" or row.amount is None:
        return _stored(row)
    if row.rate_source is None and row.rate_note and row.currency != target:
        return fx.Conversion(None, None, None, None, row.rate_note)  # not covered: say why
    conversion = fx.convert(row.amount, row.currency, row.rate_date, target=target)
    note = "; ".join(dict.fromkeys(n for n in (row.rate_note, conversion.note) if n)) or None
    return fx.Conversion(
        conversion.amount, conversion.rate, conversion.rate_date, conversion.source, note
    )


def party_order(party) -> tuple[str, str]:
    """Parties are listed by role, then name (code-point order), as in the views."""
    return party.role.value, (party.organization or party.person).name


def _dated(name: str, row) -> dict:
    precision = row.published_precision if row else None
    return {
        name: date_text(row.published, precision) if row else None,
        f"{name}_precision": precision.value if precision else None,
    }
