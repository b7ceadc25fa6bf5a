"""The USD equivalent of every amount, stored on import (`amount_usd`, `usd_rate`,
`rate_date`, `rate_source`, `rate_note`, and a range's `amount_high_usd`) at the
rate newsdb/fx.py gives; and of every amount an article reported for a fact
(`evidence.reported_amount_usd`), which `report deals --as-of` ranks on (through
known_state, load/known.py).

An import converts what it may have changed an input of, so that its cost grows
with the import, not with the database. A conversion's inputs, and who changes them:
- a fact's amount, currency, range and own dates: the curated facts it loads, the
  extracted facts its articles report (new ones, or an amount filled in);
- the date its first article was published, for an undated fact: an article
  reporting it, one changed (a new date, or a text that no longer reports it);
- a claim's amount, currency and date, its article's date, its fact's amount and
  conversion: the same, as the claim belongs to its fact;
- a money mention's amount and its article's date: converted once, when its
  article is written;
- the rate table (fx.SOURCE names it): when the stored conversions say another,
  everything is converted again (see `_rates_changed`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlalchemy as sa
from sqlalchemy.orm import Session

from newsdb import fx
from newsdb.fx import Conversion, at_rate, claim_conversion, convert
from newsdb.models import Affiliation, Article, Deal, Evidence, Lawsuit, Mention, Valuation

_COLUMNS = ("amount_usd", "amount_high_usd", "usd_rate", "rate_date", "rate_source", "rate_note")
CHUNK = 500  # ids per IN list
# The facts with an amount, with the evidence column that links a claim to them.
CONVERTED = {"deal": (Deal, Evidence.deal_id), "valuation": (Valuation, Evidence.valuation_id)}


# Every fact type, with the evidence column that links a claim to it: an import
# tells `citing` and `converting` for all of them (load/known.py stores each one's
# state as then reported).
CITED = {
    "deal": (Deal, Evidence.deal_id),
    "valuation": (Valuation, Evidence.valuation_id),
    "lawsuit": (Lawsuit, Evidence.lawsuit_id),
    "affiliation": (Affiliation, Evidence.affiliation_id),
}


def citing(session: Session, article_ids: Iterable[int]) -> dict[str, set[int]]:
    """The facts with evidence in these articles, by type: taken before an import
    changes an article, they are the facts it may take a claim away from."""
    found: dict[str, set[int]] = {type_: set() for type_ in CITED}
    for chunk in _chunks(sorted(article_ids)):
        for type_, (_, column) in CITED.items():
            found[type_].update(
                session.scalars(
                    sa.select(column).where(Evidence.article_id.in_(chunk), column.is_not(None))
                )
            )
    return found


def converting(
    session: Session,
    article_ids: set[int],
    curated: Iterable[tuple[str, str]] = frozenset(),
    cited: dict[str, set[int]] | None = None,
) -> dict[str, set[int]] | None:
    """The facts of every type an import may have changed an input of (see `refresh`):
    None (every fact) when the rate table changed. Asked before `refresh`, which
    stores conversions made with the new table."""
    facts = _touched(session, article_ids, curated, cited)
    changed = _rates_changed(session)
    if changed:
        return None
    if changed is None:  # nothing says which table the stored ones used: see to them
        for type_, ids in _rated(session).items():
            facts[type_].update(ids)
    return facts


def refresh(
    session: Session,
    article_ids: set[int] | None = None,
    facts: dict[str, set[int]] | None = None,
) -> int:
    """Store the USD equivalents an import may have changed: of `facts` (ids by type,
    as `converting` finds them for the import), of their claims, and of the money
    mentions of `article_ids` (the articles it wrote). Everything when either is None
    (`converting` says None when the rate table changed). Returns the rows written."""
    if article_ids is None or facts is None:
        facts = None
        article_ids = None
    written = 0
    first_report = (
        sa.select(sa.func.min(Article.published))
        .join(Evidence, Evidence.article_id == Article.id)
        .where(Evidence.deal_id == Deal.id)
        .scalar_subquery()
    )
    for chunk in _scope(facts, "deal"):
        deals = session.execute(
            _within(
                sa.select(Deal, first_report).where(Deal.amount_exact.is_not(None)), Deal.id, chunk
            )
        ).all()
        for deal, reported in deals:
            date, precision = (
                (deal.announced, deal.announced_precision)
                if deal.announced
                else (deal.completed, deal.completed_precision)
            )
            if date is None and reported is not None:
                date, precision = reported, None
            written += _store(deal, convert(deal.amount, deal.currency, date, _value(precision)))
    reported = (
        sa.select(sa.func.min(Article.published))
        .join(Evidence, Evidence.article_id == Article.id)
        .where(Evidence.valuation_id == Valuation.id)
        .scalar_subquery()
    )
    for chunk in _scope(facts, "valuation"):
        query = _within(sa.select(Valuation, reported), Valuation.id, chunk)
        for valuation, first in session.execute(query).all():
            date, precision = valuation.as_of, _value(valuation.as_of_precision)
            if date is None and first is not None:
                date, precision = first, None
            conversion = convert(valuation.amount, valuation.currency, date, precision)
            written += _store(valuation, conversion)
    return written + _refresh_mentions(session, article_ids) + _refresh_claims(session, facts)


def _refresh_mentions(session: Session, article_ids: set[int] | None) -> int:
    """Convert the money mentions not converted yet (of these articles): once each."""
    updates = []
    for chunk in _chunks(None if article_ids is None else sorted(article_ids)):
        pending = session.execute(
            _within(
                sa.select(
                    Mention.id,
                    Mention.amount_exact,
                    Mention.amount_high_exact,
                    Mention.currency,
                    Article.published,
                    Article.published_precision,
                )
                .join(Article, Article.id == Mention.article_id)
                .where(
                    Mention.amount_exact.is_not(None),
                    Mention.rate_source.is_(None),
                    Mention.rate_note.is_(None),
                ),
                Mention.article_id,
                chunk,
            )
        ).all()
        for mention_id, amount, high, currency, published, precision in pending:
            c = convert(amount, currency, published, _value(precision))
            updates.append(
                {
                    "b_id": mention_id,
                    "amount_usd": c.amount,
                    "amount_high_usd": at_rate(high, c.rate),
                    "usd_rate": c.rate,
                    "rate_date": c.rate_date,
                    "rate_source": c.source,
                    # never NULL once looked at, so that a mention is converted once
                    "rate_note": c.note if c.source or c.note else "no conversion",
                }
            )
    if updates:
        table = Mention.__table__
        statement = (
            sa.update(table)
            .where(table.c.id == sa.bindparam("b_id"))
            .values({name: sa.bindparam(name) for name in _COLUMNS})
        )
        session.connection().execute(statement, updates)
    return len(updates)


def _refresh_claims(session: Session, facts: dict[str, set[int]] | None) -> int:
    """Store each reported amount's USD equivalent as `--as-of` shows it: the fact's own
    when the article reported the fact's amount, else `fx.claim_conversion` (the
    fact's date may have changed: all of a fact's claims are checked), for the claims
    of `facts` (all when None). Returns the rows written."""
    session.flush()
    updates = []
    for type_, (model, column) in CONVERTED.items():
        dates = ("announced", "completed") if model is Deal else ("as_of",)
        own = [
            c
            for name in dates
            for c in (model.__table__.c[name], model.__table__.c[f"{name}_precision"])
        ]
        for chunk in _scope(facts, type_):
            rows = session.execute(
                _within(
                    sa.select(
                        Evidence.id,
                        Evidence.reported_amount,
                        Evidence.reported_currency,
                        Evidence.reported_amount_usd,
                        Evidence.reported_date,
                        Evidence.reported_date_precision,
                        Article.published,
                        Article.published_precision,
                        model.amount_exact,
                        model.currency,
                        model.amount_usd,
                        *own,
                    )
                    .join(Article, Article.id == Evidence.article_id)
                    .join(model, model.id == column)
                    .where(Evidence.reported_amount.is_not(None)),
                    column,
                    chunk,
                )
            ).all()
            for row in rows:
                usd = _claim_usd(row, dates)
                if usd != row.reported_amount_usd:
                    updates.append({"b_id": row.id, "reported_amount_usd": usd})
    if updates:
        table = Evidence.__table__
        session.connection().execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("b_id"))
            .values(reported_amount_usd=sa.bindparam("reported_amount_usd")),
            updates,
        )
    return len(updates)


def _claim_usd(row, dates: tuple[str, ...]):
    """A claim's USD equivalent: its fact's when it reported the fact's amount."""
    if (row.reported_amount, row.reported_currency) == (row.amount_exact, row.currency):
        return row.amount_usd
    pairs = [(row.reported_date, row.reported_date_precision)]
    pairs += [(row._mapping[name], row._mapping[f"{name}_precision"]) for name in dates]
    pairs.append((row.published, row.published_precision))
    return claim_conversion(row.reported_amount, row.reported_currency, *pairs).amount


def _touched(session: Session, article_ids, curated, cited) -> dict[str, set[int]]:
    """The facts an import may have changed a conversion input (or a claim) of."""
    facts = citing(session, article_ids)
    for type_, ids in (cited or {}).items():
        facts[type_].update(ids)
    for type_, (model, _) in CITED.items():
        keys = sorted(key for t, key in curated if t == type_)
        for chunk in _chunks(keys):
            facts[type_].update(session.scalars(sa.select(model.id).where(model.key.in_(chunk))))
    return facts


def _rates_changed(session: Session) -> bool | None:
    """Whether the stored conversions were made with another rate table than fx's; None
    when none says (none took a rate). Every import leaves them all made with one table
    (a new one converts everything again), so one stored conversion tells for all."""
    for model, _ in CONVERTED.values():
        source = session.scalar(
            sa.select(model.rate_source)
            .where(
                model.amount_exact.is_not(None),
                model.rate_source.is_not(None),
                model.rate_source != fx.SAME_CURRENCY,
            )
            .limit(1)
        )
        if source is not None:
            return source != fx.SOURCE
    return None


def _rated(session: Session) -> dict[str, set[int]]:
    """The facts whose stored conversion depends on the rate table without naming it:
    no rate (a currency not covered, no rate near the date), or a claim in another
    currency than the dollar."""
    found: dict[str, set[int]] = {}
    for type_, (model, column) in CONVERTED.items():
        unrated = sa.select(model.id).where(
            model.amount_exact.is_not(None),
            model.rate_source.is_(None),
            model.rate_note.is_not(None),
        )
        claimed = sa.select(column).where(
            column.is_not(None),
            Evidence.reported_amount.is_not(None),
            Evidence.reported_currency != fx.TARGET,
        )
        found[type_] = set(session.scalars(unrated)) | set(session.scalars(claimed))
    return found


def _scope(facts: dict[str, set[int]] | None, type_: str) -> Iterator[list[int] | None]:
    """The chunks of ids of `type_` to convert; one None (every row) when `facts` is."""
    return _chunks(None if facts is None else sorted(facts[type_]))


def _chunks(ids: list | None) -> Iterator[list | None]:
    if ids is None:
        yield None
        return
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _within(query, column, chunk: list | None):
    """`query` limited to the rows whose `column` is in `chunk` (all when None)."""
    return query if chunk is None else query.where(column.in_(chunk))


def _value(precision) -> str | None:
    return None if precision is None else getattr(precision, "value", precision)


def _store(row, conversion: Conversion) -> int:
    values = {
        "amount_usd": conversion.amount,
        "amount_high_usd": at_rate(row.amount_high, conversion.rate),
        "usd_rate": conversion.rate,
        "rate_date": conversion.rate_date,
        "rate_source": conversion.source,
        "rate_note": conversion.note,
    }
    if all(getattr(row, name) == value for name, value in values.items()):
        return 0
    for name, value in values.items():
        setattr(row, name, value)
    return 1
