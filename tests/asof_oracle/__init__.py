"""The --as-of reports as they were before `known_state` (migration 0019): the oracle
the tests compare the reports with (tests/test_known_state.py).

--as-of DATE: the reports as the database would have answered on DATE (issue 16).

Only articles published on or before DATE count: an article known only to the
month or year counts once the last day it can mean has passed (one of
"2025-05" from 2025-05-31); an undated article never counts, and the caller
says how many were left out (`undated_left_out`). A fact no counted article
reports is absent. Its status is the one the latest counted article reported;
its amount, date and parties those the latest counted article stating them
reported, or the fact's own when none of its sources states them apart
(reports/claims.py).

The database does the choosing: which facts were known, their status, amount
and date as then reported (the latest counted claim stating each, a subquery
per fact: `Then`), the filters on those values, the ranking and the limit.
Python then builds the rows shown, with the reports' own row functions overlaid
with the claims of those facts only (`deal_overlay`…), so a --limit reads
little. Not a window (ROW_NUMBER() OVER (PARTITION BY fact …)) over every
counted claim: that reads them all before the first row, ~0.7 s for the deal
amounts alone on 100k articles, where these subqueries let the database walk an
index and stop at the limit (benchmarks/run.py).

Money as the plain reports show it (issue 15): an amount then reported that is
not the fact's own is converted anew (`fx.claim_conversion`: the date its
article gave the fact, else the fact's own date, else the article's publication
date), a range's upper bound at the same rate; deals rank by that USD value
(`evidence.reported_amount_usd`, stored on import), per-share prices last,
unconverted amounts after converted ones, as `report deals` ranks.

Layout: the per-report entries here (`deals`, `lawsuits`, `valuations`, `timeline`,
`profile`); which facts and claims were known then in `known.py` (`Then`,
`published_by`, `counted`); the deals' ranking in `ranking.py`; the overlays in
`overlays.py`; the money re-conversion in `money.py`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from asof_oracle.known import Then, counted, known_ids, period
from asof_oracle.ranking import deal_rank, ranked_deals
from newsdb.models import Affiliation, Deal, DealParty, Evidence, Lawsuit, LawsuitParty
from newsdb.reports.asof.overlays import (
    as_of_rows,
    deal_overlay,
    in_period,
    keep_valuation,
    lawsuit_overlay,
    valuation_overlay,
)
from newsdb.reports.claims import claims_for
from newsdb.reports.common import Filters, in_text_order, origin_clause, party_filter


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
    """`report deals`' own rows of these deals, in this order."""
    from sqlalchemy.orm import selectinload

    from newsdb.reports import deals as module
    from newsdb.reports.common import evidence_for

    target = filters.currency or "USD"  # the fact's conversion; deal_overlay redoes it
    evidence = evidence_for(session, Evidence.deal_id, ids)
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
    return [
        module._row(found[i], evidence[i], module._convert(found[i], target), target) for i in ids
    ]


def lawsuits(session: Session, filters: Filters, report) -> list[dict]:
    """The lawsuits known by then, in the report's order (its own filing date), that pass
    the filters on their status and filing date as then reported."""
    from sqlalchemy.orm import selectinload

    from newsdb.reports import lawsuits as module
    from newsdb.reports.common import evidence_for

    then = Then(session, "lawsuit", Lawsuit.id, filters.as_of)
    filed, _ = then.date(Lawsuit.filed, Lawsuit.filed_precision)
    query = (
        select(Lawsuit.id)
        .where(then.known(), origin_clause(Lawsuit, filters), *period(filed, filters))
        .order_by(
            Lawsuit.filed.asc().nulls_last(),  # not `filed IS NULL`: the index serves this
            in_text_order(session, Lawsuit.title),
            Lawsuit.id,
        )
        .limit(filters.limit)
    )
    if filters.status:
        query = query.where(then.status(Lawsuit.status) == filters.status)
    for subquery in party_filter(session, filters, LawsuitParty, LawsuitParty.lawsuit_id):
        query = query.where(Lawsuit.id.in_(subquery))
    ids = list(session.scalars(query))
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
    evidence = evidence_for(session, Evidence.lawsuit_id, ids)
    claims = claims_for(session, "lawsuit", ids)
    return [
        lawsuit_overlay(
            module._row(*found[i], evidence[i]), counted(claims[i], filters.as_of), claims[i]
        )
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
    from newsdb.reports.deals import deals as deals_report
    from newsdb.reports.lawsuits import lawsuits as lawsuits_report

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
        "deal": {
            row["key"]: (row["date"], row["status"]) for row in deals(session, loose, deals_report)
        },
        "lawsuit": {
            row["key"]: (row["filed"], row["status"])
            for row in lawsuits(session, loose, lawsuits_report)
        },
    }
    rows = []
    for row in events:
        if row["type"] in then:
            date, status = then[row["type"]].get(row["key"], (None, None))
            if date is None or (row["event"].endswith("(completed)") and status != "completed"):
                continue
            title = row["event"].rsplit(" (", 1)[0]
            precision = {4: "year", 7: "month"}.get(len(date), "day")
            row = dict(row, date=date, date_precision=precision, event=f"{title} ({status})")
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


def profile(session: Session, name: str, filters: Filters, report) -> dict:
    """The profile with the deals, lawsuits, valuations and roles some counted article
    reports (status, amount and date as then reported) and the counted articles."""
    from newsdb.models import Organization, Person
    from newsdb.reports.common import find_entity
    from newsdb.reports.deals import deals as deals_report
    from newsdb.reports.lawsuits import lawsuits as lawsuits_report
    from newsdb.reports.valuations import valuations as valuations_report

    result = report(session, name, replace(filters, as_of=None, limit=None))
    ref = find_entity(session, name)
    by = {"org": (ref.name,)} if ref.type == "organization" else {"person": (ref.name,)}
    loose = replace(filters, limit=None, **by)
    result["deals"] = [
        {
            "title": row["title"],
            "role": next(p["role"] for p in row["parties"] if p["name"] == ref.name),
            "kind": row["kind"],
            "status": row["status"],
            "amount": row["amount"],
            "currency": row["currency"],
            "date": row["date"],
        }
        for row in deals(session, loose, deals_report)
        if any(p["name"] == ref.name for p in row["parties"])
    ]
    roles = {(s["title"], s["role"]) for s in result["lawsuits"]}
    result["lawsuits"] = [
        {"title": row["title"], "role": role, "status": row["status"], "filed": row["filed"]}
        for row in lawsuits(session, loose, lawsuits_report)
        for title, role in sorted(roles)
        if title == row["title"]
    ]
    if ref.type == "organization":
        result["valuations"] = [
            {
                "amount": row["amount"],
                "currency": row["currency"],
                "date": row["date"],
                "basis": row["basis"],
            }
            for row in valuations(session, replace(loose, person=()), valuations_report)
        ]
    other = Person if ref.type == "organization" else Organization
    column = Affiliation.person_id if ref.type == "organization" else Affiliation.organization_id
    known = set(known_ids(session, "affiliation", filters.as_of).values())
    held = set(
        session.execute(
            select(other.name, Affiliation.role)
            .join(other, other.id == column)
            .where(Affiliation.id.in_(known))
        ).all()
    )
    result["roles"] = [r for r in result["roles"] if (r["name"], r["role"]) in held]
    result["articles"] = [
        a for a in result["articles"] if _published_by(a["published"], filters.as_of)
    ][: filters.limit]
    return result


def _published_by(published: str | None, as_of: dt.date) -> bool:
    from newsdb.partial_date import PartialDate

    return published is not None and PartialDate.parse(published).last_day() <= as_of


def conflicts(session: Session, filters: Filters) -> list[dict]:
    """`report conflicts --as-of` as it was: every fact two articles or more support,
    in key order, its counted claims compared."""
    from sqlalchemy import func

    from newsdb.reports.claims import COLUMNS, FACTS
    from newsdb.reports.conflicts import fact_standing

    rows = []
    for type_, model in FACTS.items():
        if filters.kind and filters.kind != type_:
            continue
        column = COLUMNS[type_]
        several = (
            select(column).where(column.is_not(None)).group_by(column).having(func.count() > 1)
        )
        found = session.execute(
            select(model.id, model.key)
            .where(model.id.in_(several))
            .order_by(in_text_order(session, model.key))
        ).all()
        claims = claims_for(session, type_, [fact_id for fact_id, _ in found])
        for fact_id, fact_key in found:
            mine = counted(claims[fact_id], filters.as_of)
            if filters.reviewed_only:
                mine = [c for c in mine if c.origin == "curated"]
            rows += fact_standing(type_, fact_key, mine).rows
    return rows[: filters.limit] if filters.limit else rows
