"""Deals known on a date ranked as `report deals` ranks them: on the amount (in USD)
and date as then reported, in SQL so a --limit reads little (`ranked_deals`),
and the same rank on built rows (`deal_rank`).
"""

from __future__ import annotations

from sqlalchemy import and_, case, exists, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from asof_oracle.known import LATER, LATER_ARTICLE, Then, period, published_by
from newsdb.models import Article, Deal, DealParty, Evidence
from newsdb.reports.common import Filters, in_text_order, origin_clause, party_filter


def deal_rank(row: dict):
    """As `report deals`: totals largest in the target currency first, then totals not
    converted (largest first), then per-share prices, then unknown sizes; then the
    latest date, the title."""
    total = row["amount"] is not None and row["per_unit"] is None
    converted = row["converted_amount"]
    tier = (0 if converted is not None else 1) if total else (2 if row["amount"] is not None else 3)
    return _rank(tier, converted, row["amount"], row["date"], row["title"])


def _rank(tier: int, converted, amount, date: str | None, title: str) -> tuple:
    return (
        tier,
        -converted if tier == 0 else 0,
        -amount if tier < 2 else 0,
        _descending(date or ""),
        title,
    )


def _descending(text: str) -> tuple:
    return (*(-ord(ch) for ch in text), 1)  # "" (no date) after every date


def ranked_deals(session: Session, filters: Filters) -> list[int]:
    """Ids of the deals known by `filters.as_of` that pass the filters on their values as
    then reported, ranked as `deal_rank` ranks their rows, at most `filters.limit`.

    The amount as then reported comes from one of two places, so the database ranks
    each and stops at the limit: the latest counted claim stating an amount (scanning
    the claims largest USD value first, `evidence.reported_amount_usd`, each kept if
    no later counted claim of its deal states one), or the deal's own amount when none
    of its claims states one. So for each tier of `deal_rank` in turn while the limit
    leaves room: converted totals, totals not converted, per-share prices; deals with
    no amount then come last."""
    as_of, limit = filters.as_of, filters.limit
    then = Then(session, "deal", Deal.id, as_of)
    own_precision = case(
        (Deal.announced.is_not(None), Deal.announced_precision), else_=Deal.completed_precision
    )
    date, precision = then.date(func.coalesce(Deal.announced, Deal.completed), own_precision)
    wanted = [origin_clause(Deal, filters), *period(date, filters)]
    if filters.kind:
        wanted.append(Deal.kind == filters.kind)
    if filters.status:
        wanted.append(then.status(Deal.status) == filters.status)
    for subquery in party_filter(session, filters, DealParty, DealParty.deal_id):
        wanted.append(Deal.id.in_(subquery))
    date, precision = date.label("date"), precision.label("precision")
    title = in_text_order(session, Deal.title)
    tail = (date.desc().nulls_last(), precision, title, Deal.id)  # "day" < "month" < "year"

    e, a = Evidence.__table__, Article.__table__
    later, later_article = LATER, LATER_ARTICLE
    order = then.latest_first
    superseded = exists().where(  # a later counted claim of the deal states an amount
        later.c.deal_id == e.c.deal_id,
        later.c.reported_amount.is_not(None),
        later_article.c.id == later.c.article_id,
        published_by(as_of, later_article),
        tuple_(*(c.element for c in order(later, later_article)))
        > tuple_(*(c.element for c in order(e, a))),
    )

    def stated(tier: int, where: list, by: list):
        return (
            select(
                Deal.id,
                literal(tier).label("tier"),
                e.c.reported_amount_usd.label("usd"),
                e.c.reported_amount.label("amount"),
                date,
                precision,
                Deal.title,
            )
            .join(e, e.c.deal_id == Deal.id)
            .join(a, a.c.id == e.c.article_id)
            .where(
                e.c.reported_amount.is_not(None),
                published_by(as_of, a),
                ~superseded,
                *where,
                *wanted,
            )
            .order_by(*by, *tail)
        )

    def own(tier: int, where: list, by: list):
        return (
            select(
                Deal.id,
                literal(tier).label("tier"),
                Deal.amount_usd.label("usd"),
                Deal.amount.label("amount"),
                date,
                precision,
                Deal.title,
            )
            .where(
                Deal.amount.is_not(None),
                ~then.states("reported_amount"),
                then.known(),
                *where,
                *wanted,
            )
            .order_by(*by, *tail)
        )

    # The tiers of `deal_rank`: converted totals, totals not converted, per-share prices
    # (each either as a claim stated it or as the deal's own, with the column it is
    # ranked on first); unsized deals after them.
    total, usd, stated_amount = (
        Deal.per_unit.is_(None),
        e.c.reported_amount_usd,
        e.c.reported_amount,
    )
    tiers = [
        (
            (stated(0, [total, usd.is_not(None)], [usd.desc(), stated_amount.desc()]), usd),
            (
                own(
                    0,
                    [total, Deal.amount_usd.is_not(None)],
                    [Deal.amount_usd.desc(), Deal.amount.desc()],
                ),
                Deal.amount_usd,
            ),
        ),
        (
            (stated(1, [total, usd.is_(None)], [stated_amount.desc()]), stated_amount),
            (own(1, [total, Deal.amount_usd.is_(None)], [Deal.amount.desc()]), Deal.amount),
        ),
        ((stated(2, [~total], []), None), (own(2, [~total], []), None)),
    ]
    sized = []
    for queries in tiers:
        left = None if limit is None else limit - len(sized)
        if left is not None and left <= 0:
            return [row.id for row in sized]
        selective = filters.org or filters.person or filters.since or filters.until
        sized += walk(session, queries, left, ranged=not selective)
    if limit is not None and len(sized) >= limit:
        return [row.id for row in sized]
    unsized = (
        select(Deal.id, date, precision)
        .where(
            then.known(),
            or_(
                and_(Deal.amount.is_(None), ~then.states("reported_amount")),
                and_(
                    then.states("reported_amount"),
                    ~then.states("reported_amount", counted_only=True),
                ),
            ),
            *wanted,
        )
        .order_by(*tail)
        .limit(None if limit is None else limit - len(sized))
    )
    return [row.id for row in sized] + list(session.scalars(unsized))


RANGES = 3  # ranges `walk` reads down an index before it reads the rest at once


def walk(session: Session, queries: list, limit: int | None, ranged: bool = True) -> list:
    """The first `limit` rows of one tier, by `_sql_rank`: of its claims' query and its
    deals' own, each given with the column it ranks on first (largest first; None: none).

    Both are read a range of that value at a time, the range read down the claims'
    index, the first one four times the limit, each next one twice as large, until
    `limit` rows pass the filters. One statement with the limit leaves that to the
    planner, and both planners misjudge how many rows pass a filter on values as then
    reported (a subquery per row): taking it for rare, they read and sort every row
    before the first (`report deals --as-of --status completed` on PostgreSQL: ~0.6 s
    on 100k articles), or walk the deals' index where the claims' holds the rank
    (SQLite). A range of a few hundred values is read down the index either way. After
    RANGES ranges, the rest in one statement: when few rows pass, reading them all is
    the planner's to choose. Not `ranged` (--org, --person: a few deals, which the
    planner finds down the parties' index; --since, --until: a period holds few deals
    of each range, and the ranges would read them all), in one statement each."""
    (_, key), *_ = queries
    rows: list = []

    def read(lower=None, upper=None) -> list:
        """The tier's first rows with a value in [lower, upper) (None: unbounded)."""
        left = None if limit is None else limit - len(rows)
        found = []
        for query, column in queries:
            if lower is not None:
                query = query.where(column >= lower)
            if upper is not None:
                query = query.where(column < upper)
            found += session.execute(query.limit(left)).all()
        return sorted(found, key=_sql_rank)[:left]

    if limit is None or key is None or not ranged:
        return read()
    upper, size = None, 4 * limit
    for _ in range(RANGES):
        bound = select(key).where(key.is_not(None)).order_by(key.desc())
        if upper is not None:
            bound = bound.where(key < upper)
        lower = session.scalar(bound.offset(size - 1).limit(1))
        if lower is None:
            break
        rows += read(lower, upper)
        if len(rows) >= limit:
            return rows
        upper, size = lower, 2 * size
    return rows + read(upper=upper)


def _sql_rank(row) -> tuple:
    """`deal_rank` on a row of `ranked_deals`' queries (their date and precision apart)."""
    from newsdb.partial_date import date_text

    date = date_text(row.date, row.precision)
    return (*_rank(row.tier, row.usd, row.amount, date, row.title), row.id)
