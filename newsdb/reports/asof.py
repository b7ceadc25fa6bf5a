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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import (
    Date,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, aliased

from newsdb import fx
from newsdb.models import (
    FACT_MODELS,
    Affiliation,
    Article,
    Deal,
    DealParty,
    Evidence,
    Lawsuit,
    LawsuitParty,
)
from newsdb.reports.claims import COLUMNS, Claim, claims_for
from newsdb.reports.common import Filters, in_text_order, origin_clause, party_filter
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES, DealStatus

CONFIRMING = {DealStatus.ANNOUNCED.value, DealStatus.COMPLETED.value}
NO_DATE = dt.date(1, 1, 1)  # in a subquery: the claims stating a date are not counted yet


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


def known_from(session: Session, article) -> object:
    """SQL: the last day the article's date can mean (Claim.known_from, and the
    reported_claims view's column): 2025-05 → 2025-05-31. `article`: an alias of its table."""
    article = article.c
    if session.get_bind().dialect.name == "postgresql":
        month = cast(article.published + literal_column("interval '1 month - 1 day'"), Date)
        year = cast(article.published + literal_column("interval '1 year - 1 day'"), Date)
    else:
        month = func.date(article.published, "+1 month", "-1 day")
        year = func.date(article.published, "+1 year", "-1 day")
    return case(
        (article.published_precision == "month", month),
        (article.published_precision == "year", year),
        else_=article.published,
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
    model = FACT_MODELS.get(type_, Affiliation)
    query = select(model.key, model.id).where(Then(session, type_, model.id, as_of).known())
    if keys is None:
        return dict(session.execute(query).all())
    known = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        known |= dict(session.execute(query.where(model.key.in_(chunk))).all())
    return known


# --- what the counted claims of one fact said, in SQL ----------------------------------


# The tables of a fact's claims in the subqueries below, and of its later claims; made
# once (building an alias, even a Core one, costs a report milliseconds).
CLAIM, CLAIM_ARTICLE = Evidence.__table__.alias("claim"), Article.__table__.alias("claim_article")
LATER, LATER_ARTICLE = Evidence.__table__.alias("later"), Article.__table__.alias("later_article")


class Then:
    """SQL expressions on one fact (`fact_id`: its id column) as the articles counted by
    `as_of` reported it: each a subquery on that fact's evidence, so the database can
    filter and rank on them and stop at the limit."""

    def __init__(self, session: Session, type_: str, fact_id, as_of: dt.date):
        self.session, self.type_, self.fact_id, self.as_of = session, type_, fact_id, as_of

    def _claims(self, evidence, article):
        fact = evidence.c[COLUMNS.get(self.type_, Evidence.affiliation_id).key]
        return [fact == self.fact_id, article.c.id == evidence.c.article_id]

    def latest_first(self, evidence, article) -> tuple:
        """Claim order, latest first (claims.chronological, reversed)."""
        return (
            known_from(self.session, article).desc(),
            in_text_order(self.session, article.c.key).desc(),
            evidence.c.start_offset.desc(),
            evidence.c.id.desc(),
        )

    def latest(self, stating: str, value: str | None = None):
        """The `value` (default: `stating`) of the latest counted claim stating `stating`:
        NULL when none does."""
        e, a = CLAIM, CLAIM_ARTICLE
        return (
            select(e.c[value or stating])
            .where(*self._claims(e, a), e.c[stating].is_not(None), published_by(self.as_of, a))
            .order_by(*self.latest_first(e, a))
            .limit(1)
            .scalar_subquery()
        )

    def states(self, column: str, counted_only: bool = False):
        """Whether some claim of the fact (some counted one) states `column`."""
        e, a = CLAIM, CLAIM_ARTICLE
        where = [*self._claims(e, a), e.c[column].is_not(None)]
        if counted_only:
            where.append(published_by(self.as_of, a))
        return exists().where(*where)

    def known(self):
        """Whether some counted article reports the fact."""
        e, a = CLAIM, CLAIM_ARTICLE
        return exists().where(*self._claims(e, a), published_by(self.as_of, a))

    def status(self, own):
        return func.coalesce(self.latest("reported_status"), own)

    def date(self, own, own_precision) -> tuple:
        """(date, precision) as then reported: the latest counted claim's; NULL when only
        later claims state one; the fact's own when none of its claims does."""
        return (
            func.nullif(
                func.coalesce(self._stated("reported_date", "reported_date", NO_DATE), own),
                NO_DATE,
                type_=Date,
            ),
            func.nullif(
                func.coalesce(
                    self._stated("reported_date", "reported_date_precision", ""), own_precision
                ),
                "",
                type_=String,
            ),
        )

    def _stated(self, stating: str, value: str, later: object):
        """One subquery where a CASE on `states(...)` would take two (PostgreSQL hashes such
        an EXISTS over every claim): the `value` of the latest counted claim stating
        `stating`; `later` when only claims not counted yet state it; NULL when none does."""
        e, a = CLAIM, CLAIM_ARTICLE
        known = published_by(self.as_of, a)
        return (
            select(case((known, e.c[value]), else_=literal(later)))
            .where(*self._claims(e, a), e.c[stating].is_not(None))
            .order_by(case((known, 0), else_=1), *self.latest_first(e, a))
            .limit(1)
            .scalar_subquery()
        )


def _period(date, filters: Filters) -> list:
    """SQL: the date as then reported falls within --since/--until (`_in_period`)."""
    where = []
    if filters.since is not None:
        where.append(date >= filters.since)
    if filters.until is not None:
        where.append(date <= filters.until)
    return where


# --- as_of_rows: a report's own rows, overlaid ------------------------------------------


def as_of_rows(
    session: Session,
    type_: str,
    filters: Filters,
    report: Callable[[Session, Filters], list[dict]],
    overlay: Callable[[dict, list[Claim], list[Claim], str], dict],
    keep: Callable[[dict, Filters], bool],
) -> list[dict]:
    """The report's rows for the facts known by `filters.as_of`, in its order, each
    overlaid with what was reported by then; the filters on reported values (dates) and
    the limit apply after the overlay."""
    as_of = filters.as_of
    loose = replace(filters, as_of=None, status=None, since=None, until=None, limit=None)
    rows = report(session, loose)
    ids = known_ids(session, type_, as_of, [row["key"] for row in rows])
    rows = [row for row in rows if row["key"] in ids]
    claims = claims_for(session, type_, [ids[row["key"]] for row in rows])
    out = []
    for row in rows:
        every = claims[ids[row["key"]]]
        row = overlay(row, counted(every, as_of), every, filters.currency or "USD")
        if keep(row, filters):
            out.append(row)
    return out[: filters.limit] if filters.limit else out


def latest(counted: list[Claim], every: list[Claim], field: str, own):
    """The value of `field` the latest counted claim stating it reported; the fact's own
    (`own`) when no claim of the fact states it; None when only later claims do."""
    if not any(_states(c, field) for c in every):
        return own
    stating = [c for c in counted if _states(c, field)]
    return stating[-1] if stating else None


def _states(claim: Claim, field: str) -> bool:
    return getattr(claim, field) not in (None, ())  # parties: () when it names none


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


def _money_then(row: dict, claim: Claim | None, target: str) -> dict:
    """The row with the amount `claim` reported (None: only later claims state one),
    converted to `target` as the plain reports convert (`fx.claim_conversion`); the
    fact's conversion stays when the claim reported the fact's own amount. The row's
    date is still the fact's own (the second choice of the rate's date)."""
    amount, currency = (claim.amount, claim.currency) if claim else (None, None)
    if (amount, currency) == (row["amount"], row["currency"]):
        return dict(row, amount_text=claim.amount_text if claim else row["amount_text"])
    own = (
        (dt.date.fromisoformat((row["date"] + "-01-01")[:10]), row["date_precision"])
        if row["date"]
        else (None, None)
    )
    conversion = (
        fx.claim_conversion(
            amount,
            currency,
            (claim.date, claim.date_precision),
            own,
            (claim.published, claim.published_precision),
            target=target,
        )
        if claim
        else fx.Conversion(None, None, None, None, None)
    )
    # a range's upper bound is the fact's: it holds for an amount in its currency only
    high = row["amount_high"] if currency == row["currency"] else None
    return dict(
        row,
        amount=amount,
        currency=currency,
        amount_text=claim.amount_text if claim else None,
        amount_high=high,
        converted_amount=conversion.amount,
        converted_amount_high=fx.at_rate(high, conversion.rate),
        converted_currency=target if amount is not None else None,
        rate=conversion.rate,
        rate_date=conversion.rate_date.isoformat() if conversion.rate_date else None,
        rate_source=conversion.source,
        rate_note=conversion.note,
    )


# --- deals ----------------------------------------------------------------------------


def deal_overlay(row: dict, counted: list[Claim], every: list[Claim], target: str) -> dict:
    row = _counted_status(row, counted)
    money = latest(counted, every, "amount", row)
    if money is not row:
        row = _money_then(row, money, target)
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
    wanted = [origin_clause(Deal, filters), *_period(date, filters)]
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
    # (each either as a claim stated it or as the deal's own); unsized deals after them.
    total, usd = Deal.per_unit.is_(None), e.c.reported_amount_usd
    tiers = [
        (
            stated(0, [total, usd.is_not(None)], [usd.desc(), e.c.reported_amount.desc()]),
            own(
                0,
                [total, Deal.amount_usd.is_not(None)],
                [Deal.amount_usd.desc(), Deal.amount.desc()],
            ),
        ),
        (
            stated(1, [total, usd.is_(None)], [e.c.reported_amount.desc()]),
            own(1, [total, Deal.amount_usd.is_(None)], [Deal.amount.desc()]),
        ),
        (stated(2, [~total], []), own(2, [~total], [])),
    ]
    sized = []
    for queries in tiers:
        left = None if limit is None else limit - len(sized)
        if left is not None and left <= 0:
            return [row.id for row in sized]
        found = [row for query in queries for row in session.execute(query.limit(left))]
        sized += sorted(found, key=_sql_rank)[:left]
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


def _sql_rank(row) -> tuple:
    """`deal_rank` on a row of `ranked_deals`' queries (their date and precision apart)."""
    from newsdb.partial_date import date_text

    date = date_text(row.date, row.precision)
    return (*_rank(row.tier, row.usd, row.amount, date, row.title), row.id)


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
        row["plaintiffs"] = [n for n, r in named if r in PLAINTIFF_ROLES]
        row["defendants"] = [n for n, r in named if r in DEFENDANT_ROLES]
    return row


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
        .where(then.known(), origin_clause(Lawsuit, filters), *_period(filed, filters))
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


# --- valuations -----------------------------------------------------------------------


def valuation_overlay(row: dict, counted: list[Claim], every: list[Claim], target: str) -> dict:
    money = latest(counted, every, "amount", row)
    if money is not row and money is not None:
        row = _money_then(row, money, target)
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
