"""Each fact's standing among its articles, stored for the BI views: its conflict count
and the preferred amount, date and status where its claims disagree.

Computed by the conflicts report's own code (newsdb/reports/conflicts.py,
fact_standing), so `deal_overview.conflicts` is the number of rows `newsdb report
conflicts` lists for the deal and `preferred_*` is the value it prefers. An import
refreshes the facts it touched: those with evidence in an article it wrote, the
curated facts it loaded, and those that stood in conflict before (an article
rewritten may have taken a claim away).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from newsdb.models import Evidence
from newsdb.reports.claims import COLUMNS, FACTS, claims_for
from newsdb.reports.conflicts import fact_standing

CHUNK = 500
_CLEAR = {
    "conflicts": 0,
    "preferred_amount": None,
    "preferred_currency": None,
    "preferred_status": None,
    "preferred_date": None,
    "preferred_date_precision": None,
}


def refresh_standing(
    session: Session,
    article_ids: set[int] | None = None,
    curated: set[tuple[str, str]] = frozenset(),
) -> int:
    """Store the standing of the facts touched (every fact when `article_ids` is None).
    Returns the facts whose stored standing changed."""
    changed = 0
    for type_, model in FACTS.items():
        ids = _touched(session, type_, article_ids, {k for t, k in curated if t == type_})
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            claims = claims_for(session, type_, chunk)
            stored = {
                row.id: row._asdict()
                for row in session.execute(
                    sa.select(model.id, *(getattr(model, name) for name in _CLEAR)).where(
                        model.id.in_(chunk)
                    )
                )
            }
            updates = []
            for fact_id in chunk:
                values = _standing(type_, claims[fact_id])
                old = stored[fact_id]
                if any(old[name] != value for name, value in values.items()):
                    updates.append({"id": fact_id, **values})
            if updates:
                session.execute(sa.update(model), updates)
            changed += len(updates)
    return changed


def _standing(type_: str, claims) -> dict:
    standing = fact_standing(type_, "", claims)
    values = dict(_CLEAR, conflicts=len(standing.rows))
    if amount := standing.preferred.get("amount"):
        values["preferred_amount"] = amount.amount
        values["preferred_currency"] = amount.currency
    if status := standing.preferred.get("status"):
        values["preferred_status"] = status.status
    if date := standing.preferred.get("date"):
        values["preferred_date"] = date.date
        values["preferred_date_precision"] = date.date_precision
    return values


def _touched(session: Session, type_: str, article_ids, keys: set[str]) -> list[int]:
    model, column = FACTS[type_], COLUMNS[type_]
    if article_ids is None:
        return sorted(session.scalars(sa.select(model.id)))
    found = set(session.scalars(sa.select(model.id).where(model.conflicts > 0)))  # lost a claim?
    for key in keys:
        found.update(session.scalars(sa.select(model.id).where(model.key == key)))
    ids = sorted(article_ids)
    for start in range(0, len(ids), CHUNK):
        named = sa.select(column).where(Evidence.article_id.in_(ids[start : start + CHUNK]))
        found.update(  # a fact one article supports cannot disagree with itself
            session.scalars(
                sa.select(column)
                .where(column.in_(named))
                .group_by(column)
                .having(sa.func.count() > 1)
            )
        )
    return sorted(found)
