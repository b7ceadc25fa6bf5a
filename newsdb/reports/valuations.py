"""`valuations`: each organization's valuation points over time, with the change."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb.models import Deal, Organization, Valuation
from newsdb.partial_date import date_text
from newsdb.reports import asof
from newsdb.reports.common import Filters, find_entity, in_text_order, origin_clause
from newsdb.reports.deals import MONEY_FIELDS, _convert, money_fields
from newsdb.reports.output import Layout

FIELDS = [
    "key",
    "organization",
    "amount",
    "currency",
    "amount_text",
    "date",
    "date_precision",
    "basis",
    "deal",
    "change",
    "origin",
    *MONEY_FIELDS,  # what the amount means, its conversion
    "converted_change",
]
TABLE = Layout(["organization", "date", "amount", "basis", "change"], fields=FIELDS)


def valuations(session: Session, filters: Filters) -> list[dict]:
    if filters.as_of is not None:  # what was reported by then: a separate step
        return asof.valuations(session, filters, valuations)
    query = (
        select(Valuation, Organization.name, Deal.title)
        .join(Organization, Organization.id == Valuation.organization_id)
        .outerjoin(Deal, Deal.id == Valuation.deal_id)
        .where(origin_clause(Valuation, filters))
        .order_by(
            in_text_order(session, Organization.name),
            Valuation.as_of.is_(None),
            Valuation.as_of,
            Valuation.id,
        )
    )
    if filters.org:
        ids = [find_entity(session, name, ("organization",)).id for name in filters.org]
        query = query.where(Valuation.organization_id.in_(ids))
    target = filters.currency or "USD"
    rows, previous, converted_before = [], {}, {}
    for valuation, organization, deal in session.execute(query):
        before = previous.get((organization, valuation.currency))
        previous[organization, valuation.currency] = valuation.amount
        conversion = _convert(valuation, target)
        last = converted_before.get(organization)
        if conversion.amount is not None:
            converted_before[organization] = conversion.amount
        if filters.since and (valuation.as_of is None or valuation.as_of < filters.since):
            continue
        if filters.until and (valuation.as_of is None or valuation.as_of > filters.until):
            continue
        precision = valuation.as_of_precision
        rows.append(
            {
                "key": valuation.key,
                "organization": organization,
                "amount": valuation.amount,
                "currency": valuation.currency,
                "amount_text": valuation.amount_text,
                "date": date_text(valuation.as_of, precision),
                "date_precision": precision.value if precision else None,
                "basis": valuation.basis.value,
                "deal": deal,
                "change": valuation.amount - before if before is not None else None,
                "origin": valuation.origin.value,
                **money_fields(valuation, conversion, target),
                "converted_change": conversion.amount - last
                if conversion.amount is not None and last is not None
                else None,
            }
        )
    return rows[: filters.limit] if filters.limit else rows
