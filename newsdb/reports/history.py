"""`history`: how the news told one deal, valuation or lawsuit, step by step.

A step is a change in what the articles reported: the status (rumored → in
talks → announced → completed or cancelled) or the amount. Steps are told in
that order of stages, then by when they were first reported; an article that
repeats the current status and amount (or says nothing of the amount) joins
the step. Each step names the article that first reported it, its date and
quote, the other articles, and the days since the previous step when both
first reports are dated to the day.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from newsdb.reports.asof.known import counted
from newsdb.reports.claims import Claim, chronological, claims_for, find_fact, stage
from newsdb.reports.common import Filters
from newsdb.reports.output import Layout

FIELDS = [
    "step",
    "fact_key",
    "status",
    "amount",
    "currency",
    "amount_text",
    "date",
    "changed",
    "first_reported",
    "first_reported_precision",
    "days_since_previous",
    "article",
    "articles",
    "quote",
    "origin",
]
TABLE = Layout(
    ["step", "status", "amount", "first_reported", "days_since_previous", "articles"],
    detail="quote",
    fields=FIELDS,
)


def history(session: Session, filters: Filters, key: str) -> list[dict]:
    type_, fact = find_fact(session, key)
    claims = counted(claims_for(session, type_, [fact.id])[fact.id], filters.as_of)
    return steps(fact, claims, limit=filters.limit)


def steps(fact, claims: list[Claim], limit: int | None = None) -> list[dict]:
    ordered = sorted(claims, key=lambda c: (stage(c.status), *chronological(c)))
    amounts_stated = any(c.amount is not None for c in claims)
    out: list[dict] = []
    current = None
    for claim in ordered:
        status = claim.status or (current["status"] if current else _status(fact))
        if claim.amount is not None:
            money = (claim.amount, claim.currency, claim.amount_text)
        elif current is not None:
            money = (current["amount"], current["currency"], current["amount_text"])
        elif not amounts_stated:  # no source states it apart: the fact's own
            money = (
                getattr(fact, "amount", None),
                getattr(fact, "currency", None),
                getattr(fact, "amount_text", None),
            )
        else:
            money = (None, None, None)
        if current is not None and (status, money[0], money[1]) == (
            current["status"],
            current["amount"],
            current["currency"],
        ):
            current["_claims"].append(claim)
            continue
        changed = (
            "first report"
            if current is None
            else ", ".join(
                name
                for name, differs in (
                    ("status", status != current["status"]),
                    ("amount", (money[0], money[1]) != (current["amount"], current["currency"])),
                )
                if differs
            )
        )
        current = {
            "step": len(out) + 1,
            "fact_key": fact.key,
            "status": status,
            "amount": money[0],
            "currency": money[1],
            "amount_text": money[2],
            "changed": changed,
            "_claims": [claim],
        }
        out.append(current)
    previous = None
    for step in out:
        group = sorted(step.pop("_claims"), key=chronological)
        first = group[0]
        step["date"] = next((c.date_text for c in group if c.date), None)
        step["first_reported"] = first.published_text
        step["first_reported_precision"] = first.published_precision
        step["days_since_previous"] = (
            (first.published - previous.published).days
            if previous and first.published_precision == previous.published_precision == "day"
            else None
        )
        step["article"] = first.article
        step["articles"] = sorted({c.article for c in group})
        step["quote"] = first.quote
        step["origin"] = first.origin
        previous = first
    out = [{name: step[name] for name in FIELDS} for step in out]
    return out[:limit] if limit else out


def _status(fact) -> str | None:
    status = getattr(fact, "status", None)
    return str(status) if status else None
