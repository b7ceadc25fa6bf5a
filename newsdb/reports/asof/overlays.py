"""A report's own rows overlaid with what the counted claims of each fact said: its
status, amount, date and parties as then reported (one overlay per report).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from newsdb.reports.asof.known import counted, known_ids
from newsdb.reports.asof.money import money_then
from newsdb.reports.claims import Claim, claims_for
from newsdb.reports.common import Filters, days_between
from newsdb.vocab import DEFENDANT_ROLES, PLAINTIFF_ROLES, DealStatus

CONFIRMING = {DealStatus.ANNOUNCED.value, DealStatus.COMPLETED.value}
OWN = object()  # `latest`'s answer, given as `own`, when no claim states the field


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


def in_period(date: str | None, filters: Filters) -> bool:
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


def deal_overlay(row: dict, counted: list[Claim], every: list[Claim], target: str) -> dict:
    row = _counted_status(row, counted)
    money = latest(counted, every, "amount", row)
    if money is not row:
        row = money_then(row, money, target)
    row = _date_then(row, counted, every, "date")
    named = _parties_then(row, counted, every)
    if named is not None:
        row["parties"] = [{"name": name, "role": role} for name, role in named]
    first = counted[0]
    confirmed = next((c for c in counted if c.status in CONFIRMING), None)
    row["first_reported"] = first.published_text
    row["first_reported_precision"] = first.published_precision
    row["first_reported_by"] = first.article
    row["confirmed"] = confirmed.published_text if confirmed else None
    row["confirmed_precision"] = confirmed.published_precision if confirmed else None
    row["days_to_confirm"] = days_between(first, confirmed)
    return row


def _date_then(row: dict, counted: list[Claim], every: list[Claim], column: str) -> dict:
    """`column` and its precision as the latest counted claim stating a date gave them."""
    date = latest(counted, every, "date", row)
    if date is not row:
        row[column] = date.date_text if date else None
        row[f"{column}_precision"] = date.date_precision if date else None
    return row


def _parties_then(row: dict, counted: list[Claim], every: list[Claim]):
    """(name, role) of the parties as the latest counted claim naming them gave them,
    by role then name; None when no claim names them (the row's own stand)."""
    parties = latest(counted, every, "parties", row)
    if parties is row:
        return None
    return sorted(parties.parties, key=lambda p: (p[1], p[0])) if parties else []


def lawsuit_overlay(row: dict, counted: list[Claim], every: list[Claim]) -> dict:
    row = _counted_status(row, counted)
    row = _date_then(row, counted, every, "filed")
    named = _parties_then(row, counted, every)
    if named is not None:
        row["plaintiffs"] = [n for n, r in named if r in PLAINTIFF_ROLES]
        row["defendants"] = [n for n, r in named if r in DEFENDANT_ROLES]
    return row


def valuation_overlay(row: dict, counted: list[Claim], every: list[Claim], target: str) -> dict:
    money = latest(counted, every, "amount", row)
    if money is not row and money is not None:
        row = money_then(row, money, target)
    date = latest(counted, every, "date", row)
    if date is not row:
        row = dict(row, date=date.date_text if date else None)
        row["date_precision"] = date.date_precision if date else None
    return row


def keep_valuation(row: dict, filters: Filters) -> bool:
    return in_period(row["date"], filters)
