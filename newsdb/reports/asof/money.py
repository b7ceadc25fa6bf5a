"""An amount reported then, converted anew as the plain reports convert (issue 15)."""

from __future__ import annotations

import datetime as dt

from newsdb import fx
from newsdb.reports.claims import Claim


def money_then(row: dict, claim: Claim | None, target: str) -> dict:
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
