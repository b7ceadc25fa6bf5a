"""--as-of DATE: the reports as the database would have answered on DATE (issue 16).

Only articles published on or before DATE count: an article known only to the
month or year counts once the last day it can mean has passed (one of
"2025-05" from 2025-05-31); an undated article never counts, and the caller
says how many were left out (`undated_left_out`). A fact no counted article
reports is absent. Its status is the one the latest counted article reported;
its amount, date and parties those the latest counted article stating them
reported, or the fact's own when none of its sources states them apart
(reports/claims.py). The reports run their own query first and hand their
rows here: ranking and columns stay theirs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from newsdb.models import FACT_MODELS, Affiliation, Article, Deal, Evidence
from newsdb.reports.claims import COLUMNS, Claim, claims_for
from newsdb.reports.common import Filters
from newsdb.vocab import DealStatus

CONFIRMING = {DealStatus.ANNOUNCED.value, DealStatus.COMPLETED.value}


def published_by(as_of: dt.date):
    """SQL: the article's date, at its precision, has wholly passed by `as_of`."""
    after = as_of + dt.timedelta(days=1)
    return or_(
        and_(Article.published_precision == "day", Article.published <= as_of),
        and_(Article.published_precision == "month", Article.published < after.replace(day=1)),
        and_(
            Article.published_precision == "year", Article.published < after.replace(month=1, day=1)
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


def known_ids(session: Session, type_: str, as_of: dt.date) -> dict[str, int]:
    """Key → id of the facts of this type some article counted by `as_of` reports."""
    model = FACT_MODELS.get(type_, Affiliation)
    column = COLUMNS.get(type_, Evidence.affiliation_id)
    reported = (
        select(column)
        .join(Article, Article.id == Evidence.article_id)
        .where(column.is_not(None), published_by(as_of))
    )
    return dict(session.execute(select(model.key, model.id).where(model.id.in_(reported))).all())


def as_of_rows(
    session: Session,
    type_: str,
    filters: Filters,
    report: Callable[[Session, Filters], list[dict]],
    overlay: Callable[[dict, list[Claim], list[Claim]], dict],
    keep: Callable[[dict, Filters], bool],
    rank: Callable[[dict], object] | None = None,
) -> list[dict]:
    """The report's rows for the facts known by `filters.as_of`, each overlaid with what
    was reported by then; the filters on reported values (status, dates) and the limit
    apply after the overlay."""
    as_of = filters.as_of
    ids = known_ids(session, type_, as_of)
    loose = replace(filters, as_of=None, status=None, since=None, until=None, limit=None)
    rows = [row for row in report(session, loose) if row["key"] in ids]
    claims = claims_for(session, type_, [ids[row["key"]] for row in rows])
    out = []
    for row in rows:
        every = claims[ids[row["key"]]]
        counted = [c for c in every if c.known_from is not None and c.known_from <= as_of]
        row = overlay(row, counted, every)
        if keep(row, filters):
            out.append(row)
    if rank is not None:
        out.sort(key=rank)
    return out[: filters.limit] if filters.limit else out


def latest(counted: list[Claim], every: list[Claim], field: str, own):
    """The value of `field` the latest counted claim stating it reported; the fact's own
    (`own`) when no claim of the fact states it; None when only later claims do."""
    if not any(getattr(c, field) for c in every):
        return own
    stating = [c for c in counted if getattr(c, field)]
    return stating[-1] if stating else None


def _in_period(date: str | None, filters: Filters) -> bool:
    if filters.since is None and filters.until is None:
        return True
    if date is None:
        return False
    first = dt.date.fromisoformat((date + "-01-01")[:10])
    return (filters.since is None or first >= filters.since) and (
        filters.until is None or first <= filters.until
    )


def _counted_status(row: dict, counted: list[Claim]) -> dict:
    """The row with the latest status the counted articles reported, and their count."""
    status = next((c.status for c in reversed(counted) if c.status), row["status"])
    return dict(row, status=status, articles=len({c.article for c in counted}))


# --- deals ----------------------------------------------------------------------------


def deal_overlay(row: dict, counted: list[Claim], every: list[Claim]) -> dict:
    row = _counted_status(row, counted)
    money = latest(counted, every, "amount", row)
    if money is not row:
        row["amount"] = money.amount if money else None
        row["currency"] = money.currency if money else None
        row["amount_text"] = money.amount_text if money else None
    date = latest(counted, every, "date", row)
    if date is not row:
        row["date"] = date.date_text if date else None
        row["date_precision"] = date.date_precision if date else None
    parties = latest(counted, every, "parties", row)
    if parties is not row:
        named = sorted(parties.parties, key=lambda p: (p[1], p[0])) if parties else []
        row["parties"] = [{"name": name, "role": role} for name, role in named]
    first = counted[0]
    confirmed = next((c for c in counted if c.status in CONFIRMING), None)
    row["first_reported"] = first.published_text
    row["first_reported_precision"] = first.published_precision
    row["first_reported_by"] = first.article
    row["confirmed"] = confirmed.published_text if confirmed else None
    row["confirmed_precision"] = confirmed.published_precision if confirmed else None
    row["days_to_confirm"] = (
        (confirmed.published - first.published).days
        if confirmed and first.published_precision == confirmed.published_precision == "day"
        else None
    )
    return row


def keep_deal(row: dict, filters: Filters) -> bool:
    if filters.status and row["status"] != filters.status:
        return False
    return _in_period(row["date"], filters)


def deal_rank(row: dict):
    """As `report deals`: largest first, unknown sizes last, then latest date, title."""
    date = row["date"] or ""
    return (row["amount"] is None, -(row["amount"] or 0), _descending(date), row["title"])


def _descending(text: str) -> tuple:
    return (*(-ord(ch) for ch in text), 1)  # "" (no date) after every date


def deals(session: Session, filters: Filters, report) -> list[dict]:
    """Two passes, so that --limit reads little: rank every known deal on its status,
    amount and date as then reported (plain rows), then build the full rows of the
    deals shown with the report's own row function."""
    from sqlalchemy.orm import selectinload

    from newsdb.models import DealParty
    from newsdb.partial_date import date_text
    from newsdb.reports import deals as module
    from newsdb.reports.common import evidence_for, origin_clause, party_filter

    as_of = filters.as_of
    target = filters.currency or "USD"  # the conversion is the fact's, not as then reported
    query = select(
        Deal.id,
        Deal.title,
        Deal.status,
        Deal.amount_exact.label("amount"),  # the exact text, not the sortable number
        Deal.currency,
        Deal.amount_text,
        Deal.announced,
        Deal.announced_precision,
        Deal.completed,
        Deal.completed_precision,
    ).where(Deal.id.in_(_reported("deal", as_of)), origin_clause(Deal, filters))
    if filters.kind:
        query = query.where(Deal.kind == filters.kind)
    for subquery in party_filter(session, filters, DealParty, DealParty.deal_id):
        query = query.where(Deal.id.in_(subquery))
    facts = session.execute(query).all()
    claims = claims_for(session, "deal", [f.id for f in facts])
    ranked = []
    for f in facts:
        date, precision = (
            (f.announced, f.announced_precision)
            if f.announced
            else (f.completed, f.completed_precision)
        )
        own = {
            "title": f.title,
            "status": str(f.status),
            "amount": f.amount,
            "currency": f.currency,
            "amount_text": f.amount_text,
            "date": date_text(date, precision),
            "date_precision": str(precision) if precision else None,
            "parties": [],
        }
        row = deal_overlay(own, counted(claims[f.id], as_of), claims[f.id])
        if keep_deal(row, filters):
            ranked.append((deal_rank(row), f.id))
    ranked.sort()
    shown = [fact_id for _, fact_id in ranked[: filters.limit]]  # [:None]: all of them
    rows = []
    for start in range(0, len(shown), 500):
        chunk = shown[start : start + 500]
        evidence = evidence_for(session, Evidence.deal_id, chunk)
        for deal in session.scalars(
            select(Deal)
            .where(Deal.id.in_(chunk))
            .options(
                selectinload(Deal.parties).selectinload(DealParty.organization),
                selectinload(Deal.parties).selectinload(DealParty.person),
            )
        ):
            every = claims[deal.id]
            rows.append(
                deal_overlay(
                    module._row(deal, evidence[deal.id], module._convert(deal, target), target),
                    counted(every, as_of),
                    every,
                )
            )
    rows.sort(key=deal_rank)
    return rows


def _reported(type_: str, as_of: dt.date):
    """Ids of the facts of this type some article counted by `as_of` reports (SQL)."""
    column = COLUMNS[type_]
    return (
        select(column)
        .join(Article, Article.id == Evidence.article_id)
        .where(column.is_not(None), published_by(as_of))
    )


# --- lawsuits -------------------------------------------------------------------------


def lawsuit_overlay(row: dict, counted: list[Claim], every: list[Claim]) -> dict:
    row = _counted_status(row, counted)
    date = latest(counted, every, "date", row)
    if date is not row:
        row["filed"] = date.date_text if date else None
        row["filed_precision"] = date.date_precision if date else None
    parties = latest(counted, every, "parties", row)
    if parties is not row:
        named = sorted(parties.parties, key=lambda p: (p[1], p[0])) if parties else []
        row["plaintiffs"] = [n for n, r in named if r in ("plaintiff", "counter_plaintiff")]
        row["defendants"] = [n for n, r in named if r in ("defendant", "counter_defendant")]
    return row


def keep_lawsuit(row: dict, filters: Filters) -> bool:
    if filters.status and row["status"] != filters.status:
        return False
    return _in_period(row["filed"], filters)


def lawsuits(session: Session, filters: Filters, report) -> list[dict]:
    return as_of_rows(session, "lawsuit", filters, report, lawsuit_overlay, keep_lawsuit)


# --- valuations -----------------------------------------------------------------------


def valuation_overlay(row: dict, counted: list[Claim], every: list[Claim]) -> dict:
    money = latest(counted, every, "amount", row)
    if money is not row and money is not None:
        row = dict(row, amount=money.amount, currency=money.currency, amount_text=money.amount_text)
    date = latest(counted, every, "date", row)
    if date is not row:
        row = dict(row, date=date.date_text if date else None)
        row["date_precision"] = date.date_precision if date else None
    return row


def keep_valuation(row: dict, filters: Filters) -> bool:
    return _in_period(row["date"], filters)


def valuations(session: Session, filters: Filters, report) -> list[dict]:
    rows = as_of_rows(session, "valuation", filters, report, valuation_overlay, keep_valuation)
    previous: dict = {}
    for row in rows:  # the change from the previous point known then
        before = previous.get((row["organization"], row["currency"]))
        previous[row["organization"], row["currency"]] = row["amount"]
        row["change"] = row["amount"] - before if before is not None else None
    return rows


# --- timeline, sources, history, conflicts ---------------------------------------------


def timeline(session: Session, filters: Filters, report) -> list[dict]:
    """The events of facts some counted article reports, and the counted articles; a
    deal or lawsuit on its date and with its status as then reported."""
    from newsdb.reports.deals import deals as deals_report
    from newsdb.reports.lawsuits import lawsuits as lawsuits_report

    known = {
        type_: set(known_ids(session, type_, filters.as_of))
        for type_ in ("valuation", "affiliation")
    }
    known["role"] = known.pop("affiliation")
    known["article"] = set(session.scalars(select(Article.key).where(published_by(filters.as_of))))
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
    for row in report(session, replace(filters, as_of=None, limit=None, since=None, until=None)):
        if row["type"] in then:
            date, status = then[row["type"]].get(row["key"], (None, None))
            if date is None or (row["event"].endswith("(completed)") and status != "completed"):
                continue
            title = row["event"].rsplit(" (", 1)[0]
            precision = {4: "year", 7: "month"}.get(len(date), "day")
            row = dict(row, date=date, date_precision=precision, event=f"{title} ({status})")
        elif row["key"] not in known[row["type"]]:
            continue
        if _in_period(row["date"], filters):
            rows.append(row)
    rows = list({(r["date"], r["type"], r["event"], r["key"]): r for r in rows}.values())
    rows.sort(key=lambda e: ((e["date"] + "-01-01")[:10], e["type"], e["event"]))
    return rows[: filters.limit] if filters.limit else rows


def counted(claims: list[Claim], as_of: dt.date | None) -> list[Claim]:
    """The claims of articles published by `as_of` (all of them when None)."""
    if as_of is None:
        return claims
    return [c for c in claims if c.known_from is not None and c.known_from <= as_of]


# --- profile --------------------------------------------------------------------------


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
