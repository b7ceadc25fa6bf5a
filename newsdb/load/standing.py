"""Each fact's standing among its articles, stored for the BI views: its conflict count
and the preferred amount, date and status where its claims disagree.

Computed by the conflicts report's own code (newsdb/reports/conflicts.py,
fact_standing), so `deal_overview.conflicts` is the number of rows `newsdb report
conflicts` lists for the deal and `preferred_*` is the value it prefers. An import
refreshes the facts it touched, as newsdb/load/conversions.converting finds them:
those with evidence in an article it wrote, before and after (a rewritten article
may have taken a claim away), and the curated facts it loaded.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from newsdb.reports.claims import FACTS, claims_for
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


def refresh_standing(session: Session, facts: dict[str, set[int]] | None = None) -> int:
    """Store the standing of `facts` (ids by type; every fact when None). Returns the
    facts whose stored standing changed."""
    changed = 0
    for type_, model in FACTS.items():
        if facts is None:
            ids = sorted(session.scalars(sa.select(model.id)))
        else:
            ids = sorted(facts.get(type_, ()))
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
                if fact_id not in stored:  # merged into another fact by this import
                    continue
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
