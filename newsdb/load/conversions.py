"""The USD equivalent of every amount, stored on import (`amount_usd`, `usd_rate`,
`rate_date`, `rate_source`, `rate_note`, and a range's `amount_high_usd`) at the
rate newsdb/fx.py gives; and of every amount an article reported for a fact
(`evidence.reported_amount_usd`), which `report deals --as-of` ranks on."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from newsdb.fx import Conversion, at_rate, claim_conversion, convert
from newsdb.models import Article, Deal, Evidence, Mention, Valuation

_COLUMNS = ("amount_usd", "amount_high_usd", "usd_rate", "rate_date", "rate_source", "rate_note")


def refresh(session: Session) -> int:
    """Store the USD equivalent of every deal and valuation (dates may have changed),
    and of every money mention not converted yet. Returns the rows written."""
    written = 0
    first_report = (
        sa.select(sa.func.min(Article.published))
        .join(Evidence, Evidence.article_id == Article.id)
        .where(Evidence.deal_id == Deal.id)
        .scalar_subquery()
    )
    deals = session.execute(
        sa.select(Deal, first_report).where(Deal.amount_exact.is_not(None))
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
    for valuation, first in session.execute(sa.select(Valuation, reported)).all():
        date, precision = valuation.as_of, _value(valuation.as_of_precision)
        if date is None and first is not None:
            date, precision = first, None
        conversion = convert(valuation.amount, valuation.currency, date, precision)
        written += _store(valuation, conversion)
    pending = session.execute(
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
        )
    ).all()
    updates = []
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
        written += len(updates)
    return written + _refresh_claims(session)


def _refresh_claims(session: Session) -> int:
    """Store each reported amount's USD equivalent as `--as-of` shows it: the fact's own
    when the article reported the fact's amount, else `fx.claim_conversion` (the
    fact's date may have changed: all are checked). Returns the rows written."""
    session.flush()
    updates = []
    for model, column, dates in (
        (Deal, Evidence.deal_id, ("announced", "completed")),
        (Valuation, Evidence.valuation_id, ("as_of",)),
    ):
        own = [
            c
            for name in dates
            for c in (model.__table__.c[name], model.__table__.c[f"{name}_precision"])
        ]
        rows = session.execute(
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
            .where(Evidence.reported_amount.is_not(None))
        ).all()
        for id_, amount, currency, stored, date, precision, published, p_precision, *fact in rows:
            fact_amount, fact_currency, fact_usd, *own_dates = fact
            if (amount, currency) == (fact_amount, fact_currency):
                usd = fact_usd
            else:
                pairs = [(date, precision), *zip(own_dates[::2], own_dates[1::2], strict=True)]
                pairs.append((published, p_precision))
                usd = claim_conversion(amount, currency, *pairs).amount
            if usd != stored:
                updates.append({"b_id": id_, "reported_amount_usd": usd})
    if updates:
        table = Evidence.__table__
        session.connection().execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("b_id"))
            .values(reported_amount_usd=sa.bindparam("reported_amount_usd")),
            updates,
        )
    return len(updates)


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
