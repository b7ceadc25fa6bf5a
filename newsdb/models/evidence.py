"""Evidence: an article's exact words for one fact, and what that article reported."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from newsdb.models.base import Base, confidence, intpk
from newsdb.vocab import DealStatus, LawsuitStatus, Origin, Precision, Rank


def _in(values) -> str:
    return ", ".join(f"'{value}'" for value in values)


# A deal's evidence reports a deal status, a lawsuit's a lawsuit status, others none.
REPORTED_STATUS = (
    f"reported_status IS NULL"
    f" OR (deal_id IS NOT NULL AND reported_status IN ({_in(DealStatus)}))"
    f" OR (lawsuit_id IS NOT NULL AND reported_status IN ({_in(LawsuitStatus)}))"
)

if TYPE_CHECKING:
    from newsdb.models.articles import Article
    from newsdb.models.parties import EvidenceParty


class Evidence(Base):
    """An article's exact words supporting one fact, and the status it reported."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint(
            " + ".join(
                f"(CASE WHEN {c} IS NULL THEN 0 ELSE 1 END)"
                for c in ("deal_id", "valuation_id", "lawsuit_id", "affiliation_id")
            )
            + " = 1",
            name="one_fact",
        ),
        CheckConstraint("start_offset >= 0 AND end_offset > start_offset", name="offsets"),
        CheckConstraint(REPORTED_STATUS, name="reported_status"),
    )

    id: Mapped[intpk]
    article_id: Mapped[int] = mapped_column(
        ForeignKey("article.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deal.id", ondelete="CASCADE"), index=True
    )
    valuation_id: Mapped[int | None] = mapped_column(
        ForeignKey("valuation.id", ondelete="CASCADE"), index=True
    )
    lawsuit_id: Mapped[int | None] = mapped_column(
        ForeignKey("lawsuit.id", ondelete="CASCADE"), index=True
    )
    affiliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("affiliation.id", ondelete="CASCADE"), index=True
    )
    quote: Mapped[str]
    start_offset: Mapped[int]
    end_offset: Mapped[int]
    reported_status: Mapped[str | None] = mapped_column(String(20))
    origin: Mapped[Origin] = mapped_column(default=Origin.CURATED)
    confidence: Mapped[confidence]
    # What this article reported, where it said it (NULL: the article does not say).
    reported_amount: Mapped[Decimal | None]
    reported_currency: Mapped[str | None] = mapped_column(String(3))
    reported_amount_text: Mapped[str | None]
    # reported_amount in USD, as `--as-of` shows it (newsdb/load/conversions.py): what
    # known_state.amount_usd takes when the claim's amount is the one then reported
    reported_amount_usd: Mapped[Decimal | None]
    reported_date: Mapped[dt.date | None]
    reported_date_precision: Mapped[Precision | None]
    # The curator's rank of this article's claims (docs/formats.md): `report conflicts`
    # prefers a preferred claim and deprecates a deprecated one before its stated rule.
    rank: Mapped[Rank] = mapped_column(default=Rank.NORMAL, server_default=Rank.NORMAL.value)

    article: Mapped[Article] = relationship()
    reported_parties: Mapped[list[EvidenceParty]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
