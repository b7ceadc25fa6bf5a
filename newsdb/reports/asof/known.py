"""Which facts and claims were known on a date: an article counts once the last day
its date can mean has passed (`published_by`, in SQL; `counted`, over loaded
claims); a fact's state as then reported is its `known_state` row holding that day
(`holding`, stored on import: state.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from newsdb.models import FACT_MODELS, Article, Evidence, KnownState, Lawsuit, LawsuitParty
from newsdb.reports.claims import COLUMNS, Claim
from newsdb.reports.common import Filters, in_text_order, origin_clause, party_filter


def published_by(as_of: dt.date, article=None):
    """SQL: the article's date, at its precision, has wholly passed by `as_of` (`article`:
    an alias of its table)."""
    article = (Article.__table__ if article is None else article).c
    after = as_of + dt.timedelta(days=1)
    return or_(
        and_(article.published_precision == "day", article.published <= as_of),
        and_(article.published_precision == "month", article.published < after.replace(day=1)),
        and_(
            article.published_precision == "year", article.published < after.replace(month=1, day=1)
        ),
    )


def undated_left_out(session: Session, type_: str = "fact", key: str | None = None) -> int:
    """How many undated articles report facts of this type ("fact": of any type; `key`:
    that fact): never counted with --as-of."""
    every = [*COLUMNS.values(), Evidence.affiliation_id]
    columns = every if type_ == "fact" else [COLUMNS[type_]]
    query = (
        select(func.count(func.distinct(Evidence.article_id)))
        .join(Article, Article.id == Evidence.article_id)
        .where(Article.published.is_(None), or_(*(c.is_not(None) for c in columns)))
    )
    if key is not None:
        keyed = [
            column.in_(select(model.id).where(model.key == key))
            for column, model in zip(columns, FACT_MODELS.values(), strict=False)
        ]
        query = query.where(or_(*keyed))
    return session.scalar(query)


def known_ids(
    session: Session, type_: str, as_of: dt.date, keys: list[str] | None = None
) -> dict[str, int]:
    """Key → id of the facts of this type (among `keys` when given) some article counted
    by `as_of` reports."""
    model = FACT_MODELS[type_]
    state = KnownState.__table__.c
    query = (
        select(model.key, model.id)
        .join(KnownState, state[f"{type_}_id"] == model.id)
        .where(*holding(as_of))
    )
    if keys is None:
        return dict(session.execute(query).all())
    known = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        known |= dict(session.execute(query.where(model.key.in_(chunk))).all())
    return known


def holding(as_of: dt.date) -> list:
    """SQL: the `known_state` row holds on `as_of` (one per fact known then)."""
    state = KnownState.__table__.c
    return [
        state.known_from <= as_of,
        or_(state.known_until.is_(None), state.known_until > as_of),
    ]


def period(date, filters: Filters) -> list:
    """SQL: the date as then reported falls within --since/--until (`in_period`)."""
    where = []
    if filters.since is not None:
        where.append(date >= filters.since)
    if filters.until is not None:
        where.append(date <= filters.until)
    return where


def known_lawsuits(session: Session, filters: Filters, *columns):
    """SQL: `columns` (of lawsuit and known_state) of the lawsuits known by then, in the
    report's order (its own filing date), that pass the filters on their status and
    filing date as then reported."""
    state = KnownState.__table__.c
    query = (
        select(*columns)
        .join(KnownState, state.lawsuit_id == Lawsuit.id)
        .where(
            *holding(filters.as_of), origin_clause(Lawsuit, filters), *period(state.date, filters)
        )
        .order_by(
            Lawsuit.filed.asc().nulls_last(),  # not `filed IS NULL`: the index serves this
            in_text_order(session, Lawsuit.title),
            Lawsuit.id,
        )
        .limit(filters.limit)
    )
    if filters.status:
        query = query.where(state.status == filters.status)
    for subquery in party_filter(session, filters, LawsuitParty, LawsuitParty.lawsuit_id):
        query = query.where(Lawsuit.id.in_(subquery))
    return query


def counted(claims: list[Claim], as_of: dt.date | None) -> list[Claim]:
    """The claims of articles published by `as_of` (all of them when None)."""
    if as_of is None:
        return claims
    return [c for c in claims if c.known_from is not None and c.known_from <= as_of]
