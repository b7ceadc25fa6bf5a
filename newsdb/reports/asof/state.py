"""A fact's states as then reported, one per stretch of days over which they held: the
rows of `known_state` (newsdb/models/known.py), which --as-of filters and ranks on.

The rules are the overlays' (overlays.py): the status the latest counted claim
reported, else the fact's own; the amount and date of the latest counted claim
stating them, the fact's own when none of its claims does, none when only claims
not counted yet do (a valuation keeps its own amount then); the conflicts as
`report conflicts` counts them among the counted claims. A state changes only on
a day a claim starts to count, so one is computed per such day, and days that
change nothing are merged into the stretch before them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from newsdb.reports.asof.overlays import OWN, latest
from newsdb.reports.claims import Claim
from newsdb.reports.conflicts import fact_standing


@dataclass(frozen=True)
class Own:
    """A fact's own values: where none of its claims states one apart."""

    status: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    amount_usd: Decimal | None = None
    per_unit: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None


def states(type_: str, own: Own, claims: list[Claim]) -> list[dict]:
    """The fact's `known_state` rows (without its id), earliest first; `claims` in
    claims_for's order. None for a fact no dated article reports."""
    rows: list[dict] = []
    for day in sorted({c.known_from for c in claims if c.known_from is not None}):
        counted = [c for c in claims if c.known_from is not None and c.known_from <= day]
        values = _values(type_, own, counted, claims)
        if rows and all(rows[-1][name] == value for name, value in values.items()):
            continue
        if rows:
            rows[-1]["known_until"] = day
        rows.append({"known_from": day, "known_until": None, **values})
    return rows


def _values(type_: str, own: Own, counted: list[Claim], every: list[Claim]) -> dict:
    values = dict.fromkeys(
        ("status", "amount", "currency", "amount_usd", "date", "date_precision", "size_rank")
    )
    values["conflicts"] = 0
    if type_ == "affiliation":  # known or not: nothing else is shown as then reported
        return values
    values["conflicts"] = len(fact_standing(type_, "", counted).rows)
    if type_ != "valuation":
        values["status"] = next((c.status for c in reversed(counted) if c.status), own.status)
    if type_ != "lawsuit":
        values |= _money(type_, own, latest(counted, every, "amount", OWN))
    date = latest(counted, every, "date", OWN)
    if date is OWN:
        values["date"], values["date_precision"] = own.date, own.date_precision
    elif date is not None:
        values["date"], values["date_precision"] = date.date, date.date_precision
    if type_ == "deal":
        values["size_rank"] = size_rank(values["amount"], own.per_unit, values["amount_usd"])
    return values


def _money(type_: str, own: Own, claim) -> dict:
    """The amount then reported, with its USD value: the fact's own conversion when it
    is the fact's amount (money.money_then), else the claim's (evidence.reported_amount_usd,
    converted as money_then converts). A valuation keeps its own while only claims not
    counted yet state one."""
    mine = {"amount": own.amount, "currency": own.currency, "amount_usd": own.amount_usd}
    if claim is OWN or (claim is None and type_ == "valuation"):
        return mine
    if claim is None:
        return {"amount": None, "currency": None, "amount_usd": None}
    if (claim.amount, claim.currency) == (own.amount, own.currency):
        return mine
    return {"amount": claim.amount, "currency": claim.currency, "amount_usd": claim.amount_usd}


def size_rank(amount, per_unit: str | None, usd) -> int:
    """`report deals`' tiers, best first (ranking.deal_rank): a total converted to USD,
    a total not converted, a price per share, no amount."""
    if amount is None:
        return 0
    if per_unit is not None:
        return 1
    return 3 if usd is not None else 2
