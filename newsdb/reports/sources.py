"""`sources`: each fact with the articles and exact quotes that support it.

The rows are those of the fact_evidence view (docs/views.md); the query reads
the tables so that a fact key is found through its table's unique index.
"""

from __future__ import annotations

from sqlalchemy import case, false, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from newsdb.models import (
    Affiliation,
    Article,
    Deal,
    Evidence,
    Lawsuit,
    Organization,
    Person,
    Valuation,
)
from newsdb.partial_date import date_text
from newsdb.reports.asof.known import published_by
from newsdb.reports.common import Filters, in_text_order
from newsdb.reports.output import Layout
from newsdb.vocab import Origin

FACTS = {"deal": Deal, "valuation": Valuation, "lawsuit": Lawsuit, "affiliation": Affiliation}
COLUMN = {  # the evidence column naming a fact of each type
    "deal": Evidence.deal_id,
    "valuation": Evidence.valuation_id,
    "lawsuit": Evidence.lawsuit_id,
    "affiliation": Evidence.affiliation_id,
}
FIELDS = [
    "fact_type",
    "fact_key",
    "fact",
    "article_key",
    "article_title",
    "source",
    "published",
    "published_precision",
    "reported_status",
    "quote",
    "start",
    "end",
    "origin",
]
# One heading per fact, one line per article, its quote underneath: compact, nothing cut.
TABLE = Layout(
    ["published", "article_key", "reported_status"],
    group=("fact_type", "fact_key", "fact"),
    detail="quote",
    fields=FIELDS,
)


def sources(session: Session, filters: Filters, fact_key: str | None = None) -> list[dict]:
    valued, member = aliased(Organization), aliased(Person)
    fact_type = case(
        (Evidence.deal_id.is_not(None), literal("deal")),
        (Evidence.valuation_id.is_not(None), literal("valuation")),
        (Evidence.lawsuit_id.is_not(None), literal("lawsuit")),
        else_=literal("affiliation"),
    )
    key = func.coalesce(Deal.key, Valuation.key, Lawsuit.key, Affiliation.key)
    query = (
        select(
            fact_type.label("fact_type"),
            key.label("fact_key"),
            func.coalesce(
                Deal.title, Lawsuit.title, valued.name, member.name + " — " + Affiliation.role
            ).label("fact"),
            Article.key.label("article_key"),
            Article.title,
            Article.source,
            Article.published,
            Article.published_precision,
            Evidence,
        )
        .join(Article, Article.id == Evidence.article_id)
        .outerjoin(Deal, Deal.id == Evidence.deal_id)
        .outerjoin(Valuation, Valuation.id == Evidence.valuation_id)
        .outerjoin(valued, valued.id == Valuation.organization_id)
        .outerjoin(Lawsuit, Lawsuit.id == Evidence.lawsuit_id)
        .outerjoin(Affiliation, Affiliation.id == Evidence.affiliation_id)
        .outerjoin(member, member.id == Affiliation.person_id)
        .order_by(
            fact_type,
            in_text_order(session, key),
            Article.published.is_(None),
            Article.published,
            in_text_order(session, Article.key),
            Evidence.start_offset,
        )
        .limit(filters.limit)
    )
    if fact_key:  # the facts with that key first (unique indexes), then their evidence:
        # one statement with a subquery per table let SQLite's planner walk every
        # article published by --as-of instead, once its statistics were fresh
        found = [
            COLUMN[name] == fact_id
            for name, model in FACTS.items()
            for fact_id in session.scalars(select(model.id).where(model.key == fact_key))
        ]
        query = query.where(or_(*found) if found else false())
    if filters.kind:
        query = (
            query.where(COLUMN[filters.kind].is_not(None))
            if filters.kind in COLUMN
            else query.where(False)
        )
    if filters.reviewed_only:
        query = query.where(Evidence.origin == Origin.CURATED)
    if filters.as_of is not None:  # only articles published by then (asof/known.py)
        query = query.where(published_by(filters.as_of))
    return [
        {
            "fact_type": row.fact_type,
            "fact_key": row.fact_key,
            "fact": row.fact,
            "article_key": row.article_key,
            "article_title": row.title,
            "source": row.source,
            "published": date_text(row.published, row.published_precision),
            "published_precision": str(row.published_precision)
            if row.published_precision
            else None,
            "reported_status": row.Evidence.reported_status,
            "quote": row.Evidence.quote,
            "start": row.Evidence.start_offset,
            "end": row.Evidence.end_offset,
            "origin": str(row.Evidence.origin),
        }
        for row in session.execute(query)
    ]
