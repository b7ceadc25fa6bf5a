"""What was known when (`known_state`), stored on import for --as-of.

Each fact's rows are computed from its claims (reports/asof/state.py) and replaced
whole, for the facts an import may have changed a claim, an own value or a
conversion of: those cited by the articles it wrote, before and after
(conversions.citing), and the curated facts it loaded; every fact when the rate
table changed (every conversion is made again) or when none is given (migration
0019).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from newsdb.models import Affiliation, Article, Deal, Evidence, KnownState, Lawsuit, Valuation
from newsdb.partial_date import PartialDate
from newsdb.reports.asof.state import Own, states
from newsdb.reports.claims import claims_for

CHUNK = 500
MODELS = {"deal": Deal, "valuation": Valuation, "lawsuit": Lawsuit, "affiliation": Affiliation}


def refresh_known(session: Session, facts: dict[str, set[int]] | None = None) -> int:
    """Store the `known_state` rows of `facts` (ids by type; every fact when None).
    Returns the rows written."""
    session.flush()
    written = 0
    for type_, model in MODELS.items():
        if facts is None:
            ids = sorted(session.scalars(sa.select(model.id)))
        else:
            ids = sorted(facts.get(type_, ()))
        column = KnownState.__table__.c[f"{type_}_id"]
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            found = _states(session, type_, chunk)
            rows = [  # in id order: the same rows get the same ids on every database
                {**row, f"{type_}_id": fact_id}
                for fact_id in chunk
                for row in found.get(fact_id, ())
            ]
            connection = session.connection()
            connection.execute(sa.delete(KnownState.__table__).where(column.in_(chunk)))
            if rows:
                connection.execute(sa.insert(KnownState.__table__), _complete(rows))
            written += len(rows)
    return written


def _complete(rows: list[dict]) -> list[dict]:
    """Every row with every column (one executemany statement for all)."""
    blank = {c.name: None for c in KnownState.__table__.c if c.name != "id"} | {"conflicts": 0}
    return [blank | row for row in rows]


def _states(session: Session, type_: str, ids: list[int]) -> dict[int, list[dict]]:
    if type_ == "affiliation":
        return _affiliations(session, ids)
    claims = claims_for(session, type_, ids)
    return {
        fact_id: states(type_, own, claims[fact_id]) for fact_id, own in _own(session, type_, ids)
    }


def _own(session: Session, type_: str, ids: list[int]):
    """(id, Own) of these facts: the values no claim states apart (the number column of
    an amount, which ranks and filters as the database sees it)."""
    if type_ == "lawsuit":
        query = sa.select(Lawsuit.id, Lawsuit.status, Lawsuit.filed, Lawsuit.filed_precision)
        for fact_id, status, filed, precision in session.execute(query.where(Lawsuit.id.in_(ids))):
            yield fact_id, Own(status=_text(status), date=filed, date_precision=_text(precision))
        return
    model = MODELS[type_]
    dates = (
        (Deal.announced, Deal.announced_precision, Deal.completed, Deal.completed_precision)
        if model is Deal
        else (Valuation.as_of, Valuation.as_of_precision)
    )
    status = Deal.status if model is Deal else sa.null()
    query = sa.select(
        model.id,
        status,
        model.amount_number,
        model.currency,
        model.amount_usd,
        model.per_unit,
        *dates,
    ).where(model.id.in_(ids))
    for fact_id, status_, amount, currency, usd, per_unit, *dated in session.execute(query):
        date, precision = dated[:2]
        if date is None and model is Deal:  # `report deals` shows the completion then
            date, precision = dated[2:]
        yield (
            fact_id,
            Own(_text(status_), amount, currency, usd, per_unit, date, _text(precision)),
        )


def _affiliations(session: Session, ids: list[int]) -> dict[int, list[dict]]:
    """A role is known from its first dated article on, and nothing else of it changes."""
    first: dict[int, object] = {}
    for fact_id, published, precision in session.execute(
        sa.select(Evidence.affiliation_id, Article.published, Article.published_precision)
        .join(Article, Article.id == Evidence.article_id)
        .where(Evidence.affiliation_id.in_(ids), Article.published.is_not(None))
    ):
        day = PartialDate.of(published, precision).last_day()
        first[fact_id] = min(day, first.get(fact_id, day))
    return {fact_id: [{"known_from": day}] for fact_id, day in first.items()}


def _text(value) -> str | None:
    return None if value is None else getattr(value, "value", value)
