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
from sqlalchemy.orm import Session

from newsdb.models import (
    Article,
    Deal,
    Evidence,
    EvidenceParty,
    Lawsuit,
    Organization,
    Person,
    Valuation,
)
from newsdb.partial_date import PartialDate, date_text
from newsdb.reports.common import ReportError

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
    rank: str = "normal"  # the curator's (vocab.Rank): preferred, normal or deprecated
    amount_usd: Decimal | None = None  # the amount in USD as --as-of shows it (conversions.py)

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
    """Each fact's claims, the earliest known first (undated last), by fact id. Plain rows,
    not ORM objects: the --as-of reports read every claim of the facts they show."""
    column = COLUMNS[type_]
    grouped: dict[int, list[Claim]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = session.execute(
            select(
                column.label("fact_id"),
                Evidence.id,
                Evidence.reported_status,
                Evidence.reported_amount,
                Evidence.reported_currency,
                Evidence.reported_amount_text,
                Evidence.reported_amount_usd,
                Evidence.reported_date,
                Evidence.reported_date_precision,
                Evidence.quote,
                Evidence.origin,
                Evidence.start_offset,
                Evidence.rank,
                Article.key,
                Article.published,
                Article.published_precision,
            )
            .join(Article, Article.id == Evidence.article_id)
            .where(column.in_(chunk))
        ).all()
        parties: dict[int, list] = {}
        evidence_ids = [row.id for row in rows]
        for first in range(0, len(evidence_ids), 500):
            for evidence_id, org, person, role in session.execute(
                select(
                    EvidenceParty.evidence_id,
                    name_of(Organization, EvidenceParty.organization_id),
                    name_of(Person, EvidenceParty.person_id),
                    EvidenceParty.role,
                ).where(EvidenceParty.evidence_id.in_(evidence_ids[first : first + 500]))
            ):
                parties.setdefault(evidence_id, []).append((org or person, str(role)))
        for row in rows:
            grouped[row.fact_id].append(_claim(row, tuple(sorted(parties.get(row.id, ())))))
    for claims in grouped.values():
        claims.sort(key=chronological)
    return grouped


def name_of(model, column):
    """The name of the entity `column` points to, looked up by its primary key: a join
    let PostgreSQL hash every organization and person for a few hundred parties."""
    return select(model.name).where(model.id == column).scalar_subquery()


def chronological(claim: Claim):
    return (claim.known_from is None, claim.known_from or dt.date.max, claim.article, claim.start)


def _claim(row, parties: tuple) -> Claim:
    published = PartialDate.of(row.published, row.published_precision)
    return Claim(
        evidence_id=row.id,
        article=row.key,
        published=row.published,
        published_precision=str(row.published_precision) if row.published_precision else None,
        known_from=published.last_day() if published else None,
        status=row.reported_status,
        amount=row.reported_amount,
        currency=row.reported_currency,
        amount_text=row.reported_amount_text,
        date=row.reported_date,
        date_precision=str(row.reported_date_precision) if row.reported_date_precision else None,
        parties=parties,
        quote=row.quote,
        origin=str(row.origin),
        start=row.start_offset,
        rank=str(row.rank),
        amount_usd=row.reported_amount_usd,
    )


def fact_parties(fact) -> tuple[tuple[str, str], ...]:
    return tuple(
        sorted(
            ((p.organization or p.person).name, str(p.role)) for p in getattr(fact, "parties", [])
        )
    )
