"""What each article reported about a fact (issue 16): the claims behind history,
--as-of and conflicts.

A claim is one piece of evidence with the status, amount, date and parties its
article reported (Evidence.reported_*, evidence_party) and when it became known:
the last day its article's date can mean (an article of "2025-05" is known from
2025-05-31), None when the article is undated. A value no claim of a fact states
is the fact's own (the curator gave it once for all its sources).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from newsdb.models import Article, Deal, Evidence, EvidenceParty, Lawsuit, Valuation
from newsdb.partial_date import PartialDate
from newsdb.reports.common import ReportError
from newsdb.reports.output import date_text

FACTS = {"deal": Deal, "valuation": Valuation, "lawsuit": Lawsuit}
COLUMNS = {
    "deal": Evidence.deal_id,
    "valuation": Evidence.valuation_id,
    "lawsuit": Evidence.lawsuit_id,
}
DATE_COLUMN = {"deal": "announced", "valuation": "as_of", "lawsuit": "filed"}
# How far along a status is: steps are told in this order, then by report date.
STAGE = {
    "rumored": 0,
    "threatened": 0,
    "in_talks": 1,
    "announced": 2,
    "filed": 2,
    "countersuit": 2,
}  # anything else (completed, rejected, withdrawn, cancelled, settled…) ends: 3
ENDED = 3


@dataclass(frozen=True)
class Claim:
    evidence_id: int
    article: str
    published: dt.date | None
    published_precision: str | None
    known_from: dt.date | None  # last day the article's date can mean; None: undated
    status: str | None
    amount: Decimal | None
    currency: str | None
    amount_text: str | None
    date: dt.date | None
    date_precision: str | None
    parties: tuple[tuple[str, str], ...]  # (name, role), sorted
    quote: str
    origin: str
    start: int

    @property
    def published_text(self) -> str | None:
        return date_text(self.published, self.published_precision)

    @property
    def date_text(self) -> str | None:
        return date_text(self.date, self.date_precision)


def stage(status: str | None) -> int:
    return STAGE.get(status, ENDED) if status else 0


def find_fact(session: Session, key: str) -> tuple[str, object]:
    """The deal, valuation or lawsuit with this key: (type, row)."""
    for type_, model in FACTS.items():
        row = session.scalar(select(model).where(model.key == key))
        if row is not None:
            return type_, row
    raise ReportError(f"no deal, valuation or lawsuit with key {key!r}")


def claims_for(session: Session, type_: str, ids: list[int]) -> dict[int, list[Claim]]:
    """Each fact's claims, the earliest known first (undated last), by fact id."""
    column = COLUMNS[type_]
    grouped: dict[int, list[Claim]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(
                column.label("fact_id"),
                Evidence,
                Article.key,
                Article.published,
                Article.published_precision,
            )
            .join(Article, Article.id == Evidence.article_id)
            .where(column.in_(chunk))
            .options(
                selectinload(Evidence.reported_parties).selectinload(EvidenceParty.organization),
                selectinload(Evidence.reported_parties).selectinload(EvidenceParty.person),
            )
        )
        for row in rows:
            grouped[row.fact_id].append(_claim(row))
    for claims in grouped.values():
        claims.sort(key=chronological)
    return grouped


def chronological(claim: Claim):
    return (claim.known_from is None, claim.known_from or dt.date.max, claim.article, claim.start)


def _claim(row) -> Claim:
    e = row.Evidence
    published = PartialDate.of(row.published, row.published_precision)
    return Claim(
        evidence_id=e.id,
        article=row.key,
        published=row.published,
        published_precision=str(row.published_precision) if row.published_precision else None,
        known_from=published.last_day() if published else None,
        status=e.reported_status,
        amount=e.reported_amount,
        currency=e.reported_currency,
        amount_text=e.reported_amount_text,
        date=e.reported_date,
        date_precision=str(e.reported_date_precision) if e.reported_date_precision else None,
        parties=tuple(
            sorted(((p.organization or p.person).name, str(p.role)) for p in e.reported_parties)
        ),
        quote=e.quote,
        origin=str(e.origin),
        start=e.start_offset,
    )


def fact_parties(fact) -> tuple[tuple[str, str], ...]:
    return tuple(
        sorted(
            ((p.organization or p.person).name, str(p.role)) for p in getattr(fact, "parties", [])
        )
    )
