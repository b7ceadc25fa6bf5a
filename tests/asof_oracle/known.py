"""Which facts and claims were known on a date, in SQL: an article counts once the
last day its date can mean has passed (`published_by`); `Then` gives one fact's
status, amount and date as the counted articles reported them, as subqueries the
database can filter and rank on; `counted` is the same choice over loaded claims.
"""

from __future__ import annotations

import datetime as dt

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
)
from sqlalchemy.orm import Session

from newsdb.models import FACT_MODELS, Affiliation, Article, Evidence
from newsdb.reports.claims import COLUMNS, Claim
from newsdb.reports.common import Filters, in_text_order

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


def period(date, filters: Filters) -> list:
    """SQL: the date as then reported falls within --since/--until (`in_period`)."""
    where = []
    if filters.since is not None:
        where.append(date >= filters.since)
    if filters.until is not None:
        where.append(date <= filters.until)
    return where


def counted(claims: list[Claim], as_of: dt.date | None) -> list[Claim]:
    """The claims of articles published by `as_of` (all of them when None)."""
    if as_of is None:
        return claims
    return [c for c in claims if c.known_from is not None and c.known_from <= as_of]
