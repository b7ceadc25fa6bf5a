"""--as-of DATE: the reports as the database would have answered on DATE (issue 16).

Only articles published on or before DATE count: an article known only to the
month or year counts once the last day it can mean has passed (one of
"2025-05" from 2025-05-31); an undated article never counts, and the caller
says how many were left out (`undated_left_out`). A fact no counted article
reports is absent. Its status is the one the latest counted article reported;
its amount, date and parties those the latest counted article stating them
reported, or the fact's own when none of its sources states them apart
(reports/claims.py).

The database does the choosing: which facts were known, their status, amount
and date as then reported, the filters on those values, the ranking and the
limit, on each fact's `known_state` row holding on DATE (one row per stretch of
days over which those values held, stored on import: state.py,
newsdb/load/known.py), down an index that stops at the limit. Python then builds
the rows shown, with the reports' own row functions overlaid with the claims of
those facts only (`deal_overlay`…), so a --limit reads little. Before the table,
a subquery per fact over its claims chose them; the planners misjudged how many
rows pass a filter on such values and read every claim (0.3-4 s on 100k
articles, benchmarks/run.py); that code is now the tests' oracle
(tests/asof_oracle).

Money as the plain reports show it (issue 15): an amount then reported that is
not the fact's own is converted anew (`fx.claim_conversion`: the date its
article gave the fact, else the fact's own date, else the article's publication
date), a range's upper bound at the same rate; deals rank by that USD value
(`evidence.reported_amount_usd`, stored on import), per-share prices last,
unconverted amounts after converted ones, as `report deals` ranks.

Layout: the per-report entries here (`deals`, `lawsuits`, `valuations`, `timeline`,
`profile`, in `profile.py`); which facts and claims were known then in `known.py` (`holding`,
`published_by`, `counted`); the states stored in `state.py`; the deals' ranking in
`ranking.py`; the overlays in `overlays.py`; the money re-conversion in `money.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import literal, select
from sqlalchemy.orm import Session, aliased

from newsdb.models import (
    Deal,
    DealParty,
    KnownState,
    Lawsuit,
    LawsuitParty,
)
from newsdb.partial_date import date_text
from newsdb.reports.asof.known import counted, holding, known_ids, known_lawsuits
from newsdb.reports.asof.overlays import (
    as_of_rows,
    deal_overlay,
    in_period,
    keep_valuation,
    lawsuit_overlay,
    valuation_overlay,
)
from newsdb.reports.asof.profile import profile
from newsdb.reports.asof.ranking import deal_rank, ranked_deals
from newsdb.reports.claims import claims_for
from newsdb.reports.common import Filters, origin_clause, party_filter

__all__ = ["deals", "lawsuits", "profile", "timeline", "valuations"]


def deals(session: Session, filters: Filters, report) -> list[dict]:
    """The deals known by then, ranked on their amount and date as then reported
    (`ranked_deals`), each built with the report's own row function and overlaid.
    In another currency than USD, every deal known then is converted and ranked here,
    as `report deals` does."""
    target = filters.currency or "USD"
    ids = ranked_deals(session, filters if target == "USD" else replace(filters, limit=None))
    claims = claims_for(session, "deal", ids)
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows += [
            deal_overlay(row, counted(claims[fact_id], filters.as_of), claims[fact_id], target)
            for fact_id, row in zip(chunk, _deal_rows(session, chunk, filters), strict=True)
        ]
    if target == "USD":
        return rows
    return sorted(rows, key=deal_rank)[: filters.limit]


def _deal_rows(session: Session, ids: list[int], filters: Filters) -> list[dict]:
    """`report deals`' own rows of these deals, in this order, without their articles:
    what the row takes from them (their count, the first and confirming ones),
    deal_overlay sets from the counted ones."""
    from sqlalchemy.orm import selectinload

    from newsdb.reports import deals as module

    target = filters.currency or "USD"  # the fact's conversion; deal_overlay redoes it
    found = {
        deal.id: deal
        for deal in session.scalars(
            select(Deal)
            .where(Deal.id.in_(ids))
            .options(
                selectinload(Deal.parties).selectinload(DealParty.organization),
                selectinload(Deal.parties).selectinload(DealParty.person),
            )
        )
    }
    return [module._row(found[i], [], module._convert(found[i], target), target) for i in ids]


def lawsuits(session: Session, filters: Filters, report) -> list[dict]:
    """The lawsuits known by then, in the report's order (its own filing date), that pass
    the filters on their status and filing date as then reported."""
    from sqlalchemy.orm import selectinload

    from newsdb.reports import lawsuits as module

    ids = list(session.scalars(known_lawsuits(session, filters, Lawsuit.id)))
    parent = aliased(Lawsuit)
    found = {
        suit.id: (suit, answers)
        for suit, answers in session.execute(
            select(Lawsuit, parent.title)
            .outerjoin(parent, parent.id == Lawsuit.parent_id)
            .where(Lawsuit.id.in_(ids))
            .options(
                selectinload(Lawsuit.parties).selectinload(LawsuitParty.organization),
                selectinload(Lawsuit.parties).selectinload(LawsuitParty.person),
            )
        )
    }
    claims = claims_for(session, "lawsuit", ids)
    return [  # the row's article count is the counted ones' (lawsuit_overlay)
        lawsuit_overlay(module._row(*found[i], []), counted(claims[i], filters.as_of), claims[i])
        for i in ids
    ]


def valuations(session: Session, filters: Filters, report) -> list[dict]:
    rows = as_of_rows(session, "valuation", filters, report, valuation_overlay, keep_valuation)
    previous: dict = {}
    converted: dict = {}  # by organization: its previous point converted
    for row in rows:  # the change from the previous point known then
        before = previous.get((row["organization"], row["currency"]))
        previous[row["organization"], row["currency"]] = row["amount"]
        row["change"] = row["amount"] - before if before is not None else None
        last = converted.get(row["organization"])
        if row["converted_amount"] is not None:
            converted[row["organization"]] = row["converted_amount"]
        row["converted_change"] = (
            row["converted_amount"] - last
            if row["converted_amount"] is not None and last is not None
            else None
        )
    return rows


def timeline(session: Session, filters: Filters, report) -> list[dict]:
    """The events of facts some counted article reports, and the counted articles; a
    deal or lawsuit on its date and with its status as then reported."""
    events = report(session, replace(filters, as_of=None, limit=None, since=None, until=None))
    known = {  # of the valuations and roles shown only, not of every one in the database
        type_: set(
            known_ids(
                session, kind, filters.as_of, [row["key"] for row in events if row["type"] == type_]
            )
        )
        for type_, kind in (("valuation", "valuation"), ("role", "affiliation"))
    }
    loose = replace(filters, since=None, until=None, limit=None)
    then = {
        "deal": _then(session, Deal, DealParty, DealParty.deal_id, loose),
        "lawsuit": _then(session, Lawsuit, LawsuitParty, LawsuitParty.lawsuit_id, loose),
    }
    rows = []
    for row in events:
        if row["type"] in then:
            date, status, completed = then[row["type"]].get(row["key"], (None, None, False))
            title, _, label = row["event"].rpartition(" (")
            if completed and label == "completed)":  # the completion, an event of its own
                if status != "completed":
                    continue  # not reported by then: the row keeps the completion date
            elif date is None:
                continue
            else:  # the announcement (or filing), on its date and status as then reported
                precision = {4: "year", 7: "month"}.get(len(date), "day")
                shown = "announced" if completed and status == "completed" else status
                row = dict(row, date=date, date_precision=precision, event=f"{title} ({shown})")
        elif row["type"] == "article":
            if not _published_by(row["date"], filters.as_of):
                continue
        elif row["key"] not in known[row["type"]]:
            continue
        if in_period(row["date"], filters):
            rows.append(row)
    rows = list({(r["date"], r["type"], r["event"], r["key"]): r for r in rows}.values())
    rows.sort(key=lambda e: ((e["date"] + "-01-01")[:10], e["type"], e["event"]))
    return rows[: filters.limit] if filters.limit else rows


def _then(session: Session, model, party_model, party_id, filters: Filters) -> dict:
    """Key → (date, status) as then reported of the deals or lawsuits known then that
    pass the filters (`deals`' and `lawsuits`' own, but for the period and limit), and
    whether the fact has a completion date (its timeline shows it as an event of its own).
    """
    state = KnownState.__table__.c
    completed = model.completed.is_not(None) if model is Deal else literal(False)
    query = (
        select(model.key, state.date, state.date_precision, state.status, completed)
        .join(KnownState, state[f"{model.__tablename__}_id"] == model.id)
        .where(*holding(filters.as_of), origin_clause(model, filters))
    )
    if filters.kind and model is Deal:
        query = query.where(Deal.kind == filters.kind)
    if filters.status:
        query = query.where(state.status == filters.status)
    for subquery in party_filter(session, filters, party_model, party_id):
        query = query.where(model.id.in_(subquery))
    return {
        key: (date_text(date, precision), status, bool(done))
        for key, date, precision, status, done in session.execute(query)
    }


def _published_by(published: str | None, as_of: dt.date) -> bool:
    from newsdb.partial_date import PartialDate

    return published is not None and PartialDate.parse(published).last_day() <= as_of
