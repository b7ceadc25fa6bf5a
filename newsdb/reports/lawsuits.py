"""`lawsuits`: plaintiffs, defendants, filing date, status and the suit a countersuit answers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, selectinload

from newsdb.models import Evidence, Lawsuit, LawsuitParty
from newsdb.partial_date import date_text
from newsdb.reports import asof
from newsdb.reports.common import (
    Filters,
    evidence_for,
    in_text_order,
    origin_clause,
    party_filter,
)
from newsdb.reports.deals import party_order
from newsdb.reports.output import Layout
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES, PartyRole

FIELDS = [
    "key",
    "title",
    "status",
    "filed",
    "filed_precision",
    "plaintiffs",
    "defendants",
    "answers",
    "court",
    "claims",
    "articles",
    "origin",
]
TABLE = Layout(["title", "status", "filed", "plaintiffs", "defendants", "answers"], fields=FIELDS)


def lawsuits(session: Session, filters: Filters) -> list[dict]:
    if filters.as_of is not None:  # what was reported by then: a separate step
        return asof.lawsuits(session, filters, lawsuits)
    parent = aliased(Lawsuit)
    query = (
        select(Lawsuit, parent.title)
        .outerjoin(parent, parent.id == Lawsuit.parent_id)
        .where(origin_clause(Lawsuit, filters))
        .options(
            selectinload(Lawsuit.parties).selectinload(LawsuitParty.organization),
            selectinload(Lawsuit.parties).selectinload(LawsuitParty.person),
        )
        .order_by(  # not `filed IS NULL`: the index on filed serves this order
            Lawsuit.filed.asc().nulls_last(), in_text_order(session, Lawsuit.title), Lawsuit.id
        )
        .limit(filters.limit)
    )
    if filters.status:
        query = query.where(Lawsuit.status == filters.status)
    if filters.since:
        query = query.where(Lawsuit.filed >= filters.since)
    if filters.until:
        query = query.where(Lawsuit.filed <= filters.until)
    for subquery in party_filter(session, filters, LawsuitParty, LawsuitParty.lawsuit_id):
        query = query.where(Lawsuit.id.in_(subquery))
    rows = session.execute(query).all()
    evidence = evidence_for(session, Evidence.lawsuit_id, [suit.id for suit, _ in rows])
    return [_row(suit, answers, evidence[suit.id]) for suit, answers in rows]


def _names(suit: Lawsuit, roles: set[PartyRole]) -> list[str]:
    return [
        (p.organization or p.person).name
        for p in sorted(suit.parties, key=party_order)
        if p.role in roles
    ]


def _row(suit: Lawsuit, answers: str | None, evidence: list) -> dict:
    precision = suit.filed_precision
    return {
        "key": suit.key,
        "title": suit.title,
        "status": suit.status.value,
        "filed": date_text(suit.filed, precision),
        "filed_precision": precision.value if precision else None,
        "plaintiffs": _names(suit, PLAINTIFF_ROLES),
        "defendants": _names(suit, DEFENDANT_ROLES),
        "answers": answers,
        "court": suit.court,
        "claims": suit.claims,
        "articles": len({row.Evidence.article_id for row in evidence}),
        "origin": suit.origin.value,
    }
