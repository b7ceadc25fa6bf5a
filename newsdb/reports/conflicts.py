"""`conflicts`: where the articles disagree about a fact, every claim kept side by side.

For each deal, valuation and lawsuit, the claims its articles made (reports/
claims.py) are compared field by field: the amount (with its currency), the
date (two dates disagree when they cannot mean the same day: "2025" and
"2025-05" agree), the status (a status at the same or a later stage than the
preferred one: "completed" against "cancelled", not "in talks" against a later
"announced", which is history) and each party's role. One claim per field is
preferred: the curator's rank first (`rank: preferred` on an evidence entry
wins, `rank: deprecated` loses: docs/formats.md), then the stated rule: curated
over extracted, then the most specific (more significant digits, a finer date, a
further stage), then the latest report (undated last); one row per claim that
disagrees with it, with both quotes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdb.amounts import decimal_text
from newsdb.models import KnownState
from newsdb.partial_date import PartialDate
from newsdb.reports.asof.known import counted, holding
from newsdb.reports.claims import COLUMNS, FACTS, Claim, claims_for, find_fact, stage
from newsdb.reports.common import Filters, in_text_order
from newsdb.reports.output import Layout

FIELDS = [
    "fact_type",
    "fact_key",
    "field",
    "preferred",
    "preferred_by",
    "preferred_published",
    "preferred_origin",
    "preferred_quote",
    "other",
    "other_by",
    "other_published",
    "other_origin",
    "other_quote",
    "rule",
]
TABLE = Layout(FIELDS, fields=FIELDS)
PRECISION = {"year": 1, "month": 2, "day": 3}
RANKED = {"deprecated": 0, "normal": 1, "preferred": 2}  # the curator's ranks (vocab.Rank)


def conflicts(session: Session, filters: Filters, key: str | None = None) -> list[dict]:
    if key:
        type_, fact = find_fact(session, key)
        facts = {type_: lambda: [(fact.id, fact.key)]}
    else:  # read a type's facts only when the limit leaves room for them
        facts = {
            type_: lambda type_=type_, model=model: session.execute(
                _candidates(type_, model, filters).order_by(in_text_order(session, model.key))
            ).all()
            for type_, model in FACTS.items()
            if not filters.kind or filters.kind == type_
        }
    rows = []
    # a chunk at a time: --limit stops early; no more facts than the limit at first
    # (with --as-of, each fact found gives a row at least)
    size = min(200, filters.limit or 200)
    for type_, read in facts.items():
        found = read()
        for start in range(0, len(found), size):
            chunk = found[start : start + size]
            claims = claims_for(session, type_, [fact_id for fact_id, _ in chunk])
            for fact_id, fact_key in chunk:
                mine = counted(claims[fact_id], filters.as_of)
                if filters.reviewed_only:
                    mine = [c for c in mine if c.origin == "curated"]
                rows += fact_standing(type_, fact_key, mine).rows
                if filters.limit and len(rows) >= filters.limit:
                    return rows[: filters.limit]
    return rows


def _candidates(type_: str, model, filters: Filters):
    """(id, key) of the facts in conflict: with --as-of, those in conflict then (their
    `known_state` row), else today (the fact's own count); counts this report's code
    made on import (load/standing.py, load/known.py). Each gives a row, so no more than
    the limit. When only curated claims count, the facts two articles or more support."""
    if filters.reviewed_only:
        column = COLUMNS[type_]
        several = (  # a fact one article supports cannot disagree with itself
            select(column).where(column.is_not(None)).group_by(column).having(func.count() > 1)
        )
        return select(model.id, model.key).where(model.id.in_(several))
    if filters.as_of is not None:
        state = KnownState.__table__.c
        query = (
            select(model.id, model.key)
            .join(KnownState, state[f"{type_}_id"] == model.id)
            .where(*holding(filters.as_of), state.conflicts > 0)
        )
    else:
        query = select(model.id, model.key).where(model.conflicts > 0)
    return query.limit(filters.limit)


@dataclass(frozen=True)
class Standing:
    """A fact's disagreements (the rows `report conflicts` lists for it) and, for each of
    its amount, date and status on which claims disagree, the preferred claim."""

    rows: list[dict]
    preferred: dict[str, Claim]  # "amount", "date", "status": the preferred claim


def fact_standing(type_: str, key: str, claims: list[Claim]) -> Standing:
    rows: list[dict] = []
    preferred: dict[str, Claim] = {}
    for field, naming, text, differ, specificity in _fields(claims):
        chosen, found = _disagreements(type_, key, field, naming, text, differ, specificity)
        if found and field in ("amount", "date", "status"):
            preferred[field] = chosen
        rows += found
    return Standing(rows, preferred)


def _fields(claims: list[Claim]):
    """Per field compared: (field, the claims stating it, its text, whether two claims
    disagree on it, how specific a claim's value is)."""
    yield (
        "amount",
        [c for c in claims if c.amount is not None],
        lambda c: f"{decimal_text(c.amount)} {c.currency}",
        lambda a, b: (a.amount, a.currency) != (b.amount, b.currency),
        lambda c: _digits(c.amount),
    )
    yield (
        "date",
        [c for c in claims if c.date is not None],
        lambda c: c.date_text,
        _dates_differ,
        lambda c: PRECISION.get(c.date_precision, 0),
    )
    yield (
        "status",
        [c for c in claims if c.status],
        lambda c: c.status,
        lambda preferred, other: (
            other.status != preferred.status and stage(other.status) >= stage(preferred.status)
        ),
        lambda c: stage(c.status),  # the furthest stage reported is the most specific
    )
    names = sorted({name for c in claims for name, _ in c.parties})
    for name in names:

        def roles(claim, name=name):
            return tuple(sorted(r for n, r in claim.parties if n == name))

        yield (
            f"role of {name}",
            [c for c in claims if any(n == name for n, _ in c.parties)],
            lambda c, roles=roles: ", ".join(roles(c)),
            lambda a, b, roles=roles: roles(a) != roles(b),
            lambda c: 0,
        )


def _disagreements(
    type_, key, field, claims, text, differ, specificity
) -> tuple[Claim | None, list[dict]]:
    """The preferred claim of `field` and one row per claim that disagrees with it."""
    if len(claims) < 2:
        return None, []
    preferred = max(claims, key=lambda c: _preference(c, specificity))
    rows = []
    for other in claims:
        if other is preferred or not differ(preferred, other):
            continue
        rows.append(
            {
                "fact_type": type_,
                "fact_key": key,
                "field": field,
                "preferred": text(preferred),
                "preferred_by": preferred.article,
                "preferred_published": preferred.published_text,
                "preferred_origin": preferred.origin,
                "preferred_quote": preferred.quote,
                "other": text(other),
                "other_by": other.article,
                "other_published": other.published_text,
                "other_origin": other.origin,
                "other_quote": other.quote,
                "rule": _rule(preferred, other, specificity),
            }
        )
    return preferred, rows


def _preference(claim: Claim, specificity):
    """The curator's rank, then curated over extracted, then the most specific, then
    the latest report."""
    return (
        RANKED[claim.rank],
        claim.origin == "curated",
        specificity(claim),
        claim.known_from or dt.date.min,
        claim.article,
    )


def _rule(preferred: Claim, other: Claim, specificity) -> str:
    if preferred.rank != other.rank:
        return f"ranked {preferred.rank}" if preferred.rank != "normal" else f"other {other.rank}"
    if preferred.origin != other.origin:
        return "curated over extracted"
    if specificity(preferred) != specificity(other):
        return "more specific"
    if (preferred.known_from or dt.date.min) != (other.known_from or dt.date.min):
        return "later report"
    return "article key (same date)"


def _digits(amount) -> int:
    """Significant digits: 97400000000 → 3, 100000000000 → 1."""
    return len(str(amount.normalize().as_tuple().digits).strip("(,)").replace(", ", ""))


def _dates_differ(a: Claim, b: Claim) -> bool:
    """Two dates disagree when no day is in both (2025 and 2025-05 agree)."""
    first = PartialDate.of(a.date, a.date_precision)
    second = PartialDate.of(b.date, b.date_precision)
    return first.last_day() < second.value or second.last_day() < first.value
